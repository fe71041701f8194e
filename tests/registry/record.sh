#!/usr/bin/env bash
# Record a small npm registry snapshot into tests/registry/npm/.
#
# Usage: tests/registry/record.sh NAME@VERSION...
#   e.g. tests/registry/record.sh left-pad@1.3.0 @isaacs/string-locale-compare@1.1.0
#
# The registry is $FERRY_RECORD_REGISTRY, else `npm config get registry`.
# For each NAME the full packument (Accept: application/json) is stored byte
# for byte as npm/NAME (scoped: npm/@scope/name), except for dist.tarball:
#   - recorded versions point to their tarball in npm/-/ with a relative
#     reference (-/NAME-VERSION.tgz; scoped: -/scope-name-VERSION.tgz,
#     resolved against the URL <registry>/@scope%2fname);
#   - every other version keeps its path under https://registry.invalid.
# Tarballs are checked against dist.integrity (sha512) and dist.shasum.
# Raw downloads are cached in ${FERRY_RECORD_CACHE:-/tmp/ferry-record}.
set -euo pipefail

[ $# -gt 0 ] || { echo "usage: $0 NAME@VERSION..." >&2; exit 2; }

here=$(cd "$(dirname "$0")" && pwd)
out="$here/npm"
reg="${FERRY_RECORD_REGISTRY:-$(npm config get registry 2>/dev/null || true)}"
reg="${reg%/}"
[ -n "$reg" ] || { echo "no registry: set FERRY_RECORD_REGISTRY" >&2; exit 2; }
cache="${FERRY_RECORD_CACHE:-/tmp/ferry-record}/registry"
mkdir -p "$cache/pk" "$cache/tgz" "$out/-"

fetch() { # URL FILE [accept]
    local code
    code=$(curl -sS -L --retry 3 -H "Accept: ${3:-*/*}" -o "$2.part" -w '%{http_code}' "$1") || code=000
    if [ "$code" != 200 ]; then
        rm -f "$2.part"; echo "fetch failed ($code): $1" >&2; return 1
    fi
    mv "$2.part" "$2"
}

specs=()
for spec in "$@"; do
    case "$spec" in ?*@?*) ;; *) echo "bad spec: $spec (want NAME@VERSION)" >&2; exit 2;; esac
    name="${spec%@*}"; ver="${spec##*@}"
    enc="${name/\//%2f}"
    raw="$cache/pk/$enc.json"
    [ -s "$raw" ] || fetch "$reg/$enc" "$raw" application/json
    specs+=("$name" "$ver" "$raw")
done

# Download, verify and place tarballs; rewrite packuments.
python3 - "$reg" "$out" "$cache/tgz" "${specs[@]}" <<'PY'
import base64, hashlib, json, os, re, subprocess, sys
from urllib.parse import urlsplit

reg, out, tgzcache = sys.argv[1:4]
args = sys.argv[4:]
specs = [args[i:i + 3] for i in range(0, len(args), 3)]

def die(msg):
    sys.exit("record.sh: " + msg)

def tgz_name(name, ver):
    return name.lstrip("@").replace("/", "-") + "-" + ver + ".tgz"

def fetch(url, dest):
    if os.path.exists(dest) and os.path.getsize(dest) > 0:
        return
    r = subprocess.run(["curl", "-sS", "-L", "--retry", "3", "-o", dest + ".part",
                        "-w", "%{http_code}", url], capture_output=True, text=True)
    if r.returncode != 0 or r.stdout.strip() != "200":
        if os.path.exists(dest + ".part"):
            os.remove(dest + ".part")
        die("tarball fetch failed (%s): %s" % (r.stdout.strip() or r.stderr.strip(), url))
    os.replace(dest + ".part", dest)

# package name -> {version: relative tarball reference}
recorded = {}
raws = {}
for name, ver, raw in specs:
    doc = json.loads(open(raw, "rb").read())
    if doc.get("name") != name:
        die("packument %s names %r" % (raw, doc.get("name")))
    vdoc = doc.get("versions", {}).get(ver)
    if vdoc is None:
        die("%s@%s is not in the registry (have: %s)" % (name, ver, " ".join(doc.get("versions", {}))))
    dist = vdoc["dist"]
    fn = tgz_name(name, ver)
    cached = os.path.join(tgzcache, fn)
    fetch(dist["tarball"], cached)
    data = open(cached, "rb").read()
    integ = dist.get("integrity", "")
    if not integ.startswith("sha512-"):
        die("%s@%s has no sha512 integrity" % (name, ver))
    if base64.b64encode(hashlib.sha512(data).digest()).decode() != integ[len("sha512-"):]:
        die("%s@%s: sha512 mismatch" % (name, ver))
    if "shasum" in dist and hashlib.sha1(data).hexdigest() != dist["shasum"]:
        die("%s@%s: shasum mismatch" % (name, ver))
    with open(os.path.join(out, "-", fn), "wb") as f:
        f.write(data)
    prefix = "-/"
    recorded.setdefault(name, {})[ver] = prefix + fn
    raws[name] = raw
    print("ok  %s@%s  %s  %d bytes  %s" % (name, ver, fn, len(data), integ[:20] + "..."))

TARBALL = re.compile(r'("tarball"\s*:\s*")((?:[^"\\]|\\.)*)(")')
ORIGIN = re.compile(r'^[A-Za-z][A-Za-z0-9+.-]*://[^/]*')

for name, vers in recorded.items():
    text = open(raws[name], "rb").read().decode("utf-8")
    orig = json.loads(text)
    want = {}  # tarball URL as served -> replacement
    for v, vd in orig["versions"].items():
        url = (vd.get("dist") or {}).get("tarball")
        if url is None:
            continue
        want[url] = vers[v] if v in vers else ORIGIN.sub("https://registry.invalid", url)
    hits = 0
    def sub(m):
        global hits
        url = json.loads('"' + m.group(2) + '"')
        if url not in want:
            return m.group(0)
        hits += 1
        return m.group(1) + json.dumps(want[url])[1:-1] + m.group(3)
    new = TARBALL.sub(sub, text)
    # Check: same document except dist.tarball, which is exactly as intended.
    got = json.loads(new)
    for v, vd in orig["versions"].items():
        if "tarball" in (vd.get("dist") or {}):
            vd["dist"]["tarball"] = want[vd["dist"]["tarball"]]
    if got != orig:
        die("%s: rewritten packument differs beyond dist.tarball" % name)
    if hits < len(want):
        die("%s: rewrote %d of %d tarball URLs" % (name, hits, len(want)))
    host = urlsplit(reg).hostname
    if host and host in new:
        die("%s: registry host still present after rewrite" % name)
    dest = os.path.join(out, *name.split("/"))
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    with open(dest, "wb") as f:
        f.write(new.encode("utf-8"))
    print("pk  %s  %d versions, %d tarball URLs rewritten, recorded: %s"
          % (name, len(orig["versions"]), hits, " ".join(sorted(vers))))
PY
