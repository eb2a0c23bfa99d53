"""Turn the parse's subject of a cue into a Speaker: the local phrase and the actor it resolves to."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from dyad.model import Mention, Speaker

# Left dependents that belong to a speaker's name or description ("Russian President Vladimir Putin").
_NAME_PARTS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "case", "flat"})
_NAMED_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_LOOKBACK = 200  # no mention is longer than this: those starting earlier cannot cover a speaker


class SpeakerResolver:
    """Finds the mention behind a speaker phrase; built once per article."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]

    def speaker(self, head: Token) -> Speaker:
        """The Speaker whose phrase is headed by `head`."""
        start, end = phrase(head, self.text)
        mention = self._mention(head, start, end)
        if mention is not None:
            return Speaker(
                text=self.text[start:end],
                start=start,
                end=end,
                name=mention.actor.name,
                actor=mention.actor.code,
            )
        return Speaker(text=self.text[start:end], start=start, end=end, name=_entity_name(head))

    def _mention(self, head: Token, start: int, end: int) -> Mention | None:
        """The mention covering the head word, else the last named mention inside the phrase."""
        low = bisect.bisect_right(self.starts, end) - 1
        inside: Mention | None = None
        for index in range(low, -1, -1):
            mention = self.mentions[index]
            if mention.start < start - _LOOKBACK:
                break
            if mention.start <= head.idx < mention.end:
                return mention
            if start <= mention.start and mention.end <= end and inside is None and mention.actor.name:
                inside = mention
        return inside


def phrase(head: Token, text: str) -> tuple[int, int]:
    """Character span of the name or description headed by `head`, without clauses or appositions."""
    left = head
    for child in head.lefts:
        if child.dep_ in _NAME_PARTS:
            left = child.left_edge if child.left_edge.i < left.i else left
            break
    right = head
    for child in head.rights:
        if child.dep_ in ("compound", "flat") and child.i == right.i + 1:
            right = child
    start = left.idx
    while start < head.idx and not text[start].isalnum():
        start += 1
    return start, right.idx + len(right.text)


def _entity_name(head: Token) -> str | None:
    """A name for a speaker no mention covers: the named entity the head word belongs to."""
    if head.ent_type_ not in _NAMED_LABELS:
        return None
    doc = head.doc
    start = head.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = head.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text
