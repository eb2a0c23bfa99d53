"""Actors: mentions of people, governments, groups and places-as-actors, coded CAMEO-style.

The stage reads dictionaries (`lexicon`), finds their words in the Doc (`matcher`), groups them into
phrases (`phrases`), builds codes from titles, demonyms, roles, appositions and "of" phrases (`compose`),
and links surnames, pronouns, "the minister" and "the militant group" to the person or group they stand
for (`coref`). Coding rules:

- A country name codes as the country alone ("Russia" -> RUS): the text rarely says whether the state,
  its government or its people act, and events can add GOV when a verb needs it.
- A capital or seat of government codes as COUNTRY+GOV when it acts ("Moscow said", "talks between
  Moscow and Washington", "returning to Moscow"), the Pentagon as USAMIL; a capital after a static
  locative preposition ("in Moscow", "at Washington") or in an all-capitals dateline is a place and
  codes as the country alone (kind "place").
- A demonym or country with a role composes ("Russian analysts" -> RUSEDU, "Iraqi foreign minister"
  -> IRQGOV); an organisation keeps its own code ("NATO spokesman" -> IGOWSTNAT); international
  bodies have no country (IGO..., NGO...).
- A known person codes by the office held on the publication date; after their last office as
  COUNTRY+ELI (clergy keep REL); before their first as the country alone, or as their title says
  ("Prime Minister X"). Without a date, as things stand today, unless the text gives them a state
  title: an undated text that says "Defence Minister X" was written while X held an office.
- A person the dictionaries do not know takes the country and sector of their title ("General X"),
  apposition (", a Russian analyst"), organisation ("of the Carnegie Endowment") or, for a state
  role, the nearest state body or country in the same sentence. With none of these, the name is no
  actor and gives no mention.
- An "of" phrase is read from its head: "leaders of Egypt's Muslim Brotherhood" lead the Brotherhood
  (EGYOPP); a civic body takes the sector of the people it gathers ("an association of jurists",
  NGOJUD); state-run media and firms are the government's (GOVMED, GOVBUS); an armed group's fighters
  are the group ("Hamas militants", PSEREB); "ethnic Albanians" and "the Albanian minority" are a
  people, whose country only the context gives.
- A people's plural codes as the country ("the Palestinians" -> PSE), but counted or qualified as
  ordinary people it is the country's civilians ("2,000 Libyans", "young Algerians", "thousands of
  Iraqis" -> LBYCVL, DZACVL, IRQCVL).
- Titles, pronouns and role descriptions resolved to a person are mentions with `is_entity` false and
  the person's actor and canonical name.
- A country the article never means, because the places stage read every place of that name as a town
  or state elsewhere and none in the country, gives way to where its name lies ("Lebanon Police" in an
  Indiana story -> USACOP; `placed.relocate`, run after the places stage).

Users add or override entries with their own files, in dyad's format or PETRARCH/TABARI's
(`--actors FILE`, or the DYAD_ACTORS_PATH and DYAD_ACTORS_FILES environment variables; see `sources`);
a line dyad cannot read raises a LexiconError naming the file and line. `why.explain_phrase` says which
entries and rules gave a phrase its code (`dyad actor`).
"""

from dyad.actors.mentions import find_mentions
from dyad.actors.placed import relocate

__all__ = ["find_mentions", "relocate"]
