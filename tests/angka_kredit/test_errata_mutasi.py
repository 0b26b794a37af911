"""angka_kredit.errata (issue 12, mutation testing): the loaders of ``ERRATA`` run at import, so they are
called again here (architecture.md §5: each suspected error recorded once, with where, what is
published, why, the likely intended value and its citation; the inpassing cells keyed by golongan,
ijazah and kolom of Lampiran III huruf B)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from asnrules.angka_kredit import errata as m
from asnrules.angka_kredit import _errata_butir
from asnrules.angka_kredit.errata import ERRATA, ERRATA_INPASSING, Erratum, erratum
from asnrules.core import Citation, NotInTable

PMK = "PMK 150/PMK.05/2019"
# Lampiran III huruf B, No. 7 golongan IV/c: the eight suspect cells and the values the golongan IV rule
# (minimum + 34 x tahun, +3 S-2, +6 S-3) gives (docs/errata.md)
SEL_L3B = {
    ("IV/c", "S1", 1): "734", ("IV/c", "S1", 3): "802", ("IV/c", "S1", 4): "836",
    ("IV/c", "S2", 1): "737", ("IV/c", "S2", 3): "805", ("IV/c", "S2", 4): "839",
    ("IV/c", "S3", 3): "808", ("IV/c", "S3", 4): "842",
}


def test_lampiran_iii_b_errata_loader_builds_every_entry_and_cell_again() -> None:
    entries, cells = m._dari_toml()
    assert entries == m._MILIK_MODUL and entries == ERRATA[: len(entries)]
    assert [e.id for e in entries] == [
        "L3B-IVc-S1-1", "L3B-IVc-S1-3", "L3B-IVc-S1-4", "L3B-IVc-S2-1", "L3B-IVc-S2-3", "L3B-IVc-S2-4",
        "L3B-IVc-S3-3", "L3B-IVc-S3-4", "L1B3a-terbilang", "L1B3c-label", "L3A1b4-rujukan", "L3A1b4-jabatan",
        "L3A3b-rujukan", "L1A2a-judul-kolom"]
    assert {k: str(e.nilai_dimaksud) for k, e in cells.items()} == SEL_L3B
    assert cells == dict(ERRATA_INPASSING)
    for (g, i, kolom), e in cells.items():
        assert type(e.nilai_dimaksud) is Decimal
        assert e.id == f"L3B-{g.replace('/', '')}-{i}-{kolom}"
        assert e.citation == Citation(PMK, lampiran="III", huruf="B", bagian="No. 7 golongan IV/c")
        assert e.kode == ()
    first = cells[("IV/c", "S1", 1)]
    assert first.teks_terbit == "737" and first.lokasi == (
        "Lampiran III huruf B, No. 7 golongan IV/c, Sarjana (S-1)/Diploma IV, kolom 1 TAHUN")
    assert first.alasan.startswith("Breaks the golongan IV regularity (700 + 34 = 734;")
    # entries without a cell keep their text value and are not keyed as cells
    t = next(e for e in entries if e.id == "L1B3a-terbilang")
    assert t.nilai_dimaksud == "50 (lima puluh)" and t not in cells.values()
    assert t.citation == Citation(PMK, lampiran="I", huruf="B", angka="3", bagian="huruf a")


def _toml(monkeypatch: pytest.MonkeyPatch, rows: list[dict[str, Any]]) -> None:
    monkeypatch.setattr(m, "load_table", lambda name: {"erratum": rows} if name == "errata_angka_kredit.toml" else None)


ROW = {"id": "X-1", "lokasi": "Lampiran III huruf B", "teks_terbit": "1", "alasan": "a", "lampiran": "III", "huruf": "B"}


def test_lampiran_iii_b_errata_loader_reads_cell_values_with_the_decimal_comma(monkeypatch: pytest.MonkeyPatch) -> None:
    _toml(monkeypatch, [{**ROW, "nilai_dimaksud": "12,5", "sel": {"golongan": "III/a", "ijazah": "S2", "kolom": "3"}},
                        {**ROW, "id": "X-2", "nilai_dimaksud": "12,5"}, {**ROW, "id": "X-3"}])
    entries, cells = m._dari_toml()
    assert [(e.id, e.nilai_dimaksud) for e in entries] == [("X-1", Decimal("12.5")), ("X-2", "12,5"), ("X-3", None)]
    assert list(cells) == [("III/a", "S2", 3)] and cells[("III/a", "S2", 3)] is entries[0]
    assert entries[0] == Erratum("X-1", "Lampiran III huruf B", "1", "a", Decimal("12.5"),
                                 Citation(PMK, lampiran="III", huruf="B"))


def test_lampiran_iii_b_errata_loader_refuses_a_cell_value_not_written_as_published(monkeypatch: pytest.MonkeyPatch) -> None:
    _toml(monkeypatch, [{**ROW, "nilai_dimaksud": "12.5", "sel": {"golongan": "III/a", "ijazah": "S2", "kolom": 3}}])
    with pytest.raises(RuntimeError) as e:
        m._dari_toml()
    assert str(e.value) == ("asnrules data error in errata_angka_kredit.toml X-1: angka kredit '12.5' is not "
                            "written like '12,5'")


# --- Lampiran III huruf A entries (_errata_butir) ---------------------------------------------------------
def test_lampiran_iii_a_errata_loader_builds_every_entry_again() -> None:
    again = m._dari_butir()
    assert again == tuple(e for e in ERRATA if e.id.startswith("L3A-"))
    assert len(again) == len(_errata_butir.ERRATA_BUTIR) == 23
    e = next(x for x in again if x.id == "L3A-PKA.21.3")
    assert e == Erratum(
        "L3A-PKA.21.3", f"{PMK} Lampiran III huruf A angka 1 huruf b angka 3), Tabel 21 nomor 3, kolom Angka Kredit Madya",
        "0,03", e.alasan, Decimal("0.06"),
        Citation(PMK, lampiran="III", huruf="A", bagian="angka 1 huruf b angka 3), Tabel 21 nomor 3, kolom Angka Kredit Madya"),
        ("PKA.21.3",))
    assert e.alasan.startswith("Tabel 21 (penyusunan analisis permasalahan temuan hasil pemeriksaan)")
    judul = next(x for x in again if x.id == "L3A-PKA.10.1")
    assert judul.kode == ("PKA.10.1", "PKA.10.2", "PKA.10.3") and type(judul.nilai_dimaksud) is str
    assert next(x for x in again if x.id == "L3A-PKA.2.3").nilai_dimaksud is None


def test_lampiran_iii_a_errata_loader_ids_citations_and_values(monkeypatch: pytest.MonkeyPatch) -> None:
    base = {"teks_terbit": "t", "alasan": "a"}
    pre = f"{PMK} Lampiran III huruf A"
    monkeypatch.setattr(_errata_butir, "ERRATA_BUTIR", (
        {**base, "lokasi": f"{pre} angka 2 huruf e, nomor 1", "nilai_dimaksud": Decimal("0.5"), "kode": ("PNJ.e.1", "PNJ.e.2")},
        {**base, "lokasi": f"{pre}, Tabel 1", "nilai_dimaksud": "teks", "kode": ["PNJ.e.1"]},
        {**base, "lokasi": pre, "nilai_dimaksud": 3, "kode": ("PNJ.e.1",)},
        {**base, "lokasi": "Lampiran lain", "nilai_dimaksud": None},
        {**base, "lokasi": "Lampiran lain", "kode": ()},
        {**base, "lokasi": f"{pre}, XI nomor 1", "kode": ("PNJ.e.3",)},
    ))
    got = m._dari_butir()
    assert [e.id for e in got] == ["L3A-PNJ.e.1", "L3A-PNJ.e.1-2", "L3A-PNJ.e.1-3", "L3A", "L3A-2", "L3A-PNJ.e.3"]
    assert [e.citation.bagian for e in got] == ["angka 2 huruf e, nomor 1", "Tabel 1", None, "Lampiran lain", "Lampiran lain",
                                                "XI nomor 1"]
    assert all((e.citation.regulasi, e.citation.lampiran, e.citation.huruf, e.citation.angka) == (PMK, "III", "A", None)
               for e in got)
    assert [e.nilai_dimaksud for e in got] == [Decimal("0.5"), "teks", "3", None, None, None]
    assert type(got[0].nilai_dimaksud) is Decimal
    assert [e.kode for e in got] == [("PNJ.e.1", "PNJ.e.2"), ("PNJ.e.1",), ("PNJ.e.1",), (), (), ("PNJ.e.3",)]
    assert [(e.lokasi, e.teks_terbit, e.alasan) for e in got][3] == ("Lampiran lain", "t", "a")


def test_lampiran_iii_a_errata_absent_while_the_activity_tables_are_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "asnrules.angka_kredit._errata_butir", None)  # import → ModuleNotFoundError
    assert m._dari_butir() == ()


# --- Erratum text and the lookup by id ------------------------------------------------------------------
def test_erratum_str_shows_the_published_text_and_the_likely_intended_value() -> None:
    assert str(erratum("L3B-IVc-S1-1")) == ("[L3B-IVc-S1-1] Lampiran III huruf B, No. 7 golongan IV/c, Sarjana (S-1)/Diploma IV, "
                                            "kolom 1 TAHUN: tertulis '737'; kemungkinan dimaksud: 734")
    assert str(erratum("L3A-PKA.1.5")) == (f"[L3A-PKA.1.5] {PMK} Lampiran III huruf A angka 1 huruf b angka 3), Tabel 1 "
                                           "nomor 5, kolom Output: tertulis 'Rancangan Kontrak'")


def test_erratum_unknown_id_names_the_field_and_every_registered_id() -> None:
    with pytest.raises(NotInTable) as e:
        erratum("L3B-IVc-S1-2")
    err = e.value
    assert (err.field, err.value, err.table) == ("id", "L3B-IVc-S1-2", "ERRATA")
    assert err.existing == tuple(x.id for x in ERRATA)
    assert err.message.startswith("'L3B-IVc-S1-2' tidak terdapat dalam ERRATA. Yang ada: L3B-IVc-S1-1, L3B-IVc-S1-3,")
