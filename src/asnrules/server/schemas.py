"""Pydantic models of the service's JSON, for the OpenAPI document (responses are built directly)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

__all__ = ["AturanDetail", "AturanInfo", "CitationOut", "HasilPemeriksaan", "ParameterInfo", "ProblemOut",
           "ReasonOut", "RowErrorOut", "VersionOut"]


class CitationOut(BaseModel):
    """The legal basis of a criterion: its parts and ``teks``, the usual rendering."""

    regulasi: str
    pasal: str | None = None
    ayat: str | None = None
    huruf: str | None = None
    angka: str | None = None
    lampiran: str | None = None
    bagian: str | None = None
    teks: str = Field(description="e.g. 'PMK 150/PMK.05/2019 Pasal 10 ayat (1) huruf h'")


class ReasonOut(BaseModel):
    code: str = Field(description="stable, machine-readable criterion code")
    status: Literal["MET", "NOT_MET", "UNKNOWN"]
    message: str
    citation: CitationOut


class RowErrorOut(BaseModel):
    field: str | None
    column: str | None = Field(description="heading of the input column the value came from")
    value: Any
    message: str


class ErratumOut(BaseModel):
    id: str
    lokasi: str | None = None
    alasan: str | None = None


class BelumTerverifikasiOut(BaseModel):
    """A value not verified against an official text ([P]/[U]) that the result used, and what to check."""

    kode: str
    kepastian: str | None = None
    sumber: str | None = None
    periksa: str | None = None
    citation: CitationOut | None = None


class HasilPemeriksaan(BaseModel):
    """The outcome of one record (one JSON line of ``asnrules periksa - --format jsonl``)."""

    baris: int = Field(description="record number (1 = first)")
    hasil: str = Field(description="the CLI's values: ELIGIBLE, NOT_ELIGIBLE, INCOMPLETE (verdicts); OK, "
                       "OK_DENGAN_CATATAN (computed; with an erratum note); NOT_APPLICABLE; INVALID")
    reasons: list[ReasonOut] = Field(default=[], description="every criterion checked, in the regulation's order")
    advice: list[ReasonOut] = Field(default=[], description="advice that never changes the verdict")
    kriteria_gagal: list[str] = []
    kriteria_belum_diketahui: list[str] = []
    hasil_perhitungan: dict[str, Any] | None = Field(default=None, description="a computed result (numbers as "
                                                     "decimal strings)")
    dasar_hukum: CitationOut | None = None
    kesalahan: list[RowErrorOut] = Field(default=[], description="what is wrong with the record (INVALID, "
                                         "NOT_APPLICABLE)")
    errata: list[ErratumOut] = Field(default=[], description="suspected errors of the published text the result used")
    belum_terverifikasi: list[BelumTerverifikasiOut] = Field(default=[], description="values not verified against "
                                                             "an official text")
    penjelasan: str | None = Field(default=None, description="the explanation (with ?penjelasan=true)")


class ProblemOut(BaseModel):
    """RFC 9457 problem details (``application/problem+json``)."""

    type: str
    title: str
    status: int
    detail: str
    field: str | None = None
    value: Any = None
    expected: str | None = None
    kesalahan: list[RowErrorOut] | None = None


class ParameterInfo(BaseModel):
    nama: str
    wajib: bool
    nilai: list[str] | None = Field(default=None, description="allowed values, when the set is closed")


class AturanInfo(BaseModel):
    nama: str
    deskripsi: str
    fungsi: str
    pakai_tanggal: bool
    model: str | None
    parameter: list[ParameterInfo]
    dasar_hukum: list[CitationOut]
    kolom_keluaran: list[str]


class Kriteria(BaseModel):
    code: str
    citation: CitationOut


class AturanDetail(AturanInfo):
    kutipan: str = Field(description="the clause the rule implements, as its docstring quotes it")
    kriteria: list[Kriteria]
    skema_masukan: dict[str, Any]
    skema_keluaran: dict[str, Any]


class VersionOut(BaseModel):
    asnrules: str
    register_regulasi: str | None = Field(description="version of the register of regulations, when installed")
