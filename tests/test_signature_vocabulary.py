"""Each class of the vocabulary data file does its job (break a class and its test fails)."""

import pytest

from msqa_scraper.extract.signature import is_sentence, parse_block, vocabulary
from msqa_scraper.extract.signature.find import strip_lead_in


def one(lines):
    experts = parse_block(lines)
    assert len(experts) == 1
    return experts[0].to_expert()


def test_the_file_is_versioned():
    assert vocabulary().version


@pytest.mark.parametrize(
    "cred", ["MD", "M.D.", "PhD", "FRACP", "FRCP(C)", "APN-C", "MSCN", "BChir"]
)
def test_credentials(cred):
    assert vocabulary().is_credential(cred)
    assert one([f"Ada Quist, {cred}"]).degrees == (cred,)


@pytest.mark.parametrize("honorific", ["Dr.", "Dr", "Prof.", "Professor", "A/Professor"])
def test_honorifics(honorific):
    expert = one([f"{honorific} Ada Quist"])
    assert expert.name == "Ada Quist"


@pytest.mark.parametrize(
    "lead", ["Answered by:", "Medically reviewed by", "Interview with:", "Response from", "—"]
)
def test_lead_ins(lead):
    assert strip_lead_in(f"{lead} Ada Quist, MD", vocabulary())[1] == "Ada Quist, MD"


def test_role_heads_and_modifiers():
    assert one(["Ada Quist, MD", "Senior Staff Neurologist"]).titles == (
        "Senior Staff Neurologist",
    )


def test_organisation_heads():
    expert = one(["Ada Quist, MD", "Staff Neurologist Harbour Clinic"])
    assert (expert.titles, expert.institution) == (("Staff Neurologist",), "Harbour Clinic")


def test_object_ends():
    expert = one(["Ada Quist, MD", "Professor of Neurology Harbour University"])
    assert expert.titles == ("Professor of Neurology",)


def test_unit_heads():
    assert one(["Ada Quist, MD", "Chief, Section of Neuroimmunology"]).titles == (
        "Chief, Section of Neuroimmunology",
    )


def test_joiners():
    assert one(["Ada Quist, MD, Neurologist at Harbour Clinic"]).institution == "Harbour Clinic"


@pytest.mark.parametrize("place", ["Seattle, WA", "Greeley, Colo.", "Leeds, UK"])
def test_places(place):
    assert one(["Ada Quist, MD", "Harbour Clinic", place]).place == place


def test_particles_and_suffixes():
    assert one(["Ana de la Vega Jr., MD"]).name == "Ana de la Vega Jr."


@pytest.mark.parametrize("closing", ["Best Wishes", "Good Luck", "Kind Regards"])
def test_closings_are_no_names(closing):
    assert parse_block([closing]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The National MS Society has helpful fact sheets on this topic.",
        "Your MS Center can help you with this.",
        "Ask the University clinic about trials.",
    ],
)
def test_sentence_words(sentence):
    assert is_sentence(sentence)
