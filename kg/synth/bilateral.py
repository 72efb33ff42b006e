"""Bilateral stories: official visits (talks, calls, agreements), courtesy calls, and
standalone bilateral meetings (a signing ceremony, talks, a joint committee).
"""

from __future__ import annotations

import datetime as dt

from kg.synth.beats import (
    AGREEMENT_KIND,
    ASEAN10,
    SCOPE_TOPICS,
    agreement_name,
    bilateral_topics,
    day_between,
    finish,
    pair_place,
    partner,
    recall_agreement,
    set_title,
    state_agreement,
    where_received,
    with_article,
)
from kg.synth.cast import Person
from kg.synth.draft import OMIT, Draft
from kg.synth.phrases import AGREEMENT_FIELDS, ordinal
from kg.synth.world import LAST_DAY

__all__ = ["bilateral", "courtesy", "visit"]

_SHORT_NAMES = {
    "dca": "Defence Cooperation Agreement",
    "mou": "MoU",
    "loi": "Letter of Intent",
    "agreement": "Implementing Arrangement",
}

_VISIT_AGREEMENTS = (
    ("mou", "signed"), ("loi", "signed"), ("dca", "signed"), ("agreement", "signed"),
    ("mou", "renewed"), ("agreement", "renewed"), ("mou", "under-negotiation"),
    ("dca", "under-negotiation"), ("dca", "in-force"), ("agreement", "in-force"),
    ("mou", "proposed"), ("loi", "proposed"), ("joint-statement", "adopted"),
)  # fmt: skip

_COOPERATION = {
    "en": "defence cooperation between the two countries",
    "ms": "kerjasama pertahanan antara kedua-dua negara",
    "id": "kerja sama pertahanan kedua negara",
}


def visit(d: Draft) -> None:
    """An official visit, with talks, calls and perhaps an agreement."""
    p = d.publisher
    d.kind = "visit"
    d.date = min(d.date, LAST_DAY - dt.timedelta(days=5))
    outbound = d.rng.random() < 0.55
    f = partner(d)
    role = "cdf" if d.rng.random() < 0.15 else "dm"
    if outbound:
        visitor = d.holder(p, d.principal_role(p) if role == "dm" else "cdf")
        host_term = d.holder(f, d.principal_role(f) if role == "dm" else "cdf")
        dest = f
    else:
        visitor = d.holder(f, d.principal_role(f) if role == "dm" else "cdf")
        host_term = d.holder(p, d.principal_role(p) if role == "dm" else "cdf")
        dest = p
    v, h = visitor.person, host_term.person
    length = d.rng.randint(1, 4)
    start = d.date - dt.timedelta(days=d.rng.randrange(0, length))
    end = start + dt.timedelta(days=length - 1)
    talks_day = day_between(d, start, d.date)
    city = d.world.capital(dest)
    d.dateline = city
    when = d.when(start, end) if length == 1 else d.span(start, end)
    lead = d.say(
        "visit.out" if outbound else "visit.in",
        who=d.intro(visitor),
        dest=d.country(dest),
        when=when,
    )
    sentences = [lead]
    if d.rng.random() < 0.25 and (d.date - visitor.start).days < 365:
        sentences.append(d.say("visit.first", poss=v.possessive, dest=d.country(dest)))
    if d.rng.random() < 0.5:
        sentences.append(d.say("colour.visit", v_s=d.ref(v), poss=v.possessive))
    purpose = d.rng.random() < 0.35
    if purpose:
        sentences.append(d.say("visit.purpose", topics=_COOPERATION[d.lang]))
    d.para(*sentences)
    trip = d.event(
        "visit",
        "visit",
        start=start,
        end=end,
        place=OMIT,
        country=dest,
        host=dest,
        countries=[v.country, dest],
        observers=[],
        topics=["defence-cooperation"] if purpose else [],
    )
    d.attend(trip, v)
    venue, named = where_received(d, dest, city)
    talks = d.event(
        "talks",
        "bilateral-meeting",
        start=talks_day,
        place=d.city(city) if named else OMIT,
        country=dest,
        host=dest,
        countries=[v.country, dest],
        observers=[],
        part_of=trip["key"],
    )
    topics = bilateral_topics(d, v.country, dest, 2, 4)
    d.add_topics(talks, topics)
    talk = [
        d.say(
            "visit.talks",
            a_s=d.ref(v),
            b=d.intro(host_term),
            venue=venue,
            when=d.when(talks_day),
        ),
        d.say("side.discuss", topics=d.topic_text(topics), Grp=d.group(v, h)[1]),
    ]
    if d.rng.random() < 0.4:
        talk.append(d.say("colour.talks", Grp=d.group(v, h)[1]))
    d.attend(talks, v, h)
    d.attend(trip, h)
    if d.rng.random() < 0.2 and d.world.cast.has(v.country, f"amb:{dest}"):
        amb = d.holder(v.country, f"amb:{dest}")
        talk.append(d.say("call.present", x=d.intro(amb, host=dest)))
        d.attend(talks, amb.person)
        d.attend(trip, amb.person)
    d.para(*talk)
    if d.rng.random() < 0.45:
        if v.role == "cdf":  # chiefs of defence sign arrangements, not treaties
            kind, status = d.rng.choice((("agreement", "signed"), ("agreement", "renewed")))
        else:
            kind, status = d.rng.choice(_VISIT_AGREEMENTS)
        d.para(*state_agreement(d, kind, status, v, h, event_key=talks["key"]))
    if d.rng.random() < 0.5:
        head_role = "pm" if d.world.cast.has(dest, "pm") else "president"
        if d.world.cast.has(dest, head_role):
            head = d.holder(dest, head_role)
            stated = d.rng.random() < 0.4
            day = day_between(d, start, d.date) if stated else None
            call_text = d.say(
                "visit.call", a_s=d.ref(v), c=d.intro(head), when=f" {d.when(day)}" if day else ""
            )
            call = d.event(
                "call",
                "courtesy-call",
                start=day or OMIT,
                place=OMIT,
                country=dest,
                host=dest,
                countries=[v.country, dest],
                observers=[],
                part_of=trip["key"],
                topics=[],
            )
            d.attend(call, v, head.person)
            d.attend(trip, head.person)
            d.para(call_text)
    if d.rng.random() < 0.12:
        head_role = "pm" if d.world.cast.has(v.country, "pm") else "president"
        if d.world.cast.has(v.country, head_role):
            d.para(d.say("greet", a_s=d.ref(v), pm=d.intro(d.holder(v.country, head_role))))
    if d.rng.random() < 0.25:
        d.para(recall_agreement(d), optional=d.rng.random() < 0.5)
    d.title = _visit_title(d, v, dest, outbound)
    set_title(d, d.title)
    finish(d, v.country, dest, quote=v, who=v)


def _visit_title(d: Draft, v: Person, dest: str, outbound: bool) -> str:
    """The headline of a visit: "Defence Minister Makes Official Visit to Thailand"."""
    country = d.world.countries[dest].label(d.lang)
    if d.lang == "en":
        if outbound:
            return f"{d.title_post(v)} Makes Official Visit to {country}"
        return f"{d.title_post(v)} Visits {country}"
    if d.lang == "ms":
        return f"Lawatan Rasmi {d.title_post(v)} ke {country}"
    return f"{d.title_post(v)} Lakukan Kunjungan Kerja ke {country}"


def courtesy(d: Draft) -> None:
    """A courtesy call on the publisher's minister or chief of defence force."""
    p = d.publisher
    d.kind = "courtesy-call"
    d.date = min(d.date, LAST_DAY - dt.timedelta(days=5))
    host_role = d.principal_role(p) if d.rng.random() < 0.8 else "cdf"
    host_term = d.holder(p, host_role)
    h = host_term.person
    roll = d.rng.random()
    f = partner(d)
    if roll < 0.4 and d.world.cast.has(f, f"amb:{p}"):
        visitor = d.holder(f, f"amb:{p}")
    elif roll < 0.7:
        visitor = d.holder(
            f, d.rng.choice(("cdf", "army")) if d.world.cast.has(f, "army") else "cdf"
        )
    else:
        visitor = d.holder(
            f, "ddm" if d.world.cast.has(f, "ddm") and d.rng.random() < 0.3 else d.principal_role(f)
        )
    v = visitor.person
    city = d.world.capital(p)
    d.dateline = city
    day = d.date if d.rng.random() < 0.7 else d.date - dt.timedelta(days=d.rng.randint(1, 3))
    trip = None
    if v.role != "amb" and d.rng.random() < 0.5:
        length = d.rng.randint(2, 4)
        start = day - dt.timedelta(days=d.rng.randrange(0, length))
        end = start + dt.timedelta(days=length - 1)
        trip = d.event(
            "visit",
            "visit",
            start=start,
            end=end,
            place=OMIT,
            country=p,
            host=p,
            countries=[f, p],
            observers=[],
            topics=[],
        )
    venue, named = where_received(d, p, city)
    call = d.event(
        "call",
        "courtesy-call",
        start=day,
        place=d.city(city) if named else OMIT,
        country=p,
        host=p,
        countries=[f, p],
        observers=[],
        part_of=trip["key"] if trip else None,
    )
    lead = d.say(
        "call.lead",
        v=d.intro(visitor, host=p),
        h=d.intro(host_term),
        venue=venue,
        when=d.when(day),
    )
    first = [lead]
    if trip is not None:
        first.append(
            d.say(
                "call.visit",
                v_s=d.ref(v),
                dest=d.country(p),
                when=d.span(trip["start"], trip["end"]),
            )
        )
        d.attend(trip, v)  # the visit is context here: only the visitor is shown at it
    d.attend(call, v, h)
    if d.rng.random() < 0.4:
        first.append(
            d.say(
                "colour.call",
                poss=v.possessive,
                h_s=d.ref(h),
                v_s=d.ref(v),
                obj="her" if v.female else "him",
            )
        )
    if d.rng.random() < 0.25:
        role = "cdf" if host_role != "cdf" else d.principal_role(p)
        if not d.world.cast.has(p, role):
            role = "permsec"
        present = d.holder(p, role)
        first.append(d.say("call.present", x=d.intro(present)))
        d.attend(call, present.person)
    d.para(*first)
    topics = bilateral_topics(d, f, p, 1, 4)
    d.add_topics(call, topics)
    talk = [d.say("call.discuss", topics=d.topic_text(topics))]
    if d.rng.random() < 0.35:
        talk.append(d.say("colour.talks", Grp=d.group(v, h)[1]))
    talk.append(d.say("colour.review", h_s=d.ref(h), country=d.country(f)))
    d.para(*talk)
    if d.rng.random() < 0.15 and v.role != "amb":
        status = d.rng.choice(("proposed", "proposed", "under-negotiation"))
        kind = d.rng.choice(("mou", "loi")) if status == "proposed" else "mou"
        proposer = d.rng.choice((h, v))
        d.para(*state_agreement(d, kind, status, h, v, event_key=None, proposer=proposer))
    if d.rng.random() < 0.2:
        d.para(recall_agreement(d), optional=True)
    country = d.world.countries[f].label(d.lang)
    d.title = {
        "en": f"{d.title_post(v)} Calls on {d.title_post(h)}",
        "ms": f"Kunjungan Hormat {d.title_post(v)} ke atas {d.title_post(h)}",
        "id": f"{d.title_post(h)} Terima Kunjungan Kehormatan {d.title_post(v)}",
    }[d.lang]
    if v.role == "amb" and d.lang == "en":
        d.title = f"{d.title_post(h)} Receives {d.demonym(f)} Envoy"
    elif v.role == "amb" and d.lang == "id":
        d.title = f"{d.title_post(h)} Terima Dubes {country}"
    set_title(d, d.title)
    finish(d, f, p, quote=h)


def bilateral(d: Draft) -> None:
    """A signing ceremony, bilateral talks or a joint committee meeting."""
    roll = d.rng.random()
    if roll < 0.35:
        _signing(d)
    elif roll < 0.7:
        _talks(d)
    else:
        _committee(d)


def _signing(d: Draft) -> None:
    """Two ministers sign (or renew) an agreement during a bilateral meeting."""
    p = d.publisher
    d.kind = "signing"
    f = partner(d)
    a_term = d.holder(p, d.principal_role(p))
    b_term = d.holder(f, d.principal_role(f))
    a, b = a_term.person, b_term.person
    loc = pair_place(d, p, f)
    city = d.world.capital(loc)
    d.dateline = city
    kind = d.rng.choice(("dca", "mou", "mou", "loi", "agreement"))
    status = "renewed" if kind in ("mou", "agreement") and d.rng.random() < 0.25 else "signed"
    field = 0 if kind == "dca" else d.rng.randrange(len(AGREEMENT_FIELDS))
    ag = with_article(d, agreement_name(d, kind, field, [p, f]), status)
    if status == "renewed":
        ag = {"en": f"the renewal of {ag}", "ms": f"pembaharuan {ag}", "id": f"pembaruan {ag}"}[
            d.lang
        ]
    venue, named = where_received(d, loc, city)
    event = d.event(
        "signing",
        "bilateral-meeting",
        start=d.date,
        place=d.city(city) if named else OMIT,
        country=loc,
        host=loc,
        countries=[p, f],
        observers=[],
    )
    lead = d.say(
        "signing.lead",
        a=d.intro(a_term),
        b=d.intro(b_term),
        ag=ag,
        ag_cap=ag[0].upper() + ag[1:],
        venue=venue,
        when=d.when(d.date),
    )
    d.attend(event, a, b)
    d.para(lead, d.say("signing.meeting"))
    topics = list(AGREEMENT_FIELDS[field][0])
    extra = d.pick_topics(SCOPE_TOPICS, 1, 3)
    scope = [t for t in extra if t not in topics]
    body = []
    if scope or kind == "dca":
        scope = scope or extra
        topics += [t for t in scope if t not in topics]
        body.append(d.say("agree.scope", topics=d.scope_text(scope)))
    if d.rng.random() < 0.6:
        talk = bilateral_topics(d, p, f, 1, 3)
        d.add_topics(event, talk)
        body.append(d.say("side.discuss", topics=d.topic_text(talk), Grp=d.group(a, b)[1]))
    d.para(*body)
    d.agreement(AGREEMENT_KIND[kind], [p, f], status, concluded_at=event["key"], topics=topics)
    if d.rng.random() < 0.3:
        d.para(recall_agreement(d), optional=True)
    short = _SHORT_NAMES[kind]
    pa, fa = (d.world.countries[c].label(d.lang) for c in (p, f))
    verb = {
        "en": "Renew" if status == "renewed" else "Sign",
        "ms": "Memeterai",
        "id": "Tandatangani",
    }[d.lang]
    d.title = f"{pa} {'and' if d.lang == 'en' else 'dan'} {fa} {verb} {short}"
    set_title(d, d.title)
    finish(d, p, f, quote=a)


def _talks(d: Draft) -> None:
    """Bilateral talks between two ministers, perhaps with news of an agreement."""
    p = d.publisher
    d.kind = "bilateral-meeting"
    f = partner(d)
    a_term = d.holder(p, d.principal_role(p))
    b_term = d.holder(f, d.principal_role(f))
    a, b = a_term.person, b_term.person
    loc = pair_place(d, p, f)
    city = d.world.capital(loc)
    d.dateline = city
    day = d.date if d.rng.random() < 0.6 else d.date - dt.timedelta(days=d.rng.randint(1, 4))
    venue, named = where_received(d, loc, city)
    event = d.event(
        "meeting",
        "bilateral-meeting",
        start=day,
        place=d.city(city) if named else OMIT,
        country=loc,
        host=loc,
        countries=[p, f],
        observers=[],
    )
    d.para(d.say("meet.lead", a=d.intro(a_term), b=d.intro(b_term), venue=venue, when=d.when(day)))
    d.attend(event, a, b)
    topics = bilateral_topics(d, p, f, 2, 4)
    d.add_topics(event, topics)
    talk = [d.say("side.discuss", topics=d.topic_text(topics), Grp=d.group(a, b)[1])]
    if d.rng.random() < 0.5:
        talk.append(d.say("colour.talks", Grp=d.group(a, b)[1]))
    if d.rng.random() < 0.6:
        talk.append(d.say("colour.review", h_s=d.ref(a), country=d.country(f)))
    d.para(*talk)
    if d.rng.random() < 0.45:
        kind, status = d.rng.choice(
            (("mou", "proposed"), ("loi", "proposed"), ("mou", "under-negotiation"),
             ("dca", "under-negotiation"), ("dca", "in-force"), ("agreement", "in-force"),
             ("mou", "signed"), ("agreement", "signed"))
        )  # fmt: skip
        d.para(*state_agreement(d, kind, status, a, b, event_key=event["key"]))
    if d.rng.random() < 0.3:
        place = d.world.capital(d.rng.choice((p, f)))
        d.para(
            d.say("recall.meeting", place=d.city(place), year=d.date.year - d.rng.randint(1, 3)),
            optional=True,
        )
    d.title = {
        "en": f"{d.title_post(a)} Meets {d.title_post(b)}",
        "ms": f"Pertemuan Dua Hala {d.title_post(a)} dengan {d.title_post(b)}",
        "id": f"{d.title_post(a)} Bertemu {d.title_post(b)}",
    }[d.lang]
    set_title(d, d.title)
    finish(d, p, f, quote=a)


def _committee(d: Draft) -> None:
    """A joint defence cooperation committee of senior officials; perhaps Agreed Minutes."""
    p = d.publisher
    d.kind = "joint-committee"
    f = partner(d, pool=(*ASEAN10, "AU", "JP", "KR", "IN", "US", "NZ"))
    loc = pair_place(d, p, f)
    city = d.world.capital(loc)
    d.dateline = city
    n = d.rng.randint(3, 22)
    o = ordinal(n, d.lang)
    pair = "-".join(d.world.countries[c].label(d.lang) for c in (p, f))
    committee = {
        "en": "Joint Defence Cooperation Committee (JDCC)",
        "ms": "Jawatankuasa Bersama Kerjasama Pertahanan (JDCC)",
        "id": "Komite Bersama Kerja Sama Pertahanan (JDCC)",
    }[d.lang]
    event = d.event(
        "jdcc",
        "bilateral-meeting",
        start=d.date,
        place=d.city(city),
        country=loc,
        host=loc,
        countries=[p, f],
        observers=[],
    )
    lead = d.say(
        "committee.lead",
        ord=o,
        pair=pair,
        committee=committee,
        place=d.where(city),
        when=d.when(d.date),
    )
    leaders = []
    for c in (p, f):
        role = (
            "permsec"
            if d.world.cast.has(c, "permsec")
            else ("ddm" if d.world.cast.has(c, "ddm") else "cdf")
        )
        leaders.append(d.holder(c, role))
    d.para(lead, d.say("committee.led", x=d.intro(leaders[0]), y=d.intro(leaders[1])))
    d.attend(event, *(t.person for t in leaders))
    topics = bilateral_topics(d, p, f, 2, 4)
    d.add_topics(event, topics)
    body = [
        d.say(
            "side.discuss",
            topics=d.topic_text(topics),
            Grp=d.group(*(t.person for t in leaders))[1],
        )
    ]
    if d.rng.random() < 0.5:
        body.append(
            {
                "en": "At the close of the meeting, the two sides signed the Agreed Minutes of the meeting.",
                "ms": "Pada akhir mesyuarat, kedua-dua pihak telah menandatangani Minit Persetujuan mesyuarat tersebut.",
                "id": "Di akhir pertemuan, kedua pihak menandatangani Agreed Minutes pertemuan tersebut.",
            }[d.lang]
        )
        d.agreement("agreement", [p, f], "signed", concluded_at=event["key"], topics=[])
    d.para(*body)
    if d.rng.random() < 0.5:
        d.para(
            d.say("future.meeting", place=d.country(f if loc == p else p), year=d.date.year + 1),
            optional=True,
        )
    d.title = {
        "en": f"{o} {pair} JDCC Held in {d.city(city)}",
        "ms": f"Mesyuarat JDCC {pair} Kali {o}",
        "id": f"Pertemuan JDCC {pair} {o} Digelar di {d.city(city)}",
    }[d.lang]
    set_title(d, d.title)
    finish(d, p, f)
