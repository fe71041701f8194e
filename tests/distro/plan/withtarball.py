#!/usr/bin/env python3
"""withtarball.py [--types-only] NAME DIR: copies the plan fixtures' npm registry
(tests/distro/plan/npm/) to DIR and gives package NAME's 1.0.0 a real
tarball (package/package.json from its packument's version, an index.js),
its integrity and shasum the tarball's own, so that ferry import can read
it.  --types-only: an index.d.ts and "types" instead of index.js and
"main" (a package of type definitions, like type-fest).  For the import cases of the platform fixtures (pf-*).  Deterministic;
Python 3 standard library only."""
import base64, gzip, hashlib, io, json, os, shutil, sys, tarfile

args = sys.argv[1:]
types_only = args[0] == "--types-only"
name, out = args[-2], args[-1]
src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "npm")
shutil.copytree(src, out, dirs_exist_ok=True)
path = os.path.join(out, name)
doc = json.load(open(path))
v = doc["versions"]["1.0.0"]
manifest = {k: v[k] for k in v if k not in ("dist",)}
manifest.update(description="A platform fixture", license="MIT")
if types_only:
    manifest["types"] = "./index.d.ts"
    code = ("package/index.d.ts", b"export type One = 1;\n")
else:
    manifest["main"] = "index.js"
    code = ("package/index.js", b"module.exports = 1;\n")
files = [("package/package.json", json.dumps(manifest, indent=2).encode()), code]
raw = io.BytesIO()
with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
    for p, data in files:
        ti = tarfile.TarInfo(p)
        ti.size, ti.mtime, ti.mode, ti.uid, ti.gid = len(data), 1700000000, 0o644, 0, 0
        tar.addfile(ti, io.BytesIO(data))
blob = gzip.compress(raw.getvalue(), compresslevel=9, mtime=0)
os.makedirs(os.path.join(out, "-"), exist_ok=True)
open(os.path.join(out, "-", "%s-1.0.0.tgz" % name), "wb").write(blob)
v.update(description=manifest["description"], license="MIT")
v["dist"] = {"tarball": "-/%s-1.0.0.tgz" % name, "shasum": hashlib.sha1(blob).hexdigest(),
             "integrity": "sha512-" + base64.b64encode(hashlib.sha512(blob).digest()).decode()}
json.dump(doc, open(path, "w"))
