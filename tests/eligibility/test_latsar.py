"""Latsar CPNS: Standar Pelayanan 2063/J2/OT.02.02/2024 (angkatan, STTP/Surat Keterangan, Piagam, remedial)."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asnrules.core import InvalidInput, InvalidTransition, Status, Verdict
from asnrules.eligibility.latsar import (
    SUMBER_LATSAR,
    DokumenLatsar,
    KelulusanLatsar,
    KualifikasiLatsar,
    PesertaLatsar,
    check_angkatan_latsar,
    hasil_latsar,
    penghargaan_latsar,
)

Q = KualifikasiLatsar
L = KelulusanLatsar


# --- angkatan ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("jumlah", "ok"), [(0, True), (1, True), (39, True), (40, True), (41, False), (100, False)])
def test_mekanisme_2_paling_banyak_40_orang_per_angkatan(jumlah: int, ok: bool) -> None:
    v = check_angkatan_latsar(jumlah)
    assert v.eligible is ok
    r = v.reason("jumlah_peserta_angkatan")
    assert r.status is (Status.MET if ok else Status.NOT_MET)
    assert str(r.citation) == f"{SUMBER_LATSAR}, Mekanisme Prosedur angka 2"
    assert str(jumlah) in r.message and str(jumlah) in r.message_en


def test_angkatan_accepts_the_participant_list() -> None:
    peserta = [PesertaLatsar(f"P{i}", 80, Q.MEMUASKAN) for i in range(41)]  # type: ignore[arg-type]
    assert check_angkatan_latsar(peserta[:40]).status is Verdict.ELIGIBLE
    assert check_angkatan_latsar(peserta).status is Verdict.NOT_ELIGIBLE
    assert check_angkatan_latsar(Decimal(40)).eligible  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [-1, 40.0, "40", None, True, {"a": 1}])
def test_angkatan_bad_input(bad: object) -> None:
    with pytest.raises(InvalidInput) as exc:
        check_angkatan_latsar(bad)  # type: ignore[arg-type]
    assert exc.value.field == "peserta"


# --- outcome and remedial -----------------------------------------------------------------------------
def test_mekanisme_5_lulus_sttp_tidak_lulus_surat_keterangan() -> None:
    h = hasil_latsar(L.LULUS)
    assert (h.dokumen, h.lulus, h.sisa_remedial) == (DokumenLatsar.STTP, True, 0)
    assert str(h.citation).endswith("Mekanisme Prosedur angka 5")
    h = hasil_latsar("tidak lulus")
    assert (h.dokumen, h.lulus) == (DokumenLatsar.SURAT_KETERANGAN, False)


def test_pembelajaran_3_4_ditunda_gets_one_remedial() -> None:
    h = hasil_latsar(L.DITUNDA)
    assert (h.dokumen, h.lulus, h.sisa_remedial) == (None, None, 1)
    assert str(h.citation).endswith("Pembelajaran Pelatihan angka 3 butir 4)")
    assert hasil_latsar(L.DITUNDA, remedial=L.LULUS).dokumen is DokumenLatsar.STTP
    assert hasil_latsar("DITUNDA", remedial="TIDAK_LULUS").dokumen is DokumenLatsar.SURAT_KETERANGAN
    assert hasil_latsar(L.DITUNDA, remedial=L.LULUS).sisa_remedial == 0


def test_pembelajaran_3_4_no_second_remedial() -> None:
    with pytest.raises(InvalidTransition) as exc:
        hasil_latsar(L.DITUNDA, remedial=L.DITUNDA)
    assert "1 (satu) kali" in str(exc.value)
    assert "once" in exc.value.message_en


@pytest.mark.parametrize("first", [L.LULUS, L.TIDAK_LULUS])
def test_remedial_only_after_ditunda(first: KelulusanLatsar) -> None:
    with pytest.raises(InvalidTransition):
        hasil_latsar(first, remedial=L.LULUS)


@pytest.mark.parametrize(("args", "kw"), [(("lulus kah",), {}), ((1,), {}), ((L.DITUNDA,), {"remedial": "maybe"})])
def test_hasil_bad_input(args: tuple[object, ...], kw: dict[str, object]) -> None:
    with pytest.raises(InvalidInput) as exc_info:
        hasil_latsar(*args, **kw)  # type: ignore[arg-type]
    field, value = ("remedial", kw["remedial"]) if kw else ("kelulusan", args[0])
    assert (exc_info.value.field, exc_info.value.value) == (field, value)


# --- Piagam Penghargaan ---------------------------------------------------------------------------------
def P(id_: str, nilai: str, q: KualifikasiLatsar = Q.SANGAT_MEMUASKAN, lulus: bool = True) -> PesertaLatsar:
    return PesertaLatsar(id_, nilai, q, lulus)  # type: ignore[arg-type]


def test_mekanisme_5_three_best_get_piagam() -> None:
    h = penghargaan_latsar([P("a", "95"), P("b", "91,5"), P("c", "88"), P("d", "87"), P("e", "60", Q.KURANG_MEMUASKAN)])
    assert h.penerima == ("a", "b", "c")
    assert dict(h.peringkat) == {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
    assert str(h.citation).endswith("Mekanisme Prosedur angka 5")


def test_qualification_must_be_at_least_memuaskan() -> None:
    h = penghargaan_latsar([P("a", "95"), P("b", "85", Q.MEMUASKAN), P("c", "79", Q.CUKUP_MEMUASKAN), P("d", "70", Q.CUKUP_MEMUASKAN)])
    assert h.penerima == ("a", "b")  # fewer than three qualify: nobody moves up from rank 4


def test_nobody_qualifies() -> None:
    assert penghargaan_latsar([P("a", "79", Q.CUKUP_MEMUASKAN), P("b", "70", Q.KURANG_MEMUASKAN)]).penerima == ()
    assert penghargaan_latsar([]).penerima == ()


def test_tie_at_third_rank_gives_four_piagam() -> None:
    h = penghargaan_latsar([P("a", "95"), P("b", "92"), P("c", "90"), P("d", "90"), P("e", "89")])
    assert h.penerima == ("a", "b", "c", "d")
    assert h.peringkat["e"] == 5


def test_tie_at_first_rank_skips_ranks() -> None:
    h = penghargaan_latsar([P("a", "95"), P("b", "95"), P("c", "95,00"), P("d", "94")])
    assert h.penerima == ("a", "b", "c")
    assert h.peringkat["d"] == 4
    h = penghargaan_latsar([P("a", "95"), P("b", "95"), P("c", "93"), P("d", "93"), P("e", "92")])
    assert h.penerima == ("a", "b", "c", "d")


def test_participants_who_did_not_pass_are_not_ranked() -> None:
    h = penghargaan_latsar([P("x", "99", lulus=False), P("a", "90"), P("b", "89"), P("c", "88"), P("d", "87")])
    assert h.penerima == ("a", "b", "c")
    assert "x" not in h.peringkat


def test_fewer_than_three_participants() -> None:
    assert penghargaan_latsar([P("a", "90"), P("b", "85", Q.MEMUASKAN)]).penerima == ("a", "b")


def test_penghargaan_bad_input() -> None:
    with pytest.raises(InvalidInput) as exc_info:
        penghargaan_latsar([P("a", "90"), P("a", "80")])
    assert (exc_info.value.field, exc_info.value.value) == ('peserta', 'a')
    with pytest.raises(InvalidInput) as exc_info:
        penghargaan_latsar(["a"])  # type: ignore[list-item]
    assert (exc_info.value.field, exc_info.value.value) == ('peserta', 'a')
    with pytest.raises(InvalidInput) as exc_info:
        penghargaan_latsar("abc")  # type: ignore[arg-type]
    assert (exc_info.value.field, exc_info.value.value) == ('peserta', 'abc')
    with pytest.raises(InvalidInput) as exc_info:
        PesertaLatsar("a", 90.5, Q.MEMUASKAN)  # type: ignore[arg-type]
    assert (exc_info.value.field, exc_info.value.value) == ('nilai', 90.5)
    with pytest.raises(InvalidInput) as exc_info:
        PesertaLatsar("a", "-1", Q.MEMUASKAN)  # type: ignore[arg-type]
    assert (exc_info.value.field, exc_info.value.value) == ('nilai', '-1')
    with pytest.raises(InvalidInput) as exc_info:
        PesertaLatsar("", "90", Q.MEMUASKAN)  # type: ignore[arg-type]
    assert (exc_info.value.field, exc_info.value.value) == ('id', '')
    with pytest.raises(InvalidInput) as exc_info:
        PesertaLatsar("a", "90", "Luar Biasa")  # type: ignore[arg-type]
    assert (exc_info.value.field, exc_info.value.value) == ('kualifikasi', 'Luar Biasa')
    with pytest.raises(InvalidInput) as exc_info:
        PesertaLatsar("a", "90", Q.MEMUASKAN, lulus="ya")  # type: ignore[arg-type]
    assert (exc_info.value.field, exc_info.value.value) == ('lulus', 'ya')


def test_kualifikasi_order_and_parse() -> None:
    assert Q.KURANG_MEMUASKAN < Q.CUKUP_MEMUASKAN < Q.MEMUASKAN < Q.SANGAT_MEMUASKAN
    assert Q.SANGAT_MEMUASKAN >= Q.MEMUASKAN and Q.MEMUASKAN <= Q.MEMUASKAN and Q.MEMUASKAN > Q.CUKUP_MEMUASKAN
    assert Q.parse("sangat  memuaskan") is Q.SANGAT_MEMUASKAN
    assert Q.parse("CUKUP_MEMUASKAN") is Q.CUKUP_MEMUASKAN


# --- properties ---------------------------------------------------------------------------------------------
peserta_st = st.lists(
    st.tuples(
        st.integers(60, 100),  # few distinct scores -> many ties
        st.sampled_from(list(Q)),
        st.booleans(),
    ),
    max_size=40,
)


def build(rows: list[tuple[int, KualifikasiLatsar, bool]]) -> list[PesertaLatsar]:
    return [PesertaLatsar(f"P{i:02d}", Decimal(n), q, lulus) for i, (n, q, lulus) in enumerate(rows)]


@settings(max_examples=300, deadline=None)
@given(peserta_st, st.randoms(use_true_random=False))
def test_property_permutation_never_changes_who_gets_a_piagam(rows: list, rnd: random.Random) -> None:
    daftar = build(rows)
    shuffled = daftar[:]
    rnd.shuffle(shuffled)
    a, b = penghargaan_latsar(daftar), penghargaan_latsar(shuffled)
    assert a.penerima == b.penerima
    assert dict(a.peringkat) == dict(b.peringkat)


@settings(max_examples=300, deadline=None)
@given(peserta_st)
def test_property_piagam_recipients_match_the_clause(rows: list) -> None:
    daftar = build(rows)
    h = penghargaan_latsar(daftar)
    passed = [p for p in daftar if p.lulus]
    for p in daftar:
        # independent restatement: rank = 1 + number of passed participants with a strictly higher score
        if p.lulus:
            rank = 1 + sum(1 for q in passed if q.nilai > p.nilai)
            assert h.peringkat[p.id] == rank
            expected = rank <= 3 and p.kualifikasi in (Q.MEMUASKAN, Q.SANGAT_MEMUASKAN)
        else:
            assert p.id not in h.peringkat
            expected = False
        assert (p.id in h.penerima) is expected
    distinct_top = sorted({p.nilai for p in passed}, reverse=True)
    if len(passed) == len({p.nilai for p in passed}):  # no ties
        assert len(h.penerima) <= 3
    assert len(distinct_top) == 0 or all(h.peringkat[i] <= 3 for i in h.penerima)
