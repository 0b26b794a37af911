"""asnrules.core: citations, verdicts, errors, exact numbers (architecture.md §2)."""

import pickle
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asnrules.core import (
    AsnRulesError,
    Citation,
    InvalidInput,
    InvalidTransition,
    NotInTable,
    Reason,
    Status,
    Verdict,
    VerdictStatus,
    format_id,
    round_half_up,
    to_decimal,
    to_int,
)

PMK = "PMK 150/PMK.05/2019"


# --- Citation -----------------------------------------------------------------------------------

def test_citation_pasal_ayat_huruf() -> None:
    assert str(Citation(PMK, pasal="10", ayat="1", huruf="h")) == "PMK 150/PMK.05/2019 Pasal 10 ayat (1) huruf h"


def test_citation_pasal_ayat_huruf_angka() -> None:
    c = Citation(PMK, pasal="10", ayat="(1)", huruf="h", angka="1")
    assert str(c) == "PMK 150/PMK.05/2019 Pasal 10 ayat (1) huruf h angka 1"


def test_citation_lampiran() -> None:
    assert str(Citation(PMK, lampiran="III", huruf="B")) == "PMK 150/PMK.05/2019 Lampiran III huruf B"


def test_citation_bagian_of_a_page() -> None:
    c = Citation("Pusdiklat AP — E-learning Bendahara", bagian="Persyaratan Peserta")
    assert str(c) == "Pusdiklat AP — E-learning Bendahara, Persyaratan Peserta"


def test_citation_is_frozen_and_hashable() -> None:
    c = Citation(PMK, pasal="9")
    with pytest.raises(Exception):
        c.pasal = "10"  # type: ignore[misc]
    assert hash(c) == hash(Citation(PMK, pasal="9"))
    assert c.with_(ayat="1") == Citation(PMK, pasal="9", ayat="1")


def test_citation_requires_regulasi() -> None:
    with pytest.raises(TypeError):
        Citation()  # type: ignore[call-arg]


# --- Verdict ------------------------------------------------------------------------------------

C = Citation(PMK, pasal="9", ayat="1", huruf="a")


def r(code: str, status: Status) -> Reason:
    return Reason(code, status, f"pesan {code}", f"message {code}", C)


def test_verdict_all_met_is_eligible() -> None:
    v = Verdict((r("a", Status.MET), r("b", Status.MET)))
    assert v.status is VerdictStatus.ELIGIBLE is Verdict.ELIGIBLE
    assert v.eligible and bool(v)
    assert v.failed == () and v.unknown == ()


def test_verdict_any_not_met_is_not_eligible_even_with_unknown() -> None:
    v = Verdict((r("a", Status.UNKNOWN), r("b", Status.NOT_MET), r("c", Status.MET)))
    assert v.status is Verdict.NOT_ELIGIBLE
    assert not v
    assert [x.code for x in v.failed] == ["b"]
    assert [x.code for x in v.unknown] == ["a"]


def test_verdict_unknown_without_not_met_is_incomplete() -> None:
    v = Verdict((r("a", Status.MET), r("b", Status.UNKNOWN)))
    assert v.status is Verdict.INCOMPLETE
    assert not v.eligible


def test_verdict_advice_never_changes_status() -> None:
    v = Verdict((r("a", Status.MET),), advice=(r("x", Status.NOT_MET),))
    assert v.eligible


def test_verdict_explain_id_and_en() -> None:
    v = Verdict((r("a", Status.MET), r("b", Status.NOT_MET)), advice=(r("x", Status.MET),))
    id_text = v.explain()
    assert id_text.splitlines()[0] == "Hasil: TIDAK MEMENUHI SYARAT"
    assert "[v] pesan a (PMK 150/PMK.05/2019 Pasal 9 ayat (1) huruf a)" in id_text
    assert "[x] pesan b" in id_text and "Saran:" in id_text
    en = v.explain(lang="en")
    assert en.splitlines()[0] == "Result: NOT ELIGIBLE" and "message b" in en and "Advice:" in en


def test_verdict_explain_unknown_lang_is_invalid_input() -> None:
    with pytest.raises(InvalidInput):
        Verdict(()).explain(lang="fr")


def test_verdict_reason_lookup_and_as_dict() -> None:
    v = Verdict((r("a", Status.MET),))
    assert v.reason("a").status is Status.MET
    with pytest.raises(InvalidInput):
        v.reason("zz")
    d = v.as_dict("en")
    assert d["status"] == "ELIGIBLE" and d["reasons"][0]["message"] == "message a"


@given(st.lists(st.sampled_from(list(Status)), max_size=8))
def test_verdict_status_is_order_independent(statuses: list[Status]) -> None:
    reasons = tuple(r(str(i), s) for i, s in enumerate(statuses))
    assert Verdict(reasons).status is Verdict(tuple(reversed(reasons))).status
    expected = (
        VerdictStatus.NOT_ELIGIBLE if Status.NOT_MET in statuses
        else VerdictStatus.INCOMPLETE if Status.UNKNOWN in statuses
        else VerdictStatus.ELIGIBLE
    )
    assert Verdict(reasons).status is expected


# --- errors -------------------------------------------------------------------------------------

def test_error_hierarchy() -> None:
    for cls in (InvalidInput, NotInTable, InvalidTransition):
        assert issubclass(cls, AsnRulesError)
    assert issubclass(AsnRulesError, ValueError)


def test_invalid_input_names_field_value_expected() -> None:
    e = InvalidInput("jamlat", -1, "bilangan bulat >= 0", "a whole number >= 0")
    assert "jamlat" in str(e) and "-1" in str(e) and ">= 0" in str(e)
    assert e.message_en.startswith("Invalid input for 'jamlat'")
    assert e.field == "jamlat" and e.value == -1
    assert e.explain("en") == e.message_en


def test_not_in_table_lists_existing_rows() -> None:
    e = NotInTable("tabel inpassing", ("III/a", "S2"), ["III/a S1", "III/b S1"], citation=C)
    assert "III/a S1, III/b S1" in str(e) and e.existing == ("III/a S1", "III/b S1")
    assert str(C) in e.explain()


def test_invalid_transition_names_state_event_allowed() -> None:
    e = InvalidTransition("DIBLOKIR", "Plot", "peserta diblokir", ["BukaBlokir"], reason_en="blocked")
    assert "DIBLOKIR" in str(e) and "Plot" in str(e) and "BukaBlokir" in str(e)
    assert "blocked" in e.message_en


@pytest.mark.parametrize(
    "err",
    [
        InvalidInput("f", 1, "x", "y"),
        NotInTable("t", "k", ["a"]),
        InvalidTransition("S", "E", "why", ["A"]),
    ],
)
def test_errors_pickle_round_trip(err: AsnRulesError) -> None:
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is type(err) and str(back) == str(err) and back.message_en == err.message_en


# --- numbers ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [("12,5", "12.5"), ("12.5", "12.5"), (" 37,5 ", "37.5"), ("1.234,5", "1234.5"), ("1,234.5", "1234.5"),
     ("1.250.000", "1250000"), ("0", "0"), ("-3,25", "-3.25"), ("0.004", "0.004"), ("1.25", "1.25"),
     ("1.2500", "1.2500"), ("1250", "1250"), ("1,250", "1.250"), ("1.250,00", "1250.00")],
)
def test_to_decimal_accepts_typed_text(text: str, expected: str) -> None:
    assert to_decimal(text) == Decimal(expected)


def test_to_decimal_passes_decimal_and_int() -> None:
    assert to_decimal(Decimal("0.004")) == Decimal("0.004")
    assert to_decimal(7) == Decimal(7)


@pytest.mark.parametrize("bad", [1.5, 0.0, True, None, [], "abc", "1,2,3", "NaN", "Infinity",
                                 "1.250", "12.500", "-123.456"])
def test_to_decimal_refuses(bad: object) -> None:
    with pytest.raises(InvalidInput) as info:
        to_decimal(bad, "volume")
    assert info.value.field == "volume"


def test_to_decimal_maximum_resolves_the_ambiguous_dot() -> None:
    assert to_decimal("90.999", "nilai", maximum=100) == Decimal("90.999")
    with pytest.raises(InvalidInput):
        to_decimal("1.250", "jke", maximum=10_000)
    with pytest.raises(InvalidInput):
        to_decimal("100,01", "nilai", maximum=100)


def test_to_decimal_minimum() -> None:
    assert to_decimal("0", minimum=0) == 0
    with pytest.raises(InvalidInput):
        to_decimal("-0,01", "volume", minimum=0)


def test_to_int() -> None:
    assert to_int("3") == 3 and to_int(Decimal("4")) == 4 and to_int(5) == 5
    for bad in (2.0, "2,5", Decimal("2.5"), True):
        with pytest.raises(InvalidInput):
            to_int(bad)
    with pytest.raises(InvalidInput):
        to_int(-1, minimum=0)


@pytest.mark.parametrize(
    "value,places,expected",
    [("3.125", 2, "3.13"), ("3.135", 2, "3.14"), ("2.5", 0, "3"), ("-2.5", 0, "-3"), ("0.005", 2, "0.01")],
)
def test_round_half_up_never_bankers(value: str, places: int, expected: str) -> None:
    assert round_half_up(Decimal(value), places) == Decimal(expected)


@pytest.mark.parametrize(
    "value,places,expected",
    [(Decimal("198.2"), 2, "198,20"), (Decimal("158.2"), 2, "158,20"), (Decimal("153.2"), 2, "153,20"),
     (Decimal("1250"), 0, "1.250"), (Decimal("5000"), 2, "5.000,00"), (Decimal("1234567.125"), 2, "1.234.567,13"),
     (Decimal("0.004"), 3, "0,004"), (Decimal("-12.5"), 1, "-12,5"), (12, 1, "12,0")],
)
def test_format_id(value: Decimal, places: int, expected: str) -> None:
    assert format_id(value, places) == expected


def test_format_id_refuses_float() -> None:
    with pytest.raises(InvalidInput):
        format_id(1.5)  # type: ignore[arg-type]


@given(st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_format_id_round_trips_through_to_decimal(value: Decimal) -> None:
    assert to_decimal(format_id(value, 2)) == value


def test_not_in_table_accepts_a_generator() -> None:
    e = NotInTable("t", "k", (x for x in ["a", "b"]))
    assert e.existing == ("a", "b") and "a, b" in str(e)
