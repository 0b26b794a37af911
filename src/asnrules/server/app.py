"""The ASGI app of ``asnrules serve``: JSON API, OpenAPI document, local docs page and the web page.

FastAPI is used because its OpenAPI 3.1 document comes from the same pydantic models the library is
built on; responses are written directly (``json.dumps``) so a single check stays cheap. Every request
path is matched against fixed routes; static assets are read from the package into memory when the app
is created, so no path from a request ever reaches the filesystem.
"""

from __future__ import annotations

import hmac
import inspect
import io
import json
import logging
import os
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, MutableMapping
from datetime import date
from importlib.resources import files
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import HTMLResponse, Response, StreamingResponse

import asnrules
from asnrules.batch import Aturan, daftar_aturan
from asnrules.server import bodies, page, results, uploads
from asnrules.batch.registry import check_params
from asnrules.core.errors import AsnRulesError
from asnrules.server.problems import PROBLEM_JSON, Problem, from_error, problem_response, short
from asnrules.server.schemas import AturanDetail, AturanInfo, HasilPemeriksaan, ProblemOut, VersionOut
from asnrules.server.settings import Settings

__all__ = ["create_app"]

ACCESS_LOG = logging.getLogger("asnrules.server.access")
"""One JSON line per request: method, route template (never the raw path or query), status, duration,
body size. No NIP, name or any other record content is ever logged."""

_STATIC = {"app.js": "text/javascript; charset=utf-8", "style.css": "text/css; charset=utf-8",
           "docs.js": "text/javascript; charset=utf-8"}
_JSON_TYPES = ("application/json",)
_LINES_TYPES = ("application/x-ndjson", "application/jsonl", "application/jsonlines", "application/x-jsonlines")
_PROBLEMS: dict[int | str, dict[str, Any]] = {
    code: {"model": ProblemOut, "content": {PROBLEM_JSON: {}}} for code in (400, 401, 404, 413, 415, 422, 503)}
_DEFAULT_DATE = date(2025, 7, 1)


def _lang(request: Request) -> str:
    q = request.query_params.get("lang")
    if q in ("id", "en"):
        return q
    accept = request.headers.get("accept-language", "").strip().lower()
    return "en" if accept.startswith("en") else "id"


def _json(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, default=str).encode("utf-8", "replace"), status_code=status,
                    media_type="application/json")


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _wrong_type(got: str, expected: str) -> Problem:
    return Problem(415, "unsupported-media-type", "Jenis isi tidak didukung", "Unsupported media type",
                   f"Content-Type {got or '(kosong)'!r} tidak didukung di sini.",
                   f"Content-Type {got or '(empty)'!r} is not supported here.",
                   field="content-type", value=got, expected=expected)


def _assets() -> dict[str, bytes]:
    base = files("asnrules.server")
    out = {name: base.joinpath("static").joinpath(name).read_bytes() for name in _STATIC}
    out["docs.html"] = base.joinpath("templates").joinpath("docs.html").read_bytes()
    return out


# --------------------------------------------------------------------------- rule descriptions

def probe(a: Aturan) -> list[Any]:
    """The criteria a verdict rule checks (as ``asnrules jelaskan`` shows them); [] for a rule that
    computes a value."""
    from asnrules.batch.registry import kriteria

    return list(kriteria(a, _DEFAULT_DATE))


def aturan_info(a: Aturan, lang: str) -> dict[str, Any]:
    allowed = results.allowed_values(a)
    seen: dict[str, dict[str, Any]] = {}
    for r in probe(a):
        seen.setdefault(r.citation.regulasi, {"regulasi": r.citation.regulasi, "teks": r.citation.regulasi})
    return {
        "nama": a.nama,
        "deskripsi": a.deskripsi_en if lang == "en" else a.deskripsi,
        "fungsi": a.fungsi.replace(":", "."),
        "pakai_tanggal": a.pakai_tanggal,
        "model": a.model.__name__ if a.model is not None else None,
        "parameter": [{"nama": p.nama, "wajib": p.wajib and not p.nullable, "nilai": allowed.get(p.nama)}
                      for p in a.parameter],
        "dasar_hukum": list(seen.values()),
        "kolom_keluaran": list(a.kolom_keluaran),
    }


def aturan_detail(a: Aturan, lang: str) -> dict[str, Any]:
    from asnrules.cli import row_schema

    out = aturan_info(a, lang)
    out["kutipan"] = inspect.getdoc(a.function) or ""
    out["kriteria"] = [{"code": r.code, "citation": results.citation_json(r.citation)} for r in probe(a)]
    out["skema_masukan"] = row_schema(a)
    out["skema_keluaran"] = HasilPemeriksaan.model_json_schema()
    return out


def _register_version() -> str | None:
    """The version of the register of regulations (``asnrules/data/regulasi.toml``, issue 15): a digest of
    its data, so two services answer from the same register exactly when the digests are equal; None when
    the installed library has no register."""
    import hashlib

    try:
        data = files("asnrules").joinpath("data").joinpath("regulasi.toml").read_bytes()
    except (FileNotFoundError, OSError):
        return None
    return "sha256:" + hashlib.sha256(data).hexdigest()[:16]


# --------------------------------------------------------------------------- the app

def create_app(settings: Settings | None = None) -> FastAPI:
    """The service. ``settings`` default to :meth:`Settings.from_env` (uvicorn workers call this as a factory)."""
    cfg = settings if settings is not None else Settings.from_env()
    assets = _assets()
    app = FastAPI(title="asnrules", version=asnrules.__version__, docs_url=None, redoc_url=None,
                  description="Aturan karier ASN sebagai kode: the same rules as `asnrules periksa`, over HTTP. "
                              "Errors are RFC 9457 problem details (`application/problem+json`).")
    app.state.settings = cfg
    plans = results.Plans()  # engine plans of single checks (event-loop thread only)

    # ---- errors as problem details
    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> Response:
        return problem_response(exc, _lang(request))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        errs = exc.errors()
        first = errs[0] if errs else {}
        loc = ".".join(str(x) for x in first.get("loc", ())[1:]) or "request"
        msg = str(first.get("msg", "invalid"))
        p = Problem(422, "invalid-input", "Input tidak valid", "Invalid input",
                    f"Input tidak valid pada '{loc}': {msg}", f"Invalid input for '{loc}': {msg}",
                    field=loc, value=first.get("input"), expected=msg)
        return problem_response(p, _lang(request))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        titles = {404: ("Tidak ditemukan", "Not found"), 405: ("Metode tidak diizinkan", "Method not allowed")}
        t_id, t_en = titles.get(exc.status_code, ("Kesalahan permintaan", "Request error"))
        p = Problem(exc.status_code, "http-" + str(exc.status_code), t_id, t_en, t_id, t_en)
        return problem_response(p, _lang(request))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:  # pragma: no cover - a bug
        logging.getLogger("asnrules.server").exception("unexpected error on %s", request.scope.get("route"))
        p = Problem(500, "internal", "Kesalahan server", "Server error", "Kesalahan tak terduga; lihat log server.",
                    "Unexpected error; see the server log.")
        return problem_response(p, _lang(request))

    # ---- access log and API key (pure ASGI middleware: no record content is touched)
    open_paths = ("/", "/health", "/docs", "/openapi.json")

    class _Guard:
        def __init__(self, inner: Callable[..., Awaitable[None]]) -> None:
            self.inner = inner

        async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] != "http":
                await self.inner(scope, receive, send)
                return
            started = time.perf_counter()
            state = {"status": 0, "bytes": 0}

            async def send_logged(message: MutableMapping[str, Any]) -> None:
                if message["type"] == "http.response.start":
                    state["status"] = message["status"]
                elif message["type"] == "http.response.body":
                    state["bytes"] += len(message.get("body", b""))
                await send(message)

            path = scope.get("path", "")
            if cfg.api_key and path not in open_paths and not path.startswith("/static/") and \
                    scope.get("method") != "OPTIONS" and not _key_ok(scope, cfg.api_key):
                req = Request(scope)
                p = Problem(401, "api-key", "Kunci API diperlukan", "API key required",
                            "Permintaan ini memerlukan kunci API (header X-API-Key).",
                            "This request needs the API key (header X-API-Key).",
                            field="X-API-Key", value=None, expected="kunci API layanan ini",
                            expected_en="this service's API key", headers={"WWW-Authenticate": "Bearer"})
                await problem_response(p, _lang(req))(scope, receive, send_logged)
            else:
                await self.inner(scope, receive, send_logged)
            route = scope.get("route")
            ACCESS_LOG.info(json.dumps({
                "method": scope.get("method"), "route": getattr(route, "path", "-"), "status": state["status"],
                "ms": round((time.perf_counter() - started) * 1000, 2), "bytes_out": state["bytes"]}))

    if cfg.cors_origins:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cfg.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type", "X-API-Key", "Authorization", "Accept-Language"])
    app.add_middleware(_Guard)

    # ---- page, docs, static
    @app.get("/", include_in_schema=False)
    async def index(lang: str = Query("id", pattern="^(id|en)$")) -> HTMLResponse:
        return HTMLResponse(page.render(lang, need_key=cfg.api_key is not None))

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return HTMLResponse(assets["docs.html"])

    @app.get("/static/{name}", include_in_schema=False)
    async def static(name: str) -> Response:
        media = _STATIC.get(name)
        if media is None:  # a fixed set of names held in memory: the path never reaches the filesystem
            raise StarletteHTTPException(404)
        return Response(assets[name], media_type=media, headers={"Cache-Control": "max-age=3600"})

    # ---- service info
    @app.get("/health", summary="Liveness", tags=["layanan"])
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    register_version = _register_version()

    @app.get("/version", response_model=VersionOut, summary="Package and register versions", tags=["layanan"])
    async def version() -> dict[str, Any]:
        return {"asnrules": asnrules.__version__, "register_regulasi": register_version}

    # ---- rules
    lang_q = Query("id", pattern="^(id|en)$", description="message language")

    @app.get("/aturan", response_model=list[AturanInfo], summary="The rules", tags=["aturan"])
    async def list_rules(lang: str = lang_q) -> Response:
        return _json([aturan_info(a, lang) for a in daftar_aturan()])

    @app.get("/aturan/{nama}", response_model=AturanDetail, responses=_PROBLEMS, tags=["aturan"],
             summary="A rule: criteria in the regulation's order, input and output JSON Schema")
    async def describe_rule(nama: str, lang: str = lang_q) -> Response:
        return _json(aturan_detail(results.rule(nama), lang))

    # ---- checks
    record_body = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
        "type": "object", "additionalProperties": True,
        "description": "one record: the fields of a JSON line of `asnrules periksa - --format jsonl` "
                       "(GET /aturan/{nama} gives its JSON Schema)"}}}}}
    batch_body = {"requestBody": {"required": True, "content": {
        "application/json": {"schema": {"type": "array", "items": {"type": "object"}}},
        "application/x-ndjson": {"schema": {"type": "string", "description": "one JSON object per line"}}}}}
    upload_body = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
        "type": "object", "properties": {"berkas": {"type": "string", "format": "binary"}}, "required": ["berkas"]}}}}}
    extra_params = {"parameters": [{"name": "params", "in": "query", "required": False, "style": "form",
                                    "explode": True, "schema": {"type": "object", "additionalProperties": {"type": "string"}},
                                    "description": "the rule's parameters, like `-p name=value` (e.g. jenis=pengeluaran); "
                                                   "a filled field of the record wins"}]}

    # The hot path: its query parameters are read directly (documented here) rather than by FastAPI's
    # per-request validation, which costs as much as the check itself.
    single_params = {"parameters": [
        {"name": "tanggal", "in": "query", "required": False, "schema": {"type": "string", "format": "date"},
         "description": "reference date YYYY-MM-DD"},
        {"name": "lang", "in": "query", "required": False, "schema": {"type": "string", "enum": ["id", "en"],
                                                                        "default": "id"}},
        {"name": "penjelasan", "in": "query", "required": False, "schema": {"type": "boolean", "default": False},
         "description": "add the explanation text"},
        *extra_params["parameters"]]}

    @app.post("/periksa/{nama}", response_model=HasilPemeriksaan, responses=_PROBLEMS, tags=["periksa"],
              summary="Check one record", openapi_extra={**record_body, **single_params})
    async def periksa(request: Request, nama: str) -> Response:
        query = request.query_params
        lang = _choice(query.get("lang", "id"), "lang", ("id", "en"))
        penjelasan = _choice(query.get("penjelasan", "false").lower(), "penjelasan",
                             ("true", "false", "1", "0", "ya", "tidak")) in ("true", "1", "ya")
        job = results.prepare(nama, query.get("tanggal"), lang, query.multi_items(), plans)
        got = _media_type(request)
        if got not in _JSON_TYPES and not got.endswith("+json"):
            raise _wrong_type(got, "application/json")
        record = bodies.parse_json(await bodies.read_body(request, cfg.max_body, timeout=cfg.timeout), cfg.max_depth)
        if not isinstance(record, dict):
            raise Problem(422, "not-an-object", "Rekaman harus objek", "A record must be an object",
                          "Isi harus satu objek JSON {…}; untuk banyak rekaman gunakan /periksa/{nama}/batch.",
                          "The body must be one JSON object {…}; for many records use /periksa/{nama}/batch.",
                          field="body", value=type(record).__name__, expected="objek JSON", expected_en="a JSON object")
        (r,) = job.results([record])
        out = results.hasil_json(r, lang, penjelasan)
        if r.status == "INVALID":
            p = Problem(422, "invalid-record", "Rekaman tidak valid", "Invalid record",
                        "; ".join(e["message"] for e in results.hasil_json(r, "id")["kesalahan"]),
                        "; ".join(e["message"] for e in results.hasil_json(r, "en")["kesalahan"]),
                        field=r.errors[0].field, value=r.errors[0].value,
                        expected=None, extra={"hasil": "INVALID", "kesalahan": out["kesalahan"]})
            return problem_response(p, lang)
        return _json(out)

    @app.post("/periksa/{nama}/batch", responses={200: {"content": {
        "application/json": {"schema": {"type": "array", "items": HasilPemeriksaan.model_json_schema()}},
        "application/x-ndjson": {}}}, **_PROBLEMS}, tags=["periksa"],
        summary="Check many records: a JSON array or JSON lines → one result per record, in order (streamed)",
        openapi_extra={**batch_body, **extra_params})
    async def periksa_batch(request: Request, nama: str,
                            tanggal: str | None = Query(None, description="reference date YYYY-MM-DD"),
                            lang: str = lang_q, penjelasan: bool = Query(False)) -> Response:
        job = results.prepare(nama, tanggal, lang, request.query_params.multi_items())
        got = _media_type(request)
        if got not in _JSON_TYPES + _LINES_TYPES and not got.endswith("+json"):
            raise _wrong_type(got, "application/json (array) atau application/x-ndjson")
        data = await bodies.read_body(request, cfg.max_body, timeout=cfg.timeout)
        lines = got in _LINES_TYPES
        if lines:
            records: list[Any] = await run_in_threadpool(_json_lines, data, cfg.max_depth)
        else:
            records = bodies.parse_json(data, cfg.max_depth)
            if not isinstance(records, list):
                raise Problem(422, "not-an-array", "Isi harus larik", "The body must be an array",
                              "Isi harus larik JSON [ {…}, {…} ] atau JSON lines (application/x-ndjson).",
                              "The body must be a JSON array [ {…}, {…} ] or JSON lines (application/x-ndjson).",
                              field="body", value=type(records).__name__, expected="larik JSON", expected_en="a JSON array")
        if len(records) > cfg.max_rows:
            raise uploads.too_many_rows(cfg.max_rows)
        deadline = time.monotonic() + cfg.timeout
        accept = request.headers.get("accept", "")
        as_lines = lines if "json" not in accept or "*/*" in accept else any(t in accept for t in _LINES_TYPES)
        stream = _stream(job, records, deadline, penjelasan, as_lines)
        return StreamingResponse(iterate_in_threadpool(stream),
                                 media_type="application/x-ndjson" if as_lines else "application/json")

    @app.post("/berkas/{nama}", responses={200: {"content": {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {}, "text/csv": {},
        "application/json": {"description": "with ?format=json: the summary the web page shows"}}}, **_PROBLEMS},
        tags=["berkas"], summary="Check an uploaded .xlsx/.csv file → the result file (same columns as the CLI)",
        openapi_extra={**upload_body, **extra_params})
    async def berkas(request: Request, nama: str,
                     tanggal: str | None = Query(None, description="reference date YYYY-MM-DD"),
                     lang: str = lang_q,
                     format: str = Query("xlsx", pattern="^(xlsx|csv|json)$",
                                         description="xlsx or csv: the result file; json: a summary")) -> Response:
        job = results.prepare(nama, tanggal, lang, request.query_params.multi_items())
        got = _media_type(request)
        data = await bodies.read_body(request, cfg.max_upload, "Berkas", "uploaded file", cfg.timeout)
        if got == "multipart/form-data":
            parts = [p for p in bodies.parse_multipart(data, request.headers.get("content-type", ""))
                     if p.filename is not None]
            if not parts:
                raise Problem(422, "no-file", "Berkas tidak ada", "No file",
                              "Unggahan tidak memuat berkas (field 'berkas').", "The upload holds no file (field 'berkas').",
                              field="berkas", value=None, expected="satu berkas .xlsx/.csv", expected_en="one .xlsx/.csv file")
            filename: str | None = parts[0].filename
            content = parts[0].data
            fmt_in = uploads.upload_format(filename, None)
        else:
            by_type = {"text/csv": "csv", "application/x-ndjson": "jsonl",
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx"}
            if got not in by_type:
                raise _wrong_type(got, "multipart/form-data, text/csv, application/vnd.openxmlformats-"
                                       "officedocument.spreadsheetml.sheet")
            filename, content, fmt_in = None, data, by_type[got]
        deadline = time.monotonic() + cfg.timeout
        body, media, name = await run_in_threadpool(_check_file, job, content, fmt_in, format, cfg, deadline)
        headers = {"Content-Disposition": f'attachment; filename="{name}"'} if format != "json" else {}
        return Response(body, media_type=media, headers=headers)

    return app


def _choice(value: str, name: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise Problem(422, "invalid-input", "Input tidak valid", "Invalid input",
                      f"Input tidak valid pada '{name}': {short(value, 80)!r}.",
                      f"Invalid input for '{name}': {short(value, 80)!r}.",
                      field=name, value=value, expected=" / ".join(allowed))
    return value


def _key_ok(scope: MutableMapping[str, Any], key: str) -> bool:
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
    given = headers.get("x-api-key") or ""
    auth = headers.get("authorization", "")
    if not given and auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    return hmac.compare_digest(given.encode("utf-8"), key.encode("utf-8"))


def _json_lines(data: bytes, max_depth: int) -> list[Any]:
    """JSON lines → (line, record) pairs read exactly as ``asnrules periksa - --format jsonl`` reads them: a
    line that is not a JSON object (or not UTF-8, or empty) becomes a per-record error, never a 4xx."""
    from asnrules.batch.files import read_rows

    text = data.decode("utf-8", errors="surrogateescape").removeprefix("\ufeff")
    return list(read_rows(io.StringIO(text, newline=""), "jsonl"))


def _stream(job: results.Job, records: list[Any], deadline: float, penjelasan: bool, as_lines: bool) -> Iterator[bytes]:  # float-ok: a clock deadline
    """The results, encoded in chunks of a few hundred records; a timeout ends the stream with a problem."""
    chunk: list[str] = []
    first = True
    if not as_lines:
        yield b"["
    try:
        for r in job.results(records, deadline):
            text = json.dumps(results.hasil_json(r, job.lang, penjelasan), ensure_ascii=False, default=str)
            if as_lines:
                chunk.append(text + "\n")
            else:
                chunk.append(text if first else "," + text)
                first = False
            if len(chunk) >= 256:
                yield "".join(chunk).encode("utf-8", "replace")
                chunk = []
    except Problem as p:  # a timeout after the response started: the last element says so
        text = json.dumps(p.body(job.lang), ensure_ascii=False)
        chunk.append(text + "\n" if as_lines else ("" if first else ",") + text)
    if not as_lines:
        chunk.append("]")
    yield "".join(chunk).encode("utf-8", "replace")


_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _columnar(job: results.Job, folder: str, fmt: str, n: int, deadline: float) -> list[Any] | None:  # float-ok: a clock deadline
    """The results of the stored upload by the columnar engine (``asnrules.frame``: the rule called once per
    distinct combination of the inputs it reads), each the row engine's result of its group with this
    row's line and cells — so the summary and the file are those of ``batch.run``. None (use the row
    engine) when the engine is not installed or the file has lines the reader could not make a row of."""
    import dataclasses
    import importlib.util

    if n == 0 or fmt == "jsonl" or importlib.util.find_spec("asnrules.frame") is None:  # JSON lines: keys vary
        return None
    from asnrules import frame
    from asnrules.batch import files

    path = os.path.join(folder, f"masukan.{fmt}")
    df = files.read_table(path, fmt)
    meta = [files.LINE_COLUMN, *files.ERROR_COLUMNS]
    if df.height != n or df.get_column(files.ERROR_COLUMN).null_count() != df.height:
        return None
    evaluated = frame.evaluate(df.drop(meta), job.aturan, on=job.on, params=job.params)
    if time.monotonic() > deadline:
        raise results.timeout_problem(n)
    gids = evaluated.gid.to_list()
    return [dataclasses.replace(evaluated.results[gids[i]], row=line, input=row)
            for i, (line, row) in enumerate(files.rows_of_table(df))]


def _check_file(job: results.Job, content: bytes, fmt_in: str, fmt_out: str, cfg: Settings,
                deadline: float) -> tuple[bytes, str, str]:  # float-ok: a clock deadline
    """Check every row of an upload and return (body, media type, download name). The upload and the result
    live only in a private temporary directory (mode 0700) removed before this returns."""
    with tempfile.TemporaryDirectory(prefix="asnrules-serve-") as folder:
        try:
            held: list[Any] = []
            for item in uploads.read_upload(content, fmt_in, cfg.max_unzipped, folder):
                held.append(item)
                if len(held) > cfg.max_rows:
                    raise uploads.too_many_rows(cfg.max_rows)
        except Problem:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged or refused file is the client's problem, not a 500
            text = exc.explain if isinstance(exc, AsnRulesError) else None
            detail = text("id") if text else f"{type(exc).__name__}: {exc}"
            detail_en = text("en") if text else f"{type(exc).__name__}: {exc}"
            detail, detail_en = (d.replace(folder, "").replace("/masukan.", "masukan.") for d in (detail, detail_en))
            raise Problem(422, "unreadable-file", "Berkas tidak dapat dibaca", "The file cannot be read",
                          f"Berkas tidak dapat dibaca: {short(detail, 300)}",
                          f"The file cannot be read: {short(detail_en, 300)}",
                          field="berkas", value=None, expected=f"berkas .{fmt_in} yang sah",
                          expected_en=f"a valid .{fmt_in} file") from None
        first = held[0][1] if held else {}
        if isinstance(first, Mapping):
            try:  # as the CLI: a required parameter neither given nor a column of the file is refused up front
                check_params(job.aturan, job.params, list(first))
            except AsnRulesError as exc:
                raise from_error(exc) from None
        checked = _columnar(job, folder, fmt_in, len(held), deadline) or job.results(held, deadline)
        if fmt_out == "json":
            summary = results.Summary(job)
            for r in checked:
                summary.add(r)
            data = summary.as_dict(results.ignored_columns(job.aturan, first))
            return json.dumps(data, ensure_ascii=False, default=str).encode("utf-8", "replace"), "application/json", ""
        columns = results.output_columns(first, job.aturan)
        if fmt_in == "jsonl":
            from asnrules.batch.files import EXTRA_COLUMN

            columns.append(EXTRA_COLUMN)
        out_rows = (results.output_row(r, job.lang) for r in checked)
        body = results.result_file(out_rows, columns, fmt_out, folder)
    name = f"hasil_{job.aturan.nama}.{fmt_out}"
    return body, _XLSX if fmt_out == "xlsx" else "text/csv; charset=utf-8", name
