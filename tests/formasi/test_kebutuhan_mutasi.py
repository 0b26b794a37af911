"""PMK 150/PMK.05/2019 Lampiran I huruf A angka 2 huruf a, d and e (KJF = w / JKE): boundaries, rounding
of kolom (14) on every path, and every field of the messages of ``asnrules.formasi.kebutuhan``.
Added for issue 12 (mutation testing); numbers checked by hand in the comments.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from asnrules.core import InvalidInput
from asnrules.formasi import JKE, JumlahPejabat, Pembulatan, kjf, rincian_ak_non_paket
from asnrules.formasi import kebutuhan as keb
from asnrules.formasi.tabel import CITATION_JKE, TABEL_AK_PER_JAM
from asnrules.models import JenjangJabatan as J

D = Decimal
NIHIL = JumlahPejabat()


# --- kolom (14) rounded on the exact path (every jenjang but Ahli Madya) ------------------------------


@pytest.mark.parametrize(
    ("ak_non_paket", "kebutuhan", "setengah", "ke_atas", "ke_bawah"),
    [
        # Ahli Muda, 2 PPK: (11) = x + 25 × 2; (14) = (11) / (0,02 × 1.250) = (11) / 25
        ("5", D("2.2"), 2, 3, 2),  # 55 / 25 = 2,2
        ("12,5", D("2.5"), 3, 3, 2),  # 62,5 / 25 = 2,5
        ("24", D("2.96"), 3, 3, 2),  # 74 / 25 = 2,96
        ("25", D(3), 3, 3, 3),  # 75 / 25 = 3: no rounding at all
    ],
)
def test_lampiran_i_a_angka_2_huruf_e_kolom_14_rounding_ahli_muda(ak_non_paket, kebutuhan, setengah, ke_atas, ke_bawah):
    got = {
        p: kjf(J.AHLI_MUDA, ak_non_paket=ak_non_paket, pejabat=JumlahPejabat(ppk=2), pembulatan=p)
        for p in Pembulatan
    }
    assert {h.kebutuhan for h in got.values()} == {kebutuhan}
    assert got[Pembulatan.SETENGAH_KE_ATAS].kebutuhan_bulat == setengah
    assert got[Pembulatan.KE_ATAS].kebutuhan_bulat == ke_atas
    assert got[Pembulatan.KE_BAWAH].kebutuhan_bulat == ke_bawah


def test_lampiran_i_a_angka_2_huruf_e_pembulatan_as_text_in_kjf():
    # Terampil, 1 BP: (11) = 1 + 5 = 6; (14) = 6 / (0,004 × 1.250) = 6 / 5 = 1,2
    h = kjf(J.TERAMPIL, ak_non_paket=1, pejabat=JumlahPejabat(bp=1), pembulatan=" KE_ATAS ")
    assert h.pembulatan is Pembulatan.KE_ATAS
    assert (h.kebutuhan, h.kebutuhan_bulat) == (D("1.2"), 2)
    h = kjf(J.TERAMPIL, ak_non_paket=1, pejabat=JumlahPejabat(bp=1), pembulatan="ke_bawah")
    assert h.pembulatan is Pembulatan.KE_BAWAH and h.kebutuhan_bulat == 1


def test_lampiran_i_a_angka_2_huruf_e_pembulatan_unknown_message():
    with pytest.raises(InvalidInput) as e:
        kjf(J.AHLI_MUDA, ak_non_paket=0, pejabat=NIHIL, pembulatan="banker")
    assert (e.value.field, e.value.value) == ("pembulatan", "banker")
    assert e.value.expected == "salah satu dari: setengah_ke_atas, ke_atas, ke_bawah"
    assert e.value.expected_en == "one of: setengah_ke_atas, ke_atas, ke_bawah"


# --- kolom (4) AK Paket and kolom (12) AK per jam given by the caller ---------------------------------


def test_lampiran_i_a_angka_2_huruf_e_kolom_4_zero_and_fraction_accepted():
    # (11) = 3 + 0 × 2 = 3 when the unit's paket carries no credit; 0,5 × 2 = 1 → (11) = 4
    h = kjf(J.AHLI_PERTAMA, ak_non_paket=3, pejabat=JumlahPejabat(ppk=2), ak_paket="0")
    assert (h.ak_paket, h.total_ak) == (D(0), D(3))
    h = kjf(J.AHLI_PERTAMA, ak_non_paket=3, pejabat=JumlahPejabat(ppk=2), ak_paket="0,5")
    assert (h.ak_paket, h.total_ak) == (D("0.5"), D(4))
    h = kjf(J.AHLI_PERTAMA, ak_non_paket=3, pejabat=JumlahPejabat(ppk=2), ak_paket=D(0))
    assert h.total_ak == D(3)


@pytest.mark.parametrize(("field", "value"), [("ak_per_jam", 0), ("ak_per_jam", "-0,01"), ("jke", 0), ("jke", D(-1250))])
def test_lampiran_i_a_angka_2_huruf_a_rate_and_jke_must_be_positive_message(field, value):
    with pytest.raises(InvalidInput) as e:
        kjf(J.AHLI_PERTAMA, ak_non_paket=0, pejabat=NIHIL, **{field: value})
    assert (e.value.field, e.value.value) == (field, value)
    assert (e.value.expected, e.value.expected_en) == ("bilangan > 0", "a number > 0")


def test_lampiran_i_a_angka_2_huruf_a_jke_with_thousands_dot_message():
    with pytest.raises(InvalidInput) as e:
        kjf(J.AHLI_PERTAMA, ak_non_paket=0, pejabat=NIHIL, jke="1.250", ak_per_jam="0,01")
    assert (e.value.field, e.value.value) == ("jke", "1.250")
    assert e.value.expected == "jam kerja efektif tanpa pemisah ribuan, mis. 1250 (teks '1.250' dibaca 1,25)"
    assert e.value.expected_en == (
        "effective hours without a thousands separator, e.g. 1250 (the text '1.250' reads as 1.25)"
    )
    assert e.value.citation == CITATION_JKE
    assert str(e.value.citation) == "PMK 150/PMK.05/2019 Lampiran I huruf A angka 2 huruf a, jam kerja efektif (JKE)"


def test_lampiran_i_a_angka_2_huruf_a_other_jke_without_rate_message():
    """"sesuai contoh tabel berikut dalam hal menggunakan jam kerja efektif 1.250 jam per tahun"."""
    with pytest.raises(InvalidInput) as e:
        kjf(J.AHLI_PERTAMA, ak_non_paket=0, pejabat=NIHIL, jke=1000)
    assert (e.value.field, e.value.value) == ("jke", 1000)
    assert e.value.expected == (
        "1.250 jam per tahun, atau JKE lain bersama ak_per_jam yang dihitung untuk JKE tersebut: tabel "
        "Angka Kredit Per Jam berlaku 'dalam hal menggunakan jam kerja efektif 1.250 jam per tahun'"
    )
    assert e.value.expected_en == (
        "1250 hours a year, or another JKE together with the ak_per_jam computed for it: the 'Angka Kredit "
        "Per Jam' table holds 'dalam hal menggunakan jam kerja efektif 1.250 jam per tahun'"
    )
    assert e.value.citation == CITATION_JKE


def test_lampiran_i_a_angka_2_huruf_a_jke_1250_given_explicitly_with_own_rate():
    # JKE 1.250 with the published Ahli Madya rate 0,03: (13) = 37,5 / 0,03 = 1.250, (14) = 1
    h = kjf(J.AHLI_MADYA, ak_non_paket=0, pejabat=JumlahPejabat(bpp=1), jke=JKE, ak_per_jam="0,03")
    assert (h.jke, h.waktu_penyelesaian, h.kebutuhan, h.kebutuhan_bulat) == (JKE, D(1250), D(1), 1)


# --- kolom (1) tahun, (5)-(10) pejabat, (3) rincian ---------------------------------------------------


def test_lampiran_i_a_angka_2_huruf_e_kolom_1_tahun_zero_is_the_lowest_accepted():
    assert kjf(J.AHLI_MUDA, ak_non_paket=0, pejabat=NIHIL, tahun=0).tahun == 0
    with pytest.raises(InvalidInput) as e:
        kjf(J.AHLI_MUDA, ak_non_paket=0, pejabat=NIHIL, tahun=-1)
    assert (e.value.field, e.value.value) == ("tahun", -1)
    assert e.value.expected == "tahun sebagai bilangan bulat, mis. 2025"
    assert e.value.expected_en == "a year as an int, e.g. 2025"


def test_lampiran_i_a_angka_2_huruf_e_kolom_5_sampai_10_not_a_jumlah_pejabat_message():
    with pytest.raises(InvalidInput) as e:
        kjf(J.AHLI_MUDA, ak_non_paket=0, pejabat=(1, 0, 0, 0, 0))  # type: ignore[arg-type]
    assert (e.value.field, e.value.value) == ("pejabat", (1, 0, 0, 0, 0))
    assert e.value.expected == "JumlahPejabat(ppk, ppspm, bp, bpen, bpp)"
    assert e.value.expected_en == "a JumlahPejabat(ppk, ppspm, bp, bpen, bpp)"


def test_lampiran_i_a_angka_2_huruf_e_kolom_3_rincian_of_another_jenjang_message():
    r = rincian_ak_non_paket({"PKA.12.1": 1}, J.AHLI_PERTAMA)
    with pytest.raises(InvalidInput) as e:
        kjf(J.AHLI_MUDA, ak_non_paket=r, pejabat=NIHIL)
    assert (e.value.field, e.value.value) == ("ak_non_paket", "RincianAKNonPaket(Ahli Pertama)")
    assert e.value.expected == "rincian AK non paket jenjang Ahli Muda"
    assert e.value.expected_en == "the non-paket breakdown of jenjang Ahli Muda"


def test_lampiran_i_a_angka_2_huruf_e_rincian_tahun_does_not_override_explicit_tahun():
    r = rincian_ak_non_paket({"PKA.12.1": 50}, J.AHLI_PERTAMA, tahun=2027)
    h = kjf(J.AHLI_PERTAMA, ak_non_paket=r, pejabat=NIHIL, tahun=2026)
    # 50 × 0,02 = 1; (14) = 1 / 12,5 = 0,08
    assert (h.tahun, h.ak_non_paket, h.kebutuhan) == (2026, D(1), D("0.08"))


# --- sizes beyond any real unit -----------------------------------------------------------------------


def test_kolom_13_whole_number_of_29_digits_keeps_its_exponent():
    # Ahli Madya: (13) = 3 × 10^26 / 0,03 = 10^28, a whole number that 28 digits cannot write out
    h = kjf(J.AHLI_MADYA, ak_non_paket="3E+26", pejabat=NIHIL)
    assert h.waktu_penyelesaian == D("1E+28")
    # (14) = 3 × 10^26 / 37,5 = 8 × 10^24, written out
    assert str(h.kebutuhan) == "8000000000000000000000000"


@pytest.mark.parametrize("jenjang", [J.AHLI_MUDA, J.AHLI_MADYA])
def test_total_whose_quotient_exceeds_100_digits_is_invalid_input_with_message(jenjang):
    # (11) = 10^99 × 10^10 pejabat = 10^109: (14) would have more than 100 digits
    with pytest.raises(InvalidInput) as e:
        kjf(jenjang, ak_non_paket=0, ak_paket="1E+99", pejabat=JumlahPejabat(ppk=10**10))
    assert (e.value.field, e.value.value) == ("ak_non_paket", D("1E+109"))
    assert e.value.expected == "nilai yang wajar (hasil bagi < 10^100)"
    assert e.value.expected_en == "a sensible size (quotient < 10^100)"


# --- the reciprocals of kolom (12) used for the exact path (built at import) ----------------------------


@pytest.mark.parametrize(
    ("jenjang", "jam_per_ak", "jam_per_ak_jke"),
    [
        # 1 / 0,004 = 250 jam per AK; 1 / (0,004 × 1.250) = 1 / 5 = 0,2
        (J.TERAMPIL, D(250), D("0.2")),
        (J.MAHIR, D(100), D("0.08")),
        (J.PENYELIA, D(50), D("0.04")),
        (J.AHLI_PERTAMA, D(100), D("0.08")),
        (J.AHLI_MUDA, D(50), D("0.04")),
        (J.AHLI_MADYA, None, None),  # 1 / 0,03 and 1 / 37,5 do not terminate
    ],
)
def test_lampiran_i_a_angka_2_huruf_a_kolom_5_reciprocals(jenjang, jam_per_ak, jam_per_ak_jke):
    rate = TABEL_AK_PER_JAM[jenjang].ak_per_jam
    assert keb._kebalikan(rate) == jam_per_ak
    assert keb._kebalikan(rate * JKE) == jam_per_ak_jke
    if jam_per_ak is not None:
        assert str(keb._kebalikan(rate)) == str(jam_per_ak)  # 250, not 2.5E+2
    assert keb._RENCANA[jenjang][3:] == (jam_per_ak, jam_per_ak_jke)
