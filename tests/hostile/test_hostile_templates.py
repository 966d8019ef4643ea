"""Point 7 and the last of point 12: a template is bounded when compiled and rendered,
and ``templates check`` refuses what ``render`` refuses."""

from __future__ import annotations

import jinja2
import pytest
from docx import Document
from hostile_helpers import ROOT, assert_message, run_limited, write_outline

from minutes.docx.render import environment
from minutes.errors import TemplateError

HOSTILE = {
    "fold a string": ('{{ "a" * 10**9 }}', "nhân một chuỗi"),
    "fold a power": ("{{ (9**(9**9)) > 1 }}", "số quá lớn"),
    "intermediate": ('{% set s = range(100000)|join(",") %}{{ (s*3000)|length }}', "nhân một chuỗi"),
    "huge range": ("{{ range(10**9)|length }}", "số quá lớn"),
    "huge number": ("{{ 10**5000 }}", "số quá lớn"),
    "include": ('{% include "x.xml" %}', "include"),
    "import": ('{% import "x.xml" as x %}', "import"),
    "from import": ('{% from "x.xml" import y %}', "import"),
    "extends": ('{% extends "x.xml" %}', "extends"),
    "lipsum huge": ("{{ lipsum(n=10**9) }}", "số quá lớn"),
    "lipsum odd": ('{{ lipsum("x", min=0) }}', "lipsum()"),
    "ljust": ('{{ "a".ljust(10**9) }}', "số quá lớn"),
    "format width": ('{{ "{:>999999999}".format(1) }}', "độ rộng quá lớn"),
    "percent width": ('{{ "%0999999999d" % 1 }}', "độ rộng quá lớn"),
    "format filter": ('{{ "%0999999999d"|format(1) }}', "độ rộng quá lớn"),
    "center": ('{{ "x"|center(10**9) }}', "số quá lớn"),
    "doubling": ('{% set ns = namespace(s="ab") %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}'
                 "{% endfor %}{{ ns.s|length }}", "chuỗi quá dài"),
    "list repeat join": ('{{ ([range(1000)|join(",")] * 100000)|join }}', "join"),
    "division": ("{{ 1 / 0 }}", "ZeroDivisionError"),
    "float overflow": ("{{ 10.0 ** 1000 }}", "OverflowError"),
    "attr": ("{{ ''|attr('__class__') }}", "__class__"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_environment_refuses_with_a_message(case):
    source, words = HOSTILE[case]
    with pytest.raises((TemplateError, jinja2.TemplateError)) as caught:
        environment().from_string(source).render()
    assert words in str(caught.value)


def test_ordinary_expressions_still_work():
    env = environment()
    assert env.from_string('{{ "ab" * 3 }}|{{ 2 ** 10 }}|{{ [1, 2] + [3] }}|{{ "a" ~ "b" }}').render() == \
        "ababab|1024|[1, 2, 3]|ab"
    assert env.from_string("{{ range(3)|join(',') }}|{{ lipsum(1, False, 5, 6)|length > 0 }}").render() == "0,1,2|True"


def _template(folder, text: str):
    path = folder / "mau.docx"
    document = Document(str(ROOT / "templates" / "bien-ban.state.docx"))
    document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.mark.parametrize("case", ["fold a string", "fold a power", "intermediate", "huge number", "include",
                                  "lipsum odd", "format width", "doubling", "attr"])
def test_render_and_check_refuse_alike_under_one_gigabyte(tmp_path, case):
    source, words = HOSTILE[case]
    template = _template(tmp_path, source)
    outline = write_outline(tmp_path)
    assert_message(run_limited("render", outline, "-t", template, timeout=90), words)
    assert not (tmp_path / "hop.docx").exists() and not (tmp_path / "mau.docx.docx").exists()
    assert_message(run_limited("templates", "check", template, timeout=90), words)


def test_check_names_attr_with_an_internal_name_statically(tmp_path):
    from minutes.docx.template_check import check_template

    problems = check_template(_template(tmp_path, "{{ ''|attr('__globals__') }} {{ x['_y'] }}"))
    assert [p.message for p in problems][:2] == ["thuộc tính nội bộ '__globals__' không được phép trong mẫu",
                                                "thuộc tính nội bộ '_y' không được phép trong mẫu"]


def test_a_good_user_template_still_checks_ok(invoke, tmp_path):
    template = _template(tmp_path, "{{ meeting.title|upper }} {{ '%s'|format(chair.name) }}")
    result = invoke("templates", "check", template)
    assert result.exit_code == 0, result.stderr
