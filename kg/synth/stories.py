"""Stories: what one synthetic release reports, and how often each kind is published.

One function per kind of release, as the ministries publish them (see
:mod:`kg.synth.multilateral`, :mod:`kg.synth.bilateral`, :mod:`kg.synth.exercises`):
a multilateral meeting reported by a participant (ADMM, ADMM Retreat, ADMM-Plus,
Shangri-La Dialogue, trilaterals, the FPDA ministers' meeting) with bilateral meetings on
its sidelines; a chair's statement; an official visit with talks and calls; a courtesy
call; a standalone bilateral meeting (a signing, talks, a joint committee); a joint
exercise. Agreements of every kind and status ride along, and every story adds sentences
that mention without asserting (meetings that "will be held", agreements recalled as
background), which the gold leaves out.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from kg.synth.bilateral import bilateral, courtesy, visit
from kg.synth.draft import Draft
from kg.synth.exercises import exercise
from kg.synth.multilateral import (
    admm,
    admm_plus,
    admm_retreat,
    chair_statement,
    fpda,
    sld,
    trilateral,
)
from kg.synth.world import FIRST_DAY, LAST_DAY

__all__ = ["STORIES", "Story", "pick_story", "random_day"]

Story = Callable[[Draft], None]

STORIES: dict[str, Story] = {
    "admm": admm,
    "admm-retreat": admm_retreat,
    "admm-plus": admm_plus,
    "sld": sld,
    "trilateral": trilateral,
    "fpda": fpda,
    "visit": visit,
    "courtesy-call": courtesy,
    "bilateral": bilateral,
    "exercise": exercise,
    "chair": chair_statement,
}

_WEIGHTS = {
    "admm": 9,
    "admm-retreat": 5,
    "admm-plus": 6,
    "sld": 7,
    "trilateral": 4,
    "fpda": 3,
    "visit": 22,
    "courtesy-call": 18,
    "bilateral": 12,
    "exercise": 14,
}


def pick_story(rng: random.Random, publisher: str) -> str:
    """A story kind for a ministry (the FPDA meeting only for Malaysia and Singapore)."""
    kinds = [k for k in _WEIGHTS if k != "fpda" or publisher in ("MY", "SG")]
    return rng.choices(kinds, [_WEIGHTS[k] for k in kinds])[0]


def random_day(rng: random.Random) -> dt.date:
    """A day of the release period, uniformly."""
    return FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
