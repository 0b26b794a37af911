"""Weekly class allocation: DITETAPKAN participants into the open classes (angkatan), by capacity.

"Ploting peserta ditentukan oleh petugas dan wajib diikuti sesuai jadwal ploting. Peserta tidak dapat
memilih atau mengajukan angkatan." The priority policy (docs/interpretasi.md, plotting section): active
treasurers first (in the Pengeluaran/BPP training an active BPP with a valid SK BPP counts as active), then
the earliest penetapan, then NIP.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictInt,
    model_validator,
)

from asnrules.core import Citation, InvalidInput, format_tanggal
from asnrules.models import JenisBendahara
from asnrules.plotting.events import Antrikan, Plot, Tunda
from asnrules.plotting.mesin import HARI_PENGGANTIAN, _tanggal, _terapkan
from asnrules.plotting.peserta import Peserta, kekurangan_data
from asnrules.plotting.status import StatusPeserta
from asnrules.plotting.sumber import C

__all__ = ["Angkatan", "HasilAlokasi", "alokasi", "isi_kekurangan", "kunci_prioritas"]

S = StatusPeserta
_PENGELUARAN = JenisBendahara.PENGELUARAN

def _jenis(value: Any) -> Any:
    return JenisBendahara.parse(value, "jenis") if isinstance(value, str) else value


class Angkatan(BaseModel):
    """A class (angkatan) of the e-learning: code, treasurer kind, dates and capacity.

    ``kapasitas`` is required: the page gives no class size (the schedule, "Jadwal PJJ", is set by DSP and
    Pusdiklat AP), so the caller passes the capacity of each class as published.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kode: str = Field(min_length=1)
    jenis: Annotated[JenisBendahara, BeforeValidator(_jenis)]
    mulai: date
    selesai: date
    kapasitas: StrictInt = Field(gt=0)

    @model_validator(mode="after")
    def _selesai_setelah_mulai(self) -> Angkatan:
        if self.selesai < self.mulai:
            raise InvalidInput("selesai", self.selesai, f"tidak sebelum mulai ({format_tanggal(self.mulai)})",
                               f"not before mulai ({self.mulai.isoformat()})")
        return self


@dataclass(frozen=True, slots=True)
class HasilAlokasi:
    """Outcome of a plotting run; every input participant is in exactly one group, with its new status.

    ``terploting``: class code → its participants (those already plotted there and the new ones), in
    priority order, for every class given; ``ditunda``: incomplete data (DITUNDA; participants already DITUNDA
    stay there until ``PerbaikiData``); ``antrian``: over capacity
    (MENUNGGU_ANTRIAN), in priority order; ``diblokir``: on the block list, never plotted; ``dilewati``:
    participants in any other state, unchanged. ``sisa_kursi``: open seats left per class.
    """

    terploting: Mapping[str, tuple[Peserta, ...]]
    ditunda: tuple[Peserta, ...]
    antrian: tuple[Peserta, ...]
    diblokir: tuple[Peserta, ...]
    dilewati: tuple[Peserta, ...]
    sisa_kursi: Mapping[str, int]
    citation: Citation = C.PLOTING
    """The page section the run rests on (weekly plotting, or the queue filling a shortage)."""

    def semua(self) -> Iterator[Peserta]:
        """Every participant of the result, once."""
        for kelas in self.terploting.values():
            yield from kelas
        yield from self.ditunda
        yield from self.antrian
        yield from self.diblokir
        yield from self.dilewati


def kunci_prioritas(peserta: Peserta) -> tuple[int, date, str]:
    """Sort key of the plotting priority: active treasurer first (see :attr:`Peserta.hak_prioritas`), earliest
    penetapan (unknown last), NIP."""
    aktif = peserta.bendahara_aktif or (peserta.sk_bpp_berlaku and peserta.jenis is _PENGELUARAN)
    return (0 if aktif else 1, peserta.tanggal_penetapan or date.max, peserta.nip.digits)


_Entri = tuple[Plot, date]


def _nip(p: Peserta) -> str:
    return p.nip.digits



def _tunda(kurang: tuple[str, ...]) -> Tunda:
    return Tunda(alasan="data tidak lengkap atau tidak valid: " + ", ".join(kurang))


def _jalankan(
    peserta: Iterable[Peserta],
    angkatan: Iterable[Angkatan],
    on: date,
    calon_status: frozenset[StatusPeserta],
    terbuka: Callable[[Angkatan], bool],
    citation: Citation,
) -> HasilAlokasi:
    _tanggal(on, "on")
    kelas_list = list(angkatan)
    for k in kelas_list:
        if not isinstance(k, Angkatan):
            raise InvalidInput("angkatan", k, "Angkatan", "an Angkatan")
    kelas_list.sort(key=lambda k: (k.mulai, k.kode))
    kode_set: dict[str, Angkatan] = {}
    for k in kelas_list:
        if k.kode in kode_set:
            raise InvalidInput("angkatan", k.kode, "kode angkatan yang unik", "unique class codes")
        kode_set[k.kode] = k

    isi: dict[str, list[Peserta]] = {k.kode: [] for k in kelas_list}
    ditunda: list[Peserta] = []
    diblokir: list[Peserta] = []
    dilewati: list[Peserta] = []
    calon: list[Peserta] = []
    seen: set[str] = set()
    tunda_events: dict[tuple[str, ...], tuple[Tunda, date]] = {}
    tunda_pertama: dict[tuple[str, ...], tuple[tuple[Tunda, date]]] = {}
    for p in peserta:
        if not isinstance(p, Peserta):
            raise InvalidInput("peserta", p, "Peserta", "a Peserta")
        nip = p.nip.digits
        if nip in seen:
            raise InvalidInput("peserta", nip, "setiap NIP paling banyak satu kali", "each NIP at most once")
        seen.add(nip)
        st = p.status
        if st is S.TERPLOTING and p.angkatan in isi:
            isi[p.angkatan].append(p)
        elif st is S.DIBLOKIR or (st in calon_status and p.daftar_blokir):
            diblokir.append(p)
        elif st is S.DITUNDA:
            ditunda.append(p)
        elif st in calon_status:
            kurang = kekurangan_data(p)
            if kurang:
                ev = tunda_events.get(kurang)
                if ev is None:
                    ev = tunda_events[kurang] = (_tunda(kurang), on)
                    tunda_pertama[kurang] = (ev,)
                ditunda.append(_terapkan(p, ev, tunda_pertama[kurang]))
            else:
                calon.append(p)
        else:
            dilewati.append(p)

    sisa: dict[str, int] = {}
    for k in kelas_list:
        n = k.kapasitas - len(isi[k.kode])
        if n < 0:
            raise InvalidInput("angkatan", k.kode, f"paling banyak {k.kapasitas} peserta terploting, ada "
                               f"{len(isi[k.kode])}", f"at most {k.kapasitas} plotted participants, found "
                               f"{len(isi[k.kode])}")
        sisa[k.kode] = n

    # Open classes per jenis, earliest first; a cursor walks each list once.
    # Each event and (event, on) history entry is built once and shared by the participants it applies to.
    terbuka_per_jenis: dict[JenisBendahara, list[tuple[Angkatan, _Entri, tuple[_Entri]]]] = {
        j: [] for j in JenisBendahara}
    for k in kelas_list:
        if on < k.mulai and terbuka(k) and sisa[k.kode] > 0:
            entri = (Plot(angkatan=k.kode, mulai=k.mulai), on)
            terbuka_per_jenis[k.jenis].append((k, entri, (entri,)))
    kursor = {j: 0 for j in JenisBendahara}

    calon.sort(key=kunci_prioritas)
    antrian: list[Peserta] = []
    antrikan = (Antrikan(), on)
    antrikan_pertama = (antrikan,)
    for p in calon:
        daftar = terbuka_per_jenis[p.jenis]
        i = kursor[p.jenis]
        if i < len(daftar):
            kelas, plot, plot_pertama = daftar[i]
            isi[kelas.kode].append(_terapkan(p, plot, plot_pertama))
            sisa[kelas.kode] -= 1
            if sisa[kelas.kode] == 0:
                kursor[p.jenis] = i + 1
        elif p.status is S.MENUNGGU_ANTRIAN:
            antrian.append(p)
        else:
            antrian.append(_terapkan(p, antrikan, antrikan_pertama))

    return HasilAlokasi(
        terploting=MappingProxyType({kode: tuple(sorted(ps, key=kunci_prioritas)) for kode, ps in isi.items()}),
        ditunda=tuple(sorted(ditunda, key=_nip)),
        antrian=tuple(antrian),
        diblokir=tuple(sorted(diblokir, key=_nip)),
        dilewati=tuple(sorted(dilewati, key=_nip)),
        sisa_kursi=MappingProxyType(sisa),
        citation=citation,
    )


_CALON_ALOKASI = frozenset({S.DITETAPKAN, S.MENUNGGU_ANTRIAN})
_CALON_KEKURANGAN = frozenset({S.MENUNGGU_ANTRIAN})


def alokasi(peserta: Iterable[Peserta], angkatan: Iterable[Angkatan], *, on: date) -> HasilAlokasi:
    """The weekly plotting run on ``on``: each DITETAPKAN (or still queued) participant in priority order
    gets a seat in the earliest open class of their jenis.

    Incomplete or invalid data → DITUNDA ("data peserta ada yang tidak lengkap, biasanya nomor WA"); no seat
    left → MENUNGGU_ANTRIAN ("kelebihan cadangan peserta"); blocked participants are never plotted.
    Classes that have started (``mulai <= on``) take no new participants. Deterministic: the result does not
    depend on the order of the inputs.
    """
    return _jalankan(peserta, angkatan, on, _CALON_ALOKASI, lambda k: True, C.PLOTING)


def isi_kekurangan(peserta: Iterable[Peserta], angkatan: Iterable[Angkatan], *, on: date) -> HasilAlokasi:
    """Queued participants fill the seats still open one week before a class starts.

    "Menunggu Antrian > kelebihan cadangan peserta yang akan di akhirkan plotingnya atau apabila ada
    kekurangan peserta seminggu sebelum pelatihan dimulai." Only MENUNGGU_ANTRIAN participants are
    candidates, and only classes with ``mulai - 7 days <= on < mulai`` take them.
    """
    minggu = timedelta(days=HARI_PENGGANTIAN)
    return _jalankan(peserta, angkatan, on, _CALON_KEKURANGAN, lambda k: k.mulai - minggu <= on,
                     C.ANTRIAN)
