#!/usr/bin/env python3
"""tests/lrs/hold_proxy.py DIR UPSTREAM: a pass-through proxy in front of the
real LRS that can hold one request open, so tests/lrs/run.sh kills
`rapport sync` in the middle of a sync by construction, not by luck of timing.

Listens on a free loopback port and writes it to DIR/port once listening.
Every request goes to UPSTREAM (e.g. http://127.0.0.1:8081) unchanged and its
answer comes back unchanged, until the test arms a hold by writing DIR/arm:

    N forward   the Nth PUT from now is sent to the LRS, which stores it, but
                its answer is kept from the client (killed after the LRS
                stored, before rapport knew: it must send it again, once);
    N drop      the Nth PUT from now never reaches the LRS.

At that request the proxy writes the statement id to DIR/held (the state the
test waits for) and keeps the connection open, answering nothing, until the
client goes away (killed); then it appends "gone ID" to DIR/log. The arm file
is consumed when read, so each hold happens once."""
import http.client
import http.server
import os
import sys
import threading
import urllib.parse

DIR, UPSTREAM = sys.argv[1], urllib.parse.urlsplit(sys.argv[2])
lock = threading.Lock()
state = {"arm": None, "seen": 0}


def log(line):
    with lock, open(os.path.join(DIR, "log"), "a") as f:
        f.write(line + "\n")


def next_put():
    """Counts a PUT; returns the hold mode when this one is to be held."""
    with lock:
        path = os.path.join(DIR, "arm")
        if os.path.exists(path):  # a new arm: count from here
            n, mode = open(path).read().split()
            os.remove(path)
            state["arm"], state["seen"] = (int(n), mode), 0
        if state["arm"] is None:
            return None
        state["seen"] += 1
        n, mode = state["arm"]
        if state["seen"] < n:
            return None
        state["arm"] = None
        return mode


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def forward(self, body):
        conn = http.client.HTTPConnection(UPSTREAM.hostname, UPSTREAM.port, timeout=60)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
        conn.request(self.command, self.path, body=body, headers=headers)
        r = conn.getresponse()
        data = r.read()
        conn.close()
        return r.status, [(k, v) for k, v in r.getheaders()
                          if k.lower() not in ("connection", "transfer-encoding", "content-length",
                                                   "date", "server")], data

    def hold(self, sid):
        with open(os.path.join(DIR, "held.tmp"), "w") as f:
            f.write(sid + "\n")
        os.rename(os.path.join(DIR, "held.tmp"), os.path.join(DIR, "held"))
        try:  # the client sends nothing more while it waits: EOF means it is gone
            while self.connection.recv(4096):
                pass
        except OSError:
            pass
        log("gone " + sid)
        self.close_connection = True

    def handle_any(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else None
        sid = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query).get("statementId", ["-"])[0]
        mode = next_put() if self.command == "PUT" else None
        if mode == "drop":
            return self.hold(sid)
        status, headers, data = self.forward(body)
        if mode == "forward":
            log(f"stored {sid} {status}")
            return self.hold(sid)
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_PUT = do_POST = handle_any

    def log_message(self, *args):
        pass


srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
srv.daemon_threads = True
with open(os.path.join(DIR, "port.tmp"), "w") as f:
    f.write(str(srv.server_address[1]))
os.rename(os.path.join(DIR, "port.tmp"), os.path.join(DIR, "port"))
srv.serve_forever()
