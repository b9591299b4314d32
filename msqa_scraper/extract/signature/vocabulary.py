"""The signature parser's vocabularies, loaded once from ``data/signature_vocabulary.json``."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

# A postcode after a place ("CA 94143", "ON M5S 1A8", "SW1A 1AA"): the place still ends there.
_POSTCODE = re.compile(
    r"\s+(?:-\s+)?(?:\d{5}(?:-\d{4})?|\d{3} ?\d{3}"
    r"|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$"
)  # "Tamil Nadu - 632 004": an Indian PIN, spaced or not, often after a dash


_NO_DOTS = str.maketrans("", "", ".")


def cred_key(token: str) -> str:
    """Credentials compare without dots, spaces and case: "M.D." is MD, "Ph.D" is PhD."""
    return token.replace(".", "").replace(" ", "").strip(",;").upper()


def fold(token: str) -> str:
    return token.casefold().strip(",;:")


@dataclass(frozen=True)
class RoleShapes:
    """A role head by its shape: an ending of medicine's and care's agent nouns ("-ologist",
    "-ician", "-iatrist", "-therapist"), or an agent noun in "-ist" of a few letters or more;
    never a word of the exceptions ("Baptist", "Patrician") or of a non-role ending ("Lindqvist",
    "persist"). Data: the vocabulary file's ``role_shapes``."""

    endings: tuple[str, ...]
    agent_ending: str
    agent_min_letters: int
    not_role_endings: tuple[str, ...]
    not_roles: frozenset[str]
    # "Professorin", "Oberärztin", "Neurologin": a German feminine role is its masculine head
    # with the suffix ("Professor", "Oberarzt", "Neurologe"): the suffix, the endings the
    # masculine form may have instead of it, and the vowels whose umlaut the suffix adds
    feminine_suffix: str = ""
    feminine_stem_endings: tuple[str, ...] = ()
    feminine_umlauts: tuple[tuple[str, str], ...] = ()

    def masculine(self, word: str) -> tuple[str, ...]:
        """The masculine forms a feminine role word may come from ("Oberärztin": "Oberarzt")."""
        if not self.feminine_suffix or not word.endswith(self.feminine_suffix):
            return ()
        stem = word[: -len(self.feminine_suffix)]
        stems = [stem]
        for umlaut, vowel in self.feminine_umlauts:
            at = stem.rfind(umlaut)
            if at >= 0:  # the umlaut of the last vowel the suffix changed ("Ärztin": "Arzt")
                stems.append(stem[:at] + vowel + stem[at + 1 :])
        return tuple(s + end for s in stems for end in self.feminine_stem_endings)

    def fits(self, word: str) -> bool:
        key = word.casefold()
        last = key.rsplit("-", 1)[-1]  # "Neuro-nephrologist": the compound's head
        if not last.isalpha() or key in self.not_roles or last in self.not_roles:
            return False
        if any(last.endswith(e) and len(last) > len(e) + 1 for e in self.endings):
            return True
        return (
            last.endswith(self.agent_ending)
            and len(last) >= self.agent_min_letters
            and not last.endswith(self.not_role_endings)
        )


class _ShapedHeads(frozenset[str]):
    """The role heads of the file, and any word of a role's shape in the set's case: a
    capitalised word in ``role_heads`` ("Nephrologist"), a lower-case one in the folded set
    ("nephrologist"). Membership stays a set lookup for every word the file lists."""

    __slots__ = ("_folded", "_seen", "_shapes")
    _shapes: RoleShapes
    _folded: bool
    _seen: dict[str, bool]

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if not isinstance(word, str) or len(word) < 6:
            return False
        seen = self._seen.get(word)
        if seen is None:
            cased = word.islower() if self._folded else word[:1].isupper() and word[1:].islower()
            seen = cased and (
                self._shapes.fits(word)
                or any(frozenset.__contains__(self, m) for m in self._shapes.masculine(word))
            )
            self._seen[word] = seen
        return seen


def _shaped(words: frozenset[str], shapes: RoleShapes, folded: bool) -> frozenset[str]:
    heads = _ShapedHeads(words)
    heads._shapes, heads._folded, heads._seen = shapes, folded, {}
    return heads


@dataclass(frozen=True, eq=False)  # hashed by identity: one instance, cached
class Vocabulary:
    version: str
    credentials: dict[str, str]  # key -> spelling in the file
    credential_spellings: frozenset[str]  # as the file writes them: the cheap first test
    spaced_credentials: frozenset[str]  # keys of those written as two words ("BSc Pharm")
    # credentials of several words whose later words are lower case ("dr. sc.", "dr hab. n.
    # med.", "Dr. rer. nat."), by first word: tokenised whole only as the file writes them
    spaced_lower: dict[str, tuple[str, ...]]
    qualifiers: frozenset[str]
    # folded: degrees written before the name ("MUDr. Name", "Prof. dr. sc. Name", "dr hab.")
    prenominal: frozenset[str]
    honorifics: frozenset[str]  # folded, dots kept off
    particles: frozenset[str]
    suffixes: frozenset[str]
    lead_ins: tuple[str, ...]  # folded, longest first
    lead_in_words: frozenset[str]  # their first words: most lines start with none of them
    dashes: tuple[str, ...]
    not_experts: tuple[str, ...]
    role_heads: frozenset[str]
    role_modifiers: frozenset[str]
    # folded: heads whose object follows in its case, with no preposition ("Kierownik Kliniki
    # Neurologii", "primářka Neurologického oddělení", "заведующая отделением")
    case_object_heads: frozenset[str]
    prose_role_heads: frozenset[str]
    object_ends: frozenset[str]
    org_lead_heads: frozenset[str]
    org_heads: frozenset[str]
    unit_heads: frozenset[str]
    connectors: frozenset[str]
    joiners: frozenset[str]
    # "at the X", "bij het X", "presso l'Ospedale X": an article between a joiner and the name
    joiner_articles: frozenset[str]
    places: frozenset[str]
    address_words: frozenset[str]
    town_endings: frozenset[str]  # "Ashford Hollow", "Bayshore Point": a town by its ending
    sentence_words: frozenset[str]
    sentence_verbs: frozenset[str]  # a verb of these with a final full stop: a sentence
    sentence_skip: frozenset[str]  # lower-case words a signature may hold (of, de, neurologist)
    closings: frozenset[str]
    label_words: frozenset[str]  # folded: "Presenters:", "Guest contributor:" label no title
    articles: frozenset[str]  # "a neurologist at ...": an appositive role's article is no title
    clause_openers: frozenset[str]  # ", specializing in MS,": a clause inside a signature
    role_org_connectors: frozenset[str]  # "Officer for the X Society": when an organisation follows
    object_openers: frozenset[str]  # "neurologist of ...", "coordinatrice del ...": a role's object
    # "neuróloga del Hospital X", "neurologue du CHU de X": "of" in the Romance languages
    genitive_openers: frozenset[str]
    conjunctions: frozenset[str]  # "Dr A and Dr B", "Pr A et Pr B": two experts on one line
    condition_words: frozenset[str]  # "MS Nurse": before a role, MS is the disease, no degree
    role_heads_folded: frozenset[str]  # lowercase appositive roles: "the vice president of ..."
    role_modifiers_folded: frozenset[str]
    months: tuple[str, ...] = ()  # the date grammar (signature/dates.py): dates are no part
    weekdays: tuple[str, ...] = ()
    year_marks: tuple[str, ...] = ()  # "14 марта 2023г.", "14 marca 2023 r.": after the year
    time_units: tuple[str, ...] = ()  # "5 min read": a reading time is metadata
    metadata_leads: tuple[str, ...] = ()  # folded, longest first: "Posted on <date>"
    metadata_labels: tuple[str, ...] = ()  # folded, longest first: "DATE:", "TOPIC:"
    not_name_words: frozenset[str] = frozenset()  # folded: "Further Reading" is no bare name
    copy_marks: frozenset[str] = frozenset()  # folded: "cc", "cc:": a letter's copy lines
    wish_openers: frozenset[str] = frozenset()  # folded: "Wish you good health." over a name
    person_descriptors: frozenset[str] = frozenset()  # "Christopher, person with MS": a quote's
    caption_marks: tuple[str, ...] = ()  # folded, longest first: "(left to right):" a caption
    disciplines: frozenset[str] = frozenset()  # "Nursing", "Occupational Therapy": a field alone
    # "neuróloga pediátrica", "médecin libéral": lower-case adjectives after a Romance role head
    role_postmodifiers: frozenset[str] = frozenset()
    membership_heads: frozenset[str] = frozenset()  # "Board Member of <Org>": the object employs
    membership_bodies: frozenset[str] = frozenset()  # "Member of the Advisory Board": one title
    plural_honorifics: frozenset[str] = frozenset()  # folded: "Drs. A and B": both are doctors
    # "secretary of MS Penang", "President of Multiple Sclerosis Society of X": an organisation
    # named for the disease (a condition word, or a condition's name written out)
    condition_names: tuple[tuple[str, ...], ...] = ()
    picture_credits: tuple[str, ...] = ()  # folded: "Picture supplied" ends a photo caption
    # folded: "Name per “Outlet”", "Name für „Outlet“": a reporter's credit for a quoted outlet
    outlet_credits: frozenset[str] = frozenset()
    # folded: "Foto: Name", "vormgeving Studio X" under a block: the page's production credits
    production_credits: tuple[str, ...] = ()
    not_person_words: frozenset[str] = frozenset()  # "Helpline Team", "Community Fundraising"
    # Round 7 (find): a forum member's profile line ("2,114 Posts", "1 Article; 842 Posts"),
    # a social-media label before a handle ("Twitter: @name"), words a forum handle never is.
    member_stats: frozenset[str] = frozenset()  # folded
    social_sites: frozenset[str] = frozenset()  # folded
    handle_stopwords: frozenset[str] = frozenset()  # folded: "by admin" names no one
    social_honorifics: frozenset[str] = frozenset()  # folded, no dot: "Mrs" signs a letter
    bio_headings: tuple[str, ...] = ()  # folded: "About the Author" over a bio sentence
    bio_copulas: frozenset[str] = frozenset()  # "Name, MD, is the chair of ...": its verb
    # folded, longest first: "Name" / "ist Professorin für ...": a bio's verb in any language
    heading_bio_verbs: tuple[str, ...] = ()
    bio_articles: frozenset[str] = frozenset()  # folded: "is a", "ist eine", "è una" ROLE
    # Round 7 (seg): a bio sentence's grammar ("I'm Name. I'm a neurologist at X.")
    self_introductions: tuple[str, ...] = ()  # folded, longest first: "my name is", "i'm"
    bio_verbs: tuple[str, ...] = ()  # folded, longest first: "Name is / serves as a ROLE ..."
    bio_continuations: tuple[str, ...] = ()  # folded, longest first: "She is the ROLE for ORG."
    contact_labels: frozenset[str] = frozenset()  # folded, dots off: "Email:", "Tel:" a contact
    # Folded words no name holds ("With", "Thanks", "At"): sentence words, closings, connectors
    # and joiners, but never a name particle, which a name may write capitalised ("Renata Du
    # Lac", "Del Rio") though "du", "del", "di" join an organisation's name ("Ospedale di X").
    name_stops: frozenset[str] = frozenset()

    def is_credential(self, token: str) -> bool:
        return cred_key(token) in self.credentials

    def is_prenominal(self, token: str) -> bool:
        return fold(token) in self.prenominal

    def is_honorific(self, token: str) -> bool:
        if token.isupper() and self.is_credential(token):
            return False  # "MS Australia": in capitals MS is the disease (or a degree), not "Ms"
        return fold(token).rstrip(".") in self.honorifics

    def is_role_word(self, token: str) -> bool:
        return token in self.role_heads or token in self.role_modifiers

    def is_role_head(self, token: str) -> bool:
        # "Assistant professor of neurology": heads are matched in any case.
        return token in self.role_heads or token.capitalize() in self.role_heads

    def is_head_noun(self, token: str) -> bool:
        """The head noun that ends a role phrase, in any case; "Coordinator/Social Worker" too."""
        last = token.rsplit("/", 1)[-1].casefold()
        # "neuro-physician": a hyphenated compound's head is its last part ("Co-Director" whole)
        return last in self.role_heads_folded or last.rsplit("-", 1)[-1] in self.role_heads_folded

    def is_role_word_any(self, token: str) -> bool:
        f = token.casefold()
        return f in self.role_heads_folded or f in self.role_modifiers_folded

    def is_discipline(self, words: list[str]) -> bool:
        """ "Nursing", "Occupational Therapy": a field of practice, written as a heading."""
        return " ".join(words).strip(" ,.;") in self.disciplines

    def names_condition(self, words: list[str]) -> int:
        """How many of the words, from the first, name the disease ("MS", "Multiple Sclerosis")."""
        if words and words[0] in self.condition_words:
            return 1
        for name in self.condition_names:
            if tuple(words[: len(name)]) == name:
                return len(name)
        return 0

    def postcoded(self, text: str) -> bool:
        """ "Mumbai - 400 079", "San Mateo, CA 94143": a town or region with its postcode."""
        head = _POSTCODE.sub("", text.strip(" ,"))
        return head != text.strip(" ,") and bool(head) and head.replace(" ", "").isalpha()

    def is_place(self, text: str) -> bool:
        bare = text.strip(" ,")
        if bare in self.places or _POSTCODE.sub("", bare) in self.places:
            return True
        # "New Delhi (India)", "New York, NY (U.S.A.)": a country in brackets ends a place.
        head, bracket, inner = bare.rpartition(" (")
        return (
            bool(bracket)
            and inner.endswith(")")
            and inner[:-1] in self.places
            and (head.replace(",", " ").replace(" ", "").isalpha() and len(head.split()) <= 4)
        )


def _spaced_lower(spellings: list[str]) -> dict[str, tuple[str, ...]]:
    # "dr hab. n. med.", and "Dr. med.", "Dr. rer. nat." (a doctorate: the title, then its
    # faculty in lower case): the words after the first are lower case
    out: dict[str, list[str]] = {}
    for c in spellings:
        if " " in c and all(w[:1].islower() for w in c.split()[1:]):
            out.setdefault(c.split()[0], []).append(c)
    return {k: tuple(sorted(set(cs), key=len, reverse=True)) for k, cs in out.items()}


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted((fold(w) for w in words), key=len, reverse=True))


@cache
def vocabulary() -> Vocabulary:
    raw = json.loads(
        resources.files("msqa_scraper.extract")
        .joinpath("data/signature_vocabulary.json")
        .read_text(encoding="utf-8")
    )
    places = raw["places"]
    shaped = raw["role_shapes"]
    shapes = RoleShapes(
        endings=tuple(shaped["endings"]),
        agent_ending=shaped["agent_ending"],
        agent_min_letters=shaped["agent_min_letters"],
        not_role_endings=tuple(shaped["not_role_endings"]),
        not_roles=frozenset(shaped["not_roles"]),
        feminine_suffix=shaped.get("feminine_suffix", ""),
        feminine_stem_endings=tuple(shaped.get("feminine_stem_endings", ())),
        feminine_umlauts=tuple(tuple(pair) for pair in shaped.get("feminine_umlauts", ())),
    )
    return Vocabulary(
        version=raw["version"],
        credentials={cred_key(c): c for c in raw["credentials"]},
        credential_spellings=frozenset(raw["credentials"]),
        spaced_credentials=frozenset(cred_key(c) for c in raw["credentials"] if " " in c),
        spaced_lower=_spaced_lower([*raw["credentials"], *raw["prenominal_credentials"]]),
        qualifiers=frozenset(raw["credential_qualifiers"]),
        prenominal=frozenset(fold(c) for c in raw["prenominal_credentials"]),
        honorifics=frozenset(fold(h).rstrip(".") for h in raw["honorifics"]),
        particles=frozenset(raw["name_particles"]),
        suffixes=frozenset(raw["name_suffixes"]),
        lead_ins=tuple(sorted((fold(x) for x in raw["lead_ins"]), key=len, reverse=True)),
        lead_in_words=frozenset(fold(x).split()[0] for x in raw["lead_ins"]),
        dashes=tuple(sorted(raw["lead_in_dashes"], key=len, reverse=True)),
        not_experts=tuple(fold(x) for x in raw["not_experts"]),
        role_heads=_shaped(frozenset(raw["role_heads"]), shapes, folded=False),
        role_modifiers=frozenset(raw["role_modifiers"]),
        case_object_heads=frozenset(fold(w) for w in raw["case_object_heads"]),
        prose_role_heads=frozenset(raw["prose_role_heads"]),
        object_ends=frozenset(raw["object_ends"]),
        org_lead_heads=frozenset(raw["organisation_lead_heads"]),
        org_heads=frozenset(raw["organisation_heads"]),
        unit_heads=frozenset(raw["unit_heads"]),
        connectors=frozenset(raw["connectors"]),
        joiners=frozenset(raw["joiners"]),
        joiner_articles=frozenset(raw["joiner_articles"]),
        places=frozenset(
            places["us_state_abbreviations"]
            + places["ap_state_abbreviations"]
            + places.get("canadian_province_abbreviations", [])  # not MB, BC: credentials
            # "Red Deer, Alta.": the Canadian Press style (not "B.C.", "N.S.": credentials)
            + places.get("canadian_press_abbreviations", [])
            + places.get("australian_state_abbreviations", [])  # "Geelong, Vic"
            + places["regions"]
        ),
        address_words=frozenset(raw["address_words"]),
        town_endings=frozenset(raw["town_endings"]),
        sentence_words=frozenset(raw["sentence_words"]),
        sentence_verbs=frozenset(raw["sentence_verbs"]),
        sentence_skip=frozenset(
            [*raw["connectors"], *raw["name_particles"], *raw["prose_role_heads"], "a", "an"]
        )
        # "Prof. Dr. med. Name", "intervista al dott. Name": an abbreviated honorific in lower
        # case ("doctor", "miss" written out are prose words too)
        | frozenset(fold(h).translate(_NO_DOTS) for h in raw["honorifics"] if "." in h),
        closings=frozenset(raw["closings"]),
        label_words=frozenset(fold(x) for x in raw["label_words"]),
        articles=frozenset(raw["articles"]),
        clause_openers=frozenset(raw["clause_openers"]),
        role_org_connectors=frozenset(raw["role_org_connectors"]),
        object_openers=frozenset(raw["object_openers"]),
        genitive_openers=frozenset(raw["genitive_openers"]),
        conjunctions=frozenset(raw["conjunctions"]),
        condition_words=frozenset(raw["condition_words"]),
        role_heads_folded=_shaped(
            frozenset(x.casefold() for x in raw["role_heads"]), shapes, folded=True
        ),
        role_modifiers_folded=frozenset(x.casefold() for x in raw["role_modifiers"]),
        months=tuple(raw["months"]),
        weekdays=tuple(raw["weekdays"]),
        year_marks=tuple(raw["year_marks"]),
        time_units=tuple(raw["time_units"]),
        metadata_leads=_longest_first(raw["metadata_leads"]),
        metadata_labels=_longest_first(raw["metadata_labels"]),
        not_name_words=frozenset(fold(w) for w in raw["not_name_words"]),
        copy_marks=frozenset(w.casefold() for w in raw["copy_marks"]),
        wish_openers=frozenset(fold(w) for w in raw.get("wish_openers", ())),
        person_descriptors=frozenset(fold(w) for w in raw.get("person_descriptors", ())),
        caption_marks=_longest_first(raw.get("caption_marks", [])),
        disciplines=frozenset(raw["disciplines"]),
        role_postmodifiers=frozenset(raw.get("role_postmodifiers", ())),
        membership_heads=frozenset(raw["membership_heads"]),
        membership_bodies=frozenset(raw["membership_bodies"]),
        plural_honorifics=frozenset(fold(h).rstrip(".") for h in raw["plural_honorifics"]),
        condition_names=tuple(tuple(n.split()) for n in raw.get("condition_names", ())),
        picture_credits=_longest_first(raw.get("picture_credits", [])),
        outlet_credits=frozenset(fold(w) for w in raw.get("outlet_credits", ())),
        production_credits=_longest_first(raw.get("production_credits", [])),
        not_person_words=frozenset(raw.get("not_person_words", ())),
        member_stats=frozenset(fold(w) for w in raw.get("member_stats", ())),
        social_sites=frozenset(fold(w) for w in raw.get("social_sites", ())),
        handle_stopwords=frozenset(fold(w) for w in raw.get("handle_stopwords", ())),
        social_honorifics=frozenset(fold(w) for w in raw.get("social_honorifics", ())),
        bio_headings=_longest_first(raw.get("bio_headings", [])),
        bio_copulas=frozenset(raw.get("bio_copulas", ())),
        heading_bio_verbs=_longest_first(raw.get("heading_bio_verbs", [])),
        bio_articles=frozenset(fold(w) for w in raw.get("bio_articles", ())),
        self_introductions=_longest_first(raw.get("self_introductions", [])),
        bio_verbs=_longest_first(raw.get("bio_verbs", [])),
        bio_continuations=_longest_first(raw.get("bio_continuations", [])),
        contact_labels=frozenset(fold(w).rstrip(".") for w in raw.get("contact_labels", ())),
        name_stops=frozenset(
            fold(w)
            for w in [
                *raw["sentence_words"],
                *raw["closings"],
                # "Elspeth E Gullane": a letter alone is an initial, though "e" joins two roles
                *(w for w in [*raw["connectors"], *raw["joiners"]] if len(w) > 1),
            ]
        )
        - frozenset(fold(w) for w in raw["name_particles"]),
    )
