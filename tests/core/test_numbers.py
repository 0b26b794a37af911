"""``angka_id``: numbers in Indonesian messages."""

from __future__ import annotations

from decimal import Decimal

import pytest


@pytest.mark.parametrize(("value", "text"), [(Decimal("4.50"), "4,5"), (Decimal("87.5"), "87,5"), (1250, "1.250"),
                                             (Decimal("2"), "2"), (Decimal("-0.25"), "-0,25"), (Decimal("1E+3"), "1.000")])
def test_angka_id_tanpa_nol_di_belakang(value: Decimal | int, text: str) -> None:
    """Numbers in Indonesian messages: comma decimals, dot thousands, no trailing zeros."""
    from asnrules.core import angka_id

    assert angka_id(value) == text


def test_angka_id_menolak_yang_bukan_bilangan() -> None:
    from asnrules.core import InvalidInput, angka_id

    with pytest.raises(InvalidInput):
        angka_id(2.5)  # type: ignore[arg-type]
