"""Equivalence is the contract: frame.run gives the row engine's results, row for row, for every rule."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asnrules import frame
from asnrules.batch import aturan, sample_path
from asnrules.core.errors import InvalidInput

from .helpers import FRAME_SPECIAL, ON, PANDAS_SPECIAL, RULES, assert_same, expected, frames, params_for


@pytest.mark.parametrize("nama", RULES)
@settings(max_examples=25)
@given(data=st.data())
def test_polars_text_frames_equal_the_row_engine_for_every_rule(nama: str, data: st.DataObject) -> None:
    a = aturan(nama)
    columns, rows = data.draw(frames(a, FRAME_SPECIAL))
    df = pl.DataFrame({h: [r[h] for r in rows] for h in columns}, schema={h: pl.String for h in columns})
    params = params_for(a)
    out = frame.run(df, a, on=ON, **params)
    assert_same(out, columns, expected(a, df.rows(named=True), params))


@pytest.mark.parametrize("nama", RULES)
@settings(max_examples=25)
@given(data=st.data())
def test_pandas_frames_with_nan_na_nat_numpy_scalars_and_mixed_types_equal_the_row_engine(
        nama: str, data: st.DataObject) -> None:
    a = aturan(nama)
    columns, rows = data.draw(frames(a, PANDAS_SPECIAL + FRAME_SPECIAL))
    pdf = pd.DataFrame({h: pd.Series([r[h] for r in rows], dtype=object) for h in columns}, columns=columns)
    params = params_for(a)
    out = frame.run(pdf, a, on=ON, **params)
    assert_same(out, columns, expected(a, rows, params))  # the very cell objects put in the DataFrame
    assert out.to_pandas().shape == (len(rows), out.width)


def test_typed_pandas_columns_float_int_datetime_bool_equal_the_row_engine() -> None:
    pdf = pd.DataFrame({
        "STATUS": ["PNS", "PNS", None, "PNS"],
        "NIP": ["198608152004121005", None, "197001012000031002", "198608152004121005"],
        "GOL": pd.Series(["III/a", "II/b", "III/a", "II/a"], dtype="category"),
        "TMT GOL": pd.to_datetime(["2017-04-01", None, "2020-01-01", "2017-04-01"]),
        "PENDIDIKAN TERAKHIR": ["S-1 Akuntansi", "SMA", "S-2", np.nan],
        "SURAT TUGAS": [True, False, True, None],
        "PENGALAMAN PK APBN (BULAN)": [24.0, np.nan, 3.0, 12.5],
        "SKP 2024": pd.array(["Baik", pd.NA, "Sangat Baik", "Baik"], dtype="string"),
    })
    for nama, params in (("bendahara", {"jenis": "pengeluaran"}), ("inpassing", {}), ("perpindahan", {"jenjang_tujuan": "Ahli Muda"})):
        out = frame.run(pdf, nama, on=ON, **params)
        assert_same(out, list(pdf.columns), expected(aturan(nama), pdf.to_dict("records"), params))


def test_result_types_and_pandas_round_trip() -> None:
    df = pl.read_csv(str(sample_path()), infer_schema=False)
    out = frame.run(df, "inpassing", on=ON)
    assert out.schema["hasil"] == pl.Enum(frame.HASIL)
    assert isinstance(out.schema["angka_kredit"], pl.Decimal)
    assert out.columns[: df.width] == df.columns and out.height == df.height
    assert out.get_column("baris").to_list() == list(range(1, df.height + 1))
    ak = [v for v in out.get_column("angka_kredit").to_list() if v is not None]
    assert ak and all(isinstance(v, Decimal) for v in ak)
    back = pl.from_pandas(out.to_pandas())
    assert back.get_column("hasil").cast(pl.String).to_list() == out.get_column("hasil").cast(pl.String).to_list()
    assert back.get_column("angka_kredit").to_list() == out.get_column("angka_kredit").to_list()
    ben = frame.run(df, "bendahara", on=ON, jenis="pengeluaran")
    assert ben.schema["kriteria_gagal"] == pl.List(pl.String) and ben.schema["saran"] == pl.List(pl.String)
    pd_ben = ben.to_pandas()
    assert list(pd_ben["kriteria_gagal"].iloc[2]) == ben.get_column("kriteria_gagal")[2].to_list()
    dates = frame.run(df, "batas_usulan_perpindahan", on=ON, jenjang_tujuan="Ahli Muda")
    assert dates.schema["nilai"] == pl.Date


def test_every_input_kind_gives_the_same_result() -> None:
    df = pl.read_csv(str(sample_path()), infer_schema=False)
    want = frame.run(df, "bendahara", on=ON, jenis="pengeluaran")
    for data in (df.lazy(), df.to_arrow(), df.to_pandas()):
        assert frame.run(data, "bendahara", on=ON, jenis="pengeluaran").equals(want)


def test_parquet_path(tmp_path: Any) -> None:
    df = pl.read_csv(str(sample_path()), infer_schema=False)
    path = tmp_path / "pegawai.parquet"
    df.write_parquet(path)
    assert frame.run(str(path), "bendahara", on=ON, jenis="pengeluaran").equals(
        frame.run(df, "bendahara", on=ON, jenis="pengeluaran"))


def test_rows_keep_order_and_numbers_nothing_dropped_or_duplicated() -> None:
    df = pl.read_csv(str(sample_path()), infer_schema=False)
    big = pl.concat([df] * 7).with_row_index("urut")
    out = frame.run(big, "bendahara", on=ON, jenis="pengeluaran", start=10)
    assert out.get_column("urut").to_list() == list(range(big.height))
    assert out.get_column("baris").to_list() == list(range(10, 10 + big.height))
    assert_same(out.drop("urut"), df.columns, expected(aturan("bendahara"), big.drop("urut").rows(named=True),
                                                       {"jenis": "pengeluaran"}, start=10))


def test_empty_frame_and_frame_without_mapped_columns() -> None:
    empty = pl.DataFrame({"STATUS": pl.Series([], dtype=pl.String)})
    out = frame.run(empty, "bendahara", on=ON, jenis="pengeluaran")
    assert out.height == 0 and "hasil" in out.columns
    other = pl.DataFrame({"X": ["a", "b"]})
    out = frame.run(other, "bendahara", on=ON, jenis="pengeluaran")
    assert_same(out, ["X"], expected(aturan("bendahara"), other.rows(named=True), {"jenis": "pengeluaran"}))


def test_bad_run_wide_arguments_raise_before_any_work() -> None:
    df = pl.DataFrame({"STATUS": ["PNS"]})
    with pytest.raises(InvalidInput):
        frame.run(df, "bendahara", on=ON, jenis="pengeluaran", bukan_parameter=1)
    with pytest.raises(InvalidInput):
        frame.run(df, "tidak_ada", on=ON)
    with pytest.raises(InvalidInput):
        frame.run(df, "bendahara", on=None, jenis="pengeluaran")


def test_english_texts() -> None:
    df = pl.read_csv(str(sample_path()), infer_schema=False)
    out = frame.run(df, "bendahara", on=ON, lang="en", jenis="pengeluaran")
    assert_same(out, df.columns, expected(aturan("bendahara"), df.rows(named=True), {"jenis": "pengeluaran"}, "en"))


def test_import_asnrules_and_a_single_check_do_not_import_polars() -> None:
    code = ("import sys, asnrules\n"
            "from datetime import date\n"
            "from asnrules import JenisBendahara, Pegawai\n"
            "from asnrules.eligibility.bendahara import check_bendahara\n"
            "p = Pegawai(status='PNS', golongan='II/b', pendidikan='SMA')\n"
            "check_bendahara(p, JenisBendahara.PENGELUARAN, on=date(2025, 7, 1), surat_tugas=True)\n"
            "import asnrules.batch\n"
            "assert 'polars' not in sys.modules, 'polars imported'\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_stream_of_a_csv_equals_run_on_the_whole_file(tmp_path: Any) -> None:
    df = pl.read_csv(str(sample_path()), infer_schema=False)
    path = tmp_path / "besar.csv"
    text = pl.concat([df] * 5).write_csv()
    path.write_bytes(b"\xef\xbb\xbf" + text.replace(",", ";").encode())  # BOM and ';' as Excel writes them
    parts = list(frame.stream(str(path), "bendahara", on=ON, batch_size=60, jenis="pengeluaran"))
    assert len(parts) > 1
    got = pl.concat(parts)
    want = frame.run(str(path), "bendahara", on=ON, jenis="pengeluaran")
    assert got.equals(want)


def test_run_rows_is_the_row_engine_interface(tmp_path: Any) -> None:
    from asnrules.batch import run as batch_run
    from asnrules.batch.files import read_rows

    path = tmp_path / "rusak.jsonl"
    path.write_text('{"status": "PNS", "golongan": "II/b"}\nnot json\n{"status": "CPNS", "nip": "1,9E+17"}\n[1]\n')
    for source, fmt in ((str(sample_path()), "csv"), (str(path), "jsonl")):
        want = [(r.row, r.input, r.columns()) for r in batch_run("bendahara", read_rows(source, fmt), on=ON, jenis="pengeluaran")]
        got = [(r.row, r.input, r.columns()) for r in frame.run_rows("bendahara", read_rows(source, fmt), on=ON, chunk=7,
                                                                     jenis="pengeluaran")]
        assert got == want


@pytest.mark.parametrize("kind", ["kutip", "kutip_rusak", "nul_di_tengah", "cp1252"])
def test_stream_equals_run_whatever_reader_the_file_needs(tmp_path: Any, kind: str) -> None:
    """frame.stream: the columnar batches, the row reader from the start, or the row reader from the
    first record the columnar reader cannot take — always run() on the whole file, row for row."""
    df = pl.read_csv(str(sample_path()), infer_schema=False)
    text = pl.concat([df] * 4).write_csv()
    body = text.encode()
    if kind == "kutip":
        body = body.replace(b",PNS,", b',"PNS",', 7)
    elif kind == "kutip_rusak":
        body += b'198608152004121005,x"y,PNS\n'
    elif kind == "nul_di_tengah":
        body += b"198608152004121005,Na\x00ma,PNS\n" + text.split("\n", 1)[1].encode()
    else:
        body = (text + "198608152004121005,Sé,PNS\n").encode("cp1252")
    path = tmp_path / "pegawai.csv"
    path.write_bytes(body)
    parts = list(frame.stream(str(path), "bendahara", on=ON, batch_size=37, jenis="pengeluaran"))
    assert len(parts) > 1
    got = pl.concat(parts, how="diagonal_relaxed")
    want = frame.run(str(path), "bendahara", on=ON, jenis="pengeluaran")
    assert got.select(want.columns).to_dicts() == want.to_dicts()
