"""The process that keeps LibreOffice warm: run by LibreOffice's own Python, not by minutes.

``python3 worker.py SOFFICE PROFILE_DIR PIPE_NAME`` (a Python that can ``import uno``:
Debian's python3-uno, or the ``python`` shipped beside soffice) starts
``soffice --headless --accept=pipe,name=PIPE_NAME;urp;`` with its own profile,
connects to it over UNO, prints ``{"ready": true}`` and then converts one
document per request, one JSON object per line on standard input:
``{"in": "/abs/a.docx", "out": "/abs/a.pdf"}`` → ``{"ok": true}`` or
``{"error": "…"}``. End of input closes LibreOffice and ends the worker.

Standard library and ``uno`` only: it must run in a Python where minutes is not
installed. The parent (:mod:`minutes.pdf.server`) owns the timeout, the watchdog
and the restarts; this process only converts, and exits when LibreOffice is gone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.uno import Exception as UnoException

CONNECT_SECONDS = 60


def _props(**values):
    """UNO PropertyValues from keyword arguments."""
    out = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name, prop.Value = name, value
        out.append(prop)
    return tuple(out)


def _start(soffice: str, profile: str, pipe: str) -> subprocess.Popen:
    cmd = [soffice, "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
           f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
           f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"]
    return subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _connect(pipe: str, office: subprocess.Popen):
    """The desktop of the LibreOffice listening on ``pipe`` (waits while it starts)."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + CONNECT_SECONDS
    while True:
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except NoConnectException:
            if office.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def convert(desktop, source: str, target: str) -> None:
    """Load ``source`` hidden and read-only, export it to PDF at ``target``, close it."""
    document = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(source), "_blank", 0,
        _props(Hidden=True, ReadOnly=True, UpdateDocMode=0, MacroExecutionMode=0),
    )
    if document is None:
        raise RuntimeError("LibreOffice could not open the document")
    try:
        document.storeToURL(uno.systemPathToFileUrl(target), _props(FilterName="writer_pdf_Export"))
    finally:
        document.close(True)


def _reply(**values) -> None:
    sys.stdout.write(json.dumps(values) + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    soffice, profile, pipe = argv
    office = _start(soffice, profile, pipe)
    desktop = None
    try:
        desktop = _connect(pipe, office)
        _reply(ready=True, pid=office.pid)
        for line in sys.stdin:
            request = json.loads(line)
            try:
                convert(desktop, os.path.abspath(request["in"]), os.path.abspath(request["out"]))
                _reply(ok=True)
            except (UnoException, OSError, KeyError, ValueError) as exc:  # any UNO error (their one base),
                # a file it cannot reach, a malformed request: reported, and the worker goes on
                if office.poll() is not None:
                    _reply(error=f"LibreOffice stopped ({type(exc).__name__})")
                    return 1
                _reply(error=f"{type(exc).__name__}: {exc}")
    finally:
        _close(office, desktop)
    return 0


def _close(office: subprocess.Popen, desktop) -> None:
    """Ask LibreOffice to quit; kill it when it will not."""
    try:
        if desktop is not None and office.poll() is None:
            desktop.terminate()
        office.wait(timeout=10)
    except (UnoException, subprocess.TimeoutExpired):  # a dead bridge or a hung office: kill it
        office.kill()
        office.wait()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
