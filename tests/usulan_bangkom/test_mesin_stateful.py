"""Hypothesis state machine of the Bangkom workflow: random event sequences keep the invariants."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from asnrules.core import InvalidTransition
from asnrules.usulan_bangkom import (
    ATURAN,
    TERMINAL,
    TRANSISI,
    Hapus,
    Kembalikan,
    Kirim,
    Lapor,
    Mulai,
    Revisi,
    StatusUsulan,
    Ubah,
    Verifikasi,
    apply,
    buat,
    replay,
)

S = StatusUsulan
_ALASAN = st.sampled_from(["", " ", "sesuai kebutuhan organisasi", "tidak sesuai SKJ"])
_EVENTS = st.one_of(
    st.builds(Ubah, jp=st.none() | st.integers(min_value=0, max_value=80)),
    st.just(Hapus()), st.just(Kirim()), st.just(Revisi()),
    st.builds(Verifikasi, diterima=st.booleans(), alasan=_ALASAN),
    st.builds(Kembalikan, alasan=st.none() | _ALASAN),
    st.builds(Mulai, tanggal_mulai=st.dates(date(2021, 6, 1), date(2022, 12, 31)),
              tanggal_selesai=st.dates(date(2021, 6, 1), date(2022, 12, 31)), detail_materi=st.just("m"),
              tempat=st.just("t")),
    st.builds(Lapor, tanggal=st.dates(date(2021, 6, 1), date(2022, 12, 31)), jp=st.integers(1, 60),
              dengan_sertifikat=st.booleans(), nomor_sertifikat=st.none() | st.just("N-1")),
)


class UsulanMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.u = buat(on=date(2021, 6, 1), nip="19860815 200412 1 005", tahun=2022, jenis="Pelatihan Non Klasikal",
                      bentuk="E-learning", jp=20)
        self.on = date(2021, 6, 1)

    @rule(event=_EVENTS, maju=st.integers(min_value=0, max_value=60))
    def step(self, event: object, maju: int) -> None:
        self.on = self.on + timedelta(days=maju)
        before = self.u
        try:
            self.u = apply(before, event, on=self.on)  # type: ignore[arg-type]
        except InvalidTransition:
            assert self.u is before
            return
        assert (before.status, event.label) in TRANSISI  # type: ignore[attr-defined]
        assert self.u.status is TRANSISI[(before.status, event.label)]  # type: ignore[attr-defined]

    def _try(self, event: object) -> None:
        before = self.u
        try:
            self.u = apply(before, event, on=self.on)  # type: ignore[arg-type]
        except InvalidTransition:
            assert self.u is before

    @rule(diterima=st.booleans())
    def verifikasi_dengan_alasan(self, diterima: bool) -> None:
        self._try(Verifikasi(diterima=diterima, alasan="dialog atasan-bawahan"))

    @rule(hari=st.integers(min_value=0, max_value=30))
    def mulai_hari_ini(self, hari: int) -> None:
        self.on = max(self.on, date(2022, 1, 3))
        self._try(Mulai(tanggal_mulai=self.on, tanggal_selesai=self.on + timedelta(days=hari), detail_materi="m",
                        tempat="t"))

    @rule(maju=st.integers(min_value=0, max_value=40))
    def lapor_hari_ini(self, maju: int) -> None:
        self.on = self.on + timedelta(days=maju)
        self._try(Lapor(tanggal=self.on, jp=10))

    @invariant()
    def terminal_has_no_exit(self) -> None:
        if self.u.riwayat:
            statuses = [S.KONSEP]
            for e, _on in self.u.riwayat:
                statuses.append(TRANSISI[(statuses[-1], e.label)])
            assert all(s not in TERMINAL for s in statuses[:-1])

    @invariant()
    def decision_always_has_reason(self) -> None:
        if self.u.status in (S.DITERIMA, S.DITOLAK):
            assert self.u.alasan_keputusan and self.u.alasan_keputusan.strip()

    @invariant()
    def nothing_planned_after_lock(self) -> None:
        batas = self.u.batas_efektif
        state = S.KONSEP
        for e, on in self.u.riwayat:
            a = ATURAN[(state, e.label)]
            if a.perencanaan:
                assert on <= batas
            state = a.ke

    @invariant()
    def edits_only_in_konsep_and_replay_agrees(self) -> None:
        state = S.KONSEP
        for e, _on in self.u.riwayat:
            if e.label in ("Ubah", "Hapus"):
                assert state is S.KONSEP
            state = TRANSISI[(state, e.label)]
        assert state is self.u.status
        fresh = self.u.model_copy(update={"status": S.KONSEP, "riwayat": (), "alasan_keputusan": None,
                                          "pelaksanaan": None, "laporan": None, "jp": 20})
        assert replay(fresh, self.u.riwayat) == self.u

    @invariant()
    def selesai_has_report_berjalan_has_execution(self) -> None:
        if self.u.status is S.SELESAI:
            assert self.u.laporan is not None and self.u.pelaksanaan is not None
        if self.u.status is S.BERJALAN:
            assert self.u.pelaksanaan is not None


TestUsulanMachine = UsulanMachine.TestCase
