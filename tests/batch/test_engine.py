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
    (r,) = run(a, [{"gol": "III/a", "ak_utama": "80", "ak_penunjang": "20"}])
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
