#!/usr/bin/env python3
"""debcompare.py REAL.control OURS/debian/control: the relation fields of a
real Debian binary package (Provides, Depends, Suggests, Recommends, as
apt shows them) against ferry's paragraph for the same package, with
ferry's ${binary:Version} read as the real package's version and
${misc:Depends} dropped.  Prints one line per field; exit 1 if any
differs."""
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


def main():
    real = paragraphs(open(sys.argv[1]).read())[0]
    name, version = real["Package"], real["Version"]
    ours = [p for p in paragraphs(open(sys.argv[2]).read()) if p.get("Package") == name]
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
