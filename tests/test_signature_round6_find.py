"""Round 6, boundary finding: where a signature starts when the forms of the fourth yardstick
(tests/data/signature_eval_cases_4.json, the development set) write it.

One small test per form. Each names the real page that showed the form (the yardstick case's
source URL); the people, places and sentences are invented. The families: a full name with a
profession alone on the last line (either order), photo captions ended by a picture credit, an
epigraph's hyphen, a lead-in's topic after a colon, a document title run on before its author,
an author's e-mail line and run-on affiliations label, the writer's dashed initials over the
block, and numbered affiliations that name nobody.
"""

from functools import partial

import pytest
import signature_helpers as helpers
from signature_helpers import E

PROSE = "Pace yourself through the afternoon and rest before you are worn out."

SHIFT_VIDEO = "https://shift.ms/msreporters-video/type-exercises-recommend-msers-balance-problems"
RACONTEUR = "https://raconteur.net/multiple-sclerosis/a-helping-hand-when-you-need-it"
MSCONNECTION = (
    "https://www.msconnection.org/Blog/July-2014/Diet-Nutrition-with-Dr-Ellen-Mowry-and-Denise-Nowa"
)
FMT = (
    "http://www.freemalaysiatoday.com/category/opinion/2014/05/28/understanding-multiple-sclerosis/"
)
IOL = (
    "https://www.iol.co.za/sunday-tribune/lifestyle/raising-awareness-about-multiple-sclerosis-ms-"
    "everything-you-need-to-know-a700dee8-6c2c-441a-b44e-b57e4485662a"
)
GALEN = "https://ova.galencentre.org/women-account-for-83-of-multiple-sclerosis-cases-in-malaysia/"
CONTINUUM = "https://journals.lww.com/continuum/toc/2007/10000"
HOLIER = (
    "https://holierthantao.com/2023/04/22/understanding-multiple-sclerosis-an-interview-with-dr-"
    "john-doe/"
)
DOCPLAYER = (
    "https://docplayer.net/amp/3808718-Program-transcript-recorded-january-16-2013-1-brief-"
    "overview-of-multiple-sclerosis.html"
)
PLOS = "http://dx.plos.org/10.1371/journal.pone.0028021"
MDEDGE = (
    "https://www.mdedge9-ma1.mdedge.com/clinicianreviews/article/145662/immunology/"
    "does-diet-matter-multiple-sclerosis/page/8/1"
)
FRONTIERS = "https://frontiersin.org/articles/10.3389/fneur.2023.1068358/full"
THISABILITY = "https://www.thisability.co.za/2024/05/29/south-africas-silent-struggle-with-multiple-sclerosis/"


found = partial(helpers.found, prose=(PROSE,))


# -- a full name with a profession alone on the last line ----------------------------------


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("Maren Holloway, Physiotherapist", "Maren Holloway", "Physiotherapist"),  # SHIFT_VIDEO
        ("chief executive, Tobias Wrenfield", "Tobias Wrenfield", "chief executive"),  # RACONTEUR
        ("registered dietician, Lucia Ferrante", "Lucia Ferrante", "registered dietician"),
    ],  # the last: MSCONNECTION
)
def test_a_full_name_with_a_profession_on_the_last_line(line, name, role):
    result = found(line)
    assert result.start == 1
    assert [(e.name, e.titles) for e in result.experts] == [(name, (role,))]


def test_a_name_and_a_role_of_an_organisation_on_the_last_line():
    # FMT: "Name, secretary of <Org>" after a quotation.
    result = found("Anand Raghavan, secretary of Kinta MS Circle")
    assert result.start == 1 and [e.name for e in result.experts] == ["Anand Raghavan"]


def test_a_headline_apposition_and_a_role_at_a_place_stay_in_the_answer():
    assert found("Kinta MS Circle secretary Anand Raghavan").experts == []
    assert found("Neurologist at North Vale Medical Center in Ashby").experts == []


# -- photo captions ended by a picture credit ----------------------------------------------


def test_a_caption_ended_by_picture_supplied():
    # IOL: "Dr Name, Neurologist. Picture supplied".
    result = found("Dr Thandiwe Mbeki-Rossouw, Neurologist. Picture supplied")
    assert result.start == 1
    assert result.experts == [E("Thandiwe Mbeki-Rossouw", titles=["Neurologist"])]


def test_a_group_caption_of_semicolon_parts_ended_by_a_photo_credit():
    # GALEN: four people joined by semicolons, then "Photo courtesy of <Company>."
    result = found(
        "Dr. Harun Salleh, Medical Director, Orchid Pharma (Malaysia) ; Dr. Wong Li Ying, "
        "Consultant Neurologist; Rosnah Idris, President of Kedah MS Society. "
        "Photo courtesy of Orchid Pharma."
    )
    assert result.start == 1
    assert [e.name for e in result.experts] == ["Harun Salleh", "Wong Li Ying", "Rosnah Idris"]


def test_a_picture_credit_alone_names_no_one():
    # THISABILITY: "Photo: <Hospitals>" names an organisation, no expert.
    result = found("Photo: Lowveld Community Hospitals")
    assert result.experts == [] and result.start is None


# -- lead-ins ------------------------------------------------------------------------------


def test_an_epigraphs_hyphen_run_on_before_an_initial():
    # CONTINUUM: a quotation, then "-J. Name (by attribution)".
    result = found("-R. Tamsin Oakhurst (by attribution)", prose=('"Patience is a remedy."',))
    assert result.start == 1 and result.experts == [E("R. Tamsin Oakhurst")]


def test_a_hyphenated_word_opening_a_line_is_no_lead_in():
    assert found("-Based on the newest guidance only").experts == []


def test_an_interviews_topic_after_a_colon_is_no_expert():
    # HOLIER: "Interview with Dr. Name: Topic".
    result = found("Interview with Dr. Oskar Lindqvist: Living Well With Fatigue")
    assert result.start == 1 and result.experts == [E("Oskar Lindqvist")]


def test_a_document_title_run_on_before_its_author():
    # DOCPLAYER: "Title. Name, MSN, CRNP-AC CPODD Nurse Practitioner".
    result = found("Coping With Heat in Multiple Sclerosis. Ines Vantongeren, MSN, CPODD")
    assert result.start == 1
    assert [(e.name, e.degrees) for e in result.experts] == [("Ines Vantongeren", ("MSN", "CPODD"))]


def test_a_capitals_title_and_a_spaced_ordinal_date():
    # DOCPLAYER: "TITLE. Name MS Nurse Specialist 14 th May 2011".
    result = found("BLADDER CARE. Rhian Pritchard MS Nurse Specialist 3 rd June 2012")
    assert result.start == 1 and [e.name for e in result.experts] == ["Rhian Pritchard"]


# -- author blocks -------------------------------------------------------------------------


def test_an_authors_e_mail_line_and_run_on_affiliations_label():
    # PLOS: name / e-mail / "Affiliations Department ..., University ..., City, State, Country".
    result = found(
        "Petra J. Solberg",
        "psolberg@northmere.example.edu",
        "Affiliations Department of Exercise Science and Public Health, University of Northmere "
        "at Lakeside, Lakeside, Ohio, United States of America",
    )
    assert result.start == 1
    assert [e.name for e in result.experts] == ["Petra J. Solberg"]
    assert "Affiliations" not in (result.experts[0].institution or "")


def test_numbered_affiliations_alone_name_no_one():
    # FRONTIERS: numbered affiliations with the digit run into the first word, no names.
    result = found(
        "1Department of Family Medicine, University of Calder, Calder Falls, IA, United States",
        "2Independent Researcher, Bellweather, NC, United States",
    )
    assert result.experts == [] and result.start is None


def test_the_writers_dashed_initials_over_the_block_leave_with_it():
    # MDEDGE: "—XY" under the answer, then "Name, MSPAS, PA-C" / practice / state.
    result = found("—NB", "Nadia Brightwater, MSPAS, PA-C", "Harbor Point Neurology, LLC")
    assert result.start == 1
    assert [e.name for e in result.experts] == ["Nadia Brightwater"]


def test_initials_that_spell_another_name_stay_in_the_answer():
    result = found("—QZ", "Nadia Brightwater, MSPAS, PA-C")
    assert result.start == 2


# -- bylines -------------------------------------------------------------------------------
HEALTHCENTRAL = "https://www.healthcentral.com/slideshow/occupational-therapy-helps-ms-independence"


def test_a_byline_with_its_role_run_on_after_the_name():
    # HEALTHCENTRAL: a slideshow byline in lower case, "by Name Health Writer" (no comma).
    result = found("by Odile Brennagh Health Writer")
    assert result.experts == [E("Odile Brennagh", titles=["Health Writer"])]
    assert result.start == 1


def test_a_byline_of_a_desk_title_alone_names_no_one():
    assert found("By Staff Health Writer").experts == []


# -- reviewed-by credits -------------------------------------------------------------------
HELLODOKTOR = (
    "https://hellodoktor.com/healthy-living/world-vs-multiple-sclerosis-awareness-is-key/"
    "?share=custom-1510211536"
)


@pytest.mark.parametrize(
    ("reviewed", "written"),
    [
        # HELLODOKTOR: a Malay health site's two credits, the reviewer an organisation's panel.
        ("Disemak secara perubatan oleh Panel Perubatan Kestrel", "Ditulis oleh Siti Aminah Rahim"),
        ("Medically reviewed by Panel of Kestrel Health Editors", "Written by Amara Osei"),
    ],
)
def test_a_credit_naming_an_organisation_goes_with_the_persons_credit(reviewed, written):
    result = found(reviewed, f"{written} \u00b7 Disemak pada 14/06/2021")
    assert result.start == 1
    assert [e.name for e in result.experts] == [written.split(" oleh ")[-1].split(" by ")[-1]]


def test_a_credit_naming_an_organisation_alone_names_no_one():
    assert found("Medically reviewed by Panel of Kestrel Health Editors").experts == []
