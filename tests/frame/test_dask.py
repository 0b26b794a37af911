"""asnrules.frame.dask on a real distributed.LocalCluster (2 workers, loopback) equals the single-process
columnar engine, row for row."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
import polars as pl
import pytest

from asnrules import frame
from asnrules.batch import sample_path
from asnrules.core.errors import InvalidInput

from .helpers import ON

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", processes=True,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


def _workforce() -> pd.DataFrame:
    df = pl.read_csv(str(sample_path()), infer_schema=False)
    return pl.concat([df] * 9).to_pandas()


@pytest.mark.parametrize("nama, params", [("bendahara", {"jenis": "pengeluaran"}), ("inpassing", {}),
                                          ("perpindahan", {"jenjang_tujuan": "Ahli Muda"})])
def test_dask_result_equals_the_single_process_result(client: object, nama: str, params: dict[str, str]) -> None:
    from asnrules.frame import dask as frame_dask

    pdf = _workforce()
    ddf = dd.from_pandas(pdf, npartitions=4)
    got = frame_dask.run(ddf, nama, on=ON, **params).compute()
    want = frame.run(pdf, nama, on=ON, **params).to_pandas()
    assert list(got.columns) == list(want.columns)
    assert got["baris"].tolist() == list(range(1, len(pdf) + 1))
    for col in want.columns:
        assert got[col].astype(str).tolist() == want[col].astype(str).tolist(), col
    assert list(got["hasil"].cat.categories) == list(frame.HASIL)


def test_dask_refuses_a_bad_parameter_before_computing(client: object) -> None:
    from asnrules.frame import dask as frame_dask

    ddf = dd.from_pandas(_workforce(), npartitions=2)
    with pytest.raises(InvalidInput):
        frame_dask.run(ddf, "bendahara", on=ON, jenis="pengeluaran", bukan=1)
