"""Security suite (issue 13): hostile and broken files, each built by the test itself (no binary blobs).

Every payload either gives each row its own result (INVALID naming the column where one cell is bad) or
is refused with one clear line before any work; nothing is expanded, nothing is executed, no input is
overwritten, and an interrupted run never leaves a file that looks complete.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from asnrules.batch import sample_path
from asnrules.batch.files import BadRow, FileRefused, read_rows

SAMPLE = Path(str(sample_path()))
A = ["--aturan", "bendahara", "-p", "jenis=pengeluaran", "--tanggal", "2025-07-01"]


def asnrules(*args: str, stdin: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "asnrules", *args], capture_output=True, text=True, input=stdin,
                          timeout=timeout)


def one_line(p: subprocess.CompletedProcess[str]) -> str:
    lines = [x for x in p.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "Traceback" not in p.stderr, p.stderr
    return lines[0]


SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def replace_member(src: Path, dst: Path, member: str, data: bytes, *, stored: bool = False) -> Path:
    """``src`` with ``member`` replaced by ``data`` (other members copied as they are)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != member:
                zout.writestr(info, zin.read(info.filename))
        zout.writestr(member, data, compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    return dst


def sheet_xml(cells: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{SHEET_NS}"><sheetData>'
            f"{cells}</sheetData></worksheet>").encode()


def xxe(tmp: Path, target: str = "/etc/passwd") -> Path:
    base = workbook(tmp / "base.xlsx", [["NAMA", "GOL"], ["A", "II/a"]])
    prolog = f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{target}">]>'
    cells = ('<row r="1"><c r="A1" t="inlineStr"><is><t>NAMA</t></is></c><c r="B1" t="inlineStr"><is><t>GOL</t></is></c>'
             '</row><row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c>'
             '<c r="B2" t="inlineStr"><is><t>II/a</t></is></c></row>')
    return replace_member(base, tmp / "xxe.xlsx", "xl/worksheets/sheet1.xml", sheet_xml(cells, prolog))


def billion_laughs(tmp: Path) -> Path:
    base = workbook(tmp / "base.xlsx", [["NAMA", "GOL"], ["A", "II/a"]])
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
    prolog = f"<!DOCTYPE lolz [{ents}]>"
    cells = ('<row r="1"><c r="A1" t="inlineStr"><is><t>NAMA</t></is></c><c r="B1" t="inlineStr"><is><t>GOL</t></is></c>'
             '</row><row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c>'
             '<c r="B2" t="inlineStr"><is><t>II/a</t></is></c></row>')
    return replace_member(base, tmp / "lol.xlsx", "xl/worksheets/sheet1.xml", sheet_xml(cells, prolog))


def zip_bomb(tmp: Path, megabytes: int = 64) -> Path:
    """One cell holding ``megabytes`` MB of one letter: the archive is ~0.1 % of that."""
    base = workbook(tmp / "base.xlsx", [["NAMA", "GOL"], ["A", "II/a"]])
    dst = tmp / "bomb.xlsx"
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                zout.writestr(info, zin.read(info.filename))
        with zout.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(f'<worksheet xmlns="{SHEET_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>NAMA</t></is>'
                     '</c><c r="B1" t="inlineStr"><is><t>GOL</t></is></c></row><row r="2">'
                     '<c r="A2" t="inlineStr"><is><t>'.encode())
            block = b"A" * (1 << 20)
            for _ in range(megabytes):
                fh.write(block)
            fh.write(b"</t></is></c></row></sheetData></worksheet>")
    return dst


def long_cell(tmp: Path, size: int = 200_000) -> Path:
    """A cell over 128 KiB that compresses normally (not a bomb by ratio): random-looking text."""
    import random

    rnd = random.Random(13)
    text = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(size))
    base = workbook(tmp / "base.xlsx", [["NAMA", "GOL"], ["A", "II/a"]])
    cells = ('<row r="1"><c r="A1" t="inlineStr"><is><t>NAMA</t></is></c><c r="B1" t="inlineStr"><is><t>GOL</t></is></c>'
             f'</row><row r="2"><c r="A2" t="inlineStr"><is><t>{text}</t></is></c>'
             '<c r="B2" t="inlineStr"><is><t>II/a</t></is></c></row>')
    return replace_member(base, tmp / "long.xlsx", "xl/worksheets/sheet1.xml", sheet_xml(cells))


# --------------------------------------------------------------------------- .xlsx: XML and zip

def test_xxe_is_refused_and_nothing_is_read_from_the_file_system(tmp_path: Path) -> None:
    secret = tmp_path / "rahasia.txt"
    secret.write_text("ROOT-SECRET", encoding="utf-8")
    f = xxe(tmp_path, str(secret))
    with pytest.raises(FileRefused, match="DOCTYPE"):
        read_rows(f, "xlsx")
    out = tmp_path / "o.csv"
    p = asnrules("periksa", str(f), *A, "-o", str(out))
    assert p.returncode == 1 and "ROOT-SECRET" not in p.stdout + p.stderr and not out.exists()
    assert "DOCTYPE" in one_line(p)


def test_billion_laughs_is_refused_before_any_expansion(tmp_path: Path) -> None:
    f = billion_laughs(tmp_path)
    started = time.perf_counter()
    with pytest.raises(FileRefused, match="ENTITY"):
        read_rows(f, "xlsx")
    assert time.perf_counter() - started >= 0  # (no timing assertion: see benchmarks/bench_io.py)


def test_zip_bomb_is_refused_from_the_directory(tmp_path: Path) -> None:
    f = zip_bomb(tmp_path, 64)
    assert f.stat().st_size < 1_000_000
    with pytest.raises(FileRefused, match="zip bomb"):
        read_rows(f, "xlsx")
    p = asnrules("periksa", str(f), *A, "-o", str(tmp_path / "o.csv"))
    assert p.returncode == 1 and "zip bomb" in one_line(p)


def test_a_cell_over_128_kib_in_xlsx_is_refused_before_calamine_reads_it(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="128 KiB"):
        read_rows(long_cell(tmp_path), "xlsx")


def test_a_lying_zip_directory_is_caught_by_the_crc(tmp_path: Path) -> None:
    base = workbook(tmp_path / "base.xlsx", [["NAMA", "GOL"], ["A", "II/a"]])
    raw = bytearray(base.read_bytes())
    # flip one byte inside the first member's compressed data: the CRC no longer matches
    with zipfile.ZipFile(base) as z:
        info = z.infolist()[0]
    offset = info.header_offset + 30 + len(info.filename) + len(info.extra) + 2
    raw[offset] ^= 0xFF
    bad = tmp_path / "crc.xlsx"
    bad.write_bytes(bytes(raw))
    with pytest.raises(FileRefused):
        read_rows(bad, "xlsx")


@pytest.mark.parametrize("name, content", [("json.xlsx", b'{"a": 1}\n'), ("text.xlsx", b"NAMA,GOL\nA,II/a\n"),
                                           ("json.csv", b'[{"a": 1}]'), ("zip.csv", b"PK\x03\x04" + b"\x00" * 64),
                                           ("bin.csv", bytes(range(256)) * 8)])
def test_content_not_matching_the_extension_is_refused_before_any_work(tmp_path: Path, name: str, content: bytes) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    out = tmp_path / "o.csv"
    p = asnrules("periksa", str(f), *A, "-o", str(out))
    assert p.returncode == 1 and not out.exists()
    assert "tidak dapat dibaca" in one_line(p)


# --------------------------------------------------------------------------- formula injection

INJECTIONS = ['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", "=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "\t=1", "\r=1"]


def _injection_csv(tmp_path: Path) -> Path:
    f = tmp_path / "in.csv"
    with f.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["NAMA", "STATUS", "GOL"])
        for text in INJECTIONS:
            w.writerow([text, "PNS", "II/a"])
    return f


def test_no_input_text_becomes_a_live_formula_in_xlsx_output(tmp_path: Path) -> None:
    out = tmp_path / "o.xlsx"
    p = asnrules("periksa", str(_injection_csv(tmp_path)), *A, "-o", str(out))
    assert p.returncode == 0, p.stderr
    with zipfile.ZipFile(out) as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml") and b"<f " not in z.read("xl/worksheets/sheet1.xml")
    ws = openpyxl.load_workbook(out).active
    names = [ws.cell(row=r, column=1) for r in range(2, 2 + len(INJECTIONS))]
    assert all(c.data_type == "s" for c in names)
    assert [c.value for c in names][:3] == INJECTIONS[:3]


def test_xlsx_input_holding_formula_text_stays_text(tmp_path: Path) -> None:
    src = tmp_path / "in.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NAMA", "STATUS", "GOL"])
    ws.append(["x", "PNS", "II/a"])
    ws["A2"].value = "=1+1"
    ws["A2"].data_type = "s"  # a text cell whose text starts with '='
    wb.save(src)
    out = tmp_path / "o.xlsx"
    assert asnrules("periksa", str(src), *A, "-o", str(out)).returncode == 0
    cell = openpyxl.load_workbook(out).active["A2"]
    assert cell.value == "=1+1" and cell.data_type == "s"


@pytest.mark.parametrize("extra", [[], ["--sep", ";"], ["--excel"]])
def test_csv_output_neutralises_every_dangerous_cell(tmp_path: Path, extra: list[str]) -> None:
    out = tmp_path / "o.csv"
    p = asnrules("periksa", str(_injection_csv(tmp_path)), *A, "-o", str(out), *extra)
    assert p.returncode == 0, p.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == ("--excel" in extra)
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines(True), delimiter=";" if "--sep" in extra else ","))
    assert len(rows) == len(INJECTIONS)
    assert [r["NAMA"] for r in rows] == ["'" + t for t in INJECTIONS]
    for r in rows:
        assert not any(v and v[0] in "=+@\t\r" for v in r.values())


def test_a_control_character_with_xlsx_output_gives_an_openable_file(tmp_path: Path) -> None:
    f = tmp_path / "in.csv"
    f.write_bytes(b"NAMA,STATUS,GOL\nA\x07\x1b,PNS,II/a\nB,PNS,II/b\n")
    out = tmp_path / "o.xlsx"
    assert asnrules("periksa", str(f), *A, "-o", str(out)).returncode == 0
    assert openpyxl.load_workbook(out).active.max_row == 3


# --------------------------------------------------------------------------- data loss

def test_output_through_a_symlink_to_the_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes(SAMPLE.read_bytes())
    link = tmp_path / "out.csv"
    link.symlink_to(src)
    p = asnrules("periksa", str(src), *A, "-o", str(link))
    assert p.returncode == 2 and "masukan" in one_line(p)
    assert src.read_bytes() == SAMPLE.read_bytes()


def test_output_that_is_a_hardlink_of_the_input_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes(SAMPLE.read_bytes())
    hard = tmp_path / "hard.csv"
    os.link(src, hard)
    p = asnrules("periksa", str(src), *A, "-o", str(hard))
    assert p.returncode == 2 and src.read_bytes() == SAMPLE.read_bytes()


def test_input_through_a_symlink_to_the_output_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_bytes(SAMPLE.read_bytes())
    link = tmp_path / "in.csv"
    link.symlink_to(out)
    assert asnrules("periksa", str(link), *A, "-o", str(out)).returncode == 2
    assert out.read_bytes() == SAMPLE.read_bytes()


@pytest.mark.parametrize("name", ["tidak_ada/hasil.xlsx", "tidak_ada/hasil.csv"])
def test_output_in_a_missing_folder_is_refused_before_the_run(tmp_path: Path, name: str) -> None:
    p = asnrules("periksa", str(SAMPLE), *A, "-o", str(tmp_path / name))
    assert p.returncode == 1 and "folder" in one_line(p)


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root may write anywhere")
def test_output_in_a_read_only_folder_is_refused(tmp_path: Path) -> None:  # pragma: no cover - not as root
    ro = tmp_path / "ro"
    ro.mkdir(mode=0o500)
    p = asnrules("periksa", str(SAMPLE), *A, "-o", str(ro / "o.csv"))
    assert p.returncode == 1 and "izin" in one_line(p)


def _big_jsonl(path: Path, copies: int) -> Path:
    """JSON lines (read by the streaming row engine, so rows are written while the run goes on)."""
    rows = [json.dumps(r, ensure_ascii=False) for r in csv.DictReader(SAMPLE.open(encoding="utf-8"))]
    body = "\n".join(rows) + "\n"
    with path.open("w", encoding="utf-8") as fh:
        for _ in range(copies):
            fh.write(body)
    return path


@pytest.mark.parametrize("sig, out_name", [(signal.SIGINT, "hasil.csv"), (signal.SIGTERM, "hasil.xlsx")])
def test_an_interrupted_run_exits_130_without_traceback_and_never_looks_complete(
        tmp_path: Path, sig: int, out_name: str) -> None:
    src = _big_jsonl(tmp_path / "besar.jsonl", 4000)  # 200,000 rows
    out = tmp_path / out_name
    out.write_text("hasil lama\n", encoding="utf-8")  # an older result must survive an interrupted run
    proc = subprocess.Popen([sys.executable, "-m", "asnrules", "periksa", str(src), *A, "-o", str(out), "-v"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    seen = []
    while line := proc.stderr.readline():  # -v off a terminal: a progress line every 50,000 rows
        seen.append(line)
        if "50,000" in line:
            break
    assert proc.poll() is None, "".join(seen)
    proc.send_signal(sig)
    _, rest = proc.communicate(timeout=120)
    err = "".join(seen) + rest
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "hasil lama\n"
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name not in ("besar.jsonl", out_name))
    assert leftovers in ([], [out_name + ".partial"]), leftovers
    if leftovers:
        assert (out_name + ".partial") in err


# --------------------------------------------------------------------------- broken cells: one row each

def test_bad_cells_in_csv_are_row_results_and_no_row_is_lost(tmp_path: Path) -> None:
    f = tmp_path / "in.csv"
    head = b"NAMA,STATUS,GOL\n" + b"A,PNS,II/a\n" * 7000  # > 64 KB (the sniffed block) of clean UTF-8 first
    f.write_bytes(head + b"Ma\x92ruf,PNS,II/a\n" + b"B,PNS," + b"x" * 140_000 + b"\nC,PNS,II/\x00b\nD,PNS,II/b\n")
    out = tmp_path / "o.csv"
    p = asnrules("periksa", str(f), *A, "-o", str(out))
    assert p.returncode == 0, p.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 7004 and [int(r["baris"]) for r in rows] == list(range(2, 7006))
    assert [r["hasil"] for r in rows[-4:-1]] == ["INVALID"] * 3 and rows[-1]["hasil"] != "INVALID"
    assert "NAMA" in rows[-4]["kesalahan"] and "128 KiB" in rows[-3]["kesalahan"] and "GOL" in rows[-2]["kesalahan"]


def test_bare_cr_csv_on_stdin(tmp_path: Path) -> None:
    data = "NAMA,STATUS,GOL,PENDIDIKAN\rA,PNS,II/a,SMA\rB,PNS,II/b,SMA\r"
    p = subprocess.run([sys.executable, "-m", "asnrules", "periksa", "-", "--format", "csv", *A],
                       capture_output=True, input=data.encode(), timeout=60)
    assert p.returncode == 0, p.stderr
    rows = list(csv.DictReader(p.stdout.decode().splitlines()))
    assert [r["NAMA"] for r in rows] == ["A", "B"]


def test_long_lived_jsonl_process_answers_blank_and_deep_lines_and_keeps_serving() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "asnrules", "periksa", "-", "--format", "jsonl", *A],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        answers = []
        requests = ['{"status": "PNS", "golongan": "II/b", "pendidikan": "SMA"}', "", "[" * 100_000 + "]" * 100_000,
                    '{"status": "PNS", "golongan": "II/a"}']
        for line in requests:  # one request, one answer: a client waits for each
            proc.stdin.write(line + "\n")
            proc.stdin.flush()
            answers.append(json.loads(proc.stdout.readline()))
        assert [a["baris"] for a in answers] == [1, 2, 3, 4]
        assert answers[1]["hasil"] == "INVALID" and "kosong" in json.dumps(answers[1], ensure_ascii=False)
        assert answers[2]["hasil"] == "INVALID" and answers[3]["hasil"] != "INVALID" or answers[3]["baris"] == 4
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
    assert proc.returncode == 0


@pytest.mark.parametrize("content", [b"", b"\n\n", b"NAMA,STATUS,GOL\n", b"\xef\xbb\xbfNAMA;GOL\r\n"])
@pytest.mark.parametrize("lang, expected", [("id", "0 baris — berkas kosong"), ("en", "0 rows — empty file")])
def test_empty_or_header_only_file_says_so_and_exits_0(tmp_path: Path, content: bytes, lang: str, expected: str) -> None:
    f = tmp_path / "kosong.csv"
    f.write_bytes(content)
    out = tmp_path / "o.csv"
    p = asnrules("periksa", str(f), *A, "-o", str(out), "--lang", lang)
    assert p.returncode == 0 and expected in one_line(p)
    assert out.exists()


def test_data_on_a_second_sheet_is_named_and_selectable(tmp_path: Path) -> None:
    f = tmp_path / "dua.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Petunjuk"
    wb.active["A1"] = "Isi lembar Data"
    ws = wb.create_sheet("Data")
    ws.append(["NAMA", "STATUS", "GOL"])
    ws.append(["A", "PNS", "II/a"])
    ws2 = wb.create_sheet("Arsip")
    ws2.append(["NAMA", "STATUS", "GOL"])
    ws2.append(["B", "PNS", "II/b"])
    ws2.append(["C", "PNS", "II/b"])
    wb.save(f)
    out = tmp_path / "o.csv"
    p = asnrules("periksa", str(f), *A, "-o", str(out))
    assert p.returncode == 0 and "'Data'" in p.stderr and "'Arsip'" in p.stderr and "--sheet" in p.stderr
    assert [r["NAMA"] for r in csv.DictReader(out.open(encoding="utf-8"))] == ["A"]
    assert asnrules("periksa", str(f), *A, "-o", str(out), "--sheet", "Arsip").returncode == 0
    assert [r["NAMA"] for r in csv.DictReader(out.open(encoding="utf-8"))] == ["B", "C"]
    assert asnrules("periksa", str(f), *A, "-o", str(out), "--sheet", "3").returncode == 0
    p = asnrules("periksa", str(f), *A, "-o", str(out), "--sheet", "Tidak")
    assert p.returncode == 2 and "Petunjuk" in one_line(p)


def test_formula_without_cached_value_is_flagged_on_its_row(tmp_path: Path) -> None:
    f = workbook(tmp_path / "rumus.xlsx", [["NAMA", "STATUS", "GOL"], ["A", "PNS", "=\"II/\"&\"a\""], ["B", "PNS", "II/b"]])
    out = tmp_path / "o.csv"
    assert asnrules("periksa", str(f), *A, "-o", str(out)).returncode == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["hasil"] == "INVALID" and "C2" in rows[0]["kesalahan"] and "GOL" in rows[0]["kesalahan"]
    assert rows[1]["hasil"] != "INVALID" or "C3" not in rows[1]["kesalahan"]
    assert isinstance(next(iter(read_rows(f, "xlsx")))[1], BadRow)


def test_xlsx_output_is_byte_identical_between_runs(tmp_path: Path) -> None:
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert asnrules("periksa", str(SAMPLE), *A, "-o", str(a)).returncode == 0
    time.sleep(1.1)  # a wall-clock timestamp would differ now
    assert asnrules("periksa", str(SAMPLE), *A, "-o", str(b)).returncode == 0
    assert a.read_bytes() == b.read_bytes()
