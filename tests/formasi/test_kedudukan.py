"""PMK 150/PMK.05/2019 Lampiran I huruf A angka 3: kedudukan jenjang per tingkat unit kerja.

Independent transcription of the table: row 1 (JPT Pratama atau lebih tinggi): Ahli Pertama s.d. Ahli
Madya, Pranata Terampil s.d. Penyelia; row 2 (Administrator atau lebih rendah): Ahli Pertama s.d.
Ahli Muda, Pranata Terampil s.d. Penyelia.
"""

from __future__ import annotations

import pytest

from asnrules.core import InvalidInput, Status, Verdict
from asnrules.formasi import TingkatUnit, check_kedudukan
from asnrules.models import JenjangJabatan as J

JPT = TingkatUnit.JPT_PRATAMA_ATAU_LEBIH_TINGGI
ADM = TingkatUnit.ADMINISTRATOR_ATAU_LEBIH_RENDAH

TABLE = {
    (JPT, J.TERAMPIL): True,
    (JPT, J.MAHIR): True,
    (JPT, J.PENYELIA): True,
    (JPT, J.AHLI_PERTAMA): True,
    (JPT, J.AHLI_MUDA): True,
    (JPT, J.AHLI_MADYA): True,
    (ADM, J.TERAMPIL): True,
    (ADM, J.MAHIR): True,
    (ADM, J.PENYELIA): True,
    (ADM, J.AHLI_PERTAMA): True,
    (ADM, J.AHLI_MUDA): True,
    (ADM, J.AHLI_MADYA): False,
}


@pytest.mark.parametrize(("tingkat", "jenjang"), list(TABLE))
def test_lampiran_i_a_angka_3_every_cell(tingkat, jenjang):
    v = check_kedudukan(tingkat, jenjang)
    assert isinstance(v, Verdict)
    assert v.eligible is TABLE[(tingkat, jenjang)]
    assert [r.code for r in v.reasons] == ["kedudukan_jenjang"]
    r = v.reasons[0]
    assert r.status is (Status.MET if TABLE[(tingkat, jenjang)] else Status.NOT_MET)
    assert str(r.citation) == f"PMK 150/PMK.05/2019 Lampiran I huruf A angka 3, baris {1 if tingkat is JPT else 2}"
    assert r.message and r.message_en


def test_ahli_madya_only_in_jpt_pratama_unit():
    v = check_kedudukan(ADM, J.AHLI_MADYA)
    assert not v
    assert v.failed[0].code == "kedudukan_jenjang"
    assert "Pimpinan Tinggi Pratama" in v.failed[0].message
    assert check_kedudukan(JPT, J.AHLI_MADYA)


@pytest.mark.parametrize(("tingkat", "jenjang"), [(None, J.AHLI_MADYA), (ADM, None), (None, None)])
def test_unknown_fact_gives_unknown_never_a_guess(tingkat, jenjang):
    v = check_kedudukan(tingkat, jenjang)
    assert v.status is Verdict.INCOMPLETE
    assert v.reasons[0].status is Status.UNKNOWN


def test_text_inputs():
    assert check_kedudukan("jpt pratama atau lebih tinggi", "Ahli Madya").eligible
    assert not check_kedudukan("ADMINISTRATOR_ATAU_LEBIH_RENDAH", "ahli madya").eligible


@pytest.mark.parametrize("bad", ["eselon II", 1, 2.0])
def test_bad_tingkat_unit(bad):
    with pytest.raises(InvalidInput) as e:
        check_kedudukan(bad, J.AHLI_MUDA)
    assert e.value.field == "tingkat_unit"


def test_bad_jenjang():
    with pytest.raises(InvalidInput) as e:
        check_kedudukan(JPT, "Ahli Utama")
    assert e.value.field == "jenjang"


def test_tingkat_unit_rows():
    assert (JPT.no, ADM.no) == (1, 2)
    assert JPT.label == "Unit Kerja Jabatan Pimpinan Tinggi Pratama atau lebih tinggi"
    assert ADM.label == "Unit Kerja Jabatan Administrator atau lebih rendah"


def test_explain_both_languages():
    v = check_kedudukan(ADM, J.AHLI_MADYA)
    assert "TIDAK MEMENUHI SYARAT" in v.explain()
    assert "NOT ELIGIBLE" in v.explain("en")


# --- messages pinned (mutation testing, issue 12) ------------------------------------------------------------

@pytest.mark.parametrize(
    ("tingkat", "jenjang", "missing", "missing_en"),
    [(None, J.AHLI_MUDA, "tingkat unit kerja", "the unit level"),
     (None, None, "tingkat unit kerja", "the unit level"),
     (TingkatUnit.JPT_PRATAMA_ATAU_LEBIH_TINGGI, None, "jenjang", "the jenjang")],
)
def test_lampiran_i_a_angka_3_unknown_says_which_fact_is_missing(tingkat, jenjang, missing, missing_en):
    (r,) = check_kedudukan(tingkat, jenjang).reasons
    assert (r.code, r.status) == ("kedudukan_jenjang", Status.UNKNOWN)
    assert r.message == f"Kedudukan jenjang belum dapat diperiksa: {missing} tidak diketahui."
    assert r.message_en == f"Placement cannot be checked: {missing_en} is unknown."
    assert str(r.citation) == "PMK 150/PMK.05/2019 Lampiran I huruf A angka 3"


def test_lampiran_i_a_angka_3_ahli_madya_in_administrator_unit_message():
    (r,) = check_kedudukan(TingkatUnit.ADMINISTRATOR_ATAU_LEBIH_RENDAH, J.AHLI_MADYA).reasons
    assert (r.code, r.status) == ("kedudukan_jenjang", Status.NOT_MET)
    assert r.message == (
        "Analis Pengelolaan Keuangan APBN Ahli Madya tidak dapat berkedudukan pada Unit Kerja Jabatan "
        "Administrator atau lebih rendah; pada unit ini hanya Analis Ahli Pertama s.d. Ahli Muda dan Pranata "
        "Terampil s.d. Penyelia (Ahli Madya hanya pada Unit Kerja Jabatan Pimpinan Tinggi Pratama atau lebih "
        "tinggi).")
    assert r.message_en == (
        "Analis Pengelolaan Keuangan APBN Ahli Madya may not be placed in a unit led by an Administrator or "
        "lower; such a unit holds only Analis Ahli Pertama to Ahli Muda and Pranata Terampil to Penyelia (an "
        "Ahli Madya only in a unit led by a JPT Pratama or higher).")


@pytest.mark.parametrize("bad", ["ESELON II", 2, "JPT"])
def test_bad_tingkat_unit_lists_the_allowed_values(bad):
    with pytest.raises(InvalidInput) as exc_info:
        check_kedudukan(bad, J.AHLI_MUDA)
    e = exc_info.value
    assert (e.field, e.value) == ("tingkat_unit", bad)
    names = ", ".join(TingkatUnit.__members__)
    assert (e.expected, e.expected_en) == (f"TingkatUnit: {names}", f"a TingkatUnit: {names}")
    assert "JPT_PRATAMA_ATAU_LEBIH_TINGGI, ADMINISTRATOR_ATAU_LEBIH_RENDAH" in e.message
