"""angka_kredit.butir_kegiatan (issue 12, mutation testing): the loader of the Lampiran III huruf A tables
(runs at import; called again here so that its checks are tested), the 100 %/80 % rule of Lampiran III
huruf A angka 1 huruf b angka 2) applied once per (kode, jenjang), and every message field of the
errors (kode, pelaksana, anggota, volume)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

from asnrules.angka_kredit import butir_kegiatan as bk
from asnrules.angka_kredit.butir_kegiatan import BUTIR, TABEL_CITATION, Butir, ak_butir, butir
from asnrules.angka_kredit.errata import ERRATA
from asnrules.core import Citation, InvalidInput, NotInTable
from asnrules.models import JenjangJabatan

P, MU, MA = JenjangJabatan.AHLI_PERTAMA, JenjangJabatan.AHLI_MUDA, JenjangJabatan.AHLI_MADYA
PMK = "PMK 150/PMK.05/2019"
PEDOMAN = f"{PMK} Lampiran III huruf A angka 1 huruf b angka 2)"


# --------------------------------------------------------------------------- the loader, again
def test_lampiran_iii_a_loader_builds_every_butir_and_table_citation_again() -> None:
    semua, tabel = bk._muat()
    assert list(semua) == list(BUTIR) and len(semua) == 79 + 16 + 15
    for kode, b in semua.items():
        assert b == BUTIR[kode], kode
        assert type(b.angka_kredit) is MappingProxyType and b.pelaksana == tuple(b.angka_kredit)
        assert all(type(v) is Decimal for v in b.angka_kredit.values())
        assert all(any(e is x for x in ERRATA) for e in b.errata)  # the very objects of ERRATA
    assert tabel == dict(TABEL_CITATION) and list(tabel)[:2] == ["PKA.1", "PKA.2"] and list(tabel)[-1] == "PNJ.f"
    assert str(tabel["PKA.11"]) == f"{PMK} Lampiran III huruf A angka 1 huruf b angka 3), Tabel 11"
    assert str(tabel["PROF.2"]) == f"{PMK} Lampiran III huruf A angka 1 huruf c angka 2)"
    assert str(tabel["PNJ.f"]) == f"{PMK} Lampiran III huruf A angka 2 huruf f"
    b = semua["PKA.11.6"]
    assert (b.unsur, b.sub_unsur, b.tabel, b.nomor) == ("utama", "Pengelolaan Keuangan APBN", "11", 6)
    assert str(b.citation) == f"{PMK} Lampiran III huruf A angka 1 huruf b angka 3), Tabel 11 nomor 6"
    prof = semua["PROF.1.3"]
    assert (prof.unsur, prof.sub_unsur, prof.tabel, prof.nomor, prof.bukti_fisik, prof.deskripsi) == (
        "utama", "Pengembangan Profesi", "1", 3, (), None)
    assert dict(prof.angka_kredit) == dict.fromkeys((P, MU, MA), prof.angka_kredit[P]) and prof.pelaksana == (P, MU, MA)
    assert str(prof.citation) == f"{PMK} Lampiran III huruf A angka 1 huruf c angka 1), nomor 3"
    pnj = semua["PNJ.d.1"]
    assert (pnj.unsur, pnj.sub_unsur, pnj.tabel) == ("penunjang", "keanggotaan dalam Tim Penilai", "d")
    assert [e.id for e in pnj.errata] == ["L3A-PNJ.d.1"]


def test_lampiran_iii_a_errata_per_kode_again() -> None:
    per = bk._errata_per_kode()
    assert [e.id for e in per["PKA.10.3"]] == ["L3A-PKA.10.3", "L3A-PKA.10.1", ]
    assert [e.id for e in per["PNJ.e.2"]] == ["L3A-PNJ.e.1"]
    assert type(per["PNJ.e.2"]) is tuple and per["PNJ.e.2"][0] is bk.ERRATA[-1]
    assert set(per) == {k for e in ERRATA for k in e.kode}
    assert "PKA.1.1" not in per


def _baca_rusak(monkeypatch: pytest.MonkeyPatch, nama: str, change: Callable[[dict[str, Any]], None]) -> None:
    asli = bk._baca

    def baca(n: str) -> dict[str, Any]:
        data = asli(n)
        if n == nama:
            data = copy.deepcopy(data)
            change(data)
        return data

    monkeypatch.setattr(bk, "_baca", baca)


def _tolak(monkeypatch: pytest.MonkeyPatch, nama: str, change: Callable[[dict[str, Any]], None]) -> InvalidInput:
    _baca_rusak(monkeypatch, nama, change)
    with pytest.raises(InvalidInput) as e:
        bk._muat()
    return e.value


def test_lampiran_iii_a_loader_refuses_tables_not_numbered_1_to_22(monkeypatch: pytest.MonkeyPatch) -> None:
    err = _tolak(monkeypatch, "lampiran_iii_a_pka.json", lambda d: d["tabel"].pop())
    assert (err.field, err.value, err.expected) == ("lampiran_iii_a_pka.json", list(range(1, 22)), "Tabel 1 sampai 22")


def test_lampiran_iii_a_loader_refuses_rows_not_numbered_from_1(monkeypatch: pytest.MonkeyPatch) -> None:
    def change(d: dict[str, Any]) -> None:
        d["tabel"][1]["baris"][1]["no"] = 3

    err = _tolak(monkeypatch, "lampiran_iii_a_pka.json", change)
    assert (err.field, err.value, err.expected) == ("PKA.2", [1, 3, 3], "nomor baris berurutan mulai 1")


@pytest.mark.parametrize("sel", [{}, {"ahli_utama": "0,01"}, {"ahli_muda": "0,02", "terampil": "0,01"}])
def test_lampiran_iii_a_loader_refuses_a_cell_outside_the_three_ahli_columns(monkeypatch: pytest.MonkeyPatch, sel: dict[str, str]) -> None:
    def change(d: dict[str, Any]) -> None:
        d["tabel"][2]["baris"][0]["angka_kredit"] = sel

    err = _tolak(monkeypatch, "lampiran_iii_a_pka.json", change)
    assert (err.field, err.value, err.expected) == ("PKA.3.1", sel, "sel Angka Kredit ahli_pertama/ahli_muda/ahli_madya")


def test_lampiran_iii_a_loader_refuses_a_zero_cell(monkeypatch: pytest.MonkeyPatch) -> None:
    def change(d: dict[str, Any]) -> None:
        d["tabel"][2]["baris"][0]["angka_kredit"] = {"ahli_pertama": "0"}

    err = _tolak(monkeypatch, "lampiran_iii_a_pka.json", change)
    assert (err.field, err.value, err.expected) == ("PKA.3.1", "0", "Angka Kredit > 0")


@pytest.mark.parametrize(("nama", "salah", "harapan"), [
    ("lampiran_iii_a_prof.json", [1, 2], "[1, 2, 3]"),
    ("lampiran_iii_a_pnj.json", ["a", "b", "c", "d", "e"], "['a', 'b', 'c', 'd', 'e', 'f']"),
])
def test_lampiran_iii_a_loader_refuses_missing_sub_unsur_tables(monkeypatch: pytest.MonkeyPatch, nama: str, salah: list[object],
                                                               harapan: str) -> None:
    err = _tolak(monkeypatch, nama, lambda d: d["tabel"].pop())
    assert (err.field, err.value, err.expected) == (nama, salah, harapan)


@pytest.mark.parametrize(("nama", "kode"), [("lampiran_iii_a_prof.json", "PROF.2.1"), ("lampiran_iii_a_pnj.json", "PNJ.b.1")])
def test_lampiran_iii_a_loader_semua_jenjang_only(monkeypatch: pytest.MonkeyPatch, nama: str, kode: str) -> None:
    def change(d: dict[str, Any]) -> None:
        d["tabel"][1]["baris"][0]["pelaksana"] = "Ahli Muda"

    err = _tolak(monkeypatch, nama, change)
    assert (err.field, err.value, err.expected) == (kode, "Ahli Muda", "Pelaksana Tugas 'Semua jenjang'")


def test_lampiran_iii_a_loader_semua_jenjang_spelling_and_rows_of_prof_numbered(monkeypatch: pytest.MonkeyPatch) -> None:
    def change(d: dict[str, Any]) -> None:
        d["tabel"][0]["baris"][0]["pelaksana"] = "  SEMUA JENJANG "

    _baca_rusak(monkeypatch, "lampiran_iii_a_prof.json", change)
    semua, _ = bk._muat()
    assert semua["PROF.1.1"] == BUTIR["PROF.1.1"]

    def change2(d: dict[str, Any]) -> None:
        d["tabel"][2]["baris"][0]["no"] = 2

    err = _tolak(monkeypatch, "lampiran_iii_a_pnj.json", change2)
    assert (err.field, err.expected) == ("PNJ.c", "nomor baris berurutan mulai 1")


def test_lampiran_iii_a_loader_refuses_errata_naming_an_unknown_kode(monkeypatch: pytest.MonkeyPatch) -> None:
    extra = {"lokasi": "x", "teks_terbit": "x", "alasan": "x", "nilai_dimaksud": None, "kode": ("PKA.23.1", "PKA.1.1", "PKA.0.9")}
    monkeypatch.setattr(bk, "ERRATA_BUTIR", (*bk.ERRATA_BUTIR, extra))
    with pytest.raises(InvalidInput) as e:
        bk._muat()
    assert (e.value.field, e.value.value, e.value.expected) == ("ERRATA_BUTIR.kode", ["PKA.0.9", "PKA.23.1"], "kode butir yang ada")


def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: dict[str, Any]) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "t.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(bk, "files", lambda package: tmp_path if package == "asnrules" else None)


def test_lampiran_iii_a_table_file_is_read_as_utf8_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = {"regulasi": PMK, "lampiran": "III", "huruf": "A", "judul": "Pengelolaan Keuangan — é"}
    _data_dir(tmp_path, monkeypatch, data)
    assert bk._baca("t.json") == data


@pytest.mark.parametrize("salah", [{"regulasi": "PMK 163/PMK.05/2022"}, {"lampiran": "II"}, {"huruf": "B"}, {"regulasi": None}])
def test_lampiran_iii_a_table_file_must_be_pmk_150_lampiran_iii_a(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                salah: dict[str, Any]) -> None:
    _data_dir(tmp_path, monkeypatch, {"regulasi": PMK, "lampiran": "III", "huruf": "A", **salah})
    with pytest.raises(InvalidInput) as e:
        bk._baca("t.json")
    assert (e.value.field, e.value.value, e.value.expected) == (
        "t.json", salah.get("regulasi", PMK), f"tabel {PMK} Lampiran III huruf A")


@pytest.mark.parametrize(("teks", "expected"), [(0.01, "Angka Kredit sebagai teks seperti '0,01'"), ("0", "Angka Kredit > 0"),
                                                ("-0,01", "Angka Kredit > 0")])
def test_lampiran_iii_a_cell_must_be_positive_text(teks: object, expected: str) -> None:
    with pytest.raises(InvalidInput) as e:
        bk._ak(teks, "PKA.1.1")
    assert (e.value.field, e.value.value, e.value.expected) == ("PKA.1.1", teks, expected)


# ---------------------------------------------- angka 1 huruf b angka 2): 100 % / 80 %, computed once
def _butir(**ak: str) -> Butir:
    cells = {j: Decimal(v) for j, v in ((P, ak.get("pertama")), (MU, ak.get("muda")), (MA, ak.get("madya"))) if v}
    return Butir("PKA.99.1", "utama", "x", "99", "x", 1, "x", "x", MappingProxyType(cells), tuple(cells), (),
                 Citation(PMK))


def test_lampiran_iii_a_1_b_2_nilai_pelaksana_again_for_every_butir_and_jenjang() -> None:
    for b in bk.daftar_butir():
        for j in (P, MU, MA):
            assert bk._nilai_pelaksana(b, j) == bk._NILAI[(b.kode, j)]
    assert str(bk._nilai_pelaksana(BUTIR["PKA.2.1"], MA)) == "0.01"   # huruf b: higher jenjang, 100 %
    assert str(bk._nilai_pelaksana(BUTIR["PKA.2.2"], P)) == "0.016"   # huruf c: lower jenjang, 80 %
    assert str(bk._nilai_pelaksana(BUTIR["PKA.2.3"], P)) == "0.008"
    assert str(bk._nilai_pelaksana(BUTIR["PKA.1.1"], MA)) == "0.03"   # huruf a: own column


def test_lampiran_iii_a_1_b_2_huruf_b_nearest_lower_cell_huruf_c_nearest_higher_cell() -> None:
    """docs/interpretasi.md (butir 2 and 3): the cell of the jenjang the butir belongs to, the nearest filled one."""
    assert bk._nilai_pelaksana(_butir(pertama="0.01", muda="0.02"), MA) == Decimal("0.02")
    assert bk._nilai_pelaksana(_butir(muda="0.02", madya="0.03"), P) == Decimal("0.016")


def test_lampiran_iii_a_1_b_2_huruf_d_messages() -> None:
    with pytest.raises(InvalidInput) as e:
        ak_butir("PKA.19.1", P, anggota=4)
    assert (e.value.field, e.value.value) == ("anggota", 4)
    assert e.value.expected == "paling banyak 3 (tiga) orang untuk jenjang yang sama"
    assert e.value.expected_en == "at most 3 (three) members of the same jenjang"
    assert str(e.value.citation) == f"{PEDOMAN} huruf d"
    assert ak_butir("PKA.19.1", P, anggota=3) == Decimal("0.02")
    with pytest.raises(InvalidInput) as e:
        ak_butir("PNJ.b.3", MU, anggota=2)
    assert (e.value.field, e.value.value, str(e.value.citation)) == ("anggota", 2, f"{PEDOMAN} huruf d")
    assert e.value.expected == ("1: ketentuan kerja kelompok (paling banyak 3 orang) hanya berlaku untuk Sub Unsur "
                                "Pengelolaan Keuangan APBN; PMK tidak mengatur kerja kelompok untuk butir PNJ.b.3")
    assert e.value.expected_en == ("1: the group-work rule (at most 3 members) covers only the sub-unsur Pengelolaan "
                                   "Keuangan APBN; the PMK has no group rule for butir PNJ.b.3")
    with pytest.raises(InvalidInput) as e:
        ak_butir("PKA.19.1", P, anggota=0)
    assert (e.value.field, e.value.value) == ("anggota", 0)
    assert ak_butir("pka.19.1", P, anggota="2") == Decimal("0.02")  # a typed code, anggota as text


def test_lampiran_iii_a_kolom_jenjang_messages() -> None:
    with pytest.raises(NotInTable) as e:
        ak_butir("PKA.1.1", JenjangJabatan.PENYELIA)
    assert (e.value.field, e.value.value, e.value.existing) == ("pelaksana", "Penyelia", ("Ahli Pertama", "Ahli Muda", "Ahli Madya"))
    assert e.value.table == "kolom Angka Kredit Lampiran III huruf A (jenjang Analis Pengelolaan Keuangan APBN)"
    assert str(e.value.citation) == f"{PMK} Lampiran III huruf A"
    with pytest.raises(InvalidInput) as e2:
        ak_butir("PKA.1.1", 3)  # type: ignore[arg-type]
    assert (e2.value.field, e2.value.value) == ("pelaksana", 3)
    assert e2.value.expected == "JenjangJabatan Ahli Pertama, Ahli Muda atau Ahli Madya"
    assert e2.value.expected_en == "a JenjangJabatan: Ahli Pertama, Ahli Muda or Ahli Madya"
    with pytest.raises(InvalidInput) as e3:
        ak_butir("PKA.1.1", "Ahli Utama")  # type: ignore[arg-type]
    assert (e3.value.field, e3.value.value) == ("pelaksana", "Ahli Utama")


def test_lampiran_iii_a_kode_messages() -> None:
    with pytest.raises(InvalidInput) as e:
        butir(11)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value) == ("kode", 11)
    assert e.value.expected == "teks kode butir seperti 'PKA.11.6', 'PROF.1.2' atau 'PNJ.f.1'"
    assert e.value.expected_en == "a butir code such as 'PKA.11.6', 'PROF.1.2' or 'PNJ.f.1'"
    with pytest.raises(NotInTable) as n:
        butir("PKA.11.8")
    assert (n.value.field, n.value.value, n.value.table) == ("kode", "PKA.11.8", f"Lampiran III huruf A {PMK}")
    assert str(n.value.citation) == f"{PMK} Lampiran III huruf A"
    assert n.value.existing == ("PKA.1.8", "PKA.11.7", "PKA.11.6", "PKA.11.5", "PKA.11.4")  # the 5 nearest


@pytest.mark.parametrize(("kode", "existing"), [
    ("zzzzzzzz", ("PKA.1.1", "PKA.22.3", "PROF.1.1", "PROF.3.2", "PNJ.a.1", "PNJ.f.3")),
    ("pnj.zzzzzzzzzzzz.9", ("PNJ.a.1", "PNJ.b.1", "PNJ.b.2", "PNJ.b.3", "PNJ.b.4")),  # the first 5 of its prefix
    ("PROF.zzzzzzzzzz", ("PROF.1.1", "PROF.1.2", "PROF.1.3", "PROF.1.4", "PROF.1.5")),
])
def test_lampiran_iii_a_kode_far_from_every_code_names_examples(kode: str, existing: tuple[str, ...]) -> None:
    with pytest.raises(NotInTable) as n:
        butir(kode)
    assert n.value.existing == existing


@pytest.mark.parametrize(("ketik", "kanonik"), [
    ("pka.011.006", "PKA.11.6"), (" pnj . F . 01 ", "PNJ.f.1"), ("prof.1.x", "PROF.1.x"), ("PKA.1", "PKA.1"),
    (" PKA.1.2.3 ", "PKA.1.2.3"), ("pka.a.1", "PKA.a.1"),
])
def test_lampiran_iii_a_kode_normalisasi(ketik: str, kanonik: str) -> None:
    assert bk._normalisasi(ketik) == kanonik


def test_lampiran_iii_a_volume_messages() -> None:
    with pytest.raises(InvalidInput) as e:
        ak_butir("PKA.1.1", MU, volume=-1)
    assert (e.value.field, e.value.value) == ("volume", -1)
    with pytest.raises(InvalidInput) as e:
        ak_butir("PKA.1.1", MU, volume=Decimal("-0.5"))
    assert (e.value.field, e.value.value) == ("volume", Decimal("-0.5"))
    assert ak_butir("PKA.1.1", MU, volume=Decimal("0")) == 0
    assert str(ak_butir("PKA.1.1", MU, volume=Decimal("2.5"))) == "0.050"
    assert str(ak_butir("PKA.1.1", MU, volume=0)) == "0.00"


def test_lampiran_iii_a_butir_repr_and_satuan() -> None:
    b = butir("PNJ.a.1")
    assert repr(b) == f"Butir('PNJ.a.1', {b.kegiatan!r})" and b.kegiatan.startswith("Mengajar/melatih")
    assert b.satuan == b.hasil_kerja == "Setiap 2 jam"  # volume counts units of 2 hours


# --------------------------------------------------------------------------- after the first measurement
def test_pasal_56_activity_items_up_to_31_desember_2022_then_metode_diganti() -> None:
    from datetime import date

    from asnrules.angka_kredit._regime import MetodeDiganti

    assert ak_butir("PKA.11.6", MU, on=date(2022, 12, 31)) == ak_butir("PKA.11.6", MU)
    with pytest.raises(MetodeDiganti) as e:
        ak_butir("PKA.11.6", MU, on=date(2023, 1, 1))
    assert (e.value.field, e.value.value) == ("on", date(2023, 1, 1))
    assert e.value.message.startswith("Angka Kredit butir kegiatan Lampiran III huruf A (PMK 150/PMK.05/2019) hanya untuk "
                                      "kinerja sebelum 1 Januari 2023;")
    assert e.value.message.endswith(": gunakan asnrules.angka_kredit.konversi.")
    assert e.value.message_en.startswith("Activity-item credit of Annex III A (PMK 150/PMK.05/2019) applies only to work "
                                         "before 1 January 2023;")


def test_lampiran_iii_a_volume_and_anggota_as_text() -> None:
    assert ak_butir("PKA.1.1", MU, volume="0") == 0
    assert ak_butir("PKA.1.1", MU, volume="0,5") == Decimal("0.01")
    assert ak_butir("PKA.1.1", MU, anggota="1") == Decimal("0.02")
    assert ak_butir("PNJ.b.3", MU, anggota="1") == butir("PNJ.b.3").angka_kredit[MU]


def test_lampiran_iii_a_cell_not_a_number_names_the_butir(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InvalidInput) as e:
        bk._ak("nol koma satu", "PKA.1.1")
    assert (e.value.field, e.value.value) == ("PKA.1.1", "nol koma satu")

    def change(d: dict[str, Any]) -> None:
        d["tabel"][0]["baris"][0]["angka_kredit"] = "0"

    err = _tolak(monkeypatch, "lampiran_iii_a_prof.json", change)
    assert (err.field, err.value, err.expected) == ("PROF.1.1", "0", "Angka Kredit > 0")
