"""Tests of relocate: a country name the places stage read as a town or state elsewhere."""

from __future__ import annotations

from datetime import date

import pytest

from dyad.actors import relocate
from dyad.model import Actor, Article, Location, Mention, Place
from dyad.pipeline import Pipeline

TEXT = "Terry Jolly, 60, Lebanon, was arrested by Lebanon Police in Boone County."


def _mention(word: str, actor: Actor, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return Mention(word, start, start + len(word), actor, label)


def _place(word: str, country: str, feature: str, nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return Place(word, start, start + len(word), Location(word, 1, country, 0.0, 0.0, feature))


MENTIONS = [
    _mention("Terry Jolly", Actor("LBN", "LBN", None, None), "PERSON"),
    _mention("Lebanon", Actor("LBN", "LBN", None, "Lebanon"), "GPE"),
    _mention("Lebanon Police", Actor("LBNCOP", "LBN", "COP"), "ORG"),
]


def test_a_country_the_article_never_means_takes_the_country_where_its_name_lies() -> None:
    places = [
        _place("Lebanon", "USA", "city"),
        _place("Lebanon", "USA", "city", 1),
        _place("Boone County", "USA", "admin2"),
    ]
    assert [m.actor.code for m in relocate(MENTIONS, places)] == ["USA", "USA", "USACOP"]


@pytest.mark.parametrize(
    "places",
    [
        # the name is the country itself
        [_place("Lebanon", "LBN", "country")],
        # the article also has a place in that country
        [_place("Lebanon", "USA", "city"), _place("Boone County", "LBN", "admin2")],
        # no place resolved
        [],
    ],
)
def test_a_country_the_article_may_mean_stays(places: list[Place]) -> None:
    assert [m.actor.code for m in relocate(MENTIONS, places)] == ["LBN", "LBN", "LBNCOP"]


def test_a_person_the_gazetteer_lists_as_a_town_moves_no_country() -> None:
    # Obama is also a town in Japan; a person's name is no place name
    obama = Mention("Obama", 0, 5, Actor("USAGOV", "USA", "GOV"), "PERSON")
    assert relocate([obama], [Place("Obama", 0, 5, Location("Obama", 1, "JPN", 0.0, 0.0, "city"))]) == [obama]


@pytest.mark.model
def test_an_indiana_story(pipeline: Pipeline) -> None:
    text = "Terry Lee Jolly, 60, Lebanon, was taken into custody by Lebanon Police in Boone County, Ind."
    record = pipeline.code(Article(id="t", text=text, published=date(2011, 1, 1)))
    codes = {e.text: e.actor.code for e in record.entities if e.actor}
    assert codes["Lebanon Police"] == "USACOP" and codes["Terry Lee Jolly"] == "USA"
