"""Reading a .docx as its reader sees it: the stage below ``minutes lint`` and ``minutes import``.

:mod:`~minutes.reading.document` opens a file (bounded and checked by
:mod:`minutes.docx.safezip`) and builds the :class:`~minutes.reading.model.Doc`: every
paragraph in document order (table cells and text boxes included, headers and footers
apart) with its runs' effective format, styles resolved once per document
(:mod:`~minutes.reading.resolve` for fonts, themes and the saved page count).
:mod:`~minutes.reading.lines` turns it into lines and tables as an importer reads
them: old encodings (.VnTime/TCVN3, VNI) converted, Word's automatic numbering
written out (:mod:`~minutes.reading.numbering`), tracked deletions dropped and
insertions kept, comments left out. :mod:`~minutes.reading.patterns` holds the
patterns of the lines every văn bản has.

python-docx is imported inside the functions: ``minutes --help`` never loads it.
"""
