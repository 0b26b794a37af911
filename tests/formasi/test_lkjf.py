"""PMK 150/PMK.05/2019 Lampiran I huruf A angka 5: LKJF = KJF - (JF + JFM - JFN - JFB); Pasal 5 ayat (4)."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from decimal import Decimal

import pytest

from asnrules.core import InvalidInput
from asnrules.formasi import (
    HasilLKJF,
    JumlahPejabat,
    JumlahTersedia,
    Pembulatan,
    StatusLowongan,
    hitung_lkjf,
    kjf,
    lkjf,
)
from asnrules.models import JenjangJabatan as J

D = Decimal


def test_angka_5_formula_hand_checked():
    # 10 - (6 + 2 - 1 - 1) = 10 - 6 = 4
    assert lkjf(kjf=10, jf=6, jfm=2, jfn=1, jfb=1) == D(4)


def test_jfn_and_jfb_reduce_availability_jfm_increases_it():
    base = lkjf(kjf=5, jf=3, jfm=0, jfn=0, jfb=0)
    assert base == 2
    assert lkjf(kjf=5, jf=3, jfm=1, jfn=0, jfb=0) == base - 1
    assert lkjf(kjf=5, jf=3, jfm=0, jfn=1, jfb=0) == base + 1
    assert lkjf(kjf=5, jf=3, jfm=0, jfn=0, jfb=1) == base + 1


def test_negative_lkjf_is_a_surplus_kept_and_said():
    h = hitung_lkjf(kjf=3, jf=5, jfm=0, jfn=0, jfb=1)
    assert h.lkjf == D(-1)
    assert h.surplus is True
    assert h.status is StatusLowongan.SURPLUS
    assert h.lowongan == 0
    assert h.kelebihan == 1
    assert "surplus" in h.keterangan()
    assert "surplus" in h.keterangan("en")


def test_positive_and_zero_status():
    assert hitung_lkjf(kjf=4, jf=1, jfm=0, jfn=0, jfb=0).status is StatusLowongan.LOWONGAN
    h = hitung_lkjf(kjf=4, jf=4, jfm=0, jfn=0, jfb=0)
    assert h.status is StatusLowongan.SEIMBANG and not h.surplus and h.lowongan == 0 and h.kelebihan == 0
    assert h.keterangan() == "seimbang"


def test_tersedia_total_and_hasil_fields():
    h = hitung_lkjf(kjf=D("3.2"), jf=2, jfm=1, jfn=1, jfb=0)
    assert h.tersedia == JumlahTersedia(2, 1, 1, 0)
    assert h.tersedia.total == 2
    assert h.kjf == D("3.2") and h.lkjf == D("1.2")
    assert isinstance(h, HasilLKJF)
    with pytest.raises(FrozenInstanceError):
        h.lkjf = D(0)  # type: ignore[misc]
    assert str(h.citation) == "PMK 150/PMK.05/2019 Lampiran I huruf A angka 5"


def test_hasil_kjf_gives_its_whole_head_count():
    row = kjf(J.AHLI_MUDA, ak_non_paket=5, pejabat=JumlahPejabat(ppk=2, ppspm=1))  # 3,2 → 3
    assert lkjf(kjf=row, jf=1, jfm=0, jfn=0, jfb=0) == 2
    row_up = kjf(J.AHLI_MUDA, ak_non_paket=5, pejabat=JumlahPejabat(ppk=2, ppspm=1), pembulatan=Pembulatan.KE_ATAS)
    assert lkjf(kjf=row_up, jf=1, jfm=0, jfn=0, jfb=0) == 3


def test_availability_cannot_go_negative():
    """JFN and JFB leave the jenjang, so they are among JF and JFM; "jumlah ... yang tersedia"
    (Pasal 5 ayat (4)) is a head count >= 0. Otherwise LKJF would exceed KJF (a vacancy with no need)."""
    with pytest.raises(InvalidInput) as e:
        lkjf(kjf=0, jf=0, jfm=0, jfn=1, jfb=0)
    assert e.value.field == "jfn/jfb"
    assert e.value.message_en
    with pytest.raises(InvalidInput) as exc_info:
        JumlahTersedia(jf=2, jfm=1, jfn=2, jfb=2)
    assert (exc_info.value.field, exc_info.value.value) == ('jfn/jfb', 'JF=2, JFM=1, JFN=2, JFB=2')
    # boundary: everyone present or entering leaves -> availability 0, LKJF = KJF
    assert JumlahTersedia(jf=2, jfm=1, jfn=2, jfb=1).total == 0
    assert lkjf(kjf=4, jf=2, jfm=1, jfn=2, jfb=1) == 4


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"kjf": -1}, "kjf"),
        ({"kjf": 1.0}, "kjf"),
        ({"kjf": True}, "kjf"),
        ({"kjf": None}, "kjf"),
        ({"jf": -1}, "jf"),
        ({"jfm": 1.0}, "jfm"),
        ({"jfn": D("0.5")}, "jfn"),
        ({"jfb": True}, "jfb"),
        ({"jfb": "x"}, "jfb"),
    ],
)
def test_bad_input_names_the_field(kwargs, field):
    args = {"kjf": 1, "jf": 0, "jfm": 0, "jfn": 0, "jfb": 0, **kwargs}
    with pytest.raises(InvalidInput) as e:
        lkjf(**args)
    assert e.value.field == field


def test_keterangan_bad_lang():
    with pytest.raises(InvalidInput) as exc_info:
        hitung_lkjf(kjf=1, jf=0, jfm=0, jfn=0, jfb=0).keterangan("fr")
    assert (exc_info.value.field, exc_info.value.value) == ('lang', 'fr')


# --- errors pinned: field, value and what is expected (mutation testing, issue 12) -------------------------------

KJF_EXPECTED = ("bilangan >= 0 atau HasilKJF", "a number >= 0 or a HasilKJF")
HITUNGAN_EXPECTED = ("bilangan bulat >= 0 (jumlah orang)", "a whole number >= 0 (a head count)")


@pytest.mark.parametrize("bad", [-1, 1.0, True, None, "x", "-0,5"])
def test_angka_5_bad_kjf_names_field_value_and_expected(bad):
    with pytest.raises(InvalidInput) as e:
        lkjf(kjf=bad, jf=0, jfm=0, jfn=0, jfb=0)
    assert (e.value.field, e.value.value) == ("kjf", bad) and type(e.value.value) is type(bad)
    assert (e.value.expected, e.value.expected_en) == KJF_EXPECTED


@pytest.mark.parametrize("name", ["jf", "jfm", "jfn", "jfb"])
def test_angka_5_boolean_head_count_names_field_value_and_expected(name):
    with pytest.raises(InvalidInput) as e:
        JumlahTersedia(**{name: True})
    assert (e.value.field, e.value.value) == (name, True)
    assert (e.value.expected, e.value.expected_en) == HITUNGAN_EXPECTED


@pytest.mark.parametrize("name", ["jf", "jfm", "jfn", "jfb"])
def test_angka_5_negative_head_count_names_its_field(name):
    with pytest.raises(InvalidInput) as e:
        JumlahTersedia(**{"jf": 5, name: -1})
    assert (e.value.field, e.value.value) == (name, -1)


def test_angka_5_availability_error_says_the_rule_and_cites_it():
    with pytest.raises(InvalidInput) as e:
        JumlahTersedia(jf=1, jfm=2, jfn=3, jfb=4)
    assert (e.value.field, e.value.value) == ("jfn/jfb", "JF=1, JFM=2, JFN=3, JFB=4")
    assert e.value.expected == ("JFN + JFB <= JF + JFM (yang naik jenjang dan yang berhenti adalah bagian dari JF dan "
                                "JFM; jumlah yang tersedia tidak dapat negatif)")
    assert e.value.expected_en == ("JFN + JFB <= JF + JFM (those promoted out and those leaving are among JF and JFM; "
                                   "the number available cannot be negative)")
    assert str(e.value.citation) == "PMK 150/PMK.05/2019 Lampiran I huruf A angka 5"


def test_angka_5_keterangan_bad_lang_expected():
    with pytest.raises(InvalidInput) as e:
        hitung_lkjf(kjf=1, jf=0, jfm=0, jfn=0, jfb=0).keterangan("fr")
    assert (e.value.field, e.value.value) == ("lang", "fr")
    assert (e.value.expected, e.value.expected_en) == ("'id' atau 'en'", "'id' or 'en'")


@pytest.mark.parametrize(
    ("kjf", "tersedia", "id_", "en"),
    [(5, (2, 0, 0, 0), "lowongan 3", "vacancy 3"), (1, (3, 0, 0, 0), "kelebihan (surplus) 2", "surplus 2"),
     (2, (2, 0, 0, 0), "seimbang", "balanced")],
)
def test_angka_5_keterangan_both_languages(kjf, tersedia, id_, en):
    h = hitung_lkjf(kjf=kjf, jf=tersedia[0], jfm=tersedia[1], jfn=tersedia[2], jfb=tersedia[3])
    assert h.keterangan() == h.keterangan("id") == id_
    assert h.keterangan("en") == en


def test_angka_5_counts_default_to_zero():
    t = JumlahTersedia()
    assert (t.jf, t.jfm, t.jfn, t.jfb, t.total) == (0, 0, 0, 0, 0)
    assert JumlahTersedia(jf=3).total == 3 and JumlahTersedia(jf=3, jfb=1).total == 2
