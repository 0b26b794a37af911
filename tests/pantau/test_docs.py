"""docs/pantau.md stays true: the diagram is to_mermaid(), the example prints what the page shows."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

from asnrules.usulan_bangkom import to_mermaid

DOC = Path(__file__).resolve().parents[2] / "docs" / "pantau.md"


def _blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_diagram_is_generated_from_the_table() -> None:
    assert _blocks("mermaid") == [to_mermaid()]


def test_example_output() -> None:
    (code,) = _blocks("python")
    (expected,) = _blocks("text")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, str(DOC), "exec"), {})  # noqa: S102 - our own documentation
    assert out.getvalue() == expected
