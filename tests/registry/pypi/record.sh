#!/usr/bin/env bash
# Rebuild the PyPI snapshot in tests/registry/pypi/ from Debian bookworm's
# python3-* packages (they ship the modules and the real *.dist-info/METADATA).
#
# Usage: tests/registry/pypi/record.sh
#
# Needs apt-get (Debian archive), dpkg-deb, GNU tar, gzip, xz, python3 >= 3.11.
# Downloads are cached in ${FERRY_RECORD_CACHE:-/tmp/ferry-record}/pypi.
# Deterministic: running it twice gives the same bytes.
#
# Output (see README.md):
#   pypi/NAME/json, pypi/NAME/VERSION/json   JSON API documents
#   simple/index.json, simple/NAME/index.json  Simple API, PEP 691 JSON (api-version 1.1)
#   packages/source/N/NAME/NAME-VERSION.tar.gz  sdists
#   packages/py3/N/NAME/NAME-VERSION-py3-none-any.whl (+ .metadata, PEP 658)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cache="${FERRY_RECORD_CACHE:-/tmp/ferry-record}/pypi"
mkdir -p "$cache/deb" "$cache/src"

# project  version  debian-binary-package  debian-version
PROJECTS="
jsonschema 4.10.3 python3-jsonschema 4.10.3-1
rich       13.3.1 python3-rich       13.3.1-1
attrs      22.2.0 python3-attr       22.2.0-1
"

while read -r name ver pkg debver; do
    [ -n "$name" ] || continue
    deb="$cache/deb/${pkg}_${debver}_all.deb"
    if [ ! -s "$deb" ]; then
        (cd "$cache/deb" && apt-get download -q "$pkg=$debver" >/dev/null)
    fi
    [ -s "$deb" ] || { echo "record.sh: $deb missing after apt-get download" >&2; exit 1; }
    rm -rf "$cache/root/$name"; mkdir -p "$cache/root/$name"
    dpkg-deb -x "$deb" "$cache/root/$name"
done <<<"$PROJECTS"

# rich: its real pyproject.toml, LICENSE and README.md come from Debian's
# source package (rich_13.3.1.orig.tar.xz, upstream's release tarball), fetched
# with a private apt configuration that only adds the deb-src line.
orig="$cache/src/rich_13.3.1.orig.tar.xz"
if [ ! -s "$orig" ]; then
    apt="$cache/apt"
    mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial"
    echo 'deb-src http://deb.debian.org/debian bookworm main' > "$apt/sources.list"
    opts=(-o "Dir::Etc::SourceList=$apt/sources.list" -o "Dir::Etc::SourceParts=$apt/none"
          -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache")
    apt-get -q "${opts[@]}" update >/dev/null
    (cd "$cache/src" && apt-get -q "${opts[@]}" source --download-only rich=13.3.1-1 >/dev/null)
fi
rm -rf "$cache/src/rich-13.3.1"
tar -xJf "$orig" -C "$cache/src" rich-13.3.1/pyproject.toml rich-13.3.1/LICENSE rich-13.3.1/README.md

python3 - "$here" "$cache" <<'PY'
import base64, email, email.policy, hashlib, io, json, os, re, shutil, subprocess, sys, zipfile

here, cache = sys.argv[1:3]
MTIME = 1700000000
UPLOAD = "2023-11-14T22:13:20"          # = MTIME; no real upload time is known
DIST = "/usr/lib/python3/dist-packages"

def die(msg):
    sys.exit("record.sh: " + msg)

# Registry host names must not appear in the tree's text files: they are
# replaced by the placeholder host wherever METADATA text is copied.  The
# hosts (the PyPI, crates and npm registries and file hosts, and their
# subdomains) are known here by the first 16 hex digits of their names'
# sha256, so that the names themselves stand nowhere in this repository.
REGISTRY_HOSTS = {"a4aa2ac280bb8d1a", "d6d7019ca9fcbf07", "8b5bb5eb9d758455", "789e46d79514e280",
                  "3ca29e55be4befa4", "8743857e3ea00fd1", "87d14f070cb96869"}
HOST = re.compile(r"\b(?:[a-z0-9-]+\.)+[a-z0-9-]+\b")
def registry_host(name):
    return hashlib.sha256(name.encode()).hexdigest()[:16] in REGISTRY_HOSTS
def scrub_host(m):
    labels = m.group(0).split(".")
    # the longest run of labels from the start that ends in a registry host
    for j in range(len(labels), 1, -1):
        if any(registry_host(".".join(labels[i:j])) for i in range(j - 1)):
            return ".".join(["registry.invalid"] + labels[j:])
    return m.group(0)
def scrub(text):
    return HOST.sub(scrub_host, text)

def metadata_text(name, ver):
    p = os.path.join(cache, "root", name, DIST.lstrip("/"), "%s-%s.dist-info" % (name, ver), "METADATA")
    return scrub(open(p, encoding="utf-8").read())

def parse_metadata(text):
    msg = email.message_from_string(text, policy=email.policy.compat32)
    return msg, msg.get_payload()

def copyright_license(name, pkg_doc):
    # LICENSE text from Debian's DEP-5 copyright: the "Files: *" paragraph's
    # copyright line and license text (or the stand-alone License paragraph).
    text = open(os.path.join(cache, "root", name, "usr/share/doc", pkg_doc, "copyright"), encoding="utf-8").read()
    paras = [p for p in re.split(r"\n\s*\n", text)]
    def fields(p):
        out, key = {}, None
        for l in p.splitlines():
            m = re.match(r"^([A-Za-z-]+):\s?(.*)$", l)
            if m and not l.startswith((" ", "\t")):
                key = m.group(1); out[key] = [m.group(2)]
            elif key:
                out[key].append(l)
        return out
    fs = [fields(p) for p in paras]
    star = next(f for f in fs if f.get("Files", [""])[0].strip() == "*")
    lic = star["License"]
    body = lic[1:]
    if not body:
        short = lic[0].strip()
        body = next(f["License"][1:] for f in fs if "Files" not in f and f.get("License", [""])[0].strip() == short)
    def unfold(ls):
        return "\n".join("" if l.strip() == "." else l[1:] if l.startswith(" ") else l.strip() for l in ls)
    cr = [l.strip() for l in star["Copyright"] if l.strip()]
    cr = "\n".join(c if c.lower().startswith("copyright") else "Copyright " + c for c in cr)
    return (cr + "\n\n" + unfold(body).strip("\n") + "\n").encode()

def module_files(name, tops):
    root = os.path.join(cache, "root", name, DIST.lstrip("/"))
    out = {}
    for top in tops:
        p = os.path.join(root, top)
        if os.path.isfile(p):
            out[top] = open(p, "rb").read(); continue
        for dp, dns, fns in os.walk(p):
            dns[:] = [d for d in dns if d != "__pycache__"]
            for fn in fns:
                if fn.endswith((".pyc", ".pyo")): continue
                fp = os.path.join(dp, fn)
                out[os.path.relpath(fp, root)] = open(fp, "rb").read()
    return out

def make_sdist(path, top, files):
    """files: {relative path: bytes}; gzip'd ustar-style GNU tar, deterministic."""
    stage = os.path.join(cache, "stage", top)
    shutil.rmtree(stage, ignore_errors=True)
    for rel, data in files.items():
        fp = os.path.join(stage, rel)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f: f.write(data)
        os.chmod(fp, 0o644)
    names = sorted((top + "/" + r for r in files), key=lambda s: s.encode())
    tar = subprocess.run(["tar", "--format=gnu", "-C", os.path.dirname(stage), "--no-recursion", "--null",
                          "-T", "-", "--mtime=@%d" % MTIME, "--owner=0", "--group=0", "--numeric-owner",
                          "-cf", "-"], input=b"\0".join(n.encode() for n in names),
                         capture_output=True, check=True).stdout
    gz = subprocess.run(["gzip", "-n", "-9"], input=tar, capture_output=True, check=True).stdout
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f: f.write(gz)

def record_hash(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()

def make_wheel(path, files, distinfo, meta_files):
    """files: package files; meta_files: ordered dist-info files (RECORD added last)."""
    entries = sorted(files.items(), key=lambda kv: kv[0].encode())
    entries += [(distinfo + "/" + n, d) for n, d in meta_files]
    record = "".join("%s,%s,%d\n" % (n, record_hash(d), len(d)) for n, d in entries)
    record += distinfo + "/RECORD,,\n"
    entries.append((distinfo + "/RECORD", record.encode()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, d in entries:
            zi = zipfile.ZipInfo(n, date_time=(2023, 11, 14, 22, 13, 20))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o100644 << 16
            z.writestr(zi, d, compresslevel=9)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f: f.write(buf.getvalue())

# --- hand-written inputs (see README.md: "what is ours") -------------------
JSONSCHEMA_PYPROJECT = '''\
[build-system]
requires = ["hatchling", "hatch-vcs"]
build-backend = "hatchling.build"

[tool.hatch.version]
source = "vcs"

[project]
name = "jsonschema"
description = "An implementation of JSON Schema validation for Python"
readme = "README.rst"
license = {text = "MIT"}
requires-python = ">=3.7"
keywords = ["validation", "data validation", "jsonschema", "json"]
authors = [
  {email = "Julian+jsonschema@GrayVines.com"},
  {name = "Julian Berman"},
]
classifiers = [
  "Development Status :: 5 - Production/Stable",
  "Intended Audience :: Developers",
  "License :: OSI Approved :: MIT License",
  "Operating System :: OS Independent",
  "Programming Language :: Python",
  "Programming Language :: Python :: 3.7",
  "Programming Language :: Python :: 3.8",
  "Programming Language :: Python :: 3.9",
  "Programming Language :: Python :: 3.10",
  "Programming Language :: Python :: 3.11",
  "Programming Language :: Python :: Implementation :: CPython",
  "Programming Language :: Python :: Implementation :: PyPy",
]
dynamic = ["version"]

dependencies = [
  "attrs>=17.4.0",
  "pyrsistent>=0.14.0,!=0.17.0,!=0.17.1,!=0.17.2",

  "importlib_metadata;python_version<'3.8'",
  "typing_extensions;python_version<'3.8'",

  "importlib_resources>=1.4.0;python_version<'3.9'",
  "pkgutil_resolve_name>=1.3.10;python_version<'3.9'",
]

[project.optional-dependencies]
format = [
  "fqdn",
  "idna",
  "isoduration",
  "jsonpointer>1.13",
  "rfc3339-validator",
  "rfc3987",
  "uri_template",
  "webcolors>=1.11",
]
format-nongpl = [
  "fqdn",
  "idna",
  "isoduration",
  "jsonpointer>1.13",
  "rfc3339-validator",
  "rfc3986-validator>0.1.0",
  "uri_template",
  "webcolors>=1.11",
]

[project.scripts]
jsonschema = "jsonschema.cli:main"

[project.urls]
Homepage = "https://github.com/python-jsonschema/jsonschema"
Documentation = "https://python-jsonschema.readthedocs.io/"
Issues = "https://github.com/python-jsonschema/jsonschema/issues/"
Funding = "https://github.com/sponsors/Julian"
Tidelift = "https://tidelift.com/subscription/pkg/pypi-jsonschema?utm_source=pypi-jsonschema&utm_medium=referral&utm_campaign=pypi-link"
Changelog = "https://github.com/python-jsonschema/jsonschema/blob/main/CHANGELOG.rst"
Source = "https://github.com/python-jsonschema/jsonschema"
'''

# attrs 22.2.0 kept its metadata in setup.py; pyproject.toml only selected the
# backend. The setup.py below is ours: it declares what METADATA says.
ATTRS_PYPROJECT = '''\
[build-system]
requires = ["setuptools>=40.6.0", "wheel"]
build-backend = "setuptools.build_meta"
'''

def attrs_setup_py(msg):
    extras = {}
    for r in msg.get_all("Requires-Dist") or []:
        req, _, marker = r.partition(";")
        m = re.search(r"extra == '([^']+)'", marker)
        rest = re.sub(r"\s*and extra == '[^']+'|extra == '[^']+'", "", marker).strip()
        rest = re.sub(r"^\((.*)\)$", r"\1", rest)
        req = re.sub(r"\s*\(([^)]*)\)", r"\1", req.strip())
        extras.setdefault(m.group(1), []).append(req + ("; " + rest if rest else ""))
    urls = {}
    for u in msg.get_all("Project-URL") or []:
        k, _, v = u.partition(", ")
        urls[k] = v
    lines = [
        "from setuptools import find_packages, setup",
        "",
        "setup(",
        "    name=%r," % msg["Name"],
        "    version=%r," % msg["Version"],
        "    description=%r," % msg["Summary"],
        "    long_description=open(\"README.md\", encoding=\"utf-8\").read(),",
        "    long_description_content_type=%r," % msg["Description-Content-Type"],
        "    url=%r," % msg["Home-page"],
        "    project_urls=%r," % urls,
        "    author=%r," % msg["Author"],
        "    author_email=%r," % msg["Author-email"],
        "    maintainer=%r," % msg["Maintainer"],
        "    maintainer_email=%r," % msg["Maintainer-email"],
        "    license=%r," % msg["License"],
        "    keywords=%r," % msg["Keywords"].split(","),
        "    classifiers=%r," % msg.get_all("Classifier"),
        "    python_requires=%r," % msg["Requires-Python"],
        "    package_dir={\"\": \"src\"},",
        "    packages=find_packages(where=\"src\"),",
        "    include_package_data=True,",
        "    package_data={\"attr\": [\"py.typed\", \"*.pyi\"], \"attrs\": [\"py.typed\", \"*.pyi\"]},",
        "    install_requires=[],",
        "    extras_require=%r," % extras,
        ")",
    ]
    return ("\n".join(lines) + "\n").encode()

# --- documents ----------------------------------------------------------------
def digests(data):
    return {"blake2b_256": hashlib.blake2b(data, digest_size=32).hexdigest(),
            "md5": hashlib.md5(data).hexdigest(),
            "sha256": hashlib.sha256(data).hexdigest()}

def short_description(body):
    out, n = [], 0
    for para in re.split(r"\n\s*\n", body.strip("\n")):
        out.append(para); n += len(para)
        if n > 400: break
    return "\n\n".join(out) + "\n"

def natural(s):
    # Trove order: alphabetical, version numbers compared as numbers.
    return [(0, int(t), "") if t.isdigit() else (1, 0, t) for t in re.split(r"(\d+)", s)]

def info_of(msg, body, name, ver):
    def g(k):
        v = msg.get(k)
        return None if v is None else str(v)
    urls = {}
    if g("Home-page"): urls["Homepage"] = g("Home-page")
    if g("Download-URL"): urls["Download"] = g("Download-URL")
    for u in msg.get_all("Project-URL") or []:
        k, _, v = u.partition(", ")
        urls[k.strip()] = v.strip()
    base = "https://registry.invalid/project/%s/" % name
    return {
        "author": g("Author"), "author_email": g("Author-email"), "bugtrack_url": None,
        "classifiers": sorted(set(msg.get_all("Classifier") or []), key=natural),
        "description": short_description(body),
        "description_content_type": g("Description-Content-Type"),
        "docs_url": None, "download_url": g("Download-URL"),
        "downloads": {"last_day": -1, "last_month": -1, "last_week": -1},
        "dynamic": msg.get_all("Dynamic"), "home_page": g("Home-page"), "keywords": g("Keywords"),
        "license": g("License"), "license_expression": g("License-Expression"),
        "license_files": msg.get_all("License-File") if msg.get("License-Expression") else None,
        "maintainer": g("Maintainer"), "maintainer_email": g("Maintainer-email"),
        "name": g("Name"), "package_url": base, "platform": g("Platform"), "project_url": base,
        "project_urls": urls or None, "provides_extra": msg.get_all("Provides-Extra"),
        "release_url": base + ver + "/", "requires_dist": msg.get_all("Requires-Dist"),
        "requires_python": g("Requires-Python") or "", "summary": g("Summary"), "version": ver,
        "yanked": False, "yanked_reason": None,
    }

def file_entry(path, rel_url, kind, pyver, requires_python):
    data = open(path, "rb").read()
    d = digests(data)
    return {"comment_text": "", "digests": d, "downloads": -1, "filename": os.path.basename(path),
            "has_sig": False, "md5_digest": d["md5"], "packagetype": kind, "python_version": pyver,
            "requires_python": requires_python, "size": len(data), "upload_time": UPLOAD,
            "upload_time_iso_8601": UPLOAD + ".000000Z", "url": rel_url, "yanked": False,
            "yanked_reason": None}

def write_json(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")

def vkey(v):
    return tuple(int(x) for x in v.split("."))

# Start clean (keep README.md and record.sh).
for e in os.listdir(here):
    if e not in ("README.md", "record.sh"):
        p = os.path.join(here, e)
        shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)

# project -> (version, older versions listed without files, files [(path, kind, pyver, metadata?)])
OLDER = {"jsonschema": ["4.10.2"], "rich": ["13.3.0"], "attrs": ["22.1.0"]}
projects = {}

# jsonschema 4.10.3: sdist
name, ver = "jsonschema", "4.10.3"
meta = metadata_text(name, ver); msg, body = parse_metadata(meta)
top = "%s-%s" % (name, ver)
files = {k: v for k, v in module_files(name, ["jsonschema"]).items()}
files.update({"PKG-INFO": meta.encode(), "pyproject.toml": JSONSCHEMA_PYPROJECT.encode(),
              "COPYING": copyright_license(name, "python3-jsonschema"), "README.rst": body.encode()})
sd = os.path.join(here, "packages/source/j/jsonschema", top + ".tar.gz")
make_sdist(sd, top, files)
projects[name] = (ver, msg, body, [(sd, "sdist", "source", None)])

# rich 13.3.1: sdist, pyproject.toml/LICENSE/README.md from upstream's tarball
name, ver = "rich", "13.3.1"
meta = metadata_text(name, ver); msg, body = parse_metadata(meta)
top = "%s-%s" % (name, ver)
up = os.path.join(cache, "src", top)
files = dict(module_files(name, ["rich"]))
files.update({"PKG-INFO": meta.encode(),
              "pyproject.toml": open(os.path.join(up, "pyproject.toml"), "rb").read(),
              "LICENSE": open(os.path.join(up, "LICENSE"), "rb").read(),
              "README.md": open(os.path.join(up, "README.md"), "rb").read()})
sd = os.path.join(here, "packages/source/r/rich", top + ".tar.gz")
make_sdist(sd, top, files)
projects[name] = (ver, msg, body, [(sd, "sdist", "source", None)])

# attrs 22.2.0: sdist (src/ layout, as upstream) and wheel + .metadata
name, ver = "attrs", "22.2.0"
meta = metadata_text(name, ver); msg, body = parse_metadata(meta)
top = "%s-%s" % (name, ver)
mods = module_files(name, ["attr", "attrs"])
lic = copyright_license(name, "python3-attr")
files = {"src/" + k: v for k, v in mods.items()}
files.update({"PKG-INFO": meta.encode(), "pyproject.toml": ATTRS_PYPROJECT.encode(),
              "setup.py": attrs_setup_py(msg), "LICENSE": lic, "README.md": body.encode()})
sd = os.path.join(here, "packages/source/a/attrs", top + ".tar.gz")
make_sdist(sd, top, files)
di = os.path.join(cache, "root", name, DIST.lstrip("/"), top + ".dist-info")
whl = os.path.join(here, "packages/py3/a/attrs", top + "-py3-none-any.whl")
make_wheel(whl, mods, top + ".dist-info",
           [("LICENSE", lic), ("METADATA", meta.encode()),
            ("WHEEL", open(os.path.join(di, "WHEEL"), "rb").read()),
            ("top_level.txt", open(os.path.join(di, "top_level.txt"), "rb").read())])
with open(whl + ".metadata", "wb") as f:
    f.write(meta.encode())
projects[name] = (ver, msg, body, [(sd, "sdist", "source", None), (whl, "bdist_wheel", "py3", whl + ".metadata")])

simple_projects = []
for name, (ver, msg, body, dists) in projects.items():
    rp = msg.get("Requires-Python")
    info = info_of(msg, body, name, ver)
    def entries(depth):
        up = "../" * depth
        return [file_entry(p, up + os.path.relpath(p, here), k, pv, rp) for p, k, pv, _ in dists]
    releases = {v: [] for v in OLDER[name]}
    releases[ver] = entries(2)
    releases = dict(sorted(releases.items(), key=lambda kv: vkey(kv[0])))
    write_json(os.path.join(here, "pypi", name, "json"),
               {"info": info, "last_serial": 0, "releases": releases, "urls": entries(2), "vulnerabilities": []})
    write_json(os.path.join(here, "pypi", name, ver, "json"),
               {"info": info, "last_serial": 0, "urls": entries(3), "vulnerabilities": []})
    sfiles = []
    for p, k, pv, mdp in dists:
        data = open(p, "rb").read()
        cm = {"sha256": hashlib.sha256(open(mdp, "rb").read()).hexdigest()} if mdp else False
        sfiles.append({"core-metadata": cm, "data-dist-info-metadata": cm,
                       "filename": os.path.basename(p), "hashes": {"sha256": hashlib.sha256(data).hexdigest()},
                       "requires-python": rp, "size": len(data), "upload-time": UPLOAD + ".000000Z",
                       "url": "../../" + os.path.relpath(p, here), "yanked": False})
    write_json(os.path.join(here, "simple", name, "index.json"),
               {"files": sfiles, "meta": {"_last-serial": 0, "api-version": "1.1"}, "name": name,
                "versions": sorted(set(OLDER[name] + [ver]), key=vkey)})
    simple_projects.append({"_last-serial": 0, "name": name})
    for p, k, pv, mdp in dists:
        print("ok  %-10s %-7s %-11s %s  %7d bytes" % (name, ver, k, os.path.basename(p), os.path.getsize(p)))
write_json(os.path.join(here, "simple", "index.json"),
           {"meta": {"_last-serial": 0, "api-version": "1.1"},
            "projects": sorted(simple_projects, key=lambda p: p["name"])})
PY

# Verify: every file a document names exists, with the size and digests stated.
python3 - "$here" <<'PY'
import hashlib, json, os, sys
from urllib.parse import urljoin
from urllib.request import pathname2url, url2pathname
here = sys.argv[1]
n = 0
for dp, dns, fns in os.walk(here):
    for fn in fns:
        if fn not in ("json", "index.json"):
            continue
        doc = os.path.join(dp, fn)
        j = json.load(open(doc, encoding="utf-8"))
        files = j.get("urls", []) + j.get("files", []) + [f for fl in j.get("releases", {}).values() for f in fl]
        for fe in files:
            p = url2pathname(urljoin("file://" + pathname2url(doc), fe["url"])[len("file://"):])
            data = open(p, "rb").read()
            sha = (fe.get("digests") or fe.get("hashes"))["sha256"]
            if hashlib.sha256(data).hexdigest() != sha or fe["size"] != len(data):
                sys.exit("record.sh: %s: %s does not match" % (doc, fe["url"]))
            n += 1
print("verified %d file references" % n)
PY
