"""The columnar CSV reader (polars) gives exactly the row reader's table, or declines (issue 14).

``read_table`` of a CSV file takes polars' reader when both readers must agree; the row reader
(``read_rows``) is the reference. Random files of separators, quotes, line ends, blanks, BOMs, non-UTF-8
bytes and NULs: the fast table equals the table built from ``read_rows`` whenever the fast path is taken."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pl = pytest.importorskip("polars")

from asnrules.batch import files  # noqa: E402


def _slow(path: Path) -> object:
    return files.table_of_rows(files.read_rows(path, "csv"))


def _same(path: Path) -> bool:
    """True when the fast path was taken (and then it equals the row reader's table)."""
    try:
        fast = files._read_csv_columnar(path)
    except files.FileRefused:  # refused before any row: the row reader refuses it too
        with pytest.raises(files.FileRefused):
            _slow(path)
        return False
    if fast is None:
        return False
    slow = _slow(path)
    assert fast.columns == slow.columns
    assert fast.to_dicts() == slow.to_dicts()
    return True


CELL = st.text(alphabet=st.sampled_from(list('ab1 ,;"-=\r\n\t\x00é')), max_size=6)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELL, min_size=0, max_size=4), min_size=0, max_size=6),
       end=st.sampled_from(["\n", "\r\n", "\r"]), bom=st.booleans(), final=st.booleans(),
       tail=st.sampled_from([b"", b"\xff", b"\xe9t\xe9", b"\xed\xa0\x80"]))
def test_sama_dengan_pembaca_baris(tmp_path: Path, rows: list[list[str]], end: str, bom: bool, final: bool,
                                   tail: bytes) -> None:
    text = "nip,nama,golongan" + end + end.join(",".join(r) for r in rows) + (end if final else "")
    data = ("\ufeff" if bom else "").encode() + text.encode("utf-8") + tail
    path = tmp_path / "a.csv"
    path.write_bytes(data)
    _same(path)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(st.text(alphabet=st.sampled_from(list("ab1 -é")), max_size=5), min_size=3, max_size=3),
                     min_size=1, max_size=8))
def test_berkas_biasa_lewat_jalur_kolom(tmp_path: Path, rows: list[list[str]]) -> None:
    """Plain files (blank records included) take the fast path and agree."""
    text = "nip,nama,golongan\n" + "\n".join(",".join(r) for r in rows) + "\n"
    path = tmp_path / "b.csv"
    path.write_text(text, encoding="utf-8")
    assert _same(path)


@pytest.mark.parametrize("data", [b'a,b\n",",""""1"\n', b'a,b\nab"c,2\n', b'a,b\n"x" ,2\n', b'a,b\n "x",2\n',
                                  b'a,b\n"x""y,2\n', b'a;b\n"x";"y"z\n', b'a,b\n1,2\n"x\x1f",2\n'])
def test_kutip_yang_tidak_rapi_lewat_pembaca_baris(tmp_path: Path, data: bytes) -> None:
    """Malformed quoting (or a 0x1F byte beside quotes): the row reader reads the file."""
    path = tmp_path / "q.csv"
    path.write_bytes(data)
    assert files._read_csv_columnar(path) is None
    assert files.read_table(path, "csv").to_dicts() == _slow(path).to_dicts()


@pytest.mark.parametrize("data", [b'a,b\n"x, y",2\n', b'a,b\n"",""\n"say ""hi""",3\n', b'a;b\r\n"x;y";"1,5"\r\n',
                                  b'"a","b"\n"1",\n'])
def test_kutip_yang_rapi_lewat_jalur_kolom(tmp_path: Path, data: bytes) -> None:
    """Well-formed quoting (as Excel and csv.writer write it): the columnar path, the same cells."""
    path = tmp_path / "q.csv"
    path.write_bytes(data)
    assert _same(path)


QUOTED_CELL = st.text(alphabet=st.sampled_from(list('ab1 ,;"-=é')), max_size=6)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(QUOTED_CELL, min_size=3, max_size=3), min_size=1, max_size=8),
       quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]), sep=st.sampled_from([",", ";"]),
       end=st.sampled_from(["\n", "\r\n"]))
def test_berkas_csv_writer_lewat_jalur_kolom(tmp_path: Path, rows: list[list[str]], quoting: int, sep: str,
                                             end: str) -> None:
    """Whatever csv.writer writes (cells with separators and quotes, every quoting style) takes the fast
    path and reads as the row reader reads it."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, quoting=quoting, lineterminator=end)
    w.writerow(["nip", "nama", "golongan"])
    w.writerows(rows)
    path = tmp_path / "w.csv"
    path.write_bytes(buf.getvalue().encode("utf-8"))
    assert _same(path)


@pytest.mark.parametrize(("data", "why"), [
    (b"a,b\n1,2,3\n", "more cells than headings: _kolom_lebih"),
    (b'a,b\n"x\ny",2\n', "a quoted line break: one record on two lines"),
    (b"a,b\r1,2\r", "bare CR line ends"),
    (b"a,b\n1,\xff\n", "a byte that is not UTF-8"),
    (b"a,b\n1,\x002\n", "a NUL byte"),
    (b"\na,b\n1,2\n", "the heading is not on line 1"),
    (b'"a\nb",c\n1,2\n', "a quoted heading"),
    (b'a,b\n",",""""1"\n', "malformed quoting"),
    ("a,b\n1,2\n".encode("cp1252"), None),
])
def test_menolak_yang_hanya_pembaca_baris_baca_sama(tmp_path: Path, data: bytes, why: str | None) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(data)
    if why is None:  # plain ASCII is UTF-8 too: taken
        assert _same(path)
    else:
        assert files._read_csv_columnar(path) is None, why
        assert files.read_table(path, "csv").to_dicts() == _slow(path).to_dicts()


def test_sel_terlalu_panjang_tetap_per_baris(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("a,b\n1," + "x" * (files.MAX_CELL + 1) + "\n2,3\n", encoding="utf-8")
    assert files._read_csv_columnar(path) is None
    table = files.read_table(path, "csv")
    assert table.get_column(files.ERROR_COLUMN).to_list()[0] is not None
    assert table.get_column(files.LINE_COLUMN).to_list() == [2, 3]


def test_baris_kosong_dilewati_nomor_baris_tetap(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_text("nip,nama\n1,a\n\n , \n2,b\n", encoding="utf-8")
    table = files._read_csv_columnar(path)
    assert table is not None
    assert table.get_column(files.LINE_COLUMN).to_list() == [2, 5]
    assert table.get_column("nama").to_list() == ["a", "b"]


def test_batas_panjang_sel_kedua_sisi(tmp_path: Path) -> None:
    """Just under the cell limit: the fast path, equal to the row reader; at the limit: the row reader."""
    short = tmp_path / "f.csv"
    short.write_text("a,b\n1," + "x" * (files.MAX_CELL - 2) + "\n", encoding="utf-8")
    assert _same(short)
    at = tmp_path / "g.csv"
    at.write_text("a,b\n1," + "x" * (files.MAX_CELL - 1) + "\n", encoding="utf-8")
    assert files._read_csv_columnar(at) is None
    assert files.read_table(at, "csv").to_dicts() == _slow(at).to_dicts()


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(st.text(alphabet=st.sampled_from(list('ab1 ,"-é')), max_size=4), min_size=3, max_size=3),
                     min_size=0, max_size=12), size=st.integers(1, 5))
def test_batch_sama_dengan_seluruh_berkas(tmp_path: Path, rows: list[list[str]], size: int) -> None:
    """read_csv_batches: the batches, one after another, are the whole-file table (lines included)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["nip", "nama", "golongan"])
    w.writerows(rows)
    path = tmp_path / "c.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    whole = files._read_csv_columnar(path)
    batches = files.read_csv_batches(path, size)
    assert (whole is None) == (batches is None)
    if whole is None or batches is None:
        return
    parts = list(batches)
    assert all(p is not None for p in parts)
    got = [r for p in parts if p is not None for r in p.to_dicts()]
    assert got == whole.to_dicts()


def test_batch_yang_tidak_bisa_dibaca_kolom_diakhiri_none(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(b"a,b\n" + b"1,2\n" * 10 + b"3,\x00\n")
    batches = files.read_csv_batches(path, 4)
    assert batches is not None
    parts = list(batches)
    assert parts[-1] is None and all(p is not None for p in parts[:-1])
