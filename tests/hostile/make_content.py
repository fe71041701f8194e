#!/usr/bin/env python3
"""make_content.py DIR: writes registries in DIR (DIR/npm/, DIR/crates/,
DIR/pypi/) whose packages carry what debian/copyright and the repack read
from an artifact's files (issue 12, item 7):

  npm   c-two-holders   LICENSE with two Copyright lines (as debug's),
                        package.json's author a third name
  npm   c-no-holder     LICENSE with no Copyright line: the author is used
  npm   c-no-file       license ISC and no license file: the standard text
  npm   c-exception     "Apache-2.0 WITH LLVM-exception"
  npm   c-minified      a minified dist/c.min.js and a generated one-line
                        dist/bundle.js beside lib/ (not needed at run time),
                        and main pointing into a minified dist/main.js
  npm   c-generated   a generated one-line tables-generated.js that
                        index.js requires (as iconv-lite's tables): kept
  crates c-dual         "MIT OR Apache-2.0", LICENSE-MIT and LICENSE-APACHE
                        (Apache's own template lines are no holders)
  pypi  c-bsd           "(MIT OR Apache-2.0) AND BSD-3-Clause", a BSD-3
                        LICENSE with a holder

Used by tests/cases/deb-copyright-*.t and deb-repack-*.t (in $TMP).
Deterministic; Python 3 standard library only.
"""
import base64
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_shapes import UPLOAD, index_path, targz, write  # noqa: E402

EXPAT = b"""Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
"""

APACHE = b"""                                 Apache License
                           Version 2.0, January 2004
                        http://www.apache.org/licenses/

      (c) You must retain, in the Source form of any Derivative Works
          that You distribute, all copyright, patent, trademark, and
          attribution notices from the Source form of the Work,

   APPENDIX: How to apply the Apache License to your work.

   Copyright [yyyy] [name of copyright owner]

   Licensed under the Apache License, Version 2.0 (the "License");
"""

BSD3 = b"""Copyright (c) 2019, Bea Smith
All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

* Neither the name of the copyright holder nor the names of its
  contributors may be used to endorse or promote products derived from
  this software without specific prior written permission.
"""

MINIFIED = b"!function(e){" + b"var a=1,b=2;" * 80 + b"}(this);\n"


def npm(out, name, files, license="MIT", author="Someone Else <else@example.org>", **extra):
    version = "1.0.0"
    manifest = {"name": name, "version": version, "description": "A content fixture", "license": license,
                "author": author}
    manifest.update(extra)
    members = [("package/package.json", json.dumps(manifest, indent=1).encode())]
    if not any(p == "index.js" for p, _ in files):
        members.append(("package/index.js", b"module.exports = 1;\n"))
    members += [("package/" + p, d) for p, d in files]
    blob = targz(members)
    fname = "%s-%s.tgz" % (name, version)
    write(os.path.join(out, "-", fname), blob)
    v = dict(manifest)
    v["dist"] = {"integrity": "sha512-" + base64.b64encode(hashlib.sha512(blob).digest()).decode(),
                 "shasum": hashlib.sha1(blob).hexdigest(), "tarball": "-/" + fname}
    doc = {"_id": name, "name": name, "dist-tags": {"latest": version}, "versions": {version: v},
           "time": {version: "2020-02-02T02:02:02.000Z"}}
    write(os.path.join(out, name), json.dumps(doc))


def crate(out, name, license, files):
    version = "1.0.0"
    top = "%s-%s/" % (name, version)
    toml = ('[package]\nedition = "2018"\nname = "%s"\nversion = "%s"\ndescription = "A content fixture"\n'
            'license = "%s"\nauthors = ["Crate Author <ca@example.org>"]\n' % (name, version, license)).encode()
    blob = targz([(top + "Cargo.toml", toml), (top + "src/lib.rs", b"pub fn f() {}\n")] +
                 [(top + p, d) for p, d in files])
    write(os.path.join(out, "config.json"), '{\n  "dl": "crates/{crate}/{crate}-{version}.crate"\n}\n')
    write(os.path.join(out, "crates", name, "%s-%s.crate" % (name, version)), blob)
    line = {"name": name, "vers": version, "deps": [], "cksum": hashlib.sha256(blob).hexdigest(),
            "features": {}, "yanked": False, "pubtime": "2023-11-14T22:13:20Z"}
    write(os.path.join(out, index_path(name)), json.dumps(line, separators=(",", ":")) + "\n")


def pypi(out, name, license, files):
    version = "1.0.0"
    top = "%s-%s/" % (name, version)
    info_text = ("Metadata-Version: 2.1\nName: %s\nVersion: %s\nSummary: A content fixture\nLicense: %s\n\n"
                 "Long description.\n" % (name, version, license)).encode()
    blob = targz([(top + "PKG-INFO", info_text),
                  (top + "pyproject.toml", b'[build-system]\nrequires = ["flit_core"]\n'
                                           b'build-backend = "flit_core.buildapi"\n'),
                  (top + name.replace("-", "_") + "/__init__.py", b"")] + [(top + p, d) for p, d in files])
    fn = "%s-%s.tar.gz" % (name, version)
    write(os.path.join(out, "packages", "source", name[0], name, fn), blob)
    art = [{"digests": {"sha256": hashlib.sha256(blob).hexdigest()}, "filename": fn, "packagetype": "sdist",
            "python_version": "source", "requires_python": None, "size": len(blob), "upload_time": UPLOAD,
            "upload_time_iso_8601": UPLOAD + ".000000Z",
            "url": "../../packages/source/%s/%s/%s" % (name[0], name, fn), "yanked": False}]
    info = {"author": "Py Author", "classifiers": [], "description": "", "home_page": None, "license": license,
            "name": name, "project_urls": None, "provides_extra": None, "requires_dist": None,
            "requires_python": None, "summary": "A content fixture", "version": version, "yanked": False}
    doc = {"info": info, "last_serial": 0, "releases": {version: art}, "urls": art}
    write(os.path.join(out, "pypi", name, "json"), json.dumps(doc, indent=1, sort_keys=True) + "\n")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_content.py DIR")
    top = sys.argv[1]
    n = os.path.join(top, "npm")
    npm(n, "c-two-holders", [("LICENSE", b"(The MIT License)\n\nCopyright (c) 2014-2017 TJ Holowaychuk "
                             b"<tj@vision-media.ca>\nCopyright (c) 2018-2021 Josh Junon\n\n" + EXPAT)],
        author="Josh Junon (https://github.com/qix-)")
    npm(n, "c-no-holder", [("LICENSE", EXPAT)], author="Jane Doe <jane@example.org>")
    npm(n, "c-no-file", [], license="ISC")
    npm(n, "c-exception", [], license="Apache-2.0 WITH LLVM-exception")
    npm(n, "c-minified", [("LICENSE", b"Copyright (c) 2020 Min Ifier\n\n" + EXPAT),
                          ("lib/c.js", b"module.exports = function () {\n  return 1;\n};\n"),
                          ("dist/c.min.js", MINIFIED), ("dist/bundle.js", MINIFIED),
                          ("dist/main.js", MINIFIED)], main="dist/main.js")
    npm(n, "c-generated", [("LICENSE", b"Copyright (c) 2020 Gen Erated\n\n" + EXPAT),
                           ("index.js", b"module.exports = require('./tables-generated');\n"),
                           ("tables-generated.js", b"module.exports=[" + b"1," * 400 + b"0];\n")])
    crate(os.path.join(top, "crates"), "c-dual", "MIT OR Apache-2.0",
          [("LICENSE-MIT", b"Copyright (c) 2016 The Dual Developers\n\n" + EXPAT), ("LICENSE-APACHE", APACHE)])
    pypi(os.path.join(top, "pypi"), "c-bsd", "(MIT OR Apache-2.0) AND BSD-3-Clause", [("LICENSE", BSD3)])


if __name__ == "__main__":
    main()
