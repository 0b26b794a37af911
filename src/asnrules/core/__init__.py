"""Core types of asnrules: citations, verdicts, errors and exact numbers (architecture.md §2)."""

from asnrules.core.citation import PMK_150, Citation
from asnrules.core.errors import AsnRulesError, InvalidInput, InvalidTransition, NotInTable
from asnrules.core.numbers import angka_id, format_id, round_half_up, to_decimal, to_int
from asnrules.core.render import format_tanggal, render_value
from asnrules.core.verdict import Reason, Status, Verdict, VerdictStatus

__all__ = [
    "PMK_150",
    "Citation",
    "Status",
    "Reason",
    "Verdict",
    "VerdictStatus",
    "AsnRulesError",
    "InvalidInput",
    "NotInTable",
    "InvalidTransition",
    "to_decimal",
    "to_int",
    "round_half_up",
    "format_id",
    "angka_id",
    "format_tanggal",
    "render_value",
]
