"""The code in docs/batch.md runs and says what the page says."""

from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "batch.md"


def test_batch_walkthrough_runs_and_matches_the_page() -> None:
    pytest.importorskip("pandas", reason="the walkthrough needs the pandas extra")
    text = DOC.read_text(encoding="utf-8")
    blocks = [b.split("\n```")[0] for b in text.split("```python\n")[1:]]
    assert len(blocks) >= 4
    namespace: dict = {}
    for block in blocks:
        if "_ATURAN" in block:
            continue  # a line of the registry, not a script
        code = "\n".join(line for line in block.splitlines() if ".plot" not in line)  # matplotlib not needed
        exec(compile(code, str(DOC), "exec"), namespace)  # noqa: S102 - our own documentation
    counts = namespace["bendahara"]["hasil"].value_counts().to_dict()
    assert counts == {"ELIGIBLE": 22, "NOT_ELIGIBLE": 16, "INCOMPLETE": 6, "INVALID": 6}
    assert "# ELIGIBLE 22, NOT_ELIGIBLE 16, INCOMPLETE 6, INVALID 6" in text
    gagal = namespace["gagal"]
    stated = "# surat_tugas 12, status_kepegawaian 3, pangkat_minimal 3, bnt_jenis_sama 1, diblokir 1"
    assert stated in text
    assert gagal[gagal != ""].value_counts().to_dict() == {"surat_tugas": 12, "status_kepegawaian": 3,
                                                          "pangkat_minimal": 3, "bnt_jenis_sama": 1, "diblokir": 1}
    per_golongan = namespace["per_golongan"]
    for gol, n in per_golongan.items():
        assert f" {gol} {'#' * n} {n}" in text  # the text chart on the page
