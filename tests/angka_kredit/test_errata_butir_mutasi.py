"""angka_kredit._errata_butir (issue 12, mutation testing): the nine "Madya step below the Muda step"
errata of Lampiran III huruf A angka 1 huruf b angka 3), Tabel 2-10 nomor 3 (published Madya 0,01 < Muda
0,02), built at import by ``_madya_turun`` — called again here."""

from __future__ import annotations

import pytest

from asnrules.angka_kredit import _errata_butir as m
from asnrules.angka_kredit import ak_butir, butir

JUDUL = {
    2: "analisis/update analisis kualitas rencana pelaksanaan kegiatan dan rencana pencairan dana",
    3: "analisis/update kebutuhan penyedia barang/jasa",
    4: "analisis klasifikasi/update klasifikasi kegiatan swakelola dan/atau non swakelola",
    5: "analisis langkah langkah rencana/update pengendalian perikatan",
    6: "analisis efisiensi pembayaran/belanja",
    7: "analisis efektifitas pembayaran/belanja",
    8: "analisis transparansi pembayaran/belanja",
    9: "analisis keterbukaan pembayaran/belanja",
    10: "analisis bersaing/kompetitif pembayaran/belanja",
}


@pytest.mark.parametrize("tabel", range(2, 11))
def test_lampiran_iii_a_tabel_2_sampai_10_nomor_3_madya_0_01_below_muda_0_02(tabel: int) -> None:
    e = m._madya_turun(tabel)
    assert e == m.ERRATA_BUTIR[tabel - 2]
    assert e["lokasi"] == (f"PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf b angka 3), Tabel {tabel} nomor 3, "
                           "kolom Angka Kredit Madya")
    assert e["teks_terbit"] == "0,01" and e["nilai_dimaksud"] is None and e["kode"] == (f"PKA.{tabel}.3",)
    assert e["alasan"] == (
        f"Tabel {tabel} ({JUDUL[tabel]}) follows the 3-step pattern Pertama analyses (nomor 1), "
        "Muda evaluates (nomor 2), Madya recommends (nomor 3). The published Madya cell 0,01 is LOWER "
        "than the Muda cell 0,02 of the same table; in every other 3-step table (12-20, 22) the Madya "
        "step is worth at least the Muda step, and tables 1 and 11 grade Pertama:Muda:Madya as 1:2:3. "
        "Non-monotonic; likely a transcription error (the same 0,01 repeats in tables 2-10). The "
        "intended value cannot be fixed from the PMK alone (0,02 per tables 13-15, 0,03 per the 1:2:3 "
        "pattern of tables 1, 11 and 16).")
    # the published value is what the library computes (architecture.md §5), with the erratum attached
    assert str(ak_butir(f"PKA.{tabel}.3", "Ahli Madya")) == "0.01"
    assert str(ak_butir(f"PKA.{tabel}.2", "Ahli Muda")) == "0.02"
    ids = [x.id for x in butir(f"PKA.{tabel}.3").errata]
    assert ids == [f"L3A-PKA.{tabel}.3"] + (["L3A-PKA.10.1"] if tabel == 10 else [])  # + the heading of Tabel 10
