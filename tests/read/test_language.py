from datetime import date

import pytest

from dyad.model import Article
from dyad.read.language import foreign_language, guess_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen.", "de"),
        ("Le président a rencontré son homologue russe à Paris pour discuter de la guerre en Ukraine.", "fr"),
        ("Президент России встретился с президентом США в Женеве, чтобы обсудить контроль над вооружениями.", "ru"),
    ],
)
def test_foreign_articles_are_recognised(text, code):
    guess = foreign_language(text)
    assert guess is not None and guess.code == code


@pytest.mark.parametrize(
    "text",
    [
        "Russia and China held talks in Beijing on Monday, the foreign ministry said in a statement.",
        "Putin, Bush",  # too short to judge
        "Merkel Macron Putin Xi Jinping Erdogan Zelensky Sánchez Meloni",  # names only, no language to speak of
    ],
)
def test_english_and_undecidable_texts_are_kept(text):
    assert foreign_language(text) is None


def test_guess_has_a_readable_name():
    assert guess_language("Die Bundesregierung hat am Montag neue Sanktionen beschlossen.").name == "German"


def test_pipeline_skips_foreign_articles_with_a_reason(pipeline):
    text = "Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen, teilte ein Sprecher mit."
    record = pipeline.code(Article(id="de", text=text, published=date(2022, 3, 1)))
    assert record.error is not None and "German" in record.error and record.events == []
