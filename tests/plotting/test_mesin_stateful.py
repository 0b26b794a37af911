"""Hypothesis stateful test of the participant state machine: random event sequences."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from asnrules.core import InvalidTransition
from asnrules.plotting import (
    EVENT_ADAPTER,
    TRANSISI,
    AlasanBukaBlokir,
    AlasanReset,
    Antrikan,
    Batalkan,
    BukaBlokir,
    Digantikan,
    Menggantikan,
    PerbaikiData,
    Peserta,
    Plot,
    Rekam,
    Reset,
    StatusPeserta,
    Tetapkan,
    TidakHadir,
    Tunda,
    UjianKomprehensif,
    UjianSertifikasi,
    Usulkan,
    VerifikasiKPPN,
    VerifikasiSatker,
    apply,
    event_dari_json,
    event_ke_json,
    kekurangan_data,
    replay,
)

from ._fixtures import NIP_A, NIP_B

S = StatusPeserta
START = date(2025, 1, 6)

wa = st.one_of(st.none(), st.sampled_from(["081234567890", "+62 813-1111-2222", "0812", "021-5551234", "abc"]))
teks = st.one_of(st.none(), st.sampled_from(["II/b", "III/a", "SLTA", "S1", "", "  "]))
foto = st.one_of(st.none(), st.booleans())
mulai = st.dates(min_value=START, max_value=date(2026, 12, 31))

events = st.one_of(
    st.builds(Rekam),
    st.builds(Usulkan, nomor_wa=wa, foto_latar_merah=foto, data_pangkat=teks, data_pendidikan=teks),
    st.builds(VerifikasiSatker, disetujui=st.booleans(), alasan=st.none() | st.just("berkas kurang")),
    st.builds(VerifikasiKPPN, disetujui=st.booleans(), alasan=st.none()),
    st.builds(Tetapkan, disetujui=st.booleans()),
    st.builds(Plot, angkatan=st.sampled_from(["BP-01", "BP-02", "BPN-01"]), mulai=mulai),
    st.builds(Tunda, alasan=st.just("nomor WA tidak aktif")),
    st.builds(PerbaikiData, nomor_wa=wa, foto_latar_merah=foto, data_pangkat=teks, data_pendidikan=teks),
    st.builds(Antrikan),
    st.builds(TidakHadir),
    st.builds(BukaBlokir, alasan=st.sampled_from(list(AlasanBukaBlokir)), surat_kpa=st.booleans()),
    st.builds(UjianKomprehensif, lulus=st.booleans(), hadir_semua_sesi=st.booleans()),
    st.builds(UjianSertifikasi, lulus=st.booleans()),
    st.builds(Reset, alasan=st.none() | st.sampled_from(list(AlasanReset))),
    st.builds(Digantikan, nip_pengganti=st.just(NIP_B), surat_kpa=st.booleans()),
    st.builds(Menggantikan, nip_digantikan=st.just(NIP_B), angkatan=st.just("BP-03"), mulai=mulai,
              surat_kpa=st.booleans()),
    st.builds(Batalkan, alasan=st.just("tidak memenuhi syarat pangkat")),
)

LENGKAP = {"nomor_wa": "081234567890", "foto_latar_merah": True, "data_pangkat": "II/b", "data_pendidikan": "SLTA"}


def _event_for(label: str, p: Peserta, on: date) -> st.SearchStrategy[object]:
    ok = st.booleans().map(lambda b: b or True) | st.booleans()  # mostly True
    later = st.integers(min_value=1, max_value=60).map(lambda d: on + timedelta(days=d))
    name, _, outcome = label.partition("[")
    if name in ("Usulkan", "PerbaikiData"):
        cls = Usulkan if name == "Usulkan" else PerbaikiData
        return st.one_of(st.just(cls(**LENGKAP)), st.builds(cls, nomor_wa=wa, foto_latar_merah=foto,
                                                             data_pangkat=teks, data_pendidikan=teks))
    if name in ("VerifikasiSatker", "VerifikasiKPPN", "Tetapkan"):
        cls = {"VerifikasiSatker": VerifikasiSatker, "VerifikasiKPPN": VerifikasiKPPN, "Tetapkan": Tetapkan}[name]
        return st.just(cls(disetujui=outcome != "ditolak]"))
    if name == "Plot":
        return st.builds(Plot, angkatan=st.sampled_from(["BP-01", "BP-02"]), mulai=later)
    if name == "Menggantikan":
        return st.builds(Menggantikan, nip_digantikan=st.just(NIP_B), angkatan=st.just("BP-03"), mulai=later,
                         surat_kpa=ok)
    if name == "Digantikan":
        return st.builds(Digantikan, nip_pengganti=st.just(NIP_B), surat_kpa=ok)
    if name == "BukaBlokir":
        return st.builds(BukaBlokir, alasan=st.sampled_from(list(AlasanBukaBlokir)), surat_kpa=ok)
    if name == "UjianKomprehensif":
        return st.builds(UjianKomprehensif, lulus=st.just(outcome == "lulus]"), hadir_semua_sesi=ok)
    if name == "UjianSertifikasi":
        return st.just(UjianSertifikasi(lulus=outcome == "lulus]"))
    if name == "Reset":
        return st.sampled_from([Reset(), Reset(alasan=AlasanReset.BNT_KEDALUWARSA)])
    if name == "Tunda":
        return st.just(Tunda(alasan="data tidak lengkap"))
    if name == "Batalkan":
        return st.just(Batalkan(alasan="tidak memenuhi syarat pangkat"))
    return st.just({"Rekam": Rekam, "Antrikan": Antrikan, "TidakHadir": TidakHadir}[name]())


_BLOCKING = {"TidakHadir", "Digantikan"}


class Lifecycle(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.start = Peserta(nip=NIP_A, nama="Budi", jenis="PENGELUARAN")
        self.p = self.start
        self.on = START
        self.blocked_without_unblock = False
        self.steps = 0

    @rule(event=events, gap=st.integers(min_value=0, max_value=20))
    def step(self, event: object, gap: int) -> None:
        self.on += timedelta(days=gap)
        before = self.p
        try:
            after = apply(before, event, on=self.on)  # type: ignore[arg-type]
        except InvalidTransition as e:
            assert e.state is before.status
            assert e.allowed == tuple(lb for (s, lb) in TRANSISI if s is before.status)
            assert e.citation is not None and e.message_en
            return
        self.steps += 1
        # the transition taken is the one in the table
        assert after.status is TRANSISI[(before.status, event.label)]  # type: ignore[attr-defined]
        assert after.riwayat == (*before.riwayat, (event, self.on))
        if after.status is S.DIBLOKIR or event.label in _BLOCKING:  # type: ignore[attr-defined]
            self.blocked_without_unblock = True
        if isinstance(event, BukaBlokir):
            assert event.surat_kpa and event.alasan in set(AlasanBukaBlokir)
            self.blocked_without_unblock = False
        if after.status is S.TERPLOTING:
            # a DIBLOKIR participant is never TERPLOTING without a valid BukaBlokir in between
            assert not self.blocked_without_unblock
        self.p = after

    @rule(data=st.data())
    def guided_step(self, data: st.DataObject) -> None:
        """An event allowed in the current state, with fields that mostly meet its conditions (reaches deep
        states that purely random events rarely reach)."""
        labels = sorted(lb for (s, lb) in TRANSISI if s is self.p.status)
        label = data.draw(st.sampled_from(labels))
        gap = data.draw(st.sampled_from([0, 1, 3, 7, 14, 30]))
        self.step(data.draw(_event_for(label, self.p, self.on + timedelta(days=gap))), gap)

    @invariant()
    def defined_state(self) -> None:
        assert self.p.status in set(StatusPeserta)

    @invariant()
    def blocked_flag_is_consistent(self) -> None:
        if self.p.status is S.DIBLOKIR:
            assert self.p.daftar_blokir
        assert self.p.daftar_blokir == self.blocked_without_unblock

    @invariant()
    def plotted_participants_are_plottable(self) -> None:
        if self.p.status is S.TERPLOTING:
            assert not self.p.daftar_blokir and kekurangan_data(self.p) == ()
            assert self.p.angkatan and self.p.mulai_pelatihan is not None

    @invariant()
    def replay_equals_step_by_step(self) -> None:
        assert replay(self.start, self.p.riwayat) == self.p

    @invariant()
    def json_round_trip_is_identity(self) -> None:
        for event, _ in self.p.riwayat[-1:]:
            assert event_dari_json(event_ke_json(event)) == event
            assert EVENT_ADAPTER.validate_python(EVENT_ADAPTER.dump_python(event, mode="json")) == event
        assert Peserta.model_validate_json(self.p.model_dump_json()) == self.p


Lifecycle.TestCase.settings = settings(max_examples=150, stateful_step_count=40, deadline=None,
                                       suppress_health_check=[HealthCheck.too_slow])
TestLifecycle = Lifecycle.TestCase


@given(events)
@settings(max_examples=300, deadline=None)
def test_event_json_round_trip_is_identity(event: object) -> None:
    assert event_dari_json(event_ke_json(event)) == event  # type: ignore[arg-type]
