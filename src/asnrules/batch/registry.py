"""The rules the batch engine and the ``asnrules`` command know, by name.

Adding a rule is one line in ``_ATURAN`` below: its name, where the function lives
(``"module:function"``, imported only when used, so a rule module that does not exist yet never
breaks the others) and a one-line description. The input columns are read from the function's
signature: a function whose first parameter is ``pegawai`` gets a :class:`~asnrules.models.Pegawai`
built from the row; every other parameter is taken from the row's column of that name (or from
``run(..., name=value)`` for the whole batch), converted by its type annotation (``bool`` accepts
``ya``/``tidak``, ``date`` the usual date forms, enums their ``parse()``). ``on`` is the reference date.
Only a parameter whose type is not a flat cell (a list of certificates …) needs a converter here.

The registry is an immutable mapping built once at import. It owns the rules, their inputs and their
output columns, and never imports the batch engine, which reads it (tests/batch/test_registry_imports.py).
"""

from __future__ import annotations

import importlib
import inspect
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import cached_property
from types import MappingProxyType, NoneType, UnionType
import re
from typing import Any

from asnrules.batch.columns import (
    KOLOM_PEGAWAI,
    MAKNA_PEGAWAI,
    canonical,
    is_empty,
    normalize_heading,
    parse_bool,
)
from asnrules.batch.dates import parse_tanggal
from asnrules.core.cells import MAX_TEKS_PENDEK, plain_cell
from asnrules.core.errors import AsnRulesError, InvalidInput
from asnrules.core.numbers import to_decimal, to_int
from asnrules.core.verdict import Verdict

__all__ = ["ATURAN", "Aturan", "Parameter", "aturan", "check_params", "daftar_aturan", "nilai_diizinkan",
           "output_columns"]

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
    tipe: Any = field(default=None, repr=False, compare=False)
    """The parameter's type annotation (for the allowed values in messages, ``jelaskan`` and ``schema``)."""


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
    tipe_parameter: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    """The cell type of a parameter the function annotates only as ``object`` (``{"kjf": Decimal}``): its
    cells are converted (and checked up front) as that type."""

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
            hint = self.tipe_parameter.get(p.name) or hints.get(p.name, Any)
            convert = self.konversi.get(p.name) or converter_for(hint)
            wajib = p.default is inspect.Parameter.empty
            nullable = p.default is None or NoneType in typing.get_args(hint)
            out.append(Parameter(p.name, wajib, convert, None if wajib else p.default, nullable, hint))
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
        return output_columns(self)

    @cached_property
    def hasil_tipe(self) -> Any:
        """The return annotation of the rule function, resolved (None when it cannot be resolved)."""
        try:
            return typing.get_type_hints(self.function).get("return")
        except Exception:  # noqa: BLE001 - an unresolvable annotation: no typed output
            return None

    @cached_property
    def kolom_pegawai_diizinkan(self) -> frozenset[str] | None:
        """The employee columns whose export headings (``STATUS PEGAWAI``, ``GOL. RUANG`` …) this rule reads:
        None (all of them) for a rule that takes a Pegawai, else only its own inputs of the same name and
        meaning (see :data:`~asnrules.batch.columns.MAKNA_PEGAWAI`). A heading means a field only where it
        means that field."""
        if self.pakai_pegawai:
            return None
        out = set()
        for p in (*self.model_fields, *self.parameter):
            makna = MAKNA_PEGAWAI.get(p.nama)
            kind = _kind(p.tipe)
            if makna is None or (isinstance(kind, type) and issubclass(kind, makna)):
                out.add(p.nama)
        return frozenset(out)

    def canonical(self, heading: object, extra: Mapping[str, str] | None = None) -> str | None:
        """The input of this rule that ``heading`` names (its own headings, ``extra`` from ``-k``, then the
        employee-export headings it may read), or None."""
        return canonical(heading, self.headings if extra is None else extra, self.kolom_pegawai_diizinkan)

    @cached_property
    def kolom_dibaca(self) -> tuple[str, ...]:
        """The input columns this rule actually reads, in the order of :attr:`kolom_masukan`.

        For a rule on a Pegawai: ``status`` and the flat columns of the Pegawai fields the rule function
        was seen to read (its attribute accesses, recorded on the rows of the bundled sample and a few
        TNI/Polri/CPNS/PPPK variants), plus the parameters. For other rules: every input (their model's
        fields and the parameters). Used by ``asnrules jelaskan``; the batch engine still reads every
        recognised column (a column the rule does not read cannot change its result)."""
        if not self.pakai_pegawai:
            return self.kolom_masukan
        fields_read = _pegawai_fields_read(self)
        flat = {"status"}
        for name in fields_read:
            flat.update(_KOLOM_FIELD.get(name, (name,)))
        order = KOLOM_PEGAWAI + ("kinerja_<tahun>",)
        return tuple(c for c in order if c in flat) + tuple(p.nama for p in self.parameter)

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
            out.append(Parameter(name, required, converter_for(ann), None, tipe=ann))
    else:
        hints = typing.get_type_hints(model)
        for f in dataclasses.fields(model):  # type: ignore[arg-type]
            if not f.init:
                continue
            required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            out.append(Parameter(name := f.name, required, converter_for(hints.get(name, Any)), None,
                                 tipe=hints.get(name, Any)))
    return tuple(out)


def _raw(value: Any, name: str) -> Any:
    value = plain_cell(value)
    return value.strip() if isinstance(value, str) else value


def _text(value: Any, name: str) -> str:
    plain = plain_cell(value)
    if isinstance(plain, str):
        return plain.strip()
    raise InvalidInput(name, value, "teks", "text")


def converter_for(annotation: Any) -> Converter:
    """A cell converter from a parameter's type annotation (unknown types: the cell as is)."""
    args = typing.get_args(annotation) if typing.get_origin(annotation) in (typing.Union, UnionType) else (annotation,)
    kinds = [a for a in args if a not in (NoneType, str)]
    if not kinds:
        return _text if str in args else _raw
    kind = kinds[0]
    if typing.get_origin(kind) in _SEQUENCES:
        return _sequence_converter(kind)
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
        if _accepts_field(parse):
            return lambda v, n: v if isinstance(v, kind) else parse(v, n)
        return lambda v, n: v if isinstance(v, kind) else _named(parse, v, n)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return lambda v, n: _enum(kind, v, n)
    return _raw


_SEQUENCES = (list, tuple, Iterable, Sequence)


def _sequence_converter(annotation: Any) -> Converter:
    """Several values of one kind (``Iterable[Ijazah | str]``): a list (JSON input) or one text cell with the
    items separated by ``;`` (``"SMA; D-III Akuntansi"``); each item converted as its type says. A bad item
    is the cell's error (the field, the whole cell), never a TypeError in the rule."""
    args = [a for a in typing.get_args(annotation) if a is not Ellipsis]
    if not args or typing.get_origin(annotation) is tuple and len(typing.get_args(annotation)) != 2:
        return _raw  # a fixed-shape tuple (a period as two dates …): the model reads it
    item = converter_for(args[0])
    if item is _raw:
        return _raw

    def convert(value: Any, name: str) -> tuple[Any, ...]:
        original, value = value, plain_cell(value)
        if isinstance(value, str) and " ".join(value.lower().split()) in ("tidak", "tidak ada", "belum ada", "nihil"):
            return ()
        if isinstance(value, str) and len(value) <= 2000:
            parts: list[Any] = [p for p in value.split(";") if p.strip()]
        elif isinstance(value, (list, tuple)):
            parts = list(value)
        else:
            raise InvalidInput(name, original, "daftar, atau teks dengan butir dipisah ';'",
                               "a list, or text with the items separated by ';'")
        out = []
        for part in parts:
            try:
                out.append(item(part, name))
            except InvalidInput as exc:
                raise InvalidInput(name, original, f"butir dipisah ';', tiap butir {exc.expected}",
                                   f"items separated by ';', each {exc.expected_en}") from None
        return tuple(out)

    return convert


def _named(parse: Callable[[Any], Any], value: Any, name: str) -> Any:
    """``parse(value)``, its InvalidInput naming the parameter ``name`` (``Ijazah.parse`` names ``pendidikan``)."""
    try:
        return parse(value)
    except InvalidInput as exc:
        raise InvalidInput(name, value, exc.expected, exc.expected_en) from None


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
    plain = plain_cell(value)
    key = plain.strip().lower() if isinstance(plain, str) and len(plain) <= MAX_TEKS_PENDEK else None
    for member in kind:
        if key is not None and key in (str(member.value).lower(), member.name.lower()):
            return member
    choices = ", ".join(str(m.value) for m in kind)
    raise InvalidInput(name, value, f"salah satu dari: {choices}", f"one of: {choices}")


def _sertifikat_bnt(value: Any, name: str) -> Any:
    """BNT certificates held, as one cell: ``tidak``/``tidak ada`` (none), or ``JENIS TANGGAL`` items
    separated by ``;`` (``"Pengeluaran 2021-03-15"``), or a list (JSON input). Empty = unknown."""
    from asnrules.eligibility.bendahara import SertifikatBNT
    from asnrules.models import JenisBendahara

    original, value = value, plain_cell(value)
    if isinstance(value, (list, tuple)):
        return tuple(v if isinstance(v, SertifikatBNT) else _sertifikat_item(v, name) for v in value)
    if isinstance(value, str) and value.strip().lower() in ("tidak", "tidak ada", "belum", "belum ada", "nihil", "-"):
        return ()
    if not isinstance(value, str) or len(value) > 2000:
        raise InvalidInput(name, original, "'tidak ada' atau 'Pengeluaran 2021-03-15' (beberapa dipisah ';')",
                           "'tidak ada' or 'Pengeluaran 2021-03-15' (several separated by ';')")
    out = []
    for item in value.split(";"):
        words = item.replace(",", " ").split()
        if len(words) < 2:
            raise InvalidInput(name, value, "jenis dan tanggal terbit, mis. 'Pengeluaran 2021-03-15'",
                               "kind and issue date, e.g. 'Pengeluaran 2021-03-15'")
        try:
            jenis = JenisBendahara.parse(words[0], name)
            terbit = parse_tanggal(" ".join(words[1:]), name)
        except InvalidInput as exc:  # the error names the whole cell, and what was expected of its part
            raise InvalidInput(name, value, f"jenis dan tanggal terbit, mis. 'Pengeluaran 2021-03-15' ({exc.expected})",
                               f"kind and issue date, e.g. 'Pengeluaran 2021-03-15' ({exc.expected_en})") from None
        out.append(SertifikatBNT(jenis=jenis, nomor="", terbit=terbit))
    return tuple(out)


_KUNCI_SERTIFIKAT = ("jenis", "nomor", "terbit", "berlaku_sampai")
"""The keys of one certificate given as an object (JSON input)."""


def _sertifikat_item(item: Any, name: str) -> Any:
    """One certificate of a list (JSON input): an object with the keys ``jenis``, ``terbit`` and optionally
    ``nomor``, ``berlaku_sampai``; anything else is a bad cell naming the field and the expected keys."""
    from asnrules.eligibility.bendahara import SertifikatBNT
    from asnrules.models import JenisBendahara

    keys = ", ".join(_KUNCI_SERTIFIKAT)
    expected = (f"objek sertifikat dengan kunci {keys} (jenis dan terbit wajib), "
                "mis. {\"jenis\": \"PENGELUARAN\", \"terbit\": \"2021-03-15\"}")
    expected_en = (f"a certificate object with the keys {keys} (jenis and terbit required), "
                   "e.g. {\"jenis\": \"PENGELUARAN\", \"terbit\": \"2021-03-15\"}")
    if not isinstance(item, Mapping):
        raise InvalidInput(name, item, expected, expected_en)
    unknown = [str(k) for k in item if k not in _KUNCI_SERTIFIKAT]
    if unknown or "jenis" not in item or "terbit" not in item:
        raise InvalidInput(name, item, expected, expected_en)
    nomor = plain_cell(item.get("nomor"))
    if nomor is None:
        nomor = ""
    elif isinstance(nomor, int) and not isinstance(nomor, bool):
        nomor = str(nomor)
    elif not isinstance(nomor, str):
        raise InvalidInput(name, item, expected, expected_en)
    sampai = item.get("berlaku_sampai")
    try:
        return SertifikatBNT(jenis=JenisBendahara.parse(plain_cell(item["jenis"]), "jenis"), nomor=nomor,
                             terbit=parse_tanggal(item["terbit"], "terbit"),
                             berlaku_sampai=None if is_empty(sampai) else parse_tanggal(sampai, "berlaku_sampai"))
    except InvalidInput as exc:  # the error names the sertifikat column, and which key was wrong
        raise InvalidInput(name, item, f"{exc.field}: {exc.expected}", f"{exc.field}: {exc.expected_en}") from None


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
           kolom={"golongan": ("gol", "gol ruang", "golongan ruang", "pangkat gol")},
           tipe_parameter={"ak_utama": Decimal, "ak_penunjang": Decimal}),
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
           kolom={"nilai": ("nilai kinerja", "penilaian kinerja", "nilai skp")}, tipe_parameter={"nilai": Decimal}),
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
           "Vacancy of the JF: need minus those available, per satker/jenjang (Pasal 5, Annex I A).",
           tipe_parameter={"kjf": Decimal, "jf": int, "jfm": int, "jfn": int, "jfb": int}),
    Aturan("penugasan_ppk_ppspm", "asnrules.eligibility.jf_apbn:check_penugasan_ppk_ppspm",
           "Analis yang melaksanakan tugas sebagai PPK atau PPSPM (Pasal 19, 64).",
           "Analis serving as PPK or PPSPM (Pasal 19, 64)."),
    # PMK 150/2019 procedures (engineer "pantau", asnrules.eligibility.prosedur)
    Aturan("skp", "asnrules.eligibility.prosedur:check_skp",
           "SKP Analis: disusun awal tahun, disetujui dan dinilai atasan, capaian > 50% (Pasal 53-54).",
           "Analis SKP: drawn up at the start of the year, approved and assessed by the superior, > 50% (Pasal 53-54).",
           kolom={"capaian_skp": ("capaian skp", "capaian", "nilai capaian skp")}),
    Aturan("sidang_pleno", "asnrules.eligibility.prosedur:check_sidang_pleno",
           "Kuorum Sidang Pleno Tim Penilai: paling kurang 50% + 1 anggota hadir (Pasal 59 ayat (3)).",
           "Quorum of the Tim Penilai plenary: at least 50% + 1 members present (Pasal 59(3)).",
           kolom={"jumlah_anggota": ("jumlah anggota", "anggota tim penilai"), "hadir": ("jumlah hadir",)}),
    Aturan("jadwal_pak", "asnrules.eligibility.prosedur:check_jadwal_pak",
           "PAK kenaikan pangkat periode April paling lambat Januari, Oktober paling lambat Juli (Pasal 61 ayat (2)).",
           "PAK for the April promotion period by January, for October by July (Pasal 61(2)).",
           kolom={"periode_kenaikan_pangkat": ("periode kp", "periode kenaikan pangkat"),
                  "tanggal_penetapan": ("tanggal pak", "tanggal penetapan pak")}),
    Aturan("penggantian_penilai", "asnrules.eligibility.prosedur:check_penggantian_penilai",
           "Usul penggantian anggota Tim Penilai: pensiun, berhalangan >= 6 bulan, mengundurkan diri (Pasal 58 huruf f).",
           "Replacing a Tim Penilai member: retired, unavailable >= 6 months, resigned (Pasal 58(f))."),
    # Credit points from 2023 (engineer "law", issue 15, asnrules.angka_kredit.konversi)
    Aturan("konversi", "asnrules.angka_kredit.konversi:konversi",
           "Angka Kredit dari konversi predikat kinerja: persen predikat x koefisien jenjang x bulan/12 (PermenPANRB 1/2023).",
           "Credit points from the performance rating: rating % x level coefficient x months/12 (PermenPANRB 1/2023).",
           kolom={"predikat": ("predikat kinerja", "nilai kinerja", "hasil kinerja"),
                  "jenjang": ("jenjang jabatan", "jabatan fungsional"), "bulan": ("jumlah bulan", "masa penilaian")},
           contoh={"predikat": "Baik", "jenjang": "Ahli Muda"}),
    Aturan("kesiapan_kenaikan", "asnrules.angka_kredit.konversi:kesiapan_kenaikan",
           "Kesiapan kenaikan pangkat/jenjang dari AK integrasi dan konversi predikat sejak 2023 (PerBKN 3/2023).",
           "Readiness for the next rank/level from integrated credit and rating conversion since 2023 (PerBKN 3/2023).",
           kolom={"ak_konvensional": ("ak konvensional", "angka kredit konvensional", "ak kumulatif 2022"),
                  "jenjang": ("jenjang jabatan",)}),
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
    return p.convert(plain_cell(value), p.nama)


# --------------------------------------------------------------------------- output columns

VERDICT_COLUMNS: tuple[str, ...] = ("baris", "hasil", "kriteria_gagal", "kriteria_belum_diketahui", "alasan", "saran",
                                    "kode_saran", "kesalahan")
"""Output columns of a rule that returns a Verdict (``saran``: advice texts with citations, ``kode_saran``:
their codes)."""


def output_columns(a: Aturan) -> tuple[str, ...]:
    """The output columns of rule ``a`` (``kesalahan`` is filled only for bad rows). A result that carries
    ``errata`` also has ``catatan``: the note a clerk must read (likely intended value, verify)."""
    hint = a.hasil_tipe
    if hint is Verdict or (hint is None and getattr(a.function, "__annotations__", {}).get("return") == "Verdict"):
        return VERDICT_COLUMNS
    if hint is not None and is_dataclass(hint):
        names: list[str] = []
        for f in fields(hint):
            names.append("dasar_hukum" if f.name == "citation" else f.name)
            if f.name == "errata":
                names.append("catatan")
        return ("baris", "hasil", *names, "kesalahan")
    return ("baris", "hasil", "nilai", "kesalahan")


# --------------------------------------------------------------------------- parameters checked up front

def _kind(annotation: Any) -> Any:
    """The cell type of an annotation (``JenisBendahara | str | None`` → ``JenisBendahara``)."""
    args = typing.get_args(annotation) if typing.get_origin(annotation) in (typing.Union, UnionType) else (annotation,)
    kinds = [x for x in args if x not in (NoneType, str)]
    if kinds:
        return kinds[0]
    return str if str in args else None


_NILAI_KHUSUS: Mapping[str, tuple[str, str]] = MappingProxyType({
    "sertifikat": ("'tidak ada', atau jenis dan tanggal terbit, mis. 'Pengeluaran 2021-03-15' (pisahkan dengan ;)",
                   "'tidak ada', or kind and issue date, e.g. 'Pengeluaran 2021-03-15' (separated by ;)"),
})


def nilai_diizinkan(p: Parameter, lang: str = "id") -> str:
    """The values parameter (or model field) ``p`` accepts, as a clerk reads them."""
    if p.nama in _NILAI_KHUSUS:
        return _NILAI_KHUSUS[p.nama][lang == "en"]
    kind = _kind(p.tipe)
    en = lang == "en"
    if isinstance(kind, type) and issubclass(kind, Enum):
        return ", ".join(str(m.value) for m in kind)
    if kind is bool:
        return "yes/no (ya/tidak)" if en else "ya/tidak"
    if kind is date:
        return "a date, e.g. 2025-07-01 or 01-07-2025" if en else "tanggal, mis. 2025-07-01 atau 01-07-2025"
    if kind is int:
        return "a whole number" if en else "bilangan bulat"
    if kind is Decimal:
        return "a number, e.g. 12.5 or 12,5" if en else "angka, mis. 12,5 atau 12.5"
    if kind is str:
        return "text" if en else "teks"
    return "a value" if en else "nilai"


_KINERJA_KOLOM = re.compile(r"^kinerja_[0-9]{4}$")


def kolom_masukan(a: Aturan) -> frozenset[str]:
    """Every input name of rule ``a`` a heading may be mapped to (``-k JUDUL=NAMA``)."""
    names = {p.nama for p in a.parameter} | {f.nama for f in a.model_fields}
    if a.pakai_pegawai:
        names |= set(KOLOM_PEGAWAI)
    return frozenset(names)


def _bad_param(p: Parameter, a: Aturan, value: Any, exc: BaseException | None) -> InvalidInput:
    allowed, allowed_en = nilai_diizinkan(p), nilai_diizinkan(p, "en")
    found = InvalidInput(p.nama, value, f"parameter {p.nama} aturan {a.nama}: {allowed}",
                         f"parameter {p.nama} of rule {a.nama}: {allowed_en}")
    if isinstance(exc, InvalidInput) and exc.field == p.nama and allowed.split(",")[0] in str(exc):
        return exc  # already names the parameter and its values
    return found


def check_params(a: str | Aturan, params: Mapping[str, Any], headings: Any = None, *,
                 kolom: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Check the run-wide parameters of rule ``a`` before any row is read; return them converted.

    Refused (``InvalidInput`` naming the parameter and what it accepts): a name the rule does not take,
    a value its converter rejects, a ``kolom`` entry (heading → input name) naming no input of the rule,
    and — when ``headings`` (the headings of the file) is given — a required parameter that neither
    ``params`` nor a column of the file supplies. A column that supplies a parameter per row is valid
    (its cells are checked per row). The CLI and the service call this before a run.
    """
    a = aturan(a)
    names = [p.nama for p in a.parameter]
    unknown = sorted(set(params) - set(names))
    if unknown:
        listed = ", ".join(names) or "-"
        raise InvalidInput("params", ", ".join(unknown), f"parameter aturan {a.nama}: {listed}",
                           f"a parameter of rule {a.nama}: {listed}")
    extra: dict[str, str] = dict(a.headings)
    if kolom:
        known = kolom_masukan(a)
        for heading, name in kolom.items():
            if name not in known and not (a.pakai_pegawai and _KINERJA_KOLOM.match(name)):
                listed = ", ".join(sorted(known)) + (", kinerja_<tahun>" if a.pakai_pegawai else "")
                raise InvalidInput("kolom", f"{heading}={name}", f"JUDUL=NAMA dengan NAMA kolom aturan {a.nama}: {listed}",
                                   f"HEADING=NAME with NAME an input of rule {a.nama}: {listed}")
            extra[normalize_heading(heading)] = name
    out: dict[str, Any] = {}
    for p in a.parameter:
        if p.nama in params:
            value = params[p.nama]
            try:
                out[p.nama] = convert_param(p, value)
            except AsnRulesError as exc:
                raise _bad_param(p, a, value, exc) from None
            except Exception as exc:  # noqa: BLE001 - a converter that does not raise InvalidInput yet
                raise _bad_param(p, a, value, exc) from None
            if out[p.nama] is None and p.wajib and not p.nullable:
                raise _bad_param(p, a, value, None)
    if headings is not None:
        supplied = {a.canonical(h, extra) for h in headings}
        for p in a.parameter:
            if p.wajib and not p.nullable and p.nama not in params and p.nama not in supplied:
                allowed, allowed_en = nilai_diizinkan(p), nilai_diizinkan(p, "en")
                err = InvalidInput(p.nama, None, "", "")
                AsnRulesError.__init__(
                    err, f"Parameter '{p.nama}' wajib untuk aturan {a.nama}: beri -p {p.nama}=NILAI atau kolom "
                    f"'{p.nama}' di berkas. Nilai yang diizinkan: {allowed}.",
                    message_en=f"Parameter '{p.nama}' is required by rule {a.nama}: give -p {p.nama}=VALUE or a "
                    f"column '{p.nama}' in the file. Allowed values: {allowed_en}.", field=p.nama, value=None)
                raise err
    return out


# --------------------------------------------------------------------------- which columns a rule reads

_KOLOM_FIELD: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "golongan": ("golongan", "pangkat"), "pangkat_tni": ("pangkat_tni", "pangkat"),
    "pangkat_polri": ("pangkat_polri", "pangkat"), "nip": ("nip", "nip_nrp"), "nrp": ("nrp", "nip_nrp"),
    "tmt_golongan": ("tmt_golongan", "tmt_pangkat"), "jabatan": ("jabatan", "tmt_jabatan"),
    "hukuman_disiplin": ("hukuman_disiplin", "hukuman_disiplin_mulai", "hukuman_disiplin_selesai"),
    "tugas_belajar": ("tugas_belajar", "tugas_belajar_mulai", "tugas_belajar_selesai"),
    "cltn": ("cltn", "cltn_mulai", "cltn_selesai"),
    "pengalaman_pk_apbn_bulan": ("pengalaman_pk_apbn_bulan", "pengalaman_pk_apbn_tahun"),
    "kinerja": ("kinerja", "kinerja_<tahun>"),
})
"""The flat input columns that feed each Pegawai field."""

_PROBE_ON = date(2025, 7, 1)
_PROBE_VARIANTS: tuple[Mapping[str, Any], ...] = (
    {}, {"status": "CPNS"}, {"status": "PPPK"}, {"status": "TNI", "pangkat": "Mayor", "nip_nrp": "11080012340"},
    {"status": "POLRI", "pangkat": "Kompol", "nip_nrp": "75080912"},
    {"jabatan": "Analis Pengelolaan Keuangan APBN Ahli Pertama", "tmt_jabatan": "2020-01-01"},
)


def _pegawai_fields_read(a: Aturan) -> frozenset[str]:
    """The Pegawai fields rule ``a`` reads, observed on the bundled sample rows (and variants of them)."""
    from asnrules.batch.columns import canonical as _canonical
    from asnrules.batch.columns import pegawai_input
    from asnrules.batch.files import read_rows
    from asnrules.models import Pegawai

    names = frozenset(Pegawai.model_fields)
    seen: set[str] = set()
    watching = [False]

    class _Jejak(Pegawai):  # records the fields read while the rule runs
        def __getattribute__(self, name: str) -> Any:
            if name in names and watching[0]:
                seen.add(name)
            return super().__getattribute__(name)

    kwargs: dict[str, Any] = {}
    for p in a.parameter:
        if p.nama in a.contoh:
            kwargs[p.nama] = convert_param(p, a.contoh[p.nama])
        elif p.wajib and not p.nullable:
            return names  # cannot call it without a value: every field may be read
    if a.pakai_tanggal:
        kwargs["on"] = _PROBE_ON
    from importlib.resources import files

    path = files("asnrules").joinpath("data").joinpath("sample").joinpath("pegawai_satker.csv")
    for _, row in read_rows(str(path), "csv"):
        if not isinstance(row, Mapping):
            continue
        flat = {c: v for k, v in row.items() if (c := _canonical(k)) is not None}
        for variant in _PROBE_VARIANTS:
            errors: list[Any] = []
            data = pegawai_input({**flat, **variant}, errors)
            if errors:
                continue
            try:
                pegawai = _Jejak(**data)
            except Exception:  # noqa: BLE001 - an inconsistent variant: skip it
                continue
            watching[0] = True
            try:
                a.function(pegawai, **kwargs)
            except Exception:  # noqa: BLE001 - the rule refused this row: what it read still counts
                pass
            finally:
                watching[0] = False
    return frozenset(seen)


def kriteria(a: Aturan, on: date) -> tuple[Any, ...]:
    """The criteria a verdict rule checks (its reasons, in the regulation's order), read from its verdict
    when every fact is unknown, so each text says what the criterion asks; () for a rule that computes a
    value or needs more than unknown facts. Used by ``asnrules jelaskan`` and the service's rule pages."""
    from asnrules.models import Pegawai

    args: tuple[Any, ...] = ()
    try:
        if a.pakai_pegawai:
            args = (Pegawai(status="PNS"),)
        elif a.model is not None:
            args = (a.model(),)  # every field unknown (None)
        kwargs: dict[str, Any] = {}
        for p in a.parameter:
            if p.nama in a.contoh:
                kwargs[p.nama] = p.convert(a.contoh[p.nama], p.nama)
            elif p.wajib and p.nullable:
                kwargs[p.nama] = None
        if a.pakai_tanggal:
            kwargs["on"] = on
        verdict = a.function(*args, **kwargs)
    except Exception:  # noqa: BLE001 - a rule that needs more than unknown facts: no criteria to show
        return ()
    return tuple(verdict.reasons) if isinstance(verdict, Verdict) else ()
