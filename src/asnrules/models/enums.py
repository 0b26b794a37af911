"""Closed sets of the domain: employment status, treasurer kind, education, jenjang, performance."""

from __future__ import annotations

import re

from asnrules.models._base import OrderedEnum, normalize, register

__all__ = [
    "StatusKepegawaian",
    "JenisBendahara",
    "Pendidikan",
    "JenjangJabatan",
    "KategoriJabatan",
    "PredikatKinerja",
    "TingkatHukumanDisiplin",
]


class StatusKepegawaian(OrderedEnum):
    """Employment status: CPNS, PNS, PPPK (UU 20/2023 ASN), TNI member, Polri member."""

    CPNS = "CPNS"
    PNS = "PNS"
    PPPK = "PPPK"
    TNI = "TNI"
    POLRI = "POLRI"


register(
    StatusKepegawaian,
    {
        StatusKepegawaian.CPNS: ("Calon PNS", "Calon Pegawai Negeri Sipil", "C-PNS"),
        StatusKepegawaian.PNS: ("Pegawai Negeri Sipil",),
        StatusKepegawaian.PPPK: ("P3K", "Pegawai Pemerintah dengan Perjanjian Kerja"),
        StatusKepegawaian.TNI: ("Tentara Nasional Indonesia", "Prajurit TNI", "Anggota TNI"),
        StatusKepegawaian.POLRI: ("Polisi", "Anggota Polri", "Kepolisian Negara Republik Indonesia"),
    },
)


class JenisBendahara(OrderedEnum):
    """Kind of treasurer: PENGELUARAN (Bendahara Pengeluaran and BPP) or PENERIMAAN."""

    PENGELUARAN = "PENGELUARAN"
    PENERIMAAN = "PENERIMAAN"


register(
    JenisBendahara,
    {
        JenisBendahara.PENGELUARAN: ("Bendahara Pengeluaran", "BP", "BPP", "Bendahara Pengeluaran Pembantu"),
        JenisBendahara.PENERIMAAN: ("Bendahara Penerimaan", "BPen", "BPN"),
    },
)


class Pendidikan(OrderedEnum):
    """Education level, ordered SD < SLTP < SLTA < D1 < D2 < D3 < S1 (= D-IV) < S2 < S3."""

    SD = "SD"
    SLTP = "SLTP"
    SLTA = "SLTA"
    D1 = "D1"
    D2 = "D2"
    D3 = "D3"
    S1 = "S1"
    S2 = "S2"
    S3 = "S3"

    @classmethod
    def _parse_fallback(cls, key: str) -> Pendidikan | None:
        # A diploma written with its field ("S-1 Akuntansi", "D-IV Akuntansi"): the level at its start,
        # found exactly as Ijazah.parse finds it (one vocabulary for every rule).
        found = pisah_jenjang(key)
        return found[0] if found is not None else None

    @classmethod
    def _exact(cls, text: str) -> Pendidikan | None:
        """The level these words spell exactly (an alias, with or without punctuation), or None."""
        key = normalize(text)
        found = cls._alias_map.get(key)  # type: ignore[attr-defined]
        if found is None:
            found = cls._alias_map.get(_NON_ALNUM.sub("", key))  # type: ignore[attr-defined]
        return found  # type: ignore[no-any-return]


_NON_ALNUM = re.compile(r"[^a-z0-9]")


def pisah_jenjang(text: str) -> tuple[Pendidikan, int] | None:
    """The education level spelled by the first one to three words of ``text`` (longest first) and how
    many words it took: ``"S-1 Akuntansi"`` → (S1, 1), ``"Diploma III Akuntansi"`` → (D3, 2); None when
    the text does not start with a level. The one reading of a diploma used by ``Pendidikan.parse``,
    ``Ijazah.parse`` and so by every rule and every engine."""
    words = text.split()
    for n in range(min(3, len(words)), 0, -1):
        level = Pendidikan._exact(" ".join(words[:n]))
        if level is not None:
            return level, n
    return None


def _compact(*names: str) -> tuple[str, ...]:
    return tuple(_NON_ALNUM.sub("", n.lower()) for n in names)


register(
    Pendidikan,
    {
        Pendidikan.SD: _compact("Sekolah Dasar", "MI", "Madrasah Ibtidaiyah"),
        Pendidikan.SLTP: _compact("SMP", "MTs", "Sekolah Menengah Pertama", "SLTP Sederajat", "SMP Sederajat"),
        Pendidikan.SLTA: _compact("SMA", "SMK", "MA", "MAK", "STM", "SMEA", "SMU", "SPK", "SLTA Sederajat",
                                  "SMA Sederajat", "Sekolah Menengah Atas", "Sekolah Menengah Kejuruan"),
        Pendidikan.D1: _compact("D-I", "D I", "Diploma I", "Diploma 1", "Diploma Satu", "D-1"),
        Pendidikan.D2: _compact("D-II", "Diploma II", "Diploma 2", "Diploma Dua", "D-2"),
        Pendidikan.D3: _compact("D-III", "Diploma III", "Diploma 3", "Diploma Tiga", "D-3", "Sarjana Muda"),
        Pendidikan.S1: _compact("S-1", "Strata 1", "Strata I", "Strata Satu", "Sarjana", "D-IV", "D4", "D-4",
                                "Diploma IV", "Diploma 4", "Diploma Empat", "Sarjana Terapan", "S1/D4", "S-1/D-IV",
                                "S1/D-IV", "S-1/D-4"),
        Pendidikan.S2: _compact("S-2", "Strata 2", "Strata II", "Strata Dua", "Magister", "Master", "Pascasarjana",
                                "Magister Terapan"),
        Pendidikan.S3: _compact("S-3", "Strata 3", "Strata III", "Strata Tiga", "Doktor", "Doktoral", "Doctor"),
    },
)


class KategoriJabatan(OrderedEnum):
    """Kategori of a functional position: keterampilan (Pranata Keuangan APBN) or keahlian (Analis)."""

    KETERAMPILAN = "Keterampilan"
    KEAHLIAN = "Keahlian"


register(KategoriJabatan, {})

_NAMA_JABATAN = {
    "TERAMPIL": "Pranata Keuangan APBN Terampil",
    "MAHIR": "Pranata Keuangan APBN Mahir",
    "PENYELIA": "Pranata Keuangan APBN Penyelia",
    "AHLI_PERTAMA": "Analis Pengelolaan Keuangan APBN Ahli Pertama",
    "AHLI_MUDA": "Analis Pengelolaan Keuangan APBN Ahli Muda",
    "AHLI_MADYA": "Analis Pengelolaan Keuangan APBN Ahli Madya",
}


class JenjangJabatan(OrderedEnum):
    """Jenjang of the functional position (PMK 150/PMK.05/2019 Pasal 7; Pranata: keterampilan).

    Declared order: Terampil < Mahir < Penyelia < Ahli Pertama < Ahli Muda < Ahli Madya. Compare
    across kategori only with care: the regulation orders jenjang within one kategori.
    """

    TERAMPIL = "Terampil"
    MAHIR = "Mahir"
    PENYELIA = "Penyelia"
    AHLI_PERTAMA = "Ahli Pertama"
    AHLI_MUDA = "Ahli Muda"
    AHLI_MADYA = "Ahli Madya"

    @property
    def kategori(self) -> KategoriJabatan:
        """KETERAMPILAN for the Pranata jenjang, KEAHLIAN for the Analis jenjang."""
        return KategoriJabatan.KEAHLIAN if self.name.startswith("AHLI") else KategoriJabatan.KETERAMPILAN

    @property
    def nama_jabatan(self) -> str:
        """Full position name, e.g. ``"Analis Pengelolaan Keuangan APBN Ahli Muda"``."""
        return _NAMA_JABATAN[self.name]

    @classmethod
    def _parse_fallback(cls, key: str) -> JenjangJabatan | None:
        for member in cls:
            if key.endswith(member.value.lower()):
                return member
        return None


register(
    JenjangJabatan,
    {j: (_NAMA_JABATAN[j.name], j.name.replace("_", "-")) for j in JenjangJabatan},
)


class PredikatKinerja(OrderedEnum):
    """Performance rating, ordered Sangat Kurang < Kurang < Butuh Perbaikan < Baik < Sangat Baik.

    ``Cukup`` (PP 30/2019) parses as BUTUH_PERBAIKAN and ``Buruk`` (PP 46/2011) as SANGAT_KURANG.
    """

    SANGAT_KURANG = "Sangat Kurang"
    KURANG = "Kurang"
    BUTUH_PERBAIKAN = "Butuh Perbaikan"
    BAIK = "Baik"
    SANGAT_BAIK = "Sangat Baik"

    @property
    def minimal_baik(self) -> bool:
        """True for Baik and Sangat Baik ("paling rendah/sedikit bernilai baik")."""
        return self >= PredikatKinerja.BAIK


register(
    PredikatKinerja,
    {
        PredikatKinerja.BUTUH_PERBAIKAN: ("Cukup", "Butuh Perbaikan/Cukup", "Perlu Perbaikan"),
        PredikatKinerja.SANGAT_KURANG: ("Buruk",),
    },
)


class TingkatHukumanDisiplin(OrderedEnum):
    """Level of a disciplinary penalty (PP 94/2021): ringan < sedang < berat."""

    RINGAN = "Ringan"
    SEDANG = "Sedang"
    BERAT = "Berat"


register(TingkatHukumanDisiplin, {})
