"""Property tests of the formasi formulas (PMK 150/PMK.05/2019 Lampiran I huruf A angka 1, 2, 4, 5).

KJF is linear in the volumes and in the pejabat counts; zero inputs give zero; the LKJF identity;
rounding policies bracket the exact value; permutation invariance; recap totals are consistent.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from asnrules.angka_kredit.butir_kegiatan import daftar_butir
from asnrules.formasi import (
    TABEL_AK_PER_JAM,
    JKE,
    JumlahPejabat,
    MasukanKJF,
    Pembulatan,
    ak_non_paket,
    ak_satuan,
    bulatkan,
    hitung_lkjf,
    kjf,
    lkjf,
    rencana_kjf,
    rincian_ak_non_paket,
)
from asnrules.formasi.non_paket import _ak_non_paket_rinci
from asnrules.models import JenjangJabatan as J

D = Decimal
AHLI = (J.AHLI_PERTAMA, J.AHLI_MUDA, J.AHLI_MADYA)
NON_PAKET = {
    j: [b.kode for b in daftar_butir() if j in b.angka_kredit and not (b.kode.startswith("PKA.") and b.tabel in ("1", "11"))]
    for j in AHLI
}

jenjang_st = st.sampled_from(list(J))
count_st = st.integers(min_value=0, max_value=500)
pejabat_st = st.builds(JumlahPejabat, count_st, count_st, count_st, count_st, count_st)
ak_st = st.decimals(min_value=0, max_value=100000, places=3, allow_nan=False, allow_infinity=False)
factor_st = st.integers(min_value=0, max_value=50)

FAST = settings(max_examples=150, deadline=None)


@st.composite
def volumes(draw, jenjang=None):
    j = draw(st.sampled_from(AHLI)) if jenjang is None else jenjang
    kodes = draw(st.lists(st.sampled_from(NON_PAKET[j]), unique=True, max_size=20))
    vols = {k: draw(st.integers(min_value=0, max_value=10000)) for k in kodes}
    return j, vols


@FAST
@given(jv=volumes(), k=factor_st)
def test_ak_non_paket_is_linear_in_volumes(jv, k):
    j, vols = jv
    assert ak_non_paket({c: v * k for c, v in vols.items()}, j) == k * ak_non_paket(vols, j)


@FAST
@given(jv=volumes())
def test_fast_fixed_point_path_equals_decimal_path(jv):
    j, vols = jv
    expected = sum((b_ak * v for b_ak, v in ((ak_satuan(k, j)[1], v) for k, v in vols.items())), D(0))
    assert ak_non_paket(vols, j) == expected == _ak_non_paket_rinci(vols, j)
    # the same volumes as Decimal / text take the general path and agree
    assert ak_non_paket({k: D(v) for k, v in vols.items()}, j) == expected
    assert ak_non_paket({k: str(v) for k, v in vols.items()}, j.value) == expected


@FAST
@given(jv=volumes(), data=st.data())
def test_ak_non_paket_is_additive_and_order_free(jv, data):
    j, vols = jv
    items = list(vols.items())
    shuffled = data.draw(st.permutations(items))
    assert ak_non_paket(dict(shuffled), j) == ak_non_paket(vols, j)
    cut = data.draw(st.integers(min_value=0, max_value=len(items)))
    assert ak_non_paket(dict(items[:cut]), j) + ak_non_paket(dict(items[cut:]), j) == ak_non_paket(vols, j)
    r = rincian_ak_non_paket(dict(shuffled), j)
    assert r.jumlah == ak_non_paket(vols, j)
    assert r == rincian_ak_non_paket(vols, j)


@FAST
@given(j=jenjang_st, ak=ak_st, p=pejabat_st, k=factor_st)
def test_kjf_is_linear_in_ak_non_paket_and_pejabat(j, ak, p, k):
    base = kjf(j, ak_non_paket=ak, pejabat=p)
    scaled = kjf(j, ak_non_paket=ak * k, pejabat=JumlahPejabat(p.ppk * k, p.ppspm * k, p.bp * k, p.bpen * k, p.bpp * k))
    if j is J.AHLI_MADYA:  # non-terminating quotients are rounded at 28 digits
        assert abs(scaled.kebutuhan - k * base.kebutuhan) <= D("1e-20") * (1 + k)
    else:
        assert scaled.kebutuhan == k * base.kebutuhan
        assert scaled.waktu_penyelesaian == k * base.waktu_penyelesaian
    assert scaled.total_ak == k * base.total_ak


@FAST
@given(j=jenjang_st, a=ak_st, b=ak_st, p=pejabat_st, q=pejabat_st)
def test_kjf_is_additive(j, a, b, p, q):
    left = kjf(j, ak_non_paket=a, pejabat=p).total_ak + kjf(j, ak_non_paket=b, pejabat=q).total_ak
    assert kjf(j, ak_non_paket=a + b, pejabat=p + q).total_ak == left


@FAST
@given(j=jenjang_st, p=pejabat_st)
def test_each_pejabat_is_exactly_one_person_year(j, p):
    """(4) is one year of credit: n pejabat and no other work need exactly n officials."""
    h = kjf(j, ak_non_paket=0, pejabat=p)
    assert h.kebutuhan == p.total
    assert h.kebutuhan_bulat == p.total


@FAST
@given(j=jenjang_st, ak=ak_st, p=pejabat_st)
def test_columns_identities(j, ak, p):
    h = kjf(j, ak_non_paket=ak, pejabat=p)
    assert h.pejabat.total == p.ppk + p.ppspm + p.bp + p.bpen + p.bpp  # (10)
    assert h.total_ak == ak + TABEL_AK_PER_JAM[j].ak_paket * p.total  # (11)
    assert h.ak_per_jam == TABEL_AK_PER_JAM[j].ak_per_jam  # (12)
    if j is not J.AHLI_MADYA:
        assert h.waktu_penyelesaian == h.total_ak / h.ak_per_jam  # (13)
        assert h.kebutuhan == h.waktu_penyelesaian / JKE  # (14)
    assert h.kebutuhan >= 0


@FAST
@given(j=jenjang_st, ak=ak_st, p=pejabat_st)
def test_rounding_policies_bracket_the_exact_value(j, ak, p):
    r = {pol: kjf(j, ak_non_paket=ak, pejabat=p, pembulatan=pol).kebutuhan_bulat for pol in Pembulatan}
    exact = kjf(j, ak_non_paket=ak, pejabat=p).kebutuhan
    floor, half, ceil = r[Pembulatan.KE_BAWAH], r[Pembulatan.SETENGAH_KE_ATAS], r[Pembulatan.KE_ATAS]
    assert floor <= exact <= ceil
    assert floor <= half <= ceil
    assert ceil - floor <= 1
    assert (ceil == floor) == (exact == floor)
    assert abs(half - exact) <= D("0.5")
    assert all(isinstance(v, int) for v in r.values())


@FAST
@given(x=st.decimals(min_value=-10000, max_value=10000, places=4, allow_nan=False, allow_infinity=False))
def test_bulatkan_brackets_any_sign(x):
    floor, half, ceil = (bulatkan(x, p) for p in (Pembulatan.KE_BAWAH, Pembulatan.SETENGAH_KE_ATAS, Pembulatan.KE_ATAS))
    assert floor <= x <= ceil and floor <= half <= ceil and ceil - floor <= 1
    assert half == int(x.quantize(D(1), rounding="ROUND_HALF_UP"))


@FAST
@given(j=jenjang_st, ak=ak_st, p=pejabat_st, more=ak_st)
def test_kjf_is_monotone(j, ak, p, more):
    a = kjf(j, ak_non_paket=ak, pejabat=p)
    b = kjf(j, ak_non_paket=ak + more, pejabat=p + JumlahPejabat(ppk=1))
    assert b.kebutuhan > a.kebutuhan
    for pol in Pembulatan:
        assert kjf(j, ak_non_paket=ak + more, pejabat=p, pembulatan=pol).kebutuhan_bulat >= kjf(j, ak_non_paket=ak, pejabat=p, pembulatan=pol).kebutuhan_bulat


@FAST
@given(j=jenjang_st)
def test_zero_inputs_give_zero(j):
    for pol in Pembulatan:
        h = kjf(j, ak_non_paket=0, pejabat=JumlahPejabat(), pembulatan=pol)
        assert h.total_ak == h.waktu_penyelesaian == h.kebutuhan == h.kebutuhan_bulat == 0


@st.composite
def tersedia_st(draw):
    """JF, JFM, JFN, JFB with JFN + JFB <= JF + JFM (those leaving are among those present/entering)."""
    jf, jfm = draw(count_st), draw(count_st)
    jfn = draw(st.integers(min_value=0, max_value=jf + jfm))
    jfb = draw(st.integers(min_value=0, max_value=jf + jfm - jfn))
    return jf, jfm, jfn, jfb


@FAST
@given(k=ak_st, t=tersedia_st())
def test_lkjf_identity(k, t):
    jf, jfm, jfn, jfb = t
    value = lkjf(kjf=k, jf=jf, jfm=jfm, jfn=jfn, jfb=jfb)
    assert value == k - (jf + jfm - jfn - jfb)
    assert value <= k  # never more vacancies than the need
    h = hitung_lkjf(kjf=k, jf=jf, jfm=jfm, jfn=jfn, jfb=jfb)
    assert h.lkjf == value
    assert h.surplus == (value < 0)
    assert h.lowongan - h.kelebihan == value
    assert h.lowongan >= 0 and h.kelebihan >= 0


@settings(max_examples=40, deadline=None)
@given(
    data=st.lists(
        st.tuples(ak_st, pejabat_st, ak_st, pejabat_st), min_size=5, max_size=5
    ),
    pol=st.sampled_from(list(Pembulatan)),
)
def test_rekap_totals_consistent(data, pol):
    masukan = [
        {J.MAHIR: MasukanKJF(a, p), J.AHLI_MUDA: MasukanKJF(b, q)} for a, p, b, q in data
    ]
    r = rencana_kjf(2030, masukan, pembulatan=pol)
    for rekap in (r.rekap, r.rekap_bulat):
        assert sum(rekap.jumlah_per_tahun.values()) == rekap.jumlah == sum(rekap.jumlah_per_jenjang.values())
        assert rekap.jumlah == sum(rekap.sel.values())
    for h in r.baris:
        assert r.rekap.sel[(h.jenjang, h.tahun)] == h.kebutuhan
        assert r.rekap_bulat.sel[(h.jenjang, h.tahun)] == h.kebutuhan_bulat


@FAST
@given(j=jenjang_st, ak=ak_st, p=pejabat_st, pol=st.sampled_from(list(Pembulatan)))
def test_reciprocal_fast_path_equals_plain_division(j, ak, p, pol):
    """The default path multiplies by exact reciprocals; passing the same rate/JKE explicitly divides."""
    fast = kjf(j, ak_non_paket=ak, pejabat=p, pembulatan=pol)
    slow = kjf(j, ak_non_paket=ak, pejabat=p, pembulatan=pol, ak_per_jam=TABEL_AK_PER_JAM[j].ak_per_jam, jke=D(1250))
    assert fast.total_ak == slow.total_ak
    assert fast.waktu_penyelesaian == slow.waktu_penyelesaian
    assert fast.kebutuhan == slow.kebutuhan
    assert fast.kebutuhan_bulat == slow.kebutuhan_bulat
    assert "E" not in str(fast.waktu_penyelesaian) and "E" not in str(fast.kebutuhan)


@FAST
@given(jf=count_st, jfm=count_st, jfn=count_st, jfb=count_st)
def test_availability_is_a_head_count(jf, jfm, jfn, jfb):
    """JF + JFM - JFN - JFB < 0 is refused; otherwise accepted and LKJF <= KJF."""
    from asnrules.core import InvalidInput
    from asnrules.formasi import JumlahTersedia

    if jfn + jfb > jf + jfm:
        try:
            JumlahTersedia(jf, jfm, jfn, jfb)
        except InvalidInput as e:
            assert e.field == "jfn/jfb"
        else:
            raise AssertionError("negative availability accepted")
    else:
        assert JumlahTersedia(jf, jfm, jfn, jfb).total >= 0
        assert lkjf(kjf=3, jf=jf, jfm=jfm, jfn=jfn, jfb=jfb) <= 3


@settings(max_examples=40, deadline=None)
@given(
    cells=st.lists(st.tuples(ak_st, pejabat_st, tersedia_st()), min_size=5, max_size=5),
    eksak=st.booleans(),
)
def test_tabel_lkjf_cells_follow_the_formula(cells, eksak):
    from asnrules.formasi import JumlahTersedia, tabel_lkjf

    r = rencana_kjf(2025, [{J.PENYELIA: MasukanKJF(a, p)} for a, p, _ in cells])
    tersedia = [{J.PENYELIA: JumlahTersedia(*t)} for _, _, t in cells]
    t = tabel_lkjf(r, tersedia, eksak=eksak)
    for (a, p, (jf, jfm, jfn, jfb)), tahun in zip(cells, r.tahun):
        h = r.hasil(tahun, J.PENYELIA)
        k = h.kebutuhan if eksak else h.kebutuhan_bulat
        assert t.sel[(J.PENYELIA, tahun)].lkjf == k - (jf + jfm - jfn - jfb)
    assert sum(t.jumlah_per_tahun.values()) == sum(t.jumlah_per_jenjang.values())
    assert all(t.lowongan_per_tahun[y] >= max(t.jumlah_per_tahun[y], 0) for y in r.tahun)


@FAST
@given(j=jenjang_st, ak=ak_st, p=pejabat_st)
def test_export_row_carries_the_fields(j, ak, p):
    from asnrules.formasi import to_rows

    h = kjf(j, ak_non_paket=ak, pejabat=p, tahun=2030)
    row = to_rows(h)[0]
    assert (row["AK Non Paket"], row["TOTAL AK"], row["Kebutuhan Jumlah Pegawai"]) == (h.ak_non_paket, h.total_ak, h.kebutuhan)
    assert row["Jumlah/Proyeksi Pejabat"] == p.total
    assert row["Kebutuhan Jumlah Pegawai (dibulatkan)"] == h.kebutuhan_bulat


@FAST
@given(counts=st.lists(st.integers(min_value=-5, max_value=5), min_size=5, max_size=5))
def test_jumlah_pejabat_accepts_exactly_the_non_negative_counts(counts):
    from asnrules.core import InvalidInput

    if min(counts) < 0:
        try:
            JumlahPejabat(*counts)
        except InvalidInput as e:
            assert e.field.startswith("pejabat.")
        else:
            raise AssertionError("negative count accepted")
    else:
        assert JumlahPejabat(*counts).total == sum(counts)
