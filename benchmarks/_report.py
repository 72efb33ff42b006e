"""What every benchmark prints first: the title, the date, the machine and the versions."""

from __future__ import annotations

import datetime as dt
import os
import platform
from importlib import metadata


def version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def header(title: str, libs: list[str], *extra: str) -> str:
    cpu = platform.processor() or platform.machine()
    lines = [
        f"# {title}",
        "",
        f"- date: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"- machine: {cpu}, {os.cpu_count()} CPUs, {platform.platform()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        "- " + ", ".join(f"{lib} {version(lib)}" for lib in libs),
        *extra,
    ]
    return "\n".join(lines)
