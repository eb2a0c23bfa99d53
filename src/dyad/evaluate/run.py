"""Running the pipeline over gold files and turning its Records into what the scorers compare."""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

from dyad import actors as actor_stage
from dyad.errors import InputError
from dyad.evaluate import gold as gold_files
from dyad.evaluate.actors import ActorGuess, phrase_actor, score_actors
from dyad.evaluate.events import CodedEvent, score_events
from dyad.evaluate.places import Toponym, score_places
from dyad.evaluate.quotes import QuoteSpan, score_quotes
from dyad.evaluate.report import EvalReport, Scored, worst
from dyad.evaluate.times import Timex, score_times
from dyad.model import Article, Record
from dyad.pipeline import Pipeline
from dyad.quotes.lexicon import is_speech_cue

KINDS = ("events", "actors", "quotes", "times", "places")

UNIT_TEST_NOTE = (
    "these sentences use fictional countries from PETRARCH2's test dictionaries, which dyad does not load: "
    "the figures measure engine behaviour (compound actors, no-event cases), not real-world accuracy"
)


def evaluate(
    kind: str,
    gold_path: Path,
    pipeline: Pipeline | None = None,
    errors: int = 5,
    limit: int | None = None,
    *,
    ids: Collection[str] | None = None,
) -> EvalReport:
    """Code the gold file's texts with `pipeline` and score the result against the gold.

    `kind` is one of KINDS; `limit` keeps only the first records and `ids` only the records with these
    ids; `errors` is how many of the worst errors the report keeps. Raises InputError for an unknown
    kind or an unreadable gold file.
    """
    if kind not in KINDS:
        raise InputError(f"unknown evaluation kind {kind!r}; choose one of {', '.join(KINDS)}")
    gold_path = Path(gold_path)
    if not gold_path.is_file():
        raise InputError(f"gold file {gold_path} does not exist")
    runner = _RUNNERS[kind]
    started = time.perf_counter()
    try:
        samples = runner.load(gold_path, limit)
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise InputError(f"{gold_path} is not a {kind} gold file: {type(error).__name__}: {error}") from error
    label = gold_path.name
    if ids is not None:
        wanted = set(ids)
        samples = [s for s in samples if s.article.id in wanted]
        label += f" [{len(samples)}]"
    pipeline = pipeline or Pipeline()
    predictions, failures = runner.predict(pipeline, [s.article for s in samples])
    scored: Scored = runner.score([s.gold for s in samples], predictions)
    notes = []
    if failures:
        notes.append(
            f"{len(failures)} of {len(samples)} records failed to code and count as empty predictions "
            f"(first: {failures[0]})"
        )
    if kind == "events" and "unit_test" in gold_path.name:
        notes.append(UNIT_TEST_NOTE)
    return EvalReport(
        kind=kind,
        gold=label,
        metrics={**scored.metrics, "failed": len(failures)},
        errors=worst(scored.errors, errors),
        notes=notes,
        seconds=round(time.perf_counter() - started, 1),
    )


def baseline_ids(baseline_path: Path) -> list[str]:
    """The ids of the sentences a recorded PETRARCH2 output covers."""
    return [str(record.get("id")) for record in gold_files.read_jsonl(Path(baseline_path))]


def score_petrarch2(gold_path: Path, baseline_path: Path, errors: int = 5) -> EvalReport:
    """Score PETRARCH2's recorded output on an event gold file with the same scorer dyad gets."""
    by_id = {sample.article.id: sample.gold for sample in gold_files.load_events(Path(gold_path))}
    sentences, predictions = [], []
    failed = 0
    for record in gold_files.read_jsonl(Path(baseline_path)):
        sentence = by_id.get(str(record.get("id")))
        if sentence is None:
            raise InputError(f"{baseline_path}: record {record.get('id')!r} is not in {gold_path}")
        failed += record.get("error") is not None
        sentences.append(sentence)
        predictions.append([CodedEvent(s or "", t or "", str(c)) for s, t, c in record.get("petrarch2_events", [])])
    scored = score_events(sentences, predictions)
    return EvalReport(
        kind="events",
        gold=f"{Path(gold_path).name} [{len(sentences)}]",
        metrics={**scored.metrics, "failed": failed},
        errors=worst(scored.errors, errors),
        notes=[f"PETRARCH2's recorded output ({Path(baseline_path).name}) on {len(sentences)} sentences"],
        system="PETRARCH2",
    )


class _Runner:
    """How one kind loads its gold, asks the pipeline for predictions and scores them."""

    def __init__(
        self,
        load: Callable[[Path, int | None], Sequence[Any]],
        predict: Callable[[Pipeline, list[Article]], tuple[list[Any], list[str]]],
        score: Callable[[Sequence[Any], Sequence[Any]], Scored],
    ) -> None:
        self.load = load
        self.predict = predict
        self.score = score


def _records(pipeline: Pipeline, articles: list[Article]) -> tuple[list[Record], list[str]]:
    """The records of `articles`, and a message for each that failed."""
    records = list(pipeline.code_many(articles))
    return records, [f"{record.id}: {record.error}" for record in records if record.error is not None]


def _predict_events(pipeline: Pipeline, articles: list[Article]) -> tuple[list[list[CodedEvent]], list[str]]:
    records, failed = _records(pipeline, articles)
    return [
        [
            CodedEvent(
                e.source.actor.code if e.source else "",
                e.target.actor.code if e.target else "",
                e.cameo,
                e.plover,
                negated=e.negated,
                hypothetical=e.hypothetical,
            )
            for e in record.events
        ]
        for record in records
    ], failed


def _predict_quotes(pipeline: Pipeline, articles: list[Article]) -> tuple[list[list[QuoteSpan]], list[str]]:
    records, failed = _records(pipeline, articles)
    return [
        [
            QuoteSpan(
                segments=tuple(q.segments) or ((q.start, q.end),),
                type=q.type,
                speaker=((q.speaker.start, q.speaker.end),) if q.speaker else None,
                speech_verb=q.cue is not None and is_speech_cue(q.cue.text),
            )
            for q in record.quotes
        ]
        for record in records
    ], failed


def _predict_times(pipeline: Pipeline, articles: list[Article]) -> tuple[list[list[Timex]], list[str]]:
    records, failed = _records(pipeline, articles)
    return [[Timex(t.start, t.end, t.type, t.value, t.text) for t in record.times] for record in records], failed


def _predict_places(pipeline: Pipeline, articles: list[Article]) -> tuple[list[list[Toponym]], list[str]]:
    records, failed = _records(pipeline, articles)
    return [
        [Toponym(p.start, p.end, p.text, p.location.lat, p.location.lon) for p in record.places] for record in records
    ], failed


def _predict_actors(pipeline: Pipeline, articles: list[Article]) -> tuple[list[ActorGuess | None], list[str]]:
    """The actor of each phrase: the mention nearest its syntactic head (see `phrase_actor`)."""
    guesses: list[ActorGuess | None] = []
    for article, doc in zip(articles, pipeline.nlp.pipe(a.text for a in articles), strict=True):
        mentions = actor_stage.find_mentions(doc, article.published)
        best = phrase_actor(doc, mentions)
        guesses.append(ActorGuess(best.actor.code, best.actor.country, best.actor.sector) if best else None)
    return guesses, []


_RUNNERS: dict[str, _Runner] = {
    "events": _Runner(gold_files.load_events, _predict_events, score_events),
    "actors": _Runner(gold_files.load_actor_cases, _predict_actors, score_actors),
    "quotes": _Runner(gold_files.load_quotes, _predict_quotes, score_quotes),
    "times": _Runner(gold_files.load_times, _predict_times, score_times),
    "places": _Runner(gold_files.load_places, _predict_places, score_places),
}
