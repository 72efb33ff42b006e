"""Slugs: the readable, stable last segment of instance IRIs.

>>> slug("Mohamed Khaled Nordin")
'mohamed-khaled-nordin'
>>> slug("Nguyễn Tân Cương")
'nguyen-tan-cuong'
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["slug"]


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens (accents folded, "đ" as "d")."""
    text = text.replace("đ", "d").replace("Đ", "D")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
