"""PMK 150/PMK.05/2019 Pasal 14 ayat (4), Pasal 29–33: what a caller reads when a request is refused
(field, value, expected text in both languages), and the loader's guard on its data file (issue 12)."""

from __future__ import annotations

import json

import pytest

from asnrules.core import InvalidInput
from asnrules.eligibility import dokumen as m
from asnrules.eligibility.dokumen import DAFTAR_DOKUMEN, JenisUjiKompetensi, dokumen_persyaratan

PILIHAN = "'inpassing', 'pengangkatan_pertama', 'perpindahan', 'promosi', 'kenaikan_jenjang'"


@pytest.mark.parametrize("alias", ["inpassing", "penyesuaian", " Penyesuaian/Inpassing ", "SELEKSI INPASSING"])
def test_pasal_14_ayat_4_every_name_of_the_inpassing_list(alias: str) -> None:
    assert dokumen_persyaratan(alias) is DAFTAR_DOKUMEN["inpassing"].dokumen


@pytest.mark.parametrize("bad", ["ya", 1, None])
def test_pasal_33_ppk_ppspm_must_be_true_or_false(bad: object) -> None:
    with pytest.raises(InvalidInput) as e:
        dokumen_persyaratan(JenisUjiKompetensi.PROMOSI, ppk_ppspm=bad)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value) == ("ppk_ppspm", bad)
    assert (e.value.expected, e.value.expected_en) == ("True atau False", "True or False")


def test_pasal_33_adds_nothing_to_the_inpassing_list_message() -> None:
    with pytest.raises(InvalidInput) as e:
        dokumen_persyaratan("penyesuaian", ppk_ppspm=True)
    assert (e.value.field, e.value.value) == ("ppk_ppspm", True)
    assert e.value.message == ("Input tidak valid pada 'ppk_ppspm': ya. Diharapkan: tidak (False) untuk inpassing "
                               "(Pasal 33 hanya menambah dokumen Uji Kompetensi).")
    assert e.value.message_en == ("Invalid input for 'ppk_ppspm': yes. Expected: no (False) for inpassing "
                                  "(Pasal 33 adds documents to the Uji Kompetensi only).")


@pytest.mark.parametrize("bad", ["kenaikan pangkat", 5])
def test_pasal_29_to_32_unknown_kind_lists_the_five_lists(bad: object) -> None:
    with pytest.raises(InvalidInput) as e:
        dokumen_persyaratan(bad)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value) == ("jenis", bad)
    assert e.value.expected == f"salah satu dari: {PILIHAN}"
    assert e.value.expected_en == f"one of: {PILIHAN}"


def test_dokumen_text_language_refused_message() -> None:
    d = dokumen_persyaratan(JenisUjiKompetensi.PENGANGKATAN_PERTAMA)[0]
    assert d.text("en") == "copy of the decree appointing the employee as PNS"
    assert d.text("id") == "fotokopi keputusan pengangkatan sebagai PNS"
    with pytest.raises(InvalidInput) as e:
        d.text("ID")
    assert (e.value.field, e.value.value) == ("lang", "ID")
    assert e.value.message == "Input tidak valid pada 'lang': 'ID'. Diharapkan: 'id' atau 'en'."
    assert e.value.message_en == "Invalid input for 'lang': 'ID'. Expected: 'id' or 'en'."


def test_loader_refuses_a_data_file_of_another_regulation(monkeypatch: pytest.MonkeyPatch) -> None:
    """The data file must be the transcription of PMK 150/PMK.05/2019 (the guard of ``_load``)."""

    class _Berkas:
        def joinpath(self, name: str) -> _Berkas:
            assert name == "pmk150_dokumen.json"
            return self

        def read_text(self, encoding: str) -> str:
            return json.dumps({"regulasi": "PMK 151/PMK.05/2019", "daftar": {}})

    monkeypatch.setattr(m, "files", lambda package: _Berkas())
    with pytest.raises(RuntimeError) as e:
        m._load()
    assert str(e.value) == "asnrules data error: pmk150_dokumen.json is not PMK 150/PMK.05/2019"
