#!/usr/bin/env python3
"""debcompare.py [--names] REAL.control OURS/debian/control: the relation fields of a
real Debian binary package (Provides, Depends, Suggests, Recommends, as
apt shows them) against ferry's paragraph for the same package, with
ferry's ${binary:Version} read as the real package's version and
${misc:Depends} dropped.  Prints one line per field; exit 1 if any
differs.

--names compares Depends by package name only, as needed on the target's
Python: Debian's "X | python3 (>> 3.8)" alternatives (dh-python's way of
writing a python_version marker) hold on bookworm's 3.11 without X, and
the generated ${python3:Depends} substitutes python3:any.  Versions are
printed side by side, since ferry writes upstream's ranges exactly where
dh-python keeps only lower bounds."""
import re
import sys


def paragraphs(text):
    paras, cur, key = [], {}, None
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                paras.append(cur)
            cur, key = {}, None
        elif line[0] in " \t" and key:
            cur[key] += " " + line.strip()
        else:
            key, _, val = line.partition(":")
            cur[key] = val.strip()
    if cur:
        paras.append(cur)
    return paras


def rels(value, version=None):
    out = set()
    for r in value.split(","):
        r = " ".join(r.split())
        if not r or r == "${misc:Depends}":
            continue
        if version:
            r = r.replace("${binary:Version}", version)
        out.add(r)
    return out


def needed_names(value):
    names = set()
    for clause in value.split(","):
        alts = [a.strip() for a in clause.split("|") if a.strip()]
        if not alts or any(a.startswith("python3 ") or a.startswith("python3:") or a.startswith("${") for a in alts):
            continue
        names.add(alts[0].split()[0])
    return names


def main():
    args = sys.argv[1:]
    names_only = args[0] == "--names"
    if names_only:
        args = args[1:]
    real = paragraphs(open(args[0]).read())[0]
    name, version = real["Package"], real["Version"]
    ours = [p for p in paragraphs(open(args[1]).read()) if p.get("Package") == name]
    if names_only and ours:
        a, b = needed_names(real.get("Depends", "")), needed_names(ours[0].get("Depends", ""))
        print("%s Depends on %s: Debian %s, ferry %s" % (name, "same packages" if a == b else "different packages",
                                                         sorted(a), sorted(b)))
        return 0 if a == b else 1
    if not ours:
        print("%s: ferry writes no such package" % name)
        return 1
    ours = ours[0]
    bad = 0
    for field in ("Provides", "Depends", "Suggests", "Recommends"):
        a, b = rels(real.get(field, "")), rels(ours.get(field, ""), version)
        if a == b:
            print("%s %s: %d relations, equal" % (name, field, len(a)))
        else:
            bad = 1
            print("%s %s: differ; only Debian's: %s; only ferry's: %s" % (name, field, sorted(a - b), sorted(b - a)))
    return bad


if __name__ == "__main__":
    sys.exit(main())
