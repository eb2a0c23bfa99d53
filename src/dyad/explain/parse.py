"""The dependency parse of the sentences an explanation is about, token by token (`dyad explain --parse`).

Most wrong codes and missed events go back to the parse ("Hundreds of students protested" read as students
who were protested); this shows what the events stage saw, numbered from 1 within the sentence as in CoNLL.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class ParsedToken:
    """One token: its number in the sentence, words, tags and the number of its head (0 for the root)."""

    number: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "text": self.text,
            "lemma": self.lemma,
            "pos": self.pos,
            "tag": self.tag,
            "dep": self.dep,
            "head": self.head,
        }


@dataclass(frozen=True)
class SentenceParse:
    """A sentence's character span and its tokens."""

    start: int
    end: int
    tokens: tuple[ParsedToken, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "tokens": [token.to_dict() for token in self.tokens]}

    def to_lines(self) -> list[str]:
        by_number = {token.number: token for token in self.tokens}
        lines = []
        for token in self.tokens:
            governor = by_number.get(token.head)
            head = f"{token.head} {governor.text}" if governor is not None else "0 (root)"
            words = f"{token.text:<16} {token.lemma:<16} {token.pos:<5} {token.dep:<10}"
            lines.append(f"  {token.number:>3} {words} {head}")
        return lines


def sentence_parses(doc: Doc, offsets: Iterable[int]) -> tuple[SentenceParse, ...]:
    """The parses of the sentences of `doc` holding any of the character `offsets`, in text order."""
    wanted = set(offsets)
    return tuple(
        _parse(sentence) for sentence in doc.sents if any(sentence.start_char <= o < sentence.end_char for o in wanted)
    )


def _parse(sentence: Span) -> SentenceParse:
    tokens = tuple(
        ParsedToken(
            number=token.i - sentence.start + 1,
            text=token.text,
            lemma=token.lemma_,
            pos=token.pos_,
            tag=token.tag_,
            dep=token.dep_,
            head=0 if token.head.i == token.i else token.head.i - sentence.start + 1,
        )
        for token in sentence
        if not token.is_space
    )
    return SentenceParse(sentence.start_char, sentence.end_char, tokens)
