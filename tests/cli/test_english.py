"""The command line speaks English with MINUTES_LANG=en, and Vietnamese, unchanged, without it.

minutes' own messages are Vietnamese msgids translated by minutes/locale/en/LC_MESSAGES/cli.po
(minutes.i18n); the help of the commands is translated from the Vietnamese written in the code.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from conftest import MINIMAL, ROOT

sys.path.insert(0, str(ROOT / "tools"))
import build_catalog

VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)
"""A letter only Vietnamese has: in an English message, a Vietnamese word left untranslated."""

QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”")


def _english() -> dict:
    with build_catalog.CLI_PO.open("rb") as handle:
        catalogue = read_po(handle)
    return {(m.id if isinstance(m.id, str) else tuple(m.id)): m.string for m in catalogue if m.id}


def _fields(text: str) -> list[str]:
    """The named placeholders of ``text`` with their format ("{wait:g}"); a lone brace is text."""
    return sorted(re.findall(r"\{[A-Za-z_]\w*(?:![rsa])?(?::[^{}]*)?\}", text.replace("{{", "").replace("}}", "")))


def _unquoted(text: str) -> str:
    """``text`` without what it quotes (her file names and values may be Vietnamese)."""
    return QUOTED.sub("", text)


@pytest.fixture
def english(monkeypatch):
    monkeypatch.setenv("MINUTES_LANG", "en")


# --- the catalogue -----------------------------------------------------------------------------

def test_every_message_of_the_code_has_its_english():
    english = _english()
    found = build_catalog.cli_messages()
    assert len(found) > 250
    missing = [(message, where[0]) for message, where in found.items()
               if not (english.get(message) if isinstance(message, str) else all(english.get(message) or ()))]
    assert not missing, f"run python tools/build_catalog.py --extract and translate: {missing}"


def test_the_english_keeps_every_placeholder():
    for message, translation in _english().items():
        sources = [message] if isinstance(message, str) else list(message)
        translations = [translation] if isinstance(translation, str) else list(translation)
        for source in sources:
            for text in translations:
                if text:
                    assert _fields(text) == _fields(source), (source, text)


def test_no_english_is_left_vietnamese():
    for message, translation in _english().items():
        for text in [translation] if isinstance(translation, str) else translation:
            assert not VIETNAMESE.search(_unquoted(text).replace("giờ", "")), (message, text)


def test_messages_are_marked_with_a_plain_string():
    """``_(f"…")`` or ``_(text)`` cannot be looked up: the msgid must be a literal."""
    wrong = []
    for path in sorted((ROOT / "minutes").rglob("*.py")):
        if "from minutes.i18n import" not in path.read_text(encoding="utf-8"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("N_", "ngettext") and node.args
                    and not all(isinstance(a, ast.Constant)
                                for a in node.args[:2 if node.func.id == "ngettext" else 1])):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"
                    and node.args and isinstance(node.args[0], ast.JoinedStr)):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not wrong, wrong


@pytest.mark.parametrize("word", ["lỗi cú pháp YAML", "phím Tab", "thiếu dấu cách sau dấu", "giá trị bắt đầu bằng",
                                  "thiếu mục bắt buộc", "kiểm tra lại:"])
def test_words_the_loader_looks_for_are_in_the_messages_english(word):
    """The loader tells a slip or a missing key by words of its message (outline.mending, load,
    slips): the English of those words must be in the English of every message that has them."""
    english = _english()
    assert english[word]
    for message, translation in english.items():
        if isinstance(message, str) and message != word and message.startswith(word) and word.endswith(":"):
            assert translation.startswith(english[word]), (message, translation)
        elif isinstance(message, str) and message != word and word in message:
            assert english[word].lower() in translation.lower(), (message, translation)


def test_default_is_vietnamese_without_a_catalogue_lookup(monkeypatch):
    from minutes import i18n

    assert i18n._("Lỗi: {message}") == "Lỗi: {message}"
    monkeypatch.setenv("MINUTES_LANG", "en")
    assert i18n._("Lỗi: {message}") == "Error: {message}"
    assert i18n._("") == ""  # not the catalogue's header
    files = "{failed}/{total} tệp có lỗi."
    assert i18n.ngettext(files, files, 2) == "{failed}/{total} files have errors."
    monkeypatch.setenv("MINUTES_LANG", "vi")
    assert i18n._("Lỗi: {message}") == "Lỗi: {message}"


# --- the command line --------------------------------------------------------------------------

def _commands(command, path=("minutes",)):
    yield path, command
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from _commands(sub, (*path, name))


def test_every_help_is_english(invoke, english):
    from minutes.cli import main

    for path, _command in _commands(main):
        result = invoke(*path[1:], "--help")
        assert result.exit_code == 0, result.output
        assert not VIETNAMESE.search(_unquoted(result.stdout)), (path, result.stdout)
    top = invoke("--help").stdout
    assert "Show the version and exit." in top and "Check outlines" in top and "Commands:" in top


def test_help_of_a_fresh_process_is_all_english():
    env = {**os.environ, "MINUTES_LANG": "en"}
    done = subprocess.run([sys.executable, "-m", "minutes", "--help"], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Show this message and exit." in done.stdout and "Draft documents from the outlines" in done.stdout
    assert not VIETNAMESE.search(_unquoted(done.stdout)), done.stdout


def test_help_goes_back_to_vietnamese(invoke, monkeypatch):
    monkeypatch.setenv("MINUTES_LANG", "en")
    assert "Check outlines" in invoke("--help").stdout
    assert "Show this message and exit." in invoke("check", "-h").stdout
    monkeypatch.delenv("MINUTES_LANG")
    monkeypatch.delenv("LANGUAGE")  # minutes.i18n.install set it for Click, as a fresh process would not have it
    out = invoke("--help").stdout
    assert "Kiểm tra các đề cương" in out and "Check outlines" not in out
    assert "In hướng dẫn này rồi thoát." in invoke("check", "-h").stdout
    assert "Tạo thêm bản PDF (cần LibreOffice)." in invoke("render", "--help").stdout


def test_check_of_a_missing_file(invoke, english, tmp_path):
    result = invoke("check", tmp_path / "khong-co.yaml")
    assert result.exit_code == 1
    assert "file '" in result.stderr and "not found; check the file name and the folder" in result.stderr
    assert "1/1 file has errors." in result.stderr
    assert not VIETNAMESE.search(_unquoted(result.stderr))


def test_check_of_a_missing_file_stays_vietnamese(invoke, tmp_path):
    result = invoke("check", tmp_path / "khong-co.yaml")
    name = tmp_path / "khong-co.yaml"
    assert result.stderr == (f"{name}: không tìm thấy tệp '{name}'; hãy kiểm tra tên tệp và thư mục\n"
                             "1/1 tệp có lỗi.\n")


SEVERAL = MINIMAL.replace("date: 26/8/2025", "date: 31/02/2025").replace("start: 14h", "start: 25h") \
    .replace("location: Hội trường", "location: Hội trường\n  colour: đỏ").replace(
        "chair: Nguyễn Văn An - Giám đốc Sở\n", "") + "secretary: \tTrần Thị Bình\n"


def test_check_of_an_outline_with_several_errors(invoke, english, tmp_path, monkeypatch):
    outline = tmp_path / "hop.yaml"
    outline.write_text(SEVERAL, encoding="utf-8")
    result = invoke("check", outline)
    assert result.exit_code == 1
    err = result.stderr
    assert "the date 31/02/2025 does not exist" in err
    assert "the time '25h' is not valid" in err
    assert "the key 'colour' is not valid" in err
    assert "missing required key 'chair' (chair)" in err
    assert "1/1 file has errors." in err
    for line in err.splitlines():
        assert not VIETNAMESE.search(_unquoted(line)), line
    # the same problems as in Vietnamese, one line each
    monkeypatch.delenv("MINUTES_LANG")
    vietnamese = invoke("check", outline).stderr
    assert "ngày 31/02/2025 không tồn tại" in vietnamese and "1/1 tệp có lỗi." in vietnamese
    assert len(vietnamese.splitlines()) == len(err.splitlines()) >= 5


def test_a_yaml_slip_is_english_and_mended_past(invoke, english, tmp_path):
    outline = tmp_path / "hop.yaml"
    outline.write_text(MINIMAL.replace("  start: 14h", "\tstart: 14h").replace("date: 26/8/2025", "date: 30/2/2025"),
                       encoding="utf-8")
    err = invoke("check", outline).stderr
    assert "Tab key" in err and "the date 30/02/2025 does not exist" in err, err


def test_render_summary_and_written(invoke, english, tmp_path):
    outline = tmp_path / "hop.yaml"
    outline.write_text(MINIMAL, encoding="utf-8")
    result = invoke("render", outline, "-o", tmp_path / "hop.docx")
    assert result.exit_code == 0 and f"Wrote {tmp_path / 'hop.docx'}" in result.stdout
    bad = tmp_path / "sai.yaml"
    bad.write_text(MINIMAL.replace("26/8/2025", "31/02/2025"), encoding="utf-8")
    result = invoke("render", outline, bad, "-d", tmp_path / "out")
    assert "1/2 outline has errors." in result.stderr and "Error: 1 problem in" in result.stderr


def test_document_text_stays_vietnamese(invoke, english, tmp_path):
    import docx

    outline = tmp_path / "hop.yaml"
    outline.write_text(MINIMAL, encoding="utf-8")
    assert invoke("render", outline, "-o", tmp_path / "hop.docx").exit_code == 0
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "hop.docx")).paragraphs)
    assert "BIÊN BẢN" in text and "Hội nghị giao ban" in text


def _typed_in_word(path: Path) -> Path:
    """A .docx as a secretary might type it in Word: Letter paper, Word's theme fonts, a dash
    in the motto, no signature: findings of every kind."""
    import docx

    document = docx.Document()
    for text in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc", "BIÊN BẢN",
                 "Hội nghị giao ban", "Nội dung cuộc họp."):
        document.add_paragraph(text)
    document.save(str(path))
    return path


def test_lint_findings_are_english(invoke, english, tmp_path):
    result = invoke("lint", _typed_in_word(tmp_path / "go-tay.docx"))
    assert result.exit_code == 1
    out = result.stdout
    assert re.search(r"go-tay\.docx: \d+ errors, \d+ warnings", out)
    assert "error [paper] page layout: paper size 216 x 279 mm; Decree 30 requires A4" in out
    assert "the motto: uses the dash “–” instead of the hyphen “-”; correct it to “Độc lập - Tự do - Hạnh phúc”" in out
    assert "paragraph 3: the document type “BIÊN BẢN”" in out
    assert "no “Nơi nhận:” (recipients) block under the signature" in out
    for line in out.splitlines():
        if not line.startswith("      “"):  # the quoted paragraph under a finding is her text
            assert not VIETNAMESE.search(_unquoted(line)), line


def test_lint_findings_stay_vietnamese(invoke, tmp_path):
    out = invoke("lint", _typed_in_word(tmp_path / "go-tay.docx")).stdout
    assert re.search(r"go-tay\.docx: \d+ lỗi, \d+ cảnh báo", out)
    assert "  lỗi [paper] bố cục trang: khổ giấy 216 x 279 mm; NĐ 30 yêu cầu A4 (210 x 297 mm): " \
           "Bố cục → Khổ giấy → A4" in out
    assert "errors" not in out and "Decree" not in out


def test_no_function_hides_the_translation_function():
    """A function that binds ``_`` (``for x, _ in …``, ``a, _ = …``) and also calls ``_("…")``
    would call its own variable: a loop or an unpacking there must use another name."""
    wrong = []
    for path in sorted((ROOT / "minutes").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "from minutes.i18n import" not in text:
            continue
        for function in ast.walk(ast.parse(text)):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            own = [n for n in ast.walk(function) if not isinstance(n, ast.comprehension)]
            binds = any(isinstance(n, ast.Name) and n.id == "_" and isinstance(n.ctx, ast.Store)
                        and not _in_comprehension(n, function) for n in own)
            calls = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "_" for n in own)
            if binds and calls:
                wrong.append(f"{path.relative_to(ROOT)}:{function.lineno} {function.name}")
    assert not wrong, wrong


def _in_comprehension(name: ast.Name, function: ast.AST) -> bool:
    """Whether ``name`` is bound by a comprehension inside ``function`` (its own scope)."""
    return any(isinstance(node, ast.comprehension) and name in ast.walk(node.target) for node in ast.walk(function))


@pytest.mark.parametrize("command", ["lint", "import"])
def test_a_received_file_refused_is_english(invoke, english, tmp_path, monkeypatch, command):
    """The refusals of a received file (read in a child process) are in the caller's language,
    whichever language the children's fork server started with."""
    not_zip = tmp_path / "bien-ban.docx"
    not_zip.write_bytes(b"not a zip package at all")
    old_word = tmp_path / "bien-ban-cu.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    said = {}
    for path in (not_zip, old_word):
        result = invoke(command, path)
        assert result.exit_code == 1
        said[path] = result.stdout + result.stderr
        for line in said[path].splitlines():
            assert not VIETNAMESE.search(_unquoted(line)), line
    assert "not a .docx file (not a Word zip package); check that this is the right file" in said[not_zip]
    assert ("this is a .doc file (Word 97-2003), not a .docx; open it in Word and save it as .docx"
            in said[old_word])
    monkeypatch.delenv("MINUTES_LANG")
    vietnamese = invoke(command, old_word)
    assert ("đây là tệp .doc (Word 97-2003), không phải .docx; hãy mở bằng Word và lưu lại dạng .docx"
            in vietnamese.stdout + vietnamese.stderr)
