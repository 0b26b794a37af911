"""The register of regulations: each instrument once, with its dates and what it amends (architecture.md §7).

Data: ``asnrules/data/regulasi.toml`` (read once at import into :data:`REGISTER`, immutable). A
:class:`Citation` names its instrument through ``Citation.regulasi`` = an instrument's ``kode`` (or one
of its ``kutipan``). Rules ask the register which text is in force on ``on``:

- :meth:`Register.cek_berlaku` — the instrument a rule applies must be in force on ``on``; before it,
  :class:`BelumBerlaku` (an :class:`AsnRulesError`; the batch engine reports the row NOT_APPLICABLE);
- :meth:`Register.ketentuan` — the provision (Pasal/ayat) in force on ``on``: the original text, an
  amended text given as data, an amendment whose text is not encoded, or a possibly-amended span;
- :meth:`Register.terapkan` — a verdict's reasons with every criterion of a changed provision replaced by
  one UNKNOWN reason citing the amending instrument ("teks perubahan belum dikodekan").

Nothing here reads a clock; there is no global mutable state (a test builds its own :class:`Register`
from a fixture with :func:`muat_register` and passes it to a rule's ``_with_register`` variant).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from importlib import resources
from types import MappingProxyType
from typing import Any

from asnrules.core.citation import Citation
from asnrules.core.errors import AsnRulesError, InvalidInput
from asnrules.core.verdict import Reason, Status

__all__ = [
    "Kepastian",
    "Perubahan",
    "Instrumen",
    "Ketentuan",
    "StatusKetentuan",
    "Register",
    "BelumBerlaku",
    "TeksBelumDikodekan",
    "NilaiBelumTerverifikasi",
    "REGISTER",
    "muat_register",
    "register_dari_teks",
]

_HARI = timedelta(days=1)


class Kepastian(str, Enum):
    """How sure a fact is (regimes.md): V verified in an official text, P secondary source, U unverified."""

    V = "V"
    P = "P"
    U = "U"

    @property
    def terverifikasi(self) -> bool:
        """True only for V."""
        return self is Kepastian.V


@dataclass(frozen=True, slots=True)
class NilaiBelumTerverifikasi:
    """A value that is not settled law ([P] or [U], ``terverifikasi = false``), carried by every result
    that used it (like an erratum): ``kode``, ``sumber``, and what to ``periksa`` (verify)."""

    kode: str
    kepastian: Kepastian
    sumber: str
    periksa: str
    citation: Citation

    def __str__(self) -> str:
        return f"[{self.kode}] ({self.kepastian.value}) {self.periksa} — sumber: {self.sumber}"

    def as_dict(self) -> dict[str, str]:
        """JSON-ready form."""
        return {"kode": self.kode, "kepastian": self.kepastian.value, "sumber": self.sumber,
                "periksa": self.periksa, "citation": str(self.citation)}


@dataclass(frozen=True, slots=True)
class Perubahan:
    """What an instrument does to a provision of another: replace, insert or repeal a Pasal/ayat."""

    regulasi: str
    pasal: str
    ayat: str | None
    jenis: str  # "mengganti" | "menambah" | "mencabut"
    kepastian: Kepastian
    huruf: str | None = None
    sejak: date | None = None
    """The first day the change applies when it is not the instrument's own date (e.g. the whole rating
    year 2023 for PermenPANRB 1/2023, promulgated 12 January 2023)."""
    teks: Mapping[str, Any] | None = field(default=None, hash=False, compare=False)
    """The new wording as data (same shape as a ``[[ketentuan]]`` entry), or None (not encoded)."""
    teks_dikodekan: bool = False
    """True when the rules already encode the amended wording elsewhere (no UNKNOWN needed)."""
    catatan: str = ""

    def menyangkut(self, pasal: str | None, ayat: str | None, huruf: str | None = None) -> bool:
        """True when this change covers ``pasal``/``ayat``/``huruf`` (a whole-Pasal change covers every ayat,
        a whole-ayat change every huruf)."""
        return pasal == self.pasal and (self.ayat is None or ayat == self.ayat) and \
            (self.huruf is None or huruf == self.huruf)

    def berlaku_pada(self, oleh: Instrumen, on: date) -> bool | None:
        """Whether this change (made by ``oleh``) applies on ``on``: ``sejak`` when set, else ``oleh``'s dates."""
        if self.sejak is not None:
            return on >= self.sejak
        return oleh.berlaku_pada(on)


@dataclass(frozen=True, slots=True)
class Instrumen:
    """One instrument: number, title, dates with their sureness, and what it amends or repeals."""

    kode: str
    jenis: str
    judul: str
    nomor: str = ""
    ditetapkan: date | None = None
    diundangkan: date | None = None
    berlaku: date | None = None
    berlaku_paling_awal: date | None = None
    berlaku_pasti: date | None = None
    kepastian: Mapping[str, Kepastian] = field(default_factory=dict, hash=False, compare=False)
    perubahan: tuple[Perubahan, ...] = ()
    mencabut: tuple[str, ...] = ()
    kutipan: tuple[str, ...] = ()
    sumber: str = ""
    dasar_berlaku: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)

    @property
    def awal(self) -> date | None:
        """Earliest day the instrument may be in force (``berlaku`` when known)."""
        return self.berlaku or self.berlaku_paling_awal

    @property
    def pasti(self) -> date | None:
        """First day it is certainly in force (``berlaku`` when that date is known)."""
        return self.berlaku or self.berlaku_pasti

    def berlaku_pada(self, on: date) -> bool | None:
        """True in force on ``on``; False not yet; None possibly (inside the uncertain span, or no date)."""
        if self.berlaku is not None:
            return on >= self.berlaku
        if self.berlaku_pasti is not None and on >= self.berlaku_pasti:
            return True
        if self.berlaku_paling_awal is not None and on < self.berlaku_paling_awal:
            return False
        return None

    @property
    def citation(self) -> Citation:
        """The citation of the instrument itself (its clause of entry into force when known)."""
        return Citation(self.kode, pasal=self.dasar_berlaku.get("pasal"), ayat=self.dasar_berlaku.get("ayat"))

    def tanggal_teks(self, lang: str = "id") -> str:
        """The period of force in words: ``"berlaku sejak 2019-10-18 [V]"`` or the uncertain span."""
        k = self.kepastian.get("berlaku")
        tanda = f" [{k.value}]" if k else ""
        en = lang == "en"
        if self.berlaku:
            return f"{'in force from' if en else 'berlaku sejak'} {self.berlaku.isoformat()}{tanda}"
        if self.berlaku_paling_awal and self.berlaku_pasti:
            a, b, c = (self.berlaku_paling_awal.isoformat(), (self.berlaku_pasti - _HARI).isoformat(),
                       self.berlaku_pasti.isoformat())
            if en:
                return f"in force on an uncertain day between {a} and {b}, certainly from {c}{tanda}"
            return f"berlaku pada tanggal yang belum pasti antara {a} dan {b}, pasti sejak {c}{tanda}"
        if self.berlaku_paling_awal:
            a = self.berlaku_paling_awal.isoformat()
            if en:
                return f"in force at the earliest on {a} (exact date not known){tanda}"
            return f"berlaku paling awal {a} (tanggal pasti belum diketahui){tanda}"
        return "date of force not known" if en else "tanggal berlaku tidak diketahui"


class StatusKetentuan(str, Enum):
    """Which text of a provision applies on a date."""

    ASLI = "asli"
    """The instrument's own text (no amendment in force)."""
    DIUBAH = "diubah"
    """Amended, and the new wording is encoded (``Ketentuan.teks``)."""
    DIUBAH_TANPA_TEKS = "diubah_tanpa_teks"
    """Amended; the new wording is not encoded: every criterion of it is UNKNOWN."""
    MUNGKIN_DIUBAH = "mungkin_diubah"
    """Inside the span where the amendment may or may not be in force: UNKNOWN."""
    BELUM_BERLAKU = "belum_berlaku"
    """The instrument itself is not in force yet on that date."""


@dataclass(frozen=True, slots=True)
class Ketentuan:
    """The provision ``regulasi`` Pasal ``pasal`` ayat ``ayat`` as in force on a date."""

    regulasi: str
    pasal: str
    ayat: str | None
    status: StatusKetentuan
    teks: Mapping[str, Any] | None = field(default=None, hash=False, compare=False)
    oleh: Instrumen | None = None
    """The amending instrument (for every status but ASLI/BELUM_BERLAKU)."""
    huruf: str | None = None
    perubahan: Perubahan | None = None

    @property
    def citation(self) -> Citation:
        """The provision's citation; an amended one cites the amending instrument for it."""
        return Citation(self.regulasi, pasal=self.pasal, ayat=self.ayat)

    def reason(self, code: str | None = None, awalan: tuple[str, str] = ("", "")) -> Reason:
        """The UNKNOWN reason for a provision whose applicable wording is not encoded (or not sure)."""
        assert self.oleh is not None
        ayat = f" ayat ({self.ayat})" if self.ayat else ""
        ayat += f" huruf {self.huruf}" if self.huruf else ""
        letak = f"Pasal {self.pasal}{ayat} {self.regulasi}"
        letak_en = f"Pasal {self.pasal}{ayat} of {self.regulasi}"
        catatan = f" ({self.perubahan.catatan})" if self.perubahan is not None and self.perubahan.catatan else ""
        if self.status is StatusKetentuan.MUNGKIN_DIUBAH:
            sejak = self.oleh.pasti.isoformat() if self.oleh.pasti else "?"
            msg = (f"{letak} mungkin telah diubah oleh {self.oleh.kode} pada tanggal ini (tanggal berlakunya belum "
                   f"pasti; pasti berlaku sejak {sejak}); teks yang berlaku belum dapat dipastikan.")
            msg_en = (f"{letak_en} may have been amended by {self.oleh.kode} on this date (its date of force is not "
                      f"certain; certainly in force from {sejak}); the applicable text cannot be determined.")
        else:
            msg = f"{letak} telah diubah oleh {self.oleh.kode}{catatan}; teks perubahan belum dikodekan."
            msg_en = f"{letak_en} was amended by {self.oleh.kode}{catatan}; the amended text is not encoded yet."
        kode = code or (f"pasal_{self.pasal}" + (f"_ayat_{self.ayat}" if self.ayat else "") +
                        (f"_huruf_{self.huruf}" if self.huruf else "") + "_diubah")
        return Reason(kode, Status.UNKNOWN, awalan[0] + msg, awalan[1] + msg_en,
                      Citation(self.oleh.kode, bagian=f"perubahan {letak}"))


class BelumBerlaku(AsnRulesError):
    """A rule asked about a date before its instrument was in force (field ``on``)."""

    def __init__(self, instrumen: Instrumen, on: date) -> None:
        awal = instrumen.awal.isoformat() if instrumen.awal else "?"
        super().__init__(
            f"Tanggal {on.isoformat()} sebelum {instrumen.kode} berlaku ({instrumen.tanggal_teks()}); "
            f"aturan ini tidak berlaku pada tanggal tersebut.",
            message_en=f"{on.isoformat()} is before {instrumen.kode} took effect (in force from {awal}); "
                       f"this rule does not apply on that date.",
            field="on", value=on, citation=instrumen.citation,
        )
        self.instrumen = instrumen


class TeksBelumDikodekan(AsnRulesError):
    """A computed value (not a verdict) depends on a provision whose text in force is not encoded."""

    def __init__(self, ketentuan: Ketentuan, on: date) -> None:
        r = ketentuan.reason()
        super().__init__(f"{r.message} (tanggal {on.isoformat()})", message_en=f"{r.message_en} (date {on.isoformat()})",
                         field="on", value=on, citation=r.citation)
        self.ketentuan = ketentuan


class Register:
    """The instruments and the provisions whose wording is data; immutable once built."""

    def __init__(self, instrumen: Iterable[Instrumen], ketentuan: Mapping[tuple[str, str, str | None], Mapping[str, Any]],
                 aturan: Mapping[str, tuple[tuple[str, str], ...]] | None = None):
        semua: dict[str, Instrumen] = {}
        kutipan: dict[str, Instrumen] = {}
        for i in instrumen:
            if i.kode in semua:
                raise InvalidInput("instrumen.kode", i.kode, "kode instrumen yang unik", "a unique instrument code")
            semua[i.kode] = i
            for k in (i.kode, *i.kutipan):
                kutipan[k] = i
        self._instrumen = MappingProxyType(semua)
        self._kutipan = MappingProxyType(kutipan)
        self._ketentuan = MappingProxyType(dict(ketentuan))
        self._aturan = MappingProxyType(dict(aturan or {}))
        for nama, daftar in self._aturan.items():
            for kode, _ in daftar:
                if kode not in kutipan:
                    raise InvalidInput(f"aturan.{nama}", kode, "instrumen yang terdaftar", "a registered instrument")
        perubahan: dict[tuple[str, str], list[tuple[Instrumen, Perubahan]]] = {}
        for i in semua.values():
            for p in i.perubahan:
                if p.regulasi not in kutipan:
                    raise InvalidInput("perubahan.regulasi", p.regulasi, "instrumen yang terdaftar", "a registered instrument")
                perubahan.setdefault((kutipan[p.regulasi].kode, p.pasal), []).append((i, p))
        for v in perubahan.values():  # latest first
            v.sort(key=lambda ip: ip[0].awal or date.min, reverse=True)
        self._perubahan = MappingProxyType({k: tuple(v) for k, v in perubahan.items()})
        # the earliest day any change of (instrument, Pasal) may apply: before it, nothing to look up
        self._awal: Mapping[tuple[str, str], date] = MappingProxyType({
            k: min((p.sejak or i.awal or date.min) for i, p in v) for k, v in perubahan.items()})

    # ---- instruments -------------------------------------------------------------------------------
    @property
    def instrumen(self) -> Mapping[str, Instrumen]:
        """Every instrument by its code, in file order."""
        return self._instrumen

    def cari(self, regulasi: str | Citation) -> Instrumen:
        """The instrument a citation (or a ``regulasi`` string) names; NotInTable-like InvalidInput else."""
        kode = regulasi.regulasi if isinstance(regulasi, Citation) else regulasi
        found = self._kutipan.get(kode) if isinstance(kode, str) else None
        if found is None:
            raise InvalidInput("regulasi", kode, "instrumen yang terdaftar di register: " + "; ".join(self._instrumen),
                               "an instrument of the register: " + "; ".join(self._instrumen))
        return found

    def __contains__(self, regulasi: object) -> bool:
        kode = regulasi.regulasi if isinstance(regulasi, Citation) else regulasi
        return isinstance(kode, str) and kode in self._kutipan

    def cek_berlaku(self, regulasi: str, on: date) -> Instrumen:
        """The instrument, if it may be in force on ``on``; :class:`BelumBerlaku` when certainly not yet."""
        i = self.cari(regulasi)
        if i.berlaku_pada(on) is False:
            raise BelumBerlaku(i, on)
        return i

    # ---- provisions --------------------------------------------------------------------------------
    def teks_asli(self, regulasi: str, pasal: str, ayat: str | None) -> Mapping[str, Any] | None:
        """The original wording of a provision kept as data (``[[ketentuan]]``), or None."""
        return self._ketentuan.get((self.cari(regulasi).kode, pasal, ayat))

    def perubahan(self, regulasi: str, pasal: str) -> tuple[tuple[Instrumen, Perubahan], ...]:
        """Every registered change of ``regulasi`` Pasal ``pasal`` (latest first)."""
        return self._perubahan.get((self.cari(regulasi).kode, pasal), ())

    def ketentuan(self, regulasi: str, pasal: str, ayat: str | None, on: date, huruf: str | None = None) -> Ketentuan:
        """The text of ``regulasi`` Pasal ``pasal`` ayat ``ayat`` in force on ``on``.

        The latest change that is certainly in force on ``on`` wins (DIUBAH with its ``teks`` when
        encoded, else DIUBAH_TANPA_TEKS); a later change that is only possibly in force makes the
        provision MUNGKIN_DIUBAH; no change → ASLI (the instrument's own text).
        """
        induk = self.cari(regulasi)
        if induk.berlaku_pada(on) is False:
            return Ketentuan(induk.kode, pasal, ayat, StatusKetentuan.BELUM_BERLAKU)
        for oleh, p in self._perubahan.get((induk.kode, pasal), ()):
            if not p.menyangkut(pasal, ayat, huruf):
                continue
            berlaku = p.berlaku_pada(oleh, on)
            if berlaku is False:
                continue
            h = p.huruf
            if berlaku is None:
                return Ketentuan(induk.kode, pasal, ayat, StatusKetentuan.MUNGKIN_DIUBAH, oleh=oleh, huruf=h, perubahan=p)
            if p.teks is not None:
                return Ketentuan(induk.kode, pasal, ayat, StatusKetentuan.DIUBAH, p.teks, oleh, h, p)
            if p.teks_dikodekan:
                break
            return Ketentuan(induk.kode, pasal, ayat, StatusKetentuan.DIUBAH_TANPA_TEKS, oleh=oleh, huruf=h, perubahan=p)
        return Ketentuan(induk.kode, pasal, ayat, StatusKetentuan.ASLI, self._ketentuan.get((induk.kode, pasal, ayat)))

    def terapkan(self, reasons: Iterable[Reason], on: date, awalan: tuple[str, str] = ("", "")) -> tuple[Reason, ...]:
        """``reasons`` with every criterion whose cited provision is, on ``on``, amended without encoded
        text (or possibly amended) replaced — all criteria of one provision by ONE UNKNOWN reason, at
        the place of the first — citing the amending instrument. Other reasons are returned as they are."""
        out: list[Reason] = []
        diganti: dict[tuple[str, str, str | None, str | None], bool] = {}
        seen: dict[tuple[str, str, str | None, str | None], Ketentuan] = {}
        awal, kutipan = self._awal, self._kutipan
        for r in reasons:
            c = r.citation
            i = kutipan.get(c.regulasi)
            if c.pasal is None or i is None:
                out.append(r)
                continue
            mulai = awal.get((i.kode, c.pasal))
            if mulai is None or on < mulai:
                out.append(r)
                continue
            cache_key = (c.regulasi, c.pasal, c.ayat, c.huruf)
            k = seen.get(cache_key) or self.ketentuan(c.regulasi, c.pasal, c.ayat, on, c.huruf)
            seen[cache_key] = k
            berubah = k.status in (StatusKetentuan.DIUBAH_TANPA_TEKS, StatusKetentuan.MUNGKIN_DIUBAH)
            key = (c.regulasi, c.pasal, c.ayat, k.huruf)
            if not berubah:
                out.append(r)
            elif key not in diganti:
                diganti[key] = True
                out.append(k.reason(awalan=awalan))
        return tuple(out)

    def tanpa(self, *kode: str) -> Register:
        """A new register without the instruments ``kode`` (e.g. the law as if an amendment never came)."""
        aturan = {n: tuple(x for x in d if x[0] not in kode) for n, d in self._aturan.items()}
        return Register((i for k, i in self._instrumen.items() if k not in kode), self._ketentuan, aturan)

    def instrumen_aturan(self, nama: str, on: date | None = None) -> tuple[tuple[Instrumen, str, bool | None], ...]:
        """The instruments rule ``nama`` applies (batch registry name): (instrument, what for, in force on
        ``on`` — True/False/None possibly; None too when ``on`` is None)."""
        return tuple((self.cari(kode), peran, None if on is None else self.cari(kode).berlaku_pada(on))
                     for kode, peran in self._aturan.get(nama, ()))

    def teks_instrumen_aturan(self, nama: str, on: date | None = None, lang: str = "id") -> list[str]:
        """One line per instrument of rule ``nama`` for ``asnrules aturan``/``jelaskan``."""
        out = []
        for i, peran, berlaku in self.instrumen_aturan(nama, on):
            status = "" if on is None else {True: " — berlaku", False: " — belum berlaku",
                                            None: " — mungkin berlaku"}[berlaku]
            if lang == "en":
                status = "" if on is None else {True: " — in force", False: " — not yet in force",
                                                None: " — possibly in force"}[berlaku]
            out.append(f"{i.kode}: {peran}; {i.tanggal_teks(lang)}{status}")
        return out

    def dengan(self, *tambahan: Instrumen, ketentuan: Mapping[tuple[str, str, str | None], Mapping[str, Any]] | None = None
               ) -> Register:
        """A new register with more instruments (e.g. an amendment loaded from a test fixture)."""
        k = dict(self._ketentuan)
        k.update(ketentuan or {})
        return Register((*self._instrumen.values(), *tambahan), k, self._aturan)


# --------------------------------------------------------------------------------------------- loading

def _tanggal(value: Any, where: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput(where, value, "tanggal ISO YYYY-MM-DD", "an ISO date YYYY-MM-DD") from None


def _kepastian(value: Any, where: str) -> Kepastian:
    try:
        return Kepastian(value)
    except ValueError:
        raise InvalidInput(where, value, "V, P, atau U", "V, P or U") from None


def register_dari_data(data: Mapping[str, Any], dasar: Register | None = None) -> Register:
    """A register from parsed TOML data; with ``dasar``, the data's instruments are added to it."""
    instrumen = []
    for n, row in enumerate(data.get("instrumen", ())):
        where = f"instrumen[{n}]"
        perubahan = tuple(
            Perubahan(
                regulasi=p["regulasi"], pasal=str(p["pasal"]), ayat=None if p.get("ayat") is None else str(p["ayat"]),
                jenis=p.get("jenis", "mengganti"), kepastian=_kepastian(p.get("kepastian", "U"), where),
                huruf=None if p.get("huruf") is None else str(p["huruf"]), sejak=_tanggal(p.get("sejak"), where),
                teks=MappingProxyType(p["teks"]) if p.get("teks") is not None else None,
                teks_dikodekan=bool(p.get("teks_dikodekan", False)), catatan=p.get("catatan", ""),
            )
            for p in row.get("perubahan", ())
        )
        for p in perubahan:
            if p.jenis not in ("mengganti", "menambah", "mencabut"):
                raise InvalidInput(f"{where}.perubahan.jenis", p.jenis, "mengganti, menambah, atau mencabut")
        instrumen.append(Instrumen(
            kode=row["kode"], jenis=row.get("jenis", ""), judul=row.get("judul", ""), nomor=row.get("nomor", ""),
            ditetapkan=_tanggal(row.get("ditetapkan"), where), diundangkan=_tanggal(row.get("diundangkan"), where),
            berlaku=_tanggal(row.get("berlaku"), where),
            berlaku_paling_awal=_tanggal(row.get("berlaku_paling_awal"), where),
            berlaku_pasti=_tanggal(row.get("berlaku_pasti"), where),
            kepastian=MappingProxyType({k: _kepastian(v, where) for k, v in row.get("kepastian", {}).items()}),
            perubahan=perubahan, mencabut=tuple(row.get("mencabut", ())), kutipan=tuple(row.get("kutipan", ())),
            sumber=row.get("sumber", ""), dasar_berlaku=MappingProxyType(dict(row.get("dasar_berlaku", {}))),
        ))
    ketentuan = {
        (k["regulasi"], str(k["pasal"]), None if k.get("ayat") is None else str(k["ayat"])): MappingProxyType(k)
        for k in data.get("ketentuan", ())
    }
    if dasar is not None:
        return dasar.dengan(*instrumen, ketentuan=ketentuan)
    aturan = {nama: tuple((str(x[0]), str(x[1])) for x in daftar) for nama, daftar in data.get("aturan", {}).items()}
    return Register(instrumen, ketentuan, aturan)


def register_dari_teks(text: str, dasar: Register | None = None) -> Register:
    """A register from TOML text (see :func:`register_dari_data`)."""
    return register_dari_data(tomllib.loads(text), dasar)


def muat_register(path: str | None = None, dasar: Register | None = None) -> Register:
    """The packaged register (``path`` None) or one read from a TOML file, optionally added to ``dasar``."""
    if path is None:
        text = resources.files("asnrules").joinpath("data", "regulasi.toml").read_text(encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    return register_dari_teks(text, dasar)


REGISTER: Register = muat_register()
"""The packaged register (data/regulasi.toml), built once at import."""
