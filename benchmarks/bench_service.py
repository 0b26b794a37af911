"""Load benchmark of ``asnrules serve`` (numbers, not a test).

Starts the real command on 127.0.0.1 (a free port) with 2 workers, then a bounded run from this process:

1. single checks (``POST /periksa/bendahara``) at a fixed concurrency over keep-alive connections;
2. batch requests (``POST /periksa/bendahara/batch``) of 1,000 records each.

It prints requests/s, p50/p99 latency, errors (anything but 200 counts), and the server's resident memory
(all its processes) before, between and after the phases, with the peak sampled every 100 ms.

    python benchmarks/bench_service.py [--singles 20000] [--concurrency 50] [--batches 50] [--batch-size 1000]
                                       [--workers 2]

The client is a minimal asyncio HTTP/1.1 client (pre-built requests, Content-Length responses) so that
it takes as little of the machine's CPU as possible; client and server share the same cores.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from asnrules.batch import sample_path

QUERY = "tanggal=2025-07-01&jenis=pengeluaran"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def records() -> list[dict[str, object]]:
    """The valid rows of the bundled sample (a bad row is a 422 for a single check: not what is measured)."""
    from datetime import date

    from asnrules.batch import run

    lines = Path(str(sample_path("pegawai_satker.jsonl"))).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(x) for x in lines if x.strip()]
    return [r.input for r in run("bendahara", rows, on=date(2025, 7, 1), jenis="pengeluaran") if r.ok]


def request(port: int, path: str, body: bytes, content_type: str = "application/json") -> bytes:
    head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n")
    return head.encode("ascii") + body


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = None
    chunked = False
    for line in lines[1:]:
        name, _, value = line.partition(":")
        name = name.strip().lower()
        if name == "content-length":
            length = int(value)
        elif name == "transfer-encoding" and "chunked" in value.lower():
            chunked = True
    if length is not None:
        return status, await reader.readexactly(length)
    if chunked:
        parts = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            if size == 0:
                await reader.readuntil(b"\r\n")
                return status, b"".join(parts)
            parts.append(await reader.readexactly(size))
            await reader.readexactly(2)
    return status, b""


async def _worker(port: int, jobs: list[bytes], latencies: list[float], errors: list[str], check: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while jobs:
            req = jobs.pop()
            t0 = time.perf_counter()
            writer.write(req)
            try:
                status, body = await _read_response(reader)
            except (asyncio.IncompleteReadError, ConnectionError) as exc:
                errors.append(type(exc).__name__)
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                continue
            latencies.append(time.perf_counter() - t0)
            if status != 200:
                errors.append(str(status))
            elif check and body.count(b'"hasil"') < check:
                errors.append("short")
    finally:
        writer.close()


async def phase(port: int, jobs: list[bytes], concurrency: int, check: int) -> tuple[float, list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    t0 = time.perf_counter()
    await asyncio.gather(*(_worker(port, jobs, latencies, errors, check) for _ in range(concurrency)))
    return time.perf_counter() - t0, latencies, errors


def tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by ``pid`` and its descendants, from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for p in _tree(pid):
        try:
            with open(f"/proc/{p}/stat", encoding="ascii", errors="replace") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
        except (OSError, IndexError, ValueError):
            pass
    return total


def _tree(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def tree_rss(pid: int) -> int:
    """Resident memory (bytes) of ``pid`` and all its descendants, from /proc."""
    total = 0
    for p in _tree(pid):
        try:
            with open(f"/proc/{p}/status", encoding="ascii", errors="replace") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            pass
    return total


class Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.peak = max(self.peak, tree_rss(self.pid))
            self.stop.wait(0.1)


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))] * 1000 if s else float("nan")


def report(label: str, n: int, seconds: float, latencies: list[float], errors: list[str], cpu: float) -> None:
    print(f"{label:<24} {n:>6,} req in {seconds:6.2f} s = {n / seconds:>7,.0f} req/s   "
          f"p50 {pct(latencies, 0.5):7.2f} ms   p99 {pct(latencies, 0.99):7.2f} ms   errors {len(errors)}"
          + (f" ({', '.join(sorted(set(errors))[:5])})" if errors else "")
          + f"   server CPU {cpu * 1000 / n:6.3f} ms/req")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--singles", type=int, default=20_000)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--batches", type=int, default=50)
    ap.add_argument("--batch-size", type=int, default=1_000)
    ap.add_argument("--batch-concurrency", type=int, default=4)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()

    port = free_port()
    log = tempfile.TemporaryFile()
    cmd = [sys.executable, "-m", "asnrules", "serve", "--host", "127.0.0.1", "--port", str(port),
           "--workers", str(args.workers)]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log)
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1).read()
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise SystemExit("the server did not start")
        time.sleep(1.0)  # let every worker finish importing
        rows = records()
        sampler = Sampler(server.pid)
        sampler.start()
        print(f"asnrules serve --workers {args.workers} on 127.0.0.1:{port}; cores: {os.cpu_count()}; "
              f"client: asyncio, concurrency {args.concurrency}")
        rss0 = tree_rss(server.pid)
        bodies = [request(port, f"/periksa/bendahara?{QUERY}", json.dumps(r).encode()) for r in rows]
        warm = [bodies[i % len(bodies)] for i in range(500)]
        asyncio.run(phase(port, warm, args.concurrency, 1))
        jobs = [bodies[i % len(bodies)] for i in range(args.singles)]
        cpu0 = tree_cpu(server.pid)
        seconds, lat, errs = asyncio.run(phase(port, jobs, args.concurrency, 1))
        report("single checks", args.singles, seconds, lat, errs, tree_cpu(server.pid) - cpu0)
        rss1 = tree_rss(server.pid)
        batch = json.dumps([rows[i % len(rows)] for i in range(args.batch_size)]).encode()
        jobs = [request(port, f"/periksa/bendahara/batch?{QUERY}", batch) for _ in range(args.batches)]
        cpu0 = tree_cpu(server.pid)
        seconds, lat, errs = asyncio.run(phase(port, jobs, args.batch_concurrency, args.batch_size))
        cpu = tree_cpu(server.pid) - cpu0
        report(f"batches of {args.batch_size:,}", args.batches, seconds, lat, errs, cpu)
        records_n = args.batches * args.batch_size
        print(f"  = {records_n / seconds:,.0f} records/s; server CPU {cpu * 1e6 / records_n:.0f} µs/record")
        rss2 = tree_rss(server.pid)
        jobs = [bodies[i % len(bodies)] for i in range(args.singles)]
        cpu0 = tree_cpu(server.pid)
        seconds, lat, errs = asyncio.run(phase(port, jobs, args.concurrency, 1))
        cpu = tree_cpu(server.pid) - cpu0
        report("single checks (again)", args.singles, seconds, lat, errs, cpu)
        print(f"  = capacity from server CPU alone: {args.singles / cpu:,.0f} single checks per CPU-second "
              f"(x{args.workers} workers on {args.workers} free cores ≈ {args.workers * args.singles / cpu:,.0f}/s); "
              f"load average now {os.getloadavg()[0]:.1f}")
        rss3 = tree_rss(server.pid)
        sampler.stop.set()
        sampler.join()
        mib = 1024 * 1024
        print(f"server memory (all processes): start {rss0 / mib:.0f} MiB, after singles {rss1 / mib:.0f} MiB, "
              f"after batches {rss2 / mib:.0f} MiB, after singles again {rss3 / mib:.0f} MiB, "
              f"peak {sampler.peak / mib:.0f} MiB")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


if __name__ == "__main__":
    main()
