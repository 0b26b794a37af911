"""Hypothesis CLI fuzz (issue 13, "Tests to keep"): small random files for EVERY registered rule.

Each run of ``asnrules periksa`` must either complete (exit 0) with exactly one output row per input row,
in order, or refuse once, before any work (exit 1/2, one line on stderr, no output file). The example
count is modest in the ``ci`` profile; ``HYPOTHESIS_PROFILE=long`` runs it deep (see docs/io.md).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asnrules.batch import daftar_aturan
from asnrules.cli import main

RULES = [a.nama for a in daftar_aturan()]
EXAMPLES = 6 if os.environ.get("HYPOTHESIS_PROFILE", "ci") == "ci" else 300
"""Examples per rule: 6 in ``ci`` (≈ 30 s for all rules), 300 with ``HYPOTHESIS_PROFILE=long``."""
EMPLOYEE = ["STATUS", "GOL", "PANGKAT/GOL", "TMT GOL", "TGL LAHIR", "PENDIDIKAN TERAKHIR", "NIP", "SKP 2024"]
NASTY = ["", " ", "=1+1", "-1", "+x", "@", "1e999999", "III/e", "1,5", "NaN", "\x00", "\x07", "é", "’", "0",
         "-198608152004121005", "2017-04-01", "31-02-2020", "99999999999999999999", "ya", "tidak", "\t", '"', ";"]
cell = st.one_of(st.sampled_from(NASTY), st.text(max_size=12))


def _headings(nama: str) -> list[str]:
    a = next(x for x in daftar_aturan() if x.nama == nama)
    return ["NO", *list(a.headings)[:5], *EMPLOYEE[:4]]


@st.composite
def table(draw: st.DrawFn, nama: str) -> tuple[list[str], list[list[str]]]:
    heads = _headings(nama)
    picked = draw(st.lists(st.sampled_from(heads[1:]), max_size=6, unique=True))
    n = draw(st.integers(0, 6))
    rows = [[str(i + 1)] + [draw(cell) for _ in picked] for i in range(n)]
    return ["NO", *picked], rows


def _run(args: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(args)
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
    return code, err.getvalue()


def _write_input(path: Path, fmt: str, heads: list[str], rows: list[list[str]]) -> list[str]:
    """Write the table as ``fmt``; the NO of each row the reader must answer, in order."""
    if fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(heads)
            w.writerows(rows)
        return [r[0] for r in rows if any(c.strip() for c in r)]
    if fmt == "jsonl":
        path.write_text("".join(json.dumps(dict(zip(heads, r, strict=True))) + "\n" for r in rows), encoding="utf-8")
        return [r[0] for r in rows]
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [heads, *rows]:
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", c) for c in r])
    wb.save(path)
    return [r[0] for r in rows]


@pytest.mark.parametrize("nama", RULES)
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), fmt=st.sampled_from(["csv", "xlsx", "jsonl"]), fmt_in=st.sampled_from(["csv", "xlsx", "jsonl"]))
def test_every_rule_one_output_row_per_input_row_in_order_or_one_refusal(nama: str, data: st.DataObject,
                                                                          fmt: str, fmt_in: str) -> None:
    a = next(x for x in daftar_aturan() if x.nama == nama)
    heads, rows = data.draw(table(nama))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"in.{fmt_in}"
        expected = _write_input(src, fmt_in, heads, rows)
        out = Path(tmp) / f"o.{fmt}"
        args = ["periksa", str(src), "--aturan", nama, "-o", str(out), "--tanggal", "2025-07-01"]
        for k, v in a.contoh.items():
            args += ["-p", f"{k}={v}"]
        code, err = _run(args)
        if code != 0:  # one clear refusal, before any work
            lines = [x for x in err.splitlines() if x.strip()]
            assert code in (1, 2) and len(lines) == 1 and "Traceback" not in err, err
            assert not out.exists()
            return
        assert "Traceback" not in err
        if fmt == "csv":
            got = [r["NO"] for r in csv.DictReader(out.open(encoding="utf-8"))] if expected else []
        elif fmt == "jsonl":
            got = [str(json.loads(x)["input"]["NO"]) for x in out.read_text(encoding="utf-8").split("\n") if x]
        else:
            import openpyxl

            ws = openpyxl.load_workbook(out, read_only=True).active
            values = list(ws.iter_rows(values_only=True))
            got = [str(v[0]) for v in values[1:]] if values else []
        assert got == expected
