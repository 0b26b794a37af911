"""Fields of study (bidang) that qualify for Jabatan Fungsional Analis Pengelolaan Keuangan APBN.

PMK 150/PMK.05/2019 Pasal 9 ayat (1) huruf d, Pasal 10 ayat (1) huruf d and Pasal 20 ayat (2) name
the same six fields: ekonomi, keuangan, akuntansi, manajemen, administrasi, hukum. One vocabulary
serves every rule module, so appointment and credit points never disagree on a diploma.
"""

from __future__ import annotations

import re
from types import MappingProxyType

__all__ = ["BIDANG_PK_APBN", "bidang_pk_apbn"]

BIDANG_PK_APBN: tuple[str, ...] = ("ekonomi", "keuangan", "akuntansi", "manajemen", "administrasi", "hukum")
"""The six fields, in the order of Pasal 9 ayat (1) huruf d."""

# A word of the diploma's field that names one of the six (Indonesian, and English transcript names).
_KATA = MappingProxyType({
    "ekonomi": "ekonomi", "economics": "ekonomi", "economic": "ekonomi", "economy": "ekonomi",
    "keuangan": "keuangan", "finance": "keuangan", "financial": "keuangan",
    "akuntansi": "akuntansi", "accounting": "akuntansi", "accountancy": "akuntansi",
    "manajemen": "manajemen", "management": "manajemen",
    "administrasi": "administrasi", "administration": "administrasi",
    "hukum": "hukum", "law": "hukum", "laws": "hukum",
})
_WORD = re.compile(r"[a-z]+")
# Computing programmes ("Manajemen Informatika", "Komputerisasi Akuntansi", "Sistem Informasi
# Akuntansi") belong to the computer-science family of study programmes, and worked example b of
# Lampiran I huruf B angka 3 treats such a degree (S-2 Sistem Informasi, "M.Kom.") as outside the six.
_KOMPUTER = re.compile(r"\b(informatika|informatics|komputer\w*|computer\w*|sistem informasi|"
                       r"information systems?|teknologi informasi|information technology)\b")


def bidang_pk_apbn(bidang: str | None) -> str | None:
    """The qualifying field named by a diploma's ``bidang`` (one of BIDANG_PK_APBN), or None.

    A field qualifies when one of its words names one of the six ("Ilmu Hukum", "Manajemen Keuangan",
    "Administrasi Publik"), unless it is a computing programme ("Manajemen Informatika").
    """
    if not bidang:
        return None
    text = " ".join(_WORD.findall(bidang.lower()))
    if _KOMPUTER.search(text):
        return None
    for word in text.split():
        found = _KATA.get(word)
        if found is not None:
            return found
    return None
