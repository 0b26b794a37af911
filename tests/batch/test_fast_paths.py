"""The row engine's memos change nothing: the parse of each distinct cell text per column (the one
memo ``pegawai_input`` keeps per run) and the explanation text shared by the results of one run.

A cell parsed through the memo gives the same value or the same error as parsing it afresh; a batch
over many rows (sharing one memo) gives, row for row, the same results as each row run on its own
(fresh memos); and ``Pegawai.model_validate`` of the parsed input accepts/rejects exactly as the engine
does.
"""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import asnrules.batch.columns as columns_module
from asnrules.batch import run
from asnrules.batch.columns import bentrok, pegawai_input
from asnrules.core import InvalidInput
from asnrules.models import Pegawai

ON = date(2025, 7, 1)

STATUS = ["PNS", "CPNS", "TNI", "POLRI", "PPPK", "pns", " PNS ", "", "Honorer", None]
PANGKAT = ["II/b", "III/a", "Penata Muda, III/a", "IV/e", "Sertu", "Briptu", "Kapten", "V/a", "", "-", None]
PEND = ["SMA", "S-1 Akuntansi", "D-III Akuntansi", "S-2 Manajemen", "Sarjana", "", None, "XYZ",
        ["S-1 Akuntansi", "SMA"], 7]
TANGGAL = ["01-04-2017", "2017-04-01", "1 April 2017", "31-02-2020", "15-08-1975", "15-08-1980", "01-10-1999",
           "20000101", "42826", "kemarin", "", None, 42826, date(1980, 8, 15), 1.5, True]
NIP = ["197508152000031001", "198008152005011002", "197508152000031000", "1975 0815 2000 03 1 001",
       "1,97508E+17", "12345", "", None, 197508152000031001, 1.5]
YA = ["Ya", "Tidak", "", "mungkin", None, True, 0, 2]
HUKDIS = ["Tidak ada", "Sedang, 2024-01-01 s.d. 2024-12-31", "Berat", "", None]

row_strategy = st.fixed_dictionaries(
    {"STATUS": st.sampled_from(STATUS)},
    optional={
        "PANGKAT/GOL": st.sampled_from(PANGKAT),
        "GOL": st.sampled_from(PANGKAT),
        "PENDIDIKAN TERAKHIR": st.sampled_from(PEND),
        "TGL LAHIR": st.sampled_from(TANGGAL),
        "TMT GOL": st.sampled_from(TANGGAL),
        "TMT PANGKAT": st.sampled_from(TANGGAL),
        "NIP": st.sampled_from(NIP),
        "NIP/NRP": st.sampled_from(NIP),
        "SEHAT": st.sampled_from(YA),
        "HUKDIS": st.sampled_from(HUKDIS),
        "SURAT TUGAS": st.sampled_from(YA),
        "BNT": st.sampled_from(["Tidak ada", "Pengeluaran 2021-03-15", "Pengeluaran kemarin", ""]),
        "NAMA": st.sampled_from(["Budi", "", None, 12]),
        "SKP 2024": st.sampled_from(["Baik", "", None, "Sangat Baik", "jelek"]),
        "PENGALAMAN PK APBN (TAHUN)": st.sampled_from(["2", "", "-1", 3]),
    },
)


def _flat(row: dict) -> dict:
    from asnrules.batch.columns import canonical

    out: dict = {}
    for k, v in row.items():
        name = canonical(k)
        if name is not None and (name not in out or v not in (None, "")):
            out[name] = v
    return out


def _errors(errs: list) -> list:
    return [(e.field, e.value, str(e), e.message_en) for e in errs]


def _result(r) -> tuple:
    return (r.row, r.status, [(e.field, e.value, e.message, e.message_en, e.column) for e in r.errors],
            r.outcome, r.columns(), r.columns("en"), r.as_dict())


SHARED_CACHE: dict = {}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(row_strategy)
def test_memoized_cell_parse_equals_a_fresh_parse(row: dict) -> None:
    flat = _flat(row)
    fresh_errors: list[InvalidInput] = []
    fresh = pegawai_input(flat, fresh_errors, None)
    memo_errors: list[InvalidInput] = []
    memo = pegawai_input(flat, memo_errors, SHARED_CACHE)  # shared across examples, as in a run
    assert memo == fresh
    assert _errors(memo_errors) == _errors(fresh_errors)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(row_strategy)
def test_engine_accepts_and_rejects_exactly_as_pegawai_model_validate(row: dict) -> None:
    flat = _flat(row)
    errors: list[InvalidInput] = []
    data = pegawai_input(flat, errors, None)
    (result,) = run("inpassing", [row], on=ON)
    if errors:
        assert result.status == "INVALID"
        return
    if bentrok(flat, data):  # issue 12 item 5: two columns carrying one fact disagree → INVALID, both named
        assert result.status == "INVALID" and ", " in (result.errors[0].column or "")
        return
    try:
        pegawai = Pegawai.model_validate(data)
    except ValidationError:
        assert result.status == "INVALID"
        return
    assert result.status != "INVALID"
    if result.status == "OK":
        from asnrules.angka_kredit.tabel_inpassing import inpassing_pegawai

        assert result.outcome == inpassing_pegawai(pegawai, on=ON)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(row_strategy, min_size=1, max_size=25))
@pytest.mark.parametrize("nama, params", [("bendahara", {"jenis": "pengeluaran"}), ("inpassing", {})])
def test_a_batch_equals_each_row_run_alone(nama: str, params: dict, rows: list) -> None:
    together = [_result(r) for r in run(nama, rows, on=ON, **params)]
    alone = [_result(r) for i, row in enumerate(rows, 1) for r in run(nama, [row], on=ON, start=i, **params)]
    assert together == alone


def test_a_full_memo_stops_remembering_and_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"STATUS": "PNS", "GOL": g, "PENDIDIKAN TERAKHIR": p, "TMT GOL": t, "TGL LAHIR": "15-08-1975"}
            for g in ("II/b", "III/a", "III/b", "X/z") for p in ("S-1 Akuntansi", "SMA", "D-III Akuntansi")
            for t in ("01-04-2017", "01-10-2019", "31-02-2020")]
    normal = [_result(r) for r in run("inpassing", rows, on=ON)]
    monkeypatch.setattr(columns_module, "_CACHE_LIMIT", 2)
    small = [_result(r) for r in run("inpassing", rows, on=ON)]
    assert small == normal
    assert {s[1] for s in normal} >= {"OK", "INVALID"}


def test_the_same_pangkat_text_means_another_rank_for_another_status() -> None:
    """The PANGKAT/GOL memo is per status: 'Sertu' is a TNI rank, not a golongan of a PNS."""
    rows = [{"STATUS": "TNI", "PANGKAT/GOL": "Sertu"}, {"STATUS": "PNS", "PANGKAT/GOL": "Sertu"},
            {"STATUS": "TNI", "PANGKAT/GOL": "Sertu"}, {"STATUS": "PNS", "PANGKAT/GOL": "III/a"},
            {"STATUS": "TNI", "PANGKAT/GOL": "III/a"}]
    got = list(run("bendahara", rows, on=ON, jenis="pengeluaran"))
    assert [r.status for r in got][:4] == ["INCOMPLETE", "INVALID", "INCOMPLETE", "INCOMPLETE"]
    assert got[1].errors[0].field == "pangkat" and "Sertu" in got[1].errors[0].message  # not a golongan
    assert got[4].errors[0].field == "pangkat" and "III/a" in got[4].errors[0].message  # not a TNI rank


def test_errors_name_the_heading_of_their_column_in_each_heading_set() -> None:
    rows = [{"STATUS": "PNS", "GOL": "X/z"}, {"STATUS": "PNS", "GOL. RUANG": "X/z"}, {"STATUS": "PNS", "GOL": "X/z"},
            {"STATUS": "PNS", "PANGKAT/GOL": "X/z"}]
    cols = [r.errors[0].column for r in run("inpassing", rows, on=ON)]
    assert cols == ["GOL", "GOL. RUANG", "GOL", "PANGKAT/GOL"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(row_strategy, min_size=1, max_size=25))
def test_explanations_rendered_once_per_run_equal_a_fresh_rendering(rows: list) -> None:
    results = list(run("bendahara", rows, on=ON, jenis="pengeluaran"))
    for lang in ("id", "en", "id"):  # the second "id" reads the memo
        for r in results:
            fresh = replace(r, teks=None)
            assert fresh == r
            assert r.columns(lang) == fresh.columns(lang)


def test_the_explanation_memo_is_shared_by_one_run_and_bounded_by_distinct_reasons() -> None:
    rows = [{"STATUS": "PNS", "GOL": g, "PENDIDIKAN TERAKHIR": "SMA", "SURAT TUGAS": st_}
            for g in ("II/a", "II/b", "III/a") for st_ in ("Ya", "Tidak", "")] * 20
    results = list(run("bendahara", rows, on=ON, jenis="pengeluaran"))
    memo = results[0].teks
    assert memo is not None and all(r.teks is memo for r in results)
    texts = [r.columns("en")["alasan"] for r in results]
    assert len(memo) <= 9 < len(results)
    assert texts == [replace(r, teks=None).columns("en")["alasan"] for r in results]
    assert any("[" in t for t in texts)  # citations are rendered
    other = next(iter(run("bendahara", rows[:1], on=ON, jenis="pengeluaran")))
    assert other.teks is not memo


def test_a_bad_language_fails_the_same_with_or_without_the_memo() -> None:
    (r,) = run("bendahara", [{"STATUS": "PNS", "GOL": "II/a", "SURAT TUGAS": "Tidak"}], on=ON, jenis="pengeluaran")
    with pytest.raises(InvalidInput):
        r.columns("fr")
    with pytest.raises(InvalidInput):
        replace(r, teks=None).columns("fr")
    assert not r.teks  # nothing remembered for it
