"""Convert .docx to PDF through a LibreOffice that keeps running (run by :mod:`minutes.pdf.warm`).

This script runs under a Python that has LibreOffice's ``uno`` module (Debian:
/usr/bin/python3 with python3-uno), not necessarily the one minutes runs under, so
it imports nothing from minutes. It connects to the LibreOffice listening on the
pipe named in argv[1], prints ``ready``, then reads one JSON job per line
(``{"docx": PATH, "pdf": PATH}``) and answers one JSON line per job.
"""

import json
import sys
import time

import uno  # noqa: E402 (LibreOffice's bridge)
from com.sun.star.beans import PropertyValue  # noqa: E402


def prop(name, value):
    """A UNO property."""
    found = PropertyValue()
    found.Name, found.Value = name, value
    return found


def connect(pipe, seconds=120.0):
    """The desktop of the LibreOffice listening on ``pipe`` (waits for it to start)."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + seconds
    while True:
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except Exception:  # noqa: BLE001 (not listening yet)
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def convert(desktop, docx, pdf):
    """Write ``pdf`` from ``docx`` with the filter ``soffice --convert-to pdf`` uses."""
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(docx), "_blank", 0,
                                            (prop("Hidden", True), prop("ReadOnly", True)))
    try:
        document.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "writer_pdf_Export"),))
    finally:
        document.close(True)


def main():
    """Connect, say ``ready``, then answer each job line."""
    desktop = connect(sys.argv[1])
    print("ready", flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        try:
            convert(desktop, job["docx"], job["pdf"])
            answer = {"ok": True}
        except Exception as exc:  # noqa: BLE001 (reported to the caller)
            answer = {"ok": False, "error": str(exc)}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
