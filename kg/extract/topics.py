"""Topics of a sentence from the topic scheme's cue words (ontology/topics.ttl).

The general topic ``defence-cooperation`` is dropped where the sentence
narrows it at once ("… dalam bidang pertahanan, khususnya dalam soal kawalan
sempadan"): CONTRACT.md keeps it for cooperation where nothing narrower fits.

>>> from kg.lexicon import load_lexicon
>>> tagger = TopicTagger(load_lexicon())
>>> sorted(tagger.topics("kerjasama pertahanan dan pertukaran pegawai"))
['defence-cooperation', 'personnel-exchange']
"""

from __future__ import annotations

import re

from kg.lexicon import Lexicon, PhraseMatcher

__all__ = ["GENERAL_TOPIC", "TopicTagger"]

GENERAL_TOPIC = "defence-cooperation"


class TopicTagger:
    def __init__(self, lexicon: Lexicon) -> None:
        cues = {cue: slug for slug, words in lexicon.topics.items() for cue in words}
        self._matcher = PhraseMatcher(cues, ignore_case=True)
        committee = "|".join(re.escape(w) for w in lexicon.words("committee_words")) or "(?!x)x"
        self._committee = re.compile(rf"\b(?:{committee})\b")
        narrowing = "|".join(re.escape(w) for w in lexicon.words("narrowing_cues"))
        self._narrowing = re.compile(rf"^\W*(?:{narrowing})\b", re.IGNORECASE)

    def general_cues(self, sentence: str) -> list[str]:
        """The words that tag a sentence with the general topic, as written."""
        return [
            hit.group(0) for hit, slug in self._matcher.finditer(sentence) if slug == GENERAL_TOPIC
        ]

    def cues_of(self, sentence: str, slug: str) -> list[str]:
        """The words that tag a sentence with ``slug``, as written."""
        return [hit.group(0) for hit, s in self._matcher.finditer(sentence) if s == slug]

    def topics(self, sentence: str) -> set[str]:
        hits = [
            (hit, slug)
            for hit, slug in self._matcher.finditer(sentence)
            # "Jawatankuasa Bersama Kerjasama Pertahanan (JDCC)": the general words inside a
            # name (title case, mid-sentence) name a body, not a topic of the talks.
            if not (
                slug == GENERAL_TOPIC
                and hit.start() > 0
                and all(w[:1].isupper() for w in hit.group(0).split())
                and self._committee.search(sentence[max(0, hit.start() - 40) : hit.end() + 40])
            )
        ]
        found = {slug for _, slug in hits}
        for hit, slug in hits:
            if slug != GENERAL_TOPIC:
                continue
            rest = sentence[hit.end() :]
            narrowed = self._narrowing.match(rest)
            if narrowed and any(
                s != GENERAL_TOPIC and h.start() >= hit.end() + narrowed.end() for h, s in hits
            ):
                found.discard(GENERAL_TOPIC)
        return found
