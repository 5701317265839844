#!/usr/bin/env python3
"""How fast a running field service answers while others hold connections.

Opens IDLE connections that send nothing and SLOW connections that send a
request header one line a second (spread over the loopback addresses
127.0.0.2.., 40 per address, so that a bound per client address does not
turn them away), then times ROUNDS pairs of requests from 127.0.0.1, each on
a new connection: GET /healthz and GET /api/check. Prints p50, p90 and the
worst time of each, and how many got no answer within TIMEOUT seconds.

    bench/slow_clients_bench.py PORT [--idle 200] [--slow 80] [--rounds 40]

Start the service first (`coverplan serve PROJECT --port PORT`). See
docs/benchmarks.md ("Slow and idle clients").
"""

import argparse
import socket
import statistics
import threading
import time

CHECK = "/api/check?lat=21.2653106&lon=106.2019717"


def connect(port, source):
    connection = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    connection.bind((source, 0))
    connection.connect(("127.0.0.1", port))
    return connection


def timed_get(port, path, timeout):
    """Seconds until the whole answer to GET path arrived; None if it did not within timeout."""
    started = time.perf_counter()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
            connection.settimeout(timeout)
            connection.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
            received = b""
            while True:
                chunk = connection.recv(65536)
                if not chunk:
                    break
                received += chunk
                head, _, body = received.partition(b"\r\n\r\n")
                if b"Content-Length:" in head:
                    length = int(head.split(b"Content-Length:")[1].split(b"\r\n")[0])
                    if len(body) >= length:
                        break
            if not received.startswith(b"HTTP/1.1 200"):
                return None
    except OSError:
        return None
    return time.perf_counter() - started


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("--idle", type=int, default=200)
    parser.add_argument("--slow", type=int, default=80)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--pause", type=float, default=0.1, help="seconds between rounds")
    args = parser.parse_args()

    held = []
    for i in range(args.idle):
        held.append(connect(args.port, f"127.0.0.{2 + i // 40}"))
    slow = []
    for i in range(args.slow):
        connection = connect(args.port, f"127.0.0.{100 + i // 40}")
        connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        slow.append(connection)
    stop = threading.Event()

    def drip():
        line = 0
        while not stop.wait(1.0):
            for connection in slow:
                try:
                    connection.sendall(f"X-Line-{line}: still coming\r\n".encode())
                except OSError:
                    pass
            line += 1

    dripper = threading.Thread(target=drip, daemon=True)
    dripper.start()
    time.sleep(0.5)
    times = {"/healthz": [], CHECK: []}
    missing = {"/healthz": 0, CHECK: 0}
    started = time.time()
    for _ in range(args.rounds):
        for path in times:
            elapsed = timed_get(args.port, path, args.timeout)
            if elapsed is None:
                missing[path] += 1
            else:
                times[path].append(elapsed)
        time.sleep(args.pause)
    stop.set()
    print(f"{args.idle} idle + {args.slow} slow connections, {args.rounds} rounds in {time.time() - started:.1f} s")
    for path, values in times.items():
        name = "/api/check" if path == CHECK else path
        if values:
            print(f"{name:12} p50 {statistics.median(values) * 1000:9.2f} ms  p90 {percentile(values, 0.9) * 1000:9.2f} ms"
                  f"  worst {max(values) * 1000:9.2f} ms  unanswered {missing[path]}")
        else:
            print(f"{name:12} unanswered {missing[path]} of {args.rounds}")
    for connection in held + slow:
        connection.close()


if __name__ == "__main__":
    main()
