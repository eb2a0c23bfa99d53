"""HTML, feeds, WARC, CSV and JSON inputs become the same Articles."""

import json
from datetime import date

import pytest

from dyad.model import Article
from dyad.read import Unreadable, detect_format, read_inputs

PAGE = """<html><head><title>Talks in Rome</title>
<meta property="article:published_time" content="2020-03-04"></head>
<body><nav>Home | World | Sport</nav><article><h1>Talks in Rome</h1>
<p>Russia and China held talks in Rome on Monday, officials said. The two sides agreed to meet again next
month to discuss trade and security in the region.</p>
<p>"We made progress," the Chinese foreign minister told reporters after the meeting.</p></article>
<footer>Copyright 2020 Example News. All rights reserved.</footer></body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>Truce agreed</title><link>https://example.org/a</link><guid>a-1</guid>
<pubDate>Tue, 05 May 2020 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The two sides agreed a truce on Monday.&lt;/p&gt;
&lt;p&gt;Talks go on.&lt;/p&gt;</description></item>
<item><title>Empty</title><guid>a-2</guid><description></description></item>
</channel></rss>"""


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.html", "html"),
        ("a.HTM", "html"),
        ("a.rss", "feed"),
        ("a.xml", "feed"),
        ("a.atom", "feed"),
        ("a.warc", "warc"),
        ("a.warc.gz", "warc"),
        ("a.csv", "csv"),
        ("a.tsv", "csv"),
        ("a.json", "json"),
        ("a.jsonl", "jsonl"),
        ("a.txt", "txt"),
        ("-", "txt"),
    ],
)
def test_formats_are_told_by_their_endings(name, fmt):
    assert detect_format(name) == fmt


def test_html_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_inputs([str(path)])
    assert isinstance(article, Article)
    assert article.title == "Talks in Rome" and article.published == date(2020, 3, 4)
    assert "held talks in Rome" in article.text and "We made progress" in article.text
    assert "Copyright" not in article.text and "Sport" not in article.text


def test_html_without_text_is_unreadable(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>alert(1)</script></body></html>", encoding="utf-8")
    [item] = read_inputs([str(path)])
    assert isinstance(item, Unreadable) and "no main text" in item.error


def test_feed_entries(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(FEED, encoding="utf-8")
    first, second = read_inputs([str(path)])
    assert first == Article(
        id="a-1",
        text="The two sides agreed a truce on Monday.\n\nTalks go on.",
        published=date(2020, 5, 5),
        title="Truce agreed",
        url="https://example.org/a",
        source="Example Wire",
    )
    assert isinstance(second, Unreadable) and second.id == "a-2"


def test_broken_feed_is_one_unreadable_item(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_bytes(b"\x00\x01 not a feed <<<")
    [item] = read_inputs([str(path)])
    assert isinstance(item, Unreadable)


def test_warc_responses_become_articles(tmp_path, make_warc):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(make_warc([("https://example.org/rome", PAGE), ("https://example.org/rome2", PAGE)]))
    items = list(read_inputs([str(path)]))
    assert [item.id for item in items] == ["https://example.org/rome", "https://example.org/rome2"]
    assert all(isinstance(item, Article) and "held talks" in item.text for item in items)


def test_truncated_warc_keeps_the_whole_records_and_says_what_broke(tmp_path, make_warc):
    data = make_warc([("https://example.org/rome", PAGE), ("https://example.org/rome2", PAGE)])
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) - 200])
    items = list(read_inputs([str(path)]))
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], Unreadable) and "truncated" in items[-1].error


def test_csv_rows_with_named_columns(tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_text(
        'headline,body,date\nTruce,"The sides agreed, at last.",2020-05-05\nNo body,,2020-05-06\n', encoding="utf-8"
    )
    first, second = read_inputs([str(path)])
    assert first == Article(id="1", text="The sides agreed, at last.", published=date(2020, 5, 5), title="Truce")
    assert isinstance(second, Unreadable) and "row 2" in second.error


def test_csv_without_a_text_column(tmp_path):
    path = tmp_path / "corpus.tsv"
    path.write_text("a\tb\n1\t2\n", encoding="utf-8")
    [item] = read_inputs([str(path)])
    assert isinstance(item, Unreadable) and "no text column" in item.error


def test_json_array_and_single_object(tmp_path):
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "x", "text": "One."}, {"text": "Two."}, 3]), encoding="utf-8")
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": "Alone.", "published": "2021-01-02"}), encoding="utf-8")
    items = list(read_inputs([str(many), str(one)]))
    assert [item.id for item in items] == ["x", "2", "3", "one"]
    assert isinstance(items[2], Unreadable)
    assert items[3].published == date(2021, 1, 2)
