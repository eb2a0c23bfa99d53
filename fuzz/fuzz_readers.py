"""atheris fuzz target: every reader, fed arbitrary bytes, yields Articles or Unreadable items and never raises.

python fuzz/fuzz_readers.py -runs=100000          # or -max_total_time=60 (make fuzz)
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["dyad"]):
    from dyad.model import Article
    from dyad.read import FORMATS, Unreadable
    from dyad.read.layout import mask_layout

READERS = sorted(FORMATS)


def test_one_input(data: bytes) -> None:
    """Pick a reader with the first byte and give it the rest."""
    if not data:
        return
    reader = FORMATS[READERS[data[0] % len(READERS)]]
    for item in reader(data[1:], "fuzz", None):
        if isinstance(item, Article):
            assert isinstance(item.text, str)
            masked = mask_layout(item.text)
            assert len(masked) == len(item.text)
        else:
            assert isinstance(item, Unreadable) and item.error


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
