"""Property tests for the fifth round's segmentation families: each family's grammar generates
signatures (invented people) that must parse back exactly, stacked and run onto one line."""

from hypothesis import given, settings
from hypothesis import strategies as st

from msqa_scraper.extract.signature import parse_block, vocabulary

FIRST = ["Ana", "Zoë", "José", "Ingrid", "Kwame", "Mei", "Søren", "Aoife", "Priya", "Tomasz"]
LAST = ["Núñez", "Holm", "Ruiz-Peña", "Okafor", "Lindqvist", "Nakamura", "Dvořák", "Abara"]
# Listed credentials; the disease's "MS" only where another credential follows it ("RN, MS,
# MSCN"): last before a capitalised word it names the next part ("MS Research Unit").
CREDS = ["RN", "MSN", "BSN", "NP", "ARNP", "FNP-BC", "CNRN", "MSCN", "PhD", "OT", "DPT", "MD"]
DISCIPLINES = ["Nursing", "Occupational Therapy", "Physical Therapy", "Social Work", "Pharmacy"]
ROLES = [
    "Executive Director",
    "Clinical Nurse Specialist",
    "Nurse Practitioner",
    "Medical Director",
]
# Organisations that end in a head, the disease, an acronym or a plural role: on a line run
# together a city after them still reads as the city.
ORGS = [
    "Harbour Neurology Associates",
    "Fenwick MS Research Unit",
    "Kestrel University Hospital",
    "Lakeshore Center for MS",
    "Guild of MS Nurses",
    "Tamarack Health System",
    "University of Lakemoor",  # a lead head's object of one word, or a place
    "University of New Mexico",
]
PLACES = [
    ("Duluth", "Minnesota"),
    ("Tacoma", "Washington"),
    ("Moncton", "New Brunswick, Canada"),
    ("Halifax", "Nova Scotia, Canada"),
    ("Wichita Falls", "Texas"),
]


@st.composite
def stacked_blocks(draw):
    name = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    creds = draw(st.lists(st.sampled_from(CREDS), min_size=1, max_size=4, unique=True))
    if draw(st.booleans()) and len(creds) > 1:
        creds.insert(1, "MS")  # "RN, MS, MSCN": a degree between credentials
    title = draw(st.none() | st.sampled_from(DISCIPLINES) | st.sampled_from(ROLES))
    orgs = draw(st.lists(st.sampled_from(ORGS), min_size=1, max_size=2, unique=True))
    city, region = draw(st.sampled_from(PLACES))
    lines = [f"{name}, {', '.join(creds)}", *([title] if title else []), *orgs, f"{city}, {region}"]
    want = (name, tuple(creds), (title,) if title else (), orgs, f"{city}, {region}")
    return lines, want


def _shape(expert):
    x = expert.to_expert()
    institution = (x.institution or "").replace(",", "")
    return x.name, x.degrees, x.titles, institution, x.place


@settings(deadline=None, max_examples=60)
@given(stacked_blocks(), st.booleans())
def test_stacked_blocks_parse_back_stacked_and_run_together(block, flat):
    lines, (name, creds, titles, orgs, place) = block
    got = parse_block([" ".join(lines)] if flat else lines)
    assert [_shape(e) for e in got] == [(name, creds, titles, " ".join(orgs), place)]


def _initials(draw) -> str:
    v = vocabulary()
    letters = st.text("ABCDEGHJKLMRST", min_size=1, max_size=3)
    return draw(letters.filter(lambda s: not v.is_credential(s)))


HOSPITALS = ["Mercy Hospital", "St Aidan's University Hospital", "Harbour General Hospital"]
CITIES = ["Leeds, UK", "Cork, Ireland", "Pune (India)", "Boston, MA (U.S.A.)", "Oslo, Norway"]
UNITS = ["Department of Neurology", "Division of Neuroimmunology", "Neurology Service"]


@st.composite
def medline_blocks(draw):
    surnames = draw(st.lists(st.sampled_from(LAST), min_size=2, max_size=4, unique=True))
    names = [f"{s} {_initials(draw)}" for s in surnames]
    unit, hospital, city = (
        draw(st.sampled_from(UNITS)),
        draw(st.sampled_from(HOSPITALS)),
        draw(st.sampled_from(CITIES)),
    )
    lines = [", ".join(names) + ".", f"{unit}, {hospital}, {city}."]
    return lines, names, f"{unit}, {hospital}", city


@settings(deadline=None, max_examples=40)
@given(medline_blocks(), st.booleans())
def test_medline_author_lines_share_their_affiliation(block, flat):
    lines, names, institution, city = block
    got = [e.to_expert() for e in parse_block([" ".join(lines)] if flat else lines)]
    assert [(e.name, e.degrees, e.institution, e.place) for e in got] == [
        (n, (), institution, city) for n in names
    ]


@st.composite
def marked_author_blocks(draw):
    people = draw(
        st.lists(
            st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)),
            min_size=2,
            max_size=4,
            unique=True,
        )
    )
    n_aff = draw(st.integers(1, min(3, len(people))))
    marks = [draw(st.integers(1, n_aff)) for _ in people]
    marks[:n_aff] = list(range(1, n_aff + 1))  # every affiliation is somebody's
    affs = [
        (
            draw(st.sampled_from(UNITS)),
            draw(st.sampled_from(HOSPITALS)),
            draw(st.sampled_from(CITIES)),
        )
        for _ in range(n_aff)
    ]
    raised = draw(st.booleans())  # "Name¹, MD" / "¹Department ...": marks printed raised
    up = str.maketrans("123", "¹²³")
    mark = (lambda m: str(m).translate(up)) if raised else (lambda m: f" {m}")
    head = ", ".join(f"{f} {s}{mark(m)}, MD" for (f, s), m in zip(people, marks, strict=True))
    num = draw(st.sampled_from(["{} ", "{}. "])) if not raised else "{}"
    lines = [
        head,
        *(
            f"{num.format(str(i).translate(up) if raised else i)}{u}, {h}, {c}"
            for i, (u, h, c) in enumerate(affs, 1)
        ),
    ]
    want = [
        (f"{f} {s}", ("MD",), f"{affs[m - 1][0]}, {affs[m - 1][1]}", affs[m - 1][2])
        for (f, s), m in zip(people, marks, strict=True)
    ]
    return lines, want


@settings(deadline=None, max_examples=40)
@given(marked_author_blocks(), st.booleans())
def test_numbered_affiliations_go_to_their_marked_authors(block, flat):
    lines, want = block
    got = [e.to_expert() for e in parse_block([" ".join(lines)] if flat else lines)]
    assert [(e.name, e.degrees, e.institution, e.place) for e in got] == want


@st.composite
def numbered_lists(draw):
    people = draw(
        st.lists(
            st.tuples(st.sampled_from(FIRST), _initial_letter(), st.sampled_from(LAST)),
            min_size=1,
            max_size=4,
            unique_by=lambda p: p[2],
        )
    )
    creds = [
        draw(st.lists(st.sampled_from(CREDS), min_size=1, max_size=3, unique=True)) for _ in people
    ]
    lines = [
        f"{i}. {s}, {f} {m}. {', '.join(c)}"
        for i, ((f, m, s), c) in enumerate(zip(people, creds, strict=True), 1)
    ]
    want = [(f"{f} {m}. {s}", tuple(c)) for (f, m, s), c in zip(people, creds, strict=True)]
    return lines, want


def _initial_letter():
    return st.sampled_from("ABCDEJKLMRS")


@settings(deadline=None, max_examples=40)
@given(numbered_lists(), st.booleans())
def test_numbered_surname_first_lists_read_in_order(block, flat):
    lines, want = block
    if flat and len(lines) < 2:
        flat = False
    got = [e.to_expert() for e in parse_block([" ".join(lines)] if flat else lines, listed=True)]
    assert [(e.name, e.degrees) for e in got] == want


WHOLE_TITLES = [
    "Senior Consultant",
    "Consultant Neurologist",
    "Professor of Neurology",
    "Clinical Lead for MS",
    "Head of Neurology",
    "Senior Research Fellow",
    "Medical Director",
]


@settings(deadline=None, max_examples=40)
@given(
    st.lists(st.sampled_from(WHOLE_TITLES), min_size=2, max_size=3, unique=True),
    st.sampled_from(["Harbour Trust", "Kestrel University Hospital", "KNI @ WGH"]),
    st.sampled_from(
        ["Dr", "Assoc Prof", "Prof.", "Clinical Assoc Prof", "Asst Prof", "Adj. Prof."]
    ),
)
def test_whole_titles_joined_by_and_are_each_a_title(titles, org, honorific):
    line = f"{honorific} Mei Nakamura, {' and '.join(titles)}, {org}"
    (got,) = [e.to_expert() for e in parse_block([line])]
    assert (got.name, got.titles, got.institution) == ("Mei Nakamura", tuple(titles), org)


@settings(deadline=None, max_examples=40)
@given(
    st.lists(
        st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST), st.sampled_from(ORGS)),
        min_size=2,
        max_size=3,
        unique_by=lambda p: p[1],
    ),
    st.sampled_from(["", ", Madurai", ", Secunderabad"]),
)
def test_doctors_each_from_an_organisation(people, city):
    line = " and ".join(f"Dr {f} {s} from {o}" for f, s, o in people) + city
    got = [e.to_expert() for e in parse_block([line])]
    want = [(f"{f} {s}", o, None) for f, s, o in people]
    if city:
        want[-1] = (*want[-1][:2], city[2:])
    assert [(e.name, e.institution, e.place) for e in got] == want


@settings(deadline=None, max_examples=40)
@given(stacked_blocks(), stacked_blocks(), st.booleans())
def test_two_stacked_blocks_under_a_label_parse_back_run_together_too(one, two, flat):
    # "Chairs:" over two blocks (name and credentials / organisations / city, region)
    (lines1, want1), (lines2, want2) = one, two
    if want1[0] == want2[0]:
        return
    lines = [*lines1, *lines2]
    got = parse_block([" ".join(lines)] if flat else lines, listed=True)
    assert [_shape(e) for e in got] == [
        (w[0], w[1], w[2], " ".join(w[3]), w[4]) for w in (want1, want2)
    ]


@settings(deadline=None, max_examples=30)
@given(
    st.lists(
        st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)),
        min_size=2,
        max_size=3,
        unique_by=lambda p: p[1],
    ),
    st.sampled_from(["Drs.", "Drs", "Profs."]),
    st.sampled_from(ORGS),
)
def test_names_after_a_plural_honorific_are_each_an_expert(people, honorific, org):
    names = [f"{f} {s}" for f, s in people]
    listed = ", ".join(names[:-1]) + f" and {names[-1]}"
    got = [e.to_expert() for e in parse_block([f"{honorific} {listed}, {org}"])]
    assert [e.name for e in got] == names
    assert got[-1].institution == org
