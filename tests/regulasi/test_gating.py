"""Issue 15: every dated rule refuses a date before the instrument it applies (docs/regulasi.md, "Per rule").

For each gated rule: the last day before its instrument → ``BelumBerlaku`` (field ``on``, naming the
instrument); the first day → a real verdict; through :func:`asnrules.batch.run` → NOT_APPLICABLE.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from asnrules.batch import run
from asnrules.core import Verdict
from asnrules.core.regulasi import REGISTER, BelumBerlaku
from asnrules.eligibility.bendahara import SertifikatBNT, batas_usulan_perpanjangan, check_bendahara
from asnrules.eligibility.cpns import PelamarCPNS, check_pelamar_cpns
from asnrules.eligibility.prosedur import (
    check_frekuensi_pleno,
    check_jadwal_pak,
    check_pemantauan_uji_kompetensi,
    check_penggantian_penilai,
    check_penilaian_dupak,
    check_sidang_pleno,
)
from asnrules.models import JenisBendahara, Pegawai

D = timedelta(days=1)
PMK150 = "PMK 150/PMK.05/2019"
MULAI_PMK150 = date(2019, 10, 18)
MULAI_PERPRES_7_2016 = date(2016, 1, 20)
MULAI_PMK128 = date(2017, 9, 19)


def test_start_dates_are_the_registers() -> None:
    assert REGISTER.cari(PMK150).berlaku == MULAI_PMK150
    assert REGISTER.cari("Perpres 7/2016").berlaku == MULAI_PERPRES_7_2016
    assert REGISTER.cari("PMK 128/PMK.05/2017").berlaku == MULAI_PMK128
    assert REGISTER.cari("PMK 126/PMK.05/2016").awal == date(2016, 1, 1)  # earliest possible [U]


def pns() -> Pegawai:
    return Pegawai.model_validate({"status": "PNS", "golongan": "III/a", "tmt_golongan": date(2010, 4, 1),
                                   "pendidikan": "S-1"})


def bendahara(on: date) -> Verdict:
    return check_bendahara(pns(), JenisBendahara.PENGELUARAN, on=on, surat_tugas=True, sertifikat=(), diblokir=False)


# (rule, call with the date, instrument, last day before, first day)
GATED: list[tuple[str, Callable[[date], Any], str, date, date]] = [
    ("check_bendahara (Perpres 7/2016)", bendahara, "Perpres 7/2016", MULAI_PERPRES_7_2016 - D, MULAI_PERPRES_7_2016),
    ("check_penilaian_dupak", lambda on: check_penilaian_dupak(["a", "b"], on=on, pemilik_dupak="c"),
     PMK150, MULAI_PMK150 - D, MULAI_PMK150),
    ("check_penggantian_penilai", lambda on: check_penggantian_penilai(on=on, pensiun=True),
     PMK150, MULAI_PMK150 - D, MULAI_PMK150),
    ("check_sidang_pleno", lambda on: check_sidang_pleno(jumlah_anggota=5, hadir=4, on=on),
     PMK150, MULAI_PMK150 - D, MULAI_PMK150),
]


@pytest.mark.parametrize(("rule", "call", "kode", "sebelum", "mulai"), GATED, ids=[g[0] for g in GATED])
def test_last_day_before_refused_first_day_answered(rule: str, call: Callable[[date], Any], kode: str,
                                                    sebelum: date, mulai: date) -> None:
    with pytest.raises(BelumBerlaku) as exc:
        call(sebelum)
    assert exc.value.field == "on" and exc.value.value == sebelum
    assert kode in exc.value.message and kode in exc.value.message_en
    assert exc.value.citation is not None and exc.value.citation.regulasi == kode
    assert isinstance(call(mulai), Verdict)


def test_bendahara_before_pmk_126_names_it() -> None:
    """Before the earliest possible start of PMK 126/2016 (2016-01-01 [U]) the procedure is named too."""
    with pytest.raises(BelumBerlaku) as exc:
        bendahara(date(2015, 12, 31))
    assert "PMK 126/PMK.05/2016" in exc.value.message


def test_batas_usulan_perpanjangan_is_gated_on_the_deadline() -> None:
    """The 45 days are Pasal 19 as replaced by PMK 128/PMK.05/2017: the deadline itself is the date tested."""
    def cert(batas: date) -> SertifikatBNT:
        return SertifikatBNT(JenisBendahara.PENGELUARAN, "BNT-1", date(2012, 1, 1), batas + timedelta(days=45))

    with pytest.raises(BelumBerlaku) as exc:
        batas_usulan_perpanjangan(cert(MULAI_PMK128 - D))
    assert (exc.value.field, exc.value.value) == ("on", MULAI_PMK128 - D)
    assert "PMK 128/PMK.05/2017" in exc.value.message
    assert batas_usulan_perpanjangan(cert(MULAI_PMK128)).tanggal == MULAI_PMK128


def test_jadwal_pak_is_gated_on_the_period() -> None:
    """The last period (1 April / 1 October) before PMK 150 is 2019-10-01; the first after it 2020-04-01."""
    with pytest.raises(BelumBerlaku) as exc:
        check_jadwal_pak(periode_kenaikan_pangkat=date(2019, 10, 1), tanggal_penetapan=date(2019, 7, 1))
    assert (exc.value.field, exc.value.value) == ("on", date(2019, 10, 1))
    v = check_jadwal_pak(periode_kenaikan_pangkat=date(2020, 4, 1), tanggal_penetapan=date(2020, 1, 15))
    assert v.eligible


@pytest.mark.parametrize("check", [
    lambda th: check_frekuensi_pleno([date(th, 3, 1), date(th, 9, 1)], tahun=th),
    lambda th: check_pemantauan_uji_kompetensi([date(th, 11, 1)], tahun=th),
], ids=["check_frekuensi_pleno", "check_pemantauan_uji_kompetensi"])
def test_yearly_rules_are_dated_by_31_december(check: Callable[[int], Verdict]) -> None:
    with pytest.raises(BelumBerlaku) as exc:
        check(2018)
    assert (exc.value.field, exc.value.value) == ("on", date(2018, 12, 31))
    assert isinstance(check(2019), Verdict)


# ---------------------------------------------------------------------------------------------- batch

BATCH: list[tuple[str, dict[str, Any], dict[str, Any], dict[str, Any], str]] = [
    ("bendahara", {"status": "PNS", "golongan": "III/a", "pendidikan": "S-1"},
     {"on": MULAI_PERPRES_7_2016 - D, "jenis": "pengeluaran", "sertifikat": "tidak ada"},
     {"on": MULAI_PERPRES_7_2016, "jenis": "pengeluaran", "sertifikat": "tidak ada"}, "Perpres 7/2016"),
    ("sidang_pleno", {"jumlah_anggota": 5, "hadir": 4}, {"on": MULAI_PMK150 - D}, {"on": MULAI_PMK150}, PMK150),
    ("penggantian_penilai", {"pensiun": True}, {"on": MULAI_PMK150 - D}, {"on": MULAI_PMK150}, PMK150),
]


@pytest.mark.parametrize(("nama", "row", "sebelum", "mulai", "kode"), BATCH, ids=[b[0] for b in BATCH])
def test_batch_row_before_the_instrument_is_not_applicable(nama: str, row: dict[str, Any], sebelum: dict[str, Any],
                                                           mulai: dict[str, Any], kode: str) -> None:
    (r,) = run(nama, [row], **sebelum)
    assert r.status == "NOT_APPLICABLE" and kode in r.columns()["kesalahan"]
    (r,) = run(nama, [row], **mulai)
    assert r.status not in ("NOT_APPLICABLE", "INVALID")


def test_batch_jadwal_pak_row_before_pmk_150_is_not_applicable() -> None:
    """The date is a cell of the row here (the period), not ``on``: still NOT_APPLICABLE, not INVALID."""
    rows = [{"periode_kenaikan_pangkat": date(2019, 10, 1), "tanggal_penetapan": date(2019, 7, 1)},
            {"periode_kenaikan_pangkat": date(2020, 4, 1), "tanggal_penetapan": date(2020, 1, 15)}]
    r0, r1 = run("jadwal_pak", rows)
    assert r0.status == "NOT_APPLICABLE" and PMK150 in r0.columns()["kesalahan"]
    assert r1.status == "ELIGIBLE"


# ---------------------------------------------------------------------------------------------- ungated

def test_pelamar_cpns_is_not_gated() -> None:
    """The BKD Kalbar page has no date of force in the register: it cannot refuse a date (docs/regulasi.md)."""
    assert REGISTER.cari("BKD Provinsi Kalimantan Barat — Layanan").awal is None
    assert isinstance(check_pelamar_cpns(PelamarCPNS(), on=date(2000, 1, 1)), Verdict)
