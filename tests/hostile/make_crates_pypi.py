#!/usr/bin/env python3
"""Writes the hostile crates.io and PyPI fixtures (run from anywhere):

  tests/hostile/crates/  a sparse index: config.json, index files at the
                         lowercased sparse paths, crates/NAME/NAME-VERSION.crate
  tests/hostile/pypi/    JSON API documents pypi/NAME/json and their sdists
                         at packages/source/N/NAME/NAME-VERSION.tar.gz

The shapes are those of tests/registry/crates and tests/registry/pypi; each
package is tiny and carries one attack (h-*) or is a plain fixture (t-*).
tests/cases/crate-import-*.t and pypi-import-*.t say what ferry must do.
Deterministic (fixed mtimes, gzip mtime 0, sorted JSON): the outputs are
committed, this script is how they were made.  Python 3 standard library only.
"""
import gzip
import hashlib
import io
import json
import os
import shutil
import tarfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CRATES = os.path.join(HERE, "crates")
PYPI = os.path.join(HERE, "pypi")
MTIME = 1700000000
UPLOAD = "2023-11-14T22:13:20"


def member(tar, name, data=b"", **kw):
    ti = tarfile.TarInfo(name)
    ti.size = len(data)
    ti.mtime = MTIME
    ti.mode = 0o644
    ti.uid = ti.gid = 0
    ti.uname = ti.gname = ""
    for k, v in kw.items():
        setattr(ti, k, v)
    if ti.type not in (tarfile.REGTYPE, tarfile.AREGTYPE):
        ti.size = 0
    tar.addfile(ti, io.BytesIO(data) if ti.type in (tarfile.REGTYPE, tarfile.AREGTYPE) else None)


def targz(files, extra=(), mtime=None):
    """files: [(path, bytes)], then extra: callables adding hostile members;
    mtime: the members' time, when not MTIME."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path, data in files:
            member(tar, path, data, **({} if mtime is None else {"mtime": mtime}))
        for e in extra:
            e(tar)
    return gzip.compress(raw.getvalue(), compresslevel=9, mtime=0)


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def sha256(b):
    return hashlib.sha256(b).hexdigest()


def toml_str(s):
    return json.dumps(s)   # a TOML basic string is a JSON string for these texts


# ---------------------------------------------------------------- crates

def index_path(name):
    n = name.lower()
    if len(n) <= 2:
        return "%d/%s" % (len(n), n)
    if len(n) == 3:
        return "3/%s/%s" % (n[0], n)
    return "%s/%s/%s" % (n[:2], n[2:4], n)


def cargo_toml(name, version, description="A hostile fixture", extra=""):
    return ('[package]\nedition = "2018"\nname = %s\nversion = %s\ndescription = %s\nlicense = "MIT"\n%s'
            % (toml_str(name), toml_str(version), toml_str(description), extra)).encode()


def crate(name, version="1.0.0", toml=None, extra=(), cksum=None, line=None, deps=(), mtime=None):
    """One .crate and its index line; line(dict) may change the line."""
    top = "%s-%s/" % (name, version)
    blob = targz([(top + "Cargo.toml", toml if toml is not None else cargo_toml(name, version)),
                  (top + "src/lib.rs", b"pub fn f() {}\n")], extra, mtime)
    write(os.path.join(CRATES, "crates", name, "%s-%s.crate" % (name, version)), blob)
    entry = {"name": name, "vers": version, "deps": list(deps), "cksum": cksum or sha256(blob),
             "features": {}, "yanked": False}
    if line:
        entry = line(entry)
    write(os.path.join(CRATES, index_path(name)), json.dumps(entry, separators=(",", ":")) + "\n")


def dep(name, req):
    return {"name": name, "req": req, "features": [], "optional": False, "default_features": True,
            "target": None, "kind": "normal"}


def crates():
    shutil.rmtree(CRATES, ignore_errors=True)
    os.makedirs(CRATES)
    write(os.path.join(CRATES, "config.json"), '{\n  "dl": "crates/{crate}/{crate}-{version}.crate"\n}\n')

    # the .crate's bytes are not those the index's cksum names
    crate("h-crate-badsum", cksum=sha256(b"something else"))

    # archive escapes
    crate("h-crate-dotdot", extra=[lambda t: member(t, "h-crate-dotdot-1.0.0/../../evil.rs", b"x")])
    crate("h-crate-abspath", extra=[lambda t: member(t, "/etc/evil.rs", b"x")])
    crate("h-crate-symlink", extra=[lambda t: member(t, "h-crate-symlink-1.0.0/lib", type=tarfile.SYMTYPE,
                                                     linkname="../../../etc")])
    crate("h-crate-slashabs", extra=[lambda t: member(t, "h-crate-slashabs-1.0.0//etc/evil.rs", b"x")])
    # a second Cargo.toml that only the canonical path shows to be the same
    crate("h-crate-dotdup", extra=[lambda t: member(t, "h-crate-dotdup-1.0.0/./Cargo.toml",
                                                    cargo_toml("h-crate-dotdup", "1.0.0", extra='build = "evil.rs"\n'))])
    crate("h-crate-twotops", extra=[lambda t: member(t, "other-1.0.0/src/lib.rs", b"x")])
    # no pubtime in the index line and every member dated 1970: no upstream
    # time to date the changelog by
    crate("h-crate-notime", mtime=0)
    # an index line with a key twice: a reader keeping the first "vers" and
    # one keeping the last would disagree on the version; refused
    write(os.path.join(CRATES, index_path("h-crate-dupkey")),
          '{"name":"h-crate-dupkey","vers":"1.0.0","vers":"9.9.9","deps":[],"cksum":"%s","features":{},'
          '"yanked":false}\n' % ("0" * 64))

    # text that tries to run RPM macros and to start an RPM tag or a Debian
    # field after a newline
    evil = ("Deletes %{__rm} -rf / and runs %(echo pwned)\nSource1: evil\nPackage: evil\n"
            "%install\nBuild-Depends: ${shlibs:Depends}")
    crate("h-crate-macro", toml=cargo_toml("h-crate-macro", "1.0.0", evil,
                                           'homepage = "https://example.org/%{lua:x}\\nSource2: evil"\n'))

    # a closing brace in the text: the spec keeps the description inside
    # %{expand:...}; a '}' must not end it and let the next line be a tag
    crate("h-crate-brace", toml=cargo_toml("h-crate-brace", "1.0.0",
                                           "Unbalanced } brace\nSource1: evil\nSource2: evil"))

    # dependency targets whose cfg() text ends early: the parser once read
    # past the end of "cfg(not(unix"; unreadable targets keep the dependency
    crate("h-crate-cfgtrunc", deps=[dict(dep(n, "1"), target=t) for n, t in [
        ("itoa", "cfg(not(unix"), ("ryu", "cfg("), ("libc", "cfg(all(unix,"), ("memchr", 'cfg(target_os = "linux'),
        ("serde", "cfg(not(")]])
    # a dependency requirement in another ecosystem's syntax
    crate("h-crate-badreq", deps=[dep("itoa", "~>1.0")])
    # the index file's line is about another crate
    crate("h-crate-othername", line=lambda e: dict(e, name="itoa"))
    # the .crate's Cargo.toml is another version than the index line
    crate("h-crate-otherver", toml=cargo_toml("h-crate-otherver", "6.6.6"))


# ---------------------------------------------------------------- PyPI

def pkg_info(name, version, summary="A hostile fixture", extra=""):
    return ("Metadata-Version: 2.1\nName: %s\nVersion: %s\nSummary: %s\nLicense: MIT\n%s\nLong description.\n"
            % (name, version, summary, extra)).encode()


def pypi_project(name, releases, summary="A hostile fixture", requires_dist=None, sha=None):
    """releases: [(version, sdist bytes or None)]; the last one is info's."""
    rel = {}
    for version, blob in releases:
        files = []
        if blob is not None:
            ext = ".tar.gz"
            if isinstance(blob, tuple):
                blob, ext = blob
            fn = "%s-%s%s" % (name, version, ext)
            write(os.path.join(PYPI, "packages", "source", name[0], name, fn), blob)
            files.append({
                "comment_text": "",
                "digests": {"blake2b_256": hashlib.blake2b(blob, digest_size=32).hexdigest(),
                            "md5": hashlib.md5(blob).hexdigest(), "sha256": sha or sha256(blob)},
                "downloads": -1, "filename": fn, "has_sig": False, "md5_digest": hashlib.md5(blob).hexdigest(),
                "packagetype": "sdist", "python_version": "source", "requires_python": None,
                "size": len(blob), "upload_time": UPLOAD, "upload_time_iso_8601": UPLOAD + ".000000Z",
                "url": "../../packages/source/%s/%s/%s" % (name[0], name, fn),
                "yanked": False, "yanked_reason": None})
        rel[version] = files
    version = releases[-1][0]
    info = {"author": "Mallory", "author_email": None, "classifiers": [], "description": "",
            "description_content_type": None, "home_page": None, "license": "MIT", "name": name,
            "package_url": "https://registry.invalid/project/%s/" % name, "project_url":
            "https://registry.invalid/project/%s/" % name, "project_urls": None, "provides_extra": None,
            "release_url": "https://registry.invalid/project/%s/%s/" % (name, version),
            "requires_dist": requires_dist, "requires_python": None, "summary": summary, "version": version,
            "yanked": False, "yanked_reason": None}
    doc = {"info": info, "last_serial": 0, "releases": rel, "urls": rel[version], "vulnerabilities": []}
    write(os.path.join(PYPI, "pypi", name, "json"), json.dumps(doc, indent=2, sort_keys=True) + "\n")


def sdist(name, version, info=None, extra=()):
    top = "%s-%s/" % (name, version)
    return targz([(top + "PKG-INFO", info if info is not None else pkg_info(name, version)),
                  (top + "pyproject.toml", b'[build-system]\nrequires = ["flit_core"]\n'
                                           b'build-backend = "flit_core.buildapi"\n'),
                  (top + name.replace("-", "_") + "/__init__.py", b"")], extra)


def sdist_zip(name, version, extra=()):
    """A legacy .zip sdist; extra: (path, bytes) members added as they are."""
    raw = io.BytesIO()
    top = "%s-%s/" % (name, version)
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in [(top + "PKG-INFO", pkg_info(name, version)),
                           (top + name.replace("-", "_") + "/__init__.py", b"")] + list(extra):
            z.writestr(zipfile.ZipInfo(path, date_time=(2023, 11, 14, 22, 13, 20)), data)
    return (raw.getvalue(), ".zip")


def pypi():
    shutil.rmtree(PYPI, ignore_errors=True)
    os.makedirs(PYPI)

    # the sdist's bytes are not those digests.sha256 names
    pypi_project("h-py-badsum", [("1.0.0", sdist("h-py-badsum", "1.0.0"))], sha=sha256(b"something else"))

    # an archive escape
    pypi_project("h-py-dotdot", [("1.0.0", sdist("h-py-dotdot", "1.0.0",
                                                 extra=[lambda t: member(t, "h-py-dotdot-1.0.0/../../evil.py", b"x")]))])

    # RPM macros in Summary, and continuation lines (RFC 822 folding) that
    # try to start an RPM tag or a Debian field
    summary = ("Deletes %{__rm} -rf / and runs %(echo pwned)\n        Source1: evil\n        Package: evil\n"
               "        %install\n        Build-Depends: ${shlibs:Depends}")
    pypi_project("h-py-macro", [("1.0.0", sdist("h-py-macro", "1.0.0", pkg_info(
        "h-py-macro", "1.0.0", summary, "Home-page: https://example.org/%{lua:x}\n")))], summary="plain")

    # a closing brace in Summary (the spec keeps it inside %{expand:...})
    pypi_project("h-py-brace", [("1.0.0", sdist("h-py-brace", "1.0.0", pkg_info(
        "h-py-brace", "1.0.0", "Unbalanced } brace\n        Source1: evil\n        Source2: evil")))])

    # a direct URL reference: in PKG-INFO, and in the JSON API's requires_dist
    url = "foo @ https://example.invalid/foo.tgz"
    pypi_project("h-py-urlreq", [("1.0.0", sdist("h-py-urlreq", "1.0.0", pkg_info(
        "h-py-urlreq", "1.0.0", extra="Requires-Dist: %s\n" % url)))])
    pypi_project("h-py-urlinfo", [("1.0.0", sdist("h-py-urlinfo", "1.0.0"))], requires_dist=[url])

    # PKG-INFO describes another version than the one chosen
    pypi_project("h-py-otherver", [("1.0.0", sdist("h-py-otherver", "1.0.0",
                                                   pkg_info("h-py-otherver", "6.6.6")))])

    # a second PKG-INFO, spelled so that only the canonical paths are equal
    pypi_project("h-py-dotdup", [("1.0.0", sdist("h-py-dotdup", "1.0.0", extra=[
        lambda t: member(t, "h-py-dotdup-1.0.0/./PKG-INFO", pkg_info("h-py-dotdup", "1.0.0",
                                                                    extra="Requires-Dist: evil\n"))]))])
    pypi_project("h-py-slashabs", [("1.0.0", sdist("h-py-slashabs", "1.0.0",
                                                   extra=[lambda t: member(t, "h-py-slashabs-1.0.0//tmp/evil.so", b"x")]))])
    # the same in a zip sdist
    pypi_project("h-py-zipdup", [("1.0.0", sdist_zip("h-py-zipdup", "1.0.0", [
        ("h-py-zipdup-1.0.0//PKG-INFO", pkg_info("h-py-zipdup", "1.0.0"))]))])
    pypi_project("h-py-zipdotdup", [("1.0.0", sdist_zip("h-py-zipdotdup", "1.0.0", [
        ("h-py-zipdotdup-1.0.0/h_py_zipdotdup/./__init__.py", b"import os\n")]))])
    pypi_project("h-py-ziptwotops", [("1.0.0", sdist_zip("h-py-ziptwotops", "1.0.0", [
        ("other-1.0.0/setup.py", b"import os\n")]))])

    # a dependency only for an extra, then one that no version satisfies:
    # the Debian writer once leaked its list of extras on that error path
    reqs = ["a; extra == 'x'", "b>=2,<1"]
    pypi_project("h-py-emptyreq", [("1.0.0", sdist("h-py-emptyreq", "1.0.0", pkg_info(
        "h-py-emptyreq", "1.0.0", extra="".join("Requires-Dist: %s\n" % r for r in reqs))))], requires_dist=reqs)

    # a zip sdist with an absolute path entry
    pypi_project("h-py-zipabs", [("1.0.0", sdist_zip("h-py-zipabs", "1.0.0", [("/tmp/evil.py", b"x")]))])

    # not hostile: a legacy .zip sdist
    pypi_project("t-py-zip", [("1.0.0", sdist_zip("t-py-zip", "1.0.0"))])

    # not hostile: several versions with sdists, a pre-release the newest
    name = "t-py-multi"
    pypi_project(name, [(v, sdist(name, v) if v != "1.9.0" else None)
                        for v in ["1.0", "1.2.0", "1.5.post1", "1.9.0", "2.0.0", "3.0.0a1"]])


def main():
    crates()
    pypi()


if __name__ == "__main__":
    main()
