"""Error hierarchy of asnrules (architecture.md §2).

Every error the library raises itself is an :class:`AsnRulesError` (a ``ValueError``). The message is
Indonesian by default; ``message_en`` holds the English text and ``explain(lang)`` picks one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from asnrules.core.citation import Citation

__all__ = ["AsnRulesError", "InvalidInput", "NotInTable", "InvalidTransition"]


def _short(value: object, lang: str = "id", limit: int = 80) -> str:
    """The value as a person reads it (:func:`~asnrules.core.render.render_value`), cut to ``limit``."""
    from asnrules.core.render import render_value

    return render_value(value, lang, limit)


class AsnRulesError(ValueError):
    """Base of every error raised by asnrules; ``str(e)`` is Indonesian, ``e.message_en`` English."""

    def __init__(
        self,
        message: str,
        *,
        message_en: str | None = None,
        field: str | None = None,
        value: Any = None,
        citation: Citation | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en or message
        self.field = field
        self.value = value
        self.citation = citation

    def explain(self, lang: str = "id") -> str:
        """The message in ``lang`` (``"id"`` or ``"en"``), with the citation when there is one."""
        text = self.message_en if lang == "en" else self.message
        if self.citation is not None:
            text = f"{text} [{self.citation}]"
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep errors picklable (process pools) whatever the subclass signature is.
        return (_rebuild, (type(self), self.__dict__.copy(), self.args))


def _rebuild(cls: type[AsnRulesError], state: dict[str, Any], args: tuple[Any, ...]) -> AsnRulesError:
    err = cls.__new__(cls)
    ValueError.__init__(err, *args)
    err.__dict__.update(state)
    return err


class InvalidInput(AsnRulesError):
    """A bad value: the message names the field, the value and what was expected."""

    def __init__(
        self,
        field: str,
        value: Any,
        expected: str,
        expected_en: str | None = None,
        *,
        citation: Citation | None = None,
    ) -> None:
        super().__init__(
            f"Input tidak valid pada '{field}': {_short(value)}. Diharapkan: {expected}.",
            message_en=f"Invalid input for '{field}': {_short(value, 'en')}. Expected: {expected_en or expected}.",
            field=field,
            value=value,
            citation=citation,
        )
        self.expected = expected
        self.expected_en = expected_en or expected


class NotInTable(AsnRulesError):
    """A combination that a regulation table does not contain; the message lists the rows that exist."""

    def __init__(
        self,
        table: str,
        key: Any,
        existing: Iterable[object],
        *,
        field: str | None = None,
        citation: Citation | None = None,
    ) -> None:
        existing_t = tuple(map(str, existing))
        rows = ", ".join(existing_t)
        super().__init__(
            f"{_short(key)} tidak terdapat dalam {table}. Yang ada: {rows}.",
            message_en=f"{_short(key, 'en')} is not in {table}. Existing rows: {rows}.",
            field=field,
            value=key,
            citation=citation,
        )
        self.table = table
        self.existing = existing_t


class InvalidTransition(AsnRulesError):
    """A state-machine event not allowed in the current state (names state, event, why, allowed events)."""

    def __init__(
        self,
        state: object,
        event: str,
        reason: str,
        allowed: Iterable[str],
        *,
        reason_en: str | None = None,
        citation: Citation | None = None,
    ) -> None:
        allowed_t = tuple(allowed)
        listed = ", ".join(allowed_t) or "-"
        state_name = getattr(state, "name", str(state))
        super().__init__(
            f"Peristiwa {event} tidak dapat diterapkan pada status {state_name}: {reason}. "
            f"Peristiwa yang diperbolehkan: {listed}.",
            message_en=f"Event {event} cannot be applied in state {state_name}: {reason_en or reason}. "
            f"Allowed events: {listed}.",
            field="status",
            value=state,
            citation=citation,
        )
        self.state = state
        self.event = event
        self.reason = reason
        self.allowed = allowed_t
