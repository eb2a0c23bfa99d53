from datetime import date

from dyad.batch import code_items
from dyad.model import Article
from dyad.read import Unreadable


def _items() -> list[Article | Unreadable]:
    texts = [
        "Russia and China held talks in Beijing on Monday.",
        "The United States condemned the attack on Tuesday.",
        "France and Germany signed an agreement in Paris.",
    ]
    items: list[Article | Unreadable] = [
        Article(id=str(i), text=text, published=date(2020, 5, 6)) for i, text in enumerate(texts)
    ]
    items.insert(1, Unreadable(id="bad", error="line 2 is not valid JSON"))
    return items


def test_worker_processes_give_the_same_records_in_the_same_order():
    single = [record.to_dict() for _, record in code_items(_items(), workers=1)]
    double = [record.to_dict() for _, record in code_items(_items(), workers=2)]
    assert [r["id"] for r in single] == ["0", "bad", "1", "2"]
    assert single == double
    assert single[1]["error"] == "line 2 is not valid JSON"
