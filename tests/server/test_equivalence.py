"""Equivalence: for every rule, the API's answer equals the Python answer (hypothesis).

The records are drawn from plausible and broken cell values; each record goes through ``POST /periksa``
and the whole list through ``POST /periksa/{nama}/batch``; both must equal ``asnrules.batch.run`` (the
CLI's engine), verdict by verdict, criterion by criterion, citation by citation. For ``bendahara`` the
verdict is also compared with ``check_bendahara`` called directly.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asnrules.batch import Aturan, BatchResult, daftar_aturan, run
from asnrules.core.verdict import Verdict

from .examples import EXAMPLES

ON = date(2025, 7, 1)

_DATES = ["2016-04-01", "01-04-2017", "1 April 2017", "2024-12-31", "31-02-2019", "kemarin", ""]
_POOL: dict[str, list[Any]] = {
    "status": ["PNS", "CPNS", "PPPK", "TNI", "POLRI", "honorer", ""],
    "golongan": ["I/a", "II/a", "II/b", "III/a", "III/b", "III/d", "IV/a", "IV/e", "X/z", "", 3],
    "pangkat": ["Penata Muda, III/a", "Pengatur Tk.I, II/d", "Sertu", ""],
    "pendidikan": ["SMA", "D-III Akuntansi", "S-1 Akuntansi", "S2", "S3", "SD", "??", ""],
    "ijazah": ["SMA", "D-III", "S1", "S-1 Akuntansi", "S2 Manajemen", "S3", "??", ""],
    "jenis": ["pengeluaran", "penerimaan", "pengangkatan_pertama", "perpindahan", "promosi", "kenaikan_jenjang", "x", ""],
    "jenjang": ["Ahli Pertama", "Ahli Muda", "Ahli Madya", "Terampil", "x", ""],
    "jenjang_tujuan": ["Ahli Pertama", "Ahli Muda", "Ahli Madya", "x", ""],
    "tingkat_unit": ["ADMINISTRATOR_ATAU_LEBIH_RENDAH", "JPT_PRATAMA_ATAU_LEBIH_TINGGI", "eselon", ""],
    "nip": ["198608152004121005", "197803061998011004", "1,98705E+17", "123", ""],
    "kelulusan": ["lulus", "tidak lulus", "x", ""],
    "hukuman_disiplin": ["Tidak ada", "Sedang, 2024-09-01 s.d. 2025-08-31", "Berat", ""],
}
_YESNO = ["ya", "tidak", "mungkin", "", True, False]
_NUMBERS = ["0", "3", "12", "12,5", "40", "88", "150", "-1", "abc", "", 7]


def _values(name: str) -> list[Any]:
    if name in _POOL:
        return _POOL[name]
    if name.startswith(("tmt_", "tanggal")) or name.endswith(("_mulai", "_selesai")):
        return _DATES
    if name.startswith(("ak_", "jam", "masa_kerja", "nilai", "jumlah", "pengalaman", "ipk", "kjf", "jf")):
        return _NUMBERS
    if name.startswith(("kinerja",)):
        return ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang", "x", ""]
    return _YESNO + ["teks"]


def _columns(a: Aturan) -> list[str]:
    names = [c for c in a.kolom_masukan if c != "kinerja_<tahun>"]
    if a.pakai_pegawai:
        main = ["status", "nip", "golongan", "tmt_golongan", "tanggal_lahir", "pendidikan", "jabatan", "tmt_jabatan",
                "hukuman_disiplin", "tugas_belajar", "cltn", "pengalaman_pk_apbn_tahun"]
        names = main + [p.nama for p in a.parameter] + ["kinerja_2023", "kinerja_2024"]
    return names


def _records(a: Aturan) -> st.SearchStrategy[list[dict[str, Any]]]:
    base, _, _ = EXAMPLES.get(a.nama, ({}, {}, ""))
    one = st.fixed_dictionaries({}, optional={c: st.sampled_from(_values(c)) for c in _columns(a)})
    record = st.builds(lambda changes, keep: {**(base if keep else {}), **changes}, one, st.booleans())
    return st.lists(record, min_size=1, max_size=4)


def _expected(r: BatchResult, lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {"baris": r.row, "hasil": r.status}
    if r.errors:
        out["kesalahan"] = [(e.field, e.column, e.text(lang)) for e in r.errors]
    elif isinstance(r.outcome, Verdict):
        out["reasons"] = [(x.code, x.status.value, x.text(lang), str(x.citation)) for x in r.outcome.reasons]
        out["advice"] = [(x.code, x.text(lang), str(x.citation)) for x in r.outcome.advice]
    else:
        cols = r.columns(lang)
        out["hasil_perhitungan"] = {k: v for k, v in cols.items() if k not in ("baris", "hasil", "kesalahan")}
    return out


def _got(body: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"baris": body["baris"], "hasil": body["hasil"]}
    if "kesalahan" in body:
        out["kesalahan"] = [(e["field"], e["column"], e["message"]) for e in body["kesalahan"]]
    elif "reasons" in body:
        out["reasons"] = [(x["code"], x["status"], x["message"], x["citation"]["teks"]) for x in body["reasons"]]
        out["advice"] = [(x["code"], x["message"], x["citation"]["teks"]) for x in body["advice"]]
    else:
        out["hasil_perhitungan"] = body["hasil_perhitungan"]
    return out


def _check(client: TestClient, a: Aturan, records: list[dict[str, Any]], lang: str) -> None:
    _, params, tanggal = EXAMPLES.get(a.nama, ({}, {}, "2025-07-01"))
    tanggal = tanggal or ON.isoformat()
    on = date.fromisoformat(tanggal)
    query = {**params, "tanggal": tanggal, "lang": lang}
    expected = [_expected(r, lang) for r in run(a, records, on=on, **params)]
    batch = client.post(f"/periksa/{a.nama}/batch", params=query, json=records)
    assert batch.status_code == 200
    assert [_got(b) for b in batch.json()] == expected
    single = client.post(f"/periksa/{a.nama}", params=query, json=records[0])
    body = single.json()
    if expected[0]["hasil"] == "INVALID":
        assert single.status_code == 422 and body["hasil"] == "INVALID"
        assert [(e["field"], e["column"], e["message"]) for e in body["kesalahan"]] == expected[0]["kesalahan"]
    else:
        assert single.status_code == 200
        assert _got(body) == expected[0]


@pytest.mark.parametrize("nama", [a.nama for a in daftar_aturan()])
def test_api_equals_batch_run(client: TestClient, nama: str) -> None:
    a = next(x for x in daftar_aturan() if x.nama == nama)

    @settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
              deadline=None)
    @given(records=_records(a), lang=st.sampled_from(["id", "en"]))
    def check(records: list[dict[str, Any]], lang: str) -> None:
        _check(client, a, records, lang)

    check()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(status=st.sampled_from(["PNS", "CPNS", "TNI", "POLRI"]),
       golongan=st.sampled_from(["I/d", "II/a", "II/b", "III/a", "IV/a"]),
       pendidikan=st.sampled_from(["SD", "SMP", "SMA", "D-III", "S-1"]),
       jenis=st.sampled_from(["pengeluaran", "penerimaan"]),
       surat_tugas=st.sampled_from([True, False, None]), diblokir=st.sampled_from([True, False, None]))
def test_api_equals_check_bendahara(client: TestClient, status: str, golongan: str, pendidikan: str, jenis: str,
                                    surat_tugas: bool | None, diblokir: bool | None) -> None:
    from asnrules import JenisBendahara, Pegawai
    from asnrules.eligibility.bendahara import check_bendahara

    fields: dict[str, Any] = {"status": status, "pendidikan": pendidikan}
    if status in ("PNS", "CPNS"):
        fields["golongan"] = golongan
    record: dict[str, Any] = dict(fields)
    if surat_tugas is not None:
        record["surat_tugas"] = surat_tugas
    if diblokir is not None:
        record["diblokir"] = diblokir
    v = check_bendahara(Pegawai(**fields), JenisBendahara.parse(jenis), on=ON, surat_tugas=surat_tugas,
                        sertifikat=None, diblokir=diblokir)
    body = client.post("/periksa/bendahara", params={"tanggal": ON.isoformat(), "jenis": jenis}, json=record).json()
    assert body["hasil"] == v.status.value
    assert [(x["code"], x["status"], x["citation"]["teks"]) for x in body["reasons"]] == \
        [(x.code, x.status.value, str(x.citation)) for x in v.reasons]
