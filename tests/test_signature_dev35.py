"""Round 21, second wave: forms of the development sets 34 and 35 (issue 12).

Each test names the form's set/case id and the kind of page it was seen on; the content is
invented, the form is real.
"""

from __future__ import annotations

from signature_helpers import found

PROSE = ["Cooling vests help some people with heat-sensitive MS.", "Ask your MS nurse which kind."]


# set 34 ok12, a university health system's blog
# (https://www.dukehealth.org/blog/5-common-questions-about-migraines): a byline whose surname
# writes its particle glued to it ('By First vanLast').
def test_a_particle_glued_to_the_surname_is_a_name_word():
    a = found("By Lena vanOosten", "Updated May 9, 2022", prose=PROSE)
    assert [e.name for e in a.experts] == ["Lena vanOosten"]
    assert a.start == len(PROSE)


# set 34 ok37, a physical therapy association's letter to an editor
# (http://www.apta.org/Media/Letters/2010/9/22/): the role after the credentials, repeated on
# the next line before the association.
def test_a_role_the_next_line_repeats_is_one_title():
    a = found(
        "Yours sincerely,",
        "M. Lena Holm, PT, PhD, President",
        "President, Northern Physiotherapy Society (NPS)",
        prose=PROSE,
    )
    assert [e.titles for e in a.experts] == [("President",)]


# set 35 ol06, a US regional newspaper's health Q-and-A
# (https://www.sj-r.com/story/news/2011/02/16/what-is-lupus-how-is/46593437007/): the byline over
# the 'View Comments' link of the newspaper's page.
def test_view_comments_under_a_byline_is_page_furniture():
    a = found("Dr. Lena J. Holm", "View Comments", prose=PROSE)
    assert [(e.name, e.place, e.institution) for e in a.experts] == [("Lena J. Holm", None, None)]


# set 34 ok02, a clinical reference article's editor line
# (https://www.medlink.com/article/fatigue_in_multiple_sclerosis): the role after the degree
# with its full stop, then the opening bracket of an affiliation link the page stripped.
def test_a_dangling_bracket_after_a_role_is_no_institution():
    a = found("Colm J Hartigan MD, editor. (", prose=PROSE)
    assert [(e.degrees, e.titles, e.institution) for e in a.experts] == [
        (("MD",), ("editor",), None)
    ]


# set 35 ol21, a hospital news network's first-person blog post
# (https://newsnetwork.mayoclinic.org/discussion/stroke-awareness-do-you-know-the-signs/): a credit
# sentence 'This post was written by Name, ROLE at ORG in STATE.' after the last paragraph.
def test_a_this_post_was_written_by_credit_sentence_is_the_block():
    a = found(
        "This post was written by Gail Pardoe, nurse administrator at Northfield Clinic’s"
        " comprehensive Stroke Center in Oregon.",
        prose=PROSE,
    )
    assert [(e.name, e.titles) for e in a.experts] == [("Gail Pardoe", ("nurse administrator",))]
    assert a.start == len(PROSE)


# set 35 ol11, a hospital medicines formulary chapter on a document-sharing site
# (https://pdfslide.net/documents/centralnervoussystem-medicinesformularyacentralnervoussystem
# version8fprincipalauthorgarethmalsonupdatesapprovedbymcgtfeb2017published150317.html): the page
# header's document control line under the author's credit is no field.
def test_an_updates_approved_by_line_under_the_author_is_no_institution():
    a = found(
        "Principal Author: Owen Tredwell",
        "Updates approved by MMC: Mar 2018 (published 20/04/18)",
        prose=PROSE,
    )
    assert [(e.name, e.institution) for e in a.experts] == [("Owen Tredwell", None)]
    assert a.start == len(PROSE)


# set 35 ol02, a journal's abstract page (https://www.thieme-connect.com/products/ejournals/
# abstract/10.1055/s-0036-1581069): the author's name alone (its superscript mark a link the
# page dropped), then the affiliation line that opens with the mark '1'.
def test_the_one_authors_numbered_affiliation_loses_its_mark():
    a = found(
        "Harold T. Wexley",
        "1   Department of Neurology, Fairmont University School of Medicine, Ashby, Vermont",
        prose=PROSE,
    )
    assert [(e.institution, e.place) for e in a.experts] == [
        ("Department of Neurology, Fairmont University School of Medicine", "Ashby, Vermont")
    ]
    # an address's house number stays the address's
    a = found("Harold T. Wexley, MD", "1 Main Street, Ashby, Vermont", prose=PROSE)
    assert [e.place for e in a.experts] == ["1 Main Street, Ashby, Vermont"]


# set 34 ok11, the Korean edition of a medical manual's consumer page (https://msdmanuals.com/ko/
# home/): the label '작성자:' (author) with no space before the romanised name, and a review-date
# line under it whose date writes the Korean year, month and day marks.
def test_a_korean_author_label_and_review_date_line():
    a = found(
        "작성자:Daniel R. Whitcombe, MD, College of Medicine, University of Kestrel Bay",
        "검토/개정일 2022년 9월 12일",
        prose=PROSE,
    )
    assert [(e.name, e.degrees, e.institution) for e in a.experts] == [
        ("Daniel R. Whitcombe", ("MD",), "College of Medicine, University of Kestrel Bay")
    ]
    assert a.start == len(PROSE)


# set 35 ol26, a German regional newspaper's article (https://www.westfalen-blatt.de/OWL/
# Kreis-Hoexter/Warburg/3787302-Telefonsprechstunde-bei-Chefarzt-Keine-Angst-bei-heiklen-Themen):
# its photo caption ends 'Foto: Name' and the byline 'Von Name' follows over the text (rendered
# here after it); the photo credit over the byline leaves the answer with it.
def test_a_photo_credit_over_the_byline_leaves_with_it():
    a = found("Foto: Jonas Rieke", "Von Jonas Rieke", prose=PROSE)
    assert [e.name for e in a.experts] == ["Jonas Rieke"]
    assert a.start == len(PROSE)


# set 34 ok30, a Spanish medical newspaper's interview (https://amp.redaccionmedica.com/
# autonomias/extremadura/): the photo caption 'Name, consejero de Sanidad de <region>.' (a
# regional health minister's title, the Spanish role head 'consejero').
def test_the_spanish_role_head_consejero_reads_the_caption():
    a = found("Tomás Ibarrola Sáenz, consejero de Sanidad de Valdemora.", prose=PROSE)
    assert [(e.name, e.titles) for e in a.experts] == [
        ("Tomás Ibarrola Sáenz", ("consejero de Sanidad de Valdemora",))
    ]


# set 34 ok16, a caregiving magazine's special section where several experts answer the same
# questions (https://chicagocaregiving.com/diagnosis-dementia): an answer paragraph opens with
# its speaker's name and credentials before a colon; the paragraph stays in the answer.
def test_a_name_and_credentials_label_opening_the_last_answer_paragraph():
    a = found(
        "Lena Holm, PhD: Many conditions can cause memory loss, so start with a full check-up.",
        prose=PROSE,
    )
    assert [(e.name, e.degrees) for e in a.experts] == [("Lena Holm", ("PhD",))]
    assert a.start is None  # the turn stays in the answer
    # a bare name's label under no dialogue is no one's (a guest's last words)
    a = found(
        "Lena Holm: Many conditions can cause memory loss, so start with a check-up.", prose=PROSE
    )
    assert a.experts == []


# set 35 ol07, a US regional newspaper's health Q-and-A (https://www.sj-r.com/story/news/2011/02/
# 16/what-is-lupus-how-is/46593437007/): the intro's appositive role runs on into a bio clause
# ('an assistant professor of internal medicine specializing in rheumatology at X, explains ...').
def test_an_appositive_role_running_on_into_a_specializing_clause():
    a = found(
        "Dr. Lena J. Holm, an assistant professor of internal medicine specializing in"
        " rheumatology at Prairie State University School of Medicine, explains in a Q-and-A how"
        " it is diagnosed and treated.",
        prose=PROSE,
    )
    assert [(e.name, e.titles, e.institution) for e in a.experts] == [
        (
            "Lena J. Holm",
            ("assistant professor of internal medicine specializing in rheumatology",),
            "Prairie State University School of Medicine",
        )
    ]


# set 35 ol13, an MS news blog reposting a study report (http://training-for-msnewschannel.
# blogspot.com/2014/02/therapy-for-multiple-sclerosis.html): after an opening phrase, the lead author
# with an appositive and a trailing city before 'and colleagues' and the verb.
def test_a_lead_author_before_and_colleagues_after_an_opening_phrase():
    a = found(
        "In their study report, Graham Oduya, a professor at the University of Coralvale School"
        " of Medicine, Port Aldine, and colleagues describe how one patient improved.",
        prose=PROSE,
    )
    assert [(e.name, e.titles, e.place) for e in a.experts] == [
        ("Graham Oduya", ("professor",), "Port Aldine")
    ]


# set 35 ol27, a German regional newspaper's article on a surgeon's phone hour
# (https://www.westfalen-blatt.de/OWL/Kreis-Hoexter/Warburg/): the reporting verb 'weiß' (its
# ß folded as the sentence's words are) before the speaker.
def test_a_german_weiss_auch_frame_reports_the_speaker():
    a = found(
        "Dass dabei selten eine verlässliche Diagnose herauskommt, weiß auch Dr. Harald Wendt,"
        " Chefarzt der Allgemein- und Viszeralchirurgie am Kreisklinikum in Brakelheim.",
        prose=PROSE,
    )
    assert [(e.name, e.titles) for e in a.experts] == [
        ("Harald Wendt", ("Chefarzt der Allgemein- und Viszeralchirurgie",))
    ]


# set 34 ok39, a newspaper's syndicated pet column of several questions (http://www.mcall.com/
# classified/realestate/sns-201112271800--tms--petwrldctnya-a20111229dec29,0,6500119.column),
# each answer opening with its own 'A:' label: no word of the attribution sentence after it.
def test_an_answer_label_opening_the_last_paragraph_is_no_part_of_the_mention():
    a = found(
        'A: Dr. Anton Brevik, chief of medicine for Harlow, says, "Have her checked by a vet'
        ' first, because a poor appetite can be a sign of illness."',
        prose=PROSE,
    )
    assert [e.name for e in a.experts] == ["Anton Brevik"]
