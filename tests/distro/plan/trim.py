#!/usr/bin/env python3
"""Trims a packument as the registry served it to the versions a plan case
needs: trim.py IN OUT VERSION... keeps _id, name and every other top-level
key as served, versions and time for those versions only (and time's
created/modified), dist-tags whose version is kept (latest: the highest kept
when the served one is not), and rewrites each dist.tarball to
https://registry.invalid/<its path> (plans read no tarball; nothing reaches a
real registry).  The JSON is written as the registry writes it for a
partial mirror: ", " and ": " separators, keys in served order."""
import json
import sys
from urllib.parse import urlsplit

src, dst, keep = sys.argv[1], sys.argv[2], sys.argv[3:]
doc = json.load(open(src))
out = {}
for k, v in doc.items():
    if k == "versions":
        v = {ver: m for ver, m in v.items() if ver in keep}
        for m in v.values():
            t = m.get("dist", {}).get("tarball")
            if t:
                m["dist"]["tarball"] = "https://registry.invalid" + urlsplit(t).path
    elif k == "time":
        v = {t: x for t, x in v.items() if t in keep or t in ("created", "modified")}
    elif k == "dist-tags":
        v = {t: x for t, x in v.items() if x in keep}
        if "latest" not in v:
            v = {"latest": keep[-1], **v}
    out[k] = v
with open(dst, "w") as f:
    json.dump(out, f, ensure_ascii=False)
