"""Scoring quotations: GenderGapTracker's overlap metric and Citron's exact-span metric.

GenderGapTracker (`gg03`, `gg08`): gold quotes are taken in text order; each is matched to the unused
prediction covering the largest share of its characters, when that share is above the threshold
(0.3 or 0.8). Speaker accuracy is the share of matched quotes whose predicted speaker span overlaps the
gold speaker span (when the gold has no speaker, a prediction without one is right).

Citron (`exact`): a match needs exactly the gold content characters; its speaker accuracy needs
exactly the gold speaker characters. White space and quotation marks at the ends of a segment are
left out on both sides first, since corpora differ on whether the marks belong to the content.

Each metric is given for every gold type (`direct`, `mixed`, `indirect`), for `quoted` (direct and
mixed, the quotes inside quotation marks) and for `all`; a subset keeps the gold quotes of its types
and the predictions that dyad typed the same way. `speech_verb` keeps, of every type, the gold quotes
whose cue holds a verb of saying and the predictions whose cue dyad judges one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dyad.evaluate.report import Counts, ErrorItem, Metrics, Scored, ratio
from dyad.evaluate.spans import Segments, char_set, trim_segments

SUBSETS: dict[str, frozenset[str]] = {
    "all": frozenset({"direct", "mixed", "indirect"}),
    "quoted": frozenset({"direct", "mixed"}),
    "direct": frozenset({"direct"}),
    "mixed": frozenset({"mixed"}),
    "indirect": frozenset({"indirect"}),
}
SPEECH_VERB = "speech_verb"
THRESHOLDS = {"gg03": 0.3, "gg08": 0.8}


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation as scored: content segments, type, speaker segments (None: no speaker), speech cue.

    `speech_verb` says whether the quotation's cue is a verb of saying (gold: the corpus's flag;
    predictions: dyad's judgement of its own cue).
    """

    segments: Segments
    type: str
    speaker: Segments | None = None
    speech_verb: bool = False

    @property
    def chars(self) -> frozenset[int]:
        return char_set(self.segments)

    @property
    def speaker_chars(self) -> frozenset[int]:
        return char_set(self.speaker or ())


@dataclass(frozen=True)
class QuoteDoc:
    """A gold article and its quotations."""

    id: str
    text: str
    quotes: tuple[QuoteSpan, ...]


@dataclass
class _Tally:
    counts: Counts
    speakers: int = 0


def match_ggt(gold: Sequence[QuoteSpan], predicted: Sequence[QuoteSpan], threshold: float) -> dict[int, int]:
    """GenderGapTracker's greedy one-to-one match: gold index -> prediction index."""
    remaining = list(range(len(predicted)))
    predicted_chars = [q.chars for q in predicted]
    matches: dict[int, int] = {}
    for g, quote in enumerate(gold):
        chars = quote.chars
        if not chars:
            continue
        best, best_share = -1, threshold
        for p in remaining:
            share = len(chars & predicted_chars[p]) / len(chars)
            if share > best_share:
                best, best_share = p, share
        if best >= 0:
            matches[g] = best
            remaining.remove(best)
    return matches


def match_exact(gold: Sequence[QuoteSpan], predicted: Sequence[QuoteSpan]) -> dict[int, int]:
    """Citron's exact content match, one-to-one: gold index -> prediction index."""
    unused: dict[frozenset[int], list[int]] = {}
    for p, quote in enumerate(predicted):
        unused.setdefault(quote.chars, []).append(p)
    matches: dict[int, int] = {}
    for g, quote in enumerate(gold):
        candidates = unused.get(quote.chars)
        if candidates:
            matches[g] = candidates.pop(0)
    return matches


def speaker_overlaps(gold: QuoteSpan, predicted: QuoteSpan) -> bool:
    """GenderGapTracker's speaker test: the two speaker spans share a character."""
    if gold.speaker is None:
        return predicted.speaker is None
    return bool(gold.speaker_chars & predicted.speaker_chars)


def speaker_exact(gold: QuoteSpan, predicted: QuoteSpan) -> bool:
    """Citron's speaker test: the same speaker characters."""
    if gold.speaker is None:
        return predicted.speaker is None
    return gold.speaker_chars == predicted.speaker_chars


def score_quotes(docs: Sequence[QuoteDoc], predictions: Sequence[Sequence[QuoteSpan]]) -> Scored:
    """Score predicted quotations against gold articles (the two sequences are parallel)."""
    if len(docs) != len(predictions):
        raise ValueError("one prediction list is needed per gold article")
    tallies = {(s, m): _Tally(Counts()) for s in (*SUBSETS, SPEECH_VERB) for m in (*THRESHOLDS, "exact")}
    errors: list[ErrorItem] = []
    for doc, predicted in zip(docs, predictions, strict=True):
        for subset in (*SUBSETS, SPEECH_VERB):
            gold_part = [q for q in doc.quotes if _in_subset(q, subset)]
            predicted_part = [q for q in predicted if _in_subset(q, subset)]
            for method in (*THRESHOLDS, "exact"):
                if method == "exact":
                    matches = match_exact(_trim(doc.text, gold_part), _trim(doc.text, predicted_part))
                    same_speaker = _trimmed_speaker_exact(doc.text)
                else:
                    matches = match_ggt(gold_part, predicted_part, THRESHOLDS[method])
                    same_speaker = speaker_overlaps
                tally = tallies[subset, method]
                tally.counts.add(len(matches), len(predicted_part) - len(matches), len(gold_part) - len(matches))
                tally.speakers += sum(same_speaker(gold_part[g], predicted_part[p]) for g, p in matches.items())
                if subset == "all" and method == "gg03":
                    errors.extend(_doc_errors(doc, predicted, matches))
    metrics: Metrics = {"articles": len(docs), "gold_quotes": sum(len(d.quotes) for d in docs)}
    metrics["predicted_quotes"] = sum(len(p) for p in predictions)
    for (subset, method), tally in tallies.items():
        prefix = f"{subset}.{method}"
        metrics.update(tally.counts.metrics(prefix))
        metrics[f"{prefix}.speaker"] = round(ratio(tally.speakers, tally.counts.tp), 4)
    return Scored(metrics, errors)


def _in_subset(quote: QuoteSpan, subset: str) -> bool:
    if subset == SPEECH_VERB:
        return quote.speech_verb
    return quote.type in SUBSETS[subset]


def _trim(text: str, quotes: Sequence[QuoteSpan]) -> list[QuoteSpan]:
    return [QuoteSpan(trim_segments(text, q.segments), q.type, q.speaker, q.speech_verb) for q in quotes]


def _trimmed_speaker_exact(text: str) -> Callable[[QuoteSpan, QuoteSpan], bool]:
    def same(gold: QuoteSpan, predicted: QuoteSpan) -> bool:
        return speaker_exact(_trim_speaker(text, gold), _trim_speaker(text, predicted))

    return same


def _trim_speaker(text: str, quote: QuoteSpan) -> QuoteSpan:
    speaker = trim_segments(text, quote.speaker) if quote.speaker else None
    return QuoteSpan(quote.segments, quote.type, speaker, quote.speech_verb)


def _doc_errors(doc: QuoteDoc, predicted: Sequence[QuoteSpan], matches: dict[int, int]) -> list[ErrorItem]:
    missed = [q for g, q in enumerate(doc.quotes) if g not in matches]
    matched_predictions = set(matches.values())
    spurious = [q for p, q in enumerate(predicted) if p not in matched_predictions]
    if not missed and not spurious:
        return []
    example = missed[0] if missed else spurious[0]
    what = "missed" if missed else "spurious"
    detail = f"missed {len(missed)} of {len(doc.quotes)} gold quotes, {len(spurious)} spurious; first {what} below"
    return [ErrorItem(len(missed) + len(spurious), doc.id, _segment_text(doc.text, example.segments), detail)]


def _segment_text(text: str, segments: Segments) -> str:
    return " … ".join(text[start:end] for start, end in segments)
