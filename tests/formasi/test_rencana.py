"""PMK 150/PMK.05/2019 Pasal 5 ayat (2)-(5), Lampiran I huruf A angka 2 huruf e (5-year KJF table),
angka 4 (Tabel Rekapitulasi) and angka 5 per jenjang and year."""

from __future__ import annotations

from decimal import Decimal
from types import MappingProxyType

import pytest

from asnrules.core import InvalidInput
from asnrules.formasi import (
    JumlahPejabat,
    JumlahTersedia,
    MasukanKJF,
    Pembulatan,
    RencanaKJF,
    kjf,
    rencana_kjf,
    rincian_ak_non_paket,
    tabel_lkjf,
)
from asnrules.models import JenjangJabatan as J

D = Decimal
P, MU = J.AHLI_PERTAMA, J.AHLI_MUDA


def _plan(pembulatan=Pembulatan.SETENGAH_KE_ATAS):
    years = []
    for i in range(5):
        years.append(
            {
                # listed in reverse table order on purpose: rows come out in the table's order
                MU: MasukanKJF(ak_non_paket=D(5), pejabat=JumlahPejabat(ppk=2, ppspm=1)),  # 3,2 every year
                P: MasukanKJF(ak_non_paket=D(i) * D("2.5"), pejabat=JumlahPejabat(ppk=1)),  # 1 + 0,2 i
            }
        )
    return rencana_kjf(2025, years, pembulatan=pembulatan)


def test_pasal_5_ayat_2_five_years_n_to_n_plus_4():
    r = _plan()
    assert isinstance(r, RencanaKJF)
    assert r.tahun == (2025, 2026, 2027, 2028, 2029)
    assert r.tahun_awal == 2025
    assert r.jenjang == (P, MU)
    assert [(h.tahun, h.jenjang) for h in r.baris] == [(t, j) for t in r.tahun for j in (P, MU)]
    assert str(r.citation) == "PMK 150/PMK.05/2019 Pasal 5 ayat (2)"


def test_every_row_equals_kjf():
    r = _plan()
    for i, t in enumerate(r.tahun):
        assert r.hasil(t, P) == kjf(P, ak_non_paket=D(i) * D("2.5"), pejabat=JumlahPejabat(ppk=1), tahun=t)
        assert r.hasil(t, "Ahli Muda").kebutuhan == D("3.2")


def test_other_jke_needs_ak_per_jam_in_every_row():
    """The AK per jam table holds for JKE 1.250 only (Lampiran I huruf A angka 2 huruf a)."""
    plain = [{P: MasukanKJF(ak_non_paket=D(0), pejabat=JumlahPejabat(ppk=1))}] * 5
    with pytest.raises(InvalidInput) as e:
        rencana_kjf(2025, plain, jke=1000)
    assert e.value.field == "jke"
    own = [{P: MasukanKJF(ak_non_paket=D(0), pejabat=JumlahPejabat(ppk=1), ak_per_jam=D("0.0125"))}] * 5
    r = rencana_kjf(2025, own, jke=1000)
    assert r.jke == D(1000)
    assert all(h.ak_per_jam == D("0.0125") and h.waktu_penyelesaian == 1000 and h.kebutuhan == 1 for h in r.baris)


def test_angka_4_rekap_exact_and_whole():
    r = _plan()
    # Ahli Pertama (14): 1; 1,2; 1,4; 1,6; 1,8 → sum 7 ; Ahli Muda 3,2 × 5 = 16
    assert [r.rekap.sel[(P, t)] for t in r.tahun] == [D(1), D("1.2"), D("1.4"), D("1.6"), D("1.8")]
    assert r.rekap.jumlah_per_jenjang[P] == D(7)
    assert r.rekap.jumlah_per_jenjang[MU] == D(16)
    assert r.rekap.jumlah_per_tahun[2025] == D("4.2")
    assert r.rekap.jumlah_per_tahun[2029] == D("5.0")
    assert r.rekap.jumlah == D(23)
    # whole persons (half-up per cell): Pertama 1,1,1,2,2 ; Muda 3 × 5
    assert [r.rekap_bulat.sel[(P, t)] for t in r.tahun] == [1, 1, 1, 2, 2]
    assert r.rekap_bulat.jumlah_per_jenjang == {P: 7, MU: 15}
    assert r.rekap_bulat.jumlah_per_tahun == {2025: 4, 2026: 4, 2027: 4, 2028: 5, 2029: 5}
    assert r.rekap_bulat.jumlah == 22
    assert isinstance(r.rekap.sel, MappingProxyType)
    assert str(r.rekap.citation) == "PMK 150/PMK.05/2019 Lampiran I huruf A angka 4"


def test_rekap_bulat_with_ceiling():
    r = _plan(Pembulatan.KE_ATAS)
    assert [r.rekap_bulat.sel[(P, t)] for t in r.tahun] == [1, 2, 2, 2, 2]
    assert r.rekap_bulat.jumlah == 9 + 20
    assert r.pembulatan is Pembulatan.KE_ATAS


def test_rincian_may_feed_a_year_and_must_match_it():
    ok = rincian_ak_non_paket({"PKA.12.1": 50}, P, tahun=2025)
    m = {P: MasukanKJF(ok, JumlahPejabat())}
    r = rencana_kjf(2025, [m, *[{P: MasukanKJF(0, JumlahPejabat())}] * 4])
    assert r.hasil(2025, P).ak_non_paket == D(1)
    with pytest.raises(InvalidInput) as exc_info:
        rencana_kjf(2024, [m, *[{P: MasukanKJF(0, JumlahPejabat())}] * 4])
    assert (exc_info.value.field, exc_info.value.value) == ('masukan[0][Ahli Pertama].ak_non_paket', 2025)


@pytest.mark.parametrize("n", [0, 1, 4, 6])
def test_pasal_5_ayat_2_needs_exactly_five_years(n):
    with pytest.raises(InvalidInput) as e:
        rencana_kjf(2025, [{P: MasukanKJF(0, JumlahPejabat())}] * n)
    assert e.value.field == "masukan"


def test_same_jenjang_every_year():
    years = [{P: MasukanKJF(0, JumlahPejabat())}] * 4 + [{MU: MasukanKJF(0, JumlahPejabat())}]
    with pytest.raises(InvalidInput) as e:
        rencana_kjf(2025, years)
    assert e.value.field == "masukan[4]"


@pytest.mark.parametrize(
    ("masukan", "field"),
    [
        ([{}] * 5, "masukan[0]"),
        ([{P: (0, JumlahPejabat())}] * 5, "masukan[0][Ahli Pertama]"),
        ([{"Ahli Utama": MasukanKJF(0, JumlahPejabat())}] * 5, "masukan[0] jenjang"),
        ({P: MasukanKJF(0, JumlahPejabat())}, "masukan"),
        ([{P: MasukanKJF(-1, JumlahPejabat())}] * 5, "ak_non_paket"),
        ([{P: MasukanKJF(0, JumlahPejabat(), ak_paket=1.5)}] * 5, "ak_paket"),
        ([{P: MasukanKJF(0, JumlahPejabat()), "ahli pertama": MasukanKJF(0, JumlahPejabat())}] * 5, "masukan[0]"),
    ],
)
def test_bad_masukan(masukan, field):
    with pytest.raises(InvalidInput) as e:
        rencana_kjf(2025, masukan)
    assert e.value.field == field


@pytest.mark.parametrize("tahun", ["2025", -1, 2025.0, None])
def test_bad_tahun_awal(tahun):
    with pytest.raises(InvalidInput) as e:
        rencana_kjf(tahun, [{P: MasukanKJF(0, JumlahPejabat())}] * 5)
    assert e.value.field == "tahun_awal"


def test_hasil_lookup_errors():
    r = _plan()
    with pytest.raises(InvalidInput) as exc_info:
        r.hasil(2030, P)
    assert (exc_info.value.field, exc_info.value.value) == ('tahun', 2030)
    with pytest.raises(InvalidInput) as exc_info:
        r.hasil(2025, J.AHLI_MADYA)
    assert exc_info.value.field == 'jenjang'


# --- angka 5 per jenjang and year ---------------------------------------------------------------------


def _tersedia():
    return [
        {P: JumlahTersedia(jf=1), MU: JumlahTersedia(jf=4, jfb=1)},  # P: 1-1=0 ; MU: 3-3=0
        {P: JumlahTersedia(jf=1, jfm=1), MU: JumlahTersedia(jf=3)},  # P: 1-2=-1 ; MU: 0
        {P: JumlahTersedia(jf=2, jfn=1), MU: JumlahTersedia(jf=3, jfm=1)},  # P: 1-1=0 ; MU: 3-4=-1
        {P: JumlahTersedia(jf=1), MU: JumlahTersedia(jf=2)},  # P: 2-1=1 ; MU: 3-2=1
        {P: JumlahTersedia(), MU: JumlahTersedia()},  # P: 2 ; MU: 3
    ]


def test_angka_5_table_per_jenjang_per_year():
    t = tabel_lkjf(_plan(), _tersedia())
    assert [t.sel[(P, y)].lkjf for y in t.tahun] == [0, -1, 0, 1, 2]
    assert [t.sel[(MU, y)].lkjf for y in t.tahun] == [0, 0, -1, 1, 3]
    assert t.ada_surplus
    assert t.sel[(P, 2026)].surplus
    assert t.jumlah_per_tahun == {2025: 0, 2026: -1, 2027: -1, 2028: 2, 2029: 5}
    # a surplus of one jenjang does not fill a vacancy of another
    assert t.lowongan_per_tahun == {2025: 0, 2026: 0, 2027: 0, 2028: 2, 2029: 5}
    assert t.jumlah_per_jenjang == {P: 2, MU: 3}
    assert not t.eksak


def test_angka_5_table_exact_kjf():
    t = tabel_lkjf(_plan(), _tersedia(), eksak=True)
    assert t.sel[(P, 2026)].lkjf == D("1.2") - 2
    assert t.eksak


def test_tabel_lkjf_bad_input():
    r = _plan()
    with pytest.raises(InvalidInput) as exc_info:
        tabel_lkjf(r, _tersedia()[:4])
    assert exc_info.value.field == 'tersedia'
    with pytest.raises(InvalidInput) as exc_info:
        tabel_lkjf(r, [{P: JumlahTersedia()}] * 5)
    assert (exc_info.value.field, exc_info.value.value) == ('tersedia[0]', ['Ahli Pertama'])
    with pytest.raises(InvalidInput) as exc_info:
        tabel_lkjf(r, [{P: (1, 0, 0, 0), MU: JumlahTersedia()}] * 5)
    assert (exc_info.value.field, exc_info.value.value) == ('tersedia[0][Ahli Pertama]', (1, 0, 0, 0))
    with pytest.raises(InvalidInput) as exc_info:
        tabel_lkjf("rencana", _tersedia())  # type: ignore[arg-type]
    assert (exc_info.value.field, exc_info.value.value) == ('rencana', 'rencana')
