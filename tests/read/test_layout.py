from dyad.model import Article
from dyad.read.layout import dropped_spans, mask_layout

ARTICLE = (
    "Leaders meet in Rome\n\n"
    "Government officials said today that the two leaders would meet in Rome next week to discuss trade…\n\n"
    "Government officials said today that the two leaders would meet in Rome next week to discuss trade and aid.\n\n"
    "Quote\nWe want a fair deal\nUnquote\nA trade minister\n\n"
    '"We want a fair deal," the minister said.\n\n'
    "READ MORE\n\n"
    "The talks begin on Monday."
)


def test_mask_keeps_length_and_line_breaks():
    masked = mask_layout(ARTICLE)
    assert len(masked) == len(ARTICLE)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [i for i, c in enumerate(ARTICLE) if c == "\n"]


def test_summary_pull_quote_and_boilerplate_are_blanked():
    masked = mask_layout(ARTICLE)
    assert "…" not in masked
    assert masked.count("Government officials said today") == 1
    assert "Unquote" not in masked and "A trade minister" not in masked
    assert masked.count("We want a fair deal") == 1
    assert "READ MORE" not in masked
    assert "The talks begin on Monday." in masked


def test_dropped_spans_point_at_the_blanked_text():
    spans = dropped_spans(ARTICLE)
    assert [ARTICLE[s:e].strip()[:4] for s, e in spans] == ["Gove", "Quot", "READ"]


def test_text_without_layout_is_unchanged():
    text = "Russia and China held talks on Monday.\n\nThey agreed to meet again."
    assert mask_layout(text) == text


def test_an_ellipsis_paragraph_that_repeats_nothing_is_kept():
    text = "The minister paused before saying anything more about the talks…\n\nThen the talks resumed in Geneva."
    assert mask_layout(text) == text


def test_a_datelines_agency_credit_is_blanked_and_the_dateline_kept():
    text = "MOSCOW (Reuters) - Russia accused Ukraine.\nGENOA, Italy (AP) -- Leaders met. Talks (in private) - ended."
    masked = mask_layout(text)
    assert masked.startswith("MOSCOW           - Russia accused Ukraine.")
    assert "GENOA, Italy      -- Leaders met." in masked
    assert masked.endswith("Talks (in private) - ended.")  # not a dateline: kept


def test_the_agency_of_a_dateline_is_not_an_actor(pipeline):
    record = pipeline.code(Article(id="d", text="MOSCOW (Reuters) - Russia accused Ukraine of shelling Donetsk."))
    assert record.events
    assert all(e.source is None or e.source.actor.country == "RUS" for e in record.events)
    assert all(entity.text != "Reuters" for entity in record.entities)
