"""Persons in a release: named mentions, their posts and countries, and references to them.

A person is recognised by shape, not by a list of known people: a run of
honorifics or a post title followed by capitalised name words, then an
apposition of posts and a country ("…, Timbalan Perdana Menteri dan Menteri
Pertahanan Lao PDR"). Later references resolve within the release: a shorter
form of a known name ("Dr Ng"), a post with a country ("Menteri Pertahanan
Malaysia"), and a subject pronoun ("Beliau", "He").

>>> from kg.lexicon import load_lexicon
>>> finder = PersonFinder(load_lexicon())
>>> [(m.name, m.country, [p for p, _ in m.posts]) for m in finder.mentions(
...     "TYT Sutin Klungsang, Menteri Pertahanan Thailand, hadir.")]
[('Sutin Klungsang', 'TH', ['defence-minister'])]
>>> [(m.name, m.country) for m in finder.mentions("Singapore's Minister for Defence Dr Ng Eng Hen spoke.")]
[('Ng Eng Hen', 'SG')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.lexicon import Lexicon, PhraseMatcher, phrase_alternation

__all__ = ["Mention", "PersonFinder", "canonical_name"]

_NAME_WORD = r"(?:[A-Z][\w’'.\-]*|[A-Z]\.)"
# Lower-case words that may sit inside a title between the post and its country.
_LINKS = {"of", "the", "for", "and", "bagi", "untuk", "dan", "hal", "ehwal", "di", "at", "in"}
# A minister of some other portfolio ("Minister for Finance"): a post of type other.
_GENERIC_MINISTER = re.compile(
    r"(?:Minister|Secretary) (?:for|of) (?:the )?[A-Z][a-z]+(?: Affairs)?\b"
)


_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}


def canonical_name(
    name: str,
    particles: set[str],
    inner: frozenset[str] = frozenset(),
    titles: frozenset[str] = frozenset(),
) -> str:
    """Drop patronymic particles, middle initials and generational suffixes; honorifics in
    ``inner`` only inside a patronymic, after a particle and before the father's name; and
    ``titles`` anywhere between the first and the last word (the father's title in
    "Hishammuddin Tun Hussein").

    >>> canonical_name("Mohamed Khaled bin Nordin", {"bin"})
    'Mohamed Khaled Nordin'
    >>> canonical_name("Gilberto C. Teodoro Jr.", set())
    'Gilberto Teodoro'
    >>> canonical_name("Retno L.P. Marsudi", set())
    'Retno Marsudi'
    >>> inner = frozenset({"haji", "awang"})
    >>> canonical_name("Halbi bin Haji Mohd. Yussof", {"bin"}, inner)
    'Halbi Mohd Yussof'
    >>> canonical_name("Mohd Nizam bin Awang", {"bin"}, inner)
    'Mohd Nizam Awang'
    >>> canonical_name("Hishammuddin Tun Hussein", set(), inner, frozenset({"tun"}))
    'Hishammuddin Hussein'
    """
    # "Mohd." → "Mohd": an abbreviated name keeps its letters, not its full stop.
    words = [re.sub(r"^(\w{2,})\.$", r"\1", w.strip(",;")) for w in name.split()]
    kept = []
    for i, w in enumerate(words):
        low = w.casefold()
        if not w or low in particles or low in _SUFFIXES or re.fullmatch(r"(?:[A-Z]\.)+", w):
            continue
        if (
            low in inner
            and i + 1 < len(words)
            and i > 0
            and words[i - 1].casefold() in particles | inner
        ):
            continue  # "bin Haji Mohd Yussof", "bin Pg Haji Mahmud"
        if low in titles and 0 < i < len(words) - 1:
            continue
        kept.append(w)
    return " ".join(kept or words)


@dataclass
class Mention:
    """A reference to a person in one sentence, resolved or to be resolved."""

    start: int
    end: int
    form: str
    name: str | None = None
    country: str | None = None
    posts: list[tuple[str, bool]] = field(default_factory=list)
    role: tuple[str, str | None] | None = None


class PersonFinder:
    """Finds person mentions in sentences using the lexicons' honorifics and post titles."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._memo: dict[str, list[Mention]] = {}
        honorifics = sorted(lexicon.words("honorifics"), key=len, reverse=True)
        hon = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in honorifics)
        openers = "|".join(re.escape(w) for w in lexicon.words("title_openers"))
        if openers:
            # "Pehin Datu Lailaraja …": a title that runs on up to the next honorific.
            hon = rf"(?:{openers})(?:\s+[A-Z][\w'’-]*){{1,5}}?(?=\s+(?:{hon}))|{hon}"
        self._honorifics = re.compile(rf"(?<![\w'’])(?:{hon})(?![\w'’])")
        self._honorific_run = re.compile(rf"(?:(?:{hon}|\((?:{hon})\))(?![\w'’])\s*)+")
        self.particles = {p.casefold() for p in lexicon.words("name_particles")}
        self.inner = frozenset(p.casefold() for p in lexicon.words("inner_honorifics"))
        # Titles dropped anywhere inside a name ("Dato' Seri Hishammuddin Tun Hussein"), but
        # only after an honorific of the same tradition: "Tun" is also part of Myanmar names.
        self.titles = frozenset(p.casefold() for p in lexicon.words("mid_name_titles"))
        openers = lexicon.words("mid_title_openers")
        self._title_openers = (
            re.compile(rf"(?<![\w'’])(?:{phrase_alternation(openers)})(?![\w'’])")
            if openers
            else None
        )
        self._body_words = frozenset(lexicon.words("committee_words")) | frozenset(
            lexicon.words("body_words")
        )
        self._body_then_rank = re.compile(
            rf"(?:[A-Z][\w'’-]*\s+){{0,5}}(?:{phrase_alternation(self._body_words)})\b"
            r"\s*(?:\([^()]{1,30}\)\s*)?,?\s*"
        )
        self._and_words = frozenset(w.casefold() for w in lexicon.words("and_words"))
        inner = "|".join(re.escape(w) for w in lexicon.words("inner_honorifics"))
        self.particles |= {p.casefold() for p in lexicon.words("post_nominals")}
        connectors = {*lexicon.words("name_particles"), *lexicon.words("name_connectors")}
        particles = "|".join(re.escape(p) for p in sorted(connectors, key=len, reverse=True))
        nominals = "|".join(re.escape(p) for p in lexicon.words("post_nominals"))
        self._post_nominals = re.compile(rf"(?:,?\s+(?:{nominals}))+(?![\w])") if nominals else None
        prefixes = sorted(lexicon.words("state_prefixes"), key=len, reverse=True)
        self._state_prefix = (
            re.compile(
                rf"(?:{'|'.join(re.escape(p).replace(chr(92) + ' ', chr(92) + 's+') for p in prefixes)})\s+"
            )
            if prefixes
            else None
        )
        inner_part = rf"(?:\s+(?:{inner}))*" if inner else ""
        self._name = re.compile(
            rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|(?:{particles}){inner_part}(?=\s+[A-Z])))*"
        )
        # "bin Pg Haji Mahmud": a particle, then any inner honorifics, then the name goes on.
        self._after_particle = re.compile(rf"(?:{particles}){inner_part}\s+$")
        ends = "|".join(re.escape(w) for w in lexicon.words("name_terminators"))
        self._terminator = re.compile(rf"\s+(?:{ends})\b") if ends else None
        # The father's names after a royal patronymic, up to the apposition that follows.
        self._patronymic = re.compile(rf"\s+(?:{ends})(?:\s+[A-Z'’][\w'’.-]*)*") if ends else None
        posts = {
            c.phrase: c.value + ("|acting" if "acting" in c.flags else "")
            for c in lexicon.cues["posts"]
        }
        case = [c.phrase for c in lexicon.cues["posts"] if c.case_sensitive]
        self.posts = PhraseMatcher(posts, ignore_case=True, case_sensitive=case)
        names = {n: c.code for c in lexicon.countries.values() for n in c.names}
        self.countries = PhraseMatcher(names, blocked=lexicon.words("not_countries"))
        self._country_runs = re.compile(rf"(?:{phrase_alternation(names)})(?![\w])")
        # Forum names ("ASEAN", "ADMM") end a name: "Menteri Pertahanan ASEAN" is no person.
        self.forums = PhraseMatcher({n: f.slug for f in lexicon.forums.values() for n in f.phrases})
        self._conjunctions = "|".join(re.escape(w) for w in lexicon.words("post_conjunctions"))
        self._stop_words = set(lexicon.words("subject_pronouns")) | {"The", "Both", "In", "On"}
        self._weekdays = {w.casefold() for w in lexicon.weekdays}
        self._bare_titles = {n.casefold().split()[-1] for n in lexicon.words("subject_nouns")} | {
            "minister",
            "menteri",
            "secretary",
            "menhan",
            "wamenhan",
        }
        place_words = "|".join(re.escape(w) for w in lexicon.words("place_words")) or "(?!x)x"
        self._place_word = re.compile(rf"\b(?:{place_words})\s+$")
        cues = "|".join(re.escape(c) for c in lexicon.words("represented_cues"))
        self._represented_cue = re.compile(rf"\b(?:{cues})\s*$") if cues else None
        # Abbreviations that name a country only right after a post ("Menhan RI").
        self._post_countries = {c.phrase: c.value for c in lexicon.cues.get("post_countries", ())}
        honorifics_alt = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in honorifics)
        # A ministry's name or acronym after a title ("Sekjen Kemhan") names no person.
        self._ministry_names = {n.casefold() for m in lexicon.ministries for n in m.names}
        self._joint = re.compile(rf"\s+(?:{self._conjunctions})\s+")
        cues = phrase_alternation([c.strip("()") for c in lexicon.words("acting_cues")], fold=True)
        self._acting = re.compile(rf"(?i:{cues})\s+")
        self._next_name = re.compile(rf"\s*(?:(?:{honorifics_alt})(?![\w'’])|[A-Z][a-z])")

    # -- name words -------------------------------------------------------------------

    def _past_patronymic(self, text: str, end: int) -> int:
        """Where a name's royal patronymic ("… ibni Almarhum Sultan Iskandar") ends; the
        apposition comes after the father's names."""
        tail = self._patronymic.match(text, end) if self._patronymic is not None else None
        return tail.end() if tail else end

    def _take_name(self, text: str, pos: int) -> tuple[int, int] | None:
        """The span of capitalised name words starting at ``pos``, cut before posts/countries."""
        m = self._name.match(text, pos)
        if not m:
            return None
        end = m.end()
        for matcher in (self.posts, self.countries, self.forums):
            for hit, _ in matcher.finditer(text[:end], pos):
                end = min(end, hit.start())
                break
        for hon in self._honorifics.finditer(text, pos, end):
            # "bin Haji Mohd Yussof": an honorific inside a patronymic stays in the name.
            short = len(hon.group(0).rstrip(".")) <= 3 and " " not in hon.group(0)
            if short and hon.start() > pos:
                continue  # "Mya Tun Oo": a short title word inside a run of name words is a name
            if hon.start() > pos and not re.match(r"\s+(?:[A-Z]|\()", text[hon.end() : end + 1]):
                continue  # "Phan Van Tuan": a title word ending the name, with no name after it
            if hon.start() > pos and not self._after_particle.search(text[pos : hon.start()]):
                end = min(end, hon.start())
                break
        span = text[pos:end].rstrip(" ,")
        if self._terminator is not None and (cut := self._terminator.search(span)):
            span = span[: cut.start()]  # "Ibrahim ibni Almarhum Sultan Iskandar": "Ibrahim"
        if not self._country_runs.sub("", span).strip(" -–"):
            return None  # "Indonesia-Jepang": countries, not a name
        # "Admiral Johnston's visit": the possessive is no part of the name.
        span = re.sub(r"['’]s$", "", span)
        if (
            self._post_nominals is not None
            and (tail := self._post_nominals.search(span))
            and tail.end() == len(span)
        ):
            span = span[: tail.start()]
        # A sentence's full stop is not part of the name; an initial's ("C.") or "Jr." is.
        if span.endswith(".") and not re.search(r"(?:\b[A-Z]|\bJr|\bSr)\.$", span):
            span = span[:-1]
        words = span.split()
        while words and (words[-1] in self._stop_words or words[-1].casefold() in self._weekdays):
            words.pop()  # "… Chaiyut Phongphaew Sabtu (16/3/2024)": the day is no name
        if (
            not words
            or all(w.casefold() in self.particles | self.inner for w in words)
            or len(words) > 7
        ):
            return None
        if " ".join(words).casefold() in self._bare_titles:
            return None  # "YB Menteri": a title standing for someone, not a name
        if words[-1] in self._body_words:
            return None  # "General Border Committee": a body after a word read as a rank
        return pos, pos + len(
            span[: span.index(words[-1], len(" ".join(words[:-1]))) + len(words[-1])]
        )

    def _country_at(self, text: str, pos: int) -> tuple[str, int] | None:
        m = re.compile(r"\s*(?:of\s+(?:the\s+)?|for\s+|bagi\s+|negara\s+|untuk\s+|to\s+)?").match(
            text, pos
        )
        at = m.end() if m else pos
        if self._state_prefix is not None and (p := self._state_prefix.match(text, at)):
            at = p.end()
        for hit, code in self.countries.finditer(text, at):
            if hit.start() == at:
                end = hit.end()
                if text.startswith(("'s", "’s"), end):
                    end += 2
                return code, end
            break
        return None

    def _posts_at(
        self, text: str, pos: int, appositive: bool = False
    ) -> tuple[list[tuple[str, bool]], str | None, int]:
        """Posts joined by conjunctions from ``pos`` ("X dan Y"), then an optional country.

        After a name (``appositive``), a post joined on that runs into another name is that
        person's title: "A, Kepala Staf Angkatan Darat dan Panglima … Korea Selatan Laksamana B".
        """
        posts: list[tuple[str, bool]] = []
        inner: str | None = None  # a country named inside the title itself
        handed_over = False  # the next post (and its country) is the next person's
        at = pos
        while True:
            m = re.compile(r"\s*(?:the\s+|selaku\s+|sebagai\s+|iaitu\s+)?").match(text, at)
            start = m.end() if m else at
            acting = False
            if (cue := self._acting.match(text, start)) is not None:
                # "Acting Secretary of Defense": a post the lexicon knows, held in an acting capacity
                probe = next(iter(self.posts.finditer(text, cue.end())), None)
                if probe is not None and probe[0].start() == cue.end():
                    start, acting = cue.end(), True
            hit = next(iter(self.posts.finditer(text, start)), None)
            end = None
            if hit is None or hit[0].start() != start:
                split = self._split_post(text, start)
                if split is not None:
                    value, inner, end = split
                else:
                    generic = _GENERIC_MINISTER.match(text, start)
                    if generic is None:
                        break
                    hit = (generic, "other")
            if end is None:
                value = hit[1]
                end = hit[0].end()
                # "Panglima Tentara Nasional Indonesia": the title names its country.
                within = next(iter(self.countries.finditer(hit[0].group(0))), None)
                inner = inner or (within[1] if within else None)
            at = end
            if (acronym := re.compile(r"\s*\([^()]{2,40}\)").match(text, at)) is not None:
                at = acronym.end()
                # "Minister of Defence (Acting)"
                acting = acting or bool(self._acting.fullmatch(acronym.group(0).strip(" ()") + " "))
            posts.append((value.split("|")[0], acting or value.endswith("|acting")))
            j = re.compile(rf"\s*(?:,\s*)?(?:{self._conjunctions})\s+").match(text, at)
            if j is None:
                break
            probe = next(iter(self.posts.finditer(text, j.end())), None)
            if probe is None or probe[0].start() != j.end():
                break
            if appositive and self._post_then_name(text, j.end()):
                handed_over = True
                break
            at = j.end()
        country = None
        if posts:
            # "Japanese Ambassador to Viet Nam Yamada Takio": where the post serves, not whose.
            dest = re.compile(r"\s+(?:to|ke|untuk)\s+").match(text, at)
            if dest is not None and (where := self._country_at(text, dest.end())) is not None:
                at = where[1]
                return posts, None, at
            found = self._country_at(text, at)
            if found:
                country, at = found
            else:
                m = re.compile(r"\s+([A-Z]{2,5})\b").match(text, at)
                if m and m.group(1) in self._post_countries:
                    country, at = self._post_countries[m.group(1)], m.end()
            if country is None and inner is not None:
                country = inner
            if country is not None:
                # "Duta Besar RI untuk Prancis": the post's own country comes first.
                to = re.compile(r"\s+(?:untuk|to|ke)\s+").match(text, at)
                if to and (dest := self._country_at(text, to.end())) is not None:
                    at = dest[1]
            elif not handed_over:
                # "… Menteri Negara bagi Hal Ehwal Pertahanan Negara Qatar": a country later
                # in the same appositive segment.
                segment = re.compile(r"[^,;.()]{0,60}").match(text, at)
                if segment is not None:
                    for hit, code in self.countries.finditer(text[: segment.end()], at):
                        between = text[at : hit.start()].split()
                        if between and between[-1].casefold() in ("to", "ke", "untuk"):
                            break  # "Ambassador … to Viet Nam": where the post serves, not whose
                        if self._post_follows(text, hit.end()):
                            break  # "PM X and United States President Y": Y's country, not X's
                        rest = re.match(r"[^,;.]{0,50}", text[hit.end() :])
                        if any(w.casefold() in self._and_words for w in between) and (
                            rest is not None and self._honorific_run.search(rest.group(0))
                        ):
                            break  # "Minister X and Indian Raksha Mantri Shri Y": Y's country
                        if next(iter(self.posts.finditer(text[: hit.start()], at)), None):
                            break  # "PM X and President of Indonesia Y": the later post's
                        if all(w[0].isupper() or w.casefold() in _LINKS for w in between):
                            country = code
                        break
        return posts, country, at

    def _post_then_name(self, text: str, pos: int) -> bool:
        """A post title at ``pos`` (with its country) followed at once by a titled name."""
        _posts, _country, end = self._posts_at(text, pos)
        if end <= pos:
            return False
        return bool(
            self._honorific_run.match(text, end + len(text[end:]) - len(text[end:].lstrip()))
        )

    def _split_post(self, text: str, pos: int) -> tuple[str, str, int] | None:
        """A post title with its country set inside it: "Chief of the Australian Defence Force"
        is "Chief of the Defence Force" of AU. (value, country, end) or None."""
        window = text[pos : pos + 90]
        hit = next(iter(self.countries.finditer(window)), None)
        if hit is None or hit[0].start() == 0:
            return None
        chit, code = hit
        prefix = window[: chit.start()]
        if not re.search(r"\b(?:of|for)(?:\s+the)?\s+$", prefix):
            return None
        rest = window[chit.end() :].lstrip()
        candidate = prefix + rest
        post = next(iter(self.posts.finditer(candidate)), None)
        if post is None or post[0].start() != 0 or post[0].end() <= len(prefix):
            return None
        skipped = len(window[chit.end() :]) - len(rest)
        return post[1], code, pos + chit.end() + skipped + (post[0].end() - len(prefix))

    def _post_follows(self, text: str, pos: int) -> bool:
        """A post title right after ``pos`` ("… United States President …")."""
        m = re.compile(r"(?:['’]s)?\s+").match(text, pos)
        if m is None:
            return False
        hit = next(iter(self.posts.finditer(text, m.end())), None)
        return hit is not None and hit[0].start() == m.end()

    # -- mentions ---------------------------------------------------------------------

    def mentions(self, sentence: str) -> list[Mention]:
        """Named mentions and role mentions ("Menteri Pertahanan Malaysia") in a sentence.

        The reader asks twice per sentence (people first, then the walk); the second answer
        comes from a small memo. Callers read mentions and never change them.
        """
        found = self._memo.get(sentence)
        if found is None:
            if len(self._memo) >= 2048:
                self._memo.clear()
            found = self._memo[sentence] = self._find_mentions(sentence)
        return found

    def _find_mentions(self, sentence: str) -> list[Mention]:
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return all(b <= x or a >= y for x, y in taken)

        # A rank word inside a post title ("Sekretaris Jenderal", "Secretary General") opens no name.
        titles = [hit.span() for hit, _ in self.posts.finditer(sentence)]
        # 1. Honorific-led names, with an apposition after them.
        for run in self._honorific_run.finditer(sentence):
            if not free(run.start(), run.end()):
                continue
            if any(a < run.start() < b for a, b in titles):
                continue
            if self._place_word.search(sentence[max(0, run.start() - 20) : run.start()]):
                continue  # "Camp General Emilio Aguinaldo" is a place
            span = self._take_name(sentence, run.end())
            if span is None:
                continue
            a, b = span
            dropped = self._titles_after(run.group(0))
            name = canonical_name(sentence[a:b], self.particles, self.inner, dropped)
            b = self._past_patronymic(sentence, b)
            mention = Mention(run.start(), b, sentence[run.start() : b].strip())
            mention.name = name
            self._apposition(sentence, b, mention)
            found.append(mention)
            taken.append((run.start(), mention.end))
        # 2. Post-led names ("Minister for Defence Dr Ng Eng Hen") and role mentions.
        for hit, _value in self.posts.finditer(sentence):
            if not free(hit.start(), hit.end()):
                continue
            posts, country, after = self._posts_at(sentence, hit.start())
            if not posts:
                continue
            before = self._country_before(sentence, hit.start())
            country = country or before
            # "Minister of National Defence of the Lao PDR (also Deputy Prime Minister), General
            # X": a bracketed aside between the title and the name; its posts are X's too.
            aside = re.compile(r"\s*\(([^()]{2,60})\)").match(sentence, after)
            if aside is not None and not self._post_countries.get(aside.group(1).strip()):
                for _hit, value in self.posts.finditer(aside.group(1)):
                    entry = (value.split("|")[0], value.endswith("|acting"))
                    if entry not in posts:
                        posts = [*posts, entry]
                after = aside.end()
            # "… Filipina (Senior Undersecretary) Irineo Espino": a title in brackets, then the name.
            gap = re.compile(
                r"\s*\)?\s*,?\s*" if self._in_brackets(sentence, hit.start()) else r"\s*,?\s*"
            ).match(sentence, after)
            at = gap.end() if gap else after
            run = self._honorific_run.match(sentence, at)
            if run is None and (the := re.compile(r"the\s+").match(sentence, at)):
                # "… Minister for Defence of Australia, the Hon. Richard Marles MP"
                run = self._honorific_run.match(sentence, the.end())
            name_at = run.end() if run else at
            if run is None and re.match(r"(?:of|dari|kepada|for)\b", sentence[at:]):
                span = None  # "Commander of the US Marine Corps Forces": an office, not a name
            else:
                span = self._take_name(sentence, name_at)
            if span is None and run is None and (body := self._body_then_rank.match(sentence, at)):
                # "Commander of the Pacific Fleet Command (PACFLT), Admiral X": the
                # body the post heads, then the holder's rank and name.
                later = self._honorific_run.match(sentence, body.end())
                again = self._take_name(sentence, later.end()) if later is not None else None
                if again is not None:
                    # The post heads that body, not the state: "President of the Senate
                    # Defense Committee" is no head of state.
                    run, span, posts = later, again, [("other", False)]
            if span is not None and sentence[span[0] : span[1]].casefold() in self._ministry_names:
                # "Sekjen Kemhan Marsdya TNI X": the ministry, then the rank and the name.
                later = self._honorific_run.match(sentence, span[1] + 1)
                again = self._take_name(sentence, later.end()) if later is not None else None
                run, span = (later, again) if again is not None else (None, None)
            if span is not None and run is None:
                # "Wakil Komandan Kodiklat TNI Marsda TNI Widyargo Ikoputra": the unit comes
                # between the post and the rank; the name follows the rank.
                gap = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?").match(sentence, span[1])
                later = self._honorific_run.match(sentence, gap.end()) if gap else None
                if later is not None and (again := self._take_name(sentence, later.end())):
                    run, span = later, again
            named = None
            if span is not None:
                # The name after the post may already be known from its honorifics.
                starts = (at, span[0], run.start() if run else -1)
                named = next((m for m in found if m.start in starts and m.name), None)
            if named is not None:
                named.posts = named.posts or posts
                named.country = named.country or country
                taken.append((hit.start(), named.end))
            elif span is not None and free(*span):
                a, b = span
                dropped = self._titles_after(run.group(0) if run else "")
                name = canonical_name(sentence[a:b], self.particles, self.inner, dropped)
                b = self._past_patronymic(sentence, b)
                mention = Mention(hit.start(), b, sentence[hit.start() : b].strip())
                mention.name = name
                mention.posts, mention.country = posts, country
                self._apposition(sentence, b, mention)
                found.append(mention)
                taken.append((hit.start(), max(b, mention.end)))
            else:
                found.append(
                    Mention(
                        hit.start(),
                        after,
                        sentence[hit.start() : after],
                        role=(posts[0][0], country),
                    )
                )
                taken.append((hit.start(), after))
        # 3. A bare name with a post in apposition ("Hanoi – Rudi Heru Hidayat, Menteri
        # Pertahanan …", "Eduardo S. Ocampo, Secretary of National Defense, …").
        for comma in re.finditer(r",\s*", sentence):
            if not free(comma.start(), comma.end()) or comma.start() == 0:
                continue
            hit = next(iter(self.posts.finditer(sentence, comma.end())), None)
            if hit is None or hit[0].start() != comma.end():
                continue
            start = self._bare_name_start(sentence, comma.start())
            if start is None or not free(start, comma.start()):
                continue
            span = self._take_name(sentence, start)
            if span is None or span[1] != comma.start():
                continue
            mention = Mention(start, span[1], sentence[start : span[1]])
            mention.name = canonical_name(sentence[start : span[1]], self.particles, self.inner)
            self._apposition(sentence, span[1], mention)
            if not mention.posts:
                continue
            found.append(mention)
            taken.append((start, mention.end))
        for mention in found:
            if mention.name and mention.country is None:
                mention.country = self._represented(sentence, mention.start)
        return sorted(found, key=lambda m: m.start)

    def _bare_name_start(self, sentence: str, end: int) -> int | None:
        """Where a run of two to five capitalised name words ending at ``end`` begins: after a
        dash, a comma or the sentence start, with nothing known (place, country, forum, post,
        sentence-opening word) inside it."""
        head = sentence[:end]
        m = re.search(
            r"(?:^|(?<=[–—]\s)|(?<=\s-\s)|(?<=,\s)|(?<=[a-z]\s)|(?<=\())"
            r"((?:[A-Z][\w’'\-]*|[A-Z]\.)(?:\s+(?:[A-Z][\w’'\-]*|[A-Z]\.|Jr\.|Sr\.)){1,4})$",
            head,
        )
        if m is None:
            return None
        words = m.group(1)
        if any(w in self._stop_words or (w.isupper() and len(w) > 3) for w in words.split()):
            return None
        for matcher in (self.posts, self.countries, self.forums):
            if next(iter(matcher.finditer(words)), None) is not None:
                return None
        if self._honorifics.search(words):
            return None
        return m.start(1)

    def _titles_after(self, honorifics: str) -> frozenset[str]:
        """The mid-name titles to drop from a name led by these honorifics."""
        if self._title_openers is not None and self._title_openers.search(honorifics):
            return self.titles
        return frozenset()

    def opens_person(self, text: str, pos: int) -> bool:
        """Whether a person's title, rank or name starts at ``pos`` ("Presiden RI Joko …")."""
        if self._honorific_run.match(text, pos):
            return True
        post = next(iter(self.posts.finditer(text, pos)), None)
        if post is not None and post[0].start() == pos:
            return True
        return any(m.start == pos and m.name for m in self.mentions(text))

    @staticmethod
    def _in_brackets(sentence: str, pos: int) -> bool:
        """Whether ``pos`` sits inside an open bracket."""
        return sentence.rfind("(", 0, pos) > sentence.rfind(")", 0, pos)

    def _represented(self, sentence: str, pos: int) -> str | None:
        """ "Timor-Leste was represented by H.E. …": the country the person stands for."""
        before = sentence[max(0, pos - 80) : pos]
        cue = self._represented_cue.search(before) if self._represented_cue else None
        if cue is None:
            return None
        hits = list(self.countries.finditer(before[: cue.start()]))
        return hits[-1][1] if hits else None

    def _country_before(self, sentence: str, pos: int) -> str | None:
        window = sentence[max(0, pos - 40) : pos]
        hits = list(self.countries.finditer(window))
        if hits:
            hit, code = hits[-1]
            rest = window[hit.end() :]
            # "Singapore's …", "US Embassy …", "Philippine Exercise …"
            # "Republic of Korea (ROK) Minister …": an acronym in brackets may follow.
            if re.fullmatch(
                r"(?:\s*\([A-Z][\w-]{1,8}\)|\))?(?:['’]s)?(?:\s+[A-Z][\w-]+){0,2}\s*"
                r"(?:\(\s*(?:[A-Z][\w-]*\s*)?)?",
                rest,
            ):
                return code
        return None

    def _apposition(self, sentence: str, pos: int, mention: Mention) -> None:
        """Posts and country after a name: "X, Deputy Prime Minister, Minister of Defence of Y".

        Descriptive segments between commas ("Politburo member, …") are skipped; a post that
        runs straight into another name is that person's title, not this one's.
        """
        at = pos
        if self._post_nominals is not None and (n := self._post_nominals.match(sentence, at)):
            at = n.end()
        for _ in range(4):
            m = re.compile(r"\s*(?:,|\(|–|-)\s*").match(sentence, at)
            if not m:
                return
            posts, country, end = self._posts_at(sentence, m.end(), appositive=True)
            code = None
            if not posts and (found := self._country_at(sentence, m.end())) is not None:
                # "Name, Malaysia's Defence Minister"
                code, after = found
                posts, country, end = self._posts_at(sentence, after)
                country = country or code
            if posts:
                listed = code is not None and self._next_name.match(sentence, end)
                if listed and not sentence[end:].startswith((",", ".")):
                    return  # "A, Japanese Minister of Defense B": B's title, not A's
                mention.posts = mention.posts + [p for p in posts if p not in mention.posts]
                mention.country = mention.country or country
                mention.end = end
                # "X, Sultan of Brunei Darussalam, Minister of Defence and …": more posts of
                # X's after a comma, unless they title the next person named.
                for _ in range(3):
                    more = re.compile(r"\s*,\s*").match(sentence, mention.end)
                    if (
                        more is None
                        or re.match(r"(?:the|and)\b", sentence[more.end() :], re.IGNORECASE)
                        or self._post_then_name(sentence, more.end())
                    ):
                        break  # "…, the Chief of Defence Force, and …": others' roles
                    extra, where, after = self._posts_at(sentence, more.end(), appositive=True)
                    if not extra:
                        break
                    mention.posts += [p for p in extra if p not in mention.posts]
                    mention.country = mention.country or where
                    mention.end = end = after
                if mention.country is None:
                    # "…, Ketua Angkatan Pertahanan, Angkatan Tentera Diraja Thai di …": the
                    # service named next says whose.
                    nxt = re.compile(r"\s*,\s*([A-Z][^,.;()]{0,60})").match(sentence, end)
                    if nxt:
                        hits = list(self.countries.finditer(nxt.group(1)))
                        rest = nxt.group(1)[hits[-1][0].end() :].strip() if hits else ""
                        if hits and (not rest or rest[0].islower()):
                            mention.country = hits[-1][1]
                return
            segment = re.compile(r"[^,.;()]{1,80}").match(sentence, m.end())
            if (
                segment is None
                or not segment.group(0)[:1].isupper()
                or self._honorific_run.match(segment.group(0))
            ):
                return  # "A, General B and General C, Minister …": a list of people, not a title
            # "…, Deputy Secretary of the Central Military Commission and Minister of National
            # Defence of Viet Nam": a known post joined on after a descriptive title.
            for joint in self._joint.finditer(sentence, m.end(), segment.end()):
                posts, country, end = self._posts_at(sentence, joint.end(), appositive=True)
                if posts and not self._post_then_name(sentence, joint.end()):
                    mention.posts = mention.posts + [p for p in posts if p not in mention.posts]
                    mention.country = mention.country or country
                    mention.end = end
                    return
            if len(segment.group(0).split()) > 9:
                return
            at = segment.end()
