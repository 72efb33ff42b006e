"""Gold files as YAML text, written by hand for speed and a stable layout.

The layout is the corpus's (CONTRACT.md §5, ``data/releases/ANNOTATION.md``): the release
block, one flow mapping per person, one block mapping per event, one flow mapping per
agreement. Strings that YAML would read as something else ("NO" for Norway, "null",
names with a colon or a comma) are double-quoted.

>>> scalar("NO"), scalar("Ng Eng Hen"), scalar(None), scalar("Washington, D.C.")
('"NO"', 'Ng Eng Hen', 'null', '"Washington, D.C."')
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from typing import Any

__all__ = ["dump_gold", "scalar"]

_PLAIN = re.compile(r"[A-Za-zÀ-ÿ][\w .'’\-]*")
_YAML_WORDS = {
    "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
}  # fmt: skip


def scalar(value: Any) -> str:
    """One YAML scalar: null, an ISO date, a plain string when safe, else a quoted one."""
    if value is None:
        return "null"
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if (
        _PLAIN.fullmatch(text)
        and text.lower() not in _YAML_WORDS
        and not text.endswith((" ", "."))
        and ": " not in text
        and " #" not in text
    ):
        return text
    return json.dumps(text, ensure_ascii=False)


def _flow_list(values: Iterable[Any]) -> str:
    return "[" + ", ".join(scalar(v) for v in values) + "]"


def _value(value: Any) -> str:
    if isinstance(value, list):
        return _flow_list(value)
    return scalar(value)


def dump_gold(
    release: dict[str, Any],
    persons: list[dict[str, Any]],
    events: list[dict[str, Any]],
    agreements: list[dict[str, Any]],
    comment: str,
) -> str:
    """A gold file's text."""
    lines = [f"# {line}" for line in comment.splitlines()]
    lines.append("release:")
    for key in ("language", "date", "publisher_country", "identifier"):
        if release.get(key) is not None:
            value = release[key]
            lines.append(f"  {key}: {json.dumps(value) if key == 'identifier' else scalar(value)}")
    if persons:
        lines.append("persons:")
        for p in persons:
            lines.append(
                f"  - {{name: {scalar(p['name'])}, country: {scalar(p['country'])}, "
                f"posts: {_flow_list(p['posts'])}}}"
            )
    else:
        lines.append("persons: []")
    if events:
        lines.append("events:")
        for event in events:
            first = True
            for key, value in event.items():
                lines.append(f"  {'- ' if first else '  '}{key}: {_value(value)}")
                first = False
    else:
        lines.append("events: []")
    if agreements:
        lines.append("agreements:")
        for a in agreements:
            body = ", ".join(f"{k}: {_value(v)}" for k, v in a.items())
            lines.append(f"  - {{{body}}}")
    else:
        lines.append("agreements: []")
    return "\n".join(lines) + "\n"
