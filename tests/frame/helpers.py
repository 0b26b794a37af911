"""Shared by the columnar-engine tests: cell pools, frame strategies and the row-for-row comparison."""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
from hypothesis import strategies as st

from asnrules.batch import Aturan, daftar_aturan
from asnrules.batch import run as batch_run
from asnrules.batch.columns import _TABLE
from asnrules.frame import KOLOM_DAFTAR

ON = date(2025, 7, 1)
RULES = [a.nama for a in daftar_aturan()]

NIPS = ["198608152004121005", "19860815 200412 1 005", "197001012000031002", "196601012000012001",
        "199912312024011001", "1,98705E+17", "19860815200412100", "198608152004121000", "198613152004121005",
        "198608152004131005", "198608152004123005", "198608152004121005.0", "abc", "200001012010011001"]
POOL: dict[str, list[Any]] = {
    "status": ["PNS", "CPNS", "PPPK", "TNI", "POLRI", "pns", "Honorer"],
    "nip": NIPS, "nip_nrp": NIPS + ["31050123"], "nrp": ["31050123", "80010101"],
    "nama": ["Siti Aminah", "Budi", "  ", "=1+1"],
    "pangkat": ["II/b", "III/a", "Penata Muda, III/a", "Sertu", "Briptu", "III/f", "IV/c"],
    "golongan": ["I/a", "II/a", "II/b", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "3a", "III/f"],
    "pangkat_tni": ["Sertu", "Kapten", "Jenderal Palsu"], "pangkat_polri": ["Briptu", "Ipda"],
    "tmt_golongan": ["2017-04-01", "01-04-2017", "1 April 2017", "42826", "2025-06-30", "1960-01-01", "31-02-2017",
                     "2020-04-01"],
    "tmt_pangkat": ["2017-04-01", "2021-10-01"], "tmt_jabatan": ["2019-01-01", "2024-07-01"],
    "tanggal_lahir": ["1986-08-15", "15-08-1986", "1970-01-01", "1966-01-01", "1999-12-31", "2030-01-01", "1986-13-01",
                      "2000-01-01"],
    "pendidikan": ["SMA", "D-III", "S-1 Akuntansi", "S-2 Akuntansi", "S-3", "D-IV Akuntansi", "SD", "Sarjana Palsu"],
    "jabatan": ["Ahli Pertama", "Analis Pengelolaan Keuangan APBN Ahli Muda", "Pengadministrasi Umum", "Terampil"],
    "hukuman_disiplin": ["tidak ada", "Sedang, 2024-09-01 s.d. 2025-08-31", "Ringan", "berat banget"],
    "sedang_diperiksa": ["ya", "tidak", "mungkin"], "tugas_belajar": ["tidak", "2024-08-19 s.d. 2026-08-18"],
    "cltn": ["tidak", "2024-08-19 s.d. sekarang"], "pengalaman_pk_apbn_bulan": ["24", "3", "-1", "x"],
    "pengalaman_pk_apbn_tahun": ["2", "0"], "sehat": ["ya", "tidak"], "integritas": ["ya", "T"],
    "kinerja_2024": ["Baik", "Sangat Baik", "Kurang", "Istimewa"], "kinerja_2023": ["Baik", "Cukup"],
    "jenis": ["pengeluaran", "PENERIMAAN", "pengangkatan_pertama", "promosi", "perpindahan", "Sertifikasi", "bpp"],
    "surat_tugas": ["ya", "tidak", "Y", "T"], "sertifikat": ["tidak ada", "Pengeluaran 2021-03-15", "Penerimaan 2020-01-01",
                                                             "rusak"],
    "diblokir": ["tidak", "ya"], "jenjang_tujuan": ["Ahli Pertama", "Ahli Muda", "Ahli Madya", "Penyelia"],
    "lulus_uji_kompetensi": ["ya", "tidak"], "lowongan": ["ya", "tidak"], "tanggal_usulan": ["2025-01-01"],
    "ak_kumulatif": ["100", "12,5", "abc"], "ijazah": ["S-1 Akuntansi", "S-2", "SMA"], "masa_kerja_tahun": ["0", "3", "9", "-1"],
    "ak_utama": ["100", "80,5"], "ak_penunjang": ["20", "5"], "tingkat_unit": ["eselon I", "eselon II", "satker"],
    "jenjang": ["Ahli Pertama", "Ahli Madya", "Penyelia"], "nilai": ["75", "100", "101", "50,5"],
    "kelulusan": ["lulus", "tidak lulus", "lulus bersyarat"], "remedial": ["lulus", "tidak lulus"],
    "jamlat": ["30", "81", "0"], "kjf": ["10", "3"], "jf": ["2"], "jfm": ["1"], "jfn": ["0"], "jfb": ["1"],
}
FALLBACK = ["ya", "tidak", "1", "2024-01-01", "III/a", "S-1", "100", "abc"]
FRAME_SPECIAL: list[Any] = ["", None, " ", "-", "#N/A"]
PANDAS_SPECIAL: list[Any] = [None, float("nan"), pd.NA, pd.NaT, np.int64(3), np.bool_(True), np.float64(2.0),
                             pd.Timestamp("2020-01-01"), np.datetime64("2020-01-02"), 1, 0, True, 12.5,
                             date(2020, 1, 1), Decimal("2")]


def headings_of(a: Aturan) -> dict[str, list[str]]:
    """Input name → headings that name it (the name itself and the export aliases)."""
    names = [n for n in a.kolom_masukan if n != "kinerja_<tahun>"]
    if a.pakai_pegawai:
        names += ["kinerja_2024", "kinerja_2023"]
    out: dict[str, list[str]] = {n: [n] for n in names}
    for alias, name in _TABLE.items():
        if name in out and a.pakai_pegawai:
            out[name].append(alias.replace("_", " ").upper())
    for n in names:
        if n.startswith("kinerja_"):
            out[n].append(f"SKP {n[8:]}")
    for alias, name in a.headings.items():
        if name in out:
            out[name].append(alias.upper())
    return out


@st.composite
def frames(draw: Any, a: Aturan, special: list[Any]) -> tuple[list[str], list[dict[str, Any]]]:
    """(headings, rows): a few input columns (aliases, in any order), a few distinct rows and duplicates."""
    heads = headings_of(a)
    names = draw(st.lists(st.sampled_from(sorted(heads)), min_size=1, max_size=min(10, len(heads)), unique=True))
    if a.pakai_pegawai and "status" not in names and draw(st.booleans()):
        names.append("status")
    columns = []
    for n in names:
        h = draw(st.sampled_from(heads[n]))
        if h not in columns:
            columns.append(h)
    columns.append("UNIT KERJA")

    def cell(h: str) -> st.SearchStrategy[Any]:
        name = next((n for n in names if h in heads[n]), None)
        pool = POOL.get(name or "", FALLBACK)
        return st.one_of(st.sampled_from(pool), st.sampled_from(special), st.text(max_size=5))

    distinct = draw(st.lists(st.fixed_dictionaries({h: cell(h) for h in columns}), min_size=1, max_size=6))
    order = draw(st.lists(st.integers(0, len(distinct) - 1), min_size=0, max_size=14))
    return columns, [{h: distinct[i][h] for h in columns} for i in order]


def expected(a: Aturan, rows: list[dict[str, Any]], params: dict[str, Any], lang: str = "id",
             start: int = 1) -> list[dict[str, Any]]:
    return [r.columns(lang) for r in batch_run(a, rows, on=ON, start=start, **params)]


def params_for(a: Aturan) -> dict[str, Any]:
    return {p.nama: a.contoh[p.nama] for p in a.parameter if p.wajib and p.nama in a.contoh}


def same_cell(name: str, got: Any, want: Any) -> bool:
    if name in KOLOM_DAFTAR:
        return KOLOM_DAFTAR[name].join(got) == want
    if isinstance(got, Decimal):
        return want != "" and Decimal(want) == got
    if isinstance(got, date):
        return want == got.isoformat()
    if got is None:
        return want in ("", None)
    if isinstance(want, float) and isinstance(got, float) and math.isnan(want):
        return math.isnan(got)
    return bool(got == want)


def assert_same(out: pl.DataFrame, inputs: list[str], want: list[dict[str, Any]]) -> None:
    """``out`` (frame.run) holds, row for row, the row engine's columns ``want``."""
    assert out.height == len(want)
    assert out.columns[: len(inputs)] == inputs
    for name in (want[0] if want else {}):
        col = f"hasil_{name}" if name in inputs else name
        got = out.get_column(col).to_list()
        for i, (g, w) in enumerate(zip(got, [row[name] for row in want], strict=True)):
            assert same_cell(name, g, w), (name, i, g, w)
