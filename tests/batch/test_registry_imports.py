"""The registry never imports the row engine (issue 14: no import cycle between batch/engine.py and
batch/registry.py). The engine reads the registry; the registry owns the rules and their columns."""

import ast
import subprocess
import sys
from pathlib import Path

import asnrules.batch

BATCH = Path(asnrules.batch.__file__).parent
UPSTREAM = {"asnrules.batch", "asnrules.batch.engine", "asnrules.batch.laporan"}
"""The package (its ``__init__`` imports the engine), the engine, and what imports the engine."""


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function (``from X import y`` → X and X.y)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
    return out


def test_registry_and_what_it_imports_never_import_the_engine() -> None:
    seen: set[str] = set()
    todo = ["asnrules.batch.registry"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        path = BATCH / f"{name.rsplit('.', 1)[1]}.py"
        found = _imports(path)
        assert not found & UPSTREAM, f"{name} imports {sorted(found & UPSTREAM)}"
        todo.extend(m for m in found if m.startswith("asnrules.batch.") and (BATCH / f"{m.rsplit('.', 1)[1]}.py").exists())
    assert "asnrules.batch.columns" in seen  # the walk did follow the registry's imports


_BLOCKED = """
import sys, types
from pathlib import Path
import asnrules
package = types.ModuleType("asnrules.batch")  # the package without its __init__ (which imports the engine)
package.__path__ = [str(Path(asnrules.__file__).parent / "batch")]
sys.modules["asnrules.batch"] = package
sys.modules["asnrules.batch.engine"] = None  # importing it now raises ImportError
sys.modules["asnrules.batch.laporan"] = None
from datetime import date
from asnrules.batch import registry
a = registry.aturan("bendahara")
assert registry.output_columns(a)[:2] == ("baris", "hasil")
assert registry.check_params(a, {"jenis": "pengeluaran"})
assert "status" in a.kolom_dibaca  # reads the bundled sample (asnrules.batch.files) with rules run on it
assert registry.kriteria(a, date(2025, 7, 1))  # runs the rule on an all-unknown Pegawai
for b in registry.daftar_aturan():
    b.kolom_masukan, b.kolom_keluaran, b.kolom_pegawai_diizinkan
print("ok")
"""


def test_the_registry_works_with_the_engine_unimportable() -> None:
    """Function-level imports too: every registry entry point runs with ``asnrules.batch.engine`` blocked."""
    done = subprocess.run([sys.executable, "-c", _BLOCKED], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
