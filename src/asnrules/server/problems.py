"""RFC 9457 problem details (``application/problem+json``) in Indonesian or English.

Every error the service returns names what was wrong: the ``field``, the ``value`` found (cut short so
a huge input is never echoed back) and what was ``expected``; a record-level problem lists ``errors``.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

from asnrules.core.errors import AsnRulesError, InvalidInput

__all__ = ["PROBLEM_JSON", "Problem", "from_error", "problem_response", "short"]

PROBLEM_JSON = "application/problem+json"


def short(value: Any, limit: int = 200) -> Any:
    """A value safe to echo: scalars as they are, long texts and containers cut to ``limit`` characters."""
    if value is None or isinstance(value, (bool, int)):
        return value
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Problem(Exception):
    """An error response: HTTP status, a short title and a detail, both in Indonesian and English."""

    def __init__(self, status: int, slug: str, title: str, title_en: str, detail: str, detail_en: str, *,
                 field: str | None = None, value: Any = None, expected: str | None = None,
                 expected_en: str | None = None, extra: dict[str, Any] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(detail_en)
        self.status = status
        self.slug = slug
        self.title = title
        self.title_en = title_en
        self.detail = detail
        self.detail_en = detail_en
        self.field = field
        self.value = value
        self.expected = expected
        self.expected_en = expected_en or expected
        self.extra = extra or {}
        self.headers = headers or {}

    def body(self, lang: str) -> dict[str, Any]:
        en = lang == "en"
        out: dict[str, Any] = {
            "type": f"urn:asnrules:problem:{self.slug}",
            "title": self.title_en if en else self.title,
            "status": self.status,
            "detail": self.detail_en if en else self.detail,
        }
        if self.field is not None:
            out["field"] = self.field
            out["value"] = short(self.value)
        if self.expected is not None:
            out["expected"] = self.expected_en if en else self.expected
        out.update(self.extra)
        return out


def from_error(exc: AsnRulesError, status: int = 422) -> Problem:
    """A 4xx problem from a library error (an :class:`InvalidInput` keeps its field, value and expectation)."""
    expected = getattr(exc, "expected", None) if isinstance(exc, InvalidInput) else None
    expected_en = getattr(exc, "expected_en", None) if isinstance(exc, InvalidInput) else None
    return Problem(status, "invalid-input", "Input tidak valid", "Invalid input", exc.explain("id"), exc.explain("en"),
                   field=exc.field, value=exc.value, expected=expected, expected_en=expected_en)


def problem_response(problem: Problem, lang: str) -> Response:
    body = json.dumps(problem.body(lang), ensure_ascii=False, default=str).encode("utf-8", "replace")
    return Response(body, status_code=problem.status, media_type=PROBLEM_JSON, headers=problem.headers)
