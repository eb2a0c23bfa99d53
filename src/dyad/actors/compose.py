"""Compose actor codes from the words around a name: titles, demonyms, roles, appositions, "of" phrases.

A phrase (see `phrases`) with a person codes the person (the words before the name are their title); a
phrase with a role codes one description; a phrase of names alone codes each name.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from spacy.tokens import Doc

from dyad.actors.draft import STATE_SECTORS, Draft, describe_term, in_office, last_end, person_code
from dyad.actors.lexicon import Lexicon, Organisation, Role
from dyad.actors.phrases import GLUE, NAME_KINDS, Item, Sentences

# Prepositions that make a capital a place where something happens rather than the government acting.
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within", "via"})
# Participles that say where a group is and works ("rebels operating in", "militants based in").
BASED = frozenset({"operate", "base", "station", "active", "headquarter", "hole"})
# Generic roles that say too little on their own ("the head", "a member") unless an "of" phrase follows.
WEAK_ALONE = frozenset(
    {"head", "chief", "member", "representative", "department", "secretary", "leader", "office", "chairman",
     "chairwoman", "executive", "adviser", "advisor", "director", "association"}
)  # fmt: skip
# Words before a medium or a company that make it the state's own ("state-run television", "the official
# newspaper", "a state-owned firm"): CAMEO codes such bodies GOVMED and GOVBUS.
STATE_OWNERS = frozenset({"state", "official", "government", "regime"})
OWNED_SECTORS = frozenset({("MED",), ("BUS",)})
ARMED_GROUPS = frozenset({"REB", "UAF", "PRM", "INS"})
# Titles that, before "of", take the sector of the body they head ("president of the university" -> EDU).
HEADS_OF_BODIES = frozenset(
    {"president", "vice president", "vice-president", "secretary general", "secretary-general", "director general",
     "director-general"}
)  # fmt: skip
ENVOYS = frozenset({"ambassador", "envoy", "representative", "permanent representative", "delegation", "delegate"})
# Nouns after a demonym that make it a people living somewhere rather than a state ("the Albanian minority").
ETHNIC_HEADS = frozenset({"minority", "minorities", "community", "communities", "population", "populations"})
# Words that make a people's plural ordinary people rather than the nation acting ("young Algerians", "thousands
# of Iraqis", "2,000 Libyans"): CAMEO codes such groups as the country's civilians.
CIVILIAN_MODIFIERS = frozenset(
    {"young", "ordinary", "local", "unarmed", "innocent", "elderly", "poor", "many", "several", "some", "hundreds",
     "thousands", "dozens", "millions", "scores", "tens", "numerous", "stranded", "missing", "wounded", "injured"}
)  # fmt: skip
# A company's legal form after its name ("Reliance Industries Ltd"): the capitalised words before it are the name.
COMPANY_SUFFIXES = frozenset({"inc.", "ltd", "ltd.", "corp.", "llc", "plc", "gmbh"})
FEMININE = frozenset({"mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "empress"})
MASCULINE = frozenset({"mr", "sir", "lord", "king", "prince", "emperor", "sheikh"})
COMPLEMENT_PREPS = frozenset({"of", "at", "for", "from", "with", "in", "throughout", "across"})


# Sector codes that can end an international body's code (IGOUNOJUD, IGOUNOHLH).
_ROLE_CODES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "HLH", "EDU", "MED", "REF", "HRI", "AGR", "BUS",
                         "LAB", "ENV", "DEV", "CVL", "ELI"})  # fmt: skip


def _branch(code: str, sectors: tuple[str, ...]) -> str | None:
    """The sector a role adds to an international body's code ("MIL" for "UN troops"), or None.

    Officials (GOV) are the body itself, and a code that already ends in a role keeps it.
    """
    if not code.startswith("IGO") or code[-3:] in _ROLE_CODES or not sectors or sectors[0] in ("GOV", "IGO", "ELI"):
        return None
    return None if sectors[0] in code[3:] else sectors[0]  # "the ICC prosecutor" is the court itself


def _own_fighters(org: Organisation, role: Role) -> bool:
    """ "Hamas militants", "Taliban fighters": an armed group's fighters are the group itself."""
    armed = org.sector in ARMED_GROUPS or org.code.startswith("IMG")
    return armed and role.sectors[:1] in (("UAF",), ("REB",), ("MIL",))


class Composer:
    """Reads phrases into drafts for one article, coded for its publication date."""

    def __init__(self, doc: Doc, lexicon: Lexicon, published: date | None, sentences: Sentences) -> None:
        self.doc = doc
        self.sentences = sentences
        self.lexicon = lexicon
        self.published = published

    # -- phrases ----------------------------------------------------------------------------------

    def read(self, phrase: list[Item]) -> list[Draft]:
        """Drafts for one phrase: person and title, description, or separate names."""
        drafts: list[Draft] = []
        prefix: list[Item] = []
        for item in phrase:
            if item.kind in ("person", "name"):
                person = self._person(item, prefix)
                if any(i.kind not in ("role",) or self._role(i).kind != "h" for i in prefix):
                    title = Draft(prefix[0].start, prefix[-1].end, "PERSON", "title", is_entity=False)
                    title.follows = person
                    drafts.append(title)
                drafts.append(person)
                prefix = []
            else:
                prefix.append(item)
        if prefix:
            drafts.extend(self._rest(prefix))
        return drafts

    def _role(self, item: Item) -> Role:
        return self.lexicon.roles[item.key]

    def _person(self, item: Item, prefix: list[Item]) -> Draft:
        text = self.doc[item.start : item.end].text
        draft = Draft(item.start, item.end, "PERSON", "name", is_person=True, name=text)
        title = self._describe(prefix)
        if item.kind == "person":
            person = self.lexicon.people[self._choose_person(text, item.key)]
            country, sectors, role = person_code(person, self.published)
            draft.why.append(f"known person {person.name!r}: {describe_term(person, self.published)}")
            draft.name, draft.known = person.name, True
            draft.kind = "name" if len(text.split()) > 1 else "surname"
            draft.country, draft.sectors = country, sectors
            draft.roles = {role} if role else set()
            # out of office: before the first term the title says more than the bare country; without a
            # date, a title in the text ("Prime Minister X") dates the text to a term the person held
            undated_title = self.published is None and bool(set(title.sectors) - {"ELI"})
            titled = bool(title.sectors or title.code)
            if not in_office(person, self.published) and (not sectors or undated_title) and titled:
                draft.code, draft.sectors = title.code, title.sectors
                draft.country = country or title.country
                draft.why.append("not in office on that date: the title before the name gives the sectors")
            elif undated_title and title.sectors != sectors and any(t.sectors == title.sectors for t in person.terms):
                # "US Senator Marco Rubio" without a date: the text speaks of the office its title names
                draft.sectors = title.sectors
                draft.why.append("no date: the title before the name picks the office the person held then")
        else:
            draft.country, draft.sectors, draft.code = title.country, title.sectors, title.code
            draft.why.append(f"name {text!r} not in the dictionaries: coded from the words before it")
        used = draft.code == title.code and draft.sectors == title.sectors and bool(title.sectors or title.code)
        draft.why += [reason if used else f"the title says: {reason} (the office decides)" for reason in title.why]
        draft.roles |= title.roles
        draft.gender = self._gender(draft.name or text, prefix)
        return draft

    def _gender(self, name: str, prefix: list[Item]) -> str | None:
        """ "f" or "m" from an honorific or gendered title before the name, else from the first name."""
        for item in reversed(prefix):
            word = self.doc[item.start : item.end].text.lower().rstrip(".")
            if word in FEMININE or word.endswith("woman"):
                return "f"
            if word in MASCULINE or word.endswith(("man", "men")):
                return "m"
        return self.lexicon.given_names.get(name.split()[0]) if " " in name else None

    def _choose_person(self, text: str, key: str) -> str:
        """The person an ambiguous name ("Bush", "Clinton") stands for on the article's date."""
        candidates = [p for p in self.lexicon.people.values() if text == p.name or text in p.aliases]
        if len(candidates) < 2:
            return key
        # several people share the name ("Bush"): the one serving on the date, else the latest before it
        serving = [p for p in candidates if in_office(p, self.published)]
        if serving:
            return serving[0].name
        moment = self.published or date.max
        before = [p for p in candidates if last_end(p) <= moment]
        return max(before or candidates, key=last_end).name

    def _describe(self, items: list[Item]) -> Draft:
        """What a run of titles, roles and names says about an actor (start/end are not used)."""
        draft = Draft(0, 0, "", "description")
        roles = [self._role(i) for i in items if i.kind == "role" and self._role(i).kind in ("p", "g", "c")]
        former = any(i.kind == "role" and self._role(i).kind == "x" for i in items)
        for item in items:
            if item.kind in ("country", "capital", "demonym", "people", "city") and draft.country is None:
                if self._ethnic(item):
                    draft.why.append(f"'ethnic {self._words(item)}' names a people, not a state: no country")
                    continue
                draft.country = item.key
                draft.why.append(f"{item.kind} {self._words(item)!r} gives the country {item.key}")
        org = next((self.lexicon.organisations[int(i.key)] for i in items if i.kind == "org"), None)
        if roles:
            head = roles[-1]
            source = head
            if head.kind == "g" and len(roles) > 1:
                # "US military spokesman Capt.": generic words take the sector of the nearest specific one
                source = next((r for r in reversed(roles[:-1]) if r.kind != "g"), roles[-2])
            draft.sectors = source.sectors
            draft.roles = {head.term}
            draft.why.append(
                f"role {source.term!r} gives the sectors {''.join(source.sectors) or 'none'} [{source.origin}]"
            )
            last = next(i for i in reversed(items) if i.kind == "role" and self._role(i) is head)
            if head.kind == "c" and head.sectors in OWNED_SECTORS and self._state_owned(last):
                draft.sectors = ("GOV", *head.sectors)
                draft.why.append(f"a state-owned {head.term}: GOV{head.sectors[0]}")
        if org is not None and self._envoy_to(items, roles):
            draft.why.append(f"{roles[-1].term!r} at {org.names[0]!r}: an envoy of the country before it")
        elif org is not None:
            if not roles or roles[-1].kind == "g" or org.country is None or _own_fighters(org, roles[-1]):
                draft.code, draft.country, draft.sectors = org.code, org.country, (org.sector,) if org.sector else ()
                draft.why.append(f"organisation {org.names[0]!r} gives its code {org.code} [{org.origin}]")
                if roles and _own_fighters(org, roles[-1]):
                    draft.why.append(f"the {roles[-1].term}s of an armed group are the group")
                extra = _branch(org.code, roles[-1].sectors if roles and roles[-1].kind != "g" else ())
                if extra:
                    # "UN troops", "EU legislators": a branch of an international body other than its officials
                    draft.code, draft.sectors = org.code + extra, (extra,)
                    draft.why.append(f"role {roles[-1].term!r} names the body's branch {extra}")
            else:
                draft.country = draft.country or org.country
                draft.why.append(f"organisation {org.names[0]!r} gives the country {org.country} [{org.origin}]")
        if former:
            draft.code, draft.sectors = None, ("ELI",)
            draft.why.append("a word such as 'former' makes it former elite (ELI)")
        return draft

    def _envoy_to(self, items: list[Item], roles: list[Role]) -> bool:
        """ "Russia's UN ambassador": a country's envoy to an international body is the country's."""
        if not roles or roles[-1].term not in ENVOYS:
            return False
        country = next((i.start for i in items if i.kind in ("country", "demonym", "capital")), None)
        body = next((i for i in items if i.kind == "org"), None)
        if body is None or country is None or country > body.start:
            return False
        return self.lexicon.organisations[int(body.key)].country is None

    def _state_owned(self, item: Item) -> bool:
        """Whether a word before the body's noun says the state runs it ("state-run", "official", "government")."""
        head = self.doc[item.end - 1]
        before = [t for left in head.lefts for t in left.subtree] + list(self.doc[item.start : item.end - 1])
        return any(t.lower_ in STATE_OWNERS for t in before)

    def _ethnic(self, item: Item) -> bool:
        """ "ethnic Albanians", "the Albanian minority": a people, which need not be a state's citizens."""
        after = self.doc[item.end].lower_ if item.end < len(self.doc) else ""
        return (item.start > 0 and self.doc[item.start - 1].lower_ == "ethnic") or after in ETHNIC_HEADS

    def _counted(self, item: Item) -> bool:
        """ "2,000 Libyans", "young Algerians", "thousands of Iraqis": a number of the people, not the nation."""
        token = self.doc[item.end - 1]
        if token.tag_ not in ("NNS", "NNPS") and not (token.pos_ in ("NOUN", "PROPN") and token.lower_.endswith("s")):
            return False
        if any(c.dep_ == "nummod" or c.lower_ in CIVILIAN_MODIFIERS for c in token.lefts):
            return True
        of = token.head
        return token.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in CIVILIAN_MODIFIERS

    def _words(self, item: Item) -> str:
        return self.doc[item.start : item.end].text

    def _rest(self, items: list[Item]) -> list[Draft]:
        """A phrase without a person: one description when it has a role, else one draft per name."""
        roles = [i for i in items if i.kind == "role" and self._role(i).kind in ("p", "g", "c")]
        lead = self.lexicon.organisations[int(items[0].key)].code if items[0].kind == "org" else ""
        # except a branch of an international body ("UN troops", "the EU legislature")
        plain = all(self._role(r).kind == "c" and not _branch(lead, self._role(r).sectors) for r in roles)
        if lead and roles and plain:
            roles = []  # "the Carnegie Endowment thinktank", "Hamas movement": the type noun adds nothing
            items = [items[0]]
        if roles and self._describes_thing(roles[-1]):
            items = [i for i in items if i.kind != "role"]  # "the United States' military policies"
            roles = []
        if not roles:
            return [d for i in items if i.kind in NAME_KINDS and (d := self._name(i)) is not None]
        head = roles[-1]
        names = [i for i in items if i.kind in NAME_KINDS]
        if not names and not self._stands_alone(head):
            return []
        first = next((i for i in items if i.kind != "role" or self._role(i).kind != "h"), items[0])
        draft = self._describe(items)
        draft.start, draft.end = first.start, items[-1].end
        draft.is_entity = bool(names)
        if not names and self._role(head).term in COMPANY_SUFFIXES:
            self._company_name(draft)
        kinds = {i.kind for i in names}
        role = self._role(head)
        singular = self.doc[head.end - 1].tag_ in ("NN", "NNP", "") and self.doc[head.end - 1].lower_.endswith(
            role.term.split()[-1]
        )
        last = self.doc[head.end - 1]
        # "the rebel group": the role word only qualifies a body
        qualifies = last.dep_ in ("compound", "amod") and last.head.i > last.i and last.head.pos_ == "NOUN"
        draft.is_person = role.kind in ("p", "g") and singular and not qualifies
        draft.gender = self._gender("", items) if draft.is_person else None
        if "org" in kinds or role.kind == "c":
            draft.label = "ORG"
        else:
            draft.label = "NORP" if kinds else "PERSON"
        return [draft]

    def _company_name(self, draft: Draft) -> None:
        """Widen "Ltd" to "Reliance Industries Ltd": a named company, whose words the dictionaries lack."""
        start = draft.start
        while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].text[:1].isupper():
            start -= 1
        if start < draft.start:
            draft.start, draft.is_entity = start, True
            draft.name = self.doc[start : draft.end].text
            draft.why.append(f"{draft.name!r}: a company named before its legal form")

    def _describes_thing(self, head: Item) -> bool:
        """Whether the role word only modifies a noun that names no actor ("military policies", "office building")."""
        token = self.doc[head.end - 1]
        if token.head.i < head.end:
            return False
        if self._role(head).term in WEAK_ALONE and token.dep_ == "compound":
            return True  # "the EU's Association Agreement"
        if token.pos_ != "ADJ" or token.dep_ != "amod":
            return False
        return not any(t.pos_ == "PROPN" for t in self.doc[head.end : token.head.i + 1])  # not "military Junta"

    def _stands_alone(self, head: Item) -> bool:
        token = self.doc[head.end - 1]
        if token.pos_ and token.pos_ not in ("NOUN", "PROPN"):
            return False  # "general election", "in general"
        if self._role(head).term in WEAK_ALONE:
            return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        return True

    def _name(self, item: Item) -> Draft | None:
        text = self.doc[item.start : item.end].text
        if item.kind == "city":
            # a city or region alone is a place, not an actor; named as where something happens ("exercises in
            # Alaska") or whose body it is ("the government of Sindh province") it gives the country concerned
            if not (self._is_place(item) or self._belongs_to(item)) or self._inside_name(item):
                return None
            draft = Draft(item.start, item.end, "GPE", "place", country=item.key, name=text)
            draft.why.append(f"city or region {text!r} named as a place: the country {item.key} only")
            return draft
        if item.kind == "org":
            org = self.lexicon.organisations[int(item.key)]
            sectors = (org.sector,) if org.sector else ()
            draft = Draft(item.start, item.end, org.label, "name", country=org.country, sectors=sectors,
                          code=org.code, name=org.names[0])  # fmt: skip
            draft.why.append(f"organisation {org.names[0]!r} has the fixed code {org.code} [{org.origin}]")
            return draft
        if item.kind in ("demonym", "people") and self._ethnic(item):
            # "ethnic Albanians" live in Macedonia as much as in Albania: only the context gives a country
            end = item.end + (item.end < len(self.doc) and self.doc[item.end].lower_ in ETHNIC_HEADS)
            draft = Draft(item.start, end, "NORP", "description", sectors=("CVL",), name=text)
            draft.why.append(f"'ethnic {text}' names a people, not a state: civilians, a country only from the context")
            return draft
        country = self.lexicon.countries[item.key]
        common = country.names[0]
        if item.kind == "capital":
            if self._is_place(item):
                draft = Draft(item.start, item.end, "GPE", "place", country=item.key, name=text)
                draft.why.append(f"capital {text!r} named as a place (dateline or 'in ...'): the country only")
            else:
                draft = Draft(item.start, item.end, "GPE", "metonym", country=item.key, sectors=("GOV",), name=common)
                draft.why.append(f"capital {text!r} acting for its government: {item.key}GOV [{country.origin}]")
            return draft
        label = "GPE" if item.kind == "country" else "NORP"
        kind = "demonym" if item.kind == "demonym" else "name"
        if item.kind in ("demonym", "people") and self._counted(item):
            draft = Draft(item.start, item.end, label, "description", country=item.key, sectors=("CVL",), name=common)
            draft.why.append(f"{text!r} counted or qualified as ordinary people: {item.key}CVL [{country.origin}]")
            return draft
        draft = Draft(item.start, item.end, label, kind, country=item.key, name=common)
        draft.why.append(f"{item.kind} {text!r} names {common}: the country alone [{country.origin}]")
        return draft

    def _is_place(self, item: Item) -> bool:
        """A capital named as where something happens ("talks in Moscow"), in the name of something there ("the
        Beijing Olympics"), or a dateline ("CAPE TOWN")."""
        span = self.doc[item.start : item.end]
        if span.text.isupper() and len(span.text) > 3:
            return True
        token = span[-1]
        if token.dep_ == "compound" and token.head.i > token.i and token.head.pos_ == "PROPN" and token.head.is_title:
            return True  # a name that carries the city's: "the Beijing Olympics", "Kabul Airport"
        if token.dep_ == "compound" and token.head.i > token.i and token.head.pos_ == "NOUN":
            token = token.head  # "in Idlib province"
        while token.dep_ in ("conj", "appos") and token.head is not token:
            token = token.head
        return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE

    def _inside_name(self, item: Item) -> bool:
        """Whether the words are part of a longer name ("Lake Vermont", "Texas Instruments")."""
        span = self.doc[item.start : item.end]
        last = span[-1]
        if last.dep_ == "compound" and last.head.pos_ == "PROPN" and not item.start <= last.head.i < item.end:
            return True
        return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < item.start for t in span for c in t.children)

    def _belongs_to(self, item: Item) -> bool:
        """A place after "of" ("the government of Sindh province", "the police of Shanghai")."""
        token = self.doc[item.end - 1]
        if token.dep_ == "compound" and token.head.i >= item.end:
            token = token.head
        return token.dep_ == "pobj" and token.head.lower_ == "of"

    # -- context ----------------------------------------------------------------------------------

    def complete(self, drafts: list[Draft]) -> None:
        """Fill in what a person or description lacks from its apposition, "of" phrase or sentence."""
        by_start = {d.start: d for d in drafts}
        # last first: what follows a mention (its apposition, its "of" phrase) is complete when it is read
        for draft in reversed(drafts):
            if draft.kind == "title" or draft.known or not (draft.is_person or draft.kind == "description"):
                continue
            if (draft.country and draft.sectors) or draft.code:
                continue
            roles = [self.lexicon.roles[t] for t in draft.roles if t in self.lexicon.roles]
            generic = any(r.kind == "g" or r.term in HEADS_OF_BODIES for r in roles)
            complements = self._complements(draft, by_start)
            self._members(draft, complements)
            for other, link in complements:
                if link == "in" and draft.is_person:
                    continue  # "the Pope in Cuba" is not Cuban; "officials in Baghdad" are Iraqi
                before = (draft.code, draft.country, draft.sectors)
                self._inherit(draft, other, belongs=link in ("of", "for"), generic=generic)
                if draft.sectors != before[2]:
                    generic = False  # a generic role takes one body's sector, not every later one's
                if (draft.code, draft.country, draft.sectors) != before:
                    words = self.doc[other.start : other.end].text
                    draft.why.append(f"completed from {'the apposition' if link == 'appos' else repr(link)} {words!r}")
            self._possessor(draft, drafts)
            named = draft.kind in ("name", "surname")
            # an envoy works among another state's officials: theirs is not the envoy's country
            envoy = bool(draft.roles & ENVOYS)
            state = set(draft.sectors) & (STATE_SECTORS | {"ELI"})
            if named and not envoy and not draft.country and not draft.code and state:
                draft.country = self._sentence_country(draft, drafts)
                if draft.country:
                    draft.why.append(f"a state role: the country {draft.country} of the sentence's state bodies")
        self._share_heads(drafts)

    def _share_heads(self, drafts: list[Draft]) -> None:
        """ "US and British activists", "French and German troops": coordinated modifiers share the head noun."""
        for draft, following in pairwise(drafts):
            if draft.code or draft.sectors or not draft.country or draft.is_person or not following.sectors:
                continue
            last = self.doc[draft.end - 1]
            if last.dep_ not in ("amod", "nmod", "compound") or not following.start <= last.head.i < following.end:
                continue
            if any(c.i >= following.start and c.i < following.end for c in last.conjuncts):
                draft.sectors = following.sectors
                draft.why.append(f"shares the head noun of {self.doc[following.start : following.end].text!r}")

    def _sentence_country(self, draft: Draft, drafts: list[Draft]) -> str | None:
        """The one country the sentence's state bodies (or else its names) point to; None when they disagree."""
        sentence = self.sentences.of(draft.start)
        near = [d for d in drafts if d is not draft and d.country and not d.is_person
                and self.sentences.of(d.start) == sentence]  # fmt: skip
        # a state body ("Haitian government officials") says more than a bare name ("US $50m")
        state = {d.country for d in near if set(d.sectors) & STATE_SECTORS}
        countries = state or {d.country for d in near}
        return countries.pop() if len(countries) == 1 else None

    def _complements(self, draft: Draft, by_start: dict[int, Draft]) -> list[tuple[Draft, str]]:
        """Drafts inside the apposition or prepositional phrases after `draft`, with the linking word."""
        head = self.doc[draft.end - 1]
        if head.dep_ in ("compound", "amod") and head.head.i >= draft.end and head.head.pos_ == "NOUN":
            head = head.head  # "the rebel group in Somalia": the phrases hang on the noun the role word modifies
        found: list[tuple[Draft, str]] = []
        # "guerrillas operating in Macedonia", "militants based in Pakistan": where a group works places it
        based = [c for a in head.children if a.dep_ == "acl" and a.lemma_.lower() in BASED for c in a.children]
        for child in sorted([*head.children, *based], key=lambda t: t.i):
            if child.i < draft.end:
                continue
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPS):
                link = "appos" if child.dep_ == "appos" else child.lower_
                anchor = child if link == "appos" else next((c for c in child.children if c.dep_ == "pobj"), child)
                inside = [d for t in child.subtree if (d := by_start.get(t.i)) is not None and d is not draft]
                inside = [d for d in inside if d.kind not in ("title", "pronoun")]
                # the phrase's own head comes first: "leaders of Egypt's Muslim Brotherhood" lead the
                # Brotherhood, which Egypt only qualifies (but "UNHCR Greece" is UNHCR's office in Greece)
                inside.sort(key=lambda d: (not (d.start <= anchor.i < d.end and d.label != "GPE"), d.start))
                found.extend((other, link) for other in inside)
        return found

    def _members(self, draft: Draft, complements: list[tuple[Draft, str]]) -> None:
        """ "an association of jurists" (NGOJUD): a civic body takes the sector of the people it gathers."""
        if draft.sectors != ("NGO",) or draft.is_person or draft.code:
            return
        for other, link in complements:
            members = other.sectors[:1]
            if link == "of" and other.kind == "description" and not other.code and members not in ((), ("NGO",)):
                draft.sectors = ("NGO", other.sectors[0])
                draft.why.append(f"a body of {self.doc[other.start : other.end].text!r}: NGO{other.sectors[0]}")
                return

    @staticmethod
    def _inherit(draft: Draft, other: Draft, belongs: bool, generic: bool) -> None:
        """Fill `draft` from a phrase that describes it ("of the Carnegie Endowment", ", a Russian analyst")."""
        if draft.code or (draft.country and draft.sectors):
            return
        if other.code and (not draft.sectors or belongs) and not draft.country:
            # a member or officer of a body codes as the body ("president of the European Council")
            draft.code, draft.country, draft.sectors = other.code, other.country, other.sectors
            return
        draft.country = draft.country or other.country
        if not draft.sectors or (belongs and generic and other.sectors and not other.is_person):
            draft.sectors = other.sectors or draft.sectors

    def _possessor(self, draft: Draft, drafts: list[Draft]) -> None:
        """ "Putin's spokesman": the role belongs to the possessor's country."""
        if draft.country or draft.code or draft.start < 2 or self.doc[draft.start - 1].lower_ not in GLUE:
            return
        owner = next((d for d in drafts if d.end == draft.start - 1), None)
        if owner is not None and owner.country:
            draft.country = owner.country
            draft.why.append(f"belongs to {self.doc[owner.start : owner.end].text!r}: the country {owner.country}")
