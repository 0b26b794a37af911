"""Weekly class allocation: capacity, statuses, priority, determinism (Tahap ploting pelatihan)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from asnrules.core import InvalidInput
from asnrules.models import NIP, JenisBendahara
from asnrules.plotting import (
    Angkatan,
    Antrikan,
    HasilAlokasi,
    Peserta,
    Plot,
    StatusPeserta,
    Tunda,
    alokasi,
    apply,
    isi_kekurangan,
    kunci_prioritas,
)

from ._fixtures import LENGKAP

S = StatusPeserta
P = JenisBendahara.PENGELUARAN
N = JenisBendahara.PENERIMAAN
ON = date(2025, 3, 4)  # a Tuesday: the weekly plotting update


def nip(i: int) -> NIP:
    return NIP.build(date(1970, 1, 1) + timedelta(days=i), 2000, 1, 1 + i % 2, i % 999 + 1)


def calon(i: int, *, status: StatusPeserta = S.DITETAPKAN, jenis: JenisBendahara = P, penetapan: date | None =
          date(2025, 1, 1), **kw: object) -> Peserta:
    data = {**LENGKAP, **kw}
    return Peserta(nip=nip(i), nama=f"P{i}", jenis=jenis, status=status, tanggal_penetapan=penetapan, **data)


def kelas(kode: str, mulai: date, kapasitas: int, jenis: JenisBendahara = P) -> Angkatan:
    return Angkatan(kode=kode, jenis=jenis, mulai=mulai, selesai=mulai + timedelta(days=11), kapasitas=kapasitas)


def nips(ps: tuple[Peserta, ...]) -> list[int]:
    return [int(p.nama[1:]) for p in ps]


# --- the priority policy -----------------------------------------------------------------------------------

def test_priority_active_treasurer_then_earliest_penetapan_then_nip() -> None:
    ps = [
        calon(1, penetapan=date(2025, 1, 5)),
        calon(2, penetapan=date(2025, 1, 2)),
        calon(3, penetapan=date(2025, 2, 1), bendahara_aktif=True),
        calon(4, penetapan=date(2025, 1, 2)),  # same date as 2: NIP decides (nip(2) < nip(4))
        calon(5, penetapan=None),  # unknown penetapan: last
    ]
    hasil = alokasi(ps, [kelas("A", date(2025, 3, 17), 2), kelas("B", date(2025, 3, 24), 2)], on=ON)
    assert nips(hasil.terploting["A"]) == [3, 2]
    assert nips(hasil.terploting["B"]) == [4, 1]
    assert nips(hasil.antrian) == [5]
    assert all(p.status is S.MENUNGGU_ANTRIAN and p.riwayat == ((Antrikan(), ON),) for p in hasil.antrian)
    a = hasil.terploting["A"][0]
    assert a.status is S.TERPLOTING and a.angkatan == "A" and a.mulai_pelatihan == date(2025, 3, 17)
    assert a.riwayat == ((Plot(angkatan="A", mulai=date(2025, 3, 17)), ON),)


def test_bpp_with_valid_sk_has_the_same_right_as_an_active_bendahara_pengeluaran() -> None:
    ps = [calon(1, penetapan=date(2025, 1, 1)), calon(2, penetapan=date(2025, 2, 1), sk_bpp_berlaku=True),
          calon(3, penetapan=date(2025, 2, 2), bendahara_aktif=True)]
    hasil = alokasi(ps, [kelas("A", date(2025, 3, 17), 2)], on=ON)
    assert nips(hasil.terploting["A"]) == [2, 3]  # same right: then earliest penetapan
    assert nips(hasil.antrian) == [1]


def test_sk_bpp_gives_no_priority_in_the_penerimaan_training() -> None:
    ps = [calon(1, jenis=N, penetapan=date(2025, 1, 1)),
          calon(2, jenis=N, penetapan=date(2025, 2, 1), sk_bpp_berlaku=True)]
    hasil = alokasi(ps, [kelas("N", date(2025, 3, 17), 1, N)], on=ON)
    assert nips(hasil.terploting["N"]) == [1] and nips(hasil.antrian) == [2]
    for p in ps:
        assert (kunci_prioritas(p)[0] == 0) is p.hak_prioritas


def test_kunci_prioritas() -> None:
    assert kunci_prioritas(calon(7, bendahara_aktif=True)) < kunci_prioritas(calon(1))
    assert kunci_prioritas(calon(7, penetapan=date(2024, 12, 31))) < kunci_prioritas(calon(1))
    assert kunci_prioritas(calon(1)) < kunci_prioritas(calon(7))
    assert kunci_prioritas(calon(1, penetapan=None)) > kunci_prioritas(calon(7))


# --- statuses ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("field,value", [("nomor_wa", None), ("nomor_wa", "0812"), ("foto_latar_merah", False),
                                         ("data_pangkat", ""), ("data_pendidikan", None)])
def test_incomplete_data_is_ditunda(field: str, value: object) -> None:
    hasil = alokasi([calon(1, **{field: value}), calon(2)], [kelas("A", date(2025, 3, 17), 5)], on=ON)
    (p,) = hasil.ditunda
    assert p.status is S.DITUNDA and nips(hasil.terploting["A"]) == [2]
    event, on = p.riwayat[-1]
    assert isinstance(event, Tunda) and field in event.alasan and on == ON


def test_blocked_participants_are_never_plotted() -> None:
    ps = [calon(1, status=S.DIBLOKIR, daftar_blokir=True, angkatan="Z", mulai_pelatihan=date(2025, 2, 3)),
          calon(2, daftar_blokir=True), calon(3, status=S.MENUNGGU_ANTRIAN, daftar_blokir=True), calon(4)]
    hasil = alokasi(ps, [kelas("A", date(2025, 3, 17), 40)], on=ON)
    assert nips(hasil.diblokir) == [1, 2, 3]
    assert [p.status for p in hasil.diblokir] == [S.DIBLOKIR, S.DITETAPKAN, S.MENUNGGU_ANTRIAN]
    assert all(p.riwayat == () for p in hasil.diblokir)
    assert nips(hasil.terploting["A"]) == [4]


def test_other_states_are_left_alone() -> None:
    ps = [calon(1, status=S.DIREKAM), calon(2, status=S.BERSERTIFIKAT), calon(3, status=S.DITUNDA),
          calon(4, status=S.TERPLOTING, angkatan="LAMA", mulai_pelatihan=date(2025, 2, 3))]
    hasil = alokasi(ps, [kelas("A", date(2025, 3, 17), 40)], on=ON)
    assert nips(hasil.dilewati) == [1, 2, 4] and nips(hasil.ditunda) == [3]
    assert hasil.terploting["A"] == ()
    assert set(hasil.semua()) == set(ps)


def test_queued_participants_compete_again_and_stay_queued_without_new_history() -> None:
    queued = calon(1, status=S.MENUNGGU_ANTRIAN, penetapan=date(2024, 12, 1))
    hasil = alokasi([queued, calon(2)], [kelas("A", date(2025, 3, 17), 1)], on=ON)
    assert nips(hasil.terploting["A"]) == [1]
    hasil = alokasi([queued, calon(2, bendahara_aktif=True)], [kelas("A", date(2025, 3, 17), 1)], on=ON)
    assert hasil.antrian == (queued,)  # unchanged object: no second Antrikan in its history


def test_jenis_bendahara_goes_to_its_own_classes() -> None:
    ps = [calon(1, jenis=N), calon(2, jenis=P), calon(3, jenis=N)]
    hasil = alokasi(ps, [kelas("BP", date(2025, 3, 17), 5, P), kelas("BPN", date(2025, 3, 17), 1, N)], on=ON)
    assert nips(hasil.terploting["BP"]) == [2]
    assert nips(hasil.terploting["BPN"]) == [1]
    assert nips(hasil.antrian) == [3]


def test_already_plotted_participants_take_seats() -> None:
    lama = calon(9, status=S.TERPLOTING, angkatan="A", mulai_pelatihan=date(2025, 3, 17))
    hasil = alokasi([lama, calon(1), calon(2)], [kelas("A", date(2025, 3, 17), 2)], on=ON)
    assert set(nips(hasil.terploting["A"])) == {9, 1}
    assert nips(hasil.antrian) == [2] and hasil.sisa_kursi["A"] == 0


def test_a_class_that_started_takes_nobody() -> None:
    hasil = alokasi([calon(1)], [kelas("A", ON, 5), kelas("B", ON + timedelta(days=1), 5)], on=ON)
    assert hasil.terploting["A"] == () and nips(hasil.terploting["B"]) == [1]
    assert hasil.sisa_kursi == {"A": 5, "B": 4}


def test_participants_cannot_choose_the_class_earliest_open_class_first() -> None:
    hasil = alokasi([calon(1), calon(2)], [kelas("B", date(2025, 4, 7), 5), kelas("A", date(2025, 3, 17), 5)], on=ON)
    assert list(hasil.terploting) == ["A", "B"] and nips(hasil.terploting["A"]) == [1, 2]


# --- isi_kekurangan -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("days_before,filled", [(8, False), (7, True), (3, True), (1, True), (0, False)])
def test_isi_kekurangan_one_week_before_the_start(days_before: int, filled: bool) -> None:
    mulai = date(2025, 3, 24)
    queued = calon(1, status=S.MENUNGGU_ANTRIAN)
    new = calon(2)
    hasil = isi_kekurangan([queued, new], [kelas("A", mulai, 5)], on=mulai - timedelta(days=days_before))
    assert nips(hasil.terploting["A"]) == ([1] if filled else [])
    assert nips(hasil.antrian) == ([] if filled else [1])
    assert nips(hasil.dilewati) == [2]  # only queued participants fill the shortage


def test_isi_kekurangan_fills_only_open_seats() -> None:
    mulai = date(2025, 3, 24)
    lama = [calon(10 + i, status=S.TERPLOTING, angkatan="A", mulai_pelatihan=mulai) for i in range(3)]
    queued = [calon(i, status=S.MENUNGGU_ANTRIAN) for i in range(1, 4)]
    hasil = isi_kekurangan(lama + queued, [kelas("A", mulai, 4)], on=mulai - timedelta(days=7))
    assert len(hasil.terploting["A"]) == 4 and nips(hasil.antrian) == [2, 3]


# --- input errors ---------------------------------------------------------------------------------------------

def test_duplicate_nip_is_refused() -> None:
    with pytest.raises(InvalidInput, match="NIP") as exc_info:
        alokasi([calon(1), calon(1)], [kelas("A", date(2025, 3, 17), 5)], on=ON)
    assert (exc_info.value.field, str(exc_info.value.value)) == ("peserta", str(calon(1).nip))


def test_duplicate_class_code_is_refused() -> None:
    with pytest.raises(InvalidInput, match="unik") as exc_info:
        alokasi([], [kelas("A", date(2025, 3, 17), 5), kelas("A", date(2025, 3, 24), 5)], on=ON)
    assert (exc_info.value.field, exc_info.value.value) == ("angkatan", "A")


def test_class_already_over_capacity_is_refused() -> None:
    lama = [calon(i, status=S.TERPLOTING, angkatan="A", mulai_pelatihan=date(2025, 3, 17)) for i in range(3)]
    with pytest.raises(InvalidInput, match="paling banyak 2") as exc_info:
        alokasi(lama, [kelas("A", date(2025, 3, 17), 2)], on=ON)
    assert (exc_info.value.field, exc_info.value.value) == ("angkatan", "A")


def test_bad_inputs() -> None:
    with pytest.raises(InvalidInput) as exc_info:
        alokasi(["x"], [], on=ON)  # type: ignore[list-item]
    assert (exc_info.value.field, exc_info.value.value) == ('peserta', 'x')
    with pytest.raises(InvalidInput) as exc_info:
        alokasi([], ["A"], on=ON)  # type: ignore[list-item]
    assert (exc_info.value.field, exc_info.value.value) == ('angkatan', 'A')
    with pytest.raises(InvalidInput) as exc_info:
        alokasi([], [], on="2025-03-04")  # type: ignore[arg-type]
    assert (exc_info.value.field, exc_info.value.value) == ('on', '2025-03-04')


def test_angkatan_validation_and_capacity_is_required() -> None:
    # The page gives no class size; 40 is the Latsar CPNS standard of another institution, not a default here.
    with pytest.raises(ValidationError, match="kapasitas"):
        Angkatan(kode="A", jenis="Bendahara Penerimaan", mulai=date(2025, 3, 17), selesai=date(2025, 3, 28))
    a = Angkatan(kode="A", jenis="Bendahara Penerimaan", mulai=date(2025, 3, 17), selesai=date(2025, 3, 28),
                 kapasitas=25)
    assert a.kapasitas == 25 and a.jenis is N
    for bad in (0, -1, True, 2.5):
        with pytest.raises(ValidationError):
            Angkatan(kode="A", jenis=P, mulai=date(2025, 3, 17), selesai=date(2025, 3, 28), kapasitas=bad)
    with pytest.raises(ValidationError, match="selesai"):
        Angkatan(kode="A", jenis=P, mulai=date(2025, 3, 17), selesai=date(2025, 3, 16), kapasitas=1)


# --- properties ---------------------------------------------------------------------------------------------------

_STATUSES = [S.DITETAPKAN] * 6 + [S.MENUNGGU_ANTRIAN, S.DITUNDA, S.DIBLOKIR, S.DIREKAM, S.TERPLOTING]
_WA = ["081234567890"] * 8 + [None, "0812"]


@st.composite
def skenario(draw: st.DrawFn) -> tuple[list[Peserta], list[Angkatan]]:
    n_kelas = draw(st.integers(min_value=0, max_value=5))
    ks = [kelas(f"K{i}", date(2025, 3, 3) + timedelta(days=draw(st.integers(0, 40))), draw(st.integers(1, 6)),
                draw(st.sampled_from([P, N]))) for i in range(n_kelas)]
    ps = []
    for i in draw(st.lists(st.integers(0, 500), unique=True, max_size=40)):
        status = draw(st.sampled_from(_STATUSES))
        jenis = draw(st.sampled_from([P, N]))
        kw: dict[str, object] = {}
        if status is S.TERPLOTING:  # plotted earlier: in one of the classes (of its jenis) or elsewhere
            k = draw(st.sampled_from(ks)) if ks and draw(st.booleans()) else None
            kw = {"angkatan": k.kode if k else "LAIN", "mulai_pelatihan": k.mulai if k else date(2025, 1, 6),
                  "daftar_blokir": False}
            jenis = k.jenis if k else jenis
        if status is S.DIBLOKIR:
            kw["daftar_blokir"] = True
        ps.append(calon(i, status=status, jenis=jenis,
                        penetapan=draw(st.none() | st.dates(date(2024, 1, 1), date(2025, 3, 1))),
                        bendahara_aktif=draw(st.booleans()), sk_bpp_berlaku=draw(st.booleans()),
                        daftar_blokir=kw.pop("daftar_blokir", draw(st.sampled_from([False] * 5 + [True]))),
                        nomor_wa=draw(st.sampled_from(_WA)), **kw))
    # drop plotted participants beyond a class's capacity (an invalid input the function refuses)
    per_kelas: dict[str, int] = {}
    cap = {k.kode: k.kapasitas for k in ks}
    kept = []
    for p in ps:
        if p.status is S.TERPLOTING and p.angkatan in cap:
            per_kelas[p.angkatan] = per_kelas.get(p.angkatan, 0) + 1
            if per_kelas[p.angkatan] > cap[p.angkatan]:
                continue
        kept.append(p)
    return kept, ks


def _snapshot(h: HasilAlokasi) -> tuple[object, ...]:
    return (dict(h.terploting), h.ditunda, h.antrian, h.diblokir, h.dilewati, dict(h.sisa_kursi))


@settings(max_examples=200, deadline=None)
@given(skenario(), st.randoms(use_true_random=False), st.booleans())
def test_allocation_properties(sk: tuple[list[Peserta], list[Angkatan]], rnd: random.Random, kekurangan: bool) -> None:
    ps, ks = sk
    on = date(2025, 3, 4) if not kekurangan else date(2025, 3, 20)
    fn = isi_kekurangan if kekurangan else alokasi
    hasil = fn(ps, ks, on=on)

    # permutation invariance
    ps2, ks2 = list(ps), list(ks)
    rnd.shuffle(ps2)
    rnd.shuffle(ks2)
    assert _snapshot(fn(ps2, ks2, on=on)) == _snapshot(hasil)

    # every participant in exactly one outcome; nobody plotted twice
    out = list(hasil.semua())
    assert sorted(p.nip.digits for p in out) == sorted(p.nip.digits for p in ps)

    kap = {k.kode: k for k in ks}
    before = {p.nip.digits: p for p in ps}
    for kode, isi in hasil.terploting.items():
        assert len(isi) <= kap[kode].kapasitas  # no class over capacity
        assert hasil.sisa_kursi[kode] == kap[kode].kapasitas - len(isi)
        for p in isi:
            assert p.status is S.TERPLOTING and p.angkatan == kode and p.jenis is kap[kode].jenis
            assert not p.daftar_blokir
    for p in hasil.ditunda:
        assert p.status is S.DITUNDA
    for p in hasil.antrian:
        assert p.status is S.MENUNGGU_ANTRIAN
    for p in hasil.diblokir + hasil.dilewati:
        assert p == before[p.nip.digits]  # unchanged
    for p in hasil.diblokir:
        assert p.status is S.DIBLOKIR or p.daftar_blokir
    # every changed participant is exactly what apply() gives for its last event
    for p in out:
        old = before[p.nip.digits]
        if p is not old and p.riwayat != old.riwayat:
            event, when = p.riwayat[-1]
            assert when == on and apply(old, event, on=on) == p

    # priority: within a jenis, every newly plotted participant outranks every queued one when any class of
    # that jenis was open, and earlier classes hold higher-priority newcomers
    baru = {kode: [p for p in isi if before[p.nip.digits].status is not S.TERPLOTING]
            for kode, isi in hasil.terploting.items()}
    for jenis in (P, N):
        queued = [kunci_prioritas(p) for p in hasil.antrian if p.jenis is jenis]
        urut = sorted((k for k in ks if k.jenis is jenis), key=lambda k: (k.mulai, k.kode))
        prev_max = None
        for k in urut:
            keys = [kunci_prioritas(p) for p in baru[k.kode]]
            if keys and queued:
                assert max(keys) < min(queued)
            if keys and prev_max is not None:
                assert prev_max < min(keys)
            if keys:
                prev_max = max(keys)
            # a class with seats left means nobody of its jenis waits for it (when it was open)
            open_ = on < k.mulai and (not kekurangan or k.mulai - timedelta(days=7) <= on)
            if open_ and hasil.sisa_kursi[k.kode] > 0:
                assert not [p for p in hasil.antrian if p.jenis is jenis]


def test_the_result_carries_its_citation() -> None:
    from asnrules.plotting import PUSDIKLAT_AP
    a = alokasi([calon(1)], [kelas("A", date(2025, 3, 17), 1)], on=ON)
    k = isi_kekurangan([calon(1, status=S.MENUNGGU_ANTRIAN)], [kelas("A", date(2025, 3, 17), 1)], on=ON)
    assert a.citation.regulasi == k.citation.regulasi == PUSDIKLAT_AP
    assert "tidak dapat memilih atau mengajukan angkatan" in str(a.citation)
    assert "Menunggu Antrian" in str(k.citation)
