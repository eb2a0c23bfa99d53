import json
from datetime import date

import pytest

from dyad.errors import InputError
from dyad.model import Article
from dyad.read import Unreadable, detect_format, read_inputs
from dyad.read.text import split_title


def test_text_file_is_one_article_with_its_title(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Talks resume\n\nThe two sides met on Monday.", encoding="utf-8")
    [article] = read_inputs([str(path)], published=date(2020, 1, 2))
    assert article == Article(id="story", text=path.read_text(), published=date(2020, 1, 2), title="Talks resume")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Headline here\n\nBody.", "Headline here"),
        ("A first sentence that ends.\n\nBody.", None),
        ("No blank line\nBody.", None),
        ("", None),
    ],
)
def test_split_title(text, title):
    assert split_title(text) == title


def test_jsonl_lines_become_articles_or_unreadable_items(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Russia met China.", "published": "2020-05-01", "title": "T"}),
        "{not json",
        json.dumps({"text": "No id here.", "dct": "2019-01-31"}),
        json.dumps({"id": "b", "title": "no text"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "c", "text": "Bad date.", "date": "2020-13-45"}),
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert [item.id for item in items] == ["a", "2", "3", "b", "5", "c"]
    assert isinstance(items[0], Article) and items[0].published == date(2020, 5, 1) and items[0].title == "T"
    assert isinstance(items[1], Unreadable) and "not valid JSON" in items[1].error
    assert isinstance(items[2], Article) and items[2].published == date(2019, 1, 31)
    assert isinstance(items[3], Unreadable) and "'text'" in items[3].error
    assert isinstance(items[4], Unreadable) and "not a JSON object" in items[4].error
    assert isinstance(items[5], Unreadable) and "not a date" in items[5].error


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_inputs([str(tmp_path / "absent.txt")]))


def test_unknown_ending_is_an_input_error():
    with pytest.raises(InputError, match="input format"):
        detect_format("story.pdf")


def test_forced_format_and_latin1_text(tmp_path):
    path = tmp_path / "story.data"
    path.write_bytes("Caf\xe9 talks\n\nBody.".encode("cp1252"))
    [article] = read_inputs([str(path)], input_format="txt")
    assert article.title == "Café talks"
