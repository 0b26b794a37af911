"""Issue 15: the law in force on the date asked — the register, the regime switches (last day of the old
text, first day of the new one), a made-up amendment loaded from a fixture, and the properties."""

from __future__ import annotations

import importlib
import pkgutil
import tomllib
from datetime import date, timedelta
from decimal import Decimal
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import asnrules
from asnrules.angka_kredit import (
    ak_butir,
    ak_kumulatif_minimal,
    ak_minimal_uji_kompetensi_kenaikan_jenjang,
    ak_paket_minimal,
    kenaikan_pangkat,
    komponen_butir,
)
from asnrules.angka_kredit._regime import MULAI_KONVERSI, MetodeDiganti, metode_konversi
from asnrules.core import Citation, Status, Verdict
from asnrules.core.regulasi import (
    REGISTER,
    BelumBerlaku,
    Kepastian,
    StatusKetentuan,
    TeksBelumDikodekan,
    muat_register,
)
from asnrules.eligibility import jf_apbn
from asnrules.eligibility import uji_kompetensi as uk
from asnrules.eligibility.jf_apbn import batas_usulan_perpindahan, check_pengangkatan_pertama, check_perpindahan
from asnrules.eligibility.uji_kompetensi import JenisUjiKompetensi, check_uji_kompetensi
from asnrules.models import JabatanFungsional, Pegawai

FIXTURES = Path(__file__).parent / "fixtures"
PMK = "PMK 150/PMK.05/2019"
PMK163 = "PMK 163/PMK.05/2022"
D = timedelta(days=1)
MULAI_PMK150 = date(2019, 10, 18)
MUNGKIN_163, PASTI_163 = date(2022, 1, 1), date(2023, 1, 1)

P10_2019 = ["status_pns", "integritas", "sehat", "ijazah", "uji_kompetensi", "pengalaman_minimal", "kinerja_2_tahun",
            "usia_maksimal", "hukuman_disiplin", "tugas_belajar", "cltn", "batas_usulan", "lowongan"]


def pegawai(on: date, **changes: Any) -> Pegawai:
    """A PNS who meets every 2019 criterion of Pasal 10 on ``on`` (born 40 years before)."""
    base: dict[str, Any] = dict(
        status="PNS", golongan="III/b", tanggal_lahir=date(on.year - 40, 5, 17), pendidikan=["S-1 Akuntansi"],
        kinerja={on.year - 1: "Baik", on.year - 2: "Baik"}, hukuman_disiplin=(), sedang_diperiksa=False,
        tugas_belajar=(), cltn=(), pengalaman_pk_apbn_bulan=24, sehat=True, integritas=True,
    )
    return Pegawai(**{**base, **changes})


def perpindahan(on: date, **kw: Any) -> Verdict:
    args = dict(on=on, jenjang_tujuan="Ahli Muda", lulus_uji_kompetensi=True, tanggal_usulan=on - 30 * D, lowongan=True)
    return check_perpindahan(pegawai(on), **{**args, **kw})


# ==================================================================================================
# The register
# ==================================================================================================
def test_register_instruments_dates_and_sureness() -> None:
    pmk = REGISTER.cari(PMK)
    assert pmk.berlaku == pmk.diundangkan == pmk.ditetapkan == MULAI_PMK150
    assert pmk.kepastian["berlaku"] is Kepastian.V and str(pmk.citation) == f"{PMK} Pasal 65"
    p163 = REGISTER.cari(PMK163)
    assert p163.berlaku is None and p163.berlaku_paling_awal == MUNGKIN_163 and p163.berlaku_pasti == PASTI_163
    assert p163.kepastian["berlaku"] is Kepastian.U
    assert [(p.pasal, p.ayat, p.jenis) for p in p163.perubahan] == [("10", "1", "mengganti"), ("10", "6", "menambah")]
    assert all(p.teks is None for p in p163.perubahan)  # the new wording was not found
    permen = REGISTER.cari("PermenPANRB 1/2023")
    assert (permen.ditetapkan, permen.diundangkan) == (date(2023, 1, 6), date(2023, 1, 12))
    assert REGISTER.cari("PMK 126/PMK.05/2016 sebagaimana telah diubah dengan PMK 128/PMK.05/2017").kode == \
        "PMK 126/PMK.05/2016"
    for i in REGISTER.instrumen.values():
        assert i.judul and i.jenis and i.sumber, i.kode
        for k in i.kepastian.values():
            assert isinstance(k, Kepastian)


def test_berlaku_pada_certain_uncertain_and_not_yet() -> None:
    p163 = REGISTER.cari(PMK163)
    assert p163.berlaku_pada(MUNGKIN_163 - D) is False
    assert p163.berlaku_pada(MUNGKIN_163) is None and p163.berlaku_pada(PASTI_163 - D) is None
    assert p163.berlaku_pada(PASTI_163) is True


def _citations_in_modules() -> set[str]:
    seen: set[str] = set()

    def walk(o: Any, depth: int = 0) -> None:
        if depth > 4:
            return
        if isinstance(o, Citation):
            seen.add(o.regulasi)
        elif isinstance(o, (dict, MappingProxyType)):
            for v in o.values():
                walk(v, depth + 1)
        elif isinstance(o, (tuple, list, set, frozenset)):
            for v in o:
                walk(v, depth + 1)
        elif hasattr(o, "__dataclass_fields__") and not isinstance(o, type):
            for f in o.__dataclass_fields__:
                walk(getattr(o, f, None), depth + 1)

    for m in pkgutil.walk_packages(asnrules.__path__, "asnrules."):
        if m.name.endswith("__main__"):
            continue
        try:
            mod = importlib.import_module(m.name)
        except ImportError:  # an optional extra (server, dask …) not installed
            continue
        for v in vars(mod).values():
            walk(v)
    return seen


def _regulasi_in_data_files() -> set[str]:
    out: set[str] = set()

    def walk(o: Any) -> None:
        if isinstance(o, dict):
            for k, v in o.items():
                if k == "regulasi" and isinstance(v, str):
                    out.add(v)
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    import json

    for f in resources.files("asnrules").joinpath("data").iterdir():
        if f.name == "regulasi.toml":
            continue
        if f.name.endswith(".toml"):
            walk(tomllib.loads(f.read_text(encoding="utf-8")))
        elif f.name.endswith(".json"):
            walk(json.loads(f.read_text(encoding="utf-8")))
    return out


def test_every_citation_used_by_any_rule_names_a_registered_instrument() -> None:
    used = _citations_in_modules() | _regulasi_in_data_files()
    # and the citations of every verdict the registered rules produce on the sample
    from asnrules.batch import daftar_aturan, run, sample_path
    from asnrules.batch.files import read_rows

    for a in daftar_aturan():
        params = {p.nama: a.contoh[p.nama] for p in a.parameter if p.wajib and p.nama in a.contoh}
        sample = "plotting_batch.csv" if a.nama == "plotting_data" else "pegawai_satker.csv"
        for r in run(a, read_rows(str(sample_path(sample)), "csv"), on=date(2025, 7, 1), **params):
            o = r.outcome
            if isinstance(o, Verdict):
                used |= {x.citation.regulasi for x in (*o.reasons, *o.advice)}
            elif getattr(o, "citation", None) is not None:
                used.add(o.citation.regulasi)
    missing = sorted(x for x in used if x not in REGISTER)
    assert missing == [], missing
    assert {PMK, "PermenPANRB 1/2023", "PerBKN 3/2023", "SE MenPANRB 8/2023", PMK163} <= used


def test_every_registered_rule_lists_its_instruments_with_dates() -> None:
    from asnrules.batch import daftar_aturan

    mine = {"perpindahan", "batas_usulan_perpindahan", "uji_kompetensi", "kenaikan_pangkat", "ak_kumulatif_minimal",
            "konversi", "kesiapan_kenaikan", "pengangkatan_pertama", "bendahara"}
    names = {a.nama for a in daftar_aturan()}
    assert mine <= names
    for nama in mine:
        assert REGISTER.instrumen_aturan(nama), nama
    lines = REGISTER.teks_instrumen_aturan("perpindahan", date(2022, 6, 1))
    assert lines[0].startswith(PMK) and "berlaku" in lines[0]
    assert lines[1].startswith(PMK163) and lines[1].endswith("mungkin berlaku")


# ==================================================================================================
# Before an instrument: a clear error (NOT_APPLICABLE in a batch)
# ==================================================================================================
def test_before_pmk_150_in_force_is_belum_berlaku_and_first_day_applies() -> None:
    with pytest.raises(BelumBerlaku) as e:
        perpindahan(MULAI_PMK150 - D)
    assert e.value.field == "on" and str(e.value.citation) == f"{PMK} Pasal 65" and "2019-10-18" in e.value.message_en
    assert codes(perpindahan(MULAI_PMK150)) == P10_2019
    with pytest.raises(BelumBerlaku):
        check_pengangkatan_pertama(pegawai(MULAI_PMK150), on=MULAI_PMK150 - D, lulus_uji_kompetensi=True)
    with pytest.raises(BelumBerlaku):
        check_uji_kompetensi(pegawai(MULAI_PMK150), "promosi", on=MULAI_PMK150 - D)
    with pytest.raises(BelumBerlaku):
        ak_butir("PKA.11.6", "Ahli Muda", on=MULAI_PMK150 - D)
    assert ak_butir("PKA.11.6", "Ahli Muda", on=MULAI_PMK150) == ak_butir("PKA.11.6", "Ahli Muda")


def test_before_the_instrument_in_a_batch_is_not_applicable() -> None:
    from asnrules.batch import run

    row = {"status": "PNS", "golongan": "III/b", "pendidikan": "S-1 Akuntansi"}
    (r,) = run("pengangkatan_pertama", [row], on=date(2019, 1, 1))
    assert r.status == "NOT_APPLICABLE" and "PMK 150/PMK.05/2019" in r.columns()["kesalahan"]


def codes(v: Verdict) -> list[str]:
    return [r.code for r in v.reasons]


# ==================================================================================================
# Pasal 10 ayat (1): 2019 text → possibly amended (2022) → amended, text not encoded (2023-)
# ==================================================================================================
def test_pasal_10_last_day_of_2019_text_2021_12_31() -> None:
    v = perpindahan(MUNGKIN_163 - D)
    assert codes(v) == P10_2019 and v.eligible
    assert all(r.citation.regulasi == PMK for r in v.reasons)


@pytest.mark.parametrize("on", [MUNGKIN_163, date(2022, 7, 1), PASTI_163 - D])
def test_pasal_10_uncertain_2022_span_is_possibly_amended(on: date) -> None:
    v = perpindahan(on)
    assert codes(v) == ["pasal_10_ayat_1", "batas_usulan", "lowongan"]
    r = v.reason("pasal_10_ayat_1")
    assert r.status is Status.UNKNOWN and r.citation.regulasi == PMK163
    assert "mungkin telah diubah" in r.message and "may have been amended" in r.message_en
    assert v.reason("batas_usulan").status is Status.UNKNOWN
    assert v.reason("lowongan").status is Status.MET and str(v.reason("lowongan").citation) == f"{PMK} Pasal 10 ayat (3)"


@pytest.mark.parametrize("on", [PASTI_163, date(2026, 4, 1)])
def test_pasal_10_from_2023_amended_text_not_encoded(on: date) -> None:
    v = perpindahan(on)
    r = v.reason("pasal_10_ayat_1")
    assert r.status is Status.UNKNOWN and str(r.citation).startswith(PMK163)
    assert "teks perubahan belum dikodekan" in r.message and "not encoded" in r.message_en
    assert v.status is Verdict.INCOMPLETE
    # the criteria that did not change are still evaluated: no vacancy fails the verdict
    assert perpindahan(on, lowongan=False).status is Verdict.NOT_ELIGIBLE
    assert perpindahan(on, lowongan=False).reason("lowongan").status is Status.NOT_MET


def test_uji_kompetensi_perpindahan_pasal_26_follows_pasal_10() -> None:
    p = pegawai(MUNGKIN_163, kinerja={2019: "Baik", 2020: "Baik", 2021: "Baik"})
    last = check_uji_kompetensi(p, "perpindahan", on=MUNGKIN_163 - D, jenjang_tujuan="Ahli Muda", jumlah_tidak_lulus=0)
    assert "usia_maksimal" in codes(last) and last.eligible
    first = check_uji_kompetensi(p, "perpindahan", on=MUNGKIN_163, jenjang_tujuan="Ahli Muda", jumlah_tidak_lulus=0)
    assert codes(first) == ["pasal_10_ayat_1", "golongan_minimal", "uji_ulang_maksimal"]
    assert first.reason("pasal_10_ayat_1").message.startswith("Pasal 26 huruf a: ")
    assert first.reason("golongan_minimal").status is Status.MET


def test_batas_usulan_perpindahan_by_date() -> None:
    p = pegawai(date(2021, 6, 1))
    asli = batas_usulan_perpindahan(p, "Ahli Muda")  # no date: the 2019 text as published
    assert batas_usulan_perpindahan(p, "Ahli Muda", on=MUNGKIN_163 - D) == asli
    with pytest.raises(TeksBelumDikodekan) as e:
        batas_usulan_perpindahan(p, "Ahli Muda", on=MUNGKIN_163)
    assert e.value.field == "on" and e.value.citation is not None and e.value.citation.regulasi == PMK163
    with pytest.raises(TeksBelumDikodekan):
        batas_usulan_perpindahan(p, "Ahli Muda", on=PASTI_163)
    with pytest.raises(BelumBerlaku):
        batas_usulan_perpindahan(p, "Ahli Muda", on=MULAI_PMK150 - D)


# ==================================================================================================
# Credit points: PMK 150/2019 for work before 2023, conversion from 2023-01-01
# ==================================================================================================
def test_switch_date_comes_from_the_register() -> None:
    assert MULAI_KONVERSI == date(2023, 1, 1)
    assert REGISTER.ketentuan(PMK, "56", None, MULAI_KONVERSI - D).status is StatusKetentuan.ASLI
    assert REGISTER.ketentuan(PMK, "56", None, MULAI_KONVERSI).status is StatusKetentuan.DIUBAH_TANPA_TEKS


def test_butir_and_paket_last_old_day_and_first_new_day() -> None:
    assert ak_butir("PKA.11.6", "Ahli Muda", on=date(2022, 12, 31)) == ak_butir("PKA.11.6", "Ahli Muda")
    assert komponen_butir("PKA.11.6", "Ahli Muda", on=date(2022, 12, 31)).nilai > 0
    assert ak_paket_minimal("Ahli Muda", on=date(2022, 12, 31)) == 25
    for call in (lambda: ak_butir("PKA.11.6", "Ahli Muda", on=MULAI_KONVERSI),
                 lambda: komponen_butir("PKA.11.6", "Ahli Muda", on=MULAI_KONVERSI),
                 lambda: ak_paket_minimal("Ahli Muda", on=MULAI_KONVERSI)):
        with pytest.raises(MetodeDiganti) as e:
            call()
        assert e.value.field == "on" and str(e.value.citation) == "PermenPANRB 1/2023 Pasal 36"
        assert "konversi predikat kinerja" in e.value.message and "performance rating" in e.value.message_en


def test_ak_kumulatif_minimal_by_date() -> None:
    assert ak_kumulatif_minimal("III/c", on=date(2022, 12, 31)) == 200 == ak_kumulatif_minimal("III/c")
    with pytest.raises(MetodeDiganti) as e:
        ak_kumulatif_minimal("III/c", on=MULAI_KONVERSI)
    assert "kenaikan pangkat 100" in e.value.message and "kenaikan jenjang 200" in e.value.message
    assert ak_minimal_uji_kompetensi_kenaikan_jenjang("III/b", on=date(2022, 12, 31)) == 175
    with pytest.raises(MetodeDiganti):
        ak_minimal_uji_kompetensi_kenaikan_jenjang("III/b", on=MULAI_KONVERSI)


def test_kenaikan_pangkat_chooses_the_regime_by_date() -> None:
    old = kenaikan_pangkat("III/a", ak_utama=120, ak_penunjang=30, on=date(2022, 12, 31))
    assert codes(old) == ["ak_kumulatif_minimal", "komposisi_unsur_utama"] and old.eligible
    assert old == kenaikan_pangkat("III/a", ak_utama=120, ak_penunjang=30)  # no date: the PMK text
    new = kenaikan_pangkat("III/a", ak_utama=None, ak_penunjang=None, on=MULAI_KONVERSI, ak_kumulatif=Decimal("49.99"))
    assert codes(new) == ["ak_kumulatif_jenjang"] and new.reasons[0].status is Status.NOT_MET
    assert new.reasons[0].citation.regulasi == "PerBKN 3/2023" and "kurang 0,01" in new.reasons[0].message
    assert kenaikan_pangkat("III/a", ak_utama=None, ak_penunjang=None, on=MULAI_KONVERSI, ak_kumulatif=50).eligible
    # III/b → III/c is the next level (Ahli Muda): 100
    nxt = kenaikan_pangkat("III/b", ak_utama=150, ak_penunjang=None, on=MULAI_KONVERSI, ak_kumulatif=99)
    assert not nxt.eligible and [a.code for a in nxt.advice] == ["metode_konversi", "kenaikan_jenjang"]


def test_uji_kenaikan_jenjang_ak_threshold_switch() -> None:
    p = Pegawai(status="PNS", golongan="III/b", kinerja={2020: "Baik", 2021: "Baik", 2022: "Baik"}, hukuman_disiplin=(),
                jabatan=JabatanFungsional(jenjang="Ahli Pertama", tmt=date(2020, 1, 4)))
    kw: dict[str, Any] = dict(ak_kumulatif=Decimal(180), pelatihan_fungsional=True, jumlah_tidak_lulus=0)
    last = check_uji_kompetensi(p, "kenaikan_jenjang", on=date(2022, 12, 31), **kw)
    assert last.reason("ak_kumulatif").status is Status.MET and last.eligible
    first = check_uji_kompetensi(p, "kenaikan_jenjang", on=MULAI_KONVERSI, **kw)
    r = first.reason("pasal_28_ayat_1_huruf_b_diubah")
    assert r.status is Status.UNKNOWN and r.citation.regulasi == "PermenPANRB 1/2023"
    assert [x.code for x in first.reasons if x.code != r.code] == [x.code for x in last.reasons if x.code != "ak_kumulatif"]


# ==================================================================================================
# A made-up amendment with its wording, loaded from a fixture: applied without code changes
# ==================================================================================================
KHAYALAN = muat_register(str(FIXTURES / "amandemen_khayalan.toml"), dasar=REGISTER)
ON_2030 = date(2030, 1, 1)


def test_made_up_amendment_wording_is_applied_from_the_data() -> None:
    p = pegawai(ON_2030, pengalaman_pk_apbn_bulan=12, tanggal_lahir=date(1972, 6, 1))  # 57 years old
    v = jf_apbn._perpindahan(p, on=ON_2030, jenjang_tujuan="Ahli Muda", lulus_uji_kompetensi=True,
                             tanggal_usulan=date(2029, 6, 1), lowongan=True, register=KHAYALAN)
    assert codes(v) == ["status_pns", "ijazah", "uji_kompetensi", "pengalaman_minimal", "kinerja_1_tahun",
                        "usia_maksimal", "pasal_10_ayat_1_huruf_g", "batas_usulan", "lowongan"]
    assert v.reason("pengalaman_minimal").status is Status.MET and "12 bulan" in v.reason("pengalaman_minimal").message
    assert v.reason("usia_maksimal").status is Status.MET and "58" in v.reason("usia_maksimal").message
    assert str(v.reason("usia_maksimal").citation) == \
        f"{PMK} Pasal 10 ayat (1) huruf f, sebagaimana diubah dengan PMK 999/PMK.05/2030"
    g = v.reason("pasal_10_ayat_1_huruf_g")
    assert g.status is Status.UNKNOWN and "memiliki sertifikat pengelolaan keuangan negara" in g.message
    # ayat (2) reads the new age limit: 59th birthday 2031-06-01 − 6 months
    assert "01-12-2030" in v.reason("batas_usulan").message and v.reason("batas_usulan").status is Status.MET
    assert jf_apbn._batas_usulan_tanggal(p, "Ahli Muda", ON_2030, KHAYALAN) == date(2030, 12, 1)
    # the day before, PMK 163/2022 still governs
    before = jf_apbn._perpindahan(p, on=ON_2030 - D, jenjang_tujuan="Ahli Muda", register=KHAYALAN)
    assert codes(before)[0] == "pasal_10_ayat_1"
    # Pasal 26 (uji kompetensi perpindahan) refers to it too, without its huruf on the test itself
    u = uk._uji_kompetensi(p, "perpindahan", on=ON_2030, jenjang_tujuan="Ahli Muda", register=KHAYALAN)
    assert "uji_kompetensi" not in codes(u) and "pengalaman_minimal" in codes(u)


# ==================================================================================================
# Properties
# ==================================================================================================
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DATES = st.dates(MULAI_PMK150, date(2031, 12, 31))


@SETTINGS
@given(DATES, st.integers(0, 30), st.sampled_from([None, "Ahli Pertama", "Ahli Madya"]), st.booleans())
def test_property_regime_depends_on_on_only(on: date, umur_lebih: int, jenjang: str | None, sehat: bool) -> None:
    p = pegawai(on, tanggal_lahir=date(on.year - 30 - umur_lebih, 1, 1), sehat=sehat)
    v = check_perpindahan(p, on=on, jenjang_tujuan=jenjang)
    assert ("pasal_10_ayat_1" in codes(v)) == (on >= MUNGKIN_163)
    if on >= MUNGKIN_163:
        r = v.reason("pasal_10_ayat_1")
        assert ("mungkin" in r.message) == (on < PASTI_163)
    assert metode_konversi(on) == (on >= date(2023, 1, 1))
    assert REGISTER.ketentuan(PMK, "10", "1", on).status == REGISTER.ketentuan(PMK, "10", "1", on).status


P28 = muat_register(str(FIXTURES / "amandemen_pasal_28.toml"), dasar=REGISTER)


@SETTINGS
@given(st.dates(date(2029, 6, 1), date(2031, 6, 1)), st.sampled_from(list(JenisUjiKompetensi)),
       st.sampled_from([None, True, False]), st.sampled_from([None, Decimal(150), Decimal(400)]))
def test_property_an_amendment_changes_only_the_rules_it_names(on: date, jenis: JenisUjiKompetensi,
                                                              tersedia: bool | None, ak: Decimal | None) -> None:
    p = Pegawai(status="PNS", golongan="III/b", kinerja={on.year - 1: "Baik", on.year - 2: "Baik"},
                hukuman_disiplin=(), jabatan=JabatanFungsional(jenjang="Ahli Pertama", tmt=date(2025, 1, 4)))
    kw: dict[str, Any] = dict(on=on, ak_kumulatif=ak, pelatihan_fungsional=False, pelatihan_fungsional_tersedia=tersedia)
    before = uk._uji_kompetensi(p, jenis, register=REGISTER, **kw)
    after = uk._uji_kompetensi(p, jenis, register=P28, **kw)
    changed = [(a, b) for a, b in zip(before.reasons, after.reasons) if a != b]
    if on < date(2030, 1, 1) or jenis is not JenisUjiKompetensi.KENAIKAN_JENJANG:
        assert before == after
    for a, b in changed:  # only what Pasal 28 ayat (2) decided
        assert (a.citation.pasal, a.citation.ayat) == ("28", "2") and b.citation.regulasi == "PMK 998/PMK.05/2030"
    # and no other rule sees it
    q = pegawai(on)
    assert jf_apbn._perpindahan(q, on=on, register=REGISTER) == jf_apbn._perpindahan(q, on=on, register=P28)


def test_docs_regulasi_lists_every_rule_with_its_instruments_and_dates() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "regulasi.md").read_text(encoding="utf-8")
    from asnrules.batch import daftar_aturan

    for a in daftar_aturan():
        for i, peran, _ in REGISTER.instrumen_aturan(a.nama):
            assert f"| `{a.nama}` | {i.kode}: {peran} | {i.tanggal_teks()} |" in doc, (a.nama, i.kode)
