"""Reading trigger patterns and frame tables."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from dyad.events.lexicon import DEFAULT_TARGETS, lexicon, load_lexicon, parse_pattern, parse_requires


def test_parse_a_pattern_row() -> None:
    pattern = parse_pattern(
        ["reduce.impose_sanctions", "163", "V", "impose", "obj=sanction|embargo", "on,against", "-"]
    )
    assert pattern.code == "163"
    assert pattern.requires[0].slot == "obj"
    assert pattern.requires[0].lemmas == {"sanction", "embargo"}
    assert pattern.targets == ("on", "against")
    assert not pattern.symmetric and pattern.frame is None


def test_flags_and_defaults() -> None:
    pattern = parse_pattern(["agree.agree", "030", "V", "agree", "-", "-", "sym,frame=intent"])
    assert pattern.symmetric
    assert pattern.frame == "intent"
    assert pattern.targets == DEFAULT_TARGETS
    assert pattern.mirror is None


def test_a_mirror_code_and_an_agent() -> None:
    pattern = parse_pattern(["p.clash", "145", "V", "clash", "agent=protester", "with", "mirror=175"])
    assert pattern.mirror == "175"
    assert pattern.requires[0].slot == "agent"


@pytest.mark.parametrize(
    "cells",
    [
        ["x", "999", "V", "meet", "-", "-", "-"],
        ["x", "040", "Q", "meet", "-", "-", "-"],
        ["x", "040", "V", "meet", "bogus=with", "-", "-"],
        ["x", "145", "V", "clash", "-", "-", "mirror=999"],
    ],
)
def test_bad_rows_are_refused(cells: list[str]) -> None:
    with pytest.raises(ValueError):
        parse_pattern(cells)


def test_requirements_split_on_semicolons() -> None:
    found = parse_requires("prt=over;obj=suspect|militant")
    assert [r.slot for r in found] == ["prt", "obj"]


def test_shipped_lexicon_loads_and_covers_every_root() -> None:
    lex = lexicon()
    codes = {p.code for patterns in lex.patterns.values() for p in patterns}
    assert {c[:2] for c in codes} == {f"{i:02d}" for i in range(1, 21)}
    assert "hold" in lex.support_verbs
    # the most specific pattern comes first
    impose = lex.candidates("V", "impose")
    assert all(len(a.requires) >= len(b.requires) for a, b in itertools.pairwise(impose))


@pytest.mark.parametrize(
    ("frame", "content", "expected"),
    [("reject", "040", "125"), ("reject", "0841", "1243"), ("intent", "0841", "0353"), ("appeal", "084", "0253"),
     ("demand", "0871", "1056"), ("threaten", "163", "1312")],
)  # fmt: skip
def test_reframe_uses_the_longest_prefix(frame: str, content: str, expected: str) -> None:
    assert lexicon().reframe(frame, content) == expected


def test_reframe_unknown() -> None:
    assert lexicon().reframe("reject", "190") is None


def test_user_trigger_files_come_first(tmp_path: Path) -> None:
    own = tmp_path / "mine.tsv"
    own.write_text("# my rules\nmine.meet_greet\t043\tV\tmeet\t-\tobj\t-\nmine.snub\t111\tV\tsnub\t-\tobj\t-\n")
    lex = load_lexicon((own,))
    plain = [p.rule for p in lex.candidates("V", "meet") if not p.requires]
    assert plain[0] == "mine.meet_greet"
    assert lex.candidates("V", "snub")[0].code == "111"
    assert lexicon().candidates("V", "snub") == ()


def test_user_trigger_files_are_checked(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("mine.bad\t999\tV\tmeet\t-\t-\t-\n")
    with pytest.raises(ValueError, match=r"bad\.tsv line 1"):
        load_lexicon((bad,))
