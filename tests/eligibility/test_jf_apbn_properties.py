"""Property tests (hypothesis) for the PMK 150/PMK.05/2019 checks of jf_apbn and uji_kompetensi.

- improving any single input never turns ELIGIBLE into anything else, and never adds a failure;
- replacing a known fact by None never turns NOT_ELIGIBLE into ELIGIBLE (it can only give INCOMPLETE);
- every verdict lists the same criteria (codes) whatever the facts, each citing a Pasal of the PMK
  (Pasal 1–65), and is deterministic.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asnrules.core import Status, Verdict
from asnrules.eligibility.jf_apbn import (
    check_inpassing,
    check_pelatihan_fungsional,
    check_pengangkatan_pertama,
    check_penugasan_ppk_ppspm,
    check_pranata_ke_analis,
    check_promosi,
)
from asnrules.core.regulasi import REGISTER
from asnrules.eligibility import jf_apbn as _jf_apbn
from asnrules.eligibility import uji_kompetensi as _uk
from asnrules.eligibility.uji_kompetensi import JenisUjiKompetensi

# Issue 15: these properties are about the criteria of the 2019 text. On their dates (2025-2027) Pasal 10
# ayat (1) is replaced by PMK 163/PMK.05/2022 and Pasal 28 ayat (1) huruf b by PermenPANRB 1/2023 (UNKNOWN
# citing them, tests/regulasi), so the checks run against the register as if those changes had not been made.
_REGISTER_2019 = REGISTER.tanpa("PMK 163/PMK.05/2022", "PermenPANRB 1/2023")


def check_perpindahan(pegawai: Pegawai, **kw: Any) -> Verdict:  # noqa: F811 - the 2019 text (see above)
    return _jf_apbn._perpindahan(pegawai, register=_REGISTER_2019, **kw)


def check_uji_kompetensi(pegawai: Pegawai, jenis: Any, **kw: Any) -> Verdict:
    return _uk._uji_kompetensi(pegawai, jenis, register=_REGISTER_2019, **kw)
from asnrules.models import Golongan, HukumanDisiplin, JabatanFungsional, Pegawai, Periode, PredikatKinerja

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PASAL_PMK = range(1, 66)  # PMK 150/PMK.05/2019 has Pasal 1 to Pasal 65


def _h(pasal: str, ayat: str | None, letters: str) -> set[tuple[str, str | None, str | None, str | None]]:
    return {(pasal, ayat, x, None) for x in letters}


# Clauses of PMK 150/PMK.05/2019 that these rules may cite, typed from the published text
# (Pasal, ayat, huruf, angka); a citation outside this set points at a clause that does not exist.
KLAUSUL = (
    _h("9", "1", "abcdef") | {("9", "4", None, None), ("9", "5", None, None)}
    | _h("10", "1", "abcdefghijk") | {("10", "1", "h", "1"), ("10", "1", "h", "2"), ("10", "2", None, None),
                                      ("10", "3", None, None)}
    | {("11", "1", None, None)} | _h("11", "1", "abcde")
    | _h("12", "1", "abcdefghij") | {("12", "2", None, None), ("12", "3", None, None)}
    | _h("18", "1", "ab") | {("18", "2", None, None)}
    | {("19", "1", None, None)} | _h("19", "2", "ab")
    | _h("24", None, "abcd") | _h("25", None, "ab") | _h("26", None, "ab") | _h("27", None, "ab")
    | _h("28", "1", "abcd") | {("28", "2", None, None), ("42", None, None, None), ("49", "3", None, None)}
    | {("64", "1", None, None), ("64", "3", None, None)} | _h("64", "2", "ab")
)

GOLONGAN = [Golongan.II_D, Golongan.III_A, Golongan.III_B, Golongan.III_C, Golongan.III_D, Golongan.IV_A]
PREDIKAT = list(PredikatKinerja)
mostly_true = st.sampled_from([True, True, True, True, False, None])
maybe_bool = st.sampled_from([True, False, None])


@st.composite
def periode(draw: Any) -> Periode:
    mulai = draw(st.dates(date(2024, 1, 1), date(2027, 12, 31)))
    panjang = draw(st.one_of(st.none(), st.integers(0, 900)))
    return Periode(mulai=mulai, selesai=None if panjang is None else mulai + timedelta(days=panjang))


@st.composite
def pegawai_dict(draw: Any) -> dict[str, Any]:
    status = draw(st.sampled_from(["PNS"] * 8 + ["CPNS", "PPPK"]))
    jabatan = draw(st.one_of(
        st.none(),
        st.builds(JabatanFungsional, jenjang=st.sampled_from(["Ahli Pertama", "Ahli Muda", "Ahli Madya", "Penyelia"]),
                  tmt=st.one_of(st.none(), st.dates(date(2016, 1, 1), date(2026, 1, 1)))),
    ))
    kinerja = {y: draw(st.sampled_from(PREDIKAT[2:] + PREDIKAT[3:] * 3)) for y in (2023, 2024, 2025)
               if draw(st.integers(0, 9)) > 0}
    return dict(
        status=status,
        golongan=None if status == "PPPK" else draw(st.sampled_from(GOLONGAN)),
        tanggal_lahir=draw(st.dates(date(1965, 1, 1), date(1999, 12, 31))),
        pendidikan=draw(st.sampled_from([["S-1 Akuntansi"], ["S-1 Akuntansi"], ["S-2 Manajemen"], ["S-1 Teknik Sipil"],
                                         ["D-III Keuangan"], ["S-1"], []])),
        kinerja=kinerja,
        hukuman_disiplin=draw(st.one_of(st.just(()), st.just(()), st.none(), st.lists(
            st.builds(HukumanDisiplin, tingkat=st.sampled_from(["Ringan", "Sedang", "Berat"]), periode=periode()),
            max_size=2).map(tuple))),
        sedang_diperiksa=draw(st.sampled_from([False, False, False, True, None])),
        tugas_belajar=draw(st.one_of(st.just(()), st.none(), st.lists(periode(), max_size=2).map(tuple))),
        cltn=draw(st.one_of(st.just(()), st.none(), st.lists(periode(), max_size=1).map(tuple))),
        pengalaman_pk_apbn_bulan=draw(st.one_of(st.none(), st.integers(0, 60))),
        sehat=draw(mostly_true),
        integritas=draw(mostly_true),
        jabatan=jabatan,
    )


ON = st.dates(date(2025, 6, 1), date(2027, 6, 30))


def _jenjang_kw(draw: Any) -> Any:
    return draw(st.sampled_from(["Ahli Pertama", "Ahli Muda", "Ahli Madya", None]))


@st.composite
def kwargs_for(draw: Any, name: str) -> dict[str, Any]:
    on = draw(ON)
    if name == "pengangkatan_pertama":
        return dict(on=on, lulus_uji_kompetensi=draw(mostly_true))
    if name == "perpindahan":
        return dict(on=on, jenjang_tujuan=_jenjang_kw(draw), lulus_uji_kompetensi=draw(mostly_true),
                    tanggal_usulan=draw(st.one_of(st.none(), st.dates(date(2025, 1, 1), date(2027, 6, 30)))),
                    lowongan=draw(mostly_true))
    if name == "pranata":
        return dict(on=on, lowongan=draw(mostly_true), lulus_uji_kompetensi=draw(mostly_true),
                    ak_kumulatif=draw(st.one_of(st.none(), st.integers(80, 200).map(Decimal))))
    if name == "inpassing":
        mulai = draw(st.dates(date(2025, 1, 1), date(2027, 1, 1)))
        return dict(on=on, lulus_seleksi_inpassing=draw(mostly_true), masih_bertugas_pk_apbn=draw(mostly_true),
                    lowongan=draw(mostly_true), jenjang_tujuan=_jenjang_kw(draw),
                    periode_inpassing=draw(st.one_of(st.none(), st.just((mulai, mulai + timedelta(days=400))))))
    if name == "promosi":
        return dict(on=on, lulus_uji_kompetensi=draw(mostly_true), lowongan=draw(mostly_true))
    if name == "ppk":
        return dict(on=on, sk_penetapan=draw(mostly_true), sertifikat_kompetensi=draw(maybe_bool),
                    sertifikat_pelatihan=draw(maybe_bool), sertifikat_pelatihan_instansi_pembina=draw(maybe_bool),
                    pengaturan_sertifikasi=draw(st.one_of(st.none(), st.booleans(),
                                                          st.dates(date(2025, 1, 1), date(2028, 1, 1)))))
    if name == "pelatihan":
        return dict(on=on, pelatihan_fungsional=draw(maybe_bool),
                    tmt_pengangkatan=draw(st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2026, 1, 1)))))
    # uji kompetensi
    return dict(on=on, jenjang_tujuan=_jenjang_kw(draw) if name != "uji_kenaikan_jenjang" else None,
                ak_kumulatif=draw(st.one_of(st.none(), st.integers(100, 400).map(Decimal))),
                pelatihan_fungsional=draw(maybe_bool), pelatihan_fungsional_tersedia=draw(maybe_bool),
                jumlah_tidak_lulus=draw(st.one_of(st.none(), st.integers(0, 4))))


def _uji(jenis: JenisUjiKompetensi) -> Callable[..., Verdict]:
    return lambda p, **kw: check_uji_kompetensi(p, jenis, **kw)


CHECKS: dict[str, Callable[..., Verdict]] = {
    "pengangkatan_pertama": check_pengangkatan_pertama,
    "perpindahan": check_perpindahan,
    "pranata": check_pranata_ke_analis,
    "inpassing": check_inpassing,
    "promosi": check_promosi,
    "ppk": check_penugasan_ppk_ppspm,
    "pelatihan": check_pelatihan_fungsional,
    **{f"uji_{j.value}": _uji(j) for j in JenisUjiKompetensi},
}


@st.composite
def random_case(draw: Any) -> tuple[str, dict[str, Any], dict[str, Any]]:
    name = draw(st.sampled_from(sorted(CHECKS)))
    return name, draw(pegawai_dict()), draw(kwargs_for(name))


@st.composite
def near_eligible_case(draw: Any) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """A case built to meet every criterion, then (maybe) one pegawai fact and one keyword redrawn at random."""
    name = draw(st.sampled_from(sorted(CHECKS)))
    on = draw(ON)
    d: dict[str, Any] = dict(
        status="PNS", golongan=draw(st.sampled_from([Golongan.III_A, Golongan.III_B])),
        tanggal_lahir=draw(st.dates(date(1975, 1, 1), date(1995, 12, 31))), pendidikan=["S-1 Akuntansi"],
        kinerja={y: draw(st.sampled_from(PREDIKAT[3:])) for y in range(2023, 2028)}, hukuman_disiplin=(),
        sedang_diperiksa=False, tugas_belajar=(), cltn=(), pengalaman_pk_apbn_bulan=draw(st.integers(24, 60)),
        sehat=True, integritas=True, jabatan=None,
    )
    kw: dict[str, Any] = dict(
        on=on, lulus_uji_kompetensi=True, lowongan=True, jenjang_tujuan="Ahli Muda",
        tanggal_usulan=on - timedelta(days=draw(st.integers(0, 60))), ak_kumulatif=Decimal(draw(st.integers(175, 260))),
        lulus_seleksi_inpassing=True, masih_bertugas_pk_apbn=True,
        periode_inpassing=(on - timedelta(days=draw(st.integers(0, 100))), on + timedelta(days=draw(st.integers(0, 100)))),
        sk_penetapan=True, sertifikat_kompetensi=True, sertifikat_pelatihan=True,
        sertifikat_pelatihan_instansi_pembina=True, pengaturan_sertifikasi=False, pelatihan_fungsional=True,
        pelatihan_fungsional_tersedia=True, jumlah_tidak_lulus=draw(st.integers(0, 2)),
        tmt_pengangkatan=on - timedelta(days=draw(st.integers(0, 3000))),
    )
    if name == "pranata":
        d.update(golongan=Golongan.III_A, jabatan=JabatanFungsional(jenjang="Penyelia"))
        kw["ak_kumulatif"] = Decimal(draw(st.integers(100, 200)))
    elif name in ("ppk", "pelatihan", "uji_kenaikan_jenjang"):
        d["jabatan"] = JabatanFungsional(jenjang="Ahli Pertama")
        if name == "uji_kenaikan_jenjang":
            kw["jenjang_tujuan"] = None
    allowed = set(kwargs_for_keys(name))
    kw = {k: v for k, v in kw.items() if k in allowed}
    if draw(st.booleans()):
        other = draw(pegawai_dict())
        key = draw(st.sampled_from(sorted(other)))
        if not (key == "status" and other["status"] == "PPPK"):
            d[key] = other[key]
    if draw(st.booleans()):
        other_kw = draw(kwargs_for(name))
        key = draw(st.sampled_from(sorted(other_kw)))
        kw[key] = other_kw[key]
    return name, d, kw


_UJI_KEYS = ("on", "jenjang_tujuan", "ak_kumulatif", "pelatihan_fungsional", "pelatihan_fungsional_tersedia",
             "jumlah_tidak_lulus")
_KEYS: dict[str, tuple[str, ...]] = {
    "pengangkatan_pertama": ("on", "lulus_uji_kompetensi"),
    "perpindahan": ("on", "jenjang_tujuan", "lulus_uji_kompetensi", "tanggal_usulan", "lowongan"),
    "pranata": ("on", "lowongan", "lulus_uji_kompetensi", "ak_kumulatif"),
    "inpassing": ("on", "lulus_seleksi_inpassing", "masih_bertugas_pk_apbn", "lowongan", "jenjang_tujuan",
                  "periode_inpassing"),
    "promosi": ("on", "lulus_uji_kompetensi", "lowongan"),
    "ppk": ("on", "sk_penetapan", "sertifikat_kompetensi", "sertifikat_pelatihan",
            "sertifikat_pelatihan_instansi_pembina", "pengaturan_sertifikasi"),
    "pelatihan": ("on", "pelatihan_fungsional", "tmt_pengangkatan"),
    **{f"uji_{j.value}": _UJI_KEYS for j in JenisUjiKompetensi},
}


def kwargs_for_keys(name: str) -> tuple[str, ...]:
    return _KEYS[name]


def case() -> st.SearchStrategy[tuple[str, dict[str, Any], dict[str, Any]]]:
    return st.one_of(random_case(), near_eligible_case())


def run(name: str, d: dict[str, Any], kw: dict[str, Any]) -> Verdict:
    return CHECKS[name](Pegawai(**d), **kw)


# --------------------------------------------------------------------------------------------------
# Improvements: each returns the improved (pegawai dict, kwargs) or None when not applicable.
# --------------------------------------------------------------------------------------------------
Improve = Callable[[str, dict, dict, Any], "tuple[dict, dict] | None"]


def _higher_golongan(name: str, d: dict, kw: dict, draw: Any) -> tuple[dict, dict] | None:
    # Not an improvement where the regulation fixes the golongan: Pasal 11 ayat (1) huruf e asks for
    # exactly III/a, and Pasal 28 ayat (1) huruf b's credit threshold rises with the golongan.
    if name in ("pranata", "uji_kenaikan_jenjang") or d["golongan"] is None:
        return None
    g = Golongan(d["golongan"]) if isinstance(d["golongan"], str) else d["golongan"]
    nxt = g.berikutnya()
    return ({**d, "golongan": nxt}, kw) if nxt else None


def _better_predikat(name: str, d: dict, kw: dict, draw: Any) -> tuple[dict, dict] | None:
    if not d["kinerja"]:
        return None
    year = draw(st.sampled_from(sorted(d["kinerja"])))
    p = PredikatKinerja(d["kinerja"][year])
    if p is PredikatKinerja.SANGAT_BAIK:
        return None
    better = list(PredikatKinerja)[p.tingkat + 1]
    return {**d, "kinerja": {**d["kinerja"], year: better}}, kw


def _more_experience(name: str, d: dict, kw: dict, draw: Any) -> tuple[dict, dict] | None:
    if d["pengalaman_pk_apbn_bulan"] is None:
        return None
    return {**d, "pengalaman_pk_apbn_bulan": d["pengalaman_pk_apbn_bulan"] + draw(st.integers(1, 30))}, kw


def _younger(name: str, d: dict, kw: dict, draw: Any) -> tuple[dict, dict] | None:
    return {**d, "tanggal_lahir": d["tanggal_lahir"] + timedelta(days=draw(st.integers(1, 2000)))}, kw


def _fact_true(name: str, d: dict, kw: dict, draw: Any) -> tuple[dict, dict] | None:
    pegawai_facts = [k for k in ("sehat", "integritas") if d[k] is False]
    # pelatihan_fungsional_tersedia=False waives a requirement (Pasal 28 ayat (2)), and
    # pengaturan_sertifikasi=False keeps the Pasal 64 transition open: True is no improvement for either.
    kw_facts = [k for k, v in kw.items()
                if v is False and k not in ("pelatihan_fungsional_tersedia", "pengaturan_sertifikasi")]
    options = [("d", k) for k in pegawai_facts] + [("kw", k) for k in kw_facts]
    if not options:
        return None
    where, key = draw(st.sampled_from(options))
    return ({**d, key: True}, kw) if where == "d" else (d, {**kw, key: True})


def _remove_burden(name: str, d: dict, kw: dict, draw: Any) -> tuple[dict, dict] | None:
    options = [k for k in ("hukuman_disiplin", "tugas_belajar", "cltn") if d[k]]
    if d["sedang_diperiksa"] is True:
        options.append("sedang_diperiksa")
    if not options:
        return None
    key = draw(st.sampled_from(options))
    if key == "sedang_diperiksa":
        return {**d, key: False}, kw
    items = list(d[key])
    items.pop(draw(st.integers(0, len(items) - 1)))
    return {**d, key: tuple(items)}, kw


def _more_credit_fewer_failures_earlier_proposal(name: str, d: dict, kw: dict, draw: Any) -> tuple[dict, dict] | None:
    options = []
    if kw.get("ak_kumulatif") is not None:
        options.append(("ak_kumulatif", kw["ak_kumulatif"] + draw(st.integers(1, 100))))
    if kw.get("jumlah_tidak_lulus"):
        options.append(("jumlah_tidak_lulus", kw["jumlah_tidak_lulus"] - 1))
    if kw.get("tanggal_usulan") is not None:
        options.append(("tanggal_usulan", kw["tanggal_usulan"] - timedelta(days=draw(st.integers(1, 400)))))
    if not options:
        return None
    key, value = draw(st.sampled_from(options))
    return d, {**kw, key: value}


def _extra_diploma(name: str, d: dict, kw: dict, draw: Any) -> tuple[dict, dict] | None:
    return {**d, "pendidikan": [*d["pendidikan"], "S-1 Akuntansi"]}, kw


IMPROVEMENTS = [_higher_golongan, _better_predikat, _more_experience, _younger, _fact_true, _remove_burden,
                _more_credit_fewer_failures_earlier_proposal, _extra_diploma]


@SETTINGS
@given(case(), st.data())
def test_improving_one_input_never_hurts(c: Any, data: Any) -> None:
    name, d, kw = c
    before = run(name, d, kw)
    for improve in IMPROVEMENTS:
        better = improve(name, d, kw, data.draw)
        if better is None:
            continue
        after = run(name, *better)
        if before.status is Verdict.ELIGIBLE:
            assert after.status is Verdict.ELIGIBLE, (name, improve.__name__, after.explain("en"))
        assert {r.code for r in after.failed} <= {r.code for r in before.failed}, (name, improve.__name__)


NULLABLE_PEGAWAI = ["hukuman_disiplin", "sedang_diperiksa", "tugas_belajar", "cltn", "pengalaman_pk_apbn_bulan",
                    "sehat", "integritas", "jabatan", "golongan", "tanggal_lahir"]


@SETTINGS
@given(case())
def test_unknown_fact_never_turns_not_eligible_into_eligible(c: Any) -> None:
    """Every known fact, one at a time, replaced by None (or removed: a diploma list, a kinerja year)."""
    name, d, kw = c
    known = run(name, d, kw)
    options = [("d", k) for k in NULLABLE_PEGAWAI if d.get(k) is not None and not (k == "golongan" and d["status"] == "PPPK")]
    options += [("kw", k) for k, v in kw.items() if v is not None and k != "on"]
    options += [("d", "pendidikan")] if d["pendidikan"] else []
    options += [("kinerja", y) for y in d["kinerja"]]
    for where, key in options:
        if where == "kw" and key == "tmt_pengangkatan" and d["jabatan"] is not None:
            # None means "take pegawai.jabatan.tmt": the fact is unknown only when that is unknown too.
            # Removing a jabatan TMT that lies after `on` also changes jabatan_analis (a recorded position
            # without TMT counts as held, docs/interpretasi.md "core and models"): two facts, not one.
            if d["jabatan"].tmt is not None and d["jabatan"].tmt > kw["on"]:
                continue
            d2 = {**d, "jabatan": JabatanFungsional(jenjang=d["jabatan"].jenjang)}
            kw2 = {**kw, key: None}
        elif where == "kw":
            d2, kw2 = d, {**kw, key: None}
        elif where == "kinerja":
            d2, kw2 = {**d, "kinerja": {y: p for y, p in d["kinerja"].items() if y != key}}, kw
        else:
            d2, kw2 = {**d, key: [] if key == "pendidikan" else None}, kw
        unknown = run(name, d2, kw2)
        assert unknown.status in (known.status, Verdict.INCOMPLETE), (name, where, key, known.explain("en"),
                                                                      unknown.explain("en"))
        # criterion by criterion: a decided status either stays or becomes UNKNOWN, never flips
        for a, b in zip(known.reasons, unknown.reasons):
            assert b.status in (a.status, Status.UNKNOWN), (name, key, a, b)


_CODES: dict[str, list[str]] = {}


@SETTINGS
@given(case())
def test_every_verdict_lists_all_criteria_with_a_pmk_citation(c: Any) -> None:
    name, d, kw = c
    v = run(name, d, kw)
    assert v == run(name, d, kw)  # deterministic, pure
    codes = [r.code for r in v.reasons]
    assert len(codes) == len(set(codes))
    assert _CODES.setdefault(name, codes) == codes  # same criteria, same order, whatever the facts
    for r in (*v.reasons, *v.advice):
        assert r.citation.regulasi == "PMK 150/PMK.05/2019"
        assert r.citation.pasal is not None and int(r.citation.pasal) in PASAL_PMK
        c = r.citation
        assert (c.pasal, c.ayat, c.huruf, c.angka) in KLAUSUL, str(c)
        assert r.message and r.message_en and r.message != r.message_en  # Indonesian and English
        assert re.fullmatch(r"[a-z][a-z0-9_]*", r.code), r.code


# --------------------------------------------------------------------------------------------------
# The fast date helpers agree with dateutil and with Pegawai.usia (the single meaning of "age").
# --------------------------------------------------------------------------------------------------
@settings(max_examples=400, deadline=None)
@given(st.dates(date(1940, 1, 1), date(2060, 12, 31)), st.integers(-240, 240))
def test_tambah_bulan_equals_relativedelta(d: date, bulan: int) -> None:
    from dateutil.relativedelta import relativedelta

    from asnrules.eligibility._pmk150 import tambah_bulan

    assert tambah_bulan(d, bulan) == d + relativedelta(months=bulan)


@settings(max_examples=400, deadline=None)
@given(st.dates(date(1940, 1, 1), date(2005, 12, 31)), st.dates(date(2006, 1, 1), date(2070, 12, 31)))
def test_usia_and_ulang_tahun_agree_with_pegawai_usia(lahir: date, on: date) -> None:
    from dateutil.relativedelta import relativedelta

    from asnrules.eligibility._pmk150 import ulang_tahun, usia
    from asnrules.eligibility.jf_apbn import batas_pelatihan_fungsional

    assert usia(lahir, on) == Pegawai(status="PNS", tanggal_lahir=lahir).usia(on)
    n = on.year - lahir.year
    assert ulang_tahun(lahir, n) == lahir + relativedelta(years=n)
    assert batas_pelatihan_fungsional(on) == on + relativedelta(years=3)


@SETTINGS
@given(case(), st.randoms(use_true_random=False))
def test_order_of_records_does_not_matter(c: Any, rnd: Any) -> None:
    """Permutation invariance: diplomas, penalties, study assignments and CLTN in any order."""
    name, d, kw = c
    shuffled = dict(d)
    for key in ("pendidikan", "hukuman_disiplin", "tugas_belajar", "cltn"):
        if d[key]:
            items = list(d[key])
            rnd.shuffle(items)
            shuffled[key] = type(d[key])(items)
    shuffled["kinerja"] = dict(reversed(list(d["kinerja"].items())))
    a, b = run(name, d, kw), run(name, shuffled, kw)
    assert [(r.code, r.status) for r in a.reasons] == [(r.code, r.status) for r in b.reasons]


# --------------------------------------------------------------------------------------------------
# Pasal 19 ayat (2) huruf b and Pasal 64, exhaustively: an unknown fact never decides in favour.
# --------------------------------------------------------------------------------------------------
_TRI = (True, False, None)
_PENGATURAN = (False, True, date(2026, 3, 2), date(2026, 3, 3), date(2025, 1, 1))


def test_pasal_19_and_64_unknown_never_admits_exhaustive() -> None:
    """Every combination of the certificate facts: replacing any one known fact by None gives the
    same verdict or INCOMPLETE, never ELIGIBLE from NOT_ELIGIBLE (nor the reverse)."""
    import itertools

    p = Pegawai(status="PNS", jabatan=JabatanFungsional(jenjang="Ahli Muda"))
    names = ("sertifikat_kompetensi", "sertifikat_pelatihan", "sertifikat_pelatihan_instansi_pembina",
             "pengaturan_sertifikasi")
    seen = set()
    for values in itertools.product(_TRI, _TRI, _TRI, (*_PENGATURAN, None)):
        kw = dict(zip(names, values))
        known = check_penugasan_ppk_ppspm(p, on=date(2026, 3, 2), sk_penetapan=True, **kw)
        seen.add(known.status)
        for name in names:
            if kw[name] is None:
                continue
            unknown = check_penugasan_ppk_ppspm(p, on=date(2026, 3, 2), sk_penetapan=True, **{**kw, name: None})
            assert unknown.status in (known.status, Verdict.INCOMPLETE), (kw, name, unknown.explain("en"))
    assert seen == {Verdict.ELIGIBLE, Verdict.NOT_ELIGIBLE, Verdict.INCOMPLETE}
