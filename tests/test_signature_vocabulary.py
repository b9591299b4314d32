"""Each class of the vocabulary data file does its job (break a class and its test fails)."""

import pytest

from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature import is_sentence, parse_block, vocabulary
from msqa_scraper.extract.signature.dates import is_meta_line
from msqa_scraper.extract.signature.find import strip_lead_in
from msqa_scraper.extract.signature.vocabulary import fold


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


@pytest.mark.parametrize("role", ["Deputy CEO", "Chief Medical Officer", "Staff Epidemiologist"])
def test_acronym_and_specialist_role_heads(role):
    assert one(["Ada Quist, MD", f"{role}, Harbour Clinic"]).titles == (role,)


@pytest.mark.parametrize(
    "lead", ["Chat with", "Podcast interview with", "Guest post by", "Online Health Chat with"]
)
def test_lead_ins_after_title_case_words(lead):
    assert strip_lead_in(f"{lead} Ada Quist, MD", vocabulary())[1] == "Ada Quist, MD"


@pytest.mark.parametrize(
    "line",
    ["Staff Neurologist from Harbour Clinic", "Ada Quist, MD, Neurologist with Harbour Clinic"],
)
def test_single_word_lead_ins_need_the_line_start(line):
    # "from", "with", "by" alone are joiners inside a line, not lead-ins after a prefix.
    assert strip_lead_in(line, vocabulary()) == ("", line)


@pytest.mark.parametrize("qualified", ["BChir (Cantab)", "DPhil (Oxon)"])
def test_credential_qualifiers(qualified):
    expert = one([f"Ada Quist, MA {qualified} Chief Scientific Officer Harbour Genomics Ltd"])
    assert expert.degrees == ("MA", qualified)
    assert expert.titles == ("Chief Scientific Officer",)


def test_state_abbreviation_is_no_place_inside_an_organisation():
    expert = one(["Ada Quist, MD", "Medical Director, MS Institute at Harbour Center"])
    assert (expert.institution, expert.place) == ("MS Institute, Harbour Center", None)


def test_capital_ms_is_no_honorific():
    assert not vocabulary().is_honorific("MS")
    assert vocabulary().is_honorific("Ms.")


@pytest.mark.parametrize(
    ("lines", "place"),
    [
        (["Ada Quist, MD", "Harbour Clinic", "Seattle, WA 98101"], "Seattle, WA 98101"),
        (
            ["Ada Quist, MD", "Harbour Clinic", "12 Quay Street, Floor 3", "Hull, UK"],
            "12 Quay Street, Floor 3, Hull, UK",
        ),
    ],
)
def test_postcodes_and_addresses_stay_in_the_place(lines, place):
    expert = one(lines)
    assert (expert.institution, expert.place) == ("Harbour Clinic", place)


@pytest.mark.parametrize(
    "bio",
    [
        "Lena Holm, MD, is a neurologist at Harbour Clinic.",
        "Lena Holm, MD, recommends rest.",
        "Dr. Holm agrees.",
    ],
)
def test_sentence_verbs_with_a_full_stop_make_a_sentence(bio):
    assert is_sentence(bio)
    assert parse_block(["Keep a diary.", bio]) == []


@pytest.mark.parametrize("cred", ["RGN", "MCSP", "PGDip", "MRCPsych", "AGNP-C", "BScN"])
def test_uk_and_nursing_credentials(cred):
    assert one([f"Ada Quist, {cred}, MSc"]).degrees == (cred, "MSc")


@pytest.mark.parametrize("sep", [" | ", " \u2022 ", " \u00b7 "])
def test_web_separators_part_a_line(sep):
    expert = one([f"Ada Quist, MD{sep}Staff Neurologist{sep}Harbour Clinic"])
    assert (expert.degrees, expert.titles, expert.institution) == (
        ("MD",),
        ("Staff Neurologist",),
        "Harbour Clinic",
    )


@pytest.mark.parametrize(
    "label", ["Presenters:", "Authors:", "Guest contributor:", "Reviewer \u2013"]
)
def test_label_words(label):
    v = vocabulary()
    assert strip_lead_in(f"{label} Ada Quist, MD", v)[1] == "Ada Quist, MD"


def test_a_label_outside_the_class_is_text():
    # "Chapter News:" ends in no label word: it is no lead-in (the line is no signature either)
    assert strip_lead_in("Chapter News: Ada Quist, MD", vocabulary())[0] == ""


@pytest.mark.parametrize("article", ["a", "an", "the"])
def test_articles(article):
    assert article in vocabulary().articles
    line = f"Ada Quist, MD, {article} neurologist at Harbour Clinic"
    assert one([line]).titles == ("neurologist",)


@pytest.mark.parametrize("connector", ["for", "to"])
def test_role_org_connectors(connector):
    expert = one([f"Ada Quist, Senior Adviser {connector} the Harbour MS Society"])
    assert (expert.titles, expert.institution) == (("Senior Adviser",), "the Harbour MS Society")


def test_a_role_org_connector_without_an_organisation_stays_in_the_role():
    assert one(["Ada Quist, MD", "Associate Dean for Clinical Research"]).titles == (
        "Associate Dean for Clinical Research",
    )


@pytest.mark.parametrize("opener", ["specializing", "focusing", "based"])
def test_clause_openers(opener):
    expert = one([f"Ada Quist, MD, Staff Neurologist, {opener} in MS, at Harbour Clinic"])
    assert (expert.titles, expert.institution) == (("Staff Neurologist",), "Harbour Clinic")


@pytest.mark.parametrize("head", ["Officer", "Manager", "Worker", "Secretary", "Candidate"])
def test_head_nouns_make_a_role_of_any_modifiers(head):
    expert = one([f"Ada Quist, MD, Patient Outreach {head}, Harbour Clinic"])
    assert expert.titles == (f"Patient Outreach {head}",)


@pytest.mark.parametrize("word", ["News", "Press", "Media"])
def test_news_organisation_heads_are_no_names(word):
    assert parse_block([f"Valley {word}"]) == []


@pytest.mark.parametrize("role", ["MS Nurse Specialist", "MS Nurse", "ALS Specialist"])
def test_condition_words_before_a_role_are_no_degree(role):
    expert = one([f"Ms Ada Quist, {role}, Harbour Hospital"])
    assert (expert.degrees, expert.titles) == ((), (role,))


def test_a_condition_word_alone_after_a_name_is_a_degree():
    assert one(["Ada Quist, RN, MS, MSCN"]).degrees == ("RN", "MS", "MSCN")


def test_a_credential_with_its_specialty_in_brackets():
    expert = one(["Dr. A. Quist, MBBS, FCPS (Neurology), Consultant, Harbour Hospital"])
    assert (expert.degrees, expert.titles) == (("MBBS", "FCPS (Neurology)"), ("Consultant",))


def test_german_doctor_of_medicine_honorific():
    assert one(["Prof. Dr. med. Ada Quist, Harbour Klinikum"]).name == "Ada Quist"


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("Posted on Feb. 3, 2019", True),  # months (abbreviated) and metadata_leads
        ("Tuesday, 4 June 2024 at 9:15 AM", True),  # weekdays and a time
        ("12 min read", True),  # time_units
        ("2 days ago", True),  # time_units, in a relative date
        ("a month ago", True),
        ("Ago Tamm, MD", False),
        ("Filed under: Treatment", True),  # metadata_labels
        ("Category | Permalink", True),
        ("April Kowalski", False),  # a month without a number is a name
        ("Date Tanaka, MD", False),  # a label needs its colon
    ],
)
def test_date_and_metadata_words(line, meta):
    assert is_meta_line(line, vocabulary()) is meta


def _answer(*lines, prose=("Ask your neurologist about this at your next visit.",)):
    from msqa_scraper.extract.experts import attribute
    from msqa_scraper.extract.signature import SigLine

    head = [SigLine(p, para_start=True) for p in prose]
    return attribute([*head, *[SigLine(t, para_start=i == 0) for i, t in enumerate(lines)]])


@pytest.mark.parametrize("wish", ["Wish you good health.", "Get well soon!", "Hope this helps."])
def test_wish_openers(wish):
    # A closing wish over an honorific'd name vouches for the sign-off under it.
    assert fold(wish.split()[0]) in vocabulary().wish_openers
    found = _answer("Dr. Ada Quist.", "Neurology.", prose=("Rest when you can.", wish))
    assert [e.name for e in found.experts] == ["Ada Quist"]
    assert found.start == 2


@pytest.mark.parametrize("descriptor", ["person with MS", "living with MS", "carer"])
def test_person_descriptors(descriptor):
    # A quoted member's given name, then how they are described: the descriptor is the title.
    assert fold(descriptor.split()[0]) in vocabulary().person_descriptors
    assert _answer(f"Rhiannon, {descriptor}").experts[0].titles == (descriptor,)


@pytest.mark.parametrize("label", ["Correspondence Address:", "Address for correspondence:"])
def test_correspondence_labels(label):
    assert strip_lead_in(f"{label} Ada Quist, MD", vocabulary())[1] == "Ada Quist, MD"


@pytest.mark.parametrize("lead", ["Response provided by", "Answer provided by", "Reply from"])
def test_provided_by_lead_ins(lead):
    assert strip_lead_in(f"{lead} Dr. A. Quist", vocabulary())[1] == "Dr. A. Quist"


@pytest.mark.parametrize("noun", ["Vitamin", "Plan", "Type", "Team"])
def test_heading_nouns_before_a_letter_are_no_given_name(noun):
    assert _answer(f"{noun} D", prose=("Rest when you can.", "Take care!")).experts == []


@pytest.mark.parametrize("mark", ["(left to right):", "(l-r):", "Pictured:"])
def test_caption_marks(mark):
    lead, rest = strip_lead_in(f"{mark} Ada Quist, MD; Ben Quist, DO", vocabulary())
    assert lead.strip() == mark and rest == "Ada Quist, MD; Ben Quist, DO"


@pytest.mark.parametrize("role", ["Senator", "Mayor", "Councillor"])
def test_political_role_heads_before_a_name(role):
    assert one([f"{role} Ada Quist"]).titles == (role,)


def test_disciplines():
    # A discipline heading on its own line under the name is the expert's field (a panel's form).
    assert vocabulary().is_discipline(["Occupational", "Therapy"])
    expert = one(["Ada Quist, OT", "Occupational Therapy", "Harbour University"])
    assert (expert.titles, expert.institution) == (("Occupational Therapy",), "Harbour University")


def test_role_postmodifiers():
    # Lower-case adjectives that follow a Romance role's head: no role, no body of their own.
    v = vocabulary()
    assert "pediátrica" in v.role_postmodifiers
    for word in v.role_postmodifiers:
        assert word.islower() and not v.is_role_word(word) and word not in v.org_heads
    assert one(["Ada Quist, neuróloga pediátrica"]).titles == ("neuróloga pediátrica",)


def test_membership_heads():
    # A membership's object is the organisation the expert belongs to.
    expert = one(["Ada Quist, MD, Trustee of the Kestrel MS Society"])
    assert (expert.titles, expert.institution) == (("Trustee",), "the Kestrel MS Society")


def test_membership_bodies():
    # ... unless it names a body of one, which keeps the title whole.
    expert = one(["Ada Quist, MD, Member of the Scientific Committee, Kestrel MS Society"])
    assert (expert.titles, expert.institution) == (
        ("Member of the Scientific Committee",),
        "Kestrel MS Society",
    )


def test_plural_honorifics():
    # "Drs. A and B": an honorific in the plural vouches for every name after it.
    experts = parse_block(["Drs. Ada Quist and Ben Ruiz, Harbour Clinic"])
    assert [e.name for e in experts] == ["Ada Quist", "Ben Ruiz"]


@pytest.mark.parametrize("disease", ["Multiple Sclerosis", "Motor Neurone Disease", "MS"])
def test_condition_names_make_a_role_object_the_institution(disease):
    # "secretary of MS Penang": an organisation named for the disease employs; its field does not
    expert = one([f"Ada Quist, Chief Executive of {disease} Harbourshire"])
    assert (expert.titles, expert.institution) == (
        ("Chief Executive",),
        f"{disease} Harbourshire",
    )
    assert vocabulary().names_condition(disease.split()) == len(disease.split())


@pytest.mark.parametrize(
    "credit", ["Picture supplied", "Photo courtesy of Lark Media.", "Image credit"]
)
def test_picture_credits_end_a_caption(credit):
    # Round 6: a photo credit after a caption line goes with the block, no part of the expert.
    result = _answer(f"Dr Ada Quist, Neurologist. {credit}")
    assert result.experts == [Expert("Ada Quist", (), ("Neurologist",), None, None)]


@pytest.mark.parametrize("note", ["(by attribution)", "(attributed)"])
def test_attribution_notes_are_no_experts(note):
    assert _answer(f"-R. Ada Quist {note}").experts[0].name == "R. Ada Quist"


@pytest.mark.parametrize("word", ["Affiliations", "Affiliation"])
def test_affiliation_label_words_run_on_before_an_organisation(word):
    lead, rest = strip_lead_in(f"{word} Department of Neurology, Harbour University", vocabulary())
    assert lead.strip() == word and rest.startswith("Department of Neurology")


@pytest.mark.parametrize("role", ["Dietician", "Writer", "Commentator"])
def test_round6_role_heads(role):
    assert vocabulary().is_head_noun(role) and vocabulary().is_head_noun(role.lower())


@pytest.mark.parametrize("lead", ["Ditulis oleh", "Disemak oleh", "Disemak secara perubatan oleh"])
def test_malay_lead_ins(lead):
    # Round 6: "written by", "reviewed by", "medically reviewed by" in Malay.
    assert strip_lead_in(f"{lead} Siti Aminah Rahim", vocabulary())[1] == "Siti Aminah Rahim"


def test_malay_metadata_lead_and_panel_organisation_head():
    from msqa_scraper.extract.signature.dates import cut_meta

    v = vocabulary()
    assert cut_meta("Siti Aminah Rahim \u00b7 Disemak pada 14/06/2021", v) == "Siti Aminah Rahim"
    assert "Panel" in v.org_lead_heads
    assert _answer("Medically reviewed by Panel of Kestrel Health Editors").experts == []


@pytest.mark.parametrize(
    "ending",
    ["Best wishes, Helpline Team", "Community Fundraising Manager, Kestrel MS Society"],
)
def test_not_person_words_name_no_one(ending):
    # Round 6: a collective or a role's field read as a name is no person.
    assert {"Team", "Fundraising"} <= vocabulary().not_person_words
    assert _answer(ending).experts == []


@pytest.mark.parametrize(("stat", "line"), [("posts", "2,114 Posts"), ("articles", "3 Articles")])
def test_round7_member_stats(stat, line):
    # Round 7 (find): a forum member's profile counts are page furniture, no expert's part.
    from msqa_scraper.extract.signature.find import _noise_line

    assert stat in vocabulary().member_stats and _noise_line(line, vocabulary())


def test_round7_social_sites_label_a_handle():
    from msqa_scraper.extract.signature.find import _noise_line

    assert {"twitter", "instagram"} <= vocabulary().social_sites
    assert _noise_line("Instagram: @kestrel_rd", vocabulary())
    assert not _noise_line("Harbour: @", vocabulary())


def test_round7_handle_stopwords():
    assert {"admin", "moderator", "guest"} <= vocabulary().handle_stopwords


def test_round7_social_honorifics_sign_a_letter_with_an_address():
    # Round 7 (find): "Mrs Name" over "District, City" is a reader's letter; "Dr" is not social.
    v = vocabulary()
    assert {"mrs", "mr", "ms", "miss"} <= v.social_honorifics and "dr" not in v.social_honorifics
    from msqa_scraper.extract.experts import attribute
    from msqa_scraper.extract.signature import SigLine

    prose = SigLine("The charities fill the gaps that nobody else will.", para_start=True)
    sig = [SigLine("Mrs Oona Pendlebury", para_start=True), SigLine("East Dulwich, London")]
    assert attribute([prose, *sig]).experts[0].place == "East Dulwich, London"


def test_round7_bio_headings_and_copulas():
    # Round 7 (find): "About the Author" over "Name, MD, is the chair of ..." is the block.
    from msqa_scraper.extract.experts import attribute
    from msqa_scraper.extract.signature import SigLine

    v = vocabulary()
    assert "about the author" in v.bio_headings and "is" in v.bio_copulas
    prose = SigLine("This guide answers the questions patients ask most.", para_start=True)
    sig = [
        SigLine("Meet the Expert", para_start=True),
        SigLine("Hana Ostrova, MD, is a neurologist at Kestrel Vale Hospital."),
    ]
    assert [e.name for e in attribute([prose, *sig]).experts] == ["Hana Ostrova"]


# -- round 7 (seg) --------------------------------------------------------------------------------
@pytest.mark.parametrize("opener", ["I'm", "I’m", "I am", "My name is", "Hi, I'm"])
def test_self_introductions_open_a_bio(opener):
    # Round 7: "I'm Name. I'm a neurologist at X.": the opener is no part of the name.
    assert fold(opener) in vocabulary().self_introductions
    got = parse_block([f"{opener} Ilse Brandvold, a neurologist at Kestrel Clinic."])
    assert [e.name for e in got] == ["Ilse Brandvold"]


@pytest.mark.parametrize("verb", ["is", "was", "serves as"])
def test_bio_verbs_join_a_name_to_its_role(verb):
    assert verb in vocabulary().bio_verbs
    got = parse_block([f"Dr. Ilse Brandvold {verb} the medical director of Kestrel Clinic."])
    assert [(e.name, e.titles) for e in got] == [("Ilse Brandvold", ["medical director"])]


@pytest.mark.parametrize("opener", ["She is", "He is", "I'm", "She’s"])
def test_bio_continuations_add_a_role(opener):
    v = vocabulary()
    assert fold(opener) in v.bio_continuations
    got = parse_block([f"Ilse Brandvold, MD, is a neurologist. {opener} the liaison for MS Vale."])
    assert [(e.titles, e.orgs) for e in got] == [(["neurologist", "liaison"], ["MS Vale"])]


@pytest.mark.parametrize("role", ["Liaison", "Advocate"])
def test_round7_role_heads(role):
    assert vocabulary().is_head_noun(role) and vocabulary().is_head_noun(role.lower())


@pytest.mark.parametrize("label", ["Email", "E-mail", "Tel.", "Phone", "Fax", "Website"])
def test_contact_labels_mark_contact_data(label):
    # Round 7: "Tel: +44 20 5550 1234" under a name is contact data, no field.
    assert fold(label).rstrip(".") in vocabulary().contact_labels
    got = parse_block(["Ilse Brandvold, RD", "Kestrel Hospital", f"{label}: +44 20 5550 1234"])
    assert [(e.name, e.orgs, e.places) for e in got] == [
        ("Ilse Brandvold", ["Kestrel Hospital"], [])
    ]


def test_round7_federation_is_an_organisation_head():
    # "secretary general of the Northern Federation of Neurology": the object names a body
    assert "Federation" in vocabulary().org_heads
