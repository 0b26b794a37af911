"""Export as rows with the headings and column order of the tables of PMK 150/PMK.05/2019 Lampiran I
huruf A (angka 1 huruf d, angka 2 huruf a, angka 2 huruf e, angka 4, angka 5). The headings below
are typed from the PMK."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

from asnrules.core import InvalidInput
from asnrules.formasi import (
    TABEL_AK_PER_JAM,
    JumlahPejabat,
    JumlahTersedia,
    MasukanKJF,
    hitung_lkjf,
    kjf,
    rencana_kjf,
    rincian_ak_non_paket,
    tabel_lkjf,
    to_rows,
)
from asnrules.models import JenjangJabatan as J

D = Decimal

KJF_HEADINGS = [
    "No.",
    "Tahun",
    "Jenjang",
    "AK Non Paket",
    "AK Paket",
    "PPK",
    "PPSPM",
    "BP",
    "BPEN",
    "BPP",
    "Jumlah/Proyeksi Pejabat",
    "TOTAL AK",
    "Angka Kredit perjam",
    "Waktu Penyelesaian Output Pertahun",
    "Kebutuhan Jumlah Pegawai",
]


def _plan():
    m = {
        J.TERAMPIL: MasukanKJF(D(1), JumlahPejabat(bp=1)),
        J.AHLI_MUDA: MasukanKJF(D(5), JumlahPejabat(ppk=2, ppspm=1)),
    }
    return rencana_kjf(2025, [m] * 5)


def test_angka_2_huruf_e_headings_in_order_then_rounded_column():
    rows = to_rows(kjf(J.AHLI_MUDA, ak_non_paket=5, pejabat=JumlahPejabat(ppk=2, ppspm=1), tahun=2025))
    assert list(rows[0])[:15] == KJF_HEADINGS
    assert list(rows[0])[15:] == ["Kebutuhan Jumlah Pegawai (dibulatkan)"]
    r = rows[0]
    assert (r["No."], r["Tahun"], r["Jenjang"]) == (1, 2025, "Muda")
    assert (r["AK Non Paket"], r["AK Paket"], r["PPK"], r["PPSPM"], r["BP"], r["BPEN"], r["BPP"]) == (D(5), D(25), 2, 1, 0, 0, 0)
    assert r["Jumlah/Proyeksi Pejabat"] == 3
    assert (r["TOTAL AK"], r["Angka Kredit perjam"], r["Waktu Penyelesaian Output Pertahun"]) == (D(80), D("0.02"), D(4000))
    assert r["Kebutuhan Jumlah Pegawai"] == D("3.2")
    assert r["Kebutuhan Jumlah Pegawai (dibulatkan)"] == 3


def test_angka_2_huruf_e_jenjang_labels_as_printed():
    labels = [to_rows(kjf(j, ak_non_paket=0, pejabat=JumlahPejabat()))[0]["Jenjang"] for j in J]
    assert labels == ["Terampil", "Mahir", "Penyelia", "Pertama", "Muda", "Madya"]


def test_rencana_rows_number_year_blocks_and_end_with_jumlah():
    rows = to_rows(_plan())
    assert len(rows) == 11
    assert [r["No."] for r in rows[:10]] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert [r["Tahun"] for r in rows[:4]] == [2025, 2025, 2026, 2026]
    total = rows[-1]
    assert total["No."] == "Jumlah"
    # Terampil (11) = 1 + 5 = 6 → (14) 6 / 5 = 1,2 ; Muda 3,2 ; × 5 years
    assert total["TOTAL AK"] == (D(6) + D(80)) * 5
    assert total["Kebutuhan Jumlah Pegawai"] == (D("1.2") + D("3.2")) * 5
    assert total["Kebutuhan Jumlah Pegawai (dibulatkan)"] == (1 + 3) * 5
    assert total["AK Paket"] is None and total["Angka Kredit perjam"] is None
    assert len(to_rows(_plan(), jumlah=False)) == 10


def test_angka_1_huruf_d_headings_and_jumlah_row():
    rows = to_rows(rincian_ak_non_paket({"PKA.12.1": 40, "PNJ.a.1": 2}, J.AHLI_PERTAMA))
    assert list(rows[0]) == ["No.", "Butir Kegiatan yang Dinilai", "Volume", "Angka Kredit", "Jumlah Angka Kredit", "Keterangan"]
    assert rows[0]["Butir Kegiatan yang Dinilai"] == "Menyusun analisis penolakan SPP"
    assert (rows[0]["Volume"], rows[0]["Angka Kredit"], rows[0]["Jumlah Angka Kredit"]) == (D(40), D("0.02"), D("0.8"))
    assert rows[-1]["No."] == "Jumlah" and rows[-1]["Jumlah Angka Kredit"] == D("1.6")


def test_angka_2_huruf_a_table_rows():
    rows = to_rows(TABEL_AK_PER_JAM, teks=True)
    assert list(rows[0]) == [
        "No",
        "Jabatan Fungsional Pranata Keuangan APBN/Analisis Pengelolaan Keuangan APBN",
        "Angka Kredit yang Dibutuhkan untuk Naik Jenjang",
        "Jam Kerja Efektif untuk Kenaikan Golongan",
        "Angka Kredit per Jam",
    ]
    assert [r["Angka Kredit per Jam"] for r in rows] == ["0,004", "0,01", "0,02", "0,01", "0,02", "0,03"]
    assert rows[0]["Jam Kerja Efektif untuk Kenaikan Golongan"] == "5.000,00"


def test_angka_4_rekap_headings_n_to_n_plus_4():
    plan = _plan()
    rows = to_rows(plan.rekap_bulat)
    assert list(rows[0]) == ["No.", "Jenjang", "n", "n+1", "n+2", "n+3", "n+4", "Jumlah"]
    assert rows[0]["Jenjang"] == "Terampil" and rows[1]["Jenjang"] == "Ahli Muda"
    assert rows[1]["n+4"] == 3 and rows[1]["Jumlah"] == 15
    assert rows[-1] == {"No.": "Jumlah", "Jenjang": None, "n": 4, "n+1": 4, "n+2": 4, "n+3": 4, "n+4": 4, "Jumlah": 20}
    exact = to_rows(plan.rekap, teks=True)
    assert exact[1]["n"] == "3,20"


def test_angka_5_rows_with_keterangan_surplus():
    plan = _plan()
    t = tabel_lkjf(plan, [{J.TERAMPIL: JumlahTersedia(jf=2), J.AHLI_MUDA: JumlahTersedia(jf=1)}] * 5)
    rows = to_rows(t)
    assert list(rows[0]) == ["Tahun", "Jenjang", "KJF", "JF", "JFM", "JFN", "JFB", "LKJF", "Keterangan"]
    assert rows[0]["LKJF"] == D(-1) and "surplus" in rows[0]["Keterangan"]
    assert rows[1]["LKJF"] == D(2) and rows[1]["Keterangan"] == "lowongan 2"
    assert rows[-1]["Jenjang"] == "Jumlah" and rows[-1]["LKJF"] == D(1)
    single = to_rows(hitung_lkjf(kjf=1, jf=3, jfm=0, jfn=0, jfb=0), lang="en")
    assert single[0]["Keterangan"] == "surplus 2"


def test_teks_renders_indonesian_numbers():
    rows = to_rows(kjf(J.AHLI_MADYA, ak_non_paket="1234,5", pejabat=JumlahPejabat(ppk=1)), teks=True)
    r = rows[0]
    assert r["AK Non Paket"] == "1.234,50"
    assert r["AK Paket"] == "37,50"
    assert r["PPK"] == "1"
    # (11) = 1.272 → (13) 42.400 → (14) 33,92
    assert r["TOTAL AK"] == "1.272,00"
    assert r["Waktu Penyelesaian Output Pertahun"] == "42.400,00"
    assert r["Kebutuhan Jumlah Pegawai"] == "33,92"


def test_csv_round_trip():
    rows = to_rows(_plan(), teks=True)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]))
    w.writeheader()
    w.writerows(rows)
    back = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(back) == len(rows)
    assert back[0]["Kebutuhan Jumlah Pegawai"] == rows[0]["Kebutuhan Jumlah Pegawai"]


def test_sequence_of_rows():
    a = kjf(J.AHLI_PERTAMA, ak_non_paket=0, pejabat=JumlahPejabat(ppk=1), tahun=2025)
    b = kjf(J.AHLI_MUDA, ak_non_paket=0, pejabat=JumlahPejabat(ppk=1), tahun=2025)
    rows = to_rows([a, b])
    assert [r["No."] for r in rows] == [1, 1, "Jumlah"]


@pytest.mark.parametrize("bad", [None, 3, [], [1, 2], "x", {}])
def test_unknown_object_is_invalid_input(bad):
    with pytest.raises(InvalidInput) as e:
        to_rows(bad)
    assert e.value.field == "hasil"


def test_bad_options():
    h = kjf(J.AHLI_PERTAMA, ak_non_paket=0, pejabat=JumlahPejabat())
    with pytest.raises(InvalidInput) as exc_info:
        to_rows(h, teks="ya")  # type: ignore[arg-type]
    assert (exc_info.value.field, exc_info.value.value) == ('teks/jumlah', ('ya', True))
    with pytest.raises(InvalidInput) as exc_info:
        to_rows(h, lang="fr")
    assert (exc_info.value.field, exc_info.value.value) == ('lang', 'fr')


def test_angka_3_kedudukan_table_rows_as_published():
    from asnrules.formasi import JENJANG_PER_UNIT

    rows = to_rows(JENJANG_PER_UNIT)
    assert rows == [
        {
            "No": 1,
            "Unit Kerja Kedudukan Jabatan Fungsional": "Unit Kerja Jabatan Pimpinan Tinggi Pratama atau lebih tinggi",
            "Jenjang Jabatan Fungsional": "a. Analis Pengelolaan Keuangan APBN Ahli Pertama s.d. Ahli Madya; "
            "b. Pranata Keuangan APBN Terampil s.d. Penyelia.",
        },
        {
            "No": 2,
            "Unit Kerja Kedudukan Jabatan Fungsional": "Unit Kerja Jabatan Administrator atau lebih rendah",
            "Jenjang Jabatan Fungsional": "a. Analis Pengelolaan Keuangan APBN Ahli Pertama s.d. Ahli Muda; "
            "b. Pranata Keuangan APBN Terampil s.d. Penyelia.",
        },
    ]


def test_verdict_rows():
    from asnrules.formasi import TingkatUnit, check_kedudukan

    rows = to_rows(check_kedudukan(TingkatUnit.ADMINISTRATOR_ATAU_LEBIH_RENDAH, J.AHLI_MADYA), lang="en")
    assert rows[0]["code"] == "kedudukan_jenjang" and rows[0]["status"] == "NOT_MET"
    assert rows[0]["citation"].startswith("PMK 150/PMK.05/2019 Lampiran I huruf A angka 3")


def test_ak_per_jam_mapping_exports_the_same_table():
    from asnrules.formasi import AK_PER_JAM

    assert to_rows(AK_PER_JAM) == to_rows(TABEL_AK_PER_JAM)
