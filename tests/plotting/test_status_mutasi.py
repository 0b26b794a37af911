"""Closed sets of the plotting life cycle (plotting/status.py): participant status, unblocking and reset reasons.

Unblocking ("Diblokir" in Tahap ploting pelatihan): "adapun alasan yang dapat diterima sebagai berikut: Sakit
Keras, Operasi, Melahirkan / Bencana Alam / Menjadi Saksi dipengadilan / Keluarga terdekat meninggal dunia".
Reset (Tahap registrasi): BNT habis, tidak lulus ujian komprehensif, tidak lulus ujian sertifikasi.
"""

from __future__ import annotations

import pytest

from asnrules.core import InvalidInput
from asnrules.plotting import AlasanBukaBlokir, AlasanReset, StatusPeserta

A = AlasanBukaBlokir
_NAMES = "SAKIT_KERAS, OPERASI, MELAHIRKAN, BENCANA_ALAM, SAKSI_PENGADILAN, KELUARGA_MENINGGAL"


def test_str_is_the_value_for_every_closed_set() -> None:
    assert [str(s) for s in StatusPeserta] == [s.value for s in StatusPeserta]
    assert str(StatusPeserta.TERPLOTING) == "TERPLOTING"
    assert str(A.SAKSI_PENGADILAN) == "SAKSI_PENGADILAN"
    assert [str(a) for a in AlasanReset] == ["BNT_KEDALUWARSA", "TIDAK_LULUS_KOMPREHENSIF",
                                             "TIDAK_LULUS_SERTIFIKASI"]
    assert f"{A.OPERASI}" == "OPERASI"


def test_alasan_buka_blokir_the_six_reasons_of_the_page() -> None:
    assert [a.value for a in A] == _NAMES.split(", ")


def test_alasan_buka_blokir_member_is_returned_as_is() -> None:
    for a in A:
        assert A.parse(a) is a


@pytest.mark.parametrize("text,member", [
    # member names in any case, with spaces or underscores, and surrounding/inner blanks
    ("SAKIT_KERAS", A.SAKIT_KERAS), ("sakit_keras", A.SAKIT_KERAS), ("  Sakit   Keras  ", A.SAKIT_KERAS),
    ("BENCANA_ALAM", A.BENCANA_ALAM), ("KELUARGA_MENINGGAL", A.KELUARGA_MENINGGAL),
    ("Saksi  Pengadilan", A.SAKSI_PENGADILAN), ("\tOPERASI\n", A.OPERASI),
    # the page's own wording and its usual shortenings
    ("Bencana", A.BENCANA_ALAM), ("MENJADI SAKSI DI PENGADILAN", A.SAKSI_PENGADILAN),
    ("saksi di pengadilan", A.SAKSI_PENGADILAN), ("Keluarga meninggal dunia", A.KELUARGA_MENINGGAL),
    ("keluarga meninggal", A.KELUARGA_MENINGGAL), ("Keluarga  terdekat meninggal dunia", A.KELUARGA_MENINGGAL),
])
def test_alasan_buka_blokir_parse_normalises_the_text(text: str, member: AlasanBukaBlokir) -> None:
    assert A.parse(text) is member


@pytest.mark.parametrize("value", ["Lupa jadwal", "sakit", "SAKIT-KERAS", "keluarga", None, 1, A.OPERASI.value + "X"])
def test_alasan_buka_blokir_any_other_reason_is_refused_naming_the_accepted_ones(value: object) -> None:
    with pytest.raises(InvalidInput) as err:
        A.parse(value)
    e = err.value
    assert (e.field, e.value) == ("alasan", value)
    assert e.expected == f"salah satu alasan yang dapat diterima untuk membuka blokir: {_NAMES}"
    assert e.expected_en == f"one of the reasons accepted to unblock: {_NAMES}"


def test_alasan_reset_values_are_not_the_status_of_a_bnt_holder() -> None:
    # BNT_KEDALUWARSA has no status of its own; the two exam failures share their names with the status.
    assert AlasanReset("TIDAK_LULUS_KOMPREHENSIF").value == StatusPeserta.TIDAK_LULUS_KOMPREHENSIF.value
    assert AlasanReset("TIDAK_LULUS_SERTIFIKASI").value == StatusPeserta.TIDAK_LULUS_SERTIFIKASI.value
    assert "BNT_KEDALUWARSA" not in StatusPeserta.__members__
