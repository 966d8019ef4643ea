"""Who signs a notice, report or invitation when the outline names no ``signer`` (ô 7).

NĐ 30 Phụ lục I (II.7): a collective body signs "TM." before the name of the
collective, and the line below is the signer's chức vụ only ("TM. ỦY BAN NHÂN
DÂN / CHỦ TỊCH"); a deputy signs "KT." before the head's title ("KT. GIÁM ĐỐC /
PHÓ GIÁM ĐỐC"); a head signing alone prints the short title ("GIÁM ĐỐC"). The
Front signs for its Ban Thường trực, a Công đoàn or Đoàn cơ sở for its Ban Chấp
hành, a Party committee "T/M ĐẢNG ỦY / BÍ THƯ" (HD 05-HD/VPTW).
"""

from __future__ import annotations

from dataclasses import dataclass

from minutes.model import Outline, Signer

COLLECTIVES = (
    # (how the issuing body's name starts, the collective that signs for it)
    ("ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"), ("UBND", "ỦY BAN NHÂN DÂN"),
    ("ỦY BAN MẶT TRẬN", "BAN THƯỜNG TRỰC"), ("ỦY BAN MTTQ", "BAN THƯỜNG TRỰC"),
    ("BAN THƯỜNG TRỰC", "BAN THƯỜNG TRỰC"), ("HỘI ĐỒNG NHÂN DÂN", "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN"),
    ("LIÊN ĐOÀN LAO ĐỘNG", "BAN THƯỜNG VỤ"), ("CÔNG ĐOÀN", "BAN CHẤP HÀNH"),
    ("HUYỆN ĐOÀN", "BAN THƯỜNG VỤ"), ("TỈNH ĐOÀN", "BAN THƯỜNG VỤ"), ("THÀNH ĐOÀN", "BAN THƯỜNG VỤ"),
    ("QUẬN ĐOÀN", "BAN THƯỜNG VỤ"), ("BCH ĐOÀN", "BAN CHẤP HÀNH"), ("BAN CHẤP HÀNH", "BAN CHẤP HÀNH"),
    ("ĐOÀN", "BAN CHẤP HÀNH"), ("CHI ĐOÀN", "BAN CHẤP HÀNH"), ("HỘI ", "BAN THƯỜNG VỤ"),
)
"""Collective bodies, recognised by the start of the issuing body's name (longest first)."""

PARTY_BODIES = (
    # (how a Party body's name starts, the collective that signs "T/M" for it; HD 05-HD/VPTW)
    ("BAN THƯỜNG VỤ", "BAN THƯỜNG VỤ"), ("ĐẢNG ỦY", "ĐẢNG ỦY"), ("ĐẢNG UỶ", "ĐẢNG ỦY"),
    ("ĐẢNG BỘ", "ĐẢNG ỦY"), ("CHI BỘ", "CHI BỘ"), ("HUYỆN ỦY", "HUYỆN ỦY"), ("TỈNH ỦY", "TỈNH ỦY"),
    ("THÀNH ỦY", "THÀNH ỦY"),
)
"""A Party body signs for its committee: a "ĐẢNG BỘ …" outline's documents are signed "T/M ĐẢNG ỦY"."""

TO_FILL = "." * 30
"""The title line left for the văn thư to write when the signer's chức vụ cannot be derived."""

HEADS = (
    "Chủ tịch", "Bí thư", "Giám đốc", "Tổng Giám đốc", "Trưởng ban", "Chánh Văn phòng",
    "Trưởng phòng", "Cục trưởng", "Vụ trưởng", "Viện trưởng", "Hiệu trưởng", "Chánh án",
    "Viện trưởng", "Bộ trưởng", "Tổng cục trưởng", "Chi cục trưởng", "Trưởng đoàn", "Hội trưởng",
)
"""Head words of a chức vụ; "Phó " before one makes a deputy. Longer titles are tried first."""


@dataclass(frozen=True, slots=True)
class SignerGuess:
    """The default signer and how sure the guess is (``known``: a head word was recognised)."""

    signer: Signer
    known: bool


def collective(name: str) -> str:
    """The collective that signs "TM." for the body ``name`` (in capitals), or ""."""
    name = " ".join(name.upper().split())
    return next((body for start, body in sorted(COLLECTIVES, key=lambda c: -len(c[0]))
                 if name.startswith(start)), "")


def leading_part(position: str, organization: str) -> str:
    """The part of the chair's chức vụ that heads the issuing body, or "" when not certain.

    Only a part that begins with a head word (:data:`HEADS`, or "Phó" and one) can be
    the leading position; "Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch Ủy ban MTTQ Việt
    Nam huyện" heads the Front as "Chủ tịch …". When several parts begin with a head
    word, the one sharing most words with the body's name wins; a tie is not certain.
    """
    parts = [p.strip() for p in position.split(",") if p.strip()]
    heads = [p for p in parts if head_title(p)[0]]
    if len(heads) <= 1:
        return heads[0] if heads else ""
    words = set(organization.lower().split()) - {"phường", "xã", "huyện", "tỉnh", "việt", "nam"}
    scored = sorted(((len(words & set(p.lower().split())), p) for p in heads), key=lambda x: -x[0])
    return scored[0][1] if scored[0][0] > scored[1][0] else ""


def relevant_part(position: str, organization: str) -> str:
    """The part of a comma-separated chức vụ that concerns the issuing body.

    "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Bí thư Đoàn phường" for "BCH ĐOÀN
    PHƯỜNG BA ĐÌNH" is "Bí thư Đoàn phường": the part sharing most words with the name.
    """
    parts = [p.strip() for p in position.split(",") if p.strip()] or [""]
    words = set(organization.lower().split()) - {"phường", "xã", "huyện", "tỉnh", "việt", "nam"}
    return max(parts, key=lambda p: (len(words & set(p.lower().split())), -parts.index(p)))


def head_title(position: str) -> tuple[str, bool]:
    """The short chức vụ at the start of ``position`` and whether it is a deputy's.

    >>> head_title("Phó Chủ tịch Ủy ban nhân dân xã")
    ('Phó Chủ tịch', True)
    """
    text = position.strip()
    deputy = text.lower().startswith("phó ")
    rest = text[4:] if deputy else text
    for head in sorted(HEADS, key=len, reverse=True):
        if rest.lower().startswith(head.lower()):
            return (f"Phó {head}" if deputy else head), deputy
    return "", deputy


def default_signer(outline: Outline) -> SignerGuess:
    """Return who signs the follow-up documents when ``signer`` is absent, and how sure that is.

    The chức vụ comes from the leading position in the issuing body (:func:`leading_part`);
    when none is certain, or the body's collective is not known for a Party outline, the
    title line is left as dots for the văn thư to fill (``known`` is False).
    """
    chair, org = outline.chair, outline.organization.name
    part = leading_part(chair.position, org)
    title, deputy = head_title(part)
    if outline.style == "party":
        name = " ".join(org.upper().split())
        body = next((b for start, b in PARTY_BODIES if name.startswith(start)), "")
        known = bool(title and body)
        return SignerGuess(Signer(chair.name, title.upper() if known else TO_FILL, "tm",
                                  body or TO_FILL), known)
    body = collective(org)
    if not title:
        return SignerGuess(Signer(chair.name, TO_FILL, "tm" if body else "", body), False)
    head = title[4:] if deputy else title
    if body and deputy:  # "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
        return SignerGuess(Signer(chair.name, title.upper(), "tm", f"{body}\nKT. {head.upper()}"), True)
    if body:
        return SignerGuess(Signer(chair.name, title.upper(), "tm", body), True)
    if deputy:
        return SignerGuess(Signer(chair.name, title.upper(), "kt", head.upper()), True)
    return SignerGuess(Signer(chair.name, title.upper()), True)


PREFIX = {"tm": "TM.", "kt": "KT.", "tl": "TL.", "tuq": "TUQ.", "q": "Q."}
PARTY_PREFIX = {"tm": "T/M", "kt": "K/T", "tl": "T/L", "tuq": "T/L", "q": "Q."}


def signer_lines(signer: Signer, style: str) -> dict:
    """The signer's lines (ô 7a, 7b): authority line ("" for none), chức vụ, name."""
    prefix = PARTY_PREFIX if style == "party" else PREFIX
    authority = ""
    if signer.authority:
        authority = f"{prefix[signer.authority]} {signer.on_behalf.upper()}".strip()
        if style == "party":
            authority = authority.replace("KT. ", "K/T ")
    return {"authority": authority, "position": signer.position.upper(), "name": signer.name}


def signer_note(outline: Outline) -> str:
    """What ``minutes check`` says when the signer of the follow-up documents was guessed ("" if named)."""
    if outline.signer is not None:
        return ""
    guess = default_signer(outline)
    lines = signer_lines(guess.signer, outline.style)
    shown = " / ".join(filter(None, (lines["authority"].replace("\n", " / "), lines["position"], lines["name"])))
    if not guess.known:
        position = " ".join(outline.chair.position.split())
        return (f"không nhận ra chức vụ đứng đầu cơ quan ban hành trong chức vụ người chủ trì \"{position}\"; "
                f"thông báo, báo cáo, giấy mời in dòng chức vụ để trống (\"{shown}\") cho văn thư điền. "
                "Hãy khai báo signer (name, position, authority, on_behalf)")
    return (f"chưa khai báo người ký thông báo, báo cáo, giấy mời; mặc định \"{shown}\" (suy từ tên cơ quan "
            "và chức vụ người chủ trì). Khai báo signer nếu người ký khác")
