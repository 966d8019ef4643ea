"""A list the form changes keeps the YAML style it was written in: ``[a, b]`` or a list of dashes."""

from __future__ import annotations

import copy
import io

import pytest
from ruamel.yaml import YAML

from minutes.web.forms import apply, plain_values


def _add_item(text: str, item: str) -> str:
    yaml = YAML(typ="rt")
    tree = yaml.load(text)
    old = plain_values(tree)
    new = copy.deepcopy(old)
    new["agenda"] = [*new["agenda"], {"text": item, "items": ""}]
    out = io.StringIO()
    yaml.dump(apply(tree, old, new), out)
    return out.getvalue()


@pytest.mark.parametrize("text, expected", [
    ("agenda: [Một, Hai]\n", "agenda: [Một, Hai, Ba]\n"),
    ("agenda:\n- Một\n- Hai\n", "agenda:\n- Một\n- Hai\n- Ba\n"),
    ("place: Hà Nội\nagenda: [Một]\n", "place: Hà Nội\nagenda: [Một, Ba]\n"),
])
def test_an_added_item_keeps_the_lists_style(text, expected):
    assert _add_item(text, "Ba") == expected
