"""Seventh round, segmentation: mechanisms stated as classes of form, each tested on invented
signatures of the class (never the yardsticks' own strings). Each group names the public pages
the class was seen on (the development sets' case ids in brackets)."""

import pytest
from signature_helpers import E, parsed

from msqa_scraper.extract.signature import vocabulary
from msqa_scraper.extract.signature.segment import _bio_sentence

# -- bio sentences: NAME (is | I'm) a/the ROLE (of|at|for|with) ORG (in PLACE) -------------------
# A bio written as sentences says what an appositive says: the subject is a person's name alone
# (honorific, credentials, a self-introduction or a full name), each further sentence opens with
# a pronoun and its verb, and every predicate is a role phrase with its article.
BIO_PAGES = (
    "http://www.healthline.com/health/lupus-support/lupus-researcher-interview",  # (v49)
    "http://www.nhs.uk/flashcont/altflash/c_epilepsy.htm",  # (v50)
    "https://www.dermatologytimes.com/view/the-role-of-nurse-practitioners-and-physician-assistants-in-managing-plaque-psoriasis",  # (v51)
    "http://msfocus.org/MultipleSclerosisFoundation/media/Flipbook/MSfocus/Summer2024/inc/html/46.html",  # (w05, v68)
    "https://www.abovems.com/en_us/home/treatment/journey/what-you-may-expect.html",  # (w58)
)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Dr. Halvard Strøm is the director of the Centre for Myelin Repair at Northgate"
            " Health Trust in Brackley, OH.",
            E(
                "Halvard Strøm",
                (),
                ("director",),
                "the Centre for Myelin Repair, Northgate Health Trust",
                "Brackley, OH",
            ),
        ),
        (
            "I'm Oona Castellane. I'm a neurologist at the Fairmead Hospital for Neurology.",
            E("Oona Castellane", (), ("neurologist",), "the Fairmead Hospital for Neurology"),
        ),
        (
            "I’m Bruno Takács, a nurse practitioner [NP] at Larchfield Neurology in Dover, Delaware.",
            E(
                "Bruno Takács",
                (),
                ("nurse practitioner",),
                "Larchfield Neurology",
                "Dover, Delaware",
            ),
        ),
        (
            "Wilhelmina Osei-Tutu, M.D., Ph.D., is the chairman of the Department of Neurology at"
            " Ashgrove General Hospital.",
            E(
                "Wilhelmina Osei-Tutu",
                ("M.D.", "Ph.D."),
                ("chairman",),
                "the Department of Neurology, Ashgrove General Hospital",
            ),
        ),
        (
            "Renata Kowalczyk is a certified MS nurse living with MS. She is the patient advocate"
            " for MS Lighthouse and writes a column on fatigue.",
            E("Renata Kowalczyk", (), ("certified MS nurse", "patient advocate"), "MS Lighthouse"),
        ),
        (
            "My name is Dr. Lucía Ferreyra. I’m a neurologist who treats people with MS.",
            E("Lucía Ferreyra", (), ("neurologist",)),
        ),
    ],
)
def test_bio_sentence_reads_as_its_appositive(line, want):
    # BIO_PAGES
    assert parsed(line) == [want]


def test_bio_sentence_under_an_about_the_author_heading():
    got = parsed("About the Author", "Piet Vandersloot, MD, is a neurologist at Kellerman Clinic.")
    assert got == [E("Piet Vandersloot", ("MD",), ("neurologist",), "Kellerman Clinic")]


@pytest.mark.parametrize(
    "line",
    [
        # the subject is no person, or the predicate names no person's role
        "The Harbour MS Society is the largest charity for people with MS in the region.",
        "Multiple Sclerosis is a disease of the central nervous system.",
        "Ocrelizumab is an option for primary progressive MS.",
        # a self-introduction that goes on as prose is a sentence of the answer
        "Hi, I'm Dr Ines Marrow, Head of Research at the Kestrel MS Trust and I will be your"
        " host today.",
        # a second sentence that opens with no pronoun and its verb: not a bio
        "Dr. Tobias Renn is a neurologist. Exercise helps many people with fatigue.",
        # a predicate with no article: a sentence about the person, no role
        "Dr. Tobias Renn is happy to answer questions about relapses.",
    ],
)
def test_bio_sentence_grammar_refuses_prose(line):
    assert _bio_sentence([line], vocabulary()) is None
