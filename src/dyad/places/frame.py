"""The country an article's wording shows it to be written for: the home of its unqualified local names.

A local American paper writes "Paris" for the Texas town and "Athens" for the Georgia city without naming the
state; what gives the story away is American wording: counties and parishes, AP state abbreviations
("Ga.", "W.Va."), party-and-district tags ("R-Charleston"), sheriffs, townships, numbered highways and
North American phone numbers.
"""

from __future__ import annotations

import csv
import functools
import re
from importlib import resources

# A North American phone number; its area code names a state (see phone_states).
_PHONE = re.compile(r"(?:\((\d{3})\)\s?|\b(\d{3})-)\d{3}-\d{4}\b")

_US_CUES = (
    re.compile(r"\b[A-Z][a-z]+ (?:County|Parish)\b|\b[A-Z][a-z]+ and [A-Z][a-z]+ (?:counties|parishes)\b"),
    re.compile(
        r"\b(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev"
        r"|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|W\.\s?Va|Wash|Wis|Wyo)\.(?=[\s,);])"
    ),
    _PHONE,
    re.compile(r"\b[RD]-[A-Z]"),
    re.compile(r"\b[Ss]heriff"),
    re.compile(r"\b(?:Interstate \d|I-\d|U\.S\. \d|State Route \d|Route \d)"),
    re.compile(r"\bTownship\b"),
)


# Wording of local government and daily life that American papers share with others' (a council, a mayor, dollars):
# two different ones together mark a local American story.
_WEAK_US_CUES = (
    re.compile(r"\b(?:City|Town|County) (?:Council|Commission|Hall|Manager|Attorney)\b|\b[Aa]ldermen\b"),
    re.compile(r"\b[Ss]chool [Bb]oard\b|\b(?:Elementary|Middle|High) School\b"),
    re.compile(r"\$\d"),
    re.compile(r"\b\d{1,2}(?::\d\d)? [ap]\.m\."),
    re.compile(r"\b\d{2,5} (?:[NSEW]\.? )?[A-Z][a-z]+ (?:St\.|Ave\.|Blvd\.|Dr\.|Rd\.|Street|Avenue|Road|Drive)"),
    re.compile(r"\b[Pp]olice [Dd]epartment\b"),
    re.compile(r"\b[Mm]ayor\b"),
    re.compile(r"\d percent\b"),  # British and Canadian papers write "per cent"
    # American courts and prosecutors: grand juries, circuit courts, district and commonwealth's attorneys
    re.compile(r"\b[Gg]rand [Jj]ury\b|\bCircuit (?:Court|Judge)\b"),
    re.compile(r"\b(?:District|Commonwealth’?'?s|State’?'?s) Attorney\b"),
    re.compile(r"\b(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}\b"),  # AP dates
)


# Wording only British papers use: pounds, police constables, borough and district councils.
_GB_CUES = (
    re.compile(r"£\s?\d"),
    re.compile(r"\b(?:Borough|District|Parish) Council\b"),
    re.compile(r"\bPC [A-Z][a-z]+"),
    re.compile(r"\b\d{1,2}(?:\.\d\d)?[ap]m\b"),  # "4.15am"
    re.compile(r"\b(?:footpath|pavement|railway station|[Mm]otorway)s?\b"),
)
# Wording only Canadian papers use: members of provincial parliaments, provinces' abbreviations, the RCMP.
_CA_CUES = (
    re.compile(r"\bMPPs?\b"),
    re.compile(r"\bRCMP\b"),
    re.compile(r"\b(?:Ont|Que|Alta|Sask|Man)\.(?=[\s,);])|\bB\.C\.(?=[\s,);])"),
    re.compile(r"\b[Pp]rovince of [A-Z]|\b[Pp]rovincial (?:government|budget|police|election)"),
    re.compile(r"\bSun Media\b"),
)
# Commonwealth spelling and words, British and Canadian alike: with them, American-looking local wording (a
# council, dollars, "p.m.") may as well be Canadian.
_COMMONWEALTH = (
    re.compile(r"\bper cent\b"),
    re.compile(r"\b(?:centre|programme|neighbour|neighbourhood|colour|favour|councillor)s?\b", re.IGNORECASE),
)


def _kinds(cues: tuple[re.Pattern[str], ...], text: str) -> int:
    return sum(1 for cue in cues if cue.search(text))


def home_country(text: str) -> str | None:
    """The country whose wording the article uses ("USA", "GBR" or "CAN"), or None when it shows none.

    A country's own cues decide (the kind of cue found most often wins; a tie decides nothing). Without any,
    two weaker American cues make the story American, unless it is written with Commonwealth spelling.
    """
    own = {"USA": _kinds(_US_CUES, text), "GBR": _kinds(_GB_CUES, text), "CAN": _kinds(_CA_CUES, text)}
    most = max(own.values())
    if most:
        leaders = [country for country, n in own.items() if n == most]
        return leaders[0] if len(leaders) == 1 else None
    if _kinds(_WEAK_US_CUES, text) >= 2 and not _kinds(_COMMONWEALTH, text):
        return "USA"
    return None


@functools.cache
def _area_codes() -> dict[str, str]:
    """Area code -> US state (data/places/area_codes.tsv)."""
    text = resources.files("dyad").joinpath("data/places/area_codes.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    return {code: row["state"] for row in rows for code in row["codes"].split(",")}


def phone_states(text: str) -> tuple[str, ...]:
    """The US states (postal codes) of the article's phone numbers, in order of first appearance: "call the
    Athens Police Department at 903-675-5454" is a Texas story. Toll-free numbers name no state."""
    states: dict[str, None] = {}
    for match in _PHONE.finditer(text):
        state = _area_codes().get(match[1] or match[2])
        if state:
            states[state] = None
    return tuple(states)


# Local government that only some states have: a story that mentions it is set in one of them.
_STATE_WORDING = (
    (re.compile(r"\b[Cc]ommissioners[’']? [Cc]ourt\b"), ("TX",)),
    (re.compile(r"\b[Ss]electm[ae]n\b|\b[Ss]elect ?[Bb]oard\b"), ("CT", "MA", "ME", "NH", "RI", "VT")),
    (re.compile(r"\b[Ff]iscal [Cc]ourt\b|\b[Jj]udge-[Ee]xecutive\b"), ("KY",)),
    (re.compile(r"\b[Qq]uorum [Cc]ourt\b"), ("AR",)),
    (re.compile(r"\b[Pp]olice [Jj]ury\b"), ("LA",)),
    (re.compile(r"\b[Cc]ommonwealth[’']?s [Aa]ttorney\b"), ("KY", "VA")),
    (re.compile(r"\b[Ff]reeholders?\b"), ("NJ",)),
    (re.compile(r"\b[A-Z][a-z]+ Parish\b"), ("LA",)),
)


def wording_states(text: str) -> tuple[str, ...]:
    """The US states whose own kind of local government the article names: a county's "commissioners court"
    is Texan, its "fiscal court" Kentucky's, a town's selectmen are New England's, a commonwealth's attorney
    Kentucky's or Virginia's."""
    states: dict[str, None] = {}
    for cue, codes in _STATE_WORDING:
        if cue.search(text):
            states.update(dict.fromkeys(codes))
    return tuple(states)
