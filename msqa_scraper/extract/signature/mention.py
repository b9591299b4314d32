"""A third reader: an expert named inside the answer's last sentence, with no signature block.

Captions, standfirsts and attributions put the answering expert in a sentence of their own
("MS specialist nurse Name with a patient.", "... we put your questions to Dr Name, a
dietitian", "said Name, national secretary, Org."). The sentence is an answer sentence: it stays
in the answer; only the expert is read from it. The reader runs when ``find_signature`` and
``compose_signature`` give no expert, on the answer's last line (and the caption of the line
before it), and works in three steps:

1. a frame says where a person is named: the whole line is a noun phrase (a caption, no
   sentence); the line ends in a name after a reporting verb that opens the line ("said Name,
   ..."), after a reporting verb or an asking joiner in a sentence with no quotation of its own
   ("... writes Name", "questions ... to Name"); the sentence opens (after a dateline or an
   opening phrase closed by a comma, "To introduce the feature, ...") with a name, an
   appositive (or "who is ROLE") and a presenting verb ("Name, M.D., director of X, examines a
   patient."), or with a name and a verb whose object says the person answers ("NHS GP Dr Name
   answers health questions", "Dr Name explains what they found out"); the publisher put the
   questions to the person ("We asked Org's CEO, Name, to tell us more."); and, once an answer
   stands above it, the writer introduces themself ("I'm your host, Dr. Name, ROLE at Org.",
   "My name is Name, and I'm ...", then "I am a ROLE, ..."; an all-lower-case transcript's "i
   am first last i'm a neurologist that works at ...") or a closing bio paragraph opens with
   the full name and a copula ("Name, PhD, is an exercise physiologist at X."; "Name is a
   MS-certified nurse living with MS. She is the patient liaison for Org.": a clause that names
   no part is dropped, "based in Town" is the place, "Dietitian (APD)" a credential, the next
   sentence's "She is ROLE" a role; a run of such paragraphs names a panel); or the sentence
   quotes or
   reports the person (the "reported" frame): after the verb ('"...," said Name, ROLE at X',
   "..., says Dr Name, ...", '„...“, so Chefarzt Name'), after an opener ("according to Name,
   MD, ...", "según", "selon", "A dirlo è") or a unit it leads ("X led by Name, MD, ..."), or
   as the subject before the verb ('ROLE of X, Name, explained: "..."', "Name, ROLE, said
   ...", "Dr Name, ROLE at X, was ..."); a surname alone needs an honorific or a role, or the
   person named in full above;
2. ``segment.parse_block`` reads the framed words as a signature (name, credentials, a role
   before the name, the appositive's roles, organisation and place);
3. the reading is taken only when it is confident: one person, every part claimed by the
   vocabulary, the name plausible (``given_names.plausible_name``) with strong evidence (an
   honorific, credentials or a known given name), no part that holds a clause ("I am the
   founder of X") or a second person ("... and Dr Other Name"), and no name, credential, place or
   employer that is a condition word (in an MS archive "MS" is first of all the disease).

Round 19's frames, the same refusals holding: a vocative question put to the person ("Professor
Name, ROLE at X, how many ...?", a role or credentials needed); thanks for a contribution
("Many thanks to A, B and C for contributing to this article", "Thanks to Dr A, ROLE, for
reviewing ..."), a team between semicolons after a list verb, the names a credit lists in
brackets ("written by the staff (A, B, C)"), each list everyone or no one; a text presented
with its author ("Interesting article by Name, ROLE at X and colleagues ..."); a prize awarded
to the person; a passive report ("Dr Name of X is quoted in ..."); an appositive no comma
closes ("Dr Name, ROLE at X teaches that ..."); role words, an honorific and the name opening
the sentence before a verb that is no copula ("Consultant neurologist Dr Name addressed ...");
a role first with the name between commas ("The MS Nurse for X, Name, will talk ..."); and a
reader's letter signed "Name, Town" at its last line's end. The sentence's article is no part
of a role ("The secretary ..."), a town's adjective neither ("Die Hamburger Neurologin"); an
organisation's name before a lower-case role ("MS Southland chief executive"), an acronym after
"of" and a Romance genitive before a named body ("neuróloga del Instituto X") are the employer.

Two people in one sentence are two experts, both or neither (``_two``): the subject of a verb
that says they answer or speak ("Dr A and Professor B answer your questions", "A y B, actuales
neurólogas de la consulta, confirman que ..."), or the authors of the publisher's own text ("see
our blog by Dr A and Professor B"); each is named as the other is (an honorific, credentials or
a role each, or one appositive shared), and a second person is never read as the first one's
employer ("Helen Marsh and Owen Petrie said ..." reads nobody).

A quoted or reported person is read only when named with a role, credentials, an honorific or
an organisation ("Harriet Lowe said ..." reads nothing); such a reading gets its own problem note
(``experts.REPORTED``). Everything else reads nothing: a person the answer mentions in passing
("Dr. Smith's study", "ask your neurologist, Dr. Lee, about it", "we asked Dr Lee to check my
scan", "my neurologist, Dr Lee, said ..."), two speakers where one would be read, a speaker's
label over their own words ("Dr. Brix: ..."), a citation, another text's authors ("Read the
article by Dr A and Dr B"), and the bio sentences the
development sets hold as no answerer's: one that is all the answer says (one sentence above it
at most: the person is the answer's subject), one that names the person by surname alone ("Dr.
Kessler is ...": someone named earlier), one with a role before the name ("Board-certified
neurologist Name, MD, is ..."), one whose paragraph goes on about something else, one whose verb
is no copula ("Name, MSW serves as ..."). The frame words
are data: ``data/mention_frames.json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature.find import SigLine
from msqa_scraper.extract.signature.given_names import is_given_name, name_lists, plausible_name
from msqa_scraper.extract.signature.segment import ParsedExpert, _towns, is_sentence, parse_block
from msqa_scraper.extract.signature.vocabulary import Vocabulary, fold, vocabulary

CONFIDENCE = 0.6  # a mention is read, not signed: under any signature block the finder accepts
_ANSWER_LABEL = re.compile(r"^(?:answer|a):\s+(?=\S)", re.I)
_LONGEST_MENTION = 24  # words from the frame to the sentence's end
_LONGEST_BIO = 44  # words in a bio sentence (a name, credentials and two or three roles)
_QUOTES = '"“”‘’'
# a photo reference or credit in brackets at a caption's end: "(0912kT47)", "(Photo: X)"
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
# a caption's action after the name: "with a patient", "at her desk" (lower-case words only)
_CAPTION_ACTION = re.compile(r"\s+(?:with|at|in|and)\s+(?:[a-z][\w'’-]*\s*){1,5}$")
# words a reading may leave unclaimed between its parts ("director of X at Y")
_JOINERS = frozenset(("at", "of", "in", "with", "from", "and", "&", "for"))
_ORG_END = re.compile(r"(?:^|\s)[\W\d]*[A-Z0-9][^\s]*$")
_NAME_CHARS = re.compile(r"^[^\W\d_][\w.'’ -]*$")
# a person is two capitalised words at least ("Dr Lou", "Lalitha Menon", "Jan van der Berg"):
# a sentence without them is passed over before any reading (most answers end in such a one)
# (a capital of any Latin, Greek or Cyrillic alphabet: "Étienne Vuilleumier", "Ørjan Lie")
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩА-ЯЁ"
_NAME_SHAPE = re.compile(rf"[{_CAPITAL}]\S*\s+(?:[a-z]{{1,3}}\s+){{0,2}}[{_CAPITAL}]")
# a surname alone after a reporting verb (and a role): '"...," said Velasco.', '... said
# neurologist Velasco.' (no two capitalised words); or before it, right after the quotation
# ('"...," Velasco said.')
_BARE_SPEAKER = re.compile(
    r"[,\"”“’»]\s+[a-zà-ÿ]+(?:\s+[a-zà-ÿ-]+)?\s+[A-ZÀ-Ý]|[\"”’»]\s+[A-ZÀ-Ý][\w'’-]+\s+[a-zà-ÿ]"
)
# a relative clause closing an appositive: "Dr Name, a dietitian who was diagnosed at 19"
_RELATIVE = re.compile(r"\s+(?:who|whose|which)\s.*$")
# a workplace named before, referred to by a lower-case noun: "research director at the clinic"
_ANAPHORIC_PLACE = re.compile(r"(?<=[a-z])\s+at\s+the\s+[a-z][a-z-]+$")


class PhraseIndex:
    """Phrases of folded words, found at a word by its first one: a sentence is scanned at every
    word, and most words open none of them (a linear scan of every phrase cost extract_post)."""

    def __init__(self, phrases: tuple[tuple[str, ...], ...]) -> None:
        self.phrases = phrases  # longest first
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            by_first.setdefault(phrase[0], []).append(phrase)
        self._by_first = {k: tuple(ps) for k, ps in by_first.items()}
        # the longest word of each phrase: a sentence without any holds none of them
        self.marks = frozenset(max(p, key=len) for p in phrases)

    def at(self, low: list[str], k: int) -> int:
        """How many words the longest phrase found at ``low[k:]`` takes (0: none)."""
        for phrase in self._by_first.get(low[k], ()) if k < len(low) else ():
            if tuple(low[k : k + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return iter(self.phrases)

    def __contains__(self, phrase: object) -> bool:
        return phrase in self.phrases

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PhraseIndex) and other.phrases == self.phrases

    def __hash__(self) -> int:
        return hash(self.phrases)


_NO_PHRASES = PhraseIndex(())


@dataclass(frozen=True)
class Frames:
    version: str
    reporting_verbs: frozenset[str]
    authorship_verbs: frozenset[str]
    asking_verbs: frozenset[str]
    asking_nouns: frozenset[str]
    asking_joiners: frozenset[str]
    credit_participles: frozenset[str]
    presenting_verbs: frozenset[str]
    # "Read the article written by Name": an imperative that points to another text, whose
    # credit names that text's author, not the answer's
    pointing_verbs: frozenset[str] = frozenset()
    # the frames of a sentence that says who answers (phrases are tuples of folded words)
    self_intros: tuple[tuple[str, ...], ...] = ()  # "I'm Dr Name, ROLE at ORG."
    greetings: tuple[tuple[str, ...], ...] = ()  # "Hi, I'm ..."
    interview_frames: PhraseIndex = _NO_PHRASES  # "We asked ROLE, Name, to ..."
    complements: frozenset[str] = frozenset()  # what follows the person set off by commas
    telling_verbs: frozenset[str] = frozenset()  # "to tell us more": questions put, not a task
    narrator_words: frozenset[str] = frozenset()  # "about my daughter": a patient's story
    # "mit meiner Neurologin Dr. Name": the writer's own doctor, in any language (an introduced
    # person only: "praat ik" is an interviewer's first person)
    narrator_possessives: frozenset[str] = frozenset()
    answering_verbs: frozenset[str] = frozenset()  # "Dr Name answers your questions"
    explaining_verbs: frozenset[str] = frozenset()  # "Dr Name explains what ..."
    wh_words: frozenset[str] = frozenset()
    relative_copulas: tuple[tuple[str, ...], ...] = ()  # "Name, who is ROLE, explains"
    bio_copulas: frozenset[str] = frozenset()  # "Name, PhD, is ROLE at ORG."
    bio_joiners: tuple[tuple[str, ...], ...] = ()  # "ROLE at X, as well as ROLE at Y"
    bio_relatives: frozenset[str] = frozenset()  # ", where she sees families": no part
    bio_followers: frozenset[str] = frozenset()  # "He offers ...": the bio goes on
    clause_words: frozenset[str] = frozenset()  # "I am the founder of X" is no institution
    bio_clauses: PhraseIndex = _NO_PHRASES  # "nurse living with MS": a clause, no part
    bio_ranks: tuple[tuple[str, ...], ...] = ()  # "one of the first MS nurses": a rank, no part
    repost_notes: PhraseIndex = _NO_PHRASES  # "This post originally appeared at X." under a bio
    label_words: frozenset[str] = frozenset()  # "Labels: ..." under a blog post: furniture
    place_participles: frozenset[str] = frozenset()  # "dietitian, based in Perth"
    own_works: frozenset[str] = frozenset()  # "see our blog by Dr A and Professor B"
    answer_nouns: frozenset[str] = frozenset()  # "answers to reader questions from Name"
    honorific_articles: frozenset[str] = frozenset()  # "La Dra. Name responde ..."
    role_articles: frozenset[str] = frozenset()  # "The secretary of X, Name": no role's word
    demonym_endings: tuple[str, ...] = ()  # "Hamburger Neuroimmunologin": Hamburg's, no role
    plural_answering: frozenset[str] = frozenset()  # "A and B answer your questions"
    plural_saying: frozenset[str] = frozenset()  # "A y B confirman que ..."
    page_marks: tuple[tuple[str, ...], ...] = ()  # "Page 10" under a contents-page blurb
    # a quotation's speaker or a reported speaker ("the reported frame", frames 2026-12-03.2m)
    # '"...," said Name', 'Name said: "..."'
    quote_verbs: PhraseIndex = _NO_PHRASES
    quote_only_verbs: frozenset[str] = frozenset()  # '„...“, so Name': after a quotation only
    # "according to Name, ROLE, ..."
    speaker_openers: PhraseIndex = _NO_PHRASES
    # "the clinic, led by Name, MD, ..."
    leading_frames: PhraseIndex = _NO_PHRASES
    # "falámos com Name, ROLE da X", "È il professor Name, ROLE della X, a ...": a word after
    # which the sentence introduces a person with an appositive (the "introduced" shape)
    introducing_words: PhraseIndex = _NO_PHRASES
    person_articles: PhraseIndex = _NO_PHRASES  # "é o Dr. Name", "von der Neurologin Dr. Name"
    # "von der Neurologin PD Dr. Name": by a person a role word and an honorific name
    agent_prepositions: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()  # "Prof. Dr. Name, der seit 2012 ..."
    relative_as: PhraseIndex = _NO_PHRASES  # ", die als Oberärztin am X tätig ist": an appositive
    leading_verbs: frozenset[str] = frozenset()  # "Il professor Name coordina ... dell'Istituto X"
    audience_words: frozenset[str] = frozenset()  # "your neurologist, Dr Lee, said": in passing
    relative_adverbs: frozenset[str] = frozenset()  # ", who previously was director of X"
    # "Name, himself a neurologist at X, says": a word before the appositive's article, no part
    appositive_adverbs: frozenset[str] = frozenset()
    # "neurologist at several hospitals": a workplace counted, not named, is no part
    vague_quantifiers: frozenset[str] = frozenset()
    # "A study by Stanford neurologist Name found ...": a work cited, whose author is no signer
    cited_works: frozenset[str] = frozenset()
    copula_frames: frozenset[str] = frozenset()  # the introducing words that are a cleft's copula
    # "Name said most people ...": speech itself
    saying_verbs: PhraseIndex = _NO_PHRASES
    clause_marks: frozenset[str] = frozenset()  # "Name, ROLE, explained that ...": speech
    person_joiners: frozenset[str] = frozenset()  # "said Dr A, ROLE, and Dr B": two speakers
    # "Many thanks to A, B and C for contributing to this article"
    thanks_frames: PhraseIndex = _NO_PHRASES
    contribution_verbs: frozenset[str] = frozenset()
    list_verbs: frozenset[str] = frozenset()  # "Speakers were A; B; and C."
    award_verbs: frozenset[str] = frozenset()  # "is awarding this year's prize to Name, ..."
    award_nouns: frozenset[str] = frozenset()
    passive_reports: PhraseIndex = _NO_PHRASES  # "Dr Name of X is quoted in the pieces above"
    # "article by Name, ROLE and colleagues describe ...": the author's co-authors, no part
    coauthor_tails: tuple[tuple[str, ...], ...] = ()


@cache
def frames() -> Frames:
    raw = json.loads(
        resources.files("msqa_scraper.extract").joinpath("data/mention_frames.json").read_text()
    )
    return Frames(
        version=raw["version"],
        reporting_verbs=frozenset(raw["reporting_verbs"]),
        authorship_verbs=frozenset(raw["authorship_verbs"]),
        asking_verbs=frozenset(raw["asking_verbs"]),
        asking_nouns=frozenset(raw["asking_nouns"]),
        asking_joiners=frozenset(raw["asking_joiners"]),
        credit_participles=frozenset(raw["credit_participles"]),
        presenting_verbs=frozenset(raw["presenting_verbs"]),
        pointing_verbs=frozenset(raw.get("pointing_verbs", ())),
        self_intros=_phrases(raw, "self_intros"),
        greetings=_phrases(raw, "greetings"),
        interview_frames=PhraseIndex(_phrases(raw, "interview_frames")),
        complements=frozenset(raw.get("complements", ())),
        telling_verbs=frozenset(raw.get("telling_verbs", ())),
        narrator_words=frozenset(raw.get("narrator_words", ())),
        narrator_possessives=frozenset(raw.get("narrator_possessives", ())),
        answering_verbs=frozenset(raw.get("answering_verbs", ())),
        explaining_verbs=frozenset(raw.get("explaining_verbs", ())),
        wh_words=frozenset(raw.get("wh_words", ())),
        relative_copulas=_phrases(raw, "relative_copulas"),
        bio_copulas=frozenset(raw.get("bio_copulas", ())),
        bio_joiners=_phrases(raw, "bio_joiners"),
        bio_relatives=frozenset(raw.get("bio_relatives", ())),
        bio_followers=frozenset(raw.get("bio_followers", ())),
        clause_words=frozenset(raw.get("clause_words", ())),
        bio_clauses=PhraseIndex(_phrases(raw, "bio_clauses")),
        bio_ranks=_phrases(raw, "bio_ranks"),
        repost_notes=PhraseIndex(_phrases(raw, "repost_notes")),
        label_words=frozenset(raw.get("label_words", ())),
        place_participles=frozenset(raw.get("place_participles", ())),
        own_works=frozenset(raw.get("own_works", ())),
        answer_nouns=frozenset(raw.get("answer_nouns", ())),
        honorific_articles=frozenset(raw.get("honorific_articles", ())),
        role_articles=frozenset(raw.get("role_articles", ())),
        demonym_endings=tuple(raw.get("demonym_endings", ())),
        plural_answering=frozenset(raw.get("plural_answering", ())),
        plural_saying=frozenset(raw.get("plural_saying", ())),
        page_marks=_phrases(raw, "page_marks"),
        quote_verbs=PhraseIndex(_phrases(raw, "quote_verbs")),
        quote_only_verbs=frozenset(raw.get("quote_only_verbs", ())),
        speaker_openers=PhraseIndex(_phrases(raw, "speaker_openers")),
        leading_frames=PhraseIndex(_phrases(raw, "leading_frames")),
        introducing_words=PhraseIndex(_phrases(raw, "introducing_words")),
        person_articles=PhraseIndex(_phrases(raw, "person_articles")),
        agent_prepositions=frozenset(raw.get("agent_prepositions", ())),
        relative_pronouns=frozenset(raw.get("relative_pronouns", ())),
        relative_as=PhraseIndex(_phrases(raw, "relative_as")),
        leading_verbs=frozenset(raw.get("leading_verbs", ())),
        audience_words=frozenset(raw.get("audience_words", ())),
        relative_adverbs=frozenset(raw.get("relative_adverbs", ())),
        appositive_adverbs=frozenset(raw.get("appositive_adverbs", ())),
        vague_quantifiers=frozenset(raw.get("vague_quantifiers", ())),
        cited_works=frozenset(raw.get("cited_works", ())),
        copula_frames=frozenset(raw.get("copula_frames", ())),
        saying_verbs=PhraseIndex(_phrases(raw, "saying_verbs")),
        clause_marks=frozenset(raw.get("clause_marks", ())),
        person_joiners=frozenset(raw.get("person_joiners", ())),
        thanks_frames=PhraseIndex(_phrases(raw, "thanks_frames")),
        contribution_verbs=frozenset(raw.get("contribution_verbs", ())),
        list_verbs=frozenset(raw.get("list_verbs", ())),
        award_verbs=frozenset(raw.get("award_verbs", ())),
        award_nouns=frozenset(raw.get("award_nouns", ())),
        passive_reports=PhraseIndex(_phrases(raw, "passive_reports")),
        coauthor_tails=_phrases(raw, "coauthor_tails"),
    )


def _phrases(raw: dict, key: str) -> tuple[tuple[str, ...], ...]:
    """A list of phrases as word tuples, longest first (so "hi there" wins over "hi")."""
    # folded as the sentence's words are ("weiß" is matched as "weiss")
    phrases = (tuple(fold(w) for w in p.split()) for p in raw.get(key, ()))
    return tuple(sorted(phrases, key=len, reverse=True))


@dataclass(frozen=True)
class Mention:
    """An expert read from a sentence that stays in the answer."""

    line: int  # index of the line the sentence is on
    sentence: str  # the sentence as written: the version's raw signature text
    frame: str  # "caption", "ending", "subject", "interview", "self", "bio" or "reported"
    expert: Expert
    confidence: float = CONFIDENCE
    # bio paragraphs stacked above the last one, a panel's other members, in page order
    above: tuple[tuple[str, Expert], ...] = ()
    # the people the same sentence names after ``expert`` ("Dr A and Professor B answer ...")
    also: tuple[Expert, ...] = ()

    @property
    def raw(self) -> str:
        return "\n".join([*(s for s, _ in self.above), self.sentence])

    @property
    def experts(self) -> list[Expert]:
        return [*(e for _, e in self.above), self.expert, *self.also]


def _word(token: str) -> str:
    return fold(token).strip(",.;:!?" + _QUOTES)


def sentences(text: str, v: Vocabulary) -> list[str]:
    """The line cut after '.', '!' or '?' before a capital, unless the dot ends an honorific,
    an initial or a credential ("Dr. Lou", "Kiran P. Deshmane", "M.D. Director")."""
    words = text.split()
    out: list[list[str]] = [[]]
    for k, word in enumerate(words):
        out[-1].append(word)
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if not nxt or word[-1] not in ".!?" or not (nxt[:1].isupper() or nxt[:1] in _QUOTES):
            continue
        bare = word.rstrip(".")
        # "... living with MS. She is ...": a pronoun opens a sentence after any dot
        if (
            word[-1] == "."
            and (v.is_honorific(word) or len(bare) == 1 or v.is_credential(word) or "." in bare)
            and _w(nxt) not in frames().bio_followers
        ):
            continue
        out.append([])
    return [" ".join(s) for s in out if s]


def _strong(p: ParsedExpert, v: Vocabulary) -> bool:
    """An honorific, credentials, a known given name or a role the vocabulary claims next to a
    name of two words or more vouch for it ("national secretary Lalitha Menon": the given-name
    list is thin outside Western names); a condition word ("MS") is no credential here and no
    name word."""
    if any(d in v.condition_words for d in p.degrees):
        return False
    words = p.name.split()
    if any(_word(w) in v.condition_words or w in v.condition_words for w in words):
        return False
    # words before the name that segment read as one organisation still end in a role head
    # ("Neuro Care Society of India national secretary Name"): a role beside the name
    role_before = p.prefixed and any(v.is_head_noun(o.split()[-1]) for o in p.orgs[:1])
    return (
        p.honorific
        or bool(p.degrees)
        or (len(words) > 1 and (is_given_name(words[0]) or bool(p.titles) or role_before))
    )


def _covered(chunk: str, p: ParsedExpert, v: Vocabulary) -> bool:
    """Every word of the chunk is the name's, a credential's, a part's, an honorific, an
    article or a joiner: a reading that leaves a word unclaimed read a sentence as a block."""
    claimed = {
        _word(w)
        for part in [p.name, *p.degrees, *p.titles, *p.orgs, *p.places]
        for w in part.split()
    }
    for word in chunk.split():
        w = _word(word)
        if w.endswith(("'s", "’s")) and w[:-2] in claimed:
            continue  # "Org's CEO, Name": the possessive is the organisation's
        if (
            w
            and w not in claimed
            and w not in v.articles
            and w not in _JOINERS
            and w not in v.joiners  # the vocabulary's own ("am", "dell'", "à")
            and w not in v.genitive_openers  # "ROLE do X da Y": Romance "of" before the employer
            and w not in v.joiner_articles  # "à l' Hôpital X": the article after a joiner
            and not v.is_honorific(word)
        ):
            return False
    return True


def _read(
    chunk: str,
    v: Vocabulary,
    *,
    needs_part: bool,
    delimited: bool = False,
    vouch: Callable[[ParsedExpert, Vocabulary], bool] | None = None,
    listed: bool = False,
) -> Expert | None:
    """The one confident expert ``parse_block`` reads in ``chunk``, else None. ``vouch`` says
    what evidence the name needs (``_strong`` unless told); ``listed``: the chunk is one item of
    a list the semicolons cut, where a long lower-case role that opens with a role word is a
    role, not a sentence ("associate professor in the department of cell biology")."""
    chunk = chunk.strip().rstrip(".,;:")
    if not chunk:
        return None
    chunk = _honorific_last(chunk, v)
    if _ELIDED.search(chunk):
        # "responsabile dell'area ... dell'Irccs X": the vocabulary's connector is "dell'"
        found = _read(
            _ELIDED.sub(r"\1\2 ", chunk),
            v,
            needs_part=needs_part,
            delimited=delimited,
            vouch=vouch,
            listed=listed,
        )
        return _elided_back(found) if found is not None else None
    parsed = parse_block([chunk], v)
    if len(parsed) != 1:
        return None
    p = parsed[0]
    if p.unknown and not all(o[:1].isupper() for o in p.orgs):
        return None  # an unclaimed part is kept as the institution only when it reads as a name
    if not p.name or p.name not in chunk or is_sentence(p.name, v):
        return None
    if any(w.endswith(("'s", "’s")) for w in p.name.split()):
        return None  # "Org's director, Name": a possessive is no name's word
    if not (vouch or _strong)(p, v) or not plausible_name(p.name, p.honorific, p.degrees):
        return None
    if not _covered(chunk, p, v):
        return None  # "Dr. Name is the director of X": words no part claims ("is") are a sentence
    if any(o[:1].islower() and _word(o.split()[0]) not in v.articles for o in p.orgs):
        return None  # "with consumer CI Name": an organisation is named in capitals
    if any(v.is_honorific(o.split()[0]) for o in [*p.orgs, *p.places]):
        return None  # "Die Berliner Neurologin Dr. Name": an honorific opens a person, no employer
    if not delimited and any(
        not (_ORG_END.search(o) or v.is_head_noun(o.split()[-1])) for o in p.orgs
    ):
        # "of X Hospital led the trial": an organisation's name ends in a capital (or in the
        # role segment left on it); a verb already closes a subject's appositive
        return None
    if any(q in "".join(p.orgs) for q in _QUOTES) or not _NAME_CHARS.match(p.name):
        return None  # a quoted title is a work, not an employer; a bracket is no name's
    if needs_part and not (p.titles or p.orgs):
        return None  # a bare name in a sentence says nothing of who answered
    if any(
        is_sentence(_before_clause(part), v)
        and not (listed and v.is_role_word_any(part.split()[0]))
        and not _role_of_body(part, v)
        for part in [*p.titles, *p.orgs]
    ):
        return None
    if any(_second_person(part.split(), v) for part in [*p.titles, *p.orgs]):
        return None  # "X University and Dr Other Name": a second person inside a part
    return _unvague(_unit_of(p, chunk), frames()).to_expert()


def _before_clause(part: str) -> str:
    """The part before a bio clause that a role runs on into ("assistant professor of internal
    medicine specializing in rheumatology"): the clause's lower-case words make no sentence of
    the role, which keeps them."""
    folded = part.casefold()
    if " in " not in folded and " on " not in folded and " with " not in folded:
        return part
    cuts = [k for c in frames().bio_clauses if (k := folded.find(f" {' '.join(c)} ")) > 0]
    return part[: min(cuts)] if cuts else part


def _unvague(p: ParsedExpert, f: Frames) -> ParsedExpert:
    """ "practising neurologist at several hospitals": a workplace counted, not named, is no
    part of the role (the sentence keeps it), nor what follows it ("at two clinics in X")."""
    if not f.vague_quantifiers or not any(" at " in t or " in " in t for t in p.titles):
        return p
    titles = []
    for title in p.titles:
        words = title.split()
        cut = next(
            (
                k
                for k in range(1, len(words) - 2)
                if words[k] in ("at", "in")
                and _w(words[k + 1]) in f.vague_quantifiers
                and words[k + 2][:1].islower()
            ),
            None,
        )
        titles.append(" ".join(words[:cut]) if cut else title)
    return replace(p, titles=titles)


def _unit_of(p: ParsedExpert, chunk: str) -> ParsedExpert:
    """ "executive director of the X Center at the University of Y": the body after a
    lower-case role's "of" is the role's own unit when the sentence names the employer after
    "at", so the role keeps it ("executive director of the X Center") and the employer is the
    one after "at"; alone ("deputy head of the X Society") it stays the employer."""
    if len(p.orgs) < 2 or " of " not in chunk or " at " not in chunk:
        return p  # most sentences: one employer, or no "of" and "at" at all
    unit, employer = p.orgs[0], p.orgs[1]
    if f" at {employer}" not in chunk:
        return p
    for k, title in enumerate(p.titles):
        if title[:1].islower() and f"{title} of {unit}" in chunk:
            titles = [*p.titles[:k], f"{title} of {unit}", *p.titles[k + 1 :]]
            return replace(p, titles=titles, orgs=p.orgs[1:])
    return p


# an elided article run into its word: "dell'area", "nell'ambito", "d'Alba" (lower case only:
# "D'Angelo", "O'Brien" are names)
_ELIDED = re.compile(r"(?<!\S)(dell|dall|nell|sull|all|d|l)(['’])(?=[^\W\d_])")
_ELIDED_BACK = re.compile(r"(?<!\S)(dell|dall|nell|sull|all|d|l)(['’]) ")


def _elided_back(found: Expert) -> Expert:
    """The parts as written: "dell' area" read apart is "dell'area" again."""

    def back(text: str | None) -> str | None:
        return _ELIDED_BACK.sub(r"\1\2", text) if text else text

    return replace(
        found,
        titles=tuple(back(t) or t for t in found.titles),
        institution=back(found.institution),
        place=back(found.place),
    )


def _honorific_last(chunk: str, v: Vocabulary) -> str:
    """ "Clearwater Neurology neurologist Dr. Name" as "Dr. Name, Clearwater Neurology
    neurologist": role words (ending in a role's head) before an honorific and a name of two to
    four capitalised words that ends the chunk (the segmenter reads the capitalised words
    before a role as a name)."""
    words = chunk.split()
    k = next((k for k, w in enumerate(words) if k and v.is_honorific(w)), None)
    if k is None or "," in chunk or not 2 < len(words) - k < 6:
        return chunk
    if not all(w[:1].isupper() and not v.is_honorific(w) for w in words[k + 1 :]):
        return chunk
    if v.is_honorific(words[0]):
        return chunk
    # the role's head right before the honorific, or a role and then its body and town
    # ("Senior Neurologist Indus Medical Centre (IMC) Karachi Dr Name")
    role = v.is_head_noun(words[k - 1]) or (
        v.is_role_word_any(words[0]) and any(v.is_head_noun(w) for w in words[1:k])
    )
    return f"{' '.join(words[k:])}, {' '.join(words[:k])}" if role else chunk


def _second_person(words: list[str], v: Vocabulary) -> bool:
    """ "... and Dr Other Name" inside a part: an honorific after "and" opens another name (not
    "Professor of Neurology and Professor of Medicine": a role head follows that one)."""
    return any(
        words[k - 1] in ("and", "&")
        and v.is_honorific(words[k])
        and words[k + 1][:1].isupper()
        and not v.is_head_noun(words[k + 1])
        for k in range(1, len(words) - 1)
    )


def _caption(sentence: str, v: Vocabulary) -> Expert | None:
    """A line that is no sentence: a caption or a name plate ("MS nurse Name with a patient.")."""
    text = _TRAILING_BRACKET.sub("", sentence).rstrip(" .")
    text = _CAPTION_ACTION.sub("", text)
    if not text or is_sentence(text, v):
        return None
    parsed = parse_block([text], v)
    if len(parsed) != 1 or not parsed[0].prefixed:
        return None  # a name then its parts is a signature line: find and compose read those
    closed = text != sentence.rstrip() or sentence.rstrip().endswith(".")
    if not closed and text.rstrip().endswith(parsed[0].name):
        return None  # "MS Trust CEO Name": role words over a bare name, unclosed, are a headline
    return _read(text, v, needs_part=True)


def _ending(sentence: str, line_opens: bool, v: Vocabulary, f: Frames) -> Expert | None:
    """The sentence ends in the person its frame names: after a reporting verb ("said Name,
    ROLE") or an asking joiner ("questions ... to ROLE, Name")."""
    words = sentence.split()
    quoted = any(q in sentence for q in _QUOTES)
    if not quoted and (found := _answers_from(words, v, f)) is not None:
        return found
    for j in range(len(words) - 1, -1, -1):
        if len(words) - j > _LONGEST_MENTION:
            return None
        w = _word(words[j])
        if words[j][-1:] in ",;:" and w not in f.reporting_verbs:
            continue  # "to occupational therapist, Name": the frame is further back
        frame = False
        if w in f.reporting_verbs:
            # a verb opening the line attributes the text above; inside a sentence only a verb
            # of authorship ("..., writes Name") in a sentence that quotes no one: "..., says
            # Name" and '"...," said Name' report a quotation's speaker
            opening = j == 0 and line_opens and words[0][:1].islower()
            frame = opening or (j > 0 and not quoted and w in f.authorship_verbs)
        elif w in f.asking_joiners and not quoted:
            # "we put your questions on X to Name": questions put to someone, not "send your
            # questions to Dr Name" (an address) or "talk to your neurologist, Dr Name"
            asked = [_word(x) for x in words[:j]]
            frame = any(
                a in f.asking_verbs and any(n in f.asking_nouns for n in asked[k + 1 :])
                for k, a in enumerate(asked)
            ) or (
                # "The academy is awarding this year's prize to Name, MD, ROLE at X." (not "I
                # gave the award to ...": a reader's own story)
                set(asked).isdisjoint(f.narrator_words)
                and any(
                    a in f.award_verbs and any(n in f.award_nouns for n in asked[k + 1 :])
                    for k, a in enumerate(asked)
                )
            )
        elif w == "by" and j > 0:
            # "an article written by Name"; not "Read the article written by Name"
            frame = _word(words[j - 1]) in f.credit_participles
            frame = frame and _word(words[0]) not in f.pointing_verbs
        if frame:
            chunk = _RELATIVE.sub("", " ".join(words[j + 1 :]))
            # the reading whole, or up to a second part joined by ", and" it cannot claim
            for part in dict.fromkeys((chunk, chunk.split(", and ")[0])):
                found = _read(part, v, needs_part=False)
                if found is not None:
                    return found  # else a frame further back ("to Dr Name, who lives with MS")
    return None


def _answers_from(words: list[str], v: Vocabulary, f: Frames) -> Expert | None:
    """ "This is the second set of answers to reader questions from Name, ROLE at X, and a
    former ROLE at Y.": the questions' answerer, whole or up to the second part ", and" joins
    (not "questions from readers": the words after "from" must read as one person)."""
    low = [_word(x) for x in words]
    for j in range(2, len(words) - 1):
        if low[j] != "from" or low[j - 1] not in f.asking_nouns:
            continue
        if not any(a in f.answer_nouns for a in low[: j - 1]):
            return None
        chunk = _RELATIVE.sub("", " ".join(words[j + 1 :]))
        for part in dict.fromkeys((chunk, chunk.split(", and ")[0])):
            if len(part.split()) <= _LONGEST_MENTION and (found := _read(part, v, needs_part=True)):
                return found
        return None
    return None


def _subject(sentence: str, v: Vocabulary, f: Frames) -> Expert | None:
    """The sentence opens with the person, an appositive and a presenting verb ("Name, M.D.,
    director of X, examines a patient."); a dateline ("Pune:") or an opening phrase closed by a
    comma ("To introduce the feature, Professor Name, who is co-chair of X, explains ...") may
    come first."""
    words = sentence.split()
    if words and words[0].endswith(":") and len(words[0]) > 2:
        words = words[1:]
    starts = [0]
    comma = next((k for k, w in enumerate(words[:10]) if w.endswith(",")), None)
    if (
        comma is not None
        and comma + 1 < len(words)
        and words[comma + 1][:1].isupper()
        and not any(_verb(w, f) for w in words[: comma + 1])
    ):
        starts.append(comma + 1)
    for start in starts:
        found = _subject_at(words[start:], v, f)
        if found is not None:
            return found
    if start > 0 and _word(words[start - 1]) not in ("by", "from"):
        # "In their study report, Name, a professor at X, City, and colleagues describe how
        # ...": the report's lead author, named with an appositive before the co-author tail
        return _with_colleagues(" ".join(words[start:]), 0, v, f)
    return None


def _verb(word: str, f: Frames) -> bool:
    w = fold(word)
    return w in f.presenting_verbs or w in f.answering_verbs or w in f.explaining_verbs


def _answering(verb: str, after: list[str], f: Frames) -> bool:
    """The verb's object says the person answers: "answers health questions", "addresses
    commonly asked questions", "explains what they found", "tells us why ..."."""
    if verb in f.answering_verbs:
        return any(a in f.asking_nouns for a in after[:3])
    if verb in f.explaining_verbs:
        after = after[1:] if after[:1] == ["us"] else after
        return bool(after) and after[0] in f.wh_words
    return False


# "Dra. Name (neuróloga)": a role in brackets straight after the name
_BRACKET_ROLE = re.compile(r"\s+\(([^()A-Z]+)\)$")


def _subject_at(words: list[str], v: Vocabulary, f: Frames) -> Expert | None:
    if len(words) > 2 and _w(words[0]) in f.honorific_articles and v.is_honorific(words[1]):
        words = words[1:]  # "La Dra. Name ...", "El Dr. Name ...": the article is the honorific's
    for k, word in enumerate(words):
        if k > _LONGEST_MENTION:
            return None
        if k > 1 and _verb(word, f):
            chunk = _unrelative(words[:k], f)
            answering = _answering(fold(word), [_w(x) for x in words[k + 1 : k + 5]], f)
            role = _BRACKET_ROLE.search(chunk)
            if answering and role and v.is_head_noun(role.group(1).split()[-1]):
                chunk = f"{chunk[: role.start()]}, {role.group(1)}"  # the role as an appositive
            if "," not in chunk and not answering:
                return None  # "Dr. Name discusses ...": no appositive says who is speaking
            found = _read(chunk, v, needs_part=not answering, delimited=True)
            if found is None:
                return None
            # "Name tells us why ...": an answering frame vouches for a known given name too
            vouched = answering and (found.titles or is_given_name(found.name.split()[0]))
            if not (found.degrees or v.is_honorific(words[0]) or vouched):
                return None
            return found
    return None


def _unrelative(words: list[str], f: Frames) -> str:
    """The words as an appositive: ", who is co-chair of X," is ", co-chair of X,"."""
    low = [_w(x) for x in words]
    out: list[str] = []
    k = 0
    while k < len(words):
        n = _at(low, k, f.relative_copulas) if out and out[-1].endswith(",") else 0
        if n:
            k += n
            continue
        out.append(words[k])
        k += 1
    return " ".join(out)


def _w(token: str) -> str:
    return _word(token).replace("’", "'")


def _bare(token: str) -> str:
    """The word without a possessive: "Wade's" is "wade"."""
    w = _w(token)
    return w[:-2] if w.endswith("'s") else w


def _at(low: list[str], k: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """How many words the first of ``phrases`` found at ``low[k:]`` takes (0: none)."""
    for p in phrases:
        if tuple(low[k : k + len(p)]) == p:
            return len(p)
    return 0


def _self_intro(sentence: str, after: list[str], v: Vocabulary, f: Frames) -> Expert | None:
    """The writer names themself: "I'm your host, Dr. Name, ROLE at ORG.", "Hi, I'm Name, a
    dietitian at X." The rest of the sentence must be the reading's, every word ("Hi, I'm Dr
    Name, ROLE and I will be your host today" leaves a clause no part claims)."""
    words = sentence.split()
    low = [_w(x) for x in words]
    k = _at(low, 0, f.greetings)
    if k and not words[k - 1].endswith(","):
        return None
    n = _at(low, k, f.self_intros)
    if not n:
        return None
    rest = words[k + n :]
    # "I'm your host, Dr Name": a lower-case phrase of up to three words closed by a comma
    phrase: list[str] = []
    for j, word in enumerate(rest[:3]):
        if not word[:1].islower():
            break
        if word.endswith(","):
            phrase, rest = rest[: j + 1], rest[j + 1 :]
            break
    if not rest or not rest[0][:1].isupper() or len(rest) > _LONGEST_MENTION:
        return None
    found = _unclausal(_read(" ".join(rest), v, needs_part=False), f)
    if found is not None and not found.titles and (role := _own_role(phrase, v, f)):
        found = replace(found, titles=(role,))  # "I'm your host, Name.": the host's role alone
    if found is None:
        # "My name is Name, and I'm one of the co-hosts", "Hello, my name is Name and I am the
        # founder of X": the name before the next clause, with the role that clause gives
        rlow = low[len(words) - len(rest) :]
        cut = next(
            (
                j
                for j in range(1, len(rest) - 1)
                if rlow[j] == "and" and _at(rlow, j + 1, f.self_intros)
            ),
            None,
        )
        if cut is None:
            return None
        name = " ".join(rest[:cut]).rstrip(",")
        found = _unclausal(_read(name, v, needs_part=False), f)
        if found is None:
            return None
        found = _with_role(found, rest[cut + 1 + _at(rlow, cut + 1, f.self_intros) :], v, f)
    return _with_role(found, after[0].split(), v, f, intro=True) if after else found


def _own_role(phrase: list[str], v: Vocabulary, f: Frames) -> str | None:
    """The role of "your host," before a self-introduction's name: the words after a possessive
    or an article, ending in a role's head ("your host", "the co-host"), else None."""
    words = [w.rstrip(",") for w in phrase]
    if words and (_w(words[0]) in v.articles or _w(words[0]) in f.audience_words):
        words = words[1:]
    if not words or not (v.is_head_noun(words[-1]) or fold(words[-1]) in v.prose_role_heads):
        return None
    return " ".join(words)


def _with_role(
    found: Expert, words: list[str], v: Vocabulary, f: Frames, *, intro: bool = False
) -> Expert:
    """The role a clause gives the person introduced ("and I am the founder of X"; with
    ``intro``, the next sentence's "I am a psychologist, and ..."), up to its first comma or
    "and"; words no part claims add nothing, and only the role is taken ("a midwife in the UK")."""
    low = [_w(x) for x in words]
    n = _at(low, 0, f.self_intros) if intro else 0
    if intro and not n:
        return found
    if n < len(words) and low[n] in v.articles:
        n += 1
    # "a physical therapist and Multiple Sclerosis Specialist at X": two roles, one employer
    words = [*words[:n], *_role_and(" ".join(words[n:]), v).split()]
    role: list[str] = []
    for k, word in enumerate(words[n:], n):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if _w(word) == "and" or (_w(word) == "in" and (nxt[:1].isupper() or nxt == "the")):
            break  # another clause, or where the writer lives ("a midwife in the UK")
        role.append(word)
        if word.endswith((",", ".", ";")) and not (
            word.endswith(",") and nxt[:1].isupper() and v.is_head_noun(word.rstrip(","))
        ):
            break  # a comma after a role's head before a capital: the next role (_role_and)
    if not role or len(role) > _LONGEST_INTRO_ROLE:
        return found
    got = _unclausal(_read(f"{found.name}, {' '.join(role)}", v, needs_part=True), f)
    if got is None or got.name != found.name or not got.titles:
        return found
    titles = (*found.titles, *(t for t in got.titles if t not in found.titles))
    employer = found.institution or got.institution
    return replace(found, titles=titles, institution=employer)


# "physical therapist, Multiple Sclerosis Specialist at The Steady Stride": two roles and an
# employer; longer is a clause
_LONGEST_INTRO_ROLE = 10
_SPOKEN_FILLERS = 3  # words before the introduction in a transcript ("um so", "okay um")


def _spoken_intro(text: str, v: Vocabulary, f: Frames) -> Expert | None:
    """A speaker's introduction in a transcript with no capitals and no full stops: "i am"
    and two words, then "i'm a" and a role the vocabulary knows ("um i am rachel dunmore i'm a
    neurologist that works at pinecrest health partners ..."). The name needs a known given
    name, the role a head noun: nothing else in such a line tells a name from other words."""
    words = text.split()
    low = [_w(x) for x in words]
    for k in range(min(_SPOKEN_FILLERS + 1, len(words))):
        n = _at(low, k, f.self_intros)
        if not n:
            continue
        name = words[k + n : k + n + 2]
        at = k + n + 2
        m = _at(low, at, f.self_intros)
        if len(name) < 2 or not m or at + m + 1 >= len(words) or low[at + m] not in v.articles:
            return None
        role = low[at + m + 1]
        if not v.is_head_noun(role) or not all(x.isalpha() for x in name):
            return None
        full = " ".join(x.capitalize() for x in name)
        if not is_given_name(name[0].capitalize()) or not plausible_name(full):
            return None
        if any(x in v.condition_words or x.upper() in v.condition_words for x in name):
            return None
        return Expert(" ".join(name), (), (role,), _spoken_employer(low[at + m + 2 :], f), None)
    return None


def _spoken_employer(low: list[str], f: Frames) -> str | None:
    """ "that works at pinecrest health partners i've been ...": the words after "works at" up
    to the speaker's next clause (a narrator word), at most four."""
    for k in range(min(4, len(low) - 1)):
        if low[k] in ("works", "work", "working") and low[k + 1] == "at":
            out: list[str] = []
            for w in low[k + 2 : k + 7]:
                if w in f.narrator_words or w in ("and", "so", "um", "uh"):
                    break
                out.append(w)
            return " ".join(out) if 0 < len(out) < 5 else None
    return None


def _goes_on(text: str, f: Frames) -> bool:
    """The line is the writer's, about themself, and names no one ("And I'm joining you from
    X.", "I work with families ...")."""
    words = text.split()
    low = [_w(x) for x in words]
    first = low[1] if low[:1] == ["and"] and len(low) > 1 else (low[0] if low else "")
    if first not in f.narrator_words:
        return False
    # no name: two capitalised words side by side ("I" and the line's first word aside)
    caps = [w[:1].isupper() and low[k] not in f.narrator_words for k, w in enumerate(words)]
    return not any(caps[k] and caps[k + 1] for k in range(1, len(words) - 1))


def _unclausal(found: Expert | None, f: Frames) -> Expert | None:
    """The reading unless a part holds a clause ("my name is Name and I am the founder of X":
    "I am the founder of X" is no institution)."""
    if found is None:
        return None
    parts = [*found.titles, found.institution or "", found.place or ""]
    if any(_w(x) in f.clause_words for part in parts for x in part.split()):
        return None
    return found


def _interview(sentence: str, v: Vocabulary, f: Frames) -> Expert | None:
    """The publisher put the questions to the person: "We asked Org's CEO, Name, to tell us
    more.", "we spoke to Dr Name, a neurologist at X, about fatigue". The person is the words
    after the frame up to a complement set off by a comma, or to the sentence's end."""
    if any(q in sentence for q in _QUOTES):
        return None
    words = sentence.split()
    low = [_w(x) for x in words]
    if any(w in f.narrator_words or w in f.narrator_possessives for w in low):
        return None  # "we asked Dr Name to look at my scan": a patient's story, no interview
    for j in range(len(words)):
        n = f.interview_frames.at(low, j)
        if not n:
            continue
        at = j + n
        tail = words[at:]
        cuts = [
            c
            for c in range(1, min(len(tail), _LONGEST_MENTION + 1))
            if tail[c - 1].endswith(",") and _complement(low[at + c :], f)
        ]
        # the person is the words up to a complement; a long sentence may go on after it
        # ("We spoke with Name, MD, ROLE at X in Town, about how ...")
        for c in [*cuts, *([len(tail)] if len(tail) <= _LONGEST_MENTION else [])]:
            chunk = " ".join(tail[:c]).rstrip(",")
            found = _unclausal(_read(chunk, v, needs_part=False), f) or _roles_then_name(chunk, v)
            if found is not None:
                return found
        return None
    return None


_LONGEST_LIST = 6  # people one sentence of thanks or one list of speakers names


def _thanks(sentence: str, v: Vocabulary, f: Frames) -> list[Expert]:
    """The people thanked for the text: "Many thanks to A, B, C and D for contributing to this
    article.", "Thanks to Dr A, ROLE at X, for reviewing this answer." (a contribution verb after
    "for" says what they gave; "thanks to new drugs, ..." and "thanks to Dr A for the flowers"
    read nobody). Everyone or no one: each item must read as one person."""
    if f.thanks_frames.marks.isdisjoint(_TOKEN.findall(sentence.casefold())):
        return []  # no word of thanks: most sentences, passed over by one set test
    words = sentence.rstrip(".!").split()
    low = [_w(x) for x in words]
    if not set(low).isdisjoint(f.narrator_words) or not set(low).isdisjoint(f.audience_words):
        return []  # "thanks to Dr Lee for answering my question": a reader's own thanks
    for j in range(len(words)):
        n = f.thanks_frames.at(low, j)
        if not n:
            continue
        end = next(
            (
                k
                for k in range(j + n + 1, len(words) - 1)
                if low[k] == "for" and low[k + 1] in f.contribution_verbs
            ),
            None,
        )
        if end is None or end - (j + n) > _LONGEST_MENTION:
            return []
        chunk = " ".join(words[j + n : end]).rstrip(",")
        if not _joins_a_person(chunk.split(), v, f):
            one = _unclausal(_read(chunk, v, needs_part=False, vouch=_vouched), f)
            # a surname alone ("thanks to Dr Brell") names someone the answer named above; a
            # name and an organisation only may be a list ("A, B and the X Society")
            if one is None or len(one.name.split()) < 2 or not (one.titles or one.degrees):
                return []
            return [one]
        return _name_list(chunk, v)
    return []


def _semicolon_list(sentence: str, v: Vocabulary, f: Frames) -> list[Expert]:
    """A list of speakers or a team, one person to an item between semicolons: "Speakers were
    Dr A, ROLE; B, PhD, ROLE at X; and C, ROLE." (after a list verb; each item named with a role,
    credentials or an honorific, and everyone read or no one)."""
    if ";" not in sentence:
        return []
    head, *rest = sentence.rstrip(".").split(";")
    words = head.split()
    low = [_w(x) for x in words]
    k = next((k for k, w in enumerate(low) if w in f.list_verbs), None)
    if k is None or not rest or len(rest) >= _LONGEST_LIST:
        return []
    if not set(low[:k]).isdisjoint(f.narrator_words | f.audience_words):
        return []
    items = [" ".join(words[k + 1 :]), *rest]
    people: list[Expert] = []
    for item in items:
        item = re.sub(r"^\s*and\s+", "", item.strip())
        item = _bio_clause_cut(item, f)
        found = _read(item, v, needs_part=False, delimited=True, vouch=_vouched, listed=True)
        found = _unclausal(found, f)
        if found is None or found.name in {p.name for p in people}:
            return []
        people.append(_owned_role(found))
    return people


# "written by the staff of the member groups (A, B, C)": the names a credit's bracket lists
_CREDIT_BRACKET = re.compile(r"\(([^()]+)\)")


def _credited_list(sentence: str, v: Vocabulary, f: Frames) -> list[Expert]:
    """The people a credit names in brackets: "The first draft was written by staff of the
    member groups (A, B, C) and then reviewed ..." (a credit participle and "by", then within a
    few words a bracket that holds only names)."""
    if "(" not in sentence or " by " not in sentence:
        return []
    words = sentence.split()
    low = [_w(x) for x in words]
    by = next(
        (k for k in range(1, len(low)) if low[k] == "by" and low[k - 1] in f.credit_participles),
        None,
    )
    if by is None or not set(low).isdisjoint(f.narrator_words | f.audience_words):
        return []
    m = _CREDIT_BRACKET.search(" ".join(words[by + 1 : by + 1 + _LONGEST_MENTION]))
    return _name_list(m.group(1), v) if m is not None else []


def _name_list(chunk: str, v: Vocabulary) -> list[Expert]:
    """ "A, B, C and D": names of two or three words each, most with a known given name (the
    list vouches for the rest: the given-name list is thin outside Western names)."""
    items = [x for x in re.split(r",\s+|\s+and\s+", chunk) if x]
    if not 1 < len(items) <= _LONGEST_LIST:
        return []
    people = [_read(item, v, needs_part=False, vouch=_listed) for item in items]
    if any(p is None or p.titles or p.institution for p in people):
        return []  # every item a bare name: "A, B and the X Society" is no list of people
    named = [p for p in people if p is not None]
    known = sum(is_given_name(p.name.split()[0]) for p in named)
    if 2 * known < len(named) or len({p.name for p in named}) < len(named):
        return []
    return named


def _listed(p: ParsedExpert, v: Vocabulary) -> bool:
    """A name in a list of names: two or three words, no condition word."""
    return 1 < len(p.name.split()) < 4 and _vouched_words(p.name, v)


def _vouched_words(name: str, v: Vocabulary) -> bool:
    return not any(_word(w) in v.condition_words or w in v.condition_words for w in name.split())
    return []


_WORK_OPENS = 3  # "Interesting article by ...": the work noun among the sentence's first words


def _work_by(sentence: str, v: Vocabulary, f: Frames) -> Expert | None:
    """A sentence that opens by presenting a text and its author: "Interesting article by Name,
    ROLE at X and colleagues describe ...", "New post in the X by Name published on ..." (the
    work noun among the first words, no pointing verb: "Read the article by Dr A" points to
    another text; the author up to "and colleagues", a participle or the sentence's end)."""
    opening = [_w(x) for x in sentence.split(None, _WORK_OPENS)[:_WORK_OPENS]]
    if f.own_works.isdisjoint(opening):
        return None  # no work named among the first words: most sentences
    words = sentence.rstrip(".").split()
    low = [_w(x) for x in words]
    if not low or low[0] in f.pointing_verbs or any(q in sentence for q in _QUOTES):
        return None
    if not set(low).isdisjoint(f.narrator_words) or not set(low).isdisjoint(f.audience_words):
        return None  # "My favourite article by Name": a reader's text, not a byline
    work = next((k for k in range(min(_WORK_OPENS, len(low))) if low[k] in f.own_works), None)
    if work is None:
        return None
    at, outlet = work + 1, None
    if low[at : at + 2] == ["in", "the"]:  # "article in the Daily X by Name": the outlet
        by = next((k for k in range(at + 2, min(len(low), at + 8)) if low[k] == "by"), None)
        if by is None or not all(w[:1].isupper() for w in words[at + 2 : by]):
            return None
        outlet, at = " ".join(words[at + 2 : by]), by
    if at >= len(low) or low[at] != "by":
        return None
    tail = words[at + 1 : at + 1 + _LONGEST_MENTION]
    ends = [
        k
        for k in range(1, len(tail))
        if tuple(_w(x) for x in tail[k : k + 2]) in f.coauthor_tails
        or (
            tail[k][:1].islower()
            and tail[k - 1][:1].isupper()
            and not tail[k - 1].endswith(",")  # "Name, consultant ...": the appositive's role
            and _w(tail[k]) not in _JOINERS
        )
    ]
    for end in [*ends[:1], len(tail)]:
        found = _unclausal(_read(" ".join(tail[:end]), v, needs_part=False), f)
        if found is not None:
            return replace(found, institution=found.institution or outlet)
    return None


def _letter_close(sentence: str, v: Vocabulary) -> Expert | None:
    """A reader's letter signed on its last line's end with the name and the town ("... es
    schaffen. Renate Bauer, Wittlich"): no final stop, a known given name, a known town."""
    name, sep, place = sentence.strip().rpartition(", ")
    # "Kallaroo (Qld)": the state in brackets after the town
    town, _, state = place.partition(" (")
    if state and not (state.endswith(")") and v.is_place(state[:-1])):
        return None
    words = name.split()
    if not sep or not 1 < len(words) < 4 or town[-1:] in ".!?" or len(town.split()) > 2:
        return None
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in [*words, *town.split()]):
        return None
    if not is_given_name(words[0]) or not plausible_name(name):
        return None
    if not (town in _towns() or v.is_place(town) or _town_shaped(town, v)):
        return None
    return Expert(name, (), (), None, place) if _vouched_words(name, v) else None


def _town_shaped(word: str, v: Vocabulary) -> bool:
    """One capitalised word no list claims as anything else: no common word, role, credential,
    organisation, condition or honorific (the gazetteers miss many small towns: "Wittlich")."""
    key = fold(word)
    return (
        " " not in word
        and key not in name_lists().common
        and not (v.is_role_word_any(word) or v.is_head_noun(word) or _org_word(word, v))
        and not (v.is_credential(word) or v.is_honorific(word))
        and key not in {fold(c) for c in (*v.condition_words, *v.months, *v.weekdays)}
    )


def _vocative(sentence: str, v: Vocabulary, f: Frames) -> Expert | None:
    """The interviewer's question addressed to the person: "Professor Name, ROLE at X, how many
    people ...?" (an honorific, the name, an appositive with a role or credentials set off by
    commas, then the question in lower case); a bare "Dr Name, can you help?" reads nothing."""
    words = sentence.split()
    if not sentence.rstrip().endswith("?") or len(words) < 4 or not v.is_honorific(words[0]):
        return None
    if any(q in sentence for q in _QUOTES):
        return None
    low = [_w(x) for x in words]
    if not set(low).isdisjoint(f.narrator_words):
        return None  # "Dr Name, ROLE, could you look at my scan?": a patient's own question
    cuts = [
        k + 1
        for k in range(1, min(len(words) - 1, _LONGEST_MENTION))
        if words[k].endswith(",") and words[k + 1][:1].islower()
    ]
    for cut in reversed(cuts):
        found = _read(" ".join(words[:cut]), v, needs_part=False, delimited=True, vouch=_vouched)
        found = _unclausal(found, f)
        if found is not None and (found.titles or found.institution or found.degrees):
            return found
    return None


def _roles_then_name(chunk: str, v: Vocabulary) -> Expert | None:
    """ "registered Dietitian and X Programme Facilitator Name": roles joined by "and" before a
    name of two or three capitalised words with a known given name, read as "Name, ROLE,
    ROLE" (the segmenter reads one role before a name, not two joined)."""
    words = chunk.split()
    for size in (2, 3):
        name, before = words[-size:], words[:-size]
        if len(before) < 3 or "and" not in before or any(w.endswith(",") for w in words):
            continue
        if not all(w[:1].isupper() for w in name) or not is_given_name(name[0]):
            continue
        roles = " ".join(before).split(" and ")
        if any(not r or not v.is_head_noun(r.split()[-1]) for r in roles):
            continue  # each side of "and" ends in a role's head
        found = _read(", ".join([" ".join(name), *roles]), v, needs_part=True)
        if found is not None and len(found.titles) == len(roles) and not found.institution:
            return found
    return None


def _complement(low: list[str], f: Frames) -> bool:
    """What follows the person: "to tell us more" (a telling verb: "to check the scan" is a
    task, no interview), "about fatigue", "who ..."."""
    if not low or low[0] not in f.complements:
        return False
    return low[0] != "to" or (len(low) > 1 and low[1] in f.telling_verbs)


# -- a quotation's speaker, a reported speaker ----------------------------------------------------
#
# '"...," said Name, ROLE at ORG.' / 'Name, ROLE, said: "..."' / 'According to Name, MD, ROLE at
# X, ...' / 'ROLE of X, Name, explained: "..."' / '„...“, so Chefarzt Name.' / 'X, led by Name,
# MD, works with ...' / 'Dr Name, ROLE at X, was visiting ...'. The person the answer's last
# sentence quotes or reports is its expert ("who said what" is the archive's point), read only
# when named with a role, credentials, an honorific or an organisation; the refusals that keep
# a passing mention out hold as for every frame (one person, every word claimed, a plausible
# name, no condition word as a part, no clause in a part).

_LONGEST_REPORT = 80  # words in a sentence that quotes someone (the quotation counts)
_OPENING_QUOTES = '"“‘«„'
_CLOSING_QUOTES = '"”“’»'  # "“" closes a German quotation („...“)
_DASHES = ("–", "—", "-", "--")
# "Prof.Musa Name": an honorific run into the name
_GLUED_HONORIFIC = re.compile(r"\b(Dr|Prof|Dott|Drs)\.(?=[A-ZÀ-Ý])")


def _closes_quote(word: str) -> bool:
    """The word ends a quotation ('roof,”', '“Leben“,', '«accertamenti».')."""
    return word.rstrip(",.;:")[-1:] in _CLOSING_QUOTES


def _closes_clause(word: str) -> bool:
    """The word ends the reported clause: a comma or a quotation's end ('patients,' 'care,”')."""
    return word.endswith(",") or _closes_quote(word)


def _outside_quotes(words: list[str]) -> list[int]:
    """Where the sentence's own words are: a quotation's ("I think ...") are the speaker's, not
    the sentence's."""
    out: list[int] = []
    inside = False
    for k, word in enumerate(words):
        if not inside and word[:1] in _OPENING_QUOTES:
            inside = not _closes_quote(word[1:])
        elif inside:
            inside = not _closes_quote(word)
        else:
            out.append(k)
    return out


def _reported(sentence: str, above: list[str], v: Vocabulary, f: Frames) -> Expert | None:
    """The person the sentence quotes or reports: after the verb ('"...," said Name, ROLE'),
    after an opener ("according to Name, ..."), after a unit it leads ("X led by Name, MD,"), or
    as the subject before the verb ('ROLE, Name, said: "..."')."""
    if sentence.count(",") < 2 and _frame_marks().isdisjoint(
        _TOKEN.findall(sentence.casefold().replace("’", "'"))
    ):
        return None  # no frame word and no appositive: most sentences, passed over cheaply
    sentence = _GLUED_HONORIFIC.sub(r"\1. ", sentence)
    words = sentence.split()
    if len(words) > _LONGEST_REPORT:
        return None
    low = [_w(x) for x in words]
    own = {low[k] for k in _outside_quotes(words)}
    if not own.isdisjoint(f.narrator_words) or not own.isdisjoint(f.audience_words):
        return None  # "my neurologist, Dr Lee, said ...": a patient's story, not an attribution
    return _speaker_after(words, low, above, v, f) or _speaker_before(words, low, above, v, f)


@cache
def _frame_marks() -> frozenset[str]:
    """A word every frame of the reported reader holds (its longest: "according", "dirlo",
    "expliqué", "said", "so"), so a sentence without any is passed over by one set test."""
    f = frames()
    marks = {
        max(p, key=len) for ix in (f.quote_verbs, f.speaker_openers, f.leading_frames) for p in ix
    }
    return frozenset(marks | f.quote_only_verbs)


_TOKEN = re.compile(r"[\w'’]+")


def _speaker_after(
    words: list[str], low: list[str], above: list[str], v: Vocabulary, f: Frames
) -> Expert | None:
    for j in range(len(words)):
        prev = words[j - 1] if j else ""
        n = 0
        if j and _closes_clause(prev):
            n = f.quote_verbs.at(low, j)
            if not n and low[j] in f.quote_only_verbs and _closes_quote(prev.rstrip(",")):
                n = 1  # '„...“, so Name': the German frame after a quotation only
        elif j == 0 and words[0][:1].isupper() and any(w[:1] in _OPENING_QUOTES for w in words):
            n = f.quote_verbs.at(low, 0)  # 'Says ROLE, Name, "...': the verb opens, a quote follows
        if not n and (j == 0 or _closes_clause(prev)):
            # '"...,” according to Dr Name, ROLE.': an opener after a quotation's end too
            n = f.speaker_openers.at(low, j)
        if not n and j:
            n = f.leading_frames.at(low, j)
            # "the faculty at X led by Name, MD, works ...": a unit's head, not "a study led by"
            n = n if n and any(v.is_head_noun(x) or _org_word(x, v) for x in words[:j][-8:]) else 0
        if not n or (j and not words[j][:1].islower()):
            continue
        found = _tail_speaker(words[j + n :], low[j + n :], above, v, f)
        if found is not None:
            return found
    return None


def _org_word(word: str, v: Vocabulary) -> bool:
    w = word.strip(",.;:()")
    return w in v.org_heads or w in v.unit_heads or w.casefold() in v.unit_heads


def _tail_speaker(
    tail: list[str], low: list[str], above: list[str], v: Vocabulary, f: Frames
) -> Expert | None:
    """The speaker the words after a frame open with: up to a quotation, another reporting
    verb or the sentence's end, or to a comma where the sentence goes on ("según Name, ROLE, la
    enfermedad ..."), longest first."""
    end = len(tail)
    for k, word in enumerate(tail):
        if k and (word[:1] in _OPENING_QUOTES or (word[:1].islower() and f.quote_verbs.at(low, k))):
            end = k
            break
    tail = tail[:end]
    opens = tail[0] if tail else ""
    if not (
        opens[:1].isupper()
        or _w(opens) in v.articles
        or v.is_role_word_any(opens)
        or v.is_honorific(opens)  # "Les explications du professeur Name, ..."
    ):
        return None
    cuts = [len(tail)]
    cuts += [
        k + 1
        for k in range(len(tail) - 2, -1, -1)
        if (tail[k].endswith(",") and not v.is_credential(tail[k + 1].strip(",.")))
        or tail[k + 1] in _DASHES
    ]
    for cut in cuts:
        if cut > _LONGEST_MENTION:
            continue
        found = _speaker(tail[:cut], above, v, f)
        if found is not None:
            # '..., said Dr A, ROLE, and Dr B.': two speakers, and one would be read
            return None if _another_person(tail[cut : cut + 3], v, f) else found
    return None


def _another_person(words: list[str], v: Vocabulary, f: Frames) -> bool:
    """The words after a speaker open another person: "and Dr B", "y Celia Name"."""
    if len(words) < 2 or _w(words[0]) not in f.person_joiners:
        return False
    nxt = words[1]
    return v.is_honorific(nxt) or (nxt[:1].isupper() and is_given_name(nxt.strip(",.")))


def _speaker_before(
    words: list[str], low: list[str], above: list[str], v: Vocabulary, f: Frames
) -> Expert | None:
    """The subject before a reporting verb: the sentence's start, the words after a dateline,
    an opening phrase closed by a comma, or a quotation that opens the sentence."""
    starts = [0]
    if words[0].endswith(":") and len(words[0]) > 2:
        starts.append(1)
    comma = next((k for k, w in enumerate(words[:10]) if w.endswith(",")), None)
    if comma is not None and not any(_closes_quote(w) for w in words[: comma + 1]):
        starts.append(comma + 1)
    starts += [k + 1 for k, w in enumerate(words[:-1]) if _closes_quote(w) and _closes_clause(w)]
    for start in starts:
        for k in range(start + 1, min(len(words), start + _LONGEST_MENTION + 1)):
            n = f.quote_verbs.at(low, k) if words[k][:1].islower() else 0
            if n:
                if not _says(words, low, k, n, f):
                    break  # "Dr Name explains the results in her book": a thing explained
                before = words[k - 1]
                if not (before[:1].isupper() or before.endswith(",") or _closes_quote(before)):
                    break  # "..., she said": a pronoun or a phrase, not a named subject
                found = _speaker(words[start:k], above, v, f, subject=True)
                if found is not None:
                    return found
                break
    # "Dr Name, ROLE at X, was visiting ...": an appositive subject with a role, any verb
    if not _name_first(words, v):
        return _role_subject(words, low, v, f)
    commas = 0
    for k in range(1, min(len(words), _LONGEST_MENTION + 1)):
        if not words[k - 1].endswith(","):
            continue
        commas += 1  # the appositive's own comma, then the one that closes it
        nxt = _w(words[k])
        if commas < 2 or not (words[k][:1].islower() and nxt.isalpha()):
            continue
        if nxt in v.articles or nxt in _JOINERS or nxt in f.bio_relatives or nxt in _FUNCTION:
            continue
        found = _speaker(words[:k], above, v, f, subject=True)
        if found is not None and (found.titles or found.institution):
            return found
    return None


def _role_subject(words: list[str], low: list[str], v: Vocabulary, f: Frames) -> Expert | None:
    """ "The MS Nurse for Area, Name, will talk about ...": a role phrase (after an article),
    the name set off by commas, then the verb; the role must read as a role of the name."""
    first = next((k for k, w in enumerate(words[:_LONGEST_MENTION]) if w.endswith(",")), None)
    if first is None or first + 2 >= len(words):
        return None
    second = next(
        (k for k in range(first + 1, min(first + 5, len(words))) if words[k].endswith(",")), None
    )
    if second is None or second + 1 >= len(words):
        return None
    name = words[first + 1 : second + 1]
    if not all(w[:1].isupper() for w in name) or not is_given_name(name[0]):
        return None
    nxt = low[second + 1]
    if not words[second + 1][:1].islower() or nxt in v.articles or nxt in _JOINERS:
        return None
    if nxt in f.bio_relatives or nxt in _FUNCTION or nxt in f.person_joiners:
        return None
    start = 1 if fold(words[0]) in f.role_articles else 0
    text = " ".join(words[start : second + 1]).rstrip(",")
    role = words[start]
    if not (v.is_role_word_any(role) or v.is_head_noun(role) or role.isupper()):
        return None  # "After the long meeting, Name, ...": a phrase, not a role, before the name
    found = _role_first(text, v, f)
    conditions = {fold(c) for c in v.condition_words}
    if found is None or not found.titles or fold(found.institution or "") in conditions:
        return None  # "The MS Nurse": the disease is no employer
    return found


def _role_honorific_subject(sentence: str, v: Vocabulary, f: Frames) -> Expert | None:
    """ "Consultant neurologist Dr Name addressed parliamentarians about ...": role words open
    the sentence, then an honorific, the name and a verb that is no copula (a bio with a role
    before the name, "Associate Professor Name is the Director of X", is someone's the answer
    is about, not its answerer: development set 1, h55)."""
    words = sentence.split()
    if words and words[0].endswith(":") and len(words[0]) > 2:
        words = words[1:]  # "Karachi: Senior Neurologist ...": a dateline
    if len(words) > 5 and fold(words[0]) in f.role_articles and words[1][:1].isupper():
        words = words[1:]  # "Der Physiotherapeut Dr. Name hat ...": the sentence's article
    if len(words) < 5 or not words[0][:1].isupper() or not v.is_role_word_any(words[0]):
        return None
    k = next((k for k in range(1, 9) if k < len(words) and v.is_honorific(words[k])), None)
    bare = k is None and (k := _bare_name_after_role(words, v, f)) is not None
    if k is None or any(w.endswith(",") for w in words[:k]):
        return None
    start = k if bare else k + 1
    end = next((j for j in range(start, min(len(words), k + 6)) if words[j][:1].islower()), None)
    if end is None or not 2 <= end - start <= 4 or any(w.endswith(",") for w in words[:end]):
        return None
    verb = _w(words[end])
    days = {fold(x) for x in (*v.weekdays, *v.months)}
    if verb == "on" and end + 2 < len(words) and fold(words[end + 1]) in days:
        verb = _w(words[end + 2])  # "Dr Name on Tuesday said ...": the day, then the verb
    if verb in f.bio_copulas or verb in v.articles or verb in _JOINERS or verb in _FUNCTION:
        return None
    if verb in f.person_joiners or not verb.isalpha() or verb in ("has", "had", "have"):
        return None
    found = _unclausal(_read(" ".join(words[:end]), v, needs_part=True), f)
    return found if found is not None and found.titles else None


def _storied(words: set[str], f: Frames) -> bool:
    """The narrator's or the reader's words among a sentence's (folded) words ("we", "your",
    "Ich war mit meiner Neurologin, Dr. Name, ...": any language's possessive): a patient's
    story, no one's signature."""
    return not (
        words.isdisjoint(f.narrator_words)
        and words.isdisjoint(f.audience_words)
        and words.isdisjoint(f.narrator_possessives)
    )


def _bare_name_after_role(words: list[str], v: Vocabulary, f: Frames) -> int | None:
    """Where the name starts in "Consultant neuropsychologist Name worked in ...": a capital
    role word, lower-case role words ending in a role's head, then a known given name (no
    honorific); not in the narrator's or the reader's words ("Neurologist Name treated me")."""
    low = {_w(x) for x in words}
    if _storied(low, f) or not low.isdisjoint(f.cited_works):
        return None  # "Neurologist Name led the study": a citation, no signature
    k = 1
    while k < min(len(words), _LONGEST_ROLE_BEFORE + 1) and words[k][:1].islower():
        k += 1
    if k == 1 or k >= len(words) or not v.is_head_noun(words[k - 1]):
        return None
    return k if is_given_name(words[k]) else None


def _quoted_in(sentence: str, above: list[str], v: Vocabulary, f: Frames) -> Expert | None:
    """ "Dr Name of the X Society is quoted in several of the pieces above.": the subject of a
    passive that says the text reports them (named with an honorific, a role or credentials)."""
    if f.passive_reports.marks.isdisjoint(_TOKEN.findall(sentence.casefold())):
        return None  # no "quoted" or "interviewed": most sentences, passed over by one set test
    words = sentence.split()
    low = [_w(x) for x in words]
    if not set(low).isdisjoint(f.narrator_words) or not set(low).isdisjoint(f.audience_words):
        return None
    k = next(
        (k for k in range(2, min(len(low), _LONGEST_MENTION)) if f.passive_reports.at(low, k)), None
    )
    if k is None or not words[k][:1].islower():
        return None
    found = _speaker(words[:k], above, v, f, subject=True)
    return found if found is not None and len(found.name.split()) > 1 else None


def _unclosed(sentence: str, above: list[str], v: Vocabulary, f: Frames) -> Expert | None:
    """The subject of a sentence whose appositive no comma closes (``_open_appositive``)."""
    if "," not in sentence or any(q in sentence for q in _QUOTES):
        return None
    words = _GLUED_HONORIFIC.sub(r"\1. ", sentence).split()
    # the subject opens the sentence (a name, or an honorific in its first words) and its
    # comma comes early: most sentences are passed over before every word is folded
    opening = words[: _OPENING_WORDS + 1]
    if not any(w.endswith(",") for w in words[: _OPENING_WORDS + 6]):
        return None
    if not (is_given_name(words[0].rstrip(",")) or any(v.is_honorific(w) for w in opening)):
        return None
    low = [_w(x) for x in words]
    if not set(low).isdisjoint(f.narrator_words) or not set(low).isdisjoint(f.audience_words):
        return None  # "my neurologist, Dr Lee at X Hospital was ...": a patient's story
    return _open_appositive(words, low, above, v, f)


_LONGEST_ADVERBIAL = 8  # "declaró en el comunicado de prensa de la clínica la doctora Name"


def _introduced(sentence: str, above: list[str], v: Vocabulary, f: Frames) -> Expert | None:
    """The person a sentence introduces after a frame word anywhere in it, with an appositive
    that says who they are: a reporting verb, a cleft's copula or an interview's preposition
    ("Quem o diz é o Dr. Name, ROLE do X da Y, a propósito de ...", "Para ... falámos com Name,
    ROLE da X.", "..., declaró en el comunicado de la clínica la doctora Name, ROLE."). The
    shape, not the words, is the frame: the frame word (data: ``introducing_words`` and the
    reporting verbs), an article or a contracted preposition (``person_articles``), the person
    (an honorific, a role or a capital opening it; after an adverbial phrase only an honorific),
    then an appositive set off by a comma or a role before the name. The refusals hold: the
    narrator's or the reader's words, two people, a part that is a clause or the disease."""
    marks = f.introducing_words.marks | _frame_marks()
    if marks.isdisjoint(_TOKEN.findall(sentence.casefold().replace("’", "'"))):
        return None  # no frame word: most sentences, passed over by one set test
    words = _GLUED_HONORIFIC.sub(r"\1. ", sentence).split()
    if len(words) > _LONGEST_REPORT:
        return None
    words = _as_appositive(words, f)
    low = [_w(x) for x in words]
    own = {low[k] for k in _outside_quotes(words)}
    if _storied(own, f):
        return None  # "we went with my neurologist, Dr Lee, ...": a patient's story
    for j in range(len(words) - 1):
        if j and not words[j][:1].islower():
            continue  # a frame word is a verb or a preposition: lower case but first
        # an opening reporting verb needs a quotation ('Says ROLE, Name, "..."': _reported)
        n = f.introducing_words.at(low, j) or (f.quote_verbs.at(low, j) if j else 0)
        if n and low[j] in f.copula_frames and not set(low[:j]).isdisjoint(f.cited_works):
            continue  # "The lead author of the study was Dr Name, ...": a citation's author
        if not n and low[j] in f.agent_prepositions:
            # "von der Neurologin PD Dr. Name": an agent named by a role word and an honorific
            # ("a study by Dr. Name" is a citation: no role word before the honorific)
            k = j + 1 + f.person_articles.at(low, j + 1)
            role = words[k] if k < len(words) else ""
            n = 1 if v.is_role_word_any(role) and _honorific_within(words[k + 1 : k + 4], v) else 0
        if not n:
            continue
        for skip in range(_LONGEST_ADVERBIAL + 1):
            k = j + n + skip
            if k >= len(words) or (skip and _adverbial_ends(words[k - 1])):
                break
            s = k + f.person_articles.at(low, k)
            head = words[s] if s < len(words) else ""
            if skip and not v.is_honorific(head):
                continue  # after an adverbial phrase, only an honorific opens the person
            if not (v.is_honorific(head) or v.is_role_word_any(head) or head[:1].isupper()):
                continue
            # "neurologue au Centre X et au réseau Y": the first employer of two joined
            ends = [len(words)]
            ends += [
                e
                for e in range(s + 2, len(words) - 1)
                if low[e] in f.person_joiners and low[e + 1] in v.joiners
            ]
            for end in ends:
                found = _tail_speaker(words[s:end], low[s:end], above, v, f)
                if found is not None and (found.titles or found.institution):
                    return found
            if (found := _relative_after(words[s:], low[s:], v, f)) is not None:
                return found
            if (found := _role_then_person(words[s:], v)) is not None:
                return found
            break
    return None


_LONGEST_UNIT = 8  # words between the leading verb and the organisation ("l'area neurologica")


def _leading(sentence: str, v: Vocabulary, f: Frames) -> Expert | None:
    """ "Il professor Name coordina l'area neurologica dell'Istituto X di Town.", "Dr Name leads
    the MS service at X Hospital.": an honorific and the name open the sentence, a verb that
    says the person leads a unit follows, and the unit's organisation (a capitalised
    organisation's head word) names the employer; the unit itself is no title."""
    words = _ELIDED.sub(r"\1\2 ", sentence).split()
    if len(words) > 1 and fold(words[0]) in f.honorific_articles:
        words = words[1:]  # "Il professor Name": the sentence's article
    if len(words) < 5 or not v.is_honorific(words[0]):
        return None
    k = next((k for k in range(2, min(len(words), 7)) if words[k][:1].islower()), None)
    if k is None or _w(words[k]) not in f.leading_verbs:
        return None
    name = words[1:k]
    if not all(w[:1].isupper() and w.isalpha() for w in name[-1:]) or len(name) < 2:
        return None
    # the organisation is the unit's object: "... dell'Istituto X", "... at the X Hospital"
    org = next(
        (
            j
            for j in range(k + 2, min(len(words), k + 2 + _LONGEST_UNIT))
            if words[j][:1].isupper() and _of_or_at(words[k + 1 : j], v)
        ),
        None,
    )
    if org is None:
        return None
    body = " ".join(words[org:]).rstrip(".")
    if any(c in body for c in ",;:" + _QUOTES) or len(body.split()) > 8:
        return None  # the sentence goes on after the organisation: a clause, not a bio
    found = _read(f"{' '.join(words[:k])}, {body}", v, needs_part=True, vouch=_vouched)
    return _unclausal(found, f)


def _relative_after(words: list[str], low: list[str], v: Vocabulary, f: Frames) -> Expert | None:
    """ "schildert Prof. Dr. Name, der seit 2012 an der X lehrt, ...": an honorific and a full
    name, then a relative clause that says who they are (no part: its verb runs on)."""
    if not v.is_honorific(words[0]):
        return None
    comma = next((k for k, w in enumerate(words[:6]) if w.endswith(",")), None)
    if comma is None or comma + 1 >= len(words) or low[comma + 1] not in f.relative_pronouns:
        return None
    found = _read(" ".join(words[: comma + 1]), v, needs_part=False, vouch=_vouched)
    return found if found is not None and len(found.name.split()) > 1 else None


_LONGEST_ROLE_BEFORE = 4  # "neuroloog in opleiding Name": lower-case role words before a name


def _role_then_person(words: list[str], v: Vocabulary) -> Expert | None:
    """ "ziet hoogleraar neurologie Name.", "Met neuroloog in opleiding Name (31) praat ik ...":
    lower-case role words, then a full name with a known given name, read as "Name, ROLE"."""
    if not words or not words[0][:1].islower() or not v.is_role_word_any(words[0]):
        return None
    k = next((k for k, w in enumerate(words[: _LONGEST_ROLE_BEFORE + 1]) if w[:1].isupper()), None)
    if k is None or any(w.endswith((",", ";", ":")) for w in words[:k]):
        return None
    end = _name_end(words, k)
    name = [w.strip(",.;:") for w in words[k:end]]
    if len(name) < 2 or not is_given_name(name[0]):
        return None
    if end < len(words) and words[end - 1][-1:].isalpha():
        nxt = words[end]
        if not (nxt[:1].islower() or re.fullmatch(r"\(\d{1,3}\)[,.]?", nxt)):
            return None  # the name runs on into capitals: an organisation, not a person
    found = _read(f"{' '.join(name)}, {' '.join(words[:k])}", v, needs_part=True)
    return found if found is not None and found.titles and not found.institution else None


def _name_end(words: list[str], k: int) -> int:
    """Where the name that opens at ``words[k]`` ends: its capitalised words, three at most,
    a word with a stop or comma after it the last."""
    end = k
    while end < len(words) and end - k < 3 and words[end][:1].isupper():
        end += 1
        if words[end - 1].endswith((",", ".", ";", ":")):
            break
    return end


_LONGEST_ORG_BEFORE = 6  # "Eastbrook University Multiple Sclerosis Center administrator Name"


def _org_role_person(sentence: str, v: Vocabulary, f: Frames) -> Expert | None:
    """ "An interview with Westbrook Tech assistant professor Name was published ...", "Some,
    like Northway MS Weekly columnist Name, have faith ...": the newsroom's reference to a
    person, an organisation's capitalised name, a lower-case role ending in a role's head, then
    a full name with a known given name (read as "Name, ROLE, ORG"). Not the narrator's or the
    reader's own doctor ("my Eastbrook neurologist Name"), nor a name that runs on in capitals."""
    words = sentence.split()
    if len(words) > _LONGEST_REPORT:
        return None
    low = [_w(x) for x in words]
    if _storied(set(low), f):
        return None
    for k in range(1, len(words) - 2):
        if not words[k][:1].islower() or not words[k - 1][:1].isupper():
            continue
        if words[k - 1].endswith((",", ";", ":", ".")):
            continue  # "MS Southland president, associate professor Name": another shape
        end = k
        while end < len(words) and end - k < _LONGEST_ROLE_BEFORE and words[end][:1].islower():
            end += 1
        role = words[k:end]
        if end >= len(words) or any(w.endswith((",", ";", ":", ".")) for w in role):
            continue
        if not (v.is_head_noun(role[-1]) or fold(role[-1]) in v.prose_role_heads):
            continue
        if not all(v.is_role_word_any(w) or fold(w) in v.prose_role_heads for w in role):
            continue  # "Patients at X told nurse Name": a verb is no role's word
        if not set(low[:k]).isdisjoint(f.cited_works):
            return None  # "A study by Stanford neurologist Name found ...": a citation
        start = k
        while start > 0 and k - start < _LONGEST_ORG_BEFORE and words[start - 1][:1].isupper():
            if start < k and words[start - 1].endswith((",", ";", ":", ".")):
                break
            start -= 1
        org = [w for w in words[start:k] if _w(w) not in v.articles]
        if not org or start == 0 or any(v.is_honorific(w) or v.is_role_word_any(w) for w in org):
            continue  # the sentence's first word may be any capital; a role word is no org's
        stop = _name_end(words, end)
        name = [w.strip(",.;:") for w in words[end:stop]]
        if len(name) < 2 or not is_given_name(name[0]) or v.is_honorific(name[0]):
            continue
        if stop < len(words) and words[stop - 1][-1:].isalpha() and words[stop][:1].isupper():
            continue  # the name runs on into capitals: an organisation, not a person
        found = _read(f"{' '.join(name)}, {' '.join(role)}", v, needs_part=True)
        if found is None or found.institution or found.name != " ".join(name):
            continue
        return replace(found, institution=" ".join(org))
    return None


def _honorific_within(words: list[str], v: Vocabulary) -> bool:
    return any(v.is_honorific(w) for w in words)


def _as_appositive(words: list[str], f: Frames) -> list[str]:
    """ "Name, die als Oberärztin am X in Y tätig ist." read as "Name, Oberärztin am X in Y": a
    relative clause that says what the person works as is an appositive, its verb no part."""
    low = [_w(x) for x in words]
    for k in range(1, len(words) - 2):
        if not words[k - 1].endswith(",") or not (n := f.relative_as.at(low, k)):
            continue
        end = len(words)
        while end > k + n + 1 and words[end - 1][:1].islower():
            end -= 1  # "tätig ist.": the clause's verb
        if end == len(words) or end <= k + n:
            return words
        return [*words[:k], *words[k + n : end - 1], words[end - 1].rstrip(",") + "."]
    return words


def _of_or_at(before: list[str], v: Vocabulary) -> bool:
    """The lower-case words before a capital end in a joiner or a genitive ("at", "dell'",
    "am"), an article after it allowed ("at the"): the capital opens an organisation."""
    if not before or not before[-1][:1].islower():
        return False
    last = _w(before[-1])
    if last in v.articles or last in v.joiner_articles:
        last = _w(before[-2]) if len(before) > 1 else ""
    # "for" and "with" join a task's beneficiary ("leads the walk for the X Society"), no employer
    return (last in v.joiners or last in v.genitive_openers) and last not in ("for", "with")


def _adverbial_ends(word: str) -> bool:
    """The word closes the adverbial phrase's run: a capital, a comma or a stop after it."""
    return not word[:1].islower() or word.endswith((",", ";", ":", ".")) or word[:1] in _QUOTES


_OPENING_WORDS = 3  # "Last week Dr. Name, ...": a time phrase before the subject, no comma


def _open_appositive(
    words: list[str], low: list[str], above: list[str], v: Vocabulary, f: Frames
) -> Expert | None:
    """ "Dr Name, ROLE at X teaches that ...", "Name, Executive Director for X has the following
    message": an appositive that no comma closes, ended by the sentence's verb (a sentence verb,
    a reporting verb, or a verb a "that" clause follows) right after a capitalised word."""
    starts = [
        0,
        *(k for k in range(1, _OPENING_WORDS + 1) if k < len(words) and v.is_honorific(words[k])),
    ]
    for start in dict.fromkeys(starts):
        own = words[start:]
        if not own or not _name_first(own, v):
            continue
        comma = next((k for k, w in enumerate(own[:6]) if w.endswith(",")), None)
        if comma is None or not all(w[:1].isupper() for w in own[: comma + 1]):
            continue
        at = start + comma + 2
        for k in range(at, min(len(words) - 1, start + _LONGEST_MENTION + 1)):
            nxt = low[k]
            if not (words[k][:1].islower() and nxt.isalpha()) or not words[k - 1][:1].isupper():
                continue
            if nxt in v.articles or nxt in _JOINERS or nxt in f.bio_relatives or nxt in _FUNCTION:
                continue
            verb = (
                nxt in v.sentence_verbs
                or f.quote_verbs.at(low, k)
                or low[k + 1] in f.clause_marks
                or _past_tense(nxt, low[k + 1], v, f)
            )
            if not verb:
                continue
            found = _speaker(words[start:k], above, v, f, subject=True)
            if found is not None and (found.titles or found.institution):
                return found
            break
    return None


def _past_tense(word: str, nxt: str, v: Vocabulary, f: Frames) -> bool:
    """ "... Lotus Hospital Mayuri Heights delivered a talk": an English verb in the past by its
    shape, an article opening its object ("based in", "located at" are a place's participles)."""
    return (
        len(word) > 4 and word.endswith("ed") and word not in f.place_participles
    ) and nxt in v.articles


def _says(words: list[str], low: list[str], k: int, n: int, f: Frames) -> bool:
    """The verb at ``k`` (``n`` words) reports speech: a quotation or a colon after it
    ('explained: "..."'), a clause after it ("explained that ..."), or a verb whose object is
    the speech itself ("Name said most people ..."); "Name, MD, explains the results in her
    book" explains a thing."""
    after = words[k + n] if k + n < len(words) else ""
    return (
        k + n == len(words)  # "..., Name, ROLE, explained."
        or words[k + n - 1].endswith((":", ","))
        or after[:1] in _OPENING_QUOTES
        or _clause_follows(words[k + n : k + n + 6], f)
        or bool(f.saying_verbs.at(low, k))
    )


def _clause_follows(after: list[str], f: Frames) -> bool:
    """A "that" clause opens within the verb's next words ("explica para un diario que ...")."""
    for word in after:
        if _w(word) in f.clause_marks:
            return True
        if word.endswith((",", ".", ";", ":")):
            return False
    return False


# lower-case words after an appositive's comma that open no verb phrase
_FUNCTION = frozenset(("or", "but", "who", "whose", "which", "that", "as", "to", "on", "by", "not"))


def _name_first(words: list[str], v: Vocabulary) -> bool:
    """The sentence opens with the person (after an honorific), not with a role or a phrase; a
    surname alone when an article and a role open its appositive ("Halvorsen, an associate
    professor at X, thinks ...")."""
    first = words[1] if v.is_honorific(words[0]) and len(words) > 1 else words[0]
    if (
        len(words) > 3
        and words[0].endswith(",")
        and _w(words[1]) in v.articles
        and (v.is_role_word_any(words[2]) or v.is_head_noun(words[2].rstrip(",")))
        and _surname_word(words[0].rstrip(","), v)
    ):
        return True
    return (
        first[:1].isupper()
        and not v.is_role_word_any(first.strip(","))
        and (is_given_name(first.strip(",")) or v.is_honorific(words[0]))
    )


def _speaker(
    chunk: list[str], above: list[str], v: Vocabulary, f: Frames, *, subject: bool = False
) -> Expert | None:
    """The one person ``chunk`` names with a role, credentials, an honorific or an
    organisation; a surname alone is read when an honorific or a role frames it, or the answer
    named the person in full earlier."""
    if any(w.endswith(":") for w in chunk[:-1]):
        return None  # "Dr. Brix: You're welcome, ...": a speaker's label over their own words
    text = " ".join(chunk).strip().rstrip(".,;:" + _QUOTES)
    if _joins_a_person(text.split(), v, f):
        return None  # "Helen Marsh and Owen Petrie said ...": never one as the other's employer
    text = _relative_role(text, f) if ", who " in text else text
    text = _RELATIVE.sub("", text) if not subject else _enclosed_relative(text)
    text = _unhedged(text, v, f)
    text = _ANAPHORIC_PLACE.sub("", text)
    if not text or len(text.split()) > _LONGEST_MENTION:
        return None
    found = _unclausal(_read(text, v, needs_part=False, delimited=subject, vouch=_vouched), f)
    first, _, rest = text.partition(" ")
    if found is None and subject and fold(first) in f.role_articles and len(rest.split()) > 2:
        # "Die Neuroimmunologin Dr. Name erläutert, ...": the article opens the sentence, the
        # role after it is the person's
        found = _unclausal(_read(rest, v, needs_part=True, delimited=True, vouch=_vouched), f)
    if (
        found is None
        and (owned := _OWNED.match(text))
        and v.is_honorific(owned.group(2).split()[0])
    ):
        # "Indus Valley University's Prof Dr Name said ...": the possessive's owner employs them
        found = _unclausal(_read(owned.group(2), v, needs_part=False, vouch=_vouched), f)
        if found is not None and not found.institution:
            found = replace(found, institution=owned.group(1))
    if found is None and subject:
        found = _role_first(text, v, f)
    if found is None:
        found = _surname(text, above, v, f)
    if found is None:
        return None
    found = _served(_owned_role(found), v)
    conditions = {fold(c) for c in v.condition_words}
    if any(fold(x) in conditions for x in [found.institution or "", found.place or ""]):
        return None  # "a nurse living with MS": the disease is no employer
    return found


def _unhedged(text: str, v: Vocabulary, f: Frames) -> str:
    """The appositive without the word that leans on it ("Name, himself a neurologist at X",
    "Name, also a neurologist at X", "Name, now a physiotherapist"): only right after a comma
    and before an article, where it qualifies the role and names no part."""
    words = text.split()
    for k in range(1, len(words) - 2):
        if (
            words[k - 1].endswith(",")
            and _w(words[k]) in f.appositive_adverbs
            and _w(words[k + 1]) in v.articles
        ):
            return " ".join([*words[:k], *words[k + 1 :]])
    return text


# "the Consortium's Chief Executive Officer": an organisation's possessive before a role
_OWNED = re.compile(r"^(?:the\s+)?((?:[A-Z][\w&.-]*\s+)*[A-Z][\w&.-]*)['’]s\s+(\S.*)$")


def _owned_role(found: Expert) -> Expert:
    """The possessive's owner is the employer when no other is named ("Org's CEO, Name")."""
    if found.institution or len(found.titles) != 1:
        return found
    m = _OWNED.match(found.titles[0])
    if m is None:
        return found
    return replace(found, titles=(m.group(2),), institution=m.group(1))


def _served(found: Expert, v: Vocabulary) -> Expert:
    """ "neuroimmunologist for Org" (one title, no employer read): the role and the organisation
    it serves; with an employer already read ("the Society's officer for Area") the area."""
    if len(found.titles) != 1 or (found.institution and found.place):
        return found
    role, sep, rest = found.titles[0].partition(" for ")
    words = rest.split()
    if not sep or not words or not all(w[:1].isupper() for w in words):
        return found
    if not role.split() or not v.is_head_noun(role.split()[-1]):
        return found
    if found.institution:
        return replace(found, titles=(role,), place=rest)
    return replace(found, titles=(role,), institution=rest)


def _role_first(text: str, v: Vocabulary, f: Frames) -> Expert | None:
    """ "ROLE of X, Name" that the segmenter cannot split ("El jefe del servicio de Neurología
    del Hospital X, Name"): read as "Name, ROLE of X" when the words after the last comma are a
    name's (two to four capitalised words)."""
    head, sep, name = text.rpartition(", ")
    words = name.split()
    if not sep or not 1 < len(words) < 5 or not all(w[:1].isupper() for w in words):
        return None
    if "," in head or any(v.is_honorific(w) for w in words[1:]):
        return None
    found = _read(f"{name}, {head}", v, needs_part=True, delimited=True, vouch=_vouched)
    if found is None or found.name != name or not found.titles:
        return None  # "After the long meeting, Name": a phrase, not a role, before the name
    return _unclausal(found, f)


def _relative_role(text: str, f: Frames) -> str:
    """ ", who (previously) was director of X" is the appositive ", director of X"."""
    words = text.split()
    low = [_w(x) for x in words]
    for k in range(1, len(words) - 2):
        if low[k] != "who" or not words[k - 1].endswith(","):
            continue
        at = k + 1
        while at < len(words) - 1 and low[at] in f.relative_adverbs:
            at += 1
        if low[at] in f.bio_copulas:
            return " ".join([*words[:k], *words[at + 1 :]])
    return text


def _enclosed_relative(text: str) -> str:
    """The subject without a relative clause set off by commas ("Prof Name, who disclosed this
    in X, said ..."); a trailing one goes too."""
    return _RELATIVE.sub("", re.sub(r",\s+(?:who|which)\s[^,]*,", ",", text))


def _vouched(p: ParsedExpert, v: Vocabulary) -> bool:
    """A speaker named with a role, credentials, an honorific or an organisation; a name of one
    word only with an honorific or a role beside it (a weekday or a month is no name)."""
    if any(d in v.condition_words for d in p.degrees):
        return False
    words = p.name.split()
    if any(_word(w) in v.condition_words or w in v.condition_words for w in words):
        return False
    if not (p.honorific or p.degrees or p.titles or p.orgs):
        return False
    if len(words) == 1:
        folded = fold(words[0]).rstrip(".")
        if folded in {fold(x) for x in (*v.months, *v.weekdays)}:
            return False
        return p.honorific or bool(p.titles)
    return True


def _surname(text: str, above: list[str], v: Vocabulary, f: Frames) -> Expert | None:
    """A surname alone: the person the answer named in full above ('According to Dr. First
    Surname, "..."' / '"...," said Surname.'), or, with a role after it ('said Surname, who
    previously was director of X'), the surname and that role."""
    words = text.split()
    if 1 < len(words) < 5 and all(v.is_role_word_any(w) or v.is_head_noun(w) for w in words[:-1]):
        # '„...“, so Chefarzt Name', '"...," said neurologist Name': a role before a surname
        bare = words[-1]
        if not _surname_word(bare, v):
            return None
        role = " ".join(words[:-1])
        found = _read(f"Dr. {bare}, {role}", v, needs_part=True, vouch=_vouched)
        return found if found is not None and found.name == bare and found.titles else None
    bare = words[0].rstrip(",")
    if not _surname_word(bare, v):
        return None
    for line in reversed(above):
        for sentence in reversed(sentences(line, v)):
            m = re.search(rf"((?:[A-Z][\w'’.-]*\s+){{1,3}}){re.escape(bare)}\b", sentence)
            if m is None:
                continue
            full = _reported(sentence, [], v, f) or _with_colleagues(sentence, m.start(), v, f)
            if full is not None and full.name.split()[-1] == bare and len(words) == 1:
                return full
            named = _read(m.group(0), v, needs_part=False, vouch=_vouched)
            if named is not None and named.name.split()[-1] == bare and len(words) == 1:
                return named
    if len(words) < 3:
        return None
    # parse_block reads one word as a name only after an honorific: read it so, keep none
    found = _read("Dr. " + text, v, needs_part=True, vouch=_vouched)
    return found if found is not None and found.name == bare else None


def _with_colleagues(sentence: str, start: int, v: Vocabulary, f: Frames) -> Expert | None:
    """The study's lead author a sentence names before its co-authors ("Name, M.D., from X
    Hospital in Y, and colleagues compared ..."): the name from ``start`` and its appositive,
    up to the co-author tail (data: ``coauthor_tails``)."""
    words = sentence[start:].split()
    low = [_w(x) for x in words]
    for k in range(1, len(words) - 1):
        if words[k - 1].endswith(",") and tuple(low[k : k + 2]) in f.coauthor_tails:
            chunk = " ".join(words[:k]).rstrip(",")
            return _unclausal(_read(chunk, v, needs_part=True, vouch=_vouched), f)
    return None


def _surname_word(word: str, v: Vocabulary) -> bool:
    """A capitalised word that may be a surname: no honorific, article, month or weekday."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha() or v.is_honorific(word):
        return False
    if fold(word) in {fold(x) for x in (*v.months, *v.weekdays)} or fold(word) in v.articles:
        return False
    return plausible_name(word)


def _bio(sentence: str, after: list[str], v: Vocabulary, f: Frames) -> Expert | None:
    """A bio sentence that opens with the person's full name, then credentials and a copula:
    "Name, PhD, is an exercise physiologist and professor at X, as well as ROLE at Y." Read as
    the signature "Name, PhD, exercise physiologist and professor at X, ROLE at Y". Sentences
    after it in the paragraph go on about the same person ("He offers ...")."""
    sentence = _unheaded(sentence, v)
    words = sentence.split()
    if len(words) > _LONGEST_BIO:
        return None
    k = next((i for i, w in enumerate(words[:12]) if _w(w) in f.bio_copulas), None)
    if k is None or k < 2:
        return None
    if k % 2 == 0 and k >= 4 and words[: k // 2] == words[k // 2 : k]:
        # "Name Name was one of the first ...": the name's own line run on before its bio
        words, k = words[k // 2 :], k // 2
    head = " ".join(words[:k]).rstrip(",")
    heads = parse_block([head], v)
    if len(heads) != 1:
        return None
    h = heads[0]
    # "Dr. Kessler is ...": a surname alone points back to someone named earlier; a role before
    # the name ("Board-certified neurologist Name, MD, is ...") opens a sentence about them
    if h.titles or h.orgs or h.places or h.prefixed or len(h.name.split()) < 2:
        return None
    if not _covered(head, h, v):
        return None
    own = {_w(x) for x in h.name.split()}
    # "This post originally appeared at the blog X.": a repost note closes the bio, about no one
    after = [s for s in after if not f.repost_notes.at([_w(x) for x in s.split()], 0)]
    # "Labels: , , ,": a blog's label list run on after the bio in one paragraph, no sentence
    after = [s for s in after if not _label_line(s, f)]
    if any(_bare(s.split()[0]) not in f.bio_followers | own for s in after if s.split()):
        return None  # the paragraph moves on to someone or something else
    tail = words[k + 1 :]
    # ", where she sees families with ...": a relative clause says more, it names no part
    cut = next(
        (
            j
            for j in range(1, len(tail))
            if tail[j - 1].endswith(",") and _w(tail[j]) in f.bio_relatives
        ),
        None,
    )
    tail = tail[:cut]
    if tail and _w(tail[0]) in v.articles:
        tail = tail[1:]
    text = " ".join(tail)
    for joiner in f.bio_joiners:
        text = re.sub(r",?\s+" + r"\s+".join(map(re.escape, joiner)) + r"\s+", ", ", text)
    text = _unranked(text, v, f)
    text, place = _based_in(_bio_clause_cut(text, f), f)
    text, acronyms = _role_acronyms(text, v)
    head = ", ".join([head, *acronyms])
    text = _role_and(text, v)
    found = _unclausal(_read(f"{head}, {text}", v, needs_part=True), f)
    if (
        found is None
        and h.degrees
        and text
        and _and_clause(text.split(), v, f) == len(text.split())
    ):
        # "Name, MA, MSW, is a member of the X board and is CEO of Y": the parts no reading
        # claims, the name and its credentials before the copula are still the bio's (as
        # signed); not when a second clause follows ("is a neurologist and writes a column")
        found = _read(head, v, needs_part=False)
    if found is None:
        return None
    if place and not found.place:
        found = replace(found, place=place)
    found = _followed(found, f"{head}, {text}", after, v, f)
    conditions = {fold(c) for c in v.condition_words}
    # "a nurse living with MS": the disease read as a place or an employer is no part
    if any(fold(x) in conditions for x in [found.institution or "", found.place or ""]):
        return None
    return found


def _unheaded(sentence: str, v: Vocabulary) -> str:
    """The bio without a heading run on before its name ("About the Speaker Name, MD, is ...",
    a page whose heading and bio share one paragraph): a phrase of ``bio_headings``, then a
    capital."""
    folded = sentence.casefold()
    first = folded.split(" ", 1)[0]
    if not any(phrase.startswith(first + " ") for phrase in v.bio_headings):
        return sentence  # most bios: no heading's first word
    for phrase in v.bio_headings:
        n = len(phrase)
        if folded.startswith(phrase + " ") and sentence[n + 1 : n + 2].isupper():
            return sentence[n + 1 :]
    return sentence


def _unranked(text: str, v: Vocabulary, f: Frames) -> str:
    """The bio's roles without a rank ("one of the first MS Specialist Nurses and the first MS
    Nurse Practitioner in Australia": "MS Specialist Nurse, MS Nurse Practitioner"): a plural
    head is the vocabulary's singular, and the scope of "first" ("in Australia") no place."""
    if not any(rank[-1] in text for rank in f.bio_ranks):
        return text  # most bios: no rank word at all
    ranked = False
    for rank in f.bio_ranks:
        pattern = r"(^|,\s+|\s+and\s+)" + r"\s+".join(map(re.escape, rank)) + r"\s+"
        text, n = re.subn(pattern, lambda m: ", " if m.group(1) else "", text, flags=re.I)
        ranked = ranked or bool(n)
    if not ranked:
        return text
    for many, single in _plural_heads(text, v).items():
        text = re.sub(rf"\b{re.escape(many)}\b", single, text)
    return re.sub(
        r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$", "", text.strip(", ").rstrip(".")
    )


def _bio_clause_cut(text: str, f: Frames) -> str:
    """The bio's parts without a clause that says more and names none: "nurse living with MS",
    "Founder of X, based in Perth and specialising in ...", "with a focus on infection control"."""
    low = [_w(x) for x in text.split()]
    words = text.split()
    for k in range(1, len(words)):
        if f.bio_clauses.at(low, k):
            cut = k - 1 if low[k - 1] == "and" else k
            return " ".join(words[:cut]).rstrip(",")
    return text


# ", based in Perth", "based in Ames, IA" at the bio's end: the place, which no role holds
_BASED_IN = re.compile(r"(?:,\s*|\s+)(\w+)\s+in\s+([A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,3})$")


def _based_in(text: str, f: Frames) -> tuple[str, str | None]:
    """The bio's parts and the place a participle ("based in", "located in") closes them with."""
    m = _BASED_IN.search(text)
    if m is None or _w(m.group(1)) not in f.place_participles:
        return text, None
    return text[: m.start()], m.group(2).rstrip(".,")


# "Dietitian (APD)": a post-nominal in brackets right after the role it stands for
_ROLE_ACRONYM = re.compile(r"(\S+)\s+\(([A-Z]{2,6})\)")


def _role_acronyms(text: str, v: Vocabulary) -> tuple[str, list[str]]:
    """The parts without a role's bracketed post-nominal, and those post-nominals (read as
    credentials after the name): "Accredited Practising Dietitian (APD)"."""
    found: list[str] = []

    def take(m: re.Match[str]) -> str:
        if not (v.is_head_noun(m.group(1)) or v.is_role_word_any(m.group(1))):
            return m.group(0)
        found.append(m.group(2))
        return m.group(1)

    return _ROLE_ACRONYM.sub(take, text), found


def _role_and(text: str, v: Vocabulary) -> str:
    """Two roles joined by "and" are two parts: "Dietitian and Founder of X" (not "Professor of
    Neurology and Medicine": the word after "and" must be a role's own)."""
    words = text.split()
    for k in range(1, len(words) - 1):
        if words[k] != "and" or words[k - 1].endswith(","):
            continue
        if v.is_head_noun(words[k - 1].rstrip(",")) and _capital_role(words[k + 1 :], v):
            words[k - 1] += ","
            words[k] = ""
    return " ".join(w for w in words if w)


def _capital_role(words: list[str], v: Vocabulary) -> bool:
    """The words after "and" open a role of their own: a run of capitalised words that ends in
    a role's head noun ("Founder", "Certified Hand Therapist", "Multiple Sclerosis Specialist"),
    not a field ("Neurology and Medicine") nor a body ("and Sports Rehab")."""
    run = []
    for w in words[:_ROLE_RUN]:
        if not w[:1].isupper():
            break
        run.append(w.rstrip(",.;:"))
        if w[-1:] in ",.;:":
            break
    # the run's last word is the head; a longer run ends where the role does
    return bool(run) and v.is_head_noun(run[-1]) and all(x[:1].isupper() for x in run)


# "Certified Hand Therapist", "Clinical Platform Coordinator": a role of capitals is short
_ROLE_RUN = 4


def _followed(found: Expert, read: str, after: list[str], v: Vocabulary, f: Frames) -> Expert:
    """A role the next sentence adds ("She is the patient liaison for Org."), read with the
    bio's own parts up to a clause ("... and a member of its panel"); a sentence no part claims
    adds nothing."""
    words = after[0].rstrip(".").split() if after else []
    if len(words) < 3 or _w(words[0]) not in f.bio_followers or _w(words[1]) not in f.bio_copulas:
        return found
    rest = words[2:]
    if rest and _w(rest[0]) in v.articles:
        rest = rest[1:]
    tail = " ".join(rest[: _and_clause(rest, v, f)])
    got = _unclausal(_read(f"{read}, {tail}", v, needs_part=True), f)
    if got is None or got.name != found.name or got.degrees != found.degrees:
        return found
    return replace(got, place=got.place or found.place)


def _and_clause(words: list[str], v: Vocabulary, f: Frames) -> int:
    """Where "and" opens another clause or an unnamed part ("liaison for Org and a member of its
    panel", "... and writes a column"), not a part's own words ("research and education")."""
    for k in range(1, len(words) - 1):
        if words[k] != "and":
            continue
        nxt = _w(words[k + 1])
        if nxt in v.articles or nxt in f.bio_followers or nxt in ("its", "an", "a"):
            return k
        if words[k + 1][:1].islower() and nxt.endswith("s") and not v.is_head_noun(nxt):
            return k
    return len(words)


# -- two people in one sentence ------------------------------------------------------------------
#
# "Dr A and Professor B answer your questions.", "A y B, actuales neurólogas, confirman que ...",
# "Here, Prof A, ROLE, Org and Dr B, ROLE at Org, explains how ...", "see our blog by Dr A and
# Professor B". Both people are read, or neither: each side must read as one confident person,
# framed as the other is (an honorific, credentials or a role each, or one appositive shared).

_LONGEST_PAIR = 40  # words before the verb: two names, each with its appositive


def _two(sentence: str, v: Vocabulary, f: Frames) -> tuple[str, Expert, Expert] | None:
    """The two people the sentence names as its subject before a verb that says they answer or
    speak, or as the authors of the publisher's own text ("our blog by ...")."""
    if not any(f" {j} " in sentence for j in f.person_joiners):
        return None  # most sentences: no joiner at all
    words = sentence.rstrip(".").split()
    low = [_w(x) for x in words]
    if not any(w in f.person_joiners for w in low):
        return None
    by = next(
        (
            k
            for k in range(2, len(words) - 1)
            if low[k] == "by" and low[k - 1] in f.own_works and low[k - 2] == "our"
        ),
        None,
    )
    if by is not None:
        pair = _pair(words[by + 1 :], v, f, answering=False)
        return ("ending", *pair) if pair else None
    starts = [0]
    comma = next((k for k, w in enumerate(words[:10]) if w.endswith(",")), None)
    if comma is not None and comma + 1 < len(words) and words[comma + 1][:1].isupper():
        starts.append(comma + 1)  # "Here, Prof A ...": an opening phrase
    for start in starts:
        for k in range(start + 2, min(len(words), start + _LONGEST_PAIR)):
            # a verb right after the subject's last word: a name's or an appositive's comma
            before = words[k - 1]
            if not words[k][:1].islower() or not (before[:1].isupper() or before.endswith(",")):
                continue
            after = low[k + 1 : k + 7]
            answering = _answering(low[k], after, f) or (
                low[k] in f.plural_answering and any(a in f.asking_nouns for a in after[:3])
            )
            saying = (f.quote_verbs.at(low, k) or low[k] in f.plural_saying) and (
                _clause_follows(words[k + 1 : k + 7], f)
                or words[k].endswith(":")
                or bool(f.saying_verbs.at(low, k))
            )
            if not (answering or saying):
                continue
            own = set(low[start:k])
            if not own.isdisjoint(f.narrator_words) or not own.isdisjoint(f.audience_words):
                return None  # "my neurologist Dr A and Dr B said ...": a patient's story
            pair = _pair(words[start:k], v, f, answering=answering)
            if pair is not None:
                return ("subject" if answering else "reported", *pair)
            break
    return None


def _person_cuts(words: list[str], v: Vocabulary, f: Frames) -> list[int]:
    """Where a joiner opens another person: "and Dr B", "y Celia B" (an honorific or a known
    given name after it; "Professor of Neurology and Medicine" opens none)."""
    return [
        k
        for k in range(1, len(words) - 1)
        if _w(words[k]) in f.person_joiners
        and (v.is_honorific(words[k + 1]) or is_given_name(words[k + 1].strip(",")))
        and words[k + 1][:1].isupper()
    ]


def _joins_a_person(words: list[str], v: Vocabulary, f: Frames) -> bool:
    return bool(_person_cuts(words, v, f))


def _pair(
    words: list[str], v: Vocabulary, f: Frames, *, answering: bool
) -> tuple[Expert, Expert] | None:
    """ "A and B" split at its one joiner, each side read as one person: "A y B, ROLE" shares
    the role when neither or both have an honorific ("Dr A and Dr B, neurologists at X");
    "A und Prof. B, ROLE" gives it to B."""
    words = " ".join(words).rstrip(",").split()
    cuts = _person_cuts(words, v, f)
    if len(cuts) != 1:
        return None
    k = cuts[0]
    left, right = " ".join(words[:k]).rstrip(","), " ".join(words[k + 1 :])
    name, comma, role = right.partition(", ")
    plural: dict[str, str] = {}
    if (
        "," not in left
        and comma
        and v.is_honorific(left.split()[0]) == v.is_honorific(name.split()[0])
    ):
        # one appositive for both, its plural head read as the vocabulary's singular
        # ("actuales neurólogas de la consulta") and given back as written
        plural = _plural_heads(role, v)
        for many, single in plural.items():
            role = re.sub(rf"\b{re.escape(many)}\b", single, role)
        left, right = f"{left}, {role}", f"{name}, {role}"

    def one(chunk: str) -> Expert | None:
        found = _unclausal(_read(chunk, v, needs_part=False, delimited=True, vouch=vouch), f)
        if found is None or any(fold(x) in conditions for x in [found.institution or ""]):
            return None
        return found

    def vouch(p: ParsedExpert, v: Vocabulary) -> bool:
        # a known given name only where the frame says the people answer
        named = answering and len(p.name.split()) > 1 and is_given_name(p.name.split()[0])
        return _vouched(p, v) or (named and _strong(p, v))

    def as_written(e: Expert) -> Expert:
        titles = list(e.titles)
        for many, single in plural.items():
            titles = [re.sub(rf"\b{re.escape(single)}\b", many, t) for t in titles]
        return replace(e, titles=tuple(titles))

    conditions = {fold(c) for c in v.condition_words}
    a, b = one(left), one(right)
    if a is None or b is None or a.name == b.name:
        return None
    return as_written(a), as_written(b)


def _plural_heads(role: str, v: Vocabulary) -> dict[str, str]:
    """The role's plural head words the vocabulary knows only in the singular ("neurólogas":
    "neuróloga", "doctores": "doctor"), each with that singular."""
    out: dict[str, str] = {}
    for word in role.split():
        w = word.strip(",.;:")
        if not w.endswith("s") or v.is_head_noun(w):
            continue
        for single in (w[:-1], w[:-2]):
            if len(single) > 2 and v.is_head_noun(single):
                out[w] = single
                break
    return out


def _speaker_bio(
    said: str, bio: list[str], earlier: list[str], v: Vocabulary, f: Frames
) -> Expert | None:
    """The quoted speaker of ``said``, with the roles of a bio that names them by honorific and
    surname ("Dr. Amsel is the Chief Consultant to the MS Centre at Kellerton University.")."""
    words = bio[0].split()
    if len(words) < 4 or not v.is_honorific(words[0]) or _w(words[2]) not in f.bio_copulas:
        return None
    surname = words[1].rstrip(",")
    if not _surname_word(surname, v):
        return None
    speaker = _reported(said, earlier, v, f)
    if speaker is None or speaker.name.split()[-1] != surname or len(speaker.name.split()) < 2:
        return None
    # the bio read as the full name's, then its roles after the speaker's own
    full = " ".join([speaker.name, *words[2:]])
    read = _bio(full, bio[1:], v, f)
    if read is None:
        return speaker
    titles = (*speaker.titles, *(t for t in read.titles if t not in speaker.titles))
    return replace(
        speaker,
        titles=titles,
        institution=read.institution or speaker.institution,
        place=read.place or speaker.place,
    )


def _all_quoted(text: str) -> bool:
    """The line is one quotation from its first word to its last."""
    text = text.strip().rstrip(".")
    return text[:1] in _OPENING_QUOTES and _closes_quote(text) and len(text) > 2


def _label_line(text: str, f: Frames) -> bool:
    """A blog's label list under the post ("Labels: , , ,", "Tags: MS, fatigue"): short, no
    sentence, opened by a label word and a colon."""
    words = text.split()
    return (
        bool(words)
        and words[0].endswith(":")
        and _w(words[0]) in f.label_words
        and len(words) <= 10
        and not text.rstrip().endswith(".")
    )


# a transcript's speaker label at a paragraph's start: "Name: ..." or "Name [00:41:12] ..."
_TURN = re.compile(
    r"^(?P<label>[^\W\d][^:\[\]()\d]{1,60}?)(?::\s+|\s+[\[(]\d{1,2}(?::\d{2}){1,2}[\])]\s+)\S"
)


def _last_turn(text: str, above: list[str], v: Vocabulary) -> Expert | None:
    """The speaker of a transcript's last turn, who answers: the label that opens the last
    paragraph ("Thibaut Delvaux: Ce n'est pas ...", "DOTT. CASTELLUCCI: In questo caso ...",
    "Dr Name [00:41:12] Thank you for listening"): an honorific and a full name; a surname
    after an honorific, or a full name alone, in a dialogue only (the same label, or another
    person's label over a question, opens a paragraph above: "Dr. Vance: You're welcome,
    thanks for having me." alone under an answer is a guest's last words, no signature). The
    turn stays in the answer."""
    m = _TURN.match(text)
    if m is None or text.rstrip().endswith("?"):
        return None  # a question is the interviewer's turn, no answer
    label = m.group("label").strip()
    words = label.split()
    if not 1 < len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    if v.is_honorific(words[0]):
        found = _read(label, v, needs_part=False, vouch=_vouched)
        if found is None or found.titles or found.institution:
            return None
        if len(found.name.split()) > 1:
            return found  # "Dr Hanna Lindgren: ...": the person named in full by the label
    else:
        found = _read(label, v, needs_part=False) if is_given_name(words[0]) else None
        if found is None:
            return None
        if found.degrees and not (found.titles or found.institution) and " " in found.name:
            # "Name, PhD: Many conditions ...": an expert panel's answer opens with its
            # speaker's name and credentials (a caregiving magazine's special section), which
            # say who answers as a dialogue would
            return found
        if found.name != label:
            return None
    for line in above:
        other = _TURN.match(line)
        if other is None:
            continue
        if other.group("label").strip() == label:
            return found  # the same speaker's earlier turn
        asker = other.group("label").split()
        if len(asker) > 1 and is_given_name(asker[0]) and line.rstrip().endswith("?"):
            return found  # another person's question
    return None


def _page_mark(text: str, f: Frames) -> bool:
    """A page reference alone on its line: "Page 10", "p. 12"."""
    words = [_w(x) for x in text.split()]
    n = _at(words, 0, f.page_marks)
    return bool(n) and len(words) == n + 1 and words[-1].isdigit()


_PANEL = 3  # bio paragraphs one answer's end may stack (a webinar's panel, a team)


def _panel(
    texts: list[tuple[int, str]], last: Expert, v: Vocabulary, f: Frames
) -> tuple[tuple[str, Expert], ...]:
    """The bio paragraphs right above the last one, each opening with another person ("Two
    expert panelists" / "Name is ROLE at X." / "Other Name is ROLE at Y.")."""
    out: list[tuple[str, Expert]] = []
    names = {last.name}
    for k in range(len(texts) - 2, 1, -1):  # a bio above needs a body above it too
        if len(out) + 1 >= _PANEL:
            break
        found = sentences(texts[k][1], v)
        if not found:
            break
        expert = _bio(found[0], found[1:], v, f)
        if expert is None or expert.name in names:
            break
        names.add(expert.name)
        out.insert(0, (found[0], expert))
    return tuple(out)


def read_mention(lines: list[SigLine], v: Vocabulary | None = None) -> Mention | None:
    """The expert a sentence at the answer's end names, when the reading is confident."""
    v = v or vocabulary()
    f = frames()
    found = _read_mention(lines, v, f)
    if found is None:
        return None
    return replace(
        found,
        expert=_untitled(found.expert, f, v),
        above=tuple((s, _untitled(e, f, v)) for s, e in found.above),
        also=tuple(_untitled(e, f, v) for e in found.also),
    )


def _untitled(found: Expert, f: Frames, v: Vocabulary) -> Expert:
    """The roles without the sentence's definite article ("The secretary of X, Name, said",
    "El jefe del servicio ..., Name"): the article is the sentence's, a role is named bare; an
    organisation's name before a lower-case role is the employer ("MS Southland chief
    executive, Name said")."""
    if not found.titles and (roles := _roles_as_body(found.institution or "", v)):
        found = replace(found, titles=roles, institution=None)
    titles = tuple(_unarticled(t, f) for t in found.titles)
    body, bracket, town = (found.institution or "").rpartition(") ")
    if (
        bracket
        and not found.place
        and (town in _towns() or v.is_place(town) or _town_shaped(town, v))
    ):
        # "Indus Medical Centre (IMC) Karachi": the town after the body's acronym
        found = replace(found, institution=body + ")", place=town)
    body, _, town = (found.institution or "").rpartition(" in ")
    if body and not found.place and body[:1].isupper() and _town_shaped(town, v):
        # "Marienstift in Halden": the town after the body ("am Marienstift in Halden")
        found = replace(found, institution=body, place=town)
    if len(titles) == 1 and (pair := _two_roles(titles[0], f, v)):
        titles = pair  # "neurologista e Diretor": two roles, each its own title
    if titles and (moved := _role_adjective(found.institution or "", v)):
        # "Diretor Clínico da Clínica X": the adjective after the role is the role's
        titles = (*titles[:-1], f"{titles[-1]} {moved[0]}")
        found = replace(found, institution=moved[1])
    if (
        len(titles) == 1
        and not found.place
        and len(words := titles[0].split()) == 2
        and words[0][:1].isupper()
        and words[1][:1].islower()
        and v.is_head_noun(words[1])
        and _town_shaped(words[0], v)
        and fold(words[0]) not in {fold(c) for c in v.condition_words}
    ):
        # "an Ashbury neurologist": the town before a lower-case role says where they practise
        titles = (words[1],)
        found = replace(found, place=words[0])
    if len(titles) == 1 and not found.institution and (split := _org_role(titles[0], v)):
        return replace(found, titles=(split[1],), institution=split[0])
    if not titles and found.institution and (split := _org_role(found.institution, v)):
        # "Dr Name, The Courier medical expert, answers ...": the role a prose head ends, left
        # on the outlet before it, is the title
        return replace(found, titles=(split[1],), institution=split[0])
    if len(titles) == 1 and not found.institution and (split := _genitive_employer(titles[0], v)):
        return replace(found, titles=(split[0],), institution=split[1])
    m = _OF_ACRONYM.match(titles[0]) if len(titles) == 1 and not found.institution else None
    if m is not None and m.group(2) not in v.condition_words and not v.is_credential(m.group(2)):
        # "chairperson of MSSB": an organisation's acronym after "of" is the employer (not
        # "Professor of MS": the disease)
        return replace(found, titles=(m.group(1),), institution=m.group(2))
    return found if titles == found.titles else replace(found, titles=titles)


def _roles_as_body(institution: str, v: Vocabulary) -> tuple[str, ...]:
    """ "Tacoma area pediatrician and CPA Board Member" read as the employer: two roles joined
    by "and", each ending in a role's head (a board's "Member", not its "Board") and opened by
    no organisation's head, are the titles ("Sports Medicine and Rehab Centre" is a body)."""
    if " and " not in institution or "," in institution:
        return ()
    parts = institution.split(" and ")
    if len(parts) != 2 or not all(p.split() for p in parts):
        return ()
    for part in parts:
        words = part.split()
        if not v.is_head_noun(words[-1]) or words[-1] in v.org_heads:
            return ()
        if any(w in v.org_lead_heads for w in words):
            return ()  # "University Hospital Nurse": a body's name opens the part
    return tuple(parts)


def _role_of_body(title: str, v: Vocabulary) -> bool:
    """ "chef du service de neurologie du Centre hospitalier X de Y (Z)": a long title that a
    genitive before a named body splits into a short role and its employer (``_untitled``)."""
    split = _genitive_employer(title, v)
    return split is not None and not is_sentence(split[0], v)


def _two_roles(title: str, f: Frames, v: Vocabulary) -> tuple[str, str] | None:
    """ "neurologista e Diretor": two roles of one word each joined by "and" ("professor and
    chair of X" stays one title, as the sets hold: the second has an object)."""
    words = title.split()
    if len(words) != 3 or _w(words[1]) not in f.person_joiners or words[1] in ("&",):
        return None
    if not all(v.is_head_noun(w) for w in (words[0], words[2])):
        return None
    return words[0], words[2]


def _role_adjective(institution: str, v: Vocabulary) -> tuple[str, str] | None:
    """ "Clínico da Clínica X": (the adjective, the organisation) when the institution opens
    with one capitalised word no organisation's head, then a genitive before the body."""
    words = institution.split()
    if len(words) < 3 or _w(words[1]) not in v.genitive_openers or not words[2][:1].isupper():
        return None
    first = words[0]
    if first in v.org_lead_heads or first in v.org_heads or _org_word(first, v):
        return None
    if v.is_role_word_any(first) or v.is_head_noun(first) or not first[:1].isupper():
        return None
    if words[2] not in v.org_lead_heads:
        return None  # the body after the genitive is named by its head ("Clínica", "Hospital")
    return first, " ".join(words[2:])


# "neuróloga del Instituto Nacional ...": a Romance genitive before a body's head word
_GENITIVE = re.compile(r"^(\S.*?)\s+(?:del|de la|della|du)\s+([A-ZÀ-Ý]\S*(?:\s.*)?)$")


def _genitive_employer(title: str, v: Vocabulary) -> tuple[str, str] | None:
    """(the role, the body) of "neuróloga del Instituto X" or "coordinador de la unidad de
    esclerosis múltiple del Hospital X": the first genitive before a capitalised organisation's
    head word (and the body's own name after it) opens the employer (English "Director of the
    X Clinic" is one role, as the sets hold)."""
    m = _GENITIVE.match(title)
    body = m.group(2).split() if m is not None else []
    if len(body) < 2 or body[0] not in v.org_lead_heads:
        return None  # "responsable de la Clínica": the clinic, named by its head alone, is no body
    return m.group(1), m.group(2)


_OF_ACRONYM = re.compile(r"^(\S.*?)\s+of\s+([A-Z]{2,6})$")


def _org_role(title: str, v: Vocabulary) -> tuple[str, str] | None:
    """ "MS Southland chief executive": (the capitalised words no role claims, the lower-case
    role after them ending in a role's head), else None ("Consultant neurologist" is one role)."""
    words = title.split()
    k = next((k for k, w in enumerate(words) if not w[:1].isupper()), None)
    if k is None or not all(w[:1].islower() for w in words[k:]):
        return None
    if k < 2 and not (k == 1 and _acronym_shaped(words[0], v)):
        return None  # one capital word: a role's own ("Consultant neurologist"), or a town's
    # the role's head ends it, or stands before its object ("professor of health sciences")
    of = words.index("of", k) if "of" in words[k + 1 :] else len(words)
    head = words[of - 1]
    if not (v.is_head_noun(head) or fold(head) in v.prose_role_heads):
        return None
    if any(v.is_role_word_any(w) for w in words[:k]):
        return None
    if any(v.is_honorific(w) for w in words[:k]):
        return None
    return " ".join(words[:k]), " ".join(words[k:])


def _acronym_shaped(word: str, v: Vocabulary) -> bool:
    """An organisation's short name of one word: capitals inside it ("UNorthvale", "NHS"), no
    credential, condition or role ("MS nurse", "RN")."""
    if len(word) < 3 or not any(c.isupper() for c in word[1:]) or not word.isalpha():
        return False
    if v.is_credential(word) or fold(word) in {fold(c) for c in v.condition_words}:
        return False
    return not v.is_role_word_any(word)


def _unarticled(title: str, f: Frames) -> str:
    first, _, rest = title.partition(" ")
    if rest and fold(first) in f.role_articles:
        title, (first, _, rest) = rest, rest.partition(" ")
    # "Die Hamburger Neuroimmunologin Dr. Name": a town's adjective says where, not what
    if (
        rest
        and first[:1].isupper()
        and any(first.endswith(e) and first[: -len(e)] in _towns() for e in f.demonym_endings)
    ):
        return rest
    return title


def _read_mention(lines: list[SigLine], v: Vocabulary, f: Frames) -> Mention | None:
    texts = [(i, line.text.strip()) for i, line in enumerate(lines) if line.text.strip()]
    if len(texts) < 2:
        return None  # no answer above: nothing says the sentence ends one
    if len(texts) > 2 and (_page_mark(texts[-1][1], f) or _label_line(texts[-1][1], f)):
        texts = texts[:-1]  # a contents page's "Page 10", a blog's "Labels: ...": furniture
    last, text = texts[-1]
    # "A: Dr. Name, ROLE, says, ...": a column of several questions opens each answer with its
    # label (the page's first "A:" is the extractor's); the label is no word of the sentence
    text = _ANSWER_LABEL.sub("", text, count=1) if text[:1] in "Aa" else text
    if (turn := _last_turn(text, [t for _, t in texts[:-1]], v)) is not None:
        return Mention(last, text, "self", turn)
    found_in = sentences(text, v)
    # a bio or a self-introduction closes an answer: with one line above it at most, the
    # sentence is all the answer says, and the person is its subject, not its writer
    # (two lines, or one paragraph of several sentences: a one-paragraph answer above a bio)
    body = len(texts) > 2 or len(sentences(texts[-2][1], v)) > 1
    earlier = [t for _, t in texts[:-1]]
    for n, sentence in enumerate(reversed(found_in)):
        if not (_NAME_SHAPE.search(sentence) or _BARE_SPEAKER.search(sentence)):
            continue
        opens = n == len(found_in) - 1
        after = found_in[len(found_in) - n :]
        readers: list[tuple[str, Callable[[str], Expert | None]]] = [
            ("caption", lambda s: _caption(s, v)),
            ("ending", lambda s, o=opens: _ending(s, o, v, f)),
            ("subject", lambda s: _subject(s, v, f)),
            ("interview", lambda s: _interview(s, v, f)),
            ("interview", lambda s: _vocative(s, v, f)),
            ("ending", lambda s: _work_by(s, v, f)),
        ]
        if body:
            readers += [
                ("self", lambda s, a=after: _self_intro(s, a, v, f)),
                ("bio", lambda s, a=after: _bio(s, a, v, f)),
            ]
        readers.append(("reported", lambda s: _reported(s, earlier, v, f)))
        readers.append(("reported", lambda s: _unclosed(s, earlier, v, f)))
        readers.append(("reported", lambda s: _quoted_in(s, earlier, v, f)))
        readers.append(("reported", lambda s: _role_honorific_subject(s, v, f)))
        readers.append(("reported", lambda s: _org_role_person(s, v, f)))
        readers.append(("reported", lambda s: _introduced(s, earlier, v, f)))
        readers.append(("bio", lambda s: _leading(s, v, f)))
        for frame, read in readers:
            expert = read(sentence)
            if expert is not None:
                above = _panel(texts, expert, v, f) if frame == "bio" and opens else ()
                return Mention(last, sentence, frame, expert, above=above)
        # run on after the letter's last sentence (a line of its own is the finder's: a
        # reader's "Name, State" alone under a letter signs no expert, signature_forms f038)
        if n == 0 and len(found_in) > 1 and (signed := _letter_close(sentence, v)) is not None:
            return Mention(last, sentence, "ending", signed)
        if people := (
            _thanks(sentence, v, f)
            or _semicolon_list(sentence, v, f)
            or _credited_list(sentence, v, f)
        ):
            return Mention(last, sentence, "ending", people[0], also=tuple(people[1:]))
        if (pair := _two(sentence, v, f)) is not None:
            frame, first, second = pair
            return Mention(last, sentence, frame, first, also=(second,))
    # an automatic transcript, all lower case: "um i am rachel dunmore i'm a neurologist ..."
    if body and text == text.casefold() and (expert := _spoken_intro(text, v, f)) is not None:
        return Mention(last, text, "self", expert)
    # a quotation that goes on in a paragraph of its own: its speaker is named in the line above
    # ('"...," explained Name, MD, ROLE.' / '"..."')
    before, text = texts[-2]
    if len(texts) > 2 and _all_quoted(texts[-1][1]) and (said := sentences(text, v)):
        expert = _reported(said[-1], [t for _, t in texts[:-2]], v, f)
        if expert is not None:
            return Mention(before, said[-1], "reported", expert)
    # '"...," said Dr. First Surname, ROLE.' / "Dr. Surname is ROLE at X.": the speaker the line
    # above names in full, whose bio the last line gives by surname
    opening = texts[-1][1].split(maxsplit=3)
    if (
        len(texts) > 2
        and len(opening) == 4
        and _w(opening[2]) in f.bio_copulas
        and v.is_honorific(opening[0])
        and (said := sentences(text, v))
    ):
        bio = sentences(texts[-1][1], v)
        expert = _speaker_bio(said[-1], bio, [t for _, t in texts[:-2]], v, f)
        if expert is not None:
            return Mention(before, said[-1], "reported", expert)
    # "My name is Name, and I'm one of the hosts." / "And I'm joining you from X.": the writer
    # goes on about themself in a line of their own, naming no one
    if len(texts) > 2 and _goes_on(texts[-1][1], f) and (said := sentences(text, v)):
        expert = _self_intro(said[-1], sentences(texts[-1][1], v), v, f)
        if expert is not None:
            return Mention(before, said[-1], "self", expert)
    # a caption on the line above the last ("MS nurse Name with a patient." / "She has ...")
    if len(texts) > 2 and _NAME_SHAPE.search(text) and len(found := sentences(text, v)) == 1:
        expert = _caption(found[0], v)
        if expert is not None:
            return Mention(before, found[0], "caption", expert)
    return None
