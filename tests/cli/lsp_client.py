#!/usr/bin/env python3
"""tests/cli/lsp_client.py RAPPORT TESTS: a scripted Language Server Protocol
client for `rapport lsp`. It opens copies of the golden fixture and its
expectations in a temporary folder, edits them as an author would, and checks
each answer: diagnostics on open and on change, a quick fix per "did you
mean" and for a missing comma, completion where the format expects node ids,
facts, cast keys, skills and tags, definition, references and hover for node
ids, and a clean shutdown. It waits for messages, never for a time; the
latency from a change to its diagnostics is printed, not asserted."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import queue
import time

binary, tests = sys.argv[1], sys.argv[2]
failures = []
checks = 0


def check(name, ok, detail=""):
    global checks
    checks += 1
    if not ok:
        failures.append(name)
        print(f"FAIL {name} {detail}")


work = tempfile.mkdtemp()
scenario = os.path.join(work, "fixture.lua")
test_file = os.path.join(work, "fixture.test.lua")
shutil.copy(os.path.join(tests, "golden", "fixture.lua"), scenario)
shutil.copy(os.path.join(tests, "golden", "fixture.test.lua"), test_file)
source = open(scenario, encoding="utf-8").read()
uri = "file://" + scenario
test_uri = "file://" + test_file

proc = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
inbox = queue.Queue()


def reader():
    out = proc.stdout
    while True:
        headers = {}
        while True:
            line = out.readline()
            if not line:
                inbox.put(None)
                return
            line = line.decode().strip()
            if not line:
                break
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
        body = out.read(int(headers["content-length"]))
        inbox.put(json.loads(body))


threading.Thread(target=reader, daemon=True).start()
next_id = 0


def send(msg):
    data = json.dumps(msg).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
    proc.stdin.flush()


def request(method, params):
    global next_id
    next_id += 1
    send({"jsonrpc": "2.0", "id": next_id, "method": method, "params": params})
    while True:  # diagnostics may arrive first; keep them for wait_diagnostics
        m = inbox.get(timeout=60)
        if m is None:
            raise SystemExit("FAIL the server stopped")
        if m.get("id") == next_id:
            return m
        pending.append(m)


def notify(method, params):
    send({"jsonrpc": "2.0", "method": method, "params": params})


pending = []


def wait_diagnostics(for_uri):
    while True:
        for m in pending:
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == for_uri:
                pending.remove(m)
                return m["params"]["diagnostics"]
        m = inbox.get(timeout=60)
        if m is None:
            raise SystemExit("FAIL the server stopped")
        pending.append(m)


def pos(text, needle, after=0, delta=0):
    """LSP position of the first needle (from byte offset `after`), moved by delta characters."""
    i = text.index(needle, after) + delta
    line = text.count("\n", 0, i)
    col = i - (text.rfind("\n", 0, i) + 1)
    return {"line": line, "character": col}


def doc(u=uri):
    return {"textDocument": {"uri": u}}


# initialize and initialized in one write, as editors often send them: each
# answer must carry its request's id, whatever follows it in the input.
def frame(msg):
    data = json.dumps(msg, separators=(",", ":")).encode()
    return b"Content-Length: %d\r\n\r\n" % len(data) + data


next_id = 1
proc.stdin.write(frame({"jsonrpc": "2.0", "method": "initialize", "params": {"processId": os.getpid(), "rootUri": "file://" + work, "capabilities": {}}, "id": 1})
                 + frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
proc.stdin.flush()
r = inbox.get(timeout=60)
check("initialize answered with its id", r and r.get("id") == 1, r)
caps = r["result"]["capabilities"]
check("initialize", caps.get("completionProvider") and caps.get("definitionProvider")
      and caps.get("referencesProvider") and caps.get("hoverProvider") and caps.get("codeActionProvider"), r)

# Open with two slips: a misspelt target and a misspelt field.
broken = source.replace('to = "slog"', 'to = "slgo"', 1).replace('speaker = "sam", text = "Right.', 'speker = "sam", text = "Right.', 1)
notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "lua", "version": 1, "text": broken}})
diags = wait_diagnostics(uri)
by_code = {d["code"]: d for d in diags}
node = by_code.get("unknown-node")
check("diagnostic unknown-node", node and node["severity"] == 1 and "did you mean 'slog'?" in node["message"]
      and node["range"]["start"] == pos(broken, "slgo") and node["range"]["end"] == pos(broken, "slgo", delta=4), diags)
field = by_code.get("misspelt-field")
check("diagnostic misspelt-field", field and "Without it, this node is spoken by the narrator" in field["message"]
      and field["range"]["start"] == pos(broken, "speker"), diags)

# A quick fix for each "did you mean".
r = request("textDocument/codeAction", {**doc(), "range": node["range"], "context": {"diagnostics": [node, field]}})
edits = [a["edit"]["changes"][uri][0] for a in r["result"]]
check("code actions", {e["newText"] for e in edits} == {"slog", "speaker"}
      and any(e["range"] == node["range"] for e in edits), r)

# The fixed text checks clean, and in good time after the last change.
t0 = time.monotonic()
notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": source}]})
diags = wait_diagnostics(uri)
latency = (time.monotonic() - t0) * 1000
check("diagnostics after the fix", diags == [], diags)
print(f"lsp: diagnostics {latency:.0f} ms after a change (30-node scenarios: within 100 ms)")

# Completion where the format expects names.
def labels(at):
    r = request("textDocument/completion", {**doc(), "position": at})
    return {i["label"] for i in r["result"]["items"]}


check("complete node ids in to", {"hello", "slog", "ask", "warm", "cold"} <= labels(pos(source, 'to = "slog"', delta=6)))
check("complete cast in speaker", {"sam", "narrator"} <= labels(pos(source, 'speaker = "sam"', delta=11)))
check("complete facts in when", "pipeline" in labels(pos(source, 'when = "pipeline"', delta=8)))
check("complete tags", "open_question" in labels(pos(source, '"celebrate"', delta=1)))
check("complete cast keys in trust", "sam" in labels(pos(source, "trust = { sam", delta=10)))
check("complete skills in score", {"listening", "empathy", "value_first"} <= labels(pos(source, "score = { listening", delta=10)))

# Definition, references and hover for a node id.
use = pos(source, 'to = "slog"', delta=7)
r = request("textDocument/definition", {**doc(), "position": use})
check("definition", r["result"] and r["result"][0]["uri"] == uri and r["result"][0]["range"]["start"] == pos(source, "slog = {"), r)
r = request("textDocument/references", {**doc(), "position": use, "context": {"includeDeclaration": True}})
starts = [x["range"]["start"] for x in r["result"]]
check("references", pos(source, "slog = {") in starts and pos(source, '"slog"', delta=1) in starts and len(starts) == 2, r)
r = request("textDocument/hover", {**doc(), "position": use})
value = r["result"]["contents"]["value"] if r["result"] else ""
check("hover", "Sam Reyes" in value and "Backfills, mostly" not in value and "function" in value, r)
r = request("textDocument/hover", {**doc(), "position": pos(source, 'to = "cold"', delta=7)})
value = r["result"]["contents"]["value"] if r["result"] else ""
check("hover ending", "Right. Good luck." in value and "missed" in value, r)

# NAME.test.lua is checked against NAME.lua, with completion of its outcomes.
tests_text = open(test_file, encoding="utf-8").read().replace('outcome = "connected"', 'outcome = "conected"', 1)
notify("textDocument/didOpen", {"textDocument": {"uri": test_uri, "languageId": "lua", "version": 1, "text": tests_text}})
diags = wait_diagnostics(test_uri)
check("test file outcome", any(d["code"] == "unknown-outcome" and "did you mean 'connected'?" in d["message"]
                               and d["range"]["start"] == pos(tests_text, "conected") for d in diags), diags)
r = request("textDocument/completion", {**doc(test_uri), "position": pos(tests_text, 'outcome = "missed"', delta=11)})
check("complete outcomes", {"connected", "missed"} <= {i["label"] for i in r["result"]["items"]}, r)
r = request("textDocument/definition", {**doc(test_uri), "position": pos(tests_text, 'from = "ask"', delta=9)})
check("definition from a test file", r["result"] and r["result"][0]["uri"] == uri
      and r["result"][0]["range"]["start"] == pos(source, "ask = {"), r)

# A missing comma: found at the line it belongs to, and a fix that adds it.
no_comma = source.replace('title = "Fixture",', 'title = "Fixture"', 1)
notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": no_comma}]})
diags = wait_diagnostics(uri)
lua = [d for d in diags if d["code"] == "lua"]
check("missing comma", lua and lua[0]["range"]["start"]["line"] == pos(no_comma, 'title = "Fixture"')["line"], diags)
if lua:
    r = request("textDocument/codeAction", {**doc(), "range": lua[0]["range"], "context": {"diagnostics": lua}})
    e = r["result"][0]["edit"]["changes"][uri][0] if r["result"] else {}
    check("comma fix", e.get("newText") == "," and e["range"]["start"] == pos(no_comma, 'title = "Fixture"', delta=17), r)
# While the text is broken, completion uses the last scenario that loaded.
check("completion while broken", "slog" in labels(pos(no_comma, 'to = "slog"', delta=6)))

# A new file that has never loaded: node ids come from its `nodes` table as typed so far.
draft_uri = "file://" + os.path.join(work, "draft.lua")
draft = 'return { format = 1, id = "d.d", start = "a", nodes = {\n  a = { text = "Hi.", choices = {\n    { text = "Go", to = "" } } },\n  ["b-2"] = { text = "Bye.", ending = "x" },\n  e = { text = "'
notify("textDocument/didOpen", {"textDocument": {"uri": draft_uri, "languageId": "lua", "version": 1, "text": draft}})
check("draft does not load", any(d["code"] == "lua" for d in wait_diagnostics(draft_uri)))
r = request("textDocument/completion", {**doc(draft_uri), "position": pos(draft, 'to = ""', delta=6)})
check("complete node ids before the file loads", {"a", "b-2", "e"} <= {i["label"] for i in r["result"]["items"]}, r)
notify("textDocument/didClose", doc(draft_uri))
check("draft closed", wait_diagnostics(draft_uri) == [])


# Messages that are not one JSON value are refused with a parse error (-32700),
# not half-read: trailing text after a request, and a truncated object.
def raw_send(data):
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
    proc.stdin.flush()


def next_reply():
    while True:
        m = inbox.get(timeout=60)
        if m is None:
            raise SystemExit("FAIL the server stopped")
        if "id" in m:
            return m
        pending.append(m)


for bad in (b'{"jsonrpc":"2.0","id":90,"method":"shutdown"} and more', b'{"jsonrpc":"2.0","id":91,'):
    r = next_reply() if raw_send(bad) is None else None
    check("not JSON refused: %r" % bad[-12:], r.get("id") is None and r.get("error", {}).get("code") == -32700, r)
# Field names are matched exactly: "Method" is not "method", so nothing answers
# it; the next real request is answered with its own id, sent back as given.
raw_send(b'{"jsonrpc":"2.0","id":92,"Method":"shutdown"}')
r = request("textDocument/hover", {**doc(test_uri), "position": {"line": 0, "character": 0}})
check("exact field names, id echoed", r.get("id") == next_id, r)
notify("textDocument/didClose", doc(test_uri))
check("close clears", wait_diagnostics(test_uri) == [])
r = request("shutdown", None)
check("shutdown", "result" in r and r["result"] is None, r)
notify("exit", None)
proc.stdin.close()
check("exit code", proc.wait(timeout=60) == 0)
shutil.rmtree(work)
print(f"{checks - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
