"""architecture.md §5: the anomalies found by property checks of the published tables are exactly the
registered errata; every erratum is well formed. The published values are transcribed here again
(independently of the data files) so the checks test the regulation, not our own data."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from asnrules.angka_kredit import ERRATA, Erratum, erratum, inpassing
from asnrules.core import Citation, NotInTable
from asnrules.models import Golongan, Pendidikan

from .test_inpassing import PUBLISHED

G, P = Golongan, Pendidikan
MIN_GOLONGAN = {G.III_A: 100, G.III_B: 150, G.III_C: 200, G.III_D: 300, G.IV_A: 400, G.IV_B: 550, G.IV_C: 700}
MIN_BERIKUTNYA = {G.III_A: 150, G.III_B: 200, G.III_C: 300, G.III_D: 400, G.IV_A: 550, G.IV_B: 700,
                  G.IV_C: 850}  # IV/d = 700 + 150 (Lampiran I huruf A angka 2 huruf a, Ahli Madya)
IJAZAH_URUT = (P.S1, P.S2, P.S3)


def _anomalies() -> set[tuple[Golongan, Pendidikan, int]]:
    """Cells of Lampiran III huruf B that break a property the rest of the table keeps."""
    found: set[tuple[Golongan, Pendidikan, int]] = set()
    for (g, i), row in PUBLISHED.items():
        for m, v in enumerate(row):
            # P1: longer masa kerja never gives fewer points (no cell below an earlier cell of its row)
            if any(v < row[k] for k in range(m)):
                found.add((g, i, m))
            # P2: a higher ijazah never gives fewer points (same golongan and column)
            for lower in IJAZAH_URUT[: IJAZAH_URUT.index(i)]:
                if (g, lower) in PUBLISHED and v < PUBLISHED[(g, lower)][m]:
                    found.add((g, i, m))
            # P3: every cell lies in [minimum of its golongan, minimum of the next golongan)
            if not MIN_GOLONGAN[g] <= v < MIN_BERIKUTNYA[g]:
                found.add((g, i, m))
            # P4: golongan IV rows follow the rule of all 30 cells of IV/a and IV/b:
            #     minimum + 34 × tahun (+3 S-2, +6 S-3 from 1 tahun)
            if g.ruang == "IV":
                bonus = {P.S1: 0, P.S2: 3, P.S3: 6}[i] if m >= 1 else 0
                if v != MIN_GOLONGAN[g] + 34 * m + bonus:
                    found.add((g, i, m))
    return found


def test_the_property_p4_is_derived_from_rows_without_anomalies() -> None:
    """P4 is not fitted to IV/c: it holds in every cell of IV/a and IV/b."""
    for g in (G.IV_A, G.IV_B):
        for i in IJAZAH_URUT:
            row = PUBLISHED[(g, i)]
            assert all(row[m] == MIN_GOLONGAN[g] + 34 * m + ({P.S1: 0, P.S2: 3, P.S3: 6}[i] if m else 0) for m in range(5))


def test_inpassing_anomalies_are_exactly_the_registered_errata() -> None:
    anomalies = _anomalies()
    registered = {
        (g, i, m)
        for (g, i), row in PUBLISHED.items()
        for m in range(5)
        if inpassing(g, i, m).errata
    }
    assert anomalies == registered
    assert len(registered) == 8


def test_monotonicity_alone_finds_a_subset_of_the_registered_cells() -> None:
    mono = {(g, i, m) for (g, i), row in PUBLISHED.items() for m, v in enumerate(row) if any(v < row[k] for k in range(m))}
    assert mono == {(G.IV_C, P.S1, 3), (G.IV_C, P.S1, 4), (G.IV_C, P.S2, 3), (G.IV_C, P.S2, 4), (G.IV_C, P.S3, 4)}


def test_every_erratum_is_well_formed_and_unique() -> None:
    assert isinstance(ERRATA, tuple)
    assert len({e.id for e in ERRATA}) == len(ERRATA)
    for e in ERRATA:
        assert isinstance(e, Erratum) and isinstance(e.citation, Citation)
        assert e.lokasi and e.teks_terbit and e.alasan
        assert e.nilai_dimaksud is None or isinstance(e.nilai_dimaksud, (Decimal, str))
        with pytest.raises(AttributeError):
            e.alasan = "x"  # type: ignore[misc]
        assert erratum(e.id) is e


def test_module_errata_ids() -> None:
    ids = {e.id for e in ERRATA}
    assert {"L1B3a-terbilang", "L1B3c-label", "L3A1b4-rujukan", "L3A1b4-jabatan", "L3A3b-rujukan",
            "L1A2a-judul-kolom"} <= ids
    assert sum(1 for i in ids if i.startswith("L3B-")) == 8


def test_activity_table_errata_are_merged() -> None:
    try:
        from asnrules.angka_kredit._errata_butir import ERRATA_BUTIR
    except ModuleNotFoundError:  # pragma: no cover
        pytest.skip("activity tables not present")
    merged = [e for e in ERRATA if e.id.startswith("L3A-")]
    assert len(merged) == len(ERRATA_BUTIR)
    for e, d in zip(merged, ERRATA_BUTIR):
        assert e.lokasi == d["lokasi"] and e.kode == tuple(d["kode"]) and e.citation.lampiran == "III"


def test_unknown_erratum_id_not_in_table() -> None:
    with pytest.raises(NotInTable):
        erratum("nope")


def test_every_erratum_is_listed_in_docs_errata_md() -> None:
    doc = Path(__file__).resolve().parents[2] / "docs" / "errata.md"
    text = doc.read_text(encoding="utf-8")
    missing = [e.id for e in ERRATA if not e.id.startswith("L3A-") and e.id not in text]
    assert missing == []


def test_l1a2a_judul_kolom_is_an_erratum_of_wording_only() -> None:
    """Issue 12 item 19: column 3 of "Angka Kredit Per Jam" is headed "untuk Naik Jenjang", but its values
    are the credit of one kenaikan pangkat/golongan (huruf a: "Angka Kredit untuk naik pangkat/golongan").
    Decisive: Ahli Madya is the highest jenjang (Pasal 3 ayat (1)), so it has no naik jenjang, yet its
    row is 150 = IV/b − IV/a = IV/c − IV/b. Registered once (angka_kredit), text only, values as printed."""
    from asnrules.formasi import AK_KENAIKAN
    from asnrules.formasi import ERRATA as ERRATA_FORMASI
    from asnrules.formasi.ekspor import KOLOM_AK_PER_JAM
    from asnrules.models import JenjangJabatan as J

    e = erratum("L1A2a-judul-kolom")
    assert e.teks_terbit == KOLOM_AK_PER_JAM[2] == "Angka Kredit yang Dibutuhkan untuk Naik Jenjang"
    assert e.nilai_dimaksud == "Angka Kredit yang Dibutuhkan untuk Naik Pangkat/Golongan"
    assert (e.citation.lampiran, e.citation.huruf) == ("I", "A") and "huruf a" in str(e.citation)
    assert "Pasal 3 ayat (1)" in e.alasan
    assert "L1A2a-judul-kolom" not in {x.id for x in ERRATA_FORMASI}  # registered once
    # the rows are the credit of one kenaikan pangkat within each jenjang (the values are not in doubt)
    m = MIN_GOLONGAN
    assert AK_KENAIKAN[J.AHLI_PERTAMA] == m[G.III_B] - m[G.III_A]
    assert AK_KENAIKAN[J.AHLI_MUDA] == m[G.III_D] - m[G.III_C]
    assert AK_KENAIKAN[J.AHLI_MADYA] == m[G.IV_B] - m[G.IV_A] == m[G.IV_C] - m[G.IV_B]
    # "naik jenjang" (entry of one jenjang to entry of the next) would give other numbers …
    assert m[G.III_C] - m[G.III_A] != AK_KENAIKAN[J.AHLI_PERTAMA]
    assert m[G.IV_A] - m[G.III_C] != AK_KENAIKAN[J.AHLI_MUDA]
    # … and Ahli Madya, the last of the three jenjang of Pasal 3 ayat (1), has none to go to
    assert [j for j in J if j.name.startswith("AHLI_")][-1] is J.AHLI_MADYA
    doc = (Path(__file__).resolve().parents[2] / "docs" / "errata.md").read_text(encoding="utf-8")
    assert "Checked and **not** an erratum" not in doc and "**an erratum**, registered once as" in doc
