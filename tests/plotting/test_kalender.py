"""The plotting calendar: weekly update on Tuesday or the next working day, and the H-7/H-3/H-1/day-2 dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asnrules.core import InvalidInput
from asnrules.plotting import (
    LIBUR_NASIONAL,
    KalenderLibur,
    batas_pengajuan_penggantian,
    batas_update_semantik,
    hari_kerja,
    jadwal_update_ploting,
    libur_nasional,
    tanggal_pengumuman,
    tanggal_undangan_wa,
    tanggal_update_ploting,
)

d = date
TANPA_LIBUR: frozenset[date] = frozenset()
# Cuti bersama 2025 around Idul Fitri (SKB 3 Menteri 2025), added by the caller: 28 Mar, 2, 3, 4, 7 Apr.
CUTI_BERSAMA_LEBARAN_2025 = (d(2025, 3, 28), d(2025, 4, 2), d(2025, 4, 3), d(2025, 4, 4), d(2025, 4, 7))


@pytest.mark.parametrize("on,expected", [
    (d(2025, 3, 10), d(2025, 3, 11)),  # Monday → Tuesday
    (d(2025, 3, 11), d(2025, 3, 11)),  # Tuesday → the same day
    (d(2025, 3, 12), d(2025, 3, 18)),  # Wednesday → next Tuesday
    (d(2025, 3, 16), d(2025, 3, 18)),  # Sunday → Tuesday
])
def test_update_mingguan_pada_hari_selasa(on: date, expected: date) -> None:
    assert tanggal_update_ploting(on) == expected
    assert expected.weekday() == 1


@pytest.mark.parametrize("on,expected", [
    (d(2025, 3, 31), d(2025, 4, 2)),  # Tue 1 Apr 2025 is Idul Fitri (2nd day) → Wednesday
    (d(2025, 4, 1), d(2025, 4, 2)),
    (d(2025, 4, 2), d(2025, 4, 2)),
    (d(2025, 4, 3), d(2025, 4, 8)),
    (d(2026, 2, 16), d(2026, 2, 18)),  # Tue 17 Feb 2026 Tahun Baru Imlek → Wednesday
    (d(2026, 6, 15), d(2026, 6, 17)),  # Tue 16 Jun 2026 1 Muharam → Wednesday
])
def test_tuesday_holiday_moves_the_update_to_the_next_working_day(on: date, expected: date) -> None:
    assert tanggal_update_ploting(on) == expected


def test_same_week_without_the_holiday_is_tuesday() -> None:
    assert tanggal_update_ploting(d(2025, 3, 31), libur=TANPA_LIBUR) == d(2025, 4, 1)


def test_collective_leave_added_by_the_caller() -> None:
    libur = LIBUR_NASIONAL.dengan(*CUTI_BERSAMA_LEBARAN_2025)
    # 1 Apr holiday, 2–4 Apr cuti bersama, 5–6 weekend, 7 Apr cuti bersama → Tuesday 8 Apr
    assert tanggal_update_ploting(d(2025, 3, 31), libur=libur) == d(2025, 4, 8)
    assert jadwal_update_ploting(d(2025, 3, 20), d(2025, 4, 20), libur=libur) == (
        d(2025, 3, 25), d(2025, 4, 8), d(2025, 4, 15))


def test_consecutive_holidays() -> None:
    libur = frozenset({d(2025, 5, 13), d(2025, 5, 14), d(2025, 5, 15)})  # Tue, Wed, Thu
    assert tanggal_update_ploting(d(2025, 5, 12), libur=libur) == d(2025, 5, 16)  # Friday
    assert tanggal_update_ploting(d(2025, 5, 16), libur=libur) == d(2025, 5, 16)
    assert tanggal_update_ploting(d(2025, 5, 17), libur=libur) == d(2025, 5, 20)


def test_holidays_over_a_whole_week_push_into_the_next_one() -> None:
    libur = frozenset(d(2025, 5, 13) + timedelta(days=i) for i in range(7))  # Tue 13 … Mon 19 May
    # the week of 12 May has its update on Tue 20 May, which is also that week's own update
    assert tanggal_update_ploting(d(2025, 5, 12), libur=libur) == d(2025, 5, 20)
    assert jadwal_update_ploting(d(2025, 5, 1), d(2025, 5, 31), libur=libur) == (
        d(2025, 5, 6), d(2025, 5, 20), d(2025, 5, 27))


def test_year_boundary() -> None:
    assert tanggal_update_ploting(d(2024, 12, 26)) == d(2024, 12, 31)  # Tue 31 Dec is a working day
    assert tanggal_update_ploting(d(2018, 12, 27)) == d(2019, 1, 2)  # Tue 1 Jan 2019 Tahun Baru → Wed
    assert tanggal_update_ploting(d(2029, 12, 31)) == d(2030, 1, 2)  # Tue 1 Jan 2030 Tahun Baru → Wed
    # Tue 25 Dec 2018 Natal → Wed 26 Dec
    assert jadwal_update_ploting(d(2018, 12, 20), d(2019, 1, 10)) == (d(2018, 12, 26), d(2019, 1, 2), d(2019, 1, 8))


def test_tuesday_christmas_then_new_year() -> None:
    # 25 Dec 2029 (Tue) and 1 Jan 2030 (Tue) are both holidays
    assert jadwal_update_ploting(d(2029, 12, 20), d(2030, 1, 10)) == (d(2029, 12, 26), d(2030, 1, 2), d(2030, 1, 8))


def test_a_year_of_holidays_is_an_input_error() -> None:
    class Semua:
        def __contains__(self, _: object) -> bool:
            return True

    with pytest.raises(InvalidInput, match="libur") as exc_info:
        tanggal_update_ploting(d(2025, 1, 1), libur=Semua())
    assert exc_info.value.field == "libur"


@pytest.mark.parametrize("mulai,h7,h3,h1,semantik", [
    (d(2025, 3, 24), d(2025, 3, 17), d(2025, 3, 21), d(2025, 3, 23), d(2025, 3, 25)),  # Monday start
    (d(2025, 3, 28), d(2025, 3, 21), d(2025, 3, 25), d(2025, 3, 27), d(2025, 4, 2)),  # Fri; 31 Mar–1 Apr Lebaran
    (d(2025, 1, 2), d(2024, 12, 26), d(2024, 12, 30), d(2025, 1, 1), d(2025, 1, 3)),  # across the year
    (d(2025, 8, 15), d(2025, 8, 8), d(2025, 8, 12), d(2025, 8, 14), d(2025, 8, 18)),  # Fri → Mon (public holidays only; with cuti bersama 18 Aug it is 19 Aug, below)
])
def test_dates_counted_from_the_start(mulai: date, h7: date, h3: date, h1: date, semantik: date) -> None:
    assert batas_pengajuan_penggantian(mulai) == h7
    assert tanggal_pengumuman(mulai) == h3
    assert tanggal_undangan_wa(mulai) == h1
    assert batas_update_semantik(mulai) == semantik


def test_semantik_second_day_with_added_closure() -> None:
    assert batas_update_semantik(d(2025, 3, 24), libur=LIBUR_NASIONAL.dengan(d(2025, 3, 25))) == d(2025, 3, 26)


@pytest.mark.parametrize("bad", ["2025-03-24", None, datetime(2025, 3, 24, 8)])
def test_dates_must_be_dates(bad: object) -> None:
    for fn in (batas_pengajuan_penggantian, tanggal_pengumuman, tanggal_undangan_wa, batas_update_semantik,
               tanggal_update_ploting):
        with pytest.raises(InvalidInput) as exc_info:
            fn(bad)  # type: ignore[operator]
        assert exc_info.value.value == bad and exc_info.value.field in ("mulai", "on")


def test_libur_nasional_from_the_holidays_package() -> None:
    h = libur_nasional(2025)
    assert {d(2025, 1, 1), d(2025, 3, 31), d(2025, 4, 1), d(2025, 8, 17), d(2025, 12, 25)} <= h
    assert d(2025, 3, 11) not in h
    assert d(2025, 4, 1) in LIBUR_NASIONAL and d(2025, 4, 2) not in LIBUR_NASIONAL
    assert "2025-04-01" not in LIBUR_NASIONAL
    with pytest.raises(InvalidInput) as exc_info:
        libur_nasional(True)  # type: ignore[arg-type]
    assert (exc_info.value.field, exc_info.value.value) == ('tahun', True)


def test_kalender_libur() -> None:
    k = KalenderLibur(nasional=False).dengan([d(2025, 3, 11)], d(2025, 3, 12))
    assert d(2025, 3, 11) in k and d(2025, 4, 1) not in k
    assert not hari_kerja(d(2025, 3, 11), libur=k) and hari_kerja(d(2025, 3, 13), libur=k)
    assert not hari_kerja(d(2025, 3, 15)) and not hari_kerja(d(2025, 4, 1)) and hari_kerja(d(2025, 4, 2))
    with pytest.raises(InvalidInput) as exc_info:
        LIBUR_NASIONAL.dengan("2025-03-11")  # type: ignore[arg-type]
    assert (exc_info.value.field, exc_info.value.value) == ('libur', '2')


@settings(max_examples=300, deadline=None)
@given(st.dates(d(2015, 1, 1), d(2035, 12, 31)), st.frozensets(st.dates(d(2014, 12, 1), d(2036, 1, 31)), max_size=30))
def test_update_properties(on: date, extra: frozenset[date]) -> None:
    libur = LIBUR_NASIONAL.dengan(extra)
    u = tanggal_update_ploting(on, libur=libur)
    assert u >= on and hari_kerja(u, libur=libur)
    # every day from on up to u sees the same next update (no update is skipped)
    for i in range(0, (u - on).days + 1, max(1, (u - on).days // 3)):
        assert tanggal_update_ploting(on + timedelta(days=i), libur=libur) == u
    # it is the first working day on/after the Tuesday of its week or of an earlier week
    senin = u - timedelta(days=u.weekday())
    tuesdays = [senin + timedelta(days=1) - timedelta(weeks=k) for k in range(3)]
    assert any(t <= u and all(not hari_kerja(t + timedelta(days=j), libur=libur) for j in range((u - t).days))
               for t in tuesdays)
    # the day after u, the next update is strictly later
    assert tanggal_update_ploting(u + timedelta(days=1), libur=libur) > u


# --- real Indonesian calendars with cuti bersama (typed from the SKB 3 Menteri, cross-checked with holidays) ---

CUTI_BERSAMA = {
    2024: (d(2024, 2, 9), d(2024, 3, 12), d(2024, 4, 8), d(2024, 4, 9), d(2024, 4, 12), d(2024, 4, 15),
           d(2024, 5, 10), d(2024, 5, 24), d(2024, 6, 18), d(2024, 12, 26)),
    2025: (d(2025, 1, 28), *CUTI_BERSAMA_LEBARAN_2025, d(2025, 5, 13), d(2025, 5, 30), d(2025, 6, 9),
           d(2025, 8, 18), d(2025, 12, 26)),
    2026: (d(2026, 2, 16), d(2026, 3, 18), d(2026, 3, 20), d(2026, 3, 23), d(2026, 3, 24), d(2026, 5, 15),
           d(2026, 5, 28), d(2026, 12, 24)),
}
LIBUR_DAN_CUTI = LIBUR_NASIONAL.dengan(*(x for days in CUTI_BERSAMA.values() for x in days))


# 2026 also agreed with holidays 0.109 at review time; its joint holidays entered the package in mid 2026, so
# the automatic check covers 2024–2025 only (2025-08-18 needs a holidays release from after August 2025).
@pytest.mark.parametrize("tahun", [2024, 2025])
def test_typed_cuti_bersama_agrees_with_the_holidays_package(tahun: int) -> None:
    import holidays
    pkg = holidays.country_holidays("ID", years=tahun, categories=("government",))
    assert set(pkg) == set(CUTI_BERSAMA[tahun])


@pytest.mark.parametrize("on,nasional,dengan_cuti", [
    # Lebaran 2024: cuti bersama Mon 8 + Tue 9 Apr, Idul Fitri Wed 10 + Thu 11, cuti bersama Fri 12 + Mon 15
    (d(2024, 4, 8), d(2024, 4, 9), d(2024, 4, 16)),  # the whole week is off: its update joins next week's
    (d(2024, 4, 10), d(2024, 4, 16), d(2024, 4, 16)),
    (d(2024, 3, 11), d(2024, 3, 12), d(2024, 3, 13)),  # Mon 11 Mar Nyepi, Tue 12 Mar cuti bersama
    (d(2024, 6, 17), d(2024, 6, 18), d(2024, 6, 19)),  # Mon 17 Jun Idul Adha, Tue 18 Jun cuti bersama
    (d(2026, 3, 23), d(2026, 3, 24), d(2026, 3, 25)),  # Lebaran 2026: Tue 24 Mar cuti bersama
    (d(2026, 8, 24), d(2026, 8, 26), d(2026, 8, 26)),  # Tue 25 Aug 2026 Maulid Nabi
    (d(2025, 3, 31), d(2025, 4, 2), d(2025, 4, 8)),  # Lebaran 2025 (cuti bersama 2–4 and 7 Apr)
])
def test_tuesday_holidays_in_real_years(on: date, nasional: date, dengan_cuti: date) -> None:
    assert tanggal_update_ploting(on) == nasional
    assert tanggal_update_ploting(on, libur=LIBUR_DAN_CUTI) == dengan_cuti


def test_lebaran_2024_schedule_skips_the_week_off() -> None:
    assert jadwal_update_ploting(d(2024, 4, 1), d(2024, 4, 30), libur=LIBUR_DAN_CUTI) == (
        d(2024, 4, 2), d(2024, 4, 16), d(2024, 4, 23), d(2024, 4, 30))
    assert jadwal_update_ploting(d(2024, 4, 1), d(2024, 4, 30)) == (
        d(2024, 4, 2), d(2024, 4, 9), d(2024, 4, 16), d(2024, 4, 23), d(2024, 4, 30))


def test_semantik_day_two_with_cuti_bersama() -> None:
    # Fri 15 Aug 2025 start: Sat, Sun (17 Aug), Mon 18 Aug cuti bersama (HUT RI 80) → Tue 19 Aug
    assert batas_update_semantik(d(2025, 8, 15)) == d(2025, 8, 18)
    assert batas_update_semantik(d(2025, 8, 15), libur=LIBUR_DAN_CUTI) == d(2025, 8, 19)
    # Wed 24 Dec 2025 start: Thu 25 Natal, Fri 26 cuti bersama → Mon 29 Dec
    assert batas_update_semantik(d(2025, 12, 24), libur=LIBUR_DAN_CUTI) == d(2025, 12, 29)


def test_h7_h3_h1_are_calendar_days_even_over_holidays() -> None:
    # Class starting Wed 9 Apr 2025, after the Lebaran holidays: no shifting for holidays
    mulai = d(2025, 4, 9)
    assert batas_pengajuan_penggantian(mulai) == d(2025, 4, 2)  # a cuti bersama day, still the date
    assert tanggal_pengumuman(mulai) == d(2025, 4, 6)  # a Sunday ("hari kalender")
    assert tanggal_undangan_wa(mulai) == d(2025, 4, 8)


def test_every_calendar_helper_cites_its_page_section() -> None:
    from asnrules import plotting
    from asnrules.plotting import KUTIPAN_KALENDER, PUSDIKLAT_AP
    assert set(KUTIPAN_KALENDER) == {"tanggal_update_ploting", "jadwal_update_ploting", "batas_pengajuan_penggantian",
                                     "tanggal_pengumuman", "tanggal_undangan_wa", "batas_update_semantik"}
    for name, c in KUTIPAN_KALENDER.items():
        assert callable(getattr(plotting, name)) and c.regulasi == PUSDIKLAT_AP
    assert "hari selasa atau hari kerja berikutnya" in str(KUTIPAN_KALENDER["tanggal_update_ploting"])
    assert "maks 7 hari" in str(KUTIPAN_KALENDER["batas_pengajuan_penggantian"])
    assert "H-3 (hari kalender)" in str(KUTIPAN_KALENDER["tanggal_pengumuman"])
    assert "H-1" in str(KUTIPAN_KALENDER["tanggal_undangan_wa"])
    assert "hari kedua pelatihan" in str(KUTIPAN_KALENDER["batas_update_semantik"])


# --- pinned by mutation testing (issue 12): errors name field and value; edge weeks ------------------------------

TANGGAL_EXPECTED = ("tanggal (tanpa jam)", "a date (without a time of day)")


@pytest.mark.parametrize("bad", ["2025-03-24", None, datetime(2025, 3, 24, 8)])
def test_each_date_argument_is_named_with_its_value(bad: object) -> None:
    calls = [
        (lambda: batas_pengajuan_penggantian(bad), "mulai"),  # type: ignore[arg-type]
        (lambda: tanggal_pengumuman(bad), "mulai"),  # type: ignore[arg-type]
        (lambda: tanggal_undangan_wa(bad), "mulai"),  # type: ignore[arg-type]
        (lambda: batas_update_semantik(bad), "mulai"),  # type: ignore[arg-type]
        (lambda: tanggal_update_ploting(bad), "on"),  # type: ignore[arg-type]
        (lambda: hari_kerja(bad), "hari"),  # type: ignore[arg-type]
        (lambda: jadwal_update_ploting(bad, d(2025, 4, 1)), "dari"),  # type: ignore[arg-type]
        (lambda: jadwal_update_ploting(d(2025, 3, 1), bad), "sampai"),  # type: ignore[arg-type]
    ]
    for call, field in calls:
        with pytest.raises(InvalidInput) as exc_info:
            call()
        assert (exc_info.value.field, exc_info.value.value) == (field, bad)
        assert (exc_info.value.expected, exc_info.value.expected_en) == TANGGAL_EXPECTED


def test_a_year_of_holidays_names_libur_and_where_the_search_stopped() -> None:
    class Semua:
        def __contains__(self, _: object) -> bool:
            return True

    with pytest.raises(InvalidInput) as exc_info:
        tanggal_update_ploting(d(2025, 1, 1), libur=Semua())
    e = exc_info.value
    # the week of 1 Jan 2025 starts Monday 30 Dec 2024; its Tuesday plus 366 days searched
    assert (e.field, e.value) == ("libur", d(2024, 12, 31) + timedelta(days=366))
    assert (e.expected, e.expected_en) == ("kalender dengan hari kerja dalam setahun",
                                           "a calendar with a working day within a year")


def test_update_of_the_previous_week_pushed_onto_on_itself() -> None:
    """Tue–Fri of the week of 10 March closed: that week's update moves to Monday 17 March, so on that Monday
    the first update on or after it is the Monday itself, not Tuesday 18 March."""
    libur = KalenderLibur(nasional=False).dengan(d(2025, 3, 11), d(2025, 3, 12), d(2025, 3, 13), d(2025, 3, 14))
    assert tanggal_update_ploting(d(2025, 3, 17), libur=libur) == d(2025, 3, 17)
    assert tanggal_update_ploting(d(2025, 3, 12), libur=libur) == d(2025, 3, 17)
    assert tanggal_update_ploting(d(2025, 3, 18), libur=libur) == d(2025, 3, 18)
    assert jadwal_update_ploting(d(2025, 3, 11), d(2025, 3, 25), libur=libur) == (d(2025, 3, 17), d(2025, 3, 18),
                                                                                 d(2025, 3, 25))


def test_jadwal_ends_on_a_monday_before_that_week_update() -> None:
    assert jadwal_update_ploting(d(2025, 3, 3), d(2025, 3, 17), libur=TANPA_LIBUR) == (d(2025, 3, 4), d(2025, 3, 11))
    assert jadwal_update_ploting(d(2025, 3, 3), d(2025, 3, 18), libur=TANPA_LIBUR) == (
        d(2025, 3, 4), d(2025, 3, 11), d(2025, 3, 18))
