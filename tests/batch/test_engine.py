"""The batch engine (asnrules.batch.run): streaming, bad rows, registry, parameters."""

import itertools
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asnrules.batch import (
    ATURAN,
    INVALID,
    NOT_APPLICABLE,
    OK,
    Aturan,
    BatchResult,
    aturan,
    daftar_aturan,
    output_columns,
    run,
    sample_path,
    to_dataframe,
)
from asnrules.batch.files import read_rows
from asnrules.core import InvalidInput, Verdict

ON = date(2025, 7, 1)

GOOD = {"STATUS": "PNS", "NIP": "198608152004121005", "GOL. RUANG": "II/b", "TMT GOL": "01-04-2017",
        "PENDIDIKAN TERAKHIR": "SMA", "SURAT TUGAS": "ya", "BNT": "tidak ada", "BLOKIR": "tidak"}


def test_one_row_from_export_headings_is_eligible_with_every_criterion_cited() -> None:
    (r,) = run("bendahara", [GOOD], on=ON, jenis="pengeluaran")
    assert r.row == 1 and r.ok and r.status == "ELIGIBLE"
    assert isinstance(r.outcome, Verdict)
    assert [x.code for x in r.outcome.reasons] == ["status_kepegawaian", "pangkat_minimal", "surat_tugas",
                                                   "pendidikan_minimal", "bnt_jenis_sama", "diblokir"]
    assert all(str(x.citation) for x in r.outcome.reasons)


def test_failed_criteria_and_citations_in_the_output_columns() -> None:
    row = {**GOOD, "GOL. RUANG": "II/a", "STATUS": "CPNS"}
    (r,) = run("bendahara", [row], on=ON, jenis="pengeluaran")
    cols = r.columns()
    assert cols["hasil"] == "NOT_ELIGIBLE"
    assert cols["kriteria_gagal"] == "status_kepegawaian, pangkat_minimal"
    assert "Persyaratan Administrasi butir 2" in cols["alasan"]
    assert "CPNS" in cols["alasan"] and "Pengatur Muda" in r.columns(lang="en")["alasan"]


def test_unknown_fact_gives_incomplete_never_a_guess() -> None:
    row = {k: v for k, v in GOOD.items() if k != "SURAT TUGAS"}
    (r,) = run("bendahara", [row], on=ON, jenis="pengeluaran")
    assert r.status == "INCOMPLETE" and r.columns()["kriteria_belum_diketahui"] == "surat_tugas"


def test_bad_rows_are_reported_with_field_value_message_and_never_stop_the_run() -> None:
    rows = [GOOD, {**GOOD, "GOL. RUANG": "III/f"}, {**GOOD, "TMT GOL": "31-02-2017", "STATUS": ""}, "junk", GOOD]
    results = list(run("bendahara", rows, on=ON, jenis="pengeluaran"))
    assert [r.row for r in results] == [1, 2, 3, 4, 5]
    assert [r.status for r in results] == ["ELIGIBLE", INVALID, INVALID, INVALID, "ELIGIBLE"]
    (e,) = results[1].errors
    assert (e.field, e.value) == ("golongan", "III/f") and "III/f" in e.message and "III/f" in e.message_en
    assert {x.field for x in results[2].errors} == {"status", "tmt_golongan"}


def test_model_validation_errors_are_row_errors() -> None:
    (r,) = run("bendahara", [{**GOOD, "TGL LAHIR": "01-01-1970"}], on=ON, jenis="pengeluaran")
    assert r.status == INVALID and r.errors[0].field == "tanggal_lahir" and "NIP" in r.errors[0].message


def test_a_valid_row_the_table_lacks_is_not_applicable() -> None:
    rows = [{"STATUS": "PNS", "GOL": "II/d", "TMT GOL": "2020-04-01", "PENDIDIKAN": "SMA"},
            {"STATUS": "PNS", "GOL": "III/b", "TMT GOL": "2020-04-01", "PENDIDIKAN": "S-2 Manajemen"}]
    a, b = run("inpassing", rows, on=ON)
    assert a.status == NOT_APPLICABLE and "II/d" in a.errors[0].message and a.errors[0].column is None
    assert b.status == OK and b.outcome.angka_kredit == Decimal(199)  # III/b S-2, 4 TAHUN/LEBIH
    assert b.columns()["dasar_hukum"].startswith("PMK 150/PMK.05/2019 Lampiran III huruf B")


def test_plain_parameter_rule_inpassing_tabel() -> None:
    rows = [{"GOL": "IV/c", "PENDIDIKAN": "S-3", "MASA KERJA": "3"}, {"GOL": "III/a", "ijazah": "S1", "masa_kerja_tahun": 0}]
    a, b = run("inpassing_tabel", rows)
    assert a.outcome.angka_kredit == Decimal(798) and a.outcome.errata  # published, suspect cell
    assert a.columns()["errata"]
    assert b.outcome.angka_kredit == Decimal(100)


def test_row_cell_wins_over_run_parameter_which_wins_over_default() -> None:
    rows = [{**GOOD, "JENIS BENDAHARA": "Penerimaan", "BNT": "Penerimaan 2024-01-02"}, {**GOOD, "BNT": "Penerimaan 2024-01-02"}]
    a, b = run("bendahara", rows, on=ON, jenis="pengeluaran")
    assert a.status == "NOT_ELIGIBLE" and a.outcome.failed[0].code == "bnt_jenis_sama"
    assert b.status == "ELIGIBLE"  # a Penerimaan BNT does not bar the Pengeluaran training


def test_missing_required_parameter_is_a_row_error() -> None:
    (r,) = run("bendahara", [GOOD], on=ON)
    assert r.status == INVALID and r.errors[0].field == "jenis"


def test_bad_run_parameter_or_unknown_rule_raises_before_any_row() -> None:
    with pytest.raises(InvalidInput):
        run("bendahara", [GOOD], on=ON, jenis="bendahara gaji")
    with pytest.raises(InvalidInput):
        run("bendahara", [GOOD], on=ON, jenis="pengeluaran", tidak_ada="x")
    with pytest.raises(InvalidInput) as exc:
        run("tidak_ada", [GOOD], on=ON)
    assert "bendahara" in str(exc.value)
    with pytest.raises(InvalidInput):
        run("inpassing", [GOOD])  # a date-dependent rule needs `on`


def test_streaming_a_million_rows_is_lazy() -> None:
    consumed = 0

    def rows():
        nonlocal consumed
        for _ in range(1_000_000):
            consumed += 1
            yield GOOD

    first = list(itertools.islice(run("bendahara", rows(), on=ON, jenis="pengeluaran"), 3))
    assert [r.status for r in first] == ["ELIGIBLE"] * 3
    assert consumed == 3


def test_line_numbers_from_read_rows_are_kept() -> None:
    results = list(run("bendahara", read_rows(str(sample_path()), "csv"), on=ON, jenis="pengeluaran"))
    assert len(results) == 50 and results[0].row == 2 and results[-1].row == 51
    bad = {r.row: r.errors[0].field for r in results if r.status == INVALID}
    assert bad == {6: "nip", 12: "pangkat", 21: "tanggal_lahir", 31: "status", 38: "pendidikan", 46: "tanggal_lahir"}
    columns = {r.row: r.errors[0].column for r in results if r.status == INVALID}
    assert columns == {6: "NIP/NRP", 12: "PANGKAT/GOL", 21: "TGL LAHIR", 31: "STATUS", 38: "PENDIDIKAN TERAKHIR", 46: "TGL LAHIR"}
    assert results[10].columns()["kesalahan"].startswith("[PANGKAT/GOL] ")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.dictionaries(st.sampled_from(["STATUS", "GOL", "TMT GOL", "TGL LAHIR", "NIP", "PENDIDIKAN", "SKP 2024", "HUKDIS",
                                     "TUBEL", "SURAT TUGAS", "BNT", "jenis", "kinerja", "jabatan", "x"]),
                    st.one_of(st.none(), st.text(max_size=12), st.integers(), st.floats(), st.booleans(),
                              st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))),
    st.integers(), st.text(), st.none(), st.lists(st.integers())))
def test_any_junk_row_yields_a_result_never_an_exception(row: object) -> None:
    for name in ("bendahara", "inpassing", "inpassing_tabel"):
        (r,) = run(name, [row], on=ON, **({"jenis": "pengeluaran"} if name == "bendahara" else {}))
        assert isinstance(r, BatchResult) and r.row == 1
        assert r.ok or r.errors
        r.columns(), r.as_dict("en")  # always renderable


def test_registry_lists_available_rules_with_columns_and_description() -> None:
    names = [a.nama for a in daftar_aturan()]
    assert names[:2] == ["bendahara", "inpassing"]
    for a in daftar_aturan():
        assert a.deskripsi and a.deskripsi_en and a.kolom_keluaran[:2] == ("baris", "hasil")
        assert a.kolom_masukan
    assert aturan("Inpassing-Tabel") is ATURAN["inpassing_tabel"]
    assert "kriteria_gagal" in output_columns(ATURAN["bendahara"])
    assert "angka_kredit" in output_columns(ATURAN["inpassing"])


def test_adding_a_rule_is_one_line() -> None:
    a = Aturan("kenaikan", "asnrules.angka_kredit.kumulatif:kenaikan_pangkat", "uji", "test")
    (r,) = run(a, [{"gol": "III/a", "ak_utama": "80", "ak_penunjang": "20"}], on=date(2022, 7, 1))  # issue 15: a dated rule
    assert isinstance(r.outcome, Verdict) and r.ok


def test_a_rule_whose_module_does_not_exist_is_not_listed() -> None:
    ghost = Aturan("hantu", "asnrules.tidak_ada:check", "x", "x")
    assert not ghost.tersedia
    with pytest.raises(InvalidInput):
        run(ghost, [GOOD])


def test_to_dataframe_has_input_and_output_columns() -> None:
    pytest.importorskip("pandas", reason="the pandas extra is not installed (pip install '.[pandas]')")
    results = run("bendahara", read_rows(str(sample_path()), "csv"), on=ON, jenis="pengeluaran")
    df = to_dataframe(results)
    assert len(df) == 50 and {"NAMA", "hasil", "kriteria_gagal"} <= set(df.columns)
    assert df["hasil"].value_counts()["INVALID"] == 6


def _unexpected(results: list[BatchResult]) -> list[str]:
    return [e.message for r in results for e in r.errors if e.message.startswith("kesalahan tak terduga")]


@pytest.mark.parametrize("nama", [a.nama for a in daftar_aturan()])
def test_every_registered_rule_runs_on_the_sample_without_unexpected_errors(nama: str) -> None:
    a = ATURAN[nama]
    params = {p.nama: a.contoh[p.nama] for p in a.parameter if p.wajib and p.nama in a.contoh}
    sample = "plotting_batch.csv" if nama == "plotting_data" else "pegawai_satker.csv"
    results = list(run(a, read_rows(str(sample_path(sample)), "csv"), on=ON, **params))
    assert results and _unexpected(results) == []
    keys = {tuple(r.columns()) for r in results}
    assert keys == {a.kolom_keluaran}  # every row has every output column


def test_a_bad_value_of_a_parameter_the_rule_parses_itself_is_invalid_not_not_applicable() -> None:
    good, bad = run("kesenjangan_kinerja", [{"NILAI SKP": "88,5"}, {"NILAI SKP": "delapan"}])
    assert good.status == OK and good.columns()["tingkat"] == "kesenjangan kinerja rendah"
    assert bad.status == INVALID and bad.errors[0].column == "NILAI SKP"


def test_as_dict_of_each_kind_is_json_ready() -> None:
    import json

    rows = [GOOD, {**GOOD, "GOL. RUANG": "X"}]
    for r in run("bendahara", rows, on=ON, jenis="pengeluaran"):
        json.dumps(r.as_dict()), json.dumps(r.as_dict("en"))
    (r,) = run("inpassing_tabel", [{"golongan": "IV/c", "ijazah": "S3", "masa_kerja_tahun": 3}])
    d = r.as_dict()
    assert d["hasil_perhitungan"]["angka_kredit"] == "798" and d["hasil_perhitungan"]["errata"]
    json.dumps(d)


def test_a_parameter_the_file_lacks_is_unknown_not_the_function_default() -> None:
    row = {k: v for k, v in GOOD.items() if k != "BNT"}
    (r,) = run("bendahara", [row], on=ON, jenis="pengeluaran")
    assert r.status == "INCOMPLETE" and r.columns()["kriteria_belum_diketahui"] == "bnt_jenis_sama"
    (r,) = run("bendahara", [{**row, "BNT": ""}], on=ON, jenis="pengeluaran")
    assert r.status == "INCOMPLETE"
    (r,) = run("bendahara", [row], on=ON, jenis="pengeluaran", sertifikat="tidak ada")
    assert r.status == "ELIGIBLE"


_JUNK_CELL = st.one_of(st.none(), st.text(max_size=10), st.integers(), st.floats(), st.booleans(),
                       st.sampled_from(["ya", "tidak", "II/b", "S-1", "01-04-2017", "42826", "PNS", "TNI", "Baik", "-"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["status", "golongan", "pangkat", "tmt_golongan", "tanggal_lahir", "nip",
                                        "pendidikan", "jabatan", "tmt_jabatan", "kinerja_2024", "hukuman_disiplin",
                                        "tugas_belajar", "cltn_mulai", "sehat", "jenis", "nilai", "jamlat",
                                        "kelulusan", "tingkat_unit", "jenjang", "ak_utama", "masa_kerja_tahun",
                                        "nomor_wa", "nama", "ipk", "lowongan", "jenjang_tujuan"]),
                       _JUNK_CELL, max_size=10))
def test_every_rule_turns_any_row_into_a_result(row: dict) -> None:
    for a in daftar_aturan():
        params = {p.nama: a.contoh[p.nama] for p in a.parameter if p.wajib and p.nama in a.contoh}
        (r,) = run(a, [row], on=ON, **params)
        assert r.ok or r.errors
        assert _unexpected([r]) == [], (a.nama, row, r.errors)
        r.columns("en"), r.as_dict()


def test_nested_json_row_as_the_pegawai_model_takes_it() -> None:
    row = {"status": "PNS", "nip": "198608152004121005", "golongan": "III/b", "tmt_golongan": "2019-04-01",
           "pendidikan": [{"jenjang": "S1", "bidang": "Akuntansi", "tanggal": "2008-09-01"}],
           "kinerja": {"2023": "Baik", "2024": "Sangat Baik"}, "jabatan": {"jenjang": "Ahli Pertama", "tmt": "2020-01-02"},
           "riwayat_pangkat": [{"tmt": "2015-04-01", "golongan": "III/a"}], "hukuman_disiplin": []}
    (r,) = run("promosi", [row], on=ON)
    assert r.ok and r.outcome.reason("kinerja_2_tahun").status.value == "MET"
    (bad,) = run("promosi", [{**row, "kinerja": "Baik"}], on=ON)
    assert bad.status == INVALID and bad.errors[0].field == "kinerja"


_SAMPLE_ROWS = [row for _, row in read_rows(str(sample_path()), "csv")]


@settings(max_examples=25, deadline=None)
@given(st.permutations(range(len(_SAMPLE_ROWS))), st.lists(st.one_of(st.none(), st.text(max_size=5), st.integers()),
                                                            max_size=5))
def test_rows_are_independent_order_and_junk_between_them_change_nothing(order: list[int], junk: list) -> None:
    baseline = [(r.status, r.columns()["alasan"], r.columns()["kesalahan"])
                for r in run("bendahara", _SAMPLE_ROWS, on=ON, jenis="pengeluaran")]
    mixed = [_SAMPLE_ROWS[i] for i in order]
    for k, j in enumerate(junk):
        mixed.insert(k * 7 % (len(mixed) + 1), j)
    results = list(run("bendahara", mixed, on=ON, jenis="pengeluaran"))
    assert len(results) == len(mixed)
    got = {id(r.input): (r.status, r.columns()["alasan"], r.columns()["kesalahan"]) for r in results}
    for i, row in enumerate(_SAMPLE_ROWS):
        assert got[id(row)] == baseline[i]
    assert sum(r.status == INVALID for r in results) == 6 + len(junk)


def test_extra_headings_of_one_file() -> None:
    row = {"Status ASN": "PNS", "GOLONGAN AKHIR": "II/b", "IJAZAH": "SMA", "ST": "ya", "BNT": "tidak", "BLOKIR": "tidak"}
    (plain,) = run("bendahara", [row], on=ON, jenis="pengeluaran")
    assert plain.status == "INCOMPLETE"  # GOLONGAN AKHIR and ST are not recognised
    (mapped,) = run("bendahara", [row], on=ON, jenis="pengeluaran",
                    kolom={"Golongan Akhir": "golongan", "st": "surat_tugas"})
    assert mapped.status == "ELIGIBLE"
    with pytest.raises(InvalidInput):
        run("bendahara", [row], on=ON, jenis="pengeluaran", kolom={"X": "tidak_ada"})


def test_the_core_and_the_command_never_import_pandas_or_openpyxl() -> None:
    import subprocess
    import sys

    code = ("import sys, asnrules, asnrules.batch, asnrules.cli; "
            "print(sorted(m for m in ('pandas', 'openpyxl') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_required_parameter_that_accepts_none_is_unknown_when_missing() -> None:
    (r,) = run("kedudukan", [{"JENJANG JABATAN": "Ahli Madya"}])
    assert r.status == "INCOMPLETE" and r.columns()["kriteria_belum_diketahui"] == "kedudukan_jenjang"
    (ok,) = run("kedudukan", [{"jenjang": "Ahli Madya", "tingkat unit": "JPT_PRATAMA_ATAU_LEBIH_TINGGI"}])
    assert ok.status == "ELIGIBLE"


def test_a_bad_nip_is_reported_with_the_other_bad_cells_of_its_row() -> None:
    row = {"STATUS": "PNS", "NIP": "197508152000131001", "GOL": "X/z", "TMT GOL": "kemarin"}
    (r,) = run("inpassing", [row], on=date(2025, 7, 1))
    assert r.status == "INVALID"
    assert [(e.field, e.column) for e in r.errors] == [("nip", "NIP"), ("golongan", "GOL"), ("tmt_golongan", "TMT GOL")]
    assert "13" in r.errors[0].message and "TMT" in r.errors[0].message_en


# --------------------------------------------------------------------------- issue 12 / 13 / 14 (engineer "cli")

import ast  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from asnrules.batch import OK_DENGAN_CATATAN, check_params, evaluate_row, make_plan, ringkasan  # noqa: E402

_SRC = Path(__file__).resolve().parents[2] / "src" / "asnrules" / "batch"


@pytest.mark.parametrize("first", ["asnrules.batch.engine", "asnrules.batch.registry"])
def test_issue14_engine_and_registry_import_in_either_order(first: str) -> None:
    other = "asnrules.batch.registry" if first.endswith("engine") else "asnrules.batch.engine"
    code = f"import {first}, {other}; print({other}.__name__)"
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert p.returncode == 0 and other in p.stdout, p.stderr


def test_issue14_no_import_of_engine_from_registry_at_any_level() -> None:
    """The cycle is gone, not dodged: registry never imports engine (not even inside a function)."""
    tree = ast.parse((_SRC / "registry.py").read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "asnrules.batch.engine" not in imported
    assert output_columns(aturan("bendahara")) == aturan("bendahara").kolom_keluaran


def test_issue12_4_required_parameter_missing_from_params_and_file_is_refused_naming_allowed_values() -> None:
    with pytest.raises(InvalidInput) as e:
        check_params("uji_kompetensi", {}, ["NIP", "STATUS", "GOL"])
    assert e.value.field == "jenis" and e.value.value is None
    assert "pengangkatan_pertama" in str(e.value) and "-p jenis=" in str(e.value)
    assert "pengangkatan_pertama" in e.value.message_en
    # a column of the file that supplies it per row is valid; so is -p
    assert check_params("uji_kompetensi", {}, ["NIP", "Jenis Uji Kompetensi"]) == {}
    assert check_params("uji_kompetensi", {"jenis": "promosi"}, ["NIP"])["jenis"].name == "PROMOSI"


@pytest.mark.parametrize(("nama", "params", "field", "hint"), [
    ("lkjf", {"kjf": "abc"}, "kjf", "angka"),
    ("ak_kumulatif_minimal", {"golongan": "II/e"}, "golongan", "II/d"),
    ("bendahara", {"jenis": "gaji"}, "jenis", "PENGELUARAN"),
    ("bendahara", {"surat_tugas": "mungkin"}, "surat_tugas", "tidak"),
])
def test_issue12_4_malformed_run_wide_parameter_is_refused_before_any_row(nama: str, params: dict[str, str],
                                                                           field: str, hint: str) -> None:
    with pytest.raises(InvalidInput) as e:
        check_params(nama, params)
    assert e.value.field == field and e.value.value == params[field] and hint in str(e.value)
    with pytest.raises(InvalidInput):
        run(nama, iter(()), on=ON, **params)  # run() refuses it at once too, before reading a row


def test_issue13_11_bad_heading_map_is_refused() -> None:
    for kolom in ({"X": "kinerja_foo"}, {"X": "tidak_ada"}):
        with pytest.raises(InvalidInput) as e:
            check_params("bendahara", {}, kolom=kolom)
        assert e.value.field == "kolom" and e.value.value == f"X={kolom['X']}"
    # a Pegawai column is no input of a rule without a Pegawai
    with pytest.raises(InvalidInput):
        check_params("hasil_latsar", {}, kolom={"X": "golongan"})
    assert check_params("bendahara", {}, kolom={"SKP THN 2024": "kinerja_2024", "GOL AKHIR": "golongan"}) == {}


def test_issue12_5_pangkat_gol_and_gol_ruang_that_disagree_make_an_invalid_row_naming_both() -> None:
    row = {"STATUS": "PNS", "PANGKAT/GOL": "Penata", "GOL. RUANG": "III/b", "TMT GOL": "2020-04-01",
           "PENDIDIKAN": "S-1"}
    (r,) = run("inpassing", [row], on=ON)
    assert r.status == INVALID
    (e,) = r.errors
    assert e.field == "golongan" and "PANGKAT/GOL" in e.column and "GOL. RUANG" in e.column
    assert "PANGKAT/GOL" in e.message and "GOL. RUANG" in e.message and "III/c" in e.message
    (same,) = run("inpassing", [{**row, "PANGKAT/GOL": "Penata Muda Tk. I"}], on=ON)
    assert same.status == OK


@pytest.mark.parametrize(("a", "b", "invalid"), [("3b", "III/b", False), ("III/c", "III/b", True),
                                                   ("III/b", "", False), (" iii/B ", "III/b", False)])
def test_issue12_5_two_headings_of_one_field_must_agree(a: str, b: str, invalid: bool) -> None:
    row = {**GOOD, "GOL": a, "GOL. RUANG": b}
    (r,) = run("bendahara", [row], on=ON, jenis="pengeluaran")
    assert (r.status == INVALID) is invalid
    if invalid:
        assert set(r.errors[0].column.split(", ")) == {"GOL", "GOL. RUANG"}


def test_issue12_5_parameter_columns_and_nip_columns_must_agree_too() -> None:
    (r,) = run("bendahara", [{**GOOD, "JENIS BENDAHARA": "Penerimaan", "jenis": "Pengeluaran"}], on=ON)
    assert r.status == INVALID and "JENIS BENDAHARA" in r.errors[0].column
    (same,) = run("bendahara", [{**GOOD, "JENIS BENDAHARA": "penerimaan", "jenis": "PENERIMAAN"}], on=ON)
    assert same.status == "ELIGIBLE"
    (nip,) = run("bendahara", [{**GOOD, "NIP/NRP": "197803061998011004"}], on=ON, jenis="pengeluaran")
    assert nip.status == INVALID and nip.errors[0].column == "NIP, NIP/NRP"


@given(st.sampled_from(["II/a", "II/b", "II/c", "III/a", "III/b", "3b", "2a"]),
       st.sampled_from(["II/a", "II/b", "II/c", "III/a", "III/b", "3b", "2a"]))
@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_issue12_5_property_conflict_iff_the_parsed_values_differ(a: str, b: str) -> None:
    from asnrules import Golongan

    (r,) = run("bendahara", [{**GOOD, "GOL": a, "GOL. RUANG": b}], on=ON, jenis="pengeluaran")
    assert (r.status == INVALID) is (Golongan.parse(a) != Golongan.parse(b))


def test_issue12_7_employee_status_is_not_a_plotting_participant_status() -> None:
    row = {"STATUS PEGAWAI": "PNS", "NIP": "198608152004121005", "NAMA": "A"}
    (r,) = run("plotting_data", [row])
    assert all(e.column != "STATUS PEGAWAI" and e.field != "status" for e in r.errors)
    assert aturan("plotting_data").canonical("STATUS PEGAWAI") is None
    assert aturan("plotting_data").canonical("STATUS") == "status"  # its own column
    assert aturan("pelamar_cpns").canonical("TGL LAHIR") == "tanggal_lahir"  # same meaning: still read


def test_issue12_7_an_error_of_the_parameters_blames_them_not_an_unrelated_status_column() -> None:
    (r,) = run("hasil_latsar", [{"STATUS": "PNS"}], kelulusan="DITUNDA", remedial="DITUNDA")
    assert r.status == INVALID
    (e,) = r.errors
    assert e.column is None and e.field == "kelulusan, remedial"
    assert r.columns()["kesalahan"].startswith("kelulusan, remedial: ")
    (c,) = run("hasil_latsar", [{"STATUS": "PNS", "KELULUSAN": "ditunda", "remedial": "ditunda"}])
    assert c.errors[0].column == "KELULUSAN, remedial"


def test_issue12_15_inpassing_errata_row_is_ok_dengan_catatan_with_the_likely_value() -> None:
    row = {"STATUS": "PNS", "GOL": "IV/c", "TMT GOL": "2022-01-01", "PENDIDIKAN": "S-1"}  # 3 years: 702 (802?)
    (r,) = run("inpassing", [row], on=ON)
    assert r.status == OK_DENGAN_CATATAN and r.outcome.angka_kredit == Decimal(702)
    cols = r.columns()
    assert cols["errata"] == "L3B-IVc-S1-3"
    assert "802" in cols["catatan"] and "verifikasi ke instansi pembina" in cols["catatan"]
    assert "verify with the instansi pembina" in r.columns("en")["catatan"]
    assert "catatan" in output_columns(aturan("inpassing")) and list(cols) == list(output_columns(aturan("inpassing")))
    assert r.as_dict()["hasil"] == OK_DENGAN_CATATAN and "802" in r.as_dict()["hasil_perhitungan"]["catatan"]
    (plain,) = run("inpassing", [{**row, "TMT GOL": "2023-01-01"}], on=ON)  # 2 years: no erratum
    assert plain.status == OK and plain.columns()["catatan"] == ""


def test_issue12_17_saran_holds_the_advice_text_with_its_citation_and_codes_stay_in_kode_saran() -> None:
    (r,) = run("bendahara", [GOOD], on=ON, jenis="pengeluaran")
    cols = r.columns()
    assert r.outcome.advice
    assert cols["kode_saran"] == ", ".join(a.code for a in r.outcome.advice)
    for a in r.outcome.advice:
        assert f"{a.message} [{a.citation}]" in cols["saran"]
        assert f"{a.message_en} [{a.citation}]" in r.columns("en")["saran"]
    assert "kode_saran" in output_columns(aturan("bendahara"))


def test_issue12_18_ringkasan_counts_results_per_failing_criterion() -> None:
    results = list(run("bendahara", read_rows(str(sample_path()), "csv"), on=ON, jenis="pengeluaran"))
    df = ringkasan(results)
    assert list(df.columns) == ["hasil", "kriteria", "jumlah"]
    got = {(h, k): n for h, k, n in df.itertuples(index=False)}
    assert got[("ELIGIBLE", "-")] == sum(r.status == "ELIGIBLE" for r in results)
    assert got[("NOT_ELIGIBLE", "surat_tugas")] == sum(
        r.status == "NOT_ELIGIBLE" and "surat_tugas" in r.columns()["kriteria_gagal"] for r in results)
    assert got[("INVALID", "kesalahan: TGL LAHIR")] == 2
    assert ringkasan(to_dataframe(results)).equals(df)  # the same from a DataFrame


def test_issue13_13_input_columns_named_like_output_columns_are_renamed_masukan() -> None:
    row = {**GOOD, "baris": "77", "hasil": "lama", "alasan": "x", "masukan_baris": "y"}
    df = to_dataframe(run("bendahara", [row], on=ON, jenis="pengeluaran"))
    rec = df.iloc[0].to_dict()
    assert rec["baris"] == 1 and rec["hasil"] == "ELIGIBLE" and rec["alasan"] == ""
    assert rec["masukan_hasil"] == "lama" and rec["masukan_alasan"] == "x"
    # "masukan_baris" is already an input heading: "baris" becomes masukan_masukan_baris
    assert rec["masukan_masukan_baris"] == "77" and rec["masukan_baris"] == "y"


def test_issue14_evaluate_row_is_the_single_per_row_entry_point() -> None:
    plan = make_plan("bendahara", on=ON, jenis="pengeluaran")
    rows = [GOOD, {**GOOD, "GOL. RUANG": "III/f"}, "junk"]
    via_run = [r.columns() for r in run("bendahara", rows, on=ON, jenis="pengeluaran")]
    one_by_one = [evaluate_row(plan, row, i).columns() for i, row in enumerate(rows, start=1)]
    assert via_run == one_by_one


def test_issue12_5_two_rank_columns_compare_their_golongan_not_their_spelling() -> None:
    row = {"STATUS": "PNS", "PANGKAT/GOL": "Penata", "PANGKAT GOLONGAN": "III/c", "TMT GOL": "2020-04-01",
           "PENDIDIKAN": "S-1"}
    (same,) = run("inpassing", [row], on=ON)
    assert same.status == OK
    (r,) = run("inpassing", [{**row, "PANGKAT GOLONGAN": "III/b"}], on=ON)
    assert r.status == INVALID and r.errors[0].column == "PANGKAT/GOL, PANGKAT GOLONGAN"
