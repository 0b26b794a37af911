"""Per-unit summary = sum of the per-person alerts (property), coaching threshold, the bundled sample."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asnrules import Pegawai
from asnrules.batch import sample_path
from asnrules.batch.files import read_rows
from asnrules.core import InvalidInput
from asnrules.pantau import JenisPeringatan, pantau, pantau_pegawai, ringkas_unit

_JENJANG = st.sampled_from([None, "Ahli Pertama", "Ahli Muda", "Ahli Madya", "Terampil"])
_HARI = st.integers(min_value=0, max_value=365 * 12)


@st.composite
def _orang(draw: st.DrawFn) -> tuple[Pegawai, dict[str, object]]:
    on = date(2025, 7, 1)
    lahir = on - timedelta(days=draw(st.integers(min_value=365 * 22, max_value=365 * 62)))
    jenjang = draw(_JENJANG)
    jab = None if jenjang is None else {"jenjang": jenjang, "tmt": on - timedelta(days=draw(_HARI))}
    p = Pegawai(status="PNS", tanggal_lahir=lahir, golongan=draw(st.sampled_from(["III/a", "III/b", "III/c", "IV/a"])),
                tmt_golongan=on - timedelta(days=draw(_HARI)), jabatan=jab)
    kw = {"unit_kerja": draw(st.sampled_from(["A", "B", "C"])),
          "jp_bangkom": draw(st.none() | st.integers(min_value=0, max_value=40)),
          "nilai_kinerja": draw(st.none() | st.integers(min_value=1, max_value=100)),
          "pelatihan_fungsional": draw(st.sampled_from([None, True, False]))}
    return p, kw


@given(st.lists(_orang(), max_size=25), st.decimals(min_value=0, max_value=1, places=2))
def test_ringkasan_unit_equals_sum_of_person_alerts(orang: list[tuple[Pegawai, dict[str, object]]],
                                                    ambang: Decimal) -> None:
    on = date(2025, 7, 1)
    hasil = [pantau_pegawai(p, on=on, **kw) for p, kw in orang]  # type: ignore[arg-type]
    ring = ringkas_unit(hasil, ambang_pembinaan=ambang)
    expected = Counter(a.kode for h in hasil for a in h.peringatan)
    for k in JenisPeringatan:
        assert sum(r.jumlah_per_peringatan[k] for r in ring) == expected[k]
    assert sum(r.jumlah_pegawai for r in ring) == len(hasil)
    assert sum(r.pegawai_terdampak for r in ring) == sum(1 for h in hasil if h.peringatan)
    for r in ring:
        per_unit = [h for h in hasil if h.unit_kerja == r.unit_kerja]
        assert r.jumlah_peringatan == sum(len(h.peringatan) for h in per_unit)
        hit = sum(1 for h in per_unit if h.peringatan)
        assert r.perlu_pembinaan is (Decimal(hit) / len(per_unit) >= ambang)


def test_ambang_pembinaan_exact_share_and_bad_threshold() -> None:
    on = date(2025, 7, 1)
    kena = pantau_pegawai(Pegawai(status="PNS", golongan="III/a", tmt_golongan=date(2015, 1, 1)), on=on, unit_kerja="U")
    aman = pantau_pegawai(Pegawai(status="PNS", golongan="III/a", tmt_golongan=date(2024, 1, 1)), on=on, unit_kerja="U")
    hasil = [kena, aman, aman, aman]  # 1 of 4 = 25 %
    assert ringkas_unit(hasil)[0].perlu_pembinaan is True
    assert ringkas_unit(hasil)[0].persentase_terdampak == Decimal("25.00")
    assert ringkas_unit(hasil, ambang_pembinaan="0,2501")[0].perlu_pembinaan is False
    with pytest.raises(InvalidInput):
        ringkas_unit(hasil, ambang_pembinaan="1,5")


def test_pantau_bundled_sample_keeps_every_row_and_reports_bad_ones() -> None:
    lap = pantau(read_rows(str(sample_path()), "csv"), on=date(2025, 7, 1))
    assert [r.row for r in lap.hasil] == list(range(2, 52))
    assert [r.row for r in lap.tidak_valid] == [6, 12, 21, 31, 38, 46]
    assert sum(u.jumlah_pegawai for u in lap.ringkasan) == 44
    assert sum(u.baris_tidak_valid for u in lap.ringkasan) == 6
    siti = next(h for h in lap.pegawai if h.nama == "Siti Siregar")
    assert {JenisPeringatan.BNT_KEDALUWARSA, JenisPeringatan.PELATIHAN_FUNGSIONAL} <= set(siti.kode)


_SAMPLE_ROWS = [r for _, r in read_rows(str(sample_path()), "csv")]


@given(st.lists(st.sampled_from(range(len(_SAMPLE_ROWS))), min_size=1, max_size=30),
       st.dates(date(2019, 1, 1), date(2027, 12, 31)))
def test_columnar_engine_equals_row_engine(picks: list[int], on: date) -> None:
    pl = pytest.importorskip("polars")
    rows = [_SAMPLE_ROWS[i] for i in picks]  # duplicates included: one group, one result, every row kept
    a = pantau(rows, on=on, mesin="baris")
    for b in (pantau(pl.DataFrame(rows, infer_schema_length=None), on=on), pantau(rows, on=on, mesin="kolom")):
        assert [(x.row, x.status, x.outcome) for x in a.hasil] == [(y.row, y.status, y.outcome) for y in b.hasil]
        assert a.ringkasan == b.ringkasan


def test_engines_on_file_lines_agree() -> None:
    a = pantau(read_rows(str(sample_path()), "csv"), on=date(2025, 7, 1), mesin="baris")
    b = pantau(read_rows(str(sample_path()), "csv"), on=date(2025, 7, 1), mesin="kolom")
    assert [(x.row, x.status, x.outcome) for x in a.hasil] == [(y.row, y.status, y.outcome) for y in b.hasil]
    with pytest.raises(InvalidInput):
        pantau([], on=date(2025, 7, 1), mesin="cepat")
