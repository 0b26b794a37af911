"""Limits and options of the service, read once from the environment when the app is created.

Every limit has a safe default; a deployment changes it with an environment variable (so that all
uvicorn workers see the same value). A bad value is refused when the app starts, naming the variable.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from asnrules.core.errors import InvalidInput

__all__ = ["Settings"]


@dataclass(frozen=True, slots=True)
class Settings:
    """The service's limits. Sizes are bytes, ``timeout`` seconds."""

    max_body: int = 5_000_000
    """Largest JSON request body (``/periksa``); larger → 413 (``ASNRULES_MAX_BODY``)."""
    max_upload: int = 20_000_000
    """Largest uploaded file (``/berkas``); larger → 413 (``ASNRULES_MAX_UPLOAD``)."""
    max_rows: int = 100_000
    """Most records in one batch or file; more → 413 (``ASNRULES_MAX_ROWS``)."""
    max_unzipped: int = 200_000_000
    """Largest total uncompressed size of an uploaded .xlsx (zip-bomb guard, ``ASNRULES_MAX_UNZIPPED``)."""
    max_depth: int = 20
    """Deepest JSON nesting accepted (``ASNRULES_MAX_DEPTH``)."""
    timeout: float = 60.0  # float-ok: seconds
    """Seconds a request may take to send its body (else 408) and, again, to check its records (else 503)
    (``ASNRULES_TIMEOUT``)."""
    api_key: str | None = None
    """When set, every request to the API needs it (header ``X-API-Key`` or ``Authorization: Bearer``)
    (``ASNRULES_API_KEY``)."""
    cors_origins: tuple[str, ...] = ()
    """Origins allowed by CORS; empty = CORS off (``ASNRULES_CORS_ORIGINS``, comma-separated)."""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """The settings from ``env`` (default: ``os.environ``); unset variables keep the defaults."""
        env = os.environ if env is None else env
        base = cls()

        def number(name: str, default: int) -> int:
            text = env.get(name, "").strip().replace("_", "")
            if not text:
                return default
            if not text.isdigit() or int(text) <= 0:
                raise InvalidInput(name, text, "bilangan bulat positif (byte/baris)", "a positive whole number")
            return int(text)

        timeout_text = env.get("ASNRULES_TIMEOUT", "").strip()
        timeout = base.timeout
        if timeout_text:
            try:
                timeout = float(timeout_text)  # float-ok: seconds of wall time, not a rule value
            except ValueError:
                timeout = -1.0
            if not timeout > 0:
                raise InvalidInput("ASNRULES_TIMEOUT", timeout_text, "jumlah detik positif, mis. 60", "positive seconds, e.g. 60")
        origins = tuple(o.strip() for o in env.get("ASNRULES_CORS_ORIGINS", "").split(",") if o.strip())
        return cls(
            max_body=number("ASNRULES_MAX_BODY", base.max_body),
            max_upload=number("ASNRULES_MAX_UPLOAD", base.max_upload),
            max_rows=number("ASNRULES_MAX_ROWS", base.max_rows),
            max_unzipped=number("ASNRULES_MAX_UNZIPPED", base.max_unzipped),
            max_depth=number("ASNRULES_MAX_DEPTH", base.max_depth),
            timeout=timeout,
            api_key=env.get("ASNRULES_API_KEY") or None,
            cors_origins=origins,
        )
