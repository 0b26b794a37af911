"""angka_kredit._regime (issue 12, mutation testing): the switch from PMK 150/2019 activity credit to the
rating conversion of PermenPANRB 1/2023 Pasal 36 (docs/interpretasi.md, "Credit method switch on
2023-01-01"), its date read from the register, and the error that refuses the old method from 2023."""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace

import pytest

from asnrules.angka_kredit import _regime as r
from asnrules.angka_kredit._regime import CITATION_KONVERSI, MULAI_KONVERSI, MetodeDiganti, cek_metode_lama, metode_konversi
from asnrules.core import InvalidInput
from asnrules.core.regulasi import BelumBerlaku

LAST_PMK_DAY = date(2022, 12, 31)


# --- the switch date comes from data/regulasi.toml (PermenPANRB 1/2023 changes PMK 150/2019 Pasal 56) -----
def test_pasal_56_switch_read_again_from_the_register_is_1_januari_2023() -> None:
    assert r._mulai() == MULAI_KONVERSI == date(2023, 1, 1)
    assert str(CITATION_KONVERSI) == "PermenPANRB 1/2023 Pasal 36"


def _register(monkeypatch: pytest.MonkeyPatch, changes: list[tuple[str, date | None, date | None]]) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def perubahan(regulasi: str, pasal: str) -> tuple[tuple[SimpleNamespace, SimpleNamespace], ...]:
        asked.append((regulasi, pasal))
        return tuple((SimpleNamespace(kode=k, awal=awal), SimpleNamespace(sejak=sejak)) for k, awal, sejak in changes)

    monkeypatch.setattr(r, "REGISTER", SimpleNamespace(perubahan=perubahan))
    return asked


def test_pasal_56_switch_asks_for_pmk_150_pasal_56(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _register(monkeypatch, [("PermenPANRB 1/2023", date(2023, 1, 12), date(2023, 1, 1))])
    assert r._mulai() == date(2023, 1, 1)
    assert asked == [("PMK 150/PMK.05/2019", "56")]


def test_pasal_56_switch_without_own_date_is_the_day_the_permenpanrb_took_effect(monkeypatch: pytest.MonkeyPatch) -> None:
    _register(monkeypatch, [("PermenPANRB 1/2023", date(2023, 1, 12), None)])
    assert r._mulai() == date(2023, 1, 12)


def test_pasal_56_switch_ignores_changes_by_other_instruments(monkeypatch: pytest.MonkeyPatch) -> None:
    _register(monkeypatch, [("PMK 163/PMK.05/2022", date(2022, 6, 1), date(2022, 6, 1)),
                            ("PermenPANRB 1/2023", None, None),
                            ("PermenPANRB 1/2023", date(2023, 1, 12), date(2023, 1, 1))])
    assert r._mulai() == date(2023, 1, 1)


def test_pasal_56_switch_missing_from_the_register_is_a_data_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _register(monkeypatch, [("PMK 163/PMK.05/2022", date(2022, 6, 1), date(2022, 6, 1)), ("PermenPANRB 1/2023", None, None)])
    with pytest.raises(RuntimeError) as e:
        r._mulai()
    assert str(e.value) == "asnrules data error: regulasi.toml lacks the PermenPANRB 1/2023 change of PMK 150 Pasal 56"


# --- metode_konversi: True from 2023-01-01 ---------------------------------------------------------------
def test_pasal_36_metode_konversi_boundary() -> None:
    assert metode_konversi(LAST_PMK_DAY) is False
    assert metode_konversi(MULAI_KONVERSI) is True
    assert metode_konversi(None) is False  # no date: the PMK 150/2019 text as published


@pytest.mark.parametrize("bad", [datetime(2023, 1, 1), "2023-01-01", 2023])
def test_on_must_be_a_date_or_none(bad: object) -> None:
    for call in (lambda: metode_konversi(bad), lambda: cek_metode_lama(bad, "A", "A")):
        with pytest.raises(InvalidInput) as e:
            call()
        assert (e.value.field, e.value.value) == ("on", bad)
        assert e.value.expected == "tanggal (datetime.date) atau None"
        assert e.value.expected_en == "a date (datetime.date) or None"


# --- cek_metode_lama: the old method up to 2022-12-31, MetodeDiganti from 2023, BelumBerlaku before PMK 150 --
def test_pasal_56_old_method_allowed_up_to_31_desember_2022_and_without_date() -> None:
    assert cek_metode_lama(LAST_PMK_DAY, "A", "A") is None
    assert cek_metode_lama(None, "A", "A") is None
    assert cek_metode_lama(date(2019, 10, 18), "A", "A") is None  # PMK 150/2019 Pasal 65: in force on promulgation


def test_pasal_65_before_pmk_150_in_force_belum_berlaku() -> None:
    with pytest.raises(BelumBerlaku) as e:
        cek_metode_lama(date(2019, 10, 17), "A", "A")
    assert (e.value.field, e.value.value) == ("on", date(2019, 10, 17))


def test_permenpanrb_1_2023_pasal_36_metode_diganti_message_default_pengganti() -> None:
    with pytest.raises(MetodeDiganti) as e:
        cek_metode_lama(MULAI_KONVERSI, "Angka Kredit X", "Credit X")
    err = e.value
    assert (err.field, err.value, err.citation) == ("on", MULAI_KONVERSI, CITATION_KONVERSI)
    assert err.message == (
        "Angka Kredit X (PMK 150/PMK.05/2019) hanya untuk kinerja sebelum 1 Januari 2023; untuk 1 Januari 2023 "
        "Angka Kredit berasal dari konversi predikat kinerja tahunan (PermenPANRB 1/2023 Pasal 36, "
        "PerBKN 3/2023): gunakan asnrules.angka_kredit.konversi.")
    assert err.message_en == (
        "Credit X (PMK 150/PMK.05/2019) applies only to work before 1 January 2023; for 2023-01-01 credit "
        "points come from converting the annual performance rating (PermenPANRB 1/2023 Pasal 36, "
        "PerBKN 3/2023): use asnrules.angka_kredit.konversi.")


def test_permenpanrb_1_2023_metode_diganti_names_the_given_replacement() -> None:
    with pytest.raises(MetodeDiganti) as e:
        cek_metode_lama(date(2024, 7, 1), "A", "B", "pakai buku_ak", "use buku_ak")
    assert e.value.message.endswith("untuk 1 Juli 2024 Angka Kredit berasal dari konversi predikat kinerja "
                                    "tahunan (PermenPANRB 1/2023 Pasal 36, PerBKN 3/2023): pakai buku_ak.")
    assert e.value.message_en.endswith("for 2024-07-01 credit points come from converting the annual performance "
                                       "rating (PermenPANRB 1/2023 Pasal 36, PerBKN 3/2023): use buku_ak.")
