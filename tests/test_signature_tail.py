"""Round 12, find: a signature followed by a tail, and closings glued to the name.

1. A signature is often not the answer's last line: under it come a postscript, a reference
   list, a disclaimer, contact or social lines, a letter's copies and enclosures, a paper's
   competing interests. find reads the best block ABOVE such a tail (each tail line of a kind
   named in data/post_signature.txt, or under a heading of one). A tail of furniture leaves the
   answer with the block; a tail holding a sentence (a postscript, a disclaimer, a note) keeps
   the block and the tail in the answer (never lose a sentence), the expert read all the same.
2. A closing glued or run on into the name ("RegardsDr.Name", "Regards,Dr. Name", "Take
   careDr.Name", "Best wishes to you all - Name") or a name glued to its honorific ("Dr.Obi.")
   is read as the closing's line over the name's: the same expert as the spaced form.
3. A sign-off written all in lower case with a closing opening it ("take care name", "sincerely
   dr name", "sincerely name j. name md facs") is read the same way; the name is kept as written.

The cases follow forms of development sets 13 (ids r..) and 14 (ids s..), written with invented
people, organisations and sentences.
"""

from __future__ import annotations

import pytest
import signature_helpers as helpers
from hypothesis import given, settings
from hypothesis import strategies as st

from msqa_scraper.extract.signature import SigLine
from msqa_scraper.extract.signature.find import _tail_kind, _unglue, find_signature
from msqa_scraper.extract.signature.vocabulary import vocabulary

PROSE = ["Rest in the afternoon when the fatigue is worst, and keep the clinic diary going."]


def _read(*lines: str):
    """(attribution, index of the first signature line) for the prose, then ``lines``."""
    return helpers.found(*lines, prose=PROSE), len(PROSE)


def _names(a) -> list[str]:
    return [e.name for e in a.experts]


def _kept(a, n_lines: int) -> bool:
    """Every line stays in the answer (the block is read, nothing is cut)."""
    return a.start is None or a.start >= n_lines


# -- 1. tails, one test per kind ---------------------------------------------------------------
def test_a_postscript_under_the_block_stays_in_the_answer():  # set 13 r07
    lines = (
        "Best wishes,",
        "Ingrid Vale",
        "Editor-in-Chief",
        "Northfield MS Review",
        "P.S. You can sign up for the review's content alerts on our website.",
    )
    a, _ = _read(*lines)
    assert _names(a) == ["Ingrid Vale"]
    assert _kept(a, len(PROSE) + len(lines))


def test_a_lower_case_ps_under_a_letter_stays():  # set 14 s29 ("ps expect a letter ...")
    lines = ("Best wishes,", "Tobias Lindqvist", "ps expect a letter from the committee soon.")
    a, _ = _read(*lines)
    assert _names(a) == ["Tobias Lindqvist"]
    assert _kept(a, len(PROSE) + len(lines))


def test_a_subscription_sentence_under_the_block_stays():  # set 13 r02
    lines = ("Sincerely,", "Maya Torrance", "Please subscribe if you would like e-mail updates.")
    a, _ = _read(*lines)
    assert _names(a) == ["Maya Torrance"]
    assert _kept(a, len(PROSE) + len(lines))


def test_a_note_under_a_results_credit_stays():  # set 13 r24
    lines = ("Results reviewed by: Omar Sethi", "Note: If your symptoms worsen, call the clinic.")
    a, _ = _read(*lines)
    assert _names(a) == ["Omar Sethi"]
    assert _kept(a, len(PROSE) + len(lines))


def test_a_journal_disclosure_under_the_corresponding_author_stays():  # set 27 ob20
    # https://test.acofp.org/news-and-publications/journal/article-detail/vol-14-no-4-(2022)-
    # july-august-2022/multiple-sclerosis-comprehensive-review-osteopathic-provider (set 27
    # ob20: 'Corresponding Author(s)' over the name, credentials and e-mail, then the
    # article's disclosure sentence)
    lines = (
        "Corresponding Author(s)",
        "Rosalind E. Achebe-Moore, MS, DO rachebe@example.edu",
        "The authors declare no financial relationships relevant to this article.",
    )
    a, _ = _read(*lines)
    assert [(e.name, e.degrees) for e in a.experts] == [("Rosalind E. Achebe-Moore", ("MS", "DO"))]
    assert _kept(a, len(PROSE) + len(lines))


def test_a_label_word_in_the_plural_mark_is_a_label():  # set 27 ob20 ('Author(s)')
    for label in ("Corresponding Author(s)", "Author(s):"):
        a, start = _read(label, "Rosalind Achebe-Moore, DO")
        assert _names(a) == ["Rosalind Achebe-Moore"] and a.start == start


def test_a_blog_author_box_line_leaves_with_the_block():  # set 27 ob27
    # https://www.westafricanpilotnews.com/2023/06/09/over-30000-people-suffer-from-brain-spinal-
    # cord-ailment-in-africa-prof-nyandaiti/ (set 27 ob27: a WordPress author box, the byline over
    # 'Latest posts by <Name> (see all)'): the author box's link line is furniture
    for name_line in ("Adaora Nwankwo-Ellis", "Adaora Nwankwo-Ellis, MD"):
        lines = (name_line, f"Latest posts by {name_line} (see all)")
        a, start = _read(*lines)
        assert _names(a) == ["Adaora Nwankwo-Ellis"] and a.start == start


def test_a_reference_list_leaves_with_the_block():  # set 13 r03
    lines = (
        "Dr Lena Okafor, Neurologist",
        "References",
        "1. Brandt K. Fatigue in relapsing MS. Example J Neurol 2019;4:1-9.",
        "2. Moss T. Heat and symptoms. Example Neurol Rev 2021;12(3):201-208.",
    )
    a, at = _read(*lines)
    assert _names(a) == ["Lena Okafor"]
    assert a.start == at  # the list is page furniture: no sentence of the answer


def test_social_handles_under_the_block_leave_with_it():  # set 13 r14
    lines = (
        "Warm regards,",
        "Rina Kaya, RD",
        "Let's connect: Instagram @rinakaya_rd; Twitter @rinakaya_rd",
    )
    a, at = _read(*lines)
    assert _names(a) == ["Rina Kaya"]
    assert a.start == at


def test_competing_interests_leave_with_the_block():  # set 13 r06
    lines = (
        "Nadia Brook, Research Nurse, Lakeside Medical Centre",
        "Competing interests: none declared.",
    )
    a, at = _read(*lines)
    assert _names(a) == ["Nadia Brook"]
    assert a.start == at


def test_attachments_leave_with_the_block():  # set 13 r34
    lines = (
        "Owen Tremblay",
        "Past-President, Federation of Medical Students",
        "Attachments:",
        "- Call for nominations.pdf",
    )
    a, at = _read(*lines)
    assert _names(a) == ["Owen Tremblay"]
    assert a.start == at


def test_a_copy_heading_owns_the_name_under_it():  # set 13 r26 (cc: / a second doctor)
    lines = (
        "Yours sincerely,",
        "Dr Fiona Hale",
        "Consultant Neurologist",
        "cc:",
        "Dr Isaac Noble",
    )
    a, at = _read(*lines)
    assert _names(a) == ["Fiona Hale"]  # the copy's addressee is no author
    assert a.start == at


def test_tail_kinds_are_read_by_one_test_each():
    v = vocabulary()
    assert _tail_kind("P.S. Write again in a month.", v) == ("ps", False)
    assert _tail_kind("References", v) == ("references", True)
    assert _tail_kind("3. Moss T. Heat. Example J 2020;1:2-9.", v) == ("references", False)
    assert _tail_kind("Labels: fatigue, relapse", v) == ("furniture", False)
    assert _tail_kind("Email: clinic@example.org", v) == ("contact", False)
    assert _tail_kind("Replies should be taken in a general context.", v) == ("disclaimer", False)
    # openers are whole words, and a contact word needs an address or a number
    assert _tail_kind("PSA levels were normal.", v) is None
    assert _tail_kind("Notes from the clinic", v) is None
    assert _tail_kind("Email me if it gets worse.", v) is None


def test_a_tail_under_no_name_invents_no_one():  # set 14 s34 ("Regards" alone)
    for lines in (("Regards",), ("Regards,", "P.S. Write again if it gets worse.")):
        a, _ = _read(*lines)
        assert a.experts == []
        assert a.start is None  # the lines stay in the answer


# -- 2. glued closings -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Regards,Dr. Anand Kulvir", "Anand Kulvir"),  # set 14 s04
        ("Regards Dr.Liridana", "Liridana"),  # set 14 s06
        ("RegardsDr.Liridana", "Liridana"),  # set 14 s07
        ("Take careDr.Besima", "Besima"),  # set 14 s08 (written lower case there)
        ("RegardsDr Ruano.", "Ruano"),  # set 14 s11
        ("Best wishes to you all - Alan P. Whitmore", "Alan P. Whitmore"),  # set 13 r18
    ],
)
def test_a_glued_closing_is_read_as_the_closing_over_the_name(line, name):
    a, at = _read(line)
    assert _names(a) == [name]
    assert a.start == at  # the whole line leaves, its closing with it


def test_a_name_glued_to_its_honorific():  # set 14 s27 ("Best Wishes!" / "Dr.Obi.")
    a, _ = _read("Best Wishes!", "Dr.Obiora.")
    assert _names(a) == ["Obiora"]


def test_a_lower_case_name_glued_to_its_closing_is_given_back_as_written():  # set 14 s08
    a, at = _read("Take careDr.besima")
    assert _names(a) == ["besima"]
    assert a.start == at


# -- 3. lower-case sign-offs -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "name", "degrees"),
    [
        ("take care amira", "amira", ()),  # set 14 s13
        ("sincerely dr chakravarti", "chakravarti", ()),  # set 14 s14
        ("sincerely daniel j. okonkwo md facs", "daniel j. okonkwo", ("MD", "FACS")),  # s18
    ],
)
def test_a_lower_case_sign_off_opened_by_a_closing(line, name, degrees):
    a, at = _read(line)
    assert _names(a) == [name]  # the name as written
    assert tuple(a.experts[0].degrees) == degrees
    assert a.start == at


@pytest.mark.parametrize(
    "line", ["take care of yourself", "good luck", "thanks again", "take care mark the date"]
)
def test_a_lower_case_closing_with_no_name_stays(line):  # set 14 s20, s34
    a, _ = _read(line)
    assert a.experts == []
    assert a.start is None


def test_spaced_lines_are_not_rewritten():
    v = vocabulary()
    assert _unglue("Regards, Dr. Anand Kulvir", v) is None
    assert _unglue("Best regards Dr. Anand Kulvir", v) is None
    assert _unglue("Careful drivers stop early.", v) is None
    assert _unglue("RegardsDr.Liridana", v) == ("Regards,", "Dr. Liridana")


def test_a_glued_closing_with_no_name_stays_no_expert():
    for line in ("Best wishes to you all", "Regards -- The Clinic Team", "Thanks,"):
        a, _ = _read(line)
        assert a.experts == []


# -- properties --------------------------------------------------------------------------------
FIRST = ["Helena", "Marcus", "Priya", "Tomas", "Ingrid", "Samuel", "Aoife", "Rafael"]
LAST = ["Okafor", "Lindqvist", "Brandt", "Moreau", "Haddad", "Ellery", "Sethi", "Tremaine"]
CLOSINGS = ["Regards", "Best wishes", "Kind regards", "Sincerely", "Take care", "Warm regards"]
ROLES = [[], ["Neurologist"], ["Consultant Neurologist", "Northgate MS Clinic"]]

PS = ["P.S. Write again if the numbness spreads.", "PS: The clinic reopens on Monday."]
DISCLAIMERS = [
    "Replies should be taken in a general context; always consult your own doctor.",
    "Disclaimer: this answer is general information and no medical advice.",
    "Note: If your vision worsens, go to the emergency department.",
]
CONTACTS = [
    "Email: clinic@northgate.example.org",
    "Tel: +44 20 7946 0123",
    "Let's connect: Instagram @northgate_ms; Twitter @northgate_ms",
    "www.northgate-ms.example.org",
]
CITATIONS = [
    "Brandt K. Fatigue in relapsing MS. Example J Neurol 2019;4:1-9.",
    "Moss T. Heat and symptoms. Example Neurol Rev 2021;12(3):201-208.",
    "Ellery R. Bladder care in MS. Example Care 2018;7:33-40.",
]


@st.composite
def signatures(draw) -> list[str]:
    closing = draw(st.sampled_from(CLOSINGS))
    name = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    hon = draw(st.sampled_from(["Dr ", "Dr. ", ""]))
    return [f"{closing},", f"{hon}{name}", *draw(st.sampled_from(ROLES))]


@st.composite
def tails(draw) -> tuple[list[str], bool]:
    """(tail lines, whether they hold a sentence that must stay in the answer)."""
    kind = draw(st.sampled_from(["ps", "disclaimer", "contact", "references"]))
    if kind == "ps":
        return [draw(st.sampled_from(PS))], True
    if kind == "disclaimer":
        return [draw(st.sampled_from(DISCLAIMERS))], True
    if kind == "contact":
        return draw(st.lists(st.sampled_from(CONTACTS), min_size=1, max_size=2, unique=True)), False
    cited = draw(st.lists(st.sampled_from(CITATIONS), min_size=1, max_size=3, unique=True))
    return ["References", *(f"{i}. {c}" for i, c in enumerate(cited, 1))], False


@settings(max_examples=80, deadline=None)
@given(signatures(), tails())
def test_a_tail_after_a_signature_keeps_the_expert_and_its_sentences(sig, tail):
    lines, sentence = tail
    alone, _ = _read(*sig)
    assert alone.experts  # the generated signatures are read alone (the premise)
    a, at = _read(*sig, *lines)
    assert a.experts == alone.experts
    if sentence:
        assert _kept(a, at + len(sig) + len(lines))  # never lose a sentence
    else:
        assert a.start == at  # furniture leaves with the block


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(CLOSINGS),
    st.sampled_from(["Dr", "Dr.", "Prof.", "Mrs"]),
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
    st.sampled_from(["{c}{h}{n}", "{c},{h} {n}", "{c} {h}{n}", "{c}{h} {n}"]),
)
def test_a_glued_closing_names_the_expert_of_the_spaced_one(closing, hon, first, last, glue):
    name = f"{first} {last}"
    spaced, _ = _read(f"{closing}, {hon} {name}")
    if glue in ("{c} {h}{n}", "{c}{h}{n}") and not hon.endswith("."):
        return  # "Regards DrHelena": a run-together word, no honorific to be read
    glued, at = _read(glue.format(c=closing, h=hon, n=name))
    assert spaced.experts
    assert glued.experts == spaced.experts
    assert glued.start == at


def test_find_signature_maps_a_split_line_back_to_the_line_written():
    lines = [SigLine(PROSE[0], para_start=True), SigLine("RegardsDr.Liridana", para_start=True)]
    found = find_signature(lines)
    assert found is not None and found.start == 1
    assert found.lines == ["RegardsDr.Liridana"]
