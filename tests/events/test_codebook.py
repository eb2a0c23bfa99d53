"""The CAMEO codebook data file and its lookup."""

from __future__ import annotations

import pytest

from dyad.events.codebook import codebook, is_code, lookup

PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def test_every_cameo_code_is_present() -> None:
    codes = codebook()
    assert len(codes) > 300
    assert {c[:2] for c in codes} == {f"{i:02d}" for i in range(1, 21)}
    assert all(code.isdigit() and 2 <= len(code) <= 4 for code in codes)


@pytest.mark.parametrize(
    ("code", "quad"),
    [("010", 1), ("057", 1), ("061", 2), ("0874", 2), ("090", 3), ("1385", 3), ("141", 4), ("2042", 4)],
)
def test_quad_class_follows_the_root(code: str, quad: int) -> None:
    assert lookup(code).quad_class == quad


def test_plover_counterparts() -> None:
    assert lookup("044").plover_event == "CONSULT"
    assert lookup("044").plover_mode == "third-party"
    assert lookup("163").plover_event == "COERCE"
    assert lookup("010").plover_event is None
    assert lookup("0253").plover_event is None
    assert all(entry.plover_event in PLOVER for entry in codebook().values() if entry.code[:2] not in ("01", "02"))


def test_goldstein_is_within_the_scale() -> None:
    assert all(-10.0 <= entry.goldstein <= 10.0 for entry in codebook().values())
    assert lookup("0874").goldstein == 10.0
    assert lookup("186").goldstein == -10.0


def test_unknown_codes() -> None:
    assert is_code("044")
    assert not is_code("44")
    assert not is_code("109")
    with pytest.raises(KeyError):
        lookup("999")
