"""``asnrules serve``: the subcommand, its options, and a real server on a free port."""

from __future__ import annotations

import subprocess
import sys

import httpx

from .conftest import free_port, start_server, stop_server
from .examples import PEGAWAI


def test_serve_help_lists_host_port_workers() -> None:
    out = subprocess.run([sys.executable, "-m", "asnrules", "serve", "--help"], capture_output=True, text=True)
    assert out.returncode == 0
    for option in ("--host", "--port", "--workers"):
        assert option in out.stdout
    assert "127.0.0.1" in out.stdout  # loopback by default


def test_serve_refuses_a_bad_limit_before_starting() -> None:
    import os

    env = {**os.environ, "ASNRULES_MAX_ROWS": "banyak"}
    out = subprocess.run([sys.executable, "-m", "asnrules", "serve", "--port", "1"], capture_output=True, text=True,
                         env=env, timeout=60)
    assert out.returncode == 2 and "ASNRULES_MAX_ROWS" in out.stderr


def test_real_server_two_workers_serves_and_logs_without_personal_data() -> None:
    port = free_port()
    proc = start_server(port, workers=2)
    try:
        base = f"http://127.0.0.1:{port}"
        r = httpx.post(f"{base}/periksa/bendahara", params={"tanggal": "2025-07-01", "jenis": "pengeluaran"},
                       json=PEGAWAI, timeout=10)
        assert r.status_code == 200 and r.json()["hasil"] == "INCOMPLETE"
        assert "server" not in r.headers  # no server banner
        bad = httpx.post(f"{base}/periksa/bendahara", params={"tanggal": "2025-07-01"}, content=b"{",
                         headers={"content-type": "application/json"}, timeout=10)
        assert bad.status_code == 400 and bad.headers["content-type"].startswith("application/problem+json")
        assert httpx.get(f"{base}/health", timeout=10).status_code == 200
    finally:
        stop_server(proc)
    proc.log.seek(0)  # type: ignore[attr-defined]
    log = proc.log.read().decode()  # type: ignore[attr-defined]
    assert '"route": "/periksa/{nama}"' in log
    assert PEGAWAI["nip"] not in log and PEGAWAI["nama"] not in log


def test_a_body_that_trickles_in_is_cut_off_with_408() -> None:
    import json
    import socket

    port = free_port()
    proc = start_server(port, env={"ASNRULES_TIMEOUT": "0.5"})
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
            s.sendall(b"POST /periksa/bendahara?tanggal=2025-07-01&jenis=pengeluaran HTTP/1.1\r\n"
                      b"Host: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"status\": ")
            # ... and nothing more: the service answers instead of waiting for the rest
            data = b""
            while b"\r\n\r\n" not in data or not data.rstrip().endswith(b"}"):
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 408")
        assert json.loads(body)["type"].endswith("body-timeout")
        assert httpx.get(f"http://127.0.0.1:{port}/health", timeout=10).status_code == 200
    finally:
        stop_server(proc)
