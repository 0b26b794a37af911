"""Angka Kredit of a Pranata Keuangan APBN appointed Analis: PMK 150/PMK.05/2019 Pasal 11 ayat (2)."""

from __future__ import annotations

from decimal import Decimal

from asnrules.angka_kredit._data import rapi
from asnrules.angka_kredit.pendidikan import AK_IJAZAH_UTAMA
from asnrules.core import PMK_150, Citation, to_decimal
from asnrules.models import Pendidikan

__all__ = ["PERSEN_PRANATA_KE_ANALIS", "CITATION_PRANATA_KE_ANALIS", "ak_pranata_ke_analis"]

PERSEN_PRANATA_KE_ANALIS = Decimal("0.65")
"""Pasal 11 ayat (2): "ditambah sebesar 65% (enam puluh lima persen)"."""
CITATION_PRANATA_KE_ANALIS = Citation(PMK_150, pasal="11", ayat="2")


def ak_pranata_ke_analis(*, pelatihan: object, tugas_jabatan: object, pengembangan_profesi: object) -> Decimal:
    """Angka Kredit given to a Pranata Keuangan APBN appointed Analis Pengelolaan Keuangan APBN.

    Pasal 11 ayat (2): "... diberikan Angka Kredit dari ijazah S-1 (Strata Satu)/D-4 (Diploma Empat),
    ditambah sebesar 65% (enam puluh lima persen) Angka Kredit Kumulatif dari pelatihan, tugas jabatan,
    dan pengembangan profesi dengan tidak memperhitungkan Angka Kredit dari unsur penunjang."
    The arguments are the Pranata's cumulative credit of those three parts (penunjang is not an
    argument: it does not count). Exact, not rounded: 100 + 0,65 × (sum).
    """
    total = (to_decimal(pelatihan, "pelatihan", minimum=0)
             + to_decimal(tugas_jabatan, "tugas_jabatan", minimum=0)
             + to_decimal(pengembangan_profesi, "pengembangan_profesi", minimum=0))
    return rapi(AK_IJAZAH_UTAMA[Pendidikan.S1] + PERSEN_PRANATA_KE_ANALIS * total)
