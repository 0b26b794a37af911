"""Request bodies, read with a size cap and parsed in memory (nothing is written to disk).

``read_body`` stops reading as soon as the cap is passed (413), whatever ``Content-Length`` claims;
``parse_json`` refuses floats' rounding (numbers stay exact strings, as in ``asnrules periksa``), NaN,
and nesting deeper than the cap; ``parse_multipart`` keeps the parts of a form upload in memory.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from asnrules.server.problems import Problem

__all__ = ["Part", "parse_json", "parse_multipart", "read_body", "too_large"]


def too_large(limit: int, what: str, what_en: str) -> Problem:
    mb = f"{limit / 1_000_000:g} MB"
    return Problem(413, "too-large", "Permintaan terlalu besar", "Request too large",
                   f"{what} melebihi batas {mb} ({limit} byte). Bagi menjadi beberapa bagian.",
                   f"The {what_en} exceeds the limit of {mb} ({limit} bytes). Split it into parts.",
                   field="body", value=None, expected=f"paling besar {limit} byte", expected_en=f"at most {limit} bytes",
                   extra={"limit": limit})


async def read_body(request: Request, limit: int, what: str = "Isi permintaan",
                    what_en: str = "request body", timeout: float | None = None) -> bytes:  # float-ok: timeout in seconds
    """The request body, refused with 413 as soon as it passes ``limit`` bytes, and with 408 when it takes
    longer than ``timeout`` seconds to arrive (a client that trickles its body cannot hold a worker)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large(limit, what, what_en)
    chunks: list[bytes] = []
    size = 0

    async def read() -> None:
        nonlocal size
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise too_large(limit, what, what_en)
            chunks.append(chunk)

    try:
        async with asyncio.timeout(timeout):
            await read()
    except TimeoutError:
        raise Problem(408, "body-timeout", "Waktu pengiriman habis", "Request body timed out",
                      f"Isi permintaan tidak selesai dikirim dalam {timeout:g} detik.",
                      f"The request body did not arrive within {timeout:g} seconds.",
                      field="body", value=None, expected=f"isi lengkap dalam {timeout:g} detik",
                      expected_en=f"the whole body within {timeout:g} seconds") from None
    return b"".join(chunks)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _bad_json(detail: str, detail_en: str, value: Any = None) -> Problem:
    return Problem(400, "malformed-json", "JSON tidak sah", "Malformed JSON", detail, detail_en,
                   field="body", value=value, expected="JSON yang sah (RFC 8259)", expected_en="valid JSON (RFC 8259)")


def depth(value: Any, cap: int) -> int:
    """Nesting depth of a parsed JSON value, counting no further than ``cap + 1`` (iterative)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, d = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, d)
        if deepest > cap:
            return deepest
        stack.extend((c, d + 1) for c in children)
    return deepest


def parse_json(data: bytes, max_depth: int) -> Any:
    """The JSON value of ``data`` (UTF-8); 400 problem when it is not JSON or nests deeper than ``max_depth``."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _bad_json(f"isi bukan teks UTF-8 (byte {exc.start})", f"the body is not UTF-8 text (byte {exc.start})") from None
    if not text.strip():
        raise _bad_json("isi permintaan kosong", "the request body is empty")
    try:
        value = json.loads(text, parse_float=str, parse_constant=_no_constant)
    except RecursionError:
        raise too_deep(max_depth) from None
    except ValueError as exc:
        raise _bad_json(f"JSON tidak sah: {exc}", f"invalid JSON: {exc}") from None
    if depth(value, max_depth) > max_depth:
        raise too_deep(max_depth)
    return value


def too_deep(cap: int) -> Problem:
    return Problem(400, "too-deep", "JSON terlalu dalam", "JSON nested too deeply",
                   f"JSON bersarang lebih dari {cap} tingkat.", f"The JSON nests deeper than {cap} levels.",
                   field="body", value=None, expected=f"paling dalam {cap} tingkat", expected_en=f"at most {cap} levels")


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a multipart/form-data body: its field name, file name (None for a plain field), bytes."""

    name: str
    filename: str | None
    data: bytes


def _disposition(value: bytes) -> tuple[str, str | None]:
    from python_multipart.multipart import parse_options_header

    _, options = parse_options_header(value)
    name = options.get(b"name", b"").decode("utf-8", "replace")
    filename = options.get(b"filename")
    return name, filename.decode("utf-8", "replace") if filename is not None else None


def parse_multipart(data: bytes, content_type: str, max_parts: int = 32) -> list[Part]:
    """The parts of a multipart/form-data body held in memory (``data`` was already size-capped)."""
    from python_multipart.multipart import MultipartParser, parse_options_header

    _, options = parse_options_header(content_type)
    boundary = options.get(b"boundary")
    if not boundary:
        raise Problem(400, "bad-multipart", "Unggahan tidak sah", "Bad upload",
                      "multipart/form-data tanpa boundary", "multipart/form-data without a boundary",
                      field="content-type", value=content_type, expected="multipart/form-data; boundary=…")
    parts: list[Part] = []
    state: dict[str, Any] = {"field": b"", "value": b"", "headers": {}, "data": []}

    def on_part_begin() -> None:
        state["headers"], state["data"] = {}, []

    def on_part_data(buf: bytes, start: int, end: int) -> None:
        state["data"].append(buf[start:end])

    def on_header_field(buf: bytes, start: int, end: int) -> None:
        state["field"] += buf[start:end]

    def on_header_value(buf: bytes, start: int, end: int) -> None:
        state["value"] += buf[start:end]

    def on_header_end() -> None:
        state["headers"][state["field"].lower()] = state["value"]
        state["field"], state["value"] = b"", b""

    def on_part_end() -> None:
        if len(parts) >= max_parts:
            raise ValueError(f"more than {max_parts} parts")
        name, filename = _disposition(state["headers"].get(b"content-disposition", b""))
        parts.append(Part(name, filename, b"".join(state["data"])))

    callbacks: Any = {"on_part_begin": on_part_begin, "on_part_data": on_part_data, "on_part_end": on_part_end,
                      "on_header_field": on_header_field, "on_header_value": on_header_value,
                      "on_header_end": on_header_end}
    try:
        parser = MultipartParser(boundary, callbacks)
        parser.write(data)
        parser.finalize()
    except Exception as exc:  # noqa: BLE001 - any parser failure is the client's malformed body
        raise Problem(400, "bad-multipart", "Unggahan tidak sah", "Bad upload",
                      f"isi multipart/form-data tidak sah: {exc}", f"invalid multipart/form-data body: {exc}",
                      field="body", value=None, expected="multipart/form-data") from None
    return parts
