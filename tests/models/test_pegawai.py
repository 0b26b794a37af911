"""Pegawai and its value objects: validation, fallbacks, rank in force, JSON round trip."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from asnrules import (
    NIP,
    Golongan,
    HukumanDisiplin,
    Ijazah,
    InvalidInput,
    JabatanFungsional,
    JenjangJabatan,
    PangkatPolri,
    PangkatTNI,
    Pegawai,
    Pendidikan,
    Periode,
    PredikatKinerja,
    RiwayatPangkat,
    StatusKepegawaian,
    TingkatHukumanDisiplin,
)

NIP_TEXT = "19860815 200412 1 005"


def pns(**kw: object) -> Pegawai:
    base: dict[str, object] = {"status": "PNS", "nip": NIP_TEXT, "golongan": "III/b"}
    base.update(kw)
    return Pegawai(**base)  # type: ignore[arg-type]


def test_tolerant_fields_and_fallback_birth_date() -> None:
    p = pns(golongan="Penata Muda Tk. I", pendidikan="S-1 Akuntansi", kinerja={"2024": "Baik", 2025: "sangat baik"})
    assert p.status is StatusKepegawaian.PNS and p.golongan is Golongan.III_B
    assert p.tanggal_lahir == date(1986, 8, 15)  # from the NIP
    assert p.pendidikan == (Ijazah(jenjang=Pendidikan.S1, bidang="Akuntansi"),)
    assert p.predikat(2024) is PredikatKinerja.BAIK and p.predikat(2023) is None


def test_unknown_facts_stay_none() -> None:
    p = Pegawai(status="PNS")
    assert p.hukuman_disiplin is None and p.sehat is None and p.tanggal_lahir is None and p.usia(date(2026, 1, 1)) is None
    assert p.pendidikan_tertinggi() is None and p.pangkat is None


def test_birth_date_must_agree_with_nip() -> None:
    with pytest.raises(ValidationError) as info:
        pns(tanggal_lahir=date(1986, 8, 16))
    assert "tanggal_lahir" in str(info.value) and "15 Agustus 1986" in str(info.value)  # dates in messages: 15 Agustus 1986 (issue 12 item 10)


@pytest.mark.parametrize("status,field,value", [
    ("PNS", "pangkat_tni", "Sertu"), ("CPNS", "pangkat_polri", "Briptu"), ("TNI", "golongan", "II/b"),
    ("TNI", "pangkat_polri", "Briptu"), ("POLRI", "golongan", "II/b"), ("POLRI", "pangkat_tni", "Sertu"),
    ("PPPK", "golongan", "III/a"),
])
def test_status_and_rank_must_agree(status: str, field: str, value: str) -> None:
    with pytest.raises(ValidationError) as info:
        Pegawai(status=status, **{field: value})  # type: ignore[arg-type]
    assert field in str(info.value)


def test_tni_and_polri_members() -> None:
    t = Pegawai(status="TNI", nrp="21010012345", pangkat_tni="Sertu")
    assert t.pangkat is PangkatTNI.SERSAN_SATU
    k = Pegawai(status="Polri", pangkat_polri="Bripda")
    assert k.pangkat is PangkatPolri.BRIGADIR_POLISI_DUA


def test_bad_values_name_the_field() -> None:
    for field, value in [("golongan", "V/z"), ("status", "Honorer"), ("nip", "123"), ("pendidikan", "Kursus"),
                         ("kinerja", {2024: "Luar biasa"}), ("pengalaman_pk_apbn_bulan", -1)]:
        with pytest.raises(ValidationError) as info:
            pns(**{field: value})
        assert field in str(info.value), field


def test_dates_in_impossible_order() -> None:
    with pytest.raises(ValidationError):
        pns(tmt_golongan=date(1980, 1, 1))
    with pytest.raises(ValidationError):
        pns(jabatan={"jenjang": "Ahli Muda", "tmt": date(1986, 8, 15)})
    with pytest.raises(ValidationError):
        Periode(mulai=date(2024, 2, 1), selesai=date(2024, 1, 31))


def test_usia_on_the_birthday() -> None:
    p = pns()
    assert p.usia(date(2039, 8, 14)) == 52
    assert p.usia(date(2039, 8, 15)) == 53
    # 29 February births complete a year on 28 February in common years (relativedelta, as masa kerja).
    q = Pegawai(status="PNS", tanggal_lahir=date(2000, 2, 29))
    assert q.usia(date(2018, 2, 27)) == 17 and q.usia(date(2018, 2, 28)) == 18


def test_rank_in_force_by_sk() -> None:
    p = pns(golongan="II/b", tmt_golongan=date(2026, 4, 1),
            riwayat_pangkat=[{"golongan": "II/a", "tmt": date(2022, 4, 1)}])
    assert p.pangkat_pada(date(2026, 4, 1)) is Golongan.II_B
    assert p.pangkat_pada(date(2026, 3, 31)) is Golongan.II_A  # future TMT does not count yet
    assert p.pangkat_pada(date(2022, 3, 31)) is None           # nothing in force known
    assert pns(golongan="II/b").pangkat_pada(date(2000, 1, 1)) is Golongan.II_B  # TMT unknown: as recorded


def test_riwayat_needs_exactly_one_rank_of_the_same_kind() -> None:
    with pytest.raises(ValidationError):
        RiwayatPangkat(tmt=date(2020, 1, 1))
    with pytest.raises(ValidationError):
        RiwayatPangkat(tmt=date(2020, 1, 1), golongan="II/a", pangkat_tni="Sertu")
    with pytest.raises(ValidationError):
        pns(riwayat_pangkat=[{"pangkat_tni": "Serda", "tmt": date(2020, 1, 1)}])


def test_periode_and_hukuman() -> None:
    per = Periode(mulai=date(2025, 1, 1), selesai=date(2025, 12, 31))
    assert per.mencakup(date(2025, 1, 1)) and per.mencakup(date(2025, 12, 31)) and not per.mencakup(date(2026, 1, 1))
    assert Periode(mulai=date(2025, 1, 1)).mencakup(date(2099, 1, 1))
    h = HukumanDisiplin(tingkat="sedang", periode=per)
    assert h.tingkat is TingkatHukumanDisiplin.SEDANG and h.berlaku_pada(date(2025, 6, 1))


@pytest.mark.parametrize("text,jenjang,bidang", [
    ("S-1 Akuntansi", Pendidikan.S1, "Akuntansi"), ("D-IV Keuangan Negara", Pendidikan.S1, "Keuangan Negara"),
    ("SMA", Pendidikan.SLTA, None), ("Diploma III Perpajakan", Pendidikan.D3, "Perpajakan"),
    ("Magister Manajemen", Pendidikan.S2, "Manajemen"), ("S2 - Hukum", Pendidikan.S2, "Hukum"),
])
def test_ijazah_parse(text: str, jenjang: Pendidikan, bidang: str | None) -> None:
    i = Ijazah.parse(text)
    assert i.jenjang is jenjang and i.bidang == bidang


def test_ijazah_parse_bad() -> None:
    for bad in ["", "Kursus menjahit", "   "]:
        with pytest.raises(InvalidInput):
            Ijazah.parse(bad)


def test_highest_education() -> None:
    p = pns(pendidikan=["SMA", "D-III Akuntansi", {"jenjang": "S1", "bidang": "Hukum"}])
    assert p.pendidikan_tertinggi() == Ijazah(jenjang=Pendidikan.S1, bidang="Hukum")


def test_jabatan() -> None:
    j = JabatanFungsional(jenjang="Ahli Muda", tmt=date(2021, 1, 1))
    assert j.jenjang is JenjangJabatan.AHLI_MUDA and j.nama.endswith("Ahli Muda")


def test_frozen_hashable_and_json_round_trip() -> None:
    p = pns(kinerja={2024: "Baik"}, hukuman_disiplin=[], tugas_belajar=[{"mulai": date(2025, 1, 1)}],
            jabatan={"jenjang": "Ahli Pertama", "tmt": date(2020, 1, 1)})
    with pytest.raises(ValidationError):
        p.nama = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        p.kinerja[2025] = PredikatKinerja.BAIK  # type: ignore[index]
    assert hash(p) == hash(pns(kinerja={2024: "Baik"}, hukuman_disiplin=[], tugas_belajar=[{"mulai": date(2025, 1, 1)}],
                               jabatan={"jenjang": "Ahli Pertama", "tmt": date(2020, 1, 1)}))
    back = Pegawai.model_validate_json(p.model_dump_json())
    assert back == p and isinstance(back.nip, NIP)


def test_json_schema_is_generated() -> None:
    schema = Pegawai.model_json_schema()
    assert "status" in schema["required"] and schema["properties"]["nip"]["anyOf"][0]["type"] == "string"


@given(st.sampled_from(list(Golongan)), st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1)),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1)))
def test_rank_in_force_never_after_recorded(gol: Golongan, tmt: date, on: date) -> None:
    p = Pegawai(status="PNS", golongan=gol, tmt_golongan=tmt)
    got = p.pangkat_pada(on)
    assert got is (gol if tmt <= on else None)
