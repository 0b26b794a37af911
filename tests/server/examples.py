"""One valid record (and run-wide parameters) per rule, for the service tests."""

from __future__ import annotations

from typing import Any

PEGAWAI: dict[str, str] = {
    "status": "PNS", "nip": "198608152004121005", "nama": "Contoh Pegawai", "golongan": "III/b",
    "tmt_golongan": "2021-04-01", "pendidikan": "S-1 Akuntansi", "tanggal_lahir": "1986-08-15",
    "jabatan": "Analis Pengelolaan Keuangan APBN Ahli Pertama", "tmt_jabatan": "2022-01-01",
    "kinerja_2023": "Baik", "kinerja_2024": "Baik", "hukuman_disiplin": "Tidak ada",
}

EXAMPLES: dict[str, tuple[dict[str, Any], dict[str, str], str]] = {
    # rule: (record, query parameters, tanggal)
    "bendahara": (PEGAWAI, {"jenis": "pengeluaran"}, "2025-07-01"),
    "inpassing": (PEGAWAI, {}, "2025-07-01"),
    "inpassing_tabel": ({"golongan": "III/a", "ijazah": "S1", "masa_kerja_tahun": "3"}, {}, ""),
    "kenaikan_pangkat": ({"golongan": "III/b", "ak_utama": "80", "ak_penunjang": "5"}, {}, "2022-06-01"),
    "pelamar_cpns": ({"tanggal_lahir": "2000-01-01", "pendidikan": "S1", "ipk": "3,20"}, {}, "2025-07-01"),
    "plotting_data": ({"NIP": "198503122009011002", "NAMA": "Agus Hidayat", "JENIS": "Pengeluaran",
                       "NOMOR WA": "0812-3456-7890", "FOTO LATAR MERAH": "ya", "DATA PANGKAT": "Penata Muda Tk.I, III/b",
                       "DATA PENDIDIKAN": "S-1 Akuntansi", "BENDAHARA AKTIF": "ya"}, {}, "2025-07-01"),
    "pengangkatan_pertama": (PEGAWAI, {}, "2025-07-01"),
    "perpindahan": (PEGAWAI, {"jenjang_tujuan": "Ahli Pertama"}, "2025-07-01"),
    "pranata_ke_analis": (PEGAWAI, {}, "2025-07-01"),
    "syarat_inpassing": (PEGAWAI, {}, "2025-07-01"),
    "promosi": (PEGAWAI, {}, "2025-07-01"),
    "uji_kompetensi": (PEGAWAI, {"jenis": "pengangkatan_pertama"}, "2025-07-01"),
    "pelatihan_fungsional": (PEGAWAI, {}, "2025-07-01"),
    "kedudukan": ({"tingkat_unit": "ADMINISTRATOR_ATAU_LEBIH_RENDAH", "jenjang": "Ahli Muda"}, {}, ""),
    "kesenjangan_kinerja": ({"nilai": "88"}, {}, ""),
    "hasil_latsar": ({"kelulusan": "lulus"}, {}, ""),
    "ak_pelatihan": ({"jamlat": "40"}, {}, ""),
    "batas_usulan_perpindahan": ({**PEGAWAI, "tmt_golongan": "2016-04-01"}, {"jenjang_tujuan": "Ahli Pertama"},
                                 "2020-07-01"),
    "nilai_ijazah": ({"ijazah": "S-1 Akuntansi"}, {}, ""),
    "ak_kumulatif_minimal": ({"golongan": "III/b"}, {}, "2022-06-01"),  # before PermenPANRB 1/2023
    "lkjf": ({"kjf": "10", "jf": "2", "jfm": "1", "jfn": "0", "jfb": "0"}, {}, ""),
    "penugasan_ppk_ppspm": (PEGAWAI, {}, "2025-07-01"),
}
