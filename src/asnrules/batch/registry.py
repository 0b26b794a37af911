"""The rules the batch engine and the ``asnrules`` command know, by name.

Adding a rule is one line in ``_ATURAN`` below: its name, where the function lives
(``"module:function"``, imported only when used, so a rule module that does not exist yet never
breaks the others) and a one-line description. The input columns are read from the function's
signature: a function whose first parameter is ``pegawai`` gets a :class:`~asnrules.models.Pegawai`
built from the row; every other parameter is taken from the row's column of that name (or from
``run(..., name=value)`` for the whole batch), converted by its type annotation (``bool`` accepts
``ya``/``tidak``, ``date`` the usual date forms, enums their ``parse()``). ``on`` is the reference date.
Only a parameter whose type is not a flat cell (a list of certificates …) needs a converter here.

The registry is an immutable mapping built once at import.
"""

from __future__ import annotations

import importlib
import inspect
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import cached_property
from types import MappingProxyType, NoneType, UnionType
from typing import Any

from asnrules.batch.columns import (
    KOLOM_PEGAWAI,
    is_empty,
    normalize_heading,
    parse_bool,
)
from asnrules.batch.dates import parse_tanggal
from asnrules.core.errors import InvalidInput
from asnrules.core.numbers import to_decimal, to_int

__all__ = ["ATURAN", "Aturan", "Parameter", "aturan", "daftar_aturan"]

Converter = Callable[[Any, str], Any]


@dataclass(frozen=True, slots=True)
class Parameter:
    """One input of a rule besides the employee: its name, converter, and whether it must be given."""

    nama: str
    wajib: bool
    convert: Converter = field(repr=False, compare=False)
    bawaan: Any = None
    nullable: bool = False
    """True when the function accepts None (= unknown) for it: an empty or absent cell is then None."""


@dataclass(frozen=True)
class Aturan:
    """A rule the batch engine can run: name, function path, one-line description (id/en)."""

    nama: str
    fungsi: str
    deskripsi: str
    deskripsi_en: str
    kolom: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    """Extra headings per parameter (``{"jenis": ("jenis bendahara",)}``)."""
    konversi: Mapping[str, Converter] = field(default_factory=lambda: MappingProxyType({}), repr=False)
    """Converters for parameters that are not a flat cell."""
    contoh: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    """Example values of required parameters, used by ``jelaskan`` to list the criteria."""

    # ---- resolved lazily -------------------------------------------------------------------------
    @cached_property
    def function(self) -> Callable[..., Any]:
        """The rule function (imports its module on first use)."""
        module, _, attr = self.fungsi.partition(":")
        try:
            return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]
        except (ImportError, AttributeError) as exc:
            raise InvalidInput("aturan", self.nama, f"aturan yang tersedia (modul {module} belum ada: {exc})",
                               f"an available rule (module {module} is missing: {exc})") from None

    @property
    def tersedia(self) -> bool:
        """True when the rule's module and function exist in this installation."""
        try:
            return callable(self.function)
        except InvalidInput:
            return False

    @cached_property
    def _signature(self) -> tuple[type | None, bool, tuple[Parameter, ...]]:
        func = self.function
        sig = inspect.signature(func)
        try:
            hints = typing.get_type_hints(func)
        except Exception:  # noqa: BLE001 - unresolvable annotation: fall back to raw cells
            hints = {}
        params = list(sig.parameters.values())
        model = _model_class(hints.get(params[0].name)) if params else None
        if model is not None:
            params = params[1:]
        uses_on = False
        out: list[Parameter] = []
        for p in params:
            if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                continue
            if p.name == "on":
                uses_on = True
                continue
            hint = hints.get(p.name, Any)
            convert = self.konversi.get(p.name) or converter_for(hint)
            wajib = p.default is inspect.Parameter.empty
            nullable = p.default is None or NoneType in typing.get_args(hint)
            out.append(Parameter(p.name, wajib, convert, None if wajib else p.default, nullable))
        return model, uses_on, tuple(out)

    @property
    def model(self) -> type | None:
        """The model the row becomes (``Pegawai``, ``PelamarCPNS``, ``Peserta`` …), or None when the
        function takes only plain parameters."""
        return self._signature[0]

    @property
    def pakai_pegawai(self) -> bool:
        """True when the function takes a Pegawai built from the row."""
        from asnrules.models import Pegawai

        return self._signature[0] is Pegawai

    @cached_property
    def model_fields(self) -> tuple[Parameter, ...]:
        """The fields of a model other than Pegawai, each with its cell converter."""
        model = self.model
        if model is None or self.pakai_pegawai:
            return ()
        return _fields_of(model)

    @property
    def pakai_tanggal(self) -> bool:
        """True when the function takes the reference date ``on``."""
        return self._signature[1]

    @property
    def parameter(self) -> tuple[Parameter, ...]:
        """The inputs besides the employee and ``on``, in the function's order."""
        return self._signature[2]

    @property
    def kolom_masukan(self) -> tuple[str, ...]:
        """Input columns: the flat Pegawai columns (when the rule takes one) and the parameters."""
        base = KOLOM_PEGAWAI + ("kinerja_<tahun>",) if self.pakai_pegawai else tuple(f.nama for f in self.model_fields)
        return base + tuple(p.nama for p in self.parameter)

    @property
    def kolom_keluaran(self) -> tuple[str, ...]:
        """Output columns of a result (see :meth:`BatchResult.columns`)."""
        from asnrules.batch.engine import output_columns

        return output_columns(self)

    @cached_property
    def headings(self) -> Mapping[str, str]:
        """Normalized heading → parameter name, for the parameters of this rule."""
        table: dict[str, str] = {}
        for p in (*self.model_fields, *self.parameter):
            for h in (p.nama, *self.kolom.get(p.nama, ())):
                table[normalize_heading(h)] = p.nama
        return MappingProxyType(table)


# --------------------------------------------------------------------------- models and converters

def _model_class(annotation: Any) -> type | None:
    """The annotation when it is a model a row can become (a pydantic model or a dataclass)."""
    import dataclasses

    from pydantic import BaseModel

    if isinstance(annotation, type) and (issubclass(annotation, BaseModel) or dataclasses.is_dataclass(annotation)):
        return annotation
    return None


def _fields_of(model: type) -> tuple[Parameter, ...]:
    import dataclasses

    from pydantic import BaseModel

    out = []
    if issubclass(model, BaseModel):
        for name, info in model.model_fields.items():
            ann = info.annotation
            if typing.get_origin(ann) is typing.Annotated:
                ann = typing.get_args(ann)[0]
            required = info.is_required()
            out.append(Parameter(name, required, converter_for(ann), None))
    else:
        hints = typing.get_type_hints(model)
        for f in dataclasses.fields(model):  # type: ignore[arg-type]
            if not f.init:
                continue
            required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            out.append(Parameter(name := f.name, required, converter_for(hints.get(name, Any)), None))
    return tuple(out)


def _raw(value: Any, name: str) -> Any:
    return value.strip() if isinstance(value, str) else value


def _text(value: Any, name: str) -> str:
    if isinstance(value, str):
        return value.strip()
    raise InvalidInput(name, value, "teks", "text")


def converter_for(annotation: Any) -> Converter:
    """A cell converter from a parameter's type annotation (unknown types: the cell as is)."""
    args = typing.get_args(annotation) if typing.get_origin(annotation) in (typing.Union, UnionType) else (annotation,)
    kinds = [a for a in args if a not in (NoneType, str)]
    if not kinds:
        return _text if str in args else _raw
    kind = kinds[0]
    if kind is bool:
        return parse_bool
    if kind is date:
        return parse_tanggal
    if kind is int:
        return lambda v, n: to_int(v, n)
    if kind is Decimal:
        return lambda v, n: to_decimal(v, n)
    parse = getattr(kind, "parse", None)
    if isinstance(kind, type) and callable(parse):
        return lambda v, n: v if isinstance(v, kind) else parse(v, n) if _accepts_field(parse) else parse(v)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return lambda v, n: _enum(kind, v, n)
    return _raw


def _accepts_field(parse: Callable[..., Any]) -> bool:
    """True when ``parse(text, field)`` takes the field name second (``OrderedEnum.parse``), not other
    data (``Ijazah.parse(text, tanggal)``)."""
    try:
        names = list(inspect.signature(parse).parameters)
    except (TypeError, ValueError):  # pragma: no cover
        return False
    return len(names) >= 2 and names[1] in ("field", "name", "nama")


def _enum(kind: type[Enum], value: Any, name: str) -> Enum:
    if isinstance(value, kind):
        return value
    for member in kind:
        if isinstance(value, str) and value.strip().lower() in (str(member.value).lower(), member.name.lower()):
            return member
    choices = ", ".join(str(m.value) for m in kind)
    raise InvalidInput(name, value, f"salah satu dari: {choices}", f"one of: {choices}")


def _sertifikat_bnt(value: Any, name: str) -> Any:
    """BNT certificates held, as one cell: ``tidak``/``tidak ada`` (none), or ``JENIS TANGGAL`` items
    separated by ``;`` (``"Pengeluaran 2021-03-15"``), or a list (JSON input). Empty = unknown."""
    from asnrules.eligibility.bendahara import SertifikatBNT
    from asnrules.models import JenisBendahara

    if isinstance(value, (list, tuple)):
        return tuple(v if isinstance(v, SertifikatBNT) else SertifikatBNT(**v) for v in value)
    if isinstance(value, str) and value.strip().lower() in ("tidak", "tidak ada", "belum", "belum ada", "nihil", "-"):
        return ()
    if not isinstance(value, str):
        raise InvalidInput(name, value, "'tidak ada' atau 'Pengeluaran 2021-03-15'", "'tidak ada' or 'Pengeluaran 2021-03-15'")
    out = []
    for item in value.split(";"):
        words = item.replace(",", " ").split()
        if len(words) < 2:
            raise InvalidInput(name, value, "jenis dan tanggal terbit, mis. 'Pengeluaran 2021-03-15'",
                               "kind and issue date, e.g. 'Pengeluaran 2021-03-15'")
        jenis = JenisBendahara.parse(words[0], name)
        out.append(SertifikatBNT(jenis=jenis, nomor="", terbit=parse_tanggal(" ".join(words[1:]), name)))
    return tuple(out)


# --------------------------------------------------------------------------- the registry

_ATURAN: tuple[Aturan, ...] = (
    Aturan("bendahara", "asnrules.eligibility.bendahara:check_bendahara",
           "Syarat peserta pelatihan/sertifikasi Bendahara Pengeluaran/BPP atau Penerimaan (Pusdiklat AP).",
           "Who may join the treasurer training/certification (Bendahara Pengeluaran/BPP or Penerimaan).",
           kolom={"jenis": ("jenis bendahara", "bendahara"), "sertifikat": ("bnt", "sertifikat bnt"),
                  "surat_tugas": ("surat tugas", "st pimpinan"), "diblokir": ("blokir", "status blokir")},
           konversi={"sertifikat": _sertifikat_bnt}, contoh={"jenis": "PENGELUARAN"}),
    Aturan("inpassing", "asnrules.angka_kredit.tabel_inpassing:inpassing_pegawai",
           "Angka Kredit Kumulatif penyesuaian/inpassing dari golongan, ijazah dan TMT golongan (Pasal 16, Lamp. III B).",
           "Inpassing cumulative credit from golongan, diploma and TMT golongan (Pasal 16, Annex III B)."),
    Aturan("inpassing_tabel", "asnrules.angka_kredit.tabel_inpassing:inpassing",
           "Angka Kredit inpassing dari golongan, ijazah dan masa kerja (tahun) dalam golongan (Lamp. III B).",
           "Inpassing credit from golongan, diploma and years in the golongan (Annex III B).",
           kolom={"ijazah": ("pendidikan", "pendidikan terakhir", "ijazah terakhir"),
                  "golongan": ("gol", "gol ruang", "golongan ruang", "pangkat gol"),
                  "masa_kerja_tahun": ("masa kerja", "masa kerja golongan", "mk gol", "mk golongan tahun",
                                       "masa kerja golongan tahun")}),
    Aturan("kenaikan_pangkat", "asnrules.angka_kredit.kumulatif:kenaikan_pangkat",
           "Angka Kredit kumulatif minimal untuk kenaikan pangkat (unsur utama dan penunjang).",
           "Minimum cumulative credit for promotion in rank (main and supporting elements).",
           kolom={"golongan": ("gol", "gol ruang", "golongan ruang", "pangkat gol")}),
    Aturan("pelamar_cpns", "asnrules.eligibility.cpns:check_pelamar_cpns",
           "Persyaratan pelamar seleksi CPNS (BKD Provinsi Kalimantan Barat, angka 1-14).",
           "Requirements of a CPNS applicant (BKD Kalimantan Barat, items 1-14)."),
    Aturan("plotting_data", "asnrules.plotting.peserta:kekurangan_data",
           "Data wajib peserta e-learning bendahara yang belum lengkap sebelum ploting (Ditunda).",
           "Mandatory data of a treasurer e-learning participant still missing before plotting (Ditunda)."),
    Aturan("pengangkatan_pertama", "asnrules.eligibility.jf_apbn:check_pengangkatan_pertama",
           "Pengangkatan pertama dalam JF Analis Pengelolaan Keuangan APBN (Pasal 9).",
           "First appointment as Analis Pengelolaan Keuangan APBN (Pasal 9)."),
    Aturan("perpindahan", "asnrules.eligibility.jf_apbn:check_perpindahan",
           "Perpindahan dari jabatan lain ke JF Analis Pengelolaan Keuangan APBN (Pasal 10).",
           "Transfer from another position into the Analis JF (Pasal 10).",
           contoh={"jenjang_tujuan": "Ahli Pertama"}),
    Aturan("pranata_ke_analis", "asnrules.eligibility.jf_apbn:check_pranata_ke_analis",
           "Pranata Keuangan APBN berijazah S-1/D-IV diangkat menjadi Analis (Pasal 11).",
           "Pranata Keuangan APBN with an S-1/D-IV degree appointed Analis (Pasal 11)."),
    Aturan("syarat_inpassing", "asnrules.eligibility.jf_apbn:check_inpassing",
           "Syarat pengangkatan melalui penyesuaian/inpassing (Pasal 12).",
           "Requirements of appointment through inpassing (Pasal 12)."),
    Aturan("promosi", "asnrules.eligibility.jf_apbn:check_promosi",
           "Pangkat dalam JF Analis melalui promosi (Pasal 18).",
           "Rank in the Analis JF through promotion (Pasal 18)."),
    Aturan("uji_kompetensi", "asnrules.eligibility.uji_kompetensi:check_uji_kompetensi",
           "Peserta Uji Kompetensi: pengangkatan pertama, perpindahan, promosi, kenaikan jenjang (Pasal 24-28).",
           "Competency-test candidates: first appointment, transfer, promotion, next jenjang (Pasal 24-28).",
           kolom={"jenis": ("jenis uji kompetensi", "jenis ukom")}, contoh={"jenis": "pengangkatan_pertama"}),
    Aturan("pelatihan_fungsional", "asnrules.eligibility.jf_apbn:check_pelatihan_fungsional",
           "Analis wajib lulus pelatihan fungsional paling lama 3 tahun sejak diangkat (Pasal 9 ayat (4)-(5)).",
           "An Analis must pass the functional training within 3 years of appointment (Pasal 9(4)-(5))."),
    Aturan("kedudukan", "asnrules.formasi.kedudukan:check_kedudukan",
           "Kedudukan jenjang JF pada tingkat unit kerja (Lampiran I huruf A angka 3).",
           "Which jenjang may sit in a unit of that level (Annex I A item 3).",
           kolom={"jenjang": ("jabatan", "jenjang jabatan"), "tingkat_unit": ("tingkat unit", "unit")}),
    Aturan("kesenjangan_kinerja", "asnrules.eligibility.bangkom:kesenjangan_kinerja",
           "Kesenjangan kinerja dari nilai penilaian kinerja 1-100 (perencanaan bangkom, Babel).",
           "Performance gap from the 1-100 performance score (competency-development planning, Babel).",
           kolom={"nilai": ("nilai kinerja", "penilaian kinerja", "nilai skp")}),
    Aturan("hasil_latsar", "asnrules.eligibility.latsar:hasil_latsar",
           "STTP atau Surat Keterangan dari kelulusan Latsar CPNS dan remedial.",
           "STTP or Surat Keterangan from the Latsar CPNS result and the remedial.",
           kolom={"kelulusan": ("hasil", "status kelulusan")}),
    Aturan("ak_pelatihan", "asnrules.angka_kredit.pelatihan:ak_pelatihan",
           "Angka Kredit pelatihan fungsional/teknis dari jumlah jam pelatihan (Lamp. III A).",
           "Credit points of a functional/technical training from its hours (Annex III A).",
           kolom={"jamlat": ("jam pelatihan", "jp", "jumlah jamlat")}),
    Aturan("batas_usulan_perpindahan", "asnrules.eligibility.jf_apbn:batas_usulan_perpindahan",
           "Batas terakhir usulan perpindahan diterima PPK: 6 bulan sebelum batas usia (Pasal 10 ayat (2)).",
           "Last day a transfer proposal may reach the PPK: 6 months before the age limit (Pasal 10(2)).",
           contoh={"jenjang_tujuan": "Ahli Pertama"}),
    Aturan("nilai_ijazah", "asnrules.angka_kredit.pendidikan:nilai_ijazah",
           "Angka Kredit ijazah: unsur utama atau penunjang (Pasal 20, Lamp. III A).",
           "Credit points of a diploma: main or supporting element (Pasal 20, Annex III A).",
           kolom={"ijazah": ("pendidikan", "pendidikan terakhir", "ijazah terakhir")}),
    Aturan("ak_kumulatif_minimal", "asnrules.angka_kredit.kumulatif:ak_kumulatif_minimal",
           "Angka Kredit kumulatif minimal golongan ruang (kenaikan pangkat/jenjang).",
           "Minimum cumulative credit of a golongan (promotion in rank/jenjang).",
           kolom={"golongan": ("gol", "gol ruang", "golongan ruang", "pangkat gol")}),
    Aturan("lkjf", "asnrules.formasi.lowongan:hitung_lkjf",
           "Lowongan Kebutuhan JF: kebutuhan dikurangi yang tersedia, per satker/jenjang (Pasal 5, Lamp. I A).",
           "Vacancy of the JF: need minus those available, per satker/jenjang (Pasal 5, Annex I A)."),
    Aturan("penugasan_ppk_ppspm", "asnrules.eligibility.jf_apbn:check_penugasan_ppk_ppspm",
           "Analis yang melaksanakan tugas sebagai PPK atau PPSPM (Pasal 19, 64).",
           "Analis serving as PPK or PPSPM (Pasal 19, 64)."),
)

ATURAN: Mapping[str, Aturan] = MappingProxyType({a.nama: a for a in _ATURAN})
"""Every registered rule by name (including rules whose module is not installed yet)."""


def aturan(nama: str | Aturan) -> Aturan:
    """The rule named ``nama`` (case and ``-``/``_`` do not matter); InvalidInput lists the names."""
    if isinstance(nama, Aturan):
        return nama
    key = normalize_heading(nama) if isinstance(nama, str) else None
    found = ATURAN.get(key) if key else None
    if found is None or not found.tersedia:
        names = ", ".join(a.nama for a in daftar_aturan())
        raise InvalidInput("aturan", nama, f"salah satu dari: {names}", f"one of: {names}")
    return found


def daftar_aturan() -> tuple[Aturan, ...]:
    """The registered rules that are available in this installation, in registry order."""
    return tuple(a for a in _ATURAN if a.tersedia)


def convert_param(p: Parameter, value: Any) -> Any:
    """Convert one cell/argument for parameter ``p`` (empty → unknown (None) when the function accepts
    None, else the function's default)."""
    if is_empty(value):
        return None if p.nullable else p.bawaan
    return p.convert(value, p.nama)
