"""`dyad explain`: each event with its rule, code name, marked sentence, actors and anchors."""

import json
from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from dyad.cli import main
from dyad.errors import InputError
from dyad.events.codebook import lookup
from dyad.events.lexicon import lexicon
from dyad.explain import explain_article, read_article, to_text
from dyad.explain.evidence import dependency_path, rule_parts
from dyad.model import Article

MEETING = (
    "Russian President Vladimir Putin arrived in Beijing on Monday. He met Chinese President Xi Jinping on Tuesday."
)


def _article(text: str, published: str = "2020-05-04") -> Article:
    return Article(id="a", text=text, published=date.fromisoformat(published))


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(MEETING, encoding="utf-8")
    return path


def _pronoun_event(explanation):
    found = [e for e in explanation.events if e.source and e.source.kind == "pronoun"]
    assert found, "no event has a pronoun as its source"
    return found[0]


def test_explains_the_rule_the_code_the_trigger_and_a_pronoun(pipeline):
    explanation = explain_article(_article(MEETING), pipeline=pipeline)
    assert explanation.total == len(explanation.events) == len(pipeline.code(_article(MEETING)).events)
    item = _pronoun_event(explanation)
    event = item.event
    assert item.cameo_name == lookup(event.cameo).name
    assert f"<TRG {event.trigger.text}>" in item.marked and "[SRC He]" in item.marked
    assert item.source.resolution == "He -> Vladimir Putin (pronoun) -> RUSGOV"
    assert item.source.path == f"{event.trigger.text} -nsubj-> He"
    assert [entry.rule for entry in item.entries] == [event.rule.split("+")[0]]
    assert item.date.source == event.date_source == "text" and "'Tuesday'" in item.date.evidence
    text = to_text(explanation)
    for expected in (event.rule, item.cameo_name, item.marked, item.source.resolution, "(text): 'Tuesday'"):
        assert expected in text
    assert "'Beijing' -> Beijing (GeoNames" in text and "'Monday' -> 2020-05-04 (DATE)" in text


def test_negation_and_condition_cues(pipeline):
    [denied] = explain_article(_article("Russia did not attack Georgia on Monday."), pipeline=pipeline).events
    assert denied.event.negated and denied.negation == ("'not' (neg of 'attack')",)
    supposed = explain_article(_article("Iran could attack Israel if talks fail, officials said."), pipeline=pipeline)
    [item] = [e for e in supposed.events if e.event.hypothetical]
    assert any(cue.startswith("'could' (modal") for cue in item.hypothetical)
    assert "hypothetical: yes, cues: 'could'" in to_text(supposed)


def test_a_denying_verb_and_a_dateline(pipeline):
    text = "MOSCOW, July 2 (Reuters) - Iran failed to reach an agreement with the European Union."
    explanation = explain_article(_article(text, "2008-07-02"), pipeline=pipeline)
    [item, *_] = [e for e in explanation.events if e.event.trigger.text == "agreement"]
    assert item.event.negated and "'failed' (a verb that denies what it governs)" in item.negation
    assert item.place.source == "dateline" and item.place.evidence.endswith("dateline 'MOSCOW'")
    assert item.date.value == "2008-07-02" and item.date.source in ("text", "published")


def test_json_has_the_same_fields(story, capsys):
    assert main(["explain", str(story), "--published", "2020-05-04", "--json"]) == 0
    explained = json.loads(capsys.readouterr().out)
    assert explained["id"] == "story" and explained["event_count"] == len(explained["events"]) > 0
    [item] = [e for e in explained["events"] if e["source"] and e["source"]["kind"] == "pronoun"]
    assert item["cameo_name"] == lookup(item["cameo"]).name and item["rule"]
    assert f"<TRG {item['trigger']['text']}>" in item["marked"]
    assert item["source"]["resolution"] == "He -> Vladimir Putin (pronoun) -> RUSGOV"
    assert item["date"]["source"] == "text" and item["lexicon"][0]["rule"] == item["rule"].split("+")[0]
    assert {"negated", "hypothetical", "place", "goldstein", "quad_class", "plover"} <= item.keys()
    assert any(t["text"] == "Tuesday" for t in explained["times"]) and explained["places"][0]["text"] == "Beijing"


def test_one_event_by_number(story, capsys):
    assert main(["explain", str(story), "--published", "2020-05-04", "--event", "2"]) == 0
    out = capsys.readouterr().out
    assert "Event 2 of " in out and "Event 1 of " not in out and "Event 3 of " not in out


def test_an_article_without_events_says_so(tmp_path, capsys):
    path = tmp_path / "weather.txt"
    path.write_text("The weather in Paris was mild on Tuesday.", encoding="utf-8")
    assert main(["explain", str(path), "--published", "2020-05-04"]) == 0
    out = capsys.readouterr().out
    assert "0 event(s)" in out and "No events were coded in this article." in out
    assert "'Paris' -> Paris (GeoNames" in out


@pytest.mark.parametrize(("argv", "message"), [(["--event", "99"], "there is no event 99: the article has ")])
def test_an_event_out_of_range_is_one_line_and_exit_2(story, argv, message, capsys):
    assert main(["explain", str(story), *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_one_article_only(tmp_path, capsys):
    path = tmp_path / "two.jsonl"
    path.write_text('{"text": "Russia met China."}\n{"text": "China met Russia."}\n', encoding="utf-8")
    assert main(["explain", str(path)]) == 2
    assert "explains one article" in capsys.readouterr().err
    (tmp_path / "bad.jsonl").write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"^x: .*'text'"):
        read_article([str(tmp_path / "bad.jsonl")])


def test_dependency_path_goes_up_then_down():
    words = ["his", "meeting", "with", "Bush", "failed"]
    doc = Doc(
        spacy.blank("en").vocab, words=words, heads=[1, 4, 1, 2, 4], deps=["poss", "nsubj", "prep", "pobj", "ROOT"]
    )
    assert dependency_path(doc[1], doc[3]) == "meeting -prep-> with -pobj-> Bush"
    assert dependency_path(doc[3], doc[0]) == "Bush <-pobj- with <-prep- meeting -poss-> his"
    assert dependency_path(doc[1], doc[1]) == "meeting (the trigger itself)"


def test_rule_parts_finds_the_patterns_and_names_the_steps():
    rules = [p.rule for patterns in lexicon().patterns.values() for p in patterns]
    first, second = rules[0], rules[-1]
    entries, steps = rule_parts(f"{first}+{second}+venue+unheard", [])
    assert [e.rule for e in entries] == [first, second]
    assert [s.name for s in steps] == ["frame", "venue", "unheard"]
    assert "third country" in steps[1].meaning and steps[2].meaning == "a step of the events stage"


def test_the_input_may_be_the_text_itself(tmp_path, capsys):
    assert main(["explain", "Russia condemned the Chinese missile test.", "--published", "2020-05-04"]) == 0
    out = capsys.readouterr().out
    assert "Event 1 of " in out and "RUS" in out
    # a name without spaces is still a file name, and a missing file is one error line
    assert main(["explain", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err


def test_trigger_words_without_an_event_say_why(pipeline):
    text = (
        "The governor delivered his budget speech on Monday. Two soldiers were killed in an attack by rebels. "
        "The protests were peaceful."
    )
    explanation = explain_article(_article(text), pipeline=pipeline)
    reasons = {(m.text, m.rule): m.reason for m in explanation.uncoded}
    assert reasons[("delivered", "none.deliver_speech")].startswith("a lexicon row reads this use")
    [(number, event)] = [(n, e) for n, e in enumerate(explanation.record.events, 1) if e.trigger.text == "killed"]
    assert reasons[("attack", "fight.attack_noun")] == f"coded as part of event {number} ({event.rule})"
    assert reasons[("protests", "protest.protest_noun")].startswith("coded, but no event came of it")
    assert all(m.start not in {e.trigger.start for e in explanation.record.events} for m in explanation.uncoded)
    assert "Trigger words with no event of their own (3)" in to_text(explanation)
    assert explain_article(_article(text), number=1, pipeline=pipeline).uncoded == ()


def test_the_parse_of_the_sentences_explained_on_request(pipeline, capsys):
    text = "The weather was mild. Rebels attacked a police post in Mosul on Sunday."
    explanation = explain_article(_article(text), pipeline=pipeline, parse=True)
    [parse] = explanation.parses  # the weather sentence has no event and no trigger word
    assert text[parse.start : parse.end].startswith("Rebels attacked")
    by_text = {t.text: t for t in parse.tokens}
    assert by_text["attacked"].dep == "ROOT" and by_text["attacked"].head == 0
    assert by_text["Rebels"].head == by_text["attacked"].number and by_text["Rebels"].dep == "nsubj"
    assert explain_article(_article(text), pipeline=pipeline).parses == ()
    assert main(["explain", text, "--published", "2020-05-04", "--parse", "--json"]) == 0
    explained = json.loads(capsys.readouterr().out)
    assert [t["text"] for t in explained["parses"][0]["tokens"]][:2] == ["Rebels", "attacked"]
