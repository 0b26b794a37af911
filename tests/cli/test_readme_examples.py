"""The README's Python and command-line examples run and say what the README says."""

import contextlib
import io
import json
import shlex
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def _blocks(kind: str) -> list[str]:
    text = README.read_text(encoding="utf-8")
    return [b.split("\n```")[0] for b in text.split(f"```{kind}\n")[1:]]


def test_the_two_commands_come_first_and_include_the_demo() -> None:
    run, test = _blocks("bash")[:2]
    assert run.endswith("pip install . && asnrules demo")
    assert "python -m pytest" in test


def test_python_examples_run() -> None:
    out = io.StringIO()
    for block in _blocks("python"):
        with contextlib.redirect_stdout(out):
            exec(compile(block, str(README), "exec"), {})  # noqa: S102 - our own README
    text = out.getvalue()
    assert text.startswith("NOT_ELIGIBLE ['pangkat_minimal']")  # as the comment in the README says
    assert "6 INVALID [NIP/NRP]" in text


def test_the_json_lines_example_answers_eligible() -> None:
    (block,) = [b for b in _blocks("bash") if b.startswith("echo ")]
    payload = shlex.split(block.split("|")[0])[1]
    command = shlex.split(block.split("|")[1].replace("\\\n", " "))
    assert command[0] == "asnrules"
    p = subprocess.run([sys.executable, "-m", "asnrules", *command[1:]], input=payload + "\n", capture_output=True,
                       text=True, timeout=60, check=False)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["hasil"] == "ELIGIBLE"
