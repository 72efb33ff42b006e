"""Multilateral meetings: the ADMM family as a participant or the chair reports it, the
Shangri-La Dialogue, trilateral meetings and the FPDA Defence Ministers' Meeting.

Participants' reports carry bilateral meetings and calls on the sidelines (``part_of``
the meeting, their own dates only when stated); the ADMM and its Retreat often adopt a
joint declaration or statement; meetings that "will be held" are mentioned, not annotated.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kg.synth import dates
from kg.synth.beats import (
    ASEAN10,
    MULTI_TOPICS,
    SLD_TOPICS,
    bilateral_topics,
    day_between,
    finish,
    multi_topics,
    pad,
    set_title,
    state_agreement,
)
from kg.synth.cast import Person, Term
from kg.synth.draft import OMIT, Draft
from kg.synth.phrases import NUMBER_WORDS, THEMES, join, ordinal
from kg.synth.world import ADMM_CHAIRS, LAST_DAY, Meeting, PlaceInfo

__all__ = ["admm", "admm_plus", "admm_retreat", "chair_statement", "fpda", "sld", "trilateral"]

_SLD_COUNTRIES = (*ASEAN10, "AU", "CN", "IN", "JP", "KR", "NZ", "US", "FR", "GB", "DE", "CA")

_KEYNOTE_COUNTRIES = ("AU", "JP", "IN", "NZ", "ID", "PH", "MY", "SG", "VN", "FR", "GB", "CA", "KR")

_CONCEPT_PAPERS = (
    "Concept Paper on an ADMM Network of Defence Archives",
    "Concept Paper on the ADMM Young Officers' Forum",
    "ADMM Three-Year Work Programme",
    "Concept Paper on Strengthening Secretariat Support for the ADMM",
)


def _attendance(d: Draft, members: list[str], partners: list[str]) -> str:
    """Who attended: all ASEAN members ("10 negara anggota ASEAN"), plus the Plus countries."""
    n = len(members)
    word = NUMBER_WORDS[d.lang].get(n, str(n))
    lang = d.lang
    if not partners:
        return d.rng.choice(
            {
                "en": (
                    "the defence ministers of all ASEAN Member States",
                    f"the defence ministers and heads of delegation of the {word} ASEAN Member States",
                ),
                "ms": (
                    f"Menteri-Menteri Pertahanan dari kesemua {n} negara anggota ASEAN",
                    f"{n} negara anggota ASEAN",
                ),
                "id": (
                    f"para menteri pertahanan dari {word} negara anggota ASEAN",
                    "para menteri pertahanan seluruh negara anggota ASEAN",
                ),
            }[lang]
        )
    names = join([d.country(c) for c in partners], lang)
    return {
        "en": f"the defence ministers of the {word} ASEAN Member States and of the eight Plus countries, namely {names}",
        "ms": f"{n} negara anggota ASEAN dan lapan negara rakan dialog, iaitu {names}",
        "id": f"{word} negara anggota ASEAN serta delapan negara mitra, yakni {names}",
    }[lang]


def _admm_names(d: Draft, m: Meeting) -> dict[str, str]:
    """A meeting's full name, short name, "The Meeting"/"the Meeting" and headline form."""
    lang = d.lang
    o = ordinal(m.ordinal, lang)
    if m.series == "admm":
        return {
            "meeting": {
                "en": f"the {o} ASEAN Defence Ministers' Meeting (ADMM)",
                "ms": f"Mesyuarat Menteri-Menteri Pertahanan ASEAN (ADMM) {o}",
                "id": f"Pertemuan Para Menteri Pertahanan ASEAN (ADMM) {o}",
            }[lang],
            "short": {"en": "the ADMM", "ms": "ADMM", "id": "ADMM"}[lang],
            "s": {"en": "The Meeting", "ms": "Mesyuarat tersebut", "id": "Pertemuan tersebut"}[
                lang
            ],
            "l": {"en": "the Meeting", "ms": "mesyuarat tersebut", "id": "pertemuan tersebut"}[
                lang
            ],
            "abbr": {"en": f"{o} ADMM", "ms": f"ADMM {o}", "id": f"ADMM {o}"}[lang],
        }
    if m.series == "admm-retreat":
        return {
            "meeting": {
                "en": "the ASEAN Defence Ministers' Meeting Retreat (ADMM Retreat)",
                "ms": "Sesi Permukiman Menteri-Menteri Pertahanan ASEAN (ADMM Retreat)",
                "id": "Retret Para Menteri Pertahanan ASEAN (ADMM Retreat)",
            }[lang],
            "short": {"en": "the Retreat", "ms": "Sesi Permukiman tersebut", "id": "Retret"}[lang],
            "s": {"en": "The Retreat", "ms": "Sesi Permukiman tersebut", "id": "Retret tersebut"}[
                lang
            ],
            "l": {"en": "the Retreat", "ms": "sesi permukiman tersebut", "id": "retret tersebut"}[
                lang
            ],
            "abbr": "ADMM Retreat",
        }
    return {
        "meeting": {
            "en": f"the {o} ASEAN Defence Ministers' Meeting-Plus (ADMM-Plus)",
            "ms": f"Mesyuarat Menteri-Menteri Pertahanan ASEAN-Plus (ADMM-Plus) {o}",
            "id": f"Pertemuan Para Menteri Pertahanan ASEAN Plus (ADMM-Plus) {o}",
        }[lang],
        "short": {"en": "the ADMM-Plus", "ms": "ADMM-Plus", "id": "ADMM-Plus"}[lang],
        "s": {"en": "The Meeting", "ms": "Mesyuarat tersebut", "id": "Pertemuan tersebut"}[lang],
        "l": {"en": "the Meeting", "ms": "mesyuarat tersebut", "id": "pertemuan tersebut"}[lang],
        "abbr": {"en": f"{o} ADMM-Plus", "ms": f"ADMM-Plus {o}", "id": f"ADMM-Plus {o}"}[lang],
    }


def _pick_meeting(d: Draft, series: str) -> Meeting:
    """A meeting of the series, in a year drawn at random from the calendar."""
    year = d.rng.choice(d.world.meeting_years(series))
    meeting = d.world.meeting(series, year)
    assert meeting is not None
    return meeting


def _release_after(d: Draft, m: Meeting) -> None:
    """Date the release on the meeting's last day or the day after."""
    d.date = min(m.end + dt.timedelta(days=1 if d.rng.random() < 0.25 else 0), LAST_DAY)


def _sidelines(
    d: Draft,
    parent: dict[str, Any],
    who: Person,
    pool: list[str],
    count: int,
    meeting_short: str,
    first: dt.date,
    last: dt.date,
) -> None:
    """Bilateral meetings or calls on the sidelines of ``parent``, one paragraph each."""
    for code in d.rng.sample(pool, min(count, len(pool))):
        other_term = d.holder(code, d.principal_role(code))
        other = other_term.person
        call = d.rng.random() < 0.2
        stated = d.rng.random() < 0.35 and last >= first
        day = day_between(d, first, min(last, d.date)) if stated else None
        when = f" {d.when(day)}" if day else ""
        sentences = [
            d.say(
                "side.call" if call else "side.bilateral",
                meeting_short=meeting_short,
                who_s=d.ref(who),
                other=d.intro(other_term),
                when=when,
            )
        ]
        topics = bilateral_topics(d, who.country, code)
        sentences.append(
            d.say("side.discuss", topics=d.topic_text(topics), Grp=d.group(who, other)[1])
        )
        event = d.event(
            f"{who.country.lower()}-{code.lower()}",
            "courtesy-call" if call else "bilateral-meeting",
            forum=OMIT,
            start=day or OMIT,
            place=OMIT,
            country=OMIT,
            host=OMIT,
            chair=OMIT,
            countries=[who.country, code],
            observers=OMIT,
            part_of=parent["key"],
            topics=topics,
        )
        d.attend(event, who, other)
        d.attend(parent, who, other)
        roll = d.rng.random()
        if roll < 0.12:
            kind = d.rng.choice(("mou", "mou", "loi"))
            sentences += state_agreement(d, kind, "proposed", who, other, event_key=None)
        elif roll < 0.2:
            sentences += state_agreement(d, "mou", "under-negotiation", who, other, event_key=None)
        d.para(*sentences)


def admm_member(d: Draft, series: str) -> None:
    """An ADMM, ADMM Retreat or ADMM-Plus meeting reported by a participating ministry."""
    m = _pick_meeting(d, series)
    _release_after(d, m)
    p = d.publisher
    names = _admm_names(d, m)
    d.kind = series
    d.dateline = m.place
    members = d.world.asean_members(m.start)
    partners = d.world.plus_partners() if series == "admm-plus" else []
    principal = d.holder(p, d.principal_role(p))
    represented: Term | None = None
    if p != m.host and d.world.cast.has(p, "ddm") and d.rng.random() < 0.15:
        represented, principal = principal, d.holder(p, "ddm")
    who = principal.person
    own = d.country(p)
    when = d.when(m.start, m.end)
    if represented is not None:
        lead = d.say(
            "multi.represented",
            who=d.intro(principal),
            minister=d.intro(represented),
            meeting=names["meeting"],
            place=d.where(m.place),
            when=when,
            demonym=d.demonym(p),
            own=own,
        )
    else:
        lead = d.say(
            "multi.lead",
            who=d.intro(principal),
            meeting=names["meeting"],
            place=d.where(m.place),
            when=when,
            demonym=d.demonym(p),
            own=own,
        )
    chair_term = d.holder(m.host, d.principal_role(m.host))
    chair_stated = m.host == p or d.rng.random() < 0.75
    observers = ["TL"] if d.world.tl_observer(m.start) and d.rng.random() < 0.7 else []
    event = d.event(
        series.replace("admm-", "") if series != "admm" else "admm",
        "multilateral-meeting",
        forum="admm-plus" if series == "admm-plus" else "admm",
        start=m.start,
        end=m.end,
        place=d.city(m.place),
        country=m.host,
        host=m.host,
        chair=chair_term.person.canonical if chair_stated else None,
        countries=[*members, *partners],
        observers=observers,
    )
    d.attend(event, who)
    meeting_l = names["l"]
    attendance = _attendance(d, members, partners)
    second: list[str] = []
    if chair_stated:
        chair = d.intro(chair_term)
        d.attend(event, chair_term.person)
        second.append(
            d.say(
                "multi.chair",
                meeting_s=names["s"],
                meeting_l=meeting_l,
                chair=chair,
                attendance=attendance,
            )
        )
    else:
        second.append(d.say("multi.attended", meeting_s=names["s"], attendance=attendance))
    if observers:
        if d.rng.random() < 0.3:
            tl = d.holder("TL", "dm")
            second.append(d.say("multi.observer_named", obs=d.intro(tl)))
            d.attend(event, tl.person)
        else:
            second.append(d.say("multi.observer"))
    d.para(lead)
    d.para(*second)
    topics = multi_topics(d)
    talk = [
        d.say(
            "multi.discuss", topics=d.topic_text(topics), meeting_l=meeting_l, meeting_s=names["s"]
        )
    ]
    if d.rng.random() < 0.5:
        more = [t for t in multi_topics(d) if t not in topics][:2]
        if more:
            talk.append(
                d.say(
                    "multi.stress",
                    topics=d.topic_text(more),
                    who_s=d.ref(who),
                    poss=who.possessive,
                    own=own,
                )
            )
            topics += more
    d.add_topics(event, topics)
    if d.rng.random() < 0.5:
        talk.append(d.say("colour.multi"))
    d.para(*talk)
    pool = [c for c in members if c not in (p, "TL")]
    if series == "admm-plus":
        pool += partners
    count = d.rng.choice((0, 1, 1, 2))
    _sidelines(d, event, who, pool, count, names["short"], m.start, m.end)
    adopt = {"admm": 0.5, "admm-retreat": 0.35, "admm-plus": 0.25}[series]
    if d.rng.random() < adopt:
        _adopt_document(d, event, m, names)
    if series in ("admm", "admm-retreat") and d.rng.random() < 0.5:
        year = m.year + 1 if series == "admm" else m.year
        nxt = ADMM_CHAIRS.get(year)
        if nxt:
            d.para(d.say("future.admm", next=d.country(nxt), year=year), optional=True)
    set_title(d, _admm_title(d, who, names, m))
    finish(d, p, None, who=who, forum="admm")


def _adopt_document(d: Draft, event: dict[str, Any], m: Meeting, names: dict[str, str]) -> None:
    """A joint declaration or statement adopted by the meeting (status adopted)."""
    declaration = m.series == "admm" and d.rng.random() < 0.7
    city = d.city(m.place)
    theme = d.rng.choice(THEMES[d.lang])
    if declaration:
        doc = {
            "en": f"the {city} Joint Declaration of the ASEAN Defence Ministers on {theme}",
            "ms": f"Deklarasi Bersama {city} Menteri-Menteri Pertahanan ASEAN mengenai {theme}",
            "id": f"Deklarasi Bersama {city} para Menteri Pertahanan ASEAN tentang {theme}",
        }[d.lang]
    else:
        doc = {
            "en": f"a Joint Statement on {theme}",
            "ms": f"satu Kenyataan Bersama mengenai {theme}",
            "id": f"Pernyataan Bersama tentang {theme}",
        }[d.lang]
    sentences = [d.say("multi.adopt", doc=doc, meeting_l=names["l"], meeting_s=names["s"])]
    topics = multi_topics(d, high=2)
    sentences.append(d.say("multi.doc_scope", topics=d.topic_text(topics)))
    d.para(*sentences)
    d.agreement(
        "joint-declaration" if declaration else "joint-statement",
        list(event["countries"]),
        "adopted",
        concluded_at=str(event["key"]),
        topics=topics,
    )


def _admm_title(d: Draft, who: Person, names: dict[str, str], m: Meeting) -> str:
    """The headline of a participant's report of an ADMM-family meeting."""
    city = d.city(m.place)
    if d.lang == "ms":
        meeting = names["meeting"]
        return d.rng.choice(
            (f"{meeting} di {d.where(m.place)}", f"Penyertaan {d.title_post(who)} ke {meeting}")
        )
    if d.lang == "id":
        return f"{d.title_post(who)} Hadiri {names['abbr']} di {city}"
    if d.style == "MY":
        return f"Malaysia's Participation in {names['meeting']}"
    return d.rng.choice(
        (
            f"{d.title_post(who)} Attends {names['abbr']} in {city}",
            f"{d.title_post(who)} Joins ASEAN Counterparts at {names['abbr']}",
        )
    )


def admm(d: Draft) -> None:
    """An ADMM reported by a participating ministry."""
    admm_member(d, "admm")


def admm_retreat(d: Draft) -> None:
    """An ADMM Retreat reported by a participating ministry."""
    admm_member(d, "admm-retreat")


def admm_plus(d: Draft) -> None:
    """An ADMM-Plus reported by a participating ministry."""
    admm_member(d, "admm-plus")


def chair_statement(d: Draft) -> None:
    """A chair's statement of an ADMM, ADMM Retreat or ADMM-Plus (English, numbered)."""
    series = d.rng.choices(("admm", "admm-plus", "admm-retreat"), (5, 3, 2))[0]
    m = _pick_meeting(d, series)
    d.publisher = m.host
    d.date = m.end
    d.kind = f"chair-{series}"
    d.dateline = m.place
    members = d.world.asean_members(m.start)
    partners = d.world.plus_partners() if series == "admm-plus" else []
    o = ordinal(m.ordinal, "en")
    meeting = {
        "admm": f"{o} ASEAN Defence Ministers' Meeting (ADMM)",
        "admm-retreat": "ASEAN Defence Ministers' Meeting Retreat (ADMM Retreat)",
        "admm-plus": f"{o} ASEAN Defence Ministers' Meeting-Plus (ADMM-Plus)",
    }[series]
    chair_term = d.holder(m.host, d.principal_role(m.host))
    observers = ["TL"] if d.world.tl_observer(m.start) and d.rng.random() < 0.85 else []
    event = d.event(
        {"admm": "admm", "admm-retreat": "retreat", "admm-plus": "admm-plus"}[series],
        "multilateral-meeting",
        forum="admm-plus" if series == "admm-plus" else "admm",
        start=m.start,
        end=m.end,
        place=d.city(m.place),
        country=m.host,
        host=m.host,
        chair=chair_term.person.canonical,
        countries=[*members, *partners],
        observers=observers,
    )
    when = (
        f"on {dates.day(m.start, 'en')}"
        if m.start == m.end
        else f"from {dates.span(m.start, m.end, 'en')}"
    )
    d.para(
        d.say(
            "chair.convened",
            meeting=meeting,
            when=when,
            place=d.where(m.place),
            chair=d.intro(chair_term, appositive=True),
            attendance=_attendance(d, members, partners),
        )
    )
    d.attend(event, chair_term.person)
    extra = []
    if observers:
        if d.rng.random() < 0.25:
            tl = d.holder("TL", "dm")
            extra.append(f"Timor-Leste, represented by {d.intro(tl)}, took part as an observer.")
            d.attend(event, tl.person)
        else:
            extra.append(d.say("chair.observer"))
    if d.rng.random() < 0.5:
        extra.append(d.say("chair.secgen"))
    d.para(*extra)
    topics = multi_topics(d)
    d.add_topics(event, topics)
    d.para(d.say("chair.discuss", topics=d.topic_text(topics)))
    if d.rng.random() < 0.6:
        d.para(d.say("chair.noted", paper=d.rng.choice(_CONCEPT_PAPERS)))
    if d.rng.random() < {"admm": 0.55, "admm-retreat": 0.3, "admm-plus": 0.35}[series]:
        declaration = series == "admm" and d.rng.random() < 0.7
        theme = d.rng.choice(THEMES["en"])
        city = d.city(m.place)
        doc = (
            f"the {city} Joint Declaration of the ASEAN Defence Ministers on {theme}"
            if declaration
            else f"the Joint Statement of the {'ADMM-Plus' if series == 'admm-plus' else 'ADMM'} on {theme}"
        )
        doc_topics = multi_topics(d, high=2)
        d.para(
            d.say("chair.adopt", doc=doc),
            d.say("multi.doc_scope", topics=d.topic_text(doc_topics)),
        )
        d.agreement(
            "joint-declaration" if declaration else "joint-statement",
            list(event["countries"]),
            "adopted",
            concluded_at=event["key"],
            topics=doc_topics,
        )
    plus = d.world.meeting("admm-plus", m.year)
    if series == "admm" and plus is not None and plus.start > m.end:
        tomorrow = plus.start == m.end + dt.timedelta(days=1)
        day = dates.day(plus.start, "en")
        when = f"tomorrow, {day}" if tomorrow else f"on {day}"
        d.para(
            d.say(
                "chair.plus", ord=ordinal(plus.ordinal, "en"), place=d.city(plus.place), when=when
            )
        )
    elif m.year + 1 in ADMM_CHAIRS and series != "admm-retreat":
        d.para(d.say("chair.next", next=d.country(ADMM_CHAIRS[m.year + 1]), year=m.year + 1))
    if d.rng.random() < 0.6:
        d.para(d.say("chair.thanks", country=d.country(m.host)), optional=True)
    label = d.rng.choice(
        ("CHAIRMAN'S STATEMENT", "CHAIR'S STATEMENT", "CHAIRMAN'S PRESS STATEMENT")
    )
    d.title = f"{label} OF THE {meeting.rsplit(' (', 1)[0].upper()}"
    pad(d, "chair.more")


def sld(d: Draft) -> None:
    """The Shangri-La Dialogue as a delegation reports it, with meetings on its sidelines."""
    m = _pick_meeting(d, "sld")
    d.date = m.end if d.rng.random() < 0.6 else m.start + dt.timedelta(days=1)
    d.kind = "sld"
    d.dateline = m.place
    p = d.publisher
    principal = d.holder(p, d.principal_role(p))
    who = principal.person
    o = ordinal(m.ordinal, d.lang)
    event = d.event(
        "sld",
        "multilateral-meeting",
        forum="shangri-la-dialogue",
        start=m.start,
        end=m.end,
        place="Shangri-La Hotel",
        country="SG",
        host="SG",
        countries=["SG", p],
    )
    if p == "SG":
        lead = (
            f"{d.intro(principal)} held bilateral meetings with counterparts on the sidelines of the "
            f"{o} IISS Shangri-La Dialogue, which is being held at the Shangri-La Hotel, Singapore "
            f"{d.span(m.start, m.end)}."
        )
    else:
        lead = d.say(
            "sld.lead",
            who=d.intro(principal),
            ord=o,
            when=d.span(m.start, m.end),
            demonym=d.demonym(p),
            own=d.country(p),
        )
    d.attend(event, who)
    d.para(lead)
    if d.rng.random() < 0.55:
        code = d.rng.choice(_KEYNOTE_COUNTRIES)
        role = "pm" if d.world.cast.has(code, "pm") else "president"
        keynote = d.holder(code, role)
        d.para(d.say("sld.keynote", kn=d.intro(keynote)))
        d.attend(event, keynote.person)
        event["countries"].append(code)
    if d.rng.random() < 0.65:
        topics = multi_topics(d, SLD_TOPICS)
        d.add_topics(event, topics)
        d.para(d.say("sld.plenary", who_s=d.ref(who), topics=d.topic_text(topics)))
    pool = [c for c in _SLD_COUNTRIES if c != p]
    before = len(d.events)
    short = {"en": "the Dialogue", "ms": "dialog tersebut", "id": "dialog tersebut"}[d.lang]
    _sidelines(d, event, who, pool, d.rng.choice((1, 1, 2, 3)), short, m.start, m.end)
    for side in d.events[before:]:
        code = side["countries"][1]
        if code not in event["countries"]:
            event["countries"].append(code)
    d.title = {
        "en": f"{d.title_post(who)} Attends {o} Shangri-La Dialogue",
        "ms": f"{d.title_post(who)} Menghadiri Dialog Shangri-La {o}",
        "id": f"{d.title_post(who)} Hadiri Shangri-La Dialogue {o}",
    }[d.lang]
    set_title(d, d.title)
    finish(d, p, None, who=who, forum="sld")


def _small_multilateral(
    d: Draft,
    countries: list[str],
    forum: str | None,
    host: str,
    day: dt.date,
    place: PlaceInfo,
    names: dict[str, str],
) -> None:
    """A small ministers' meeting (trilateral, FPDA) as one of its participants reports it."""
    p = d.publisher
    d.date = min(day + dt.timedelta(days=1 if d.rng.random() < 0.25 else 0), LAST_DAY)
    d.dateline = place
    principal = d.holder(p, d.principal_role(p))
    who = principal.person
    event = d.event(
        names["key"],
        "multilateral-meeting",
        forum=forum,
        start=day,
        place=d.city(place),
        country=host,
        host=host,
        countries=countries,
        observers=[],
    )
    d.attend(event, who)
    d.para(
        d.say(
            "multi.lead",
            who=d.intro(principal),
            meeting=names["meeting"],
            place=d.where(place),
            when=d.when(day),
            demonym=d.demonym(p),
            own=d.country(p),
        )
    )
    others = [c for c in countries if c != p]
    named = others if forum is None else d.rng.sample(others, d.rng.randint(1, min(3, len(others))))
    terms = [d.holder(c, d.principal_role(c)) for c in named]
    second = [
        d.say(
            "multi.others", others=join([d.intro(t) for t in terms], d.lang), meeting_s=names["s"]
        )
    ]
    for t in terms:
        d.attend(event, t.person)
    if d.rng.random() < 0.6:
        host_person = d.holder(host, d.principal_role(host)).person
        if host_person.canonical in event["participants"]:
            second.append(d.say("multi.hosted", host=d.ref(host_person)))
    d.para(*second)
    topics = multi_topics(
        d,
        (
            *(t for t in MULTI_TOPICS if t != "asean-centrality"),
            "border-security",
            "military-exercise",
        ),
    )
    d.add_topics(event, topics)
    talk = [
        d.say(
            "multi.discuss", topics=d.topic_text(topics), meeting_l=names["l"], meeting_s=names["s"]
        )
    ]
    if d.rng.random() < 0.5:
        talk.append(d.say("colour.small"))
    d.para(*talk)
    if d.rng.random() < 0.35:
        theme = d.rng.choice(THEMES[d.lang])
        doc = {
            "en": f"a Joint Statement on {theme}",
            "ms": f"satu Kenyataan Bersama mengenai {theme}",
            "id": f"Pernyataan Bersama tentang {theme}",
        }[d.lang]
        doc_topics = multi_topics(
            d, tuple(t for t in MULTI_TOPICS if t != "asean-centrality"), high=2
        )
        d.para(
            d.say("multi.adopt", doc=doc, meeting_l=names["l"], meeting_s=names["s"]),
            d.say("multi.doc_scope", topics=d.topic_text(doc_topics)),
        )
        d.agreement(
            "joint-statement", countries, "adopted", concluded_at=event["key"], topics=doc_topics
        )
    if d.rng.random() < 0.5:
        nxt = d.rng.choice(others)
        d.para(
            d.say("future.meeting", place=d.country(nxt), year=day.year + 1),
            optional=True,
        )
    d.title = {
        "en": f"{d.title_post(who)} Attends {names['title']} in {d.city(place)}",
        "ms": f"{d.title_post(who)} Menghadiri {names['title']} di {d.city(place)}",
        "id": f"{d.title_post(who)} Hadiri {names['title']} di {d.city(place)}",
    }[d.lang]
    set_title(d, d.title)
    finish(d, p, None, who=who, forum="regional")


def trilateral(d: Draft) -> None:
    """A trilateral defence ministers' meeting (three countries, no forum)."""
    p = d.publisher
    if p in ("ID", "MY", "PH") and d.rng.random() < 0.5:
        countries = ["ID", "MY", "PH"]
    else:
        pool = [c for c in (*ASEAN10, "AU", "JP", "US", "IN") if c != p]
        countries = [p, *d.rng.sample(pool, 2)]
    host = d.rng.choice(countries)
    day = d.date
    place = d.world.meeting_city(host, d.rng)
    labels = [d.country(c, article=False) for c in countries]
    d.kind = "trilateral"
    names = {
        "key": "trilateral",
        "meeting": {
            "en": f"the {'-'.join(labels)} Trilateral Defence Ministers' Meeting",
            "ms": f"Mesyuarat Tiga Hala Menteri-Menteri Pertahanan {join(labels, 'ms')}",
            "id": f"Pertemuan Trilateral Menteri Pertahanan {join(labels, 'id')}",
        }[d.lang],
        "s": {"en": "The meeting", "ms": "Mesyuarat tersebut", "id": "Pertemuan tersebut"}[d.lang],
        "l": {"en": "the meeting", "ms": "mesyuarat tersebut", "id": "pertemuan tersebut"}[d.lang],
        "title": {
            "en": "Trilateral Defence Ministers' Meeting",
            "ms": "Mesyuarat Tiga Hala Menteri-Menteri Pertahanan",
            "id": "Pertemuan Trilateral Menteri Pertahanan",
        }[d.lang],
    }
    _small_multilateral(d, countries, None, host, day, place, names)


def fpda(d: Draft) -> None:
    """The Five Power Defence Arrangements Defence Ministers' Meeting (MY or SG reporting)."""
    m = _pick_meeting(d, "fpda")
    d.kind = "fpda"
    o = ordinal(m.ordinal, d.lang)
    names = {
        "key": "fdmm",
        "meeting": {
            "en": f"the {o} Five Power Defence Arrangements Defence Ministers' Meeting (FDMM)",
            "ms": f"Mesyuarat Menteri-Menteri Pertahanan Lima Negara (FDMM) {o}",
            "id": f"Pertemuan Menteri Pertahanan Five Power Defence Arrangements (FDMM) {o}",
        }[d.lang],
        "s": {"en": "The meeting", "ms": "Mesyuarat tersebut", "id": "Pertemuan tersebut"}[d.lang],
        "l": {"en": "the meeting", "ms": "mesyuarat tersebut", "id": "pertemuan tersebut"}[d.lang],
        "title": f"{o} FDMM" if d.lang == "en" else f"FDMM {o}",
    }
    countries = ["AU", "GB", "MY", "NZ", "SG"]
    _small_multilateral(d, countries, "fpda", m.host, m.start, m.place, names)
