"""Attributions inside the answer's last prose paragraph, round 19 (signature/mention.py).

Each test names the development-set case whose real page shows the form
(tests/data/signature_eval_cases_N.json) and that page's site; every person, organisation and
town here is invented. The frame words are data (data/mention_frames.json).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from signature_helpers import E, found

from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature import SigLine
from msqa_scraper.extract.signature.mention import frames, read_mention

PROSE = "Heat often brings symptoms back for a while; a cool shower usually helps."


def read(*last: str) -> Expert | None:
    """The expert read from an answer of one prose line and then the ``last`` lines."""
    lines = [SigLine(PROSE, para_start=True), *(SigLine(t, para_start=True) for t in last)]
    got = read_mention(lines)
    return got.expert if got else None


# -- openers, interviews, articles -------------------------------------------------------------
def test_according_to_right_after_a_closing_quotation():  # od40 (set 29), dawn.com
    line = (
        "\u201cFew clinics in the region can run the tests that MS needs,\u201d according to"
        " Dr Hamid Rauf, president of the Brain Health Trust (BHT)."
    )
    assert read(line) == E(
        "Hamid Rauf", titles=["president"], institution="the Brain Health Trust (BHT)"
    )


def test_we_spoke_with_a_long_appositive_then_about():  # oc01 (set 28), parkinson.org
    line = (
        "We spoke with Odile Marchetti, MD, Assistant Professor of Neurology in the Division"
        " of Movement Disorders at Harlow Grove Hospital in Easton, about how such a specialist"
        " can help people and their families plan ahead."
    )
    assert read(line) == E(
        "Odile Marchetti",
        ["MD"],
        ["Assistant Professor of Neurology in the Division of Movement Disorders"],
        "Harlow Grove Hospital",
        "Easton",
    )


def test_the_sentences_article_is_no_part_of_the_role():  # ob26 (set 27), westafricanpilotnews
    line = (
        "The secretary Riverland Society of Neurology (RSN), Prof.Tunde Bakare, who spoke in"
        " Ilorin during a walk, said early care keeps people working."
    )
    got = read(line)
    assert got is not None and got.titles == ("secretary",)


def test_spanish_el_before_a_role_first_subject():  # o23 (set 26), 103news.com
    line = (
        "El jefe del servicio de Neurología del Hospital San Crispín, Rodrigo Almagro explica"
        " para un diario local que «el premio reconoce años de trabajo»."
    )
    got = read(line)
    assert got is not None and got.name == "Rodrigo Almagro"
    assert got.titles == ("jefe del servicio de Neurología",)


# -- a role before the name, the subject of a reporting verb ---------------------------------
def test_spanish_lower_case_role_with_article_then_explico_que():  # o03 (set 26), esclerosis blog
    line = "En la sesión de la mañana, el urólogo Hugo Lastra Peñalver explicó que hay opciones."
    assert read(line) == E("Hugo Lastra Peñalver", titles=["urólogo"])


def test_spanish_role_before_name_considera_que():  # oc31 (set 28), larepublica.pe
    line = "Sin embargo, el neurólogo Arturo Villanueva considera que la cifra es mayor."
    assert read(line) == E("Arturo Villanueva", titles=["neurólogo"])


def test_german_town_adjective_role_honorific_erlaeutert():  # od11 (set 29), neurologen-magazin
    line = "Die Berliner Neurologin Dr. Katja Brandstätter erläutert, wie es dazu kommt."
    assert read(line) == E("Katja Brandstätter", titles=["Neurologin"])


def test_an_honorific_opens_a_person_never_an_employer_or_a_place():  # od11's form, an appositive
    line = "Die Berliner Neurologin Dr. Katja Brandstätter, Leiterin der Ambulanz, erläutert, wie."
    assert read(line) == E("Katja Brandstätter", titles=["Neurologin", "Leiterin der Ambulanz"])
    line = "Die Berliner Neurologin Dr. Katja Brandstätter, MD, erläutert, wie es dazu kommt."
    assert read(line) == E("Katja Brandstätter", ["MD"], ["Neurologin"])


def test_a_town_adjective_needs_a_known_town():  # "Hausärztin" is no town's
    line = "Die erfahrene Neurologin Dr. Katja Brandstätter erläutert, wie es dazu kommt."
    got = read(line)
    assert got is not None and got.name == "Katja Brandstätter"


# -- an appositive no comma closes, ended by the sentence's verb ------------------------------
def test_dr_name_role_at_org_teaches_that():  # oc02 (set 28), a retired neurologist's blog
    line = (
        "Dr. Helga M. Strand, Director of the Movement Clinic at the University of Oakridge"
        " Children's Hospital teaches that genetics belongs in most diagnoses now."
    )
    assert read(line) == E(
        "Helga M. Strand",
        titles=["Director of the Movement Clinic"],
        institution="the University of Oakridge Children's Hospital",
    )


def test_name_role_for_areas_has_a_message():  # oc08 (set 28), a charity's branch copy
    line = "Moira Kerr-Dalby, Director for Care & Research has the following message for every local group:"
    assert read(line) == E("Moira Kerr-Dalby", titles=["Director for Care & Research"])


def test_time_phrase_then_dr_name_possessive_role_was():  # l13 (set 25), prnewswire.com
    line = (
        "Last month Dr. Cyril Ambrose, the Society's Chief Medical Officer was among the"
        " speakers at a national meeting on brain health."
    )
    assert read(line) == E("Cyril Ambrose", titles=["Chief Medical Officer"], institution="Society")


def test_an_unclosed_appositive_in_a_patients_story_reads_nothing():
    line = "My neurologist, Dr. Helga Strand at Oakridge Hospital was kind about the scan."
    assert read(line) is None


def test_an_unclosed_appositive_needs_a_role_or_employer():
    assert read("Helga Strand, Tom Baker and Ann Lee were at the meeting last week.") is None


# -- a vocative question, thanks, a list of people ---------------------------------------------
def test_vocative_question_to_professor_name_role_at_org():  # od30 (set 29), an Italian news site
    line = (
        "Professor Livia Santoro, neurologist at San Teodoro Hospital, how many people live"
        " with MS in the region today?"
    )
    assert read(line) == E(
        "Livia Santoro", titles=["neurologist"], institution="San Teodoro Hospital"
    )


def test_a_bare_vocative_reads_nothing():  # no role, no credentials: anyone may be asked
    assert read("Dr. Livia Santoro, what should people know about fatigue?") is None


def test_a_patients_vocative_reads_nothing():
    line = "Dr. Livia Santoro, neurologist at San Teodoro Hospital, could you look at my scan?"
    assert read(line) is None


def experts(*last: str) -> list[Expert]:
    lines = [SigLine(PROSE, para_start=True), *(SigLine(t, para_start=True) for t in last)]
    got = read_mention(lines)
    return got.experts if got else []


def test_many_thanks_to_a_list_of_names_for_contributing():  # od35 (set 29), acnr.co.uk
    line = (
        "Many thanks to Ruth Calloway, Aled Pryce, Bronwen Skeet and Martin Oduya for"
        " contributing to this article."
    )
    assert experts(line) == [
        E("Ruth Calloway"),
        E("Aled Pryce"),
        E("Bronwen Skeet"),
        E("Martin Oduya"),
    ]


def test_thanks_to_dr_name_role_at_org_for_reviewing():  # the thanks frame with an appositive
    line = "Thanks to Dr. Mara Quist, neurologist at Fenwick Hospital, for reviewing this answer."
    assert experts(line) == [
        E("Mara Quist", titles=["neurologist"], institution="Fenwick Hospital")
    ]


def test_a_list_of_names_needs_mostly_known_given_names():  # the list vouches for the rest
    line = "Many thanks to Bexley Tamm, Corran Ellery and Priya Lennox for providing the rooms."
    assert experts(line) == []


def test_thanks_for_something_given_or_to_organisations_read_nothing():
    assert experts("Many thanks to Dr. Mara Quist for the lovely flowers.") == []
    assert experts("Many thanks to Ann Lee and Tom Baker for the lovely flowers.") == []
    assert experts("Thanks to the MS Society and Fenwick University Center for providing it.") == []
    assert experts("Many thanks to Mara Quist, Zofia Baker and the MS Society for writing.") == []
    assert experts("Many thanks to Dr Quist for sharing her time with us.") == []  # a surname
    assert experts("Thanks to Dr. Mara Quist for answering my question so quickly.") == []


def test_team_list_between_semicolons_after_include():  # l35 (set 25), a university release
    line = (
        "Other faculty on the study include Ines Varga, Ph.D., associate professor in the"
        " department of cell biology; Dr. Omar Haddad, associate professor in the department"
        " of neurology; and Lise Brandt, Ph.D., associate professor in the department of"
        " pharmacology."
    )
    assert experts(line) == [
        E("Ines Varga", ["Ph.D."], ["associate professor in the department of cell biology"]),
        E("Omar Haddad", titles=["associate professor in the department of neurology"]),
        E("Lise Brandt", ["Ph.D."], ["associate professor in the department of pharmacology"]),
    ]


def test_speakers_were_a_semicolon_list():  # l17 (set 25), a regional MS society magazine
    line = (
        "Speakers at the meeting were Hana Ostrova, Ph.D.; Teodor Lind, M.D., Professor of"
        " Neurology and Director of the Fenwick MS Center; and Gwen Arliss, an MS activist"
        " living with progressive MS."
    )
    got = experts(line)
    assert [e.name for e in got] == ["Hana Ostrova", "Teodor Lind", "Gwen Arliss"]
    assert got[1].titles == ("Professor of Neurology", "Director of the Fenwick MS Center")


def test_a_semicolon_list_reads_everyone_or_no_one():
    line = (
        "Speakers were Dr. Omar Haddad, neurologist at Fenwick Hospital; the MS Society;"
        " and Lise Brandt, Ph.D., professor of pharmacology."
    )
    assert experts(line) == []


def test_a_semicolon_list_of_things_reads_nothing():
    line = "Symptoms include fatigue; numbness in the hands; and trouble with balance."
    assert experts(line) == []


# -- a verb that opens the sentence; a reader's letter signed at the line's end --------------
def test_says_role_name_then_the_quotation():  # oc27 (set 28), an MS news archive
    line = 'Says chief executive, Morven Tulloch, "We want to reach more people than ever before."'
    assert read(line) == E("Morven Tulloch", titles=["chief executive"])


def test_an_opening_verb_needs_a_quotation():
    assert read("Says chief executive, Morven Tulloch, that the year went well.") is None


def test_letter_signed_name_comma_town_on_the_last_line():  # od32 (set 29), a German newspaper
    line = "Auch diese Familie wird es schaffen, da bin ich sicher. Gisela Hartmann, Bernkastel"
    assert read(line) == E("Gisela Hartmann", place="Bernkastel")


def test_letter_signed_name_town_and_state_in_brackets():  # j30 (set 16), a readers' page
    line = "A little patience before calling an ambulance would help. Nora Platt, Yarrabee (Qld)"
    assert read(line) == E("Nora Platt", place="Yarrabee (Qld)")


def test_a_bracket_that_is_no_state_is_no_place():
    assert read("A little patience would help. Nora Platt, Yarrabee (see below)") is None


def test_a_name_and_town_on_a_line_of_their_own_is_the_finders():  # signature_forms f038
    assert read("Gisela Hartmann, Bernkastel") is None


def test_a_name_then_a_role_or_a_day_is_no_letters_town():
    assert read("Wir sehen uns bald. Gisela Hartmann, Neurologin") is None
    assert read("Wir sehen uns bald. Gisela Hartmann, Tuesday") is None
    assert read("Wir sehen uns bald. Gisela Hartmann, Wittlich.") is None  # a sentence's stop


# -- a presenter talks with the expert; a text presented with its author ----------------------
def test_german_presenter_spricht_mit_prof_name_role_am_org_ueber():  # od12 (set 29), a TV page
    line = (
        "Jonas Feld spricht mit Prof. Dora Wendling, Chefärztin der Neurologie am Klinikum"
        " Talheim-Nord, über die Krankheit und ihre Behandlung."
    )
    assert read(line) == E(
        "Dora Wendling", titles=["Chefärztin der Neurologie"], institution="Klinikum Talheim-Nord"
    )


def test_interesting_article_by_name_role_at_org_and_colleagues():  # l26 (set 25), a digest
    line = (
        "Source: a weekly. Interesting article by Corin Ashby, consultant neurologist at"
        " Redbrook University Hospital and colleagues describe remote MS clinics. Read on."
    )
    assert read(line) == E(
        "Corin Ashby", titles=["consultant neurologist"], institution="Redbrook University Hospital"
    )


def test_article_in_the_outlet_by_name_published():  # ob14 (set 27), a patient-group blog
    line = "Interesting article in the Marsden Courier by Elsa Varley published on the 9th May."
    assert read(line) == E("Elsa Varley", institution="Marsden Courier")


def test_said_sheikh_name_the_honorific_is_no_name():  # f22 (set 22), a Gulf daily's report
    line = (
        '"We will work together for better care," said Sheikh Khalid bin Omar bin Saif,'
        " Member of the Al Noor Executive Council."
    )
    assert read(line) == E(
        "Khalid bin Omar bin Saif", titles=["Member of the Al Noor Executive Council"]
    )


def test_panel_moderated_by_name_role_for_acronym():  # f21 (set 22), a Gulf daily's report
    line = "Panel discussion at the charity's launch moderated by Noura Al Hadi, MS Ambassador for NMSU."
    assert read(line) == E("Noura Al Hadi", titles=["MS Ambassador for NMSU"])


def test_pointing_to_a_text_or_a_study_by_someone_reads_nothing():
    assert read("Read the article by Dr. Elsa Varley, neurologist at Fenwick Hospital.") is None
    assert read("A new study by Dr. Elsa Varley shows that fatigue is common.") is None
    assert read("I loved the article by Elsa Varley about pacing.") is None
    assert read("My favourite article by Elsa Varley, a nurse at Fenwick Hospital.") is None


# -- an organisation before a lower-case role; a role first, the name between commas --------
def test_org_name_then_lower_case_role_before_the_name():  # o06 (set 26), freedom2live.com.au
    line = "MS Northvale chief executive, Priya Hallett said most people know little about MS."
    assert read(line) == E("Priya Hallett", titles=["chief executive"], institution="MS Northvale")


def test_role_of_an_acronym_the_acronym_is_the_employer():  # oc39 (set 28), an institute's news
    line = "Leela Prabhu, chairperson of MSKT, said a new clinic will open soon."
    assert read(line) == E("Leela Prabhu", titles=["chairperson"], institution="MSKT")


def test_role_of_the_disease_is_one_role():
    line = "Leela Prabhu, Professor of MS, said a new clinic will open soon."
    got = read(line)
    assert got is None or got.institution is None


def test_a_capitalised_role_word_before_a_role_is_no_organisation():
    line = "Senior Consultant neurologist, Priya Hallett said most people know little about MS."
    got = read(line)
    assert got is not None and got.institution is None


def test_the_role_for_areas_then_name_between_commas_will_talk():  # oc09 (set 28), local paper
    line = (
        "The MS Nurse for Arden and Loch Vale, Fiona Tennant, will talk about new local"
        " services for people with MS."
    )
    assert read(line) == E("Fiona Tennant", titles=["MS Nurse for Arden and Loch Vale"])


def test_a_description_before_the_name_is_no_role():
    assert read("The oldest member, Fiona Tennant, will cut the cake.") is None


def test_a_phrase_or_an_organisation_before_the_name_reads_nothing():
    assert read("After the long meeting, Morag Tennant, went home to rest.") is None
    assert read("The MS Society, Morag Tennant, will talk about it.") is None


# -- a passive report, a prize awarded ----------------------------------------------------------
def test_dr_name_of_org_is_quoted_in_the_pieces_above():  # oc32 (set 28), a charity blog
    line = "Dr Imelda Rourke of the Harbour MS Trust is quoted in several of the pieces above."
    assert read(line) == E("Imelda Rourke", institution="the Harbour MS Trust")


def test_an_organisation_or_a_bare_name_quoted_reads_nothing():
    assert read("The MS Society is quoted in several of the pieces above.") is None
    assert read("Imelda Rourke is quoted in several of the pieces above.") is None


def test_prize_awarded_to_name_degree_named_chair_with_university():  # l38 (set 25), a release
    line = (
        "The academy is awarding this year's prize for MS research to Stellan J. Horne, MD,"
        " Ada and Carl Wessel Professor of Neurology with the University of Brookmere."
    )
    assert read(line) == E(
        "Stellan J. Horne",
        ["MD"],
        ["Ada and Carl Wessel Professor of Neurology"],
        "the University of Brookmere",
    )


def test_a_readers_own_award_reads_nothing():
    line = "I gave the award to Dr. Stellan Horne, neurologist at Brookmere Hospital."
    assert read(line) is None


# -- organisation and role before the honorific ------------------------------------------------
def test_org_role_honorific_name_addresses_questions():  # i18 (set 24), a neurology practice
    line = (
        "As part of our Ask the Expert series, Harbourside Neurology neurologist Dr. Anil"
        " Menon addresses commonly asked questions about optic neuritis."
    )
    assert read(line) == E(
        "Anil Menon", titles=["neurologist"], institution="Harbourside Neurology"
    )


def test_role_honorific_name_then_a_verb_opens_the_sentence():  # l28 (set 25), an MS charity
    line = "Consultant neurologist Dr Amara Eze-Pollard addressed MPs about the lack of MS nurses."
    assert read(line) == E("Amara Eze-Pollard", titles=["Consultant neurologist"])


def test_article_role_honorific_name_then_a_verb():  # d28's form (set 20), a physio blog
    line = "Der Physiotherapeut Dr. Lennart Voss hat dieses Programm maßgeblich gestaltet."
    assert read(line) == E("Lennart Voss", titles=["Physiotherapeut"])


def test_a_bare_role_name_sentence_before_fragments():  # d40 (set 20), a course provider's news
    line = "Mediziner Jonas Reiter. Jung, dynamisch, vielseitig, sportlich."
    assert read(line) == E("Jonas Reiter", titles=["Mediziner"])


def test_dateline_role_body_town_honorific_name_on_a_day_said():  # od39 (set 29), a PK aggregator
    line = (
        "Lahore: Senior Neurologist Ravi Medical Centre (RMC) Lahore Dr Nadeem Aslam Butt on"
        " Monday said the disease mostly affects young adults."
    )
    assert read(line) == E(
        "Nadeem Aslam Butt",
        titles=["Senior Neurologist"],
        institution="Ravi Medical Centre (RMC)",
        place="Lahore",
    )


def test_role_honorific_name_with_a_copula_is_a_bio_about_them():  # h55 (set 1), a negative
    line = "Associate Professor Amara Pollard is the Director of the Eastfield MS Data Trust."
    assert read(line) is None


def test_capitalised_words_before_an_honorific_without_a_role_read_nothing():
    line = "As part of our series, Harbourside Gardens Dr. Anil Menon addresses asked questions."
    assert read(line) is None


def test_possessive_university_before_two_honorifics_said_that():  # od37 (set 29), dawn.com
    line = (
        "At a press conference for World MS Day, Ravi Valley University's Prof Dr Imran Aziz"
        " Sheikh said that one person in 100,000 has the disease."
    )
    assert read(line) == E("Imran Aziz Sheikh", institution="Ravi Valley University")


def test_credit_naming_people_in_brackets():  # l10 (set 25), a patient charity's blog
    line = (
        "The first draft was written by staff of the member charities (Alma Reyes, Gideon"
        " Marsh, Kasia Wolny) and then reviewed by outside experts."
    )
    assert experts(line) == [E("Alma Reyes"), E("Gideon Marsh"), E("Kasia Wolny")]


def test_a_credit_bracket_of_other_things_reads_nothing():
    line = "This leaflet was written by the nurses (see page 4, Fatigue and Sleep) last year."
    assert experts(line) == []


def test_we_welcomed_back_two_roles_joined_before_the_name():  # ob03 (set 27), a webinar page
    line = (
        "In May we welcomed back, registered Dietitian and Oakfield Wellbeing Programme"
        " Facilitator Karen Oduya, giving you the chance to ask her about the eating plan."
    )
    assert read(line) == E(
        "Karen Oduya", titles=["registered Dietitian", "Oakfield Wellbeing Programme Facilitator"]
    )


def test_two_things_joined_before_a_name_are_no_roles():
    line = "In May we welcomed back, fresh bread and good coffee Karen Oduya, giving you a treat."
    assert read(line) is None


# -- more openers: Indonesian "menurut", French "les explications du" ----------------------------
def test_indonesian_menurut_two_honorifics_specialist_suffix_dari():  # od26 (set 29), a daily
    line = (
        "Menurut Dr. dr. Budi S. Hartono, SpS dari RS Sehat Sentosa Bandung mengatakan"
        " penyakit ini jarang."
    )
    assert read(line) == E("Budi S. Hartono", ["SpS"], institution="RS Sehat Sentosa Bandung")


def test_french_les_explications_du_professeur():  # od28 (set 29), a Swiss health site
    line = "Les explications du professeur Aurèle Jaquet, neurologist at Vevey University Hospital."
    assert read(line) == E(
        "Aurèle Jaquet", titles=["neurologist"], institution="Vevey University Hospital"
    )


def test_italian_elided_articles_in_the_role_and_the_institute():  # o14 (set 26), ilmessaggero
    line = (
        "Per esserne certi, spiega Livio Santarelli, responsabile dell'area neuroscienze"
        " dell'Irccs San Marco, «servono diversi esami»."
    )
    assert read(line) == E(
        "Livio Santarelli",
        titles=["responsabile dell'area neuroscienze"],
        institution="Irccs San Marco",
    )


def test_an_elided_name_is_no_article():  # "D'Angelo" keeps its apostrophe
    line = "Per esserne certi, spiega Livio D'Angelo, neurologist at San Marco Hospital, «servono»."
    got = read(line)
    assert got is not None and got.name == "Livio D'Angelo"


def test_spanish_role_del_instituto_is_role_and_employer():  # oc38 (set 28), a Mexican daily
    line = (
        "Conocer la enfermedad es fundamental, aseguró Rocío Treviño Garza, neuróloga del"
        " Instituto Regional de Neurología del Bajío (IRNB)."
    )
    assert read(line) == E(
        "Rocío Treviño Garza",
        titles=["neuróloga"],
        institution="Instituto Regional de Neurología del Bajío (IRNB)",
    )


def test_spanish_bio_role_of_a_unit_del_hospital():  # o19 (set 26), a Spanish regional daily
    line = (
        "Mario Ortiz Calleja es el coordinador de la unidad de esclerosis múltiple del Hospital"
        " Clínico San Roque de Valverde."
    )
    got = read("Las consultas se piden por teléfono.", line)  # a bio needs an answer above it
    assert got is not None and got.titles == ("coordinador de la unidad de esclerosis múltiple",)
    assert got.institution is not None and got.institution.startswith("Hospital Clínico San Roque")


def test_a_genitive_of_a_bare_head_stays_in_the_role():  # f16 (set 22): "de la Clínica"
    line = "El neurólogo responsable de la Clínica, doctor Tomás Ibarra Solís, explicó."
    got = read(line)
    assert got is not None and got.titles == ("neurólogo responsable de la Clínica",)


def test_role_articles_are_data():
    assert {"the", "el", "der"} <= frames().role_articles
    assert "er" in frames().demonym_endings
    assert {"considera", "erläutert"} <= {p[0] for p in frames().quote_verbs}
    assert ("many", "thanks", "to") in frames().thanks_frames
    assert "contributing" in frames().contribution_verbs and "include" in frames().list_verbs
    assert ("and", "colleagues") in frames().coauthor_tails
    assert ("is", "quoted") in frames().passive_reports
    assert "awarding" in frames().award_verbs and "prize" in frames().award_nouns
    assert ("spricht", "mit") in frames().interview_frames and "über" in frames().complements
    assert ("we", "welcomed", "back") in frames().interview_frames
    assert ("menurut",) in frames().speaker_openers
    assert "moderated" in frames().credit_participles
    assert ("les", "explications", "du") in frames().speaker_openers


# -- properties --------------------------------------------------------------------------------
GIVEN = ["Maren", "Tobias", "Ingrid", "Rashid", "Odile", "José", "Zofia", "Ananya"]
SURNAMES = ["Falkner", "Oyelaran", "Brennan", "Martínez", "Kowalczyk", "Ng-Harper"]
ROLES = ["neurologist", "consultant neurologist", "MS nurse specialist", "clinical psychologist"]
ORGS = ["Harlow Grove Hospital", "the Easton MS Centre", "Fenmore University Hospital"]
FORMS = [
    "\u201cMost relapses settle within weeks,\u201d according to {who}, {role} at {org}.",
    "We spoke with {who}, {role} at {org}, about how fatigue can be managed at work and home.",
    "Thanks to {who}, {role} at {org}, for reviewing this answer.",
    "Jonas Feld spricht mit {who}, {role} at {org}, über die Krankheit.",
    "The academy is awarding this year's prize to {who}, {role} at {org}.",
]
# forms that name the person by an honorific only (a bare name there is anyone's)
HONORIFIC_FORMS = [
    "{who}, {role} at {org} teaches that most relapses settle within weeks.",
    "{who}, {role} at {org}, how many people live with MS in the region today?",
]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["Dr ", "Dr. ", "Professor ", ""]),
    st.sampled_from(GIVEN),
    st.sampled_from(SURNAMES),
    st.sampled_from(ROLES),
    st.sampled_from(ORGS),
    st.sampled_from(FORMS + HONORIFIC_FORMS),
)
def test_generated_attribution_yields_exactly_its_person(honorific, first, last, role, org, form):
    if form in HONORIFIC_FORMS and not honorific:
        honorific = "Dr. "
    line = form.format(who=f"{honorific}{first} {last}", role=role, org=org)
    got = found(line, prose=[PROSE])
    assert got.experts == [E(f"{first} {last}", titles=[role], institution=org)]
    assert got.start is None and got.raw == line  # the sentence stays in the answer


MENTIONS = [
    "{who}'s study showed a small benefit of vitamin D.",
    "Ask your neurologist, {who}, about it at your next visit.",
    "Thanks to {who} for the lovely flowers.",
    "My neurologist, {who}, asked how I was sleeping.",
    "The MS Society and the University Center say that {who} will retire next year.",
    "We saw {who} at the conference, and the talk was good.",
    "{who}, can you help me understand my scan?",
    "Read the article by {who} on fatigue and sleep.",
    "I gave the award to {who} at the end of the year.",
    "My neurologist, {who} at Fenwick Hospital was kind about it.",
    "The MS Society is quoted in a piece by {who}'s team.",
]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["Dr. ", "Dr ", "Professor ", ""]),
    st.sampled_from(GIVEN),
    st.sampled_from(SURNAMES),
    st.sampled_from(MENTIONS),
)
def test_a_sentence_merely_mentioning_a_doctor_yields_none(honorific, first, last, mention):
    line = mention.format(who=f"{honorific}{first} {last}")
    got = found(line, prose=[PROSE])
    assert got.experts == [] and got.start is None


ORG_WORDS = ["National MS Society", "MS Center of Fenwick", "Fenwick University", "MS Trust"]
ORG_SENTENCES = [
    "Many thanks to the {a}, the {b} and the {c} for contributing to this article.",
    "Speakers at the meeting were the {a}; the {b}; and the {c}.",
    "Interesting article by the {a} and colleagues describe the {b} clinics.",
    "The {a}, the leading charity at {b} teaches that exercise helps.",
    "{a}, how many people does the {b} support?",
    "The {a} is quoted in several pieces by the {b}.",
    "The {a} is awarding this year's prize to the {b}.",
    "We spoke with the {a}, {b} and {c} about fatigue.",
]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(ORG_WORDS),
    st.sampled_from(ORG_WORDS),
    st.sampled_from(ORG_WORDS),
    st.sampled_from(ORG_SENTENCES),
)
def test_organisations_in_the_new_frames_yield_no_expert_and_lose_no_text(a, b, c, sentence):
    line = sentence.format(a=a, b=b, c=c)
    got = found(line, prose=[PROSE])
    assert got.experts == [] and got.start is None
