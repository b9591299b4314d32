"""Round 5, boundary finding: where a signature starts when the forms of the third yardstick
(tests/data/signature_eval_cases_3.json, the development set) write it.

One small test per form. Each names the real page that showed the form (the yardstick case's
source URL); the people, places and sentences are invented. The families: valedictions with a
full stop or run on after the prose, lead-ins with an initial for the given name, a quoted
member's given name, labels over a block (a colon label, a column label in capitals, a plural
role), numbered and Medline-style author blocks with their affiliations.
"""

from functools import partial

import pytest
import signature_helpers as helpers
from signature_helpers import E

PROSE = "Keep a short diary of the symptoms and bring it to your next visit."

NAIJAMED = (
    "https://github.com/Ayomidejoe/NaijaMed_QA_Dataset/blob/"
    "7ead90189ff3f7c328a84b5960d97dbac42cf35b/ebdb_thread_comments.sql"
)
HCM = (
    "https://github.com/vitrannn/GEP-PII-Detection/blob/"
    "44ef934f5a4977d598c943068784c7fdf911201f/datapreprocess/HealthCareMagic-s-origin.txt"
)
FABLIFE = "https://myfablifewithms.blogspot.com/2015/03"
CMA = "https://www.cma.ca/En/Pages/2012-questions-responses.aspx"
MSUK_NURSES = (
    "https://www.mssociety.org.uk/get-involved/campaigns/campaigns-blog/2013/05/"
    "help-us-save-ms-specialist-nurses"
)
HEALTHGRADES = (
    "https://healthguides.healthgrades.com/treating-rheumatoid-arthritis-effectively/"
    "meet-the-rheumatologist-rheumatoid-arthritis?did=t12_ccgd"
)
NURSING_CE = "https://nursingcecentral.com/lessons/understanding-multiple-sclerosis"
APN_MS = (
    "https://vdocument.in/advancedpracticenursing-in-multiple-advancedpracticenursing-in-"
    "multiple-sclerosis.html"
)
ANNALS = "https://www.annalsofian.org/article.asp?issn=0972-2327;year=2015;volume=18;issue=5"
MEDLINE = "http://www.mult-sclerosis.org/news/Aug2002/MedlineMultipleSclerosisAndPregnancy.html"
BRAIN_BLOG = "https://braindiseases.blog/tag/multiple-sclerosis/"
LNC = "https://qa-lnc.hlrptech.com/journalarticle?Article_ID=4459770&Issue_ID=4459755"
FASTRACK = "http://fastracklanguages.com/slideshow-advice-relapsing-ms.html"


found = partial(helpers.found, prose=(PROSE,))


def assert_block(result, experts, start):
    assert result.experts == experts
    assert result.start == start  # every prose line above it kept, every signature line gone


# -- valedictions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("closing", "name", "role"),
    [
        ("Kind regards.", "Dr Folake Adeyinka-Cole.", "Medical Officer."),
        ("Regards.", "Dr. Emeka Obi.", "General Practitioner."),
        ("Best wishes!", "Dr Ngozi Ilori.", "Consultant Neurologist."),
        ("Warm regards", "Dr. Tunde Bakare.", "Medical Officer."),
    ],
    ids=["naijamed-kind-regards", "regards", "exclamation", "no-mark"],
)
def test_a_valediction_with_a_full_stop_over_an_honorific_name(closing, name, role):
    # NAIJAMED: "Kind regards." / "Dr Name." / "Medical Officer.", each line with a full stop.
    want = E(name.split(None, 1)[1].rstrip("."), titles=(role.rstrip("."),))
    assert_block(found(closing, name, role), [want], 1)


@pytest.mark.parametrize(
    "lines",
    [
        ["Thanks & Regards,", "Dr. Folake Adeyinka-Cole"],
        ["Best regards Dr. Folake Adeyinka-Cole"],  # a flattened block: no mark at all
    ],
    ids=["ampersand", "flattened"],
)
def test_closings_with_fillers_and_without_a_mark(lines):
    assert_block(found(*lines), [E("Folake Adeyinka-Cole")], 1)


def test_a_bare_closing_over_a_bare_name_stays_in_the_answer():
    # The letters' rule: "Best wishes" without its comma over "Name, MD" is the prose's end.
    assert found("Best wishes", "Delphine Okoro, MD").start == 2


@pytest.mark.parametrize(
    "line",
    [
        f"{PROSE} Regards : Dr. Sanjay Kulkarni.",
        f"{PROSE} Regards, Dr. Sanjay Kulkarni",
        f"{PROSE} With best wishes - Dr Sanjay Kulkarni.",
        f"{PROSE} Thanks and regards, Dr. Sanjay Kulkarni.",
    ],
    ids=["hcm-regards-colon", "comma", "dash", "thanks-and-regards"],
)
def test_a_valediction_and_name_run_on_at_the_end_of_the_paragraph(line):
    # HCM: "... advise you. Regards : Dr. Name." in the last paragraph.
    result = found(line, prose=())
    assert result.experts == [E("Sanjay Kulkarni")]
    assert result.head == PROSE  # the prose before it kept whole


def test_a_name_and_specialty_run_on_after_a_closing_wish():
    # HCM: "Wish you a very good health. Dr. Name. Infectious Disease." run on.
    result = found(f"{PROSE} Wish you good health. Dr. Anil Rao. Neurology.", prose=())
    assert [e.name for e in result.experts] == ["Anil Rao"]
    assert result.head == f"{PROSE} Wish you good health."


def test_a_name_and_specialty_as_fragments_under_a_closing_wish():
    result = found("Dr. Anil Rao.", "Neurology.", prose=(PROSE, "Wish you good health."))
    assert [e.name for e in result.experts] == ["Anil Rao"]
    assert result.start == 2


@pytest.mark.parametrize("wish", ["Have a Fantastic Week!", "Take care!", "Stay well, all!"])
def test_a_given_name_and_initial_under_a_closing_wish(wish):
    # FABLIFE: "Have a Fantastic Week!" then "Firstname X" on the last line.
    assert_block(found("Marisol T", prose=(PROSE, wish)), [E("Marisol T")], 2)


def test_a_given_name_and_initial_after_plain_prose_stays():
    assert found("Marisol T").experts == []


# -- lead-ins and attributions --------------------------------------------------------------


def test_response_provided_by_an_initialled_name():
    # CMA: "Response provided by Dr. J. Surname" (an initial for the given name).
    assert_block(found("Response provided by Dr. K. Achterberg"), [E("K. Achterberg")], 1)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Rhiannon, person with MS", E("Rhiannon", titles=("person with MS",))),
        ("Tomasz, living with MS since 2009", E("Tomasz", titles=("living with MS since 2009",))),
        ("Imelda, a carer", E("Imelda", titles=("a carer",))),
    ],
    ids=["msuk-person-with-ms", "living-with", "carer"],
)
def test_a_quoted_members_given_name_and_descriptor(line, want):
    # MSUK_NURSES: a quote, then "Christopher, person with MS".
    assert_block(found(line), [want], 1)


def test_a_given_name_and_a_role_that_is_no_descriptor_stays():
    assert found("Rhiannon, who asked this").experts == []


def test_a_relative_clause_on_a_prose_role_is_no_sentence():
    # FASTRACK: "-- Name, MD, neurologist who has MS".
    result = found("-- Casimir Vantongeren, MD, neurologist who lives with MS")
    assert [(e.name, e.degrees) for e in result.experts] == [("Casimir Vantongeren", ("MD",))]
    assert result.start == 1


# -- labels over a block --------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "PHYSICIAN VOICES",
        "NURSE'S NOTE",
        "Correspondence Address:",
        "Reviewed and Written By:",
    ],
    ids=["healthgrades-capitals", "capitals-apostrophe", "annals-correspondence", "colon"],
)
def test_a_label_line_over_the_block_leaves_with_it(label):
    # HEALTHGRADES "PHYSICIAN VOICES" over "Dr Name"; ANNALS "Correspondence Address:".
    assert_block(found(label, "Dr Ilse Brandvold"), [E("Ilse Brandvold")], 1)


@pytest.mark.parametrize(("label", "start"), [("CareCorner", 1), ("McAllister", 2)])
def test_a_one_word_camelcase_column_name_over_the_block_leaves_with_it(label, start):
    # The second yardstick's y41 (http://www.mcmsgroup.com/msfyinewsletter.htm): a programme's
    # one-word name over the block; a surname with a prefix ("McAllister") is no such name.
    assert found(label, "Ilse Brandvold, RN", "Support Group Coordinator").start == start


def test_a_capitals_column_label_run_on_before_the_name():
    assert_block(found("PHYSICIAN VOICES Dr Ilse Brandvold"), [E("Ilse Brandvold")], 1)
    assert found("ASK THE NURSE Ilse Brandvold, RN, MSCN").experts == [
        E("Ilse Brandvold", ("RN", "MSCN"))
    ]
    # A name in capitals is no label: "ILSE BRANDVOLD, RN" stays the name.
    assert found("ILSE BRANDVOLD, RN").experts == [E("ILSE BRANDVOLD", ("RN",))]


def test_a_credit_ending_in_by_and_a_plural_role_are_labels_on_the_name_line():
    # NURSING_CE "Course By:"; APN_MS "Chairs:" over two stacked blocks.
    assert found("Course By: Wilhelmina Osei, RN, BSN").experts == [
        E("Wilhelmina Osei", ("RN", "BSN"))
    ]
    assert found("Co-Chairs: Wilhelmina Osei, RN; Petra Lindahl, MD").experts == [
        E("Wilhelmina Osei", ("RN",)),
        E("Petra Lindahl", ("MD",)),
    ]


def test_a_plural_role_label_over_two_stacked_blocks():
    lines = [
        "Chairs:",
        "Wilhelmina Osei, RN, MSCN",
        "Harbour University MS Clinic",
        "Portland, Oregon",
        "Petra Lindahl, MD",
        "Fjordside MS Center",
        "Bergen, Norway",
    ]
    result = found(*lines)
    assert [e.name for e in result.experts] == ["Wilhelmina Osei", "Petra Lindahl"]
    assert result.start == 1


def test_a_sentence_ending_in_a_colon_is_no_label():
    assert found("These are the people to ask:", "Dr Ilse Brandvold").start == 2


# -- author blocks --------------------------------------------------------------------------


def test_a_medline_author_line_with_a_shared_affiliation():
    # MEDLINE: "Surname AB, Surname CD." then the shared affiliation, both ending in a stop.
    aff = "Department of Neurology, Kestrel University Hospital, Leeds, UK."
    shared = ("Department of Neurology, Kestrel University Hospital", "Leeds, UK")
    assert_block(
        found("Achterberg KL, Mwangi T.", aff),
        [E("Achterberg KL", (), (), *shared), E("Mwangi T", (), (), *shared)],
        1,
    )


def test_an_author_line_with_marks_and_numbered_affiliations():
    # BRAIN_BLOG: "Name 1, MD, Name 1, MD, Name 2, MD" / "1 Department ..., City (India)".
    lines = [
        "Kavya Menon 1, MD, Rohan Batra 2, MD, DM",
        "1 Department of Neurology, Lotus Hospital, Pune (India)",
        "2 Department of Neurology, Fjordside Medical Center, Bergen (Norway)",
    ]
    assert_block(
        found(*lines),
        [
            E(
                "Kavya Menon",
                ("MD",),
                (),
                "Department of Neurology, Lotus Hospital",
                "Pune (India)",
            ),
            E(
                "Rohan Batra",
                ("MD", "DM"),
                (),
                "Department of Neurology, Fjordside Medical Center",
                "Bergen (Norway)",
            ),
        ],
        1,
    )


def test_marks_run_on_to_the_names_and_the_affiliations():
    lines = [
        "Kavya Menon1, Rohan Batra2",
        "1Department of Neurology, Lotus Hospital, Pune, India",
        "2Harbour Clinic, Seattle, WA",
    ]
    assert_block(
        found(*lines),
        [
            E("Kavya Menon", (), (), "Department of Neurology, Lotus Hospital", "Pune, India"),
            E("Rohan Batra", (), (), "Harbour Clinic", "Seattle, WA"),
        ],
        1,
    )


def test_an_author_line_whose_affiliation_no_class_reads_is_no_block():
    assert found("Achterberg KL, Mwangi T.", "Tuesday morning at the cafe").experts == []


def test_a_numbered_surname_first_author_list_under_a_label():
    # LNC: "Authors" / "1. Surname, Given M. PhD, RN" / "2. Surname, Given M. MD".
    assert_block(
        found("Authors", "1. Okafor, Adaeze N. PhD, RN", "2. Lindqvist, Tomas R. MD"),
        [E("Adaeze N. Okafor", ("PhD", "RN")), E("Tomas R. Lindqvist", ("MD",))],
        1,
    )


def test_a_numbered_list_of_advice_stays_in_the_answer():
    assert found("Authors", "1. Rest, when you can.", "2. Drink water.").experts == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Authors 1. Okafor, Adaeze N. PhD, RN 2. Lindqvist, Tomas R. MD",
            ["Adaeze N. Okafor", "Tomas R. Lindqvist"],
        ),
        (
            "Achterberg KL, Mwangi T. Department of Neurology, Kestrel University Hospital, "
            "Leeds, UK.",
            ["Achterberg KL", "Mwangi T"],
        ),
        (
            "Kavya Menon 1, MD, Rohan Batra 2, MD 1 Department of Neurology, Lotus Hospital, "
            "Pune (India) 2 Harbour Clinic, Seattle, WA",
            ["Kavya Menon", "Rohan Batra"],
        ),
    ],
    ids=["lnc-numbered-flat", "medline-flat", "brain-blog-flat"],
)
def test_a_flattened_author_block_is_read_as_its_lines(line, names):
    # LNC, MEDLINE, BRAIN_BLOG: the same blocks with every line run into one paragraph.
    result = found(line)
    assert [e.name for e in result.experts] == names
    assert result.start == 1


def test_a_flattened_numbered_list_of_advice_stays():
    assert found("Steps 1. Rest when you can. 2. Drink water.").experts == []


def test_dates_around_a_long_block_do_not_count_against_its_lines():
    # Found by the metadata property test: a six-line block with a date above it and two under
    # it (and a copy line) once left the date above in the answer.
    lines = [
        "September 22, 2021",
        "Adaeze Okafor, MD",
        "Staff Neurologist",
        "Associate Professor of Neurology",
        "Director of the Multiple Sclerosis Program",
        "Harbour Clinic",
        "Seattle, WA",
        "September 22, 2021",
        "Posted on March 3, 2021",
        "cc Harbour Clinic",
    ]
    result = found(*lines)
    assert [e.name for e in result.experts] == ["Adaeze Okafor"]
    assert result.start == 1


# -- captions (the second yardstick's development form) ---------------------------------------

MS_ACTIVIST = "http://msactivist.blogspot.com/2010/"


@pytest.mark.parametrize("mark", ["(left to right):", "Pictured (left to right):", "From left:"])
def test_a_photo_caption_names_each_person_between_semicolons(mark):
    # MS_ACTIVIST: "(left to right): Name, Role; Senator Name (ND); Name, Role & Role".
    line = (
        f"{mark} Delphine Okoro, Director of Public Policy; Senator Halvard Berg (MN); "
        "Imani Castell, President & CEO"
    )
    assert_block(
        found(line),
        [
            E("Delphine Okoro", titles=("Director of Public Policy",)),
            E("Halvard Berg", titles=("Senator",), place="MN"),
            E("Imani Castell", titles=("President & CEO",)),
        ],
        1,
    )


def test_a_caption_part_that_names_no_one_leaves_the_caption_in_the_answer():
    line = "(left to right): the new garden; the volunteers' tea tent"
    assert found(line).experts == []


def test_a_letters_copy_lines_run_on_after_the_name_leave_with_it():
    # The second yardstick's y78 (http://www.mummytutu.co.uk/index.php/2015/11/09/a-letter-to-
    # multiple-sclerosis/):
    # a letter signed with the name, then "cc" lines addressed to parts of the body; flattened.
    result = found("Imani Castell cc My Spine My tired Legs")
    assert result.experts == [E("Imani Castell")]
    assert result.start == 1


def test_initial_first_authors_and_an_affiliation_town_the_place_list_lacks():
    # MEDLINE's author block with the initials first, and BRAIN_BLOG's marks as superscripts.
    result = found("K. Achterberg, T. Mwangi", "Harbour Clinic, Seattle, WA")
    assert [e.name for e in result.experts] == ["K. Achterberg", "T. Mwangi"]
    result = found(
        "Kavya Menon¹, Rohan Batra²", "¹ Lotus Hospital, Pune", "² Korle Hospital, Tamale"
    )
    assert [(e.name, e.institution) for e in result.experts] == [
        ("Kavya Menon", "Lotus Hospital"),
        ("Rohan Batra", "Korle Hospital"),
    ]
    assert result.start == 1


def test_a_labelled_publication_date_after_a_bar_is_no_part():
    # http://healthsignz.com/blog/multiple-sclerosis/ (the third yardstick's z19): a credit line
    # "By Dr. Name | Published: Month Dth, YYYY", the date labelled after a bar.
    assert found("By Dr. Halvard Berg | Published: June 9th, 2021").experts == [E("Halvard Berg")]
