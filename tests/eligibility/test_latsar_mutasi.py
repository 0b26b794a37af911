"""Latsar CPNS, Standar Pelayanan 2063/J2/OT.02.02/2024: exact messages, citations and refusals of every
branch (Mekanisme Prosedur angka 2 and 5, Pembelajaran Pelatihan angka 3 butir 4) and 5)) — issue 12."""

from __future__ import annotations

from decimal import Decimal
from types import MappingProxyType

import pytest

from asnrules.core import Citation, InvalidInput, InvalidTransition, Status
from asnrules.eligibility.latsar import (
    JUMLAH_PERINGKAT_PIAGAM,
    JUMLAH_PESERTA_MAKSIMAL,
    KESEMPATAN_REMEDIAL,
    KUALIFIKASI_MINIMAL_PIAGAM,
    SUMBER_LATSAR,
    DokumenLatsar,
    HasilLatsar,
    KelulusanLatsar,
    KualifikasiLatsar,
    PesertaLatsar,
    check_angkatan_latsar,
    hasil_latsar,
    penghargaan_latsar,
)

Q = KualifikasiLatsar
L = KelulusanLatsar
C_ANGKATAN = Citation(SUMBER_LATSAR, bagian="Mekanisme Prosedur angka 2")
C_HASIL = Citation(SUMBER_LATSAR, bagian="Mekanisme Prosedur angka 5")
C_REMEDIAL = Citation(SUMBER_LATSAR, bagian="Pembelajaran Pelatihan angka 3 butir 4)")
C_KLASIKAL = Citation(SUMBER_LATSAR, bagian="Pembelajaran Pelatihan angka 3 butir 5)")


def test_angka_yang_diterbitkan() -> None:
    """40 orang per angkatan, 3 peringkat terbaik, paling rendah "Memuaskan", remedial 1 (satu) kali."""
    assert (JUMLAH_PESERTA_MAKSIMAL, JUMLAH_PERINGKAT_PIAGAM, KESEMPATAN_REMEDIAL) == (40, 3, 1)
    assert KUALIFIKASI_MINIMAL_PIAGAM is Q.MEMUASKAN


# --- Mekanisme Prosedur angka 2 -------------------------------------------------------------------------------
def test_mekanisme_2_paling_banyak_40_orang_pesan_lengkap() -> None:
    (r,) = check_angkatan_latsar(40).reasons
    assert (r.code, r.status, r.citation) == ("jumlah_peserta_angkatan", Status.MET, C_ANGKATAN)
    assert r.message == "Jumlah peserta 40 orang, paling banyak 40 orang dalam 1 angkatan."
    assert r.message_en == "40 participants, at most 40 per angkatan."
    (r,) = check_angkatan_latsar(Decimal(41)).reasons  # type: ignore[arg-type]
    assert (r.code, r.status, r.citation) == ("jumlah_peserta_angkatan", Status.NOT_MET, C_ANGKATAN)
    assert r.message == "Jumlah peserta 41 orang melebihi batas paling banyak 40 orang dalam 1 angkatan."
    assert r.message_en == "41 participants exceed the maximum of 40 per angkatan."


@pytest.mark.parametrize(("peserta", "ok"), [(set(range(40)), True), (tuple(range(41)), False), ([], True)])
def test_mekanisme_2_daftar_peserta_dihitung(peserta: object, ok: bool) -> None:
    v = check_angkatan_latsar(peserta)  # type: ignore[arg-type]
    assert v.eligible is ok
    assert f"Jumlah peserta {len(peserta)} orang" in v.reasons[0].message  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("bad", "expected", "expected_en"),
    [
        (-1, "bilangan bulat >= 0", "a whole number >= 0"),
        (Decimal("-1"), "bilangan bulat >= 0", "a whole number >= 0"),
        (Decimal("40.5"), "bilangan bulat", "a whole number"),
        ("40", "jumlah peserta (bilangan bulat >= 0) atau daftar peserta",
         "a participant count (whole number >= 0) or the list of participants"),
        (b"40", "jumlah peserta (bilangan bulat >= 0) atau daftar peserta",
         "a participant count (whole number >= 0) or the list of participants"),
        (False, "jumlah peserta (bilangan bulat >= 0) atau daftar peserta",
         "a participant count (whole number >= 0) or the list of participants"),
    ],
)
def test_mekanisme_2_jumlah_tidak_valid(bad: object, expected: str, expected_en: str) -> None:
    with pytest.raises(InvalidInput) as e:
        check_angkatan_latsar(bad)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value) == ("peserta", bad)
    assert (e.value.expected, e.value.expected_en) == (expected, expected_en)


# --- kualifikasi (docs/interpretasi.md 13) -----------------------------------------------------------------------
def test_kualifikasi_urutan_dari_terendah() -> None:
    assert [q.tingkat for q in Q] == [0, 1, 2, 3]
    assert [q.value for q in Q] == ["Kurang Memuaskan", "Cukup Memuaskan", "Memuaskan", "Sangat Memuaskan"]
    for a in Q:
        for b in Q:
            assert (a < b, a <= b, a > b, a >= b) == (a.tingkat < b.tingkat, a.tingkat <= b.tingkat,
                                                      a.tingkat > b.tingkat, a.tingkat >= b.tingkat)


@pytest.mark.parametrize("other", [2, "Memuaskan", None])
def test_kualifikasi_tidak_dibandingkan_dengan_nilai_lain(other: object) -> None:
    with pytest.raises(TypeError):
        Q.MEMUASKAN >= other  # type: ignore[operator]  # noqa: B015
    with pytest.raises(TypeError):
        Q.MEMUASKAN > other  # type: ignore[operator]  # noqa: B015
    with pytest.raises(TypeError):
        Q.MEMUASKAN <= other  # type: ignore[operator]  # noqa: B015
    with pytest.raises(TypeError):
        Q.MEMUASKAN < other  # type: ignore[operator]  # noqa: B015


@pytest.mark.parametrize(
    ("text", "member"),
    [(Q.CUKUP_MEMUASKAN, Q.CUKUP_MEMUASKAN), ("Memuaskan", Q.MEMUASKAN), ("  KURANG   memuaskan ", Q.KURANG_MEMUASKAN),
     ("SANGAT_MEMUASKAN", Q.SANGAT_MEMUASKAN)],
)
def test_kualifikasi_parse(text: object, member: KualifikasiLatsar) -> None:
    assert Q.parse(text) is member


@pytest.mark.parametrize(("bad", "field"), [("Luar Biasa", "kualifikasi"), (2, "kualifikasi_akhir"),
                                            ("SangatMemuaskan", "kualifikasi_akhir")])
def test_kualifikasi_parse_refused(bad: object, field: str) -> None:
    labels = "Kurang Memuaskan, Cukup Memuaskan, Memuaskan, Sangat Memuaskan"
    with pytest.raises(InvalidInput) as e:
        Q.parse(bad) if field == "kualifikasi" else Q.parse(bad, field)
    assert (e.value.field, e.value.value) == (field, bad)
    assert (e.value.expected, e.value.expected_en) == (f"salah satu dari: {labels}", f"one of: {labels}")


# --- PesertaLatsar -------------------------------------------------------------------------------------------
def test_peserta_latsar_normalised() -> None:
    p = PesertaLatsar("199901012024011001", "91,5", "memuaskan")  # type: ignore[arg-type]
    assert (p.nilai, p.kualifikasi, p.lulus) == (Decimal("91.5"), Q.MEMUASKAN, True)


@pytest.mark.parametrize(
    ("kw", "field", "expected", "expected_en"),
    [
        ({"id": "   "}, "id", "teks pengenal peserta (mis. NIP)", "a participant identifier (e.g. NIP)"),
        ({"id": 199901012024011001}, "id", "teks pengenal peserta (mis. NIP)", "a participant identifier (e.g. NIP)"),
        ({"lulus": None}, "lulus", "True atau False", "True or False"),
        ({"lulus": 1}, "lulus", "True atau False", "True or False"),
        ({"nilai": "-0,01"}, "nilai", "bilangan >= 0", "a number >= 0"),
    ],
)
def test_peserta_latsar_refused(kw: dict[str, object], field: str, expected: str, expected_en: str) -> None:
    args: dict[str, object] = {"id": "a", "nilai": "90", "kualifikasi": Q.MEMUASKAN, **kw}
    with pytest.raises(InvalidInput) as e:
        PesertaLatsar(**args)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value) == (field, kw[field])
    assert (e.value.expected, e.value.expected_en) == (expected, expected_en)


def test_peserta_latsar_nilai_nol_diterima() -> None:
    assert PesertaLatsar("a", "0", Q.KURANG_MEMUASKAN).nilai == Decimal(0)  # type: ignore[arg-type]


# --- Mekanisme Prosedur angka 5: Piagam Penghargaan -------------------------------------------------------------
def P(id_: str, nilai: str, q: KualifikasiLatsar = Q.SANGAT_MEMUASKAN, lulus: bool = True) -> PesertaLatsar:
    return PesertaLatsar(id_, nilai, q, lulus)  # type: ignore[arg-type]


def test_mekanisme_5_piagam_hasil_lengkap() -> None:
    h = penghargaan_latsar(p for p in [P("d", "80"), P("c", "90"), P("b", "90"), P("a", "95")])  # any iterable
    assert h.penerima == ("a", "b", "c")  # by rank, then id
    assert dict(h.peringkat) == {"a": 1, "b": 2, "c": 2, "d": 4}
    assert isinstance(h.peringkat, MappingProxyType)
    assert h.citation == C_HASIL


def test_mekanisme_5_peringkat_3_memuaskan_dapat_peringkat_4_tidak() -> None:
    h = penghargaan_latsar([P("a", "95"), P("b", "94"), P("c", "93", Q.MEMUASKAN), P("d", "92")])
    assert h.penerima == ("a", "b", "c")
    h = penghargaan_latsar([P("a", "95"), P("b", "94"), P("c", "93", Q.CUKUP_MEMUASKAN), P("d", "92")])
    assert h.penerima == ("a", "b")
    assert h.peringkat["d"] == 4


def test_mekanisme_5_nilai_sama_berurutan_berbagi_peringkat() -> None:
    h = penghargaan_latsar([P("a", "95"), P("b", "90"), P("c", "90"), P("d", "90"), P("e", "85")])
    assert dict(h.peringkat) == {"a": 1, "b": 2, "c": 2, "d": 2, "e": 5}
    assert h.penerima == ("a", "b", "c", "d")


def test_mekanisme_5_tidak_lulus_tidak_mendapat_peringkat_walau_nilai_tertinggi() -> None:
    h = penghargaan_latsar([P("x", "99", lulus=False), P("y", "98", lulus=False), P("a", "50")])
    assert dict(h.peringkat) == {"a": 1}
    assert h.penerima == ("a",)


@pytest.mark.parametrize(
    ("bad", "value", "expected", "expected_en"),
    [
        (5, 5, "daftar PesertaLatsar", "a list of PesertaLatsar"),
        (b"ab", b"ab", "daftar PesertaLatsar", "a list of PesertaLatsar"),
        ([None], None, "PesertaLatsar", "a PesertaLatsar"),
        ([P("a", "90"), P("b", "80"), P("a", "70")], "a", "id peserta yang unik dalam satu angkatan",
         "participant ids unique within one angkatan"),
    ],
)
def test_mekanisme_5_daftar_tidak_valid(bad: object, value: object, expected: str, expected_en: str) -> None:
    with pytest.raises(InvalidInput) as e:
        penghargaan_latsar(bad)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value) == ("peserta", value)
    assert (e.value.expected, e.value.expected_en) == (expected, expected_en)


# --- Mekanisme Prosedur angka 5, Pembelajaran Pelatihan angka 3 butir 4) dan 5) ----------------------------------
@pytest.mark.parametrize(
    ("kelulusan", "hasil"),
    [
        (L.LULUS, HasilLatsar(DokumenLatsar.STTP, True, 0, C_HASIL)),
        ("Lulus", HasilLatsar(DokumenLatsar.STTP, True, 0, C_HASIL)),
        (L.TIDAK_LULUS, HasilLatsar(DokumenLatsar.SURAT_KETERANGAN, False, 0, C_HASIL)),
        (" TIDAK_LULUS ", HasilLatsar(DokumenLatsar.SURAT_KETERANGAN, False, 0, C_HASIL)),
        ("tidak   lulus", HasilLatsar(DokumenLatsar.SURAT_KETERANGAN, False, 0, C_HASIL)),
        (L.DITUNDA, HasilLatsar(None, None, 1, C_REMEDIAL)),
        ("Ditunda", HasilLatsar(None, None, 1, C_REMEDIAL)),
    ],
)
def test_mekanisme_5_dan_butir_4_hasil_pengumuman(kelulusan: object, hasil: HasilLatsar) -> None:
    assert hasil_latsar(kelulusan) == hasil  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("remedial", "hasil"),
    [
        (L.LULUS, HasilLatsar(DokumenLatsar.STTP, True, 0, C_KLASIKAL)),
        ("lulus", HasilLatsar(DokumenLatsar.STTP, True, 0, C_KLASIKAL)),
        (L.TIDAK_LULUS, HasilLatsar(DokumenLatsar.SURAT_KETERANGAN, False, 0, C_KLASIKAL)),
        ("tidak_lulus", HasilLatsar(DokumenLatsar.SURAT_KETERANGAN, False, 0, C_KLASIKAL)),
    ],
)
def test_butir_4_dan_5_hasil_remedial(remedial: object, hasil: HasilLatsar) -> None:
    assert hasil_latsar(L.DITUNDA, remedial=remedial) == hasil  # type: ignore[arg-type]
    assert hasil_latsar("ditunda", remedial=remedial) == hasil  # type: ignore[arg-type]


def test_butir_4_remedial_hanya_1_kali() -> None:
    with pytest.raises(InvalidTransition) as e:
        hasil_latsar(L.DITUNDA, remedial="DITUNDA")
    x = e.value
    assert (x.state, x.event, x.allowed, x.citation) == (L.DITUNDA, "remedial DITUNDA",
                                                          ("remedial LULUS", "remedial TIDAK_LULUS"), C_REMEDIAL)
    assert x.message == ("Peristiwa remedial DITUNDA tidak dapat diterapkan pada status DITUNDA: kesempatan remedial "
                         "hanya 1 (satu) kali: hasil remedial harus lulus atau tidak lulus. Peristiwa yang "
                         "diperbolehkan: remedial LULUS, remedial TIDAK_LULUS.")
    assert x.message_en == ("Event remedial DITUNDA cannot be applied in state DITUNDA: the remedial is given once "
                            "only: its result must be passed or not passed. Allowed events: remedial LULUS, "
                            "remedial TIDAK_LULUS.")


@pytest.mark.parametrize("first", [L.LULUS, "tidak lulus"])
@pytest.mark.parametrize("remedial", [L.LULUS, L.TIDAK_LULUS, L.DITUNDA])
def test_butir_4_remedial_hanya_bagi_yang_ditunda(first: object, remedial: KelulusanLatsar) -> None:
    state = L.LULUS if first is L.LULUS else L.TIDAK_LULUS
    with pytest.raises(InvalidTransition) as e:
        hasil_latsar(first, remedial=remedial)  # type: ignore[arg-type]
    x = e.value
    assert (x.state, x.event, x.allowed, x.citation) == (state, "remedial", (), C_REMEDIAL)
    assert x.message == (f"Peristiwa remedial tidak dapat diterapkan pada status {state.name}: remedial hanya "
                         "diberikan kepada peserta yang ditunda kelulusannya. Peristiwa yang diperbolehkan: -.")
    assert x.message_en == (f"Event remedial cannot be applied in state {state.name}: a remedial is given only to a "
                            "participant whose graduation was postponed. Allowed events: -.")


@pytest.mark.parametrize(
    ("args", "kw", "field", "value"),
    [
        (("lulus dengan pujian",), {}, "kelulusan", "lulus dengan pujian"),
        ((None,), {}, "kelulusan", None),
        ((L.DITUNDA,), {"remedial": 1}, "remedial", 1),
        ((L.LULUS,), {"remedial": "ulang"}, "remedial", "ulang"),
    ],
)
def test_kelulusan_tidak_dikenal(args: tuple[object, ...], kw: dict[str, object], field: str, value: object) -> None:
    with pytest.raises(InvalidInput) as e:
        hasil_latsar(*args, **kw)  # type: ignore[arg-type]
    assert (e.value.field, e.value.value) == (field, value)
    assert (e.value.expected, e.value.expected_en) == ("LULUS, DITUNDA, atau TIDAK_LULUS", "LULUS, DITUNDA or TIDAK_LULUS")
