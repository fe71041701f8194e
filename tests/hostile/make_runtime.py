#!/usr/bin/env python3
"""make_runtime.py DIR: a file:// npm registry in DIR for cases that make
their packages when they run (not committed: make.py rewrites
tests/hostile/npm).  u8 has a prebuilt binary (so the Debian orig tarball
is repacked without it) and a UTF-8 file name; badname the same with a name
that is not UTF-8 (tests/cases/import-repack-*.t); optbad an optional
dependency followed by one with an invalid range
(tests/cases/import-optional-then-bad-range.t); optpeer a peer and a peer
that peerDependenciesMeta marks optional (tests/cases/import-optional-peer.t)."""
import base64, gzip, hashlib, io, json, os, sys, tarfile

OUT = sys.argv[1]
os.makedirs(os.path.join(OUT, "-"), exist_ok=True)


def publish(name, other, **extra):
    manifest = {"name": name, "version": "1.0.0", "license": "MIT", "description": "A prebuilt binary and " + name}
    manifest.update(extra)
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.GNU_FORMAT, encoding="utf-8",
                      errors="surrogateescape") as t:
        for path, data in (("package/package.json", json.dumps(manifest).encode()),
                           ("package/prebuilds/linux-x64/%s.node" % name, b"\x7fELF"), ("package/" + other, b"1;\n")):
            i = tarfile.TarInfo(path)
            i.size, i.mtime, i.mode = len(data), 1580608922, 0o644
            t.addfile(i, io.BytesIO(data))
    blob = gzip.compress(raw.getvalue(), mtime=0)
    fname = "%s-1.0.0.tgz" % name
    with open(os.path.join(OUT, "-", fname), "wb") as f:
        f.write(blob)
    v = dict(manifest, dist={"integrity": "sha512-" + base64.b64encode(hashlib.sha512(blob).digest()).decode(),
                             "shasum": hashlib.sha1(blob).hexdigest(), "tarball": "-/" + fname})
    with open(os.path.join(OUT, name), "w") as f:
        json.dump({"name": name, "dist-tags": {"latest": "1.0.0"}, "versions": {"1.0.0": v},
                   "time": {"1.0.0": "2020-02-02T02:02:02.000Z"}}, f)


publish("u8", "lib/caf\u00e9.js")
publish("badname", "lib/caf\udce9.js")   # the byte 0xe9 alone: not UTF-8
publish("optbad", "lib/x.js", optionalDependencies={"a": "^1.0.0", "b": "^1.2.3 || 2.}"})
publish("optpeer", "lib/x.js", peerDependencies={"hard-peer": "^1.0.0", "soft-peer": "^2.0.0"},
        peerDependenciesMeta={"soft-peer": {"optional": True}})
