"""Checks that belong to one family of documents, chosen by the tên loại.

Every văn bản gets the common checks of :mod:`minutes.lint.checks`; a family adds its own
here: the biên bản its two signature titles. To add the rules of another family (the
signer of a thông báo, the date of a giấy mời, the "Kính gửi" of a báo cáo…), write them in a
``rules_<family>.py`` module and list them under the family in :data:`FAMILY_CHECKS`.
"""

from __future__ import annotations

from minutes.glossary import KINDS
from minutes.lint.model import Doc, key

FAMILIES = {**{key(kind.ten_loai): kind.family for kind in KINDS if kind.family},
            "totrinh": "to-trinh", "quyetdinh": "quyet-dinh", "nghiquyet": "nghi-quyet", "kehoach": "ke-hoach"}


def family_of(doc: Doc) -> str:
    """Return the family of ``doc`` from its tên loại ("bien-ban", "thong-bao"…), "cong-van" for a
    document without one."""
    if doc.title is None:
        return "cong-van"
    name = key(doc.title.clean)
    return next((family for prefix, family in FAMILIES.items() if name.startswith(prefix)), "other")


def family_checks(doc: Doc) -> list:
    """Return the extra checks of the family of ``doc``."""
    from minutes.lint.rules_closing import check_bien_ban_titles

    checks = {"bien-ban": [check_bien_ban_titles]}
    return checks.get(family_of(doc), [])
