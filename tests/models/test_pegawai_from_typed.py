"""``Pegawai.from_typed`` (the batch engine's path) gives exactly what ``Pegawai(**values)`` gives.

Same object (fields, fields set, dump, JSON, hash, repr) for every accepted input, and the same error
(field, value, messages) for every refused one — including values of another type, which it hands to
full validation. Also: the identity hash of the ordered enums and the birth date of a NIP.
"""

import pickle
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from asnrules.core import AsnRulesError
from asnrules.models import (
    NIP,
    Golongan,
    Ijazah,
    PangkatPolri,
    PangkatTNI,
    Pegawai,
    Pendidikan,
    StatusKepegawaian,
)
from asnrules.models.pegawai import _TIPE_TEPAT

DATES = st.sampled_from([date(1975, 8, 15), date(1980, 1, 1), date(2000, 4, 1), date(2017, 4, 1), date(1975, 8, 14)])
NIPS = st.sampled_from(["197508152000031001", "198001012005041002", "200004012019102001"]).map(NIP.parse)
IJAZAH = st.sampled_from(["SMA", "S-1 Akuntansi", "D-III Akuntansi", "S-2 Manajemen"]).map(Ijazah.parse)

FIELD = {
    "status": st.sampled_from(list(StatusKepegawaian)) | st.sampled_from(["PNS", "tni", None]),
    "nip": NIPS | st.sampled_from([None, "198001012005041002", "12345"]),
    "nrp": st.sampled_from([None, "12345678", 5]),
    "nama": st.sampled_from([None, "Budi", "", 12]),
    "golongan": st.sampled_from([None, *list(Golongan)[:4], Golongan.parse("III/a"), "II/b", "X/z"]),
    "tmt_golongan": DATES | st.sampled_from([None, "2017-04-01"]),
    "pangkat_tni": st.sampled_from([None, *list(PangkatTNI)[:3], "Sertu"]),
    "pangkat_polri": st.sampled_from([None, *list(PangkatPolri)[:3]]),
    "tmt_pangkat": DATES | st.none(),
    "tanggal_lahir": DATES | st.sampled_from([None, "1980-01-01"]),
    "pendidikan": st.lists(IJAZAH, max_size=2).map(tuple) | st.sampled_from([None, "SMA", ["S-1 Akuntansi"], ("x",)]),
    "sedang_diperiksa": st.sampled_from([None, True, False, "ya", 1]),
    "sehat": st.sampled_from([None, True, False]),
    "integritas": st.sampled_from([None, True, False]),
    "pengalaman_pk_apbn_bulan": st.sampled_from([None, 0, 24, -1, True, "3"]),
    "kinerja": st.sampled_from([{2024: "Baik"}, {}]),  # not a typed field: full validation
    "hukuman_disiplin": st.sampled_from([(), None]),
}

values_strategy = st.fixed_dictionaries({}, optional=FIELD)


def _outcome(build: Any, values: dict[str, Any]) -> Any:
    try:
        p = build(values)
    except ValidationError as exc:
        inner = [(e.get("ctx") or {}).get("error") for e in exc.errors()]
        return ("error", [(type(i).__name__, i.field, i.value, str(i), i.message_en) if isinstance(i, AsnRulesError)
                          else None for i in inner], [e["loc"] for e in exc.errors()] if None in inner else None)
    except AsnRulesError as exc:
        return ("error", [(type(exc).__name__, exc.field, exc.value, str(exc), exc.message_en)], None)
    return ("ok", p, dict(p.__dict__), list(p.__dict__), p.model_fields_set, p.model_dump(), p.model_dump_json(),
            hash(p), repr(p))


@settings(max_examples=600, deadline=None)
@given(values_strategy)
def test_from_typed_equals_full_validation(values: dict[str, Any]) -> None:
    assert _outcome(Pegawai.from_typed, values) == _outcome(lambda v: Pegawai(**v), values)


def test_the_typed_path_is_taken_for_typed_values_and_builds_a_usable_model() -> None:
    values = {"status": StatusKepegawaian.PNS, "nip": NIP.parse("198001012005041002"), "nama": "Budi",
              "golongan": Golongan.parse("III/a"), "tmt_golongan": date(2017, 4, 1),
              "pendidikan": (Ijazah.parse("S-1 Akuntansi"),)}
    p = Pegawai.from_typed(values)
    assert p == Pegawai(**values)
    assert p.tanggal_lahir == date(1980, 1, 1)  # the model validator ran: birth date from the NIP
    assert p.pangkat_pada(date(2025, 1, 1)) is Golongan.parse("III/a")
    assert p.pendidikan_tertinggi().jenjang is Pendidikan.S1
    assert dict(p.kinerja) == {} and p.model_copy(update={"nama": "Ani"}).nama == "Ani"
    assert Pegawai.model_validate(p.model_dump()) == p


def test_only_the_listed_fields_are_taken_as_they_are() -> None:
    """A field added to Pegawai goes through full validation until it is listed here on purpose."""
    assert set(_TIPE_TEPAT) <= set(Pegawai.model_fields)
    assert set(Pegawai.model_fields) - set(_TIPE_TEPAT) == {
        "riwayat_pangkat", "jabatan", "kinerja", "hukuman_disiplin", "tugas_belajar", "cltn"}


def test_typed_values_refused_by_the_model_validator_give_its_error() -> None:
    values = {"status": StatusKepegawaian.TNI, "golongan": Golongan.parse("II/b")}
    try:
        Pegawai.from_typed(values)
    except AsnRulesError as exc:
        assert exc.field == "golongan" and "TNI" in str(exc)
    else:  # pragma: no cover - the assertion below documents the failure
        raise AssertionError("a TNI member with a golongan was accepted")


def test_ordered_enum_members_hash_by_identity_and_survive_pickling() -> None:
    table = {g: i for i, g in enumerate(Golongan)}
    for g in Golongan:
        back = pickle.loads(pickle.dumps(g))
        assert back is g and table[back] == g.tingkat and hash(back) == hash(g)
    assert len({*Golongan, *Golongan}) == len(Golongan)


@given(st.sampled_from(["197508152000031001", "198802292007121005", "200004012019102001", "198001012021211001"]))
def test_a_nip_birth_date_comes_from_its_digits(text: str) -> None:
    parsed = NIP.parse(text)
    assert parsed == NIP(text) and hash(parsed) == hash(NIP(text))
    assert parsed.tanggal_lahir == date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    assert pickle.loads(pickle.dumps(parsed)).tanggal_lahir == parsed.tanggal_lahir
