"""The CAMEO codebook: names, Goldstein weights, quad classes and PLOVER counterparts by code."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code and what it means for the output."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


def _optional(value: str) -> str | None:
    return None if value in ("", "-") else value


@functools.cache
def codebook() -> dict[str, CameoCode]:
    """Every CAMEO code, keyed by its string form with the leading zero ("044")."""
    text = resources.files("dyad.data.events").joinpath("cameo.tsv").read_text(encoding="utf-8")
    codes: dict[str, CameoCode] = {}
    header_seen = False
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        code, name, goldstein, quad, plover, mode = line.split("\t")
        codes[code] = CameoCode(code, name, float(goldstein), int(quad), _optional(plover), _optional(mode))
    return codes


def lookup(code: str) -> CameoCode:
    """The entry for `code`; raises KeyError for a code CAMEO does not have."""
    return codebook()[code]


def is_code(code: str) -> bool:
    """Whether `code` is a CAMEO event code."""
    return code in codebook()
