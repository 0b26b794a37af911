"""Weekly class allocation (plotting/alokasi_kelas.py): exact reasons, error texts, boundaries, output order.

Page, Tahap ploting pelatihan: "Ploting peserta ditentukan oleh petugas … Peserta tidak dapat memilih atau
mengajukan angkatan. Ploting akan diupdate mingguan"; "Ditunda > data peserta ada yang tidak lengkap, biasanya
nomor WA"; "Menunggu Antrian > kelebihan cadangan peserta … atau apabila ada kekurangan peserta seminggu sebelum
pelatihan dimulai".
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pydantic import ValidationError

from asnrules.core import InvalidInput
from asnrules.models import JenisBendahara
from asnrules.plotting import (
    Angkatan,
    Antrikan,
    Peserta,
    Plot,
    StatusPeserta,
    Tunda,
    alokasi,
    isi_kekurangan,
    kunci_prioritas,
)
from asnrules.plotting.sumber import C

from .test_alokasi import ON, calon, kelas, nip, nips

S = StatusPeserta
P = JenisBendahara.PENGELUARAN
N = JenisBendahara.PENERIMAAN


def test_kunci_prioritas_values() -> None:
    # active treasurer (or BPP with a valid SK in the Pengeluaran training) 0, others 1; unknown penetapan last
    assert kunci_prioritas(calon(3)) == (1, date(2025, 1, 1), nip(3).digits)
    assert kunci_prioritas(calon(3, bendahara_aktif=True)) == (0, date(2025, 1, 1), nip(3).digits)
    assert kunci_prioritas(calon(3, sk_bpp_berlaku=True)) == (0, date(2025, 1, 1), nip(3).digits)
    assert kunci_prioritas(calon(3, jenis=N, sk_bpp_berlaku=True, penetapan=None)) == (1, date.max, nip(3).digits)


@pytest.mark.parametrize("kw,alasan", [
    ({"nomor_wa": "0812"}, "data tidak lengkap atau tidak valid: nomor_wa"),
    ({"foto_latar_merah": None, "data_pendidikan": ""},
     "data tidak lengkap atau tidak valid: foto_latar_merah, data_pendidikan"),
    ({"data_pangkat": None, "nomor_wa": None}, "data tidak lengkap atau tidak valid: data_pangkat, nomor_wa"),
])
def test_ditunda_reason_names_the_missing_data(kw: dict[str, object], alasan: str) -> None:
    hasil = alokasi([calon(1, **kw)], [kelas("A", date(2025, 3, 17), 5)], on=ON)  # type: ignore[arg-type]
    (p,) = hasil.ditunda
    assert p.riwayat == ((Tunda(alasan=alasan), ON),)


def test_ditunda_participants_with_the_same_gap_get_the_same_reason_and_others_their_own() -> None:
    ps = [calon(1, nomor_wa=None), calon(2, nomor_wa="0812"), calon(3, foto_latar_merah=False),
          calon(4, status=S.MENUNGGU_ANTRIAN, nomor_wa=None)]
    hasil = alokasi(ps, [kelas("A", date(2025, 3, 17), 5)], on=ON)
    assert nips(hasil.ditunda) == [1, 2, 3, 4]
    assert [p.riwayat[-1] for p in hasil.ditunda] == [
        (Tunda(alasan="data tidak lengkap atau tidak valid: nomor_wa"), ON),
        (Tunda(alasan="data tidak lengkap atau tidak valid: nomor_wa"), ON),
        (Tunda(alasan="data tidak lengkap atau tidak valid: foto_latar_merah"), ON),
        (Tunda(alasan="data tidak lengkap atau tidak valid: nomor_wa"), ON)]
    assert all(p.status is S.DITUNDA for p in hasil.ditunda)


def test_error_texts_of_bad_inputs() -> None:
    with pytest.raises(InvalidInput) as err:
        alokasi([], ["A"], on=ON)  # type: ignore[list-item]
    assert (err.value.expected, err.value.expected_en) == ("Angkatan", "an Angkatan")
    with pytest.raises(InvalidInput) as err:
        alokasi([None], [], on=ON)  # type: ignore[list-item]
    assert (err.value.field, err.value.value, err.value.expected, err.value.expected_en) == (
        "peserta", None, "Peserta", "a Peserta")
    with pytest.raises(InvalidInput) as err:
        alokasi([], [kelas("A", date(2025, 3, 17), 5), kelas("A", date(2025, 3, 24), 5)], on=ON)
    assert (err.value.expected, err.value.expected_en) == ("kode angkatan yang unik", "unique class codes")
    with pytest.raises(InvalidInput) as err:
        alokasi([calon(7), calon(7, status=S.DIREKAM)], [], on=ON)
    assert (err.value.field, err.value.value, err.value.expected, err.value.expected_en) == (
        "peserta", nip(7).digits, "setiap NIP paling banyak satu kali", "each NIP at most once")


def test_class_over_capacity_error_text() -> None:
    lama = [calon(i, status=S.TERPLOTING, angkatan="A", mulai_pelatihan=date(2025, 3, 17)) for i in range(3)]
    with pytest.raises(InvalidInput) as err:
        isi_kekurangan(lama, [kelas("A", date(2025, 3, 17), 2)], on=ON)
    assert (err.value.field, err.value.value) == ("angkatan", "A")
    assert (err.value.expected, err.value.expected_en) == ("paling banyak 2 peserta terploting, ada 3",
                                                           "at most 2 plotted participants, found 3")
    # exactly full is valid: no seat left, newcomers queue
    hasil = alokasi(lama[:2] + [calon(9)], [kelas("A", date(2025, 3, 17), 2)], on=ON)
    assert hasil.sisa_kursi == {"A": 0} and nips(hasil.antrian) == [9]


def test_angkatan_selesai_not_before_mulai() -> None:
    a = Angkatan(kode="A", jenis=P, mulai=date(2025, 3, 17), selesai=date(2025, 3, 17), kapasitas=1)
    assert a.selesai == a.mulai  # a one-day class is valid
    with pytest.raises(ValidationError) as err:
        Angkatan(kode="A", jenis=P, mulai=date(2025, 3, 17), selesai=date(2025, 3, 16), kapasitas=1)
    cause = err.value.errors()[0]["ctx"]["error"]
    assert isinstance(cause, InvalidInput)
    assert (cause.field, cause.value) == ("selesai", date(2025, 3, 16))
    assert (cause.expected, cause.expected_en) == ("tidak sebelum mulai (17 Maret 2025)",
                                                   "not before mulai (2025-03-17)")


def test_angkatan_jenis_error_names_the_field() -> None:
    with pytest.raises(ValidationError) as err:
        Angkatan(kode="A", jenis="Bendahara Barang", mulai=date(2025, 3, 17), selesai=date(2025, 3, 28),
                 kapasitas=1)
    cause = err.value.errors()[0]["ctx"]["error"]
    assert (cause.field, cause.value) == ("jenis", "Bendahara Barang")
    assert Angkatan(kode="A", jenis=N, mulai=date(2025, 3, 17), selesai=date(2025, 3, 28), kapasitas=1).jenis is N


def test_classes_starting_the_same_day_fill_in_code_order() -> None:
    # "Peserta tidak dapat memilih atau mengajukan angkatan": the order of the input decides nothing
    mulai = date(2025, 3, 17)
    for ks in ([kelas("B", mulai, 1), kelas("A", mulai, 1)], [kelas("A", mulai, 1), kelas("B", mulai, 1)]):
        hasil = alokasi([calon(2), calon(1)], ks, on=ON)
        assert list(hasil.terploting) == ["A", "B"]
        assert nips(hasil.terploting["A"]) == [1] and nips(hasil.terploting["B"]) == [2]


def test_a_full_class_passes_the_next_participants_to_the_next_class() -> None:
    hasil = alokasi([calon(i) for i in range(1, 6)],
                    [kelas("A", date(2025, 3, 17), 2), kelas("B", date(2025, 3, 24), 1), kelas("C", date(2025, 3, 31), 1)],
                    on=ON)
    assert [nips(hasil.terploting[k]) for k in "ABC"] == [[1, 2], [3], [4]]
    assert nips(hasil.antrian) == [5] and hasil.sisa_kursi == {"A": 0, "B": 0, "C": 0}
    assert [p.riwayat for p in hasil.terploting["B"]] == [((Plot(angkatan="B", mulai=date(2025, 3, 24)), ON),)]


def test_a_class_of_the_other_jenis_never_takes_the_overflow() -> None:
    hasil = alokasi([calon(1), calon(2)], [kelas("A", date(2025, 3, 17), 1, P), kelas("N", date(2025, 3, 17), 5, N)],
                    on=ON)
    assert nips(hasil.terploting["A"]) == [1] and hasil.terploting["N"] == () and nips(hasil.antrian) == [2]
    assert hasil.sisa_kursi == {"A": 0, "N": 5}


def test_plotted_participants_elsewhere_and_in_the_class_keep_their_order() -> None:
    mulai = date(2025, 3, 17)
    lama = calon(9, status=S.TERPLOTING, angkatan="A", mulai_pelatihan=mulai, bendahara_aktif=True)
    hasil = alokasi([calon(1), lama, calon(2)], [kelas("A", mulai, 3)], on=ON)
    assert nips(hasil.terploting["A"]) == [9, 1, 2]  # priority order, the earlier seat included
    assert hasil.terploting["A"][0] is lama


def test_every_output_group_in_nip_or_priority_order() -> None:
    ps = [calon(5, status=S.DIREKAM), calon(4, status=S.BERSERTIFIKAT), calon(3, status=S.DIBLOKIR,
          daftar_blokir=True, angkatan="Z", mulai_pelatihan=date(2025, 2, 3)), calon(2, daftar_blokir=True),
          calon(7, status=S.DITUNDA), calon(6, nomor_wa=None),
          calon(9, penetapan=date(2025, 1, 9)), calon(8, penetapan=date(2025, 1, 8))]
    hasil = alokasi(ps, [], on=ON)
    assert nips(hasil.dilewati) == [4, 5] and nips(hasil.diblokir) == [2, 3] and nips(hasil.ditunda) == [6, 7]
    assert nips(hasil.antrian) == [8, 9]  # no class: everyone in priority order to the queue
    assert [p.riwayat for p in hasil.antrian] == [((Antrikan(), ON),)] * 2
    assert dict(hasil.terploting) == {} and dict(hasil.sisa_kursi) == {}
    assert [p.nama for p in hasil.semua()] == ["P6", "P7", "P8", "P9", "P2", "P3", "P4", "P5"]
    assert hasil.citation == C.PLOTING


def test_semua_yields_every_group_once_in_order() -> None:
    mulai = date(2025, 3, 17)
    ps = [calon(1), calon(2, jenis=N), calon(3, nomor_wa=None), calon(4), calon(5, daftar_blokir=True),
          calon(6, status=S.DIREKAM)]
    hasil = alokasi(ps, [kelas("A", mulai, 1), kelas("B", mulai, 1, N)], on=ON)
    assert [p.nama for p in hasil.semua()] == ["P1", "P2", "P3", "P4", "P5", "P6"]


def test_isi_kekurangan_cites_the_queue_and_leaves_new_participants() -> None:
    mulai = date(2025, 3, 24)
    hasil = isi_kekurangan([calon(1, status=S.MENUNGGU_ANTRIAN), calon(2), calon(3, daftar_blokir=True)],
                           [kelas("A", mulai, 5)], on=mulai - timedelta(days=7))
    assert hasil.citation == C.ANTRIAN
    assert nips(hasil.terploting["A"]) == [1] and nips(hasil.dilewati) == [2, 3] and hasil.diblokir == ()
    (p,) = hasil.terploting["A"]
    assert p.riwayat == ((Plot(angkatan="A", mulai=mulai), mulai - timedelta(days=7)),)


def test_isi_kekurangan_blocked_queued_participant_is_not_plotted() -> None:
    mulai = date(2025, 3, 24)
    q = calon(1, status=S.MENUNGGU_ANTRIAN, daftar_blokir=True)
    hasil = isi_kekurangan([q], [kelas("A", mulai, 5)], on=mulai - timedelta(days=3))
    assert hasil.diblokir == (q,) and hasil.terploting["A"] == ()


def test_on_must_be_a_date_before_anything_else() -> None:
    with pytest.raises(InvalidInput) as err:
        alokasi(["x"], ["y"], on=None)  # type: ignore[arg-type,list-item]
    assert (err.value.field, err.value.value) == ("on", None)


def test_inputs_may_be_any_iterable() -> None:
    hasil = alokasi(iter([calon(1)]), (k for k in [kelas("A", date(2025, 3, 17), 1)]), on=ON)
    assert nips(hasil.terploting["A"]) == [1]
    assert isinstance(hasil.terploting["A"][0], Peserta)
