#!/usr/bin/python3
# Reference answers for PEP 440 versions/specifiers and PEP 508 requirements,
# from Debian 12's python3-packaging 23.0 run by Debian's /usr/bin/python3
# (the python3 first on PATH may lack packaging: call this file by its path
# or as `/usr/bin/python3 tests/oracles/pypi/oracle.py MODE`).
#
# Reads stdin as UTF-8 (undecodable bytes kept via surrogateescape), one
# record per "\n"-terminated line; the trailing "\n" is removed and nothing
# else (no trimming, "\r" kept). Two-field records are split at the FIRST tab;
# a record that needs two fields and has no tab answers "error". Exactly one
# answer line per input line; any exception answers "error".
#
#   satisfies      SPECS<TAB>VERSION -> yes|no|error
#                  SpecifierSet(SPECS).contains(Version(VERSION)), default
#                  prereleases (None), decided with the specifiers asked in
#                  written order (packaging asks them in set order, which
#                  varies between runs when "===junk" meets a pre-release)
#   satisfies-pre  same with contains(..., prereleases=True)
#   compare        A<TAB>B -> -1|0|1|error   (Version(A) vs Version(B))
#   normalize      V -> str(Version(V)) | error
#   requirement    LINE -> NAME<TAB>EXTRAS<TAB>SPECIFIER<TAB>MARKER | url | error
#                  NAME = canonicalize_name(req.name); EXTRAS = sorted extras
#                  joined by ","; SPECIFIER = ",".join(sorted(str(s) for s in
#                  req.specifier)); MARKER = str(req.marker) or "";
#                  "url" whenever req.url is set.
#   marker         LINE<TAB>ENVJSON -> yes|no|none|error
#                  "none" if LINE has no marker; else the marker evaluated in
#                  exactly the environment ENVJSON (a JSON object), plus
#                  "extra": "" when ENVJSON lacks "extra". Nothing is taken
#                  from this machine (packaging's default_environment is NOT
#                  used), so a variable missing from ENVJSON answers "error".
import json
import sys

from packaging import markers as _markers
from packaging.requirements import Requirement
from packaging.specifiers import Specifier, SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version


def two(line):
    a, sep, b = line.partition("\t")
    if not sep:
        raise ValueError("no tab")
    return a, b


def satisfies(line, pre=None):
    specs, ver = two(line)
    ss = SpecifierSet(specs)
    if pre is None and len(ss) > 1:
        # SpecifierSet.prereleases asks its specifiers in set order, which
        # hash randomisation makes arbitrary, and Specifier.prereleases
        # raises for "===" on a non-PEP 440 string: the answer (error or
        # not) would change from run to run.  Ask them in written order.
        pre = any(Specifier(s.strip()).prereleases for s in specs.split(",") if s.strip())
    ok = ss.contains(Version(ver), prereleases=pre)
    return "yes" if ok else "no"


def compare(line):
    a, b = two(line)
    va, vb = Version(a), Version(b)
    return "-1" if va < vb else ("1" if va > vb else "0")


def normalize(line):
    return str(Version(line))


def requirement(line):
    req = Requirement(line)
    if req.url:
        return "url"
    return "\t".join([
        canonicalize_name(req.name),
        ",".join(sorted(req.extras)),
        ",".join(sorted(str(s) for s in req.specifier)),
        str(req.marker) if req.marker is not None else "",
    ])


def marker(line):
    text, envjson = two(line)
    req = Requirement(text)
    env = json.loads(envjson)
    if not isinstance(env, dict):
        raise ValueError("env is not an object")
    if req.marker is None:
        return "none"
    env = dict(env)
    env.setdefault("extra", "")
    ok = _markers._evaluate_markers(req.marker._markers, env)
    return "yes" if ok else "no"


MODES = {
    "satisfies": satisfies,
    "satisfies-pre": lambda line: satisfies(line, True),
    "compare": compare,
    "normalize": normalize,
    "requirement": requirement,
    "marker": marker,
}


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in MODES:
        sys.stderr.write("usage: oracle.py %s < input\n" % "|".join(MODES))
        return 2
    fn = MODES[sys.argv[1]]
    out = sys.stdout.buffer
    for raw in sys.stdin.buffer:
        line = raw.decode("utf-8", "surrogateescape")
        if line.endswith("\n"):
            line = line[:-1]
        try:
            ans = fn(line)
            if "\n" in ans:
                ans = "error"
        except BaseException:  # noqa: never crash, whatever packaging raises
            ans = "error"
        out.write(ans.encode("utf-8", "surrogateescape") + b"\n")
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
