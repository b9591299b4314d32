"""Round 12, segmentation of a found block where name and credentials were (nearly) right
(segment.py: tokenize's glued credentials, the signing stamp, a role's modifier read into the
name). Every example is invented; the comment names the yardstick case (set/id) the class was
seen in."""

from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import E, found, parsed
from test_signature_field_typing import FIRST, LAST, blocks

from msqa_scraper.extract.signature import parse_block
from msqa_scraper.extract.signature.segment import tokenize

# -- glued credential runs ----------------------------------------------------------------------


def test_credentials_glued_by_their_dots_with_a_glued_country():
    # set 14 s24 ('Dr Name MB.CHb.MRCGP. MRCP(UK) FFRCA(1)Ireland')
    assert parsed("Dr Saoirse Keane MB.ChB.MRCGP. MRCP(UK) FFRCA(1)Ireland") == [
        E("Saoirse Keane", ("MB.ChB.", "MRCGP.", "MRCP(UK)", "FFRCA(1)"), (), None, "Ireland")
    ]


def test_initials_glued_by_their_dots_stay_a_name():
    # the dotted run parts only into listed credentials, never a name's initials
    assert tokenize("J.R.R. Penhallow") == ["J.R.R.", "Penhallow"]
    assert tokenize("Smith(UK)") == ["Smith", "(UK)"]  # a bracket glues only to a credential


DOTTED = ["M.D.", "Ph.D.", "MB.ChB.", "MRCGP.", "M.Sc.", "B.Sc.", "MRCP.", "FRCS."]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
    st.lists(st.sampled_from(DOTTED), min_size=2, max_size=3, unique=True),
)
def test_a_run_glued_by_dots_reads_as_the_spaced_run(first, last, creds):
    spaced = parsed(f"Dr {first} {last} {' '.join(creds)}")
    assert parsed(f"Dr {first} {last} {''.join(creds)}") == spaced
    assert spaced[0].degrees == tuple(creds)


# -- a record system's signing stamp ------------------------------------------------------------


def test_a_signing_stamp_is_no_second_person():
    # set 13 r26 ('ELECTRONICALLY SIGNED BY NAME AT 14:05 ON 03-MAR-2025' above 'Dr Name')
    assert parsed(
        "ELECTRONICALLY SIGNED BY ODILE HOLM AT 09:40 ON 12-JAN-2024",
        "Dr Odile Holm",
        "Consultant Neurologist",
    ) == [E("Odile Holm", (), ("Consultant Neurologist",))]


@settings(max_examples=150, deadline=None)
@given(blocks(), st.data())
def test_a_stamp_line_anywhere_gives_the_same_experts(lines, data):
    at = data.draw(st.integers(min_value=0, max_value=len(lines)))
    name = lines[0].split(",")[0].upper()
    stamp = data.draw(
        st.sampled_from(
            [
                f"ELECTRONICALLY SIGNED BY {name} AT 14:05 ON 03-MAR-2025",
                f"Digitally signed by {name.title()} on 2024-05-06 10:12",
            ]
        )
    )
    plain = [e.to_expert() for e in parse_block(lines)]
    assert [e.to_expert() for e in parse_block([*lines[:at], stamp, *lines[at:]])] == plain


def test_an_answer_ending_in_a_stamp_names_the_signer_once():
    prose = ["Her walking has improved on the new treatment.", "We will review her in May."]
    got = found(
        "Yours sincerely",
        "ELECTRONICALLY SIGNED BY MEI NAKAMURA AT 11:20 ON 04-APR-2025",
        "Dr Mei Nakamura",
        "Consultant Neurologist",
        prose=prose,
    ).experts
    assert [e.name for e in got] == ["Mei Nakamura"]


# -- a role's modifier read into the name -------------------------------------------------------


def test_a_role_modifier_is_no_name_word():
    # set 13 r27 flat ('Dr Name Renal Specialist Nurse': the block's lines run together)
    assert parsed("Dr Ingrid Abara Renal Specialist Nurse") == [
        E("Ingrid Abara", (), ("Renal Specialist Nurse",))
    ]


MODIFIERS = ["Renal", "Clinical", "Senior", "Community"]
HEADS = ["Specialist Nurse", "Nurse Specialist", "Physiotherapist", "Consultant"]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
    st.sampled_from(MODIFIERS),
    st.sampled_from(HEADS),
)
def test_a_modified_role_run_onto_the_name_line_reads_as_on_its_own_line(first, last, mod, head):
    stacked = parsed(f"Dr {first} {last}", f"{mod} {head}")
    assert [e.name for e in stacked] == [f"{first} {last}"]
    assert [e.name for e in parsed(f"Dr {first} {last} {mod} {head}")] == [f"{first} {last}"]


# -- a letter's distribution list and a role-labelled further person ----------------------------


def test_a_distribution_list_names_no_signer():
    # set 13 r25 ('To: Dr Name, address' / 'CC: Patient: Mrs Name, address' / 'Enc: ...')
    assert parsed(
        "Dr Tomasz Lindqvist",
        "Consultant Neurologist",
        "To: Dr K Abara, 12 Mill Lane, Harbourtown, HT4 2ZZ",
        "CC: Patient: Mrs Ana Holm, 3 Quay Street, Harbourtown, HT1 9AB",
        "Enc: MRI report",
    ) == [E("Tomasz Lindqvist", (), ("Consultant Neurologist",))]


def test_a_role_as_a_further_persons_label_is_that_persons_title():
    # set 13 r25 ('Specialty Registrar' / 'Consultant: Mr Name' under the signer)
    assert parsed(
        "Mr Kwame Okafor FRCS MD", "Specialty Registrar", "Consultant: Mr Bertil Ashgrove"
    ) == [
        E("Kwame Okafor", ("FRCS", "MD"), ("Specialty Registrar",)),
        E("Bertil Ashgrove", (), ("Consultant",)),
    ]


LABELS = ["To", "CC", "cc", "Enc", "Encl", "Copy to", "Attachments"]
RECIPIENTS = ["Dr K Abara, 12 Mill Lane, Harbourtown", "Mrs Ana Holm (Patient)", "MRI report"]


@settings(max_examples=150, deadline=None)
@given(
    blocks(),
    st.lists(
        st.tuples(st.sampled_from(LABELS), st.sampled_from(RECIPIENTS)), min_size=1, max_size=3
    ),
)
def test_distribution_lines_after_a_block_change_no_expert(lines, tail):
    plain = [e.to_expert() for e in parse_block(lines)]
    extra = [f"{label}: {who}" for label, who in tail]
    assert [e.to_expert() for e in parse_block([*lines, *extra])] == plain


# -- a bare town before its region ---------------------------------------------------------------


def test_a_bare_town_before_its_region_is_the_place():
    # set 16 j05, j16 ('Nurse practitioner' / 'Wexley, Kent'; 'Name FRCGP' / 'Elmsworth, Suffolk')
    assert parsed("Odile Penhallow", "Nurse practitioner", "Brackenholt, Devon") == [
        E("Odile Penhallow", (), ("Nurse practitioner",), None, "Brackenholt, Devon")
    ]
    # an organisation's word keeps its part an institution
    assert parsed("Odile Penhallow", "Nurse practitioner", "Brackenholt Clinic, Devon") == [
        E("Odile Penhallow", (), ("Nurse practitioner",), "Brackenholt Clinic", "Devon")
    ]


TOWNS = ["Brackenholt", "Quarrendon", "Wexley", "Elmsworth", "Thornbury"]
REGIONS = ["Kent", "Suffolk", "Devon", "Ontario", "Queensland"]


@settings(max_examples=100, deadline=None)
@given(blocks(), st.sampled_from(TOWNS), st.sampled_from(REGIONS))
def test_a_bare_town_and_region_after_a_role_is_the_place(lines, town, region):
    base = [line for line in lines if "," not in line or line is lines[0]][:2]  # no place line
    got = [e.to_expert() for e in parse_block([*base, f"{town}, {region}"])]
    plain = [e.to_expert() for e in parse_block(base)]
    if plain[0].institution is None:
        assert got[0].place == f"{town}, {region}" and got[0].institution is None


# -- a role known by its position and shape -----------------------------------------------------


def test_an_unlisted_role_of_an_organisation_after_a_title():
    # set 6 x02 ('Lord Mayor of Galway, Patron of MS Connacht')
    assert parsed("Aoife Castellane", "Lord Mayor of Wexmoor, Patron of MS Harbourside") == [
        E("Aoife Castellane", (), ("Lord Mayor of Wexmoor", "Patron"), "MS Harbourside")
    ]
    # an object that names no organisation keeps the part an institution
    assert parsed("Aoife Castellane", "Director, Office of Research") == [
        E("Aoife Castellane", (), ("Director",), "Office of Research")
    ]


HEADS_BY_POSITION = ["Patron", "Ambassador", "Trustee", "Governor"]
OBJECTS = ["MS Harbourside", "Kestrel MS Society", "the Tamarack Foundation"]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
    st.sampled_from(HEADS_BY_POSITION),
    st.sampled_from(OBJECTS),
)
def test_a_word_of_an_organisation_after_a_title_reads_as_a_listed_role(first, last, head, obj):
    got = parsed(f"{first} {last}", f"Medical Director, {head} of {obj}")
    listed = parsed(f"{first} {last}", f"Medical Director, Trustee of {obj}")
    assert got[0].institution == listed[0].institution
    assert len(got[0].titles) == len(listed[0].titles)
