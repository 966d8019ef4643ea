"""The floor of a fresh ``minutes register take``: what the stack alone costs.

Run as a fresh process by ``benchmarks/register.py`` beside the real command: it does, with the
libraries the command must use and nothing of minutes, the least a take does — parse its
arguments with click, open a SQLite file through SQLAlchemy and write one row in a transaction,
read the outline with ruamel.yaml (round trip) and write the number in as a first line
(minutes edits the text too, keeping her comments and layout).

Usage: python benchmarks/take_floor.py OUTLINE
"""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command()
@click.argument("outline", type=click.Path(exists=True, dir_okay=False))
def floor(outline: str) -> None:
    """Number OUTLINE the cheapest way the stack allows."""
    import sqlalchemy as sa
    from ruamel.yaml import YAML

    path = Path(outline)
    yaml = YAML()
    tree = yaml.load(path.read_text(encoding="utf-8"))
    engine = sa.create_engine(f"sqlite:///{path.parent / 'floor.sqlite'}")
    rows = sa.Table("numbers", sa.MetaData(), sa.Column("n", sa.Integer, primary_key=True))
    with engine.begin() as connection:
        rows.create(connection, checkfirst=True)
        number = connection.execute(sa.select(sa.func.coalesce(sa.func.max(rows.c.n), 0) + 1)).scalar_one()
        connection.execute(rows.insert().values(n=number))
    if "number" not in tree:
        path.write_text(f"number: {number}\n{path.read_text(encoding='utf-8')}", encoding="utf-8")
    click.echo(f"{number} {outline}")


if __name__ == "__main__":
    sys.exit(floor())
