"""Import recall on a varied set of biên bản built as offices type them (tests/importer/layouts.py):
at least 90 % of the fields a careful secretary would write are right, and no value is invented;
documents that are not biên bản are refused with the kind they look like."""

from __future__ import annotations

import datetime as dt
import re

import layouts
import pytest

from minutes.importer import import_docx


def values(result) -> dict:
    from minutes.outline.reader import load as read_yaml

    return read_yaml(result.outline_text.encode("utf-8"), "x.yaml")


def field(data: dict, path: str):
    """The value at ``path`` ("meeting.start", "vote.for"); a person as the name only."""
    value = data
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if path in ("chair", "secretary") and isinstance(value, dict):
        value = value.get("name")
    if path in ("chair", "secretary") and isinstance(value, str):
        value = value.split(" - ")[0].strip()
    return value


def same(path: str, got, want) -> bool:
    if got is None or want is None:
        return got is None and want is None
    if path.endswith(("date", "start", "end")):
        return [int(n) for n in re.findall(r"\d+", str(got))] == [int(n) for n in re.findall(r"\d+", str(want))]
    if isinstance(want, int):
        return str(got).strip() == str(want)
    return " ".join(str(got).split()) == want


def compare(name: str, data: dict, expected: dict, read=None, agree=None) -> tuple[int, int, list[str], list[str]]:
    """(right, fields the document gives, wrong or missing, invented) of the imported ``data``
    against ``expected`` ({field path: value, or None where the document does not say it}),
    a value taken by ``read`` (default :func:`field`) and judged by ``agree`` (:func:`same`)."""
    read, agree = read or field, agree or same
    right, total, wrong, invented = 0, 0, [], []
    for path, want in expected.items():
        got = read(data, path)
        if want is None:
            if got not in (None, "", [], {}):
                invented.append(f"{name}: {path} = {got!r} (the document does not say it)")
            continue
        total += 1
        if agree(path, got, want):
            right += 1
        else:
            wrong.append(f"{name}: {path} = {got!r}, expected {want!r}")
    return right, total, wrong, invented


def score(name: str) -> tuple[int, int, list[str], list[str]]:
    """:func:`compare` for the builder ``name`` of the built set."""
    result = import_docx(getattr(layouts, name)(), name=f"{name}.docx", today=dt.date(2026, 1, 1))
    return compare(name, values(result), layouts.EXPECTED[name])


@pytest.mark.parametrize("name", sorted(layouts.EXPECTED))
def test_no_value_is_invented(name):
    assert score(name)[3] == []


def test_recall_over_the_varied_set_is_at_least_90_percent():
    right = total = 0
    wrong: list[str] = []
    for name in sorted(layouts.EXPECTED):
        r, t, w, _ = score(name)
        right, total, wrong = right + r, total + t, wrong + w
    print(f"import recall on the built set: {right}/{total} = {right / total:.1%}")
    assert right / total >= 0.90, f"{right}/{total} = {right / total:.1%}\n" + "\n".join(wrong)


@pytest.mark.parametrize("name,kind", sorted(layouts.NOT_MINUTES.items()))
def test_a_document_that_is_not_a_bien_ban_is_refused_with_its_kind(name, kind):
    from minutes.importer import NotMinutesError

    with pytest.raises(NotMinutesError, match=kind) as caught:
        import_docx(getattr(layouts, name)(), name=f"{name}.docx")
    assert caught.value.kind == kind


REAL = {  # ../shared/realdocs (read in place, never copied): the fields each biên bản states
    "ttr-bb-vnpt-su-co.docx": {
        "organization.parent": "TRUNG TÂM HẠ TẦNG", "organization.name": "TỔ HẠ TẦNG PHÚC YÊN", "place": "Phú Thọ",
        "meeting.title": "NGHIỆM THU VÀ QUYẾT TOÁN SAU SỬA CHỮA", "meeting.date": "09/01/2026",
        "meeting.location": "TDP Ngô Miễn, Phường Phúc Yên",
        "meeting.start": None, "chair": None, "secretary": None,  # an acceptance record: no time, no chair
    },
    "bb-vpi-template.docx": {
        "organization.parent": "TẬP ĐOÀN CÔNG NGHIỆP-NĂNG LƯỢNG QUỐC GIA VIỆT NAM",
        "organization.name": "VIỆN DẦU KHÍ VIỆT NAM", "place": "Hà Nội",
        "meeting.date": None, "meeting.start": None, "chair": None, "secretary": None,  # a blank form
    },
}


def test_recall_on_the_real_bien_ban_and_nothing_invented():
    from test_import_realdocs import FILES

    found = {p.name: p for p in FILES}
    if not set(REAL) <= set(found):
        pytest.skip("../shared/realdocs is absent")
    right = total = 0
    wrong: list[str] = []
    for name, expected in REAL.items():
        r, t, w, invented = compare(name, values(import_docx(found[name], today=dt.date(2026, 1, 1))), expected)
        assert invented == []
        right, total, wrong = right + r, total + t, wrong + w
    print(f"import recall on the real biên bản: {right}/{total} = {right / total:.1%}")
    assert right / total >= 0.90, "\n".join(wrong)


def test_tracked_changes_read_as_accepted_and_comments_left_out():
    """The .VnTime document holds a tracked deletion ("XÓA"), a move away, an insertion and a comment mark."""
    from minutes.reading.lines import read_source

    source = read_source(layouts.vntime_with_changes())
    text = "\n".join(line.text for line in source.body if hasattr(line, "text"))
    assert "XÓA" not in text and "XãA" not in text and "DỜI" not in text
    assert "Thời gian: 8 giờ 00, ngày 10/01/2026. chèn" in text  # the insertion is kept


def test_the_place_of_a_state_bien_ban_is_suggested_from_the_issuing_body_and_marked():
    """A state biên bản has no place-and-date line; the place is the unit the body is named after."""
    from conftest import EXAMPLES, render_outline_bytes

    path = next(p for p in EXAMPLES if p.stem == "mat-tran-giao-ban-quy-3-2021")
    result = import_docx(render_outline_bytes(path), name="mt.docx")
    assert values(result)["place"] == "Phú Thiện"
    assert any(u.path == "place" and "HUYỆN PHÚ THIỆN" in u.reason for u in result.uncertain)
