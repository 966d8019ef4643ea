"""An absentee's position is printed after the name, in every style, whichever way it is typed."""

from __future__ import annotations

import pytest
from conftest import open_docx

from minutes.docx.render import render_bytes
from minutes.model import STYLES
from minutes.outline import load_outline

OUTLINE = """\
style: {style}
organization: {{name: SỞ NỘI VỤ, code: SNV}}
meeting:
  title: Hội nghị giao ban tháng 9 năm 2025
  date: 26/9/2025
  start: 14h
  location: Phòng họp số 1
chair: Nguyễn Văn An - Giám đốc Sở
attendees:
  expected: 10
  present: 8
  absent:
{absent}
"""
FORMS = {
    "shorthand": '    - "Phạm Văn Dũng - Phó Giám đốc Sở (đi công tác)"\n    - "Lê Thị Hoa - Chánh Văn phòng (ốm)"',
    "mapping": ("    - {name: Phạm Văn Dũng, position: Phó Giám đốc Sở, reason: đi công tác}\n"
                "    - {name: Lê Thị Hoa, position: Chánh Văn phòng, reason: ốm}"),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("style", STYLES)
def test_absentee_position_is_printed(tmp_path, style, form):
    text = OUTLINE.format(style=style, absent=FORMS[form])
    outline = load_outline(tmp_path / "x.yaml", data=text.encode("utf-8"))
    printed = "\n".join(p.text for p in open_docx(render_bytes(outline)).paragraphs)
    assert "Phạm Văn Dũng - Phó Giám đốc Sở (đi công tác); Lê Thị Hoa - Chánh Văn phòng (ốm)." in printed


def test_an_absentee_without_position_or_reason_is_just_the_name(tmp_path):
    text = OUTLINE.format(style="state", absent="    - Phạm Văn Dũng\n    - Lê Thị Hoa (ốm)")
    outline = load_outline(tmp_path / "x.yaml", data=text.encode("utf-8"))
    printed = "\n".join(p.text for p in open_docx(render_bytes(outline)).paragraphs)
    assert "Vắng mặt: 02 người: Phạm Văn Dũng; Lê Thị Hoa (ốm)." in printed
