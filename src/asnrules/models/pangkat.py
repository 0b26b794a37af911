"""Ranks of TNI and Polri members, ordered from lowest to highest (PP 39/2010; Perkap 3/2016)."""

from __future__ import annotations

import re

from asnrules.models._base import OrderedEnum, register

__all__ = ["PangkatTNI", "PangkatPolri"]

_DOTS = re.compile(r"[.]")


class PangkatTNI(OrderedEnum):
    """TNI ranks (Angkatan Darat names); Navy (AL) and Air Force (AU) names parse to the same grade."""

    PRAJURIT_DUA = "Prajurit Dua"
    PRAJURIT_SATU = "Prajurit Satu"
    PRAJURIT_KEPALA = "Prajurit Kepala"
    KOPRAL_DUA = "Kopral Dua"
    KOPRAL_SATU = "Kopral Satu"
    KOPRAL_KEPALA = "Kopral Kepala"
    SERSAN_DUA = "Sersan Dua"
    SERSAN_SATU = "Sersan Satu"
    SERSAN_KEPALA = "Sersan Kepala"
    SERSAN_MAYOR = "Sersan Mayor"
    PEMBANTU_LETNAN_DUA = "Pembantu Letnan Dua"
    PEMBANTU_LETNAN_SATU = "Pembantu Letnan Satu"
    LETNAN_DUA = "Letnan Dua"
    LETNAN_SATU = "Letnan Satu"
    KAPTEN = "Kapten"
    MAYOR = "Mayor"
    LETNAN_KOLONEL = "Letnan Kolonel"
    KOLONEL = "Kolonel"
    BRIGADIR_JENDERAL = "Brigadir Jenderal"
    MAYOR_JENDERAL = "Mayor Jenderal"
    LETNAN_JENDERAL = "Letnan Jenderal"
    JENDERAL = "Jenderal"

    @classmethod
    def _parse_fallback(cls, key: str) -> PangkatTNI | None:
        # "Sertu." / "Kapt. Inf" style: drop dots and a trailing corps or service suffix.
        stripped = _DOTS.sub("", key).strip()
        found = cls._alias_map.get(stripped)  # type: ignore[attr-defined]
        while found is None and " " in stripped:
            stripped, _, tail = stripped.rpartition(" ")
            if tail not in _SUFFIXES:
                return None
            found = cls._alias_map.get(stripped)  # type: ignore[attr-defined]
        return found  # type: ignore[no-any-return]


# Corps / service suffixes written after a rank ("Letda Inf", "Kapten Laut (P)", "Mayor Pnb").
_SUFFIXES = frozenset({"inf", "kav", "arm", "arh", "czi", "chb", "cpm", "cku", "caj", "ckm", "cpl", "chk",
                       "cba", "ctp", "laut", "mar", "(p)", "(t)", "(e)", "(s)", "(k)", "(kh)", "(pm)",
                       "pnb", "lek", "tek", "kal", "adm", "sus", "kes", "psk", "nav", "(psk)", "tni"})

register(
    PangkatTNI,
    {
        PangkatTNI.PRAJURIT_DUA: ("Prada", "Kelasi Dua", "Kld", "Klasi Dua"),
        PangkatTNI.PRAJURIT_SATU: ("Pratu", "Kelasi Satu", "Kls", "Klasi Satu"),
        PangkatTNI.PRAJURIT_KEPALA: ("Praka", "Kelasi Kepala", "Klk", "Klasi Kepala"),
        PangkatTNI.KOPRAL_DUA: ("Kopda",),
        PangkatTNI.KOPRAL_SATU: ("Koptu",),
        PangkatTNI.KOPRAL_KEPALA: ("Kopka",),
        PangkatTNI.SERSAN_DUA: ("Serda",),
        PangkatTNI.SERSAN_SATU: ("Sertu",),
        PangkatTNI.SERSAN_KEPALA: ("Serka",),
        PangkatTNI.SERSAN_MAYOR: ("Serma",),
        PangkatTNI.PEMBANTU_LETNAN_DUA: ("Pelda",),
        PangkatTNI.PEMBANTU_LETNAN_SATU: ("Peltu",),
        PangkatTNI.LETNAN_DUA: ("Letda",),
        PangkatTNI.LETNAN_SATU: ("Lettu",),
        PangkatTNI.KAPTEN: ("Kapt",),
        PangkatTNI.MAYOR: ("May", "Mayor"),
        PangkatTNI.LETNAN_KOLONEL: ("Letkol",),
        PangkatTNI.KOLONEL: ("Kol",),
        PangkatTNI.BRIGADIR_JENDERAL: ("Brigjen", "Brigjen TNI", "Laksamana Pertama", "Laksma",
                                       "Marsekal Pertama", "Marsma"),
        PangkatTNI.MAYOR_JENDERAL: ("Mayjen", "Mayjen TNI", "Laksamana Muda", "Laksda", "Marsekal Muda", "Marsda"),
        PangkatTNI.LETNAN_JENDERAL: ("Letjen", "Letjen TNI", "Laksamana Madya", "Laksdya", "Marsekal Madya",
                                     "Marsdya"),
        PangkatTNI.JENDERAL: ("Jenderal TNI", "Jend", "Laksamana", "Marsekal"),
    },
)


class PangkatPolri(OrderedEnum):
    """Polri ranks, from Bhayangkara Dua to Jenderal Polisi."""

    BHAYANGKARA_DUA = "Bhayangkara Dua"
    BHAYANGKARA_SATU = "Bhayangkara Satu"
    BHAYANGKARA_KEPALA = "Bhayangkara Kepala"
    AJUN_BRIGADIR_POLISI_DUA = "Ajun Brigadir Polisi Dua"
    AJUN_BRIGADIR_POLISI_SATU = "Ajun Brigadir Polisi Satu"
    AJUN_BRIGADIR_POLISI = "Ajun Brigadir Polisi"
    BRIGADIR_POLISI_DUA = "Brigadir Polisi Dua"
    BRIGADIR_POLISI_SATU = "Brigadir Polisi Satu"
    BRIGADIR_POLISI = "Brigadir Polisi"
    BRIGADIR_POLISI_KEPALA = "Brigadir Polisi Kepala"
    AJUN_INSPEKTUR_POLISI_DUA = "Ajun Inspektur Polisi Dua"
    AJUN_INSPEKTUR_POLISI_SATU = "Ajun Inspektur Polisi Satu"
    INSPEKTUR_POLISI_DUA = "Inspektur Polisi Dua"
    INSPEKTUR_POLISI_SATU = "Inspektur Polisi Satu"
    AJUN_KOMISARIS_POLISI = "Ajun Komisaris Polisi"
    KOMISARIS_POLISI = "Komisaris Polisi"
    AJUN_KOMISARIS_BESAR_POLISI = "Ajun Komisaris Besar Polisi"
    KOMISARIS_BESAR_POLISI = "Komisaris Besar Polisi"
    BRIGADIR_JENDERAL_POLISI = "Brigadir Jenderal Polisi"
    INSPEKTUR_JENDERAL_POLISI = "Inspektur Jenderal Polisi"
    KOMISARIS_JENDERAL_POLISI = "Komisaris Jenderal Polisi"
    JENDERAL_POLISI = "Jenderal Polisi"

    @classmethod
    def _parse_fallback(cls, key: str) -> PangkatPolri | None:
        stripped = _DOTS.sub("", key).strip()
        return cls._alias_map.get(stripped)  # type: ignore[attr-defined,no-any-return]


register(
    PangkatPolri,
    {
        PangkatPolri.BHAYANGKARA_DUA: ("Bharada",),
        PangkatPolri.BHAYANGKARA_SATU: ("Bharatu",),
        PangkatPolri.BHAYANGKARA_KEPALA: ("Bharaka",),
        PangkatPolri.AJUN_BRIGADIR_POLISI_DUA: ("Abripda",),
        PangkatPolri.AJUN_BRIGADIR_POLISI_SATU: ("Abriptu",),
        PangkatPolri.AJUN_BRIGADIR_POLISI: ("Abrip", "Ajun Brigadir"),
        PangkatPolri.BRIGADIR_POLISI_DUA: ("Bripda", "Brigadir Dua"),
        PangkatPolri.BRIGADIR_POLISI_SATU: ("Briptu", "Brigadir Satu"),
        PangkatPolri.BRIGADIR_POLISI: ("Brigpol", "Brigadir"),
        PangkatPolri.BRIGADIR_POLISI_KEPALA: ("Bripka", "Brigadir Kepala"),
        PangkatPolri.AJUN_INSPEKTUR_POLISI_DUA: ("Aipda",),
        PangkatPolri.AJUN_INSPEKTUR_POLISI_SATU: ("Aiptu",),
        PangkatPolri.INSPEKTUR_POLISI_DUA: ("Ipda",),
        PangkatPolri.INSPEKTUR_POLISI_SATU: ("Iptu",),
        PangkatPolri.AJUN_KOMISARIS_POLISI: ("AKP",),
        PangkatPolri.KOMISARIS_POLISI: ("Kompol",),
        PangkatPolri.AJUN_KOMISARIS_BESAR_POLISI: ("AKBP",),
        PangkatPolri.KOMISARIS_BESAR_POLISI: ("Kombes", "Kombes Pol", "Kombespol"),
        PangkatPolri.BRIGADIR_JENDERAL_POLISI: ("Brigjen Pol", "Brigjenpol"),
        PangkatPolri.INSPEKTUR_JENDERAL_POLISI: ("Irjen Pol", "Irjenpol", "Irjen"),
        PangkatPolri.KOMISARIS_JENDERAL_POLISI: ("Komjen Pol", "Komjenpol", "Komjen"),
        PangkatPolri.JENDERAL_POLISI: ("Jenderal Pol", "Jendpol"),
    },
)
