"""The third round's mechanisms, one small test per form family (each family was seen on real
public pages; tests/data/signature_forms.py, split "round3", names the sources). Names, places
and organisations here are invented."""

import pytest
from signature_helpers import E

from msqa_scraper.extract.experts import attribute
from msqa_scraper.extract.signature import SigLine, vocabulary
from msqa_scraper.extract.signature.find import strip_lead_in
from msqa_scraper.extract.signature.segment import split_name, tokenize

PROSE = "Rest when the fatigue is worst and plan the day around it."


def parse(*lines, own_paragraph=True):
    sig = [SigLine(t, para_start=own_paragraph and i == 0) for i, t in enumerate(lines)]
    return attribute([SigLine(PROSE, para_start=True), *sig])


def experts(*lines):
    return parse(*lines).experts


# -- labels: a short capitalised phrase before ':' or a dash ------------------------------------


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            ["Presenters: Ines Varro, MD and Tobin Ashe, DO, MPH"],
            [E("Ines Varro", ["MD"]), E("Tobin Ashe", ["DO", "MPH"])],
        ),
        (
            ["Authors: Wren Halloway, Piet Moravec, Oona Castell"],
            [E("Wren Halloway"), E("Piet Moravec"), E("Oona Castell")],
        ),
        (
            ["Panelists: Dr. Ivo Brandt, Dr. Esme Lark, and Rhea Quill, APN"],
            [E("Ivo Brandt"), E("Esme Lark"), E("Rhea Quill", ["APN"])],
        ),
        (["Guest contributor:", "Anouk Verhagen"], [E("Anouk Verhagen")]),
        (["Supervisor: Tamsin Orr"], [E("Tamsin Orr")]),
        (
            ["Contributor Dr Bryn Maddox Consultant Neurologist"],
            [E("Bryn Maddox", (), ["Consultant Neurologist"])],
        ),
        (["Transcript of Episode 7 with Dr. Lucan Fairley"], [E("Lucan Fairley")]),
    ],
)
def test_label_lead_ins(lines, want):
    assert experts(*lines) == want


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Clinic Lead: Dr. Sunniva Holt", "Clinic Lead"),
        ("Chapter president: Oskar Brenner", "Chapter president"),
        ("Board chair: Mirela Dunn", "Board chair"),
    ],
)
def test_a_label_that_is_a_role_is_the_title(line, title):
    (expert,) = experts(line)
    assert expert.titles == (title,) and expert.institution is None


def test_label_words_are_data():
    v = vocabulary()
    assert {"presenters", "authors", "faculty", "supervisor"} <= v.label_words
    assert strip_lead_in("Faculty: Ivo Brandt, MD", v)[1] == "Ivo Brandt, MD"
    # a label whose head is a role is no lead-in: it stays in the text as a title
    assert strip_lead_in("Clinic Lead: Dr. Sunniva Holt", v)[0] == ""


# -- captions in square brackets ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("[Dr. Okonkwo]", E("Okonkwo")),
        (
            "[Halvard J. Moen, M.D., Chair, Department of Neurology]",
            E("Halvard J. Moen", ["M.D."], ["Chair, Department of Neurology"]),
        ),
        (
            "[Siobhan Greer, M.B., B.Ch., Neurologist]",
            E("Siobhan Greer", ["M.B.", "B.Ch."], ["Neurologist"]),
        ),
    ],
)
def test_bracketed_captions(line, want):
    assert experts(line) == [want]


# -- role first ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Head, Neuroimmunology Unit - Professor Arvid Lunde",
            E("Arvid Lunde", (), ["Head, Neuroimmunology Unit"]),
        ),
        ("Neurology Consultant Dr Petra Vukovic", E("Petra Vukovic", (), ["Neurology Consultant"])),
        ("MS Nurse Specialist Ilse Baum, RGN", E("Ilse Baum", ["RGN"], ["MS Nurse Specialist"])),
    ],
)
def test_role_before_the_name(line, want):
    assert experts(line) == [want]


# -- name shapes --------------------------------------------------------------------------------


def test_all_caps_name():
    assert experts("PERPETUA ADEYEMI, RN, BScN, MSCN") == [
        E("PERPETUA ADEYEMI", ["RN", "BScN", "MSCN"])
    ]


def test_a_name_is_in_one_case():
    # "Ilse BAUM" mixes cases: no name reads that way (and "MS TRUST" is no name)
    assert split_name(tokenize("Ilse BAUM"), vocabulary()) is None


def test_fused_capital_initials_after_an_honorific():
    assert experts("Dr KR Menon, neuro-physician, Lakeview Hospital") == [
        E("KR Menon", (), ["neuro-physician"], "Lakeview Hospital")
    ]


def test_credential_with_an_inner_space():
    assert experts("Delphine Oyelaran, Ph. D.") == [E("Delphine Oyelaran", ["Ph. D."])]
    # initials with a space stay initials before a name word
    assert "J. D." not in tokenize("J. D. Salter, MD")


def test_suffix_after_a_comma_stays_with_the_name():
    assert experts("Ambrose T. Lyle, Jr., MD", "Neurologist, Fernhill Clinic") == [
        E("Ambrose T. Lyle, Jr.", ["MD"], ["Neurologist"], "Fernhill Clinic")
    ]


def test_slash_credentials():
    assert experts("Odile Marchand, RN/CNP, Clinic Nurse") == [
        E("Odile Marchand", ["RN/CNP"], ["Clinic Nurse"])
    ]


def test_name_and_known_place_only():
    assert experts("Konrad Albers, Münster, Germany") == [
        E("Konrad Albers", (), (), None, "Münster, Germany")
    ]


def test_bare_name_over_its_organisation_line():
    assert experts("Harriet Vell", "Southmoor NHS Foundation Trust") == [
        E("Harriet Vell", (), (), "Southmoor NHS Foundation Trust")
    ]


# -- several experts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Marek Sobczak, MD and Dalia Fenn, DO, MSc",
            [E("Marek Sobczak", ["MD"]), E("Dalia Fenn", ["DO", "MSc"])],
        ),
        (
            "Marek Sobczak, MD; Dalia Fenn, MD",
            [E("Marek Sobczak", ["MD"]), E("Dalia Fenn", ["MD"])],
        ),
        ("Dr Rohan Bhise and Dr M V Pradhan", [E("Rohan Bhise"), E("M V Pradhan")]),
    ],
)
def test_several_experts(line, want):
    assert experts(line) == want


def test_a_list_flattened_without_commas_between_the_people():
    assert experts("Written by: Orla Finch, MD Tomas R. Gale, MD, MPH") == [
        E("Orla Finch", ["MD"]),
        E("Tomas R. Gale", ["MD", "MPH"]),
    ]


def test_an_organisation_acronym_before_a_role_is_the_institution():
    (expert,) = experts("Reviewed by: Orla Finch, MD, NMSA Chief Medical Adviser")
    assert (expert.titles, expert.institution) == (("Chief Medical Adviser",), "NMSA")


def test_bare_names_after_a_name_are_no_experts_without_a_label():
    # "Palo Alto, CA" after a name is its city; without a label, bare names are no list
    (expert,) = experts("Dr. Oren Vale, Palo Alto, CA")
    assert expert.place == "Palo Alto, CA"


# -- roles and their organisations --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "titles", "institution"),
    [
        # an appositive role's article is no part of the title
        ("Cosima Reyes, MD, a neurologist at Tidewell Clinic", ["neurologist"], "Tidewell Clinic"),
        (
            "Cosima Reyes, DO, a neuroimmunologist and an MS specialist with Tidewell Health",
            ["neuroimmunologist", "MS specialist"],
            "Tidewell Health",
        ),
        (
            "Dr. Cosima Reyes, the director of research at the Tidewell MS Society",
            ["director of research"],
            "the Tidewell MS Society",
        ),
        # a lower-case role's object that names an organisation is the institution
        (
            "Cosima Reyes, PhD, co-director of the Tidewell MS Center at Orme University",
            ["co-director"],
            "the Tidewell MS Center, Orme University",
        ),
        (
            "Cosima Reyes, member of the Tidewell Research Foundation Board",
            ["member"],
            "the Tidewell Research Foundation Board",
        ),
        (
            "Cosima Reyes Jr., president and CEO of Tidewell Health Group",
            ["president and CEO"],
            "Tidewell Health Group",
        ),
        # a capitalised role keeps its object
        ("Cosima Reyes, MD, Director of the MS Center", ["Director of the MS Center"], None),
    ],
)
def test_appositive_roles(line, titles, institution):
    (expert,) = experts(line)
    assert (list(expert.titles), expert.institution) == (titles, institution)


@pytest.mark.parametrize(
    "role",
    [
        "Communications & Campaigns Officer",
        "Clinic Coordinator/Social Worker",
        "ST4 Neurologist",
        "Research Program Manager",
        "Regional Secretary",
        "Founder",
    ],
)
def test_role_phrases_end_in_a_head_noun(role):
    (expert,) = experts(f"Ms. Ilka Berg, {role}, Tidewell MS Alliance")
    assert (expert.titles, expert.institution) == ((role,), "Tidewell MS Alliance")


def test_a_head_that_is_also_a_modifier_keeps_its_phrase():
    # "Lead" is a head ("Clinic Lead") and a modifier; "MS" before a word is no state here
    assert experts("Lead MS Nurse \u2013 Bridget Colley, RGN") == [
        E("Bridget Colley", ["RGN"], ["Lead MS Nurse"])
    ]


def test_modifiers_in_mixed_case_before_a_lower_case_head():
    (expert,) = experts("Kiri Tane, MD, Māori health lead, Tidewell Health")
    assert expert.titles == ("Māori health lead",)


@pytest.mark.parametrize(
    ("line", "titles", "institution"),
    [
        ("Dr Hamza Reid", ["Director of Patient Programs"], "the Tidewell MS Society"),
    ],
)
def test_for_and_to_tie_a_role_to_its_organisation(line, titles, institution):
    (expert,) = experts(line, "Director of Patient Programs for the Tidewell MS Society")
    assert (list(expert.titles), expert.institution) == (titles, institution)


def test_a_second_role_after_an_organisation():
    (expert,) = experts(
        "Dr. Anil Varma, Consultant Neurologist at Lotus Neuro Clinics and Honorary Adviser to "
        "the Multiple Sclerosis Society of Malabar (MSSM)"
    )
    assert expert.titles == ("Consultant Neurologist", "Honorary Adviser")
    assert expert.institution == (
        "Lotus Neuro Clinics, the Multiple Sclerosis Society of Malabar (MSSM)"
    )


def test_brackets_stay_with_their_phrase():
    (expert,) = experts(
        "Ines Roth, MD, FAAN", "Professor and Vice Chair (Research Affairs)", "Orme University"
    )
    assert expert.titles == ("Professor and Vice Chair (Research Affairs)",)
    (expert,) = experts("Mr. Tarun Sen, Treasurer, Multiple Sclerosis Society of Konkan (MSSK)")
    assert expert.institution == "Multiple Sclerosis Society of Konkan (MSSK)"


def test_a_describing_clause_is_no_part():
    (expert,) = experts("Noor Idris MD PhD", "Neurology Faculty, focusing on MS, at U of Westmere")
    assert (expert.titles, expert.institution, expert.place) == (
        ("Neurology Faculty",),
        "U of Westmere",
        None,
    )


def test_a_credential_in_capitals_is_no_sentence_verb():
    # "DO," is the osteopath's degree, not the verb "do": the line is no sentence
    (expert,) = experts("Ana Holt, DO, the director of research with Tidewell Clinic")
    assert (expert.degrees, expert.titles) == (("DO",), ("director of research",))


def test_run_on_sign_off_after_a_full_stop():
    found = parse(f"{PROSE} Dr Halle Brix, Consultant Neurologist", own_paragraph=False)
    assert found.experts == [E("Halle Brix", (), ["Consultant Neurologist"])]


def test_a_chain_of_credits_with_a_date_trailer():
    # Seen on thcphysicians.com (tests/data/signature_forms.py: THC): reviewer, then writer.
    line = "Medically reviewed by Nadia Harmon, M.D. \u2014 Written by Julius Selden, Ph.D."
    assert experts(f"{line} \u2014 Updated on March 3, 2021") == [
        E("Nadia Harmon", ["M.D."]),
        E("Julius Selden", ["Ph.D."]),
    ]


@pytest.mark.parametrize(
    "line", ["Jane Dorsey, MD, of Harbour Clinic", "Dr. Jane Dorsey of Harbour Clinic"]
)
def test_of_before_an_organisation_after_the_name(line):
    (expert,) = experts(line)
    assert (expert.titles, expert.institution) == ((), "Harbour Clinic")


def test_a_closing_and_the_name_on_one_line():
    assert experts("Best wishes, Dr Jane Dorsey") == [E("Jane Dorsey")]


@pytest.mark.parametrize(
    "contact",
    [["www.harbourclinic.example"], ["Phone: 319-555-0142", "Email: jdorsey@harbour.example"]],
)
def test_contact_lines_under_a_sign_off_leave_with_it(contact):
    # Contact lines as contact blocks write them (disabilityinfo.org: DISABILITYINFO).
    found = parse("Jane Dorsey, MD", "Harbour Clinic", *contact)
    assert found.experts == [E("Jane Dorsey", ["MD"], (), "Harbour Clinic")]
    assert found.start == 1 and found.raw.endswith(contact[-1])


def test_a_contact_line_alone_after_prose_stays():
    found = parse("www.harbourclinic.example")
    assert found.experts == [] and found.start is None


def test_a_flattened_faculty_block():
    # A multi-line faculty block (opencme.org: OPENCME) joined into one line without commas:
    # an organisation that opens with people's names, a role's bracket, the city before its state.
    line = (
        "Oren V. Haldane, MD Chief of MS/Neuroimmunology Lillian and Hale Dorsey Department of"
        " Neurology Professor of Neurology (MS/Neuroimmunology) Ridgefield University Carver"
        " School of Medicine Evanston, IL"
    )
    assert experts(line) == [
        E(
            "Oren V. Haldane",
            ["MD"],
            ["Chief of MS/Neuroimmunology", "Professor of Neurology (MS/Neuroimmunology)"],
            "Lillian and Hale Dorsey Department of Neurology, Ridgefield University Carver School"
            " of Medicine",
            "Evanston, IL",
        )
    ]


def test_a_role_after_a_roles_bracket_on_a_flattened_line():
    (expert,) = experts("Ines Roth, MD, FAAN Professor and Vice Chair (Research Affairs) Director")
    assert expert.titles == ("Professor and Vice Chair (Research Affairs)", "Director")


@pytest.mark.parametrize(
    ("line", "titles", "institution"),
    [
        # tests/data/signature_forms.py q186 (source: AUSDIS): the employer in brackets
        ("Associate Professor Mira Talwar, Neurologist (Eastgate Health)", ("Neurologist",),
         "Eastgate Health"),
        ("Joan Ferrier, MD, Staff Neurologist (Harbour Clinic)", ("Staff Neurologist",),
         "Harbour Clinic"),
        # a role's own bracket holds no organisation's head: it stays in the role
        ("Ines Roth, MD, Professor and Vice Chair (Clinical Affairs)",
         ("Professor and Vice Chair (Clinical Affairs)",), None),
    ],
)  # fmt: skip
def test_a_bracket_after_a_role_with_an_organisations_head_is_the_employer(
    line, titles, institution
):
    (expert,) = experts(line)
    assert (expert.titles, expert.institution) == (titles, institution)


# -- negatives ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By Riverside News Service",
        "By Valley News",
        "By Coastal Press",
        "Dr. Brix: You're welcome, it was good to talk about this.",
        "Odile Marchand, RN, MSCN, FAAN is a nurse practitioner who has worked in MS for years.",
    ],
)
def test_these_stay_prose(line):
    found = parse(line)
    assert found.experts == [] and found.start is None


def test_role_first_reported_speech_reads_the_speaker():
    # Round 17's policy: a person the answer's last sentence reports, named with a role, is the
    # expert ("who said what"); the sentence stays in the answer (signature/mention.py)
    found = parse(
        "MS Nurse Specialist Ilse Baum, who runs the clinic, said the evening slots help."
    )
    assert found.experts == [E("Ilse Baum", titles=["MS Nurse Specialist"])]
    assert found.start is None


# -- the replica carries these forms ------------------------------------------------------------


def test_the_crawled_replica_carries_every_round3_form_and_they_parse_back():
    # The site tests/test_crawl_replica.py crawls (every field of every post against the truth).
    from msqa_scraper.replica import SiteConfig, build_site
    from msqa_scraper.replica.body import ROUND3_STYLES
    from msqa_scraper.replica.nodes import inline_text

    site = build_site(SiteConfig(posts=320, per_page=4, months=8, categories=8, seed=3))
    seen = set()
    for spec in site.posts:
        body = site.body(spec)
        style = body.features.sig_style
        if style not in ROUND3_STYLES:
            continue
        seen.add(style)
        lines = [inline_text(line) for line in body.signature]
        want = [E(s.name, s.degrees, s.titles, s.institution, s.place) for s in body.signed]
        assert experts(*lines) == want, lines
    assert seen == set(ROUND3_STYLES)


def test_the_crawled_replica_carries_every_round4_form_and_they_parse_back():
    # Round 4 (tests/data/signature_forms.py, split "round4"): a dated byline, a letter's sign-off
    # over role and organisation lines, an author line of two bare names with affiliation marks,
    # an organisation before its role, and an expert whose credentials include "CNN(C)".
    from msqa_scraper.replica import SiteConfig, build_site
    from msqa_scraper.replica.body import BYLINE_DATES, ROUND4_STYLES
    from msqa_scraper.replica.nodes import inline_text

    site = build_site(SiteConfig(posts=320, per_page=4, months=8, categories=8, seed=3))
    seen, degrees = set(), set()
    for spec in site.posts:
        body = site.body(spec)
        lines = [inline_text(line) for line in body.signature]
        want = [E(s.name, s.degrees, s.titles, s.institution, s.place) for s in body.signed]
        degrees.update(d for s in body.signed for d in s.degrees)
        style = body.features.sig_style
        if style not in ROUND4_STYLES and "CNN(C)" not in {
            d for s in body.signed for d in s.degrees
        }:
            continue
        seen.add(style)
        assert experts(*lines) == want, lines
        if style == "dated_byline":
            assert lines[-1] in BYLINE_DATES
        elif style == "author_line":
            assert len(want) == 2 and lines[0].endswith(" 2") and " 1,*, " in lines[0]
        elif style == "letter":
            assert lines[0] == "Thank you," and not want[0].degrees
        elif style == "org_role":
            assert lines[1] == f"{want[0].institution}'s {want[0].titles[0]}"
    forms = {"dated_byline", "letter", "author_line", "org_role"}  # named here, not read back
    assert set(ROUND4_STYLES) == forms
    assert seen >= forms
    assert "CNN(C)" in degrees


def test_the_crawled_replica_carries_every_round5_form_and_they_parse_back():
    # Round 5 (tests/test_signature_round5_find.py names the sources): a forum's valediction with
    # a full stop on every line ("Kind regards." / "Dr Name." / "Role."), a journal's
    # "Correspondence Address:" label over a stacked block, and an article's author line with
    # affiliation marks and credentials over one numbered affiliation line per author.
    from msqa_scraper.replica import SiteConfig, build_site
    from msqa_scraper.replica.body import ROUND5_STYLES
    from msqa_scraper.replica.nodes import inline_text

    site = build_site(SiteConfig(posts=320, per_page=4, months=8, categories=8, seed=3))
    seen = set()
    for spec in site.posts:
        body = site.body(spec)
        style = body.features.sig_style
        if style not in ROUND5_STYLES:
            continue
        seen.add(style)
        lines = [inline_text(line) for line in body.signature]
        want = [E(s.name, s.degrees, s.titles, s.institution, s.place) for s in body.signed]
        assert experts(*lines) == want, lines
        if style == "valediction":
            assert lines[0] == "Kind regards." and all(line.endswith(".") for line in lines)
        elif style == "label_block":
            assert lines[0] == "Correspondence Address:"
        elif style == "author_block":
            assert len(want) == 2 and lines[1].startswith("1 ") and lines[2].startswith("2 ")
    forms = {"valediction", "label_block", "author_block"}  # named here, not read back
    assert set(ROUND5_STYLES) == forms
    assert seen == forms


def test_the_replica_carries_every_round6_form_and_they_parse_back():
    # Round 6 (tests/test_signature_round6_find.py names the sources): a quote's attribution
    # ("Name, Role" alone after the prose), a photo caption ended by "Picture supplied", and the
    # writer's dashed initials over "Name, MD" / the practice. The crawled replica of
    # tests/test_crawl_replica.py (seed 3) carries the caption; seed 2 carries all three.
    from msqa_scraper.replica import SiteConfig, build_site
    from msqa_scraper.replica.body import ROUND6_STYLES
    from msqa_scraper.replica.nodes import inline_text

    seen: dict[int, set[str]] = {}
    for seed in (2, 3):
        site = build_site(SiteConfig(posts=320, per_page=4, months=8, categories=8, seed=seed))
        for spec in site.posts:
            body = site.body(spec)
            style = body.features.sig_style
            if style not in ROUND6_STYLES:
                continue
            seen.setdefault(seed, set()).add(style)
            lines = [inline_text(line) for line in body.signature]
            want = [E(s.name, s.degrees, s.titles, s.institution, s.place) for s in body.signed]
            assert experts(*lines) == want, lines
            if style == "profession":
                assert len(lines) == 1 and not want[0].degrees and "Dr" not in lines[0]
            elif style == "picture_credit":
                assert lines[0].endswith(". Picture supplied")
            else:
                assert lines[0].startswith("\u2014") and len(lines) == 3
    forms = {"profession", "picture_credit", "dashed_initials"}  # named here, not read back
    assert set(ROUND6_STYLES) == forms
    assert seen[2] == forms and "picture_credit" in seen[3]
