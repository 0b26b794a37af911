"""Issue 12 items 4, 5, 7, 8, 11, 12, 15, 17 and issue 13 items 11, 13: what the command says and accepts."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import openpyxl
import pytest

from asnrules.batch import sample_path

SAMPLE = Path(str(sample_path("pegawai_satker.csv")))
A = ["--aturan", "bendahara", "-p", "jenis=pengeluaran", "--tanggal", "2025-07-01"]


def asnrules(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "asnrules", *args], input=stdin, capture_output=True, text=True,
                          timeout=60, check=False)


def refused(p: subprocess.CompletedProcess[str]) -> str:
    """Exit 2, nothing on stdout, one line on stderr, no traceback: the line."""
    assert p.returncode == 2, (p.returncode, p.stderr)
    assert p.stdout == "" and "Traceback" not in p.stderr
    lines = [x for x in p.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 or lines[0].startswith("usage:"), p.stderr
    return lines[-1]


def test_issue12_4_required_parameter_neither_given_nor_a_column_is_refused_up_front(tmp_path: Path) -> None:
    line = refused(asnrules("periksa", str(SAMPLE), "--aturan", "uji_kompetensi", "-t", "2025-07-01"))
    assert "'jenis'" in line and "pengangkatan_pertama" in line and "kenaikan_jenjang" in line
    en = refused(asnrules("periksa", str(SAMPLE), "--aturan", "uji_kompetensi", "-t", "2025-07-01", "--lang", "en"))
    assert "required" in en and "pengangkatan_pertama" in en
    # a column of the file that supplies the parameter per row stays valid
    f = tmp_path / "x.csv"
    f.write_text("STATUS,GOL,PENDIDIKAN,JENIS UKOM\nPNS,III/a,S-1,promosi\n", encoding="utf-8")
    p = asnrules("periksa", str(f), "--aturan", "uji_kompetensi", "-t", "2025-07-01")
    assert p.returncode == 0, p.stderr


@pytest.mark.parametrize(("args", "expected"), [
    (["--aturan", "lkjf", "-p", "kjf=abc", "-p", "jf=1", "-p", "jfm=0", "-p", "jfn=0", "-p", "jfb=0"], "'kjf'"),
    (["--aturan", "ak_kumulatif_minimal", "-p", "golongan=II/e"], "II/d"),
    (["--aturan", "bendahara", "-p", "jenis=gaji", "-t", "2025-07-01"], "PENGELUARAN"),
    (["--aturan", "bendahara", "-p", "jenis=pengeluaran", "-t", "2025-07-01", "-k", "X=kinerja_foo"], "X=kinerja_foo"),
    (["--aturan", "bendahara", "-p", "warna=biru", "-t", "2025-07-01"], "warna"),
])
def test_issue12_4_and_13_11_malformed_parameters_and_heading_maps_are_usage_errors(args: list[str],
                                                                                    expected: str) -> None:
    assert expected in refused(asnrules("periksa", str(SAMPLE), *args))


@pytest.mark.parametrize("jobs", ["0", "-1", "dua"])
def test_issue12_8_jobs_below_one_are_refused(jobs: str) -> None:
    line = refused(asnrules("periksa", str(SAMPLE), *A, "-j", jobs))
    assert "-j" in line and "1" in line


def test_issue12_8_unknown_output_extension_is_refused_listing_the_formats(tmp_path: Path) -> None:
    out = tmp_path / "x.txt"
    line = refused(asnrules("periksa", str(SAMPLE), *A, "-o", str(out)))
    assert ".csv" in line and ".xlsx" in line and ".jsonl" in line and not out.exists()
    # naming the format explicitly is a choice, not a guess
    assert asnrules("periksa", str(SAMPLE), *A, "-o", str(out), "--format-keluaran", "csv").returncode == 0


def test_issue12_11_help_in_english_with_lang_en_and_indonesian_by_default() -> None:
    id_ = asnrules("periksa", "--help")
    en = asnrules("periksa", "--help", "--lang", "en")
    assert id_.returncode == en.returncode == 0
    assert "berkas keluaran" in id_.stdout and "output file" not in id_.stdout
    assert "output file" in en.stdout and "berkas keluaran" not in en.stdout
    top = asnrules("--lang=en", "--help").stdout
    assert "check every row" in top and "periksa setiap baris" not in top


def test_issue12_11_english_output_headings_with_lang_en(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    assert asnrules("periksa", str(SAMPLE), *A, "-o", str(out), "--lang", "en").returncode == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {"row", "result", "failed_criteria", "reasons", "advice", "errors"} <= set(rows[0])
    assert "hasil" not in rows[0] and rows[0]["NAMA"] == "Fajar Saputra"
    out_id = tmp_path / "i.csv"
    assert asnrules("periksa", str(SAMPLE), *A, "-o", str(out_id)).returncode == 0
    assert "hasil" in next(csv.DictReader(out_id.open(encoding="utf-8")))


def test_issue12_12_jelaskan_criteria_in_plain_language_columns_read_and_allowed_values() -> None:
    j = asnrules("jelaskan", "bendahara")
    assert j.returncode == 0
    out = j.stdout
    assert "``" not in out and ":func:" not in out and "Pasal" not in out.split("\n")[0]
    assert "Berstatus PNS" in out and "[Pusdiklat AP — E-learning Bendahara, Persyaratan Administrasi butir 1]" in out
    inputs = next(x for x in out.splitlines() if x.startswith("Kolom masukan"))
    assert "golongan" in inputs and "pendidikan" in inputs
    assert "cltn" not in inputs and "hukuman_disiplin" not in inputs and "kinerja" not in inputs
    assert "jenis (wajib): PENGELUARAN, PENERIMAAN" in out and "surat_tugas: ya/tidak" in out
    en = asnrules("jelaskan", "bendahara", "--lang", "en").stdout
    assert "Input columns" in en and "Berstatus PNS" not in en and "jenis (required)" in en


def test_issue12_12_schema_types_every_property_and_enums_closed_vocabularies() -> None:
    for rule in ("pelamar_cpns", "bendahara", "uji_kompetensi", "lkjf", "plotting_data"):
        schema = json.loads(asnrules("schema", rule).stdout)
        jsonschema.Draft202012Validator.check_schema(schema)
        for name, prop in schema["properties"].items():
            assert prop and ({"type", "enum", "anyOf"} & set(prop)), (rule, name, prop)
    bendahara = json.loads(asnrules("schema", "bendahara").stdout)
    assert {"PENGELUARAN", "PENERIMAAN", None} <= set(bendahara["properties"]["jenis"]["enum"])
    v = jsonschema.Draft202012Validator(bendahara)
    assert not v.is_valid({"status": "PNS", "jenis": "gaji"}) and v.is_valid({"status": "PNS", "jenis": "Pengeluaran"})
    assert not v.is_valid({"status": "HONORER"})
    cpns = json.loads(asnrules("schema", "pelamar_cpns").stdout)
    assert "enum" in cpns["properties"]["pendidikan"]


@pytest.mark.parametrize("rule", ["bendahara", "inpassing"])
def test_issue12_12_output_schema_validates_the_real_output_lines(rule: str) -> None:
    p = asnrules("schema", rule, "--keluaran")
    assert p.returncode == 0
    schema = json.loads(p.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    args = A if rule == "bendahara" else ["--aturan", "inpassing", "--tanggal", "2025-07-01"]
    out = asnrules("periksa", str(sample_path("pegawai_satker.jsonl")), *args, "--format-keluaran", "jsonl")
    assert out.returncode == 0, out.stderr
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert len(lines) == 50
    for line in lines:
        jsonschema.validate(line, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"baris": 1, "hasil": "MAYBE"}, schema)
    assert refused(asnrules("schema", "Pegawai", "--keluaran"))


def test_issue12_15_inpassing_errata_row_has_ok_dengan_catatan_and_a_catatan_in_csv_and_json(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("STATUS,GOL,TMT GOL,PENDIDIKAN\nPNS,IV/c,2022-01-01,S-1\nPNS,IV/c,2023-01-01,S-1\n", encoding="utf-8")
    p = asnrules("periksa", str(f), "--aturan", "inpassing", "-t", "2025-07-01")
    assert p.returncode == 0, p.stderr
    a, b = csv.DictReader(p.stdout.splitlines())
    assert a["hasil"] == "OK_DENGAN_CATATAN" and "802" in a["catatan"] and "verifikasi ke instansi pembina" in a["catatan"]
    assert b["hasil"] == "OK" and b["catatan"] == ""
    j = asnrules("periksa", str(f), "--aturan", "inpassing", "-t", "2025-07-01", "--format-keluaran", "jsonl")
    first = json.loads(j.stdout.splitlines()[0])
    assert first["hasil"] == "OK_DENGAN_CATATAN" and "802" in first["hasil_perhitungan"]["catatan"]
    v = asnrules("periksa", str(f), "--aturan", "inpassing", "-t", "2025-07-01", "-v", "-o", str(tmp_path / "o.csv"))
    assert "PERIKSA catatan" in v.stderr


def test_issue12_17_saran_column_has_advice_text_and_citation(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    assert asnrules("periksa", str(SAMPLE), *A, "-o", str(out)).returncode == 0
    rows = [r for r in csv.DictReader(out.open(encoding="utf-8")) if r["kode_saran"]]
    assert rows
    assert all("[" in r["saran"] and "Pusdiklat AP" in r["saran"] for r in rows)
    assert all(not r["saran"].startswith("saran_") for r in rows)


def _clashing(tmp_path: Path) -> Path:
    f = tmp_path / "in.csv"
    src = list(csv.DictReader(SAMPLE.open(encoding="utf-8")))[:3]
    with f.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["baris", "hasil", *src[0], "alasan"])
        w.writeheader()
        for i, r in enumerate(src):
            w.writerow({"baris": f"B{i}", "hasil": "lama", **r, "alasan": "catatan lama"})
    return f


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "jsonl"])
def test_issue13_13_input_columns_named_like_output_columns_keep_both(tmp_path: Path, fmt: str) -> None:
    f = _clashing(tmp_path)
    out = tmp_path / f"o.{fmt}"
    p = asnrules("periksa", str(f), *A, "-o", str(out))
    assert p.returncode == 0, p.stderr
    if fmt == "csv":
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
    elif fmt == "xlsx":
        ws = openpyxl.load_workbook(out).active
        values = list(ws.iter_rows(values_only=True))
        rows = [dict(zip(values[0], r, strict=True)) for r in values[1:]]
    else:
        rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert [r["baris"] for r in rows] == [2, 3, 4]
        assert [r["input"]["baris"] for r in rows] == ["B0", "B1", "B2"]  # the input sits under "input"
        return
    assert [int(r["baris"]) for r in rows] == [2, 3, 4]
    assert [r["masukan_baris"] for r in rows] == ["B0", "B1", "B2"]
    assert {r["masukan_hasil"] for r in rows} == {"lama"} and {r["masukan_alasan"] for r in rows} == {"catatan lama"}
    assert all(r["hasil"] in ("ELIGIBLE", "NOT_ELIGIBLE", "INCOMPLETE", "INVALID") for r in rows)
    assert list(rows[0]).count("baris") == 1


@pytest.mark.parametrize("rule", [a.nama for a in __import__("asnrules.batch", fromlist=["x"]).daftar_aturan()])
def test_issue12_12_every_rule_has_jelaskan_an_input_schema_and_an_output_schema(
        rule: str, capsys: pytest.CaptureFixture[str]) -> None:
    from asnrules.batch import aturan
    from asnrules.cli import main

    assert main(["jelaskan", rule]) == 0
    text = capsys.readouterr().out
    assert "``" not in text and ":class:" not in text and "Kolom keluaran" in text
    for p in aturan(rule).parameter:
        assert f"  {p.nama}" in text
    assert main(["schema", rule]) == 0
    schema = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert all(prop and ({"type", "enum", "anyOf"} & set(prop)) for prop in schema["properties"].values())
    assert main(["schema", rule, "--keluaran"]) == 0
    out = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(out)
    assert list(out["$defs"]["kolom"]["properties"]) == list(aturan(rule).kolom_keluaran)
