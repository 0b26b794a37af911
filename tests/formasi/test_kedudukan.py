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
