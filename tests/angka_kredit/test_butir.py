"""PMK 150/PMK.05/2019 Lampiran III huruf A: every butir table cell, the 100 %/80 % rule, group work.

The expected values below are an INDEPENDENT transcription typed from the published PMK (not read
from the data files). ``None`` = blank cell in the PMK.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from decimal import Decimal

import pytest

from asnrules.angka_kredit.butir import Butir, _ak, _urai_kode, ak_butir, butir, daftar_butir
from asnrules.core import PMK_150, InvalidInput, NotInTable
from asnrules.models import JenjangJabatan

P, MU, MA = JenjangJabatan.AHLI_PERTAMA, JenjangJabatan.AHLI_MUDA, JenjangJabatan.AHLI_MADYA

# --- Lampiran III huruf A angka 1 huruf b angka 3): kode -> (Pertama, Muda, Madya) -------------------
PKA: dict[str, tuple[str | None, str | None, str | None]] = {
    # 1. Melaksanakan tugas sebagai Pejabat Pembuat Komitmen
    "PKA.1.1": ("0,01", "0,02", "0,03"),
    "PKA.1.2": ("0,01", "0,02", "0,03"),
    "PKA.1.3": ("0,01", "0,02", "0,03"),
    "PKA.1.4": ("0,01", "0,02", "0,03"),
    "PKA.1.5": ("0,01", "0,02", "0,03"),
    "PKA.1.6": ("0,01", "0,02", "0,03"),
    "PKA.1.7": ("0,01", "0,02", "0,03"),
    "PKA.1.8": ("0,01", "0,02", "0,03"),
    "PKA.1.9": ("0,01", "0,02", "0,03"),
    "PKA.1.10": ("0,01", "0,02", "0,03"),
    "PKA.1.11": ("0,01", "0,02", "0,03"),
    "PKA.1.12": ("0,01", "0,02", "0,03"),
    # 2. analisis kualitas rencana pelaksanaan kegiatan dan rencana pencairan dana
    "PKA.2.1": ("0,01", None, None),
    "PKA.2.2": (None, "0,02", None),
    "PKA.2.3": (None, None, "0,01"),
    # 3. analisis kebutuhan penyedia barang/jasa
    "PKA.3.1": ("0,01", None, None),
    "PKA.3.2": (None, "0,02", None),
    "PKA.3.3": (None, None, "0,01"),
    # 4. analisis klasifikasi kegiatan swakelola dan/atau non swakelola
    "PKA.4.1": ("0,01", None, None),
    "PKA.4.2": (None, "0,02", None),
    "PKA.4.3": (None, None, "0,01"),
    # 5. analisis langkah langkah rencana pengendalian perikatan
    "PKA.5.1": ("0,01", None, None),
    "PKA.5.2": (None, "0,02", None),
    "PKA.5.3": (None, None, "0,01"),
    # 6. analisis efisiensi pembayaran/belanja
    "PKA.6.1": ("0,01", None, None),
    "PKA.6.2": (None, "0,02", None),
    "PKA.6.3": (None, None, "0,01"),
    # 7. analisis efektifitas pembayaran/belanja
    "PKA.7.1": ("0,01", None, None),
    "PKA.7.2": (None, "0,02", None),
    "PKA.7.3": (None, None, "0,01"),
    # 8. analisis transparansi pembayaran/belanja
    "PKA.8.1": ("0,01", None, None),
    "PKA.8.2": (None, "0,02", None),
    "PKA.8.3": (None, None, "0,01"),
    # 9. analisis keterbukaan pembayaran/belanja
    "PKA.9.1": ("0,01", None, None),
    "PKA.9.2": (None, "0,02", None),
    "PKA.9.3": (None, None, "0,01"),
    # 10. (heading as published: analisis keterbukaan) rows: analisis bersaing/kompetitif
    "PKA.10.1": ("0,01", None, None),
    "PKA.10.2": (None, "0,02", None),
    "PKA.10.3": (None, None, "0,01"),
    # 11. Melaksanakan tugas sebagai Pejabat Penandatanganan Surat Perintah Membayar
    "PKA.11.1": ("0,01", "0,02", "0,03"),
    "PKA.11.2": ("0,01", "0,02", "0,03"),
    "PKA.11.3": ("0,01", "0,02", "0,03"),
    "PKA.11.4": ("0,01", "0,02", "0,03"),
    "PKA.11.5": ("0,01", "0,02", "0,03"),
    "PKA.11.6": ("0,02", "0,04", "0,06"),
    "PKA.11.7": ("0,01", "0,02", "0,03"),
    # 12. analisis penolakan SPP
    "PKA.12.1": ("0,02", None, None),
    "PKA.12.2": (None, "0,02", None),
    "PKA.12.3": (None, None, "0,02"),
    # 13. analisis kesalahan SPM
    "PKA.13.1": ("0,01", None, None),
    "PKA.13.2": (None, "0,02", None),
    "PKA.13.3": (None, None, "0,02"),
    # 14. analisis retur SP2D
    "PKA.14.1": ("0,01", None, None),
    "PKA.14.2": (None, "0,02", None),
    "PKA.14.3": (None, None, "0,02"),
    # 15. analisis revolving uang persediaan
    "PKA.15.1": ("0,01", None, None),
    "PKA.15.2": (None, "0,02", None),
    "PKA.15.3": (None, None, "0,02"),
    # 16. pengelolaan data transaksi keuangan
    "PKA.16.1": ("0,01", None, None),
    "PKA.16.2": (None, "0,02", None),
    "PKA.16.3": (None, None, "0,03"),
    # 17. rekonsiliasi laporan keuangan
    "PKA.17.1": ("0,02", None, None),
    "PKA.17.2": (None, "0,04", None),
    "PKA.17.3": (None, None, "0,06"),
    # 18. pengolahan data/dokumen pendukung laporan keuangan
    "PKA.18.1": ("0,02", None, None),
    "PKA.18.2": (None, "0,04", None),
    "PKA.18.3": (None, None, "0,06"),
    # 19. penyusunan laporan keuangan
    "PKA.19.1": ("0,02", None, None),
    "PKA.19.2": (None, "0,04", None),
    "PKA.19.3": (None, None, "0,06"),
    # 20. monitoring dan evaluasi pengelolaan laporan keuangan
    "PKA.20.1": ("0,02", None, None),
    "PKA.20.2": (None, "0,04", None),
    "PKA.20.3": (None, None, "0,06"),
    # 21. penyusunan analisis permasalahan temuan hasil pemeriksaan
    "PKA.21.1": ("0,02", None, None),
    "PKA.21.2": (None, "0,04", None),
    "PKA.21.3": (None, None, "0,03"),
    # 22. penatausahaan dokumen transaksi keuangan
    "PKA.22.1": ("0,02", None, None),
    "PKA.22.2": (None, "0,02", None),
    "PKA.22.3": (None, None, "0,03"),
}

# --- angka 1 huruf c (Pengembangan Profesi) and angka 2 (Penunjang): kode -> (AK, Hasil Kerja) -------
SEMUA_JENJANG: dict[str, tuple[str, str]] = {
    "PROF.1.1": ("12,5", "Buku yang diedarkan secara nasional"),
    "PROF.1.2": ("6", "Naskah majalah ilmiah yang diakui Kementerian yang bersangkutan"),
    "PROF.1.3": ("8", "Buku yang diedarkan secara nasional"),
    "PROF.1.4": ("4", "Naskah majalah ilmiah yang diakui Kementerian yang bersangkutan"),
    "PROF.1.5": ("8", "Buku yang diedarkan secara nasional"),
    "PROF.1.6": ("4", "Naskah majalah yang diakui Kementerian yang bersangkutan"),
    "PROF.1.7": ("7", "Buku"),
    "PROF.1.8": ("3,5", "Makalah"),
    "PROF.1.9": ("2", "Naskah"),
    "PROF.1.10": ("2,5", "Naskah"),
    "PROF.2.1": ("7", "Buku yang diterbitkan dan diedarkan secara nasional"),
    "PROF.2.2": ("3,5", "Majalah ilmiah tingkat nasional"),
    "PROF.2.3": ("3,5", "Buku"),
    "PROF.2.4": ("1,5", "Makalah yang diakui Instansi yang berwenang"),
    "PROF.3.1": ("8", "Juklak"),
    "PROF.3.2": ("3", "Juknis"),
    "PNJ.a.1": ("0,4", "Setiap 2 jam"),
    "PNJ.b.1": ("3", "kali"),
    "PNJ.b.2": ("2", "kali"),
    "PNJ.b.3": ("1", "kali"),
    "PNJ.b.4": ("1,5", "Laporan"),
    "PNJ.b.5": ("1", "Laporan"),
    "PNJ.c.1": ("1", "Tahun"),
    "PNJ.c.2": ("0,75", "Tahun"),
    "PNJ.d.1": ("0,5", "SK"),
    "PNJ.e.1": ("3", "Piagam"),
    "PNJ.e.2": ("2", "Piagam"),
    "PNJ.e.3": ("1", "Piagam"),
    "PNJ.f.1": ("5", "Ijazah/Gelar"),
    "PNJ.f.2": ("10", "Ijazah/Gelar"),
    "PNJ.f.3": ("15", "Ijazah/Gelar"),
}

BARIS_PER_TABEL = {
    **{f"PKA.{t}": 3 for t in range(2, 23)},
    "PKA.1": 12,
    "PKA.11": 7,
    "PROF.1": 10,
    "PROF.2": 4,
    "PROF.3": 2,
    "PNJ.a": 1,
    "PNJ.b": 5,
    "PNJ.c": 2,
    "PNJ.d": 1,
    "PNJ.e": 3,
    "PNJ.f": 3,
}


def d(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


# ----------------------------------------------------------------------------- every cell


@pytest.mark.parametrize("kode", sorted(PKA))
def test_lampiran_iii_a_1_b_3_setiap_sel(kode: str) -> None:
    b = butir(kode)
    expected = {j: d(v) for j, v in zip((P, MU, MA), PKA[kode]) if v is not None}
    assert dict(b.angka_kredit) == expected
    for j, v in zip((P, MU, MA), PKA[kode]):
        if v is None:
            assert j not in b.angka_kredit  # a blank cell stays absent, never zero
        else:
            assert ak_butir(kode, j) == d(v)
    assert b.pelaksana == tuple(expected)
    assert b.unsur == "utama" and b.sub_unsur == "Pengelolaan Keuangan APBN"


@pytest.mark.parametrize("kode", sorted(SEMUA_JENJANG))
def test_lampiran_iii_a_1_c_dan_2_semua_jenjang(kode: str) -> None:
    nilai, hasil_kerja = SEMUA_JENJANG[kode]
    b = butir(kode)
    assert b.hasil_kerja == hasil_kerja
    assert b.pelaksana == (P, MU, MA)
    for j in (P, MU, MA):
        assert b.angka_kredit[j] == d(nilai)
        assert ak_butir(kode, j) == d(nilai)
    assert b.unsur == ("utama" if kode.startswith("PROF") else "penunjang")


def test_lampiran_iii_a_semua_kode_tercakup() -> None:
    assert [b.kode for b in daftar_butir()] == [*PKA, *SEMUA_JENJANG]
    assert len(daftar_butir()) == 79 + 16 + 15


@pytest.mark.parametrize("tabel", sorted(BARIS_PER_TABEL))
def test_lampiran_iii_a_jumlah_baris_per_tabel(tabel: str) -> None:
    rows = [b for b in daftar_butir() if b.kode.rsplit(".", 1)[0] == tabel]
    assert len(rows) == BARIS_PER_TABEL[tabel]
    assert [b.nomor for b in rows] == list(range(1, BARIS_PER_TABEL[tabel] + 1))


def test_lampiran_iii_a_sub_unsur_penunjang() -> None:
    assert butir("PNJ.a.1").sub_unsur == "pengajar/pelatih di bidang pengelolaan keuangan APBN"
    assert butir("PNJ.d.1").sub_unsur == "keanggotaan dalam Tim Penilai"
    assert butir("PNJ.f.3").sub_unsur == "perolehan gelar kesarjanaan lainnya"
    assert butir("PROF.2.1").sub_unsur == "Pengembangan Profesi"


def test_lampiran_iii_a_teks_baris_contoh() -> None:
    b = butir("PKA.11.6")
    assert b.kegiatan == "Melaporkan pelaksanaan pengujian dan perintah pembayaran kepada Kuasa Pengguna Anggaran"
    assert b.hasil_kerja == b.satuan == "Laporan pelaksanaan pengujian dan perintah pembayaran"
    assert b.judul_tabel == "Melaksanakan tugas sebagai Pejabat Penandatanganan Surat Perintah Membayar"
    assert butir("PKA.1.1").kegiatan == "Menyusun rencana pelaksanaan kegiatan dan rencana penarikan dana"
    assert butir("PKA.22.3").hasil_kerja == "Rekomendasi penatausahaan dokumen"
    assert butir("PKA.15.1").kegiatan == "Menyusun analisis revolving uang persediaan"
    # published heading of Tabel 10 (a suspected error, kept as published)
    assert butir("PKA.10.1").judul_tabel == "Melakukan analisis keterbukaan pembayaran/belanja"
    assert butir("PKA.10.1").kegiatan == "Menyusun analisis bersaing/kompetitif pembayaran/belanja"


def test_lampiran_iii_a_bukti_fisik() -> None:
    assert len(butir("PKA.1.1").bukti_fisik) == 13  # 1.a-1.k and 2.a-2.b
    assert butir("PKA.1.12").bukti_fisik == butir("PKA.1.1").bukti_fisik  # merged cell of the table
    assert len(butir("PKA.11.1").bukti_fisik) == 8  # 1.a-1.f and 2.a-2.b
    assert butir("PKA.11.1").bukti_fisik[0].startswith("1.a. Dokumen lembar uji dokumen pendukung SPP")
    for t in range(2, 11):
        bf = butir(f"PKA.{t}.2").bukti_fisik
        assert len(bf) == 4
        assert bf[0] == "a. Kertas kerja yang telah disahkan oleh pimpinan atau pejabat lain yang ditunjuk;"
        assert bf[3] == "d. Lembar kerja yang sudah disahkan oleh pimpinan atau pejabat lain yang ditunjuk"
    assert butir("PNJ.f.1").bukti_fisik == ()


def test_lampiran_iii_a_citation_baris_dan_tabel() -> None:
    assert str(butir("PKA.11.6").citation) == (
        "PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf b angka 3), Tabel 11 nomor 6"
    )
    assert str(butir("PROF.2.4").citation) == "PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf c angka 2), nomor 4"
    assert str(butir("PNJ.e.3").citation) == "PMK 150/PMK.05/2019 Lampiran III huruf A angka 2 huruf e, nomor 3"
    from asnrules.angka_kredit.butir import TABEL_CITATION

    assert len(TABEL_CITATION) == 22 + 3 + 6
    assert str(TABEL_CITATION["PKA.11"]) == "PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf b angka 3), Tabel 11"
    assert str(TABEL_CITATION["PNJ.f"]) == "PMK 150/PMK.05/2019 Lampiran III huruf A angka 2 huruf f"


# ------------------------------------------------- angka 1 huruf b angka 2): 100 % / 80 %


def test_lampiran_iii_a_1_b_2_huruf_a_jenjang_seharusnya_100_persen() -> None:
    assert ak_butir("PKA.2.1", P) == Decimal("0.01")
    assert ak_butir("PKA.2.2", MU) == Decimal("0.02")
    assert ak_butir("PKA.17.3", MA) == Decimal("0.06")
    # all three columns filled: each jenjang is "seharusnya" for its own column
    assert ak_butir("PKA.11.6", P) == Decimal("0.02")
    assert ak_butir("PKA.11.6", MU) == Decimal("0.04")
    assert ak_butir("PKA.11.6", MA) == Decimal("0.06")


def test_lampiran_iii_a_1_b_2_huruf_b_jenjang_lebih_tinggi_100_persen() -> None:
    assert ak_butir("PKA.2.1", MU) == Decimal("0.01")
    assert ak_butir("PKA.2.1", MA) == Decimal("0.01")
    assert ak_butir("PKA.17.2", MA) == Decimal("0.04")
    assert ak_butir("PKA.19.1", MA) == Decimal("0.02")


def test_lampiran_iii_a_1_b_2_huruf_c_jenjang_lebih_rendah_80_persen() -> None:
    assert ak_butir("PKA.2.2", P) == Decimal("0.016")
    assert ak_butir("PKA.2.3", P) == Decimal("0.008")
    assert ak_butir("PKA.2.3", MU) == Decimal("0.008")
    assert ak_butir("PKA.17.3", P) == Decimal("0.048")
    assert ak_butir("PKA.17.3", MU) == Decimal("0.048")
    assert ak_butir("PKA.17.2", P) == Decimal("0.032")
    assert ak_butir("PKA.17.3", P, volume=10) == Decimal("0.48")


def test_lampiran_iii_a_pengembangan_profesi_dan_penunjang_tanpa_80_persen() -> None:
    # "Pelaksana Tugas: Semua jenjang": every Ahli jenjang gets 100 %
    assert ak_butir("PROF.1.1", P) == ak_butir("PROF.1.1", MA) == Decimal("12.5")


def test_lampiran_i_huruf_b_angka_3_contoh_gelar_kesarjanaan_lainnya() -> None:
    # contoh b: S-2 Sistem Informasi as unsur penunjang = 10; contoh c: second S-1 (Hukum) = 5
    assert ak_butir("PNJ.f.2", P) == Decimal("10")
    assert ak_butir("PNJ.f.1", P) == Decimal("5")
    assert Decimal(100) + Decimal(6) + Decimal("42.20") + ak_butir("PNJ.f.2", P) == Decimal("158.20")


def test_lampiran_iii_a_volume() -> None:
    assert ak_butir("PKA.1.1", MU, volume=12) == Decimal("0.24")
    assert ak_butir("PKA.1.1", MU, volume=Decimal("12.5")) == Decimal("0.25")
    assert ak_butir("PKA.1.1", MU, volume="12,5") == Decimal("0.25")
    assert ak_butir("PKA.1.1", MU, volume="12.5") == Decimal("0.25")
    assert ak_butir("PKA.1.1", MU, volume=0) == 0
    assert ak_butir("PNJ.a.1", MA, volume=5) == Decimal("2.0")  # 5 x "setiap 2 jam"
    assert isinstance(ak_butir("PKA.1.1", MU, volume=3), Decimal)


# ------------------------------------------------- angka 1 huruf b angka 2) huruf d: group work


@pytest.mark.parametrize("anggota", [1, 2, 3, "3", Decimal(3)])
def test_lampiran_iii_a_1_b_2_huruf_d_kelompok_sampai_3_orang_penuh(anggota: object) -> None:
    assert ak_butir("PKA.19.1", P, anggota=anggota) == Decimal("0.02")
    assert ak_butir("PKA.19.1", MU, anggota=anggota, volume=2) == Decimal("0.04")
    assert ak_butir("PKA.19.2", P, anggota=anggota) == Decimal("0.032")


@pytest.mark.parametrize("anggota", [4, 5, 100])
def test_lampiran_iii_a_1_b_2_huruf_d_kelompok_4_orang_ditolak(anggota: int) -> None:
    with pytest.raises(InvalidInput) as exc:
        ak_butir("PKA.19.1", P, anggota=anggota)
    assert exc.value.field == "anggota"
    assert str(exc.value.citation) == "PMK 150/PMK.05/2019 Lampiran III huruf A angka 1 huruf b angka 2) huruf d"
    assert "3 (tiga)" in str(exc.value) and "3 (three)" in exc.value.message_en


@pytest.mark.parametrize("anggota", [0, -1, 2.0, True, "dua", None, Decimal("2.5")])
def test_lampiran_iii_a_anggota_tidak_valid(anggota: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        ak_butir("PKA.19.1", P, anggota=anggota)
    assert exc.value.field == "anggota"


@pytest.mark.parametrize("kode", ["PROF.1.1", "PNJ.b.3"])
def test_lampiran_iii_a_kelompok_hanya_untuk_pengelolaan_keuangan_apbn(kode: str) -> None:
    assert ak_butir(kode, MU, anggota=1) == butir(kode).angka_kredit[MU]
    with pytest.raises(InvalidInput) as exc:
        ak_butir(kode, MU, anggota=2)
    assert exc.value.field == "anggota" and kode in str(exc.value)


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("kode", "mirip"),
    [("PKA.11.8", "PKA.11.7"), ("PKA.23.1", "PKA.22.1"), ("PNJ.g.1", "PNJ.f.1"), ("PROF.1.11", "PROF.1.1")],
)
def test_lampiran_iii_a_kode_tidak_dikenal_menyebut_kode_terdekat(kode: str, mirip: str) -> None:
    with pytest.raises(NotInTable) as exc:
        butir(kode)
    assert mirip in exc.value.existing
    assert exc.value.field == "kode"
    assert mirip in str(exc.value) and mirip in exc.value.message_en
    with pytest.raises(NotInTable):
        ak_butir(kode, P)


@pytest.mark.parametrize("kode", ["", "PKA", "xyz", "PKA.0.1", "PKA.1.0", "PKA.1.13", "PNJ.a.2", "PROF.4.1"])
def test_lampiran_iii_a_kode_tidak_ada(kode: str) -> None:
    with pytest.raises(NotInTable) as exc:
        ak_butir(kode, MU)
    assert exc.value.existing  # always names some existing codes


@pytest.mark.parametrize("kode", [None, 11, ["PKA.1.1"], b"PKA.1.1"])
def test_lampiran_iii_a_kode_bukan_teks(kode: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        ak_butir(kode, MU)  # type: ignore[arg-type]
    assert exc.value.field == "kode"


@pytest.mark.parametrize(("ketik", "kode"), [("pka.11.6", "PKA.11.6"), (" PKA.11.06 ", "PKA.11.6"), ("pnj.F.1", "PNJ.f.1"), ("Prof.1.10", "PROF.1.10")])
def test_lampiran_iii_a_kode_dinormalisasi(ketik: str, kode: str) -> None:
    assert butir(ketik) is butir(kode)
    assert ak_butir(ketik, MA) == ak_butir(kode, MA)


@pytest.mark.parametrize("jenjang", [JenjangJabatan.TERAMPIL, JenjangJabatan.MAHIR, JenjangJabatan.PENYELIA])
def test_lampiran_iii_a_jenjang_pranata_tidak_ada_kolomnya(jenjang: JenjangJabatan) -> None:
    with pytest.raises(NotInTable) as exc:
        ak_butir("PKA.1.1", jenjang)
    assert exc.value.field == "pelaksana"
    assert "Ahli Muda" in exc.value.existing


def test_lampiran_iii_a_pelaksana_teks_dan_salah() -> None:
    assert ak_butir("PKA.2.2", "Ahli Pertama") == Decimal("0.016")  # type: ignore[arg-type]
    for salah in (3, None, "Ahli Utama", 2.0):
        with pytest.raises(InvalidInput) as exc:
            ak_butir("PKA.2.2", salah)  # type: ignore[arg-type]
        assert exc.value.field == "pelaksana"


@pytest.mark.parametrize("volume", [1.0, 0.5, -1, Decimal("-0.01"), Decimal("NaN"), Decimal("Infinity"), "abc", "1,2,3", True, None, [1]])
def test_lampiran_iii_a_volume_tidak_valid(volume: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        ak_butir("PKA.1.1", P, volume=volume)
    assert exc.value.field == "volume"
    assert exc.value.message_en


def test_lampiran_iii_a_data_ak_harus_teks_positif() -> None:
    assert _ak("0,01", "x") == Decimal("0.01")
    for bad in (0.01, "0", "-1", 1):
        with pytest.raises(InvalidInput):
            _ak(bad, "x")


# ----------------------------------------------------------------------------- immutability, errata


def test_lampiran_iii_a_tabel_tidak_dapat_diubah() -> None:
    b = butir("PKA.1.1")
    with pytest.raises(FrozenInstanceError):
        b.kode = "X"  # type: ignore[misc]
    with pytest.raises(TypeError):
        b.angka_kredit[P] = Decimal(1)  # type: ignore[index]
    assert isinstance(daftar_butir(), tuple)
    assert isinstance(b, Butir) and hash(b) == hash(butir("PKA.1.1"))
    assert b.errata == ()


def test_lampiran_iii_a_errata_melekat_pada_butir() -> None:
    b = butir("PKA.21.3")
    assert ak_butir("PKA.21.3", MA) == Decimal("0.03")  # published value is used
    nilai = [e for e in b.errata if "kolom Angka Kredit" in str(e["lokasi"])]
    assert [(e["teks_terbit"], e["nilai_dimaksud"]) for e in nilai] == [("0,03", "0,06")]
    assert len(b.errata) == 2  # and the Bukti Fisik huruf b of tables 12-22
    for t in range(2, 11):
        assert butir(f"PKA.{t}.3").errata[0]["teks_terbit"] == "0,01"
    assert butir("PKA.11.3").errata[0]["nilai_dimaksud"].startswith("Membebankan")
    assert butir("PNJ.e.2").errata and butir("PROF.1.3").errata
    with pytest.raises(TypeError):
        b.errata[0]["alasan"] = "x"  # type: ignore[index]


def test_lampiran_iii_a_urai_kode() -> None:
    assert _urai_kode("PKA.11.6") == ("PKA", "11", 6)
    assert _urai_kode("pnj.f.1") == ("PNJ", "f", 1)
    assert butir("PKA.11.6").citation.regulasi == PMK_150
