"""The ``asnrules pantau`` subcommand (registered by :mod:`asnrules.cli`; kept here, beside the monitoring).

    asnrules pantau pegawai.xlsx --tanggal 2025-07-01 -o pantau.xlsx --grafik folder/

Reads the workforce table (.csv/.xlsx/.jsonl), prints the per-unit summary, writes the workbook (alerts per
person, summary per unit) and the pictures. Exit code 0 when the run completed (however many bad rows).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import IO, Any

from asnrules.core import InvalidInput, format_id

__all__ = ["tambah_parser", "jalankan"]

_HELP = {
    "id": {
        "pantau": "pemantauan pembinaan karier (SI JAFUNG): peringatan per pegawai, ringkasan per unit, grafik",
        "file": "berkas pegawai .csv/.xlsx/.jsonl",
        "tanggal": "tanggal acuan YYYY-MM-DD (wajib)",
        "output": "berkas .xlsx keluaran (lembar peringatan dan ringkasan_unit)",
        "grafik": "folder untuk grafik PNG dan SVG",
        "format": "format masukan bila tidak dari akhiran berkas (csv, jsonl, xlsx)",
        "ambang": "ambang 'perlu pembinaan': bagian pegawai terdampak per unit, 0-1 (bawaan 0,25)",
        "param": "parameter untuk seluruh berkas, mis. -p hari_bnt=60 -p bulan_pensiun=6",
    },
    "en": {
        "pantau": "career monitoring (SI JAFUNG): alerts per employee, summary per unit, pictures",
        "file": "employee file .csv/.xlsx/.jsonl",
        "tanggal": "reference date YYYY-MM-DD (required)",
        "output": "output .xlsx file (sheets peringatan and ringkasan_unit)",
        "grafik": "folder for the PNG and SVG pictures",
        "format": "input format when not given by the file extension (csv, jsonl, xlsx)",
        "ambang": "'coaching needed' threshold: share of officials affected per unit, 0-1 (default 0.25)",
        "param": "parameter for the whole file, e.g. -p hari_bnt=60 -p bulan_pensiun=6",
    },
}


def tambah_parser(add: Callable[[str, str], argparse.ArgumentParser], lang: str = "id") -> argparse.ArgumentParser:
    """Add the ``pantau`` subcommand through the CLI's ``add(name, help)``."""
    h = _HELP.get(lang, _HELP["id"])
    sp = add("pantau", h["pantau"])
    sp.add_argument("file", metavar="BERKAS", help=h["file"])
    sp.add_argument("--tanggal", "-t", required=True, help=h["tanggal"])
    sp.add_argument("-o", "--output", help=h["output"])
    sp.add_argument("--grafik", "-g", metavar="FOLDER", help=h["grafik"])
    sp.add_argument("--format", "-f", help=h["format"])
    sp.add_argument("--ambang", default="0.25", help=h["ambang"])
    sp.add_argument("--param", "-p", action="append", default=[], metavar="NAMA=NILAI", help=h["param"])
    return sp


def jalankan(args: Any, lang: str, out: IO[str]) -> int:
    """Run ``asnrules pantau``; raises :class:`InvalidInput` (exit 2 in the CLI) for bad options."""
    from asnrules.batch.dates import parse_tanggal
    from asnrules.batch.files import detect_format, read_rows
    from asnrules.pantau.ringkasan import pantau

    on = parse_tanggal(args.tanggal, "--tanggal")
    if args.output and not str(args.output).lower().endswith(".xlsx"):
        raise InvalidInput("--output", args.output, "berkas .xlsx", "an .xlsx file")
    params: dict[str, Any] = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or name.strip() not in ("hari_bnt", "bulan_pensiun", "hari_perpindahan"):
            raise InvalidInput("--param", item, "hari_bnt=N, bulan_pensiun=N atau hari_perpindahan=N",
                               "hari_bnt=N, bulan_pensiun=N or hari_perpindahan=N")
        params[name.strip()] = value.strip()
    fmt = detect_format(args.file, args.format)
    laporan = pantau(read_rows(args.file, fmt), on=on, ambang_pembinaan=args.ambang, **params)
    en = lang == "en"
    out.write(("Monitoring on " if en else "Pemantauan per ") + on.isoformat() + "\n")
    for u in laporan.ringkasan:
        share = f"{u.persentase_terdampak}" if en else format_id(u.persentase_terdampak, 2)
        flag = (" — coaching needed" if en else " — perlu pembinaan") if u.perlu_pembinaan else ""
        bad = f", {u.baris_tidak_valid} {'invalid rows' if en else 'baris tidak valid'}" if u.baris_tidak_valid else ""
        out.write(f"  {u.unit_kerja}: {u.jumlah_peringatan} {'alerts' if en else 'peringatan'}, "
                  f"{u.pegawai_terdampak}/{u.jumlah_pegawai} {'affected' if en else 'terdampak'} ({share}%){bad}{flag}\n")
    n_bad = len(laporan.tidak_valid)
    out.write(f"{len(laporan.hasil)} {'rows' if en else 'baris'}, {n_bad} {'invalid' if en else 'tidak valid'}\n")
    if args.output:
        from asnrules.pantau.ekspor import tulis_xlsx

        out.write(f"-> {tulis_xlsx(laporan, args.output, lang=lang)}\n")
    if args.grafik:
        from asnrules.pantau.ekspor import tulis_grafik

        for p in tulis_grafik(laporan, args.grafik, lang=lang):
            out.write(f"-> {p}\n")
    return 0
