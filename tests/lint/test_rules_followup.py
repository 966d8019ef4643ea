"""``minutes lint`` on the documents that follow a meeting (issue 17): each rule fires on a
document spoilt the way the old renderer or a hurried văn thư spoils it, and not on ours."""

from __future__ import annotations

import io

import pytest
from conftest import EXAMPLES, open_docx

from minutes.docx.render import render_bytes
from minutes.lint import RULES_HELP, lint_document
from minutes.outline import load_outline

EXAMPLE = {p.stem: p for p in EXAMPLES}
FOLLOWUP_RULES = {"followup-signer", "followup-invitation-date", "followup-party-title", "followup-kinh-gui"}


def rules_of(data: bytes) -> set[str]:
    return {f.rule for f in lint_document(data)}


def spoil(data: bytes, change) -> bytes:
    """Apply ``change(paragraph)`` to every paragraph (body and table cells); return the bytes."""
    doc = open_docx(data)
    paragraphs = list(doc.paragraphs) + [p for t in doc.tables for row in t.rows for c in row.cells
                                         for p in c.paragraphs]
    for p in paragraphs:
        change(p)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def retext(p, old: str, new: str) -> None:
    if old in p.text and p.runs:
        text = p.text.replace(old, new)
        for run in p.runs[1:]:
            run.text = ""
        p.runs[0].text = text


def test_rules_are_described():
    assert set(RULES_HELP) >= FOLLOWUP_RULES


@pytest.mark.parametrize("kind", ["thong-bao-ket-luan", "bao-cao", "giay-moi"])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_our_followup_documents_pass(path, kind):
    assert not rules_of(render_bytes(load_outline(path), kind)) & FOLLOWUP_RULES


@pytest.mark.parametrize("kind", ["thong-bao-ket-luan", "bao-cao", "giay-moi"])
def test_long_job_title_without_authority(kind):
    data = render_bytes(load_outline(EXAMPLE["mat-tran-giao-ban-quy-3-2021"]), kind)

    def change(p):
        retext(p, "TM. BAN THƯỜNG TRỰC", "")
        retext(p, "CHỦ TỊCH", "CHỦ TỊCH ỦY BAN MTTQ VIỆT NAM HUYỆN")
    findings = [f for f in lint_document(spoil(data, change)) if f.rule == "followup-signer"]
    assert findings and "TM. ỦY BAN MẶT TRẬN" not in findings[0].message
    assert "TM. BAN THƯỜNG TRỰC" in findings[0].message


def test_head_of_a_non_collective_body_may_sign_alone():
    outline = load_outline(EXAMPLE["toi-thieu"])
    import dataclasses

    from minutes.model import Organization, Person
    outline = dataclasses.replace(outline, organization=Organization("SỞ NỘI VỤ", "SNV"),
                                  chair=Person("Lê An", "Giám đốc Sở Nội vụ tỉnh Tây Ninh"))
    assert "followup-signer" not in rules_of(render_bytes(outline, "bao-cao"))


def test_invitation_dated_on_the_meeting_day():
    data = render_bytes(load_outline(EXAMPLE["mat-tran-giao-ban-quy-3-2021"]), "giay-moi")
    blank = "ngày\u00a0……\u00a0tháng\u00a08"  # the date is one unbreakable run (no-break spaces)
    spoilt = spoil(data, lambda p: retext(p, blank, "ngày 26 tháng 8"))
    findings = [f for f in lint_document(spoilt) if f.rule == "followup-invitation-date"]
    assert findings and "26/08/2021" in findings[0].message
    earlier = spoil(data, lambda p: retext(p, blank, "ngày 20 tháng 8"))
    assert "followup-invitation-date" not in rules_of(earlier)


def test_party_trich_yeu_in_capitals():
    data = render_bytes(load_outline(EXAMPLE["dang-bo-doan-the-2020"]), "bao-cao")
    spoilt = spoil(data, lambda p: retext(p, "kết quả thực hiện", "KẾT QUẢ THỰC HIỆN"))
    assert "followup-party-title" not in rules_of(spoilt)  # half in capitals is not "in capitals"

    def shout(p):
        if p.text.startswith("kết quả thực hiện nhiệm vụ năm 2020"):
            retext(p, p.text, p.text.upper())
    assert "followup-party-title" in rules_of(spoil(data, shout))


def test_report_upward_without_kinh_gui():
    data = render_bytes(load_outline(EXAMPLE["mat-tran-giao-ban-quy-3-2021"]), "bao-cao")

    def drop(p):
        if p.text.startswith("Kính gửi"):
            for run in p.runs:
                run.text = ""
        retext(p, "Như trên", "Thường trực Huyện ủy (b/c)")
    findings = [f for f in lint_document(spoil(data, drop)) if f.rule == "followup-kinh-gui"]
    assert findings and "Kính gửi" in findings[0].message
