"""Real-world signature FORMS, each written as a signature of our own that follows the form.

Every form names the public page it was seen on (``url``) and its features. The names,
institutions and answer sentences are invented; no page text is copied. ``heldout`` forms were
written with the others but never used to tune the parser: tests report their accuracy apart
(tests/test_signature_corpus.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from msqa_scraper.extract.records import Expert

MAYO_CH = "https://communityhealth.mayoclinic.org/featured-stories/multiple-sclerosis-faqs"
CC_CHAT = (
    "http://my.clevelandclinic.org/health/transcripts/1626_treatment-options-for-multiple-sclerosis"
)
HIGHMARK = "https://www.highmarkhealth.org/blog/care/Ask-a-Doc-Multiple-Sclerosis.shtml"
DRUGS = "https://www.drugs.com/slideshow/multiple-sclerosis-questions-1091"
THC = "https://thcphysicians.com/medical-conditions/multiple-sclerosis/"
LWW = "http://journals.lww.com/tnpj/Fulltext/2013/04000/Multiple_sclerosis__Managing_patients_in_primary.8.aspx"
BARTS = "https://multiple-sclerosis-research.org/2014/03/australian-lecture-tour-march-2014/"
MSA71 = "https://www.msaustralia.org.au/raw-nerve/71"
MSA29 = "https://www.msaustralia.org.au/raw-nerve/29/"
MSFOCUS23 = "http://msfocus.org/MultipleSclerosisFoundation/media/Flipbook/MSfocus/Winter2023/inc/html/18.html"
MSFOCUS15 = (
    "https://msfocus.org/MultipleSclerosisFoundation/media/Flipbook/MSfocus/Fall2015/index.html"
)
MEDRES = "https://medicalresearch.com/tag/ms/"
DOCPLAYER = "http://docplayer.net/3808887-Multiple-sclerosis-ms-is-an.html"
SHEPHERD = "https://news.shepherd.org/doctors-wish-list-cites-five-things-to-do-for-people-dealing-with-multiple-sclerosis/"
RADIOMD = "http://radiomdtv.com/shepherd/item/37325-healthy-living-with-progressive-ms"
REHM = "https://dianerehm.org/shows/2012-09-24/diagnosing-treating-and-living-multiple-sclerosis"
EVERYDAY = (
    "http://www.everydayhealth.com/multiple-sclerosis/webcasts/ms-relapses-and-disabilities.aspx"
)
BSTQ = "https://www.bstquarterly.com/article/multiple-sclerosis-a-physicians-perspective"
MONTHLY = "https://monthlymagazine.com/article-desc_1514_samia-khoury--director-of-the-ms-center-at-the-aubmc"
NUH = "https://www.nuh.nhs.uk/our-services/services/neurology/multiple-sclerosis-and-neuroinflammation/"
PANLONDON = "https://docs.google.com/document/d/1zvIAhxSlFX5i2hICWz5QBg9FzP_315I5JplCIrj82AQ/pub?embedded=true"
SUNSENT = "http://articles.sun-sentinel.com/2002-01-06/health/0201030622_1_multiple-sclerosis-spider-veins-ms-patients"
MSTRUST = "https://mstrust.org.uk/news/views-and-comments/davids-diary-my-five-wishes-ms-community"
MOMENTUM = "https://momentummagazineonline.com/momentum-24/"
MSAA = "https://blog.mymsaa.org/author/msaa/"
MSWORLD = "https://www.msworld.org/msworld-centers/resource-center/faqs/"
MSARES = "https://www.msaustralia.org.au/researcher/mastura-monif/"
KING5 = "http://www.king5.com/entertainment/television/programs/new-day-northwest/working-together-to-live-with-ms/420771110"
UWMED = "https://uwconsult.netreturns.biz/LocalStories/Story.aspx?StoryId=0fe2c6da-23cb-4d59-a845-e1c50bb48d7c"
TUFTS = "https://www.tuftsmedicalcenter.org/patient-care-services/Departments-and-Services/Neurology/Clinical-Care-Services/Multiple-Sclerosis-Program/About-MS"
ANKH = "https://ankhrahhq.blogspot.com/2015/08/multiple-sclerosis-6-questions-you.html"
NONPAREIL = "https://nonpareilonline.com/most-people-with-ms-have-relapsing-remitting-type/article_55b74420-5136-11ec-830f-c7ceff0d6440.html"
HCENTRAL = "https://www.healthcentral.com/article/questions-to-ask-your-doctor-ms"
MSUK = "https://www.ms-uk.org/blog-category/ms-symptoms"
VCMS = "http://www.healthcarejourney.com/q--a-for-virtual-ms-center"

PROSE = "Keep a symptom diary and bring it to your next visit."


@dataclass(frozen=True)
class Form:
    id: str
    url: str
    features: tuple[str, ...]
    lines: tuple[str, ...]  # the answer's last lines: prose first, then the signature (if any)
    experts: tuple[Expert, ...]
    heldout: bool = False
    fresh: bool = False  # the second held-out group: other sources, recorded before any tuning
    round3: bool = False  # the third round's forms: sources neither earlier group nor the
    # independent yardstick (tests/data/signature_eval_cases.json) cites
    round4: bool = False  # the fourth round's forms: sources of the second yardstick
    # (tests/data/signature_eval_cases_2.json, now the development set), never of the blind third
    round5: bool = False  # the fifth round's forms: sources of the third yardstick
    # (tests/data/signature_eval_cases_3.json, now the development set)

    @property
    def part(self) -> str:
        if self.round5:
            return "round5"
        if self.round4:
            return "round4"
        if self.round3:
            return "round3"
        return "fresh" if self.fresh else "heldout" if self.heldout else "tuning"

    @property
    def prose_lines(self) -> int:
        """How many leading lines are answer text (they must stay in the answer)."""
        return len(self.lines) - self.signature_lines

    @property
    def signature_lines(self) -> int:
        return 0 if not self.experts else _SIG_LINES.get(self.id, len(self.lines) - 1)


def E(  # noqa: N802 - reads like a record
    name: str,
    degrees: tuple[str, ...] = (),
    titles: tuple[str, ...] = (),
    institution: str | None = None,
    place: str | None = None,
) -> Expert:
    return Expert(name, degrees, titles, institution, place)


_SIG_LINES: dict[str, int] = {}
_F: list[Form] = []


def form(  # noqa: ANN201
    url,  # noqa: ANN001
    features,  # noqa: ANN001
    lines,  # noqa: ANN001
    *experts,  # noqa: ANN002
    sig_lines=None,  # noqa: ANN001
    fresh=False,  # noqa: ANN001
    round3=False,  # noqa: ANN001
    round4=False,  # noqa: ANN001
    round5=False,  # noqa: ANN001
):
    n = len(_F) + 1
    prefix = "p" if round5 else "q" if round4 else "r" if round3 else "g" if fresh else "f"
    fid = f"{prefix}{n:03}"
    if sig_lines is not None:
        _SIG_LINES[fid] = sig_lines
    heldout = n % 3 == 0 and not (fresh or round3 or round4 or round5)
    _F.append(
        Form(
            fid,
            url,
            tuple(features.split(", ")),
            (PROSE, *lines),
            experts,
            heldout,
            fresh,
            round3,
            round4,
            round5,
        )
    )


def fresh(url, features, lines, *experts, sig_lines=None):  # noqa: ANN001, ANN201
    form(url, features, lines, *experts, sig_lines=sig_lines, fresh=True)


# -- bylines and review credits ---------------------------------------------------------------
form(
    MAYO_CH,
    "by-lead-in, credentials x3, one line",
    ["by Nadia Kowalczyk, APRN, CNP, DNP"],
    E("Nadia Kowalczyk", ("APRN", "CNP", "DNP")),
)
form(
    MAYO_CH,
    "By capitalised, credentials x2",
    ["By Tomasz Wierzbicki, APRN, CNP"],
    E("Tomasz Wierzbicki", ("APRN", "CNP")),
)
form(
    CC_CHAT,
    "chat lead-in 'with', MD",
    ["Online Health Chat with Miriam Achterberg, MD"],
    E("Miriam Achterberg", ("MD",)),
    sig_lines=1,
)
form(
    HIGHMARK,
    "Dr. name, lowercase role 'neurologist with' organisation",
    ["Dr. Osei Mensah, neurologist with Riverbend Health Network"],
    E("Osei Mensah", (), ("neurologist",), "Riverbend Health Network"),
)
form(
    HIGHMARK,
    "role before name, MD, 'from the' organisation",
    ["neurologist Osei Mensah, MD, from the Riverbend Health Network"],
    E("Osei Mensah", ("MD",), ("neurologist",), "the Riverbend Health Network"),
)
form(
    DRUGS,
    "Medically reviewed by, PharmD",
    ["Medically reviewed by Lorna Pettigrew, PharmD"],
    E("Lorna Pettigrew", ("PharmD",)),
)
form(
    THC,
    "Medically reviewed by, DO, three-part name",
    ["Medically reviewed by Harold Quincy Ambrose, DO"],
    E("Harold Quincy Ambrose", ("DO",)),
)
form(
    EVERYDAY,
    "Medically Reviewed by capitalised, M.D. with dots",
    ["Medically Reviewed by Edwin Falkner, M.D."],
    E("Edwin Falkner", ("M.D.",)),
)
form(
    SHEPHERD,
    "By lead-in, M.D., role with 'at' organisation on next line",
    ["By Bram Oosterhuis, M.D.", "Medical Director, MS Institute at Larchmont Center"],
    E("Bram Oosterhuis", ("M.D.",), ("Medical Director",), "MS Institute, Larchmont Center"),
)
form(
    RADIOMD,
    "Featured Speaker lead-in line, name MD next line",
    ["Featured Speaker:", "Colm Farrelly, MD"],
    E("Colm Farrelly", ("MD",)),
)
form(MSFOCUS23, "By lead-in, name only", ["By Rosalind Achebe"], E("Rosalind Achebe"))
form(
    MSFOCUS15,
    "credentials without commas, five of them",
    ["Patrice Bellamy MHS PT MSCS ATP"],
    E("Patrice Bellamy", ("MHS", "PT", "MSCS", "ATP")),
)
form(
    MSFOCUS15,
    "credential with dots, no comma",
    ["Benedikt Thorsen M.D."],
    E("Benedikt Thorsen", ("M.D.",)),
)
form(
    MSFOCUS15,
    "mixed credential run, BSPharm",
    ["Ellery Whitcombe BS Pharm.D."],
    E("Ellery Whitcombe", ("BS", "Pharm.D.")),
)
# -- interviews -------------------------------------------------------------------------------
form(
    MEDRES,
    "Interview with:, Dr., qualifiers in brackets, flattened role and company",
    [
        "Interview with: Dr. Evander Holt, MA MB BChir (Cantab) DPhil (Oxon) Chief Scientific Officer Quillon Genomics Ltd"
    ],
    E(
        "Evander Holt",
        ("MA", "MB", "BChir (Cantab)", "DPhil (Oxon)"),
        ("Chief Scientific Officer",),
        "Quillon Genomics Ltd",
    ),
)
form(
    MEDRES,
    "Interview with:, MD PhD, flattened role program university",
    [
        "Interview with: Marit Koenig MD PhD Associate Professor of Neurology Multiple Sclerosis Program University of Lakemoor"
    ],
    E(
        "Marit Koenig",
        ("MD", "PhD"),
        ("Associate Professor of Neurology",),
        "Multiple Sclerosis Program, University of Lakemoor",
    ),
)
form(
    MEDRES,
    "Interview with: on its own line, flattened signature next",
    [
        "MedicalResearch.com Interview with:",
        "Tavish Ronan MD Assistant Professor of Neurology Harbourview University",
    ],
    E("Tavish Ronan", ("MD",), ("Assistant Professor of Neurology",), "Harbourview University"),
)
# -- papers and correspondence ----------------------------------------------------------------
form(
    DOCPLAYER,
    "two experts, 'and', MCR",
    ["Bryn Castellano, MD, PhD, MCR, and Tobias Vallance, MD"],
    E("Bryn Castellano", ("MD", "PhD", "MCR")),
    E("Tobias Vallance", ("MD",)),
)
form(
    DOCPLAYER,
    "role, centre 'at' abbreviation, department, university, city and state in full",
    [
        "Bryn Castellano, MD",
        "Assistant Professor of Neurology, Multiple Sclerosis Center at QUMC",
        "Department of Neurology, Quarry University, San Mateo, California",
    ],
    E(
        "Bryn Castellano",
        ("MD",),
        ("Assistant Professor of Neurology",),
        "Multiple Sclerosis Center, QUMC, Department of Neurology, Quarry University",
        "San Mateo, California",
    ),
)
form(
    DOCPLAYER,
    "Co-Director role with centre, department, university",
    [
        "Tobias Vallance, MD",
        "Professor of Neurology, Co-Director Highline Center for MS Care",
        "Highline University",
    ],
    E(
        "Tobias Vallance",
        ("MD",),
        ("Professor of Neurology", "Co-Director"),
        "Highline Center for MS Care, Highline University",
    ),
)
form(
    DOCPLAYER,
    "street address after the institution",
    [
        "Bryn Castellano, MD, PhD",
        "Multiple Sclerosis Center at QUMC",
        "410 Larkspur Avenue, Eighth Floor",
        "San Mateo, CA 94143",
    ],
    E(
        "Bryn Castellano",
        ("MD", "PhD"),
        (),
        "Multiple Sclerosis Center, QUMC",
        "410 Larkspur Avenue, Eighth Floor, San Mateo, CA 94143",
    ),
)
# -- panel lists ---------------------------------------------------------------------------------
form(
    REHM,
    "Dr. name, capitalised role 'at' organisation",
    ["Dr. Dorian Reichl, Neurologist at Fernhill Medical Center"],
    E("Dorian Reichl", (), ("Neurologist",), "Fernhill Medical Center"),
)
form(
    REHM,
    "Dr. name, lowercase role of neurology at university school of medicine",
    [
        "Dr. Elspeth Morrow, Assistant professor of neurology at Grantham University School of Medicine"
    ],
    E(
        "Elspeth Morrow",
        (),
        ("Assistant professor of neurology",),
        "Grantham University School of Medicine",
    ),
)
form(
    REHM,
    "role at organisation in city, AP state abbreviation",
    ["Dr. Wendell Shafer", "Neurologist at North Ridge Medical Center in Greeley, Colo."],
    E("Wendell Shafer", (), ("Neurologist",), "North Ridge Medical Center", "Greeley, Colo."),
)
form(
    REHM,
    "Chief Officer role at the Society",
    ["Dr. Tamsin Coetzer, Chief Research Officer at the National MS Society"],
    E("Tamsin Coetzer", (), ("Chief Research Officer",), "the National MS Society"),
)
form(
    REHM,
    "attending neurologist with fellowship, comma place",
    ["Wendell Shafer, MD", "Attending Neurologist, North Ridge Medical Center, Greeley, Colo."],
    E(
        "Wendell Shafer",
        ("MD",),
        ("Attending Neurologist",),
        "North Ridge Medical Center",
        "Greeley, Colo.",
    ),
)
# -- titles and headings --------------------------------------------------------------------------
form(
    MONTHLY,
    "name – title phrase 'at the' organisation",
    ["Saoirse Khalil – Director of the MS Center at the Cedarline University Medical Center"],
    E(
        "Saoirse Khalil",
        (),
        ("Director of the MS Center",),
        "the Cedarline University Medical Center",
    ),
)
form(
    NUH,
    "Professor honorific, name only",
    ["Professor Cristian Constantin"],
    E("Cristian Constantin"),
)
form(
    NUH,
    "Dr without dot, organisation in brackets",
    ["Dr Nikos Evander, Consultant Neurologist"],
    E("Nikos Evander", (), ("Consultant Neurologist",)),
)
form(
    NUH,
    "consultant in rehabilitation at the Royal hospital",
    ["Dr Xiu Lan, Consultant in Neurological Rehabilitation", "Royal Derwent Hospital"],
    E("Xiu Lan", (), ("Consultant in Neurological Rehabilitation",), "Royal Derwent Hospital"),
)
form(
    PANLONDON,
    "name (team in brackets)",
    ["Gideon Granville (Barts MS)"],
    E("Gideon Granville", (), (), "Barts MS"),
)
form(
    BARTS,
    "About the author lead-in, nickname, role comma institution",
    ["About the author", "Prof G", "Professor of Neurology, Barts & The London"],
    sig_lines=0,
)
form(
    MSA71,
    "Host: lead-in, Dr, en dash role comma organisation",
    ["Host: Dr Julienne Moran – Deputy CEO, MS Australia"],
    E("Julienne Moran", (), ("Deputy CEO",), "MS Australia"),
)
form(
    MSA29,
    "Associate Professor honorific spelled out",
    ["Associate Professor Vilma Jokubauskas"],
    E("Vilma Jokubauskas"),
)
form(
    MSARES,
    "A/Professor honorific, FRACP, neurologist",
    ["A/Professor Mastaan Monir, FRACP", "Neurologist, Southbank Hospital"],
    E("Mastaan Monir", ("FRACP",), ("Neurologist",), "Southbank Hospital"),
)
form(
    MSTRUST,
    "organisation role before name, no credentials",
    ["MS Trust CEO Declan Martell"],
    sig_lines=0,
)
form(
    MSTRUST,
    "name alone on a line, role on the next",
    ["Declan Martell", "Chief Executive, MS Trust"],
    E("Declan Martell", (), ("Chief Executive",), "MS Trust"),
)
form(
    MOMENTUM,
    "reader letter: name, state (no credentials)",
    ["Helena Zaslow, Massachusetts"],
    sig_lines=0,
)
form(MSAA, "By lead-in, name only, blog", ["By Stacia Prado"], E("Stacia Prado"))
form(
    MSWORLD,
    "organisation staff as author, never a person",
    ["Mayo Clinic staff, Rochester MN"],
    sig_lines=0,
)
form(
    KING5,
    "possessive organisation before Dr. name",
    ["Virginia Mason's Dr. Mariko Kitamura"],
    sig_lines=0,
)
form(
    UWMED,
    "Dr. name, lowercase role with organisation abbreviation",
    ["Dr. Georg Kraftmann, UW professor of rehabilitation medicine"],
    sig_lines=0,
)
form(SUNSENT, "reader initials after a dash are no expert", ["-- P.R."], sig_lines=0)
form(
    NONPAREIL,
    "column answer ends in a sentence, no signature",
    ["Send your questions to the column."],
    sig_lines=0,
)
form(
    TUFTS,
    "FAQ answer ends with a sentence naming a center",
    ["At our center, we discuss each symptom with you."],
    sig_lines=0,
)
form(
    ANKH,
    "quoted doctor inside prose, no signature: the speaker is read, the sentence stays",
    ["\u201cExercise helps,\u201d Dr. Oyelaran says."],
    E("Oyelaran"),
    sig_lines=0,
)
form(
    HCENTRAL,
    "Q&A with no signature ends in advice",
    ["Only a doctor can decide on the best course of action."],
    sig_lines=0,
)
form(
    MSUK,
    "helpline answer ends with a sentence naming the Society",
    ["The MS Society has published useful guidance on this."],
    sig_lines=0,
)
form(
    LWW,
    "inverted name 'Surname, Given' with nursing credentials",
    ["Malone, Heidi Wren PhD, ANP-BC, CNRN, MSCN"],
    sig_lines=0,
)
form(
    LWW,
    "bio sentence naming the centre is no signature",
    ["Heidi Malone is a National Clinical Nursing Director at the MS Center of Excellence-East."],
    sig_lines=0,
)
form(
    BSTQ,
    "bio sentence in capitals is no signature",
    ["BENNETT THORPE, MD, is a clinical instructor of neurology at Emberly University."],
    sig_lines=0,
)
# -- the Virtual MS Center's own forms (seed page and blog) --------------------------------------
form(
    VCMS,
    "seed form: name with nickname, MD, one part per line",
    [
        "Revere (Rip) Kinkel MD",
        "Director of the Multiple Sclerosis Program",
        "Professor of Clinical Neurosciences",
        "University of California San Diego",
    ],
    E(
        "Revere (Rip) Kinkel",
        ("MD",),
        ("Director of the Multiple Sclerosis Program", "Professor of Clinical Neurosciences"),
        "University of California San Diego",
    ),
)
form(
    VCMS,
    "seed form flattened into one line",
    [
        "Ravi (Ravs) Kinnear MD Director of the Multiple Sclerosis Program Professor of Clinical Neurosciences University of Coastal Sands"
    ],
    E(
        "Ravi (Ravs) Kinnear",
        ("MD",),
        ("Director of the Multiple Sclerosis Program", "Professor of Clinical Neurosciences"),
        "University of Coastal Sands",
    ),
)
# -- forms the issue lists, each seen on the pages above -------------------------------------------
form(
    SHEPHERD,
    "em dash lead-in with space",
    ["\u2014 Ingrid Solberg, MD"],
    E("Ingrid Solberg", ("MD",)),
)
form(
    SHEPHERD,
    "em dash lead-in without space, Dr.",
    ["\u2014Dr. Ingrid Solberg"],
    E("Ingrid Solberg"),
)
form(MONTHLY, "en dash lead-in", ["\u2013 Ingrid Solberg"], E("Ingrid Solberg"))
form(
    VCMS,
    "Answered by: same line",
    ["Answered by: Kofi Boateng, MD, PhD"],
    E("Kofi Boateng", ("MD", "PhD")),
)
form(
    VCMS,
    "Answered by on its own line",
    ["Answered by:", "Kofi Boateng, MD"],
    E("Kofi Boateng", ("MD",)),
)
form(
    MSAA,
    "Written by lead-in",
    ["Written by Ione Castellanos, RN, MSCN"],
    E("Ione Castellanos", ("RN", "MSCN")),
)
form(
    THC,
    "as told to: the writer is no expert",
    ["By Ione Castellanos, MD, as told to Pete Drummond"],
    E("Ione Castellanos", ("MD",)),
)
form(
    MEDRES,
    "Response from lead-in",
    ["Response from Dr. Aurelio Santangelo"],
    E("Aurelio Santangelo"),
)
form(NUH, "Prof. honorific with dot", ["Prof. Lucia Ferreira, MD"], E("Lucia Ferreira", ("MD",)))
form(
    NUH,
    "Professor honorific with credentials",
    ["Professor Lucia Ferreira, PhD, FRCP"],
    E("Lucia Ferreira", ("PhD", "FRCP")),
)
form(
    MSARES,
    "A/Professor with MBBS and FRACP",
    ["A/Professor Lachlan Byrne, MBBS, FRACP"],
    E("Lachlan Byrne", ("MBBS", "FRACP")),
)
form(NUH, "Dr without dot, MB", ["Dr Aoife Brennan, MB"], E("Aoife Brennan", ("MB",)))
form(
    HIGHMARK,
    "capitalised role before name",
    ["Neurologist Caspar Lindqvist, MB"],
    E("Caspar Lindqvist", ("MB",), ("Neurologist",)),
)
form(
    HIGHMARK,
    "organisation and role before name",
    ["Lakeshore Clinic neurologist Caspar Lindqvist, MD"],
    E("Caspar Lindqvist", ("MD",), ("neurologist",), "Lakeshore Clinic"),
)
form(
    MAYO_CH,
    "nurse practitioner credentials APN-C",
    ["Dana Whitfield, APN-C"],
    E("Dana Whitfield", ("APN-C",)),
)
form(
    MAYO_CH,
    "CRNP-AC and MSN",
    ["Dana Whitfield, MSN, CRNP-AC"],
    E("Dana Whitfield", ("MSN", "CRNP-AC")),
)
form(
    DOCPLAYER,
    "MPH and CPH",
    ["Ruth Adeyemi, MD, MPH, CPH"],
    E("Ruth Adeyemi", ("MD", "MPH", "CPH")),
)
form(
    MSFOCUS15,
    "lifestyle medicine board credential DipABLM",
    ["Ruth Adeyemi, MD, DipABLM"],
    E("Ruth Adeyemi", ("MD", "DipABLM")),
)
form(
    NUH,
    "Irish degrees in brackets",
    ["Ciaran Doyle (MB, BCh, BAO)"],
    E("Ciaran Doyle", ("MB", "BCh", "BAO")),
)
form(
    NUH,
    "Irish degrees space separated",
    ["Ciaran Doyle MB BCh BAO"],
    E("Ciaran Doyle", ("MB", "BCh", "BAO")),
)
form(MEDRES, "Cambridge BChir", ["Evander Holt, MB, BChir"], E("Evander Holt", ("MB", "BChir")))
form(
    MSA71,
    "Canadian fellowship FRCP(C)",
    ["Mireille Gagnon, MD, FRCP(C)"],
    E("Mireille Gagnon", ("MD", "FRCP(C)")),
)
form(
    MSARES,
    "Australasian fellowship FRACP",
    ["Priya Venkatesh, MBBS, PhD, FRACP"],
    E("Priya Venkatesh", ("MBBS", "PhD", "FRACP")),
)
form(
    NUH,
    "role after a colon",
    ["Dr Priya Venkatesh, Neurologist:"],
    E("Priya Venkatesh", (), ("Neurologist",)),
)
form(
    SHEPHERD,
    "Chief Medical Officer whole",
    ["Harriet Osei, MD", "Chief Medical Officer"],
    E("Harriet Osei", ("MD",), ("Chief Medical Officer",)),
)
form(
    DOCPLAYER,
    "Assistant Clinical Professor of Neurology whole",
    ["Harriet Osei, MD", "Assistant Clinical Professor of Neurology"],
    E("Harriet Osei", ("MD",), ("Assistant Clinical Professor of Neurology",)),
)
form(
    MEDRES,
    "Research Associate Professor whole",
    ["Harriet Osei, PhD", "Research Associate Professor", "Kestrel University"],
    E("Harriet Osei", ("PhD",), ("Research Associate Professor",), "Kestrel University"),
)
form(
    MONTHLY,
    "Associate Dean for initiatives whole",
    ["Harriet Osei, MD", "Associate Dean for Neurosciences Initiatives"],
    E("Harriet Osei", ("MD",), ("Associate Dean for Neurosciences Initiatives",)),
)
form(
    DOCPLAYER,
    "Role, Unit line is one title",
    ["Harriet Osei, MD", "Chief, Division of Neuroimmunology", "Kestrel University"],
    E("Harriet Osei", ("MD",), ("Chief, Division of Neuroimmunology",), "Kestrel University"),
)
form(
    MEDRES,
    "flattened: fellowship object then university",
    ["Harriet Osei, MD, Director of the Neuroimmunology Fellowship University of Kestrel"],
    E(
        "Harriet Osei",
        ("MD",),
        ("Director of the Neuroimmunology Fellowship",),
        "University of Kestrel",
    ),
)
form(
    MEDRES,
    "flattened: clinic object then university",
    ["Harriet Osei, MD", "Co-Director of the MS and Neuroimmunology Clinic University of Kestrel"],
    E(
        "Harriet Osei",
        ("MD",),
        ("Co-Director of the MS and Neuroimmunology Clinic",),
        "University of Kestrel",
    ),
)
form(
    REHM,
    "role 'with' organisation",
    ["Harriet Osei, MD, Staff Neurologist with Pinecrest Health"],
    E("Harriet Osei", ("MD",), ("Staff Neurologist",), "Pinecrest Health"),
)
form(
    HIGHMARK,
    "role 'from' organisation",
    ["Harriet Osei, MD, Neurologist from Pinecrest Health"],
    E("Harriet Osei", ("MD",), ("Neurologist",), "Pinecrest Health"),
)
form(
    REHM,
    "trailing place 'in City, ST'",
    ["Harriet Osei, MD, Pinecrest MS Center in Seattle, WA"],
    E("Harriet Osei", ("MD",), (), "Pinecrest MS Center", "Seattle, WA"),
)
form(
    DOCPLAYER,
    "trailing place 'City, ST' line",
    ["Harriet Osei, MD", "Pinecrest Neurology Clinic", "Palo Alto, CA"],
    E("Harriet Osei", ("MD",), (), "Pinecrest Neurology Clinic", "Palo Alto, CA"),
)
form(
    HIGHMARK,
    "lowercase prose role 'a ... with'",
    ["Harriet Osei, MD, a neuro-immunologist with Pinecrest Clinic"],
    E("Harriet Osei", ("MD",), ("neuro-immunologist",), "Pinecrest Clinic"),
)
form(
    DOCPLAYER,
    "two experts on one line with semicolon",
    ["Harriet Osei, MD; Lionel Achterberg, MD"],
    E("Harriet Osei", ("MD",)),
    E("Lionel Achterberg", ("MD",)),
)
form(
    DOCPLAYER,
    "two experts, comma and 'and'",
    ["Harriet Osei, MD, PhD, and Lionel Achterberg, MD"],
    E("Harriet Osei", ("MD", "PhD")),
    E("Lionel Achterberg", ("MD",)),
)
form(
    VCMS,
    "two experts on separate lines with parts",
    [
        "Harriet Osei, MD",
        "Staff Neurologist",
        "Dr. Lionel Achterberg",
        "Chief of Neuroimmunology",
        "Pinecrest Clinic",
    ],
    E("Harriet Osei", ("MD",), ("Staff Neurologist",)),
    E("Lionel Achterberg", (), ("Chief of Neuroimmunology",), "Pinecrest Clinic"),
)
form(MSA71, "accented name", ["José Ibáñez, MD"], E("José Ibáñez", ("MD",)))
form(
    MSA71,
    "ñ and hyphenated surname",
    ["Begoña Ruiz-Peña, MD, PhD"],
    E("Begoña Ruiz-Peña", ("MD", "PhD")),
)
form(MSA71, "Jr. suffix", ["Walter Greaves Jr., MD"], E("Walter Greaves Jr.", ("MD",)))
form(MSA71, "III suffix", ["Walter Greaves III, MD"], E("Walter Greaves III", ("MD",)))
form(
    VCMS, "nickname in quotes", ['Robert "Bob" Lindqvist, MD'], E('Robert "Bob" Lindqvist', ("MD",))
)
form(
    VCMS,
    "nickname in brackets",
    ["Katherine (Kit) Marlowe, DO"],
    E("Katherine (Kit) Marlowe", ("DO",)),
)
form(
    VCMS,
    "name without credentials, role and institution under it",
    ["Katherine Marlowe", "Clinical Nurse Specialist", "Pinecrest Clinic"],
    E("Katherine Marlowe", (), ("Clinical Nurse Specialist",), "Pinecrest Clinic"),
)
form(
    NUH,
    "non-US: Consultant Neurologist, NHS Foundation Trust",
    [
        "Dr Aled Pritchard",
        "Consultant Neurologist, Severnside University Hospitals NHS Foundation Trust",
    ],
    E(
        "Aled Pritchard",
        (),
        ("Consultant Neurologist",),
        "Severnside University Hospitals NHS Foundation Trust",
    ),
)
form(
    NUH,
    "non-US: MRCP, consultant at an NHS trust on one line",
    ["Aled Pritchard, MBChB, MRCP, Consultant Neurologist, Severnside NHS Trust"],
    E("Aled Pritchard", ("MBChB", "MRCP"), ("Consultant Neurologist",), "Severnside NHS Trust"),
)
form(
    TUFTS,
    "a list right before the signature",
    ["- rest when you need to", "- stay cool in summer", "Imogen Drury, MD"],
    E("Imogen Drury", ("MD",)),
    sig_lines=1,
)
form(
    TUFTS,
    "a sentence after a list, then the signature",
    ["- rest when you need to", "Talk to your team about these.", "Imogen Drury, MD"],
    E("Imogen Drury", ("MD",)),
    sig_lines=1,
)
form(
    MSUK,
    "closing words above the signature stay in the answer",
    ["Best wishes", "Imogen Drury, MD", "Staff Neurologist"],
    E("Imogen Drury", ("MD",), ("Staff Neurologist",)),
    sig_lines=2,
)
form(
    VCMS,
    "signature after a dash at the end of the last sentence",
    ["That is all you need to do. \u2014 Imogen Drury, MD"],
    E("Imogen Drury", ("MD",)),
    sig_lines=1,
)
form(
    VCMS,
    "flattened Medical Director then organisation",
    ["Imogen Drury, MD", "Medical Director Rocky Ridge Multiple Sclerosis Center"],
    E("Imogen Drury", ("MD",), ("Medical Director",), "Rocky Ridge Multiple Sclerosis Center"),
)
form(
    VCMS,
    "flattened role of two subjects then university",
    [
        "Imogen Drury, MD",
        "Assistant Professor of Neurology and Ophthalmology Cascade Health & Science University",
    ],
    E(
        "Imogen Drury",
        ("MD",),
        ("Assistant Professor of Neurology and Ophthalmology",),
        "Cascade Health & Science University",
    ),
)
form(
    VCMS,
    "flattened staff role then clinic with centre",
    ["Imogen Drury, MD", "Staff Neurologist Lakeshore Clinic Mellon Center"],
    E("Imogen Drury", ("MD",), ("Staff Neurologist",), "Lakeshore Clinic Mellon Center"),
)
form(
    VCMS,
    "pharmacy specialist with PharmD, MSCN",
    ["Mara de la Cruz, PharmD, MSCN", "Clinical Pharmacy Specialist", "Lakeshore Clinic"],
    E("Mara de la Cruz", ("PharmD", "MSCN"), ("Clinical Pharmacy Specialist",), "Lakeshore Clinic"),
)
form(
    VCMS,
    "physician assistant PA-C, department line",
    ["Lee Parkhurst, PA-C", "Neurology", "Lakeshore Clinic"],
    E("Lee Parkhurst", ("PA-C",), (), "Neurology, Lakeshore Clinic"),
)
form(
    MSUK,
    "answer ends with a sentence naming a University",
    ["Researchers at Kestrel University are studying this."],
    sig_lines=0,
)
form(
    MSUK,
    "answer ends with a sentence naming a Center",
    ["Your local MS Center can tell you more."],
    sig_lines=0,
)
form(MSUK, "short title-case advice line is no name", ["Good Luck"], sig_lines=0)

# -- the second held-out group ("fresh", ids gNNN) ------------------------------------------------
# Recorded from sources none of the forms above use, written down with their truth BEFORE the
# parser was measured on them or changed; never used to tune it (tests report their shares apart).
NEUROLIVE = "https://neurologylive.com/view/brisk-evolution-multiple-sclerosis-care"
UCHICAGO = "https://uchicagomedicine.org/forefront/neurosciences-articles/2023/september/ms-faq"
MSDF = "https://msdiscovery.libsyn.com/2014/06"
MSSOC_CA = "https://blog.mssociety.ca/page/45/"
MSSOC_CA23 = "https://blog.mssociety.ca/page/23"
MSSOC_CA41 = "https://blog.mssociety.ca/page/41"
WILNER = "https://www.andrewwilner.com/post/multiple-sclerosis-and-covid-19"
MSIRL = "http://ms-society.ie/pages/community/ms-and-me"
MSIRL_NURSE = "https://ms-society.ie/ms-and-me/my-ms-nurse"
MSNT = "https://multiplesclerosisnewstoday.com/category/columns/page/13"
TOUCHNEURO = "https://touchneurology.com/?p=1348"
YHF = "https://www.yourhealthfirst.com/articles/multiple-sclerosis-part-ii/"
OPENDOOR = "https://issuu.com./mstrust/docs/open-door-13-11"
MSCA_FAQ = "http://scleroseenplaques.ca/qc/services/FAQen.html"
BIOGEN_CA = "https://www.biogencareforms.ca/en_ca/resources/FAQ.html"
RFL_NZ = "https://forum.researchforlife.org.nz/how%20understanding%20the%20immune%20system%20is%20helping%20to%20solve%20the%20puzzle%20of%20multiple%20sclerosis"

fresh(
    NEUROLIVE,
    "name with initial, MD, FAAN, role line with ', in City, State'",
    [
        "Renata Q. Halvorsen, MD, FAAN",
        "Associate Professor of Neurology, Lindenfeld Clinic, in Tucson, Arizona",
    ],
    E(
        "Renata Q. Halvorsen",
        ("MD", "FAAN"),
        ("Associate Professor of Neurology",),
        "Lindenfeld Clinic",
        "Tucson, Arizona",
    ),
)
fresh(
    NEUROLIVE,
    "credentials run straight into the role, no comma",
    ["Renata Q. Halvorsen, MD, FAAN Associate Professor of Neurology, Lindenfeld Clinic"],
    E(
        "Renata Q. Halvorsen",
        ("MD", "FAAN"),
        ("Associate Professor of Neurology",),
        "Lindenfeld Clinic",
    ),
)
fresh(
    NEUROLIVE,
    "bio sentence 'Name, MD is an associate professor ... at' is no signature",
    [
        "Marisol T. Everhart, MD is an associate professor and the chair of neurology at Quillfield University Medical Center."
    ],
    sig_lines=0,
)
fresh(
    UCHICAGO,
    "bio sentence with Jr. and MD is no signature",
    ["Desmond R. Kaye, Jr., MD is a board-certified neurologist at Harlow Medicine."],
    sig_lines=0,
)
fresh(
    UCHICAGO,
    "initial, ', Jr.' suffix after a comma, MD, role line",
    ["Desmond R. Kaye, Jr., MD", "Neurologist, Harlow Medicine"],
    E("Desmond R. Kaye, Jr.", ("MD",), ("Neurologist",), "Harlow Medicine"),
)
fresh(
    UCHICAGO,
    "lowercase hyphenated role 'at' organisation after credentials",
    ["Desmond R. Kaye, Jr., MD, board-certified neurologist at Harlow Medicine"],
    E("Desmond R. Kaye, Jr.", ("MD",), ("board-certified neurologist",), "Harlow Medicine"),
)
fresh(
    MSDF,
    "podcast lead-in 'interview with', Dr.",
    ["Podcast interview with Dr. Ilse Brandauer"],
    E("Ilse Brandauer"),
)
fresh(MSSOC_CA, "'Interview:' lead-in, Dr.", ["Interview: Dr. Tamsin Okafor"], E("Tamsin Okafor"))
fresh(
    MSSOC_CA23,
    "Guest post by, en dash, lowercase 'member of the ... Board'",
    ["Guest post by Corwin Tate \u2013 member of the Lakeview Research Foundation Board"],
    E("Corwin Tate", (), ("member",), "the Lakeview Research Foundation Board"),
)
fresh(
    MSSOC_CA41,
    "first-person introduction sentence is no signature",
    ["I\u2019m Sylvie Lemaire, national vice-president, programs and services."],
    sig_lines=0,
)
fresh(
    MSSOC_CA,
    "Dr., role, organisation name containing 'MS Society of'",
    ["Dr. Tamsin Okafor, Research Program Manager, MS Society of Canada"],
    E("Tamsin Okafor", (), ("Research Program Manager",), "MS Society of Canada"),
)
fresh(
    WILNER,
    "one part per line, centre 'at' hospital with 'Mt.', City, ST",
    [
        "Ezra Lindqvist, MD",
        "Associate Professor of Neurology",
        "Halden Center for Multiple Sclerosis at Mt. Sinai Hospital",
        "New York, NY",
    ],
    E(
        "Ezra Lindqvist",
        ("MD",),
        ("Associate Professor of Neurology",),
        "Halden Center for Multiple Sclerosis, Mt. Sinai Hospital",
        "New York, NY",
    ),
)
fresh(
    WILNER,
    "everything on one line with commas, 'Mt.' hospital, City, ST",
    ["Ezra Lindqvist, MD, Associate Professor of Neurology, Mt. Sinai Hospital, New York, NY"],
    E(
        "Ezra Lindqvist",
        ("MD",),
        ("Associate Professor of Neurology",),
        "Mt. Sinai Hospital",
        "New York, NY",
    ),
)
fresh(
    WILNER,
    "bio sentence 'Dr. Name is an Associate Professor ... in City, ST.' is no signature",
    ["Dr. Lindqvist is an Associate Professor of Neurology at the Halden Center in New York, NY."],
    sig_lines=0,
)
fresh(
    MSIRL,
    "Dr without dot, 'Professor in' subject, college named after its city",
    ["Dr Ciara Downey, Assistant Professor in Physiology, Liffey College Dublin"],
    E("Ciara Downey", (), ("Assistant Professor in Physiology",), "Liffey College Dublin"),
)
fresh(
    MSIRL_NURSE,
    "blog lead sentence naming the writer is no signature",
    ["This week Nuala Breen talks about the support MS nurses give."],
    sig_lines=0,
)
fresh(
    MSIRL,
    "Prof., Consultant Neurologist, St. hospital, comma city",
    ["Prof. Niamh Carberry, Consultant Neurologist, St. Brendan's University Hospital, Dublin"],
    E(
        "Niamh Carberry",
        (),
        ("Consultant Neurologist",),
        "St. Brendan's University Hospital",
        "Dublin",
    ),
)
fresh(
    MSNT,
    "Professor honorific, appositive 'the London-based neurologist'",
    ["Professor Gawain Ellery, the London-based neurologist"],
    E("Gawain Ellery", (), ("London-based neurologist",)),
)
fresh(
    TOUCHNEURO,
    "byline: name, MD, city, country",
    ["Bernhard Keszler, MD, Dusseldorf, Germany"],
    E("Bernhard Keszler", ("MD",), (), None, "Dusseldorf, Germany"),
)
fresh(
    YHF,
    "Dr. name 'from the' clinic",
    ["Dr. Matthias Roderick from the Kellerman Clinic"],
    E("Matthias Roderick", (), (), "the Kellerman Clinic"),
)
fresh(
    OPENDOOR,
    "supporter quote in capitals after a dash is no expert",
    ["\u2013 BRENDA, MS TRUST SUPPORTER"],
    sig_lines=0,
)
fresh(
    MSCA_FAQ,
    "FAQ answer ends with a sentence about MS",
    [
        "Some studies show that a common virus may trigger MS in people whose genes make them more vulnerable."
    ],
    sig_lines=0,
)
fresh(
    BIOGEN_CA,
    "FAQ answer ends by pointing to a section of the site",
    ["To learn more, please visit the Understanding MS section of this website."],
    sig_lines=0,
)
fresh(
    RFL_NZ,
    "Dr without dot alone, role comma institute on the next line",
    ["Dr Anneke Voorhuis", "Senior Research Fellow, Tasman Institute of Medical Research"],
    E("Anneke Voorhuis", (), ("Senior Research Fellow",), "Tasman Institute of Medical Research"),
)
fresh(
    RFL_NZ,
    "name, PhD, lowercase role 'in' subject 'at' university, comma country",
    ["Hemi Walker, PhD, senior lecturer in immunology at Kauri University, New Zealand"],
    E(
        "Hemi Walker",
        ("PhD",),
        ("senior lecturer in immunology",),
        "Kauri University",
        "New Zealand",
    ),
)

# -- round 3 ----------------------------------------------------------------------------------
# Sources that neither the earlier groups nor the independent yardstick cite, one or more per
# family the yardstick found failing: labels, captions, role-first, all-caps names, several
# experts, appositive roles, organisations in role objects, faculty blocks, negatives.
OPENCME = "http://opencme.org/course/treatment-decision-making-and-achieving-therapeutic-goals-multiple-sclerosis-individual-and--0"
HEALTHYMATTERS = "https://podcast.healthymatters.org/1906566/episodes/16511590-s04_e08-the-ms-journey-from-symptoms-to-solutions?t=0"
TRANSISTOR = "https://share.transistor.fm/s/7983cbf6"
DNAINDIA = "https://dnaindia.com/health/report-a-helping-hand-for-patients-with-multiple-sclerosis-1303049/amp"
DEOC = "https://deoc.in/view-point/what-you-need-to-know-about-multiple-sclerosis/"
MEDSCAPE = "https://www.medscape.com/viewarticle/880230"
MSNT2020 = "https://multiplesclerosisnewstoday.com/news-posts/2020/04/28/neurologylive-and-the-consortium-of-multiple-sclerosis-centers-partner-to-host-virtual-annual-meeting/"
CMSC2008 = "https://pdfslide.net/documents/c-m-s-c-august-2008-exchangveol-12-no-3-august-2008-ms-e-xchange-iomsn-update.html"
AKADEMI = "https://www.akademibokhandeln.se/bok/mcalpines-multiple-sclerosis/9780323936347"
WYOMING = "http://www.mult-sclerosis.org/news/Feb2001/NMSSWyomingMSprogram.html"
MNCHAPTER = "https://issuu.com/mssocietymn/docs/msc14_winter_144"
CUREFUND = "https://www.mscurefund.org/the_importance_of_quality_education_in_ms"
IOMSN_ES = "https://iomsn.org/nurses-experiences-from-spain/"
KUDOS = "https://www.growkudos.com/publications/10.12968%25252Fbjnn.2025.0017/reader"
EINPRESS = "https://www.einpresswire.com/article/517079072/recipients-of-the-2020-iomsn-emd-serono-nightingale-award-announced"
CMSC_NOV2008 = "https://fdocuments.net/document/november-2008-exchang-very-challenging-field-of-care-and-you-are-to-be-commended.html"
MSAA_TOOLKIT = "https://vdocument.in/helpful-tools-for-understanding-ms-relapses-learning-when-was-my-last-relapse.html"
DISABILITYINFO = (
    "https://disabilityinfo.org/fact-sheet-library/disabilitiesillnesses/multiple-sclerosis/"
)


def round3(url, features, lines, *experts, sig_lines=None):  # noqa: ANN001, ANN201
    form(url, features, lines, *experts, sig_lines=sig_lines, round3=True)


round3(
    OPENCME,
    "faculty block, MD, PhD, bare role line, department line, school line, City, ST",
    [
        "Rafael Dunmore, MD, PhD",
        "Clinical Associate Professor",
        "Department of Neurology",
        "Bexley University Hale Medical School",
        "Austin, TX",
    ],
    E(
        "Rafael Dunmore",
        ("MD", "PhD"),
        ("Clinical Associate Professor",),
        "Department of Neurology, Bexley University Hale Medical School",
        "Austin, TX",
    ),
)
round3(
    OPENCME,
    "the same faculty block flattened into one line without commas",
    [
        "Rafael Dunmore, MD, PhD Clinical Associate Professor Department of Neurology Bexley"
        " University Hale Medical School Austin, TX"
    ],
    E(
        "Rafael Dunmore",
        ("MD", "PhD"),
        ("Clinical Associate Professor",),
        "Department of Neurology, Bexley University Hale Medical School",
        "Austin, TX",
    ),
)
round3(
    OPENCME,
    "nurse faculty block, four credentials, role of subject, practice with plural head, City, ST",
    [
        "Loretta Vance, DNP, MSN, RN, MSCN",
        "Director of Medical Research",
        "Central Plains Neurology Consultants",
        "Round Rock, TX",
    ],
    E(
        "Loretta Vance",
        ("DNP", "MSN", "RN", "MSCN"),
        ("Director of Medical Research",),
        "Central Plains Neurology Consultants",
        "Round Rock, TX",
    ),
)
round3(
    HEALTHYMATTERS,
    "Dr. name, bracketed Irish credentials, lowercase appositive role with article 'at' organisation",
    ["Dr. Omar Haddadin (MB, BCh, BAO), a board-certified neurologist at Kestrel Healthcare"],
    E(
        "Omar Haddadin",
        ("MB", "BCh", "BAO"),
        ("board-certified neurologist",),
        "Kestrel Healthcare",
    ),
)
round3(
    HEALTHYMATTERS,
    "bio sentence after a name with bracketed credentials is no signature",
    [
        "Dr. Omar Haddadin (MD, MPH, FACP) is a practicing internist and chair of medicine at Kestrel Healthcare."
    ],
    sig_lines=0,
)
round3(
    TRANSISTOR,
    "transcript speaker tag with a spoken sentence is no signature",
    ["Dr. Vance: You're welcome, thanks for having me on the show."],
    sig_lines=0,
)
round3(
    DNAINDIA,
    "Dr, fused capital initials, lowercase hyphenated role, hospital",
    ["Dr VS Kulkarni, neuro-physician, Sahyadri Hospital"],
    E("VS Kulkarni", (), ("neuro-physician",), "Sahyadri Hospital"),
)
round3(
    DEOC,
    "interview lead-in, role with bracketed (Hon), society",
    [
        "Interview with Renuka Patwardhan, National Secretary (Hon), Multiple Sclerosis Society of Deccan"
    ],
    E(
        "Renuka Patwardhan",
        (),
        ("National Secretary (Hon)",),
        "Multiple Sclerosis Society of Deccan",
    ),
)
round3(
    MEDSCAPE,
    "MD, lowercase role 'of the' board: the board is the institution",
    ["Garrick Holt, MD, president of the CMSC Board"],
    E("Garrick Holt", ("MD",), ("president",), "the CMSC Board"),
)
round3(
    MEDSCAPE,
    "initial, MD, lowercase appositive role with article 'at' organisation",
    ["Aurelio T. Banks, MD, a neuroimmunologist at Ohio Valley Health"],
    E("Aurelio T. Banks", ("MD",), ("neuroimmunologist",), "Ohio Valley Health"),
)
round3(
    MEDSCAPE,
    "reported speech with a role, name and credentials inside is no signature: the speaker is read,"
    " the sentence stays",
    [
        "\u201cThe theme is teamwork,\u201d the Consortium's Chief Executive Officer, Junia Halloran, MSN, APN-C, MSCN, told reporters."
    ],
    E("Junia Halloran", ("MSN", "APN-C", "MSCN"), ("Chief Executive Officer",), "Consortium"),
    sig_lines=0,
)
round3(
    MSNT2020,
    "Jr. without a comma, lowercase roles joined by 'and' 'of' a named company",
    ["Milo Hennick Jr., president and CEO of Larchmont Life Sciences Group"],
    E("Milo Hennick Jr.", (), ("president and CEO",), "Larchmont Life Sciences Group"),
)
round3(
    CMSC2008,
    "long credential run with an honour and bracketed qualifiers (Lond), (hon)",
    ["Lachlan Murrow, OC, MD, FRCPC, FAAN, FRCP (Lond), DSc (hon)"],
    E("Lachlan Murrow", ("OC", "MD", "FRCPC", "FAAN", "FRCP (Lond)", "DSc (hon)")),
)
round3(
    AKADEMI,
    "book bio sentence 'Name, Ph.D. is a Professor of ... at the University' is no signature",
    [
        "Alastair Coleby, Ph.D. is a Professor of Neuroimmunology in the Division of Clinical Neurosciences at the University of Fenwick."
    ],
    sig_lines=0,
)
round3(
    WYOMING,
    "slash credential, role 'for the' national society",
    ["Patrice Kenning, RN/CNP, Clinical Consultant for the National MS Society"],
    E("Patrice Kenning", ("RN/CNP",), ("Clinical Consultant",), "the National MS Society"),
)
round3(
    MNCHAPTER,
    "masthead label that is a role: 'Chapter president: Name'",
    ["Chapter president: Hollis Andersen"],
    E("Hollis Andersen", (), ("Chapter president",)),
)
round3(
    MNCHAPTER,
    "masthead label that is a role: 'Board chair: Name'",
    ["Board chair: Lars Schmidt"],
    E("Lars Schmidt", (), ("Board chair",)),
)
round3(
    CUREFUND,
    "'Written by:' with a double space, name only",
    ["Written by:  Callum Reid"],
    E("Callum Reid"),
)
round3(
    IOMSN_ES,
    "name, RN, then a line 'City, Country'",
    ["Rosalind Herrero, RN", "Valencia, Spain"],
    E("Rosalind Herrero", ("RN",), (), None, "Valencia, Spain"),
)
round3(
    KUDOS,
    "bare name line, then an NHS foundation trust line",
    ["Sabrina Hewitt", "Torquay and South Moor NHS Foundation Trust"],
    E("Sabrina Hewitt", (), (), "Torquay and South Moor NHS Foundation Trust"),
)
round3(
    EINPRESS,
    "award list entry: name, organisation with a slash, place in brackets",
    [
        "Georgina Meeker, Sutterfield Health Neurology Clinic/Comprehensive MS Care Center (Berkeley, CA)"
    ],
    E(
        "Georgina Meeker",
        (),
        (),
        "Sutterfield Health Neurology Clinic/Comprehensive MS Care Center",
        "Berkeley, CA",
    ),
)
round3(
    EINPRESS,
    "press release quote 'said Name, Role of the ORG' is no signature: the speaker is read, the"
    " sentence stays",
    [
        "\u201cWe are proud of this work,\u201d said Junia Halloran, Chief Executive Officer of the IOMSN."
    ],
    E("Junia Halloran", (), ("Chief Executive Officer of the IOMSN",)),
    sig_lines=0,
)
round3(
    CMSC_NOV2008,
    "newsletter masthead in capitals (an organisation) is no expert",
    ["THE CONSORTIUM OF MULTIPLE SCLEROSIS CENTERS"],
    sig_lines=0,
)
round3(
    MSAA_TOOLKIT,
    "'Written by:' two experts flattened without a separator between them",
    ["Written by: Aurelia Bosworth, MD Joaquin T. Navarre, MD, MPH"],
    E("Aurelia Bosworth", ("MD",)),
    E("Joaquin T. Navarre", ("MD", "MPH")),
)
round3(
    MSAA_TOOLKIT,
    "'Reviewed by:', MD, an organisation's acronym before the role",
    ["Reviewed by: Jonas Burkhart, MD, MSAA Chief Medical Consultant"],
    E("Jonas Burkhart", ("MD",), ("Chief Medical Consultant",), "MSAA"),
)
round3(
    DISABILITYINFO,
    "an organisation's contact block (address, phone, email) is no expert",
    [
        "Multiple Sclerosis Alliance of the Plains",
        "412 Prairie Road North",
        "Cedar Falls, IA 50613",
        "Phone: 319-555-0142",
    ],
    sig_lines=0,
)


# -- round 4: forms of the second yardstick (tests/data/signature_eval_cases_2.json) ------------
# That set is now the development set: each form below names the page one of its cases showed the
# form on (the case id is in the comment), written again with people and places of our own.
# The blind third yardstick (signature_eval_cases_3.json) cites none of these pages.
ALLINDIANS = "https://www.allindiansmatter.in/audio-podcast-there-is-a-huge-awareness-gap-when-it-comes-to-multiple-sclerosis/"
FASTRACK = "http://fastracklanguages.com/slideshow-advice-relapsing-ms.html"
BRAINTALK = "https://braintalk.blogs.com/neurotransmitter/2005/05/curing_ms_decad.html"
MSLIVINGWELL = "https://www.mslivingwell.org/2022/07/31/2612/"
MARSHALL = "http://www.marshalltribune.com/story/1617762.html"
MCMSGROUP = "http://www.mcmsgroup.com/msfyinewsletter.htm"
VALLEYREPORTER = "http://www.valleyreporter.com/index.php/news/letters/8769-end-ms-forever"
AUSTINHERALD = "https://www.austindailyherald.com/2011/03/its-time-to-help/"
PMC_NRR = "https://pmc.ncbi.nlm.nih.gov/articles/PMC9396498/?term=%22Neural+Regen+Res%22%5Bjour%5D"
MSFORWARD = "https://vdocument.in/ms-forward-view-a-consensus-for-the-future-of-ms-services-a-sites-a-default.html"
IOMSN_BB = "https://iomsn.org/bonnieblain-2024-26"
MEDSCAPE_RPH = "https://www.medscape.com/viewarticle/588913_6"
SOCHEDEM = "https://sochedem.cl/?p=8120"
JACKSON = "https://www.jacksontherapy.com/therapy-blog/what-can-we-do-to-help-someone-with-multiple-sclerosis"
IOMSN_AU = "https://iomsn.org/nurses-experiences-from-australia/"
FCMSC = "http://cmscfoundation.org/2009/06/the-foundation-of-the-consortium-of-multiple-sclerosis-centers-fcmsc-announces-awards-designed-to-encourage-young-professionals-to-choose-a-career-in-ms/"
HC_EXPERT = "https://www.healthcentral.com/article/ask-the-expert-lawrence-steinman"
MSAA_P2 = "https://blog.mymsaa.org/page/2"
AUSDIS = "https://www.ausdis.au/post/monash-expert-spotlight-on-multiple-sclerosis-as-numbers-climb"
MUMMYTUTU = "http://www.mummytutu.co.uk/index.php/2015/11/09/a-letter-to-multiple-sclerosis/"
OSU = "http://neurology.osu.edu/ms/faq.html"


def round4(url, features, lines, *experts, sig_lines=None):  # noqa: ANN001, ANN201
    form(url, features, lines, *experts, sig_lines=sig_lines, round4=True)


round4(  # y16
    ALLINDIANS,
    "dated byline, By lead-in on its own line, date line under it",
    ["By Anjali Deshpande", "March 14, 2022"],
    E("Anjali Deshpande"),
)
round4(  # y29
    FASTRACK,
    "review credit, Medically Reviewed by, MD, date run on after 'on'",
    ["Medically Reviewed by Corinne Salazar, MD on June 4, 2024"],
    E("Corinne Salazar", ("MD",)),
)
round4(  # y25
    BRAINTALK,
    "blog footer, Posted by, date and time run on, category, bar and Permalink",
    ["Posted by Nikolai Brandt on April 3, 2006 at 09:15 AM in Ask the Neurologist | Permalink"],
    E("Nikolai Brandt"),
)
round4(  # y19
    MSLIVINGWELL,
    "footer labels on one line, BY: label, MD, DATE: label, TOPIC: label",
    ["BY: Serena Achebe, MD DATE: March 2, 2023 TOPIC: Research Updates"],
    E("Serena Achebe", ("MD",)),
)
round4(  # y43
    MARSHALL,
    "letter sign-off, 'Thank you' closing line, bare name line",
    ["Thank you,", "Desmond Arkwright"],
    E("Desmond Arkwright"),
)
round4(  # y40
    MCMSGROUP,
    "letter sign-off, bare name line, role line, foundation line",
    ["Theodora Quist", "Peer Support Coordinator", "Multiple Sclerosis Foundation of the Lakes"],
    E(
        "Theodora Quist",
        (),
        ("Peer Support Coordinator",),
        "Multiple Sclerosis Foundation of the Lakes",
    ),
)
round4(  # y44
    VALLEYREPORTER,
    "letter sign-off, bare name line, the writer's town alone on a line",
    ["Rowan Ellery", "Brookhollow"],
    E("Rowan Ellery", place="Brookhollow"),
)
round4(  # y45
    AUSTINHERALD,
    "letter sign-off, bare name, town after a comma on the same line",
    ["Marguerite Helstrom, Glenvale"],
    E("Marguerite Helstrom", place="Glenvale"),
)
round4(  # y75
    PMC_NRR,
    "journal author line, three bare names, affiliation numbers, corresponding-author asterisk",
    ["Lorenzo Bassi 1,*, Chiara Morandi 2, Paolo Vitale 1"],
    E("Lorenzo Bassi"),
    E("Chiara Morandi"),
    E("Paolo Vitale"),
)
round4(  # y76
    MSFORWARD,
    "report author line, three bare names, roman-numeral footnote marks spaced before the comma",
    ["Imogen Hartley i , Fiona Beckett ii , Rosalind Crane iii"],
    E("Imogen Hartley"),
    E("Fiona Beckett"),
    E("Rosalind Crane"),
)
round4(  # y47
    BRAINTALK,
    "two experts, bare names, joined by an ampersand",
    ["Margit Olsen & Samuel Okoro"],
    E("Margit Olsen"),
    E("Samuel Okoro"),
)
round4(  # y69
    IOMSN_BB,
    "credentials x3, bracketed certification mark run on (CNN(C)), role line with a hyphen before the organisation, acronym in brackets",
    ["Celeste Dufresne, RN, CNN(C), MSCN", "President - Northern Alliance of MS Nurses (NAMSN)"],
    E(
        "Celeste Dufresne",
        ("RN", "CNN(C)", "MSCN"),
        ("President",),
        "Northern Alliance of MS Nurses (NAMSN)",
    ),
)
round4(  # y49
    MEDSCAPE_RPH,
    "two experts after a semicolon, credential of two words (BSc Pharm), middle initial",
    ["Anders K. Holm, BSc Pharm, RPh; Marit Solberg, BSc, BSc Pharm"],
    E("Anders K. Holm", ("BSc Pharm", "RPh")),
    E("Marit Solberg", ("BSc", "BSc Pharm")),
)
round4(  # y53
    SOCHEDEM,
    "author block, name with its initials in brackets, department and hospital line, city run on with no comma, country",
    ["Tomás Echeverría (TE)", "Neurology Department, Hospital Los Almendros Montevideo, Uruguay"],
    E(
        "Tomás Echeverría",
        (),
        (),
        "Neurology Department, Hospital Los Almendros",
        "Montevideo, Uruguay",
    ),
)
round4(  # y54
    SOCHEDEM,
    "Corresponding author label line, initials in brackets with no space, department and clinic line, city and country line",
    [
        "Corresponding author",
        "Valentina Rojas(VR)",
        "Neurology Department, Clínica Los Aromos",
        "Valparaíso, Chile",
    ],
    E("Valentina Rojas", (), (), "Neurology Department, Clínica Los Aromos", "Valparaíso, Chile"),
)
round4(  # y08
    JACKSON,
    "given name and the surname's initial, OT",
    ["Brianna K., OT"],
    E("Brianna K.", ("OT",)),
)
round4(  # y71
    IOMSN_AU,
    "Sender: label, credentials x2, state and country line",
    ["Sender: Maeve Corrigan, RN, MSCN", "Tasmania, Australia"],
    E("Maeve Corrigan", ("RN", "MSCN"), (), None, "Tasmania, Australia"),
)
round4(  # y72
    FCMSC,
    "press-release CONTACT: label in capitals, bare name, phone line, email line",
    ["CONTACT: Harriet Vole", "614-555-0190", "hvole@press.example.org"],
    E("Harriet Vole"),
)
round4(  # y32
    HC_EXPERT,
    "title-style label Ask the MS Expert:, dotted M.D.",
    ["Ask the MS Expert: Leopold Varga, M.D."],
    E("Leopold Varga", ("M.D.",)),
)
round4(  # y31
    MSAA_P2,
    "Featuring lead-in, MD, possessive organisation acronym before the role on the next line",
    ["Featuring Ingrid Sato, MD", "CMSA's Chief Medical Officer"],
    E("Ingrid Sato", ("MD",), ("Chief Medical Officer",), "CMSA"),
)
round4(  # y51
    AUSDIS,
    "Professor, organisation before its role on one line (Foundation Managing Director)",
    ["Professor Callum Redgrave, Harbourside Neurology Foundation Managing Director"],
    E("Callum Redgrave", (), ("Managing Director",), "Harbourside Neurology Foundation"),
)
round4(  # y52
    AUSDIS,
    "Associate Professor, role with its organisation in brackets, Contact details: Ph. line under it",
    [
        "Associate Professor Mira Talwar, Neurologist (Eastgate Health)",
        "Contact details: Ph. +61 (0) 400 000 111",
    ],
    E("Mira Talwar", (), ("Neurologist",), "Eastgate Health"),
)
round4(  # y78
    MUMMYTUTU,
    "letter sign-off, bare name line, cc copy line, a second copy line without cc",
    ["Lydia Carver", "cc My Spine", "My Optic Nerves"],
    E("Lydia Carver"),
)
round4(  # y35
    FASTRACK,
    "double-hyphen lead-in, MD, lowercase role, centre 'at' organisation, closing city with a full stop",
    ["-- Edmund Kao, MD, director, Neuroimmunology Center at Ferris Medical, Pittsburgh."],
    E("Edmund Kao", ("MD",), ("director",), "Neuroimmunology Center, Ferris Medical", "Pittsburgh"),
)
round4(  # y79
    OSU,
    "role heading alone on the line above the name (Research Staff), RN",
    ["Research Staff", "Norah Vance, RN"],
    E("Norah Vance", ("RN",), ("Research Staff",)),
)


# -- round 5: forms of the third yardstick (tests/data/signature_eval_cases_3.json) -------------
# That set is now the development set: each form below names the page one of its cases showed the
# form on (the case id is in the comment), written again with people and places of our own. A
# blind fourth set, which nobody on the project sees, decides the issue.
R5_NAIJA = "https://github.com/Ayomidejoe/NaijaMed_QA_Dataset/blob/7ead90189ff3f7c328a84b5960d97dbac42cf35b/ebdb_thread_comments.sql"
R5_HCM = "https://github.com/vitrannn/GEP-PII-Detection/blob/44ef934f5a4977d598c943068784c7fdf911201f/datapreprocess/HealthCareMagic-s-origin.txt"
R5_MSUK = "https://www.mssociety.org.uk/get-involved/campaigns/campaigns-blog/2013/05/help-us-save-ms-specialist-nurses"
R5_HXSG_QNA = "https://www.healthxchange.sg/stroke/prevention/stroke-doctor-qna-15oct2023"
R5_HXSG_NEWS = "https://www.healthxchange.sg/news/people-with-parkinsons-disease-in-singapore-expected-to-increase-by-2030"
R5_CMA = "https://www.cma.ca/En/Pages/2012-questions-responses.aspx"
R5_CITIZEN = "https://citizenmatters.in/multiple-sclerosis-india-awareness-mental-health-insurance/"
R5_BSTD = "https://www.business-standard.com/amp/health/multiple-sclerosis-india-symptoms-diagnosis-treatment-cost-care-125053000640_1.html"
R5_SIGNZ = "http://healthsignz.com/blog/multiple-sclerosis/"
R5_HGRADES = "https://healthguides.healthgrades.com/treating-rheumatoid-arthritis-effectively/meet-the-rheumatologist-rheumatoid-arthritis?did=t12_ccgd"
R5_DOCZZ = "https://deploy.doczz.net/doc/356133/january-february-2015---number-1"
R5_NCEC = "https://nursingcecentral.com/lessons/understanding-multiple-sclerosis"
R5_VDOC_NET = "https://vdocuments.net/advanced-practicenursing-in-multiple-msa-lifelong-disease-that-requires-a.html"
R5_VDOC_IN = "https://vdocument.in/advancedpracticenursing-in-multiple-advancedpracticenursing-in-multiple-sclerosis.html"
R5_PANEL = "https://vdocuments.site/ms-fatigue-what-you-should-know-2000.html"
R5_CONFEX = "https://cmsc.confex.com/cmsc/2015/webprogram/Paper3584.html"
R5_MEDLINE = "http://www.mult-sclerosis.org/news/Aug2002/MedlineMultipleSclerosisAndPregnancy.html"
R5_BRAIN = "https://braindiseases.blog/tag/multiple-sclerosis/"
R5_AIAN15 = "https://www.annalsofian.org/article.asp?issn=0972-2327;year=2015;volume=18;issue=5;spage=1;epage=1;aulast=Khadilkar;aid=AnnIndianAcadNeurol_2015_18_5_1_164811"
R5_AIAN18 = "https://www.annalsofian.org/article.asp?issn=0972-2327;year=2018;volume=21;issue=2;spage=107;epage=115;aulast=Kumar;type=0"
R5_NEURO_INDIA = "https://www.neurologyindia.com/article.asp?issn=0028-3886;year=2015;volume=63;issue=6;spage=866;epage=873;aulast=Jena"
R5_HLRP = "https://qa-lnc.hlrptech.com/journalarticle?Article_ID=4459770&Issue_ID=4459755&Journal_ID=54012"
R5_FABLIFE = "https://myfablifewithms.blogspot.com/2015/03"
R5_DIETITIAN = (
    "http://www.healthcommunities.com/nutrition-basics/what-is-registered-dietitian.shtml"
)
R5_ISSUU = "https://issuu.com/saturgonza/docs/namefa6494"
R5_AAN = "http://patients.aan.com/resources/neurologynow/index.cfm?event=home.showArticle&id=ovid.com%3A%2Fbib%2Fovftdb%2F01222928-201410020-00002"


def round5(url, features, lines, *experts, sig_lines=None):  # noqa: ANN001, ANN201
    form(url, features, lines, *experts, sig_lines=sig_lines, round5=True)


round5(  # z06
    R5_NAIJA,
    "valediction line with a full stop, Dr without a dot, name with a full stop, role line with a full stop",
    ["Warm regards.", "Dr Chidinma Okeke-Eze.", "Resident Doctor."],
    E("Chidinma Okeke-Eze", (), ("Resident Doctor",)),
)
round5(  # z07
    R5_HCM,
    "valediction and name on one line, space before the colon, name with a full stop",
    ["Regards : Dr. Anand Joshi."],
    E("Anand Joshi"),
)
round5(  # z10
    R5_MSUK,
    "quoted answer closed by a first name alone, comma, a lowercase description",
    ["Harriet, living with MS"],
    E("Harriet", (), ("living with MS",)),
)
round5(  # z12
    R5_HXSG_QNA,
    "Dr without a dot, role 'from the' department 'at' institute, acronym in brackets, 'a member of the' group after it",
    [
        "Dr Wei Jun Lim, Associate Consultant from the Department of Neurology at Bayfront"
        " Neuroscience Institute (BNI), a member of the Seaview group"
    ],
    E(
        "Wei Jun Lim",
        (),
        ("Associate Consultant",),
        "the Department of Neurology, Bayfront Neuroscience Institute (BNI), Seaview group",
    ),
)
round5(  # z13
    R5_HXSG_NEWS,
    "Assoc Prof honorific, two titles joined by 'and', institute '@' hospital acronyms",
    ["Assoc Prof Mei Ling Tan, Senior Consultant and Head of Neurology, BNI @ WGH"],
    E("Mei Ling Tan", (), ("Senior Consultant", "Head of Neurology"), "BNI @ WGH"),
)
round5(  # z14
    R5_CMA,
    "lead-in 'Response provided by', Dr., a given name's initial only",
    ["Response provided by Dr. K. Lachance"],
    E("K. Lachance"),
)
round5(  # z16
    R5_CITIZEN,
    "role 'for the' chapter of a society, 'and' a board membership 'of' a federation, closing city",
    [
        "Anjali Menon, Chairperson for the Kochi Chapter of Coastal Multiple Sclerosis Society"
        " and Board Member of Kestrel MS Federation, Dubai"
    ],
    E(
        "Anjali Menon",
        (),
        ("Chairperson", "Board Member"),
        "the Kochi Chapter of Coastal Multiple Sclerosis Society, Kestrel MS Federation",
        "Dubai",
    ),
)
round5(  # z17
    R5_BSTD,
    "two doctors joined by 'and', each 'from' an organisation, spaced Indian initials, closing city",
    ["Dr K R Nair from Lotus Neuro Care and Dr P Iyer from Vasant Hospital, Madurai"],
    E("K R Nair", (), (), "Lotus Neuro Care"),
    E("P Iyer", (), (), "Vasant Hospital", "Madurai"),
)
round5(  # z19
    R5_SIGNZ,
    "By lead-in, Dr., a bar, 'Published:' label and an ordinal date",
    ["By Dr. Kavya Raman | Published: June 2nd, 2020"],
    E("Kavya Raman"),
)
round5(  # z23
    R5_HGRADES,
    "column label in capitals on its own line above 'Dr Name'",
    ["EXPERT CORNER", "Dr Soren Vale"],
    E("Soren Vale"),
)
round5(  # z25
    R5_DOCZZ,
    "masthead label 'Co-Editor:', initials without spaces, two-word British degree MB ChB",
    ["Co-Editor: Fergus J.K. Moray, MB ChB, MD, FRCP"],
    E("Fergus J.K. Moray", ("MB ChB", "MD", "FRCP"), ("Co-Editor",)),
)
round5(  # z28
    R5_NCEC,
    "label 'Course By:' alone on its line, the bare name next, every credential on a third line",
    ["Course By:", "Yvette Marchand", "MSN-Ed, BSN, RN, CMSRN"],
    E("Yvette Marchand", ("MSN-Ed", "BSN", "RN", "CMSRN")),
)
round5(  # z32
    R5_VDOC_NET,
    "stacked block run onto one line: credentials, role, two organisations, city and state",
    [
        "Marit Olsen, MSN, APN-C, MSCN Executive Director Alliance of Lakeshore MS Centers"
        " Guild of MS Nurses Paramus, New Jersey"
    ],
    E(
        "Marit Olsen",
        ("MSN", "APN-C", "MSCN"),
        ("Executive Director",),
        "Alliance of Lakeshore MS Centers Guild of MS Nurses",
        "Paramus, New Jersey",
    ),
)
round5(  # z33
    R5_VDOC_IN,
    "stacked block run onto one line: RN, MS (a degree), MSCNS, unit, city, province, country",
    ["Wenona Pike, RN, MS, MSCNS Fenwick MS Research Unit Moncton, New Brunswick, Canada"],
    E(
        "Wenona Pike",
        ("RN", "MS", "MSCNS"),
        (),
        "Fenwick MS Research Unit",
        "Moncton, New Brunswick, Canada",
    ),
)
round5(  # z36
    R5_VDOC_IN,
    "one credential then only the city and state on the next line",
    ["Ilse Marquand, ARNP", "Olympia, Washington"],
    E("Ilse Marquand", ("ARNP",), (), None, "Olympia, Washington"),
)
round5(  # z38
    R5_VDOC_IN,
    "'Chairs:' label line, then two stacked blocks of name and credentials, centre, city",
    [
        "Chairs:",
        "Rhea T. Ambler, RN, MSN, MSCN",
        "Kestrel University Center for MS",
        "Richmond, Virginia",
        "Colm D. Breen, RN, MN",
        "Prairie University MS Clinic",
        "Regina, Saskatchewan, Canada",
    ],
    E(
        "Rhea T. Ambler",
        ("RN", "MSN", "MSCN"),
        (),
        "Kestrel University Center for MS",
        "Richmond, Virginia",
    ),
    E(
        "Colm D. Breen",
        ("RN", "MN"),
        (),
        "Prairie University MS Clinic",
        "Regina, Saskatchewan, Canada",
    ),
)
round5(  # z39
    R5_PANEL,
    "guideline panel: name, MD and a panel role in brackets, role, centre, foundation, city",
    [
        "Hollis Brand, MD (Chair)",
        "Medical Director",
        "Eastbrook Center for MS Care",
        "Tamarack Clinic Foundation",
        "Akron, Ohio",
    ],
    E(
        "Hollis Brand",
        ("MD",),
        ("Chair", "Medical Director"),
        "Eastbrook Center for MS Care, Tamarack Clinic Foundation",
        "Akron, Ohio",
    ),
)
round5(  # z41
    R5_PANEL,
    "guideline panel run onto one line: therapy credential first, discipline heading, university, department, city",
    [
        "Oren Bassi, PT, DPT Physical Therapy Northfield University Department of Rehabilitation"
        " Northfield, Minnesota"
    ],
    E(
        "Oren Bassi",
        ("PT", "DPT"),
        ("Physical Therapy",),
        "Northfield University Department of Rehabilitation",
        "Northfield, Minnesota",
    ),
)
round5(  # z46
    R5_CONFEX,
    "conference author line, space before a comma, an institution named with its city and state",
    ["Tova Lind, PhD , New York, NY VAMC, MS Center of Care, New York, NY"],
    E("Tova Lind", ("PhD",), (), "New York, NY VAMC, MS Center of Care", "New York, NY"),
)
round5(  # z47
    R5_MEDLINE,
    "Medline author line, surname and initials, full stop, the shared affiliation under it",
    ["Haddad RT, Lindqvist M.", "Department of Neurology, Mercy Hospital, Cork, Ireland."],
    E("Haddad RT", (), (), "Department of Neurology, Mercy Hospital", "Cork, Ireland"),
    E("Lindqvist M", (), (), "Department of Neurology, Mercy Hospital", "Cork, Ireland"),
)
round5(  # z48
    R5_BRAIN,
    "author line with affiliation numbers after the names, numbered affiliation lines, country in brackets",
    [
        "Meera Kaul 1, MD, Aarav Joshi 2, MD",
        "1 Department of Neurology, Lakeside Hospital, Pune (India)",
        "2 Neurology Service, Harbour General Hospital, Boston, MA (U.S.A.)",
    ],
    E("Meera Kaul", ("MD",), (), "Department of Neurology, Lakeside Hospital", "Pune (India)"),
    E(
        "Aarav Joshi",
        ("MD",),
        (),
        "Neurology Service, Harbour General Hospital",
        "Boston, MA (U.S.A.)",
    ),
)
round5(  # z49
    R5_AIAN15,
    "'Correspondence Address:' label, bare name with an initial without a dot, department, college, city, state",
    [
        "Correspondence Address:",
        "Rohan M Desai",
        "Department of Neurology, Sahyadri Medical College, Nashik, Maharashtra",
    ],
    E(
        "Rohan M Desai",
        (),
        (),
        "Department of Neurology, Sahyadri Medical College",
        "Nashik, Maharashtra",
    ),
)
round5(  # z50
    R5_AIAN18,
    "'Correspondence Address:' label, Dr. name, company, building, floor, road, city - PIN, state",
    [
        "Correspondence Address:",
        "Dr. Sneha Patil",
        "Kestrel Neurocare Pvt. Ltd., Orchid House, 3rd Floor, Baner Road, Pune - 411 045,"
        " Maharashtra",
    ],
    E(
        "Sneha Patil",
        (),
        (),
        "Kestrel Neurocare Pvt. Ltd.",
        "Orchid House, 3rd Floor, Baner Road, Pune - 411 045, Maharashtra",
    ),
)
round5(  # z51
    R5_NEURO_INDIA,
    "'Correspondence Address:' label, name, department, college, city, state - PIN, country alone on the last line",
    [
        "Correspondence Address:",
        "Joseph Kurian",
        "Department of Neurology, St Anne Medical College, Thrissur, Kerala - 680 005",
        "India",
    ],
    E(
        "Joseph Kurian",
        (),
        (),
        "Department of Neurology, St Anne Medical College",
        "Thrissur, Kerala - 680 005, India",
    ),
)
round5(  # z52
    R5_HLRP,
    "'Authors' label, numbered author lines, surname first before a comma, credentials without a comma",
    ["Authors", "1. Farrow, Edith J. PhD, RN", "2. Quist, Anton L. MD"],
    E("Edith J. Farrow", ("PhD", "RN")),
    E("Anton L. Quist", ("MD",)),
)
round5(  # z53
    R5_FABLIFE,
    "blog post closed by an exclamation, then a first name and a surname's initial alone",
    ["Keep smiling this week!", "Marisol T"],
    E("Marisol T"),
)
round5(  # z54
    R5_DIETITIAN,
    "dotted degrees, an article and a lowercase role 'for the' association, acronym in brackets",
    ["Lorna Vance, M.S., R.D., a spokesperson for the Kestrel Dietetic Association (KDA)"],
    E(
        "Lorna Vance",
        ("M.S.", "R.D."),
        ("spokesperson",),
        "the Kestrel Dietetic Association (KDA)",
    ),
)
round5(  # z55
    R5_ISSUU,
    "reader's comment closed by the name and a former role with no comma between them, society",
    ["Brenda Hollis Former Head of MS Services, Fenland MS Society"],
    E("Brenda Hollis", (), ("Former Head of MS Services",), "Fenland MS Society"),
)
round5(  # z05
    R5_AAN,
    "magazine letter: the name on one line, town and two-letter state on the next",
    ["Corliss Ambrose", "Amherst, MA"],
    E("Corliss Ambrose", (), (), None, "Amherst, MA"),
)

FORMS: tuple[Form, ...] = tuple(_F)

# -- round 7 (find): forms of the fourth and fifth yardsticks the finder's round-7 mechanisms cover
# Those sets (tests/data/signature_eval_cases_4.json, _5.json) are the development sets now: each
# form below names the page one of their cases showed the form on (the case id in the comment),
# written with people, places and sentences of our own. Part "round7find", ids tNNN; the blind
# sixth and seventh sets decide the round.
R7F_SPONSORED = (
    "https://casite-498466.cloudaccess.net/opinion/item/34878-sponsored-inflammation-inquiry"
)
R7F_ALLNURSES = "https://allnurses.com/cooling-blanket-for-neuro-patient-t38300/"
R7F_ALLNURSES_2 = "https://allnurses.com/is-hospital-arctic-zone-t550272/"
R7F_THISISMS = "http://www.thisisms.com/forum/viewtopic.php?f=1&t=2047&start=0&view=print&sid=8121c18c39ea0dba3e623c0d4640e11c"
R7F_GESTES = "https://gestessciatica.blogspot.com/search/label/Opioid"
R7F_LADY = "https://vmbg.lady.co.uk/node/2071"
R7F_BRAIN_SUPPORT = "https://brainsupportnetwork.org/2017/03/page/4"
R7F_GUARDIAN = "https://www.theguardian.com/lifeandstyle/2005/oct/13/healthandwellbeing.health"
R7F_COGNITIVE = "http://mscognitivemeltdown.blogspot.com/2010/02/empathy.html"
R7F_LATIMES = "https://vinapk.com/archives/la-xpm-2000-nov-25-ca-56784-story.html"
R7F_WEBPALS = "http://www.mswebpals.org/dipress.htm"
R7F_ARGUS = "https://www.argusleader.com/story/opinion/readers/2014/03/07/letter-help-free-the-world-of-multiple-sclerosis/6149879/"
R7F_PATRIOT = "https://www.barnstablepatriot.com/zz/timeandmoney/20200915/chronic-inflammation-and-nutritional-choices"
R7F_BARNES = "https://www.barnesandnoble.com/w/lupus-q-a-revised-and-updated-3rd-edition-robert-g-lahita/1118739060;jsessionid=78CE5E2C67F7AAABCFA43B10989487D1.prodny_store01-va10?ean=9781583335451"


class _Round7FindForm(Form):
    @property
    def part(self) -> str:
        return "round7find"


_R7F: list[Form] = []


def round7find(url, features, lines, *experts):  # noqa: ANN001, ANN201
    fid = f"t{len(_R7F) + 1:03}"
    _R7F.append(_Round7FindForm(fid, url, tuple(features.split(", ")), (PROSE, *lines), experts))


round7find(  # v01
    R7F_SPONSORED,
    "name with two credentials, role and employer, a social-media address line and a toll-free number line under it",
    [
        "Orla Brennan, RDN, LDN",
        "Corporate Dietitian, Wexley Markets",
        "facebook.com/OrlaBrennanRD",
        "800-555-0199",
    ],
    E("Orla Brennan", ("RDN", "LDN"), ("Corporate Dietitian",), "Wexley Markets"),
)
round7find(  # v23
    R7F_ALLNURSES,
    "forum reply header: a lowercase handle with ', BSN, RN', the member's post count on the next line",
    ["bluefinch, BSN, RN", "3,870 Posts"],
    E("bluefinch", ("BSN", "RN")),
)
round7find(  # v24
    R7F_ALLNURSES_2,
    "forum reply header: a handle of capitals and digits with credentials, article and post counts joined by a semicolon",
    ["NurseKay88, MSN, RN", "2 Articles; 517 Posts"],
    E("NurseKay88", ("MSN", "RN")),
)
round7find(  # v22
    R7F_THISISMS,
    "forum print view: 'Posted:' with weekday, date and time on one line, 'by' and a lowercase handle on the next",
    ["Posted: Wed Jun 11, 2009 9:02 am", "by otterpaw"],
    E("otterpaw"),
)
round7find(  # v39
    R7F_GESTES,
    "author's name with 'MS, RN, FNP' ('MS' a degree), the journal citation with year;volume(issue):pages under it",
    ["Imelda K. Sorensen, MS, RN, FNP", "Mult Scler Care. 2019;7(2):88-94."],
    E("Imelda K. Sorensen", ("MS", "RN", "FNP")),
)
round7find(  # v30
    R7F_LADY,
    "column heading: 'Dr' without a dot, a lowercase surname particle, a colon and the issue's day and month",
    ["Dr Piers de Vaux: 14 May"],
    E("Piers de Vaux"),
)
round7find(  # v07
    R7F_BRAIN_SUPPORT,
    "organiser's introduction closed by her first name alone on the last line, no mark",
    ["Ingrid"],
    E("Ingrid"),
)
round7find(  # v29
    R7F_GUARDIAN,
    "reader-problem column: the answerer's first name alone (the verb after it left out)",
    ["Matteo"],
    E("Matteo"),
)
round7find(  # v70
    R7F_COGNITIVE,
    "caregiver's guest post: the writer's accented first name alone (the verb after it left out)",
    ["Noémie"],
    E("Noémie"),
)
round7find(  # v03
    R7F_LATIMES,
    "letter to a newspaper: the writer's name in capitals on one line, the town alone on the next",
    ["SOLVEIG MARCHETTI", "Ridgecrest"],
    E("SOLVEIG MARCHETTI", (), (), None, "Ridgecrest"),
)
round7find(  # v66
    R7F_WEBPALS,
    "reader's letter: 'Mrs' with first name and surname on one line, 'District, City' on the next",
    ["Mrs Oona Pendlebury", "East Dulwich, London"],
    E("Oona Pendlebury", (), (), None, "East Dulwich, London"),
)
round7find(  # v02
    R7F_ARGUS,
    "reader letter: 'Name, lowercase role, event with year and city' on one line, no credentials",
    ["Ottilie R. Sandgren, coordinator, Walk MS 2028 Bismarck"],
    E("Ottilie R. Sandgren", (), ("coordinator",), "Walk MS 2028 Bismarck"),
)
round7find(  # v54
    R7F_PATRIOT,
    "local paper's quote without its verb: 'Name of Business, a registered dietitian'",
    ["Ilse Marwick of Kestrel Plate Nutrition, a registered dietitian"],
    E("Ilse Marwick", (), ("registered dietitian",), "Kestrel Plate Nutrition"),
)
round7find(  # v52
    R7F_BARNES,
    "'About the Author' heading, then 'Name, M.D., Ph.D., is the chairman of the Department of X at Hospital.'",
    [
        "About the Author",
        "Tobiah J. Marwick, M.D., Ph.D., is the chairman of the Department of Neurology at Kestrel Vale Medical Center.",
    ],
    E(
        "Tobiah J. Marwick",
        ("M.D.", "Ph.D."),
        ("chairman",),
        "the Department of Neurology, Kestrel Vale Medical Center",
    ),
)

FORMS = (*FORMS, *_R7F)


# -- round 7 (seg): forms of the fourth and fifth yardsticks the round's segmentation reads ------
# Both sets are now development sets: each form names the page one of their cases showed it on
# (the case id is in the comment), written again with invented people, places and organisations.
# Part "round7seg", ids s7NNN (tests/test_signature_round7_seg.py measures them).
R7S_PANEL = "https://www.mmm-online.com/home/channel/sponsored/the-evolving-and-expanding-role-of-the-np-and-pa-in-todays-healthcare-landscape/"
R7S_DIETITIAN = (
    "https://casite-498466.cloudaccess.net/opinion/item/34878-sponsored-inflammation-inquiry"
)
R7S_GUIDE = "https://alphaspecialistguide.com/category/medical-conditions/"
R7S_LADY = "https://vmbg.lady.co.uk/node/2071"
R7S_EZ = "https://ezmalaysia.news/category/medicines-sciences/ez-62-medical/"
R7S_TEAM = "https://www.mymsteam.com/news/physical-therapist-shares-exercise-tips-to-reduce-fatigue-from-ms"
R7S_REPOST = "https://gestessciatica.blogspot.com/search/label/Opioid"
R7S_TOWNHALL = (
    "https://dermcast.live/top-women-in-derm-offer-a-fresh-outlook-during-sdpa-townhall-meeting/"
)
R7S_NHS = "http://www.nhs.uk/flashcont/altflash/c_epilepsy.htm"
R7S_UROLOGY = (
    "http://www.healthawareness.co.uk/urology/good-patient-awareness-improves-urological-care"
)
R7S_SENATE = "https://www.openaustralia.org.au/senate/?id=2020-05-12.201.1"
R7S_OT = "https://www.healthcentral.com/slideshow/occupational-therapy-helps-ms-independence"


class _Round7SegForm(Form):
    @property
    def part(self) -> str:
        return "round7seg"


_R7S: list[Form] = []


def round7s(url, features, lines, *experts):  # noqa: ANN001, ANN201
    fid = f"s7{len(_R7S) + 1:03}"
    _R7S.append(_Round7SegForm(fid, url, tuple(features.split(", ")), (PROSE, *lines), experts))


round7s(  # v47
    R7S_PANEL,
    "three panellists on one line, parts joined by semicolons and a final '; and', the first with role and organisation, the others with credentials, one credential with a bracketed letter",
    [
        "Liesl Harmon, Chief Nursing Officer, CarePath; Tobias Engel, DNP, FAANP; and Mirela Dumitru, DMSc(h), PA, DFAAPA"
    ],
    E("Liesl Harmon", (), ("Chief Nursing Officer",), "CarePath"),
    E("Tobias Engel", ("DNP", "FAANP")),
    E("Mirela Dumitru", ("DMSc(h)", "PA", "DFAAPA")),
)
round7s(  # v01
    R7S_DIETITIAN,
    "dietitian's block under the answer, a social-media address and a toll-free number each on its own line",
    [
        "Ottilie Brandt, RDN, LDN",
        "Kestrel Market Dietitian",
        "instagram.com/OttilieEats",
        "877-555-0163",
    ],
    E("Ottilie Brandt", ("RDN", "LDN"), ("Kestrel Market Dietitian",)),
)
round7s(  # v09
    R7S_GUIDE,
    "role before the name with a comma, an ampersand inside the role, the centre on the next line, a 'Tel:' line",
    [
        "Consultant Vascular & Endocrine Surgeon, Dr. Hamid Zainal",
        "Seri Bayu Surgical Centre",
        "Tel: +60 3-5555 0177",
    ],
    E(
        "Hamid Zainal",
        (),
        ("Consultant Vascular & Endocrine Surgeon",),
        "Seri Bayu Surgical Centre",
    ),
)
round7s(  # v30
    R7S_LADY,
    "column heading: 'Dr' without a dot, a surname particle, a colon and the day and month with no year",
    ["Dr Cosima van Houten: 22 June"],
    E("Cosima van Houten"),
)
round7s(  # v37
    R7S_EZ,
    "'Dr Name – Role & Role' (an ampersand inside one title) and a bracketed subspecialty line under it",
    [
        "Dr Chua Kar Wai – Consultant Neurologist & Physician",
        "(Subspecialty in Neuromuscular Disease & Epilepsy)",
    ],
    E(
        "Chua Kar Wai",
        (),
        ("Consultant Neurologist & Physician", "Subspecialty in Neuromuscular Disease & Epilepsy"),
    ),
)
round7s(  # v38
    R7S_TEAM,
    "reviewer's name with 'M.D.', then a lead-in alone on its line ('Article written by') and the writer's name under it",
    ["Henrike J. Albers, M.D.", "Article written by", "Casimir Nowell"],
    E("Henrike J. Albers", ("M.D.",)),
    E("Casimir Nowell"),
)
round7s(  # v39
    R7S_REPOST,
    "author's name with 'MS, RN, FNP' ('MS' a degree), the journal citation (year;volume(issue):pages) on the next line",
    ["Pernille Vass, MS, RN, FNP", "Kestrel Journal of Primary Care Nursing. 2018;9(4):77-84."],
    E("Pernille Vass", ("MS", "RN", "FNP")),
)
round7s(  # v45
    R7S_TOWNHALL,
    "an organisation's acronym, then a role opened by a body ('Board President'), before the name and its credentials",
    ["KDPA Board President Rosalind Achterberg, MPAS, PA-C"],
    E("Rosalind Achterberg", ("MPAS", "PA-C"), ("Board President",), "KDPA"),
)
round7s(  # v50
    R7S_NHS,
    "first-person transcript opening: 'I'm Name.' then 'I'm a neurologist at Hospital.'",
    ["I'm Ewan Tregarthen. I'm a neurologist at the Fernbrook Hospital for Neurology."],
    E("Ewan Tregarthen", (), ("neurologist",), "the Fernbrook Hospital for Neurology"),
)
round7s(  # v56
    R7S_UROLOGY,
    "'Professor Name,role and role of the Association' with no space after the comma, two lower-case roles joined by 'and'",
    [
        "Professor Anselm Whitlock,consultant urological surgeon and secretary general of the Northern Association of Urology"
    ],
    E(
        "Anselm Whitlock",
        (),
        ("consultant urological surgeon", "secretary general"),
        "the Northern Association of Urology",
    ),
)
round7s(  # v58
    R7S_SENATE,
    "transcript speaker line: the name, then the state and the party in brackets",
    ["Imelda Rourke (Queensland, Coastal Alliance)"],
    E("Imelda Rourke", (), (), "Coastal Alliance", "Queensland"),
)
round7s(  # w45
    R7S_OT,
    "appositive 'a licensed OT at' (a credential as the role's noun), two institutions joined by 'and', 'in' a town, then a relative clause",
    [
        "Rune Dahlberg, a licensed OT at Elk Ridge Technical College and the University of Northmoor in Brandon, who works with people with MS"
    ],
    E(
        "Rune Dahlberg",
        (),
        ("licensed OT",),
        "Elk Ridge Technical College and the University of Northmoor",
        "Brandon",
    ),
)

FORMS = (*FORMS, *_R7S)
