"""Ordered enum members as table keys (one member, one hash, across pickling) and the birth date of a parsed NIP (formerly tested with
``Pegawai.from_typed``, which is gone: the engines build every Pegawai with ``Pegawai(**values)``)."""

import pickle
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from asnrules.models import NIP, Golongan


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

