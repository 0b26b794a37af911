"""The `asnrules` command through its real entry point (a subprocess), on small files."""

import csv
import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import jsonschema
import openpyxl
import pytest

from asnrules.batch import sample_path

SAMPLE = Path(str(sample_path("pegawai_satker.csv")))
SAMPLE_JSONL = Path(str(sample_path("pegawai_satker.jsonl")))


def asnrules(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "asnrules", *args], input=stdin, capture_output=True, text=True,
                          timeout=60, check=False)


def test_demo_prints_a_report_of_the_main_rules_on_the_bundled_sample() -> None:
    p = asnrules("demo")
    assert p.returncode == 0, p.stderr
    out = p.stdout
    assert "bendahara" in out and "inpassing" in out and "plotting_data" in out
    assert "memenuhi syarat: 22" in out and "baris tidak valid: 6" in out
    assert "Persyaratan Administrasi butir 2" in out and "AK 294" in out


def test_demo_in_english() -> None:
    p = asnrules("demo", "--lang", "en")
    assert p.returncode == 0 and "eligible: 22" in p.stdout and "invalid row: 6" in p.stdout


def test_console_script_entry_point_is_the_same_main() -> None:
    from importlib.metadata import entry_points

    (ep,) = [e for e in entry_points(group="console_scripts") if e.name == "asnrules"]
    assert ep.value == "asnrules.cli:main"


def test_aturan_lists_rules_and_jelaskan_prints_criteria_with_citations() -> None:
    p = asnrules("aturan")
    assert p.returncode == 0 and "bendahara" in p.stdout and "inpassing" in p.stdout
    j = asnrules("jelaskan", "bendahara")
    assert j.returncode == 0
    assert "pangkat_minimal" in j.stdout and "Persyaratan Administrasi butir 2" in j.stdout
    assert "jenis (wajib)" in j.stdout


def test_unknown_rule_is_exit_2_and_names_the_rules() -> None:
    p = asnrules("periksa", str(SAMPLE), "--aturan", "tidak_ada")
    assert p.returncode == 2 and "bendahara" in p.stderr
    assert asnrules("jelaskan", "tidak_ada").returncode == 2


def test_unreadable_file_is_exit_1(tmp_path: Path) -> None:
    p = asnrules("periksa", str(tmp_path / "tidak_ada.csv"), "--aturan", "bendahara", "-t", "2025-07-01")
    assert p.returncode == 1 and "tidak dapat dibaca" in p.stderr
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"not a zip")
    assert asnrules("periksa", str(broken), "--aturan", "bendahara", "-t", "2025-07-01").returncode == 1


def test_periksa_csv_keeps_every_row_with_verdict_and_errors(tmp_path: Path) -> None:
    out = tmp_path / "hasil.csv"
    p = asnrules("periksa", str(SAMPLE), "--aturan", "bendahara", "-p", "jenis=pengeluaran", "--tanggal",
                 "2025-07-01", "-o", str(out), "-v")
    assert p.returncode == 0, p.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    source = list(csv.DictReader(SAMPLE.open(encoding="utf-8")))
    assert len(rows) == len(source) == 50
    assert [r["NAMA"] for r in rows] == [r["NAMA"] for r in source]
    assert {r["hasil"] for r in rows} == {"ELIGIBLE", "NOT_ELIGIBLE", "INCOMPLETE", "INVALID"}
    bad = [r for r in rows if r["hasil"] == "INVALID"]
    assert len(bad) == 6 and all(r["kesalahan"] for r in bad)
    assert "[PANGKAT/GOL]" in rows[10]["kesalahan"]
    failed = [r for r in rows if r["hasil"] == "NOT_ELIGIBLE"]
    assert all(r["kriteria_gagal"] and "Pusdiklat AP" in r["alasan"] for r in failed)
    assert "Ringkasan" in p.stderr and "2025-07-01" in p.stderr  # summary with -v


def test_quiet_outside_a_terminal(tmp_path: Path) -> None:
    p = asnrules("periksa", str(SAMPLE), "--aturan", "inpassing", "-t", "2025-07-01", "-o", str(tmp_path / "x.csv"))
    assert p.returncode == 0 and p.stderr == ""


def test_odd_headings_semicolon_csv_and_excel_serial_dates(tmp_path: Path) -> None:
    f = tmp_path / "ekspor.csv"
    f.write_text("No;Nama Pegawai;Status Pegawai;Gol. Ruang;TMT Gol;Tgl. Lahir;Pendidikan Terakhir\n"
                 "1;A;PNS;III/b;42826;15 Agustus 1986;S-1 Akuntansi\n"
                 "2;B;PNS;Penata Muda, III/a;01/04/2024;1990-01-01;D-IV Akuntansi\n"
                 "3;C;PNS;III/b;bukan tanggal;1990-01-01;S-1\n", encoding="utf-8")
    out = tmp_path / "hasil.jsonl"
    p = asnrules("periksa", str(f), "--aturan", "inpassing", "-t", "2025-07-01", "-o", str(out))
    assert p.returncode == 0, p.stderr
    a, b, c = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert a["hasil"] == "OK" and a["hasil_perhitungan"]["angka_kredit"] == "197"  # TMT 2017-04-01: 4+ years
    assert b["hasil_perhitungan"]["angka_kredit"] == "112" and b["input"]["Nama Pegawai"] == "B"
    assert c["hasil"] == "INVALID" and c["kesalahan"][0]["column"] == "TMT Gol"


def test_xlsx_round_trip_keeps_every_row(tmp_path: Path) -> None:
    src = tmp_path / "pegawai.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DAFTAR PEGAWAI SATKER CONTOH"])  # a title row above the table
    ws.append([])
    ws.append(["NIP", "NAMA", "STATUS", "PANGKAT/GOL", "TMT GOL", "TGL LAHIR", "PENDIDIKAN TERAKHIR", "SURAT TUGAS"])
    ws.append(["198608152004121005", "Budi", "PNS", "Pengatur Muda Tk.I, II/b", datetime(2017, 4, 1), 31639, "SMA", "Ya"])
    ws.append(["199001012015012001", "Sari", "PNS", "II/a", 42826, "01-01-1990", "SMK", "Ya"])
    ws.append(["12345", "Rusak", "PNS", "II/b", "2017-04-01", None, "SMA", "Ya"])
    ws.append(["", "Kosong", "", "", "", "", "", ""])
    wb.save(src)
    out = tmp_path / "hasil.xlsx"
    p = asnrules("periksa", str(src), "--aturan", "bendahara", "-p", "jenis=pengeluaran", "-p", "diblokir=tidak",
                 "-p", "sertifikat=tidak ada", "-t", "2025-07-01", "-o", str(out))
    assert p.returncode == 0, p.stderr
    rows = list(openpyxl.load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert len(body) == 4
    col = {h: i for i, h in enumerate(header)}
    assert [r[col["NAMA"]] for r in body] == ["Budi", "Sari", "Rusak", "Kosong"]
    assert [r[col["baris"]] for r in body] == [4, 5, 6, 7]  # spreadsheet rows
    assert [r[col["hasil"]] for r in body] == ["ELIGIBLE", "NOT_ELIGIBLE", "INVALID", "INVALID"]
    assert body[0][col["TMT GOL"]] == datetime(2017, 4, 1)  # a date cell stays a date cell
    assert body[1][col["TMT GOL"]] == 42826  # a serial number stays what the user typed
    assert "[NIP]" in body[2][col["kesalahan"]]


def test_jsonl_on_stdin_and_stdout_for_other_apps() -> None:
    lines = [json.dumps({"status": "PNS", "golongan": "II/b", "pendidikan": "SMA", "surat_tugas": True,
                         "sertifikat": [], "diblokir": False}),
             "{not json",
             json.dumps([1, 2]),
             json.dumps({"status": "CPNS", "golongan": "II/a", "pendidikan": "SD"})]
    p = asnrules("periksa", "-", "--format", "jsonl", "--aturan", "bendahara", "-p", "jenis=pengeluaran",
                 "-t", "2025-07-01", stdin="\n".join(lines) + "\n")
    assert p.returncode == 0, p.stderr
    out = [json.loads(x) for x in p.stdout.splitlines()]
    assert [o["baris"] for o in out] == [1, 2, 3, 4]
    assert [o["hasil"] for o in out] == ["ELIGIBLE", "INVALID", "INVALID", "NOT_ELIGIBLE"]
    assert out[0]["reasons"][1] == {"code": "pangkat_minimal", "status": "MET",
                                    "message": "Pangkat/golongan yang berlaku paling rendah Pengatur Muda Tk.I (II/b).",
                                    "citation": "Pusdiklat AP — E-learning Bendahara, Persyaratan Administrasi butir 2"}
    en = asnrules("periksa", "-", "--aturan", "bendahara", "-p", "jenis=pengeluaran", "-t", "2025-07-01", "--lang", "en",
                  stdin=lines[3] + "\n")
    assert "A CPNS does not qualify" in json.loads(en.stdout)["reasons"][0]["message"]


def test_schema_of_a_rule_row_validates_the_sample_rows() -> None:
    p = asnrules("schema", "bendahara")
    assert p.returncode == 0
    schema = json.loads(p.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    rows = [json.loads(x) for x in SAMPLE_JSONL.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 50
    validator = jsonschema.Draft202012Validator(schema)
    invalid = [i for i, r in enumerate(rows) if not validator.is_valid(r)]
    assert invalid == [29]  # the sample row without STATUS (NO 30); the other bad cells need the rules to see
    assert not validator.is_valid({"golongan": "II/b"}) and not validator.is_valid({"status": 5})


def test_schema_of_pegawai_validates_a_model_dump() -> None:
    from asnrules.models import Pegawai

    p = asnrules("schema", "Pegawai")
    schema = json.loads(p.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    dump = Pegawai(status="PNS", golongan="II/b", tmt_golongan=date(2017, 4, 1), pendidikan="SMA").model_dump(mode="json")
    jsonschema.validate(dump, schema)
    assert asnrules("schema", "TidakAda").returncode == 2


def test_sample_jsonl_gives_the_same_verdicts_as_the_sample_csv(tmp_path: Path) -> None:
    a = asnrules("periksa", str(SAMPLE), "--aturan", "bendahara", "-p", "jenis=pengeluaran", "-t", "2025-07-01",
                 "--format-keluaran", "jsonl")
    b = asnrules("periksa", str(SAMPLE_JSONL), "--aturan", "bendahara", "-p", "jenis=pengeluaran", "-t", "2025-07-01")
    ha = [json.loads(x)["hasil"] for x in a.stdout.splitlines()]
    hb = [json.loads(x)["hasil"] for x in b.stdout.splitlines()]
    assert len(ha) == 50 and ha == hb


@pytest.mark.parametrize("args", [["--version"], []])
def test_version_and_help(args: list[str]) -> None:
    p = asnrules(*args)
    assert p.returncode == 0 and "asnrules" in (p.stdout + p.stderr)


def test_output_over_the_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    f = tmp_path / "p.csv"
    f.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    p = asnrules("periksa", str(f), "--aturan", "inpassing", "-t", "2025-07-01", "-o", str(f))
    assert p.returncode == 2 and f.read_text(encoding="utf-8") == SAMPLE.read_text(encoding="utf-8")


def test_a_bad_byte_mid_way_is_that_rows_invalid_result_and_the_run_completes(tmp_path: Path) -> None:
    # Issue 13 item 3 (was: exit 1 after the rows before): the bad line is one INVALID row, no row lost.
    f = tmp_path / "rusak.csv"
    f.write_bytes(b"STATUS,GOL\n" + b"PNS,II/b\n" * 2000 + b"PNS,\xff\xfe\x00\n")
    p = asnrules("periksa", str(f), "--aturan", "inpassing", "-t", "2025-07-01", "-o", str(tmp_path / "o.csv"))
    assert p.returncode == 0, p.stderr
    written = list(csv.DictReader((tmp_path / "o.csv").open(encoding="utf-8")))
    assert len(written) == 2001 and written[0]["GOL"] == "II/b"
    assert written[-1]["hasil"] == "INVALID" and "GOL" in written[-1]["kesalahan"]


def test_jobs_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    big.write_text("\n".join([lines[0]] + lines[1:] * 90) + "\n", encoding="utf-8")  # 4,500 rows: 3 chunks
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"o{jobs}.csv"
        p = asnrules("periksa", str(big), "--aturan", "bendahara", "-p", "jenis=pengeluaran", "-t", "2025-07-01",
                     "-o", str(out), "-j", jobs)
        assert p.returncode == 0, p.stderr
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1] and len(outs[0].splitlines()) == 4501
    rows = list(csv.DictReader(outs[0].splitlines()))
    assert [r["baris"] for r in rows[:2]] == ["2", "3"] and rows[-1]["baris"] == "4501"  # baris = the CSV line


def test_rule_schema_accepts_nested_pegawai_json_too() -> None:
    schema = json.loads(asnrules("schema", "promosi").stdout)
    nested = {"status": "PNS", "kinerja": {"2024": "Baik"}, "pendidikan": [{"jenjang": "S1"}],
              "jabatan": {"jenjang": "Ahli Muda"}, "riwayat_pangkat": []}
    jsonschema.validate(nested, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**nested, "kinerja": 5}, schema)


def test_long_lived_subprocess_answers_each_line_before_the_next_is_sent() -> None:
    p = subprocess.Popen([sys.executable, "-m", "asnrules", "periksa", "-", "--aturan", "inpassing_tabel"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        for gol, expected in (("III/a", "112"), ("IV/b", "686")):
            p.stdin.write(json.dumps({"golongan": gol, "ijazah": "S-1", "masa_kerja_tahun": 1 if gol == "III/a" else 9})
                          + "\n")
            p.stdin.flush()
            answer = json.loads(p.stdout.readline())  # would hang if the output were buffered
            assert answer["hasil_perhitungan"]["angka_kredit"] == expected
    finally:
        p.stdin.close()
        assert p.wait(timeout=30) == 0


def test_kolom_option_maps_an_unrecognised_heading(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("STATUS,GOLONGAN AKHIR,TMT GOL,PENDIDIKAN\nPNS,III/b,2017-04-01,S-1\n", encoding="utf-8")
    plain = asnrules("periksa", str(f), "--aturan", "inpassing", "-t", "2025-07-01", "-v")
    assert "NOT_APPLICABLE" in plain.stdout and "GOLONGAN AKHIR" in plain.stderr  # listed as unrecognised
    mapped = asnrules("periksa", str(f), "--aturan", "inpassing", "-t", "2025-07-01", "-k", "GOLONGAN AKHIR=golongan")
    assert mapped.returncode == 0 and ",OK,197," in mapped.stdout
    assert asnrules("periksa", str(f), "--aturan", "inpassing", "-t", "2025-07-01", "-k", "A=tidak_ada").returncode == 2


def test_jelaskan_lists_the_criteria_of_a_rule_on_another_model() -> None:
    j = asnrules("jelaskan", "pelamar_cpns", "--lang", "en")
    assert j.returncode == 0
    assert "warga_negara_indonesia" in j.stdout and "Persyaratan angka 14" in j.stdout
    assert "(PelamarCPNS)" in j.stdout


def test_a_date_dependent_rule_needs_an_explicit_reference_date() -> None:
    p = asnrules("periksa", str(SAMPLE), "--aturan", "bendahara", "-p", "jenis=pengeluaran")
    assert p.returncode == 2 and "--tanggal" in p.stderr and p.stdout == ""
    en = asnrules("periksa", str(SAMPLE), "--aturan", "inpassing", "--lang", "en")
    assert en.returncode == 2 and "depends on the date" in en.stderr
    plain = asnrules("periksa", "-", "--aturan", "inpassing_tabel", stdin='{"golongan": "III/a", "ijazah": "S1", '
                     '"masa_kerja_tahun": 0}\n')
    assert plain.returncode == 0 and json.loads(plain.stdout)["hasil"] == "OK"  # no date needed


def test_json_lines_with_different_keys_to_csv_keep_every_key(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    f.write_text('{"golongan": "III/a", "ijazah": "S1", "masa_kerja_tahun": 0}\n'
                 '{"golongan": "III/b", "ijazah": "S1", "masa_kerja_tahun": 1, "unit": "Seksi A"}\n', encoding="utf-8")
    out = tmp_path / "o.csv"
    assert asnrules("periksa", str(f), "--aturan", "inpassing_tabel", "-o", str(out)).returncode == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["angka_kredit"] for r in rows] == ["100", "162"]
    assert rows[0]["kolom_lain"] == "" and json.loads(rows[1]["kolom_lain"]) == {"unit": "Seksi A"}
