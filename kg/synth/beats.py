"""Beats shared by the stories: topics, partners, venues, agreements, background, titles.

A beat writes one or a few sentences into a :class:`~kg.synth.draft.Draft` and records
the facts they state for the gold; background beats (:func:`recall_agreement`,
:func:`finish`) state none on purpose.
"""

from __future__ import annotations

import datetime as dt

from kg.synth.cast import Person
from kg.synth.draft import Draft
from kg.synth.phrases import AGREEMENT_FIELDS, THEMES
from kg.synth.templates import T
from kg.synth.world import PlaceInfo

__all__ = [
    "AGREEMENT_KIND",
    "ASEAN10",
    "BILATERAL_TOPICS",
    "MULTI_TOPICS",
    "OTHERS",
    "PLUS_PARTNERS",
    "SCOPE_TOPICS",
    "SLD_TOPICS",
    "agreement_name",
    "bilateral_topics",
    "day_between",
    "finish",
    "multi_topics",
    "pad",
    "pair_place",
    "partner",
    "recall_agreement",
    "set_title",
    "state_agreement",
    "where_received",
    "with_article",
]

MULTI_TOPICS = (
    "regional-security", "asean-centrality", "maritime-security", "counter-terrorism",
    "cybersecurity", "hadr", "peacekeeping", "capacity-building", "defence-industry",
    "science-technology", "military-medicine",
)  # fmt: skip

BILATERAL_TOPICS = (
    "defence-cooperation", "training", "personnel-exchange", "military-exercise",
    "maritime-security", "border-security", "counter-terrorism", "hadr", "defence-industry",
    "science-technology", "military-medicine", "peacekeeping", "capacity-building",
    "cybersecurity", "regional-security",
)  # fmt: skip

# Fields an agreement's scope names (not the security situation or ASEAN principles).
SCOPE_TOPICS = (
    "training", "personnel-exchange", "military-exercise", "maritime-security", "counter-terrorism",
    "hadr", "defence-industry", "science-technology", "military-medicine", "peacekeeping",
    "capacity-building", "cybersecurity",
)  # fmt: skip

SLD_TOPICS = (
    "regional-security", "maritime-security", "asean-centrality", "cybersecurity",
    "counter-terrorism", "defence-industry",
)  # fmt: skip

_NEIGHBOURS = {
    frozenset(p)
    for p in (
        ("MY", "TH"), ("MY", "ID"), ("MY", "SG"), ("MY", "BN"), ("ID", "TL"), ("ID", "PH"),
        ("ID", "SG"), ("TH", "KH"), ("TH", "LA"), ("TH", "MM"), ("VN", "KH"), ("VN", "LA"),
        ("LA", "KH"), ("VN", "CN"), ("LA", "CN"), ("MM", "CN"), ("MM", "IN"), ("ID", "AU"),
        ("MY", "PH"), ("LA", "MM"),
    )
}  # fmt: skip

ASEAN10 = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN")

PLUS_PARTNERS = ("AU", "CN", "IN", "JP", "KR", "NZ", "RU", "US")

OTHERS = ("FR", "GB", "DE", "CA", "TR", "QA")

AGREEMENT_KIND = {
    "mou": "mou",
    "loi": "letter-of-intent",
    "dca": "defence-cooperation-agreement",
    "agreement": "agreement",
    "joint-statement": "joint-statement",
    "joint-declaration": "joint-declaration",
}


def partner(d: Draft, exclude: tuple[str, ...] = (), *, pool: tuple[str, ...] = ()) -> str:
    """A partner country of the publisher: ASEAN first, then the Plus countries, then others."""
    if pool:
        choices = [c for c in pool if c not in exclude and c != d.publisher]
        return d.rng.choice(choices)
    weights: list[tuple[str, int]] = [(c, 3) for c in ASEAN10]
    weights += [(c, 2) for c in PLUS_PARTNERS] + [(c, 1) for c in (*OTHERS, "TL")]
    choices = [(c, w) for c, w in weights if c not in exclude and c != d.publisher]
    return d.rng.choices([c for c, _ in choices], [w for _, w in choices])[0]


def bilateral_topics(d: Draft, a: str, b: str, low: int = 1, high: int = 3) -> list[str]:
    """Topics two countries discuss (border security only between neighbours)."""
    pool = tuple(
        t for t in BILATERAL_TOPICS if t != "border-security" or frozenset((a, b)) in _NEIGHBOURS
    )
    return d.pick_topics(pool, low, high)


def multi_topics(d: Draft, pool: tuple[str, ...] = MULTI_TOPICS, high: int = 3) -> list[str]:
    """Topics a multilateral meeting discusses, regional security often among them."""
    topics = d.pick_topics(pool, 1, high)
    if "regional-security" in pool and "regional-security" not in topics and d.rng.random() < 0.5:
        topics.insert(0, "regional-security")
    return topics


def day_between(d: Draft, start: dt.date, end: dt.date) -> dt.date:
    """A day from ``start`` to ``end``, both included."""
    return start + dt.timedelta(days=d.rng.randrange(0, (end - start).days + 1))


def where_received(d: Draft, country: str, place: PlaceInfo) -> tuple[str, bool]:
    """Where a minister receives visitors, with its preposition ("at Wisma Pertahanan in
    Kuala Lumpur", "di Kuala Lumpur"), and whether the city is named (Singapore's releases
    often say only "at the Ministry of Defence")."""
    city = d.city(place)
    at = "di" if d.lang != "en" else "at"
    if d.lang == "en" and country == "SG" and d.rng.random() < 0.5:
        return "at the Ministry of Defence", False
    if d.rng.random() < 0.4:
        return f"{'di' if d.lang != 'en' else 'in'} {city}", True
    if d.lang == "en":
        if country == "MY":
            return f"at Wisma Pertahanan in {city}", True
        if country == "PH":
            return f"at Camp Aguinaldo in {city}", True
        ministry = (
            "Ministry of National Defence"
            if country in ("VN", "KH", "LA")
            else "Ministry of Defence"
        )
        return f"at the {ministry} in {city}", True
    if d.lang == "ms" and country == "MY":
        return f"{at} Wisma Pertahanan, {city}", True
    if d.lang == "id" and country == "ID":
        return f"{at} Kantor Kementerian Pertahanan, {city}", True
    return f"{at} Kementerian Pertahanan {d.country(country)}, {city}", True


def agreement_name(d: Draft, kind: str, field: int, parties: list[str]) -> str:
    """An agreement's name (no article) in the release's language."""
    fields = AGREEMENT_FIELDS[field][1][d.lang]
    short = d.rng.random() < 0.3
    lang = d.lang
    if kind == "mou":
        return {
            "en": f"{'MoU' if short else 'Memorandum of Understanding (MoU)'} on {fields}",
            "ms": f"{'MoU' if short else 'Memorandum Persefahaman (MoU)'} mengenai {fields}",
            "id": f"{'Memorandum Saling Pengertian' if short else 'Nota Kesepahaman (MoU)'} tentang {fields}",
        }[lang]
    if kind == "loi":
        return {
            "en": f"Letter of Intent{'' if short else ' (LoI)'} on {fields}",
            "ms": f"{'Surat Niat' if short else 'Surat Hasrat (Letter of Intent)'} mengenai {fields}",
            "id": f"{'Surat Pernyataan Kehendak' if short else 'Letter of Intent (LoI)'} tentang {fields}",
        }[lang]
    if kind == "dca":
        pair = "-".join(d.world.countries[c].label("en") for c in parties)
        return {
            "en": f"{pair} Defence Cooperation Agreement"
            if short
            else "Defence Cooperation Agreement (DCA)",
            "ms": "Perjanjian Kerjasama Pertahanan (DCA)",
            "id": "Perjanjian Kerja Sama Pertahanan (Defence Cooperation Agreement/DCA)",
        }[lang]
    if kind == "agreement":
        return {
            "en": f"Implementing Arrangement on {fields}",
            "ms": f"Pengaturan Pelaksanaan (Implementing Arrangement) mengenai {fields}",
            "id": f"Pengaturan Pelaksanaan (Implementing Arrangement) tentang {fields}",
        }[lang]
    theme = d.rng.choice(THEMES[lang])
    if kind == "joint-statement":
        return {
            "en": f"Joint Statement on {theme}",
            "ms": f"Kenyataan Bersama mengenai {theme}",
            "id": f"Pernyataan Bersama tentang {theme}",
        }[lang]
    raise ValueError(kind)


def with_article(d: Draft, name: str, status: str) -> str:
    """An agreement's name with the English article its status calls for ("a MoU" is "an MoU")."""
    if d.lang != "en":
        return name
    if status in ("renewed", "in-force"):
        return f"the {name}"
    vowel = name[0] in "AEIOU" or name.startswith(("MoU", "LoI"))
    return f"{'an' if vowel else 'a'} {name}"


def state_agreement(
    d: Draft,
    kind: str,
    status: str,
    a: Person,
    b: Person,
    *,
    event_key: str | None,
    proposer: Person | None = None,
) -> list[str]:
    """Sentences reporting an agreement between ``a``'s and ``b``'s countries, and its gold."""
    parties = [a.country, b.country]
    grp, cap = d.group(a, b)
    field = d.rng.randrange(len(AGREEMENT_FIELDS))
    if kind == "dca":
        field = 0
    topics = list(AGREEMENT_FIELDS[field][0]) if kind not in ("joint-statement",) else []
    name = agreement_name(d, kind, field, parties)
    ag = with_article(d, name, status)
    sentences: list[str] = []
    proposed_by = None
    concluded = None
    if status == "proposed":
        proposer = proposer or a
        other = b if proposer is a else a
        proposed_by = proposer.country
        sentences.append(
            d.say(
                "agree.proposed",
                x_s=d.ref(proposer),
                X=d.country(proposer.country),
                Y=d.country(other.country),
                ag=ag,
            )
        )
    elif status == "under-negotiation":
        sentences.append(d.say("agree.negotiating", ag=ag, grp=grp, Grp=cap))
    elif status == "signed":
        concluded = event_key
        sentences.append(d.say("agree.signed", ag=ag, a_s=d.ref(a), b_s=d.ref(b), grp=grp, Grp=cap))
    elif status == "renewed":
        concluded = event_key
        sentences.append(d.say("agree.renewed", ag=ag, grp=grp, Grp=cap))
    elif status == "in-force":
        since = d.date - dt.timedelta(days=d.rng.randrange(0, 40))
        year = since.year - d.rng.randint(1, 3)
        ag_cap = ag[0].upper() + ag[1:]
        sentences.append(
            d.say("agree.inforce", ag=ag, ag_cap=ag_cap, when=d.when(since), year=year, Grp=cap)
        )
    elif status == "adopted":
        concluded = event_key
        if d.lang == "en":
            text = f"At the end of the talks, {grp} issued {ag}."
        elif d.lang == "ms":
            text = f"Pada akhir pertemuan, {grp} telah mengeluarkan {ag}."
        else:
            text = f"Di akhir pertemuan, {grp} mengeluarkan {ag}."
        sentences.append(text)
    if kind == "dca" or (status != "proposed" and d.rng.random() < 0.35):
        extra = d.pick_topics(SCOPE_TOPICS, 1, 3)
        extra = [t for t in extra if t not in topics] or extra
        topics += [t for t in extra if t not in topics]
        sentences.append(d.say("agree.scope", topics=d.scope_text(extra)))
    d.agreement(
        AGREEMENT_KIND[kind],
        parties,
        status,
        proposed_by=proposed_by,
        concluded_at=concluded,
        topics=topics,
    )
    return sentences


def recall_agreement(d: Draft) -> str:
    """A past agreement recalled as background (not annotated)."""
    kind = d.rng.choice(("mou", "dca", "agreement"))
    field = 0 if kind == "dca" else d.rng.randrange(len(AGREEMENT_FIELDS))
    year = d.rng.randint(1992, max(1993, d.date.year - 2))
    name = agreement_name(d, kind, field, [d.publisher])
    ag = f"the {name}" if d.lang == "en" else name
    return d.say("recall.agreement", ag=ag, year=year)


def _fillers(d: Draft, a: str, b: str | None, who: Person | None, forum: str) -> list[str]:
    """Background sentences that state no fact of the gold, for padding to length."""
    out = []
    if b is not None:
        pair = {"A": d.country(a), "B": d.country(b)}
        out.append(d.say("fill.ties", **pair))
        out.append(d.say("fill.engagements", decades=d.rng.choice(("two", "three", "four"))
                         if d.lang == "en" else d.rng.choice(("dua", "tiga", "empat"))))  # fmt: skip
        out.append(d.say("fill.diplomatic", year=d.rng.randint(1950, 1995), **pair))
        out.append(d.say("fill.platforms"))
    elif forum:
        out.append(d.say(f"fill.{forum}"))
    if who is not None:
        out.append(d.say("fill.delegation", who_s=d.ref(who)))
    d.rng.shuffle(out)
    out.append(d.say("fill.commit"))
    return out


def finish(
    d: Draft,
    a: str,
    b: str | None,
    *,
    quote: Person | None = None,
    who: Person | None = None,
    forum: str = "",
) -> None:
    """Pad a short draft with background paragraphs (optional: dropped when too long)."""
    fillers = _fillers(d, a, b, who, forum)
    if quote is not None and d.rng.random() < 0.5:
        fillers.insert(0, d.say("fill.quote", x_s=d.ref(quote)))
    if d.words() < 150:
        take = []
        while fillers and d.words() + sum(len(f.split()) for f in take) < 150:
            take.append(fillers.pop(0))
        half = (len(take) + 1) // 2 if len(take) > 2 else len(take)
        d.para(*take[:half], optional=True)
        d.para(*take[half:], optional=True)
    pad(d, "pad")


def pad(d: Draft, beat: str) -> None:
    """Last resort for a short draft: neutral sentences of ``beat``, one paragraph."""
    if d.words() >= 150:
        return
    pool = list(T[beat][d.lang])
    d.rng.shuffle(pool)
    take = []
    while pool and d.words() + sum(len(s.split()) for s in take) < 150:
        take.append(pool.pop())
    d.para(*take, optional=True)


def _upper_title(d: Draft) -> bool:
    """Whether the house style prints headlines in capitals."""
    return d.style in ("MY", "TH", "BN", "chair")


def set_title(d: Draft, title: str) -> None:
    """Set the headline, in capitals where the house style wants them."""
    d.title = title.upper() if _upper_title(d) else title


def pair_place(d: Draft, p: str, f: str) -> str:
    """Where a bilateral engagement takes place: more often at home than abroad."""
    return p if d.rng.random() < 0.6 else f
