#!/usr/bin/env python3
"""A static npm registry for the tests, on 127.0.0.1 only.

Serves tests/registry/npm the way a registry does: /NAME and /@scope%2fNAME
are packuments, /-/FILE.tgz and /NAME/-/FILE.tgz are tarballs.  Under
/mirror/ the packuments name another host (https://registry.invalid/...) in
dist.tarball, as a mirror's packuments do.  Prints the port, then serves
until killed (the test runner stops it).  Stops by itself after 30 minutes.
"""
import http.server
import os
import re
import sys
import threading
import urllib.parse

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "registry", "npm")


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, code, body, ctype="application/octet-stream"):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?", 1)[0]
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
        if not os.path.isfile(f):
            return self.send(404, b"not found")
        self.send(200, open(f, "rb").read(), ctype)


def main():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(srv.server_address[1], flush=True)
    threading.Timer(1800, srv.shutdown).start()
    srv.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
