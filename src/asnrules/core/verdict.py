"""Status, Reason and Verdict: the explainable outcome of an eligibility rule (architecture.md §2)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from asnrules.core.citation import Citation

__all__ = ["Status", "Reason", "Verdict", "VerdictStatus"]


class Status(str, Enum):
    """Outcome of one criterion; ``UNKNOWN`` means the input needed to decide is missing."""

    MET = "MET"
    NOT_MET = "NOT_MET"
    UNKNOWN = "UNKNOWN"


class VerdictStatus(str, Enum):
    """Outcome of a whole rule: every criterion met, any not met, or some unknown."""

    ELIGIBLE = "ELIGIBLE"
    NOT_ELIGIBLE = "NOT_ELIGIBLE"
    INCOMPLETE = "INCOMPLETE"


_MARK = {Status.MET: "[v]", Status.NOT_MET: "[x]", Status.UNKNOWN: "[?]"}
_HEADING = {
    "id": {
        VerdictStatus.ELIGIBLE: "MEMENUHI SYARAT",
        VerdictStatus.NOT_ELIGIBLE: "TIDAK MEMENUHI SYARAT",
        VerdictStatus.INCOMPLETE: "BELUM DAPAT DIPUTUSKAN (data belum lengkap)",
    },
    "en": {
        VerdictStatus.ELIGIBLE: "ELIGIBLE",
        VerdictStatus.NOT_ELIGIBLE: "NOT ELIGIBLE",
        VerdictStatus.INCOMPLETE: "INCOMPLETE (facts missing)",
    },
}
_LABELS = {"id": ("Hasil", "Saran"), "en": ("Result", "Advice")}


def _check_lang(lang: str) -> str:
    if lang not in _LABELS:
        from asnrules.core.errors import InvalidInput

        raise InvalidInput("lang", lang, "'id' atau 'en'", "'id' or 'en'")
    return lang


@dataclass(frozen=True, slots=True)
class Reason:
    """One criterion checked: stable ``code``, its ``status``, messages (id/en) and legal basis."""

    code: str
    status: Status
    message: str
    message_en: str
    citation: Citation

    def text(self, lang: str = "id") -> str:
        """The message in ``lang`` (``"id"`` or ``"en"``)."""
        return self.message_en if _check_lang(lang) == "en" else self.message

    def as_dict(self, lang: str = "id") -> dict[str, str]:
        """Plain dict (JSON-ready) of this reason."""
        return {
            "code": self.code,
            "status": self.status.value,
            "message": self.text(lang),
            "citation": str(self.citation),
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """Every criterion a rule checked, in the regulation's order, plus advice that never changes it."""

    reasons: tuple[Reason, ...]
    advice: tuple[Reason, ...] = field(default=())

    ELIGIBLE = VerdictStatus.ELIGIBLE
    NOT_ELIGIBLE = VerdictStatus.NOT_ELIGIBLE
    INCOMPLETE = VerdictStatus.INCOMPLETE

    @property
    def status(self) -> VerdictStatus:
        """ELIGIBLE if every reason is MET, NOT_ELIGIBLE if any is NOT_MET, else INCOMPLETE."""
        unknown = False
        for r in self.reasons:
            if r.status is Status.NOT_MET:
                return VerdictStatus.NOT_ELIGIBLE
            if r.status is Status.UNKNOWN:
                unknown = True
        return VerdictStatus.INCOMPLETE if unknown else VerdictStatus.ELIGIBLE

    @property
    def eligible(self) -> bool:
        """True only when every criterion is met."""
        return self.status is VerdictStatus.ELIGIBLE

    @property
    def failed(self) -> tuple[Reason, ...]:
        """The criteria that are NOT_MET."""
        return tuple(r for r in self.reasons if r.status is Status.NOT_MET)

    @property
    def unknown(self) -> tuple[Reason, ...]:
        """The criteria that could not be decided for lack of input."""
        return tuple(r for r in self.reasons if r.status is Status.UNKNOWN)

    def reason(self, code: str) -> Reason:
        """The reason with this ``code`` (KeyError-free: raises InvalidInput naming the codes)."""
        for r in self.reasons:
            if r.code == code:
                return r
        from asnrules.core.errors import InvalidInput

        codes = ", ".join(r.code for r in self.reasons)
        raise InvalidInput("code", code, f"salah satu dari: {codes}", f"one of: {codes}")

    def __bool__(self) -> bool:
        return self.eligible

    def explain(self, lang: str = "id") -> str:
        """Human-readable explanation: the outcome, then every criterion with its citation."""
        lang = _check_lang(lang)
        result_label, advice_label = _LABELS[lang]
        lines = [f"{result_label}: {_HEADING[lang][self.status]}"]
        for r in self.reasons:
            lines.append(f"  {_MARK[r.status]} {r.text(lang)} ({r.citation})")
        if self.advice:
            lines.append(f"{advice_label}:")
            for a in self.advice:
                lines.append(f"  - {a.text(lang)} ({a.citation})")
        return "\n".join(lines)

    def as_dict(self, lang: str = "id") -> dict[str, Any]:
        """Plain dict (JSON-ready): status, every reason and the advice."""
        return {
            "status": self.status.value,
            "reasons": [r.as_dict(lang) for r in self.reasons],
            "advice": [a.as_dict(lang) for a in self.advice],
        }
