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
        narrowing = "|".join(re.escape(w) for w in lexicon.words("narrowing_cues"))
        self._narrowing = re.compile(rf"^\W*(?:{narrowing})\b", re.IGNORECASE)

    def topics(self, sentence: str) -> set[str]:
        hits = list(self._matcher.finditer(sentence))
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
