from dyad.web.marks import Mark, pieces


def test_overlapping_marks_cut_the_text_into_pieces():
    text = '"Putin met Bush," he said.'
    marks = [
        Mark(1, 16, "quote", "", "direct quote"),
        Mark(1, 6, "actor", "RUSGOV", "PERSON"),
        Mark(7, 10, "trigger", "040", "meet"),
        Mark(16, 16, "quote", "Putin", "direct quote"),
    ]
    cut = pieces(text, marks)
    assert "".join(p.text for p in cut) == text
    assert [(p.text, p.kinds) for p in cut[:4]] == [
        ('"', ()),
        ("Putin", ("actor", "quote")),
        (" ", ("quote",)),
        ("met", ("trigger", "quote")),
    ]
    assert cut[1].labels == [("actor", "RUSGOV")]
    assert cut[3].labels == [("trigger", "040")]
    ending = next(p for p in cut if p.text == " Bush,")
    assert ending.labels == [("quote", "Putin")]


def test_marks_outside_the_text_are_left_out():
    cut = pieces("short", [Mark(2, 50, "time", "X", "t"), Mark(-1, 2, "time", "Y", "t")])
    assert [(p.text, p.kinds, p.labels) for p in cut] == [("short", (), [])]


def test_empty_text():
    assert pieces("", []) == []
