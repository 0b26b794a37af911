"""Pictures (Figure objects, PNG/SVG files), the formula-safe workbook, and the ``asnrules pantau`` command."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from asnrules.batch import sample_path
from asnrules.batch.files import read_rows
from asnrules.cli import main
from asnrules.core import InvalidInput
from asnrules.pantau import (
    JenisPeringatan,
    pantau,
    plot_masa_pangkat,
    plot_tenggat,
    plot_unit,
    tulis_grafik,
    tulis_xlsx,
)
from asnrules.pantau.ekspor import KOLOM_PERINGATAN, baris_peringatan

ON = date(2025, 7, 1)

openpyxl = pytest.importorskip("openpyxl")
pytest.importorskip("matplotlib")


@pytest.fixture(scope="module")
def laporan():  # type: ignore[no-untyped-def]
    return pantau(read_rows(str(sample_path()), "csv"), on=ON)


def test_plot_functions_return_figures(laporan) -> None:  # type: ignore[no-untyped-def]
    from matplotlib.figure import Figure

    for fig in (plot_unit(laporan), plot_tenggat(laporan), plot_masa_pangkat(laporan),
                plot_unit(laporan.ringkasan, lang="en"), plot_tenggat(laporan.pegawai, on=ON, lang="en"),
                plot_masa_pangkat(laporan.pegawai, lang="en"), plot_unit([]), plot_tenggat([], on=ON)):
        assert isinstance(fig, Figure)
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        assert buf.getvalue()[:8] == b"\x89PNG\r\n\x1a\n"
    labels = [t.get_text() for t in plot_unit(laporan).axes[0].get_yticklabels()]
    assert labels == [u.unit_kerja for u in laporan.ringkasan]


def test_plot_bad_input(laporan) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput):
        plot_unit(laporan, lang="fr")
    with pytest.raises(InvalidInput):
        plot_tenggat(laporan.pegawai)  # no reference date
    with pytest.raises(InvalidInput):
        plot_unit([1, 2])  # type: ignore[list-item]


def test_tulis_grafik_png_svg(laporan, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = tulis_grafik(laporan, tmp_path / "g")
    assert sorted(p.name for p in paths) == sorted(f"{n}.{f}" for n in ("peringatan_unit", "tenggat_12_bulan",
                                                                         "masa_pangkat") for f in ("png", "svg"))
    assert all(p.stat().st_size > 1000 for p in paths)
    assert (tmp_path / "g" / "masa_pangkat.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    with pytest.raises(InvalidInput):
        tulis_grafik(laporan, tmp_path, formats=("gif",))


def test_xlsx_two_sheets_every_row(laporan, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tulis_xlsx(laporan, tmp_path / "pantau.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["peringatan", "ringkasan_unit"]
    rows = list(wb["peringatan"].iter_rows(values_only=True))
    assert rows[0] == KOLOM_PERINGATAN
    assert {r[0] for r in rows[1:]} == set(range(2, 52))  # every input row, valid or not
    n_alerts = sum(len(h.peringatan) for h in laporan.pegawai)
    assert sum(1 for r in rows[1:] if r[7]) == n_alerts
    summary = list(wb["ringkasan_unit"].iter_rows(values_only=True))
    assert [r[0] for r in summary[1:]] == [u.unit_kerja for u in laporan.ringkasan]
    col = summary[0].index(JenisPeringatan.PANGKAT_4_TAHUN.value)
    assert sum(r[col] for r in summary[1:]) == sum(u.jumlah_per_peringatan[JenisPeringatan.PANGKAT_4_TAHUN]
                                                   for u in laporan.ringkasan)
    with pytest.raises(InvalidInput):
        tulis_xlsx(laporan, tmp_path / "x.csv")


def test_xlsx_formula_safe(tmp_path: Path) -> None:
    rows = [{"STATUS": "PNS", "NAMA": "=1+1", "GOL": "III/a", "TMT GOL": "2015-01-01",
             "UNIT KERJA": "=HYPERLINK(\"http://x\",\"y\")"}]
    lap = pantau(rows, on=ON)
    out = tulis_xlsx(lap, tmp_path / "f.xlsx")
    wb = openpyxl.load_workbook(out)
    cells = {c.value: c.data_type for row in wb["peringatan"].iter_rows(min_row=2) for c in row if c.value}
    assert cells["=1+1"] == "s" and cells["=HYPERLINK(\"http://x\",\"y\")"] == "s"
    assert baris_peringatan(lap)[0]["kode"] == "pangkat_4_tahun"


def test_cli_pantau_on_bundled_sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, g = tmp_path / "pantau.xlsx", tmp_path / "grafik"
    code = main(["pantau", str(sample_path()), "--tanggal", "2025-07-01", "-o", str(out), "--grafik", str(g)])
    assert code == 0
    text = capsys.readouterr().out
    assert "Subbagian Umum" in text and "perlu pembinaan" in text and "50 baris, 6 tidak valid" in text
    assert out.exists() and (g / "peringatan_unit.png").exists() and (g / "tenggat_12_bulan.svg").exists()
    assert openpyxl.load_workbook(out).sheetnames == ["peringatan", "ringkasan_unit"]


def test_cli_pantau_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = str(sample_path())
    assert main(["pantau", src, "--tanggal", "2025-07-01", "--lang", "en", "--ambang", "0,9", "-p", "hari_bnt=30"]) == 0
    text = capsys.readouterr().out
    assert "coaching needed" not in text.replace("Subbagian Umum", "") or "85.71" in text
    assert main(["pantau", src, "--tanggal", "2025-07-01", "-o", str(tmp_path / "x.csv")]) == 2
    assert main(["pantau", src, "--tanggal", "2025-07-01", "-p", "hari=3"]) == 2
    assert main(["pantau", src, "--tanggal", "2025-07-01", "--ambang", "2"]) == 2
    assert main(["pantau", str(tmp_path / "missing.csv"), "--tanggal", "2025-07-01"]) in (1, 2)
