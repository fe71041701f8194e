#!/usr/bin/env python3
"""A static npm registry for the tests, on 127.0.0.1 only.

Serves tests/registry/npm the way a registry does: /NAME and /@scope%2fNAME
are packuments, /-/FILE.tgz and /NAME/-/FILE.tgz are tarballs.  Under
/crates-fileurl/ the crates snapshot (below) is served, but config.json's
"dl" names a local file.  Under /mirror/ the packuments name another host (https://registry.invalid/...) in
dist.tarball, as a mirror's packuments do.  Prints the port, then serves
until killed (the test runner stops it).  Stops by itself after 30 minutes.

HTTP caching, under /POLICY/TAG/ (TAG: any name a test picks for itself):
  cache300  Cache-Control: max-age=300 and an ETag
  cache0    max-age=0 and an ETag: every use is a conditional request
  nocache   no-cache, max-age=300 and an ETag: the same, said otherwise
  lm0       max-age=0 and Last-Modified only (If-Modified-Since)
  nostore   no-store (with an ETag)
ETag and Last-Modified follow the document's bytes; a matching
If-None-Match / If-Modified-Since gets 304.  Tarballs under a policy get
the same headers.  Every request under a TAG is counted:
  GET /-/stats/TAG                  "STATUS PATH COUNT" lines, sorted
  GET /-/drop/TAG/NAME/VERSION      NAME's document under TAG loses VERSION
                                    (a changed document: new ETag)
Registry faults, under /FAULT/ (documents: packuments, index files, JSON
APIs) and /FAULT-art/ (artifacts only: .tgz .crate .tar.gz .zip .whl;
documents served as usual), for any path below:
  reset     Content-Length of the whole body, half of it sent, then a
            connection reset (RST)
  truncate  Content-Length of the whole body, half of it sent, then the
            connection closed
  status500 HTTP 500
  status404 HTTP 404 (on an artifact the document names: a broken
            registry, not a package it lacks)
  drip      one byte every 0.2 s (past any short timeout; never stalls)
  loop      302 to the same URL, for ever
/FAULT=NAME/ gives the fault to the document whose path ends in /NAME only
(a dependency's, in a plan); NAME may hold %2F for '/' (attrs%2Fjson: a
JSON API document).
/crates/... and /pypi/... serve tests/registry/crates and tests/registry/pypi
as they lie (a sparse index, a JSON API), with the same fault prefixes.
As a client, for the test cases:
  httpreg.py stats URL TAG          prints the counts
  httpreg.py drop URL TAG NAME VERSION
"""
import email.utils
import hashlib
import http.server
import json
import os
import re
import socket
import struct
import sys
import threading
import time
import urllib.parse
import urllib.request

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "registry", "npm")
STATIC = {k: os.path.join(os.path.dirname(ROOT), k) for k in ("crates", "pypi")}
FAULTS = ("reset", "truncate", "status500", "status404", "drip", "loop")
ARTIFACT = re.compile(r"\.(tgz|crate|tar\.gz|zip|whl)$")

POLICIES = {
    "cache300": ("public, max-age=300", True, False),
    "cache0": ("max-age=0", True, False),
    "nocache": ("no-cache, max-age=300", True, False),
    "lm0": ("max-age=0", False, True),
    "nostore": ("no-store", True, False),
}
# A fixed Last-Modified, one second later per dropped version
EPOCH = 1700000000

lock = threading.Lock()
stats = {}      # tag -> {(status, path): count}
dropped = {}    # (tag, name) -> [version, ...]


def vkey(v):
    return [int(x) if x.isdigit() else -1 for x in re.split(r"[.+-]", v)]


def drop_versions(body, versions):
    doc = json.loads(body)
    for v in versions:
        doc.get("versions", {}).pop(v, None)
        doc.get("time", {}).pop(v, None)
    tags = doc.get("dist-tags", {})
    for t, v in list(tags.items()):
        if v in versions:
            rest = [x for x in doc.get("versions", {}) if re.match(r"^[0-9]+\.[0-9]+\.[0-9]+$", x)]
            tags[t] = max(rest, key=vkey)
    return json.dumps(doc).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    policy = None   # (tag, cache-control, etag?, last-modified?) under /POLICY/TAG/
    generation = 0  # versions dropped from the document served

    fault = None    # one of FAULTS, for this response

    def send_fault(self, body):
        """The response as a faulty registry gives it (FAULTS)."""
        f = self.fault
        if f in ("status500", "status404"):
            text = b"internal server error\n" if f == "status500" else b"not found\n"
            self.send_response(500 if f == "status500" else 404)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            self.wfile.write(text)
            return
        if f == "loop":
            self.send_response(302)
            self.send_header("Location", self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.close_connection = True
        try:
            if f == "drip":
                for i in range(len(body)):
                    self.wfile.write(body[i:i + 1])
                    time.sleep(0.2)
                return
            self.wfile.write(body[:len(body) // 2])
            self.wfile.flush()
            if f == "reset":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:   # the client gave up
            pass

    def send(self, code, body, ctype="application/octet-stream"):
        if self.fault and code == 200:
            return self.send_fault(body)
        headers = []
        if self.policy:
            tag, cc, etag, lastmod = self.policy
            if code == 200:
                headers.append(("Cache-Control", cc))
                tagv = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                lm = email.utils.formatdate(EPOCH + self.generation, usegmt=True)
                if etag:
                    headers.append(("ETag", tagv))
                if lastmod:
                    headers.append(("Last-Modified", lm))
                inm = self.headers.get("If-None-Match")
                ims = self.headers.get("If-Modified-Since")
                if etag and inm is not None:
                    if tagv in [t.strip().removeprefix("W/") for t in inm.split(",")]:
                        code, body = 304, b""
                elif lastmod and ims is not None:
                    t = email.utils.parsedate_to_datetime(ims).timestamp()
                    if t >= EPOCH + self.generation:
                        code, body = 304, b""
            with lock:
                counts = stats.setdefault(tag, {})
                counts[(code, self.counted)] = counts.get((code, self.counted), 0) + 1
        self.send_response(code)
        if code != 304:
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def control(self, path):
        m = re.match(r"^/-/stats/([^/]+)$", path)
        if m:
            with lock:
                counts = dict(stats.get(m.group(1), {}))
            lines = "".join("%d %s %d\n" % (c, p, n) for (c, p), n in sorted(counts.items(), key=lambda kv: (kv[0][1], kv[0][0])))
            return self.send(200, lines.encode(), "text/plain")
        m = re.match(r"^/-/drop/([^/]+)/((?:@[^/]+/)?[^/]+)/([^/]+)$", urllib.parse.unquote(path))
        if m:
            with lock:
                dropped.setdefault((m.group(1), m.group(2)), []).append(m.group(3))
            return self.send(200, b"ok\n", "text/plain")
        return self.send(404, b"not found")

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path.startswith("/-/stats/") or path.startswith("/-/drop/"):
            return self.control(path)
        m = re.match(r"^/([a-z0-9]+)(-art|=[^/]+)?(/.*)$", path)
        if m and m.group(1) in FAULTS:
            path, only = m.group(3), m.group(2) or ""
            if only.startswith("="):
                if urllib.parse.unquote(path).endswith("/" + urllib.parse.unquote(only[1:])):
                    self.fault = m.group(1)
            elif bool(only) == bool(ARTIFACT.search(path)):
                self.fault = m.group(1)
        if path == "/crates-fileurl/config.json":
            return self.send(200, b'{"dl":"file:///etc/passwd?{crate}"}', "application/json")
        if path.startswith("/crates-fileurl/"):
            path = "/crates" + path[len("/crates-fileurl"):]
        m = re.match(r"^/(crates|pypi)(/.*)$", path)
        if m:
            rel = os.path.normpath(urllib.parse.unquote(m.group(2))).lstrip("/")
            if rel.startswith(".."):
                return self.send(404, b"not found")
            return self.file(os.path.join(STATIC[m.group(1)], rel), "application/json")
        m = re.match(r"^/([a-z0-9]+)/([A-Za-z0-9_-]+)(/.*)$", path)
        if m and m.group(1) in POLICIES:
            cc, etag, lastmod = POLICIES[m.group(1)]
            self.policy = (m.group(2), cc, etag, lastmod)
            path = self.counted = m.group(3)
        mirror = path.startswith("/mirror/")
        if mirror:
            path = path[len("/mirror"):]
        local = path.startswith("/fileurl/")
        if local:
            path = path[len("/fileurl"):]
        m = re.match(r"^/(?:(?:@[^/]+/)?[^/]+/)?-/([^/]+\.tgz)$", urllib.parse.unquote(path))
        if m:
            return self.file(os.path.join(ROOT, "-", m.group(1)), "application/octet-stream")
        name = urllib.parse.unquote(path[1:])
        if not re.match(r"^(@[a-z0-9._-]+/)?[a-z0-9._-]+$", name):
            return self.send(404, b"{}", "application/json")
        f = os.path.join(ROOT, name)
        if not os.path.isfile(f):
            return self.send(404, b'{"error":"Not found"}', "application/json")
        body = open(f, "rb").read()
        if self.policy:
            with lock:
                gone = list(dropped.get((self.policy[0], name), []))
            if gone:
                body = drop_versions(body, gone)
                self.generation = len(gone)
        if mirror:
            # the origin's absolute URLs, as a mirror serves them
            body = re.sub(rb'"tarball": ?"-/([^"]+)"',
                          lambda mm: b'"tarball":"https://registry.invalid/' + name.encode() +
                          b'/-/' + mm.group(1) + b'"', body)
        if local:
            # a hostile registry naming a file on the machine that reads it
            body = re.sub(rb'"tarball": ?"-/[^"]+"', b'"tarball":"file:///etc/passwd"', body)
        self.send(200, body, "application/json")

    def file(self, f, ctype):
        if os.path.isdir(f) and os.path.isfile(os.path.join(f, "index.json")):
            f = os.path.join(f, "index.json")   # PEP 691: simple/NAME/ in JSON
        if not os.path.isfile(f):
            return self.send(404, b"not found")
        self.send(200, open(f, "rb").read(), ctype)


def client(argv):
    base = argv[1].rstrip("/")
    if argv[0] == "stats" and len(argv) == 3:
        url = "%s/-/stats/%s" % (base, argv[2])
    elif argv[0] == "drop" and len(argv) == 5:
        url = "%s/-/drop/%s/%s/%s" % (base, argv[2], urllib.parse.quote(argv[3], safe="@"), argv[4])
    else:
        print("usage: httpreg.py stats URL TAG | drop URL TAG NAME VERSION", file=sys.stderr)
        return 2
    with urllib.request.urlopen(url) as r:
        sys.stdout.write(r.read().decode())
    return 0


def main():
    if len(sys.argv) > 1:
        return client(sys.argv[1:])
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(srv.server_address[1], flush=True)
    threading.Timer(1800, srv.shutdown).start()
    srv.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
