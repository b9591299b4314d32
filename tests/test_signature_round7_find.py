"""Round 7, boundary finding: mechanisms stated as classes of form, each tested on invented
signatures that follow forms of the fourth and fifth yardsticks (their source URLs kept here).

The classes:
1. Page furniture of a block (a forum member's counts, a social or web address without "www.",
   a reference's citation, an issue's day and month after a colon, contact details run on at the
   end of a flattened block) leaves the answer with the block and is no part of any expert.
"""

from functools import partial

import pytest
import signature_helpers as helpers
from signature_helpers import E

from msqa_scraper.extract.signature.find import _contact_tail, _cut_colon_date, _noise_line
from msqa_scraper.extract.signature.vocabulary import vocabulary

PROSE = "Pace yourself through the afternoon and rest before you are worn out."

SPONSORED = "https://casite-498466.cloudaccess.net/opinion/item/34878-sponsored-inflammation-inquiry"
ALLNURSES = "https://allnurses.com/cooling-blanket-for-neuro-patient-t38300/"
ALLNURSES_2 = "https://allnurses.com/is-hospital-arctic-zone-t550272/"
GESTES = "https://gestessciatica.blogspot.com/search/label/Opioid"
LADY = "https://vmbg.lady.co.uk/node/2071"
FCMSC = "set 2, y72: a chapter's press contact block (CONTACT: name / phone / e-mail)"

found = partial(helpers.found, prose=(PROSE,))


# -- 1. page furniture of a block -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "2,114 Posts",  # ALLNURSES
        "1 Article; 842 Posts",  # ALLNURSES_2
        "Posts: 318",
        "57 Replies | 12 Likes",
        "facebook.com/OrlaBrennanRD",  # SPONSORED
        "Twitter: @brennan_rd",
        "kestrelclinic.org",
        "Mult Scler Care. 2019;7(2):88-94.",  # GESTES
        "Journal of Neuro Nursing 2021, 14(3), 201-209",
        "doi:10.1177/13524585211234",
    ],
)
def test_noise_lines_by_shape(line):
    assert _noise_line(line, vocabulary())


@pytest.mark.parametrize(
    "line",
    [
        "Kenosha, WI",
        "Harbour Clinic",
        "St. Louis",
        "Dr.Halvorsen",
        "Posts from our nurses",
        "The clinic opened in 2016; 12 people came: 3-4 stayed.",
        "Neurology Department, Kestrel Hospital",
    ],
)
def test_no_noise_line_without_its_shape(line):
    assert not _noise_line(line, vocabulary())


def test_social_and_phone_lines_leave_with_the_block():
    a = found(
        "Orla Brennan, RDN, LDN",
        "Wexley Markets Corporate Dietitian",
        "facebook.com/OrlaBrennanRD",
        "800-555-0199",
    )  # SPONSORED
    assert [e.name for e in a.experts] == ["Orla Brennan"]
    assert a.experts[0].institution is None and a.experts[0].place is None
    assert "facebook.com/OrlaBrennanRD" in (a.raw or "")


def test_citation_line_under_the_author_is_no_institution():
    a = found("Imelda K. Sorensen, MS, RN, FNP", "Mult Scler Care. 2019;7(2):88-94.")  # GESTES
    assert a.experts == [E("Imelda K. Sorensen", ["MS", "RN", "FNP"])]
    assert a.raw is not None and a.raw.endswith("88-94.")


def test_citation_after_finished_prose_stays_in_the_answer():
    # A reference list's last entry under the prose names no one and is not the block's.
    a = found("See also: Lindqvist A. Fatigue in MS. Mult Scler Care. 2019;7(2):88-94.")
    assert a.experts == [] and a.start is None


def test_issue_date_after_a_colon_is_no_place():
    assert _cut_colon_date("Dr Piers de Vaux: 14 May", vocabulary()) == "Dr Piers de Vaux"
    assert _cut_colon_date("Dr Piers de Vaux: May 14th", vocabulary()) == "Dr Piers de Vaux"
    assert _cut_colon_date("Dr Piers de Vaux: Neurology", vocabulary()) == (
        "Dr Piers de Vaux: Neurology"
    )
    a = found("Dr Piers de Vaux: 14 May")  # LADY
    assert a.experts == [E("Piers de Vaux")]


def test_contact_details_run_on_at_the_end_of_a_flattened_block():
    assert _contact_tail("CONTACT: Ines Laaksonen 203-555-0123 ines@kestrel-news.org") == (
        "CONTACT: Ines Laaksonen"
    )
    assert _contact_tail("Call the helpline on 0800 123 4567") == "Call the helpline on"
    assert _contact_tail("Thanks for calling us. 0800 123 4567") == ""  # prose ended before it
    a = found("CONTACT: Ines Laaksonen 203-555-0123 ines@kestrel-news.org")  # FCMSC
    assert a.experts == [E("Ines Laaksonen")]
    assert "ines@kestrel-news.org" in (a.raw or "")


@pytest.mark.parametrize(
    "line", ["Call the helpline on 0800 123 4567 any weekday.", "Call the helpline on 0800 123 4567"]
)
def test_a_helpline_sentence_with_its_number_names_no_one(line):
    a = found(line)
    assert a.experts == [] and a.start is None
