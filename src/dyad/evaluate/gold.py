"""Readers for the gold files: each record becomes an Article to code and the scorer's gold dataclass."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import permutations, product
from pathlib import Path
from typing import Any, Generic, TypeVar

from dyad.errors import InputError
from dyad.evaluate.actors import ActorCase
from dyad.evaluate.events import CodedEvent, EventSentence, normalize_plover
from dyad.evaluate.places import PlaceDoc, Toponym
from dyad.evaluate.quotes import QuoteDoc, QuoteSpan
from dyad.evaluate.times import Timex, TimexDoc
from dyad.model import Article

T = TypeVar("T")


@dataclass(frozen=True)
class Sample(Generic[T]):
    """One gold record: the article dyad codes and the gold the scorer compares with."""

    article: Article
    gold: T


def read_jsonl(path: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines file (the first `limit` of them)."""
    try:
        with path.open(encoding="utf-8") as lines:
            count = 0
            for number, line in enumerate(lines, 1):
                if limit is not None and count >= limit:
                    return
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise InputError(f"{path}:{number}: not JSON: {error}") from error
                if not isinstance(record, dict):
                    raise InputError(f"{path}:{number}: a record must be a JSON object")
                count += 1
                yield record
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read gold file {path}: {error}") from error


def parse_date(value: Any) -> date | None:
    """A gold date ("2008-08-04", "20080804", "2009-03-20 12:24:52-05") as a date, or None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if len(text) >= 10 and text[4] == "-":
            return date.fromisoformat(text[:10])
        if len(text) == 8 and text.isdigit():
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None
    return None


def _article(record: dict[str, Any], number: int, date_key: str = "date") -> Article:
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"gold record {number} has no text")
    return Article(id=str(record.get("id", number)), text=text, published=parse_date(record.get(date_key)), title=None)


def _require(record: dict[str, Any], key: str, path: Path) -> Any:
    if key not in record:
        raise InputError(f"{path}: record {record.get('id')!r} has no {key!r}: not a gold file of this kind")
    return record[key]


def load_events(path: Path, limit: int | None = None) -> list[Sample[EventSentence]]:
    """Sentences from any of the event gold files (CAMEO manual, PLOVER, PETRARCH2 GSR, unit tests)."""
    samples = []
    for number, record in enumerate(read_jsonl(path, limit)):
        article = _article(record, number)
        if "expected_code" in record:
            sentence = EventSentence(
                article.id, article.text, (CodedEvent("", "", str(record["expected_code"])),), has_actors=False
            )
        elif "cameo_style_actors" in record:
            actors = record["cameo_style_actors"]
            code = str(_require(record, "cameo_code", path))
            events = tuple(CodedEvent(s, t, code) for s, t in plover_pairs(actors.get("source"), actors.get("target")))
            types = [p for p in (normalize_plover(e.get("plover_event")) for e in record.get("events", [])) if p]
            # one PLOVER event per dyad, as dyad writes one row per source-target pair (CONTRACT.md)
            plover = tuple(types * len(events)) if len(types) == 1 else tuple(types)
            sentence = EventSentence(article.id, article.text, events, plover=plover)
        else:
            events = tuple(
                CodedEvent(e.get("source") or "", e.get("target") or "", str(e["code"]))
                for e in _require(record, "events", path)
            )
            sentence = EventSentence(article.id, article.text, events)
        samples.append(Sample(article, sentence))
    return samples


def plover_pairs(sources: list[str] | None, targets: list[str] | None) -> list[tuple[str, str]]:
    """The source-target pairs of a PLOVER gold event, one per dyad.

    PLOVER writes a joint event ("the United States and Jordan agreed on a pact") as several sources and
    no target; CAMEO, and dyad's contract, code it once in each direction between the joint actors.
    """
    sources, targets = sources or [], targets or []
    if not targets and len(set(sources)) > 1:
        return list(permutations(dict.fromkeys(sources), 2))
    return list(product(sources or [""], targets or [""]))


def load_actor_cases(path: Path, limit: int | None = None) -> list[Sample[ActorCase]]:
    """Phrases from the actor tests; cases that check nothing dyad codes (Wikipedia titles) are left out."""
    samples = []
    for number, record in enumerate(read_jsonl(path, limit)):
        args = _require(record, "args", path)
        expected = _require(record, "expected", path)
        if not args or not isinstance(args[0], str) or not isinstance(expected, dict):
            raise InputError(f"{path}: record {number} is not an actor test")
        country = expected.get("cc", expected.get("code['country']"))
        sectors = expected.get("code['code_1'] In")
        if sectors is None and "code['code_1']" in expected:
            sectors = [expected["code['code_1']"]]
        expect_none = ("code Is" in expected and expected["code Is"] is None) or (
            "code" in expected and expected["code"] is None
        )
        if country is None and sectors is None and not expect_none:
            continue
        case_id = f"{record.get('test', number)}:{args[0]}"
        case = ActorCase(case_id, args[0], country, tuple(sectors) if sectors is not None else None, expect_none)
        published = _case_date(args[2]) if len(args) > 2 else None
        samples.append(Sample(Article(id=case_id, text=args[0], published=published), case))
    return samples


def _case_date(value: object) -> date | None:
    """A test's as-of date ("2022-01-01", "10 May 2015"); "today" or nothing means none."""
    for layout in ("%Y-%m-%d", "%d %B %Y"):
        try:
            return datetime.strptime(str(value).strip(), layout).date()
        except ValueError:
            continue
    return None


def load_quotes(path: Path, limit: int | None = None) -> list[Sample[QuoteDoc]]:
    """Articles with their attributed quotations (PolNeAR layout)."""
    samples = []
    for number, record in enumerate(read_jsonl(path, limit)):
        article = _article(record, number)
        quotes = []
        for quote in _require(record, "quotes", path):
            segments = quote.get("quote_segments") or [quote["quote_char_span"]]
            speaker = quote.get("speaker_segments") or ([quote["speaker_span"]] if quote.get("speaker_span") else None)
            quotes.append(
                QuoteSpan(
                    segments=tuple((int(s), int(e)) for s, e in segments),
                    type=str(quote.get("type", "indirect")),
                    speaker=tuple((int(s), int(e)) for s, e in speaker) if speaker else None,
                    speech_verb=bool(quote.get("cue_has_speech_verb", False)),
                )
            )
        samples.append(Sample(article, QuoteDoc(article.id, article.text, tuple(quotes))))
    return samples


def load_times(path: Path, limit: int | None = None) -> list[Sample[TimexDoc]]:
    """Articles with their creation date and TIMEX3 expressions (TempEval-3 layout)."""
    samples = []
    for number, record in enumerate(read_jsonl(path, limit)):
        article = _article(record, number, date_key="dct")
        timexes = tuple(
            Timex(
                int(t["start"]), int(t["end"]), str(t.get("type", "")), str(t.get("value", "")), str(t.get("text", ""))
            )
            for t in _require(record, "timexes", path)
        )
        samples.append(Sample(article, TimexDoc(article.id, article.text, record.get("dct"), timexes)))
    return samples


def load_places(path: Path, limit: int | None = None) -> list[Sample[PlaceDoc]]:
    """Articles with their toponyms and gold coordinates (LGL and GeoVirus layout)."""
    samples = []
    for number, record in enumerate(read_jsonl(path, limit)):
        article = _article(record, number)
        toponyms = tuple(
            Toponym(int(t["start"]), int(t["end"]), str(t.get("text", "")), _float(t.get("lat")), _float(t.get("lon")))
            for t in _require(record, "toponyms", path)
        )
        samples.append(Sample(article, PlaceDoc(article.id, article.text, toponyms)))
    return samples


def _float(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None
