import pytest

from msqa_scraper.extract.experts import find_signature, parse_name_line, split_flattened
from msqa_scraper.extract.records import Expert

KINKEL = Expert(
    "Revere (Rip) Kinkel",
    ("MD",),
    ("Director of the Multiple Sclerosis Program", "Professor of Clinical Neurosciences"),
    "University of California San Diego",
)


@pytest.mark.parametrize(
    ("line", "name", "degrees"),
    [
        ("Revere (Rip) Kinkel MD", "Revere (Rip) Kinkel", ["MD"]),
        ("Jane Q. Doe, MD, PhD", "Jane Q. Doe", ["MD", "PhD"]),
        ("Dr. Jane Doe", "Jane Doe", []),
        ("Answered by: Jane Doe, MD", "Jane Doe", ["MD"]),
        ("answered by Jane Doe MD", "Jane Doe", ["MD"]),
        ("Maria de la Cruz, PharmD, MSCN", "Maria de la Cruz", ["PharmD", "MSCN"]),
        ("Lee Park, PA-C", "Lee Park", ["PA-C"]),
        ("Ann Smith, M.D.", "Ann Smith", ["M.D."]),
    ],
)
def test_name_line(line, name, degrees):
    parsed = parse_name_line(line)
    assert parsed is not None
    assert (parsed.name, parsed.degrees) == (name, degrees)


@pytest.mark.parametrize(
    "line",
    [
        "University of California San Diego",
        "Mayo Clinic",
        "Rocky Mountain Multiple Sclerosis Center",
        "Johns Hopkins University School of Medicine",
        "You can also enter Lemtrada in the search button.",
        "Good luck",
    ],
)
def test_not_a_name_line(line):
    parsed = parse_name_line(line)
    assert parsed is None or not parsed.strong


@pytest.mark.parametrize(
    ("flat", "parts"),
    [
        (
            "Director of the Multiple Sclerosis Program Professor of Clinical Neurosciences "
            "University of California San Diego",
            [
                "Director of the Multiple Sclerosis Program",
                "Professor of Clinical Neurosciences",
                "University of California San Diego",
            ],
        ),
        (
            "Staff Neurologist Cleveland Clinic Mellen Center",
            ["Staff Neurologist", "Cleveland Clinic Mellen Center"],
        ),
        (
            "Medical Director Rocky Mountain Multiple Sclerosis Center",
            ["Medical Director", "Rocky Mountain Multiple Sclerosis Center"],
        ),
        (
            "Associate Professor of Neurology Johns Hopkins University School of Medicine",
            ["Associate Professor of Neurology", "Johns Hopkins University School of Medicine"],
        ),
        (
            "Assistant Professor of Neurology and Ophthalmology Oregon Health & Science University",
            [
                "Assistant Professor of Neurology and Ophthalmology",
                "Oregon Health & Science University",
            ],
        ),
        ("Clinical Nurse Specialist Mayo Clinic", ["Clinical Nurse Specialist", "Mayo Clinic"]),
        ("Chief of Neuroimmunology", ["Chief of Neuroimmunology"]),
    ],
)
def test_split_flattened(flat, parts):
    assert split_flattened(flat) == parts


def test_signature_one_part_per_line():
    lines = [
        "Mechanism of Action: Alemtuzumab is an antibody.",
        "http://www.healthcarejourney.com/q--a-for-virtual-ms-center/what-long-term-data-is-there-on-lemtrada",
        "Revere (Rip) Kinkel MD",
        "Director of the Multiple Sclerosis Program",
        "Professor of Clinical Neurosciences",
        "University of California San Diego",
    ]
    assert find_signature(lines) == (2, [KINKEL])


def test_signature_flattened_into_one_line():
    lines = [
        "The answer.",
        "Revere (Rip) Kinkel MD Director of the Multiple Sclerosis Program Professor of "
        "Clinical Neurosciences University of California San Diego",
    ]
    assert find_signature(lines) == (1, [KINKEL])


def test_two_experts_and_lead_in():
    lines = [
        "The answer.",
        "Answered by:",
        "Jane Q. Doe, MD, PhD",
        "Associate Professor of Neurology",
        "Dr. John Smith",
        "Chief of Neuroimmunology",
        "Mayo Clinic",
    ]
    start, experts = find_signature(lines)
    assert start == 1
    assert experts == [
        Expert("Jane Q. Doe", ("MD", "PhD"), ("Associate Professor of Neurology",), None),
        Expert("John Smith", (), ("Chief of Neuroimmunology",), "Mayo Clinic"),
    ]


def test_no_signature():
    assert find_signature(["Just an answer.", "With two lines."]) is None


def test_short_answer_lines_above_the_name_stay_in_the_answer():
    lines = ["Best Wishes", "Jane Doe, MD", "Staff Neurologist"]
    assert find_signature(lines)[0] == 1
