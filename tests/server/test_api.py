"""The JSON API in-process (FastAPI TestClient): every endpoint, every rule's happy path, and bad input
that must give a clear 4xx problem (RFC 9457) while the service keeps serving."""

from __future__ import annotations

import io
import json
import logging
import zipfile
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asnrules.batch import daftar_aturan, run, sample_path
from asnrules.batch.dates import parse_tanggal
from asnrules.server import Settings, create_app

from .examples import EXAMPLES, PEGAWAI

PROBLEM = "application/problem+json"
BENDAHARA = "/periksa/bendahara?tanggal=2025-07-01&jenis=pengeluaran"


def _example(nama: str) -> tuple[dict[str, Any], dict[str, str], str]:
    from asnrules.batch import aturan

    record, params, tanggal = EXAMPLES.get(nama, ({}, {}, "2025-07-01"))
    if not tanggal and aturan(nama).pakai_tanggal:  # a rule that came to depend on the law in force on a date
        tanggal = "2025-07-01"
    return record, params, tanggal


def _query(params: dict[str, str], tanggal: str) -> str:
    q = dict(params)
    if tanggal:
        q["tanggal"] = tanggal
    return "&".join(f"{k}={v}" for k, v in q.items())


def _problem(resp: Any, status: int, field: str | None = None) -> dict[str, Any]:
    assert resp.status_code == status, resp.text[:500]
    assert resp.headers["content-type"].startswith(PROBLEM)
    body = resp.json()
    assert body["status"] == status and body["type"].startswith("urn:asnrules:problem:")
    assert body["title"] and body["detail"]
    if field is not None:
        assert body["field"] == field
    return body


def _still_serving(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    assert client.post(BENDAHARA, json=PEGAWAI).status_code == 200


# --------------------------------------------------------------------------- endpoints

def test_health_version_openapi_docs(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    v = client.get("/version").json()
    import asnrules

    assert v["asnrules"] == asnrules.__version__ and "register_regulasi" in v
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.1")
    for path in ("/aturan", "/aturan/{nama}", "/periksa/{nama}", "/periksa/{nama}/batch", "/berkas/{nama}",
                 "/health", "/version"):
        assert path in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/docs.js" in docs.text
    assert "http://" not in docs.text and "https://" not in docs.text  # no CDN: everything from this server
    for name in ("app.js", "docs.js", "style.css"):
        r = client.get(f"/static/{name}")
        assert r.status_code == 200 and r.content
        assert "https://" not in r.text.replace("http://www.w3.org/2000/svg", "")


def test_static_names_never_reach_the_filesystem(client: TestClient) -> None:
    for name in ("../app.py", "..%2F..%2Fsettings.py", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "settings.py", "index.html"):
        r = client.get(f"/static/{name}")
        assert r.status_code == 404
        assert r.headers["content-type"].startswith(PROBLEM)


def test_page_indonesian_and_english(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and '<html lang="id">' in page.text
    assert "Pemeriksa aturan karier ASN" in page.text and "/static/app.js" in page.text
    assert "https://" not in page.text
    en = client.get("/?lang=en")
    assert '<html lang="en">' in en.text and "ASN career rules checker" in en.text
    _problem(client.get("/?lang=fr"), 422, "lang")


def test_aturan_list(client: TestClient) -> None:
    rules = client.get("/aturan").json()
    assert [r["nama"] for r in rules] == [a.nama for a in daftar_aturan()]
    bendahara = next(r for r in rules if r["nama"] == "bendahara")
    jenis = next(p for p in bendahara["parameter"] if p["nama"] == "jenis")
    assert jenis["wajib"] and jenis["nilai"] == ["PENGELUARAN", "PENERIMAAN"]
    assert bendahara["dasar_hukum"] and bendahara["pakai_tanggal"] is True
    en = client.get("/aturan?lang=en").json()
    assert en[0]["deskripsi"] == daftar_aturan()[0].deskripsi_en


@pytest.mark.parametrize("nama", [a.nama for a in daftar_aturan()])
def test_aturan_detail_every_rule(client: TestClient, nama: str) -> None:
    d = client.get(f"/aturan/{nama}").json()
    assert d["nama"] == nama
    assert d["skema_masukan"]["type"] == "object"
    assert "hasil" in d["skema_keluaran"]["properties"]
    for k in d["kriteria"]:
        assert k["code"] and k["citation"]["regulasi"] and k["citation"]["teks"]


def test_aturan_detail_criteria_in_the_regulations_order(client: TestClient) -> None:
    d = client.get("/aturan/bendahara").json()
    codes = [k["code"] for k in d["kriteria"]]
    assert codes[:3] == ["status_kepegawaian", "pangkat_minimal", "surat_tugas"]
    _problem(client.get("/aturan/tidak_ada"), 404, "nama")


# --------------------------------------------------------------------------- every rule's happy path

@pytest.mark.parametrize("nama", [a.nama for a in daftar_aturan()])
def test_periksa_happy_path_every_rule(client: TestClient, nama: str) -> None:
    record, params, tanggal = _example(nama)
    r = client.post(f"/periksa/{nama}?{_query(params, tanggal)}", json=record)
    body = r.json()
    on = parse_tanggal(tanggal, "tanggal") if tanggal else None
    (expected,) = run(nama, [record], on=on, **params)
    assert body["hasil"] == expected.status
    if nama not in EXAMPLES:  # a rule added after these tests: the API still answers as batch.run does
        assert r.status_code == (422 if expected.status == "INVALID" else 200)
        return
    assert r.status_code == 200, r.text[:500]
    assert body["hasil"] != "INVALID"
    if "reasons" in body:
        assert body["reasons"] and all(x["citation"]["regulasi"] for x in body["reasons"])
    # the same record through the batch endpoint gives the same answer
    b = client.post(f"/periksa/{nama}/batch?{_query(params, tanggal)}", json=[record])
    assert b.status_code == 200 and b.json() == [body]


def test_periksa_verdict_shape(client: TestClient) -> None:
    r = client.post(BENDAHARA + "&penjelasan=true", json={**PEGAWAI, "surat_tugas": "ya", "golongan": "II/a"})
    body = r.json()
    assert body["hasil"] == "NOT_ELIGIBLE" and body["kriteria_gagal"] == ["pangkat_minimal"]
    first = body["reasons"][0]
    assert set(first) == {"code", "status", "message", "citation"}
    assert first["citation"]["regulasi"] == "Pusdiklat AP — E-learning Bendahara"
    assert first["citation"]["teks"].startswith("Pusdiklat AP")
    assert body["penjelasan"].startswith("Hasil: TIDAK MEMENUHI SYARAT")
    assert isinstance(body["advice"], list) and body["errata"] == [] and body["belum_terverifikasi"] == []
    en = client.post(BENDAHARA + "&lang=en", json={**PEGAWAI, "golongan": "II/a"}).json()
    assert en["reasons"][1]["message"] != body["reasons"][1]["message"]


def test_parameter_in_query_or_in_the_record(client: TestClient) -> None:
    q = client.post("/periksa/bendahara?tanggal=2025-07-01&jenis=pengeluaran", json=PEGAWAI).json()
    f = client.post("/periksa/bendahara?tanggal=2025-07-01", json={**PEGAWAI, "jenis": "pengeluaran"}).json()
    assert q == f
    # a filled field of the record wins over the query, as a filled cell wins over -p
    both = client.post("/periksa/bendahara?tanggal=2025-07-01&jenis=penerimaan",
                       json={**PEGAWAI, "jenis": "pengeluaran"}).json()
    assert both == f


def test_computed_result_with_errata_flag(client: TestClient) -> None:
    from asnrules.angka_kredit import ERRATA
    from asnrules.angka_kredit.tabel_inpassing import inpassing
    from asnrules.models import Golongan, Pendidikan

    found = None
    for g in Golongan:
        for p in Pendidikan:
            for mk in range(0, 40):
                try:
                    h = inpassing(g, p, mk)
                except Exception:  # noqa: BLE001 - not in the table
                    continue
                if h.errata:
                    found = (g, p, mk, h)
                    break
            if found:
                break
        if found:
            break
    if found is None:
        pytest.skip(f"no inpassing cell carries an erratum ({len(ERRATA)} errata registered)")
    g, p, mk, h = found
    body = client.post("/periksa/inpassing_tabel", json={"golongan": str(g), "ijazah": p.name,
                                                         "masa_kerja_tahun": str(mk)}).json()
    (expected,) = run("inpassing_tabel", [{"golongan": str(g), "ijazah": p.name, "masa_kerja_tahun": str(mk)}])
    assert body["hasil"] == expected.status
    assert [e["id"] for e in body["errata"]] == [e.id for e in h.errata]
    assert body["hasil_perhitungan"]["angka_kredit"] == str(h.angka_kredit)
    assert body["dasar_hukum"]["teks"] == str(h.citation)


# --------------------------------------------------------------------------- bad input → clear 4xx

def test_malformed_json(client: TestClient) -> None:
    body = _problem(client.post(BENDAHARA, content=b'{"status": "PNS",', headers={"content-type": "application/json"}),
                    400, "body")
    assert "JSON" in body["detail"]
    _problem(client.post(BENDAHARA, content=b"", headers={"content-type": "application/json"}), 400, "body")
    _problem(client.post(BENDAHARA, content=b"\xff\xfe", headers={"content-type": "application/json"}), 400, "body")
    _problem(client.post(BENDAHARA, content=b'{"a": NaN}', headers={"content-type": "application/json"}), 400)
    _still_serving(client)


def test_wrong_types(client: TestClient) -> None:
    body = _problem(client.post(BENDAHARA, json=[PEGAWAI]), 422, "body")
    assert "batch" in body["detail"]
    bad = _problem(client.post(BENDAHARA, json={**PEGAWAI, "golongan": "X/z"}), 422, "golongan")
    assert bad["hasil"] == "INVALID" and bad["value"] == "X/z"
    assert bad["kesalahan"][0]["column"] == "golongan" and "III/a" in bad["detail"]
    typed = _problem(client.post(BENDAHARA, json={**PEGAWAI, "tanggal_lahir": {"tahun": 1986}}), 422)
    assert typed["hasil"] == "INVALID"
    _problem(client.post("/periksa/bendahara?tanggal=kemarin&jenis=pengeluaran", json=PEGAWAI), 422, "tanggal")
    _problem(client.post("/periksa/bendahara?tanggal=2025-07-01&jenis=gaji", json=PEGAWAI), 422, "jenis")
    _problem(client.post(BENDAHARA + "&penjelasan=mungkin", json=PEGAWAI), 422, "penjelasan")
    _still_serving(client)


def test_unknown_rule_and_parameter(client: TestClient) -> None:
    body = _problem(client.post("/periksa/gaji_pokok?tanggal=2025-07-01", json=PEGAWAI), 404, "nama")
    assert "bendahara" in body["expected"]
    p = _problem(client.post(BENDAHARA + "&warna=merah", json=PEGAWAI), 422, "params")
    assert "warna" in p["detail"] and "jenis" in p["expected"]
    _still_serving(client)


def test_missing_date(client: TestClient) -> None:
    body = _problem(client.post("/periksa/bendahara?jenis=pengeluaran", json=PEGAWAI), 422, "tanggal")
    assert "2025-07-01" in body["expected"]
    en = _problem(client.post("/periksa/bendahara?jenis=pengeluaran&lang=en", json=PEGAWAI), 422)
    assert en["title"] == "Reference date required"
    by_header = client.post("/periksa/bendahara?jenis=pengeluaran", json=PEGAWAI, headers={"Accept-Language": "en-US"})
    assert by_header.json()["title"] == "Reference date required"


def test_wrong_content_type(client: TestClient) -> None:
    body = _problem(client.post(BENDAHARA, content=json.dumps(PEGAWAI), headers={"content-type": "text/plain"}),
                    415, "content-type")
    assert body["expected"] == "application/json"
    _problem(client.post(BENDAHARA.replace("bendahara?", "bendahara/batch?"), content=b"a,b\n",
                         headers={"content-type": "text/csv"}), 415)
    _problem(client.post("/berkas/bendahara?tanggal=2025-07-01&jenis=pengeluaran", json=PEGAWAI), 415)
    _problem(client.get(BENDAHARA), 405)
    _still_serving(client)


def test_oversize_body() -> None:
    small = TestClient(create_app(Settings(max_body=2_000, max_upload=3_000)))
    body = _problem(small.post(BENDAHARA, json={**PEGAWAI, "catatan": "x" * 5_000}), 413, "body")
    assert body["limit"] == 2_000 and "2000" in body["detail"]

    def chunks() -> Any:  # no Content-Length: the cap is applied while reading
        yield b'{"status": "PNS", "catatan": "'
        for _ in range(10):
            yield b"y" * 500
        yield b'"}'

    _problem(small.post(BENDAHARA, content=chunks(), headers={"content-type": "application/json"}), 413)
    _problem(small.post("/berkas/bendahara?tanggal=2025-07-01&jenis=pengeluaran",
                        files={"berkas": ("a.csv", b"x" * 4_000, "text/csv")}), 413)
    _still_serving(small)


def test_ten_megabyte_string(client: TestClient) -> None:
    huge = "A" * 10_000_000
    _problem(client.post(BENDAHARA, json={**PEGAWAI, "golongan": huge}), 413, "body")  # default cap 5 MB
    roomy = TestClient(create_app(Settings(max_body=12_000_000)))
    body = _problem(roomy.post(BENDAHARA, json={**PEGAWAI, "golongan": huge}), 422, "golongan")
    assert len(json.dumps(body)) < 5_000  # the value is never echoed back whole
    _still_serving(roomy)
    _still_serving(client)


def test_deeply_nested_json(client: TestClient) -> None:
    deep = b'{"status": "PNS", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    _problem(client.post(BENDAHARA, content=deep, headers={"content-type": "application/json"}), 400, "body")
    medium = b'{"status": "PNS", "x": ' + b"[" * 50 + b"]" * 50 + b"}"
    body = _problem(client.post(BENDAHARA, content=medium, headers={"content-type": "application/json"}), 400, "body")
    assert body["type"].endswith("too-deep")
    lines = b'{"status": "PNS"}\n{"x": ' + b"[" * 5_000 + b"]" * 5_000 + b"}\n"
    r = client.post(BENDAHARA.replace("bendahara?", "bendahara/batch?"), content=lines,
                    headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 200
    out = [json.loads(x) for x in r.text.splitlines()]
    assert [o["hasil"] for o in out] == ["INCOMPLETE", "INVALID"]
    _still_serving(client)


# --------------------------------------------------------------------------- batch

BATCH = "/periksa/bendahara/batch?tanggal=2025-07-01&jenis=pengeluaran"


def test_batch_array_in_order_with_per_record_errors(client: TestClient) -> None:
    records: list[Any] = [PEGAWAI, 5, {**PEGAWAI, "golongan": "X/z"}, "teks", None, {**PEGAWAI, "golongan": "II/a"}]
    r = client.post(BATCH, json=records)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    out = r.json()
    assert [o["baris"] for o in out] == [1, 2, 3, 4, 5, 6]
    expected = [x.status for x in run("bendahara", records, on=date(2025, 7, 1), jenis="pengeluaran")]
    assert [o["hasil"] for o in out] == expected == ["INCOMPLETE", "INVALID", "INVALID", "INVALID", "INVALID",
                                                     "NOT_ELIGIBLE"]
    assert out[2]["kesalahan"][0]["field"] == "golongan"


def test_batch_json_lines(client: TestClient) -> None:
    lines = "\n".join([json.dumps(PEGAWAI), "bukan json", "[1, 2]", "", json.dumps({**PEGAWAI, "golongan": "II/a"})])
    r = client.post(BATCH, content=lines.encode(), headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    out = [json.loads(x) for x in r.text.splitlines()]
    assert [(o["baris"], o["hasil"]) for o in out][:3] == [(1, "INCOMPLETE"), (2, "INVALID"), (3, "INVALID")]
    assert out[-1] == {**out[-1], "baris": 5, "hasil": "NOT_ELIGIBLE"}
    assert "JSON" in out[1]["kesalahan"][0]["message"]
    # the CLI's JSON-lines path gives the same verdicts
    from asnrules.batch.files import read_rows

    cli = [x.status for x in run("bendahara", read_rows(io.StringIO(lines + "\n"), "jsonl"), on=date(2025, 7, 1),
                                 jenis="pengeluaran")]
    assert cli == [o["hasil"] for o in out]  # line for line, as the CLI reads JSON lines
    # Accept chooses the output form
    arr = client.post(BATCH, content=lines.encode(), headers={"content-type": "application/x-ndjson",
                                                              "accept": "application/json"})
    assert [o["hasil"] for o in arr.json()] == [o["hasil"] for o in out]


def test_batch_bad_bodies_and_limits(client: TestClient) -> None:
    _problem(client.post(BATCH, json={"records": [PEGAWAI]}), 422, "body")
    _problem(client.post(BATCH, content=b"[1, 2", headers={"content-type": "application/json"}), 400)
    few = TestClient(create_app(Settings(max_rows=3)))
    body = _problem(few.post(BATCH, json=[PEGAWAI] * 4), 413)
    assert body["limit"] == 3
    assert few.post(BATCH, json=[PEGAWAI] * 3).status_code == 200
    big = client.post(BATCH, json=[PEGAWAI] * 2_000)
    assert len(big.json()) == 2_000


def test_timeout_stops_a_long_check() -> None:
    hurried = TestClient(create_app(Settings(timeout=1e-9)))
    r = hurried.post(BATCH, json=[PEGAWAI] * 300)
    out = r.json()
    assert out[-1]["status"] == 503 and out[-1]["type"].endswith("timeout")
    assert len(out) < 301
    many = _sample_bytes() + b"\n".join(_sample_bytes().splitlines()[1:]) * 3
    _problem(hurried.post("/berkas/bendahara?tanggal=2025-07-01&jenis=pengeluaran",
                          files={"berkas": ("s.csv", many, "text/csv")}), 503)


# --------------------------------------------------------------------------- files

def _sample_bytes() -> bytes:
    return sample_path().read_bytes()  # type: ignore[no-any-return]


def _xlsx(rows: list[list[Any]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _read_xlsx(data: bytes) -> list[tuple[Any, ...]]:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    return list(wb.worksheets[0].iter_rows(values_only=True))


UPLOAD = "/berkas/bendahara?tanggal=2025-07-01&jenis=pengeluaran"


def test_berkas_csv_to_xlsx_every_row_same_as_cli(client: TestClient, tmp_path: Any) -> None:
    r = client.post(UPLOAD, files={"berkas": ("pegawai_satker.csv", _sample_bytes(), "text/csv")})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert 'filename="hasil_bendahara.xlsx"' in r.headers["content-disposition"]
    rows = _read_xlsx(r.content)
    from asnrules.cli import main

    out = tmp_path / "cli.xlsx"
    assert main(["periksa", str(sample_path()), "--aturan", "bendahara", "-p", "jenis=pengeluaran", "--tanggal",
                 "2025-07-01", "-o", str(out), "-q"]) == 0
    assert rows == _read_xlsx(out.read_bytes())  # same columns, same cells as the CLI
    assert len(rows) == 51


def test_berkas_xlsx_upload_csv_output_and_raw_body(client: TestClient) -> None:
    data = _xlsx([["Daftar pegawai"], ["NIP", "STATUS", "GOL", "PENDIDIKAN TERAKHIR", "SURAT TUGAS"],
                  ["198608152004121005", "PNS", "III/a", "S-1", "ya"], ["123", "PNS", "III/a", "S-1", "ya"]])
    r = client.post(UPLOAD + "&format=csv", files={"berkas": ("p.xlsx", data, "application/octet-stream")})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    lines = r.text.splitlines()
    assert len(lines) == 3 and lines[0].startswith("NIP,STATUS,GOL")
    raw = client.post(UPLOAD + "&format=json", content=data,
                      headers={"content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    s = raw.json()
    assert s["jumlah_baris"] == 2 and s["hitungan"].get("INVALID") == 1
    assert s["baris_salah"][0]["baris"] == 4 and s["baris_salah"][0]["kesalahan"][0]["column"] == "NIP"
    csv_raw = client.post(UPLOAD + "&format=json", content=_sample_bytes(), headers={"content-type": "text/csv"})
    assert csv_raw.json()["jumlah_baris"] == 50


def test_berkas_summary_matches_batch_run(client: TestClient) -> None:
    from collections import Counter

    from asnrules.batch.files import read_rows

    s = client.post(UPLOAD + "&format=json", files={"berkas": ("p.csv", _sample_bytes(), "text/csv")}).json()
    results = list(run("bendahara", read_rows(str(sample_path()), "csv"), on=date(2025, 7, 1), jenis="pengeluaran"))
    assert s["hitungan"] == dict(Counter(r.status for r in results))
    failed = Counter(x.code for r in results if r.ok and hasattr(r.outcome, "failed") for x in r.outcome.failed)
    assert {k["code"]: k["jumlah"] for k in s["kriteria_gagal_terbanyak"]} == dict(failed.most_common(10))
    assert len(s["baris_pertama"]) == 20 and s["baris_pertama"][0]["baris"] == 2
    assert s["jumlah_baris_salah"] == sum(1 for r in results if not r.ok)
    assert "NO" in s["kolom_tidak_dikenal"]


def test_berkas_no_formula_injection(client: TestClient) -> None:
    evil = ("NIP,STATUS,GOL,PENDIDIKAN TERAKHIR,=cmd|'/c calc'!A1\n"
            "198608152004121005,PNS,=HYPERLINK(\"http://x\"),S-1,@SUM(1)\n"
            "198608152004121006,PNS,-5,S-1,+62812\n").encode()
    r = client.post(UPLOAD + "&format=csv", files={"berkas": ("e.csv", evil, "text/csv")})
    assert r.status_code == 200
    import csv

    cells = [c for row in csv.reader(io.StringIO(r.text)) for c in row]
    live = [c for c in cells if c.startswith(("=", "@", "+", "-", "\t", "\r")) and not c.lstrip("+-").isdigit()]
    assert live == []  # CSV: the leading-quote rule (a plain number such as +62812 or -5 is not a formula)
    assert "'=HYPERLINK(\"http://x\")" in cells and "'@SUM(1)" in cells
    x = client.post(UPLOAD + "&format=xlsx", files={"berkas": ("e.csv", evil, "text/csv")})
    with zipfile.ZipFile(io.BytesIO(x.content)) as z:
        sheets = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert sheets and not any(b"<f>" in s or b"<f " in s for s in sheets)  # .xlsx: text cells, never formulas
    values = [c for row in _read_xlsx(x.content) for c in row]
    assert '=HYPERLINK("http://x")' in values  # kept as text, as the user typed it


def test_berkas_zip_bomb_and_damaged_files(client: TestClient) -> None:
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"<" + b"a" * 50_000_000 + b">")
    tight = TestClient(create_app(Settings(max_unzipped=10_000_000)))
    body = _problem(tight.post(UPLOAD, files={"berkas": ("bomb.xlsx", bomb.getvalue(), "application/octet-stream")}), 413)
    assert body["type"].endswith("xlsx-too-large")
    _problem(client.post(UPLOAD, files={"berkas": ("bomb.xlsx", bomb.getvalue(), "application/octet-stream")}), 413)
    _problem(client.post(UPLOAD, files={"berkas": ("x.xlsx", b"not a zip", "application/octet-stream")}), 422, "berkas")
    good_zip = io.BytesIO()
    with zipfile.ZipFile(good_zip, "w") as z:
        z.writestr("hello.txt", "hi")
    _problem(client.post(UPLOAD, files={"berkas": ("x.xlsx", good_zip.getvalue(), "application/octet-stream")}), 422)
    _problem(client.post(UPLOAD, files={"berkas": ("x.pdf", b"%PDF", "application/pdf")}), 415, "berkas")
    _problem(client.post(UPLOAD, files={"catatan": (None, "tanpa berkas")}), 422, "berkas")
    _problem(client.post(UPLOAD, content=b"--x\r\n", headers={"content-type": "multipart/form-data"}), 400)
    few = TestClient(create_app(Settings(max_rows=10)))
    _problem(few.post(UPLOAD, files={"berkas": ("p.csv", _sample_bytes(), "text/csv")}), 413)
    _still_serving(client)


# --------------------------------------------------------------------------- deployment options

def test_api_key_optional() -> None:
    locked = TestClient(create_app(Settings(api_key="rahasia-123")))
    _problem(locked.post(BENDAHARA, json=PEGAWAI), 401, "X-API-Key")
    _problem(locked.post(BENDAHARA, json=PEGAWAI, headers={"X-API-Key": "salah"}), 401)
    assert locked.post(BENDAHARA, json=PEGAWAI, headers={"X-API-Key": "rahasia-123"}).status_code == 200
    assert locked.post(BENDAHARA, json=PEGAWAI, headers={"Authorization": "Bearer rahasia-123"}).status_code == 200
    assert locked.get("/health").status_code == 200 and locked.get("/").status_code == 200
    assert 'id="apikey"' in locked.get("/").text
    assert locked.get("/aturan").status_code == 401


def test_cors_off_unless_configured(client: TestClient) -> None:
    origin = {"Origin": "https://simpeg.example.go.id"}
    assert "access-control-allow-origin" not in client.get("/aturan", headers=origin).headers
    opened = TestClient(create_app(Settings(cors_origins=("https://simpeg.example.go.id",))))
    assert opened.get("/aturan", headers=origin).headers["access-control-allow-origin"] == origin["Origin"]


def test_settings_from_environment() -> None:
    s = Settings.from_env({"ASNRULES_MAX_UPLOAD": "1_000_000", "ASNRULES_MAX_ROWS": "500", "ASNRULES_TIMEOUT": "5",
                           "ASNRULES_API_KEY": "k", "ASNRULES_CORS_ORIGINS": "https://a.go.id, https://b.go.id"})
    assert (s.max_upload, s.max_rows, s.timeout, s.api_key) == (1_000_000, 500, 5.0, "k")
    assert s.cors_origins == ("https://a.go.id", "https://b.go.id")
    assert Settings.from_env({}) == Settings()
    from asnrules.core.errors import InvalidInput

    with pytest.raises(InvalidInput, match="ASNRULES_MAX_ROWS"):
        Settings.from_env({"ASNRULES_MAX_ROWS": "banyak"})
    with pytest.raises(InvalidInput, match="ASNRULES_TIMEOUT"):
        Settings.from_env({"ASNRULES_TIMEOUT": "-1"})


def test_access_log_has_no_personal_data(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="asnrules.server.access"):
        client.post(BENDAHARA, json=PEGAWAI)
        client.post(f"/periksa/{PEGAWAI['nip']}?tanggal=2025-07-01&nama=Contoh", json=PEGAWAI)
        client.post(UPLOAD, files={"berkas": ("p.csv", _sample_bytes(), "text/csv")})
    lines = [r.getMessage() for r in caplog.records if r.name == "asnrules.server.access"]
    assert len(lines) == 3
    entries = [json.loads(x) for x in lines]
    assert entries[0]["route"] == "/periksa/{nama}" and entries[0]["status"] == 200
    text = "\n".join(lines)
    for secret in (PEGAWAI["nip"], "Contoh", "197803061998011004", "Fajar", "tanggal="):
        assert secret not in text


def test_berkas_required_parameter_refused_up_front(client: TestClient) -> None:
    body = _problem(client.post("/berkas/bendahara?tanggal=2025-07-01",
                                files={"berkas": ("p.csv", b"NIP,STATUS\n198608152004121005,PNS\n", "text/csv")}),
                    422, "jenis")
    assert "jenis" in body["detail"]
    # a column of the file may supply it instead
    ok = client.post("/berkas/bendahara?tanggal=2025-07-01&format=json",
                     files={"berkas": ("p.csv", b"NIP,STATUS,JENIS BENDAHARA\n198608152004121005,PNS,pengeluaran\n",
                                       "text/csv")})
    assert ok.status_code == 200 and ok.json()["jumlah_baris"] == 1


def test_single_checks_reuse_plans_without_changing_results(client: TestClient) -> None:
    first = [client.post(BENDAHARA, json={**PEGAWAI, "golongan": g}).json() for g in ("II/a", "III/b", "II/a")]
    fresh = TestClient(create_app(Settings()))
    again = [fresh.post(BENDAHARA, json={**PEGAWAI, "golongan": g}).json() for g in ("II/a", "III/b", "II/a")]
    assert first == again and first[0] == first[2]


def test_berkas_uses_the_columnar_engine_and_falls_back_for_unreadable_lines(
        client: TestClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    frame = pytest.importorskip("asnrules.frame")
    calls: list[int] = []
    real = frame.evaluate

    def counting(df: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(df.height)
        return real(df, *args, **kwargs)

    monkeypatch.setattr(frame, "evaluate", counting)
    sample = _sample_bytes()
    r = client.post(UPLOAD + "&format=csv", files={"berkas": ("p.csv", sample, "text/csv")})
    assert calls == [50]  # one call for the whole table: each distinct combination checked once
    from asnrules.cli import main

    out = tmp_path / "cli.csv"
    assert main(["periksa", str(sample_path()), "--aturan", "bendahara", "-p", "jenis=pengeluaran", "--tanggal",
                 "2025-07-01", "-o", str(out), "-q"]) == 0
    assert r.content == out.read_bytes()  # the columnar path writes the CLI's file, byte for byte
    # a line the reader cannot make a row of (a 200 KB cell): the row engine, still the CLI's answer
    bad = sample + b"1,198608152004121005,Nama," + b"x" * 200_000 + b",PNS\n"
    (tmp_path / "bad.csv").write_bytes(bad)
    calls.clear()
    r2 = client.post(UPLOAD + "&format=csv", files={"berkas": ("p.csv", bad, "text/csv")})
    out2 = tmp_path / "cli2.csv"
    assert main(["periksa", str(tmp_path / "bad.csv"), "--aturan", "bendahara", "-p", "jenis=pengeluaran",
                 "--tanggal", "2025-07-01", "-o", str(out2), "-q"]) == 0
    assert r2.content == out2.read_bytes()
    assert calls == []  # the row engine read it


def test_berkas_json_lines_upload_same_as_cli(client: TestClient, tmp_path: Any) -> None:
    from asnrules.cli import main

    data = sample_path("pegawai_satker.jsonl").read_bytes()
    r = client.post(UPLOAD + "&format=csv", files={"berkas": ("p.jsonl", data, "application/octet-stream")})
    assert r.status_code == 200
    out = tmp_path / "cli.csv"
    assert main(["periksa", str(sample_path("pegawai_satker.jsonl")), "--aturan", "bendahara", "-p",
                 "jenis=pengeluaran", "--tanggal", "2025-07-01", "-o", str(out), "-q"]) == 0
    assert r.content == out.read_bytes()



def test_unpaired_surrogate_escapes_never_break_a_response() -> None:
    strict = TestClient(create_app(Settings()), raise_server_exceptions=False)
    for body in (b'{"status": "\\ud800"}', b'{"status": "PNS", "golongan": "\\udfff"}', b'{"\\ud800": 1}'):
        one = strict.post(BENDAHARA, content=body, headers={"content-type": "application/json"})
        assert one.status_code in (200, 422), one.text[:300]
        many = strict.post(BATCH, content=b"[" + body + b", " + json.dumps(PEGAWAI).encode() + b"]",
                           headers={"content-type": "application/json"})
        out = many.json()  # a complete JSON array: the bad record is one result, the next one is there
        assert many.status_code == 200 and len(out) == 2 and out[1]["hasil"] == "INCOMPLETE"
    _still_serving(strict)


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30) |
                     st.sampled_from(["PNS", "III/a", "2025-07-01", "ya", "12,5", ""]),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
                     max_leaves=20)
_KEYS = st.sampled_from(["status", "golongan", "tmt_golongan", "pendidikan", "tanggal_lahir", "nip", "jenis",
                         "surat_tugas", "sertifikat", "kinerja", "kinerja_2024", "jabatan", "hukuman_disiplin"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(record=st.dictionaries(_KEYS | st.text(max_size=10), _JSON, max_size=8), other=_JSON)
def test_no_json_body_gets_a_500(client: TestClient, record: dict[str, Any], other: Any) -> None:
    one = client.post(BENDAHARA, json=record)
    assert one.status_code in (200, 422), one.text[:300]
    many = client.post(BATCH, json=[record, other])
    assert many.status_code == 200 and len(many.json()) == 2
    alone = client.post(BENDAHARA, content=json.dumps(other), headers={"content-type": "application/json"})
    assert alone.status_code in (200, 422), alone.text[:300]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400) | st.text(max_size=400).map(lambda t: ("NIP,STATUS,GOL\n" + t).encode()),
       name=st.sampled_from(["p.csv", "p.xlsx", "p.jsonl"]), fmt=st.sampled_from(["json", "csv", "xlsx"]))
def test_no_upload_gets_a_500(client: TestClient, data: bytes, name: str, fmt: str) -> None:
    r = client.post(UPLOAD + f"&format={fmt}", files={"berkas": (name, data, "application/octet-stream")})
    assert r.status_code in (200, 413, 422), r.text[:300]


def test_unverified_values_are_flagged_structured(client: TestClient) -> None:
    from asnrules.batch import ATURAN

    if "konversi" not in ATURAN or not ATURAN["konversi"].tersedia:
        pytest.skip("the konversi rule (PermenPANRB 1/2023) is not in this installation")
    record = {"jenjang": "Ahli Madya", "predikat": "Baik", "bulan": "12"}
    (expected,) = run("konversi", [record])
    flags = getattr(expected.outcome, "belum_terverifikasi", ())
    body = client.post("/periksa/konversi", json=record).json()
    assert body["hasil"] == expected.status
    assert [f["kode"] for f in body["belum_terverifikasi"]] == [f.kode for f in flags]
    if flags:
        first = body["belum_terverifikasi"][0]
        assert first["kepastian"] == flags[0].kepastian.value and first["citation"]["regulasi"] == flags[0].citation.regulasi
        assert first["periksa"] == flags[0].periksa
