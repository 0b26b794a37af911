"""The web page at ``/``: server-rendered HTML, Indonesian by default, English with ``?lang=en``.

Everything the page needs (``/static/app.js``, ``/static/style.css``) is served by the app itself; the
script only sends the forms to the JSON API and draws the answer (the bar chart is plain SVG).
"""

from __future__ import annotations

import json
from html import escape

from asnrules.batch import KOLOM_PEGAWAI, Aturan, daftar_aturan
from asnrules.server.results import allowed_values

__all__ = ["render"]

_T: dict[str, dict[str, str]] = {
    "id": {
        "title": "Pemeriksa aturan karier ASN",
        "intro": "Periksa daftar pegawai hasil ekspor SIASN/SIMPEG, atau satu orang, terhadap aturan yang dipilih. "
                 "Setiap hasil menyebut dasar hukumnya. Data tidak disimpan di server.",
        "other_lang": "English", "other_href": "/?lang=en", "other_hreflang": "en",
        "setup": "1. Aturan, tanggal acuan dan parameter",
        "rule": "Aturan", "date": "Tanggal acuan", "date_help": "Wajib untuk aturan yang bergantung tanggal: hari yang dipakai untuk menghitung usia, masa kerja dsb.",
        "params": "Parameter aturan (untuk seluruh berkas; kolom berkas yang terisi lebih diutamakan)",
        "no_params": "Aturan ini tidak memiliki parameter.", "empty": "(kosong = tidak diketahui / dari kolom)",
        "apikey": "Kunci API",
        "upload": "2. Periksa berkas", "file": "Berkas ekspor (.xlsx atau .csv)", "check_file": "Periksa berkas",
        "person": "3. Periksa satu orang", "check_person": "Periksa",
        "more": "Kolom lain", "year": "Tahun", "rating": "Predikat kinerja",
        "docs": "Dokumentasi API (OpenAPI)",
        "footer": "asnrules — aturan sebagai kode. Hasil bersifat bantuan; keputusan tetap pada pejabat berwenang.",
    },
    "en": {
        "title": "ASN career rules checker",
        "intro": "Check a SIASN/SIMPEG employee export, or one person, against the chosen rule. Every result names "
                 "its legal basis. Nothing is stored on the server.",
        "other_lang": "Bahasa Indonesia", "other_href": "/?lang=id", "other_hreflang": "id",
        "setup": "1. Rule, reference date and parameters",
        "rule": "Rule", "date": "Reference date", "date_help": "Required by rules that depend on the date: the day used to compute age, years of service etc.",
        "params": "Rule parameters (for the whole file; a filled column of the file wins)",
        "no_params": "This rule has no parameters.", "empty": "(empty = unknown / from the column)",
        "apikey": "API key",
        "upload": "2. Check a file", "file": "Export file (.xlsx or .csv)", "check_file": "Check the file",
        "person": "3. Check one person", "check_person": "Check",
        "more": "Other columns", "year": "Year", "rating": "Performance rating",
        "docs": "API documentation (OpenAPI)",
        "footer": "asnrules — rules as code. Results assist; the decision stays with the competent official.",
    },
}

_JS_TEXT: dict[str, dict[str, str]] = {
    "id": {
        "ELIGIBLE": "Memenuhi syarat", "NOT_ELIGIBLE": "Tidak memenuhi syarat", "INCOMPLETE": "Data belum lengkap",
        "OK": "Dihitung", "OK_DENGAN_CATATAN": "Dihitung, dengan catatan errata", "NOT_APPLICABLE": "Aturan tidak berlaku", "INVALID": "Baris tidak valid",
        "summary": "Ringkasan", "rows": "Jumlah baris", "result": "Hasil", "count": "Jumlah",
        "chart": "Kriteria yang paling sering tidak terpenuhi", "no_failed": "Tidak ada kriteria yang gagal.",
        "errors": "Baris dengan kesalahan", "row": "Baris", "column": "Kolom", "message": "Pesan",
        "first": "Baris pertama beserta alasan dan dasar hukum", "name": "Nama", "reasons": "Alasan dan dasar hukum",
        "download": "Unduh hasil (.xlsx)", "busy": "Sedang memeriksa…", "failed": "Permintaan gagal",
        "ignored": "Kolom yang tidak dikenali (disalin, tidak dipakai)", "need_file": "Pilih berkas terlebih dahulu.",
        "criteria": "Kriteria", "explanation": "Penjelasan", "value": "Nilai", "none": "—",
        "downloaded": "Berkas hasil diunduh.",
        "MET": "Terpenuhi", "NOT_MET": "Tidak terpenuhi", "UNKNOWN": "Belum diketahui",
    },
    "en": {
        "ELIGIBLE": "Eligible", "NOT_ELIGIBLE": "Not eligible", "INCOMPLETE": "Incomplete data",
        "OK": "Computed", "OK_DENGAN_CATATAN": "Computed, with an errata note", "NOT_APPLICABLE": "Rule does not apply", "INVALID": "Invalid row",
        "summary": "Summary", "rows": "Rows", "result": "Result", "count": "Count",
        "chart": "Criteria failed most often", "no_failed": "No criterion failed.",
        "errors": "Rows with errors", "row": "Row", "column": "Column", "message": "Message",
        "first": "First rows with reasons and legal basis", "name": "Name", "reasons": "Reasons and legal basis",
        "download": "Download the result (.xlsx)", "busy": "Checking…", "failed": "The request failed",
        "ignored": "Unrecognised columns (copied, not used)", "need_file": "Choose a file first.",
        "criteria": "Criteria", "explanation": "Explanation", "value": "Value", "none": "—",
        "downloaded": "Result file downloaded.",
        "MET": "Met", "NOT_MET": "Not met", "UNKNOWN": "Unknown",
    },
}

_PEGAWAI_MAIN = ("status", "nip", "nama", "golongan", "tmt_golongan", "tanggal_lahir", "pendidikan", "jabatan",
                 "tmt_jabatan")
_HINT = {"status": "PNS, CPNS, PPPK, TNI, POLRI", "golongan": "III/b", "tmt_golongan": "2021-04-01",
         "tanggal_lahir": "1986-08-15", "tmt_jabatan": "2022-01-01", "pendidikan": "S-1 Akuntansi",
         "nip": "19860815 200412 1 005", "hukuman_disiplin": "Tidak ada", "tugas_belajar": "Tidak", "cltn": "Tidak"}


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _param_group(a: Aturan, t: dict[str, str], selected: bool) -> str:
    allowed = allowed_values(a)
    hidden = "" if selected else " hidden"
    if not a.parameter:
        return f'<div class="params" data-aturan="{_e(a.nama)}"{hidden}><p>{_e(t["no_params"])}</p></div>'
    items = []
    for p in a.parameter:
        ident = f"p-{a.nama}-{p.nama}"
        label = f"{p.nama}{' *' if p.wajib and not p.nullable else ''}"
        values = allowed.get(p.nama)
        if values:
            options = "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in values)
            empty = "" if p.wajib and not p.nullable else f'<option value="">{_e(t["empty"])}</option>'
            control = f'<select id="{_e(ident)}" name="{_e(p.nama)}" data-param>{empty}{options}</select>'
        else:
            control = f'<input id="{_e(ident)}" name="{_e(p.nama)}" data-param type="text" autocomplete="off">'
        items.append(f'<div class="field"><label for="{_e(ident)}">{_e(label)}</label>{control}</div>')
    return (f'<div class="params" data-aturan="{_e(a.nama)}"{hidden}>'
            f'<p class="help">{_e(t["params"])}</p>{"".join(items)}</div>')


def _person_fields(a: Aturan, t: dict[str, str], selected: bool) -> str:
    hidden = "" if selected else " hidden"
    params = {p.nama for p in a.parameter}

    def field(name: str) -> str:
        ident = f"f-{a.nama}-{name}"
        hint = _HINT.get(name, "")
        ph = f' placeholder="{_e(hint)}"' if hint else ""
        return (f'<div class="field"><label for="{_e(ident)}">{_e(name)}</label>'
                f'<input id="{_e(ident)}" name="{_e(name)}" data-field type="text" autocomplete="off"{ph}></div>')

    if a.pakai_pegawai:
        main = [field(n) for n in _PEGAWAI_MAIN]
        rest = [field(n) for n in KOLOM_PEGAWAI if n not in _PEGAWAI_MAIN and n != "kinerja" and n not in params]
        kin = []
        for i, year in enumerate(("2024", "2023")):
            y, r = f"k-{a.nama}-{i}-y", f"k-{a.nama}-{i}-r"
            kin.append(f'<div class="field pair"><label for="{y}">{_e(t["year"])}</label>'
                       f'<input id="{y}" data-kinerja-year type="text" inputmode="numeric" value="{year}">'
                       f'<label for="{r}">{_e(t["rating"])}</label>'
                       f'<input id="{r}" data-kinerja-rating type="text" placeholder="Baik"></div>')
        body = "".join(main) + "".join(kin) + (f'<details><summary>{_e(t["more"])}</summary>{"".join(rest)}</details>'
                                               if rest else "")
    else:
        names = [f.nama for f in a.model_fields]
        body = "".join(field(n) for n in names) if names else f'<p>{_e(t["no_params"])}</p>'
    return f'<div class="person" data-aturan="{_e(a.nama)}"{hidden}>{body}</div>'


def render(lang: str, need_key: bool = False) -> str:
    """The page in ``lang`` (``id`` or ``en``)."""
    t = _T["en" if lang == "en" else "id"]
    rules = daftar_aturan()
    first = rules[0].nama if rules else ""
    options = "".join(f'<option value="{_e(a.nama)}">{_e(a.nama)} — {_e(a.deskripsi_en if lang == "en" else a.deskripsi)}'
                      f'</option>' for a in rules)
    params = "".join(_param_group(a, t, a.nama == first) for a in rules)
    persons = "".join(_person_fields(a, t, a.nama == first) for a in rules)
    dated = json.dumps({a.nama: a.pakai_tanggal for a in rules})
    texts = json.dumps(_JS_TEXT["en" if lang == "en" else "id"], ensure_ascii=False).replace("</", "<\\/")
    key = (f'<div class="field"><label for="apikey">{_e(t["apikey"])}</label>'
           f'<input id="apikey" type="password" autocomplete="off"></div>') if need_key else ""
    return f"""<!doctype html>
<html lang="{'en' if lang == 'en' else 'id'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(t["title"])}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/style.css">
<script type="application/json" id="teks">{texts}</script>
<script type="application/json" id="bertanggal">{dated}</script>
<script src="/static/app.js" defer></script>
</head>
<body>
<a class="skip" href="#utama">{'Skip to content' if lang == 'en' else 'Langsung ke isi'}</a>
<header>
  <h1>{_e(t["title"])}</h1>
  <nav aria-label="{'Language' if lang == 'en' else 'Bahasa'}"><a href="{t["other_href"]}" hreflang="{t["other_hreflang"]}"
     lang="{t["other_hreflang"]}">{_e(t["other_lang"])}</a> · <a href="/docs">{_e(t["docs"])}</a></nav>
</header>
<main id="utama" data-lang="{'en' if lang == 'en' else 'id'}">
<p>{_e(t["intro"])}</p>
<section aria-labelledby="h-setup">
  <h2 id="h-setup">{_e(t["setup"])}</h2>
  <div class="field"><label for="aturan">{_e(t["rule"])}</label><select id="aturan">{options}</select></div>
  <div class="field"><label for="tanggal">{_e(t["date"])}</label>
    <input id="tanggal" type="date" aria-describedby="tanggal-help">
    <span id="tanggal-help" class="help">{_e(t["date_help"])}</span></div>
  {key}
  <fieldset><legend>{_e(t["params"].split(" (")[0])}</legend>{params}</fieldset>
</section>
<section aria-labelledby="h-upload">
  <h2 id="h-upload">{_e(t["upload"])}</h2>
  <form id="form-berkas">
    <div class="field"><label for="berkas">{_e(t["file"])}</label>
      <input id="berkas" name="berkas" type="file" accept=".xlsx,.csv"></div>
    <button type="submit">{_e(t["check_file"])}</button>
  </form>
  <div id="status-berkas" role="status" aria-live="polite"></div>
  <div id="hasil-berkas"></div>
</section>
<section aria-labelledby="h-person">
  <h2 id="h-person">{_e(t["person"])}</h2>
  <form id="form-orang">
    {persons}
    <button type="submit">{_e(t["check_person"])}</button>
  </form>
  <div id="status-orang" role="status" aria-live="polite"></div>
  <div id="hasil-orang"></div>
</section>
</main>
<footer><p>{_e(t["footer"])}</p></footer>
</body>
</html>
"""
