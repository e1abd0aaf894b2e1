#!/usr/bin/python3
"""Ping the ampm fleet from Python, with nothing but the .proto files,
proto/README.md and a plain TCP socket (the NATS text protocol is a few lines).

    protoc -I ../../proto --python_out=. ampm/v1/envelope.proto ampm/v1/rpcutil.proto
    ./ping.py nats://127.0.0.1:4222 [--where EXPR] [--timeout SECONDS]

Needs Debian's python3-protobuf (and protoc from protobuf-compiler).
"""
import argparse
import os
import secrets
import socket
import sys
import time
from urllib.parse import urlparse

sys.path.insert(0, os.environ.get("AMPM_PB2_DIR", os.path.dirname(os.path.abspath(__file__))))
from ampm.v1 import envelope_pb2, rpcutil_pb2  # noqa: E402


class Nats:
    """Just enough of the NATS client protocol: CONNECT, SUB, PUB, MSG, PING/PONG."""

    def __init__(self, url):
        u = urlparse(url)
        self.sock = socket.create_connection((u.hostname, u.port or 4222), timeout=5)
        self.buf = b""
        self.line()  # INFO {...}
        self.sock.sendall(b'CONNECT {"verbose":false,"pedantic":false,"name":"ampm python example"}\r\nPING\r\n')
        while self.line() != b"PONG":
            pass

    def line(self):
        while b"\r\n" not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("broker closed the connection")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\r\n", 1)
        return line

    def payload(self, size):
        while len(self.buf) < size + 2:
            self.buf += self.sock.recv(65536)
        data, self.buf = self.buf[:size], self.buf[size + 2:]
        return data

    def sub(self, subject, sid):
        self.sock.sendall(f"SUB {subject} {sid}\r\n".encode())

    def pub(self, subject, reply, data):
        self.sock.sendall(f"PUB {subject} {reply} {len(data)}\r\n".encode() + data + b"\r\n")

    def next_msg(self, timeout):
        """The next MSG's payload, or None at the timeout. Answers the broker's PINGs."""
        self.sock.settimeout(timeout)
        try:
            while True:
                line = self.line()
                if line == b"PING":
                    self.sock.sendall(b"PONG\r\n")
                elif line.startswith(b"MSG "):
                    return self.payload(int(line.split()[-1]))
        except socket.timeout:
            return None


def main():
    ap = argparse.ArgumentParser(description="rpcutil.ping to every ampm agent")
    ap.add_argument("server", nargs="?", default="nats://127.0.0.1:4222")
    ap.add_argument("--where", default="", help='filter expression, e.g. "tags has dmz"')
    ap.add_argument("--timeout", type=float, default=2.0, help="the longest to wait, seconds")
    ap.add_argument("--quiet", type=float, default=0.3, help="stop once no reply came for this long")
    args = ap.parse_args()

    nc = Nats(args.server)
    inbox = f"ampm.v1.reply.python.{secrets.token_hex(8)}"
    nc.sub(inbox, 1)

    request = envelope_pb2.Request(
        protocol="ampm.v1",
        id=secrets.token_hex(16),
        caller="python",
        agent="rpcutil",
        action="ping",
        created_at_ms=int(time.time() * 1000),
        ttl_ms=60000,
        timeout_ms=int(args.timeout * 1000),
        filter=envelope_pb2.Filter(where=args.where),
        body=rpcutil_pb2.PingRequest().SerializeToString(),
        body_type="ampm.v1.PingRequest",
    )
    started = time.monotonic()
    nc.pub("ampm.v1.broadcast.rpcutil", inbox, request.SerializeToString())

    deadline = started + args.timeout
    replies = 0
    while True:
        wait = min(args.quiet if replies else args.timeout, deadline - time.monotonic())
        if wait <= 0:
            break
        data = nc.next_msg(wait)
        if data is None:
            break
        reply = envelope_pb2.Reply()
        reply.ParseFromString(data)
        if reply.protocol != "ampm.v1" or reply.request_id != request.id:
            continue
        replies += 1
        status = envelope_pb2.Status.Name(reply.statuscode)
        if reply.statuscode == envelope_pb2.OK:
            pong = rpcutil_pb2.PingReply()
            pong.ParseFromString(reply.body)
            print(f"{reply.sender:40} {status}  time_ms={pong.time_ms}")
        else:
            print(f"{reply.sender:40} {status}  {reply.statusmsg}")
    print(f"{replies} replies in {(time.monotonic() - started) * 1000:.0f} ms")
    return 0 if replies else 3


if __name__ == "__main__":
    sys.exit(main())
