"""Hostile inputs end with a clear error or a correct record, never a traceback, and every good record comes out."""

import json
import random

import pytest

from dyad.cli import main

GOOD = "Russia and China held talks in Beijing on Monday, the foreign ministry said."


def _run(capsys, path, *options):
    status = main(["code", str(path), "--published", "2020-05-05", *options])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    records = [json.loads(line) for line in captured.out.splitlines()]
    return status, records


def _binary() -> bytes:
    generator = random.Random(7)
    return bytes(generator.randrange(256) for _ in range(20_000))


@pytest.mark.parametrize(
    ("name", "content", "status", "error"),
    [
        ("empty.txt", b"", 1, "no text"),
        ("binary.txt", _binary(), None, None),
        ("latin1.txt", "Caf\xe9 owners in Paris protested on Monday against new taxes.".encode("cp1252"), 0, None),
        ("utf16.txt", ("\ufeff" + GOOD).encode("utf-16-le"), 0, None),
        ("bad-utf8.txt", GOOD.encode() + b"\xff\xfe\xfa", 0, None),
        ("german.txt", b"Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen.", 1,
         "German"),
        ("script.html", b"<html><body><script>alert(1)</script></body></html>", 1, "no main text"),
    ],
)  # fmt: skip
def test_small_hostile_files(tmp_path, capsys, name, content, status, error):
    path = tmp_path / name
    path.write_bytes(content)
    code, [record] = _run(capsys, path)
    if status is not None:
        assert code == status
    if error:
        assert error in record["error"]
    elif status == 0:
        assert record["error"] is None


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("nopunct.txt", "word " * 2_000_000),
        ("brackets.txt", "(" * 200_000 + ")" * 200_000),
        ("quotes.txt", '"' * 50_000),
    ],
)
def test_huge_texts_are_cut_with_a_warning(tmp_path, capsys, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, [record] = _run(capsys, path)
    assert code == 0 and record["error"] is None
    assert record["warnings"] and "were coded" in record["warnings"][0]


def test_truncated_feed_keeps_its_whole_entries(tmp_path, capsys):
    items = "".join(
        f"<item><guid>g{i}</guid><title>T{i}</title><description>{GOOD}</description></item>" for i in range(3)
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{items}</channel></rss>'
    path = tmp_path / "cut.rss"
    path.write_text(feed[: feed.index("<item><guid>g2") + 30], encoding="utf-8")
    _, records = _run(capsys, path)
    assert [r["id"] for r in records if r["error"] is None][:2] == ["g0", "g1"]


def test_truncated_warc_keeps_its_whole_records(tmp_path, capsys, make_warc):
    page = f"<html><body><article><p>{GOOD} {GOOD}</p><p>{GOOD}</p></article></body></html>"
    data = make_warc([(f"https://x.org/{number}", page) for number in range(2)])
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:-40])
    code, records = _run(capsys, path)
    assert code == 1
    assert records[0]["id"] == "https://x.org/0" and records[0]["error"] is None
    assert "truncated" in records[-1]["error"]


def test_jsonl_with_bad_lines_among_good_ones(tmp_path, capsys):
    lines = [
        json.dumps({"id": "good1", "text": GOOD}),
        "{broken",
        json.dumps({"id": "number", "text": 5}),
        json.dumps({"id": "date", "text": GOOD, "published": "2021-02-30"}),
        json.dumps({"id": "list", "text": GOOD, "title": ["x"]}),
        "[1, 2]",
        json.dumps({"id": "good2", "text": GOOD.replace("Monday", "Tuesday")}),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    code, records = _run(capsys, path)
    assert code == 1
    by_id = {r["id"]: r for r in records}
    assert len(records) == 7
    assert by_id["good1"]["error"] is None and by_id["good2"]["error"] is None and by_id["list"]["error"] is None
    assert by_id["good1"]["events"] and by_id["good2"]["events"]
    assert "not a date" in by_id["date"]["error"] and "'text'" in by_id["number"]["error"]
