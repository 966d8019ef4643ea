"""Points 6, 9 and 10: every .docx from outside goes through one safe zip reader.

Zip bombs (a 2 GiB part in a 2 MB file; a 1 GiB comment in document.xml), a part that
holds more than it declares, non-zip files, a missing document.xml, a relationship out
of the package and a billion-laughs entity are refused with a message by
``render -t``, ``templates check``, ``lint``, ``pdf`` and the fingerprint of an
existing output, each in a child process limited to 1 GB.
"""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from hostile_helpers import ROOT, assert_message, run_limited, write_outline

from minutes.docx.safezip import MAX_PARTS, PackageError, check_package

TEMPLATE = ROOT / "templates" / "bien-ban.state.docx"
GIB = 1 << 30


def _copy_with(path: Path, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> Path:
    """Write the built-in template to ``path`` with parts replaced or added."""
    replace, add = replace or {}, add or {}
    with zipfile.ZipFile(TEMPLATE) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in replace and replace[info.filename] is None:
                continue
            dst.writestr(info.filename, replace.get(info.filename, src.read(info)))
        for name, data in add.items():
            dst.writestr(name, data)
    return path


def _deflated(head: bytes, fill: bytes, size: int, tail: bytes) -> tuple[list[bytes], int, int]:
    """Return (raw deflate pieces, CRC-32, length) of head + ``size`` bytes of ``fill`` + tail.

    The filler is compressed once, as a block that ends on a full flush (nothing after it
    refers back into it), and that block is repeated: a bomb of gigabytes costs a second of
    CRC, not a minute of compression.
    """
    chunk = fill * ((1 << 24) // len(fill))

    def piece(data: bytes, end: int = zlib.Z_FULL_FLUSH) -> bytes:
        compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
        return compressor.compress(data) + compressor.flush(end)

    whole, rest = divmod(size, len(chunk))
    block, crc = piece(chunk), zlib.crc32(head)
    for _ in range(whole):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, zlib.crc32(chunk[:rest], crc))
    pieces = [piece(head), *[block] * whole, piece(chunk[:rest]), piece(tail, zlib.Z_FINISH)]
    return pieces, crc, len(head) + size + len(tail)


def _write_zip(path: Path, members: list[tuple[str, list[bytes], int, int]]) -> Path:
    """Write a zip of deflated ``members`` (name, raw deflate pieces, CRC-32, length) to ``path``."""
    central, offset = [], 0
    with path.open("wb") as out:
        for name, pieces, crc, length in members:
            encoded, packed = name.encode(), sum(map(len, pieces))
            fields = (20, 0, 8, 0, 0x21, crc, packed, length, len(encoded))
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + encoded)
            out.writelines(pieces)
            central.append(struct.pack("<IH", 0x02014B50, 20) + struct.pack("<HHHHHIIIHHHHHII", *fields,
                                                                             0, 0, 0, 0, 0, offset) + encoded)
            offset += 30 + len(encoded) + packed
        directory = b"".join(central)
        out.write(directory)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(directory),
                              offset, 0))
    return path


def _streamed(path: Path, name: str, size: int, head: bytes = b"", tail: bytes = b"", fill: bytes = b"\0") -> Path:
    """The template with part ``name`` = head + ``size`` bytes of ``fill`` + tail."""
    members = []
    with zipfile.ZipFile(TEMPLATE) as src:
        for info in src.infolist():
            if info.filename != name:
                data = src.read(info)
                members.append((info.filename, [zlib.compress(data, wbits=-15)], zlib.crc32(data), len(data)))
    return _write_zip(path, [*members, (name, *_deflated(head, fill, size, tail))])


@pytest.fixture(scope="module")
def bombs(tmp_path_factory) -> dict[str, Path]:
    """The two bombs of the issue, made once: each is a few MB on disk."""
    folder = tmp_path_factory.mktemp("bombs")
    with zipfile.ZipFile(TEMPLATE) as src:
        document = src.read("word/document.xml")
    cut = document.index(b"?>") + 2
    return {
        "part": _streamed(folder / "part.docx", "word/media/image1.png", 2 * GIB),
        "comment": _streamed(folder / "comment.docx", "word/document.xml", GIB, document[:cut] + b"<!--",
                             b"-->" + document[cut:], fill=b"x"),
    }


COMMANDS = {
    "render -t": lambda f, o: ("render", o, "-t", f, "-o", o.with_name("out.docx")),
    "templates check": lambda f, o: ("templates", "check", f),
    "lint": lambda f, o: ("lint", f),
}


@pytest.mark.parametrize("kind", ["part", "comment"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_zip_bombs_are_refused_in_bounded_memory(bombs, tmp_path, kind, command):
    assert bombs[kind].stat().st_size < 8 * 1024 * 1024
    outline = write_outline(tmp_path)
    result = run_limited(*COMMANDS[command](bombs[kind], outline))
    out = result.stdout.decode() + result.stderr.decode()
    assert "Traceback" not in out and "MemoryError" not in out, out[-2000:]
    assert result.returncode == 1 and "quá lớn khi giải nén" in out, out[-2000:]


@pytest.mark.parametrize("kind", ["part", "comment"])
def test_a_bomb_at_the_output_is_foreign_and_kept(bombs, tmp_path, kind):
    outline = write_outline(tmp_path)
    target = tmp_path / "hop.docx"
    os.link(bombs[kind], target)
    assert_message(run_limited("render", outline), "không do minutes tạo ra")
    result = run_limited("render", outline, "--force")
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert (tmp_path / "hop.bak.docx").stat().st_size == bombs[kind].stat().st_size


def test_pdf_of_a_bomb_is_refused_before_libreoffice_starts(bombs, tmp_path):
    log = tmp_path / "ran"
    fake = tmp_path / "soffice"
    fake.write_text(f"#!/bin/sh\ntouch '{log}'\n")
    fake.chmod(0o755)
    source = tmp_path / "bom.docx"
    os.link(bombs["part"], source)
    assert_message(run_limited("pdf", source, env={"MINUTES_SOFFICE": str(fake)}), "quá lớn khi giải nén")
    assert not log.exists() and not (tmp_path / "bom.pdf").exists()


def _lying(path: Path, declared: int = 100) -> Path:
    """A package whose document.xml declares ``declared`` bytes but holds more."""
    data = bytearray(_copy_with(path).read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + 17] == b"word/document.xml":
                data[at + offset : at + offset + 4] = struct.pack("<I", declared)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    return path


BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
                  + b"".join(b'<!ENTITY %c "%s">' % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(9))
                  + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                  b"<w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>")
ESCAPING_REL = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                b'2006/relationships/officeDocument" Target="../../etc/passwd"/></Relationships>')


def _bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """Each damaged or hostile package with the words its message must hold."""
    (folder / "text.docx").write_text("không phải zip")
    return {
        "not a zip": (folder / "text.docx", "không phải gói zip"),
        "no document.xml": (_copy_with(folder / "nodoc.docx", {"word/document.xml": None}), "word/document.xml"),
        "relationship out": (_copy_with(folder / "rel.docx", {"_rels/.rels": ESCAPING_REL}), "ra ngoài gói"),
        "billion laughs": (_copy_with(folder / "laughs.docx", {"word/document.xml": BILLION_LAUGHS}), "DOCTYPE"),
        "lying size": (_lying(folder / "lying.docx"), "bị hỏng"),
        "too many parts": (_copy_with(folder / "many.docx", add={f"x/{i}.bin": b"" for i in range(MAX_PARTS)}),
                           "quá nhiều phần"),
    }


@pytest.mark.parametrize("case", ["not a zip", "no document.xml", "relationship out", "billion laughs",
                                  "lying size", "too many parts"])
def test_hostile_packages_are_refused_by_every_reader(tmp_path, case):
    path, words = _bad_files(tmp_path)[case]
    outline = write_outline(tmp_path)
    for command in COMMANDS.values():
        result = run_limited(*command(path, outline))
        out = result.stdout.decode() + result.stderr.decode()
        assert "Traceback" not in out and result.returncode == 1 and words in out, out[-2000:]


def test_the_safe_reader_accepts_what_minutes_writes(rendered):
    for data in rendered.values():
        assert "word/document.xml" in check_package(data, "x.docx")


def test_a_huge_document_is_refused_by_lint_at_once(tmp_path):
    """10 MiB of two-word paragraphs in a 43 KB file: 8 paragraphs a byte, more than the budget for
    a file of its size (minutes' own outputs hold at most about 3.6)."""
    from minutes.docx.safezip import paragraph_budget

    body = b"<w:p><w:r><w:t>" + b"Ch\xe1\xbb\xaf " * 2 + b"</w:t></w:r></w:p>"
    with zipfile.ZipFile(TEMPLATE) as src:
        document = src.read("word/document.xml")
    at = document.index(b"<w:body>") + len(b"<w:body>")
    big = document[:at] + body * (10 * 1024 * 1024 // len(body)) + document[at:]
    path = _copy_with(tmp_path / "lon.docx", {"word/document.xml": big})
    result = run_limited("lint", path, timeout=60)
    out = result.stdout.decode() + result.stderr.decode()
    budget = f"tối đa tương đương {paragraph_budget(path.stat().st_size):,} đoạn văn".replace(",", ".")
    assert result.returncode == 1 and "quá lớn để đọc" in out and budget in out, out


def test_package_error_names_the_part():
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as zf:
        zf.writestr("word/document.xml", BILLION_LAUGHS)
    with pytest.raises(PackageError, match="'word/document.xml'"):
        check_package(data.getvalue(), "x.docx")
