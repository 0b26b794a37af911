#!/usr/bin/env bash
# Mutation testing of ONE rule module against ONLY its own test files (mutmut 3.8).
#
#   scripts/mutasi.sh eligibility/bendahara.py tests/eligibility/test_bendahara.py [more test files …]
#
# Arguments after the module are the test selection given to pytest: test files, node ids, or options
# such as --deselect=tests/formasi/test_kjf.py::test_x (a test that fails on the clean tree must be
# deselected: mutmut refuses to start when the clean run fails).
#
# The module path is relative to src/asnrules/. The run happens in a scratch copy of the tree
# (MUTASI_DIR, default a fresh /tmp/mutasi.XXXXXX), never in the working tree, so runs of different
# modules do not collide and nothing is written beside the sources. mutmut runs under `nice -n 15`
# with one child process (the machine is shared). At the end it prints
#
#   MUTASI <module> mutants=N killed=K survived=S no_tests=T timeout=O other=X kill_rate=P%
#
# (kill rate = killed / mutants; a timeout counts as killed, as mutmut itself counts it) and lists
# the surviving mutants; `cd $MUTASI_DIR && mutmut show <name>` shows one diff. Documented in
# docs/index.md, "Mutation testing".
set -euo pipefail

# The body is in functions, parsed whole before anything runs: editing this file while a run is in
# progress cannot change that run.
main() {

if [[ $# -lt 2 ]]; then
    echo "usage: $0 <module under src/asnrules, e.g. eligibility/bendahara.py> <test file> [test file …]" >&2
    exit 2
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODULE="$1"
shift
if [[ ! -f "$ROOT/src/asnrules/$MODULE" ]]; then
    echo "no such module: src/asnrules/$MODULE" >&2
    exit 2
fi
for t in "$@"; do
    if [[ "$t" != -* && ! -e "$ROOT/$t" ]]; then  # options such as --deselect=… are passed to pytest as they are
        echo "no such test file: $t" >&2
        exit 2
    fi
done

PY="${PYTHON:-$ROOT/.venv/bin/python}"
MUTMUT="${MUTMUT:-$ROOT/.venv/bin/mutmut}"
WORK="${MUTASI_DIR:-$(mktemp -d /tmp/mutasi.XXXXXX)}"
mkdir -p "$WORK"
rm -rf "$WORK/src" "$WORK/tests" "$WORK/mutants"
cp -r "$ROOT/src" "$ROOT/tests" "$WORK/"
find "$WORK" -name __pycache__ -type d -prune -exec rm -rf {} +

# pyproject.toml of the copy: the project's, with its own [tool.mutmut] (if any) replaced by this run's.
"$PY" - "$ROOT/pyproject.toml" "$WORK/pyproject.toml" "src/asnrules/$MODULE" "$@" <<'EOF'
import json
import sys

src, dst, module, *tests = sys.argv[1:]
out, skip = [], False
for line in open(src, encoding="utf-8").read().splitlines():
    if line.strip().startswith("["):
        skip = line.strip() == "[tool.mutmut]"
    if not skip:
        out.append(line)
out += [
    "",
    "[tool.mutmut]",
    f"source_paths = {json.dumps(['src'])}",
    f"only_mutate = {json.dumps([module])}",
    f"pytest_add_cli_args_test_selection = {json.dumps(tests)}",
    "use_git_change_detection = false",
    "",
]
open(dst, "w", encoding="utf-8").write("\n".join(out))
EOF

cd "$WORK"
echo "mutasi: $MODULE with $* in $WORK" >&2
nice -n 15 "$MUTMUT" run --max-children 1 >"$WORK/mutmut.log" 2>&1 || {
    echo "mutmut failed; log: $WORK/mutmut.log" >&2
    tail -n 30 "$WORK/mutmut.log" >&2
    exit 1
}
summary "$WORK" "$MODULE"
}

summary() {

"$PY" - "$1" "src/asnrules/$2" <<'EOF'
import json
import sys
from collections import Counter
from pathlib import Path

work, module = sys.argv[1:]
meta = Path(work, "mutants", module + ".meta")
codes = json.loads(meta.read_text())["exit_code_by_key"]
# mutmut's own mapping (mutmut.stats.status_by_exit_code): 1 and 3 killed, 0 survived, 5 and 33 no tests,
# 36, ±24, 152, 255 timeout, 37 caught by type check; anything else (None, 34, 35, -9, -11) is "other".
KILLED = {1, 3, 37}
TIMEOUT = {36, -24, 24, 152, 255}
c = Counter()
survivors = []
for name, code in sorted(codes.items()):
    if code in KILLED:
        c["killed"] += 1
    elif code in TIMEOUT:
        c["timeout"] += 1
    elif code == 0:
        c["survived"] += 1
        survivors.append(name)
    elif code in (5, 33):
        c["no_tests"] += 1
        survivors.append(name + "  (no tests)")
    else:
        c["other"] += 1
        survivors.append(f"{name}  (exit code {code})")
n = len(codes)
killed = c["killed"] + c["timeout"]
rate = 100 * killed / n if n else 0.0
print(f"MUTASI {module.removeprefix('src/asnrules/')} mutants={n} killed={killed} survived={c['survived']} "
      f"no_tests={c['no_tests']} timeout={c['timeout']} other={c['other']} kill_rate={rate:.1f}%")
for s in survivors:
    print("  survivor:", s)
print(f"  (diffs: cd {work} && {Path(sys.executable).parent / 'mutmut'} show <name>)")
EOF
}

if [[ "${1:-}" == "--summary" ]]; then  # scripts/mutasi.sh --summary DIR MODULE: the kill rate of a finished run
    PY="${PYTHON:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.venv/bin/python}"
    summary "$2" "$3"
else
    main "$@"
fi
exit
