#!/usr/bin/env python3
"""tests/lrs/auth.py PORT USER:PASSWORD: the client-information service the
LRS asks (AUTH_REPO=fetch) whether a request's Basic credentials are good, so
the real LRS refuses a wrong password with 401. Logs nothing."""
import base64
import http.server
import json
import sys

PORT, TOKEN = int(sys.argv[1]), "Basic " + base64.b64encode(sys.argv[2].encode()).decode()
CLIENT = {"_id": "58fe13e34effd3c26a7fc4b7", "title": "rapport test", "isTrusted": True,
          "authority": {"objectType": "Agent", "mbox": "mailto:client@example.org"},
          "lrs_id": "58fe13e34effd3c26a7fc4b7", "organisation": "58fe13e34effd3c26a7fc4b6",
          "scopes": ["all"]}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        ok = self.headers.get("Authorization") == TOKEN
        body = json.dumps(CLIENT).encode() if ok else b"{}"
        self.send_response(200 if ok else 404)  # 404: no such client -> LRS answers 401
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


http.server.HTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
