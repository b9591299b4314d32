"""The experts who sign answers, and the readers who leave comments.

Every expert except Revere (Rip) Kinkel is fictional: the seed page is the only first-hand source
and it names him alone. Titles are role phrases and institutions are named as a signature
would, so the extractor can be tested on every signature shape these produce.
"""

from __future__ import annotations

from dataclasses import dataclass

DEGREES = (
    "MD", "DO", "PhD", "MPH", "MS", "MSCN", "RN", "NP", "PA-C", "PharmD", "FAAN",
    "MB", "BCh", "BAO", "MBBS", "FRACP", "APN-C", "CRNP-AC", "MSW", "RSW", "CNN(C)",
)  # fmt: skip
# Only these may be written "Dr. <name>".
DOCTORAL = frozenset({"MD", "DO", "PhD", "PharmD"})


@dataclass(frozen=True)
class Expert:
    name: str
    degrees: tuple[str, ...]
    titles: tuple[str, ...]
    institution: str | None
    fictional: bool = True
    place: str | None = None  # written only by the signature styles that name a place

    @property
    def doctor(self) -> bool:
        return bool(DOCTORAL.intersection(self.degrees))


KINKEL = Expert(
    "Revere (Rip) Kinkel",
    ("MD",),
    ("Director of the Multiple Sclerosis Program", "Professor of Clinical Neurosciences"),
    "University of California San Diego",
    fictional=False,
)

EXPERTS: tuple[Expert, ...] = (
    KINKEL,
    Expert(
        "Margaret A. Ellison",
        ("MD", "PhD", "FAAN"),
        ("Chief of Neuroimmunology",),
        "Cleveland Clinic Mellen Center",
        place="Cleveland, OH",
    ),
    Expert(
        "Thomas (Tom) Nguyen",
        ("DO",),
        ("Staff Neurologist",),
        "Rocky Mountain Multiple Sclerosis Center",
        place="Greeley, Colo.",
    ),
    Expert(
        "Priya Raman",
        ("MD", "MPH"),
        ("Assistant Professor of Neurology and Ophthalmology",),
        "Oregon Health & Science University",
    ),
    Expert(
        "David K. Okafor",
        ("MD",),
        ("Associate Professor of Neurology", "Medical Director"),
        "Mayo Clinic",
    ),
    Expert(
        "Laura Castellanos",
        ("RN", "MSCN"),
        ("Clinical Nurse Specialist",),
        "Cleveland Clinic Mellen Center",
    ),
    Expert(
        "Samuel J. Whitford",
        ("PharmD",),
        ("Clinical Pharmacy Specialist",),
        "Johns Hopkins University School of Medicine",
    ),
    Expert("Helen Marsh", ("NP",), ("Nurse Practitioner",), None),
    Expert(
        "Michael O'Connell",
        ("MD", "MS"),
        ("Medical Director",),
        "Rocky Mountain Multiple Sclerosis Center",
    ),
    Expert(
        "Elena Petrova",
        ("PhD",),
        ("Director of Neuroimaging Research",),
        "University of California San Diego",
    ),
    Expert("Carmen Ortiz-Vega", ("PA-C",), ("Physician Assistant",), None),
    Expert(
        "Andrew P. Lindqvist",
        ("MD",),
        ("Assistant Professor of Neurology",),
        "Johns Hopkins University School of Medicine",
    ),
    Expert("Rachel Kim", ("MD",), (), None),
    # Non-US and newer credential forms (tests/data/signature_forms.py has their sources).
    Expert(
        "Aoife Ní Bhriain",
        ("MB", "BCh", "BAO"),
        ("Consultant Neurologist",),
        "Severnside University Hospitals NHS Foundation Trust",
        place="Bristol, UK",
    ),
    Expert(
        "Lachlan Byrne",
        ("MBBS", "PhD", "FRACP"),
        ("Chief, Division of Neuroimmunology",),
        "Southbank Hospital",
    ),
    Expert("José Ibáñez-Ruiz", ("APN-C", "CRNP-AC"), ("Nurse Practitioner",), "Harbour Clinic"),
    # Round 3: a role the vocabulary knows only by its head nouns and an unlisted credential
    # (RSW); an organisation with its acronym in brackets and a place abroad.
    Expert(
        "Ines Okonjo-Baird",
        ("MSW", "RSW"),
        ("Clinic Coordinator/Social Worker",),
        "Lakeshore MS Clinic",
    ),
    Expert(
        "Kavita Rao-Menon",
        ("MD",),
        ("Honorary Consultant",),
        "Multiple Sclerosis Society of Malabar (MSSM)",
        place="Kochi, India",
    ),
    # Round 4: a credential certified in Canada, its "(C)" run on (tests/data/signature_forms.py,
    # split "round4", names the source).
    Expert(
        "Mireille Aucoin-Thibault",
        ("RN", "CNN(C)", "MSCN"),
        ("Nurse Clinician",),
        "Riviere-Bleue MS Clinic",
    ),
)

# Readers and the blog owner in the comment threads (fictional first names, as Weebly shows).
COMMENTERS = (
    "Debi",
    "Mark T.",
    "Sandra",
    "Jen K",
    "Carlos",
    "Patti",
    "anonymous",
    "Kevin",
    "Lorraine",
    "Tasha M.",
    "Greg",
    "Nicole",
)
OWNER_NAME = "Virtual MS Center"
