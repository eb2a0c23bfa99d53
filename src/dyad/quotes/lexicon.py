"""The cue verbs that introduce quotations, read lazily from the project's data file."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

SPEECH = "speech"
STANCE = "stance"


@functools.cache
def cue_verbs(extra: Path | None = None) -> dict[str, str]:
    """Lemma -> kind ("speech" or "stance") for every cue verb; `extra` adds or overrides entries."""
    text = resources.files("dyad").joinpath("data/quotes/cue_verbs.tsv").read_text(encoding="utf-8")
    verbs = _parse(text)
    if extra is not None:
        verbs.update(_parse(extra.read_text(encoding="utf-8")))
    return verbs


def _parse(text: str) -> dict[str, str]:
    verbs: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, _, kind = line.partition("\t")
        verbs[lemma.strip().lower()] = kind.strip() or SPEECH
    return verbs
