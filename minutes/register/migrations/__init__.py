"""The register's Alembic migrations, run by :func:`minutes.register.db.open_register` at open."""
