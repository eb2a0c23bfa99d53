"""Tests of dyad's own judgement of whether a cue is a verb of saying."""

from __future__ import annotations

import pytest

from dyad.quotes.lexicon import is_speech_cue


@pytest.mark.parametrize(
    "cue", ["said", "says", "told", "telling", "has said", "According to", "snapped", "emphasised", "cried", "written"]
)
def test_inflected_speech_verbs_are_speech_cues(cue: str) -> None:
    assert is_speech_cue(cue)


@pytest.mark.parametrize(
    "cue", ["believes", "thinks", "showed", "asked", "urged", "called", "praised", ":", "―", "in", "is expected"]
)
def test_stance_verbs_other_speech_acts_and_marks_are_not_verbs_of_saying(cue: str) -> None:
    assert not is_speech_cue(cue)
