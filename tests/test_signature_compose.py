"""The second-opinion reader (signature/compose.py): one small test per part and per evidence kind.

Every person, clinic and town here is invented. Each form follows a part of
scripts/signature_grid.py; the comment names the recorded case of the development sets (or the
corpus) that shows the part, as the grid's ``Part.source`` does.
"""

from __future__ import annotations

import pytest
from signature_helpers import E, found

from msqa_scraper.extract.signature import SigLine
from msqa_scraper.extract.signature.compose import compose_signature

PROSE = "Heat often brings symptoms back for a while; a cool shower usually helps."


def read(*sig: str):
    """The reader's experts for an answer of one prose line and then ``sig`` ([] when unsure)."""
    got = compose_signature([SigLine(PROSE, para_start=True), *(SigLine(s) for s in sig)])
    return got.experts if got else []


# -- leads ----------------------------------------------------------------------------------------
def test_en_dash_lead():  # w20
    assert read("– Ilse Marwood, MD") == [E("Ilse Marwood", ["MD"])]


def test_double_hyphen_lead():  # y35
    assert read("-- Ilse Marwood, Neurologist") == [E("Ilse Marwood", titles=["Neurologist"])]


def test_by_lead():  # h08
    assert read("By Ilse Marwood") == [E("Ilse Marwood")]


def test_answered_by_lead():  # z11
    assert read("Answered by Ilse Marwood, RN, MSCN") == [E("Ilse Marwood", ["RN", "MSCN"])]


# -- closings -------------------------------------------------------------------------------------
def test_closing_on_its_own_line():  # v11
    assert read("Sincerely,", "Ilse Marwood") == [E("Ilse Marwood")]


def test_closing_run_on_before_the_name():  # y43
    assert read("Thank you, Ilse Marwood") == [E("Ilse Marwood")]


def test_closing_without_a_comma_run_on():  # corpus "Best wishes"
    assert read("Best wishes Ilse Marwood, MD") == [E("Ilse Marwood", ["MD"])]


def test_closing_with_a_full_stop_over_a_lead():  # corpus "Warm regards."
    assert read("Warm regards. -- Ilse Marwood") == [E("Ilse Marwood")]


def test_the_closing_line_leaves_the_answer_with_the_block():  # z06
    got = compose_signature([SigLine(PROSE), SigLine("Kind regards,"), SigLine("Ilse Marwood")])
    assert got is not None and got.start == 1 and got.lines == ["Kind regards,", "Ilse Marwood"]


# -- honorifics and name shapes -------------------------------------------------------------------
@pytest.mark.parametrize("honorific", ["Dr ", "Dr. ", "Professor "])  # h01, h31, z24
def test_honorifics_stay_out_of_the_name(honorific):
    assert read(f"{honorific}Ilse Marwood, MD") == [E("Ilse Marwood", ["MD"])]


def test_mrs_over_a_name_and_town():  # v66
    assert read("Mrs Ilse Marwood", "Queensland, Australia") == [
        E("Ilse Marwood", place="Queensland, Australia")
    ]


def test_middle_initial():  # h15
    assert read("Ilse K. Marwood, MD") == [E("Ilse K. Marwood", ["MD"])]


def test_hyphenated_surname():  # z24
    assert read("-- Ilse Marwood-Tench") == [E("Ilse Marwood-Tench")]


def test_non_ascii_given_name():  # grid GIVEN: "Noémie"
    assert read("Kind regards,", "Noémie") == [E("Noémie")]


# -- credentials, roles, organisations, places ----------------------------------------------------
@pytest.mark.parametrize(
    "creds",
    [["MD"], ["RN", "MSCN"], ["M.D.", "Ph.D."], ["PT", "MSCS"]],  # h10, y71, v52, h09
)
def test_credentials_run(creds):
    assert read(f"Ilse Marwood, {', '.join(creds)}") == [E("Ilse Marwood", creds)]


def test_role_parts():  # h01, w60
    assert read("Ilse Marwood, MS Nurse Specialist") == [
        E("Ilse Marwood", titles=["MS Nurse Specialist"])
    ]


def test_organisation_part():  # h40, v59
    assert read("Dr Ilse Marwood", "Consultant Neurologist", "Tern Bay University Hospital") == [
        E(
            "Ilse Marwood",
            titles=["Consultant Neurologist"],
            institution="Tern Bay University Hospital",
        )
    ]


def test_town_before_its_region_is_the_place():  # h05
    assert read("Ilse Marwood, MD, Fenwick MS Clinic, Duluth, Minnesota") == [
        E("Ilse Marwood", ["MD"], institution="Fenwick MS Clinic", place="Duluth, Minnesota")
    ]


def test_stacked_and_one_line_read_alike():  # grid layout
    one = read("-- Ilse Marwood, RN, MSCN, Neurologist, Fenwick MS Clinic, Queensland, Australia")
    stacked = read(
        "-- Ilse Marwood, RN, MSCN", "Neurologist", "Fenwick MS Clinic", "Queensland, Australia"
    )
    assert (
        one
        == stacked
        == [
            E(
                "Ilse Marwood",
                ["RN", "MSCN"],
                ["Neurologist"],
                "Fenwick MS Clinic",
                "Queensland, Australia",
            )
        ]
    )


def test_a_part_no_class_claims_makes_the_reading_unsure():
    assert read("Ilse Marwood, MD, Fenwick Lane") == []


# -- evidence -------------------------------------------------------------------------------------
def test_evidence_honorific():  # h01: a surname alone after "Dr"
    assert read("-- Dr Marwood") == [E("Marwood")]


def test_evidence_credential_after_an_initial_and_surname():  # h05 with h10's "MD"
    assert read("J. Marwood, MD") == [E("J. Marwood", ["MD"])]


def test_evidence_known_given_name_alone():  # v70
    assert read("Rosalind") == [E("Rosalind")]


def test_evidence_initial_with_a_surname():  # h05
    assert read("By J. Marwood") == [E("J. Marwood")]


def test_two_name_words_alone_are_not_enough():  # no given name, no honorific, no credential
    assert read("-- Quillon Marwood") == []


def test_a_lone_surname_with_credentials_is_not_enough():
    assert read("Marwood, MD") == []


def test_vocabulary_words_are_no_name():
    assert read("Kind regards,", "Helpline Team") == []
    assert read("-- Tern Bay Clinic") == []


def test_confidence_grows_with_evidence():
    alone = compose_signature([SigLine(PROSE), SigLine("Rosalind")])
    rich = compose_signature([SigLine(PROSE), SigLine("Dr Rosalind Marwood, MD, Neurologist")])
    assert alone and rich and 0.5 <= alone.confidence < rich.confidence < 1.0


# -- the hook in experts.attribute ----------------------------------------------------------------
def test_attribute_takes_the_second_opinion_when_find_has_none():  # h05 + h10: "J. Smith, MD"
    got = found("J. Marwood, MD", "Fenwick MS Clinic", prose=[PROSE])
    assert got.experts == [E("J. Marwood", ["MD"], institution="Fenwick MS Clinic")]
    assert got.start == 1 and got.problem is None
    assert got.raw == "J. Marwood, MD\nFenwick MS Clinic" and got.confidence >= 0.5


def test_attribute_keeps_an_unsure_answer_when_the_reader_is_unsure_too():  # v02's form
    # A given name the gazetteer does not know: a known one now vouches (round 7's finder).
    got = found("Ilsbeth Marwood, coordinator, Walk MS 2027 Fenwick", prose=[PROSE])
    assert got.experts == [] and got.start is None
    assert got.problem and got.problem.startswith("signature left in the answer: unsure")
    assert got.raw == "Ilsbeth Marwood, coordinator, Walk MS 2027 Fenwick"


def test_the_block_must_sit_under_a_sentence():
    assert compose_signature([SigLine("Ilse Marwood, MD")]) is None
    assert read("Ilse Marwood, MD", "Fatigue often lifts by the evening, so plan around it.") == []


def test_no_more_than_five_lines_are_read():
    assert read("Ilse Marwood, MD", *["Neurologist"] * 5) == []


# -- joiners, articles, the block's full stop -----------------------------------------------------
def test_joiners_start_a_part():  # h05: "a neurologist at <Clinic> in <Town>, <State>"
    assert read("Ilse Marwood, M.D., a neurologist at Fenwick MS Clinic in Duluth, Minnesota") == [
        E("Ilse Marwood", ["M.D."], ["neurologist"], "Fenwick MS Clinic", "Duluth, Minnesota")
    ]


def test_a_role_with_an_organisation():  # z11: "Consultant at the <Institute>"
    assert read(
        "Answered by Dr Ilse Marwood, Consultant at the Tern Bay Neuroscience Institute"
    ) == [
        E("Ilse Marwood", titles=["Consultant"], institution="the Tern Bay Neuroscience Institute")
    ]


def test_the_blocks_full_stop_is_punctuation():  # y35: the block ends in a full stop
    assert read("-- Ilse Marwood, MD, Neurologist, Fenwick MS Clinic.") == [
        E("Ilse Marwood", ["MD"], ["Neurologist"], "Fenwick MS Clinic")
    ]


def test_a_known_given_name_vouches_where_find_is_unsure():
    # find leaves "Name, Org" with no credential or honorific unsure; a known given name is the
    # evidence the second opinion needs (test_extract_experts: the unknown one stays unsure).
    got = found("Gideon Granville, Barts MS", prose=[PROSE])
    assert got.experts == [E("Gideon Granville", institution="Barts MS")] and got.start == 1


def test_a_bracket_after_the_name_is_left_to_find():
    assert read("Gideon Granville (our team)") == []


def test_a_name_ends_in_a_surname_not_an_initial():  # round 5: "Marisol T" after plain prose
    assert read("Marisol T") == [] and read("Quillon T.") == []


def test_a_known_given_name_and_a_dotted_initial_under_a_closing():  # round 10, x08's shape
    assert read("Kind regards,", "Marisol T.") == [E("Marisol T.")]
    assert read("Marisol T.") == []  # round 4: without a closing or lead it is too little


# -- round 7, comp9: trailer lines, a second expert, a role before the name, more name shapes ----
@pytest.mark.parametrize(
    "trailer",
    [
        "203-555-0177",  # y72: a telephone number alone
        "Tel: +60 3-5555 0190",  # v09: after a label
        "ilse.marwood@fenwick-ms.org",  # y72: an e-mail address alone
        "Email: info@fenwick-ms.org",  # y41: after a label
        "www.fenwick-ms.org",  # y41: a web address
        "facebook.com/IlseMarwoodRD",  # v01: a page address without www
        "September 22, 2021",  # y16: a date line
    ],
)
def test_trailer_lines_leave_with_the_block_and_fill_no_field(trailer):
    lines = [SigLine(PROSE, para_start=True), SigLine("Dr. Ilse Marwood, MD"), SigLine(trailer)]
    got = compose_signature(lines)
    assert got is not None and got.experts == [E("Ilse Marwood", ["MD"])]
    assert (got.start, got.lines) == (1, ["Dr. Ilse Marwood, MD", trailer])


def test_trailer_lines_do_not_count_against_the_blocks_length():  # y41: three contact lines
    sig = ["Sincerely,", "Ilse Marwood, RN", "MS Nurse Specialist", "Fenwick MS Clinic"]
    sig += ["203-555-0177", "www.fenwick-ms.org"]
    want = E("Ilse Marwood", ["RN"], ["MS Nurse Specialist"], "Fenwick MS Clinic")
    assert read(*sig) == [want]


def test_a_trailer_line_alone_names_nobody():
    assert read("203-555-0177") == []
    assert read("Contact: info@fenwick-ms.org") == []


def test_a_second_expert_after_a_semicolon():  # y48
    assert read("Ilse Marwood, RN, MSCN; Tobias J. Okafor, RN, MSCN") == [
        E("Ilse Marwood", ["RN", "MSCN"]),
        E("Tobias J. Okafor", ["RN", "MSCN"]),
    ]


def test_a_second_expert_after_and():  # h68
    assert read("Dr. Ilse Marwood and Dr. Tobias Okafor") == [
        E("Ilse Marwood"),
        E("Tobias Okafor"),
    ]


def test_a_third_expert_after_semicolon_and():  # v47's joiners: "A, MD; B, DNP; and C, PA"
    assert read("Ilse Marwood, MD; Tobias Okafor, DNP; and Priya Tench, PA") == [
        E("Ilse Marwood", ["MD"]),
        E("Tobias Okafor", ["DNP"]),
        E("Priya Tench", ["PA"]),
    ]


def test_and_inside_an_organisation_is_no_second_expert():
    got = read("Dr. Ilse Marwood, Department of Ophthalmology and Neurology")
    assert [e.name for e in got] == ["Ilse Marwood"]


def test_every_expert_needs_its_own_evidence():  # "and Okafor" alone is no person
    assert read("Dr. Ilse Marwood and Okafor") == []


def test_a_role_before_the_name_is_the_first_title():  # h04
    assert read("Neurologist Ilse Marwood, M.B., Ph.D.", "MS Nurse Specialist") == [
        E("Ilse Marwood", ["M.B.", "Ph.D."], ["Neurologist", "MS Nurse Specialist"])
    ]


def test_an_honorific_before_the_name_is_no_role():  # z24: "Professor Name"
    assert read("Professor Ilse Marwood, MD") == [E("Ilse Marwood", ["MD"])]


def test_credentials_after_spaces():  # h73, v43
    assert read("Ilse Marwood MD PhD", "Neurologist") == [
        E("Ilse Marwood", ["MD", "PhD"], ["Neurologist"])
    ]


@pytest.mark.parametrize(
    "name",
    [
        "ILSE MARWOOD",  # h19: a name in capitals
        "Ilse van der Marwood",  # y66: surname particles
        "Siobhán O'Marwood",  # y03: an apostrophe and a non-ASCII letter
        "Ilse Marwood Jr.",  # corpus: "Jr."
    ],
)
def test_name_shapes(name):
    assert read(f"{name}, MD", "Fenwick MS Clinic") == [E(name, ["MD"], [], "Fenwick MS Clinic")]


def test_and_before_a_name_shaped_word_of_an_organisation_is_one_expert():
    # "Spine" opens a piece that is no person: the whole line is read again as one expert
    assert read("Dr. Ilse Marwood, Fenwick Brain and Spine Clinic") == [
        E("Ilse Marwood", institution="Fenwick Brain and Spine Clinic")
    ]


def test_a_role_before_a_bare_name_is_a_headline():  # h04 writes credentials after the name
    assert read("Consultant Neurologist Ilse Marwood") == []
    assert read("Consultant Neurologist Ilse Marwood, MD") == [
        E("Ilse Marwood", ["MD"], ["Consultant Neurologist"])
    ]


# -- round 10: part kinds of the spent sets 6-8 (scripts/signature_grid.py's round-10 parts) -----
@pytest.mark.parametrize(
    "closing",
    ["Stay well,", "With heartfelt thanks,", "Best wishes,", "Lubos na umaasa,"],  # u09 u15 x13 t02
)
def test_a_valediction_on_its_own_line(closing):
    assert read(closing, "Ilse Marwood") == [E("Ilse Marwood")]


def test_a_valediction_run_on_before_the_name():  # u09, u15 in one line
    assert read("Stay well, Ilse Marwood") == [E("Ilse Marwood")]
    assert read("With heartfelt thanks, I.K. Marwood") == [E("I.K. Marwood")]


def test_a_closing_ended_by_a_bang_and_dash():  # u11
    assert read("Thank you!- Ilse") == [E("Ilse")]


def test_a_valediction_needs_a_name_under_it():
    assert read("Stay well,", "Neurologist") == []
    assert read("With heartfelt thanks,", "Further Reading") == []


@pytest.mark.parametrize("lead", ["Signature: ", "Doctor's Name ", "Name: "])  # x17, x21, t21
def test_label_leads(lead):
    assert read(f"{lead}Dr. Ilse Marwood, MBBS, FRCPC") == [E("Ilse Marwood", ["MBBS", "FRCPC"])]


def test_a_label_lead_after_a_date_field_on_its_line():  # x17
    assert read("This date: May 2, 2016  Signature: Ilse Marwood") == [E("Ilse Marwood")]


def test_a_label_lead_over_words_that_name_nobody():
    assert read("Signature: Further Reading") == []


def test_field_lines():  # t21: "Name:", "Location:", "Date:"
    assert read("Name: Ilse Marwood", "Location: Fenwick MS Clinic", "Date: 07/09/2009") == [
        E("Ilse Marwood", institution="Fenwick MS Clinic")
    ]


def test_noise_fields_without_colons_over_a_label():  # x21: a details table's rows
    sig = ["Condition Multiple Sclerosis - Relapse Timing", "Date of Production March 3, 2012"]
    assert read(*sig, "Doctor's Name Dr. Ilse Marwood, MBBS") == [E("Ilse Marwood", ["MBBS"])]


def test_a_one_word_label_needs_its_colon_outside_a_block_of_fields():
    # "Patient Services Manager" is a role, no "Patient" field, where no line is a field
    assert read("Ilse Marwood", "Patient Services Manager") == [
        E("Ilse Marwood", titles=["Patient Services Manager"])
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Dr Ilse Marwood On behalf of the partners",  # u19, one paragraph
        "Dr Ilse Marwood Posted in Fatigue, Tips",  # x15
        "Dr Ilse Marwood The writer is a retired internist.",  # u36
    ],
)
def test_a_noise_line_run_into_the_block_ends_it(line):
    assert read(line) == [E("Ilse Marwood")]


def test_a_noise_phrase_inside_prose_keeps_the_prose():
    assert read("We wrote to the board on behalf of the partners last week.") == []


def test_a_heading_role_after_a_label_lead():  # x33
    assert read("FROM THE DESK OF THE CEO", "ILSE MARWOOD CEO") == [
        E("ILSE MARWOOD", titles=["CEO"])
    ]


def test_glued_initials_and_a_surname():  # t11
    assert read("I.K. Marwood") == [E("I.K. Marwood")]


def test_dotted_capitals_before_a_surname_are_initials():  # t11's shape with degree letters
    assert read("Signature: M.A. Marwood") == [E("M.A. Marwood")]


@pytest.mark.parametrize("sig", ["Kind regards, I.K.", "Signature: I.K."])  # t04's shape
def test_initials_alone_under_a_closing_or_a_label(sig):
    assert read(sig) == [E("I.K.")]


def test_initials_alone_with_a_town_and_region():  # t05, t06
    assert read("-- I.K., Duluth, Minnesota") == [E("I.K.", place="Duluth, Minnesota")]
    assert read("–I.K. Oregon") == [E("I.K.", place="Oregon")]


def test_initials_alone_need_more_than_a_dash_and_abbreviate_nothing():
    # the corpus's f043: "-- P.R." under a reader's letter is no expert
    assert read("I.K.") == [] and read("-- I.K.") == []
    assert read("Kind regards, P.S.") == [] and read("Signature: U.S.") == []


def test_a_handle_under_a_closing():  # u09
    assert read("Stay well,", "NurseIlse") == [E("NurseIlse")]
    assert read("Best wishes,", "NurseNoémie") == [E("NurseNoémie")]


def test_a_handle_alone_is_no_name():
    assert read("NurseIlse") == [] and read("-- NurseIlse") == []


def test_capital_initials_before_a_surname():  # u23
    assert read("KL Marwood BVM&S MRCVS", "Highfield Veterinary Surgery") == [
        E("KL Marwood", ["BVM&S", "MRCVS"], institution="Highfield Veterinary Surgery")
    ]


@pytest.mark.parametrize(
    "noise",
    [
        "#",  # t07
        "Posted in Fatigue, Tips",  # x15
        "Comments are closed",  # x17
        "On behalf of the partners",  # u19
        "22 October 2018",  # u13
    ],
)
def test_noise_lines_under_the_block_leave_with_it(noise):
    got = compose_signature([SigLine(PROSE), SigLine("Dr Ilse Marwood"), SigLine(noise)])
    assert got is not None and got.experts == [E("Ilse Marwood")]
    assert (got.start, got.lines) == (1, ["Dr Ilse Marwood", noise])


def test_a_noise_line_over_the_block_leaves_with_it():  # x18
    lines = ["Image removed.", "Ilse Marwood", "Company Secretary"]
    got = compose_signature([SigLine(PROSE), *(SigLine(t) for t in lines)])
    assert got is not None and got.experts == [E("Ilse Marwood", titles=["Company Secretary"])]
    assert (got.start, got.lines) == (1, lines)


def test_noise_lines_alone_name_nobody():
    assert read("Image removed.") == [] and read("Posted in Fatigue, Tips") == []
    assert read("Best wishes,", "Comments are closed") == []


@pytest.mark.parametrize(
    "sig, want",
    [
        (["With heartfelt thanks,", "Dr Marwood and staff"], E("Marwood")),  # u15
        (["Mrs P Marwood (address withheld)"], E("P Marwood")),  # t03
    ],
)
def test_name_tails_name_nobody(sig, want):
    assert read(*sig) == [want]


def test_a_bare_town_line_is_the_place():  # t07, u32
    assert read("Ilse Marwood", "Staunton") == [E("Ilse Marwood", place="Staunton")]
    assert read("Dr. Ilse K. Marwood", "Sequim") == [E("Ilse K. Marwood", place="Sequim")]


def test_a_town_over_its_county():  # u23
    assert read("Dr Ilse Marwood", "Highfield Veterinary Surgery", "Portishead", "Somerset") == [
        E("Ilse Marwood", institution="Highfield Veterinary Surgery", place="Portishead, Somerset")
    ]


def test_a_town_line_under_a_surname_alone_is_a_dateline():
    assert read("-- Marwood", "Staunton") == []


def test_a_role_run_on_after_the_name():  # x13 (flat), x33
    assert read("Best wishes, Priya Marwood Head of Services") == [
        E("Priya Marwood", titles=["Head of Services"])
    ]
    assert read("ILSE MARWOOD CEO") == [E("ILSE MARWOOD", titles=["CEO"])]
    assert read("By Ilse Press Staff") == []  # one word and a role: a byline


def test_credentials_then_a_role_run_on():  # x23
    assert read("Ilse Marwood, RN, MSCN Neurologist") == [
        E("Ilse Marwood", ["RN", "MSCN"], ["Neurologist"])
    ]


def test_ms_before_a_role_stays_in_the_role():  # the grid's "MS Nurse Specialist"
    assert read("Ilse Marwood, MD, MS Nurse Specialist") == [
        E("Ilse Marwood", ["MD"], ["MS Nurse Specialist"])
    ]


@pytest.mark.parametrize(
    "org",
    ["Cypress Lake Pharmacy", "Highfield Veterinary Surgery", "MS-Anchor"],  # u38 u23 x15
)
def test_practices_and_organisations_named_for_ms(org):
    assert read("Best wishes,", "Ilse Marwood", f"Fundraising Manager, {org}") == [
        E("Ilse Marwood", titles=["Fundraising Manager"], institution=org)
    ]


def test_a_practice_is_no_name():
    assert read("Best wishes,", "Highfield Veterinary Surgery") == []


# -- round 10: the second opinion over a block find accepted (experts.attribute) ---------------
def test_a_label_is_taken_out_of_the_name_find_read():  # x21
    got = found("Doctor's Name Dr. Ilse Marwood, MBBS, FRCPC", prose=[PROSE])
    assert got.experts == [E("Ilse Marwood", ["MBBS", "FRCPC"])] and got.start == 1


def test_a_noise_line_over_an_accepted_block_leaves_with_it():  # x18
    got = found("Image removed.", "Ilse Marwood", "Company Secretary", prose=[PROSE])
    assert got.experts == [E("Ilse Marwood", titles=["Company Secretary"])] and got.start == 1


def test_a_bare_town_under_an_accepted_name_is_the_place():  # u30
    got = found("Ilse Marwood-Tench, MD", "Rehoboth", prose=[PROSE])
    assert got.experts == [E("Ilse Marwood-Tench", ["MD"], place="Rehoboth")]


def test_a_dateline_find_accepted_names_no_one():  # t14
    got = found("-- Traverse City, Mich.", prose=[PROSE])
    assert got.experts == [] and got.start is None and got.head is None


def test_a_label_lead_is_no_field():  # "Posted by" is a lead, "Posted" no noise row
    assert read("Posted by Ilse Marwood, RN") == [E("Ilse Marwood", ["RN"])]


def test_fields_run_together_on_one_line():  # t21 in one paragraph
    line = "Name: Ilse Marwood Location: Fenwick MS Clinic Date: 07/09/2009 Time: 09:07 AM"
    assert read(line) == [E("Ilse Marwood", institution="Fenwick MS Clinic")]


def test_a_heading_role_on_the_names_line():  # x33 in one paragraph, x32's lead
    assert read("FROM THE DESK OF THE CEO ILSE MARWOOD CEO") == [E("ILSE MARWOOD", titles=["CEO"])]
    assert read("A message from the Chief Executive Dr Ilse Marwood") == [
        E("Ilse Marwood", titles=["Chief Executive"])
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Dr. Ilse Marwood, Dr. Tobias Okafor & Dr. Priya Tench",  # x34: commas and '&'
        "Dr Ilse Marwood Dr Tobias Okafor Dr Priya Tench",  # x28: one honorific after the other
    ],
)
def test_doctors_listed_without_and(line):
    assert read(line) == [E("Ilse Marwood"), E("Tobias Okafor"), E("Priya Tench")]


def test_an_honorific_as_a_role_after_a_comma_stays_one_person():
    assert read("Dr. Ilse Marwood, Professor of Neurology") == [
        E("Ilse Marwood", titles=["Professor of Neurology"])
    ]


def test_two_people_find_read_as_one_name_are_two():  # the grid's x28 part under "By"
    got = found("By Dr I. Marwood Dr Tobias Okafor", prose=[PROSE])
    assert got.experts == [E("I. Marwood"), E("Tobias Okafor")] and got.start == 1


def test_a_name_repeated_over_its_block_leaves_with_it():  # u12
    sig = ["Ilse Marwood", "Competing interests: None declared", "Ilse Marwood, Physician"]
    assert read(*sig, "Fenwick MS Clinic") == [
        E("Ilse Marwood", titles=["Physician"], institution="Fenwick MS Clinic")
    ]
    got = found(*sig, "Fenwick MS Clinic", prose=[PROSE])
    assert got.start == 1 and got.experts == [
        E("Ilse Marwood", titles=["Physician"], institution="Fenwick MS Clinic")
    ]


def test_a_label_find_read_as_the_name_is_no_person():  # the grid: "Doctor's Name D.M."
    got = found("Doctor's Name D.M.", prose=[PROSE])
    assert got.experts == [E("D.M.")]


def test_a_photo_captions_lead():  # x34
    assert read("Team - L to R - Dr. Ilse Marwood, Dr. Tobias Okafor & Dr. Priya Tench") == [
        E("Ilse Marwood"),
        E("Tobias Okafor"),
        E("Priya Tench"),
    ]


def test_a_person_before_md_is_no_town_in_maryland():
    assert read("L to R: Ilse Marwood, MD, Tobias Okafor, MD") == []  # never a place
    assert read("Ilse Marwood, MD, Fenwick Clinic, Salisbury, MD") == [
        E("Ilse Marwood", ["MD"], institution="Fenwick Clinic", place="Salisbury, MD")
    ]


def test_one_word_after_the_credentials_ends_the_line_as_the_place():  # u31
    assert read("Ilse K. Marwood, MD, Southport") == [
        E("Ilse K. Marwood", ["MD"], place="Southport")
    ]
    got = found("– Professor Ilse Marwood, MD, Southport", prose=[PROSE])
    assert got.experts == [E("Ilse Marwood", ["MD"], place="Southport")]


def test_one_word_after_a_bare_name_is_no_place():
    assert read("Ilse Marwood, Southport") == []


def test_words_ending_in_a_town_before_its_region_name_no_one():
    # a flat page's "Older Posts" run into "Santa Monica, Mich.": find read a person there
    got = found("Older Posts Santa Monica, Mich.", prose=[PROSE])
    assert got.experts == [] and got.start is None


def test_page_furniture_in_a_name_find_accepted_names_no_one():
    # "-- Older Posts" and "Read More" run together in one paragraph: find read "Older Posts Read"
    got = found("-- Older Posts Read More", prose=[PROSE])
    assert got.experts == [] and got.start is None


def test_a_dotted_capital_after_a_run_on_closing_is_an_initial() -> None:
    # drawn by the parts property: "I." is the initial of "Ilse", not the pronoun
    assert read("Best wishes I. Marwood") == [E("I. Marwood")]
