#!/usr/bin/env python3
"""tests/distro/plan/pypi/record.py: writes this folder's PyPI fixture for
compat cases, deterministically (same bytes every run).

Two made-up projects, in the layout of tests/registry/pypi (JSON API,
relative file URLs, sdists with members sorted, mtime 1700000000, uid/gid
0, gzip without a name or time): cpt-root 1.0.0 requires "cpt-base<2";
cpt-base has 1.0.0 (the compat package, beside the 2.0.0 that the plan
fixtures' indexes ship) and 2.0.0 listed without files."""
import gzip
import hashlib
import io
import json
import os
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
MTIME = 1700000000
PROJECTS = {
    "cpt-base": {"version": "1.0.0", "older": [], "newer": ["2.0.0"], "requires": [],
                "summary": "A made-up library with two majors, for compat cases", "module": "cpt_base"},
    "cpt-root": {"version": "1.0.0", "older": [], "newer": [], "requires": ["cpt-base<2"],
                 "summary": "A made-up project that needs cpt-base 1.x", "module": "cpt_root"},
}
LICENSE = "Copyright (c) 2023 ferry's tests\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software, to deal in it without restriction.\n"


def sdist(name, p):
    top = "%s-%s" % (name, p["version"])
    deps = "".join("Requires-Dist: %s\n" % r for r in p["requires"])
    pkginfo = ("Metadata-Version: 2.1\nName: %s\nVersion: %s\nSummary: %s\nHome-page: https://example.org/%s\n"
               "Author: ferry's tests\nLicense: MIT\nRequires-Python: >=3.8\n%s\n%s.\n"
               % (name, p["version"], p["summary"], name, deps, p["summary"]))
    pyproject = ('[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n'
                 '[project]\nname = "%s"\nversion = "%s"\ndescription = "%s"\nlicense = {text = "MIT"}\n'
                 'requires-python = ">=3.8"\ndependencies = [%s]\n'
                 % (name, p["version"], p["summary"], ", ".join('"%s"' % r for r in p["requires"])))
    members = {
        "LICENSE": LICENSE,
        "PKG-INFO": pkginfo,
        "pyproject.toml": pyproject,
        "%s/__init__.py" % p["module"]: '"""%s."""\n__version__ = "%s"\n' % (p["summary"], p["version"]),
    }
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as t:
        for path in sorted(members):
            data = members[path].encode()
            ti = tarfile.TarInfo("%s/%s" % (top, path))
            ti.size, ti.mtime, ti.mode, ti.uid, ti.gid = len(data), MTIME, 0o644, 0, 0
            ti.uname = ti.gname = ""
            t.addfile(ti, io.BytesIO(data))
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=9, mtime=0) as g:
        g.write(raw.getvalue())
    return top + ".tar.gz", out.getvalue()


def main():
    for name, p in sorted(PROJECTS.items()):
        fname, data = sdist(name, p)
        rel = "packages/source/%s/%s/%s" % (name[0], name, fname)
        os.makedirs(os.path.join(HERE, os.path.dirname(rel)), exist_ok=True)
        with open(os.path.join(HERE, rel), "wb") as f:
            f.write(data)
        file = {"digests": {"sha256": hashlib.sha256(data).hexdigest()}, "filename": fname,
                "packagetype": "sdist", "python_version": "source", "requires_python": ">=3.8",
                "size": len(data), "upload_time": "2023-11-14T22:13:20",
                "upload_time_iso_8601": "2023-11-14T22:13:20.000000Z", "url": "../../" + rel,
                "yanked": False, "yanked_reason": None}
        info = {"author": "ferry's tests", "home_page": "https://example.org/" + name, "license": "MIT",
                "name": name, "project_urls": {"Homepage": "https://example.org/" + name},
                "provides_extra": [], "requires_dist": p["requires"] or None, "requires_python": ">=3.8",
                "summary": p["summary"], "description": p["summary"] + ".", "version": p["version"]}
        releases = {v: [] for v in p["older"] + p["newer"]}
        releases[p["version"]] = [file]
        doc = {"info": info, "last_serial": 0, "releases": releases, "urls": [file], "vulnerabilities": []}
        os.makedirs(os.path.join(HERE, "pypi", name), exist_ok=True)
        with open(os.path.join(HERE, "pypi", name, "json"), "w") as f:
            json.dump(doc, f, indent=1, sort_keys=True)
            f.write("\n")


if __name__ == "__main__":
    main()
