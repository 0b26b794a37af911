"""What the columnar engine groups by is sufficient: rows equal on what the key keeps of them get equal
results from the row engine (property test), and the per-person columns do not split groups."""

from __future__ import annotations

from datetime import date
from typing import Any

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asnrules import frame
from asnrules.batch import aturan, daftar_aturan
from asnrules.batch import run as batch_run
from asnrules.frame import TANPA_TANGGAL_LAHIR

from .helpers import ON, POOL, assert_same, expected, params_for

PEGAWAI_RULES = [a.nama for a in daftar_aturan() if a.pakai_pegawai]
FACTS = ["status", "golongan", "tmt_golongan", "pendidikan", "jabatan", "tmt_jabatan", "kinerja_2024", "hukuman_disiplin",
         "sedang_diperiksa", "tugas_belajar", "cltn", "pengalaman_pk_apbn_bulan", "sehat", "integritas"]


@st.composite
def person(draw: Any, lahir: date) -> dict[str, Any]:
    """A valid NIP born on ``lahir`` (TMT, sex and sequence vary), a name, and the birth date in one of the
    forms people type (or not at all)."""
    ty = draw(st.integers(lahir.year + 19, lahir.year + 40))
    nip = f"{lahir:%Y%m%d}{ty:04d}{draw(st.integers(1, 12)):02d}{draw(st.sampled_from('12'))}{draw(st.integers(1, 999)):03d}"
    nip = draw(st.sampled_from([nip, f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"]))
    tl = draw(st.sampled_from([f"{lahir:%Y-%m-%d}", f"{lahir:%d-%m-%Y}", "", None]))
    return {"NIP": nip, "NAMA": draw(st.text(min_size=1, max_size=12)), "TGL LAHIR": tl}


@pytest.mark.parametrize("nama", PEGAWAI_RULES)
@settings(max_examples=30)
@given(data=st.data())
def test_rows_equal_on_the_declared_inputs_get_equal_results(nama: str, data: st.DataObject) -> None:
    a = aturan(nama)
    facts = {f: data.draw(st.sampled_from(POOL[f] + [""]), label=f) for f in
             data.draw(st.lists(st.sampled_from(FACTS), min_size=1, max_size=8, unique=True))}
    lahir = data.draw(st.dates(date(1950, 1, 1), date(2004, 12, 31)))
    reads_birth = nama not in TANPA_TANGGAL_LAHIR
    people = data.draw(st.lists(person(lahir) if reads_birth else st.dates(date(1950, 1, 1), date(2004, 12, 31)).flatmap(person),
                                min_size=2, max_size=6))
    rows = [{**p, **facts} for p in people]
    params = params_for(a)
    want = expected(a, rows, params)
    ev = frame.evaluate(pl.DataFrame(rows, schema={k: pl.String for k in rows[0]}), a, on=ON, params=params)
    gid = ev.gid.to_list()
    for i, w in enumerate(want):
        got = ev.results[gid[i]].columns()
        assert {k: v for k, v in got.items() if k != "baris"} == {k: v for k, v in w.items() if k != "baris"}
    out = frame.run(pl.DataFrame(rows, schema={k: pl.String for k in rows[0]}), a, on=ON, **params)
    assert_same(out, list(rows[0]), want)


def test_per_person_columns_do_not_split_groups_on_a_workforce() -> None:
    n = 3000
    rows = []
    for i in range(n):
        y, m, d = 1966 + i % 35, 1 + (i // 35) % 12, 1 + (i // 420) % 28
        rows.append({"NIP": f"{y}{m:02d}{d:02d}{y + 23}0{1 + i % 2}{1 + i % 2}{1 + i % 999:03d}", "NAMA": f"Pegawai {i}",
                     "TGL LAHIR": f"{y}-{m:02d}-{d:02d}", "STATUS": ["PNS", "CPNS"][i % 2],
                     "GOL": ["II/a", "II/b", "III/a"][i % 3], "PENDIDIKAN": ["SMA", "S-1 Akuntansi"][i % 2],
                     "SURAT TUGAS": ["ya", "tidak"][i % 2], "TMT GOL": "2020-04-01"})
    df = pl.DataFrame(rows)
    ev = frame.evaluate(df, aturan("bendahara"), on=ON, params={"jenis": "pengeluaran"})
    assert len(ev.results) <= 12  # golongan × status/pendidikan/surat tugas, whatever the 3,000 NIPs
    assert_same(ev.typed(df), df.columns, expected(aturan("bendahara"), rows, {"jenis": "pengeluaran"}))
    ev = frame.evaluate(df, aturan("inpassing"), on=ON)
    assert len(ev.results) <= 12
    # a rule that reads the birth date is grouped with it: still far fewer groups than rows, same results
    per = frame.run(df, "perpindahan", on=ON, jenjang_tujuan="Ahli Muda")
    assert_same(per, df.columns, expected(aturan("perpindahan"), rows, {"jenjang_tujuan": "Ahli Muda"}))


def test_a_bad_or_inconsistent_person_cell_is_its_own_group_with_its_own_message() -> None:
    base = {"STATUS": "PNS", "GOL": "III/a", "PENDIDIKAN": "S-1 Akuntansi", "TMT GOL": "2020-04-01", "SURAT TUGAS": "ya"}
    rows = [{**base, "NIP": "198608152004121005", "TGL LAHIR": "1986-08-15"},
            {**base, "NIP": "198608152004121006", "TGL LAHIR": "1986-08-16"},  # birth date ≠ NIP
            {**base, "NIP": "1,98705E+17", "TGL LAHIR": ""},
            {**base, "NIP": "1,98705E+18", "TGL LAHIR": ""},
            {**base, "NIP": "202008152004121005", "TGL LAHIR": "2020-08-15"}]  # TMT GOL before birth
    df = pl.DataFrame(rows)
    out = frame.run(df, "bendahara", on=ON, jenis="pengeluaran")
    want = [r.columns() for r in batch_run("bendahara", rows, on=ON, jenis="pengeluaran")]
    assert_same(out, df.columns, want)
    assert out.get_column("hasil").cast(pl.String).to_list() == ["INCOMPLETE", "INVALID", "INVALID", "INVALID", "INVALID"]
    assert "1,98705E+18" in out.get_column("kesalahan")[3]
