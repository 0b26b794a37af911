"""docs/formasi.md: the worked 5-year example for a small satker. The tables printed in the guide
are regenerated here and must appear verbatim in the document; key figures are checked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from asnrules.formasi import (
    JumlahPejabat,
    JumlahTersedia,
    MasukanKJF,
    TingkatUnit,
    check_kedudukan,
    rencana_kjf,
    rincian_ak_non_paket,
    tabel_lkjf,
    to_rows,
)
from asnrules.models import JenjangJabatan as J

D = Decimal
DOC = Path(__file__).resolve().parents[2] / "docs" / "formasi.md"
TAHUN = (2025, 2026, 2027, 2028, 2029)


def volume_pertama(i: int) -> dict[str, int]:
    return {
        "PKA.16.1": 600 + 50 * i,  # Mengolah data-data transaksi keuangan, 0,01
        "PKA.17.1": 12,  # Melaksanakan rekonsiliasi laporan keuangan, 0,02
        "PKA.19.1": 4,  # Menyusun Laporan keuangan, 0,02
        "PKA.22.1": (100, 100, 120, 120, 140)[i],  # penatausahaan dokumen tingkat lanjutan, 0,02
        "PNJ.b.3": 2,  # seminar sebagai peserta, 1
    }


VOLUME_MUDA = {
    "PKA.12.2": 50,  # Mengevaluasi analisis penolakan SPP, 0,02
    "PKA.16.2": 300,  # Menganalisis data-data transaksi keuangan, 0,02
    "PKA.17.2": 12,  # Menganalisis berita acara rekonsiliasi, 0,04
    "PKA.19.2": 4,  # Menganalisis laporan keuangan, 0,04
}


def contoh():
    masukan = []
    for i, tahun in enumerate(TAHUN):
        masukan.append(
            {
                J.MAHIR: MasukanKJF(D("5"), JumlahPejabat(bp=1, bpp=2)),
                J.AHLI_PERTAMA: MasukanKJF(
                    rincian_ak_non_paket(volume_pertama(i), J.AHLI_PERTAMA, tahun=tahun),
                    JumlahPejabat(ppk=1 if i < 2 else 2, ppspm=1),
                ),
                J.AHLI_MUDA: MasukanKJF(
                    rincian_ak_non_paket(VOLUME_MUDA, J.AHLI_MUDA, tahun=tahun),
                    JumlahPejabat(ppk=1 if i < 3 else 2),
                ),
            }
        )
    rencana = rencana_kjf(2025, masukan)
    tersedia = [
        {J.MAHIR: JumlahTersedia(jf=3), J.AHLI_PERTAMA: JumlahTersedia(jf=2), J.AHLI_MUDA: JumlahTersedia(jf=1)},
        {J.MAHIR: JumlahTersedia(jf=3, jfb=1), J.AHLI_PERTAMA: JumlahTersedia(jf=3, jfn=1), J.AHLI_MUDA: JumlahTersedia(jf=1, jfm=1)},
        {J.MAHIR: JumlahTersedia(jf=3), J.AHLI_PERTAMA: JumlahTersedia(jf=3), J.AHLI_MUDA: JumlahTersedia(jf=2)},
        {J.MAHIR: JumlahTersedia(jf=3), J.AHLI_PERTAMA: JumlahTersedia(jf=4), J.AHLI_MUDA: JumlahTersedia(jf=2)},
        {J.MAHIR: JumlahTersedia(jf=3), J.AHLI_PERTAMA: JumlahTersedia(jf=4, jfn=1), J.AHLI_MUDA: JumlahTersedia(jf=2, jfm=1)},
    ]
    return rencana, tabel_lkjf(rencana, tersedia)


def markdown(rows: list[dict]) -> str:
    heads = list(rows[0])
    lines = ["| " + " | ".join(heads) + " |", "|" + "|".join("---" for _ in heads) + "|"]
    for r in rows:
        lines.append("| " + " | ".join("" if r[h] is None else str(r[h]) for h in heads) + " |")
    return "\n".join(lines)


def tables() -> dict[str, str]:
    rencana, lkjf = contoh()
    return {
        "rincian_pertama_2025": markdown(to_rows(rincian_ak_non_paket(volume_pertama(0), J.AHLI_PERTAMA, tahun=2025), teks=True)),
        "rincian_muda": markdown(to_rows(rincian_ak_non_paket(VOLUME_MUDA, J.AHLI_MUDA, tahun=2025), teks=True)),
        "kjf": markdown(to_rows(rencana, teks=True)),
        "rekap": markdown(to_rows(rencana.rekap_bulat, teks=True)),
        "rekap_eksak": markdown(to_rows(rencana.rekap, teks=True)),
        "lkjf": markdown(to_rows(lkjf, teks=True)),
    }


def test_hand_checked_figures():
    rencana, lkjf = contoh()
    p25 = rencana.hasil(2025, J.AHLI_PERTAMA)
    # (3) = 600×0,01 + 12×0,02 + 4×0,02 + 100×0,02 + 2×1 = 6 + 0,24 + 0,08 + 2 + 2 = 10,32
    assert p25.ak_non_paket == D("10.32")
    # (11) = 10,32 + 12,5 × 2 = 35,32 ; (13) = 3.532 ; (14) = 2,8256 → 3
    assert (p25.total_ak, p25.waktu_penyelesaian, p25.kebutuhan, p25.kebutuhan_bulat) == (D("35.32"), D(3532), D("2.8256"), 3)
    p29 = rencana.hasil(2029, J.AHLI_PERTAMA)
    # (3) = 8 + 0,24 + 0,08 + 2,8 + 2 = 13,12 ; (11) = 13,12 + 12,5 × 3 = 50,62 ; (14) = 4,0496 → 4
    assert (p29.ak_non_paket, p29.total_ak, p29.kebutuhan, p29.kebutuhan_bulat) == (D("13.12"), D("50.62"), D("4.0496"), 4)
    m25 = rencana.hasil(2025, J.AHLI_MUDA)
    # (3) = 50×0,02 + 300×0,02 + 12×0,04 + 4×0,04 = 1 + 6 + 0,48 + 0,16 = 7,64 ; (11) = 32,64 ; (14) = 1,3056 → 1
    assert (m25.ak_non_paket, m25.total_ak, m25.kebutuhan, m25.kebutuhan_bulat) == (D("7.64"), D("32.64"), D("1.3056"), 1)
    # 2028: PPK 2 → (11) = 57,64 ; (13) = 2.882 ; (14) = 2,3056 → 2
    assert rencana.hasil(2028, J.AHLI_MUDA).kebutuhan == D("2.3056")
    mahir = rencana.hasil(2027, J.MAHIR)
    # (11) = 5 + 12,5 × 3 = 42,5 ; (13) = 4.250 ; (14) = 3,4 → 3
    assert (mahir.total_ak, mahir.waktu_penyelesaian, mahir.kebutuhan, mahir.kebutuhan_bulat) == (D("42.5"), D(4250), D("3.4"), 3)
    assert [rencana.rekap_bulat.jumlah_per_tahun[t] for t in TAHUN] == [7, 7, 8, 9, 9]
    assert rencana.rekap_bulat.jumlah == 40
    # LKJF 2026, Ahli Muda: 1 - (1 + 1 - 0 - 0) = -1 → surplus
    assert lkjf.sel[(J.AHLI_MUDA, 2026)].lkjf == -1 and lkjf.sel[(J.AHLI_MUDA, 2026)].surplus
    # LKJF 2026, Mahir: 3 - (3 + 0 - 0 - 1) = 1
    assert lkjf.sel[(J.MAHIR, 2026)].lkjf == 1


def test_kedudukan_of_the_example_unit():
    unit = TingkatUnit.ADMINISTRATOR_ATAU_LEBIH_RENDAH
    assert all(check_kedudukan(unit, j) for j in (J.MAHIR, J.AHLI_PERTAMA, J.AHLI_MUDA))
    assert not check_kedudukan(unit, J.AHLI_MADYA)


def test_every_table_of_the_guide_is_current():
    text = DOC.read_text(encoding="utf-8")
    for name, table in tables().items():
        assert table in text, f"docs/formasi.md: table {name!r} differs from the library's output"


if __name__ == "__main__":  # print the tables to paste into docs/formasi.md
    for name, table in tables().items():
        print(f"<!-- {name} -->\n{table}\n")
