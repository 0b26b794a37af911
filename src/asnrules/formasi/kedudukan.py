"""Kedudukan jenjang per tingkat unit kerja: PMK 150/PMK.05/2019 Lampiran I huruf A angka 3.

"Dalam menentukan jumlah/proyeksi pejabat ... harus mempertimbangkan kedudukan ... dengan ketentuan:
1. Unit Kerja Jabatan Pimpinan Tinggi Pratama atau lebih tinggi: a. Analis Pengelolaan Keuangan APBN
Ahli Pertama s.d. Ahli Madya; b. Pranata Keuangan APBN Terampil s.d. Penyelia.
2. Unit Kerja Jabatan Administrator atau lebih rendah: a. Analis Pengelolaan Keuangan Ahli Pertama
s.d. Ahli Muda; b. Pranata Keuangan APBN Terampil s.d. Penyelia."
"""

from __future__ import annotations

from enum import Enum
from types import MappingProxyType

from asnrules.core import PMK_150, Citation, InvalidInput, Reason, Status, Verdict
from asnrules.formasi.tabel import TABEL_AK_PER_JAM, cek_jenjang
from asnrules.models import JenjangJabatan

__all__ = ["TingkatUnit", "check_kedudukan", "CITATION_KEDUDUKAN", "JENJANG_PER_UNIT"]

CITATION_KEDUDUKAN = Citation(regulasi=PMK_150, lampiran="I", huruf="A", angka="3")


class TingkatUnit(str, Enum):
    """Level of the unit kerja where the functional position sits (angka 3, rows 1 and 2)."""

    JPT_PRATAMA_ATAU_LEBIH_TINGGI = "JPT_PRATAMA_ATAU_LEBIH_TINGGI"
    ADMINISTRATOR_ATAU_LEBIH_RENDAH = "ADMINISTRATOR_ATAU_LEBIH_RENDAH"

    @property
    def no(self) -> int:
        """Row number in the angka 3 table."""
        return 1 if self is TingkatUnit.JPT_PRATAMA_ATAU_LEBIH_TINGGI else 2

    @property
    def label(self) -> str:
        """The row's wording in the PMK."""
        return _LABEL[self]


_LABEL = {
    TingkatUnit.JPT_PRATAMA_ATAU_LEBIH_TINGGI: "Unit Kerja Jabatan Pimpinan Tinggi Pratama atau lebih tinggi",
    TingkatUnit.ADMINISTRATOR_ATAU_LEBIH_RENDAH: "Unit Kerja Jabatan Administrator atau lebih rendah",
}
_LABEL_EN = {
    TingkatUnit.JPT_PRATAMA_ATAU_LEBIH_TINGGI: "a unit led by a JPT Pratama or higher",
    TingkatUnit.ADMINISTRATOR_ATAU_LEBIH_RENDAH: "a unit led by an Administrator or lower",
}

_PRANATA = (JenjangJabatan.TERAMPIL, JenjangJabatan.MAHIR, JenjangJabatan.PENYELIA)

JENJANG_PER_UNIT: MappingProxyType[TingkatUnit, frozenset[JenjangJabatan]] = MappingProxyType(
    {
        TingkatUnit.JPT_PRATAMA_ATAU_LEBIH_TINGGI: frozenset(
            (JenjangJabatan.AHLI_PERTAMA, JenjangJabatan.AHLI_MUDA, JenjangJabatan.AHLI_MADYA, *_PRANATA)
        ),
        TingkatUnit.ADMINISTRATOR_ATAU_LEBIH_RENDAH: frozenset(
            (JenjangJabatan.AHLI_PERTAMA, JenjangJabatan.AHLI_MUDA, *_PRANATA)
        ),
    }
)
"""The jenjang each unit level may hold (angka 3)."""


def _tingkat(value: object) -> TingkatUnit | None:
    if value is None or isinstance(value, TingkatUnit):
        return value
    if isinstance(value, str):
        key = value.strip().upper().replace(" ", "_")
        if key in TingkatUnit.__members__:
            return TingkatUnit[key]
    names = ", ".join(TingkatUnit.__members__)
    raise InvalidInput("tingkat_unit", value, f"TingkatUnit: {names}", f"a TingkatUnit: {names}")


def check_kedudukan(tingkat_unit: TingkatUnit | str | None, jenjang: JenjangJabatan | str | None) -> Verdict:
    """Whether ``jenjang`` may be placed in a unit of ``tingkat_unit`` (Lampiran I huruf A angka 3).

    An Ahli Madya only in a unit led by a JPT Pratama or higher; Ahli Pertama–Ahli Muda and every
    Pranata jenjang (Terampil–Penyelia) in either. ``None`` (fact unknown) gives Status.UNKNOWN.
    """
    tingkat = _tingkat(tingkat_unit)
    j = None if jenjang is None else cek_jenjang(jenjang)
    if tingkat is None or j is None:
        missing = "tingkat unit kerja" if tingkat is None else "jenjang"
        missing_en = "the unit level" if tingkat is None else "the jenjang"
        reason = Reason(
            code="kedudukan_jenjang",
            status=Status.UNKNOWN,
            message=f"Kedudukan jenjang belum dapat diperiksa: {missing} tidak diketahui.",
            message_en=f"Placement cannot be checked: {missing_en} is unknown.",
            citation=CITATION_KEDUDUKAN,
        )
        return Verdict(reasons=(reason,))
    label = TABEL_AK_PER_JAM[j].label
    jabatan = TABEL_AK_PER_JAM[j].jabatan
    cite = CITATION_KEDUDUKAN.with_(bagian=f"baris {tingkat.no}")
    if j in JENJANG_PER_UNIT[tingkat]:
        reason = Reason(
            code="kedudukan_jenjang",
            status=Status.MET,
            message=f"{jabatan} {label} dapat berkedudukan pada {_LABEL[tingkat]}.",
            message_en=f"{jabatan} {label} may be placed in {_LABEL_EN[tingkat]}.",
            citation=cite,
        )
    else:
        reason = Reason(
            code="kedudukan_jenjang",
            status=Status.NOT_MET,
            message=(
                f"{jabatan} {label} tidak dapat berkedudukan pada {_LABEL[tingkat]}; "
                "pada unit ini hanya Analis Ahli Pertama s.d. Ahli Muda dan Pranata Terampil s.d. Penyelia "
                "(Ahli Madya hanya pada Unit Kerja Jabatan Pimpinan Tinggi Pratama atau lebih tinggi)."
            ),
            message_en=(
                f"{jabatan} {label} may not be placed in {_LABEL_EN[tingkat]}; such a unit holds only "
                "Analis Ahli Pertama to Ahli Muda and Pranata Terampil to Penyelia (an Ahli Madya only in a "
                "unit led by a JPT Pratama or higher)."
            ),
            citation=cite,
        )
    return Verdict(reasons=(reason,))
