"""A post body: its logical parts (question, answer, signature) and how Weebly writes them.

The same logical content can be written many ways (labels bold or plain, paragraphs as
``<br /><br />`` or as separate ``div.paragraph``s, a flattened signature...). ``Features``
holds those choices; ``render_body`` applies them. Paragraph boundaries between question,
answer and signature are always kept, so the plain text of each part is the text of its nodes.
"""

from __future__ import annotations

import html
import zlib
from dataclasses import dataclass, field

from msqa_scraper.replica.nodes import (
    Block,
    Br,
    Image,
    Inline,
    ListNode,
    Para,
    RenderContext,
    Strong,
    SummaryBreak,
    Text,
    block_html,
    inline_html,
)
from msqa_scraper.replica.people import DOCTORAL, Expert

SIG_STYLES = (
    "lines",
    "flat",
    "comma",
    "dr",
    "answered_by",
    "answered_by_next_line",
    "two_experts",
    # Forms from public "ask the expert" pages (tests/data/signature_forms.py: sources).
    "dash",
    "reviewed_by",
    "interview_flat",
    "prof",
    "role_at",
    "brackets",
    "semicolon_two",
    "place",
)
# Round-3 forms (tests/data/signature_forms.py, split "round3", names their sources). They are
# variations of a "lines" post, chosen by ``round3_style`` so the rotation of the styles above
# (and every small site's variants) stays as it was.
ROUND3_STYLES = (
    "label_list",  # "Presenters: Jane Doe, MD" (a list of the post's signers)
    "caption",  # "[Jane Doe, MD, Staff Neurologist, Harbour Clinic]"
    "role_first",  # "Staff Neurologist – Dr Jane Doe"
    "appositive",  # "Jane Doe, MD, a staff neurologist at Harbour Clinic"
    "caps",  # "JANE DOE, MD" over its role and institution lines
)
# Round-4 forms (tests/data/signature_forms.py, split "round4", names their sources: pages of
# tests/data/signature_eval_cases_2.json). Also variations of a "lines" post: ``round3_style``
# gives about half of the posts it changes one of these instead.
ROUND4_STYLES = (
    "dated_byline",  # "By Jane Doe, MD" over a "March 3, 2024" date line
    "letter",  # "Thank you," / the bare name / its role lines / its organisation line
    "author_line",  # "Jane Doe 1,*, Omar Saleh 2": bare names with affiliation marks
    "org_role",  # "Jane Doe, MD" / "Harbour Clinic's Medical Director"
)
# Round-5 forms (tests/test_signature_round5_find.py names their sources: pages of
# tests/data/signature_eval_cases_3.json). Variations of a "lines" post too: ``round3_style``
# gives some of the posts it would give a round-3 form one of these instead.
ROUND5_STYLES = (
    "valediction",  # "Kind regards." / "Dr. Jane Doe." / "Staff Neurologist.": each a full stop
    "label_block",  # "Correspondence Address:" over the name, role and organisation lines
    "author_block",  # "Jane Doe 1, MD, Omar Saleh 2, PhD" / "1 Harbour Clinic" / "2 ..."
)
# Round-6 forms (tests/test_signature_round6_find.py names their sources: pages of
# tests/data/signature_eval_cases_4.json). They take the place of a round-5 form for half of
# the posts ``round3_style`` gives one (under the same variant name, so every small site keeps
# its carriers).
ROUND6_STYLES = (
    "profession",  # "Jane Doe, Staff Neurologist" alone after the prose: no degree, no honorific
    "picture_credit",  # "Dr Jane Doe, Staff Neurologist. Picture supplied": a photo caption
    "dashed_initials",  # "—JD" over "Jane Doe, MD" / "Harbour Clinic": the writer's initials
)
# Round-7 (find) forms (tests/test_signature_round7_find.py names their sources: pages of
# tests/data/signature_eval_cases_4.json and _5.json). One post in three left "lines" takes one
# of these instead, when its expert can carry it.
ROUND7_FIND_STYLES = (
    "social_line",  # "Jane Doe, MD" / "Harbour Clinic" / "twitter.com/JaneDoe": page furniture
)
# Round-16 forms: the answer's last paragraph is a bio sentence naming the expert, who signs
# nothing else ("Jane Doe, MD, is Staff Neurologist at Harbour Clinic."); the sentence is part of
# the answer and stays in it. Real pages: the closing bio of an MS society's quarterly update
# (issuu.com/nmsslonestar/docs/now_quarterly_update_fall_2012_scr), of a genetics webinar page
# (mda.org/quest/article/mda-genetic-counseling-webinar) and of a diabetes expert Q&A
# (qualityhealth.com/diabetes-expert-qa/...): tests/data/signature_eval_cases_24/25.json.
ROUND16_STYLES = (
    "closing_bio",  # the expert named in the answer's last sentence, not under it
)
# Round-17 form: the answer's last paragraph quotes the expert and names them, who signs nothing
# else ('"...," said Jane Doe, MD, Staff Neurologist at Harbour Clinic.'); the sentence is part
# of the answer and stays in it. Real pages: a health magazine's quote closed by 'explained
# Name, role at the <MS alliance>' (psychiatrictimes.com, tests/data/signature_eval_cases_27.json
# ob01), a local paper's 'Name, Chief Executive at the <charity>, said: "..."' (bucksfreepress
# .co.uk, _25.json l27) and a newswire's '"...," said Dr. Name, chairman of ...' (globenewswire
# .com, _25.json l39). Half of the "comma" posts take it instead.
ROUND17_STYLES = (
    "quoted_speaker",  # the expert is the speaker of a quotation ending the answer
)
# What the quoted expert says (invented): one of these, by the post's key.
SPEAKER_QUOTES = (
    "Most people with MS keep working when the job bends a little around the fatigue",
    "A relapse is worth a phone call even when it seems small",
    "Cooling vests help more people than we expected when they first came out",
    "Nobody should have to choose between a treatment and a family plan on their own",
)
# Round-17 bio paragraph: a quarter of the "comma" posts end the answer with a bio paragraph
# that opens without a comma and goes on about the expert ("Jane Doe is a Staff Neurologist at
# Harbour Clinic. Jane also answers ..."), as an MS foundation magazine's 'Ask the MS Nurse'
# standfirst (msfocus.org, tests/data/signature_eval_cases_26.json o05), a dietitian's about
# block (_20.json d11) and a psychologist's about page (_20.json d17) do; the paragraph stays
# in the answer.
ROUND17_BIO_STYLES = (
    "bio_paragraph",  # the closing bio as a paragraph: "Name is a ROLE at ORG. Name also ..."
)
# What the bio paragraph says next about the expert (invented), by the post's key.
BIO_FOLLOWERS = (
    "{given} also answers readers' questions every month.",
    "{given} has worked with people living with MS for many years.",
    "{given} runs a weekly clinic for newly diagnosed patients.",
)
# Round-16 credit lines: a writer's credit over a clinician reviewer's, one person a line
# ("Written by Jane Doe" / "Medically reviewed by Omar Saleh, MD"), as health magazines and
# health-information sites stack them (mymsaa.org's Motivator cover story: tests/data/
# signature_eval_cases_26.json o08). Half of the "two_experts" posts take it instead.
CREDIT_STYLES = ("credit_lines",)
# Round-19 blocks rendered after the answer (tests/test_signature_blocks_r19.py names each
# form's case and site): two "dash" posts (one expert) in three take one the expert can carry.
ROUND19_STYLES = (
    "ruled_credit",  # "Contributed by: Jane Doe, Role, Org" over a rule of underscores (oc35)
    "profile_card",  # "Jane Doe, MD" / "Specialty: ..." / "Languages: ...": profile fields (d24)
    "committee_card",  # "Jane Doe, MD" / "Medical Advisory Committee": a membership (oc15)
    "card_bio",  # "Dr Jane Doe" / role / "Dr Jane has ...": a card over its blurb (d35)
    "spelled_role",  # "Jane Doe" / "Nurse Practitioner · NP": the role and its acronym (d09)
)
# And two "semicolon_two" posts (two experts) in three one of these.
ROUND19_TWO_STYLES = (
    "column_contact",  # "— A, MD; and B, MD. Send questions to <address>" (od01)
    "host_label",  # "Presenters: A, MD" / "MSNA Host: B": a role label over the second (od03)
    "masthead",  # "Board Chair • A Newsletter Editor • B": officers run together (x38, l33)
)
# The offices a masthead gives its two officers (the replica's experts' own titles are no
# masthead's: "Chief of Neuroimmunology" ends in no role head)
MASTHEAD_OFFICES = ("Board Chair", "Chapter President", "Newsletter Editor", "Treasurer")
# The rule under a contributor line, the profile fields and the committee of the round-19 cards
RULE = "_" * 32
PROFILE_FIELDS = (
    ("Specialty: Multiple sclerosis and neuroimmunology", "Languages: English, Spanish"),
    ("Clinical interests: Fatigue, gait and bladder care", "Languages: English"),
    ("Certifications: Infusion therapy, MS nursing", "Specialty: Relapse care"),
)
COMMITTEE = "Medical Advisory Committee"
CARD_BLURBS = (
    "has answered readers' questions about MS for many years.",
    "sees patients with MS at the weekly clinic.",
)
COLUMN_ADDRESS = "askthedocs@example.com"
HOST_BODY = "MSNA"  # the body whose host the second person is ("MSNA Host: Name"; invented)
# Round-20 blocks with page furniture or a note under them (tests/test_signature_blocks_r19b.py
# names each form's case and site): a third of the "dr" and "prof" posts take one.
ROUND20_STYLES = (
    "linked_dash",  # "- Dr. Jane Doe, Role, Org" / "Learn more": a reposted story's line (og02)
    "mail_in",  # "Write to Jane Doe, MD, P.O. Box ...": a column's mail-in line (og30, ob10)
    "surname_note",  # "Jane Doe" / "Town" / "Doe is the Role at Org.": a letter's note (og21)
    "back_to_top",  # "Jane Doe" / "Role, Org" / "Back to top": a page's link under it (oh42)
)
# And half of the "semicolon_two" posts round 19 left this one.
ROUND20_TWO_STYLES = (
    "hosts_theme",  # "Hosts: A, PhD & B, MD" / "Theme: ...": a podcast episode's page (oh36)
)
# Round-21 blocks of several people (tests/test_signature_blocks_r21.py names each form's case
# and site): three in four of the "semicolon_two" posts round 20 left take one.
ROUND21_TWO_STYLES = (
    "numbered_contributors",  # "Contributors" / "1. A, MD" / "2. B, PhD": an advisory post (r30)
    "doctors_credit",  # "Written by doctors A, MD, and B, PhD": a clinic's book page (k11)
    "starred_authors",  # "A *; B **" / "* Org" / "** Org": a journal's author block (oj28, oj07)
    "guest_editor",  # "Guest Editor:" / "A, MD; B, MD": a journal issue's page (w12)
)
# And a quarter of the "dr" posts round 20 left one of these.
ROUND21_STYLES = (
    "column_code",  # "By Name, DEG" / role / college / "4127-FM" / "03/09/12": a column (p05)
    "semicolon_degrees",  # "Name DEG ; DEG" / role / company: a staffing blog's author (e32)
)
COLUMN_CODE = ("5310-FM", "04/11/13")  # a syndicated column's number and date (invented)
CONTRIBUTORS_HEADING = "Contributors"
GUEST_EDITOR = "Guest Editor"
# The furniture, the address and the towns of the round-20 forms (invented)
LEARN_MORE = "Learn more"
BACK_TO_TOP = "Back to top"
MAIL_ADDRESS = "P.O. Box 4410, Lakemont, FL 32999-4410"
LETTER_TOWNS = ("Westfield", "Bellefonte")
EPISODE_THEME = "Theme: What a relapse is, and what it is not."
# Styles that sign with two experts.
TWO_EXPERT_STYLES = frozenset(
    {
        "two_experts",
        "semicolon_two",
        *ROUND19_TWO_STYLES,
        *ROUND20_TWO_STYLES,
        *ROUND21_TWO_STYLES,
    }
)
# The dates a dated byline may carry (no part of the expert).
BYLINE_DATES = ("March 3, 2024", "September 22, 2023", "January 9, 2024", "June 14, 2022")


# Forms signed with bare names: a reader takes them for a signature only after a finished
# sentence, so a post whose answer ends in a link's title does not get them.
BARE_NAME_STYLES = frozenset({"letter", "author_line"})


def round3_style(
    style: str, experts: tuple[Expert, ...], key: str, *, ends_in_sentence: bool = True
) -> str:
    """A "lines" post becomes a round-3 or round-4 form for five keys in six (stable: CRCs of the
    key). The keys left "lines" are the ones left before round 4 existed; a round-4 form the
    expert cannot carry (an organisation before a role needs one role and an organisation) leaves
    the round-3 choice. Half of the "role_at" posts become the round-16 closing bio, half of the
    "comma" posts the round-17 quoted speaker and a quarter the round-17 bio paragraph."""
    if style == "role_at" and experts:
        return _round16_style(experts[0], key)
    if style == "two_experts" and len(experts) == 2:
        return _credit_style(experts, key)
    if style == "comma" and experts:
        return _round17_style(experts[0], key)
    if style == "dash" and experts:
        return _round19_style(experts[0], key)
    if style in ("dr", "prof") and experts:
        return _round20_style(experts[0], key, style)
    if style == "semicolon_two" and len(experts) == 2:
        return _round19_two_style(experts, key)
    if style != "lines" or not experts:
        return style
    pick = zlib.crc32(f"{experts[0].name}|{key}".encode()) % (len(ROUND3_STYLES) + 1)
    fifth = zlib.crc32(f"round-5|{experts[0].name}|{key}".encode())
    if not pick:
        # Half of the posts left "lines" take a round-5 form, and a third of those a round-3
        # form would have had (below): every 40-post site then shows round-3, 4 and 5 forms.
        if fifth % 2 == 0:
            style5 = _round5_style(experts[0], fifth)
            return _round6_style(experts[0], key, ends_in_sentence, style5)
        return _round7_find_style(experts[0], key)
    later = zlib.crc32(f"round-4|{experts[0].name}|{key}".encode())
    if later % 2:
        style4 = ROUND4_STYLES[(later >> 1) % len(ROUND4_STYLES)]
        # Only a form the expert can carry (a post's style is the form it shows).
        bare_ok = ends_in_sentence or style4 not in BARE_NAME_STYLES
        if bare_ok and _round4(experts[0], style4) is not None:
            return style4
    if fifth % 3 == 0:
        style5 = _round5_style(experts[0], fifth, ROUND3_STYLES[pick - 1])
        return _round6_style(experts[0], key, ends_in_sentence, style5)
    return ROUND3_STYLES[pick - 1]


def _round7_find_style(expert: Expert, key: str) -> str:
    """For one post in three left "lines": a round-7 (find) form the expert can carry."""
    seventh = zlib.crc32(f"round-7-find|{expert.name}|{key}".encode())
    style7 = ROUND7_FIND_STYLES[(seventh >> 2) % len(ROUND7_FIND_STYLES)]
    if seventh % 3 == 0 and _round7_find(expert, style7) is not None:
        return style7
    return "lines"


def _round16_style(expert: Expert, key: str) -> str:
    """Half of the "role_at" posts ("Name, MD, Role at Org" under the answer) say the same as
    the answer's last sentence instead, when the expert can carry the closing bio."""
    sixteenth = zlib.crc32(f"round-16|{expert.name}|{key}".encode())
    if sixteenth % 2 == 0 and closing_bio(expert) is not None:
        return "closing_bio"
    return "role_at"


def _round17_style(expert: Expert, key: str) -> str:
    """Half of the "comma" posts ("Jane Doe, MD, PhD" under the answer) end the answer with a
    quotation of the expert instead, when the expert can carry it."""
    seventeenth = zlib.crc32(f"round-17|{expert.name}|{key}".encode())
    if seventeenth % 2 == 0 and quoted_speaker(expert, key) is not None:
        return "quoted_speaker"
    # and half of the rest a round-17 bio paragraph (its second sentence opens with the
    # expert's given name: a name of two words or more, the full name first)
    bio = zlib.crc32(f"round-17-bio|{expert.name}|{key}".encode())
    if bio % 2 == 1 and bio_paragraph(expert, key) is not None:
        return "bio_paragraph"
    return "comma"


def _round19_style(expert: Expert, key: str) -> str:
    """Two "dash" posts in three take the first round-19 card the expert can carry."""
    nineteenth = zlib.crc32(f"round-19|{expert.name}|{key}".encode())
    if nineteenth % 3 == 0:
        return "dash"
    for step in range(len(ROUND19_STYLES)):
        style = ROUND19_STYLES[((nineteenth >> 2) + step) % len(ROUND19_STYLES)]
        if _round19(expert, style, key) is not None:
            return style
    return "dash"


def _round19_two_style(experts: tuple[Expert, ...], key: str) -> str:
    """Two "semicolon_two" posts in three take the first round-19 two-person form both can
    carry."""
    nineteenth = zlib.crc32(f"round-19-two|{experts[0].name}|{key}".encode())
    if nineteenth % 3 == 0:
        return _round20_two_style(experts, key)
    for step in range(len(ROUND19_TWO_STYLES)):
        style = ROUND19_TWO_STYLES[((nineteenth >> 2) + step) % len(ROUND19_TWO_STYLES)]
        if _round19_two(experts, style) is not None:
            return style
    return _round20_two_style(experts, key)


def _round20_two_style(experts: tuple[Expert, ...], key: str) -> str:
    """Half of the "semicolon_two" posts round 19 left take the round-20 hosts' label."""
    twentieth = zlib.crc32(f"round-20-two|{experts[0].name}|{key}".encode())
    if twentieth % 2 and _round20_two(experts, "hosts_theme") is not None:
        return "hosts_theme"
    return _round21_two_style(experts, key)


def _round21_style(expert: Expert, key: str, plain: str) -> str:
    """A quarter of the "dr" posts round 20 left take the first round-21 form the expert can
    carry (the "prof" ones stay: a small site still shows each plain form)."""
    twentyfirst = zlib.crc32(f"round-21|{expert.name}|{key}".encode())
    if plain != "dr" or twentyfirst % 4 != 2:
        return plain
    for step in range(len(ROUND21_STYLES)):
        style = ROUND21_STYLES[((twentyfirst >> 2) + step) % len(ROUND21_STYLES)]
        if _round21(expert, style) is not None:
            return style
    return plain


def _round21(
    expert: Expert, style: str
) -> tuple[tuple[tuple[Inline, ...], ...], tuple[Signed, ...]] | None:
    """The round-21 blocks of one person; None when the expert lacks what the form writes (one
    role with no comma in it and an employer; two credentials for the semicolons)."""
    if "(" in expert.name:
        return None
    titles, institution = expert.titles, expert.institution
    role = titles[0] if titles and "," not in titles[0] else None
    if style == "column_code" and expert.degrees and role and institution:
        lines = (f"By {_name_line(expert, 'comma')}", role, institution, *COLUMN_CODE)
        said = Signed(expert.name, expert.degrees, (role,), institution)
        return tuple((Text(line),) for line in lines), (said,)
    if style == "semicolon_degrees" and len(expert.degrees) >= 2 and role and institution:
        head = f"{expert.name} {' ; '.join(expert.degrees)}"
        said = Signed(expert.name, expert.degrees, (role,), institution)
        return tuple((Text(line),) for line in (head, role, institution)), (said,)
    return None


def _round21_two_style(experts: tuple[Expert, ...], key: str) -> str:
    """Three in four of the "semicolon_two" posts round 20 left take the first round-21 form
    the two experts can carry."""
    twentyfirst = zlib.crc32(f"round-21-pair|{experts[0].name}|{key}".encode())
    if twentyfirst % 4 == 0:
        return "semicolon_two"
    for step in range(len(ROUND21_TWO_STYLES)):
        style = ROUND21_TWO_STYLES[((twentyfirst >> 2) + step) % len(ROUND21_TWO_STYLES)]
        if _round21_two(experts, style) is not None:
            return style
    return "semicolon_two"


def _round20_style(expert: Expert, key: str, plain: str) -> str:
    """A third of the "dr" and "prof" posts take the first round-20 form the expert can
    carry (``plain``: the post's style otherwise)."""
    twentieth = zlib.crc32(f"round-20|{expert.name}|{key}".encode())
    if twentieth % 3:
        return _round21_style(expert, key, plain)
    for step in range(len(ROUND20_STYLES)):
        style = ROUND20_STYLES[((twentieth >> 2) + step) % len(ROUND20_STYLES)]
        if _round20(expert, style, key) is not None:
            return style
    return plain


def _round20(
    expert: Expert, style: str, key: str
) -> tuple[tuple[tuple[Inline, ...], ...], tuple[Signed, ...]] | None:
    """The round-20 forms; None when the expert lacks what the form needs (one role with no
    comma in it and an employer for the forms that write them; a nickname in brackets is left
    to the plain forms)."""
    if "(" in expert.name:
        return None
    titles, institution = expert.titles, expert.institution
    role = titles[0] if titles and "," not in titles[0] else None
    if style == "linked_dash" and expert.doctor and titles and institution:
        # every title, as the reposted line gives them ("Chief, Division of ...": a role and
        # its unit after the name, the shape only an item's honorific vouches for)
        line = f"- Dr. {expert.name}, {', '.join(titles)}, {institution}"
        said = Signed(expert.name, (), titles, institution)
        return ((Text(line),), (Text(LEARN_MORE),)), (said,)
    if style == "mail_in" and expert.degrees:
        line = f"Write to {_name_line(expert, 'comma')}, {MAIL_ADDRESS}."
        return ((Text(line),),), (Signed(expert.name, expert.degrees, (), None),)
    if style == "surname_note" and role and institution and len(expert.name.split()) >= 2:
        pick = zlib.crc32(f"round-20-town|{expert.name}|{key}".encode()) % len(LETTER_TOWNS)
        town = LETTER_TOWNS[pick]
        note = f"{expert.name.split()[-1]} is the {role} at {institution}."
        lines = ((Text(expert.name),), (Text(town),), (Text(note),))
        return lines, (Signed(expert.name, (), (role,), institution, town),)
    if style == "back_to_top" and role and institution:
        lines = ((Text(expert.name),), (Text(f"{role}, {institution}"),), (Text(BACK_TO_TOP),))
        return lines, (Signed(expert.name, (), (role,), institution),)
    return None


def _round20_two(
    experts: tuple[Expert, ...], style: str
) -> tuple[tuple[tuple[Inline, ...], ...], tuple[Signed, ...]] | None:
    """The round-20 two-person form; None when either lacks a credential to write."""
    if style != "hosts_theme" or any("(" in e.name or not e.degrees for e in experts):
        return None
    hosts = " & ".join(_name_line(e, "comma") for e in experts)
    lines = ((Text(f"Hosts: {hosts}"),), (Text(EPISODE_THEME),))
    return lines, tuple(Signed(e.name, e.degrees, (), None) for e in experts)


def _round21_two(
    experts: tuple[Expert, ...], style: str
) -> tuple[tuple[tuple[Inline, ...], ...], tuple[Signed, ...]] | None:
    """The round-21 blocks of two people; None when either lacks a credential to write (or,
    for the starred author line, an institution; a nickname in brackets is left out of it)."""
    if any(not e.degrees for e in experts):
        return None
    said = tuple(Signed(e.name, e.degrees, (), None) for e in experts)
    if style == "numbered_contributors":
        items = [f"{i}. {_name_line(e, 'comma')}" for i, e in enumerate(experts, 1)]
        return tuple((Text(line),) for line in (CONTRIBUTORS_HEADING, *items)), said
    if style == "starred_authors" and all(e.institution and "(" not in e.name for e in experts):
        stars = ("*", "**")
        names = "; ".join(f"{e.name} {star}" for e, star in zip(experts, stars, strict=True))
        notes = [f"{star} {e.institution}" for e, star in zip(experts, stars, strict=True)]
        return tuple((Text(line),) for line in (names, *notes)), tuple(
            Signed(e.name, (), (), e.institution) for e in experts
        )
    if style == "guest_editor":
        names = "; ".join(_name_line(e, "comma") for e in experts)
        lines = ((Text(f"{GUEST_EDITOR}:"),), (Text(names),))
        return lines, tuple(Signed(e.name, e.degrees, (GUEST_EDITOR,), None) for e in experts)
    if style == "doctors_credit":
        # "doctors" for two doctors, a role in the plural for any two ("specialists")
        group = "doctors" if all(e.doctor for e in experts) else "specialists"
        first, second = (_name_line(e, "comma") for e in experts)
        return ((Text(f"Written by {group} {first}, and {second}"),),), said
    return None


def _round19(
    expert: Expert, style: str, key: str
) -> tuple[tuple[tuple[Inline, ...], ...], tuple[Signed, ...]] | None:
    """The round-19 cards; None when the expert lacks what the card needs (a nickname in
    brackets is left to the plain forms, as the round-16 and 17 forms leave it)."""
    if "(" in expert.name:
        return None
    pick = zlib.crc32(f"round-19-pick|{expert.name}|{key}".encode())
    titles, institution = expert.titles, expert.institution
    if style == "ruled_credit" and titles and institution and "," not in titles[0]:
        line = f"Contributed by: {expert.name}, {titles[0]}, {institution}"
        return ((Text(line),), (Text(RULE),)), (Signed(expert.name, (), (titles[0],), institution),)
    if style == "profile_card" and expert.degrees and "MS" not in expert.degrees:
        fields = PROFILE_FIELDS[pick % len(PROFILE_FIELDS)]
        lines = ((Text(_name_line(expert, "comma")),), *((Text(f),) for f in fields))
        return lines, (Signed(expert.name, expert.degrees, (), None),)
    if style == "committee_card" and expert.degrees and "MS" not in expert.degrees:
        lines = ((Text(_name_line(expert, "comma")),), (Text(COMMITTEE),))
        return lines, (Signed(expert.name, expert.degrees, (COMMITTEE,), None),)
    given = expert.name.split()[0]
    if (
        style == "card_bio"
        and expert.doctor
        and titles
        and "," not in titles[0]
        and len(expert.name.split()) >= 2
        and not given.endswith(".")
    ):
        blurb = f"Dr {given} {CARD_BLURBS[pick % len(CARD_BLURBS)]}"
        lines = ((Text(f"Dr {expert.name}"),), (Text(titles[0]),), (Text(blurb),))
        return lines, (Signed(expert.name, (), (titles[0],), None),)
    words = titles[0].split() if titles else []
    if style == "spelled_role" and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        initials = "".join(w[0] for w in words)
        # the role's own acronym ("NP", "CNS"), no doctorate ("Medical Director" is no "MD")
        if initials not in DOCTORAL and initials != "MS" and "," not in titles[0]:
            lines = ((Text(expert.name),), (Text(f"{titles[0]} \u00b7 {initials}"),))
            return lines, (Signed(expert.name, (initials,), (titles[0],), None),)
    return None


def _round19_two(
    experts: tuple[Expert, ...], style: str
) -> tuple[tuple[tuple[Inline, ...], ...], tuple[Signed, ...]] | None:
    """The round-19 two-person forms; None when the two lack what the form needs."""
    first, second = experts
    if any("(" in e.name or "MS" in e.degrees for e in experts):
        return None
    if style == "column_contact" and first.degrees and second.degrees:
        a, b = _name_line(first, "comma"), _name_line(second, "comma")
        line = f"\u2014 {a}; and {b}. Send questions to {COLUMN_ADDRESS}"
        return ((Text(line),),), tuple(Signed(e.name, e.degrees, (), None) for e in experts)
    if style == "masthead" and _masthead_name(first.name):
        pick = zlib.crc32(f"round-19-masthead|{first.name}".encode()) % len(MASTHEAD_OFFICES)
        offices = (MASTHEAD_OFFICES[pick], MASTHEAD_OFFICES[(pick + 1) % len(MASTHEAD_OFFICES)])
        line = " ".join(f"{o} \u2022 {e.name}" for o, e in zip(offices, experts, strict=True))
        return ((Text(line),),), tuple(
            Signed(e.name, (), (o,), None) for o, e in zip(offices, experts, strict=True)
        )
    if style == "host_label" and first.degrees:
        lines = (
            (Text(f"Presenters: {_name_line(first, 'comma')}"),),
            (Text(f"{HOST_BODY} Host: {second.name}"),),
        )
        return lines, (
            Signed(first.name, first.degrees, (), None),
            Signed(second.name, (), ("Host",), HOST_BODY),
        )
    return None


def _masthead_name(name: str) -> bool:
    """A name a masthead can run on into the next office: two words, or an initial between
    them (the reader ends the name after the shortest full name)."""
    words = name.split()
    return len(words) == 2 or (len(words) == 3 and len(words[1]) == 2 and words[1][1] == ".")


def _credit_style(experts: tuple[Expert, ...], key: str) -> str:
    """Half of the "two_experts" posts credit a writer and a reviewer on lines of their own (a
    name with a nickname in brackets is left to the plain form)."""
    credit = zlib.crc32(f"round-16-credit|{experts[0].name}|{key}".encode())
    if credit % 2 == 0 and not any("(" in e.name for e in experts):
        return "credit_lines"
    return "two_experts"


def closing_bio(expert: Expert) -> str | None:
    """The bio sentence that ends an answer in the "closing_bio" form, or None when the expert
    cannot carry it: it needs a role and an institution. A nickname in brackets and the degree
    "MS" (in an MS archive first of all the disease) are left out of the form: the mention
    reader, by design, reads no expert from a sentence holding them (it would rather miss one
    than invent one), and the replica shows only forms whose truth the extractor must find."""
    if not expert.titles or not expert.institution or "(" in expert.name:
        return None
    if "MS" in expert.degrees:
        return None
    who = ", ".join((expert.name, *expert.degrees))
    return f"{who}, is {expert.titles[0]} at {expert.institution}."


def bio_paragraph(expert: Expert, key: str) -> str | None:
    """The paragraph that ends an answer in the "bio_paragraph" form, or None when the expert
    cannot carry it (as for the closing bio, and a given name to open the second sentence)."""
    if closing_bio(expert) is None or len(expert.name.split()) < 2:
        return None
    given = expert.name.split()[0]
    if given.endswith(".") or len(given) < 2:
        return None  # "J. Doe": an initial opens no sentence about the person
    who = ", ".join((expert.name, *expert.degrees)) + ("," if expert.degrees else "")
    role = expert.titles[0]
    article = "an" if role[:1].lower() in "aeiou" else "a"
    pick = zlib.crc32(f"round-17-bio-next|{expert.name}|{key}".encode())
    more = BIO_FOLLOWERS[pick % len(BIO_FOLLOWERS)].format(given=given)
    return f"{who} is {article} {role} at {expert.institution}. {more}"


def quoted_speaker(expert: Expert, key: str) -> str | None:
    """The sentence that ends an answer in the "quoted_speaker" form, or None when the expert
    cannot carry it (as for the closing bio: a role and an institution, no nickname, no "MS"
    degree). The quotation and the form (the verb before or after the speaker) follow the key."""
    if closing_bio(expert) is None:
        return None
    pick = zlib.crc32(f"round-17-quote|{expert.name}|{key}".encode())
    quote = SPEAKER_QUOTES[pick % len(SPEAKER_QUOTES)]
    who = ", ".join((expert.name, *expert.degrees))
    role = f"{expert.titles[0]} at {expert.institution}"
    form = (pick // len(SPEAKER_QUOTES)) % 3
    if form == 0:
        return f"\u201c{quote},\u201d said {who}, {role}."
    if form == 1:
        return f"{who}, {role}, said: \u201c{quote}.\u201d"
    return f"\u201c{quote},\u201d explained {who}, {role}."


def _round6_style(expert: Expert, key: str, ends_in_sentence: bool, otherwise: str) -> str:
    """For half of the posts given a round-5 form: a round-6 form the expert can carry (a bare
    name's form only after a finished sentence), or ``otherwise``."""
    if otherwise not in ROUND5_STYLES:
        return otherwise
    sixth = zlib.crc32(f"round-6|{expert.name}|{key}".encode())
    if sixth % 2 or not ends_in_sentence:
        return otherwise
    for step in range(len(ROUND6_STYLES)):
        style6 = ROUND6_STYLES[((sixth >> 1) + step) % len(ROUND6_STYLES)]
        if _round6(expert, style6) is not None:
            return style6
    return otherwise


def _round5_style(expert: Expert, fifth: int, otherwise: str = "lines") -> str:
    """The first round-5 form (from a stable start) the expert can carry, or ``otherwise``."""
    n = len(ROUND5_STYLES)
    for step in range(n):
        style5 = ROUND5_STYLES[((fifth >> 2) + step) % n]
        if _round5(expert, style5) is not None:
            return style5
    return otherwise


def second_author(first: Expert) -> Expert:
    """The co-author an author line names after ``first`` (stable: a CRC of the name)."""
    from msqa_scraper.replica.people import EXPERTS

    pool = [e for e in EXPERTS if e.name != first.name and "(" not in e.name]
    return pool[zlib.crc32(first.name.encode()) % len(pool)]


@dataclass(frozen=True, slots=True)
class Features:
    """Markup choices for one post (content words come from the draft)."""

    question_label: bool = True
    answer_label: bool = True
    label_word: str = "Question"  # or "Q" (then "A:" for the answer)
    label_bold: bool = False
    label_own_line: bool = False
    qa_same_paragraph: bool = False
    question_multiline: bool = False
    answer_paragraphs: int = 1
    answer_join: str = "br"  # "br": <br /><br /> inside one div; "div": one div each
    sig_style: str = "lines"
    sig_same_paragraph: bool = False
    sig_bold_name: bool = False
    bullet_list: bool = False
    numbered_list: bool = False
    heading: bool = False
    image: bool = False
    internal_link: str | None = None  # a PostRef form
    external_link: bool = False
    zwsp_raw: bool = False
    zwsp_entity: bool = False
    nbsp: bool = False
    entities: bool = False
    leading_br: bool = False
    colon_text: bool = False
    read_more: bool = False
    seo_title: bool = False


@dataclass(frozen=True)
class Signed:
    """An expert as a signature writes them: ``degrees`` are the ones actually written."""

    name: str
    degrees: tuple[str, ...]
    titles: tuple[str, ...]
    institution: str | None
    place: str | None = None

    def to_dict(self) -> dict:
        out = {
            "name": self.name,
            "degrees": list(self.degrees),
            "titles": list(self.titles),
            "institution": self.institution,
        }
        if self.place:
            out["place"] = self.place
        return out


@dataclass(frozen=True)
class PostBody:
    question: Para | None  # None: the title is the question
    answer: tuple[Block, ...]
    signature: tuple[tuple[Inline, ...], ...]  # one tuple of inlines per line
    signed: tuple[Signed, ...]
    features: Features
    images: tuple[Image, ...] = field(default=())


def _name_line(expert: Expert, degrees: str) -> str:
    if degrees == "none" or not expert.degrees:
        return expert.name
    if degrees == "comma":
        return ", ".join((expert.name, *expert.degrees))
    return " ".join((expert.name, *expert.degrees))


def signature(
    experts: tuple[Expert, ...], style: str, bold_name: bool, key: str = ""
) -> tuple[tuple[tuple[Inline, ...], ...], tuple[Signed, ...]]:
    """The signature lines for ``experts`` in ``style``, and what each line set says (``key``:
    the post's, for the forms whose wording varies by post)."""
    lines: list[tuple[Inline, ...]] = []
    signed: list[Signed] = []
    if style == "semicolon_two":
        # "Jane Doe, MD; Omar Saleh, MD": names and credentials only, on one line.
        heads = [_name_line(e, "comma") for e in experts]
        lines.append((Text("; ".join(heads)),))
        return tuple(lines), tuple(Signed(e.name, e.degrees, (), None) for e in experts)
    if style in ROUND4_STYLES:
        said4 = _round4(experts[0], style)
        if said4 is not None:
            return said4
        style = "lines"
    if style in ROUND5_STYLES:
        said5 = _round5(experts[0], style)
        if said5 is not None:
            return said5
        style = "lines"
    if style in ROUND6_STYLES:
        said6 = _round6(experts[0], style)
        if said6 is not None:
            return said6
        style = "lines"
    if style in ROUND7_FIND_STYLES:
        said7 = _round7_find(experts[0], style)
        if said7 is not None:
            return said7
        style = "lines"
    if style in ROUND19_STYLES:
        said19 = _round19(experts[0], style, key)
        if said19 is not None:
            return said19
        style = "dash"
    if style in ROUND20_STYLES:
        said20 = _round20(experts[0], style, key)
        if said20 is not None:
            return said20
        style = "dr"
    if style in ROUND21_STYLES:
        said21 = _round21(experts[0], style)
        if said21 is not None:
            return said21
        style = "dr"
    if style in ROUND21_TWO_STYLES and len(experts) == 2:
        said21 = _round21_two(experts, style)
        if said21 is not None:
            return said21
        style = "semicolon_two"
    if style in ROUND20_TWO_STYLES and len(experts) == 2:
        said20 = _round20_two(experts, style)
        if said20 is not None:
            return said20
        style = "semicolon_two"
    if style in ROUND19_TWO_STYLES and len(experts) == 2:
        said19 = _round19_two(experts, style)
        if said19 is not None:
            return said19
        style = "semicolon_two"
    if style == "credit_lines" and len(experts) == 2:
        # the writer's credit names no credentials; the reviewer's gives them, as written
        writer, reviewer = experts
        lines.append((Text(f"Written by {writer.name}"),))
        lines.append((Text(f"Medically reviewed by {_name_line(reviewer, 'comma')}"),))
        return tuple(lines), (
            Signed(writer.name, (), (), None),
            Signed(reviewer.name, reviewer.degrees, (), None),
        )
    if style in ("closing_bio", "quoted_speaker", "bio_paragraph") and closing_bio(experts[0]):
        # No signature lines: the bio sentence or the quotation is the answer's last paragraph
        # (compose.py).
        e = experts[0]
        return (), (Signed(e.name, e.degrees, (e.titles[0],), e.institution),)
    if style == "label_list":
        # "Presenters: Jane Doe, MD and Omar Saleh, DO": a label, then the names in a list.
        heads = [_name_line(e, "comma") for e in experts]
        lines.append((Text(f"Presenters: {' and '.join(heads)}"),))
        return tuple(lines), tuple(Signed(e.name, e.degrees, (), None) for e in experts)
    for expert in experts:
        if style in _REAL_WORLD:
            line_set, said = _real_world(expert, style, bold_name)
            lines.extend(line_set)
            signed.append(said)
            continue
        degrees = "comma" if style == "comma" else "space"
        name = _name_line(expert, degrees)
        written = expert.degrees
        if style == "dr":
            name, written = f"Dr. {expert.name}", ()
        parts = [name, *expert.titles]
        if expert.institution:
            parts.append(expert.institution)
        signed.append(Signed(expert.name, written, expert.titles, expert.institution))
        if style == "flat":
            lines.append((Text(" ".join(parts)),))
            continue
        head: tuple[Inline, ...] = (Strong((Text(name),)),) if bold_name else (Text(name),)
        if style == "answered_by":
            head = (Text("Answered by: "), *head)
        elif style == "answered_by_next_line":
            lines.append((Text("Answered by:"),))
        lines.append(head)
        lines.extend((Text(part),) for part in parts[1:])
    return tuple(lines), tuple(signed)


_REAL_WORLD = frozenset(
    {"dash", "reviewed_by", "interview_flat", "prof", "role_at", "brackets", "place"}
    | {"caption", "role_first", "appositive", "caps"}
)


def _real_world(
    expert: Expert, style: str, bold_name: bool
) -> tuple[list[tuple[Inline, ...]], Signed]:
    """One expert in a signature form seen on public pages; what it says comes from the model."""
    comma = _name_line(expert, "comma")
    titles = list(expert.titles)
    institution = expert.institution
    place = None
    lead = ""
    if style == "dash":
        lead = "\u2014 "
    elif style == "reviewed_by":
        lead = "Medically reviewed by "
    elif style == "prof":
        comma = ", ".join((f"Prof. {expert.name}", *expert.degrees))
    elif style == "brackets" and expert.degrees:
        comma = f"{expert.name} ({', '.join(expert.degrees)})"
    if style in ("caption", "role_first", "appositive", "caps"):
        said = _round3(expert, style, bold_name)
        if said is not None:
            return said
    if style == "interview_flat":
        parts = [_name_line(expert, "space"), *titles, *([institution] if institution else [])]
        said = Signed(expert.name, expert.degrees, expert.titles, institution)
        return [(Text("Interview with: " + " ".join(parts)),)], said
    head: tuple[Inline, ...] = (Strong((Text(comma),)),) if bold_name else (Text(comma),)
    if lead:
        head = (Text(lead), *head)
    lines: list[tuple[Inline, ...]] = [head]
    rest = [*titles, *([institution] if institution else [])]
    if style == "role_at" and titles and institution:
        rest = [f"{titles[0]} at {institution}", *titles[1:]]
    if style == "place" and expert.place and institution:
        rest.append(expert.place)
        place = expert.place
    lines.extend((Text(part),) for part in rest)
    return lines, Signed(expert.name, expert.degrees, expert.titles, institution, place)


def _round3(
    expert: Expert, style: str, bold_name: bool
) -> tuple[list[tuple[Inline, ...]], Signed] | None:
    """The round-3 forms; None when the expert lacks what the form needs (then: lines)."""
    comma = _name_line(expert, "comma")
    titles, institution = expert.titles, expert.institution
    if style == "caption":
        # A speaker caption in square brackets, all on one line.
        inner = ", ".join([comma, *titles, *([institution] if institution else [])])
        return [(Text(f"[{inner}]"),)], Signed(expert.name, expert.degrees, titles, institution)
    if style == "role_first" and titles:
        # "Chief of Neuroimmunology – Dr Margaret A. Ellison": the role, a dash, the name.
        honorific = "Dr" if expert.doctor else "Professor"
        line = f"{titles[0]} – {honorific} {expert.name}"
        return [(Text(line),)], Signed(expert.name, (), titles[:1], None)
    if style == "appositive" and len(titles) == 1 and institution and "," not in titles[0]:
        # "Jane Doe, MD, a staff neurologist at Harbour Clinic": the role in lower case.
        role = titles[0].lower()
        article = "an" if role[:1] in "aeiou" else "a"
        line = f"{comma}, {article} {role} at {institution}"
        return [(Text(line),)], Signed(expert.name, expert.degrees, (role,), institution)
    if style == "caps":
        name = expert.name.upper()
        head_text = ", ".join((name, *expert.degrees))
        head: tuple[Inline, ...] = (
            (Strong((Text(head_text),)),) if bold_name else (Text(head_text),)
        )
        rest = [*titles, *([institution] if institution else [])]
        return [head, *((Text(part),) for part in rest)], Signed(
            name, expert.degrees, titles, institution
        )
    return None


def _plain_org_role(title: str, institution: str) -> bool:
    """The possessive form reads plainly: no bracket after the organisation ("(MSSM)'s"), and one
    role with no comma or slash in it."""
    return "(" not in institution and not any(mark in title for mark in ",/")


def _round4(
    expert: Expert, style: str
) -> tuple[tuple[tuple[Inline, ...], ...], tuple[Signed, ...]] | None:
    """The round-4 forms; None when the expert lacks what the form needs (then: lines)."""
    comma = _name_line(expert, "comma")
    titles, institution = expert.titles, expert.institution
    if style == "dated_byline":
        # "By Name, MD" over a date line: the date is no part of the expert.
        date = BYLINE_DATES[zlib.crc32(expert.name.encode()) % len(BYLINE_DATES)]
        lines = ((Text(f"By {comma}"),), (Text(date),))
        return lines, (Signed(expert.name, expert.degrees, (), None),)
    if style == "letter" and "(" not in expert.name and (titles or institution):
        # A letter's sign-off: the closing, the bare name, its role and organisation lines.
        rest = [*titles, *([institution] if institution else [])]
        lines = ((Text("Thank you,"),), (Text(expert.name),), *((Text(p),) for p in rest))
        return lines, (Signed(expert.name, (), titles, institution),)
    if style == "author_line" and "(" not in expert.name:
        # A journal's author line: bare names, each with its affiliation marks.
        other = second_author(expert)
        line = f"{expert.name} 1,*, {other.name} 2"
        return ((Text(line),),), (
            Signed(expert.name, (), (), None),
            Signed(other.name, (), (), None),
        )
    if (
        style == "org_role"
        and len(titles) == 1
        and institution
        and _plain_org_role(titles[0], institution)
    ):
        # The organisation, possessive, before the role: "Harbour Clinic's Medical Director".
        lines = ((Text(comma),), (Text(f"{institution}'s {titles[0]}"),))
        return lines, (Signed(expert.name, expert.degrees, titles, institution),)
    return None


def _affiliated(expert: Expert) -> bool:
    """An author block's author: an organisation to be affiliated with, a plain name."""
    return expert.institution is not None and "(" not in expert.name + expert.institution


def co_author(first: Expert) -> Expert:
    """The co-author an author block names after ``first`` (stable: a CRC of the name)."""
    from msqa_scraper.replica.people import EXPERTS

    pool = [e for e in EXPERTS if e.name != first.name and _affiliated(e)]
    return pool[zlib.crc32(f"co|{first.name}".encode()) % len(pool)]


def _round5(
    expert: Expert, style: str
) -> tuple[tuple[tuple[Inline, ...], ...], tuple[Signed, ...]] | None:
    """The round-5 forms; None when the expert lacks what the form needs (then: lines)."""
    titles, institution = expert.titles, expert.institution
    if style == "valediction" and expert.doctor and len(titles) == 1:
        # A forum's sign-off: the closing, "Dr Name", the role, each line with a full stop.
        lines = ((Text("Kind regards."),), (Text(f"Dr {expert.name}."),), (Text(f"{titles[0]}."),))
        return lines, (Signed(expert.name, (), titles, None),)
    if style == "label_block" and institution:
        # A journal's "Correspondence Address:" label over a stacked block.
        rest = [*titles, institution]
        lines = (
            (Text("Correspondence Address:"),),
            (Text(_name_line(expert, "comma")),),
            *((Text(p),) for p in rest),
        )
        return lines, (Signed(expert.name, expert.degrees, titles, institution),)
    if style == "author_block" and _affiliated(expert) and expert.degrees:
        # An article's author line with affiliation marks and credentials, then one numbered
        # affiliation line per mark.
        other = co_author(expert)
        people = (expert, other) if other.institution != institution else (expert,)
        if len(people) == 1 or not other.degrees:
            return None
        heads = [", ".join((f"{e.name} {i}", *e.degrees)) for i, e in enumerate(people, 1)]
        affs = [f"{i} {e.institution}" for i, e in enumerate(people, 1)]
        lines = ((Text(", ".join(heads)),), *((Text(a),) for a in affs))
        return lines, tuple(Signed(e.name, e.degrees, (), e.institution) for e in people)
    return None


def _round6(
    expert: Expert, style: str
) -> tuple[tuple[tuple[Inline, ...], ...], tuple[Signed, ...]] | None:
    """The round-6 forms; None when the expert lacks what the form needs (then: lines)."""
    titles, institution = expert.titles, expert.institution
    plain = "(" not in expert.name and "," not in "".join(titles)
    if style == "profession" and plain and len(titles) == 1 and not expert.doctor:
        # A quote's attribution: the full name and the profession alone on the last line.
        lines = ((Text(f"{expert.name}, {titles[0]}"),),)
        return lines, (Signed(expert.name, (), titles, None),)
    if style == "picture_credit" and plain and len(titles) == 1 and expert.doctor:
        # A photo caption: "Dr Name, Role." and the picture credit, one line.
        lines = ((Text(f"Dr {expert.name}, {titles[0]}. Picture supplied"),),)
        return lines, (Signed(expert.name, (), titles, None),)
    if style == "dashed_initials" and plain and expert.degrees and institution:
        # The writer's initials after the answer's dash, then the name and the practice.
        initials = "".join(w[0] for w in expert.name.replace("-", " ").split() if w[:1].isupper())
        lines = (
            (Text(f"\u2014{initials}"),),
            (Text(_name_line(expert, "comma")),),
            (Text(institution),),
        )
        return lines, (Signed(expert.name, expert.degrees, (), institution),)
    return None


def _round7_find(
    expert: Expert, style: str
) -> tuple[tuple[tuple[Inline, ...], ...], tuple[Signed, ...]] | None:
    """The round-7 (find) forms; None when the expert lacks what the form needs (then: lines)."""
    institution = expert.institution
    if style == "social_line" and institution and "(" not in expert.name:
        # The name, the practice, and a social-media address with no "www." under them.
        handle = "".join(ch for ch in expert.name if ch.isascii() and ch.isalpha())
        lines = (
            (Text(_name_line(expert, "comma")),),
            (Text(institution),),
            (Text(f"twitter.com/{handle}"),),
        )
        return lines, (Signed(expert.name, expert.degrees, (), institution),)
    return None


def _label(word: str, bold: bool) -> str:
    return f"<strong>{word}:</strong>" if bold else f"{word}:"


def _is_text_para(block: Block) -> bool:
    return isinstance(block, Para) and not any(isinstance(n, ListNode) for n in block.children)


def render_body(body: PostBody, ctx: RenderContext, *, excerpt: bool = False) -> str:
    """The inside of ``div.blog-content``: blocks joined by two spaces, as 2024 Weebly does.

    With ``excerpt`` the blocks stop at the Read More break (the caller adds the link).
    """
    f = body.features
    out: list[str] = []
    pending: list[str] = []  # the open div.paragraph
    pending_kind = ""  # what it holds: "question" or "answer"

    def flush() -> None:
        nonlocal pending, pending_kind
        if pending:
            out.append(f'<div class="paragraph">{"".join(pending)}</div>')
        pending, pending_kind = [], ""

    lead = "<br />" if f.leading_br else ""
    short = f.label_word == "Q"
    if body.question is not None:
        gap = "<br />" if f.label_own_line else " "
        label = _label("Q" if short else "Question", f.label_bold)
        pending = [lead + label + gap + inline_html(body.question.children, ctx)]
        pending_kind = "question"
        lead = ""
        if not f.qa_same_paragraph:
            flush()
    first = True
    for block in body.answer:
        if isinstance(block, SummaryBreak) and excerpt:
            flush()
            return "  ".join(out)
        if not _is_text_para(block):
            flush()
            out.append(block_html(block, ctx))
            continue
        chunk = inline_html(block.children, ctx)
        if first:
            first = False
            if f.answer_label:
                gap = "<br />" if f.label_own_line else " "
                chunk = _label("A" if short else "Answer", f.label_bold) + gap + chunk
            chunk = lead + chunk
            if pending_kind == "question":
                pending.append("<br /><br />" + chunk)
                pending_kind = "answer"
                continue
        elif pending_kind == "answer" and f.answer_join == "br":
            pending.append("<br /><br />" + chunk)
            continue
        flush()
        pending, pending_kind = [chunk], "answer"
    if ctx.drift == "renamed-content" and body.signed and body.signature:
        # Template drift (synthetic): the signature is one sentence at the end of the answer.
        if pending_kind == "answer":
            pending.append(" " + prose_signature(body.signed))
        else:
            flush()
            pending = [prose_signature(body.signed)]
    elif body.signature:  # only the synthetic bad pages have none
        sig = "<br />".join(inline_html(line, ctx) for line in body.signature)
        if f.sig_same_paragraph and pending_kind == "answer":
            pending.append("<br /><br />" + sig)
        else:
            flush()
            pending = [sig]
    flush()
    return "  ".join(out)


def prose_signature(signed: tuple[Signed, ...]) -> str:
    """The experts as one sentence of prose (markup), as a drifted template writes them."""
    people = []
    for s in signed:
        who = " ".join((s.name, *s.degrees))
        people.append(", ".join((who, *s.titles, *((s.institution,) if s.institution else ()))))
    return html.escape(f"This answer was provided by {' and '.join(people)}.", False)


def has_break(body: PostBody) -> bool:
    return any(isinstance(b, SummaryBreak) for b in body.answer)


def lines_para(lines: tuple[str, ...]) -> Para:
    """A paragraph of lines separated by single ``<br />``."""
    nodes: list[Inline] = []
    for i, line in enumerate(lines):
        if i:
            nodes.append(Br())
        nodes.append(Text(line))
    return Para(tuple(nodes))
