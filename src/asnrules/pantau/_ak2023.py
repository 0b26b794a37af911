"""AK readiness from 2023 (PermenPANRB 1/2023): the dated-law ledger of ``asnrules.angka_kredit.konversi``.

From :data:`~asnrules.pantau.sumber.REZIM_AK_2023` the PMK 150/2019 activity-based thresholds no longer apply.
Readiness then comes from :func:`asnrules.angka_kredit.konversi.kesiapan_kenaikan`: the yearly ratings from
2023 (``kinerja_<tahun>``) converted, plus the conventional AK (the ``ak_kumulatif`` of the last PMK 150 PAK)
integrated. Without the conventional AK, a person already in the JF before 2023 is not judged (the ledger
would start from 0 and miss their credit). Values the law module marks [P]/[U] make the alert unverified.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from asnrules.core import AsnRulesError, format_tanggal
from asnrules.models import Pegawai

if TYPE_CHECKING:
    from asnrules.pantau.peringatan import Peringatan

__all__ = ["siap"]


def siap(p: Pegawai, on: date, ak: Decimal | None) -> tuple[list[Peringatan], str | None]:
    """(alerts, why not judged) for AK readiness on ``on`` under the 2023 regime."""
    from asnrules.pantau.peringatan import JenisPeringatan, Peringatan

    try:
        from asnrules.angka_kredit.konversi import MULAI_KONVERSI, kesiapan_kenaikan
    except ImportError:  # pragma: no cover - the dated-law module is part of the package
        return [], "ak_siap_pangkat: modul konversi AK 2023 tidak tersedia"
    tmt = p.jabatan.tmt if p.jabatan is not None else None
    if ak is None and (tmt is None or tmt < MULAI_KONVERSI):
        return [], ("ak_siap_pangkat: Angka Kredit konvensional (PAK terakhir PMK 150/2019) tidak diketahui; "
                    "diperlukan untuk integrasi (PerBKN 3/2023)")
    try:
        h = kesiapan_kenaikan(p, on=on, ak_konvensional=ak)
    except AsnRulesError as exc:
        return [], f"ak_siap_pangkat: {exc}"
    flags = h.belum_terverifikasi
    catatan = "; ".join(f"{getattr(f, 'kode', f)}" for f in flags)
    out: list[Peringatan] = []
    for kode, ok, tanggal, need, what, what_en in (
        (JenisPeringatan.AK_SIAP_PANGKAT, h.siap_kenaikan_pangkat, h.tanggal_kenaikan_pangkat, h.ak_kenaikan_pangkat,
         "kenaikan pangkat", "a rank promotion"),
        (JenisPeringatan.AK_SIAP_JENJANG, h.siap_kenaikan_jenjang, h.tanggal_kenaikan_jenjang, h.ak_kenaikan_jenjang,
         "kenaikan jenjang", "a level promotion"),
    ):
        if not ok or tanggal is None:
            continue
        out.append(Peringatan(
            kode, tanggal, (tanggal - on).days,
            f"Angka Kredit kumulatif {h.ak_kumulatif} ({h.jenjang}) telah mencapai {need} untuk {what} sejak "
            f"{format_tanggal(tanggal)} (konversi predikat kinerja, PermenPANRB 1/2023).",
            f"Cumulative credit {h.ak_kumulatif} ({h.jenjang}) has reached the {need} needed for {what_en} since "
            f"{tanggal.isoformat()} (rating conversion, PermenPANRB 1/2023).",
            h.citation, terverifikasi=not flags, catatan=f"belum terverifikasi: {catatan}" if flags else ""))
    return out, None
