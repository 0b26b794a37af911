"""Every public parser, fed anything, answers with a value or an InvalidInput naming its field (issue 12
item 1, issue 13 items 8-10, 12): no other exception escapes, and no input makes a parser slow (size caps
in code; the times are printed by benchmarks/bench_parsers_adversarial.py, never asserted here)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asnrules import Golongan, Ijazah, NIP, PangkatPolri, PangkatTNI, Pendidikan
from asnrules.batch.columns import parse_bool
from asnrules.batch.dates import parse_tanggal
from asnrules.batch.registry import _sertifikat_bnt, converter_for
from asnrules.core import InvalidInput, to_decimal, to_int
from asnrules.models import JenisBendahara, JenjangJabatan, PredikatKinerja, StatusKepegawaian

# ------------------------------------------------------------------------------------------ inputs

_ADVERSARIAL_TEXT = st.sampled_from([
    "III/e", "II/e", "I/e", "iv/f", "1e999999", "-1e999999", "1e-999999", "NaN", "inf", "-", "", " ",
    "\x00", "\u202e", "x" + "," * 400 + "y", " " * 400, "9" * 400, "1" * 18, "-" + "1" * 18, "0E-999999",
    "1.250", "1,2,3", "31-02-2020", "0000-00-00", "99999999", "Penata Muda, III/e", "S-1 Akuntansi",
])
TEXT = st.one_of(st.text(), st.text(alphabet="IVXivx/.,- abcde0123456789", max_size=30), _ADVERSARIAL_TEXT)
SCALARS = st.one_of(
    TEXT,
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True), st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from([Decimal("1E+28"), Decimal("1E-999999"), Decimal("-0"), Decimal("sNaN")]),
    st.builds(lambda: 10**5000),  # a whole number str() refuses to print
    st.dates(), st.datetimes(), st.binary(max_size=20),
    st.sampled_from(list(Golongan) + list(Pendidikan) + [object(), NIP.parse("198608152004121005")]),
)
ANYTHING = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.tuples(inner), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=6)

# (name, parser, field the error must name)
PARSERS: list[tuple[str, Callable[[Any], Any], str]] = [
    ("Golongan.parse", lambda v: Golongan.parse(v, "golongan"), "golongan"),
    ("Golongan.parse (no field)", Golongan.parse, "Golongan"),
    ("Pendidikan.parse", lambda v: Pendidikan.parse(v, "pendidikan"), "pendidikan"),
    ("PangkatTNI.parse", lambda v: PangkatTNI.parse(v, "pangkat_tni"), "pangkat_tni"),
    ("PangkatPolri.parse", lambda v: PangkatPolri.parse(v, "pangkat_polri"), "pangkat_polri"),
    ("StatusKepegawaian.parse", lambda v: StatusKepegawaian.parse(v, "status"), "status"),
    ("JenjangJabatan.parse", lambda v: JenjangJabatan.parse(v, "jabatan"), "jabatan"),
    ("PredikatKinerja.parse", lambda v: PredikatKinerja.parse(v, "kinerja"), "kinerja"),
    ("JenisBendahara.parse", lambda v: JenisBendahara.parse(v, "jenis"), "jenis"),
    ("NIP.parse", NIP.parse, "nip"),
    ("Ijazah.parse", Ijazah.parse, "pendidikan"),
    ("parse_tanggal", lambda v: parse_tanggal(v, "tmt_golongan"), "tmt_golongan"),
    ("parse_bool", lambda v: parse_bool(v, "sehat"), "sehat"),
    ("to_decimal", lambda v: to_decimal(v, "ak"), "ak"),
    ("to_int", lambda v: to_int(v, "jamlat"), "jamlat"),
    ("converter bool", lambda v: converter_for(bool)(v, "surat_tugas"), "surat_tugas"),
    ("converter date", lambda v: converter_for(date)(v, "tanggal"), "tanggal"),
    ("converter int", lambda v: converter_for(int)(v, "jumlah"), "jumlah"),
    ("converter Decimal", lambda v: converter_for(Decimal)(v, "nilai"), "nilai"),
    ("converter str", lambda v: converter_for(str)(v, "nama"), "nama"),
    ("converter Golongan", lambda v: converter_for(Golongan)(v, "golongan"), "golongan"),
    ("converter Pendidikan", lambda v: converter_for(Pendidikan | None)(v, "ijazah"), "ijazah"),
    ("converter Ijazah", lambda v: converter_for(Ijazah)(v, "ijazah"), "ijazah"),
    ("converter sertifikat", lambda v: _sertifikat_bnt(v, "sertifikat"), "sertifikat"),
]


def _same(a: object, b: object) -> bool:
    try:
        return a is b or bool(a == b) or (a != a and b != b)
    except Exception:  # noqa: BLE001 - a value that cannot compare (decimal signalling NaN)
        return False


@pytest.mark.parametrize("name, parse, field", PARSERS, ids=[p[0] for p in PARSERS])
@given(value=ANYTHING)
def test_any_input_gives_a_value_or_invalid_input_naming_the_field(
        name: str, parse: Callable[[Any], Any], field: str, value: Any) -> None:
    try:
        parse(value)
    except InvalidInput as exc:
        assert exc.field == field
        # the value named is the input (or its text form: NIP.parse reads an int as its digits)
        assert _same(exc.value, value) or isinstance(value, (int, dict, list, tuple))
        assert exc.message and exc.message_en


# ------------------------------------------------------------------------------------------ item 1

@pytest.mark.parametrize("text", ["III/e", "II/e", "I/e", "3e", "Gol. II/e", "Pengatur, II/e", "(I/e) Juru"])
def test_golongan_ruang_e_exists_only_for_iv_so_others_are_invalid_input(text: str) -> None:
    with pytest.raises(InvalidInput) as e:
        Golongan.parse(text, "golongan")
    assert e.value.field == "golongan" and e.value.value == text
    assert "IV/e" in e.value.message  # the message lists what exists


def test_golongan_iv_e_still_parses() -> None:
    assert Golongan.parse("IV/e") is Golongan.IV_E
    assert Golongan.parse("Pembina Utama, IV/e") is Golongan.IV_E


# ------------------------------------------------------------------------------------------ item 2

@pytest.mark.parametrize("parse", [Golongan.parse, Pendidikan.parse, PangkatTNI.parse, PangkatPolri.parse])
def test_size_cap_refuses_a_long_cell_before_parsing(parse: Callable[[Any], Any]) -> None:
    text = "x" + "," * 40_000 + "y"
    with pytest.raises(InvalidInput) as e:
        parse(text)
    assert e.value.value == text and "200" in e.value.message
    assert len(e.value.message) < 1000  # the value is cut in the message, not echoed whole


@pytest.mark.parametrize("value", ["1e999999", "1E+19", 10**5000, Decimal("1e999999"), "9" * 19],
                         ids=["text-1e999999", "text-1E+19", "int-5001-digits", "decimal-1e999999", "19-nines"])
def test_whole_numbers_are_limited_in_digits_and_exponent(value: object) -> None:
    with pytest.raises(InvalidInput) as e:
        to_int(value, "pengalaman_pk_apbn_tahun")
    assert e.value.field == "pengalaman_pk_apbn_tahun"
    assert "18" in e.value.message


@pytest.mark.parametrize("value", ["1e999999", "-1e999999", Decimal("1E-999999"), "1" * 101])
def test_decimals_are_limited_in_size(value: object) -> None:
    with pytest.raises(InvalidInput) as e:
        to_decimal(value, "ak_utama")
    assert e.value.field == "ak_utama"


def test_zero_with_any_exponent_is_zero() -> None:
    assert to_decimal("0E-999999") == 0
    assert to_decimal("0,00") == Decimal("0.00")
    assert to_int("123456789012345678") == 123456789012345678  # 18 digits: the most accepted


def test_a_period_of_40000_spaces_is_refused_at_once() -> None:
    from asnrules.batch.columns import _periode_cell

    with pytest.raises(InvalidInput) as e:
        _periode_cell(" " * 40_000, "tugas_belajar")
    assert e.value.field == "tugas_belajar"


@pytest.mark.parametrize("text", ["2023-09-01 s.d. 2025-08-31", "2023-09-01 s/d 2025-08-31", "2023-09-01 - 2025-08-31",
                                  "2023-09-01–2025-08-31", "2023-09-01 sampai dengan 2025-08-31",
                                  "01-09-2023  sd  31-08-2025"])
def test_period_separators_still_split(text: str) -> None:
    from asnrules.batch.columns import _periode_cell

    assert _periode_cell(text, "tugas_belajar") == {"mulai": date(2023, 9, 1), "selesai": date(2025, 8, 31)}


# ------------------------------------------------------------------------------------------ item 3

@pytest.mark.parametrize("value", [Decimal("1E+28"), Decimal("-1E+28"), Decimal("1E-999999"), Decimal("42826.5"),
                                   Decimal("Infinity"), Decimal("NaN"), float("inf"), 1e300])
def test_parse_tanggal_of_huge_or_odd_numbers_is_invalid_input(value: object) -> None:
    with pytest.raises(InvalidInput) as e:
        parse_tanggal(value, "tmt_golongan")
    assert e.value.field == "tmt_golongan"


@pytest.mark.parametrize("value", [-198608152004121005, 1198608152004121005, 0, -1, 1.98608152004121e17])
def test_nip_is_18_digits_nothing_else(value: object) -> None:
    with pytest.raises(InvalidInput) as e:
        NIP.parse(value)
    assert e.value.field == "nip"


def test_nip_stored_as_a_number_by_excel_says_what_happened_and_how_to_fix_it() -> None:
    with pytest.raises(InvalidInput) as e:
        NIP.parse(1.98608152004121e17)
    assert "Excel" in e.value.message and "Teks" in e.value.message
    assert "Text" in e.value.message_en


@pytest.mark.parametrize("value", [["Pengeluaran 2021-03-15"], [{"jenis": "PENGELUARAN", "tanggal": "2021-03-15"}],
                                   [{"jenis": "PENGELUARAN"}], [5], [None], 5, date(2021, 3, 15),
                                   [{"jenis": "PENGELUARAN", "terbit": "2021-03-15", "berlaku_sampai": "2020-01-01"}]])
def test_sertifikat_in_an_unexpected_shape_names_the_field_and_the_expected_keys(value: object) -> None:
    with pytest.raises(InvalidInput) as e:
        _sertifikat_bnt(value, "sertifikat")
    assert e.value.field == "sertifikat"
    if isinstance(value, list) and value and not isinstance(value[0], dict):
        assert "jenis" in e.value.message and "terbit" in e.value.message


def test_sertifikat_as_json_objects_is_read() -> None:
    (s,) = _sertifikat_bnt([{"jenis": "pengeluaran", "nomor": 12, "terbit": "2021-03-15"}], "sertifikat")
    assert s.jenis is JenisBendahara.PENGELUARAN and s.nomor == "12" and s.terbit == date(2021, 3, 15)


def test_sample_path_serves_only_the_bundled_samples() -> None:
    from asnrules.batch import SAMPLES, sample_path

    for name in SAMPLES:
        assert sample_path(name).is_file()
    for bad in ("/etc/passwd", "../../pyproject.toml", "sample/../x.csv", "", 5):
        with pytest.raises(InvalidInput) as e:
            sample_path(bad)  # type: ignore[arg-type]
        assert e.value.field == "name" and e.value.value == bad


# ------------------------------------------------------------------------------------------ item 5: values shown

def test_invalid_input_shows_values_as_a_person_reads_them() -> None:
    e = InvalidInput("tmt", date(1970, 1, 1), "x")
    assert "1 Januari 1970" in e.message and "1970-01-01" in e.message_en
    e = InvalidInput("golongan", Golongan.II_A, "x")
    assert "II/a" in e.message and "<" not in e.message and "Golongan" not in e.message
    e = InvalidInput("params", {"status": None}, "x")
    assert "kosong" in e.message and "empty" in e.message_en and "None" not in e.message + e.message_en
    e = InvalidInput("waktu", datetime(2020, 1, 1), "x")
    assert "datetime" not in e.message


# ------------------------------------------------------------------------------------------ through batch.run

_ON = date(2025, 7, 1)

_PEGAWAI_BAIK: dict[str, Any] = {
    "status": "PNS", "nip": "19860815 200412 1 005", "golongan": "III/a", "tmt_golongan": "2020-04-01",
    "pendidikan": "S-1 Akuntansi", "tanggal_lahir": "1986-08-15", "jabatan": "Ahli Pertama", "tmt_jabatan": "2021-01-01",
    "kinerja_2024": "Baik", "kinerja_2023": "Baik", "hukuman_disiplin": "tidak ada", "tugas_belajar": "tidak",
    "cltn": "tidak", "sedang_diperiksa": "tidak", "sehat": "ya", "integritas": "ya", "pengalaman_pk_apbn_tahun": "3",
}
_CALON = ["ya", "2024-01-02", "3", "Ahli Pertama", "III/a", "S-1 Akuntansi", "PENGELUARAN", "pengangkatan_pertama",
          "LULUS", "tidak ada", "80", "198608152004121005", "Budi"]


def _baris_baik(nama: str) -> dict[str, Any]:
    """A row every cell of which the rule accepts: the employee columns, and for each parameter or model field
    the first candidate its converter takes."""
    from asnrules.batch import aturan
    from asnrules.batch.registry import _raw, convert_param

    a = aturan(nama)
    row: dict[str, Any] = dict(_PEGAWAI_BAIK) if a.pakai_pegawai else {}
    for p in (*a.parameter, *a.model_fields):
        if p.nama in a.contoh:
            row[p.nama] = a.contoh[p.nama]
            continue
        if p.convert is _raw:  # read by the model itself (a list of positions, a period …): left empty
            continue
        for c in _CALON:
            try:
                convert_param(p, c)
            except Exception:  # noqa: BLE001 - not this candidate
                continue
            row[p.nama] = c
            break
    return row


_BURUK: list[Any] = [
    "III/e", "xyz", "1e999999", "1e-999999", date(1970, 1, 1), datetime(1970, 1, 1, 5), Decimal("1E+28"), Decimal("2.5"),
    Golongan.II_A, Pendidikan.S1, None, "", float("nan"), -1, 10**30, [1], {"a": None}, ("x",), True, object(), b"x",
    "2017-04-01", "0", "ya", "x" * 5000,
]
_PYTHON_TEXT = ("datetime.", "None", "Decimal(", "object at 0x", "np.", "Timestamp(")


def _aturan_names() -> list[str]:
    from asnrules.batch import daftar_aturan

    return [a.nama for a in daftar_aturan()]


@pytest.mark.parametrize("nama", _aturan_names())
def test_no_python_text_in_any_message_of_any_rule(nama: str) -> None:
    """Every registered rule, bad and empty cells: no message shows Python's repr of a value (issue 12 item 10)."""
    import re

    from asnrules.batch import aturan, run

    a = aturan(nama)
    good = _baris_baik(nama)
    columns = list(dict.fromkeys([*good, *(p.nama for p in a.parameter), *(f.nama for f in a.model_fields)]))
    rows: list[dict[str, Any]] = [good, {}, dict.fromkeys(columns, "")]
    for col in columns:
        rows.extend({**good, col: bad} for bad in _BURUK)
    results = list(run(nama, rows, on=_ON))
    assert len(results) == len(rows)
    class_names = {t.__name__ for t in (Golongan, Pendidikan, NIP, Ijazah, JenisBendahara, PangkatTNI, PangkatPolri,
                                        StatusKepegawaian, JenjangJabatan, PredikatKinerja)}
    outcome_types = {type(r.outcome).__name__ for r in results if r.outcome is not None}
    class_repr = re.compile(r"\b(" + "|".join(sorted(class_names | outcome_types | {"JumlahTersedia", "HasilKJF",
                                                                                 "SertifikatBNT"})) + r")\(")
    for r in results:
        for lang in ("id", "en"):
            for key, text in r.columns(lang).items():
                if not isinstance(text, str) or key in columns:
                    continue
                for bad in _PYTHON_TEXT:
                    assert bad not in text, (nama, r.row, key, text)
                assert not re.search(r"<[A-Za-z_]", text), (nama, r.row, key, text)  # <Golongan.II_A: …>; "< 1" is text
                if lang == "id":  # a date shown to a clerk is "1 Januari 1970", not str(date)
                    assert not re.search(r"[(:] ?\d{4}-\d{2}-\d{2}\)|lahir \d{4}-\d{2}", text), (nama, r.row, key, text)
                assert not class_repr.search(text), (nama, r.row, key, text)
                assert "(" + "HasilKJF" not in text


@pytest.mark.parametrize("nama", _aturan_names())
def test_tiny_and_huge_numbers_in_date_cells_name_their_column(nama: str) -> None:
    """``1e-999999``/``1e999999``/``Decimal("1E+28")`` in any cell: INVALID naming the column, never "tak terduga"."""
    from asnrules.batch import run

    good = _baris_baik(nama)
    rows = [{**good, col: bad} for col in good for bad in ("1e-999999", "1e999999", Decimal("1E+28"),
                                                          Decimal("1E-999999"))]
    for r in run(nama, rows, on=_ON):
        text = r.columns()["kesalahan"]
        assert "tak terduga" not in text, (nama, r.row, text)
        for e in r.errors:
            assert e.field or e.column, (nama, r.row, text)


@pytest.mark.parametrize("nama, row", [
    ("inpassing_tabel", {"golongan": "III/a", "pendidikan": "{}", "masa_kerja_tahun": "4"}),
    ("inpassing_tabel", {"golongan": "III/a", "ijazah": "{}", "masa_kerja_tahun": "4"}),
    ("pelamar_cpns", {"pendidikan": "{}"}),
    ("nilai_ijazah", {"ijazah": "{}"}),
    ("inpassing", {"status": "PNS", "golongan": "III/a", "pendidikan": "{}", "tmt_golongan": "2020-01-01"}),
    ("bendahara", {"status": "PNS", "golongan": "II/b", "pendidikan": "{}", "surat_tugas": "ya"}),
])
@pytest.mark.parametrize("ijazah", ["S-1 Akuntansi", "D-IV Akuntansi", "Diploma IV Keuangan", "S1"])
def test_one_education_vocabulary_for_every_rule(nama: str, row: dict[str, str], ijazah: str) -> None:
    """issue 12 item 6: the rules that read an education level accept the same diploma texts."""
    from asnrules.batch import run

    cells = {k: (ijazah if v == "{}" else v) for k, v in row.items()}
    (r,) = run(nama, [cells], on=_ON, **({"jenis": "pengeluaran"} if nama == "bendahara" else {}))
    assert r.status != "INVALID", r.columns()["kesalahan"]
    if nama == "inpassing_tabel":
        assert r.columns()["angka_kredit"] == "148"  # S-1/D-IV, III/a, 4 years (Lampiran III huruf B)
    if nama == "pelamar_cpns":
        assert "pendidikan" not in r.columns()["kesalahan"]


def test_pendidikan_parse_reads_the_level_of_a_diploma_with_its_field() -> None:
    assert Pendidikan.parse("S-1 Akuntansi") is Pendidikan.S1
    assert Pendidikan.parse("D-IV Akuntansi") is Pendidikan.S1
    assert Pendidikan.parse("Diploma III Keuangan Negara") is Pendidikan.D3
    ij = Ijazah.parse("S-1 Akuntansi Keuangan")
    assert ij.jenjang is Pendidikan.S1 and ij.bidang == "Akuntansi Keuangan"
    with pytest.raises(InvalidInput) as e:
        Pendidikan.parse("Akuntansi S-1", "pendidikan")  # the level comes first, as on a diploma
    assert e.value.field == "pendidikan" and e.value.value == "Akuntansi S-1"


# ------------------------------------------------------------------------------------------ pandas / numpy cells

pd = pytest.importorskip("pandas")
np = pytest.importorskip("numpy")


@pytest.mark.parametrize("missing", [None, "", float("nan"), np.nan, np.float64("nan"), pd.NA, pd.NaT,
                                     np.datetime64("NaT")], ids=repr)
@pytest.mark.parametrize("nama, column, params", [
    ("bendahara", "tmt_golongan", {"jenis": "pengeluaran"}),
    ("bendahara", "surat_tugas", {"jenis": "pengeluaran"}),
    ("bendahara", "golongan", {"jenis": "pengeluaran"}),
    ("inpassing", "tmt_golongan", {}),
    ("pengangkatan_pertama", "sehat", {}),
    ("inpassing_tabel", "masa_kerja_tahun", {}),
    ("kenaikan_pangkat", "ak_utama", {}),
    ("pelamar_cpns", "tanggal_lahir", {}),
])
def test_dataframe_missing_markers_are_empty_cells(missing: Any, nama: str, column: str,
                                                  params: dict[str, str]) -> None:
    """NaN, pd.NA, pd.NaT, None and float('nan') give exactly the result of "" (an unknown fact)."""
    from asnrules.batch import run

    good = _baris_baik(nama)
    expected = next(run(nama, [{**good, column: ""}], on=_ON, **params)).columns()
    got = next(run(nama, [{**good, column: missing}], on=_ON, **params)).columns()
    assert got == expected


@pytest.mark.parametrize("nama, column, value, plain, params", [
    ("bendahara", "surat_tugas", np.bool_(True), "ya", {"jenis": "pengeluaran"}),
    ("bendahara", "diblokir", np.bool_(False), "tidak", {"jenis": "pengeluaran"}),
    ("bendahara", "surat_tugas", np.int64(1), "ya", {"jenis": "pengeluaran"}),
    ("bendahara", "tmt_golongan", pd.Timestamp("2020-04-01"), "2020-04-01", {"jenis": "pengeluaran"}),
    ("bendahara", "tmt_golongan", np.datetime64("2020-04-01"), "2020-04-01", {"jenis": "pengeluaran"}),
    ("inpassing", "tmt_golongan", pd.Timestamp("2016-04-01"), "2016-04-01", {}),
    ("inpassing", "tanggal_lahir", np.datetime64("1986-08-15T00:00:00"), "1986-08-15", {}),
    ("inpassing_tabel", "masa_kerja_tahun", np.int64(4), "4", {}),
    ("inpassing_tabel", "masa_kerja_tahun", np.float64(4.0), "4", {}),
    ("ak_pelatihan", "jamlat", np.int32(40), "40", {}),
    ("kenaikan_pangkat", "ak_utama", np.int64(100), "100", {}),
    ("pengangkatan_pertama", "pengalaman_pk_apbn_tahun", np.int64(3), "3", {}),
    ("bendahara", "nip", np.int64(198608152004121005), "198608152004121005", {"jenis": "pengeluaran"}),
    ("pelamar_cpns", "tanggal_lahir", pd.Timestamp("1999-01-31"), "1999-01-31", {}),
])
def test_numpy_and_pandas_scalars_are_read_as_their_python_values(
        nama: str, column: str, value: Any, plain: str, params: dict[str, str]) -> None:
    from asnrules.batch import run

    good = _baris_baik(nama)
    expected = next(run(nama, [{**good, column: plain}], on=_ON, **params)).columns()
    got = next(run(nama, [{**good, column: value}], on=_ON, **params)).columns()
    assert got == expected
    assert got["hasil"] != "INVALID", got["kesalahan"]


def test_a_nip_stored_as_a_float_is_refused_not_rounded_into_another_nip() -> None:
    from asnrules.batch import run

    good = _baris_baik("bendahara")
    (r,) = run("bendahara", [{**good, "nip": np.float64(1.98608152004121e17)}], on=_ON, jenis="pengeluaran")
    assert r.status == "INVALID"
    (e,) = r.errors
    assert e.field == "nip" and "Excel" in e.message and "np.float64" not in e.message


def test_a_dataframe_through_the_row_engine() -> None:
    from asnrules.batch import run

    df = pd.DataFrame({
        "STATUS": ["PNS", "PNS", "PNS"],
        "GOL. RUANG": ["II/b", "II/a", None],
        "TMT GOL": [pd.Timestamp("2020-04-01"), pd.NaT, pd.Timestamp("2019-01-01")],
        "PENDIDIKAN TERAKHIR": ["SMA", "S-1 Akuntansi", pd.NA],
        "SURAT TUGAS": pd.array([True, None, False], dtype="boolean"),
    })
    results = list(run("bendahara", df.to_dict("records"), on=_ON, jenis="pengeluaran"))
    assert [r.status for r in results] == ["INCOMPLETE", "NOT_ELIGIBLE", "NOT_ELIGIBLE"]
    assert all(not r.errors for r in results)
    rows_itertuples = [dict(zip(df.columns, t[1:])) for t in df.itertuples()]
    assert [r.columns() for r in run("bendahara", rows_itertuples, on=_ON, jenis="pengeluaran")] == \
        [r.columns() for r in results]


def test_plain_cell_never_imports_pandas_or_numpy() -> None:
    import subprocess
    import sys

    code = ("import sys; from asnrules.core.cells import plain_cell; from asnrules.batch.columns import is_empty; "
            "assert plain_cell(float('nan')) is None and is_empty(float('nan')); "
            "assert 'numpy' not in sys.modules and 'pandas' not in sys.modules, sorted(sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("number", ["1e999999", "-1e999999", "1e-999999", "1E+19"])
def test_a_huge_json_number_in_a_whole_number_column_is_refused_naming_it(tmp_path: Any, number: str) -> None:
    """issue 13 item 8: ``1e999999`` as a JSON number in ``PENGALAMAN PK APBN (TAHUN)`` is refused, not expanded."""
    from asnrules.batch import run
    from asnrules.batch.files import read_rows

    f = tmp_path / "x.jsonl"
    f.write_text('{"STATUS": "PNS", "GOL. RUANG": "III/a", "PENGALAMAN PK APBN (TAHUN)": %s}\n' % number,
                 encoding="utf-8")
    (r,) = run("pengangkatan_pertama", read_rows(f, "jsonl"), on=_ON)
    assert r.status == "INVALID"
    (e,) = r.errors
    assert e.field == "pengalaman_pk_apbn_tahun" and e.column == "PENGALAMAN PK APBN (TAHUN)"
