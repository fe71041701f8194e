#!/usr/bin/env bash
# Rebuild the crates-io (public Rust registry) snapshot in tests/registry/crates/ from Debian
# bookworm's librust-*-dev packages (they ship the crate sources under
# /usr/share/cargo/registry/NAME-VERSION/).
#
# Usage: tests/registry/crates/record.sh
#
# Needs apt-get (Debian archive), dpkg-deb, patch, GNU tar, gzip, python3 >= 3.11.
# Downloads are cached in ${FERRY_RECORD_CACHE:-/tmp/ferry-record}/crates.
# The result is deterministic: running it twice gives the same bytes.
#
# For each crate below:
#   1. apt-get download PACKAGE=DEBVERSION, dpkg-deb -x;
#   2. copy /usr/share/cargo/registry/NAME-VERSION/, reverse-apply Debian's
#      debian/patches (last in series first) to get back the upstream files,
#      drop debian/ and .cargo-checksum.json (both added by debcargo).
#      Hunks with context go through `patch -R`; Debian's context-free hunks
#      on Cargo.toml (e.g. "@@ -63,5 +62,0 @@", made against an older
#      Cargo.toml, so their line numbers are stale) are put back at the
#      nearest place where Cargo.toml stays valid TOML with [features] keys
#      in cargo's sorted order, and the result is checked (every feature
#      names a feature or a dependency);
#   3. pack crates/NAME/NAME-VERSION.crate: a gzip'd tar of the regular files
#      only, all under NAME-VERSION/, sorted by path, mtime 1700000000,
#      uid/gid 0, mode 0644 (0755 if executable), gzip -n -9;
#   4. write the index line from the shipped Cargo.toml the way crates-io
#      does (field order, sorted deps and features, features2/v split,
#      "^" added to bare requirements), cksum = sha256 of the .crate.
# Older index lines (versions whose .crate is NOT shipped) are real lines,
# kept in OLD_LINES below and re-serialized in today's field order.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cache="${FERRY_RECORD_CACHE:-/tmp/ferry-record}/crates"
mkdir -p "$cache/deb"

# crate  version  debian-binary-package  debian-version
CRATES="
itoa            1.0.1   librust-itoa-dev            1.0.1-2
autocfg         1.1.0   librust-autocfg-dev         1.1.0-1
serde           1.0.152 librust-serde-dev           1.0.152-2
serde_derive    1.0.152 librust-serde-derive-dev    1.0.152-1
crossbeam-epoch 0.9.13  librust-crossbeam-epoch-dev 0.9.13-1
"

while read -r crate ver pkg debver; do
    [ -n "$crate" ] || continue
    deb="$cache/deb/${pkg}_${debver}_amd64.deb"
    if [ ! -s "$deb" ]; then
        (cd "$cache/deb" && apt-get download -q "$pkg=$debver" >/dev/null)
    fi
    [ -s "$deb" ] || { echo "record.sh: $deb missing after apt-get download" >&2; exit 1; }
    root="$cache/root/$crate-$ver"
    rm -rf "$root"; mkdir -p "$root"
    dpkg-deb -x "$deb" "$root"
    src="$root/usr/share/cargo/registry/$crate-$ver"
    [ -f "$src/Cargo.toml" ] || { echo "record.sh: $pkg has no $crate-$ver" >&2; exit 1; }
    stage="$cache/stage/$crate-$ver"
    rm -rf "$stage"; mkdir -p "$cache/stage"
    cp -a "$src" "$stage"
done <<<"$CRATES"

python3 - "$here" "$cache/stage" "$CRATES" <<'PY'
import hashlib, json, os, re, shutil, stat, subprocess, sys, tomllib

here, stage, crates_txt = sys.argv[1:4]
crates = [l.split() for l in crates_txt.splitlines() if l.strip()]
MTIME = "1700000000"

# Real index lines (crates-io) for versions whose .crate is not shipped here.
# itoa 0.x: from the complete 2019 index snapshot (kornelski's public mirror
# of the index, commit 5343e085f18dd41f0b1128960fff56e966518284); autocfg: from the sparse
# index fixture of frewsxcv/rust-crates-index (commit 38ab7505), which has the
# yanked autocfg 0.1.3. The line of a shipped version is replaced by the one
# generated below (same fields; cksum of our .crate).
OLD_LINES = {
"itoa": r'''
{"name":"itoa","vers":"0.1.0","deps":[],"cksum":"8fe390286ad3ad1b175ad07a638c83463c86cbdb5e38075c2ef44e10c694702b","features":{},"yanked":false}
{"name":"itoa","vers":"0.1.1","deps":[],"cksum":"ae3088ea4baeceb0284ee9eea42f591226e6beaecf65373e41b38d95a1b8e7a1","features":{},"yanked":false}
{"name":"itoa","vers":"0.2.0","deps":[],"cksum":"ff8f9e7653c775f2ef8016f4181eb3ad62fe8a710e5dd73d4060a5903a58022f","features":{},"yanked":false}
{"name":"itoa","vers":"0.2.1","deps":[],"cksum":"5537accdedeaa51526addad01e989bdaeb690e8e5fcca8dce893350912778636","features":{},"yanked":false}
{"name":"itoa","vers":"0.3.0","deps":[],"cksum":"91fd9dc2c587067de817fec4ad355e3818c3d893a78cab32a0a474c7a15bb8d5","features":{},"yanked":false}
{"name":"itoa","vers":"0.3.1","deps":[],"cksum":"eb2f404fbc66fd9aac13e998248505e7ecb2ad8e44ab6388684c5fb11c6c251c","features":{},"yanked":false}
{"name":"itoa","vers":"0.3.2","deps":[],"cksum":"f74cf6ca1bdbc28496a2b9798ab7fccc2ca5a42cace95bb2b219577216a5fb90","features":{},"yanked":false}
{"name":"itoa","vers":"0.3.3","deps":[],"cksum":"ac17257442c2ed77dbc9fd555cf83c58b0c7f7d0e8f2ae08c0ac05c72842e1f6","features":{},"yanked":false}
{"name":"itoa","vers":"0.3.4","deps":[],"cksum":"8324a32baf01e2ae060e9de58ed0bc2320c9a2833491ee36cd3b4c414de4db8c","features":{"i128":[]},"yanked":false}
{"name":"itoa","vers":"0.4.0","deps":[],"cksum":"92a9df60778f789c37f76778ae8d0a2471c41baa8b059d98a5873c978f549587","features":{"i128":[],"std":[],"default":["std"]},"yanked":false,"links":null}
{"name":"itoa","vers":"0.4.1","deps":[],"cksum":"c069bbec61e1ca5a596166e55dfe4773ff745c3d16b700013bcaff9a6df2c682","features":{"i128":[],"default":["std"],"std":[]},"yanked":false,"links":null}
{"name":"itoa","vers":"0.4.2","deps":[],"cksum":"5adb58558dcd1d786b5f0bd15f3226ee23486e24b7b58304b60f64dc68e62606","features":{"default":["std"],"i128":[],"std":[]},"yanked":false,"links":null}
{"name":"itoa","vers":"0.4.3","deps":[],"cksum":"1306f3464951f30e30d12373d31c79fbd52d236e5e896fd92f96ec7babbbe60b","features":{"std":[],"default":["std"],"i128":[]},"yanked":false,"links":null}
{"name":"itoa","vers":"0.4.4","deps":[],"cksum":"501266b7edd0174f8530248f87f99c88fbe60ca4ef3dd486835b8d8d53136f7f","features":{"i128":[],"std":[],"default":["std"]},"yanked":false,"links":null}
''',
"autocfg": r'''
{"name":"autocfg","vers":"0.0.1","deps":[],"cksum":"ea7663289d0f977de588bc604662f450e05e5ad47e728f93062394291b68be8f","features":{},"yanked":false}
{"name":"autocfg","vers":"0.1.0","deps":[],"cksum":"23213af7601f0f2d929f73d2a772804562cb09063f50bba9c361f86d6a0376f8","features":{},"yanked":false}
{"name":"autocfg","vers":"0.1.1","deps":[],"cksum":"4e5f34df7a019573fb8bdc7e24a2bfebe51a2a1d6bfdbaeccedb3c41fc574727","features":{},"yanked":false}
{"name":"autocfg","vers":"0.1.2","deps":[],"cksum":"a6d640bee2da49f60a4068a7fae53acde8982514ab7bae8b8cea9e88cbcfd799","features":{},"yanked":false}
{"name":"autocfg","vers":"0.1.3","deps":[],"cksum":"dfb37ca32a3d9d88f18d08bac8d28368b8ee1f14f8b08eb62999c51720035b55","features":{},"yanked":true}
{"name":"autocfg","vers":"0.1.4","deps":[],"cksum":"0e49efa51329a5fd37e7c79db4621af617cd4e3e5bc224939808d076077077bf","features":{},"yanked":false}
{"name":"autocfg","vers":"0.1.5","deps":[],"cksum":"22130e92352b948e7e82a49cdb0aa94f2211761117f29e052dd397c1ac33542b","features":{},"yanked":false}
{"name":"autocfg","vers":"0.1.6","deps":[],"cksum":"b671c8fb71b457dd4ae18c4ba1e59aa81793daacc361d82fcd410cef0d491875","features":{},"yanked":false}
{"name":"autocfg","vers":"0.1.7","deps":[],"cksum":"1d49d90015b3c36167a20fe2810c5cd875ad504b39cff3d4eae7977e6b7c1cb2","features":{},"yanked":false}
{"name":"autocfg","vers":"1.0.0","deps":[],"cksum":"f8aac770f1885fd7e387acedd76065302551364496e46b3dd00860b2f8359b9d","features":{},"yanked":false}
{"name":"autocfg","vers":"1.0.1","deps":[],"cksum":"cdb031dd78e28731d87d56cc8ffef4a8f36ca26c38fe2de700543e627f8a464a","features":{},"yanked":false}
{"name":"autocfg","vers":"1.1.0","deps":[],"cksum":"d468802bab17cbc0cc575e9b053f41e72aa36bfa6b7f55e3529ffa43161b97fa","features":{},"yanked":false}
{"name":"autocfg","vers":"0.1.8","deps":[{"name":"autocfg","req":"^1.1.0","features":[],"optional":false,"default_features":true,"target":null,"kind":"normal"}],"cksum":"0dde43e75fd43e8a1bf86103336bc699aa8d17ad1be60c76c0bdfd4828e19b78","features":{},"yanked":false}
''',
}

def die(msg):
    sys.exit("record.sh: " + msg)

# --- undoing Debian's patches -------------------------------------------
def split_patch(text):
    """[(path with -p1 applied, [hunk lines...])] of a unified diff."""
    files, cur = [], None
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("--- ") and i + 1 < len(lines) and lines[i + 1].startswith("+++ "):
            path = lines[i + 1][4:].split("\t")[0].strip()
            path = path.split("/", 1)[1] if "/" in path else path
            cur = [path, [], lines[i] + lines[i + 1]]
            files.append(cur)
            i += 2
            continue
        if cur is not None:
            cur[1].append(l)
        i += 1
    return files

def hunks(lines):
    out, cur = [], None
    for l in lines:
        m = re.match(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@", l)
        if m:
            cur = {"new_start": int(m.group(3)), "new_len": int(m.group(4) or 1), "body": []}
            out.append(cur)
        elif cur is not None and l[:1] in (" ", "-", "+", "\\"):
            cur["body"].append(l)
        elif cur is not None and l.strip() == "":
            cur["body"].append(" \n")
        else:
            cur = None
    return out

def features_sorted(text):
    keys, inside = [], False
    for l in text.splitlines():
        if l.startswith("["):
            inside = l.strip() == "[features]"
            continue
        m = re.match(r'^("?[A-Za-z0-9_.+-]+"?) = ', l)
        if inside and m:
            keys.append(m.group(1).strip('"'))
    return keys == sorted(keys)

def reverse_toml_hunks(path, hks):
    text = open(path).read()
    cur = text.splitlines(keepends=True)
    for h in reversed(hks):
        # Reversed: forward "+" lines go away, forward "-" lines come back.
        old = [l[1:] for l in h["body"] if l[:1] in (" ", "+")]
        new = [l[1:] for l in h["body"] if l[:1] in (" ", "-")]
        want = h["new_start"] - (0 if h["new_len"] == 0 else 1)  # index in cur
        if old:
            pos = [i for i in range(len(cur) - len(old) + 1) if cur[i:i + len(old)] == old]
            if not pos:
                die("%s: hunk does not match: %r" % (path, old))
            at = min(pos, key=lambda i: abs(i - want))
            cur[at:at + len(old)] = new
            continue
        best = None
        for i in range(len(cur) + 1):
            cand = cur[:i] + new + cur[i:]
            t = "".join(cand)
            try:
                tomllib.loads(t)
            except tomllib.TOMLDecodeError:
                continue
            if not features_sorted(t):
                continue
            if best is None or abs(i - want) < abs(best - want):
                best = i
        if best is None:
            die("%s: no place for context-free hunk %r" % (path, new))
        cur[best:best] = new
    with open(path, "w") as f:
        f.write("".join(cur))

def check_features(top, toml):
    deps = set()
    for tables in [toml] + list(toml.get("target", {}).values()):
        for k in ("dependencies", "build-dependencies", "dev-dependencies"):
            deps.update((tables.get(k) or {}).keys())
    feats = toml.get("features", {})
    for k, vals in feats.items():
        for v in vals:
            base = v[4:] if v.startswith("dep:") else v.split("/")[0].rstrip("?")
            if base not in feats and base not in deps:
                die("%s: feature %s names unknown %s" % (top, k, v))

def unpatch(top):
    d = os.path.join(stage, top)
    series = os.path.join(d, "debian", "patches", "series")
    if os.path.exists(series):
        names = [l.split()[0] for l in open(series) if l.strip() and not l.startswith("#")]
        for name in reversed(names):
            text = open(os.path.join(d, "debian", "patches", name), errors="surrogateescape").read()
            rest = ""
            for path, body, head in split_patch(text):
                hs = hunks(body)
                if path == "Cargo.toml" and any(h["new_len"] == 0 or all(l[:1] != " " for l in h["body"]) for h in hs):
                    reverse_toml_hunks(os.path.join(d, path), hs)
                else:
                    rest += head + "".join(body)
            if rest:
                r = subprocess.run(["patch", "-R", "-p1", "-s", "-f", "--no-backup-if-mismatch"],
                                   cwd=d, input=rest.encode("utf-8", "surrogateescape"), capture_output=True)
                if r.returncode:
                    die("%s: cannot reverse debian/patches/%s:\n%s" % (top, name, (r.stdout + r.stderr).decode()))
    shutil.rmtree(os.path.join(d, "debian"), ignore_errors=True)
    ck = os.path.join(d, ".cargo-checksum.json")
    if os.path.exists(ck):
        os.remove(ck)

def index_path(name):
    n = name.lower()
    if len(n) == 1: return os.path.join("1", n)
    if len(n) == 2: return os.path.join("2", n)
    if len(n) == 3: return os.path.join("3", n[0], n)
    return os.path.join(n[0:2], n[2:4], n)

def norm_req(req):
    # semver::VersionReq's Display: comparators joined by ", ", a bare
    # version gets the default "^" operator, no space after the operator.
    out = []
    for c in req.split(","):
        c = re.sub(r"\s+", "", c)
        if not c: die("empty comparator in %r" % req)
        if c[0].isdigit() and "*" not in c and not re.search(r"\.[xX](\.|$)", c):
            c = "^" + c
        out.append(c)
    return ", ".join(out)

KIND_ORDER = {"normal": 0, "build": 1, "dev": 2}

def deps_of(toml):
    deps = []
    def add(table, kind, target):
        for alias, spec in (table or {}).items():
            if isinstance(spec, str):
                spec = {"version": spec}
            if "path" in spec or "git" in spec:
                die("non-registry dependency %s" % alias)
            d = {
                "name": alias,
                "req": norm_req(spec.get("version", "*")),
                "features": list(spec.get("features", [])),
                "optional": bool(spec.get("optional", False)),
                "default_features": bool(spec.get("default-features", spec.get("default_features", True))),
                "target": target,
                "kind": kind,
            }
            if "package" in spec:
                d["package"] = spec["package"]
            deps.append(d)
    for target, tables in [(None, toml)] + list(toml.get("target", {}).items()):
        add(tables.get("dependencies"), "normal", target)
        add(tables.get("build-dependencies", tables.get("build_dependencies")), "build", target)
        add(tables.get("dev-dependencies", tables.get("dev_dependencies")), "dev", target)
    # crates-io's Ord for Dependency: name, kind, req, optional,
    # default_features, target, package, features (None sorts first).
    opt = lambda v: (0, "") if v is None else (1, v)
    deps.sort(key=lambda d: (d["name"], KIND_ORDER[d["kind"]], d["req"], d["optional"],
                             d["default_features"], opt(d["target"]), opt(d.get("package")),
                             d["features"]))
    return deps

def split_features(features):
    f2syntax = lambda v: v.startswith("dep:") or "?/" in v
    features = dict(features)
    features2 = {k: v for k, v in features.items() if any(f2syntax(x) for x in v)}
    for k in features2: del features[k]
    while True:
        moved = {k: v for k, v in features.items() if any(x in features2 for x in v)}
        if not moved: break
        for k in moved: del features[k]
        features2.update(moved)
    return dict(sorted(features.items())), dict(sorted(features2.items()))

def line(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)

def entry(name, vers, deps, cksum, features, yanked=False, links=None, rust_version=None, features2=None):
    # Field order and omissions of crates-io's crates_io_index::Crate.
    e = {"name": name, "vers": vers, "deps": deps, "cksum": cksum, "features": features}
    if features2: e["features2"] = features2
    e["yanked"] = yanked
    if links is not None: e["links"] = links
    if rust_version is not None: e["rust_version"] = rust_version
    if features2: e["v"] = 2
    return e

def reserialize(old):
    # An old line in today's form: same data, crates-io's field order,
    # sorted features, no "links": null.
    o = json.loads(old)
    deps = []
    for d in o["deps"]:
        nd = {k: d.get(k) for k in ("name", "req", "features", "optional", "default_features", "target", "kind")}
        if d.get("package"): nd["package"] = d["package"]
        deps.append(nd)
    f, f2 = split_features(o.get("features", {}))
    return entry(o["name"], o["vers"], deps, o["cksum"], f, bool(o.get("yanked")),
                 o.get("links"), o.get("rust_version"), f2 or None)

def pack(name, vers):
    top = "%s-%s" % (name, vers)
    src = os.path.join(stage, top)
    files = []
    for dp, dns, fns in os.walk(src):
        for fn in fns:
            p = os.path.join(dp, fn)
            st = os.lstat(p)
            if not stat.S_ISREG(st.st_mode):
                die("%s: not a regular file: %s" % (top, p))
            os.chmod(p, 0o755 if st.st_mode & 0o111 else 0o644)
            files.append(os.path.relpath(p, stage))
    files.sort(key=lambda s: s.encode())
    out_dir = os.path.join(here, "crates", name)
    os.makedirs(out_dir, exist_ok=True)
    out = os.path.join(out_dir, top + ".crate")
    tar = subprocess.run(["tar", "--format=gnu", "-C", stage, "--no-recursion", "--null", "-T", "-",
                          "--mtime=@" + MTIME, "--owner=0", "--group=0", "--numeric-owner", "-cf", "-"],
                         input=b"\0".join(f.encode() for f in files), capture_output=True, check=True).stdout
    gz = subprocess.run(["gzip", "-n", "-9"], input=tar, capture_output=True, check=True).stdout
    with open(out, "wb") as f:
        f.write(gz)
    return hashlib.sha256(gz).hexdigest(), len(gz), len(files)

# Start from a clean tree (keep README.md and record.sh).
for entry_name in os.listdir(here):
    p = os.path.join(here, entry_name)
    if entry_name in ("README.md", "record.sh"):
        continue
    shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)

with open(os.path.join(here, "config.json"), "w") as f:
    # Relative template: resolved against the index root (this folder).
    f.write('{\n  "dl": "crates/{crate}/{crate}-{version}.crate"\n}\n')

for name, vers, pkg, debver in crates:
    top = "%s-%s" % (name, vers)
    unpatch(top)
    with open(os.path.join(stage, top, "Cargo.toml"), "rb") as f:
        toml = tomllib.load(f)
    check_features(top, toml)
    p = toml["package"]
    if p["name"] != name or p["version"] != vers:
        die("%s: Cargo.toml says %s %s" % (top, p["name"], p["version"]))
    cksum, size, nfiles = pack(name, vers)
    f1, f2 = split_features(toml.get("features", {}))
    rv = p.get("rust-version", p.get("rust_version"))
    new = entry(name, vers, deps_of(toml), cksum, f1, False, p.get("links"), rv, f2 or None)
    lines, placed = [], False
    for old in OLD_LINES.get(name, "").strip().splitlines():
        o = reserialize(old)
        if o["vers"] == vers:
            # Same data as crates-io's line except the checksum of our .crate.
            chk = dict(new); chk["cksum"] = o["cksum"]
            if line(chk) != line(o):
                die("%s: generated line differs from the real one:\n%s\n%s" % (top, line(chk), line(o)))
            o, placed = new, True
        lines.append(line(o))
    if not placed:
        lines.append(line(new))
    ip = os.path.join(here, index_path(name))
    os.makedirs(os.path.dirname(ip), exist_ok=True)
    with open(ip, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("ok  %-16s %-8s %s  %6d bytes  %3d files  (%s %s)" % (name, vers, cksum[:16], size, nfiles, pkg, debver))
PY

# Verify: each index line whose .crate is shipped matches its sha256.
python3 - "$here" <<'PY'
import hashlib, json, os, sys
here = sys.argv[1]
n = 0
for dp, dns, fns in os.walk(here):
    if os.path.relpath(dp, here).split(os.sep)[0] == "crates" or dp == here:
        continue
    for fn in fns:
        for l in open(os.path.join(dp, fn), encoding="utf-8"):
            e = json.loads(l)
            p = os.path.join(here, "crates", e["name"], "%s-%s.crate" % (e["name"], e["vers"]))
            if os.path.exists(p):
                if hashlib.sha256(open(p, "rb").read()).hexdigest() != e["cksum"]:
                    sys.exit("record.sh: cksum mismatch for %s %s" % (e["name"], e["vers"]))
                n += 1
print("verified %d shipped .crate files" % n)
PY
