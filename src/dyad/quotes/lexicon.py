"""The cue verbs that introduce quotations, and the verbs of saying among them, read lazily from data files."""

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


# Cue phrases that attribute speech without a verb of their own.
_SPEECH_PHRASES = frozenset({"according to"})
# Past forms the suffix rules below cannot undo.
_IRREGULAR = {
    "said": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
}
# Inflection endings and what may stand in their place in the lemma.
_SUFFIXES = (("ies", ("y",)), ("ied", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ed", ("", "e")), ("ing", ("", "e")))


@functools.cache
def saying_verbs() -> frozenset[str]:
    """The lemmas of verbs of saying in the narrow sense (data/quotes/saying_verbs.txt)."""
    text = resources.files("dyad").joinpath("data/quotes/saying_verbs.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_speech_cue(text: str) -> bool:
    """Whether a cue's text ("told", "has said", "according to") holds a verb of saying.

    Speech acts that mean something else (asking, urging, naming, citing) are cues but not verbs of saying.
    """
    words = text.lower().split()
    if " ".join(words) in _SPEECH_PHRASES:
        return True
    saying = saying_verbs()
    return any(lemma in saying for word in words for lemma in _lemmas(word.strip(".,:;!?\"'")))


def _lemmas(word: str) -> list[str]:
    """The lemmas an inflected verb form may come from ("urged" -> "urg", "urge"; "said" -> "say")."""
    found = [word]
    if word in _IRREGULAR:
        found.append(_IRREGULAR[word])
    for suffix, replacements in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            found += [stem + r for r in replacements]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                found.append(stem[:-1])  # doubled consonant: "snapped" -> "snap"
    return found
