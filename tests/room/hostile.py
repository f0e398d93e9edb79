#!/usr/bin/env python3
"""tests/room/hostile.py HOST PORT CODE WHAT: one hostile client against the
room server, printing one line the shell test (http.sh) compares. Raw sockets,
so nothing is tidied up on the way out. WHAT is one of:

  malformed   requests no browser sends; prints each status (or "closed")
  huge        a declared 10 MB body, then an undeclared chunked 1 MB one
  flood       300 requests at once from one address; counts 200s and 429s
  parallel    100 connections held open at once; counts the ones served
  slow        starts a request, never finishes it; prints "holding" and waits
              on stdin, then says whether the server closed it ("closed") or
              still holds it ("open")
  guess SRC   ROOM_BAD_CODES+2 wrong codes from source address SRC, then the
              right one: prints each status
"""
import socket
import sys

host, port, code, what = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]


def connect(src=None):
    s = socket.create_connection((host, port), timeout=20, source_address=(src, 0) if src else None)
    return s


def status_of(raw, src=None):
    """Sends raw bytes, returns the status code as text, or 'closed'."""
    s = connect(src)
    try:
        s.sendall(raw)
        data = b""
        while b"\r\n" not in data:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
    except (ConnectionResetError, BrokenPipeError, socket.timeout):
        data = b""
    finally:
        s.close()
    if not data.startswith(b"HTTP/1."):
        return "closed"
    return data.split(b" ")[1].decode()


def get(path, src=None):
    return status_of(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode(), src)


if what == "malformed":
    cases = [
        b"GARBAGE\r\n\r\n",
        b"GET / HTTP/9.9\r\nHost: x\r\n\r\n",
        b"GET /" + code.encode() + b" HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 100000 + b"\r\n\r\n",
        b"GET /\x00" + code.encode() + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET /" + code.encode() + b"/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"DELETE /" + code.encode() + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"POST /" + code.encode() + b"/v HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        b"POST /" + code.encode() + b"/v HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 9\r\nConnection: close\r\n\r\nr=%zz&v=1",
    ]
    print(" ".join(status_of(c) for c in cases))
elif what == "huge":
    a = status_of(
        f"POST /{code}/v HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: 10000000\r\n\r\n".encode() + b"r=1&v=1"
    )
    s = connect()
    s.sendall(
        f"POST /{code}/v HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        f"Transfer-Encoding: chunked\r\n\r\n".encode()
    )
    b = "closed"
    try:
        for _ in range(256):
            s.sendall(b"1000\r\n" + b"a" * 4096 + b"\r\n")
        s.sendall(b"0\r\n\r\n")
        data = s.recv(4096)
        if data.startswith(b"HTTP/1."):
            b = data.split(b" ")[1].decode()
    except (ConnectionResetError, BrokenPipeError, socket.timeout):
        pass
    s.close()
    print(a, b)
elif what == "flood":
    counts = {}
    for _ in range(300):
        st = get(f"/{code}/s")
        counts[st] = counts.get(st, 0) + 1
    print(" ".join(f"{k}:{counts[k]}" for k in sorted(counts)))
elif what == "parallel":
    socks = []
    for _ in range(100):
        try:
            socks.append(connect())
        except OSError:
            pass
    served = refused = 0
    for s in socks:
        try:
            s.sendall(f"GET /{code}/s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
            data = s.recv(4096)
            if data.startswith(b"HTTP/1.1 200") or data.startswith(b"HTTP/1.1 429"):
                served += 1
            else:
                refused += 1
        except OSError:
            refused += 1
    for s in socks:
        s.close()
    print(f"served {served} refused {refused}")
elif what == "slow":
    s = connect()
    s.settimeout(60)
    s.sendall(f"GET /{code} HTTP/1.1\r\nHost: x\r\nUser-Agent: slo".encode())
    print("holding", flush=True)
    sys.stdin.readline()  # the test says when it has done its work meanwhile
    try:
        data = s.recv(4096)  # the server's idle timeout closes it: b""
        print("closed" if not data or not data.startswith(b"HTTP/1.1 200") else "answered")
    except socket.timeout:
        print("open")
    s.close()
elif what == "guess":
    src = sys.argv[5]
    out = [get("/ZZZZZ" + str(i % 10), src) for i in range(12)]
    out.append(get(f"/{code}", src))
    print(" ".join(out))
