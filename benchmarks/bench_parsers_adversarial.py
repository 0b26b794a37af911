"""Worst time of every public parser on 100 KB adversarial texts (issue 13 item 8).

    python benchmarks/bench_parsers_adversarial.py

Prints, per parser, the slowest of the adversarial inputs and its time; then the same for the regular
expressions behind the parsers applied directly to the 100 KB texts (past the size caps), which shows they
are linear: nothing backtracks super-linearly. No assertion: the numbers are for a reader (and CI logs).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from asnrules import Golongan, Ijazah, NIP, PangkatPolri, PangkatTNI, Pendidikan
from asnrules.batch import run
from asnrules.batch.columns import _PERIODE_SEP, _hukuman, _periode_cell, parse_bool
from asnrules.batch.dates import _ISO, _SERIAL, _TEXT, parse_tanggal
from asnrules.batch.registry import _sertifikat_bnt, converter_for
from asnrules.core import InvalidInput, to_decimal, to_int
from asnrules.models import JenjangJabatan, PredikatKinerja, StatusKepegawaian, bidang_pk_apbn
from asnrules.models._base import _SPACES
from asnrules.models.golongan import _CODE, _CODE_AT_END, _CODE_AT_START, _TINGKAT
from asnrules.models.nip import _SCIENTIFIC, _SEPARATORS

N = 100_000


def _texts(N: int = N) -> dict[str, str]:  # noqa: N803 - the size, as in the module constant
    return {
        "x,,,…,y": "x" + "," * N + "y",
        "spaces": " " * N,
        "spaces+x": " " * N + "x",
        "digits": "1" * N,
        "iiii": "i" * N,
        "i i i": "i " * (N // 2),
        "((((": "(" * N,
        "----": "-" * N,
        "tabs/newlines": "\t\n" * (N // 2),
        "1e9999…": "1e" + "9" * (N - 2),
        "1,1,1": "1," * (N // 2),
        "1.1.1": "1." * (N // 2),
        "date-ish": "01-01-" + "2" * (N - 6),
        "s.d. s.d.": "2023-09-01 " + "s.d. " * (N // 5),
        "words": "S-1 " * (N // 4),
        "rank suffixes": "sertu " + "inf " * (N // 4),
        "tk. i": "penata tk. i " * (N // 13),
        "unicode": "é\u202e\x00" * (N // 3),
        "iii/a ×": "iii/a " * (N // 6),
        "semicolons": "Pengeluaran 2021-03-15;" * (N // 23),
    }


def _decimal(text: str) -> Any:
    """The text as a Decimal when Python can read it as one (``1e9999…``, ``1111…``), else the text."""
    try:
        return Decimal(text)
    except ArithmeticError:
        return text


PARSERS: dict[str, Callable[[str], Any]] = {
    "Golongan.parse": Golongan.parse,
    "Pendidikan.parse": Pendidikan.parse,
    "PangkatTNI.parse": PangkatTNI.parse,
    "PangkatPolri.parse": PangkatPolri.parse,
    "StatusKepegawaian.parse": StatusKepegawaian.parse,
    "JenjangJabatan.parse": JenjangJabatan.parse,
    "PredikatKinerja.parse": PredikatKinerja.parse,
    "NIP.parse": NIP.parse,
    "Ijazah.parse": Ijazah.parse,
    "parse_tanggal": parse_tanggal,
    "parse_bool": lambda t: parse_bool(t, "b"),
    "to_decimal": to_decimal,
    "to_int": to_int,
    "to_decimal(Decimal of the text)": lambda t: to_decimal(_decimal(t)),
    "periode cell": lambda t: _periode_cell(t, "tugas_belajar"),
    "hukuman_disiplin cell": lambda t: _hukuman({"hukuman_disiplin": t}),
    "sertifikat cell": lambda t: _sertifikat_bnt(t, "sertifikat"),
    "converter bool": lambda t: converter_for(bool)(t, "x"),
    "converter date": lambda t: converter_for(date)(t, "x"),
    "converter str": lambda t: converter_for(str)(t, "x"),
    "converter list[Ijazah]": lambda t: converter_for(list[Ijazah])(t, "x"),
    "bidang_pk_apbn": bidang_pk_apbn,
}

REGEXES: dict[str, Callable[[str], Any]] = {
    "golongan _CODE.match": _CODE.match,
    "golongan _CODE_AT_END.search": _CODE_AT_END.search,
    "golongan _CODE_AT_START.match": _CODE_AT_START.match,
    "golongan _TINGKAT.sub": lambda t: _TINGKAT.sub("tingkat i", t),
    "normalize (\\s+)": lambda t: _SPACES.sub(" ", t),
    "periode separator split": lambda t: _PERIODE_SEP.split(t, maxsplit=1),
    "date _ISO.fullmatch": _ISO.fullmatch,
    "date _TEXT.fullmatch": _TEXT.fullmatch,
    "date _SERIAL.fullmatch": _SERIAL.fullmatch,
    "nip _SCIENTIFIC.match": _SCIENTIFIC.match,
    "nip _SEPARATORS.sub": lambda t: _SEPARATORS.sub("", t),
}


def _worst(fn: Callable[[str], Any], texts: dict[str, str]) -> tuple[float, str, str]:
    try:  # warm up: the first call may import a rule module
        fn("x")
    except Exception:  # noqa: BLE001
        pass
    worst = (0.0, "", "")
    for name, text in texts.items():
        t0 = time.perf_counter()
        try:
            fn(text)
            outcome = "ok"
        except InvalidInput:
            outcome = "InvalidInput"
        except Exception as exc:  # noqa: BLE001 - reported, it is what the benchmark looks for
            outcome = f"ESCAPED {type(exc).__name__}"
        dt = time.perf_counter() - t0
        if dt >= worst[0] or outcome.startswith("ESCAPED"):
            worst = (max(dt, worst[0]), name, outcome)
    return worst


def _timed(fn: Callable[[str], Any], text: str) -> float:
    t0 = time.perf_counter()
    try:
        fn(text)
    except Exception:  # noqa: BLE001 - timed, not judged
        pass
    return time.perf_counter() - t0


def _batch_worst(texts: dict[str, str]) -> tuple[float, str]:
    """One row per adversarial text in every column of bendahara and inpassing, through batch.run."""
    from asnrules.batch.columns import KOLOM_PEGAWAI

    worst = (0.0, "")
    for name, text in texts.items():
        row = dict.fromkeys(KOLOM_PEGAWAI, text)
        row.update(status="PNS", sertifikat=text, surat_tugas=text, diblokir=text)
        for aturan, params in (("bendahara", {"jenis": "pengeluaran"}), ("inpassing", {})):
            t0 = time.perf_counter()
            (r,) = run(aturan, [row], on=date(2025, 7, 1), **params)
            dt = time.perf_counter() - t0
            assert "tak terduga" not in r.columns()["kesalahan"], r.columns()["kesalahan"][:200]
            if dt > worst[0]:
                worst = (dt, f"{aturan}/{name}")
    return worst


def main() -> None:
    texts = _texts()
    print(f"{len(texts)} adversarial texts of {N // 1000} KB each\n")
    print(f"{'parser':32} {'worst ms':>9}  on                 outcome")
    for name, fn in PARSERS.items():
        dt, on, outcome = _worst(fn, texts)
        print(f"{name:32} {dt * 1000:9.3f}  {on:18} {outcome}")
    # the patterns themselves, past the caps: the time at 200 KB over the time at 100 KB of the same text
    # is about 2 for a linear pattern (4 would be quadratic)
    texts2 = _texts(2 * N)
    print(f"\n{'regex, uncapped, on 100 KB':32} {'worst ms':>9}  {'on':18} 200 KB/100 KB")
    for name, fn in REGEXES.items():
        dt, on, _ = _worst(fn, texts)
        dt2 = min(_timed(fn, texts2[on]) for _ in range(3))
        dt1 = min(_timed(fn, texts[on]) for _ in range(3))
        print(f"{name:32} {dt * 1000:9.3f}  {on:18} {dt2 / dt1 if dt1 > 1e-5 else float('nan'):5.2f}")
    dt, on = _batch_worst(texts)
    print(f"\nbatch.run, one row, every column the text: worst {dt * 1000:.3f} ms ({on})")


if __name__ == "__main__":
    main()
