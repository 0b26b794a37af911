"""pydantic field types that accept the tolerant spellings of each enum."""

from __future__ import annotations

from typing import Annotated, Any, Callable, TypeVar

from pydantic import BeforeValidator

from asnrules.models._base import OrderedEnum
from asnrules.models.enums import (
    JenisBendahara,
    JenjangJabatan,
    Pendidikan,
    PredikatKinerja,
    StatusKepegawaian,
    TingkatHukumanDisiplin,
)
from asnrules.models.golongan import Golongan
from asnrules.models.pangkat import PangkatPolri, PangkatTNI

E = TypeVar("E", bound=OrderedEnum)


def _tolerant(cls: type[E]) -> Callable[[Any], Any]:
    def parse(value: Any) -> Any:
        return cls.parse(value) if isinstance(value, str) else value

    return parse


GolonganT = Annotated[Golongan, BeforeValidator(_tolerant(Golongan))]
PangkatTNIT = Annotated[PangkatTNI, BeforeValidator(_tolerant(PangkatTNI))]
PangkatPolriT = Annotated[PangkatPolri, BeforeValidator(_tolerant(PangkatPolri))]
StatusKepegawaianT = Annotated[StatusKepegawaian, BeforeValidator(_tolerant(StatusKepegawaian))]
JenisBendaharaT = Annotated[JenisBendahara, BeforeValidator(_tolerant(JenisBendahara))]
PendidikanT = Annotated[Pendidikan, BeforeValidator(_tolerant(Pendidikan))]
JenjangJabatanT = Annotated[JenjangJabatan, BeforeValidator(_tolerant(JenjangJabatan))]
PredikatKinerjaT = Annotated[PredikatKinerja, BeforeValidator(_tolerant(PredikatKinerja))]
TingkatHukumanDisiplinT = Annotated[TingkatHukumanDisiplin, BeforeValidator(_tolerant(TingkatHukumanDisiplin))]
