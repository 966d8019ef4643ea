"""The words that differ between styles: how people are counted, the archive line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Wording:
    """Style-dependent phrases used when the context builds sentences."""

    person_unit: str  # "người" in state documents, "đồng chí" in Party and Đoàn ones
    honorific: str  # put before a name in running text ("đồng chí" or "")
    archive: str  # the last Nơi nhận line


STATE = Wording(person_unit="người", honorific="", archive="Lưu: VT, Hồ sơ.")
PARTY = Wording(person_unit="đồng chí", honorific="đồng chí", archive="Lưu Văn phòng.")
YOUTH = Wording(person_unit="đồng chí", honorific="đồng chí", archive="Lưu: VP, Hồ sơ.")

_BY_STYLE = {"state": STATE, "party": PARTY, "youth": YOUTH}


def wording_for(style: str) -> Wording:
    """Return the wording of ``style`` (state, party or youth)."""
    return _BY_STYLE[style]
