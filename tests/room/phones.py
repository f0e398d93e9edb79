#!/usr/bin/env python3
"""tests/room/phones.py ROOM_SERVE CHROMIUM SHOTS: headless Chromium as four
phones in one room. Each phone is its own browser context (its own cookies),
sized like a phone, driven over the DevTools protocol on a pipe
(--remote-debugging-pipe: fd 3 in, fd 4 out, NUL-separated JSON), so no port
and no extra library is needed. room_serve.c plays the presenter.

The phones open the join address, vote by tapping (a real click on the form's
button), one changes its vote, the presenter reveals, and every phone's page
follows by itself (its poll reloads it); then the next step arrives the same
way. Screenshots go to SHOTS/room-phone-*.png for people to look at.
Every wait is for a state (a page loaded, a text shown), with a deadline
only as a guard against hanging forever."""
import base64
import json
import os
import subprocess
import sys
import tempfile
import time

serve_bin, chromium, shots = sys.argv[1], sys.argv[2], sys.argv[3]
passed = failed = 0


def check(what, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {what} {detail}", flush=True)


# ---- the presenter stand-in ----
serve = subprocess.Popen([serve_bin], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
first = serve.stdout.readline().split()
url, code = first[1], first[3]


def say(cmd):
    serve.stdin.write(cmd + "\n")
    serve.stdin.flush()
    return serve.stdout.readline().strip()


# ---- the browser ----
profile = tempfile.mkdtemp(prefix="rapport-phones-")
to_r, to_w = os.pipe()  # we write commands, chromium reads fd 3
from_r, from_w = os.pipe()  # chromium writes fd 4, we read
# Chromium wants them as fds 3 and 4: move them there (above 4 first, so
# nothing of ours is in the way), and keep them across the exec.
os.dup2(to_r, 100)
os.dup2(from_w, 101)
os.close(to_r)
os.close(from_w)
to_r, from_w = 100, 101
browser = subprocess.Popen(
    [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
     "--disable-background-networking", "--disable-component-update", "--disable-sync",
     "--hide-scrollbars", "--remote-debugging-pipe", f"--user-data-dir={profile}",
     "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable"],
    pass_fds=(3, 4, to_r, from_w),
    preexec_fn=lambda: (os.dup2(to_r, 3), os.dup2(from_w, 4)),
    stdout=subprocess.DEVNULL, stderr=open(os.path.join(profile, "chrome.log"), "w"))
os.close(to_r)
os.close(from_w)
out = os.fdopen(to_w, "wb", buffering=0)
inp = os.fdopen(from_r, "rb", buffering=0)
buf = b""
next_id = 0
events = []  # (sessionId, method, params) not yet consumed


def read_message(deadline):
    global buf
    while b"\0" not in buf:
        if time.time() > deadline:
            raise TimeoutError("no message from chromium")
        chunk = inp.read(65536)
        if not chunk:
            raise EOFError("chromium closed the pipe")
        buf += chunk
    msg, buf = buf.split(b"\0", 1)
    return json.loads(msg)


def send(method, params=None, session=None, timeout=60):
    global next_id
    next_id += 1
    msg = {"id": next_id, "method": method, "params": params or {}}
    if session:
        msg["sessionId"] = session
    out.write(json.dumps(msg).encode() + b"\0")
    deadline = time.time() + timeout
    while True:
        m = read_message(deadline)
        if m.get("id") == next_id:
            if "error" in m:
                raise RuntimeError(f"{method}: {m['error']}")
            return m.get("result", {})
        if "method" in m:
            events.append((m.get("sessionId"), m["method"], m.get("params", {})))


def wait_event(session, method, timeout=60):
    deadline = time.time() + timeout
    while True:
        for i, (s, meth, p) in enumerate(events):
            if s == session and meth == method:
                del events[i]
                return p
        m = read_message(deadline)
        if "method" in m:
            events.append((m.get("sessionId"), m["method"], m.get("params", {})))


def evaluate(session, expr):
    r = send("Runtime.evaluate", {"expression": expr, "returnByValue": True}, session)
    return r.get("result", {}).get("value")


class Phone:
    def __init__(self, name):
        self.name = name
        ctx = send("Target.createBrowserContext")["browserContextId"]
        tid = send("Target.createTarget", {"url": "about:blank", "browserContextId": ctx})["targetId"]
        self.s = send("Target.attachToTarget", {"targetId": tid, "flatten": True})["sessionId"]
        send("Page.enable", session=self.s)
        send("Emulation.setDeviceMetricsOverride",
             {"width": 390, "height": 760, "deviceScaleFactor": 2, "mobile": True}, self.s)

    def text(self):
        return evaluate(self.s, "document.body ? document.body.innerText : ''") or ""

    def open(self, address):
        events.clear()
        send("Page.navigate", {"url": address}, self.s)
        wait_event(self.s, "Page.loadEventFired")

    def tap(self, choice):
        """Clicks the choice's button like a finger: the form posts, the page reloads."""
        box = evaluate(self.s, f"""(function(){{var b=document.querySelector('button[name=v][value="{choice}"]');
            if(!b) return null; b.scrollIntoView(); var r=b.getBoundingClientRect();
            return [r.x+r.width/2, r.y+r.height/2];}})()""")
        if not box:
            return False
        for t in ("mousePressed", "mouseReleased"):
            send("Input.dispatchMouseEvent",
                 {"type": t, "x": box[0], "y": box[1], "button": "left", "clickCount": 1}, self.s)
        wait_event(self.s, "Page.loadEventFired")
        return True

    def wait_text(self, want, timeout=30):
        """Until the page shows want (the page's own poll reloads it)."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            if want in self.text():
                return True
            try:
                wait_event(self.s, "Page.loadEventFired", timeout=max(1, deadline - time.time()))
            except TimeoutError:
                break
        return want in self.text()

    def shot(self, name):
        data = send("Page.captureScreenshot", {"format": "png"}, self.s)["data"]
        path = os.path.join(shots, name)
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        return path


try:
    os.makedirs(shots, exist_ok=True)
    round1 = say("step 2 Maya Okafor|I'm Maya, I run the <script>alert(1)</script> platform team. "
                 "Are you here for the talks?|Yes, the one on on-call rotas. What brought you?"
                 "|I'm looking for a new job, actually.|Mostly the coffee, if I'm honest.")
    phones = [Phone(f"phone {i + 1}") for i in range(4)]
    for p in phones:
        p.open(url)
        check(f"{p.name} sees the line", "Are you here for the talks?" in p.text(), repr(p.text()[:200]))
    t = phones[0].text()
    check("scenario markup shows as text", "<script>alert(1)</script>" in t)
    check("and never runs (one script on the page: the poll)",
          evaluate(phones[0].s, "document.scripts.length") == 1)
    check("the choices in the room's order",
          t.find("1. Yes, the one on on-call rotas") < t.find("2. I'm looking") < t.find("3. Mostly"))
    check("four phones joined", say("tally").endswith("voted 0 joined 4 votes 0 0 0"), say("tally"))
    for p, c in zip(phones, (1, 2, 2, 3)):
        check(f"{p.name} taps {c}", p.tap(c))
    check("the votes arrive", say("tally").endswith("voted 4 joined 4 votes 1 2 1"), say("tally"))
    check("a phone sees its vote marked",
          evaluate(phones[3].s, "document.querySelector('button.mine').value") == "3")
    phones[3].shot("room-phone-voted.png")
    check("phone 4 changes to 2", phones[3].tap(2))
    tally = say("tally")
    check("the change replaces its vote", tally.endswith("voted 4 joined 4 votes 1 3 0"), tally)
    # A nickname, typed like a learner would.
    evaluate(phones[1].s, "document.querySelector('input[name=n]').value='Sam'")
    evaluate(phones[1].s, "document.querySelector('form.nick').submit()")
    wait_event(phones[1].s, "Page.loadEventFired")
    check("a nickname is kept for its phone",
          evaluate(phones[1].s, "document.querySelector('input[name=n]').value") == "Sam")
    say("reveal 2")
    for p in phones:
        check(f"{p.name} follows the reveal by itself", p.wait_text("The room chose 2"))
    check("the revealed page shows the counts", "3 votes, yours" in phones[3].text(), phones[3].text())
    check("no vote buttons after the reveal",
          evaluate(phones[0].s, "document.querySelectorAll('button[name=v]').length") == 0)
    phones[3].shot("room-phone-revealed.png")
    say("step 3 Maya Okafor|Ha, me too. What do you do?|I fix other people's rotas.|Not much.")
    for p in phones:
        check(f"{p.name} follows the next step by itself", p.wait_text("Step 3"))
    check("the next step starts with no vote marked",
          evaluate(phones[0].s, "document.querySelectorAll('button.mine').length") == 0)
    # The join form, as someone who typed the address without the code sees it.
    phones[0].open(url.rsplit("/", 1)[0] + "/")
    evaluate(phones[0].s, f"document.querySelector('input[name=c]').value='{code.lower()}'")
    evaluate(phones[0].s, "document.querySelector('form').submit()")
    wait_event(phones[0].s, "Page.loadEventFired")
    check("the code typed in lower case joins", "Step 3" in phones[0].text(), phones[0].text()[:200])
    for name in ("room-phone-voted.png", "room-phone-revealed.png"):
        with open(os.path.join(shots, name), "rb") as f:
            check(f"{name} is a PNG", f.read(8) == b"\x89PNG\r\n\x1a\n")
finally:
    try:
        send("Browser.close", timeout=10)
    except Exception:
        pass
    try:
        browser.wait(timeout=20)
    except subprocess.TimeoutExpired:
        browser.kill()
    say("quit")
    # Under ASan + UBSan a leak or an error during the visits fails here.
    check("the server exits cleanly (no sanitizer report)", serve.wait(timeout=20) == 0)
    subprocess.run(["rm", "-rf", profile])

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
