"""Export of the tables of PMK 150/PMK.05/2019 Lampiran I huruf A (angka 1 huruf d, angka 2 huruf a and e,
angka 3, angka 4, angka 5): every column of every row, the "Jumlah" rows, the options and their messages.
Added for issue 12 (mutation testing); numbers checked by hand in the comments.
"""

from __future__ import annotations

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
    kolom_rekap,
    rencana_kjf,
    rincian_ak_non_paket,
    tabel_lkjf,
    to_rows,
)
from asnrules.models import JenjangJabatan as J

D = Decimal
P, MU, T = J.AHLI_PERTAMA, J.AHLI_MUDA, J.TERAMPIL


def _terampil():
    # (10) = 1 + 2 + 3 + 4 + 5 = 15; (11) = 2,5 + 5 × 15 = 77,5; (13) = 77,5 / 0,004 = 19.375;
    # (14) = 19.375 / 1.250 = 15,5 → 16
    return kjf(T, ak_non_paket="2,5", pejabat=JumlahPejabat(1, 2, 3, 4, 5), tahun=2025)


# --- angka 2 huruf e: every column ------------------------------------------------------------------------


def test_angka_2_huruf_e_kolom_1_sampai_14_as_numbers():
    (r,) = to_rows(_terampil())
    assert r == {
        "No.": 1,
        "Tahun": 2025,
        "Jenjang": "Terampil",
        "AK Non Paket": D("2.5"),
        "AK Paket": D(5),
        "PPK": 1,
        "PPSPM": 2,
        "BP": 3,
        "BPEN": 4,
        "BPP": 5,
        "Jumlah/Proyeksi Pejabat": 15,
        "TOTAL AK": D("77.5"),
        "Angka Kredit perjam": D("0.004"),
        "Waktu Penyelesaian Output Pertahun": D(19375),
        "Kebutuhan Jumlah Pegawai": D("15.5"),
        "Kebutuhan Jumlah Pegawai (dibulatkan)": 16,
    }


def test_angka_2_huruf_e_kolom_1_sampai_14_as_indonesian_text():
    (r,) = to_rows(_terampil(), teks=True)
    assert list(r.values()) == [
        1, 2025, "Terampil", "2,50", "5,00", "1", "2", "3", "4", "5", "15", "77,50", "0,004", "19.375,00", "15,50", "16",
    ]


@pytest.mark.parametrize(
    ("places", "ak_non_paket", "total", "per_jam", "kebutuhan"),
    [(0, "2,5", "77,5", "0,004", "15,5"), (1, "2,5", "77,5", "0,004", "15,5"), (3, "2,500", "77,500", "0,004", "15,500")],
)
def test_teks_places_is_a_minimum_of_decimals(places, ak_non_paket, total, per_jam, kebutuhan):
    (r,) = to_rows(_terampil(), teks=True, places=places)
    assert (r["AK Non Paket"], r["TOTAL AK"], r["Angka Kredit perjam"], r["Kebutuhan Jumlah Pegawai"]) == (
        ak_non_paket, total, per_jam, kebutuhan
    )
    assert r["PPK"] == "1" and r["Kebutuhan Jumlah Pegawai (dibulatkan)"] == "16"


def test_teks_at_most_four_decimals_for_a_non_terminating_kebutuhan():
    # Ahli Madya: (14) = 5 / 37,5 = 0,1333…; whole numbers keep the minimum of decimals
    (r,) = to_rows(kjf(J.AHLI_MADYA, ak_non_paket=5, pejabat=JumlahPejabat()), teks=True, places=0)
    assert r["Kebutuhan Jumlah Pegawai"] == "0,1333"
    assert r["Waktu Penyelesaian Output Pertahun"] == "166,6667"
    assert r["AK Non Paket"] == "5" and r["AK Paket"] == "37,5"
    assert r["Tahun"] is None


def test_angka_2_huruf_e_jumlah_row_sums_every_summable_column():
    a = _terampil()
    b = kjf(MU, ak_non_paket=5, pejabat=JumlahPejabat(ppk=2, ppspm=1), tahun=2026)  # 80 → 4.000 → 3,2
    rows = to_rows([a, b])
    assert [r["No."] for r in rows] == [1, 2, "Jumlah"]
    total = rows[-1]
    assert total == {
        "No.": "Jumlah",
        "Tahun": None,
        "Jenjang": None,
        "AK Non Paket": D("7.5"),
        "AK Paket": None,
        "PPK": 3,
        "PPSPM": 3,
        "BP": 3,
        "BPEN": 4,
        "BPP": 5,
        "Jumlah/Proyeksi Pejabat": 18,
        "TOTAL AK": D("157.5"),
        "Angka Kredit perjam": None,
        "Waktu Penyelesaian Output Pertahun": D(23375),
        "Kebutuhan Jumlah Pegawai": D("18.7"),
        "Kebutuhan Jumlah Pegawai (dibulatkan)": 19,
    }
    assert to_rows((a, b), teks=True)[-1]["Kebutuhan Jumlah Pegawai"] == "18,70"
    assert to_rows((a, b), jumlah=False) == rows[:2]


def test_angka_2_huruf_e_one_row_never_gets_a_jumlah_row():
    assert len(to_rows(_terampil(), jumlah=True)) == 1


def test_angka_2_huruf_e_rows_without_tahun_share_number_1():
    a = kjf(P, ak_non_paket=0, pejabat=JumlahPejabat())
    rows = to_rows([a, a, a], jumlah=False)
    assert [r["No."] for r in rows] == [1, 1, 1]


# --- angka 1 huruf d --------------------------------------------------------------------------------------


def test_angka_1_huruf_d_every_column_and_jumlah_row():
    r = rincian_ak_non_paket({"PNJ.a.1": 2, "PKA.12.1": 40}, P)
    rows = to_rows(r, teks=True)
    # PKA.12.1 0,02 × 40 = 0,8; PNJ.a.1 0,4 × 2 = 0,8
    assert rows[0] == {
        "No.": 1,
        "Butir Kegiatan yang Dinilai": "Menyusun analisis penolakan SPP",
        "Volume": "40,00",
        "Angka Kredit": "0,02",
        "Jumlah Angka Kredit": "0,80",
        "Keterangan": r.baris[0].keterangan,
    }
    assert rows[1]["No."] == 2 and rows[1]["Keterangan"].startswith("PNJ.a.1 (")
    assert rows[2] == {
        "No.": "Jumlah",
        "Butir Kegiatan yang Dinilai": None,
        "Volume": None,
        "Angka Kredit": None,
        "Jumlah Angka Kredit": "1,60",
        "Keterangan": None,
    }
    assert to_rows(r, jumlah=False) == to_rows(r)[:2]


# --- angka 2 huruf a --------------------------------------------------------------------------------------


def test_angka_2_huruf_a_every_row_as_published():
    rows = to_rows(TABEL_AK_PER_JAM)
    got = [tuple(r.values()) for r in rows]
    assert got == [
        (1, "Terampil", D(20), D(5000), D("0.004")),
        (2, "Mahir", D(50), D(5000), D("0.01")),
        (3, "Penyelia", D(100), D(5000), D("0.02")),
        (4, "Ahli Pertama", D(50), D(5000), D("0.01")),
        (5, "Ahli Muda", D(100), D(5000), D("0.02")),
        (6, "Ahli Madya", D(150), D(5000), D("0.03")),
    ]
    teks = to_rows(TABEL_AK_PER_JAM, teks=True, places=0)
    assert [tuple(r.values())[2:] for r in teks][:2] == [("20", "5.000", "0,004"), ("50", "5.000", "0,01")]


# --- angka 4 ----------------------------------------------------------------------------------------------


def test_angka_4_kolom_rekap_headings():
    assert kolom_rekap() == ("No.", "Jenjang", "n", "n+1", "n+2", "n+3", "n+4", "Jumlah")
    assert kolom_rekap(2) == ("No.", "Jenjang", "n", "n+1", "Jumlah")


def _plan():
    # Terampil: (11) = 1 + 5 = 6 → (14) 1,2 ; Ahli Muda: 80 → 3,2
    m = {T: MasukanKJF(D(1), JumlahPejabat(bp=1)), MU: MasukanKJF(D(5), JumlahPejabat(ppk=2, ppspm=1))}
    return rencana_kjf(2025, [m] * 5)


def test_angka_4_every_row_of_the_exact_rekap():
    rows = to_rows(_plan().rekap, teks=True)
    assert rows == [
        {"No.": 1, "Jenjang": "Terampil", "n": "1,20", "n+1": "1,20", "n+2": "1,20", "n+3": "1,20", "n+4": "1,20", "Jumlah": "6,00"},
        {"No.": 2, "Jenjang": "Ahli Muda", "n": "3,20", "n+1": "3,20", "n+2": "3,20", "n+3": "3,20", "n+4": "3,20", "Jumlah": "16,00"},
        {"No.": "Jumlah", "Jenjang": None, "n": "4,40", "n+1": "4,40", "n+2": "4,40", "n+3": "4,40", "n+4": "4,40", "Jumlah": "22,00"},
    ]
    assert to_rows(_plan().rekap, jumlah=False) == to_rows(_plan().rekap)[:2]


# --- angka 5 ----------------------------------------------------------------------------------------------


def test_angka_5_every_column_of_a_row_and_jumlah_rows_per_year():
    plan = _plan()
    t = tabel_lkjf(plan, [{T: JumlahTersedia(jf=2, jfm=1, jfn=1), MU: JumlahTersedia(jf=1, jfb=1)}] * 5)
    rows = to_rows(t)
    # Terampil: 1 - (2 + 1 - 1 - 0) = -1 ; Ahli Muda: 3 - (1 + 0 - 0 - 1) = 3
    assert rows[0] == {
        "Tahun": 2025, "Jenjang": "Terampil", "KJF": D(1), "JF": 2, "JFM": 1, "JFN": 1, "JFB": 0, "LKJF": D(-1),
        "Keterangan": "kelebihan (surplus) 1",
    }
    assert rows[1] == {
        "Tahun": 2025, "Jenjang": "Ahli Muda", "KJF": D(3), "JF": 1, "JFM": 0, "JFN": 0, "JFB": 1, "LKJF": D(3),
        "Keterangan": "lowongan 3",
    }
    assert [(r["Tahun"], r["Jenjang"]) for r in rows[:4]] == [(2025, "Terampil"), (2025, "Ahli Muda"), (2026, "Terampil"), (2026, "Ahli Muda")]
    jumlah = rows[10:]
    assert len(rows) == 15 and len(jumlah) == 5
    assert jumlah[0] == {
        "Tahun": 2025, "Jenjang": "Jumlah", "KJF": None, "JF": None, "JFM": None, "JFN": None, "JFB": None,
        "LKJF": D(2), "Keterangan": "lowongan 3",
    }
    assert [r["Tahun"] for r in jumlah] == [2025, 2026, 2027, 2028, 2029]
    en = to_rows(t, lang="en", teks=True)
    assert en[0]["Keterangan"] == "surplus 1" and en[1]["Keterangan"] == "vacancy 3"
    assert en[10]["Keterangan"] == "vacancies 3" and en[10]["LKJF"] == "2,00"
    assert to_rows(t, jumlah=False) == rows[:10]


def test_angka_5_one_hasil_lkjf_row():
    rows = to_rows(hitung_lkjf(kjf=D("3.5"), jf=1, jfm=0, jfn=0, jfb=0), teks=True)
    assert rows == [
        {"Tahun": None, "Jenjang": None, "KJF": "3,50", "JF": "1", "JFM": "0", "JFN": "0", "JFB": "0", "LKJF": "2,50",
         "Keterangan": "lowongan 2,5"},
    ]


# --- options ----------------------------------------------------------------------------------------------


def test_bad_options_messages():
    h = _terampil()
    with pytest.raises(InvalidInput) as e:
        to_rows(h, jumlah=1)  # type: ignore[arg-type]
    err = e.value
    assert (err.field, err.value) == ("teks/jumlah", (False, 1))
    assert (err.expected, err.expected_en) == ("True atau False", "True or False")
    with pytest.raises(InvalidInput) as e:
        to_rows(h, lang="EN")
    err = e.value
    assert (err.field, err.value) == ("lang", "EN")
    assert (err.expected, err.expected_en) == ("'id' atau 'en'", "'id' or 'en'")


@pytest.mark.parametrize("bad", [[_terampil(), 1], (1,), [hitung_lkjf(kjf=1, jf=0, jfm=0, jfn=0, jfb=0)]])
def test_unknown_object_message(bad):
    with pytest.raises(InvalidInput) as e:
        to_rows(bad)
    err = e.value
    assert (err.field, err.value) == ("hasil", bad)
    assert err.expected == (
        "HasilKJF, RencanaKJF, RincianAKNonPaket, RekapKJF, TabelLKJF, HasilLKJF, TABEL_AK_PER_JAM, JENJANG_PER_UNIT atau Verdict"
    )
    assert err.expected_en == (
        "a HasilKJF, RencanaKJF, RincianAKNonPaket, RekapKJF, TabelLKJF, HasilLKJF, TABEL_AK_PER_JAM, JENJANG_PER_UNIT or Verdict"
    )


def test_verdict_rows_in_indonesian_by_default():
    from asnrules.formasi import TingkatUnit, check_kedudukan

    v = check_kedudukan(TingkatUnit.ADMINISTRATOR_ATAU_LEBIH_RENDAH, J.AHLI_MADYA)
    assert to_rows(v) == [r.as_dict("id") for r in v.reasons]
    assert to_rows(v, lang="en") == [r.as_dict("en") for r in v.reasons]
    assert to_rows(v) != to_rows(v, lang="en")
