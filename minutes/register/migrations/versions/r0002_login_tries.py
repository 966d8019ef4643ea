"""The web form's count of login attempts, shared by every worker process.

Revision ID: r0002
Revises: r0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0002"
down_revision = "r0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``login_tries``: one counter per key of :mod:`limits`, with the end of its window."""
    op.create_table(
        "login_tries",
        sa.Column("name", sa.String(300), primary_key=True),
        sa.Column("hits", sa.Integer, nullable=False),
        sa.Column("expires", sa.Double, nullable=False),
    )


def downgrade() -> None:
    """Drop ``login_tries`` (never run by minutes itself)."""
    op.drop_table("login_tries")
