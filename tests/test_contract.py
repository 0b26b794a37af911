"""The public-API contract of architecture.md §2–4 and the module dependency tree (§1)."""

import ast
import importlib
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "asnrules"

CONTRACT = {
    "asnrules": [
        "Citation", "Status", "Reason", "Verdict", "AsnRulesError", "InvalidInput", "NotInTable",
        "InvalidTransition", "format_id", "Golongan", "PangkatTNI", "PangkatPolri", "StatusKepegawaian",
        "JenisBendahara", "Pendidikan", "Ijazah", "JenjangJabatan", "PredikatKinerja", "NIP", "Pegawai",
        "HukumanDisiplin", "Periode",
    ],
    "asnrules.eligibility": [
        "check_bendahara", "check_pengangkatan_pertama", "check_perpindahan", "check_pranata_ke_analis",
        "check_inpassing", "check_promosi", "check_uji_kompetensi", "check_penugasan_ppk_ppspm",
        "check_pelatihan_fungsional", "dokumen_persyaratan", "JenisBendahara", "SertifikatBNT",
        "batas_usulan_perpanjangan", "check_angkatan_latsar", "penghargaan_latsar", "hasil_latsar",
        "check_pelamar_cpns", "dokumen_persyaratan_layanan", "kesenjangan_kinerja",
    ],
    "asnrules.angka_kredit": [
        "ak_pelatihan", "AK_DIKLAT_PRAJABATAN", "nilai_ijazah", "butir", "daftar_butir", "ak_butir",
        "ak_paket_minimal", "ak_kumulatif_minimal", "kenaikan_pangkat", "inpassing", "inpassing_pegawai",
        "ak_pranata_ke_analis", "ERRATA",
    ],
    "asnrules.formasi": [
        "AK_PER_JAM", "JKE", "JumlahPejabat", "kjf", "lkjf", "check_kedudukan", "TingkatUnit", "ak_non_paket",
        "rencana_kjf",
    ],
    "asnrules.plotting": [
        "StatusPeserta", "Peserta", "apply", "replay", "alokasi", "tanggal_update_ploting",
        "batas_pengajuan_penggantian", "TRANSISI", "to_mermaid", "ganti", "Angkatan", "HasilAlokasi",
        "AlasanBukaBlokir", "isi_kekurangan", "tanggal_pengumuman", "tanggal_undangan_wa", "batas_update_semantik",
    ],
}


@pytest.mark.parametrize("module,names", list(CONTRACT.items()))
def test_contract_names_exist(module: str, names: list[str]) -> None:
    mod = importlib.import_module(module)
    missing = [n for n in names if not hasattr(mod, n)]
    assert not missing, f"{module} lacks {missing}"


ALLOWED = {
    "core": {"core"},
    "models": {"core", "models"},
    "eligibility": {"core", "models", "eligibility"},
    "angka_kredit": {"core", "models", "angka_kredit"},
    "formasi": {"core", "models", "formasi", "angka_kredit"},
    "plotting": {"core", "models", "plotting"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("asnrules."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("asnrules."):
                    found.add(alias.name.split(".")[1])
    return found


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_dependency_tree(package: str) -> None:
    for path in (SRC / package).rglob("*.py"):
        extra = _imports(path) - ALLOWED[package]
        assert not extra, f"{path.relative_to(SRC)} imports {extra}"


def test_no_clock_and_no_float_in_library() -> None:
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for banned in ("date.today(", "datetime.now(", "datetime.today(", "time.time("):
            assert banned not in text, f"{path.relative_to(SRC)} reads the clock ({banned})"
