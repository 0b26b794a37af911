"""Golongan, PangkatTNI, PangkatPolri: every member, every parser branch, ordering."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asnrules import Golongan, InvalidInput, PangkatPolri, PangkatTNI

# Independent transcription: golongan ruang and pangkat (PP 99/2000 Lampiran I).
GOLONGAN = [
    ("I/a", "Juru Muda"), ("I/b", "Juru Muda Tingkat I"), ("I/c", "Juru"), ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"), ("II/b", "Pengatur Muda Tingkat I"), ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"), ("III/a", "Penata Muda"), ("III/b", "Penata Muda Tingkat I"),
    ("III/c", "Penata"), ("III/d", "Penata Tingkat I"), ("IV/a", "Pembina"), ("IV/b", "Pembina Tingkat I"),
    ("IV/c", "Pembina Utama Muda"), ("IV/d", "Pembina Utama Madya"), ("IV/e", "Pembina Utama"),
]


def test_seventeen_golongan_in_order() -> None:
    assert [str(g) for g in Golongan] == [code for code, _ in GOLONGAN]
    assert sorted(Golongan, reverse=True)[0] is Golongan.IV_E


@pytest.mark.parametrize("code,pangkat", GOLONGAN)
def test_golongan_pangkat_and_parse(code: str, pangkat: str) -> None:
    g = Golongan.parse(code)
    assert str(g) == code and g.pangkat == pangkat
    assert Golongan.parse(pangkat) is g
    assert Golongan.parse(f"{pangkat}, {code}") is g
    assert Golongan.parse(f"{code} - {pangkat}") is g
    assert Golongan.parse(code.lower()) is g
    roman, letter = code.split("/")
    arabic = {"I": "1", "II": "2", "III": "3", "IV": "4"}[roman]
    for spelling in (f"{roman} {letter}", f"{arabic}{letter}", f"{arabic}/{letter}", f"{roman}-{letter}",
                     f"Gol. {code}", f"golongan {code}", f"({code})", f"{roman}{letter.upper()}"):
        assert Golongan.parse(spelling) is g, spelling


@pytest.mark.parametrize("text,expected", [
    ("Penata Muda Tk. I", Golongan.III_B), ("Penata Muda Tk.I", Golongan.III_B),
    ("penata muda tkt I", Golongan.III_B), ("Pengatur Muda Tingkat 1", Golongan.II_B),
    ("Penata Muda, III/a", Golongan.III_A), ("  III / a  ", Golongan.III_A),
])
def test_golongan_typed_spellings(text: str, expected: Golongan) -> None:
    assert Golongan.parse(text) is expected


@pytest.mark.parametrize("bad", ["", "V/a", "III/f", "0a", "Penata, III/a", "Penata Muda, III/b", "xyz", "III//a"])
def test_golongan_bad_text(bad: str) -> None:
    with pytest.raises(InvalidInput) as info:
        Golongan.parse(bad)
    assert "III/a" in str(info.value)  # names what is expected


@pytest.mark.parametrize("bad", [None, 3, 3.0, ["III/a"]])
def test_golongan_bad_type(bad: object) -> None:
    with pytest.raises(InvalidInput):
        Golongan.parse(bad)


def test_golongan_next() -> None:
    assert Golongan.III_A.berikutnya() is Golongan.III_B
    assert Golongan.II_D.berikutnya() is Golongan.III_A
    assert Golongan.IV_E.berikutnya() is None


def test_ordering_refuses_other_types() -> None:
    with pytest.raises(TypeError):
        _ = Golongan.III_A < PangkatTNI.KAPTEN  # type: ignore[operator]


TNI = [
    ("Prajurit Dua", "Prada"), ("Prajurit Satu", "Pratu"), ("Prajurit Kepala", "Praka"),
    ("Kopral Dua", "Kopda"), ("Kopral Satu", "Koptu"), ("Kopral Kepala", "Kopka"),
    ("Sersan Dua", "Serda"), ("Sersan Satu", "Sertu"), ("Sersan Kepala", "Serka"), ("Sersan Mayor", "Serma"),
    ("Pembantu Letnan Dua", "Pelda"), ("Pembantu Letnan Satu", "Peltu"), ("Letnan Dua", "Letda"),
    ("Letnan Satu", "Lettu"), ("Kapten", "Kapt"), ("Mayor", "Mayor"), ("Letnan Kolonel", "Letkol"),
    ("Kolonel", "Kol"), ("Brigadir Jenderal", "Brigjen"), ("Mayor Jenderal", "Mayjen"),
    ("Letnan Jenderal", "Letjen"), ("Jenderal", "Jenderal"),
]


def test_tni_ranks_in_order() -> None:
    assert [p.value for p in PangkatTNI] == [name for name, _ in TNI]


@pytest.mark.parametrize("name,abbr", TNI)
def test_tni_parse_name_and_abbreviation(name: str, abbr: str) -> None:
    p = PangkatTNI.parse(name)
    assert str(p) == name
    assert PangkatTNI.parse(abbr) is p and PangkatTNI.parse(abbr.upper()) is p and PangkatTNI.parse(abbr + ".") is p


@pytest.mark.parametrize("text,expected", [
    ("Kelasi Dua", PangkatTNI.PRAJURIT_DUA), ("Kelasi Satu", PangkatTNI.PRAJURIT_SATU),
    ("Kelasi Kepala", PangkatTNI.PRAJURIT_KEPALA), ("Laksamana Pertama", PangkatTNI.BRIGADIR_JENDERAL),
    ("Laksda", PangkatTNI.MAYOR_JENDERAL), ("Laksamana Madya", PangkatTNI.LETNAN_JENDERAL),
    ("Laksamana", PangkatTNI.JENDERAL), ("Marsekal Pertama", PangkatTNI.BRIGADIR_JENDERAL),
    ("Marsda", PangkatTNI.MAYOR_JENDERAL), ("Marsdya", PangkatTNI.LETNAN_JENDERAL),
    ("Marsekal", PangkatTNI.JENDERAL), ("Letda Inf", PangkatTNI.LETNAN_DUA), ("Kapten Laut (P)", PangkatTNI.KAPTEN),
    ("Mayor Pnb", PangkatTNI.MAYOR),
])
def test_tni_navy_air_force_and_corps(text: str, expected: PangkatTNI) -> None:
    assert PangkatTNI.parse(text) is expected


POLRI = [
    ("Bhayangkara Dua", "Bharada"), ("Bhayangkara Satu", "Bharatu"), ("Bhayangkara Kepala", "Bharaka"),
    ("Ajun Brigadir Polisi Dua", "Abripda"), ("Ajun Brigadir Polisi Satu", "Abriptu"),
    ("Ajun Brigadir Polisi", "Abrip"), ("Brigadir Polisi Dua", "Bripda"), ("Brigadir Polisi Satu", "Briptu"),
    ("Brigadir Polisi", "Brigpol"), ("Brigadir Polisi Kepala", "Bripka"), ("Ajun Inspektur Polisi Dua", "Aipda"),
    ("Ajun Inspektur Polisi Satu", "Aiptu"), ("Inspektur Polisi Dua", "Ipda"), ("Inspektur Polisi Satu", "Iptu"),
    ("Ajun Komisaris Polisi", "AKP"), ("Komisaris Polisi", "Kompol"), ("Ajun Komisaris Besar Polisi", "AKBP"),
    ("Komisaris Besar Polisi", "Kombes Pol"), ("Brigadir Jenderal Polisi", "Brigjen Pol"),
    ("Inspektur Jenderal Polisi", "Irjen Pol"), ("Komisaris Jenderal Polisi", "Komjen Pol"),
    ("Jenderal Polisi", "Jenderal Pol"),
]


def test_polri_ranks_in_order() -> None:
    assert [p.value for p in PangkatPolri] == [name for name, _ in POLRI]


@pytest.mark.parametrize("name,abbr", POLRI)
def test_polri_parse_name_and_abbreviation(name: str, abbr: str) -> None:
    p = PangkatPolri.parse(name)
    assert str(p) == name and PangkatPolri.parse(abbr) is p and PangkatPolri.parse(abbr.lower()) is p


def test_rank_boundaries_used_by_bendahara() -> None:
    assert PangkatPolri.parse("Bripda") < PangkatPolri.parse("Briptu")
    assert PangkatTNI.parse("Serda") < PangkatTNI.parse("Sertu")
    assert Golongan.parse("II/a") < Golongan.parse("II/b")


@pytest.mark.parametrize("bad", ["", "Sersan", "Jenderal Polisi", "Briptu X", "Kapten Laut (Z)"])
def test_tni_bad(bad: str) -> None:
    with pytest.raises(InvalidInput):
        PangkatTNI.parse(bad)


@pytest.mark.parametrize("cls", [Golongan, PangkatTNI, PangkatPolri])
def test_parse_str_round_trip_every_member(cls: type) -> None:
    for m in cls:
        assert cls.parse(str(m)) is m and cls.parse(m.name) is m


@given(st.text(max_size=30))
def test_parsers_only_raise_invalid_input(text: str) -> None:
    for cls in (Golongan, PangkatTNI, PangkatPolri):
        try:
            result = cls.parse(text)
        except InvalidInput:
            continue
        assert isinstance(result, cls)


@given(st.sampled_from(list(Golongan)), st.sampled_from(list(Golongan)))
def test_golongan_order_is_total_and_consistent(a: Golongan, b: Golongan) -> None:
    assert (a < b) + (a == b) + (a > b) == 1
    assert (a <= b) == (a.tingkat <= b.tingkat)
