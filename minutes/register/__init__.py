"""The office's register: numbers of documents, follow-up of tasks, search, on a real database.

- :mod:`~minutes.register.db`: which database (SQLite in the folder by default, or
  PostgreSQL), the engine, the Alembic migrations run at open;
- :mod:`~minutes.register.schema`: the tables, declared once for both engines;
- :mod:`~minutes.register.numbers`: taking a number in one transaction, voiding it;
- :mod:`~minutes.register.index`: the outlines' index, rebuilt from the files when they change;
- :mod:`~minutes.register.queries`: the folder's outlines, tasks with their review status,
  full-text search, numbers typed twice;
- :mod:`~minutes.register.fts`: each engine's full-text search behind one construct;
- :mod:`~minutes.register.sheet`: the sổ and the task list as a table, CSV or .docx;
- :mod:`~minutes.register.writeback`: the number written into the outline, comments kept.
"""
