"""Which credit-point method applies to work done on a date (issue 15; docs/regulasi.md).

Work done before 1 January 2023: PMK 150/PMK.05/2019 (activity items of Lampiran III huruf A, DUPAK,
unsur utama/penunjang, cumulative minima per golongan). From 1 January 2023: the annual performance rating
is converted (PermenPANRB 1/2023 Pasal 36; PerBKN 3/2023) — ``asnrules.angka_kredit.konversi``. The
instrument was promulgated on 12 January 2023 but converts the rating of the whole year 2023, so the
switch is the first day of 2023 (docs/interpretasi.md). Asked about a date from 2023, an old-method
function raises :class:`MetodeDiganti` (a clear error citing PermenPANRB 1/2023, never a number); the
batch engine reports the row NOT_APPLICABLE with that message.
"""

from __future__ import annotations

from datetime import date, datetime

from asnrules.core import PMK_150, AsnRulesError, Citation, InvalidInput, format_tanggal
from asnrules.core.regulasi import REGISTER

__all__ = ["MULAI_KONVERSI", "CITATION_KONVERSI", "MetodeDiganti", "cek_metode_lama", "metode_konversi"]

CITATION_KONVERSI = Citation("PermenPANRB 1/2023", pasal="36")


def _mulai() -> date:
    """The day the register says PMK 150/2019 Pasal 56 (credit by activity items) stops applying."""
    for oleh, p in REGISTER.perubahan(PMK_150, "56"):
        if oleh.kode == CITATION_KONVERSI.regulasi:
            found = p.sejak or oleh.awal
            if found is not None:
                return found
    raise RuntimeError("asnrules data error: regulasi.toml lacks the PermenPANRB 1/2023 change of PMK 150 Pasal 56")


MULAI_KONVERSI = _mulai()
"""First day of work whose credit points come from the rating conversion (2023-01-01, data/regulasi.toml)."""


class MetodeDiganti(AsnRulesError):
    """An old-method credit computation asked about work from 2023 (field ``on``)."""

    def __init__(self, on: date, apa: str, apa_en: str, pengganti: str, pengganti_en: str) -> None:
        super().__init__(
            f"{apa} (PMK 150/PMK.05/2019) hanya untuk kinerja sebelum 1 Januari 2023; untuk {format_tanggal(on)} "
            f"Angka Kredit berasal dari konversi predikat kinerja tahunan (PermenPANRB 1/2023 Pasal 36, "
            f"PerBKN 3/2023): {pengganti}.",
            message_en=f"{apa_en} (PMK 150/PMK.05/2019) applies only to work before 1 January 2023; for "
                       f"{on.isoformat()} credit points come from converting the annual performance rating "
                       f"(PermenPANRB 1/2023 Pasal 36, PerBKN 3/2023): {pengganti_en}.",
            field="on", value=on, citation=CITATION_KONVERSI,
        )


def _tanggal(on: object) -> date | None:
    if on is None:
        return None
    if isinstance(on, datetime) or not isinstance(on, date):
        raise InvalidInput("on", on, "tanggal (datetime.date) atau None", "a date (datetime.date) or None")
    return on


def metode_konversi(on: object) -> bool:
    """True when work done on ``on`` earns credit by the 2023 conversion (None: False, the PMK text)."""
    d = _tanggal(on)
    return d is not None and d >= MULAI_KONVERSI


def cek_metode_lama(on: object, apa: str, apa_en: str,
                    pengganti: str = "gunakan asnrules.angka_kredit.konversi",
                    pengganti_en: str = "use asnrules.angka_kredit.konversi") -> None:
    """Refuse an old-method computation for work from 2023 (:class:`MetodeDiganti`); before PMK 150/2019
    was in force, ``BelumBerlaku``; ``on`` None = the PMK 150/2019 text as published (no date check)."""
    d = _tanggal(on)
    if d is None:
        return
    REGISTER.cek_berlaku(PMK_150, d)
    if d >= MULAI_KONVERSI:
        raise MetodeDiganti(d, apa, apa_en, pengganti, pengganti_en)
