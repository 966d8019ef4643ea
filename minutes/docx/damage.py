"""What a damaged package can raise when python-docx and lxml read it: one named tuple.

Kept apart from :mod:`minutes.docx.safezip` (which every render imports to check a template's
bytes) so that only the code that opens a package with python-docx imports python-docx.
"""

from __future__ import annotations

import zipfile

import docx.exceptions
import docx.opc.exceptions
from lxml import etree

DAMAGED = (KeyError, ValueError, TypeError, AttributeError, IndexError, NotImplementedError, zipfile.BadZipFile,
           etree.XMLSyntaxError, docx.opc.exceptions.OpcError, docx.exceptions.PythonDocxError)
"""What reading a damaged package with python-docx and lxml can raise, once it has passed :func:`check_package`.

A part or relationship that is missing (KeyError), an attribute with an invalid value
(ValueError, TypeError), an element missing where one is required (AttributeError,
IndexError, python-docx's InvalidXmlError), a part python-docx would have to create
(NotImplementedError: a numbering part), XML that does not parse, a package python-docx
cannot open (OpcError). Catch this tuple where a damaged file should give a message or a
default, never ``Exception``.
"""
