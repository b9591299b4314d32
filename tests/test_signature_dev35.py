"""Round 21, second wave: forms of the development sets 34 and 35 (issue 12).

Each test names the form's set/case id and the kind of page it was seen on; the content is
invented, the form is real.
"""

from __future__ import annotations

from signature_helpers import found

PROSE = ["Cooling vests help some people with heat-sensitive MS.", "Ask your MS nurse which kind."]


# set 34 ok12, a university health system's blog (https://www.uchealth.org/today/): a byline
# whose surname writes its particle glued to it ('By First vanLast').
def test_a_particle_glued_to_the_surname_is_a_name_word():
    a = found("By Lena vanOosten", "Updated May 9, 2022", prose=PROSE)
    assert [e.name for e in a.experts] == ["Lena vanOosten"]
    assert a.start == len(PROSE)


# set 34 ok37, a physical therapy association's letter to an editor: the role after the
# credentials, repeated on the next line before the association.
def test_a_role_the_next_line_repeats_is_one_title():
    a = found(
        "Yours sincerely,",
        "M. Lena Holm, PT, PhD, President",
        "President, Northern Physiotherapy Society (NPS)",
        prose=PROSE,
    )
    assert [e.titles for e in a.experts] == [("President",)]


# set 35 ol06, a US regional newspaper's health Q-and-A: the byline over the 'View Comments'
# link of the newspaper's page.
def test_view_comments_under_a_byline_is_page_furniture():
    a = found("Dr. Lena J. Holm", "View Comments", prose=PROSE)
    assert [(e.name, e.place, e.institution) for e in a.experts] == [("Lena J. Holm", None, None)]
