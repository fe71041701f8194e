#!/bin/sh
# bench/versions.sh [BUILD] [INDEX]: translations and satisfaction checks
# per second over the whole 2019 crates.io index (../shared/corpus).
# Figures only; not part of make check.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
index=${2:-$top/../shared/corpus/crates/kornelski-2019-index.tar.gz}
[ -f "$index" ] || { echo "bench/versions.sh: no index at $index" >&2; exit 1; }
make -C "$top" --no-print-directory "$build/bench/versions" >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$top/tests/fixtures/cargo/corpus-versions.py" "$index" >"$tmp/versions"
python3 - "$index" >"$tmp/deps" <<'PY'
import json, sys, tarfile
with tarfile.open(sys.argv[1]) as t:
    for m in t:
        if not m.isfile() or m.name.endswith("config.json"):
            continue
        for line in t.extractfile(m):
            line = line.strip()
            if not line:
                continue
            d = json.loads(line)
            for dep in d.get("deps") or []:
                print("%s\t%s" % (dep.get("package") or dep["name"], dep["req"]))
PY
"$top/$build/bench/versions" "$tmp/versions" "$tmp/deps"
