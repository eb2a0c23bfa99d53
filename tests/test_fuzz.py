"""Property tests: readers and the whole pipeline take arbitrary input without raising.

`make fuzz` runs these with many more examples (the `fuzz` hypothesis profile) and the atheris target.
"""

import json
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyad.model import Article
from dyad.read import FORMATS, Unreadable

MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "``", "''", "(", ")", "[", "]", "{", "}", "<", ">", "\n", "\n\n", " "]
WORDS = ["Russia", "said", "the", "President", "Putin", "met", "on", "Monday", "in", "Geneva", "Quote", "Unquote",
         "READ MORE", "…", "talks", "he", "attacked", "not", "would", "2001", "U.S.", "Mr", "-"]  # fmt: skip
newsish = st.lists(st.sampled_from(MARKS + WORDS) | st.text(max_size=8), max_size=120).map("".join)
html = st.lists(
    st.sampled_from(["<p>", "</p>", "<div>", "<script>", "</script>", "<br/>", "<!--", "-->", "<![CDATA[", "&amp;"])
    | newsish,
    max_size=40,
).map("".join)
json_lines = st.lists(
    st.one_of(
        st.fixed_dictionaries(
            {"text": newsish}, optional={"id": st.text(max_size=5), "published": st.text(max_size=12)}
        ),
        st.dictionaries(st.text(max_size=6), st.none() | st.integers() | st.text(max_size=20), max_size=4),
        st.text(max_size=30),
    ),
    max_size=8,
)


def _check_items(items):
    for item in items:
        assert isinstance(item, (Article, Unreadable))
        if isinstance(item, Article):
            assert isinstance(item.text, str)
        else:
            assert item.error


@given(data=st.binary(max_size=2000), fmt=st.sampled_from(sorted(FORMATS)))
def test_every_reader_takes_any_bytes(data, fmt):
    _check_items(FORMATS[fmt](data, "x", None))


@given(text=newsish | html, fmt=st.sampled_from(sorted(FORMATS)))
def test_every_reader_takes_any_text(text, fmt):
    _check_items(FORMATS[fmt](text.encode("utf-8"), "x", None))


@given(lines=json_lines)
def test_json_lines_with_anything_in_them(lines):
    data = "\n".join(json.dumps(line) if not isinstance(line, str) else line for line in lines).encode()
    items = list(FORMATS["jsonl"](data, "x", None))
    _check_items(items)
    good = [line for line in lines if isinstance(line, dict) and isinstance(line.get("text"), str)]
    assert len([i for i in items if isinstance(i, Article)]) <= len(good)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=newsish)
def test_the_pipeline_takes_any_text(pipeline, text):
    record = pipeline.code(Article(id="fuzz", text=text, published=date(2020, 1, 1)))
    assert record.error is None or isinstance(record.error, str)
    for span in [*record.entities, *record.times, *record.places, *record.quotes]:
        assert 0 <= span.start <= span.end <= len(text)
    for event in record.events:
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
    for quote in record.quotes:
        assert all(quote.start <= s <= e <= quote.end for s, e in quote.segments)
