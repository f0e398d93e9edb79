#!/usr/bin/env python3
"""tests/cli/tty_script.py: runs a command at a terminal (a pseudo-terminal)
and answers its prompts in turn, as a person would: for each (expect, send)
pair it waits until the output since the last answer contains `expect`, then
types `send` and Enter. Waits for output, never for time (a 20 s limit per
prompt only stops a test that would hang). The whole transcript goes to
stdout; the exit code is the command's, or 3 when a prompt never came.

Usage: tty_script.py SCRIPT.json -- COMMAND ARGS...
SCRIPT.json is a list of [expect, send] pairs; send null: only wait.
"""
import json
import os
import pty
import select
import sys


def main():
    sep = sys.argv.index("--")
    steps = json.load(open(sys.argv[1]))
    cmd = sys.argv[sep + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(cmd[0], cmd)
    seen = b""
    out = sys.stdout.buffer
    rc_missing = 0

    def read_some(timeout):
        nonlocal seen
        r, _, _ = select.select([fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(fd, 4096)
        except OSError:
            return None
        if not data:
            return None
        seen += data
        out.write(data)
        return True

    for expect, send in steps:
        want = expect.encode()
        while want not in seen:
            got = read_some(20)
            if got is False or got is None:
                out.write(b"\n[tty_script: never saw %r]\n" % want)
                rc_missing = 3
                break
        if rc_missing:
            break
        seen = seen[seen.index(want) + len(want):]
        if send is not None:
            os.write(fd, send.encode() + b"\n")
    while True:
        got = read_some(20)
        if not got:
            break
    _, status = os.waitpid(pid, 0)
    out.flush()
    if rc_missing:
        sys.exit(rc_missing)
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
