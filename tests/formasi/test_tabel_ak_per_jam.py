"""PMK 150/PMK.05/2019 Lampiran I huruf A angka 2 huruf a: "Angka Kredit Per Jam" and JKE; kolom (4)
"AK Paket" of the KJF table (angka 2 huruf e).

The expected values are an INDEPENDENT transcription typed from the published PMK, not read from
``data/formasi_ak_per_jam.json``.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from decimal import Decimal

import pytest

from asnrules.core import PMK_150, InvalidInput
from asnrules.formasi import TABEL_AK_PER_JAM, JKE, baris_ak_per_jam
from asnrules.formasi.tabel import _angka_id, cek_jenjang
from asnrules.models import JenjangJabatan as J

# No | jenjang | label | AK dibutuhkan | jam kerja efektif | AK per jam | AK Paket (KJF table kolom 4)
PUBLISHED = [
    (1, J.TERAMPIL, "Terampil", "20", "5000", "0.004", "5"),
    (2, J.MAHIR, "Mahir", "50", "5000", "0.01", "12.5"),
    (3, J.PENYELIA, "Penyelia", "100", "5000", "0.02", "25"),
    (4, J.AHLI_PERTAMA, "Ahli Pertama", "50", "5000", "0.01", "12.5"),
    (5, J.AHLI_MUDA, "Ahli Muda", "100", "5000", "0.02", "25"),
    (6, J.AHLI_MADYA, "Ahli Madya", "150", "5000", "0.03", "37.5"),
]

# Lampiran III huruf A angka 1 huruf b angka 4) "Pemaketan": AK sekurang-kurangnya per jenjang Analis.
PEMAKETAN_LAMPIRAN_III = {J.AHLI_PERTAMA: Decimal("12.5"), J.AHLI_MUDA: Decimal("25"), J.AHLI_MADYA: Decimal("37.5")}


def test_lampiran_i_a_angka_2_huruf_a_jke_1250_jam_per_tahun():
    assert JKE == Decimal(1250)
    assert isinstance(JKE, Decimal)


def test_lampiran_i_a_angka_2_huruf_a_six_rows_in_table_order():
    assert [b.jenjang for b in TABEL_AK_PER_JAM.values()] == [row[1] for row in PUBLISHED]
    assert [b.no for b in TABEL_AK_PER_JAM.values()] == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize(("no", "jenjang", "label", "ak", "jam", "per_jam", "paket"), PUBLISHED)
def test_lampiran_i_a_angka_2_huruf_a_every_cell(no, jenjang, label, ak, jam, per_jam, paket):
    b = TABEL_AK_PER_JAM[jenjang]
    assert b.no == no
    assert b.label == label
    assert b.ak_kenaikan == Decimal(ak)
    assert b.jam_kerja_kenaikan == Decimal(jam)
    assert b.ak_per_jam == Decimal(per_jam)
    assert b.ak_paket == Decimal(paket)
    for v in (b.ak_kenaikan, b.jam_kerja_kenaikan, b.ak_per_jam, b.ak_paket):
        assert isinstance(v, Decimal)


@pytest.mark.parametrize("jenjang", list(J))
def test_lampiran_i_a_angka_2_huruf_a_ak_per_jam_is_ak_needed_divided_by_5000(jenjang):
    """'membagi Angka Kredit untuk naik pangkat/golongan dengan jam kerja normal kenaikan pangkat'."""
    b = TABEL_AK_PER_JAM[jenjang]
    assert b.ak_kenaikan / Decimal(5000) == b.ak_per_jam
    assert b.ak_kenaikan / b.jam_kerja_kenaikan == b.ak_per_jam


@pytest.mark.parametrize("jenjang", list(J))
def test_lampiran_i_a_angka_2_huruf_e_kolom_4_paket_is_one_year_of_credit(jenjang):
    """The printed AK Paket equals AK per jam × JKE (one person-year of work) = AK needed / 4 years."""
    b = TABEL_AK_PER_JAM[jenjang]
    assert b.ak_per_jam * JKE == b.ak_paket
    assert b.ak_kenaikan / 4 == b.ak_paket
    assert b.jam_kerja_kenaikan == 4 * JKE


@pytest.mark.parametrize(("jenjang", "minimal"), PEMAKETAN_LAMPIRAN_III.items())
def test_lampiran_iii_a_pemaketan_matches_kjf_table_kolom_4(jenjang, minimal):
    assert TABEL_AK_PER_JAM[jenjang].ak_paket == minimal


def test_citations_point_at_lampiran_i_huruf_a_angka_2():
    b = TABEL_AK_PER_JAM[J.AHLI_MUDA]
    assert b.citation.regulasi == PMK_150
    assert str(b.citation).startswith("PMK 150/PMK.05/2019 Lampiran I huruf A angka 2 huruf a")
    assert "baris 5" in str(b.citation)
    assert str(b.citation_ak_paket).startswith("PMK 150/PMK.05/2019 Lampiran I huruf A angka 2 huruf e")


def test_table_is_immutable():
    with pytest.raises(TypeError):
        TABEL_AK_PER_JAM[J.AHLI_MUDA] = None  # type: ignore[index]
    with pytest.raises(FrozenInstanceError):
        TABEL_AK_PER_JAM[J.AHLI_MUDA].ak_per_jam = Decimal(1)  # type: ignore[misc]


def test_baris_ak_per_jam_accepts_text_jenjang():
    assert baris_ak_per_jam("Ahli Madya").jenjang is J.AHLI_MADYA
    # the short labels of the KJF table (angka 2 huruf e)
    assert [cek_jenjang(x) for x in ("Terampil", "Mahir", "Penyelia", "Pertama", " muda ", "MADYA")] == list(J)
    assert baris_ak_per_jam(J.TERAMPIL).ak_per_jam == Decimal("0.004")


@pytest.mark.parametrize("bad", ["Ahli Utama", "Pemula", 3, None, 1.0, J])
def test_jenjang_not_in_table_is_invalid_input_naming_field(bad):
    with pytest.raises(InvalidInput) as e:
        cek_jenjang(bad)
    assert e.value.field == "jenjang"
    assert "Ahli Madya" in str(e.value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("5.000", Decimal(5000)), ("1.250", Decimal(1250)), ("0,004", Decimal("0.004")), ("12,5", Decimal("12.5")), ("20", Decimal(20))],
)
def test_data_file_numbers_parse_the_indonesian_way(text, value):
    assert _angka_id(text) == value


@pytest.mark.parametrize("text", ["5.00", "0.004", "1,2,3", "", "12.5", "abc"])
def test_data_file_parser_refuses_ambiguous_text(text):
    with pytest.raises(ValueError):
        _angka_id(text)


def test_errata_registered_and_do_not_touch_values():
    from asnrules.formasi import ERRATA

    ids = {e.id for e in ERRATA}
    # The "Naik Jenjang" heading of column 3 IS an erratum (wording only), registered once in
    # asnrules.angka_kredit.ERRATA as L1A2a-judul-kolom (issue 12 item 19; see the next test).
    assert ids == {"L1A2e-nomor-tahun"}
    assert not any(e.menyentuh_nilai for e in ERRATA)
    assert all(str(e.citation).startswith("PMK 150/PMK.05/2019 Lampiran I huruf A angka 2") for e in ERRATA)


# Lampiran III huruf B, "< 1 TAHUN" column: the cumulative credit at the start of each pangkat.
KUMULATIF_III_B = {"III/a": 100, "III/b": 150, "III/c": 200, "III/d": 300, "IV/a": 400, "IV/b": 550, "IV/c": 700}


def test_kolom_3_naik_pangkat_and_naik_jenjang_readings_agree_with_lampiran_iii_b():
    """Column 3 is headed "untuk Naik Jenjang", huruf a says "untuk naik pangkat/golongan". Every value
    is the credit of one kenaikan pangkat within its jenjang; the naik-jenjang reading fits Ahli Pertama
    and Ahli Muda only as the step from the top pangkat into the next jenjang, and cannot give the Ahli
    Madya row: Ahli Madya is the highest jenjang (Pasal 3 ayat (1)). So the values are right and the
    heading is an erratum of wording (L1A2a-judul-kolom, issue 12 item 19; docs/errata.md)."""
    k = KUMULATIF_III_B
    # naik pangkat within the jenjang
    assert TABEL_AK_PER_JAM[J.AHLI_PERTAMA].ak_kenaikan == k["III/b"] - k["III/a"] == 50
    assert TABEL_AK_PER_JAM[J.AHLI_MUDA].ak_kenaikan == k["III/d"] - k["III/c"] == 100
    assert TABEL_AK_PER_JAM[J.AHLI_MADYA].ak_kenaikan == k["IV/b"] - k["IV/a"] == k["IV/c"] - k["IV/b"] == 150
    # naik jenjang: from the top pangkat of the jenjang to the first pangkat of the next one
    assert TABEL_AK_PER_JAM[J.AHLI_PERTAMA].ak_kenaikan == k["III/c"] - k["III/b"]
    assert TABEL_AK_PER_JAM[J.AHLI_MUDA].ak_kenaikan == k["IV/a"] - k["III/d"]
    # … but not for Ahli Madya, the last jenjang: no next jenjang, the 150 is a kenaikan pangkat
    assert list(J)[-1] is J.AHLI_MADYA
    from asnrules.angka_kredit import erratum

    assert erratum("L1A2a-judul-kolom").teks_terbit == "Angka Kredit yang Dibutuhkan untuk Naik Jenjang"


@pytest.mark.parametrize("jenjang", [J.AHLI_PERTAMA, J.AHLI_MUDA, J.AHLI_MADYA])
def test_kolom_4_agrees_with_angka_kredit_paket_minimal(jenjang):
    """Cross-module consistency: Lampiran III huruf A angka 1 huruf b angka 4) as encoded by angka_kredit."""
    from asnrules.angka_kredit.paket import ak_paket_minimal

    assert TABEL_AK_PER_JAM[jenjang].ak_paket == ak_paket_minimal(jenjang)


def test_column_mappings_are_plain_decimals():
    """AK_PER_JAM is jenjang → Decimal (kolom 5); the other columns likewise."""
    from asnrules.formasi import AK_KENAIKAN, AK_PAKET, AK_PER_JAM, JAM_KERJA_KENAIKAN

    assert dict(AK_PER_JAM) == {row[1]: Decimal(row[5]) for row in PUBLISHED}
    assert dict(AK_KENAIKAN) == {row[1]: Decimal(row[3]) for row in PUBLISHED}
    assert dict(JAM_KERJA_KENAIKAN) == {row[1]: Decimal(row[4]) for row in PUBLISHED}
    assert dict(AK_PAKET) == {row[1]: Decimal(row[6]) for row in PUBLISHED}
    assert AK_PER_JAM[J.AHLI_PERTAMA] == Decimal("0.01")
    assert list(AK_PER_JAM) == list(J)
    for m in (AK_PER_JAM, AK_KENAIKAN, JAM_KERJA_KENAIKAN, AK_PAKET):
        with pytest.raises(TypeError):
            m[J.TERAMPIL] = Decimal(0)  # type: ignore[index]


# --- pinned by mutation testing (issue 12): the loader and the jenjang error -----------------------------------

def test_loader_rebuilds_jke_and_every_row_with_citations():
    """The loader runs at import; called again so a change to it is caught."""
    from asnrules.formasi import tabel as t

    assert repr(t._load()) == repr((t.JKE, t.CITATION_JKE, t.TABEL_AK_PER_JAM))
    assert t._load()[0] == Decimal("1250")


@pytest.mark.parametrize("bad", ["Ahli Utama", "Pemula", 3, None, "   "])
def test_cek_jenjang_names_field_value_and_the_table_rows(bad):
    from asnrules.formasi.tabel import _LABELS

    for field in ("jenjang", "jenjang_tujuan"):
        with pytest.raises(InvalidInput) as exc_info:
            cek_jenjang(bad, field)
        e = exc_info.value
        assert (e.field, e.value) == (field, bad)
        assert e.expected == f"jenjang pada Tabel Angka Kredit Per Jam: {_LABELS}"
        assert e.expected_en == f"a jenjang of the 'Angka Kredit Per Jam' table: {_LABELS}"
        assert "Terampil" in e.expected and "Ahli Madya" in e.expected
        assert str(e.citation).startswith("PMK 150/PMK.05/2019 Lampiran I huruf A angka 2 huruf a")
    with pytest.raises(InvalidInput) as exc_info:
        cek_jenjang("Ahli Utama")
    assert exc_info.value.field == "jenjang"
