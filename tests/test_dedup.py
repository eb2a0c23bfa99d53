from dyad.dedup import DuplicateIndex, signature

STORY = (
    "Russian President Vladimir Putin and US President George W. Bush agreed on Sunday to link talks on missile "
    "defence to cuts in their nuclear arsenals, in a surprise move at the summit of industrial nations in Genoa. "
    "The two leaders said their defence and foreign ministers would begin consultations soon."
)
REWRITE = "GENOA (Wire) - " + STORY.replace("in a surprise move", "in an unexpected step") + " More follows."
OTHER = (
    "Thousands of protesters marched through the centre of the city on Friday, and police used tear gas to "
    "disperse a crowd near the conference centre where leaders were meeting for the three-day summit."
)


def test_signatures_are_deterministic():
    assert signature(STORY) == signature(STORY)
    assert len(signature(STORY)) == 64


def test_copies_and_rewrites_share_a_group_and_other_stories_do_not():
    index = DuplicateIndex()
    assert index.assign("a", signature(STORY)) == "a"
    assert index.assign("b", signature(REWRITE)) == "a"
    assert index.assign("c", signature(OTHER)) == "c"
    assert index.assign("d", signature("Headline only\n\n" + STORY)) == "a"


def test_stored_articles_are_found_again():
    index = DuplicateIndex()
    index.load([("x", "x", signature(STORY))])
    assert index.assign("y", signature(REWRITE)) == "x"


def test_short_texts_do_not_break():
    index = DuplicateIndex()
    assert index.assign("s", signature("Hi")) == "s"
    assert index.assign("t", signature("")) == "t"
