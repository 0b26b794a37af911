"""angka_kredit.konversi (issue 12, mutation testing): AK from 2023 by converting the performance rating
(PermenPANRB 1/2023 Pasal 36, PerBKN 3/2023; values and sureness in data/konversi_ak.toml, regimes.md).
Every boundary, message field and citation; the loaders that run at import are called again."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal as D
from typing import Any

import pytest

from asnrules.angka_kredit import konversi as k
from asnrules.angka_kredit.konversi import (
    JENJANG,
    PREDIKAT,
    EntriKinerja,
    Predikat,
    ak_integrasi,
    ak_kenaikan_jenjang,
    ak_konversi,
    ak_perpindahan,
    buku_ak,
    check_penetapan_pak_konversi,
    check_usul_metode_lama,
    jenjang,
    kesiapan_kenaikan,
    konversi,
    nilai_dasar,
    predikat,
)
from asnrules.core import Citation, InvalidInput, NotInTable, Status
from asnrules.core.regulasi import Kepastian
from asnrules.models import Golongan, JabatanFungsional, JenjangJabatan, Pegawai, PredikatKinerja


def _pegawai(golongan: str, jenjang: JenjangJabatan, kinerja: dict[int, str], tmt: date | None = date(2020, 1, 1)) -> Pegawai:
    return Pegawai(status="PNS", golongan=golongan, jabatan=JabatanFungsional(jenjang=jenjang, tmt=tmt), kinerja=kinerja)


# --- PMK 150/2019 Pasal 3 ayat (1): Ahli Madya is the highest jenjang of JF Analis Pengelolaan Keuangan APBN --
def test_pasal_3_ayat_1_ahli_madya_kesiapan_has_no_kenaikan_jenjang() -> None:
    """Bug fixed (issue 12): the national table's Ahli Madya KJ (450, to Ahli Utama) was offered as if this JF
    had an Ahli Utama jenjang; PMK 150/2019 Pasal 3 ayat (1) lists only Ahli Pertama, Ahli Muda, Ahli Madya."""
    p = _pegawai("IV/b", JenjangJabatan.AHLI_MADYA, {2023: "Sangat Baik", 2024: "Sangat Baik", 2025: "Sangat Baik"})
    h = kesiapan_kenaikan(p, on=date(2026, 2, 1), ak_konvensional=D(1000))
    assert (h.jenjang, h.ak_integrasi, h.ak_kumulatif) == ("Ahli Madya", D(600), D("768.75"))
    assert (h.ak_kenaikan_pangkat, h.siap_kenaikan_pangkat, h.tanggal_kenaikan_pangkat) == (D(150), True, date(2023, 1, 1))
    assert (h.ak_kenaikan_jenjang, h.siap_kenaikan_jenjang, h.tanggal_kenaikan_jenjang, h.kurang_kenaikan_jenjang) == (
        None, None, None, None)
    assert "ak_kenaikan_jenjang: None" in h.explain()
    # also without any rating yet (the integrated credit alone), and given the level as text
    p0 = _pegawai("IV/a", JenjangJabatan.AHLI_MADYA, {})
    h0 = kesiapan_kenaikan(p0, on=date(2023, 6, 1), jenjang="Ahli Madya", ak_konvensional=D(900))
    assert (h0.ak_kumulatif, h0.siap_kenaikan_pangkat, h0.ak_kenaikan_jenjang, h0.siap_kenaikan_jenjang) == (
        D(500), True, None, None)
    # the national table itself keeps 450 (PerBKN 3/2023: Ahli Madya → Ahli Utama in JF that have it)
    assert k.ak_kenaikan_jenjang("Ahli Madya") == D(450)


def test_pasal_3_ayat_1_lower_jenjang_keep_their_kenaikan_jenjang() -> None:
    muda = kesiapan_kenaikan(_pegawai("III/c", JenjangJabatan.AHLI_MUDA, {2023: "Baik"}), on=date(2024, 1, 2))
    assert (muda.ak_kenaikan_jenjang, muda.siap_kenaikan_jenjang, muda.kurang_kenaikan_jenjang) == (D(200), False, D(175))
    mahir = kesiapan_kenaikan(_pegawai("II/c", JenjangJabatan.MAHIR, {2023: "Baik"}), on=date(2024, 1, 2))
    assert (mahir.ak_kenaikan_jenjang, mahir.siap_kenaikan_jenjang, mahir.kurang_kenaikan_jenjang) == (D(100), False, D("87.5"))
    penyelia = kesiapan_kenaikan(_pegawai("III/c", JenjangJabatan.PENYELIA, {2023: "Baik"}), on=date(2024, 1, 2))
    assert (penyelia.ak_kenaikan_jenjang, penyelia.siap_kenaikan_jenjang) == (None, None)


def test_pasal_3_ayat_1_pantau_gives_no_level_alert_to_an_ahli_madya() -> None:
    from asnrules.pantau._ak2023 import siap
    from asnrules.pantau.peringatan import JenisPeringatan

    p = _pegawai("IV/b", JenjangJabatan.AHLI_MADYA, {2023: "Sangat Baik", 2024: "Sangat Baik"})
    alerts, why = siap(p, date(2025, 3, 1), D(1000))
    assert why is None and [a.kode for a in alerts] == [JenisPeringatan.AK_SIAP_PANGKAT]


# ============================================================================ the tables, loaded again
PASAL_36 = Citation("PermenPANRB 1/2023", pasal="36")
PERBKN = Citation("PerBKN 3/2023")
AMBANG = Citation("PerBKN 3/2023", bagian="Angka Kredit kumulatif kenaikan pangkat/jenjang")
INTEGRASI = Citation("PerBKN 3/2023", bagian="integrasi Angka Kredit konvensional")
NAMA_PREDIKAT = "Sangat Baik, Baik, Cukup/Butuh Perbaikan, Kurang, Sangat Kurang"


def _data(monkeypatch: pytest.MonkeyPatch, change: Any) -> None:
    data = copy.deepcopy(k._DATA)
    change(data)
    monkeypatch.setattr(k, "_DATA", data)


def test_pasal_36_rating_table_loaded_again() -> None:
    by_kode, by_label = k._muat_predikat()
    assert by_kode == dict(PREDIKAT) and by_label == dict(k._PREDIKAT_LABEL)
    assert {p.kode: p.persen for p in by_kode.values()} == {
        "SANGAT_BAIK": D(150), "BAIK": D(100), "BUTUH_PERBAIKAN": D(75), "KURANG": D(50), "SANGAT_KURANG": D(25)}
    assert all(p.citation == PASAL_36 and p.flags == () for p in by_kode.values())  # all [V]
    assert by_label["sangat baik"] is by_kode["SANGAT_BAIK"] and by_label["cukup/butuh perbaikan"] is by_kode["BUTUH_PERBAIKAN"]
    assert by_label["sb"].kode == "SANGAT_BAIK" and by_label["sangat kurang/misconduct"].kode == "SANGAT_KURANG"


def test_pasal_36_an_unverified_percentage_carries_its_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    def change(d: dict[str, Any]) -> None:
        d["predikat"][1]["kepastian"] = "P"
        d["predikat"][1]["citation"] = {"regulasi": "PermenPANRB 1/2023"}

    _data(monkeypatch, change)
    by_kode, _ = k._muat_predikat()
    baik = by_kode["BAIK"]
    assert baik.citation == Citation("PermenPANRB 1/2023")
    assert [(f.kode, f.kepastian, f.sumber, f.periksa, f.citation) for f in baik.flags] == [
        ("persen_baik", Kepastian.P, "PermenPANRB 1/2023 Pasal 36 (JDIH kementerian)", "persentase predikat Baik (100 %)",
         Citation("PermenPANRB 1/2023"))]
    assert by_kode["SANGAT_BAIK"].flags == ()


def test_perbkn_level_table_loaded_again() -> None:
    again = k._muat_jenjang()
    assert again == dict(JENJANG) and list(again) == list(JENJANG)
    got = {j.nama: (j.kategori, j.urutan, j.golongan, j.koefisien, j.kp, j.kj) for j in again.values()}
    assert got == {
        "Pemula": ("keterampilan", 0, "II/a", D("3.75"), D(15), D(15)),
        "Terampil": ("keterampilan", 1, "II/b–II/d", D(5), D(20), D(60)),
        "Mahir": ("keterampilan", 2, "III/a–III/b", D("12.5"), D(50), D(100)),
        "Penyelia": ("keterampilan", 3, "III/c–III/d", D(25), D(100), None),
        "Ahli Pertama": ("keahlian", 0, "III/a–III/b", D("12.5"), D(50), D(100)),
        "Ahli Muda": ("keahlian", 1, "III/c–III/d", D(25), D(100), D(200)),
        "Ahli Madya": ("keahlian", 2, "IV/a–IV/c", D("37.5"), D(150), D(450)),
        "Ahli Utama": ("keahlian", 3, "IV/d–IV/e", D(50), D(200), None),
    }
    madya = again["ahli madya"]
    assert [(f.kode, f.kepastian, f.sumber, f.periksa, f.citation) for f in madya.flags_koefisien] == [
        ("koefisien_ahli_madya", Kepastian.P, "regimes.md [P]: lembar kerja seorang praktisi",
         "koefisien tahunan Ahli Madya = 37,5", PERBKN)]
    assert again["ahli pertama"].flags_koefisien == () and again["ahli muda"].flags_koefisien == ()
    assert [f.kode for f in again["ahli utama"].flags_koefisien] == ["koefisien_ahli_utama"]
    assert all(j.flags_ambang == () for j in again.values())  # every KP/KJ threshold [V]


def test_perbkn_an_unverified_threshold_carries_its_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    _data(monkeypatch, lambda d: d["jenjang"][5].update(kepastian_ambang="U"))
    muda = k._muat_jenjang()["ahli muda"]
    assert [(f.kode, f.kepastian, f.sumber, f.periksa, f.citation) for f in muda.flags_ambang] == [
        ("ambang_ahli_muda", Kepastian.U, "regimes.md", "AK kenaikan pangkat/jenjang Ahli Muda", AMBANG)]


def test_rating_labels_normalised() -> None:
    assert k._norm("  Sangat_Baik ") == "sangat baik"
    assert k._norm("BUTUH-PERBAIKAN") == "butuh perbaikan"
    assert k._norm("Cukup / Butuh  Perbaikan") == "cukup/butuh perbaikan"
    assert k._norm("Sangat\t Kurang") == "sangat kurang"


# ============================================================================ parsing
def test_pasal_36_predikat_accepts_its_own_objects_enum_and_labels() -> None:
    sb = PREDIKAT["SANGAT_BAIK"]
    assert predikat(sb) is sb and predikat(PredikatKinerja.SANGAT_BAIK) is sb and predikat(" sangat-baik ") is sb
    assert predikat(PredikatKinerja.BUTUH_PERBAIKAN) is PREDIKAT["BUTUH_PERBAIKAN"]
    assert str(sb) == "Sangat Baik" and sb.faktor == D("1.5") and PREDIKAT["SANGAT_KURANG"].faktor == D("0.25")


@pytest.mark.parametrize("bad", ["Istimewa", "", 5, None])
def test_pasal_36_predikat_unknown_names_every_rating(bad: object) -> None:
    with pytest.raises(InvalidInput) as e:
        predikat(bad, "kinerja[2]")
    assert (e.value.field, e.value.value, e.value.citation) == ("kinerja[2]", bad, PASAL_36)
    assert e.value.expected == f"predikat kinerja: {NAMA_PREDIKAT}"
    assert e.value.expected_en == f"a performance rating: {NAMA_PREDIKAT}"
    with pytest.raises(InvalidInput) as e2:
        k.persen_predikat(bad)
    assert e2.value.field == "predikat"


def test_jenjang_accepts_its_own_objects_enum_and_position_names() -> None:
    muda = JENJANG["ahli muda"]
    assert jenjang(muda) is muda and jenjang(JenjangJabatan.AHLI_MUDA) is muda and str(muda) == "Ahli Muda"
    assert jenjang("AHLI_MUDA") is muda and jenjang("Analis Pengelolaan Keuangan APBN Ahli Muda") is muda
    assert jenjang("Pranata Keuangan APBN Penyelia") is JENJANG["penyelia"]


@pytest.mark.parametrize("bad", [None, "", "   ", 3])
def test_jenjang_missing(bad: object) -> None:
    with pytest.raises(InvalidInput) as e:
        jenjang(bad, "jenjang_tujuan")
    assert (e.value.field, e.value.value) == ("jenjang_tujuan", bad)
    assert (e.value.expected, e.value.expected_en) == ("jenjang jabatan, mis. 'Ahli Muda'", "a level, e.g. 'Ahli Muda'")


@pytest.mark.parametrize("bad", ["Ahli Pratama", "AnalisAhli Muda", "Ahli Muda Analis"])
def test_jenjang_without_coefficient_names_the_levels_that_have_one(bad: str) -> None:
    with pytest.raises(NotInTable) as e:
        jenjang(bad, "kinerja[0].jenjang")
    assert (e.value.field, e.value.value, e.value.citation) == ("kinerja[0].jenjang", bad, PERBKN)
    assert e.value.table == "tabel koefisien Angka Kredit tahunan per jenjang"
    assert e.value.existing == ("Pemula", "Terampil", "Mahir", "Penyelia", "Ahli Pertama", "Ahli Muda", "Ahli Madya",
                                "Ahli Utama")
    with pytest.raises(NotInTable) as e2:
        k.koefisien(bad)
    assert e2.value.field == "jenjang"


@pytest.mark.parametrize("bulan", [0, 13, -1])
def test_pasal_36_bulan_1_sampai_12(bulan: int) -> None:
    with pytest.raises(InvalidInput) as e:
        ak_konversi("Baik", "Ahli Muda", bulan=bulan)
    assert (e.value.field, e.value.value) == ("bulan", bulan)
    assert e.value.expected == "jumlah bulan 1 sampai 12 dalam satu tahun"
    assert e.value.expected_en == "a number of months from 1 to 12 in a year"


def test_pasal_36_bulan_bounds_1_and_12() -> None:
    assert ak_konversi("Baik", "Ahli Muda", bulan=12) == D(25)
    assert str(ak_konversi("Baik", "Ahli Muda", bulan=1)) == "2.083333333333333333333333333"
    assert str(ak_konversi("Sangat Baik", "Ahli Madya", bulan=1)) == "4.6875"  # 150 % x 37,5 / 12, short: kept
    assert str(ak_konversi("Sangat Kurang", "Pemula", bulan=1)) == "0.078125"
    assert str(ak_konversi("Baik", "Ahli Pertama", bulan=12)) == "12.5"
    assert str(ak_konversi("Kurang", "Ahli Muda", bulan=12)) == "12.5"
    assert str(ak_konversi("Sangat Baik", "Ahli Muda", bulan=8)) == "25"  # 1,5 x 25 x 8 / 12


def test_golongan_must_be_text_or_golongan() -> None:
    for call in (lambda: nilai_dasar(3), lambda: ak_integrasi(500, 3.0)):
        with pytest.raises(InvalidInput) as e:
            call()
        assert e.value.field == "golongan" and e.value.expected == "golongan seperti 'III/a'"
        assert e.value.expected_en == "a golongan such as 'III/a'"
    assert nilai_dasar(Golongan.IV_D) == 850 and nilai_dasar("IV/a") == 400 and nilai_dasar("III/a") == 100


# ============================================================================ plain functions
def test_perbkn_nilai_dasar_only_for_golongan_iii_and_iv() -> None:
    with pytest.raises(NotInTable) as e:
        nilai_dasar("II/d")
    assert (e.value.field, e.value.value, e.value.citation) == ("golongan", "II/d", INTEGRASI)
    assert e.value.table == "tabel nilai dasar integrasi Angka Kredit"
    assert e.value.existing == ("III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e")


def test_perbkn_integrasi_at_and_below_the_nilai_dasar() -> None:
    assert ak_integrasi(100, "III/a") == 0 and ak_integrasi("200,5", Golongan.III_C) == D("0.5")
    with pytest.raises(InvalidInput) as e:
        ak_integrasi("99,99", "III/b")
    assert (e.value.field, e.value.value, e.value.citation) == ("ak_konvensional", "99,99", INTEGRASI)
    assert e.value.expected == "Angka Kredit konvensional paling sedikit nilai dasar golongan III/b (100)"
    assert e.value.expected_en == "conventional credit of at least the nilai dasar of golongan III/b (100)"
    with pytest.raises(InvalidInput) as e:
        ak_integrasi(-1, "III/b")
    assert e.value.field == "ak_konvensional"


def test_perbkn_kenaikan_jenjang_of_a_top_level() -> None:
    with pytest.raises(NotInTable) as e:
        ak_kenaikan_jenjang("Penyelia")
    assert (e.value.field, e.value.value, e.value.citation) == ("jenjang", "Penyelia", AMBANG)
    assert e.value.table == "tabel Angka Kredit kenaikan jenjang"
    assert e.value.existing == ("Pemula", "Terampil", "Mahir", "Ahli Pertama", "Ahli Muda", "Ahli Madya")


def test_next_level_in_the_same_category() -> None:
    assert k.jenjang_berikutnya("Ahli Muda") is JENJANG["ahli madya"]
    assert k.jenjang_berikutnya("Pemula") is JENJANG["terampil"]
    assert k.jenjang_berikutnya("Penyelia") is None and k.jenjang_berikutnya("Ahli Utama") is None


def test_pasal_36_hasil_konversi_explain_and_as_dict() -> None:
    h = konversi("Baik", "Ahli Madya", 2)
    assert (h.predikat, h.persen, h.jenjang, h.koefisien, h.bulan, h.nilai, h.tampil, h.citation) == (
        "Baik", D(100), "Ahli Madya", D("37.5"), 2, D("6.25"), D("6.25"), PASAL_36)
    flag = "  - [koefisien_ahli_madya] (P) koefisien tahunan Ahli Madya = 37,5 — sumber: regimes.md [P]: lembar kerja seorang praktisi"
    assert h.explain() == ("AK = 100 % x 37.5 x 2/12 = 6.25 (tepat 6.25) [PermenPANRB 1/2023 Pasal 36]\n"
                           "Nilai belum terverifikasi yang dipakai (bukan ketentuan pasti):\n" + flag)
    assert h.explain("en") == ("AK = 100 % x 37.5 x 2/12 = 6.25 (exact 6.25) [PermenPANRB 1/2023 Pasal 36]\n"
                               "Unverified values used (not settled law):\n" + flag)
    assert h.as_dict() == {
        "predikat": "Baik", "persen": "100", "jenjang": "Ahli Madya", "koefisien": "37.5", "bulan": 2, "nilai": "6.25",
        "tampil": "6.25", "citation": "PermenPANRB 1/2023 Pasal 36",
        "belum_terverifikasi": [{"kode": "koefisien_ahli_madya", "kepastian": "P",
                                 "sumber": "regimes.md [P]: lembar kerja seorang praktisi",
                                 "periksa": "koefisien tahunan Ahli Madya = 37,5", "citation": "PerBKN 3/2023"}]}
    v = konversi("Sangat Baik", "Ahli Pertama", 2)
    assert v.explain() == "AK = 150 % x 12.5 x 2/12 = 3.13 (tepat 3.125) [PermenPANRB 1/2023 Pasal 36]"
    assert v.tampil == D("3.13") and v.belum_terverifikasi == ()
    with pytest.raises(InvalidInput) as e:
        konversi("Baik", "Ahli Muda", 0)
    assert e.value.field == "bulan"
    with pytest.raises(InvalidInput) as e:
        konversi("Luar Biasa", "Ahli Muda")
    assert e.value.field == "predikat"
    with pytest.raises(NotInTable) as e2:
        konversi("Baik", "Ahli Pratama")
    assert e2.value.field == "jenjang"


# ============================================================================ the ledger
def test_ledger_periods_dates() -> None:
    b = buku_ak([EntriKinerja(2024, "Baik", "Ahli Muda", bulan=2), EntriKinerja(2024, "Baik", "Ahli Muda", bulan=6, bulan_mulai=7)])
    assert [(r.mulai, r.selesai) for r in b.baris] == [(date(2024, 1, 1), date(2024, 2, 29)), (date(2024, 7, 1), date(2024, 12, 31))]
    assert k._akhir_bulan(2023, 12) == date(2023, 12, 31) and k._akhir_bulan(2023, 2) == date(2023, 2, 28)


def test_ledger_months_still_needed_per_rating() -> None:
    assert dict(k._bulan_lagi(D(0), JENJANG["ahli muda"])) == dict.fromkeys(
        ("Sangat Baik", "Baik", "Cukup/Butuh Perbaikan", "Kurang", "Sangat Kurang"), 0)
    assert dict(k._bulan_lagi(D(-1), JENJANG["ahli muda"]))["Baik"] == 0
    # 25 at Ahli Muda: Sangat Baik 37,5 a year → 8 months; Baik 12; Cukup 16; Kurang 24; Sangat Kurang 48
    assert dict(k._bulan_lagi(D(25), JENJANG["ahli muda"])) == {
        "Sangat Baik": 8, "Baik": 12, "Cukup/Butuh Perbaikan": 16, "Kurang": 24, "Sangat Kurang": 48}
    assert dict(k._bulan_lagi(D("0.01"), JENJANG["ahli muda"]))["Sangat Kurang"] == 1


def test_ledger_explain_and_as_dict() -> None:
    b = buku_ak([EntriKinerja(2023, "Sangat Baik", "Ahli Pertama", bulan=6, bulan_mulai=7),
                 {"tahun": 2024, "predikat": "Baik", "jenjang": "Ahli Muda", "bulan": 2}], ak_konvensional=160, golongan="III/a")
    assert b.ak_integrasi == 60 and b.kumulatif_tampil == D("4.17")
    nd = ("  - [nilai_dasar] (P) nilai dasar per golongan (III/a–III/b 100, III/c–III/d 200, IV/a–IV/c 400, IV/d–IV/e 850)"
          " — sumber: regimes.md [P]: nilai dasar per golongan (sama dengan minimum kumulatif PMK 150 untuk golongan "
          "pertama tiap jenjang)")
    assert b.explain() == (
        "AK integrasi: 60\n  2023 07+6 Sangat Baik Ahli Pertama: 9.38 → 69.38\n"
        "  2024 01+2 Baik Ahli Muda: 4.17 → 4.17 (naik jenjang: kumulatif mulai 0)\n"
        "KP 100: belum; kurang 95.83\nKJ 200: belum; kurang 195.83\n[PermenPANRB 1/2023 Pasal 36]\n"
        "Nilai belum terverifikasi yang dipakai:\n" + nd)
    assert b.explain("en") == (
        "Credit integration: 60\n  2023 07+6 Sangat Baik Ahli Pertama: 9.38 → 69.38\n"
        "  2024 01+2 Baik Ahli Muda: 4.17 → 4.17 (new level: cumulative restarts)\n"
        "KP 100: not yet; missing 95.83\nKJ 200: not yet; missing 195.83\n[PermenPANRB 1/2023 Pasal 36]\n"
        "Unverified values used:\n" + nd)
    d = b.as_dict()
    assert d["baris"] == [
        {"tahun": 2023, "bulan_mulai": 7, "bulan": 6, "predikat": "Sangat Baik", "jenjang": "Ahli Pertama", "ak": "9.375",
         "kumulatif_jenjang": "69.375", "naik_jenjang": False},
        {"tahun": 2024, "bulan_mulai": 1, "bulan": 2, "predikat": "Baik", "jenjang": "Ahli Muda",
         "ak": "4.166666666666666666666666667", "kumulatif_jenjang": "4.166666666666666666666666667", "naik_jenjang": True}]
    assert (d["ak_integrasi"], d["jenjang"], d["kumulatif"], d["citation"]) == (
        "60", "Ahli Muda", "4.166666666666666666666666667", "PermenPANRB 1/2023 Pasal 36")
    assert d["kenaikan_pangkat"] == {"ambang": "100", "tanggal": None, "kurang": "95.83333333333333333333333333",
                                     "bulan_lagi": {"Sangat Baik": 31, "Baik": 46, "Cukup/Butuh Perbaikan": 62, "Kurang": 92,
                                                    "Sangat Kurang": 184}}
    assert d["kenaikan_jenjang"]["ambang"] == "200" and d["kenaikan_jenjang"]["bulan_lagi"]["Baik"] == 94
    assert [f["kode"] for f in d["belum_terverifikasi"]] == ["nilai_dasar"]


def test_ledger_reached_thresholds_in_explain_and_as_dict_and_top_level() -> None:
    b = buku_ak([EntriKinerja(2023, "Sangat Baik", "Penyelia")], ak_konvensional=300, golongan="III/c")
    assert b.kenaikan_jenjang is None and b.kenaikan_pangkat.tanggal == date(2023, 1, 1)  # 100 integrated ≥ KP 100
    assert b.kumulatif == D("137.5") and b.kenaikan_pangkat.kurang == 0
    assert b.explain().splitlines()[2] == "KP 100: 2023-01-01; kurang 0.00"
    assert b.explain("en").splitlines()[2] == "KP 100: 2023-01-01; missing 0.00"
    assert b.as_dict()["kenaikan_jenjang"] is None and b.as_dict()["kenaikan_pangkat"]["tanggal"] == "2023-01-01"
    assert [f.kode for f in b.belum_terverifikasi] == ["nilai_dasar", "koefisien_penyelia"]
    assert "Nilai belum terverifikasi yang dipakai:" in b.explain()
    plain = buku_ak([EntriKinerja(2023, "Baik", "Ahli Muda")])
    assert plain.explain() == ("AK integrasi: 0\n  2023 01+12 Baik Ahli Muda: 25.00 → 25.00\nKP 100: belum; kurang 75.00\n"
                               "KJ 200: belum; kurang 175.00\n[PermenPANRB 1/2023 Pasal 36]")


def test_ledger_thresholds_met_by_integration_alone_kp_and_kj() -> None:
    b = buku_ak([EntriKinerja(2023, "Sangat Kurang", "Ahli Pertama")], ak_konvensional=200, golongan="III/b")
    assert b.ak_integrasi == 100
    assert b.kenaikan_pangkat.tanggal == date(2023, 1, 1) and b.kenaikan_jenjang is not None
    assert b.kenaikan_jenjang.tanggal == date(2023, 1, 1) and b.kenaikan_jenjang.kurang == 0
    just_below = buku_ak([EntriKinerja(2023, "Sangat Kurang", "Ahli Pertama", bulan=1)], ak_konvensional="199,99", golongan="III/b")
    assert just_below.kenaikan_jenjang is not None and just_below.kenaikan_jenjang.tanggal == date(2023, 1, 31)
    none = buku_ak([EntriKinerja(2023, "Baik", "Ahli Pertama", bulan=1)], ak_konvensional=100, golongan="III/a")
    assert none.ak_integrasi == 0 and none.kenaikan_pangkat.tanggal is None


def test_ledger_kj_date_and_dates_reset_on_a_level_promotion() -> None:
    b = buku_ak([EntriKinerja(y, "Sangat Baik", "Ahli Pertama") for y in (2023, 2024, 2025, 2026, 2027, 2028)])
    # 18,75 a year: KP 50 in month 32 (Aug 2025), KJ 100 in month 64 (Apr 2028)
    assert b.kenaikan_pangkat.tanggal == date(2025, 8, 31) and b.kenaikan_jenjang is not None
    assert b.kenaikan_jenjang.tanggal == date(2028, 4, 30)
    naik = buku_ak([EntriKinerja(2023, "Sangat Baik", "Ahli Pertama"), EntriKinerja(2024, "Baik", "Ahli Muda")],
                   ak_konvensional=300, golongan="III/b")
    assert naik.kenaikan_pangkat.tanggal is None and naik.kenaikan_jenjang is not None and naik.kenaikan_jenjang.tanggal is None
    assert [r.naik_jenjang for r in naik.baris] == [False, True] and naik.kumulatif == 25


def test_ledger_each_flag_once_in_order() -> None:
    b = buku_ak([EntriKinerja(2023, "Baik", "Ahli Madya"), EntriKinerja(2024, "Baik", "Ahli Madya"),
                 EntriKinerja(2025, "Baik", "Ahli Utama")], ak_konvensional=500, golongan="IV/a")
    assert [f.kode for f in b.belum_terverifikasi] == ["nilai_dasar", "koefisien_ahli_madya", "koefisien_ahli_utama"]


@pytest.mark.parametrize("bad", [5, "x", {"tahun": 2023}, {"tahun": 2023, "predikat": "Baik", "jenjang": "Ahli Muda", "x": 1}])
def test_ledger_entry_must_be_an_entri_kinerja(bad: object) -> None:
    with pytest.raises(InvalidInput) as e:
        buku_ak([EntriKinerja(2023, "Baik", "Ahli Muda"), bad])  # type: ignore[list-item]
    assert (e.value.field, e.value.value) == ("kinerja[1]", bad)
    assert e.value.expected == "EntriKinerja(tahun, predikat, jenjang, bulan, bulan_mulai)"
    assert e.value.expected_en == "an EntriKinerja(tahun, predikat, jenjang, bulan, bulan_mulai)"


def test_ledger_messages_of_every_refusal() -> None:
    def err(entri: list[Any], **kw: Any) -> InvalidInput:
        with pytest.raises(InvalidInput) as e:
            buku_ak(entri, **kw)
        return e.value

    e = err([])
    assert (e.field, e.value, e.expected, e.expected_en) == (
        "kinerja", [], "paling sedikit satu predikat kinerja mulai 2023", "at least one performance rating from 2023")
    e = err([EntriKinerja(2023, "Baik", "Ahli Muda", bulan=7, bulan_mulai=7)])
    assert (e.field, e.value, e.expected, e.expected_en) == (
        "kinerja[0].bulan", 7, "paling banyak 6 bulan mulai bulan 7 (dalam satu tahun)", "at most 6 months from month 7 (within one year)")
    assert buku_ak([EntriKinerja(2023, "Baik", "Ahli Muda", bulan=6, bulan_mulai=7)]).kumulatif == D("12.5")
    e = err([EntriKinerja(2022, "Baik", "Ahli Muda", bulan=1, bulan_mulai=12)])
    assert (e.field, e.value, e.citation) == ("kinerja[0].tahun", 2022, PASAL_36)
    assert e.expected == ("periode mulai Januari 2023 (sebelumnya: Angka Kredit konvensional, masukkan sebagai "
                          "ak_konvensional)")
    assert e.expected_en == "a period from January 2023 (earlier work: conventional credit, give it as ak_konvensional)"
    e = err([EntriKinerja(2023, "Baik", "Ahli Muda", bulan=9, bulan_mulai=3)], tmt_jabatan=date(2023, 4, 15))
    assert (e.field, e.value, e.expected, e.expected_en) == (
        "kinerja[0].bulan_mulai", "2023-03", "periode sejak TMT jabatan 2023-04-15", "a period from the appointment date 2023-04-15")
    assert buku_ak([EntriKinerja(2023, "Baik", "Ahli Muda", bulan=9, bulan_mulai=4)], tmt_jabatan=date(2023, 4, 15)).baris
    e = err([EntriKinerja(2023, "Baik", "Ahli Muda", bulan=6), EntriKinerja(2023, "Baik", "Ahli Muda", bulan=1, bulan_mulai=6)])
    assert (e.field, e.value) == ("kinerja[1]", "2023-06")
    assert e.expected == "periode yang tidak tumpang tindih dengan kinerja[0] (2023-01, 6 bulan)"
    assert e.expected_en == "a period that does not overlap kinerja[0] (2023-01, 6 months)"
    adjacent = buku_ak([EntriKinerja(2023, "Baik", "Ahli Muda", bulan=6), EntriKinerja(2023, "Baik", "Ahli Muda", bulan=6, bulan_mulai=7)])
    assert adjacent.kumulatif == 25
    e = err([EntriKinerja(2023, "Baik", "Ahli Muda"), EntriKinerja(2024, "Baik", "Ahli Pertama")])
    assert (e.field, e.value, e.expected, e.expected_en) == (
        "kinerja[1].jenjang", "Ahli Pertama", "jenjang Ahli Muda atau yang lebih tinggi dalam kategori yang sama",
        "level Ahli Muda or higher in the same category")
    e = err([EntriKinerja(2023, "Baik", "Mahir"), EntriKinerja(2024, "Baik", "Ahli Pertama")])
    assert (e.field, e.value) == ("kinerja[1].jenjang", "Ahli Pertama")
    e = err([EntriKinerja(2023, "Baik", "Ahli Muda")], ak_konvensional=300)
    assert (e.field, e.value, e.expected, e.expected_en) == (
        "golongan", None, "golongan saat AK konvensional ditetapkan (untuk nilai dasar)",
        "the golongan of the conventional credit (for the nilai dasar)")
    e = err([EntriKinerja("2023x", "Baik", "Ahli Muda")])
    assert e.field == "kinerja[0].tahun"
    e = err([EntriKinerja(2023, "Baik", "Ahli Muda", bulan_mulai=0)])
    assert e.field == "kinerja[0].bulan_mulai"


# ============================================================================ transfers
def test_perbkn_perpindahan_explain_and_as_dict() -> None:
    p = ak_perpindahan({2023: "Baik"}, golongan_terakhir="IV/a", jenjang_tujuan="Ahli Muda")
    # the coefficient of the level of IV/a (Ahli Madya 37,5); AK dasar: nilai dasar of III/c (200)
    assert (p.ak_konversi, p.ak_dasar, p.nilai, p.tahun_dihitung) == (D("37.5"), D(200), D("237.5"), (2023,))
    assert p.citation == Citation("PerBKN 3/2023", bagian="pengangkatan melalui perpindahan")
    assert p.explain().splitlines()[:6] == ["ak_konversi: 37.5", "ak_dasar: 200", "nilai: 237.5", "tahun_dihitung: (2023,)",
                                            "[PerBKN 3/2023, pengangkatan melalui perpindahan]",
                                            "Nilai belum terverifikasi yang dipakai (bukan ketentuan pasti):"]
    assert p.explain("en").splitlines()[5] == "Unverified values used (not settled law):"
    assert p.explain().splitlines()[6].startswith("  - [koefisien_ahli_madya] (P)")
    d = p.as_dict()
    assert {x: d[x] for x in ("ak_konversi", "ak_dasar", "nilai", "tahun_dihitung", "citation")} == {
        "ak_konversi": "37.5", "ak_dasar": "200", "nilai": "237.5", "tahun_dihitung": [2023],
        "citation": "PerBKN 3/2023, pengangkatan melalui perpindahan"}
    assert [f["kode"] for f in d["belum_terverifikasi"]] == ["koefisien_ahli_madya", "nilai_dasar"]
    pertama = ak_perpindahan({2022: "Sangat Baik", 2023: "Kurang"}, golongan_terakhir=Golongan.III_B, jenjang_tujuan="Ahli Pertama")
    assert (pertama.ak_konversi, pertama.ak_dasar) == (D(25), D(100))  # 18,75 + 6,25 at 12,5; III/a 100
    assert [f.kode for f in pertama.belum_terverifikasi] == ["nilai_dasar"]


def test_perbkn_perpindahan_refusals() -> None:
    for bad in ({}, [2023], None):
        with pytest.raises(InvalidInput) as e:
            ak_perpindahan(bad, golongan_terakhir="III/c", jenjang_tujuan="Ahli Muda")  # type: ignore[arg-type]
        assert (e.value.field, e.value.value) == ("kinerja", bad)
        assert e.value.expected == "tahun → predikat kinerja (paling sedikit satu)"
        assert e.value.expected_en == "year → rating (at least one)"
    with pytest.raises(InvalidInput) as e:
        ak_perpindahan({2023: "Baik"}, golongan_terakhir="III/c", jenjang_tujuan="Ahli Muda", pangkat_puncak_lebih_3_tahun=1)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value, e.value.expected, e.value.expected_en) == (
        "pangkat_puncak_lebih_3_tahun", 1, "True atau False", "True or False")
    with pytest.raises(NotInTable) as n:
        ak_perpindahan({2023: "Baik"}, golongan_terakhir="II/c", jenjang_tujuan="Ahli Muda")
    assert (n.value.field, n.value.value, n.value.table) == ("golongan_terakhir", "II/c", "golongan per jenjang kategori keahlian")
    assert n.value.existing == ("III/a–III/b", "III/c–III/d", "IV/a–IV/c", "IV/d–IV/e")
    assert n.value.citation == Citation("PerBKN 3/2023", bagian="pengangkatan melalui perpindahan")
    with pytest.raises(InvalidInput) as e:
        ak_perpindahan({2023: "Istimewa"}, golongan_terakhir="III/c", jenjang_tujuan="Ahli Muda")
    assert e.value.field == "kinerja[2023]"
    with pytest.raises(InvalidInput) as e:
        ak_perpindahan({"x": "Baik"}, golongan_terakhir="III/c", jenjang_tujuan="Ahli Muda")
    assert e.value.field == "kinerja.tahun"
    with pytest.raises(InvalidInput) as e:
        ak_perpindahan({2023: "Baik"}, golongan_terakhir=3, jenjang_tujuan="Ahli Muda")
    assert e.value.field == "golongan_terakhir"
    with pytest.raises(NotInTable) as n:
        ak_perpindahan({2023: "Baik"}, golongan_terakhir="III/c", jenjang_tujuan="Ahli Pratama")
    assert n.value.field == "jenjang_tujuan"


def test_perbkn_perpindahan_last_3_years_are_the_latest() -> None:
    kin = {2024: "Baik", 2020: "Sangat Kurang", 2023: "Baik", 2022: "Baik"}
    assert ak_perpindahan(kin, golongan_terakhir="III/c", jenjang_tujuan="Ahli Muda",
                          pangkat_puncak_lebih_3_tahun=True).tahun_dihitung == (2022, 2023, 2024)
    assert ak_perpindahan(kin, golongan_terakhir="III/c", jenjang_tujuan="Ahli Muda").tahun_dihitung == (2020, 2022, 2023, 2024)


def test_golongan_of_a_level_range() -> None:
    assert k._golongan_jenjang(JENJANG["ahli madya"]) == ("IV/a", "IV/b", "IV/c")
    assert k._golongan_jenjang(JENJANG["pemula"]) == ("II/a",)
    assert k._golongan_jenjang(JENJANG["terampil"]) == ("II/b", "II/c", "II/d")


# ============================================================================ SE MenPANRB 8/2023
def test_se_menpanrb_8_2023_reasons_and_advice_texts() -> None:
    se = Citation("SE MenPANRB 8/2023")
    v = check_usul_metode_lama(date(2023, 6, 30))
    r = v.reasons[0]
    assert (r.code, r.status, r.citation) == ("batas_usul_metode_lama", Status.MET, se)
    assert r.message == "Usul PAK metode lama diterima Tim Penilai 2023-06-30, paling lambat 2023-06-30 (SE MenPANRB 8/2023)."
    assert r.message_en == ("Old-method AK proposal received by the Tim Penilai 2023-06-30, on or before 2023-06-30 "
                            "(SE MenPANRB 8/2023).")
    a = v.advice[0]
    flag = ("[peralihan_se_8_2023] (P) tanggal 30 Juni 2023 dan 31 Desember 2023 dalam SE MenPANRB 8/2023 — sumber: "
            "regimes.md [P]: SE MenPANRB 8/2023")
    assert (a.code, a.status, a.citation, a.message, a.message_en) == (
        "belum_terverifikasi", Status.UNKNOWN, se, f"Nilai belum terverifikasi: {flag}", f"Unverified value: {flag}")
    late = check_penetapan_pak_konversi(date(2024, 1, 1)).reasons[0]
    assert (late.code, late.status) == ("batas_penetapan_pak_konversi", Status.NOT_MET)
    assert late.message == "PAK konversi ditetapkan 2024-01-01, setelah batas 2023-12-31 (SE MenPANRB 8/2023)."
    assert late.message_en == "Converted PAK set 2024-01-01, after the deadline 2023-12-31 (SE MenPANRB 8/2023)."
    for call, field in ((lambda: check_usul_metode_lama("2023-06-30"), "tanggal_usul"),  # type: ignore[arg-type]
                        (lambda: check_penetapan_pak_konversi(None), "tanggal_penetapan")):  # type: ignore[arg-type]
        with pytest.raises(InvalidInput) as e:
            call()
        assert e.value.field == field
        assert (e.value.expected, e.value.expected_en) == ("tanggal (datetime.date)", "a date (datetime.date)")


# ============================================================================ readiness (batch rule)
def test_kesiapan_kenaikan_ratings_from_tmt_month_to_the_year_before_on() -> None:
    p = Pegawai(status="PNS", golongan="III/b", tmt_golongan=date(2022, 4, 1),
                jabatan=JabatanFungsional(jenjang=JenjangJabatan.AHLI_PERTAMA, tmt=date(2023, 4, 1)),
                kinerja={2022: "Baik", 2023: "Baik", 2024: "Sangat Baik", 2025: "Baik"})
    h = kesiapan_kenaikan(p, on=date(2025, 6, 1), ak_konvensional=D(120))
    # 2022 (old method) and 2025 (rating not set yet) skipped; 2023 from April: 9 x 12,5/12 = 9,375; 2024: 18,75
    assert (h.ak_integrasi, h.ak_kumulatif, h.kurang_kenaikan_pangkat, h.kurang_kenaikan_jenjang) == (
        D(20), D("48.13"), D("1.88"), D("51.88"))
    assert (h.siap_kenaikan_pangkat, h.tanggal_kenaikan_pangkat, h.bulan_lagi_baik) == (False, None, 2)
    assert (h.ak_kenaikan_pangkat, h.ak_kenaikan_jenjang, h.siap_kenaikan_jenjang) == (D(50), D(100), False)
    assert h.citation == PASAL_36 and [f.kode for f in h.belum_terverifikasi] == ["nilai_dasar"]
    assert h.explain().splitlines()[:3] == ["jenjang: Ahli Pertama", "ak_integrasi: 20", "ak_kumulatif: 48.13"]
    assert h.explain().splitlines()[12:14] == ["[PermenPANRB 1/2023 Pasal 36]",
                                               "Nilai belum terverifikasi yang dipakai (bukan ketentuan pasti):"]
    assert h.as_dict()["tanggal_kenaikan_pangkat"] is None and h.as_dict()["ak_kumulatif"] == "48.13"
    assert h.as_dict()["siap_kenaikan_pangkat"] is False and h.as_dict()["bulan_lagi_baik"] == 2
    later = kesiapan_kenaikan(p, on=date(2026, 1, 1), ak_konvensional=D(120))
    assert later.tanggal_kenaikan_pangkat == date(2025, 2, 28) and later.as_dict()["tanggal_kenaikan_pangkat"] == "2025-02-28"
    assert later.bulan_lagi_baik == 0 and later.kurang_kenaikan_pangkat == 0


def test_kesiapan_kenaikan_tmt_after_the_year_and_golongan_of_2022() -> None:
    p = Pegawai(status="PNS", golongan="III/c", tmt_golongan=date(2023, 4, 1),
                jabatan=JabatanFungsional(jenjang=JenjangJabatan.AHLI_MUDA, tmt=date(2024, 7, 1)),
                kinerja={2023: "Baik", 2024: "Baik"})
    h = kesiapan_kenaikan(p, on=date(2025, 1, 1), ak_konvensional=D(250))
    # 2023 before the TMT jabatan: skipped; 2024 from July: 6 x 25/12 = 12,5. Golongan on 2022-12-31 unknown
    # (the III/c SK is from 2023): the current III/c → nilai dasar 200
    assert (h.ak_integrasi, h.ak_kumulatif) == (D(50), D("62.5"))
    q = Pegawai(status="PNS", golongan="III/c", tmt_golongan=date(2023, 4, 1),
                riwayat_pangkat=[{"golongan": "III/b", "tmt": date(2021, 4, 1)}],
                jabatan=JabatanFungsional(jenjang=JenjangJabatan.AHLI_MUDA, tmt=date(2024, 7, 1)), kinerja={})
    assert kesiapan_kenaikan(q, on=date(2024, 1, 1), ak_konvensional=D(250)).ak_integrasi == 150  # III/b held then


def test_kesiapan_kenaikan_without_ratings_from_the_integrated_credit() -> None:
    p = Pegawai(status="PNS", golongan="III/c", jabatan=JabatanFungsional(jenjang=JenjangJabatan.AHLI_MUDA, tmt=None), kinerja={})
    h = kesiapan_kenaikan(p, on=date(2024, 1, 1), ak_konvensional=D(400))
    assert (h.ak_integrasi, h.ak_kumulatif, h.siap_kenaikan_pangkat, h.tanggal_kenaikan_pangkat) == (D(200), D(200), True, date(2023, 1, 1))
    assert (h.siap_kenaikan_jenjang, h.tanggal_kenaikan_jenjang, h.kurang_kenaikan_jenjang, h.bulan_lagi_baik) == (
        True, date(2023, 1, 1), D(0), 0)
    assert [f.kode for f in h.belum_terverifikasi] == ["nilai_dasar"]
    below = kesiapan_kenaikan(p, on=date(2024, 1, 1), ak_konvensional=D("299.99"))
    assert (below.ak_kumulatif, below.siap_kenaikan_pangkat, below.kurang_kenaikan_pangkat, below.bulan_lagi_baik) == (
        D("99.99"), False, D("0.01"), 1)
    assert (below.siap_kenaikan_jenjang, below.tanggal_kenaikan_jenjang, below.kurang_kenaikan_jenjang) == (False, None, D("100.01"))
    none = kesiapan_kenaikan(p, on=date(2024, 1, 1))
    assert (none.ak_integrasi, none.ak_kumulatif, none.kurang_kenaikan_pangkat, none.bulan_lagi_baik) == (0, 0, D(100), 48)
    assert none.belum_terverifikasi == () and none.siap_kenaikan_pangkat is False
    madya = kesiapan_kenaikan(Pegawai(status="PNS", golongan="IV/a", jabatan=JabatanFungsional(jenjang=JenjangJabatan.AHLI_MADYA)),
                              on=date(2024, 1, 1))
    assert [f.kode for f in madya.belum_terverifikasi] == ["koefisien_ahli_madya"]
    uneven = kesiapan_kenaikan(Pegawai(status="PNS", golongan="III/a", jabatan=JabatanFungsional(jenjang=JenjangJabatan.AHLI_PERTAMA)),
                               on=date(2024, 1, 1), ak_konvensional=D("112.345"))
    assert str(uneven.ak_kumulatif) == "12.35" and str(uneven.kurang_kenaikan_pangkat) == "37.66"


def test_kesiapan_kenaikan_level_column_and_refusals() -> None:
    p = Pegawai(status="PNS", golongan="III/c", kinerja={2023: "Baik"})
    assert kesiapan_kenaikan(p, on=date(2024, 1, 1), jenjang="Ahli Muda").ak_kumulatif == 25
    with pytest.raises(InvalidInput) as e:
        kesiapan_kenaikan(p, on=date(2024, 1, 1))
    assert (e.value.field, e.value.value) == ("jabatan", None)
    assert e.value.expected == "jenjang jabatan (kolom jenjang atau jabatan fungsional pegawai)"
    assert e.value.expected_en == "the level (column jenjang or the employee's functional position)"
    with pytest.raises(InvalidInput) as e:
        kesiapan_kenaikan(p, on=date(2024, 1, 1), jenjang="")
    assert e.value.field == "jabatan"
    with pytest.raises(InvalidInput) as e:
        kesiapan_kenaikan({"status": "PNS"}, on=date(2024, 1, 1))  # type: ignore[arg-type]
    assert (e.value.field, e.value.expected, e.value.expected_en) == ("pegawai", "objek Pegawai", "a Pegawai object")
    with pytest.raises(InvalidInput) as e:
        kesiapan_kenaikan(p, on="2024-01-01", jenjang="Ahli Muda")  # type: ignore[arg-type]
    assert e.value.field == "on"


def test_ledger_entries_in_any_order_are_sorted_by_year_and_month() -> None:
    b = buku_ak([EntriKinerja(2024, "Baik", "Ahli Muda", bulan=6, bulan_mulai=7), EntriKinerja(2024, "Sangat Baik", "Ahli Pertama", bulan=6),
                 EntriKinerja(2023, "Kurang", "Ahli Pertama")])
    assert [(r.tahun, r.bulan_mulai, r.jenjang.nama, r.naik_jenjang) for r in b.baris] == [
        (2023, 1, "Ahli Pertama", False), (2024, 1, "Ahli Pertama", False), (2024, 7, "Ahli Muda", True)]
    assert [r.kumulatif_jenjang for r in b.baris] == [D("6.25"), D("15.625"), D("12.5")]
    with pytest.raises(InvalidInput) as e:  # the overlap is named by the later period, whatever the input order
        buku_ak([EntriKinerja(2023, "Baik", "Ahli Muda", bulan=2, bulan_mulai=6), EntriKinerja(2023, "Baik", "Ahli Muda", bulan=6)])
    assert (e.value.field, e.value.value) == ("kinerja[0]", "2023-06")


# ============================================================================ after the first measurement
def test_golongan_errors_name_the_parameter_and_value() -> None:
    with pytest.raises(InvalidInput) as e:
        nilai_dasar(3)
    assert (e.value.field, e.value.value) == ("golongan", 3)
    with pytest.raises(InvalidInput) as e:
        nilai_dasar("III/z")
    assert e.value.field == "golongan"
    with pytest.raises(InvalidInput) as e:
        ak_perpindahan({2023: "Baik"}, golongan_terakhir="Penata X", jenjang_tujuan="Ahli Muda")
    assert e.value.field == "golongan_terakhir"
    with pytest.raises(InvalidInput) as e:
        check_usul_metode_lama("2023-06-30")  # type: ignore[arg-type]
    assert e.value.value == "2023-06-30"
    with pytest.raises(InvalidInput) as e:
        kesiapan_kenaikan({"status": "PNS"}, on=date(2024, 1, 1))  # type: ignore[arg-type]
    assert e.value.value == {"status": "PNS"}


@pytest.mark.parametrize(("kolom", "nama"), [("koefisien", "Pemula"), ("kp", "Pemula"), ("kj", "Pemula")])
def test_perbkn_level_table_data_error_names_the_row(monkeypatch: pytest.MonkeyPatch, kolom: str, nama: str) -> None:
    _data(monkeypatch, lambda d: d["jenjang"][0].update({kolom: "3.75"}))
    with pytest.raises(RuntimeError) as e:
        k._muat_jenjang()
    assert str(e.value) == f"asnrules data error in konversi_ak.toml jenjang {nama}: angka kredit '3.75' is not written like '12,5'"


def test_pasal_36_rating_table_data_error_names_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    _data(monkeypatch, lambda d: d["predikat"][0].update(persen="150 %"))
    with pytest.raises(RuntimeError) as e:
        k._muat_predikat()
    assert str(e.value) == "asnrules data error in konversi_ak.toml predikat: angka kredit '150 %' is not written like '12,5'"


def test_perbkn_integrasi_negative_and_fractional_conventional_credit() -> None:
    with pytest.raises(InvalidInput) as e:
        ak_integrasi("-1", "III/a")
    assert (e.value.field, e.value.value, e.value.expected) == ("ak_konvensional", "-1", "bilangan >= 0")
    with pytest.raises(InvalidInput) as e:
        ak_integrasi("0,5", "III/a")
    assert e.value.expected == "Angka Kredit konvensional paling sedikit nilai dasar golongan III/a (100)"


def test_perbkn_perpindahan_into_a_level_without_nilai_dasar() -> None:
    with pytest.raises(NotInTable) as e:  # the nilai dasar table [P] covers golongan III and IV only
        ak_perpindahan({2023: "Baik"}, golongan_terakhir="II/a", jenjang_tujuan="Pemula")
    assert (e.value.field, e.value.value) == ("golongan", "II/a")


def test_perbkn_perpindahan_an_unverified_rating_is_flagged_once() -> None:
    flag_b = k.NilaiBelumTerverifikasi("persen_baik", Kepastian.P, "s", "persentase predikat Baik (100 %)", PASAL_36)
    flag_c = k.NilaiBelumTerverifikasi("persen_cukup", Kepastian.U, "s", "persentase predikat Cukup (75 %)", PASAL_36)
    baik = Predikat("BAIK", "Baik", D(100), PASAL_36, (flag_b,))
    cukup = Predikat("BUTUH_PERBAIKAN", "Cukup/Butuh Perbaikan", D(75), PASAL_36, (flag_c,))
    h = ak_perpindahan({2022: baik, 2023: baik, 2024: cukup}, golongan_terakhir="III/c", jenjang_tujuan="Ahli Muda")
    assert h.ak_konversi == D("68.75") and list(h.belum_terverifikasi) == [flag_b, flag_c, *k._FLAGS_NILAI_DASAR]


def test_ledger_two_periods_starting_the_same_month_overlap() -> None:
    with pytest.raises(InvalidInput) as e:
        buku_ak([EntriKinerja(2023, "Baik", "Ahli Muda", bulan=6), EntriKinerja(2023, "Baik", "Ahli Muda", bulan=3)])
    assert (e.value.field, e.value.value) == ("kinerja[1]", "2023-01")
    assert e.value.expected == "periode yang tidak tumpang tindih dengan kinerja[0] (2023-01, 6 bulan)"


def test_kesiapan_kenaikan_threshold_met_exactly_by_integration() -> None:
    p = Pegawai(status="PNS", golongan="III/c", jabatan=JabatanFungsional(jenjang=JenjangJabatan.AHLI_MUDA), kinerja={})
    h = kesiapan_kenaikan(p, on=date(2024, 1, 1), ak_konvensional=D(300))  # 300 − 200 = 100 = KP of Ahli Muda
    assert (h.ak_kumulatif, h.siap_kenaikan_pangkat, h.tanggal_kenaikan_pangkat, h.kurang_kenaikan_pangkat) == (
        D(100), True, date(2023, 1, 1), D(0))
    assert (h.siap_kenaikan_jenjang, h.kurang_kenaikan_jenjang) == (False, D(100))


def test_kesiapan_kenaikan_level_threshold_reached_by_ratings() -> None:
    p = Pegawai(status="PNS", golongan="III/b", jabatan=JabatanFungsional(jenjang=JenjangJabatan.AHLI_PERTAMA, tmt=date(2021, 1, 1)),
                kinerja={2023: "Baik"})
    h = kesiapan_kenaikan(p, on=date(2024, 1, 1), ak_konvensional=D(190))
    # 90 integrated + 12,5/12 a month: 100 (KJ of Ahli Pertama) reached in month 10 → 31 October 2023
    assert (h.siap_kenaikan_jenjang, h.tanggal_kenaikan_jenjang, h.kurang_kenaikan_jenjang) == (True, date(2023, 10, 31), D(0))
    assert (h.tanggal_kenaikan_pangkat, h.ak_kumulatif) == (date(2023, 1, 1), D("102.5"))
    assert h.explain("en").splitlines()[-3:-1] == ["[PermenPANRB 1/2023 Pasal 36]", "Unverified values used (not settled law):"]
    assert h.explain().splitlines()[-2] == "Nilai belum terverifikasi yang dipakai (bukan ketentuan pasti):"


def test_pasal_36_trailing_zeros_of_an_exact_twelfth_are_dropped() -> None:
    assert str(ak_konversi("Sangat Baik", "Ahli Pertama", bulan=8)) == "12.5"  # 1,5 x 12,5 x 8 = 150,00; /12
    assert str(konversi("Sangat Baik", "Ahli Pertama", 8).nilai) == "12.5"
