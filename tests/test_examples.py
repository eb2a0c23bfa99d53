"""The bundled example articles (written for dyad) give the findings a careful coder would note.

These run without ../shared: the same kinds of checks as the seed article's, on the project's own texts.
"""

from pathlib import Path

import pytest

from dyad.model import Article, Record
from dyad.read import read_inputs

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles.jsonl"


@pytest.fixture(scope="module")
def records(pipeline) -> dict[str, Record]:
    articles = [item for item in read_inputs([str(EXAMPLES)]) if isinstance(item, Article)]
    return {record.id: record for record in pipeline.code_many(articles)}


def _actor(record: Record, text: str) -> str | None:
    entity = next(e for e in record.entities if e.text == text)
    return entity.actor.code if entity.actor else None


def _events(record: Record, cameo_root: str, source: str, target: str):
    return [
        e
        for e in record.events
        if e.cameo_root == cameo_root and not e.negated and e.source and e.target
        and e.source.actor.code.startswith(source) and e.target.actor.code.startswith(target)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("article", "text", "code"),
    [
        ("genoa-2001", "George W. Bush", "USAGOV"),
        ("genoa-2001", "Vladimir Putin", "RUSGOV"),
        ("genoa-2001", "Moscow", "RUSGOV"),
        ("genoa-2001", "Italian police", "ITACOP"),
        ("crimea-2014", "Barack Obama", "USAGOV"),
        ("crimea-2014", "Kremlin", "RUSGOV"),
        ("crimea-2014", "European Union", "IGOEUREEC"),
        ("iran-2015", "Mohammad Javad Zarif", "IRNGOV"),
        ("iran-2015", "John Kerry", "USAGOV"),
        ("iran-2015", "Benjamin Netanyahu", "ISRGOV"),
        ("singapore-2018", "Donald Trump", "USAGOV"),
        ("singapore-2018", "Kim Jong Un", "PRKGOV"),
        ("singapore-2018", "Moon Jae-in", "KORGOV"),
    ],
)
def test_actors_are_coded_for_the_article_date(records, article, text, code):
    assert _actor(records[article], text) == code


@pytest.mark.parametrize(
    ("article", "root", "source", "target", "day", "place"),
    [
        ("genoa-2001", "04", "USAGOV", "RUSGOV", "2001-07-22", "Genoa"),
        ("crimea-2014", "16", "USA", "RUS", "2014-03-17", None),
        ("iran-2015", "04", "IRNGOV", "USAGOV", "2015-07-14", "Vienna"),
        ("singapore-2018", "04", "USAGOV", "PRKGOV", "2018-06-12", "Singapore"),
    ],
)
def test_the_main_event_of_each_story(records, article, root, source, target, day, place):
    found = _events(records[article], root, source, target)
    assert found, f"no {source}->{target} root {root} event in {article}"
    event = found[0]
    assert event.date == day
    if place:
        assert event.place is not None and event.place.name == place


def test_quotes_have_their_speakers(records):
    [zarif] = [q for q in records["iran-2015"].quotes if q.type == "direct"]
    assert zarif.speaker and zarif.speaker.name == "Mohammad Javad Zarif" and zarif.speaker.actor == "IRNGOV"
    assert len(zarif.segments) == 2, "the attribution interrupts one quote"
    [trump] = [q for q in records["singapore-2018"].quotes if q.type == "direct"]
    assert trump.speaker and trump.speaker.text == "he" and trump.speaker.name == "Donald Trump"
    assert trump.cue and trump.cue.text == "told"


@pytest.mark.parametrize(
    ("article", "text", "value"),
    [
        ("genoa-2001", "Sunday", "2001-07-22"),
        ("genoa-2001", "Friday", "2001-07-20"),
        ("crimea-2014", "Monday", "2014-03-17"),
        ("crimea-2014", "last month", "2014-02"),
        ("iran-2015", "2013", "2013"),
    ],
)
def test_times_are_resolved_against_the_publication_date(records, article, text, value):
    assert any(t.text == text and t.value == value for t in records[article].times)


@pytest.mark.parametrize(
    ("article", "text", "geonameid", "country"),
    [
        ("genoa-2001", "Genoa", 3176219, "ITA"),
        ("crimea-2014", "Simferopol", 693805, "UKR"),
        ("iran-2015", "Vienna", 2761369, "AUT"),
        ("singapore-2018", "Singapore", 1880252, "SGP"),
    ],
)
def test_places_resolve_to_geonames(records, article, text, geonameid, country):
    assert any(
        p.text == text and p.location.geonameid == geonameid and p.location.country == country
        for p in records[article].places
    )
