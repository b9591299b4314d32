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


# -- sixth round (set 4's forms) ----------------------------------------------------------------
OFFICERS = ["secretary", "treasurer", "president", "chief executive", "Chief Executive", "Chair"]
REGIONS = ["Kedah", "Munster", "Otago", "Gauteng", "Leinster"]


@settings(deadline=None, max_examples=40)
@given(
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
    st.sampled_from(OFFICERS),
    st.sampled_from(["MS", "Multiple Sclerosis"]),
    st.sampled_from(REGIONS),
    st.booleans(),
    st.booleans(),
)
def test_officer_of_a_body_named_for_the_disease(first, last, role, disease, region, society, abbr):
    # "Name, secretary of MS Penang", "President of Multiple Sclerosis Society of Perak (MSSP)"
    org = f"{disease} Society of {region}" if society else f"{disease} {region}"
    if abbr:
        org += " (" + "".join(w if w.isupper() else w[0] for w in org.split() if w != "of") + ")"
    x = parse_block([f"{first} {last}, {role} of {org}"])[0].to_expert()
    assert (x.name, x.titles, x.institution) == (f"{first} {last}", (role,), org)


PROSE_HEADS = ["neurologist", "physiotherapist", "pharmacist", "nurse", "psychologist"]
ROLE_WORDS = ["Consultant", "Senior", "Clinical", "Specialist", "Lead"]


@settings(deadline=None, max_examples=40)
@given(
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
    st.sampled_from(ROLE_WORDS),
    st.sampled_from(PROSE_HEADS),
    st.sampled_from(["Dr ", "Dr. ", ""]),
)
def test_role_first_with_a_modified_prose_head(first, last, modifier, head, honorific):
    # "Consultant neurologist, Dr Name": one title, the role word is the head's modifier
    x = parse_block([f"{modifier} {head}, {honorific}{first} {last}"])[0].to_expert()
    assert (x.name, x.titles) == (f"{first} {last}", (f"{modifier} {head}",))


@settings(deadline=None, max_examples=40)
@given(
    st.lists(st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)), min_size=2, max_size=2),
    st.lists(st.sampled_from(CREDS), min_size=1, max_size=2, unique=True),
    st.sampled_from(["&", "and"]),
)
def test_second_name_joined_by_and_takes_its_own_credentials(people, creds, joiner):
    # "Dr. Name & Name, RD": one with an honorific, the other with credentials
    (f1, l1), (f2, l2) = people
    line = f"Dr. {f1} {l1} {joiner} {f2} {l2}, {', '.join(creds)}"
    got = [(e.name, e.degrees) for e in (x.to_expert() for x in parse_block([line]))]
    assert got == [(f"{f1} {l1}", ()), (f"{f2} {l2}", tuple(creds))]


@settings(deadline=None, max_examples=30)
@given(
    st.lists(st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)), min_size=2, max_size=3),
    st.sampled_from(["Consultant Neurologist", "Nurse Practitioner", "President of MS Otago"]),
)
def test_caption_list_by_semicolons_ends_with_a_bare_name(people, role):
    # "Dr. A, Role; Dr. B, Role; C, President of <Society>": the last one has no honorific
    names = [f"{f} {last}" for f, last in people]
    parts = [f"Dr. {n}, Consultant Neurologist" for n in names[:-1]] + [f"{names[-1]}, {role}"]
    got = [x.to_expert().name for x in parse_block(["; ".join(parts)])]
    assert got == names


@settings(deadline=None, max_examples=30)
@given(
    st.lists(st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)), min_size=2, max_size=3),
    st.sampled_from(["Chief Executive", "Secretary", "President", "Chair"]),
    st.sampled_from(REGIONS),
)
def test_role_first_items_after_semicolons(people, role, region):
    # "Dr. A, Role; Role of MS <Region>, B; and C, Role": the role may come before a bare name
    names = [f"{f} {last}" for f, last in people]
    items = [f"Dr. {names[0]}, Consultant Neurologist"]
    items += [f"{role} of MS {region}, {n}" for n in names[1:]]
    got = [x.to_expert() for x in parse_block(["; ".join(items)])]
    assert [(x.name, x.titles, x.institution) for x in got] == [
        (names[0], ("Consultant Neurologist",), None),
        *((n, (role,), f"MS {region}") for n in names[1:]),
    ]


# -- round 7 (seg) --------------------------------------------------------------------------------
BIO_ROLES = ["neurologist", "nurse practitioner", "clinical psychologist", "physiotherapist"]
BIO_ORGS = ["Harbour Neurology Associates", "Kestrel University Hospital", "Tamarack Health System"]
BIO_PLACES = ["Duluth, MN", "Tacoma, WA", "Moncton, New Brunswick"]


@st.composite
def bio_sentences(draw):
    name = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    honorific = draw(st.sampled_from(["", "Dr. "]))
    creds = draw(st.lists(st.sampled_from(["MD", "PhD", "RN", "MSN"]), max_size=2, unique=True))
    role = draw(st.sampled_from(BIO_ROLES))
    org = draw(st.none() | st.sampled_from(BIO_ORGS))
    place = draw(st.none() | st.sampled_from(BIO_PLACES)) if org else None
    article = "an" if role[0] in "aeiou" else "a"
    pred = f"{article} {role}" + (f" at {org}" if org else "") + (f" in {place}" if place else "")
    subject = f"{honorific}{name}" + "".join(f", {c}" for c in creds)
    opener = draw(st.sampled_from(["is", "I'm"])) if not (honorific or creds) else "is"
    if opener == "I'm":
        sentence = f"I'm {name}. I'm {pred}."
    else:
        sentence = f"{subject}{',' if creds else ''} is {pred}."
    appositive = f"{subject}, {pred}"
    return sentence, appositive, name, tuple(creds)


@settings(deadline=None, max_examples=40)
@given(bio_sentences())
def test_bio_sentence_reads_as_its_appositive(bio):
    # "Name, MD, is a neurologist at X in Town, ST." says what "Name, MD, a neurologist at X in
    # Town, ST" says: the same expert, whatever the name, credentials, role, organisation, place.
    sentence, appositive, name, creds = bio
    got = [e.to_expert() for e in parse_block([sentence])]
    assert got == [e.to_expert() for e in parse_block([appositive])]
    assert [(e.name, e.degrees) for e in got] == [(name, creds)]


def _given_first() -> list[str]:
    from msqa_scraper.extract.signature.given_names import is_given_name

    return [f for f in FIRST if is_given_name(f)]


@st.composite
def semicolon_lists(draw):
    n = draw(st.integers(2, 4))
    people = draw(
        st.lists(
            st.tuples(st.sampled_from(_given_first()), st.sampled_from(LAST)),
            min_size=n,
            max_size=n,
            unique=True,
        )
    )
    items, want = [], []
    for first, last in people:
        name = f"{first} {last}"
        kind = draw(st.sampled_from(["creds", "lower", "role"]))
        if kind == "creds":
            creds = tuple(
                draw(st.lists(st.sampled_from(CREDS), min_size=1, max_size=3, unique=True))
            )
            items.append(", ".join([name, *creds]))
            want.append((name, creds))
        elif kind == "lower":
            items.append(
                f"{name}, {draw(st.sampled_from(BIO_ROLES))}, {draw(st.sampled_from(ORGS))}"
            )
            want.append((name, ()))
        else:
            items.append(f"{name}, {draw(st.sampled_from(ROLES))}, {draw(st.sampled_from(ORGS))}")
            want.append((name, ()))
    joiner = draw(st.sampled_from(["; ", "; and "]))
    line = "; ".join(items[:-1]) + joiner + items[-1]
    return line, want


@settings(deadline=None, max_examples=40)
@given(semicolon_lists())
def test_semicolon_list_gives_every_person(block):
    # "A, Role, Org; B, DNP, FAANP; and C, nurse, Org": after a semicolon a part that opens with
    # a person (credentials after the name, or a known given name first) is the next expert.
    line, want = block
    assert [(e.name, tuple(e.degrees)) for e in parse_block([line])] == want


CONTACTS = [
    "jdoe@kestrel.example.org",
    "www.kestrel-neuro.example.org",
    "facebook.com/KestrelNeuro",
    "877-555-0142",
    "(312) 555-0100",
    "Tel: +44 20 5550 1234",
    "Email: info@kestrel.example.org",
    "Phone: 0161 555 0123",
]


@settings(deadline=None, max_examples=40)
@given(stacked_blocks(), st.lists(st.sampled_from(CONTACTS), min_size=1, max_size=3), st.data())
def test_contact_lines_change_no_field(block, contacts, data):
    # Contact data anywhere under the name (its own line, or after the last part's comma) is no
    # part of any expert: the block parses as it does without it.
    lines, _want = block
    base = [_shape(e) for e in parse_block(lines)]
    with_contacts = list(lines)
    for contact in contacts:
        at = data.draw(st.integers(1, len(with_contacts)))
        with_contacts.insert(at, contact)
    assert [_shape(e) for e in parse_block(with_contacts)] == base
