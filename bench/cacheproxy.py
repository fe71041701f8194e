#!/usr/bin/env python3
"""bench/cacheproxy.py UPSTREAM MAXAGE: a forwarding proxy on 127.0.0.1 for
bench/httpcache.sh, for registries (or mirrors in front of them) that send
no validators.  Every GET is forwarded to UPSTREAM + path with its Accept
header; the answer gets Cache-Control: max-age=MAXAGE and an ETag (the
sha256 of the body), and a matching If-None-Match gets 304, as a registry
that sends them does.  Prints the port, then serves until killed; at exit
(SIGTERM) prints "requests: N (304: M)" on stderr.
"""
import hashlib
import http.server
import os
import signal
import sys
import threading
import urllib.error
import urllib.request

UPSTREAM = sys.argv[1].rstrip("/")
MAXAGE = int(sys.argv[2])
lock = threading.Lock()
counts = {"all": 0, "304": 0}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        req = urllib.request.Request(UPSTREAM + self.path, headers={"Accept": self.headers.get("Accept", "*/*")})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                code, body, ctype = r.status, r.read(), r.headers.get("Content-Type", "application/json")
        except urllib.error.HTTPError as e:
            code, body, ctype = e.code, e.read(), "application/json"
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        inm = self.headers.get("If-None-Match")
        with lock:
            counts["all"] += 1
        if code == 200 and inm and etag in [t.strip() for t in inm.split(",")]:
            with lock:
                counts["304"] += 1
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", "max-age=%d" % MAXAGE)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if code == 200:
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", "max-age=%d" % MAXAGE)
        self.end_headers()
        self.wfile.write(body)


def main():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)

    def stop(*_):
        print("requests: %d (304: %d)" % (counts["all"], counts["304"]), file=sys.stderr, flush=True)
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    print(srv.server_address[1], flush=True)
    t = threading.Timer(3600, srv.shutdown)
    t.daemon = True
    t.start()
    srv.serve_forever()


if __name__ == "__main__":
    main()
