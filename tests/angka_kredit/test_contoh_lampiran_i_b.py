"""PMK 150/PMK.05/2019 Lampiran I huruf B angka 3: the three worked examples, from the public functions."""

from __future__ import annotations

from decimal import Decimal

from asnrules.angka_kredit import (
    ERRATA,
    KomponenAK,
    Unsur,
    kenaikan_pangkat,
    komponen_pelatihan,
    nilai_ijazah,
    rekap_angka_kredit,
)
from asnrules.core import format_id
from asnrules.models import Golongan, Ijazah, Pendidikan

S1_AKUNTANSI = Ijazah(jenjang=Pendidikan.S1, bidang="Akuntansi")
# "Diklat : 6": the text gives only the total; one pelatihan of 461–640 jamlat is one way to reach it.
DIKLAT = komponen_pelatihan(500, "Diklat")
PKA = KomponenAK(Unsur.UTAMA, "Pengelolaan Keuangan APBN", "42,20")  # "Pengelolaan Keuangan APBN : 42,20"


def test_lampiran_i_huruf_b_angka_3_huruf_a_des_kukuh_nurcahyo() -> None:
    s1 = nilai_ijazah(S1_AKUNTANSI)
    s2 = nilai_ijazah(Ijazah(jenjang=Pendidikan.S2, bidang="Manajemen"), sebelumnya=[S1_AKUNTANSI])
    assert (s1.nilai, s2.nilai, s1.nilai + s2.nilai) == (100, 50, 150)  # "Angka Kredit yang diperhitungkan : 150"
    assert s2.unsur is Unsur.UTAMA  # "Jurusan Manajemen termasuk dalam kualifikasi pendidikan"
    rekap = rekap_angka_kredit([s1, s2, DIKLAT, PKA])
    assert DIKLAT.nilai == 6
    assert rekap.jumlah == Decimal("198.20") and format_id(rekap.jumlah) == "198,20"
    assert rekap.penunjang == 0
    # Penata Muda III/a: 198,20 reaches the III/b minimum (150) with the 80 % / 20 % composition.
    assert kenaikan_pangkat(Golongan.III_A, ak_utama=rekap.utama, ak_penunjang=rekap.penunjang).eligible


def test_lampiran_i_huruf_b_angka_3_huruf_b_muji_johannes_manggalayuda() -> None:
    s1 = nilai_ijazah(S1_AKUNTANSI)
    s2 = nilai_ijazah(Ijazah(jenjang=Pendidikan.S2, bidang="Sistem Informasi"), sebelumnya=[S1_AKUNTANSI])
    assert (s2.unsur, s2.sub_unsur, s2.nilai) == (Unsur.PENUNJANG, "perolehan gelar kesarjanaan lainnya", 10)
    assert s1.nilai + s2.nilai == 110  # "Angka Kredit yang diperhitungkan : 110"
    rekap = rekap_angka_kredit([s1, DIKLAT, PKA, s2])
    assert format_id(rekap.jumlah) == "158,20"
    assert (rekap.utama, rekap.penunjang) == (Decimal("148.20"), Decimal(10))


def test_lampiran_i_huruf_b_angka_3_huruf_c_sapto_nurhidayat() -> None:
    s1 = nilai_ijazah(S1_AKUNTANSI)
    hukum = nilai_ijazah(Ijazah(jenjang=Pendidikan.S1, bidang="Hukum"), sebelumnya=[S1_AKUNTANSI])
    # "Jurusan Hukum termasuk dalam kualifikasi pendidikan, namun ... jenjang pendidikan yang sama sebelumnya"
    assert (hukum.unsur, hukum.sub_unsur, hukum.nilai) == (Unsur.PENUNJANG, "perolehan gelar kesarjanaan lainnya", 5)
    assert s1.nilai + hukum.nilai == 105  # "Angka Kredit yang diperhitungkan : 105"
    rekap = rekap_angka_kredit([s1, DIKLAT, PKA, hukum])
    assert format_id(rekap.jumlah) == "153,20"
    assert (rekap.utama, rekap.penunjang) == (Decimal("148.20"), Decimal(5))


def test_worked_example_label_errata_registered() -> None:
    ids = {e.id: e for e in ERRATA}
    assert ids["L1B3a-terbilang"].teks_terbit.startswith("mendapat tambahan angka kredit sebesar 50 (seratus lima puluh)")
    assert ids["L1B3c-label"].teks_terbit == "Penunjang (S-2 Komputer) : 5"
    assert ids["L1B3c-label"].nilai_dimaksud == "Penunjang (S-1 Hukum) : 5"


def test_dupak_with_butir_components_and_their_errata() -> None:
    from asnrules.angka_kredit import ak_butir, komponen_butir
    from asnrules.models import JenjangJabatan

    ppk = komponen_butir("PKA.1.1", JenjangJabatan.AHLI_PERTAMA, volume=12)
    suspect = komponen_butir("PKA.2.3", JenjangJabatan.AHLI_MADYA, volume=2)
    seminar = komponen_butir("PNJ.b.3", JenjangJabatan.AHLI_PERTAMA, volume=2)
    assert ppk.nilai == ak_butir("PKA.1.1", JenjangJabatan.AHLI_PERTAMA, volume=12) == Decimal("0.12")
    assert (ppk.unsur, ppk.sub_unsur) == (Unsur.UTAMA, "Pengelolaan Keuangan APBN")
    assert (seminar.unsur, seminar.nilai) == (Unsur.PENUNJANG, Decimal(2))
    assert [e.id for e in suspect.errata] == ["L3A-PKA.2.3"]
    rekap = rekap_angka_kredit([ppk, suspect, seminar])
    assert rekap.utama == Decimal("0.14") and rekap.penunjang == 2
    assert rekap.errata == suspect.errata


def test_penunjang_ijazah_values_agree_with_lampiran_iii_a_2_f() -> None:
    """Pasal 20 ayat (1) huruf b (pendidikan table) and Lampiran III huruf A angka 2 huruf f (butir
    PNJ.f, transcribed separately) give the same 5 / 10 / 15."""
    from asnrules.angka_kredit import butir

    for n, jenjang in enumerate((Pendidikan.S1, Pendidikan.S2, Pendidikan.S3), start=1):
        k = nilai_ijazah(Ijazah(jenjang=jenjang, bidang="Teknik Sipil"), sebelumnya=[S1_AKUNTANSI])
        b = butir(f"PNJ.f.{n}")
        assert set(b.angka_kredit.values()) == {k.nilai}
        assert b.sub_unsur == k.sub_unsur and b.unsur == k.unsur.value
