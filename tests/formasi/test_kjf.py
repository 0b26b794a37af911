"""PMK 150/PMK.05/2019 Lampiran I huruf A angka 2 huruf d and e: KJF = w / JKE, every column of the
"Tabel penghitungan KJF", rounding policies, bad input. Numbers checked by hand in the comments.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from decimal import Decimal, localcontext

import pytest

from asnrules.core import AsnRulesError, InvalidInput
from asnrules.formasi import (
    JKE,
    PEMBULATAN_BAKU,
    HasilKJF,
    JumlahPejabat,
    Pembulatan,
    bulatkan,
    kjf,
    rincian_ak_non_paket,
)
from asnrules.models import JenjangJabatan as J

D = Decimal
NIHIL = JumlahPejabat()


# --- kolom (5)-(10): JumlahPejabat ------------------------------------------------------------------


def test_kolom_10_is_sum_of_kolom_5_to_9():
    p = JumlahPejabat(ppk=1, ppspm=2, bp=3, bpen=4, bpp=5)
    assert (p.ppk, p.ppspm, p.bp, p.bpen, p.bpp) == (1, 2, 3, 4, 5)
    assert p.total == 15


def test_jumlah_pejabat_positional_order_is_ppk_ppspm_bp_bpen_bpp():
    assert JumlahPejabat(1, 0, 0, 0, 0).ppk == 1
    assert JumlahPejabat(0, 1, 0, 0, 0).ppspm == 1
    assert JumlahPejabat(0, 0, 1, 0, 0).bp == 1
    assert JumlahPejabat(0, 0, 0, 1, 0).bpen == 1
    assert JumlahPejabat(0, 0, 0, 0, 1).bpp == 1
    assert JumlahPejabat().total == 0


def test_jumlah_pejabat_is_frozen_hashable_and_adds():
    p = JumlahPejabat(ppk=1)
    with pytest.raises(FrozenInstanceError):
        p.ppk = 2  # type: ignore[misc]
    assert p == JumlahPejabat(1, 0, 0, 0, 0)
    assert hash(p) == hash(JumlahPejabat(1))
    assert p + JumlahPejabat(bpp=2) == JumlahPejabat(1, 0, 0, 0, 2)


def test_jumlah_pejabat_accepts_integral_text_and_decimal():
    assert JumlahPejabat(ppk="2", ppspm=D(3)).total == 5


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"ppk": -1}, "pejabat.ppk"),
        ({"ppspm": -2}, "pejabat.ppspm"),
        ({"bp": 1.0}, "pejabat.bp"),
        ({"bpen": D("1.5")}, "pejabat.bpen"),
        ({"bpp": True}, "pejabat.bpp"),
        ({"ppk": "dua"}, "pejabat.ppk"),
        ({"ppk": None}, "pejabat.ppk"),
    ],
)
def test_jumlah_pejabat_bad_counts_name_the_field(kwargs, field):
    with pytest.raises(InvalidInput) as e:
        JumlahPejabat(**kwargs)
    assert e.value.field == field


# --- hand-checked KJF rows ----------------------------------------------------------------------------


def test_one_ppk_at_ahli_pertama_needs_exactly_one_analis():
    # (11) = 0 + 12,5 × 1 = 12,5; (13) = 12,5 / 0,01 = 1.250 jam; (14) = 1.250 / 1.250 = 1
    h = kjf(J.AHLI_PERTAMA, ak_non_paket=0, pejabat=JumlahPejabat(ppk=1))
    assert h.total_ak == D("12.5")
    assert h.waktu_penyelesaian == D(1250)
    assert h.kebutuhan == D(1)
    assert h.kebutuhan_bulat == 1


def test_ahli_muda_two_ppk_one_ppspm_five_ak_non_paket():
    # (10) = 3; (11) = 5 + 25 × 3 = 80; (13) = 80 / 0,02 = 4.000 jam; (14) = 4.000 / 1.250 = 3,2
    h = kjf(J.AHLI_MUDA, ak_non_paket=D(5), pejabat=JumlahPejabat(ppk=2, ppspm=1))
    assert h.jenjang is J.AHLI_MUDA
    assert h.ak_non_paket == D(5)
    assert h.ak_paket == D(25)
    assert h.pejabat.total == h.jumlah_pejabat == 3
    assert h.total_ak == D(80)
    assert h.ak_per_jam == D("0.02")
    assert h.waktu_penyelesaian == D(4000)
    assert h.kebutuhan == D("3.2")
    assert h.kebutuhan_bulat == 3
    assert h.jke == JKE
    assert h.pembulatan is PEMBULATAN_BAKU is Pembulatan.SETENGAH_KE_ATAS
    assert str(h.waktu_penyelesaian) == "4000"  # no "4E+3"
    assert str(kjf(J.AHLI_MADYA, ak_non_paket=75, pejabat=NIHIL).waktu_penyelesaian) == "2500"
    assert str(kjf(J.AHLI_MADYA, ak_non_paket=750, pejabat=NIHIL).kebutuhan) == "20"


@pytest.mark.parametrize(
    ("jenjang", "paket", "rate"),
    [
        (J.TERAMPIL, "5", "0.004"),
        (J.MAHIR, "12.5", "0.01"),
        (J.PENYELIA, "25", "0.02"),
        (J.AHLI_PERTAMA, "12.5", "0.01"),
        (J.AHLI_MUDA, "25", "0.02"),
        (J.AHLI_MADYA, "37.5", "0.03"),
    ],
)
def test_kolom_4_and_12_per_jenjang_and_one_pejabat_is_one_person(jenjang, paket, rate):
    """Every jenjang: one pejabat with the printed paket and nothing else needs exactly one official."""
    h = kjf(jenjang, ak_non_paket=0, pejabat=JumlahPejabat(bp=1))
    assert h.ak_paket == D(paket)
    assert h.ak_per_jam == D(rate)
    assert h.waktu_penyelesaian == JKE
    assert h.kebutuhan == 1
    assert h.kebutuhan_bulat == 1


@pytest.mark.parametrize("field", ["ppk", "ppspm", "bp", "bpen", "bpp"])
def test_kolom_11_counts_every_kind_of_pejabat_alike(field):
    h = kjf(J.PENYELIA, ak_non_paket=0, pejabat=JumlahPejabat(**{field: 2}))
    assert h.total_ak == D(50)
    assert h.kebutuhan == 2


def test_terampil_column_by_column():
    # (11) = 3 + 5 × (1+1+2+0+1 = 5) = 28; (13) = 28 / 0,004 = 7.000; (14) = 7.000 / 1.250 = 5,6 → 6
    h = kjf(J.TERAMPIL, ak_non_paket="3", pejabat=JumlahPejabat(1, 1, 2, 0, 1))
    assert (h.total_ak, h.waktu_penyelesaian, h.kebutuhan, h.kebutuhan_bulat) == (D(28), D(7000), D("5.6"), 6)


def test_ahli_madya_non_terminating_quotient_and_exact_rounding():
    # (11) = 5; (13) = 5 / 0,03 = 166,666…; (14) = 5 / 37,5 = 0,1333…
    h = kjf(J.AHLI_MADYA, ak_non_paket=5, pejabat=NIHIL)
    assert h.waktu_penyelesaian == D("166.6666666666666666666666667")
    assert h.kebutuhan == D("0.1333333333333333333333333333")
    assert h.kebutuhan_bulat == 0
    assert kjf(J.AHLI_MADYA, ak_non_paket=5, pejabat=NIHIL, pembulatan=Pembulatan.KE_ATAS).kebutuhan_bulat == 1


def test_ahli_madya_exact_half_rounds_up_without_double_rounding():
    # (14) = 56,25 / 37,5 = 1,5 exactly → half-up 2, floor 1, ceiling 2
    for p, expected in ((Pembulatan.SETENGAH_KE_ATAS, 2), (Pembulatan.KE_BAWAH, 1), (Pembulatan.KE_ATAS, 2)):
        h = kjf(J.AHLI_MADYA, ak_non_paket="56,25", pejabat=NIHIL, pembulatan=p)
        assert h.kebutuhan == D("1.5")
        assert h.kebutuhan_bulat == expected


def test_result_does_not_depend_on_callers_decimal_context():
    with localcontext() as ctx:
        ctx.prec = 3
        h = kjf(J.AHLI_MADYA, ak_non_paket=D("1234.56"), pejabat=JumlahPejabat(ppk=7))
    # (11) = 1.234,56 + 37,5 × 7 = 1.497,06; (14) = 1.497,06 / 37,5 = 39,9216
    assert h.total_ak == D("1497.06")
    assert h.kebutuhan == D("39.9216")
    assert h.kebutuhan_bulat == 40


def test_zero_need_is_valid_not_an_error():
    for j in J:
        h = kjf(j, ak_non_paket=0, pejabat=NIHIL)
        assert h.total_ak == 0 and h.waktu_penyelesaian == 0 and h.kebutuhan == 0 and h.kebutuhan_bulat == 0
        for p in Pembulatan:
            assert kjf(j, ak_non_paket=0, pejabat=NIHIL, pembulatan=p).kebutuhan_bulat == 0


def test_ak_paket_override_replaces_kolom_4():
    # actual Σ AK Butir Kegiatan Paket of 20 per PPK at Ahli Pertama: (11) = 40 → (14) = 40 / 12,5 = 3,2
    h = kjf(J.AHLI_PERTAMA, ak_non_paket=0, pejabat=JumlahPejabat(ppk=2), ak_paket="20")
    assert h.ak_paket == D(20)
    assert h.kebutuhan == D("3.2")


def test_jke_1250_is_the_default_and_equal_values_are_accepted():
    base = kjf(J.AHLI_PERTAMA, ak_non_paket=0, pejabat=JumlahPejabat(ppk=1))
    for jke in (1250, "1250", D("1250.0"), "1250,00"):
        h = kjf(J.AHLI_PERTAMA, ak_non_paket=0, pejabat=JumlahPejabat(ppk=1), jke=jke)
        assert (h.waktu_penyelesaian, h.kebutuhan, h.kebutuhan_bulat) == (base.waktu_penyelesaian, 1, 1)


@pytest.mark.parametrize("jke", [1000, "1200", D("1250.5"), D("1249")])
def test_other_jke_without_its_own_ak_per_jam_is_refused(jke):
    """The AK per jam table holds "dalam hal menggunakan jam kerja efektif 1.250 jam per tahun"
    (angka 2 huruf a): applying it with another JKE would give a number the text does not support
    (e.g. 1,25 persons for one PPK at JKE 1.000)."""
    with pytest.raises(InvalidInput) as e:
        kjf(J.AHLI_PERTAMA, ak_non_paket=0, pejabat=JumlahPejabat(ppk=1), jke=jke)
    assert e.value.field == "jke"
    assert "1.250" in str(e.value)
    assert e.value.message_en


@pytest.mark.parametrize("jke", ["1.250", " 1.250 ", "1.000"])
def test_jke_written_with_a_thousands_dot_is_ambiguous_and_refused(jke):
    """The PMK writes "1.250"; the library reads "1.250" as 1,25 — never silently 1.000× too many."""
    with pytest.raises(InvalidInput) as e:
        kjf(J.AHLI_PERTAMA, ak_non_paket=0, pejabat=JumlahPejabat(ppk=1), jke=jke, ak_per_jam="0,01")
    assert e.value.field == "jke"


def test_other_jke_with_ak_per_jam_by_the_method_of_huruf_a():
    # JKE 1.000; keeping the rhythm 5.000 = 4 × JKE: AK per jam = 50 / 4.000 = 0,0125.
    # (13) = 12,5 / 0,0125 = 1.000 jam; (14) = 1.000 / 1.000 = 1
    h = kjf(J.AHLI_PERTAMA, ak_non_paket=0, pejabat=JumlahPejabat(ppk=1), jke=1000, ak_per_jam="0,0125")
    assert h.waktu_penyelesaian == D(1000)
    assert h.kebutuhan == D(1)
    assert h.jke == D(1000)
    # kolom (14) = (13) / JKE with the rate given
    h = kjf(J.AHLI_PERTAMA, ak_non_paket=0, pejabat=JumlahPejabat(ppk=1), jke=1000, ak_per_jam="0,01")
    assert (h.waktu_penyelesaian, h.kebutuhan) == (D(1250), D("1.25"))


def test_ak_per_jam_override():
    h = kjf(J.AHLI_PERTAMA, ak_non_paket=10, pejabat=NIHIL, ak_per_jam="0,02")
    assert h.ak_per_jam == D("0.02")
    assert h.waktu_penyelesaian == D(500)
    assert h.kebutuhan == D("0.4")


def test_text_jenjang_and_tahun():
    h = kjf("ahli muda", ak_non_paket=0, pejabat=NIHIL, tahun=2026)
    assert h.jenjang is J.AHLI_MUDA
    assert h.tahun == 2026


def test_hasil_is_frozen_and_cites_lampiran_i_a_angka_2():
    h = kjf(J.AHLI_MUDA, ak_non_paket=0, pejabat=NIHIL)
    assert isinstance(h, HasilKJF)
    with pytest.raises(AttributeError):
        h.kebutuhan = D(1)  # type: ignore[misc]
    assert h._asdict()["kebutuhan"] == 0
    assert str(h.citation).startswith("PMK 150/PMK.05/2019 Lampiran I huruf A angka 2")


def test_rincian_carries_jumlah_tahun_and_errata_into_the_row():
    r = rincian_ak_non_paket({"PKA.2.3": 100, "PKA.12.3": 50}, J.AHLI_MADYA, tahun=2027)
    # 100 × 0,01 + 50 × 0,02 = 2
    h = kjf(J.AHLI_MADYA, ak_non_paket=r, pejabat=NIHIL)
    assert h.ak_non_paket == D(2)
    assert h.tahun == 2027
    assert len(h.errata) == 1
    assert "Tabel 2 nomor 3" in str(getattr(h.errata[0], "lokasi", h.errata[0]))


def test_plain_number_carries_no_errata():
    assert kjf(J.AHLI_MADYA, ak_non_paket=2, pejabat=NIHIL).errata == ()


def test_rincian_of_another_jenjang_is_refused():
    r = rincian_ak_non_paket({"PKA.12.1": 1}, J.AHLI_PERTAMA)
    with pytest.raises(InvalidInput) as e:
        kjf(J.AHLI_MUDA, ak_non_paket=r, pejabat=NIHIL)
    assert e.value.field == "ak_non_paket"


# --- bad input ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"ak_non_paket": -1}, "ak_non_paket"),
        ({"ak_non_paket": 1.5}, "ak_non_paket"),
        ({"ak_non_paket": "x"}, "ak_non_paket"),
        ({"ak_non_paket": None}, "ak_non_paket"),
        ({"ak_non_paket": D("NaN")}, "ak_non_paket"),
        ({"ak_non_paket": D("-0.01")}, "ak_non_paket"),
        ({"pejabat": 3}, "pejabat"),
        ({"pejabat": (1, 0, 0, 0, 0)}, "pejabat"),
        ({"ak_paket": -5}, "ak_paket"),
        ({"ak_paket": 12.5}, "ak_paket"),
        ({"jke": 0}, "jke"),
        ({"jke": -1250}, "jke"),
        ({"jke": 1250.0}, "jke"),
        ({"ak_per_jam": 0}, "ak_per_jam"),
        ({"ak_per_jam": 0.01}, "ak_per_jam"),
        ({"pembulatan": "banker"}, "pembulatan"),
        ({"tahun": "2025"}, "tahun"),
        ({"tahun": -1}, "tahun"),
    ],
)
def test_bad_input_is_invalid_input_naming_the_field(kwargs, field):
    args = {"ak_non_paket": 0, "pejabat": NIHIL, **kwargs}
    with pytest.raises(InvalidInput) as e:
        kjf(J.AHLI_MUDA, **args)
    assert e.value.field == field
    assert e.value.message_en


@pytest.mark.parametrize("jenjang", ["Ahli Utama", None, 5, 2.0])
def test_jenjang_the_table_lacks_is_invalid_input(jenjang):
    with pytest.raises(InvalidInput) as e:
        kjf(jenjang, ak_non_paket=0, pejabat=NIHIL)
    assert e.value.field == "jenjang"


def test_errors_are_asnrules_errors_never_bare():
    with pytest.raises(AsnRulesError):
        kjf(J.AHLI_MUDA, ak_non_paket=[], pejabat=NIHIL)  # type: ignore[arg-type]


# --- rounding policy ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "half_up", "ceiling", "floor"),
    [
        ("0", 0, 0, 0),
        ("0.4", 0, 1, 0),
        ("0.5", 1, 1, 0),
        ("3.2", 3, 4, 3),
        ("3.49", 3, 4, 3),
        ("3.5", 4, 4, 3),
        ("3.99", 4, 4, 3),
        ("4", 4, 4, 4),
        ("-1.5", -2, -1, -2),
        ("-1.2", -1, -1, -2),
    ],
)
def test_bulatkan_policies(value, half_up, ceiling, floor):
    assert bulatkan(D(value)) == half_up
    assert bulatkan(D(value), Pembulatan.SETENGAH_KE_ATAS) == half_up
    assert bulatkan(D(value), "ke_atas") == ceiling
    assert bulatkan(D(value), "KE_BAWAH") == floor


def test_bulatkan_refuses_float():
    with pytest.raises(InvalidInput) as exc_info:
        bulatkan(0.5)
    assert (exc_info.value.field, exc_info.value.value) == ('nilai', 0.5)


@pytest.mark.parametrize("value", ["1E+23", "1E+24", "1E+40", "1E+59", "123456789012345678901234567.5"])
@pytest.mark.parametrize("jenjang", [J.AHLI_MUDA, J.AHLI_MADYA])
def test_huge_values_round_exactly_and_consistently(value, jenjang):
    r = {p: kjf(jenjang, ak_non_paket=value, pejabat=NIHIL, pembulatan=p).kebutuhan_bulat for p in Pembulatan}
    assert r[Pembulatan.KE_BAWAH] <= r[Pembulatan.SETENGAH_KE_ATAS] <= r[Pembulatan.KE_ATAS] <= r[Pembulatan.KE_BAWAH] + 1
    h = kjf(jenjang, ak_non_paket=value, pejabat=NIHIL)
    divisor = 25 if jenjang is J.AHLI_MUDA else D("37.5")
    # floor of (11) / ((12) × JKE), computed with Python integers
    num, den = (h.total_ak / 1).as_integer_ratio(), D(divisor).as_integer_ratio()
    assert r[Pembulatan.KE_BAWAH] == (num[0] * den[1]) // (num[1] * den[0])


def test_absurd_values_are_invalid_input_not_bare_decimal_errors():
    with pytest.raises(InvalidInput) as exc_info:
        kjf(J.AHLI_MADYA, ak_non_paket="1E+120", pejabat=NIHIL)
    assert (exc_info.value.field, exc_info.value.value) == ('ak_non_paket', '1E+120')
