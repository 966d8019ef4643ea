"""What LibreOffice may reach while it converts: nothing outside the document.

The documents themselves are cut off first (:func:`minutes.docx.sanitize.strip_external`,
called where the inputs are staged). As a second wall, the throw-away profile
LibreOffice runs with is seeded by :func:`lock_profile` with settings that never
update links while loading, block links to untrusted referers and disable active
content (macros, OLE updates).
"""

from __future__ import annotations

from pathlib import Path

SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Writer/Content/Update"><prop oor:name="Link" oor:op="fuse"><value>2</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update"><prop oor:name="Field" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Content/Update"><prop oor:name="Link" oor:op="fuse"><value>2</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableActiveContent" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
</oor:items>
"""  # noqa: E501 (one registry item a line, as LibreOffice writes them)
"""registrymodifications.xcu of the conversion profile."""


def lock_profile(profile: Path) -> Path:
    """Seed the LibreOffice profile folder ``profile`` with :data:`SETTINGS`; return the file.

    Existing settings are left as they are (the profile belongs to this run only).
    """
    settings = profile / "user" / "registrymodifications.xcu"
    if not settings.exists():
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(SETTINGS, encoding="utf-8")
    return settings
