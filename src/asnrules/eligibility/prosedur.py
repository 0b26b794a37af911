"""PMK 150/PMK.05/2019 procedures with numbers: the Tim Uji Kompetensi (Pasal 34 ayat (2), 36, 37, 43), the
credit assessment by the Tim Penilai (Pasal 57–61) and the SKP consequences (Pasal 53–55).

Each check returns a :class:`~asnrules.core.Verdict` listing every criterion in the order of the Pasal.
The credit-assessment procedure (DUPAK, Tim Penilai, Sidang Pleno, PAK windows) belongs to the activity-based
credit system that PermenPANRB 1/2023 dropped (../shared/design/regimes.md, [P]): from
:data:`REZIM_AK_2023` those checks answer UNKNOWN with a citation of the 2023 instrument, never the
superseded text as if it still applied. Every dated check refuses a date before PMK 150/2019 was in force
(``BelumBerlaku``; the yearly ones are dated by 31 December of ``tahun``). The other Uji Kompetensi and SKP rules
are not dated.

Pasal 59 ayat (1) reads "paling sedikit 2 (satu) kali": the figure (2) is encoded, the erratum is in
:data:`ERRATA` and docs/errata.md, and every plenary-frequency verdict carries it as advice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from asnrules.core import PMK_150, Citation, InvalidInput, Reason, Verdict, angka_id, to_decimal, to_int
from asnrules.core.regulasi import REGISTER
from asnrules.eligibility._pmk150 import MET, NOT_MET, UNKNOWN, cek_bool, cek_tanggal, r, sitasi, tgl
from asnrules.models import Golongan

__all__ = [
    "ERRATA",
    "JUMLAH_PENILAI_DUPAK",
    "PENGGANTIAN_BERHALANGAN_BULAN",
    "PLENO_MINIMAL_SETAHUN",
    "PEMANTAUAN_UJI_MINIMAL_SETAHUN",
    "REZIM_AK_2023",
    "SKP_SANKSI_PERSEN",
    "TIM_UJI_MINIMAL",
    "AnggotaTimUji",
    "ErratumProsedur",
    "Kompetensi",
    "PeranTim",
    "check_frekuensi_pleno",
    "check_jadwal_pak",
    "check_materi_uji_kompetensi",
    "check_pemantauan_uji_kompetensi",
    "check_penggantian_penilai",
    "check_penilaian_dupak",
    "check_sidang_pleno",
    "check_skp",
    "check_tim_uji_kompetensi",
    "kuorum_pleno",
    "materi_uji_kompetensi",
]

PERMENPANRB_1_2023 = "PermenPANRB 1/2023"
REZIM_AK_2023: date = REGISTER.instrumen[PERMENPANRB_1_2023].berlaku or date(2023, 1, 12)
"""PermenPANRB 1/2023 in force (the register, [P]: 2023-01-12): DUPAK, Tim Penilai, pejabat pengusul dropped."""
_C_REZIM = Citation(PERMENPANRB_1_2023, bagian="AK dari konversi predikat kinerja; Tim Penilai dan DUPAK dihapus")

TIM_UJI_MINIMAL = 3
"""Pasal 36 ayat (2): "berjumlah ganjil paling sedikit 3 (tiga) orang"."""
JUMLAH_PENILAI_DUPAK = 2
"""Pasal 58 huruf b: "setiap DUPAK ... dinilai oleh 2 (dua) orang anggota Tim Penilai"."""
PENGGANTIAN_BERHALANGAN_BULAN = 6
"""Pasal 58 huruf f: "berhalangan sementara/tetap paling singkat 6 (enam) bulan"."""
PLENO_MINIMAL_SETAHUN = 2
"""Pasal 59 ayat (1): "paling sedikit 2 (satu) kali dalam setahun" — the figure; erratum PMK150-P59-1."""
PEMANTAUAN_UJI_MINIMAL_SETAHUN = 1
"""Pasal 43 ayat (1): "paling sedikit 1 (satu) kali dalam 1 (satu) tahun"."""
SKP_SANKSI_PERSEN = Decimal(50)
"""Pasal 54: "kurang atau sama dengan 50% (lima puluh persen)"."""
PAK_PENILAIAN_MINIMAL_SETAHUN = 2
"""Pasal 61 ayat (1): "paling sedikit 2 (dua) kali dalam setahun"."""


@dataclass(frozen=True, slots=True)
class ErratumProsedur:
    """A suspected error of the published text (architecture.md §5); the published figure is encoded."""

    id: str
    lokasi: str
    teks_terbit: str
    alasan: str
    nilai_dimaksud: str
    citation: Citation

    def __str__(self) -> str:
        return f"[{self.id}] {self.lokasi}: tertulis {self.teks_terbit!r}; kemungkinan dimaksud: {self.nilai_dimaksud!r}"


ERRATA: tuple[ErratumProsedur, ...] = (
    ErratumProsedur(
        id="PMK150-P59-1",
        lokasi="Pasal 59 ayat (1)",
        teks_terbit="paling sedikit 2 (satu) kali dalam setahun",
        alasan="Figure and word disagree (2 vs 'satu'). Pasal 61 ayat (1) requires assessment and PAK 'paling "
        "sedikit 2 (dua) kali dalam setahun' (April and October periods, Pasal 61 ayat (2)), and a PAK rests on a "
        "BAPAK set in a Sidang Pleno (Pasal 59 ayat (2)), so two plenary sessions a year are needed.",
        nilai_dimaksud="2 (dua)",
        citation=sitasi("59", "1"),
    ),
)
"""Suspected errors of the Pasal this module implements (also in docs/errata.md)."""

_ADV_P59 = Reason("erratum_pasal_59_ayat_1", MET,
                  "Pasal 59 ayat (1) tertulis '2 (satu) kali'; angka 2 yang diterapkan (erratum PMK150-P59-1).",
                  "Pasal 59(1) reads '2 (satu) kali' (2 in figures, 'one' in words); the figure 2 is applied "
                  "(erratum PMK150-P59-1).", sitasi("59", "1"))


# --------------------------------------------------------------------------- helpers

def _rezim(on: object, code: str, cit: Citation) -> Reason | None:
    """UNKNOWN from the 2023 regime on (credit assessment dropped); None before it; before PMK 150/2019 was in
    force :class:`~asnrules.core.regulasi.BelumBerlaku` (docs/regulasi.md)."""
    d = cek_tanggal(on, "on")
    assert d is not None
    REGISTER.cek_berlaku(PMK_150, d)
    if d < REZIM_AK_2023:
        return None
    return r(code, UNKNOWN, _C_REZIM,
             f"Pada {tgl(d)} berlaku PermenPANRB 1/2023: penilaian Angka Kredit melalui DUPAK/Tim Penilai ({cit}) "
             "tidak lagi diterapkan; ketentuan penggantinya belum dikodekan.",
             f"On {d.isoformat()} PermenPANRB 1/2023 applies: credit assessment through DUPAK/Tim Penilai ({cit}) "
             "no longer applies; its replacement is not encoded.")


def _tanggal_list(values: Iterable[object], field: str) -> tuple[date, ...]:
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise InvalidInput(field, values, "daftar tanggal (datetime.date)", "a list of dates (datetime.date)")
    out = []
    for v in values:
        d = cek_tanggal(v, field)
        assert d is not None
        out.append(d)
    return tuple(out)


# --------------------------------------------------------------------------- Uji Kompetensi: materi (Pasal 34)

class Kompetensi(str, Enum):
    """The three competences of an Uji Kompetensi (Pasal 9 ayat (1) huruf e, Pasal 34)."""

    TEKNIS = "teknis"
    MANAJERIAL = "manajerial"
    SOSIAL_KULTURAL = "sosial_kultural"


_C34_1, _C34_2 = sitasi("34", "1"), sitasi("34", "2")


def materi_uji_kompetensi(*, sertifikat_kompetensi: bool) -> frozenset[Kompetensi]:
    """Pasal 34 ayat (2): "Dalam hal peserta Uji Kompetensi telah memiliki Sertifikat Kompetensi ..., materi Uji
    Kompetensi hanya meliputi Kompetensi manajerial dan Kompetensi sosial kultural." Otherwise the three (ayat (1))."""
    if not isinstance(sertifikat_kompetensi, bool):
        raise InvalidInput("sertifikat_kompetensi", sertifikat_kompetensi, "True atau False", "True or False")
    if sertifikat_kompetensi:
        return frozenset({Kompetensi.MANAJERIAL, Kompetensi.SOSIAL_KULTURAL})
    return frozenset(Kompetensi)


def _kompetensi(values: Iterable[object]) -> frozenset[Kompetensi]:
    out = set()
    for v in values:
        if isinstance(v, Kompetensi):
            out.add(v)
            continue
        key = str(v).strip().lower().replace(" ", "_").replace("-", "_")
        try:
            out.add(Kompetensi(key))
        except ValueError:
            raise InvalidInput("materi", v, "teknis, manajerial atau sosial_kultural",
                               "teknis, manajerial or sosial_kultural") from None
    return frozenset(out)


def check_materi_uji_kompetensi(materi: Iterable[Kompetensi | str], *, sertifikat_kompetensi: bool | None) -> Verdict:
    """Pasal 34 ayat (1)–(2): the competences tested. A holder of a Sertifikat Kompetensi (Pasal 33 huruf b)
    is tested only on managerial and socio-cultural competence; anyone else on the three."""
    diuji = _kompetensi(materi)
    sert = cek_bool(sertifikat_kompetensi, "sertifikat_kompetensi")
    nama = ", ".join(sorted(k.value for k in diuji)) or "-"
    if sert is None:
        reason = r("materi_uji", UNKNOWN, _C34_2, "Belum diketahui apakah peserta memiliki Sertifikat Kompetensi.",
                   "Whether the candidate holds a Sertifikat Kompetensi is not known.")
        return Verdict((reason,))
    wajib = materi_uji_kompetensi(sertifikat_kompetensi=sert)
    cit = _C34_2 if sert else _C34_1
    need = ", ".join(sorted(k.value for k in wajib))
    if diuji == wajib:
        reason = r("materi_uji", MET, cit, f"Materi yang diujikan sesuai: {nama}.", f"Competences tested as required: {nama}.")
    else:
        reason = r("materi_uji", NOT_MET, cit, f"Materi yang diujikan {nama}; seharusnya {need}.",
                   f"Competences tested: {nama}; required: {need}.")
    return Verdict((reason,))


# --------------------------------------------------------------------------- Tim Uji Kompetensi (Pasal 36-37)

class PeranTim(str, Enum):
    """Role in the Tim Uji Kompetensi (Pasal 36 ayat (2) huruf a–c)."""

    KETUA = "ketua"
    WAKIL_KETUA = "wakil_ketua"
    ANGGOTA = "anggota"


@dataclass(frozen=True, slots=True)
class AnggotaTimUji:
    """A member of the Tim Uji Kompetensi: role, rank, whether they represent the instansi pembina, and
    the expertise of Pasal 37 ayat (1) huruf b and c (``None`` = unknown)."""

    nama: str
    peran: PeranTim
    golongan: Golongan | None = None
    instansi_pembina: bool = False
    keahlian_bidang: bool | None = None
    keahlian_uji: bool | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.peran, PeranTim):
            try:
                object.__setattr__(self, "peran", PeranTim(str(self.peran).strip().lower().replace(" ", "_")))
            except ValueError:
                raise InvalidInput("peran", self.peran, "ketua, wakil_ketua atau anggota",
                                   "ketua, wakil_ketua or anggota") from None
        if self.golongan is not None and not isinstance(self.golongan, Golongan):
            object.__setattr__(self, "golongan", Golongan.parse(self.golongan, "golongan"))


_C36_2, _C36_3 = sitasi("36", "2"), sitasi("36", "3")


def check_tim_uji_kompetensi(
    anggota: Sequence[AnggotaTimUji],
    *,
    golongan_peserta: Golongan | str | None = None,
    tidak_ada_pejabat_memenuhi: bool = False,
) -> Verdict:
    """Pasal 36 ayat (2)–(3) and Pasal 37: "berjumlah ganjil paling sedikit 3 (tiga) orang yang terdiri atas:
    a. 1 (satu) orang ketua merangkap anggota; b. 1 (satu) orang wakil ketua merangkap anggota; dan c. paling
    sedikit 1 (satu) orang anggota"; "paling sedikit 1 (satu) orang perwakilan dari instansi pembina"; each
    member "menduduki jabatan/pangkat paling rendah 1 (satu) tingkat di atas jabatan/pangkat PNS ... yang akan
    mengikuti Uji Kompetensi" (ayat (2): at least equal when no official meets that — ``tidak_ada_pejabat_memenuhi``).

    ``golongan_peserta``: the highest golongan among the candidates (rank compared by golongan ruang).
    """
    if isinstance(anggota, (str, bytes)) or not isinstance(anggota, Sequence):
        raise InvalidInput("anggota", anggota, "daftar AnggotaTimUji", "a list of AnggotaTimUji")
    for a in anggota:
        if not isinstance(a, AnggotaTimUji):
            raise InvalidInput("anggota", a, "AnggotaTimUji", "an AnggotaTimUji")
    peserta = None if golongan_peserta is None else (
        golongan_peserta if isinstance(golongan_peserta, Golongan) else Golongan.parse(golongan_peserta, "golongan_peserta"))
    n = len(anggota)
    reasons = [
        r("jumlah_ganjil", MET if n % 2 == 1 else NOT_MET, _C36_2,
          f"Jumlah anggota {n} {'ganjil' if n % 2 else 'genap'} (harus ganjil).",
          f"{n} members, {'odd' if n % 2 else 'even'} (must be odd)."),
        r("jumlah_minimal", MET if n >= TIM_UJI_MINIMAL else NOT_MET, _C36_2,
          f"Jumlah anggota {n} (paling sedikit {TIM_UJI_MINIMAL} orang).",
          f"{n} members (at least {TIM_UJI_MINIMAL})."),
    ]
    per = {p: sum(1 for a in anggota if a.peran is p) for p in PeranTim}
    for peran, huruf, ok, teks, teks_en in (
        (PeranTim.KETUA, "a", per[PeranTim.KETUA] == 1, "1 (satu) orang ketua", "one chair"),
        (PeranTim.WAKIL_KETUA, "b", per[PeranTim.WAKIL_KETUA] == 1, "1 (satu) orang wakil ketua", "one vice-chair"),
        (PeranTim.ANGGOTA, "c", per[PeranTim.ANGGOTA] >= 1, "paling sedikit 1 (satu) orang anggota",
         "at least one member"),
    ):
        reasons.append(r(f"susunan_{peran.value}", MET if ok else NOT_MET, _C36_2.with_(huruf=huruf),
                         f"Susunan: {teks}; ada {per[peran]}.", f"Composition: {teks_en}; found {per[peran]}."))
    pembina = sum(1 for a in anggota if a.instansi_pembina)
    reasons.append(r("perwakilan_pembina", MET if pembina else NOT_MET, _C36_3,
                     f"Perwakilan instansi pembina: {pembina} orang (paling sedikit 1).",
                     f"Representatives of the instansi pembina: {pembina} (at least 1)."))
    reasons.append(_pangkat_anggota(anggota, peserta, tidak_ada_pejabat_memenuhi))
    for field, huruf, teks, teks_en in (
        ("keahlian_bidang", "b", "keahlian di bidang Pengelolaan Keuangan APBN, pengembangan SDM dan/atau diklat",
         "expertise in Pengelolaan Keuangan APBN, HR development and/or training"),
        ("keahlian_uji", "c", "keahlian dan kemampuan melakukan Uji Kompetensi", "expertise in competency testing"),
    ):
        vals = [getattr(a, field) for a in anggota]
        tidak = [a.nama for a in anggota if getattr(a, field) is False]
        st = NOT_MET if tidak else UNKNOWN if any(v is None for v in vals) or not vals else MET
        reasons.append(r(field, st, sitasi("37", "1", huruf),
                         f"Setiap anggota memiliki {teks}" + (f"; tidak: {', '.join(tidak)}." if tidak else
                                                               "." if st is MET else ": belum diketahui."),
                         f"Every member has {teks_en}" + (f"; not: {', '.join(tidak)}." if tidak else
                                                          "." if st is MET else ": not known.")))
    return Verdict(tuple(reasons))


def _pangkat_anggota(anggota: Sequence[AnggotaTimUji], peserta: Golongan | None, setara: bool) -> Reason:
    cit = sitasi("37", "2") if setara else sitasi("37", "1", "a")
    if peserta is None:
        return r("pangkat_anggota", UNKNOWN, cit, "Golongan peserta Uji Kompetensi belum diketahui.",
                 "The candidates' golongan is not known.")
    minimal = peserta.tingkat if setara else peserta.tingkat + 1
    kurang = [a.nama for a in anggota if a.golongan is not None and a.golongan.tingkat < minimal]
    tidak_tahu = [a.nama for a in anggota if a.golongan is None]
    syarat = ("paling rendah setara dengan" if setara else "paling rendah 1 (satu) tingkat di atas")
    syarat_en = ("at least equal to" if setara else "at least one step above")
    if kurang:
        return r("pangkat_anggota", NOT_MET, cit, f"Pangkat anggota harus {syarat} peserta ({peserta}); tidak: {', '.join(kurang)}.",
                 f"Members' rank must be {syarat_en} the candidates' ({peserta}); not: {', '.join(kurang)}.")
    if tidak_tahu or not anggota:
        return r("pangkat_anggota", UNKNOWN, cit, f"Golongan anggota belum diketahui: {', '.join(tidak_tahu) or '-'}.",
                 f"Members' golongan not known: {', '.join(tidak_tahu) or '-'}.")
    return r("pangkat_anggota", MET, cit, f"Pangkat setiap anggota {syarat} peserta ({peserta}).",
             f"Every member's rank is {syarat_en} the candidates' ({peserta}).")


# --------------------------------------------------------------------------- Pasal 43

def check_pemantauan_uji_kompetensi(tanggal_pemantauan: Iterable[date], *, tahun: int) -> Verdict:
    """Pasal 43 ayat (1): "melakukan pemantauan dan evaluasi terhadap penyelenggaraan Uji Kompetensi secara
    periodik paling sedikit 1 (satu) kali dalam 1 (satu) tahun" — counted in calendar year ``tahun``."""
    th = to_int(tahun, "tahun", minimum=1)
    REGISTER.cek_berlaku(PMK_150, date(th, 12, 31))  # dated by 31 December, like check_frekuensi_pleno
    n = sum(1 for d in _tanggal_list(tanggal_pemantauan, "tanggal_pemantauan") if d.year == th)
    ok = n >= PEMANTAUAN_UJI_MINIMAL_SETAHUN
    return Verdict((r("pemantauan_tahunan", MET if ok else NOT_MET, sitasi("43", "1"),
                      f"Pemantauan dan evaluasi Uji Kompetensi tahun {th}: {n} kali (paling sedikit 1).",
                      f"Monitoring and evaluation of the Competency Test in {th}: {n} (at least 1)."),))


# --------------------------------------------------------------------------- credit assessment (Pasal 57-61)

def check_penilaian_dupak(penilai: Sequence[str], *, on: date, pemilik_dupak: str | None = None) -> Verdict:
    """Pasal 58 huruf b and e: "setiap DUPAK ... dinilai oleh 2 (dua) orang anggota Tim Penilai"; "dalam hal
    terdapat anggota Tim Penilai yang turut dinilai, maka DUPAK anggota Tim Penilai bersangkutan dinilai oleh
    anggota Tim Penilai yang lain". ``penilai``: the assessors assigned; ``pemilik_dupak``: whose DUPAK it is."""
    if isinstance(penilai, (str, bytes)) or not isinstance(penilai, Sequence):
        raise InvalidInput("penilai", penilai, "daftar nama/NIP penilai", "a list of assessor names/NIPs")
    rz = _rezim(on, "rezim_penilaian_ak", sitasi("58"))
    if rz is not None:
        return Verdict((rz,))
    ids = [str(p).strip() for p in penilai]
    n = len(set(ids))
    reasons = [r("dua_penilai", MET if n == JUMLAH_PENILAI_DUPAK and len(ids) == n else NOT_MET, sitasi("58", huruf="b"),
                 f"DUPAK dinilai oleh {n} orang anggota Tim Penilai (harus 2).",
                 f"The DUPAK is assessed by {n} distinct Tim Penilai members (must be 2).")]
    if pemilik_dupak is None:
        reasons.append(r("bukan_diri_sendiri", UNKNOWN, sitasi("58", huruf="e"), "Pemilik DUPAK belum diketahui.",
                         "Whose DUPAK it is not known."))
    else:
        sendiri = str(pemilik_dupak).strip() in ids
        reasons.append(r("bukan_diri_sendiri", NOT_MET if sendiri else MET, sitasi("58", huruf="e"),
                         "Anggota Tim Penilai menilai DUPAK-nya sendiri." if sendiri else
                         "DUPAK tidak dinilai oleh pemiliknya.",
                         "A Tim Penilai member assesses their own DUPAK." if sendiri else
                         "The DUPAK is not assessed by its owner."))
    return Verdict(tuple(reasons))


def check_penggantian_penilai(*, on: date, pensiun: bool = False, berhalangan_bulan: int | None = None,
                              mengundurkan_diri: bool = False) -> Verdict:
    """Pasal 58 huruf f: "dalam hal anggota Tim Penilai memasuki masa pensiun, berhalangan sementara/tetap
    paling singkat 6 (enam) bulan, atau mengundurkan diri, ketua Tim Penilai dapat mengajukan usul penggantian
    anggota secara definitif". ELIGIBLE = a definitive replacement may be proposed."""
    rz = _rezim(on, "rezim_penilaian_ak", sitasi("58", huruf="f"))
    if rz is not None:
        return Verdict((rz,))
    bulan = None if berhalangan_bulan is None else to_int(berhalangan_bulan, "berhalangan_bulan", minimum=0)
    alasan = []
    if pensiun is True:
        alasan.append(("memasuki masa pensiun", "retiring"))
    if bulan is not None and bulan >= PENGGANTIAN_BERHALANGAN_BULAN:
        alasan.append((f"berhalangan {bulan} bulan", f"unavailable for {bulan} months"))
    if mengundurkan_diri is True:
        alasan.append(("mengundurkan diri", "resigned"))
    cit = sitasi("58", huruf="f")
    if alasan:
        return Verdict((r("alasan_penggantian", MET, cit, f"Dapat diusulkan penggantian: {', '.join(a[0] for a in alasan)}.",
                          f"A replacement may be proposed: {', '.join(a[1] for a in alasan)}."),))
    if bulan is None and not pensiun and not mengundurkan_diri:
        return Verdict((r("alasan_penggantian", UNKNOWN, cit, "Lama berhalangan belum diketahui.",
                          "How long the member is unavailable is not known."),))
    return Verdict((r("alasan_penggantian", NOT_MET, cit,
                      f"Tidak pensiun, tidak mengundurkan diri, berhalangan {bulan or 0} bulan (kurang dari 6 bulan).",
                      f"Not retiring, not resigned, unavailable {bulan or 0} months (less than 6)."),))


def kuorum_pleno(jumlah_anggota: int) -> Decimal:
    """Pasal 59 ayat (3): "harus dihadiri paling kurang 50% (lima puluh persen) ditambah 1 (satu) orang anggota
    Tim Penilai" — the least attendance, exact: 50 % × members + 1 (7 members → 4,5, so 5 must attend), capped
    at the number of members (a team of 1 is quorate when its member attends; docs/interpretasi.md, pantau)."""
    n = to_int(jumlah_anggota, "jumlah_anggota", minimum=1)
    return min(Decimal(n) * Decimal("0.5") + 1, Decimal(n))


def check_sidang_pleno(*, jumlah_anggota: int, hadir: int, on: date) -> Verdict:
    """Pasal 59 ayat (3): the Sidang Pleno is quorate with at least 50 % + 1 of the Tim Penilai members present."""
    n = to_int(jumlah_anggota, "jumlah_anggota", minimum=1)
    h = to_int(hadir, "hadir", minimum=0)
    if h > n:
        raise InvalidInput("hadir", hadir, f"paling banyak jumlah anggota ({n})", f"at most the number of members ({n})")
    rz = _rezim(on, "rezim_penilaian_ak", sitasi("59", "3"))
    if rz is not None:
        return Verdict((rz,))
    need = kuorum_pleno(n)
    ok = Decimal(h) >= need
    return Verdict((r("kuorum", MET if ok else NOT_MET, sitasi("59", "3"),
                      f"Hadir {h} dari {n} anggota; paling kurang 50% + 1 = {angka_id(need)} orang.",
                      f"{h} of {n} members present; at least 50% + 1 = {need.normalize():f}."),))


def check_frekuensi_pleno(tanggal_sidang: Iterable[date], *, tahun: int) -> Verdict:
    """Pasal 59 ayat (1): "Sidang Pleno Tim Penilai dilaksanakan paling sedikit 2 (satu) kali dalam setahun"
    (figure 2 applied; erratum PMK150-P59-1 carried as advice). Dated by 31 December of ``tahun``."""
    th = to_int(tahun, "tahun", minimum=1)
    rz = _rezim(date(th, 12, 31), "rezim_penilaian_ak", sitasi("59", "1"))
    if rz is not None:
        return Verdict((rz,), advice=(_ADV_P59,))
    n = sum(1 for d in _tanggal_list(tanggal_sidang, "tanggal_sidang") if d.year == th)
    ok = n >= PLENO_MINIMAL_SETAHUN
    return Verdict((r("frekuensi_pleno", MET if ok else NOT_MET, sitasi("59", "1"),
                      f"Sidang Pleno tahun {th}: {n} kali (paling sedikit {PLENO_MINIMAL_SETAHUN}).",
                      f"Plenary sessions in {th}: {n} (at least {PLENO_MINIMAL_SETAHUN})."),), advice=(_ADV_P59,))


_BATAS_BULAN_PAK = {4: 1, 10: 7}
"""Pasal 61 ayat (2): April period → PAK by January; October period → by July (same year)."""


def check_jadwal_pak(*, periode_kenaikan_pangkat: date, tanggal_penetapan: date | None) -> Verdict:
    """Pasal 61 ayat (2): "Penilaian dan PAK untuk kenaikan pangkat ... dilakukan 3 (tiga) bulan sebelum periode
    kenaikan pangkat PNS dengan ketentuan: a. untuk kenaikan pangkat periode April, Angka Kredit ditetapkan
    paling lambat pada bulan Januari tahun berjalan; dan b. untuk kenaikan pangkat periode Oktober, Angka Kredit
    ditetapkan paling lambat pada bulan Juli tahun berjalan." ``periode_kenaikan_pangkat``: 1 April or 1 October."""
    periode = cek_tanggal(periode_kenaikan_pangkat, "periode_kenaikan_pangkat")
    assert periode is not None
    if periode.month not in _BATAS_BULAN_PAK or periode.day != 1:
        raise InvalidInput("periode_kenaikan_pangkat", periode, "1 April atau 1 Oktober (periode kenaikan pangkat)",
                           "1 April or 1 October (promotion period)", citation=sitasi("61", "2"))
    huruf = "a" if periode.month == 4 else "b"
    cit = sitasi("61", "2", huruf)
    rz = _rezim(periode, "rezim_penilaian_ak", cit)
    if rz is not None:
        return Verdict((rz,))
    bulan = _BATAS_BULAN_PAK[periode.month]
    batas = date(periode.year, bulan, 31)
    tetap = cek_tanggal(tanggal_penetapan, "tanggal_penetapan", boleh_kosong=True)
    nama = "Januari" if bulan == 1 else "Juli"
    if tetap is None:
        return Verdict((r("jadwal_pak", UNKNOWN, cit, f"Tanggal penetapan PAK belum diketahui (paling lambat {tgl(batas)}).",
                          f"PAK date not known (due by {batas.isoformat()})."),))
    ok = tetap <= batas
    return Verdict((r("jadwal_pak", MET if ok else NOT_MET, cit,
                      f"PAK untuk periode {tgl(periode)} ditetapkan {tgl(tetap)}; paling lambat bulan {nama} "
                      f"{periode.year} ({tgl(batas)}).",
                      f"PAK for the {periode.isoformat()} period set on {tetap.isoformat()}; due by the end of "
                      f"{'January' if bulan == 1 else 'July'} {periode.year}."),))


# --------------------------------------------------------------------------- SKP (Pasal 53-55)

_PMK = PMK_150


def check_skp(*, capaian_skp: Decimal | None, disusun_awal_tahun: bool | None = None,
              disetujui_atasan: bool | None = None, dinilai_atasan: bool | None = None) -> Verdict:
    """Pasal 53 ayat (1), (4), (5) and Pasal 54: the SKP is drawn up at the start of the year, approved and set
    by the direct superior, assessed by the direct superior; "Dalam hal capaian SKP ... pada akhir tahun kurang
    atau sama dengan 50% (lima puluh persen), kepada yang bersangkutan diberikan sanksi sesuai ketentuan
    peraturan perundang-undangan yang mengatur mengenai disiplin PNS." ``capaian_skp`` in percent (0–100+)."""
    reasons = []
    for value, field, pasal_ayat, teks, teks_en in (
        (disusun_awal_tahun, "disusun_awal_tahun", ("53", "1"), "SKP disusun pada awal tahun",
         "the SKP is drawn up at the start of the year"),
        (disetujui_atasan, "disetujui_atasan", ("53", "4"), "SKP disetujui dan ditetapkan oleh atasan langsung",
         "the SKP is approved and set by the direct superior"),
        (dinilai_atasan, "dinilai_atasan", ("53", "5"), "penilaian SKP dilakukan oleh atasan langsung",
         "the SKP is assessed by the direct superior"),
    ):
        v = cek_bool(value, field)
        st = UNKNOWN if v is None else MET if v else NOT_MET
        kata = {MET: ("", ""), NOT_MET: ("tidak: ", "not: "), UNKNOWN: ("belum diketahui: ", "not known: ")}[st]
        reasons.append(r(field, st, sitasi(*pasal_ayat), f"{kata[0].capitalize()}{teks}.", f"{kata[1].capitalize()}{teks_en}."))
    cit54 = sitasi("54")
    if capaian_skp is None:
        reasons.append(r("capaian_skp", UNKNOWN, cit54, "Capaian SKP akhir tahun belum diketahui.",
                         "The year-end SKP achievement is not known."))
    else:
        c = to_decimal(capaian_skp, "capaian_skp", minimum=0)
        ok = c > SKP_SANKSI_PERSEN
        reasons.append(r("capaian_skp", MET if ok else NOT_MET, cit54,
                         f"Capaian SKP {angka_id(c)}% " + ("di atas 50%." if ok else
                         "kurang atau sama dengan 50%: diberikan sanksi sesuai ketentuan disiplin PNS."),
                         f"SKP achievement {c.normalize():f}% " + ("above 50%." if ok else
                         "at or below 50%: a sanction under the PNS discipline rules applies.")))
    return Verdict(tuple(reasons))
