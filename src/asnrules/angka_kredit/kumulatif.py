"""Cumulative minimum per golongan, jenjang per golongan, kenaikan pangkat (80 % / 20 %), and the
Pasal 28 threshold for the kenaikan jenjang Uji Kompetensi. Table in
``data/angka_kredit_kumulatif_golongan.toml`` (agrees with Lampiran III huruf B and Lampiran I huruf A
angka 2 huruf a; checked at import and in the tests)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import MappingProxyType

from asnrules.angka_kredit._data import BarisTabel, angka, citation_of, load_table, rapi
from asnrules.angka_kredit._regime import CITATION_KONVERSI, cek_metode_lama, metode_konversi
from asnrules.core import PMK_150, Citation, InvalidInput, NotInTable, Reason, Status, Verdict, format_id, to_decimal
from asnrules.core.regulasi import REGISTER
from asnrules.models import Golongan, JenjangJabatan

__all__ = [
    "AK_KUMULATIF_MINIMAL",
    "TABEL_KUMULATIF_MINIMAL",
    "JENJANG_GOLONGAN",
    "AK_KENAIKAN_GOLONGAN",
    "PERSEN_UTAMA_MINIMAL",
    "PERSEN_PENUNJANG_MAKSIMAL",
    "PERSEN_UJI_KOMPETENSI",
    "ak_kumulatif_minimal",
    "jenjang_golongan",
    "golongan_berikutnya",
    "kenaikan_pangkat",
    "ak_minimal_uji_kompetensi_kenaikan_jenjang",
]

_DATA = load_table("angka_kredit_kumulatif_golongan.toml")

CITATION_INPASSING = Citation(PMK_150, lampiran="III", huruf="B")
CITATION_AK_PER_JAM = Citation(PMK_150, lampiran="I", huruf="A", angka="2 huruf a")
CITATION_KOMPOSISI = Citation(PMK_150, lampiran="III", huruf="A", angka="3 huruf a")
CITATION_PASAL_28 = Citation(PMK_150, pasal="28", ayat="1", huruf="b")

AK_KUMULATIF_MINIMAL = MappingProxyType(
    {Golongan(r["golongan"]): angka(r["angka_kredit"], "kumulatif") for r in _DATA["baris"]}
)
"""III/a 100, III/b 150, III/c 200, III/d 300, IV/a 400, IV/b 550, IV/c 700."""

TABEL_KUMULATIF_MINIMAL: tuple[BarisTabel, ...] = tuple(
    BarisTabel(r["golongan"], angka(r["angka_kredit"], "kumulatif"), citation_of(r)) for r in _DATA["baris"]
)
"""The same table, row by row with the citation of each row (Lampiran III huruf B, kolom < 1 TAHUN)."""

JENJANG_GOLONGAN = MappingProxyType({Golongan(r["golongan"]): JenjangJabatan[r["jenjang"]] for r in _DATA["baris"]})
"""Ahli Pertama III/a–III/b, Ahli Muda III/c–III/d, Ahli Madya IV/a–IV/c."""

AK_KENAIKAN_GOLONGAN = MappingProxyType(
    {JenjangJabatan[k]: angka(v, "langkah") for k, v in _DATA["langkah_per_jenjang"].items()}
)
"""Lampiran I huruf A angka 2 huruf a, kolom 3: Ahli Pertama 50, Ahli Muda 100, Ahli Madya 150."""

PERSEN_UTAMA_MINIMAL = Decimal("0.8")
"""Lampiran III huruf A angka 3 huruf a: "unsur utama sekurang kurangnya 80% (delapan puluh perseratus)"."""
PERSEN_PENUNJANG_MAKSIMAL = Decimal("0.2")
"""Lampiran III huruf A angka 3 huruf a: "unsur penunjang sebanyak-banyaknya 20% (dua puluh perseratus)"."""
PERSEN_UJI_KOMPETENSI = Decimal("0.5")
"""Pasal 28 ayat (1) huruf b: "paling sedikit 50% (lima puluh persen)"."""

_URUT = tuple(AK_KUMULATIF_MINIMAL)  # III/a … IV/c in table order


def _cek_tabel() -> None:
    """Each minimum = previous minimum + the Lampiran I step of the previous golongan's jenjang."""
    for lo, hi in zip(_URUT, _URUT[1:]):
        if hi.tingkat != lo.tingkat + 1:
            raise RuntimeError(f"asnrules data error: golongan {hi} does not follow {lo}")
        step = AK_KUMULATIF_MINIMAL[hi] - AK_KUMULATIF_MINIMAL[lo]
        if step != AK_KENAIKAN_GOLONGAN[JENJANG_GOLONGAN[lo]]:
            raise RuntimeError(f"asnrules data error: {lo}->{hi} needs {step}, Lampiran I says otherwise")


_cek_tabel()


def _golongan(golongan: object) -> Golongan:
    if isinstance(golongan, Golongan):
        return golongan
    if isinstance(golongan, str):
        return Golongan.parse(golongan, "golongan")
    raise InvalidInput("golongan", golongan, "Golongan atau teks seperti 'III/a'", "a Golongan or text such as 'III/a'")


def _tidak_ada(golongan: Golongan, rows: tuple[Golongan, ...], table: str) -> NotInTable:
    return NotInTable(table, str(golongan), (str(g) for g in rows), field="golongan", citation=CITATION_INPASSING)


def _sejak_2023(on: date | None, apa: str, apa_en: str, g: Golongan) -> None:
    """From 2023 the PMK 150/2019 cumulative minima no longer describe credit: MetodeDiganti naming the
    PerBKN 3/2023 thresholds of ``g``'s jenjang."""
    if on is None:
        return
    j = JENJANG_GOLONGAN.get(g)
    if j is not None and metode_konversi(on):
        kp, kj = _AMBANG_2023[j]
        kj_id = f", kenaikan jenjang {_f(kj)}" if kj is not None else ""
        kj_en = f", next level {_f(kj)}" if kj is not None else ""
        cek_metode_lama(on, apa, apa_en,
                        f"Angka Kredit kumulatif dalam jenjang {j} untuk kenaikan pangkat {_f(kp)}{kj_id} "
                        f"(asnrules.angka_kredit.konversi)",
                        f"cumulative credit in the {j} level for a rank promotion {_f(kp)}{kj_en} "
                        f"(asnrules.angka_kredit.konversi)")
    cek_metode_lama(on, apa, apa_en)


def ak_kumulatif_minimal(golongan: Golongan | str, *, on: date | None = None) -> Decimal:
    """Angka Kredit kumulatif minimal of ``golongan`` in this jabatan (III/a 100 … IV/c 700).

    Lampiran III huruf B, kolom "< 1 TAHUN"; Lampiran I huruf A angka 2 huruf a: 50 (Ahli Pertama),
    100 (Ahli Muda), 150 (Ahli Madya) "Angka Kredit untuk naik pangkat/golongan".

    ``on`` (keyword): the date asked about. Without it, the PMK 150/2019 table as published. From 1 January
    2023 credit comes from the rating conversion and is counted per jenjang (PerBKN 3/2023): MetodeDiganti
    naming the thresholds of the golongan's jenjang; before PMK 150/2019 was in force: BelumBerlaku.
    """
    g = _golongan(golongan)
    _sejak_2023(on, "Angka Kredit kumulatif minimal per golongan", "The cumulative minimum per golongan", g)
    found = AK_KUMULATIF_MINIMAL.get(g)
    if found is None:
        raise _tidak_ada(g, _URUT, "tabel Angka Kredit kumulatif minimal per golongan")
    return found


def jenjang_golongan(golongan: Golongan | str) -> JenjangJabatan:
    """The jenjang of ``golongan``: Ahli Pertama III/a–III/b, Ahli Muda III/c–III/d, Ahli Madya IV/a–IV/c."""
    g = _golongan(golongan)
    found = JENJANG_GOLONGAN.get(g)
    if found is None:
        raise _tidak_ada(g, _URUT, "tabel jenjang per golongan")
    return found


def golongan_berikutnya(golongan: Golongan | str) -> Golongan:
    """The next golongan within this jabatan (III/a → III/b … IV/b → IV/c); IV/c has none."""
    g = _golongan(golongan)
    if g not in AK_KUMULATIF_MINIMAL or g == _URUT[-1]:
        raise _tidak_ada(g, _URUT[:-1], "tabel kenaikan pangkat jabatan Analis Pengelolaan Keuangan APBN")
    return _URUT[_URUT.index(g) + 1]


def _ak(value: object, field: str) -> Decimal | None:
    return None if value is None else to_decimal(value, field, minimum=0)


def _f(x: Decimal) -> str:
    """Indonesian display keeping every significant decimal: 150 → "150", 198.2 → "198,20"."""
    if x == x.to_integral_value():
        return format_id(x, 0)
    exponent = x.normalize().as_tuple().exponent
    return format_id(x, max(2, -exponent if isinstance(exponent, int) else 2))


def kenaikan_pangkat(golongan: Golongan | str, *, ak_utama: object, ak_penunjang: object, on: date | None = None,
                     ak_kumulatif: object = None) -> Verdict:
    """Do the cumulative totals reach the next golongan's minimum with the required composition?

    Lampiran III huruf A angka 3 huruf a: "Jumlah Angka Kredit kumulatif minimal yang harus dipenuhi
    oleh setiap PNS untuk kenaikan pangkat/jabatan Analis Pengelolaan Keuangan APBN harus berasal dari
    unsur utama sekurang kurangnya 80% (delapan puluh perseratus) dan dari unsur penunjang
    sebanyak-banyaknya 20% (dua puluh perseratus)." Penunjang counts up to 20 % of the requirement.
    Only the angka kredit criteria; other conditions of kenaikan pangkat are not judged here.
    ``None`` for a total = unknown (the criterion is UNKNOWN unless the other total decides it).

    ``on`` (keyword): the date of the promotion asked about; without it, the PMK 150/2019 rule as published.
    From 1 January 2023 (PermenPANRB 1/2023, PerBKN 3/2023) there is no unsur utama/penunjang: the
    criterion is ``ak_kumulatif`` — the cumulative credit in the jenjang (conversion ledger, with the AK
    integrasi) — against the jenjang's threshold for a rank promotion (Ahli Pertama 50, Ahli Muda 100,
    Ahli Madya 150) or, when the next golongan is in the next jenjang, for the next level (100, 200).
    """
    g = _golongan(golongan)
    tujuan = golongan_berikutnya(g)
    if on is not None:
        REGISTER.cek_berlaku(PMK_150, on)
        if metode_konversi(on):
            return _kenaikan_pangkat_2023(g, tujuan, _ak(ak_kumulatif, "ak_kumulatif"),
                                          ak_utama is not None or ak_penunjang is not None)
    utama = _ak(ak_utama, "ak_utama")
    penunjang = _ak(ak_penunjang, "ak_penunjang")
    syarat = AK_KUMULATIF_MINIMAL[tujuan]
    batas_penunjang = syarat * PERSEN_PENUNJANG_MAKSIMAL
    minimal_utama = syarat * PERSEN_UTAMA_MINIMAL

    # 1. jumlah kumulatif (penunjang counted up to 20 % of the requirement)
    if utama is None:
        total_reason = Reason(
            "ak_kumulatif_minimal", Status.UNKNOWN,
            f"Angka Kredit unsur utama belum diketahui; kenaikan ke golongan {tujuan} mensyaratkan "
            f"Angka Kredit kumulatif paling sedikit {_f(syarat)}.",
            f"Unsur utama credit unknown; promotion to golongan {tujuan} needs a cumulative total of at "
            f"least {_f(syarat)}.",
            CITATION_KOMPOSISI,
        )
    else:
        if penunjang is None:
            lo, hi = utama, utama + batas_penunjang
            if lo >= syarat:
                status = Status.MET
            elif hi < syarat:
                status = Status.NOT_MET
            else:
                status = Status.UNKNOWN
            dihitung = lo
            rincian = f"utama {_f(utama)} + penunjang (belum diketahui)"
            rincian_en = f"utama {_f(utama)} + penunjang (unknown)"
        else:
            dihitung = utama + min(penunjang, batas_penunjang)
            status = Status.MET if dihitung >= syarat else Status.NOT_MET
            dipakai = min(penunjang, batas_penunjang)
            rincian = f"utama {_f(utama)} + penunjang {_f(dipakai)}"
            rincian_en = f"utama {_f(utama)} + penunjang {_f(dipakai)}"
            if penunjang > batas_penunjang:
                rincian += f" (dari {_f(penunjang)}; paling banyak 20% = {_f(batas_penunjang)})"
                rincian_en += f" (of {_f(penunjang)}; at most 20% = {_f(batas_penunjang)})"
        kurang = max(syarat - dihitung, Decimal(0))
        if status is Status.MET:
            msg = f"Angka Kredit kumulatif {_f(dihitung)} ({rincian}) memenuhi minimal {_f(syarat)} untuk golongan {tujuan}."
            msg_en = f"Cumulative credit {_f(dihitung)} ({rincian_en}) meets the minimum {_f(syarat)} for golongan {tujuan}."
        elif status is Status.NOT_MET:
            msg = (f"Angka Kredit kumulatif {_f(dihitung)} ({rincian}) belum mencapai minimal {_f(syarat)} "
                   f"untuk golongan {tujuan}; kurang {_f(kurang)}.")
            msg_en = (f"Cumulative credit {_f(dihitung)} ({rincian_en}) is below the minimum {_f(syarat)} for "
                      f"golongan {tujuan}; {_f(kurang)} missing.")
        else:
            msg = (f"Angka Kredit kumulatif {rincian} belum dapat dibandingkan dengan minimal {_f(syarat)} untuk "
                   f"golongan {tujuan}: unsur penunjang belum diketahui.")
            msg_en = (f"Cumulative credit {rincian_en} cannot be compared with the minimum {_f(syarat)} for golongan "
                      f"{tujuan}: penunjang unknown.")
        total_reason = Reason("ak_kumulatif_minimal", status, msg, msg_en, CITATION_KOMPOSISI)

    # 2. unsur utama at least 80 % of the requirement
    if utama is None:
        utama_reason = Reason(
            "komposisi_unsur_utama", Status.UNKNOWN,
            f"Angka Kredit unsur utama belum diketahui; paling sedikit 80% = {_f(minimal_utama)}.",
            f"Unsur utama credit unknown; at least 80% = {_f(minimal_utama)} is required.",
            CITATION_KOMPOSISI,
        )
    elif utama >= minimal_utama:
        utama_reason = Reason(
            "komposisi_unsur_utama", Status.MET,
            f"Unsur utama {_f(utama)} paling sedikit 80% dari {_f(syarat)} = {_f(minimal_utama)}.",
            f"Unsur utama {_f(utama)} is at least 80% of {_f(syarat)} = {_f(minimal_utama)}.",
            CITATION_KOMPOSISI,
        )
    else:
        utama_reason = Reason(
            "komposisi_unsur_utama", Status.NOT_MET,
            f"Unsur utama {_f(utama)} kurang dari 80% dari {_f(syarat)} = {_f(minimal_utama)}; "
            f"kurang {_f(minimal_utama - utama)}.",
            f"Unsur utama {_f(utama)} is below 80% of {_f(syarat)} = {_f(minimal_utama)}; "
            f"{_f(minimal_utama - utama)} missing.",
            CITATION_KOMPOSISI,
        )

    advice: list[Reason] = []
    if JENJANG_GOLONGAN[tujuan] is not JENJANG_GOLONGAN[g]:
        j = JENJANG_GOLONGAN[tujuan]
        advice.append(Reason(
            "kenaikan_jenjang", Status.UNKNOWN,
            f"Golongan {tujuan} berada pada jenjang {j}: kenaikan jenjang jabatan mensyaratkan lulus Uji "
            f"Kompetensi kenaikan jenjang (Pasal 24 huruf d, Pasal 28).",
            f"Golongan {tujuan} belongs to jenjang {j}: moving up a jenjang requires passing the kenaikan "
            f"jenjang Uji Kompetensi (Pasal 24 huruf d, Pasal 28).",
            Citation(PMK_150, pasal="28", ayat="1"),
        ))
    if penunjang is not None and penunjang > batas_penunjang:
        advice.append(Reason(
            "penunjang_melebihi_20_persen", Status.MET,
            f"Unsur penunjang {_f(penunjang)} melebihi 20% ({_f(batas_penunjang)}); kelebihannya tidak diperhitungkan.",
            f"Unsur penunjang {_f(penunjang)} exceeds 20% ({_f(batas_penunjang)}); the excess does not count.",
            CITATION_KOMPOSISI,
        ))
    return Verdict(reasons=(total_reason, utama_reason), advice=tuple(advice))


def ak_minimal_uji_kompetensi_kenaikan_jenjang(golongan: Golongan | str, *, on: date | None = None) -> Decimal:
    """Cumulative Angka Kredit needed to be proposed for the kenaikan jenjang Uji Kompetensi.

    Pasal 28 ayat (1) huruf b: "telah mengumpulkan angka kredit kumulatif paling sedikit 50% (lima puluh
    persen) dari Angka Kredit minimal yang dipersyaratkan untuk kenaikan jenjang jabatan". Read as 50 %
    of the credit still required to reach the next jenjang from ``golongan``'s minimum (docs/interpretasi.md):
    minimum(golongan) + 50 % × (minimum(first golongan of the next jenjang) − minimum(golongan)).
    III/a 150, III/b 175, III/c 300, III/d 350; Ahli Madya (IV/a–IV/c) has no higher jenjang here.
    ``on`` (keyword): from 2023 → MetodeDiganti (the threshold rests on the PMK 150/2019 table).
    """
    g = _golongan(golongan)
    _sejak_2023(on, "Ambang Angka Kredit Uji Kompetensi kenaikan jenjang (Pasal 28 ayat (1) huruf b)",
                "The credit threshold of the kenaikan jenjang Uji Kompetensi (Pasal 28(1)(b))", g)
    jenjang = jenjang_golongan(g)
    berikut = [x for x in _URUT if JENJANG_GOLONGAN[x] > jenjang]
    if not berikut:
        raise NotInTable(
            "jenjang Analis Pengelolaan Keuangan APBN yang memiliki jenjang lebih tinggi", str(g),
            (str(x) for x in _URUT if JENJANG_GOLONGAN[x] < JenjangJabatan.AHLI_MADYA),
            field="golongan", citation=CITATION_PASAL_28,
        )
    awal = AK_KUMULATIF_MINIMAL[g]
    return rapi(awal + PERSEN_UJI_KOMPETENSI * (AK_KUMULATIF_MINIMAL[berikut[0]] - awal))


# ------------------------------------------------------------------------------ from 2023 (issue 15)
_CIT_AMBANG_2023 = Citation("PerBKN 3/2023", bagian="Angka Kredit kumulatif kenaikan pangkat/jenjang")
_AMBANG_2023: dict[JenjangJabatan, tuple[Decimal, Decimal | None]] = {}


def _muat_ambang_2023() -> None:
    konversi = load_table("konversi_ak.toml")
    for row in konversi["jenjang"]:
        try:
            j = JenjangJabatan.parse(row["nama"])
        except InvalidInput:
            continue  # Pemula, Ahli Utama: no jenjang of this jabatan
        if j in AK_KENAIKAN_GOLONGAN:
            _AMBANG_2023[j] = (angka(row["kp"], "konversi_ak.toml"), angka(row["kj"], "konversi_ak.toml") if "kj" in row else None)


_muat_ambang_2023()


def _kenaikan_pangkat_2023(g: Golongan, tujuan: Golongan, ak: Decimal | None, lama: bool) -> Verdict:
    """PerBKN 3/2023: cumulative credit in the jenjang against the rank (or level) threshold."""
    j, j_tujuan = JENJANG_GOLONGAN[g], JENJANG_GOLONGAN[tujuan]
    kp, kj = _AMBANG_2023[j]
    naik_jenjang = j_tujuan is not j
    syarat = kj if naik_jenjang and kj is not None else kp
    apa = f"kenaikan jenjang ke {j_tujuan}" if naik_jenjang else f"kenaikan pangkat ke golongan {tujuan}"
    apa_en = f"the next level ({j_tujuan})" if naik_jenjang else f"promotion to golongan {tujuan}"
    code = "ak_kumulatif_jenjang"
    if ak is None:
        reason = Reason(code, Status.UNKNOWN,
                        f"Angka Kredit kumulatif dalam jenjang {j} (konversi predikat kinerja) belum diketahui; {apa} "
                        f"mensyaratkan paling sedikit {_f(syarat)}.",
                        f"Cumulative credit in the {j} level (rating conversion) unknown; {apa_en} needs at least "
                        f"{_f(syarat)}.", _CIT_AMBANG_2023)
    elif ak >= syarat:
        reason = Reason(code, Status.MET, f"Angka Kredit kumulatif dalam jenjang {j} {_f(ak)} memenuhi {_f(syarat)} untuk {apa}.",
                        f"Cumulative credit in the {j} level {_f(ak)} meets {_f(syarat)} for {apa_en}.", _CIT_AMBANG_2023)
    else:
        reason = Reason(code, Status.NOT_MET,
                        f"Angka Kredit kumulatif dalam jenjang {j} {_f(ak)} belum mencapai {_f(syarat)} untuk {apa}; "
                        f"kurang {_f(syarat - ak)}.",
                        f"Cumulative credit in the {j} level {_f(ak)} is below {_f(syarat)} for {apa_en}; "
                        f"{_f(syarat - ak)} missing.", _CIT_AMBANG_2023)
    advice = []
    if lama:
        advice.append(Reason("metode_konversi", Status.UNKNOWN,
                             "Sejak 1 Januari 2023 Angka Kredit tidak lagi dibagi atas unsur utama dan penunjang "
                             "(komposisi 80%/20% tidak berlaku); ak_utama/ak_penunjang tidak dipakai — berikan ak_kumulatif.",
                             "From 1 January 2023 credit is no longer split into utama and penunjang (the 80%/20% "
                             "composition does not apply); ak_utama/ak_penunjang are not used — give ak_kumulatif.",
                             CITATION_KONVERSI))
    if naik_jenjang:
        advice.append(Reason("kenaikan_jenjang", Status.UNKNOWN,
                             f"Golongan {tujuan} berada pada jenjang {j_tujuan}: kenaikan jenjang juga mensyaratkan "
                             f"Uji Kompetensi.", f"Golongan {tujuan} belongs to the {j_tujuan} level: moving up a level "
                             f"also requires the competency test.", Citation(PMK_150, pasal="28", ayat="1")))
    return Verdict((reason,), tuple(advice))
