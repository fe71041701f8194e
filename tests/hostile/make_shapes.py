#!/usr/bin/env python3
"""make_shapes.py SHAPE N DIR: writes a registry in DIR holding one package
whose metadata has SHAPE at size N, the inputs that once took ferry time
quadratic (or worse) in their size (issue 10):

  pkginfo   PyPI  h-shape-pkginfo: PKG-INFO with a Description header of N
            continuation lines (RFC 822 folding, as Metadata 1.x writes it)
  extras    PyPI  h-shape-extras: one requires_dist line whose marker tests
            N extras (extra == "e0" or extra == "e1" or ...)
  specs     PyPI  h-shape-specs: one requires_dist line with N "!=" specifiers
  provides  PyPI  h-shape-provides: N Provides-Extra headers in PKG-INFO
  features  crates  h-shape-features: an index line whose N features form a
            chain (f0 enables f1, ..., the last enables an optional dependency)
  featloop  crates  h-shape-featloop: the same chain closed into a cycle
            (the last enables f0), as some old crates have
  npmdeps   npm   h-shape-npmdeps: package.json with N dependencies, every
            other one also an optional dependency
  files     npm   h-shape-files: versions 1.0.0 and 1.0.1, N files each (half
            of them changed), for ferry review

DIR gets the registry's layout (npm: DIR/NAME and DIR/-/; crates: a sparse
index with config.json; PyPI: DIR/pypi/NAME/json and the sdist).  Used by
tests/cases/shape-*.t (in $TMP, at the issue's sizes) and bench/shapes.sh
(growing sizes).  Deterministic; Python 3 standard library only.
"""
import base64
import gzip
import hashlib
import io
import json
import os
import sys
import tarfile

MTIME = 1700000000
UPLOAD = "2023-11-14T22:13:20"


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def targz(files):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path, data in files:
            ti = tarfile.TarInfo(path)
            ti.size = len(data)
            ti.mtime = MTIME
            ti.mode = 0o644
            ti.uid = ti.gid = 0
            ti.uname = ti.gname = ""
            tar.addfile(ti, io.BytesIO(data))
    return gzip.compress(raw.getvalue(), compresslevel=9, mtime=0)


# ---------------------------------------------------------------- PyPI

def pkg_info(name, version, extra=""):
    return ("Metadata-Version: 2.1\nName: %s\nVersion: %s\nSummary: A hostile shape\nLicense: MIT\n%s\n"
            "Long description.\n" % (name, version, extra)).encode()


def pypi_project(out, name, info_text, requires_dist=None, version="1.0.0"):
    top = "%s-%s/" % (name, version)
    blob = targz([(top + "PKG-INFO", info_text),
                  (top + "pyproject.toml", b'[build-system]\nrequires = ["flit_core"]\n'
                                           b'build-backend = "flit_core.buildapi"\n'),
                  (top + name.replace("-", "_") + "/__init__.py", b"")])
    fn = "%s-%s.tar.gz" % (name, version)
    write(os.path.join(out, "packages", "source", name[0], name, fn), blob)
    files = [{"digests": {"sha256": hashlib.sha256(blob).hexdigest()}, "filename": fn, "packagetype": "sdist",
              "python_version": "source", "requires_python": None, "size": len(blob), "upload_time": UPLOAD,
              "upload_time_iso_8601": UPLOAD + ".000000Z",
              "url": "../../packages/source/%s/%s/%s" % (name[0], name, fn), "yanked": False}]
    info = {"author": "Mallory", "classifiers": [], "description": "", "home_page": None, "license": "MIT",
            "name": name, "project_urls": None, "provides_extra": None, "requires_dist": requires_dist,
            "requires_python": None, "summary": "A hostile shape", "version": version, "yanked": False}
    doc = {"info": info, "last_serial": 0, "releases": {version: files}, "urls": files}
    write(os.path.join(out, "pypi", name, "json"), json.dumps(doc, indent=1, sort_keys=True) + "\n")


def pkginfo(out, n):
    name = "h-shape-pkginfo"
    desc = "Description: A long description\n" + "        line\n" * n
    pypi_project(out, name, pkg_info(name, "1.0.0", desc))


def provides(out, n):
    name = "h-shape-provides"
    pypi_project(out, name, pkg_info(name, "1.0.0", "".join("Provides-Extra: e%d\n" % i for i in range(n))))


def extras(out, n):
    name = "h-shape-extras"
    marker = " or ".join('extra == "e%d"' % i for i in range(n))
    pypi_project(out, name, pkg_info(name, "1.0.0"), requires_dist=["h-dep>=1.0; " + marker])


def specs(out, n):
    name = "h-shape-specs"
    spec = ",".join("!=1.%d" % i for i in range(n))
    pypi_project(out, name, pkg_info(name, "1.0.0"), requires_dist=["h-dep>=1.0," + spec])


# ---------------------------------------------------------------- crates

def index_path(name):
    n = name.lower()
    if len(n) <= 2:
        return "%d/%s" % (len(n), n)
    if len(n) == 3:
        return "3/%s/%s" % (n[0], n)
    return "%s/%s/%s" % (n[:2], n[2:4], n)


def features(out, n, name="h-shape-features", loop=False):
    version = "1.0.0"
    top = "%s-%s/" % (name, version)
    toml = ('[package]\nedition = "2018"\nname = "%s"\nversion = "%s"\ndescription = "A hostile shape"\n'
            'license = "MIT"\n' % (name, version)).encode()
    blob = targz([(top + "Cargo.toml", toml), (top + "src/lib.rs", b"pub fn f() {}\n")])
    write(os.path.join(out, "config.json"), '{\n  "dl": "crates/{crate}/{crate}-{version}.crate"\n}\n')
    write(os.path.join(out, "crates", name, "%s-%s.crate" % (name, version)), blob)
    feats = {"f%d" % i: ["f%d" % (i + 1)] for i in range(n - 1)}
    feats["f%d" % (n - 1)] = ["dep:itoa"] + (["f0"] if loop else [])
    feats["default"] = ["f0"]
    dep = {"name": "itoa", "req": "^1.0", "features": [], "optional": True, "default_features": True,
           "target": None, "kind": "normal"}
    line = {"name": name, "vers": version, "deps": [dep], "cksum": hashlib.sha256(blob).hexdigest(),
            "features": feats, "yanked": False}
    write(os.path.join(out, index_path(name)), json.dumps(line, separators=(",", ":")) + "\n")


def featloop(out, n):
    features(out, n, "h-shape-featloop", loop=True)


# ---------------------------------------------------------------- npm

def npmdeps(out, n):
    name, version = "h-shape-npmdeps", "1.0.0"
    deps = {"d%d" % i: "^1.0.0" for i in range(n)}
    opt = {"d%d" % i: "^1.0.0" for i in range(0, n, 2)}
    manifest = {"name": name, "version": version, "description": "A hostile shape", "license": "MIT",
                "dependencies": deps, "optionalDependencies": opt}
    blob = targz([("package/package.json", json.dumps(manifest, indent=1).encode()),
                  ("package/index.js", b"module.exports = 1;\n")])
    fname = "%s-%s.tgz" % (name, version)
    write(os.path.join(out, "-", fname), blob)
    v = dict(manifest)
    v["dist"] = {"integrity": "sha512-" + base64.b64encode(hashlib.sha512(blob).digest()).decode(),
                 "shasum": hashlib.sha1(blob).hexdigest(), "tarball": "-/" + fname}
    doc = {"_id": name, "name": name, "dist-tags": {"latest": version}, "versions": {version: v},
           "time": {version: "2020-02-02T02:02:02.000Z"}}
    write(os.path.join(out, name), json.dumps(doc))


def files(out, n):
    name = "h-shape-files"
    doc = {"_id": name, "name": name, "dist-tags": {"latest": "1.0.1"}, "versions": {}, "time": {}}
    for k, version in enumerate(["1.0.0", "1.0.1"]):
        manifest = {"name": name, "version": version, "description": "A hostile shape", "license": "MIT"}
        members = [("package/package.json", json.dumps(manifest, indent=1).encode())]
        members += [("package/lib/f%d.js" % i, b"module.exports = %d;\n" % (i if i % 2 or not k else -i))
                    for i in range(n)]
        blob = targz(members)
        fname = "%s-%s.tgz" % (name, version)
        write(os.path.join(out, "-", fname), blob)
        v = dict(manifest)
        v["dist"] = {"integrity": "sha512-" + base64.b64encode(hashlib.sha512(blob).digest()).decode(),
                     "shasum": hashlib.sha1(blob).hexdigest(), "tarball": "-/" + fname}
        doc["versions"][version] = v
        doc["time"][version] = "2020-02-0%dT02:02:02.000Z" % (k + 2)
    write(os.path.join(out, name), json.dumps(doc))


SHAPES = {"pkginfo": pkginfo, "provides": provides, "extras": extras, "specs": specs, "features": features, "featloop": featloop,
          "npmdeps": npmdeps, "files": files}


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in SHAPES:
        sys.exit("usage: make_shapes.py {%s} N DIR" % ",".join(sorted(SHAPES)))
    SHAPES[sys.argv[1]](sys.argv[3], int(sys.argv[2]))


if __name__ == "__main__":
    main()
