"""``asnrules periksa`` on files by the columnar engine (:mod:`asnrules.frame.files`): what is done
column-wise equals what ``RowWriter`` does per cell, and the command's output equals the row path's."""

from __future__ import annotations

import csv
import io
import random
import re
import subprocess
import sys
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pl = pytest.importorskip("polars")
pytest.importorskip("xlsxwriter")

from asnrules.batch import files  # noqa: E402
from asnrules.batch.output import neutralise  # noqa: E402
from asnrules.frame import files as ff  # noqa: E402

from .helpers import POOL  # noqa: E402

TEXT = st.text(alphabet=st.sampled_from(list("ab1 -=+@\t\r\n,;.\"'<>&_x0F\x01\x1fé\u00a0")), max_size=8)


@given(st.lists(st.one_of(st.none(), TEXT), max_size=12))
def test_neutral_kolom_sama_dengan_neutralise(values: list[str | None]) -> None:
    got = ff._neutral(pl.Series("v", values, dtype=pl.String)).to_list()
    assert got == [(neutralise(v) or None) if v is not None else None for v in values]


VALUE = st.one_of(st.none(), TEXT, st.integers(-2**63, 2**63 - 1), st.booleans(),
                  st.floats(allow_nan=False, allow_infinity=False), st.dates(date(1890, 1, 1), date(2100, 1, 1)),
                  st.datetimes(datetime(1899, 12, 1), datetime(2100, 1, 1)))


@given(st.data())
def test_kolom_csv_sama_dengan_sel_rowwriter(data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from([TEXT, st.integers(-2**63, 2**63 - 1), st.booleans(), st.dates(),
                                      st.floats(allow_nan=False, allow_infinity=False), VALUE]))
    values = data.draw(st.lists(st.one_of(st.none(), kind), max_size=10))
    s = files._series("v", values)
    got = ff._csv_column(s).to_list()
    want = []
    for v in values:
        cell = files._csv_cell(v)
        want.append((cell if isinstance(cell, str) else str(cell)) or None)
    assert got == want


def _sheet(path: Path | io.BytesIO) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml").decode("utf-8")


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


XLSX_TEXT = TEXT.filter(lambda t: not files.RICH_TEXT.fullmatch(t))
XLSX_VALUE = st.one_of(st.none(), XLSX_TEXT, st.integers(-2**63, 2**63 - 1), st.booleans(),
                       st.floats(allow_nan=False, allow_infinity=False), st.dates(date(1890, 1, 1), date(2100, 1, 1)),
                       st.datetimes(datetime(1899, 12, 1), datetime(2100, 1, 1)),
                       st.decimals(allow_nan=False, allow_infinity=False, places=2, max_value=10**6, min_value=-10**6))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_baris_xlsx_kolom_sama_dengan_rowwriter(tmp_path: Path, data: st.DataObject) -> None:
    """The rows built column-wise are the XML RowWriter writes for the same cells: with ``head`` = 0 every
    data row is built column-wise, with ``head`` ≥ n RowWriter writes them all; the sheets are equal."""
    n = data.draw(st.integers(1, 12))
    kinds = [st.one_of(st.none(), XLSX_TEXT), st.one_of(st.none(), st.integers(-2**63, 2**63 - 1)),
             st.one_of(st.none(), st.dates(date(1890, 1, 1), date(2100, 1, 1))),
             st.one_of(st.none(), st.datetimes(datetime(1899, 12, 1), datetime(2100, 1, 1))),
             st.one_of(st.none(), st.booleans()), st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False)),
             XLSX_VALUE]
    columns = {f"k{j}": data.draw(st.lists(kind, min_size=n, max_size=n)) for j, kind in enumerate(kinds)}
    cells = pl.DataFrame([files._series(name, values) for name, values in columns.items()])
    groups = data.draw(st.integers(1, 3))
    per_group = [data.draw(st.lists(XLSX_VALUE, min_size=groups, max_size=groups)) for _ in range(2)]
    gid = pl.Series([data.draw(st.integers(0, groups - 1)) for _ in range(n)], dtype=pl.UInt32)
    sources: list[tuple[str, Any]] = [("input", c) for c in columns] + [("hasil", v) for v in per_group] + [("baris", None)]
    checked = ff.Checked([*columns, "hasil", "alasan", "baris"], cells, pl.Series(range(2, n + 2)), gid, sources,
                         ["OK"] * groups)
    by_column, by_row = tmp_path / "kolom.xlsx", tmp_path / "baris.xlsx"
    ff.write_xlsx(checked, by_column, head=data.draw(st.integers(0, n - 1)))
    ff.write_xlsx(checked, by_row, head=n)
    widths = re.compile("<cols>.*</cols>")  # measured on the rows RowWriter wrote
    assert widths.sub("", _sheet(by_column)) == widths.sub("", _sheet(by_row))
    a, b = _members(by_column), _members(by_row)
    assert a.keys() == b.keys()
    assert all(a[k] == b[k] for k in a if k != "xl/worksheets/sheet1.xml")


def test_teks_seperti_xml_ditulis_sebagai_teks_di_kedua_jalur(tmp_path: Path) -> None:
    """xlsxwriter copies a text ``<r>…</r>`` into the sheet unescaped (constant-memory mode): an input
    cell could smuggle a formula into the output. Both paths write it as plain text."""
    openpyxl = pytest.importorskip("openpyxl")
    evil = '<r><t>1</t></r></is></c><c r="B2"><f>HYPERLINK("http://x","klik")</f></c><c r="C2" t="inlineStr"><is><r><t>x</t></r>'
    cells = pl.DataFrame({"nama": [evil, "biasa", evil]})
    checked = ff.Checked(["nama", "hasil"], cells, pl.Series([2, 3, 4]), pl.Series([0, 0, 0], dtype=pl.UInt32),
                         [("input", "nama"), ("hasil", [evil])], ["OK"])
    for head in (0, 1, 3):
        out = tmp_path / f"o{head}.xlsx"
        ff.write_xlsx(checked, out, head=head)
        assert "<f>" not in _sheet(out)
        ws = openpyxl.load_workbook(out).active
        assert [[c.value for c in r] for r in ws.iter_rows(min_row=2)] == [[evil, evil], ["biasa", evil], [evil, evil]]


# --------------------------------------------------------------------------- the command, end to end

def _periksa(args: list[str], stdin: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "asnrules", "periksa", *args]
    if stdin is None:
        return subprocess.run(command, check=True, capture_output=True, text=True)
    with open(stdin, "rb") as fh:
        return subprocess.run(command, check=True, stdin=fh, capture_output=True, text=True)


def _quoted_csv(path: Path, n: int, seed: int = 5) -> None:
    """A SIASN-like export with quoted cells (titles after a comma, quotes, separators), as Excel writes it."""
    rnd = random.Random(seed)
    heads = {"NIP BARU": "nip", "NAMA": "nama", "STATUS": "status", "GOL. RUANG": "golongan", "TMT GOL": "tmt_golongan",
             "PENDIDIKAN TERAKHIR": "pendidikan", "SURAT TUGAS": "surat_tugas", "BNT": "sertifikat",
             "BLOKIR": "diblokir", "UNIT": None}
    junk = ["", "=1+1", "-", "Budi, S.E.", 'kata "kutip"', "1,5", "@x", " spasi "]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(heads)
    for _ in range(n):
        w.writerow([rnd.choice(POOL.get(name or "", ["Satker A"])) if rnd.random() < 0.85 else rnd.choice(junk)
                    for name in heads.values()])
    path.write_text(buf.getvalue(), encoding="utf-8")


@pytest.mark.parametrize("extra", [[], ["--sep", ";"], ["--excel"], ["--lang", "en"]])
def test_csv_berkutip_lewat_jalur_kolom_sama_dengan_jalur_baris(tmp_path: Path, extra: list[str]) -> None:
    src = tmp_path / "ekspor.csv"
    _quoted_csv(src, 300)
    assert files._read_csv_columnar(src) is not None  # the columnar reader takes it
    common = ["--aturan", "bendahara", "-p", "jenis=pengeluaran", "--tanggal", "2025-07-01", "-q", *extra]
    _periksa([str(src), *common, "-o", str(tmp_path / "kolom.csv")])
    _periksa(["-", "--format", "csv", *common, "-o", str(tmp_path / "baris.csv")], stdin=src)
    assert (tmp_path / "kolom.csv").read_bytes() == (tmp_path / "baris.csv").read_bytes()


def test_xlsx_lebih_dari_baris_kepala_sama_dengan_jalur_baris(tmp_path: Path) -> None:
    """More rows than ``RowWriter`` writes itself: the rest is built column-wise; every member of the
    .xlsx (the sheet's XML uncompressed) equals the row path's."""
    src = tmp_path / "ekspor.csv"
    _quoted_csv(src, ff.XLSX_HEAD_ROWS + 250, seed=9)
    common = ["--aturan", "bendahara", "-p", "jenis=pengeluaran", "--tanggal", "2025-07-01", "-q"]
    _periksa([str(src), *common, "-o", str(tmp_path / "kolom.xlsx")])
    _periksa(["-", "--format", "csv", *common, "-o", str(tmp_path / "baris.xlsx")], stdin=src)
    assert _members(tmp_path / "kolom.xlsx") == _members(tmp_path / "baris.xlsx")


def test_ringkasan_dihitung_per_kelompok(tmp_path: Path) -> None:
    src = tmp_path / "ekspor.csv"
    _quoted_csv(src, 200, seed=2)
    common = ["--aturan", "bendahara", "-p", "jenis=pengeluaran", "--tanggal", "2025-07-01", "-v"]
    by_file = _periksa([str(src), *common, "-o", str(tmp_path / "a.csv")]).stderr
    by_stdin = _periksa(["-", "--format", "csv", *common, "-o", str(tmp_path / "a.csv")], stdin=src).stderr
    assert by_file.splitlines()[-8:] == [x for x in by_stdin.splitlines() if not x.strip().endswith("/s)")][-8:]
    assert "200" in by_file


def test_csv_check_decimal_kolom_bukan_teks() -> None:
    assert ff._text_cell(Decimal("12.50")) == "12.50" and ff._text_cell("") is None and ff._text_cell(None) is None


def _batched_equals_stdin(tmp_path: Path, src: Path, common: list[str], batch: int, monkeypatch: Any) -> None:
    """The command in-process with batches of ``batch`` rows, against the same file by stdin (row path)."""
    from asnrules import cli

    monkeypatch.setattr(cli, "_BATCH_KOLOM", batch)
    assert cli.main(["periksa", str(src), *common, "-o", str(tmp_path / "kolom.csv")]) == 0
    _periksa(["-", "--format", "csv", *common, "-o", str(tmp_path / "baris.csv")], stdin=src)
    assert (tmp_path / "kolom.csv").read_bytes() == (tmp_path / "baris.csv").read_bytes()


def test_batch_kolom_yang_ditolak_di_tengah_jalan_dibaca_ulang_per_baris(tmp_path: Path, monkeypatch: Any) -> None:
    """A NUL far into a CSV: the columnar batches stop, nothing is left behind, the row path writes the
    file — the same bytes as by stdin."""
    src = tmp_path / "ekspor.csv"
    _quoted_csv(src, 40, seed=4)
    with open(src, "ab") as fh:
        fh.write(b"198608152004121005,Na\x00ma,PNS,III/a,01-04-2017,SMA,ya,tidak ada,tidak,x\n")
    common = ["--aturan", "bendahara", "-p", "jenis=pengeluaran", "--tanggal", "2025-07-01", "-q"]
    _batched_equals_stdin(tmp_path, src, common, 8, monkeypatch)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baris.csv", "ekspor.csv", "kolom.csv"]


def test_csv_dalam_batch_sama_dengan_jalur_baris(tmp_path: Path, monkeypatch: Any) -> None:
    src = tmp_path / "ekspor.csv"
    _quoted_csv(src, 100, seed=8)
    _batched_equals_stdin(tmp_path, src, ["--aturan", "inpassing", "--tanggal", "2025-07-01", "-q"], 7, monkeypatch)


def test_xlsx_lebih_panjang_dari_lembar_excel_ditolak_tanpa_membuang_baris(tmp_path: Path, monkeypatch: Any) -> None:
    """More rows than an .xlsx sheet holds: refused with a clear message on both paths (xlsxwriter would
    silently drop the rows beyond the limit); no output file is left looking complete."""
    from asnrules import cli

    monkeypatch.setattr(files, "XLSX_MAX_ROWS", 5)
    src = tmp_path / "ekspor.csv"
    _quoted_csv(src, 9)
    common = ["--aturan", "bendahara", "-p", "jenis=pengeluaran", "--tanggal", "2025-07-01", "-q"]
    assert cli.main(["periksa", str(src), *common, "-o", str(tmp_path / "kolom.xlsx")]) == 1
    assert not (tmp_path / "kolom.xlsx").exists()
    with pytest.raises(files.FileRefused, match="1.048.575|5"):
        with files.open_writer("xlsx", tmp_path / "baris.xlsx") as w:
            w.set_columns(["a"])
            for i in range(9):
                w.write_values([i])
    assert not (tmp_path / "baris.xlsx").exists()


def _xlsx_input(path: Path) -> None:
    """A workbook as offices send them: a title row, a blank row, mixed types in a column, a number NIP,
    Excel dates and datetimes, text that looks like a formula, a formula without a cached value, a second
    sheet with data."""
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Daftar pegawai satker X"])
    ws.append([])
    ws.append(["NIP BARU", "NAMA", "STATUS", "GOL. RUANG", "TMT GOL", "PENDIDIKAN TERAKHIR", "SURAT TUGAS", "BNT",
               "BLOKIR", "NILAI"])
    ws.append(["198608152004121005", "Budi, S.E.", "PNS", "III/a", date(2017, 4, 1), "SMA", True, "tidak ada", False, 1.5])
    ws.append([198608152004121005, "=1+1", "PNS", "II/b", datetime(2017, 4, 1, 10, 0), "S-1 Akuntansi", "ya",
               "tidak ada", "tidak", 2])
    ws.append([None] * 10)
    ws.append(["198608152004121005", "Siti", "PNS", "III/b", "01-04-2017", "D-III", "ya", "tidak ada", "tidak", "x"])
    ws["B5"].data_type = "s"  # text, not a formula
    ws["J7"] = "=SUM(1,2)"
    other = wb.create_sheet("Lain")
    other.append(["a", "b"])
    other.append([1, 2])
    wb.save(path)


@pytest.mark.parametrize("out_name", ["hasil.csv", "hasil.xlsx"])
def test_xlsx_masukan_lewat_jalur_kolom_sama_dengan_jalur_baris(tmp_path: Path, out_name: str, monkeypatch: Any,
                                                                capsys: Any) -> None:
    """An .xlsx input through the columnar path and through the row path (the columnar path declined):
    the same output, the same messages."""
    from asnrules import cli

    src = tmp_path / "pegawai.xlsx"
    _xlsx_input(src)
    common = ["--aturan", "bendahara", "-p", "jenis=pengeluaran", "--tanggal", "2025-07-01", "-v"]
    (tmp_path / "kolom").mkdir()
    (tmp_path / "baris").mkdir()
    assert cli.main(["periksa", str(src), *common, "-o", str(tmp_path / "kolom" / out_name)]) == 0
    by_column = capsys.readouterr().err
    monkeypatch.setattr(cli, "_periksa_table", lambda *args, **kwargs: None)
    assert cli.main(["periksa", str(src), *common, "-o", str(tmp_path / "baris" / out_name)]) == 0
    by_row = capsys.readouterr().err
    assert by_column.replace("kolom", "baris") == by_row
    if out_name.endswith(".csv"):
        text = (tmp_path / "kolom" / out_name).read_bytes()
        assert text == (tmp_path / "baris" / out_name).read_bytes()
        assert b"rumus tanpa nilai" in text and b"'=1+1" in text  # the formula row is a row error; text stays text
    else:
        assert _members(tmp_path / "kolom" / out_name) == _members(tmp_path / "baris" / out_name)


@pytest.mark.parametrize("n, ok", [(5, True), (6, False)])
def test_batas_baris_xlsx_di_kedua_sisi(tmp_path: Path, monkeypatch: Any, n: int, ok: bool) -> None:
    """Exactly as many data rows as a sheet holds are written; one more is refused (both writers)."""
    monkeypatch.setattr(files, "XLSX_MAX_ROWS", 5)
    cells = pl.DataFrame({"a": list(range(n))})
    checked = ff.Checked(["a"], cells, pl.Series(range(2, n + 2)), pl.Series([0] * n, dtype=pl.UInt32),
                         [("input", "a")], ["OK"])
    for head in (0, n):
        out = tmp_path / f"o{head}.xlsx"
        if ok:
            ff.write_xlsx(checked, out, head=head)
            assert f'<dimension ref="A1:A{n + 1}"/>' in _sheet(out)
        else:
            with pytest.raises(files.FileRefused):
                ff.write_xlsx(checked, out, head=head)
            assert not out.exists()


@pytest.mark.parametrize("size", [16_383, 16_384, 32_767, 32_768, 40_000])
def test_teks_panjang_xlsx_sama_di_kedua_jalur(tmp_path: Path, size: int) -> None:
    """Long text around the column-wise limit (16,383 bytes) and Excel's cell limit (32,767 UTF-16
    units, where xlsxwriter truncates): the column-wise rows equal RowWriter's."""
    text = ("é" * size)[:size]
    cells = pl.DataFrame({"a": [text, "x" * size]})
    checked = ff.Checked(["a"], cells, pl.Series([2, 3]), pl.Series([0, 0], dtype=pl.UInt32), [("input", "a")], ["OK"])
    ff.write_xlsx(checked, tmp_path / "k.xlsx", head=0)
    ff.write_xlsx(checked, tmp_path / "b.xlsx", head=2)
    widths = re.compile("<cols>.*</cols>")
    assert widths.sub("", _sheet(tmp_path / "k.xlsx")) == widths.sub("", _sheet(tmp_path / "b.xlsx"))


def test_csv_ke_stdout_tidak_pernah_ditulis_dua_kali(tmp_path: Path, monkeypatch: Any, capsysbinary: Any) -> None:
    """To standard output a file whose late record needs the row reader is written once, whole — the
    same bytes as the row path (batches that could be declined after writing are not used there)."""
    from asnrules import cli

    src = tmp_path / "ekspor.csv"
    _quoted_csv(src, 40, seed=4)
    with open(src, "ab") as fh:
        fh.write(b"198608152004121005,Na\x00ma,PNS,III/a,01-04-2017,SMA,ya,tidak ada,tidak,x\n")
    common = ["--aturan", "bendahara", "-p", "jenis=pengeluaran", "--tanggal", "2025-07-01", "-q"]
    monkeypatch.setattr(cli, "_BATCH_KOLOM", 8)
    assert cli.main(["periksa", str(src), *common]) == 0
    by_file = capsysbinary.readouterr().out
    _periksa(["-", "--format", "csv", *common, "-o", str(tmp_path / "baris.csv")], stdin=src)
    assert by_file == (tmp_path / "baris.csv").read_bytes()
