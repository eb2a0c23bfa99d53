"""The README documents every command and option of the `dyad` command, and its two commands come first."""

import argparse
from pathlib import Path

from dyad.cli import _parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = _parser()
    [subparsers] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(subparsers.choices)


def test_every_command_and_option_is_in_the_readme():
    missing = []
    for name, command in _commands().items():
        if f"dyad {name}" not in README:
            missing.append(f"dyad {name}")
        for action in command._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help" and option not in README:
                    missing.append(f"dyad {name} {option}")
    assert not missing, f"not documented in README.md: {missing}"


def test_the_readme_opens_with_the_two_commands():
    opening = README.split("\n\n")[1]
    assert "make demo" in opening and "make test" in opening
