#!/usr/bin/env python3
"""tests/ui/slow_lrs.py DIR: a stand-in for a Learning Record Store on a free
loopback port that answers only when the test lets it, for tests/ui/e2e_lrs.sh.

Writes its port to DIR/port. Every request is logged to DIR/log as
"start METHOD ID" when it arrives and "done METHOD ID STATUS" once answered
(ID is the statementId query parameter). While DIR/gate says "hold", requests
wait unanswered; once it says anything else (or is absent) they are answered:
204 to PUT .../statements?statementId=ID, keeping the body in DIR/stored/ID.json.
A client that gave up (rapport quitting) is logged as "gone METHOD ID".
So the test decides when a sync can progress: what it wants to see while a
request is in flight is there however slow the machine is.
Threads per request, so a held request never holds up the next one."""
import http.server
import os
import sys
import threading
import time
import urllib.parse

DIR = sys.argv[1]
lock = threading.Lock()


def log(line):
    with lock, open(os.path.join(DIR, "log"), "a") as f:
        f.write(line + "\n")


def held():
    try:
        return open(os.path.join(DIR, "gate")).read().strip() == "hold"
    except OSError:
        return False


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def handle_any(self):
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        sid = q.get("statementId", ["-"])[0]
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        log(f"start {self.command} {sid}")
        while held():  # the test opens the gate by rewriting the file
            time.sleep(0.02)
        status = 204 if self.command == "PUT" and sid != "-" else 400
        try:
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()
            self.wfile.flush()
        except OSError:
            log(f"gone {self.command} {sid}")
            return
        if status == 204:
            with open(os.path.join(DIR, "stored", sid + ".json"), "wb") as f:
                f.write(body)
        log(f"done {self.command} {sid} {status}")

    do_PUT = do_POST = do_GET = handle_any

    def log_message(self, *args):
        pass


os.makedirs(os.path.join(DIR, "stored"), exist_ok=True)
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
srv.daemon_threads = True
with open(os.path.join(DIR, "port.tmp"), "w") as f:
    f.write(str(srv.server_address[1]))
os.rename(os.path.join(DIR, "port.tmp"), os.path.join(DIR, "port"))
srv.serve_forever()
