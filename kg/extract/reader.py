"""Walk a release sentence by sentence and extract events, agreements and people.

The walk keeps a small context: the release's main meeting (the first
multilateral one), and the event or agreement the current sentences are
about. A paragraph starts in the main meeting's context; a sentence that
introduces a bilateral meeting, a call, a visit or an agreement switches the
context to it for the rest of the paragraph. Topics, participants and
evidence go to whatever the context is.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kg.extract.persons import Mention, PersonFinder
from kg.extract.records import (
    AgreementRecord,
    EventRecord,
    Evidence,
    Extraction,
    PersonRecord,
    PostRecord,
)
from kg.extract.topics import GENERAL_TOPIC, TopicTagger
from kg.ingest.dates import DateSpan, find_dates
from kg.ingest.document import Document, Sentence
from kg.lexicon import Forum, Lexicon, PhraseMatcher, phrase_alternation

__all__ = ["ReleaseReader"]

# When a sentence carries several status cues, the most specific wins:
# "a proposal to sign an MoU" is a proposal, not a signature.
STATUS_ORDER = ("proposed", "under-negotiation", "renewed", "in-force", "signed", "adopted")
# Statuses an event concludes: an agreement is signed, renewed or adopted *at* a meeting; its
# entry into force is news of a date, not of an event (ANNOTATION.md: concluded_at).
CONCLUDING = ("adopted", "signed", "renewed")
_ORDINAL = r"(?:(?:ke-?\s*)?\d{1,3}(?:st|nd|rd|th)?|[Kk]e-\d{1,3}|the|The|inaugural|Inaugural)?\s*"


def _first_mention(text: str, person: PersonRecord) -> int:
    """Where ``text`` first names ``person`` by any form seen in the release, else -1."""
    found = [text.find(f) for f in person.forms if f and f in text]
    return min(found) if found else -1


def _blank(match: re.Match[str]) -> str:
    """A match's text as spaces (offsets hold)."""
    return " " * len(match.group(0))


def _alternation(words: tuple[str, ...], *, fold: bool = True) -> str:
    """Any of ``words``, longest first; ``fold`` for patterns compiled case-blind."""
    return phrase_alternation(words, fold=fold)


def _cues(words: tuple[str, ...], *, bounded: bool = False) -> re.Pattern[str]:
    """A case-blind pattern for any of ``words`` (longest first); ``bounded``: whole words."""
    edge = r"\b" if bounded else ""
    return re.compile(rf"{edge}(?:{_alternation(words)}){edge}", re.IGNORECASE)


@dataclass
class _Context:
    kind: str  # "event" | "agreement"
    key: str


@dataclass
class _State:
    """What the walk knows so far: the main meeting, the event others sit inside, the subject."""

    main: str | None = None
    container: str | None = None
    subject: str | None = None
    later: list[DateSpan] = field(default_factory=list)  # dates of the paragraph's next sentences
    previous: tuple[list[str], list[DateSpan]] = ([], [])  # people and dates of the last sentence
    latest_event: EventRecord | None = None  # the event most recently named


def PhraseMatcher_split(matcher: PhraseMatcher, text: str) -> list[tuple[re.Match[str], str]]:
    """Matches in a text whose hyphens between names were made dashes ("Australia–Japan")."""
    return list(matcher.finditer(text.replace("\u2013", " ")))


def place_country_ok(place: str | None, place_country: str | None, country: str) -> bool:
    return place is not None and place_country == country


_RESPECTIVELY = re.compile(r"(?i)\b(?:respectively|masing-masing)\b")

# How far along its life an agreement is: a later mention may move it on, not back.
_STAGE = {
    "proposed": 1,
    "under-negotiation": 2,
    "signed": 3,
    "adopted": 3,
    "in-force": 4,
    "renewed": 4,
}

# An agreement named as the frame of what is said, not as news.
_RECALLED = re.compile(
    r"(?i)\b(?:recalling|recalled|under the|within the|mengimbas|mengingat|merujuk|berdasarkan|di bawah)\b[^.,]*$"
)

# "… in 2019", "… pada tahun 2024": a bare year right after a status cue.
_YEAR_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:in|on|pada|tahun|sejak|since)\s+(?:tahun\s+)?((?:19|20)\d\d)\b"
)

# A dateline opening the first paragraph: "Bangkok, 8 November 2023 –", "Putrajaya –".
_DATELINE = re.compile(r"^\(?[A-Z][\w'’ .]{1,40}?(?:,[^–—]{0,40})?\s+[–—-]\s")

# Lower-case words that may sit inside a meeting's name.
_NAME_LINKS = {"of", "and", "the", "on", "dan", "bagi", "&", "for", "tingkat", "pertama"}


class ReleaseReader:
    """Turns a :class:`~kg.ingest.Document` into an :class:`~kg.extract.records.Extraction`."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._home: str | None = None
        self._defaulted: set[str] = set()
        self._counterparts: set[str] = set()
        self.finder = PersonFinder(lexicon)
        self.tagger = TopicTagger(lexicon)
        self.forums = PhraseMatcher({p: f.slug for f in lexicon.forums.values() for p in f.phrases})
        self.meeting_cues = PhraseMatcher(
            {
                c.phrase: c.value + ("|retreat" if "retreat" in c.flags else "")
                for c in lexicon.cues["meeting_cues"]
            }
        )
        self.bilateral_cues = PhraseMatcher(
            {c.phrase: c.value for c in lexicon.cues["bilateral_cues"]}, ignore_case=True
        )
        kinds = lexicon.cues["agreement_kinds"]
        self.agreement_kinds = PhraseMatcher(
            {c.phrase: c.value for c in kinds},
            ignore_case=True,
            case_sensitive=[c.phrase for c in kinds if c.case_sensitive],
        )
        self.visit_cues = PhraseMatcher(
            {w: "visit" for w in lexicon.words("visit_cues")}, ignore_case=True
        )
        self.passive_calls = PhraseMatcher(
            {w: "courtesy-call" for w in lexicon.words("passive_call_cues")}, ignore_case=True
        )
        self._group_nouns = {w.casefold() for w in lexicon.words("group_nouns")}
        self._arrival = _cues(lexicon.words("arrival_cues"))
        self._witness = _cues(lexicon.words("witness_cues"), bounded=True)
        self._opening = _cues(lexicon.words("opening_verbs"), bounded=True)
        self._joint = _cues(lexicon.words("joint_words"), bounded=True)
        signing = [c.phrase for c in lexicon.cues["agreement_status"] if c.value == "signed"]
        self._signed_earlier = re.compile(
            rf"\b(?:{_alternation(lexicon.words('earlier_cues'))})\s+(?:[\w-]+\s+)?"
            rf"(?:{_alternation(tuple(signing))})\b[^.,;]*$",
            re.IGNORECASE,
        )
        self.receiving = PhraseMatcher(
            {w: "courtesy-call" for w in lexicon.words("receiving_verbs")}
        )
        relative = _alternation(tuple(c.phrase for c in lexicon.cues.get("relative_days", ())))
        self._relative_day = re.compile(rf"\s*(?:{relative})\b", re.IGNORECASE)
        months = _alternation(tuple(lexicon.months))
        # "… meeting, held in Kuala Lumpur in May, …": a month and no day or year.
        self._bare_month = re.compile(
            rf"^[^.;]{{0,60}}?\b(?:{_alternation(lexicon.words('month_prepositions'))})\s+"
            rf"({months})\b(?!\s+\d)",
            re.IGNORECASE,
        )
        self._month_after = re.compile(
            rf"[^.;]{{0,80}}?\b(?:in|on|pada|bulan|sejak|since)\s+({months})\s+((?:19|20)\d\d)\b",
            re.IGNORECASE,
        )
        self._visit_verbs = {w.casefold() for w in lexicon.words("visit_verbs")}
        self._loose_visit = {w.casefold() for w in lexicon.words("undated_visit_cues")}
        self.exercise_cues = PhraseMatcher({w: "exercise" for w in lexicon.words("exercise_cues")})
        words = lexicon.words
        self._exercise_verb = re.compile(
            rf"\b(?:{_alternation(words('exercise_verbs'))})\b", re.IGNORECASE
        )
        cue_words = sorted(
            {c.phrase.split()[-1] for c in lexicon.cues["meeting_cues"]}
            | {"Forum", "Talks", "Dialogue"}
            | set(words("committee_words")),
            key=len,
            reverse=True,
        )
        self._meeting_word = re.compile(
            rf"(?<![\w-])(?:Ministerial\s+)?(?:{'|'.join(map(re.escape, cue_words))})\b"
        )
        self._committee_words = set(words("committee_words"))
        self._conference_names = set(words("conference_names"))
        self._international = set(words("international_words"))
        # "a yearly meeting of the defence ministers of A, B and C": a
        # meeting named by a common noun and the three or more countries whose people meet.
        self._session_of = re.compile(
            rf"\b(?:{_alternation(words('session_words'))})\s+(?:(?:{_alternation(words('of_words'))})\s+)?"
            rf"([^.;:]{{0,30}}?\b(?:{_alternation(words('minister_words'))})\b[^.;:]{{0,130}}?)"
            rf"(?=\s(?:{_alternation(words('clause_stops'))})\b|[.;:]|$)",
            re.IGNORECASE,
        )
        self._session = re.compile(
            rf"\b(?:{_alternation(words('session_words'))})\b", re.IGNORECASE
        )
        self._participation = re.compile(
            rf"(?:{_alternation(words('participation_cues'))})", re.IGNORECASE
        )
        self._venue = re.compile(rf"(?:{_alternation(words('venue_cues'))})", re.IGNORECASE)
        self._group = re.compile(rf"(?:{_alternation(words('group_references'))})", re.IGNORECASE)
        self._group_opening = re.compile(
            rf"^(?:[^.,]{{0,60}},\s*)?\W*(?:{_alternation(words('group_references'))})\b",
            re.IGNORECASE,
        )
        self._past = re.compile(
            r"(?i)\b(?:following|previously|sebelum ini|sebelumnya|setelah|selepas|after|recalling|recalled"
            r"|mengimbas|mengingat|merujuk)\b[^.]*$"
        )
        self.statuses = PhraseMatcher(
            {c.phrase: c.value for c in lexicon.cues["agreement_status"]}, ignore_case=True
        )
        self.places = PhraseMatcher({n: p.slug for p in lexicon.places.values() for n in p.names})
        self.countries = self.finder.countries
        w = lexicon.words
        self._anaphora = re.compile(rf"^\s*(?:{_alternation(w('anaphora'))})\b", re.IGNORECASE)
        counts = {c.phrase.casefold(): int(c.value) for c in lexicon.cues.get("count_words", ())}
        self._count_words = counts
        # "two-day", "dua hari": a length in days, the number in group 1.
        days = (
            rf"\b(\d{{1,2}}|{_alternation(tuple(counts))})[-\s](?:{_alternation(w('day_words'))})\b"
        )
        self._days = re.compile(days, re.IGNORECASE)
        nouns = _alternation(w("visit_nouns"))
        self._sized_visit = re.compile(
            rf"{days}\s+(?:{nouns})\b|\b(?:{nouns})\s+{days}", re.IGNORECASE
        )
        # … but not "MoU yang ditandatangani pada hari ini": a demonstrative closing a time.
        self._closed_relative = re.compile(
            rf"^\s+(?:{_alternation(w('relative_markers'))})"
            rf"(?:\s+(?!(?:{_alternation(w('time_words'))})\b)[\w-]+){{1,3}}?\s+"
            rf"(?:{_alternation(w('anaphora'))})\b",
            re.IGNORECASE,
        )
        self._chair = _cues(w("chair_cues"))
        # "A and B led their respective delegations": the two sides at the meeting in hand.
        self._delegation = _cues(w("delegation_cues"))
        session = _alternation(w("session_words") + w("retreat_words"))
        anaphora = _alternation(w("anaphora"))
        self._meeting_ref = re.compile(
            rf"^\W*(?:(?:{anaphora})\s+(?:{session})|(?:{session})\s+(?:{anaphora}))\b",
            re.IGNORECASE,
        )
        self._chair_verb = _cues(w("chair_verbs"), bounded=True)
        self._relation = _cues(w("relation_words"), bounded=True)
        self._plural_subject = re.compile(
            rf"^(?:[^.,]{{0,60}},\s*)?\W*(?:{_alternation(w('plural_pronouns'))})\b", re.IGNORECASE
        )
        self._exercise_words = {c.casefold() for c in w("exercise_cues")} | {
            c.casefold() for c in w("ambiguous_exercise_words")
        }
        self._greeting = _cues(w("greeting_cues"))
        self._accompany = _cues(w("accompany_cues"), bounded=True)
        self._place_word_run = re.compile(
            rf"((?:[A-Z][\w'’\-]*\s+){{0,3}}(?:{_alternation(w('place_words'), fold=False)})(?![\w'’-])(?:\s+[A-Z][\w'’\-]*){{0,3}})"
        )
        self._province = re.compile(
            r"([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})\s+(?:Province|Prefecture)\b"
            r"|\b(?:Provinsi|Wilayah|Negeri)\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})"
        )
        self._attend = _cues(w("attend_verbs"), bounded=True)
        self._sidelines = _cues(w("sidelines"))
        self._observer = _cues(w("observer_cues"))
        self._virtual = _cues(w("virtual_cues"), bounded=True)
        relative = _alternation(w("relative_pronouns"), fold=False)
        self._relative = re.compile(rf",\s*(?:{relative})\s[^,;]*" if relative else r"(?!x)x")
        # A relative clause about what came before ("…, who had attended …"): no side, no venue.
        before = _alternation(w("anterior_words"), fold=False)
        self._anterior = re.compile(
            rf",\s*(?:{relative})\s(?:[^,;]*?\s)?(?:{before})\s[^,;]*"
            if relative and before
            else r"(?!x)x"
        )
        self._ordinal_word = re.compile(rf"\b(?:{_alternation(w('ordinal_words'))})\s+$", re.I)
        self._contrast = _cues(w("contrast_words"), bounded=True)
        self._passing = re.compile(
            rf"\b(?:{_alternation(w('passing_cues'))})\s+(?:the\s+)?(?:\S+\s+){{0,2}}$",
            re.IGNORECASE,
        )
        self._same_day = _cues(w("same_day_cues"))
        self._future = _cues(w("future_cues"), bounded=True)
        # A subject pronoun opening the sentence, or its main clause after a fronted phrase
        # ("Terdahulu pada pagi ini, beliau telah …", "Later that day, he …").
        self._pronoun = re.compile(
            rf"^(?:[^.,]{{0,60}},\s*)?\W*(?:{_alternation(w('subject_pronouns'))})\b", re.IGNORECASE
        )
        # "The Minister also met …": a bare post standing for the one spoken of (not "the
        # Minister of Defence of X, Y", which names someone).
        self._subject_noun = re.compile(
            rf"^(?:[^.,]{{0,60}},\s*)?\W*({_alternation(w('subject_nouns'))})\b"
            r"(?!\s+(?:of|for|bagi|untuk)\b|\s*,|['’]s|\s+(?-i:[A-Z]))",
            re.IGNORECASE,
        )
        self._asean_group = _cues(w("asean_groups"))
        self._members = re.compile(
            rf"(?:(\d+|{_alternation(w('all_words'))})\s+)?(?:{_alternation(w('member_states'))})"
            r"|(?:ASEAN\s+)?(?:\d+\s+)?ASEAN\s+[Mm]ember\s+[Ss]tates",
            re.IGNORECASE,
        )
        self._place_prep = re.compile(
            rf"\b(?:{_alternation(w('place_prepositions'), fold=False)})\s+(?:the\s+)?"
            r"((?:[A-Z][\w'’\-]*)(?:\s+[A-Z][\w'’\-]*){0,3})"
        )

    # -- people -------------------------------------------------------------------------

    def _people(self, doc: Document) -> tuple[dict[str, PersonRecord], dict[str, str]]:
        """First pass: every named person, their posts and the alias → name table."""
        named: list[tuple[Mention, Sentence]] = []
        for sentence in doc.sentences():
            for m in self.finder.mentions(sentence.text):
                if m.name:
                    named.append((m, sentence))
        # Longest first, ties in order of first mention (never in a set's hash order: a
        # short form two names share must resolve the same way in every process).
        first_seen = dict.fromkeys(m.name for m, _ in named if m.name)
        names = sorted(first_seen, key=lambda n: -len(n.split()))
        alias: dict[str, str] = {}
        for name in names:
            tokens = name.split()
            target = next(
                (
                    longer
                    for longer in names
                    if longer != name
                    and len(longer.split()) > len(tokens)
                    and self._contains(longer.split(), tokens)
                ),
                name,
            )
            alias[name] = alias.get(target, target)
        persons: dict[str, PersonRecord] = {}
        for m, sentence in named:
            key = alias[m.name or ""]
            person = persons.setdefault(key, PersonRecord(name=key))
            person.forms.add(m.form.rstrip(" ,"))
            person.country = person.country or m.country
            evidence = Evidence(sentence.paragraph, sentence.text)
            for post_type, acting in m.posts:
                if not any(p.post_type == post_type for p in person.posts):
                    person.posts.append(PostRecord(post_type, m.country, acting, evidence))
        home = doc.publisher.country if doc.publisher else None
        self._defaulted = set()
        self._counterparts = set()
        for person in persons.values():
            # An official named with a post but no country is, in a ministry's own
            # release, one of its own ("Secretary of National Defense …" from the DND);
            # _settle_countries may correct this from the meetings they are seen at.
            if person.country is None and person.posts and home:
                person.country = home
                self._defaulted.add(person.name)
            person.posts = [
                PostRecord(p.post_type, p.country or person.country, p.acting, p.evidence)
                for p in person.posts
            ]
        return persons, alias

    @staticmethod
    def _contains(longer: list[str], shorter: list[str]) -> bool:
        it = iter(longer)
        return all(any(t == s for t in it) for s in shorter)

    @staticmethod
    def _titled(noun: str, persons: dict[str, PersonRecord]) -> str | None:
        """The one person whose title, where it was given, holds the noun's last word ("The
        Secretary …": the one introduced as "Secretary of Defense"), if only one does."""
        last = re.escape(noun.split()[-1])
        word = re.compile(rf"\b{last}\b", re.IGNORECASE)
        # "Secretary of National Defense X": the title right before the name.
        before = re.compile(rf"\b(?i:{last})(?:\s+(?:[A-Z][\w'’.-]*|of|for|the|and))*\s*$")

        def titled(p: PersonRecord) -> bool:
            for q in p.posts:
                quote = q.evidence.quote
                for form in p.forms:
                    at = quote.find(form) if form else -1
                    if at >= 0 and (
                        before.search(quote[max(0, at - 60) : at])
                        or word.search(quote, at + len(form), at + len(form) + 80)
                    ):
                        return True
            return False

        fitting = [p.name for p in persons.values() if titled(p)]
        return fitting[0] if len(fitting) == 1 else None

    def _resolve(
        self, mentions: list[Mention], persons: dict[str, PersonRecord], alias: dict[str, str]
    ) -> list[tuple[Mention, str]]:
        out: list[tuple[Mention, str]] = []
        for m in mentions:
            if m.name:
                out.append((m, alias.get(m.name, m.name)))
            elif m.role:
                post_type, country = m.role
                # "Menhan", "the Defence Minister" with no country: in a ministry's own release,
                # its own holder of that post.
                country = country or self._home
                holder = next(
                    (
                        p.name
                        for p in persons.values()
                        if p.country == country
                        and any(
                            q.post_type == post_type
                            # A bare "other" title ("the Secretary-General of ASEAN") is someone's
                            # only where that title was given to them.
                            and (
                                post_type != "other"
                                or m.form.casefold() in q.evidence.quote.casefold()
                            )
                            for q in p.posts
                        )
                    ),
                    None,
                )
                if holder:
                    out.append((m, holder))
        return out

    # -- the walk ---------------------------------------------------------------------

    def _dateline(self, doc: Document) -> tuple[str | None, str | None]:
        """The place a release is datelined from ("QUEZON CITY —", "Surabaya –")."""
        if not doc.paragraphs:
            return None, None
        m = re.match(
            r"^\(?([A-Z][\w'’ .]{1,40}?)(?:,[^–—-]{0,40})?\s+[–—-]\s", doc.paragraphs[0].text
        )
        if m is None:
            return None, None
        head = doc.paragraphs[0].text[: m.end()]
        # "CAMP GENERAL EMILIO AGUINALDO, Quezon City —": the venue, then its city.
        for part in [m.group(1), *head.split(",")[1:]]:
            name = re.sub(r"\s+[–—-]\s*$", "", part).strip()
            for candidate in (name, name.title()):
                for hit, slug in self.places.finditer(candidate):
                    return hit.group(0), self.lexicon.places[slug].country
        return None, None

    def _dates(self, text: str) -> list[DateSpan]:
        """A sentence's dates, parsed once per release (the walk asks for them again)."""
        if text not in self._date_cache:
            self._date_cache[text] = find_dates(text, self.lexicon, reference=self._release_date)
        return self._date_cache[text]

    def read(self, doc: Document) -> Extraction:
        self._release_date = doc.date
        self._home = doc.publisher.country if doc.publisher else None
        self._date_cache: dict[str, list[DateSpan]] = {}
        self._pending_evidence: list[AgreementRecord] = []
        self._lengths: dict[str, int] = {}  # event key → the days its own sentence says it lasts
        self._undated: set[str] = set()  # visits of several days whose days are not said
        self._evidence: Evidence | None = None
        persons, alias = self._people(doc)
        ex = Extraction(persons=persons)
        state = _State()
        self._following: list[Sentence] = []
        previous_text = ""
        flat = doc.sentences()
        for paragraph in doc.paragraphs:
            self._paragraph = paragraph.number
            context: _Context | None = None
            latest = state.latest_event
            box = ex.event(state.container) if state.container else None
            talks = (
                next(
                    (
                        e
                        for e in reversed(ex.events)
                        if e.kind in ("bilateral-meeting", "courtesy-call")
                        and e.parent in (None, box.key)
                        and set(e.countries) <= set(box.countries)
                    ),
                    None,
                )
                if box is not None and box.kind == "visit"
                else None
            )
            if talks is not None:
                # During a visit, what the next paragraphs say was discussed was discussed at
                # the talks or call last reported (even one reported before the visit is named),
                # not on the visit as a whole.
                context = _Context("event", talks.key)
            elif state.container:
                context = _Context("event", state.container)
            elif ex.events:
                context = _Context("event", ex.events[-1].key)
            for sentence in paragraph.sentences:
                text = sentence.text
                self._following = flat[flat.index(sentence) + 1 :]
                evidence = Evidence(sentence.paragraph, text)
                self._evidence = evidence
                resolved = self._resolve(self.finder.mentions(text), persons, alias)
                greeting = self._greeting.search(text)
                if greeting is not None:
                    # "… conveyed the greetings of President X": X is named, not present.
                    absent = {key for m, key in resolved if 0 <= m.start - greeting.end() <= 40}
                    resolved = [
                        (m, key)
                        for m, key in resolved
                        if key not in absent or m.start < greeting.start()
                    ]
                people = list(dict.fromkeys(key for _, key in resolved))
                noun = self._subject_noun.match(text)
                subject = self._titled(noun.group(1), persons) if noun else None
                subject = subject or state.subject
                if (self._pronoun.match(text) or noun) and subject and subject not in people:
                    people.insert(0, subject)
                group = bool(self._group.search(text))
                opening = self._group_opening.match(text)
                if (
                    opening
                    and (here := self._event_in(context, ex)) is not None
                    and here.kind == "multilateral-meeting"
                    and state.latest_event is not None
                    and state.latest_event.kind in ("bilateral-meeting", "courtesy-call")
                    and state.latest_event.parent == here.key
                ):
                    # "Kedua Menhan sepakat …", "The two ministers …" after a meeting on the
                    # sidelines: about that meeting, not the larger one.
                    context = _Context("event", state.latest_event.key)
                if group and (event := self._event_in(context, ex)) is not None:
                    people.extend(p for p in event.participants if p not in people)
                elif group and len(people) < 2 and state.previous[0]:
                    # "Penandatanganan dilakukan dalam pertemuan bilateral kedua Menhan": the two
                    # named just before, on the day named just before.
                    people = list(dict.fromkeys([*state.previous[0], *people]))
                    dates = []
                if people:
                    state.subject = people[0]
                dates = self._dates(text)
                if paragraph is doc.paragraphs[0] and sentence.index == 0:
                    # "Bangkok, 8 November 2023 – …": the dateline's date is the release's.
                    head = _DATELINE.match(text)
                    if head is not None:
                        dates = [d for d in dates if d.begin >= head.end()]
                same = self._same_day.search(text)
                if same and not dates:
                    # "Pada hari yang sama, …", "Later that day, …": the day last reported.
                    day = next(
                        (
                            e.start
                            for e in reversed(ex.events)
                            if e.kind != "visit" and e.start and e.start == e.end
                        ),
                        None,
                    )
                    if day is not None:
                        dates = [DateSpan(day, day, same.start(), same.end(), True)]
                if group and not dates and state.previous[0] and people == state.previous[0]:
                    dates = list(state.previous[1])
                state.later = [
                    d
                    for later in paragraph.sentences[sentence.index + 1 :]
                    for d in self._dates(later.text)
                    if d.explicit_year
                ]
                # "X, who will chair the ADMM next year, met Y": the clause is about later.
                future = bool(self._future.search(self._relative.sub(_blank, text)))
                found: EventRecord | None = None

                # 1. Named meetings: a forum's ("ADMM Retreat") or one named by its countries.
                meeting = self._named_meeting(text, people, dates, doc, ex, state, future)
                if meeting is not None:
                    found = meeting
                    if evidence not in meeting.evidence:
                        # Its own sentence, even when a meeting on its sidelines takes `found`.
                        meeting.evidence.append(evidence)
                    if meeting.kind == "multilateral-meeting" and state.main is None:
                        state.main = meeting.key
                    if state.container is None and meeting.parent is None:
                        state.container = meeting.key
                    if self._attend.search(text) or meeting.kind != "multilateral-meeting":
                        meeting.participants.extend(
                            p for p in people if p not in meeting.participants
                        )

                # 2. Chair, members, observers: about the meeting in hand ("The meeting, chaired
                # by …" is about it even where another meeting is named later in the sentence).
                target = found or self._event_in(context, ex)
                here = self._event_in(context, ex)
                if (
                    self._meeting_ref.match(text)
                    and here is not None
                    and here.kind == "multilateral-meeting"
                ):
                    target = here
                if target is not None and target.kind in ("multilateral-meeting", "exercise"):
                    self._meeting_details(text, resolved, target, evidence)
                elif (
                    target is not None
                    and target.kind == "bilateral-meeting"
                    and (chaired := self._chair.search(text)) is not None
                ):
                    # "The dialogue was co-chaired by X … and Y …": its two heads take part.
                    after = text[chaired.end() :]
                    heads = [
                        p
                        for p in people
                        if p in ex.persons and _first_mention(after, ex.persons[p]) >= 0
                    ]
                    target.participants.extend(p for p in heads if p not in target.participants)
                    if heads and evidence not in target.evidence:
                        target.evidence.append(evidence)

                # 3. Visits, exercises, bilateral meetings and calls.
                if not future and found is not None and found.kind == "multilateral-meeting":
                    # "… met X on the sidelines of the SLD": a meeting inside the one named.
                    found = (
                        self._bilateral(text, people, dates, ex, state, doc)
                        or self._sideline_signing(text, found, ex, doc)
                        or found
                    )
                elif not future and found is None:
                    found = self._visit(text, people, dates, doc, ex, state) or self._exercise(
                        text, people, dates, doc, ex
                    )
                    if found is not None and found.kind == "visit":
                        if state.container is None:
                            state.container = found.key
                        found.evidence.append(evidence) if evidence not in found.evidence else None
                        # "… held talks with X, who is paying an official visit …": both.
                        found = self._bilateral(text, people, dates, ex, state, doc) or found
                    elif found is None:
                        found = self._bilateral(text, people, dates, ex, state, doc)
                if found is not None:
                    state.latest_event = found
                    context = _Context("event", found.key)
                    if evidence not in found.evidence:
                        found.evidence.append(evidence)

                # An exercise's run, said after it was named ("runs from April 22 to May 10").
                if (
                    (found is None or found.kind == "exercise")
                    and (event := found or self._event_in(context, ex)) is not None
                    and event.kind in ("exercise", "visit")
                ):
                    ranges = [
                        d
                        for d in dates
                        if (d.end > d.start and self._in_time(d, doc))
                        or (d.start <= doc.date <= d.end and d.end > d.start)
                    ]
                    days = self._lengths.get(event.key)
                    ranges = [
                        r for r in ranges if days is None or (r.end - r.start).days + 1 == days
                    ]
                    if ranges and (event.end is None or event.end == event.start):
                        event.start, event.end = ranges[0].start, ranges[0].end
                        self._undated.discard(event.key)
                elif (
                    found is not None
                    and found.kind == "multilateral-meeting"
                    and found.start is not None
                    and found.start == found.end
                ):
                    # "Forum itu, yang digelar dari 6 hingga 8 Juni, …": the
                    # run of a meeting first dated by the day someone spoke at it.
                    around = [
                        d
                        for d in dates
                        if d.end > d.start
                        and d.start <= found.start <= d.end
                        and d.explicit_year
                        and (d.end - d.start).days < 14
                        and self._meeting_word.match(text)
                    ]
                    if around:
                        found.start, found.end = around[0].start, around[0].end

                # Where the meeting in hand was held, said after it was named.
                if (
                    (event := found or self._event_in(context, ex)) is not None
                    and event.place is None
                    and not future
                    and self._venue.search(text)
                    and (found is not None or self._generic_meeting(text) is None)
                ):
                    # (Not where another meeting this sentence names was held.)
                    event.place, event.place_country = self._place(text)

                # 4. Agreements.
                latest = found if found is not None else state.latest_event
                if (
                    found is None
                    and latest is not None
                    and state.main is not None
                    and latest.parent == state.main
                    and latest.kind in ("bilateral-meeting", "courtesy-call")
                    and not group
                    and all(e.paragraph != sentence.paragraph for e in latest.evidence)
                    and any(
                        kind in ("joint-declaration", "joint-statement")
                        for _, kind in self.agreement_kinds.finditer(text)
                    )
                ):
                    # A declaration adopted, reported after the sideline meetings: the main
                    # meeting's, not the last sideline meeting's.
                    latest = ex.event(state.main)
                    context = _Context("event", state.main)
                agreement = self._agreement(text, people, dates, ex, context, doc, latest=latest)
                for other in self._pending_evidence:
                    if evidence not in other.evidence:
                        other.evidence.append(evidence)
                self._pending_evidence.clear()
                if agreement is not None:
                    context = _Context("agreement", agreement.key)
                    if evidence not in agreement.evidence:
                        agreement.evidence.append(evidence)

                if (
                    found is not None
                    and found.kind in ("bilateral-meeting", "courtesy-call")
                    and found.place is None
                    and found.parent is None
                    and group
                    and previous_text
                    and found.evidence[:1] == [evidence]
                ):
                    # "X and Y signed … in Hanoi today. The signing took place during a bilateral
                    # meeting between the two Ministers.": where the sentence before said.
                    found.place, found.place_country = self._place(previous_text)
                if people:
                    state.previous = (people, dates)
                previous_text = text

                # 5. Topics and participants go to the context.
                topics = self.tagger.topics(text)
                if (
                    GENERAL_TOPIC in topics
                    and not people
                    and not group
                    and not self._plural_subject.search(text)
                    and all(self._relation.search(c) for c in self.tagger.general_cues(text))
                ):
                    # "Singapore and Australia enjoy strong defence relations": the state of the
                    # relationship, said as background, not something the meeting discussed.
                    topics.discard(GENERAL_TOPIC)
                if context is not None and context.kind == "agreement":
                    ag = next(a for a in ex.agreements if a.key == context.key)
                    ag.topics |= topics
                elif (event := self._event_in(context, ex)) is not None:
                    if event.kind == "exercise" and all(
                        c.casefold() in self._exercise_words
                        for c in self.tagger.cues_of(text, "training")
                    ):
                        # "Latihan berlangsung …": in an exercise's release the word names the
                        # exercise, not training.
                        topics.discard("training")
                    event.topics |= topics
                    if event.kind not in (
                        "multilateral-meeting",
                        "visit",
                        "exercise",
                    ) and not (self._accompany.search(text) or self._delegation.search(text)):
                        continue  # "Turut hadir …", "attended by …": others at the meeting
                    if future:
                        continue
                    new = [p for p in people if p not in event.participants]
                    event.participants.extend(new)
                    if (new or topics) and evidence not in event.evidence:
                        event.evidence.append(evidence)
        self._finish(ex, doc)
        self._settle_countries(ex)
        return ex

    @staticmethod
    def _event_in(context: _Context | None, ex: Extraction) -> EventRecord | None:
        if context is None or context.kind != "event":
            return None
        return next((e for e in ex.events if e.key == context.key), None)

    def _new_event(self, ex: Extraction, **fields: object) -> EventRecord:
        event = EventRecord(key=f"e{len(ex.events) + 1}", **fields)  # type: ignore[arg-type]
        ex.events.append(event)
        return event

    @staticmethod
    def _in_time(when: DateSpan | None, doc: Document) -> bool:
        """A dated mention far from the release's own date is background or a plan."""
        if when is None:
            return True
        return doc.date - dt.timedelta(days=21) <= when.start <= doc.date + dt.timedelta(days=2)

    # -- named meetings -----------------------------------------------------------------

    def _forum_event_mentions(self, text: str) -> list[tuple[int, int, str, bool]]:
        """(start, end, forum, retreat) for forum names that name a meeting here."""
        out = []
        for hit, slug in self.forums.finditer(text):
            forum = self.lexicon.forums[slug]
            before = text[max(0, hit.start() - 60) : hit.start()]
            after = text[hit.end() : hit.end() + 40]
            cue_before = None
            for cue, value in self.meeting_cues.finditer(before):
                tail = before[cue.end() :]
                if re.fullmatch(rf"\s*{_ORDINAL}", tail):
                    cue_before = value
            cue_after = None
            m = re.match(r"\s*(?:\([^)]{1,20}\)\s*)?(?:\d{4}\s+)?", after)
            for cue, value in self.meeting_cues.finditer(after):
                if m and cue.start() == m.end():
                    cue_after = value
                break
            value = cue_after or cue_before
            own = next(iter(self.meeting_cues.finditer(hit.group(0))), None)
            if value is None and own is not None:
                # The forum's full name is a meeting's ("ASEAN Defence Ministers' Meeting").
                value = own[1]
            if value is None and self._meeting_word.search(hit.group(0)):
                value = "multilateral-meeting"  # "… Ministers' Meeting-Plus": its name says so
            if value is None and (
                (re.search(rf"(?:^|\s){_ORDINAL}$", before) and re.search(r"\d", before[-12:]))
                # "the Seventh ADMM-Plus", not "the first ASEAN country": a forum whose name
                # is a meeting's.
                or (self._ordinal_word.search(before) and self._meeting_series(forum))
            ):
                value = "multilateral-meeting"
            if value is None and forum.standalone:
                value = "multilateral-meeting"
            if value is not None:
                out.append((hit.start(), hit.end(), slug, value.endswith("|retreat")))
        return out

    def _meeting_series(self, forum: Forum) -> bool:
        return any(True for p in forum.phrases for _ in self.meeting_cues.finditer(p))

    def _named_countries(self, text: str) -> list[str]:
        """Countries in a name, hyphenated ones included ("Australia-Japan-Philippines")."""
        found = [(m.start(), code) for m, code in self.countries.finditer(text)]
        taken = [m.span() for m, _ in self.countries.finditer(text)]
        spaced = re.sub(r"(?<=\w)[-–—](?=[A-Z])", "\u2013", text)  # same length: offsets hold
        for m, code in PhraseMatcher_split(self.countries, spaced):
            if all(m.end() <= a or m.start() >= b for a, b in taken):
                found.append((m.start(), code))
        return list(dict.fromkeys(code for _, code in sorted(found)))

    def _generic_meeting(self, text: str) -> tuple[int, int, list[str], bool] | None:
        """A capitalised meeting name ending in a cue word: (start, end, countries, trilateral)."""
        for cue in self._meeting_word.finditer(text):
            start = cue.start()
            words = text[: cue.start()].split(" ")
            taken = 0
            for word in reversed(words[:-1] if words and words[-1] == "" else words):
                if not word:
                    break
                if (
                    word[0].isupper()
                    or word[0].isdigit()
                    or word.lower() in _NAME_LINKS
                    or word[0] in "("
                ):
                    taken += len(word) + 1
                    if taken > 120:
                        break
                    continue
                break
            start = cue.start() - taken
            end = cue.end()
            if cue.start() == 0 and re.match(r"\s+[a-z]", text[end:]):
                continue  # "Forum tahunan itu …", "Meeting participants …": a common noun
            # The countries may follow the name: "Pertemuan Komite Bersama Kerja Sama
            # Pertahanan (JDCC) Indonesia-Malaysia ke-15".
            committee = cue.group(0) in self._committee_words
            if committee and not (
                self._session.search(text[max(0, start - 40) : start + 12])
                or self._venue.search(text[end : end + 120])
            ):
                continue  # "… melalui mekanisme Jawatankuasa Sempadan Am": no meeting of it
            tail = re.compile(
                (r"(?:\s+(?:[A-Z][\w'’]*|\([^)]{1,40}\)|dan|bagi)(?=\s)){0,8}" if committee else "")
                + r"\s*(?:\([^)]{1,12}\)\s*)?((?:[A-Z][\w'’]*[-–])+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)"
            ).match(text, end)
            if tail:
                end = tail.end()
            name = text[start:end]
            if any(True for _ in self.forums.finditer(name)):
                continue
            countries = self._named_countries(name)
            # "Pertemuan Trilateral Menteri Pertahanan Indonesia, Malaysia, dan Filipina yang …":
            # the kind and the countries follow the cue.
            three = re.compile(
                r"\s+(?:Tiga\s+Hala|Trilateral|Tripartite)\b(.{0,140}?)"
                r"(?=\s(?:yang|which|that|held|diadakan|digelar|di|in|at|pada|on)\b|[.;]|$)",
                re.IGNORECASE,
            ).match(text, cue.end())
            if three is not None and len(self._named_countries(three.group(1))) >= 3:
                end = three.end()
                name = text[start:end]
                countries = self._named_countries(three.group(1))
            trilateral = bool(re.search(r"(?i)trilateral|trilateral|tiga hala", name))
            forum_like = bool(re.search(r"\b(?:Forum|Conference|Summit)\b", name))
            if len(countries) >= 2 or trilateral or forum_like:
                return start, end, countries, trilateral or forum_like
            if cue.group(0) in self._conference_names and (
                any(True for _ in self.places.finditer(name))
                or any(w in self._international for w in name.split())
            ):
                # "the 14th Seoul Defense Dialogue": a dialogue named after a city, or called
                # international, is a conference, not two countries' talks.
                return start, end, countries, True
        for hit in self._session_of.finditer(text):
            countries = self._named_countries(hit.group(1))
            if len(countries) >= 3:
                return hit.start(), hit.end(), countries, True
        return self._asean_and_partner(text)

    def _asean_and_partner(self, text: str) -> tuple[int, int, list[str], bool] | None:
        """ "The ASEAN Defence Ministers held an informal meeting with the Minister of Defense of
        Japan": the members of ASEAN and the one partner named with them."""
        group = self._asean_group.search(text)
        asean = self.lexicon.forums.get("asean")
        if group is None or asean is None:
            return None
        members = set(asean.members_on(self._release_date))
        for hit in self._session.finditer(text):
            if hit.group(0)[0].isupper() or abs(hit.start() - group.start()) > 80:
                continue  # "the Meeting" is the one in hand; the group must be its own
            start = min(hit.start(), group.start())
            end = max(hit.end(), group.end()) + 90
            partners = {c for c in self._named_countries(text[start:end]) if c not in members}
            if len(partners) == 1:
                return start, min(end, len(text)), sorted(members | partners), True
        return None

    def _named_meeting(
        self,
        text: str,
        people: list[str],
        dates: list[DateSpan],
        doc: Document,
        ex: Extraction,
        state: _State,
        future: bool,
    ) -> EventRecord | None:
        mentions = self._forum_event_mentions(text)
        if not mentions:
            generic = self._generic_meeting(text)
            opening = self._meeting_word.match(text)
            if (
                generic is None
                and opening is not None
                and state.main
                and re.match(r"\s+[a-z]", text[opening.end() :])
            ):
                # "Forum ini dihadiri oleh …": the meeting in hand,
                # named by its common noun at the head of the sentence.
                return ex.event(state.main)
            if generic is None:
                # "Sesi Permukiman tersebut", "the Retreat": the meeting already in hand.
                for cue, value in self.meeting_cues.finditer(text):
                    if state.main and (
                        self._anaphora.match(text[cue.end() :])
                        or re.search(r"\b(?:the|The)\s+$", text[: cue.start()])
                    ):
                        side = state.latest_event
                        if (
                            side is not None
                            and not value.endswith("|retreat")
                            and side.kind in ("bilateral-meeting", "courtesy-call")
                            and side.parent == state.main
                            and any(e.paragraph == self._paragraph for e in side.evidence)
                        ):
                            # "… held a bilateral meeting with X. Pertemuan tersebut menyentuh …":
                            # the meeting just reported, not the larger one.
                            return side
                        return ex.event(state.main)
                return None
            return self._generic_event(text, generic, people, dates, doc, ex, future)
        start, _end, forum, retreat = mentions[0]
        existing = [e for e in ex.events if e.forum == forum and e.kind == "multilateral-meeting"]
        when = next(
            (d for d in dates if (d.begin >= start - 80 and d.explicit_year) or d.begin >= start),
            None,
        )
        if when is None:
            # "On 21 November 2024, in Vientiane, … attended the 11th ADMM-Plus."
            when = next(
                (d for d in reversed(dates) if d.explicit_year and d.begin < start), None
            ) or next((d for d in reversed(dates) if d.begin < start), None)
        if when is not None and len(mentions) > 1 and _RESPECTIVELY.search(text):
            # "the 17th ADMM and the 10th ADMM-Plus, held on 15 and 16 November respectively"
            when = DateSpan(when.start, when.start, when.begin, when.finish, when.explicit_year)
        if existing and (
            when is None or existing[0].start == when.start or not self._in_time(when, doc)
        ):
            return existing[0]
        if future or not self._in_time(when, doc) or self._recalled(text, start):
            return None
        if self._passing.search(text[max(0, start - 40) : start]):
            return None  # "… platforms such as the ADMM and the ADMM-Plus": named in passing
        if when is None:
            # "… the Shangri-La Dialogue. The SLD is being held … from 31 May to 2 June 2024."
            when = next((d for d in state.later if self._in_time(d, doc)), None)
        place, place_country = self._place(text)
        return self._new_event(
            ex,
            kind="multilateral-meeting",
            forum=forum,
            retreat=retreat,
            start=when.start if when else None,
            end=when.end if when else None,
            place=place,
            place_country=place_country,
        )

    def _recalled(self, text: str, pos: int) -> bool:
        """A meeting named as background ("following its admission at the 47th ASEAN Summit"),
        not one held after the meeting in hand ("Following the Meeting, the ministers met …")."""
        window = text[max(0, pos - 100) : pos]
        past = self._past.search(window)
        if past is None:
            return False
        cue = re.match(r"\S+(?:\s+ini)?", past.group(0))
        after = window[past.start() + (cue.end() if cue else 0) :]
        return not self._meeting_ref.match(after)

    def _generic_event(
        self,
        text: str,
        generic: tuple[int, int, list[str], bool],
        people: list[str],
        dates: list[DateSpan],
        doc: Document,
        ex: Extraction,
        future: bool,
    ) -> EventRecord | None:
        start, end, countries, trilateral = generic
        when = next((d for d in dates if d.begin >= end - 5), None) or next(iter(dates), None)
        if future or not self._in_time(when, doc) or self._recalled(text, start):
            return None
        month = self._bare_month.match(text[end:])
        if (
            month is not None
            and self.lexicon.months[month.group(1).casefold()] != doc.date.month
            and not any(end <= d.begin < end + month.end() for d in dates)
        ):
            return None  # "… the 55th Committee meeting, held in Kuala Lumpur in May": before
        place, place_country = self._place(text[end:]) if text[end:] else (None, None)
        if place is None:
            place, place_country = self._place(text)
        people_countries = [
            ex.persons[p].country for p in people if p in ex.persons and ex.persons[p].country
        ]
        if len(countries) < 2:
            countries = list(dict.fromkeys([*countries, *people_countries]))
            if place_country and place_country not in countries:
                countries.append(place_country)
        kind = (
            "bilateral-meeting"
            if len(countries) == 2 and not trilateral
            else "multilateral-meeting"
        )
        existing = next(
            (
                e
                for e in ex.events
                if e.kind == kind
                and sorted(e.countries) == sorted(countries)
                and e.forum is None
                and e.parent is None
            ),
            None,
        )
        if existing is not None:
            return existing
        return self._new_event(
            ex,
            kind=kind,
            countries=countries,
            start=(when.start if when else doc.date),
            end=(when.end if when else doc.date),
            place=place,
            place_country=place_country,
        )

    def _place(
        self, text: str, *, strict: bool = False, destination: bool = False
    ) -> tuple[str | None, str | None]:
        """Where, as the text names it: a known place after "at/in/di"; for a venue followed by
        its city, the city ("di Wisma Pertahanan, Kuala Lumpur"); a venue followed only by its
        country, the venue; else (unless ``strict``) any known place in the sentence. A relative clause
        ("…, who had attended the Dialogue in Singapore,") says where someone was before."""
        text = self._anterior.sub(_blank, text)
        for m in self._place_prep.finditer(text):
            words = m.group(1)
            known = next(iter(self.places.finditer(words)), None)
            if known is not None and known[0].start() == 0:
                city = re.match(r",\s*", text[m.start(1) + known[0].end() :])
                if city is not None:
                    rest = text[m.start(1) + known[0].end() + city.end() :]
                    then = next(iter(self.places.finditer(rest[:40])), None)
                    country = next(iter(self.countries.finditer(rest[:40])), None)
                    if (
                        then is not None
                        and then[0].start() == 0
                        and (country is None or country[0].start() > 0)
                    ):
                        # "at a palace we know, then its city": the city
                        # (but "Shangri-La Hotel, Singapore": a venue, then its city-state).
                        return then[0].group(0), self.lexicon.places[then[1]].country
                return known[0].group(0), self.lexicon.places[known[1]].country
            if any(True for _ in self.countries.finditer(words)):
                continue
            after = text[m.end() : m.end() + 60]
            cm = re.match(r",\s*", after)
            if cm:
                for hit, slug in self.places.finditer(after):
                    if hit.start() == cm.end():
                        # "Wisma Pertahanan, Kuala Lumpur": the city, which the venue is in.
                        return hit.group(0), self.lexicon.places[slug].country
                    break
                for hit, code in self.countries.finditer(after):
                    if hit.start() == cm.end():
                        return words, code
                    break
                # "di Kementerian Pertahanan, Bolkiah Garrison": the named base the office is in;
                # "at X Camp, Phitsanulok Province": the province.
                run = self._place_word_run.match(after, cm.end())
                if run is not None:
                    return run.group(1), None
                province = self._province.match(after, cm.end())
                if province is not None:
                    return (province.group(1) or province.group(2)), None
        if strict:
            return None, None
        # Any known place; a city-state's name is its country's ("ties between Singapore and
        # China") unless it is where a visit goes (``destination``).
        as_countries = {m.span() for m, _ in self.countries.finditer(text)}
        for hit, slug in self.places.finditer(text):
            if destination or hit.span() not in as_countries:
                return hit.group(0), self.lexicon.places[slug].country
        return None, None

    def _meeting_details(
        self, text: str, resolved: list[tuple[Mention, str]], event: EventRecord, evidence: Evidence
    ) -> None:
        touched = False
        chair = self._chair.search(text)
        if chair and event.chair is None:
            after = [key for m, key in resolved if m.start >= chair.end()]
            if after:
                event.chair = after[0]
                touched = True
        verb = self._chair_verb.search(text)
        if verb and event.chair is None and event.kind == "multilateral-meeting":
            # "X, Minister of Defence of Y, chaired the Meeting": the one named before the verb.
            before = [key for m, key in resolved if m.end <= verb.start()]
            if before:
                event.chair = before[-1]
                touched = True
        members = self._members.search(text)
        if members and event.kind == "multilateral-meeting":
            asean = self.lexicon.forums.get("asean")
            day = event.start or self._release_date
            if asean is not None:
                wanted = set(asean.members_on(day))
                if event.forum and event.forum != "admm" and event.countries:
                    wanted |= set(event.countries)
                event.countries = sorted(wanted)
                touched = True
        observer = self._observer.search(text)
        if observer:
            # "Delegations from A, B and C are attending as observers": every country named.
            for code in self._observed(text):
                if code not in event.observers and code not in event.countries:
                    event.observers.append(code)
                    touched = True
        elif self._participation.search(text) and event.kind == "exercise":
            for code in self._named_countries(text):
                if code not in event.countries and code not in event.observers:
                    event.countries.append(code)
                    touched = True
        if touched and evidence not in event.evidence:
            event.evidence.append(evidence)

    def _observed(self, text: str) -> list[str]:
        """Countries an observer cue speaks of: those of its clause, which a contrast word
        opens or closes ("A, B and C took part, while D attended as an observer"; "D and E
        observed, whereas …"); without one, the whole sentence."""
        cue = self._observer.search(text)
        if cue is None:
            return []
        start, end = 0, len(text)
        for contrast in self._contrast.finditer(text, 0, cue.start()):
            start = contrast.end()
        if (after := self._contrast.search(text, cue.end())) is not None:
            end = after.start()
        return self._named_countries(text[start:end])

    # -- visits and exercises -----------------------------------------------------------

    def _destination(self, text: str, pos: int) -> tuple[str | None, str | None]:
        """Where a visit goes: the place or country after "to"/"ke", or "in X for a visit"."""
        after = text[pos : pos + 120]
        # "visited Cambodia from …", "mengunjungi Filipina": the country right after the verb.
        right = next(iter(self.countries.finditer(after)), None)
        if right is not None and after[: right[0].start()].strip() in ("", "the"):
            place, country = self._place(after[:60], destination=True)
            return (place if place_country_ok(place, country, right[1]) else None), right[1]
        m = re.search(r"\b(?:to|ke|di)\s+", after)
        if m:
            rest = after[m.end() :]
            place, country = self._place(rest[:60], destination=True)
            hits = list(self.countries.finditer(rest[:60]))
            if hits and hits[0][0].start() < 30:
                return (
                    place if place and place_country_ok(place, country, hits[0][1]) else None
                ), hits[0][1]
            if place:
                return place, country
        before = text[max(0, pos - 80) : pos]
        hits = list(self.countries.finditer(before))
        if hits and re.search(r"\b(?:in|di)\s+\S*\s*$", before[: hits[-1][0].start()]):
            return None, hits[-1][1]
        return None, None

    def _visit(
        self,
        text: str,
        people: list[str],
        dates: list[DateSpan],
        doc: Document,
        ex: Extraction,
        state: _State,
    ) -> EventRecord | None:
        cue = next(iter(self.visit_cues.finditer(text)), None)
        if cue is None and (sized := self._sized_visit.search(text)) is not None:
            cue = (sized, "visit")  # "a two-day visit", "kunjungan tiga hari"
        if cue is None:
            return None
        verb = cue[0].group(0).casefold() in self._visit_verbs
        if (
            not verb
            and self._anaphora.match(text[cue[0].end() :])
            and not self._relative_day.match(text, cue[0].end())
        ):
            return None  # "lawatan rasmi tersebut", not "an official visit this morning"
        if not dates and cue[0].group(0).casefold() in self._loose_visit:
            return None  # "This is his first visit to Malaysia since …": no visit reported
        place, destination = self._destination(text, cue[0].end())
        if destination is None:
            place, destination = self._destination(text, 0)
        visitors = [
            ex.persons[p].country for p in people if p in ex.persons and ex.persons[p].country
        ]
        home = doc.publisher.country if doc.publisher else None
        if destination is None:
            foreign = [c for c in visitors if c != home]
            destination = home if foreign else None
        if destination is None:
            return None
        countries = list(dict.fromkeys([c for c in visitors if c != destination] + [destination]))
        if len(countries) < 2:
            return None
        # "On July 29, … held talks with X, who is paying an official visit from July 28 to 29":
        # the visit's own dates come after its cue.
        after = [d for d in dates if d.begin >= cue[0].start()]
        when = (
            next((d for d in after if d.explicit_year), None)
            or next((d for d in after if d.end > d.start), None)
            or next((d for d in dates if d.explicit_year), None)
            or next(iter(dates), None)
        )
        if not self._in_time(when, doc):
            return None
        existing = next(
            (
                e
                for e in ex.events
                if e.kind == "visit" and sorted(e.countries) == sorted(countries)
            ),
            None,
        )
        if existing is not None:
            return existing
        # Its length, said next to its cue ("a two-day working visit", "lawatan kerja selama
        # dua hari"), not an exercise's further on.
        near = text[max(0, cue[0].start() - 25) : cue[0].end() + 25]
        length = self._days.search(near)
        visit = self._new_event(
            ex,
            kind="visit",
            countries=countries,
            host=destination,
            start=when.start if when else doc.date,
            end=when.end if when else doc.date,
            place=place,
            place_country=destination if place else None,
            participants=[p for p in people],
        )
        if length is not None:
            # "a two-day working visit": a range said later must last as long to be its own.
            word = length.group(1).casefold()
            self._lengths[visit.key] = int(word) if word.isdigit() else self._count_words[word]
            if when is not None and when.start == when.end and self._lengths[visit.key] > 1:
                # "arrived on Sunday for a two-day visit": from that day, for that long.
                visit.end = when.start + dt.timedelta(days=self._lengths[visit.key] - 1)
            if when is None and self._lengths[visit.key] > 1:
                # "… on a two-day working visit" and no day said: which days is not known,
                # unless a later sentence gives a run that long.
                self._undated.add(visit.key)
        return visit

    def _exercise(
        self,
        text: str,
        people: list[str],
        dates: list[DateSpan],
        doc: Document,
        ex: Extraction,
    ) -> EventRecord | None:
        cue = next(iter(self.exercise_cues.finditer(text)), None)
        if cue is None or not self._exercise_verb.search(text):
            return None
        # "Exercise Cobra Gold", "the joint exercise, “Golden Dragon 2023”": its name.
        name = re.compile(
            r",?\s+[\"“]?((?:[A-Z][\w'’-]*|\d+[\w/]*)(?:\s+(?:[A-Z][\w'’-]*|\d+[\w/]*)){0,4})"
        ).match(text, cue[0].end())
        if (
            name is None
            and not cue[0].group(0)[0].isupper()
            and not self._joint.search(text[max(0, cue[0].start() - 25) : cue[0].start()])
        ):
            return None  # "an exercise" in passing; "the joint exercise" is one
        when = next((d for d in dates if d.explicit_year), None) or next(iter(dates), None)
        if not self._in_time(when, doc) and not (when and when.start <= doc.date <= when.end):
            return None
        if (
            when is None
            and not people
            and not self._opening.search(text)
            and not any(self._dates(later.text) for later in self._following[:2])
        ):
            # "Both countries have taken part in Exercise X, co-hosted by …": named, with no
            # day, nobody there and no opening or closing said, is background.
            return None
        countries = self._named_countries(text)
        for p in people:
            if p in ex.persons and ex.persons[p].country and ex.persons[p].country not in countries:
                countries.append(ex.persons[p].country)  # type: ignore[arg-type]
        observed = self._observed(text)
        countries = [c for c in countries if c not in observed]
        if len(countries) < 2:
            # "Exercise X opened …. Personnel from A, B and C are taking part.": the countries
            # taking part, said in a sentence soon after.
            for later in self._following[:6]:
                if self._participation.search(later.text) or self._exercise_verb.search(later.text):
                    aside = self._observed(later.text)
                    named = [c for c in self._named_countries(later.text) if c not in aside]
                    if len(set(named) | set(countries)) >= 2:
                        countries.extend(c for c in named if c not in countries)
                        break
        home = doc.publisher.country if doc.publisher else None
        if len(countries) == 1 and home and countries[0] != home:
            # "Latihan Bersama … antara TNI AD dan Angkatan Darat Thailand": a joint exercise
            # with one foreign country named is with the publishing country.
            countries.append(home)
        if len(countries) < 2:
            return None
        existing = next((e for e in ex.events if e.kind == "exercise"), None)
        if existing is not None:
            return existing
        place, place_country = self._place(text)
        return self._new_event(
            ex,
            kind="exercise",
            topics={"military-exercise"},
            countries=countries,
            start=when.start if when else doc.date,
            end=when.end if when else doc.date,
            place=place,
            place_country=place_country,
            host=place_country,
            participants=list(people),
            observers=[c for c in observed if c not in countries],
        )

    # -- bilateral ---------------------------------------------------------------------

    def _bilateral(
        self,
        text: str,
        people: list[str],
        dates: list[DateSpan],
        ex: Extraction,
        state: _State,
        doc: Document,
    ) -> EventRecord | None:
        cue = next(iter(self.bilateral_cues.finditer(text)), None)
        if cue is None:
            cue = self._passive_call(text)
        if cue is None:
            return None
        hit, kind = cue
        following = re.match(r"\s*([\w-]+)", text[hit.end() :])
        if following is not None and following.group(1).casefold() in self._group_nouns:
            return None  # "bertemu dengan jajaran Angkatan Laut", "met troops": no counterpart
        if kind == "courtesy-call":
            split = self._calls_of_a_list(text, hit, people, ex)
            if split is not None:
                # "X received courtesy calls from A, Minister of Indonesia; B, Minister of
                # Laos; and C, …": one call each, between X and that caller.
                events = [
                    e
                    for one in split[1]
                    if (e := self._bilateral(text, [*split[0], one], dates, ex, state, doc))
                ]
                for event in events:
                    if self._evidence not in event.evidence:
                        event.evidence.append(self._evidence)
                return events[-1] if events else None
        # "…, who had attended the Dialogue in Singapore": where someone was, not a side (a
        # clause holding the cue itself, "…, who paid a courtesy call", stays).
        text = self._anterior.sub(
            lambda m: m.group(0) if m.start() <= hit.start() < m.end() else _blank(m), text
        )
        back = self._anaphora.match(text[hit.end() :])
        if back is not None:
            # "… met the Minister of Defence of Thailand, X": a person after "the", not a
            # reference back to a meeting ("the bilateral meeting the two held").
            at = hit.end() + back.end()
            at += len(text[at:]) - len(text[at:].lstrip())
            if not self.finder.opens_person(text, at):
                return None
        # "… paid a courtesy call on President X": X, named after the cue with no country said,
        # is the counterpart, whose assumed country is no evidence of a side (_settle_countries).
        unsure = {
            key
            for key in people
            if key in self._defaulted
            and not any(0 <= text.find(f) < hit.start() for f in ex.persons[key].forms if f)
            and any(text.find(f, hit.start()) >= 0 for f in ex.persons[key].forms if f)
        }
        self._counterparts |= unsure
        countries: list[str] = []
        for key in people:
            country = ex.persons[key].country if key in ex.persons else None
            if country and country not in countries and key not in unsure:
                countries.append(country)
        for _named, code in self.countries.finditer(text[hit.end() :]):
            if code not in countries and len(countries) < 2:
                countries.append(code)
        home = doc.publisher.country if doc.publisher else None
        if len(countries) == 1 and home and home not in countries:
            countries.append(home)
        if len(countries) < 2:
            # "… paid a courtesy call on President X at the palace in Manila": where it was.
            where = self._place(text[hit.end() :])[1]
            if where and where not in countries:
                countries.append(where)
        if len(countries) < 2 and state.container is not None:
            # A meeting during a visit: the visited country is one side, the visitor's the other.
            box = ex.event(state.container)
            if box.kind == "visit" and box.host and box.host not in countries:
                countries.append(box.host)
            if box.kind == "visit" and len(countries) < 2:
                countries.extend(c for c in box.countries if c not in countries)
        if len(countries) == 1 and home and home not in countries:
            countries.append(home)
        if (
            len(countries) == 2
            and home in countries
            and not any(ex.persons[p].country == home for p in people if p in ex.persons)
        ):
            # "The Minister also met H.E. X, Minister of Defense of Japan": in a ministry's own
            # release, the other side is the ministry's country, led by its principal.
            lead = self._home_lead(ex, home, state)
            if lead is not None and lead not in people:
                people = [lead, *people]
        if len(countries) < 2:
            for key in people:
                # Only assumed countries left: take them after all.
                country = ex.persons[key].country if key in ex.persons else None
                if country and country not in countries:
                    countries.append(country)
        if len(countries) < 2:
            return None
        countries = countries[:2]
        parent = None
        own = [d for d in dates if d.explicit_year]
        sidelines = self._sidelines.search(text)
        if sidelines:
            # "On 10 May he met X on the sidelines of Y, held from 9 to 11 May 2025": the day
            # said before the cue is the meeting's, the range after it the larger event's.
            before = [d for d in dates if d.finish <= sidelines.start() and self._in_time(d, doc)]
            own = before or own
        if sidelines:
            mentions = self._forum_event_mentions(text[sidelines.end() :])
            if mentions:
                forum = mentions[0][2]
                parent = next((e.key for e in ex.events if e.forum == forum), state.main)
            else:
                parent = state.main or state.container
        elif state.container is not None:
            host = ex.event(state.container)
            if not own or (host.start and host.end and host.start <= own[0].start <= host.end):
                parent = state.container
        if (
            parent is not None
            and sorted(ex.event(parent).countries) == sorted(countries)
            and ex.event(parent).kind != "visit"
        ):
            if kind != "courtesy-call" or ex.event(parent).kind != "bilateral-meeting":
                return ex.event(parent)
            # "That afternoon the minister called on President X": a call is its own event, not
            # part of the two countries' talks; it belongs where those talks belong.
            parent = ex.event(parent).parent
        callee = None
        if kind == "courtesy-call":
            # The one called on is of the host country: the visit's, the place's, else the
            # publishing ministry's ("received a courtesy call from …", "called on …").
            host = ex.event(parent).host if parent is not None else None
            host = (
                host or self._place(text)[1] or (doc.publisher.country if doc.publisher else None)
            )
            callee = next(
                (p for p in people if p in ex.persons and ex.persons[p].country == host), None
            )
        event = next(
            (
                e
                for e in ex.events
                if e.kind == kind
                and e.parent == parent
                and sorted(e.countries) == sorted(countries)
                and (callee is None or e.callee in (None, callee))
            ),
            None,
        )
        if event is not None and event.callee is None:
            event.callee = callee
        if event is None:
            event = self._new_event(ex, kind=kind, parent=parent, countries=countries)
            event.callee = callee
            # Its own day: any date said with it ("On Friday, Dr Ng met …") that falls in time.
            near = [d for d in dates if self._in_time(d, doc)]
            when = own[0] if own and self._in_time(own[0], doc) else (near[0] if near else None)
            if parent is None:
                event.start = when.start if when else doc.date
                event.end = when.end if when else doc.date
            elif when is not None:
                event.start, event.end = when.start, when.end
            # Where it was held is said after its cue ("… signed X during their meeting in
            # New York"), else anywhere in the sentence.
            # Inside a larger event, only a place said with "at"/"di" is its own ("… menerima
            # kunjungan hormat daripada Menteri Pertahanan Singapura" names no venue).
            inside = parent is not None
            event.place, event.place_country = self._place(text[hit.start() :], strict=inside)
            if event.place is None:
                event.place, event.place_country = self._place(text, strict=inside)
        event.participants.extend(p for p in people if p not in event.participants)
        return event

    def _sideline_signing(
        self, text: str, meeting: EventRecord, ex: Extraction, doc: Document
    ) -> EventRecord | None:
        """ "A and B signed an MoU on the sidelines of the 18th ADMM": the two sides met there;
        the signing is a bilateral meeting inside the larger one."""
        sidelines = self._sidelines.search(text)
        if sidelines is None or not any(True for _ in self.agreement_kinds.finditer(text)):
            return None
        if self._status(text[: sidelines.start()], doc) != "signed" or self._witness.search(text):
            return None  # "… witnessed the signing of an MoU between two companies": no meeting
        # The two sides are named before the signing: they are who signed.
        signing = next((m for m, value in self.statuses.finditer(text) if value == "signed"), None)
        head = text[: signing.start() if signing is not None else sidelines.start()]
        countries = list(dict.fromkeys(c for _, c in self.countries.finditer(head)))
        if len(countries) != 2:
            return None
        existing = next(
            (
                e
                for e in ex.events
                if e.kind == "bilateral-meeting"
                and e.parent == meeting.key
                and sorted(e.countries) == sorted(countries)
            ),
            None,
        )
        if existing is not None:
            return existing
        side = self._new_event(
            ex, kind="bilateral-meeting", parent=meeting.key, countries=countries
        )
        if meeting.start is not None and meeting.start == meeting.end:
            side.start = side.end = meeting.start
        return side

    def _calls_of_a_list(
        self, text: str, hit: re.Match[str], people: list[str], ex: Extraction
    ) -> tuple[list[str], list[str]] | None:
        """(the one side, the others) when a call's cue is followed by people of two or more
        countries, none of them the first side's: one call with each of them."""
        known = [p for p in people if p in ex.persons]

        def first_at(key: str) -> int:
            return _first_mention(text, ex.persons[key])

        before = [p for p in known if 0 <= first_at(p) < hit.start()]
        # "… from X, accompanied by Y": Y came with a caller and is no caller.
        with_them = self._accompany.search(text, hit.end())
        stop = with_them.start() if with_them else len(text)
        after = [p for p in known if hit.end() <= first_at(p) < stop]
        if not before or len(after) < 2:
            return None
        if with_them is None and len(people) != len(before) + len(after):
            return None
        own = {ex.persons[p].country for p in before}
        theirs = [ex.persons[p].country for p in after]
        if None in theirs or len(set(theirs)) != len(theirs) or own & set(theirs):
            return None
        return before, after

    def _passive_call(self, text: str) -> tuple[re.Match[str], str] | None:
        """ "X diterima Presiden Y", "X was received by Y": a call on the one named right after."""
        for hit, kind in self.passive_calls.finditer(text):
            gap = re.compile(r"\s*").match(text, hit.end())
            at = gap.end() if gap else hit.end()
            if self.finder.opens_person(text, at) and any(
                m.start < hit.start() for m in self.finder.mentions(text)
            ):
                return hit, kind
        # "Prime Minister X received General Y": a call on the one named before, when a
        # titled person follows the verb at once.
        if self._arrival.search(text):
            return None  # "… received General X at the airport": a welcome, not a call
        for hit, kind in self.receiving.finditer(text):
            if self.finder.opens_person(text, hit.end() + 1) and any(
                m.end <= hit.start() and m.name and m.posts for m in self.finder.mentions(text)
            ):
                return hit, kind
        return None

    @staticmethod
    def _home_lead(ex: Extraction, home: str, state: _State) -> str | None:
        """The publishing country's principal: the one spoken of last, else its first minister."""
        subject = ex.persons.get(state.subject or "")
        if subject is not None and subject.country == home:
            return subject.name
        ranked = ("defence-minister", "deputy-defence-minister", "chief-of-defence-force")
        for post_type in ranked:
            for person in ex.persons.values():
                if person.country == home and any(p.post_type == post_type for p in person.posts):
                    return person.name
        return None

    # -- agreements -------------------------------------------------------------------

    def _status(
        self, text: str, doc: Document, window: tuple[int, int] | None = None
    ) -> str | None:
        """The status a sentence reports now: cues tied to a past date ("proposed in 2024",
        "dicadangkan … pada Mac 2024") are history, not news."""
        found = set()
        dates = [d for d in self._dates(text) if d.explicit_year]
        for hit, status in self.statuses.finditer(text):
            if window is not None and not window[0] <= hit.start() < window[1]:
                continue
            later = [d for d in dates if 0 <= d.begin - hit.end() < 90]
            if later and later[0].end < doc.date - dt.timedelta(days=60):
                continue
            if status == "in-force" and later and later[0].end < doc.date - dt.timedelta(days=21):
                continue  # "… the entry into force of X in September": earlier news, recalled
            month = self._month_after.match(text, hit.end())
            if month is not None:
                # "… the entry into force of X in September 2025": a month already past.
                number = self.lexicon.months.get(month.group(1).casefold())
                year_of = int(month.group(2))
                if number is not None:
                    last = dt.date(year_of + number // 12, number % 12 + 1, 1) - dt.timedelta(
                        days=1
                    )
                    limit = 21 if status == "in-force" else 60
                    if last < doc.date - dt.timedelta(days=limit):
                        continue
            year = _YEAR_AFTER.match(text, hit.end())
            if year and int(year.group(1)) < doc.date.year:
                continue  # "signed in 2019", "dicadangkan pada tahun 2024"
            found.add(status)
        return next((s for s in STATUS_ORDER if s in found), None)

    def _agreement(
        self,
        text: str,
        people: list[str],
        dates: list[DateSpan],
        ex: Extraction,
        context: _Context | None,
        doc: Document,
        latest: EventRecord | None = None,
    ) -> AgreementRecord | None:
        hits = list(self.agreement_kinds.finditer(text))
        if not hits:
            return None
        sentence_status = self._status(text, doc)
        event = latest or self._event_in(context, ex)
        last: AgreementRecord | None = None
        touched: list[AgreementRecord] = []
        previous_status: str | None = None
        seen: set[str] = set()
        specific = {kind for _, kind in hits} - {"agreement"}
        for index, (match, kind) in enumerate(hits):
            if kind in seen or (kind == "agreement" and specific):
                continue
            seen.add(kind)
            if _RECALLED.search(text[max(0, match.start() - 40) : match.start()]):
                continue  # "Recalling the Joint Declaration adopted at the 9th ADMM-Plus …"
            if self._signed_earlier.search(text[max(0, match.start() - 80) : match.start()]):
                continue  # "Malaysia has previously signed similar MoUs with …": the past
            # The status that goes with this mention: said between it and the next one,
            # or, for the first, anywhere before it too.
            lo = 0 if index == 0 else hits[index - 1][0].end()
            # "Pengaturan Pelaksanaan (Implementing Arrangement) … diperpanjang": a second name
            # of the same kind is the same agreement; its status may follow either.
            hi = next(
                (m.start() for m, k in hits[index + 1 :] if k != kind and k != "agreement"),
                len(text),
            )
            status = self._status(text, doc, (lo, hi)) or (
                sentence_status if len(hits) == 1 else previous_status
            )
            previous_status = status
            generic_reference = kind == "agreement" and re.match(r"\s+[a-z]", text[match.end() :])
            anaphoric = (
                generic_reference
                or self._anaphora.match(text[match.end() :])
                or self._closed_relative.match(text[match.end() :])
                or re.search(
                    r"\b(?:this|the said|that|the|the draft|naskah|draf)\s*$",
                    text[: match.start()],
                    re.IGNORECASE,
                )
            )
            earlier = next(
                (a for a in reversed(ex.agreements) if a.kind == kind or kind == "agreement"), None
            )
            if anaphoric and earlier is not None:
                if status is not None and _STAGE.get(status, 0) > _STAGE.get(
                    earlier.status or "", -1
                ):
                    earlier.status = status  # news moves an agreement on, never back
                last = earlier
                touched.append(last)
                continue
            own = [d for d in dates if d.explicit_year]
            if (
                own
                and own[0].end < doc.date - dt.timedelta(days=60)
                and not self._status(text, doc)
            ):
                continue  # an agreement recalled as background ("signed in 1992")
            parties = self._named_countries(text)
            if len(parties) < 2 and event is not None and len(event.countries) == 2:
                parties = list(dict.fromkeys([*parties, *event.countries]))
            if len(parties) < 2:
                parties = list(
                    dict.fromkeys(
                        [
                            *parties,
                            *(
                                ex.persons[p].country
                                for p in people
                                if p in ex.persons and ex.persons[p].country
                            ),
                        ]
                    )
                )
            concluded = event.key if (event is not None and status in CONCLUDING) else None
            if len(parties) < 2 and concluded is not None and event is not None:
                parties = list(event.countries)
            proposed_by = None
            if status == "proposed":
                proposed_by = next(
                    (
                        ex.persons[k].country
                        for k in people
                        if k in ex.persons and ex.persons[k].country
                    ),
                    parties[0] if parties else None,
                )
            status_date = (
                own[0].start
                if own and not own[0].end < doc.date - dt.timedelta(days=60)
                else ((event.end or event.start) if event is not None and concluded else None)
            )
            same = next(
                (a for a in ex.agreements if a.kind == kind and a.parties == sorted(parties)), None
            )
            if same is not None:
                if status is not None and same.status is None:
                    same.status = status
                last = same
                touched.append(last)
                continue
            record = AgreementRecord(
                key=f"a{len(ex.agreements) + 1}",
                kind=kind,
                status=status,  # type: ignore[arg-type]
                parties=sorted(parties),
                status_date=status_date or doc.date,
                proposed_by=proposed_by,
                concluded_at=concluded,
            )
            ex.agreements.append(record)
            last = record
            touched.append(last)
        # Every agreement the sentence speaks of rests on it.
        for record in touched:
            if record is not last:
                self._pending_evidence.append(record)
        return last

    # -- after the walk ------------------------------------------------------------------

    def _settle_countries(self, ex: Extraction) -> None:
        """Countries only assumed (the publisher's, no country said) checked against the
        two-country meetings a person is seen at: the side not otherwise present is theirs.
        Where nobody's country is said, the release's first-named person keeps the publisher's
        side and the others take the other one."""
        home = self._home
        lead = next((n for n in ex.persons if n in self._defaulted), None)
        votes: dict[str, set[str]] = {}
        for event in ex.events:
            if len(event.countries) != 2 or event.kind not in (
                "bilateral-meeting",
                "courtesy-call",
            ):
                continue
            present = [p for p in event.participants if p in ex.persons]
            if any(ex.persons[p].country is None for p in present):
                continue  # someone's side unknown: no telling which side is missing
            said = {ex.persons[p].country for p in present if p not in self._defaulted}
            missing = set(event.countries) - said
            for p in present:
                if p not in self._defaulted or p not in self._counterparts:
                    continue
                if len(missing) == 1:
                    votes.setdefault(p, set()).update(missing)
                elif len(missing) == 2 and home in missing:
                    side = {home} if p == lead else missing - {home}
                    votes.setdefault(p, set()).update(side)
        for name, sides in votes.items():
            person = ex.persons[name]
            if len(sides) == 1 and person.country not in sides:
                old, person.country = person.country, next(iter(sides))
                person.posts = [
                    PostRecord(
                        p.post_type,
                        person.country if p.country == old else p.country,
                        p.acting,
                        p.evidence,
                    )
                    for p in person.posts
                ]

    def _finish(self, ex: Extraction, doc: Document) -> None:
        dateline = self._dateline(doc)
        # A meeting held by video conference has no venue (its host country stays).
        virtual = {
            e.key for e in ex.events if any(self._virtual.search(v.quote) for v in e.evidence)
        }
        for event in ex.events:
            if event.key in virtual:
                event.place = None
                event.place_country = event.place_country or event.host
                continue
            first = min((e.paragraph for e in event.evidence), default=0)
            here = dateline[1] in event.countries and event.start == doc.date
            if (
                event.place is None
                and event.parent is None
                and dateline[0]
                and (first == 1 or here)
            ):
                event.place, event.place_country = dateline
        containers = [
            e for e in ex.events if e.kind in ("visit", "multilateral-meeting") and e.parent is None
        ]
        for event in ex.events:
            if event.parent is not None or event.kind not in ("bilateral-meeting", "courtesy-call"):
                continue
            for box in containers:
                inside = (
                    box.start and event.start and box.start <= event.start <= (box.end or box.start)
                )
                if (
                    box is not event
                    and inside
                    and set(event.countries) <= set(box.countries) | {box.host}
                ):
                    # A meeting reported before the visit it belongs to.
                    event.parent = box.key
                    break
        by_key = {e.key: e for e in ex.events}
        for event in ex.events:
            parent = by_key.get(event.parent or "")
            # A meeting during a visit, undated: the day the release reports it, if the visit
            # covers that day.
            if (
                event.start is None
                and parent is not None
                and parent.kind == "visit"
                and parent.start
                and parent.start <= doc.date <= (parent.end or parent.start)
            ):
                event.start = event.end = doc.date
            elif (
                event.start is None
                and parent is not None
                and parent.kind == "visit"
                and parent.start
                and parent.start == (parent.end or parent.start)
            ):
                # A meeting during a one-day visit, undated: that day.
                event.start = event.end = parent.start
        for event in ex.events:
            parent = by_key.get(event.parent or "")
            if parent is not None and event.place is None:
                # A meeting inside a visit or on a meeting's sidelines is where that one is.
                event.place, event.place_country = parent.place, parent.place_country
                event.host = event.host or parent.host or parent.place_country
        home = doc.publisher.country if doc.publisher else None
        for event in ex.events:
            if event.place and event.place_country is None:
                # A venue not in the gazetteer: in the country of the visit or meeting it is
                # part of, else in the publishing country when that country takes part.
                parent = by_key.get(event.parent or "")
                event.place_country = (
                    (parent.host or parent.place_country) if parent is not None else None
                ) or (home if home in event.countries else None)
        for event in ex.events:
            if event.kind == "multilateral-meeting":
                forum = self.lexicon.forums.get(event.forum) if event.forum else None
                if forum is not None and forum.members:
                    # A forum's meeting is its members' (observers apart), whatever else is named.
                    members = set(forum.members_on(event.start or doc.date))
                    event.countries = sorted(
                        (members | set(event.countries)) - set(event.observers)
                    )
                if not event.countries:
                    # A meeting of no fixed membership: the countries seen taking part.
                    seen = [ex.persons[p].country for p in event.participants if p in ex.persons]
                    seen += [
                        c
                        for child in ex.events
                        if child.parent == event.key
                        for c in child.countries
                    ]
                    seen += [event.place_country]
                    event.countries = sorted({c for c in seen if c})
                if event.chair and event.chair not in event.participants:
                    event.participants.insert(0, event.chair)
                for child in ex.events:
                    if child.parent == event.key:
                        event.participants.extend(
                            p for p in child.participants if p not in event.participants
                        )
                event.host = event.place_country or (
                    ex.persons[event.chair].country if event.chair in ex.persons else None
                )
            elif event.kind == "visit":
                # Whoever the visitor met during the visit took part in it.
                for child in ex.events:
                    if child.parent == event.key:
                        event.participants.extend(
                            p for p in child.participants if p not in event.participants
                        )
                event.host = event.host or event.place_country
            else:
                parent = by_key.get(event.parent or "")
                event.host = event.host or event.place_country or (parent.host if parent else None)
        for agreement in ex.agreements:
            where = by_key.get(agreement.concluded_at or "")
            if where is not None and (
                not agreement.parties
                or (
                    agreement.kind in ("joint-statement", "joint-declaration")
                    and where.kind == "multilateral-meeting"
                )
            ):
                # A meeting's statement is its participating countries'.
                agreement.parties = sorted(where.countries)
        for agreement in ex.agreements:
            if agreement.status in CONCLUDING and agreement.concluded_at is None:
                # Signed at a meeting named after it ("Penandatanganan dilakukan dalam pertemuan…").
                here = [
                    e
                    for e in ex.events
                    if set(agreement.parties) <= set(e.countries)
                    and e.kind != "exercise"
                    and (e.start == agreement.status_date or e.parent is not None)
                ]
                here.sort(
                    key=lambda e: (e.kind in ("visit", "multilateral-meeting"), len(e.countries))
                )
                if here:
                    agreement.concluded_at = here[0].key
            if (
                agreement.status == "proposed"
                and agreement.proposed_by is None
                and agreement.parties
            ):
                agreement.proposed_by = agreement.parties[0]
            if agreement.status not in ("proposed",):
                agreement.proposed_by = None
            if agreement.status not in CONCLUDING:
                agreement.concluded_at = None
        ex.agreements = [a for a in ex.agreements if len(a.parties) >= 2 and a.status]
        # A visit of several days whose days are not said is left out: any day given it would
        # be a guess, and two releases guessing differently would give it two ends. What
        # happened during it then stands alone (below).
        undated = self._undated
        # CONTRACT.md: two participating countries make a bilateral meeting, three or more a
        # multilateral one; a "meeting" of one country is no meeting between countries.
        for event in ex.events:
            if event.kind == "multilateral-meeting" and len(event.countries) == 2:
                event.kind = "bilateral-meeting"
        ex.events = [
            e
            for e in ex.events
            if len(e.countries) >= 2 and (e.start or e.parent) and e.key not in undated
        ]
        kept = {e.key for e in ex.events}
        for event in ex.events:
            if event.parent is not None and event.parent not in kept:
                # Its larger event was not kept: it stands alone, on the release's day.
                event.parent = None
                event.start = event.start or doc.date
                event.end = event.end or event.start
        for agreement in ex.agreements:
            if agreement.concluded_at is not None and agreement.concluded_at not in kept:
                agreement.concluded_at = None
