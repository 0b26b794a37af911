"""Property tests of the Lampiran III huruf A butir tables and ``ak_butir`` (hypothesis)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asnrules.angka_kredit._errata_butir import ERRATA_BUTIR
from asnrules.angka_kredit.butir_kegiatan import (
    AHLI,
    Butir,
    PERSEN_JENJANG_LEBIH_RENDAH,
    _urai_kode,
    ak_butir,
    butir,
    daftar_butir,
)
from asnrules.core import PMK_150, InvalidInput, NotInTable
from asnrules.models import JenjangJabatan

KODE = [b.kode for b in daftar_butir()]
kode_st = st.sampled_from(KODE)
jenjang_st = st.sampled_from(AHLI)
volume_int = st.integers(min_value=0, max_value=10**6)
volume_dec = st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False, allow_infinity=False)
volume_st = st.one_of(volume_int, volume_dec)


@settings(max_examples=300, deadline=None)
@given(kode_st, jenjang_st, volume_st, volume_st)
def test_ak_butir_linier_dalam_volume(kode: str, j: JenjangJabatan, v1: Decimal, v2: Decimal) -> None:
    satu = ak_butir(kode, j)
    assert ak_butir(kode, j, volume=v1) == satu * v1
    assert ak_butir(kode, j, volume=v1 + v2) == ak_butir(kode, j, volume=v1) + ak_butir(kode, j, volume=v2)
    assert ak_butir(kode, j, volume=0) == 0


@settings(max_examples=200, deadline=None)
@given(kode_st, volume_st)
def test_pelaksana_lebih_tinggi_tidak_pernah_lebih_sedikit(kode: str, volume: Decimal) -> None:
    nilai = [ak_butir(kode, j, volume=volume) for j in AHLI]
    assert nilai == sorted(nilai)


@settings(max_examples=200, deadline=None)
@given(kode_st, jenjang_st, st.integers(min_value=1, max_value=3), volume_int)
def test_kelompok_sampai_tiga_tidak_mengubah_nilai(kode: str, j: JenjangJabatan, anggota: int, v: int) -> None:
    if kode.startswith("PKA."):
        assert ak_butir(kode, j, volume=v, anggota=anggota) == ak_butir(kode, j, volume=v)


@settings(max_examples=100, deadline=None)
@given(kode_st, jenjang_st, st.integers(min_value=4, max_value=10**6))
def test_kelompok_lebih_dari_tiga_selalu_ditolak(kode: str, j: JenjangJabatan, anggota: int) -> None:
    try:
        ak_butir(kode, j, anggota=anggota)
    except InvalidInput as e:
        assert e.field == "anggota" and e.citation is not None
    else:  # pragma: no cover - must not happen
        raise AssertionError("4 or more members must be refused")


def test_setiap_nilai_adalah_sel_tabel_atau_80_persennya() -> None:
    for b in daftar_butir():
        for j in AHLI:
            nilai = ak_butir(b.kode, j)
            if j in b.angka_kredit:
                assert nilai == b.angka_kredit[j]
            elif any(k < j for k in b.pelaksana):  # performed by a higher jenjang: 100 %
                assert nilai == b.angka_kredit[max(k for k in b.pelaksana if k < j)]
            else:  # performed by a lower jenjang: 80 %
                assert nilai == b.angka_kredit[min(b.pelaksana)] * PERSEN_JENJANG_LEBIH_RENDAH


def test_setiap_butir_punya_citation_dan_kode_unik_yang_dapat_diurai() -> None:
    assert len(set(KODE)) == len(KODE)
    for b in daftar_butir():
        c = b.citation
        assert (c.regulasi, c.lampiran, c.huruf) == (PMK_150, "III", "A")
        assert str(c).startswith("PMK 150/PMK.05/2019 Lampiran III huruf A angka ")
        assert str(c).endswith(f"nomor {b.nomor}")
        prefix, tabel, nomor = _urai_kode(b.kode)
        assert (tabel, nomor) == (b.tabel, b.nomor)
        assert butir(f"{prefix}.{tabel}.{nomor}") is b
        assert b.kegiatan and b.hasil_kerja and b.angka_kredit
        assert set(b.angka_kredit) == set(b.pelaksana)
        assert all(v > 0 for v in b.angka_kredit.values())


@settings(max_examples=200, deadline=None)
@given(kode_st, st.data())
def test_kode_tahan_huruf_besar_kecil_dan_spasi(kode: str, data: st.DataObject) -> None:
    ketik = "".join(data.draw(st.sampled_from([c.lower(), c.upper()])) for c in kode)
    ketik = data.draw(st.sampled_from(["", " ", "\t"])) + ketik + data.draw(st.sampled_from(["", " "]))
    assert butir(ketik).kode == kode


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_kode_acak_hanya_menghasilkan_galat_asnrules(teks: str) -> None:
    try:
        b = butir(teks)
    except NotInTable as e:
        assert e.existing and all(k in KODE for k in e.existing)
    else:
        assert b.kode in KODE


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.floats(), st.booleans(), st.none(), st.integers(max_value=-1), st.lists(st.integers())))
def test_volume_buruk_selalu_invalid_input(volume: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        ak_butir("PKA.1.1", JenjangJabatan.AHLI_PERTAMA, volume=volume)
    assert exc.value.field == "volume"


def _anomali_nilai() -> set[str]:
    """Butir whose credit points break the monotone pattern of their own table (the property).

    In a table of one-cell steps (Pertama analyses, Muda evaluates, Madya recommends) the step of a
    higher jenjang is worth at least the step of the jenjang below it; in a table whose rows fill all
    three columns, a higher column is worth at least a lower one.
    """
    anomali: set[str] = set()
    per_tabel: dict[str, list[Butir]] = {}
    for b in daftar_butir():
        if b.kode.startswith("PKA."):
            per_tabel.setdefault(b.tabel, []).append(b)
    for rows in per_tabel.values():
        for b in rows:
            nilai = [b.angka_kredit[j] for j in AHLI if j in b.angka_kredit]
            if nilai != sorted(nilai):
                anomali.add(b.kode)
        satu_sel = [b for b in rows if len(b.angka_kredit) == 1]
        if len(satu_sel) == len(rows):
            langkah = sorted(satu_sel, key=lambda b: b.pelaksana[0])
            for bawah, atas in zip(langkah, langkah[1:]):
                if atas.angka_kredit[atas.pelaksana[0]] < bawah.angka_kredit[bawah.pelaksana[0]]:
                    anomali.add(atas.kode)
    return anomali


def test_errata_nilai_sama_dengan_anomali_yang_ditemukan() -> None:
    terdaftar = {k for e in ERRATA_BUTIR if "kolom Angka Kredit" in str(e["lokasi"]) for k in e["kode"]}
    assert _anomali_nilai() == terdaftar
    assert terdaftar == {f"PKA.{t}.3" for t in range(2, 11)} | {"PKA.21.3"}


def test_errata_data_lengkap_dan_kode_ada() -> None:
    for e in ERRATA_BUTIR:
        assert set(e) == {"lokasi", "teks_terbit", "alasan", "nilai_dimaksud", "kode"}
        assert str(e["lokasi"]).startswith("PMK 150/PMK.05/2019 Lampiran III huruf A")
        assert e["kode"] and all(k in KODE for k in e["kode"])
        for k in e["kode"]:
            assert any(x.lokasi == e["lokasi"] for x in butir(k).errata)
    assert len({e["lokasi"] for e in ERRATA_BUTIR}) == len(ERRATA_BUTIR)


def test_setiap_errata_lampiran_iii_a_ada_di_errata_modul() -> None:
    from asnrules.angka_kredit import ERRATA

    butir_errata = {e.lokasi: e for b in daftar_butir() for e in b.errata}
    assert set(butir_errata) == {e["lokasi"] for e in ERRATA_BUTIR}
    di_modul = {e.lokasi for e in ERRATA}
    assert set(butir_errata) <= di_modul
