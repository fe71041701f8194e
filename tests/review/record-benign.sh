#!/usr/bin/env bash
# record-benign.sh NAME@OLD..NEW...: records real benign npm updates into
# tests/review/npm/ for ferry review's false-positive check.
#
# The registry is $FERRY_RECORD_REGISTRY, else `npm config get registry`
# (its host name is never written here).  For each pair:
#   npm/NAME           the packument as served, cut down: the two versions'
#                      manifests whole (_npmUser, maintainers, deprecated,
#                      dist), every other version as {name, version}, top-
#                      level name, dist-tags (latest: NEW), maintainers, and
#                      time whole (so history rules see it);
#                      dist.tarball -> "-/NAME-VERSION.tgz"
#   npm/-/NAME-V.tgz   the two tarballs, checked against dist.integrity
#   npm/DEP            for each dependency NEW adds: name, time, and
#                      versions as {name, version} only (what ferry review
#                      reads of a dependency: when it was first published)
# Run from anywhere.  Pairs: tests/review/benign.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
reg="${FERRY_RECORD_REGISTRY:-$(npm config get registry 2>/dev/null || true)}"
reg="${reg%/}"
[ -n "$reg" ] || { echo "no registry: set FERRY_RECORD_REGISTRY" >&2; exit 2; }
[ $# -gt 0 ] || set -- $(grep -v '^#' "$here/benign.txt")
python3 - "$reg" "$here/npm" "$@" <<'PY'
import base64, hashlib, json, os, subprocess, sys
reg, out = sys.argv[1], sys.argv[2]
def get(url):
    r = subprocess.run(["curl", "-sSfL", "--retry", "3", "-H", "Accept: application/json", url], capture_output=True)
    if r.returncode:
        sys.exit("record-benign.sh: fetch failed: %s" % url)
    return r.stdout
def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
for pair in sys.argv[3:]:
    name, vers = pair.rsplit("@", 1)
    old, new = vers.split("..")
    doc = json.loads(get(reg + "/" + name.replace("/", "%2f")))
    keep = {"_id": doc["_id"], "name": doc["name"], "dist-tags": {"latest": new},
            "versions": {v: {"name": doc["name"], "version": v} for v in doc["versions"]},
            "time": {k: v for k, v in doc.get("time", {}).items()}}
    if "maintainers" in doc:
        keep["maintainers"] = doc["maintainers"]
    for v in (old, new):
        m = doc["versions"][v]
        data = get(m["dist"]["tarball"])
        algo, b64 = m["dist"]["integrity"].split("-", 1)
        if base64.b64encode(hashlib.new(algo, data).digest()).decode() != b64:
            sys.exit("record-benign.sh: %s@%s: integrity mismatch" % (name, v))
        fname = "%s-%s.tgz" % (name.split("/")[-1], v)
        write(os.path.join(out, "-", fname), data)
        m = dict(m)
        m["dist"] = dict(m["dist"], tarball="-/" + fname)
        keep["versions"][v] = m
    write(os.path.join(out, name), (json.dumps(keep, indent=2, sort_keys=True) + "\n").encode())
    od = doc["versions"][old].get("dependencies", {}) or {}
    nd = doc["versions"][new].get("dependencies", {}) or {}
    for dep in sorted(set(nd) - set(od)):
        dd = json.loads(get(reg + "/" + dep.replace("/", "%2f")))
        slim = {"_id": dd["_id"], "name": dd["name"], "dist-tags": dd.get("dist-tags", {}),
                "time": dd.get("time", {}), "versions": {v: {"name": dd["name"], "version": v} for v in dd.get("versions", {})}}
        write(os.path.join(out, dep), (json.dumps(slim, indent=2, sort_keys=True) + "\n").encode())
    print("recorded", pair)
PY
