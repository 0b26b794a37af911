"""``asnrules serve``: the rules as a JSON API (OpenAPI 3.1) and a web page for HR offices.

Needs the ``server`` extra (``pip install 'asnrules[server]'``: FastAPI, uvicorn, python-multipart).
The service calls the same functions as ``asnrules periksa``; nothing in it decides a rule.
See docs/service.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from asnrules.server.settings import Settings

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["Settings", "create_app", "serve"]


def create_app(settings: Settings | None = None) -> FastAPI:
    """The ASGI app (``uvicorn --factory asnrules.server:create_app``); limits from the environment by default."""
    from asnrules.server.app import create_app as _create

    return _create(settings)


def serve(host: str = "127.0.0.1", port: int = 8000, workers: int = 1, **uvicorn_options: Any) -> None:
    """Run the service with uvicorn (bound to loopback unless ``host`` says otherwise). With ``workers`` > 1
    each worker process builds its own app from the environment (``ASNRULES_*`` variables)."""
    import logging

    import uvicorn

    logging.getLogger("asnrules.server.access").setLevel(logging.INFO)
    options: dict[str, Any] = {"access_log": False, "timeout_keep_alive": 5, "server_header": False,
                               "log_config": _log_config()}
    options.update(uvicorn_options)
    uvicorn.run("asnrules.server:create_app", factory=True, host=host, port=port, workers=workers, **options)


def _log_config() -> dict[str, Any]:
    """uvicorn's logging plus the service's structured access log (JSON lines on stderr)."""
    from uvicorn.config import LOGGING_CONFIG

    config: dict[str, Any] = {**LOGGING_CONFIG, "loggers": dict(LOGGING_CONFIG["loggers"])}
    config["handlers"] = {**LOGGING_CONFIG["handlers"], "asnrules": {
        "class": "logging.StreamHandler", "stream": "ext://sys.stderr", "formatter": "asnrules"}}
    config["formatters"] = {**LOGGING_CONFIG["formatters"], "asnrules": {"format": "%(message)s"}}
    config["loggers"]["asnrules.server.access"] = {"handlers": ["asnrules"], "level": "INFO", "propagate": False}
    return config
