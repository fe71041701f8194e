#!/usr/bin/env python3
"""seeds.py OUT: each fuzz target's seed corpus, derived from the project's
own fixtures (tests/registry, tests/hostile, tests/fixtures, tests/review,
tests/cases, specs/) into OUT/<target>/, one file per input.  Derived, never
committed: run again after the fixtures change.  Inputs for the registry
targets use registry.h's framing."""
import hashlib, io, json, os, sys, tarfile, zipfile

TOP = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = sys.argv[1]
SEP = b"\n--ferry-fuzz--\n"
MAX_SEEDS = 600          # per source file: enough shapes, a quick start
MAX_ARCHIVE = 256 << 10
counts = {}


def put(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)
    counts[target] = counts.get(target, 0) + 1


def lines(path):
    with open(os.path.join(TOP, path), encoding="utf-8", errors="surrogateescape") as f:
        v = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    step = max(1, len(v) // MAX_SEEDS)
    return v[::step]


def files(*dirs, ends=()):
    for d in dirs:
        for root, _, names in os.walk(os.path.join(TOP, d)):
            for n in sorted(names):
                if not ends or n.endswith(ends):
                    yield os.path.join(root, n)


def read(path):
    with open(path, "rb") as f:
        return f.read()


# ---- versions and ranges: "RANGE\nVERSION"
for t, srcs in (("npmver", ["tests/fixtures/semver/pairs.tsv", "tests/fixtures/semver/edge.tsv",
                            "tests/fixtures/semver/compare.tsv"]),
                ("cargover", ["tests/fixtures/cargo/edge.tsv", "tests/fixtures/cargo/compare.tsv"]),
                ("pep440", ["tests/fixtures/pypi/edge.tsv", "tests/fixtures/pypi/compare.tsv"])):
    for s in srcs:
        for l in lines(s):
            put(t, l.replace("\t", "\n", 1))
for l in lines("tests/fixtures/pypi/debian-versions.txt"):
    put("pep440", ">=1.0,!=2.*\n" + l.split()[0])

# ---- PEP 508 lines and markers
for s in ("tests/fixtures/pypi/requirements.txt", "tests/fixtures/pypi/debian-requires-dist.txt"):
    for l in lines(s):
        put("pep508", l)
for l in lines("tests/fixtures/pypi/markers.tsv"):
    put("pep508", "x; " + l.split("\t")[0])


# ---- the artifacts
def members(data):
    """(path, bytes) of an archive's regular files, top folder kept"""
    out = []
    try:
        if data[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for i in z.infolist():
                    if not i.is_dir():
                        out.append((i.filename, z.read(i)))
        else:
            with tarfile.open(fileobj=io.BytesIO(data)) as t:
                for m in t.getmembers():
                    if m.isfile():
                        out.append((m.name, t.extractfile(m).read()))
    except Exception:
        pass
    return out


def wanted(path):
    base = path.rsplit("/", 1)[-1].upper()
    return path in ("package.json", "Cargo.toml", "PKG-INFO", "pyproject.toml", "setup.py") or \
        base.startswith(("LICEN", "COPYING", "NOTICE", "UNLICENSE"))


def framed(name, want, doc, artifact):
    """the registry targets' two shapes: the archive as it is, and its
    members as text parts"""
    head = name.encode() + b"\n" + want.encode() + b"\n" + doc
    if len(artifact) <= MAX_ARCHIVE:
        yield head + SEP + artifact
    parts = []
    for path, body in members(artifact)[:200]:
        rel = path.split("/", 1)[1] if "/" in path else path
        parts.append(rel.encode("utf-8", "surrogateescape") + b"\n" + (body[:16384] if wanted(rel) else b""))
    if parts:
        yield head + SEP + SEP.join(parts)
    yield head   # no artifact: select alone


archives = list(files("tests/registry", "tests/hostile", "tests/review",
                      ends=(".tgz", ".crate", ".tar.gz", ".zip", ".whl")))

# npm: packument -> the latest version's dist.tarball
for reg in ("tests/registry/npm", "tests/hostile/npm", "tests/review/npm"):
    for doc_path in files(reg):
        if "/-/" in doc_path or doc_path.endswith((".tgz", ".md", ".sh", ".py")):
            continue
        doc = read(doc_path)
        try:
            j = json.loads(doc)
            name = j["name"]
            v = j["dist-tags"]["latest"]
            tb = j["versions"][v]["dist"]["tarball"].rsplit("/", 1)[-1]
        except Exception:
            continue
        art = [a for a in archives if a.endswith("/" + tb) and a.startswith(os.path.join(TOP, reg))]
        for s in framed(name, "", doc, read(art[0]) if art else b""):
            put("npm", s)

# crates: index file -> crates/NAME/NAME-VERSION.crate of its last line
for reg in ("tests/registry/crates", "tests/hostile/crates", "tests/review/crates"):
    for doc_path in files(reg):
        base = os.path.basename(doc_path)
        if "." in base or "/crates/crates/" in doc_path:
            continue
        doc = read(doc_path)
        try:
            last = json.loads(doc.strip().splitlines()[-1])
        except Exception:
            continue
        crate = [a for a in archives if a.endswith("/%s-%s.crate" % (last["name"], last["vers"]))]
        for s in framed(last["name"], "", doc, read(crate[0]) if crate else b""):
            put("crates", s)
        for l in doc.decode(errors="replace").splitlines()[-20:]:   # features and targets
            try:
                j = json.loads(l)
            except Exception:
                continue
            text = [next((d.get("target") or "" for d in j["deps"] if d.get("target")), "cfg(unix)")]
            for d in j["deps"]:
                text.append("dep %s%s%s%s %s" % (d["name"], " optional" if d.get("optional") else "",
                                                 " no-default" if not d.get("default_features", True) else "",
                                                 " " + d["target"] if d.get("target") else "",
                                                 " ".join(d.get("features", []))))
            for f, items in sorted(j.get("features", {}).items()):
                text.append(" ".join([f] + items))
            put("cargofeat", "\n".join(text))

# PyPI: pypi/NAME/json -> its sdist (or wheel)
for reg in ("tests/registry/pypi", "tests/hostile/pypi", "tests/review/pypi"):
    for doc_path in files(reg):
        if os.path.basename(doc_path) != "json":
            continue
        doc = read(doc_path)
        try:
            j = json.loads(doc)
            name = j["info"]["name"]
            urls = [u["url"].rsplit("/", 1)[-1] for u in j.get("urls", [])]
        except Exception:
            continue
        art = [a for a in archives for u in urls if a.endswith("/" + u)]
        want = "" if doc_path.endswith("/%s/json" % name) else j["info"].get("version", "")
        for s in framed(name, want, doc, read(art[0]) if art else b""):
            put("pypi", s)

# ---- archives, TOML, text for the escapers
for a in archives:
    data = read(a)
    if len(data) <= MAX_ARCHIVE:
        put("archive", data)
    for path, body in members(data):
        if path.endswith(".toml") and len(body) < 65536:
            put("toml", body)
        if path.endswith(("README.md", "PKG-INFO")) and len(body) < 65536:
            put("escape", b"\x48" + body[:8192])
for t in files("tests", "specs", ends=(".toml",)):
    put("toml", read(t))
for s in files("specs", ends=(".spec", "control", "copyright", "changelog")):
    put("escape", b"\x40" + read(s)[:8192])
put("escape", "\x10%{?dist} ${shlibs:Depends}\n\nPara two.\r\nName: evil\n")

# ---- the cfg() expressions alone
for cfg in ("cfg(unix)", "cfg(not(windows))", 'cfg(target_os = "linux")', "cfg(all(unix, not(target_os = \"macos\")))",
            'cfg(any(target_arch = "wasm32", target_os = "redox"))', "x86_64-unknown-linux-gnu", "cfg(windows)"):
    put("cargofeat", cfg + "\ndefault std\nstd dep:libc\ndep libc optional " + cfg)

# ---- configuration files, from what the cases write
for text in ("registry=http://127.0.0.1:9/\n", "; c\n@isaacs:registry = \"${FERRY_TEST_REG}\"\n",
             "registry = ${HOME}/x\n//h/:_authToken=${T}\n"):
    put("npmrc", text)
for text in ("[global]\ntimeout = 60\nindex-url = http://127.0.0.1:9/pypi/simple\n", "[install]\nindex-url=x\n"):
    put("pipcfg", text)
for text in ('[source.crates-io]\nreplace-with = "m"\n\n[source.m]\nregistry = "sparse+http://127.0.0.1:9/crates/"\n',
             '[source.crates-io]\nreplace-with = "l"\n[source.l]\nlocal-registry = "/x"\n'):
    put("cargocfg", text)

# ---- licenses and times, as the registry documents give them
def walk(v, key):
    if isinstance(v, dict):
        for k, x in v.items():
            if k == key and isinstance(x, str):
                yield x
            else:
                yield from walk(x, key)
    elif isinstance(v, list):
        for x in v:
            yield from walk(x, key)
for doc_path in files("tests/registry", "tests/hostile", "tests/review"):
    try:
        j = json.loads(read(doc_path))
    except Exception:
        continue
    for lic in set(walk(j, "license")):
        put("license", lic)
    times = list(j.get("time", {}).values()) if isinstance(j, dict) and isinstance(j.get("time"), dict) else []
    for t in set(times[:20]) | set(walk(j, "upload_time_iso_8601")):
        if isinstance(t, str):
            put("date", t)
for a in archives:
    for path, body in members(read(a)):
        if path.endswith("Cargo.toml"):
            for l in body.decode(errors="replace").splitlines():
                if l.startswith("license ="):
                    put("license", l.split("=", 1)[1].strip().strip('"'))
put("date", "1700000000")

# ---- the ledger: byte 0 picks config (0), an imported entry (1), cargo-vet (2)
put("ledger", b"\2" + read(os.path.join(TOP, "tests/fixtures/ledger/audits.toml")))

# ---- the output records: "NAME\nRECORD", one per entry of specs/
for top in sorted(os.listdir(os.path.join(TOP, "specs"))):
    v = []
    for root, _, names in os.walk(os.path.join(TOP, "specs", top)):
        for n in names:
            p = os.path.join(root, n)
            rel = os.path.relpath(p, os.path.join(TOP, "specs"))
            v.append("%04o %s %s\n" % (os.stat(p).st_mode & 0o777, hashlib.sha256(read(p)).hexdigest(), rel))
    put("outrecord", top + "\nferry-files 1\n" + "".join(sorted(v, key=lambda l: l.split(" ", 2)[2].encode())))

# ---- a Debian tree ferry did not write: byte 0 picks its control (0) or
# changelog (1); the fixture's and every debian/ of specs/
ft = os.path.join(TOP, "tests/fixtures/foreign/node-fdemo-1.0.0/debian")
put("foreign", b"\0" + read(os.path.join(ft, "control")))
put("foreign", b"\1" + read(os.path.join(ft, "changelog")))
put("outrecord", "node-x\nferry-files 1\norigin npm x 1.0.0 debian foreign\n")
for top in sorted(os.listdir(os.path.join(TOP, "specs"))):
    for n, k in (("control", b"\0"), ("changelog", b"\1")):
        p = os.path.join(TOP, "specs", top, "debian", n)
        if os.path.exists(p):
            put("foreign", k + read(p))

# ---- every target's regression inputs seed it too
for t in os.listdir(os.path.join(TOP, "tests/fuzz/regress")):
    for f in files(os.path.join("tests/fuzz/regress", t)):
        put(t, read(f))

for t in sorted(counts):
    print("%-10s %5d seeds" % (t, counts[t]))
