"""Users' own dictionaries in dyad's format: where they come from, what wins, and clear errors for broken lines."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
import spacy

from dyad.actors import find_mentions
from dyad.actors.draft import person_code
from dyad.actors.lexicon import ENV_FILES, LexiconError, load_lexicon, use_dictionaries
from dyad.cli import main
from dyad.errors import DyadError


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "people.txt",
            "# fine\nJane Doe | | FRA | GOV | 2020-13-01 | | minister\n",
            r"people\.txt:2: '2020-13-01' is not a date",
        ),
        (
            "people.txt",
            "Jane Doe | | FRA | GOV | 2021-01-01 | 2020-01-01 | minister\n",
            r"people\.txt:1: the term ends",
        ),
        ("people.txt", "Jane Doe | | FRA | GOVERNMENT | | | minister\n", r"people\.txt:1: sectors 'GOVERNMENT'"),
        ("people.txt", "Jane Doe | | France | GOV | | | minister\n", r"people\.txt:1: country 'France'"),
        ("roles.txt", "\n\nsheriff | COP\n", r"roles\.txt:3: expected 3 fields separated by '\|', got 2"),
        ("roles.txt", "sheriff | COP | z\n", r"roles\.txt:1: unknown role kind 'z'"),
        ("organisations.txt", "FRA-MED | FRA | MED | ORG | Le Exemple\n", r"organisations\.txt:1: code 'FRA-MED'"),
        ("given_names.txt", "q | Alex\n", r"given_names\.txt:1: unknown gender 'q'"),
        ("countries.txt", "ZZ | Zedland | Zedlander | | Zed City\n", r"countries\.txt:1: country 'ZZ'"),
    ],
)
def test_a_broken_line_names_the_file_the_line_and_the_problem(
    tmp_path: Path, user_dictionaries: pytest.MonkeyPatch, name: str, text: str, message: str
) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(LexiconError, match=message) as caught:
        use_dictionaries([path])
    assert isinstance(caught.value, DyadError) and str(path) in str(caught.value)


def test_the_cli_reports_a_broken_dictionary_in_one_line_with_exit_status_2(
    tmp_path: Path, user_dictionaries: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = _write(tmp_path, "my_people.txt", "Jane Doe | Doe | FRA | GOV\n")
    article = _write(tmp_path, "a.txt", "Jane Doe spoke.\n")
    for argv in (["code", str(article)], ["explain", str(article)], ["actor", "Jane Doe"]):
        assert main([*argv, "--actors", str(broken)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("dyad: error: ") and f"{broken}:1: expected 7 fields" in err
        assert "Traceback" not in err


def test_a_missing_dictionary_file_is_a_usage_error(
    tmp_path: Path, user_dictionaries: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["actor", "Jane Doe", "--actors", str(tmp_path / "absent.txt")]) == 2
    assert "no such actor dictionary file" in capsys.readouterr().err


def test_a_file_that_names_no_dictionary_is_refused(tmp_path: Path, user_dictionaries: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "mine.txt", "Jane Doe | | FRA | GOV | | | minister\n")
    with pytest.raises(LexiconError, match=r"mine\.txt:1: cannot tell which dictionary"):
        use_dictionaries([path])
    path = _write(tmp_path, "mine2.txt", "[heroes]\n")
    with pytest.raises(LexiconError, match=r"mine2\.txt:1: unknown section \[heroes\]"):
        use_dictionaries([path])


def test_sections_extend_several_dictionaries_from_one_file(
    tmp_path: Path, user_dictionaries: pytest.MonkeyPatch
) -> None:
    path = _write(
        tmp_path,
        "mine.txt",
        "# my additions\n[roles]\nsheriff | COP | p\n[people]\nJane Doe | Doe | FRA | GOV | 2020-01-01 | | minister\n",
    )
    lexicon = use_dictionaries([path])
    assert lexicon.roles["sheriff"].sectors == ("COP",) and lexicon.roles["sheriff"].origin == f"{path}:3"
    assert person_code(lexicon.people["Jane Doe"], date(2021, 1, 1)) == ("FRA", ("GOV",), "minister")
    assert "Vladimir Putin" in lexicon.people  # dyad's own entries stay


def test_a_users_person_replaces_dyads_and_takes_the_alias(
    tmp_path: Path, user_dictionaries: pytest.MonkeyPatch
) -> None:
    path = _write(
        tmp_path,
        "people.txt",
        "Vladimir Putin | Putin | RUS | MIL | 2000-01-01 | | commander\n"
        "Another Bush | Bush | USA | LEG | | | senator\n",
    )
    lexicon = use_dictionaries([path])
    assert person_code(lexicon.people["Vladimir Putin"], date(2001, 1, 1)) == ("RUS", ("MIL",), "commander")
    assert "Bush" not in lexicon.people["George W. Bush"].aliases
    mentions = find_mentions(spacy.blank("en")("Bush arrived."), date(2002, 1, 1))
    assert [(m.actor.code, m.actor.name) for m in mentions] == [("USALEG", "Another Bush")]


def test_a_users_role_replaces_dyads(tmp_path: Path, user_dictionaries: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "extra_roles.txt", "police | GOV | c\n")
    use_dictionaries([path])
    assert load_lexicon().roles["police"].sectors == ("GOV",)


def test_use_dictionaries_sets_the_environment_for_worker_processes(
    tmp_path: Path, user_dictionaries: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path, "roles.txt", "sheriff | COP | p\n")
    use_dictionaries([path])
    assert os.environ[ENV_FILES] == str(path.resolve())
