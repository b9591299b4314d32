"""The two hand-written posts: the seed's Lemtrada post and the post it links to.

The Lemtrada question, answer, link text and signature are verbatim from the seed page
(typos such as "orvery" included). Its title is inferred (the capture shows none). The linked
post's slug is real; its title, date and text are invented.
"""

from __future__ import annotations

from msqa_scraper.replica.body import Features, PostBody, signature
from msqa_scraper.replica.config import BLOG_PATH, LIVE_HOST
from msqa_scraper.replica.nodes import Anchor, Br, Para, PostRef, Text
from msqa_scraper.replica.people import KINKEL

SEED_KEY = "seed"
RELATED_KEY = "seed-related"
SEED_TITLE = "How does Lemtrada work?"
RELATED_TITLE = "What long term data is there on Lemtrada?"
RELATED_SLUG = "what-long-term-data-is-there-on-lemtrada"
# (year, month, day, hour, minute, second), local time. The seed shows 9/10/2024.
SEED_POSTED = (2024, 9, 10, 9, 42, 17)
RELATED_POSTED = (2024, 9, 3, 14, 5, 51)

SEED_QUESTION = "How does Lemtrada work? In your opinion is it safe?"
SEED_MECHANISM = (
    "Mechanism of Action: Alemtuzumab (Lemtrada) is a monoclonal antibody directed against CD52,"
    " a protein expressed at high levels by both mature circulating B and T lymphocytes and at"
    " lower levels on circulating monocytes, macrophages and eosinophils. There is little"
    " expression of CD52 on mature natural killer (NK) cells, neutrophils and haematological stem"
    " cells. Following treatment there is a rapid and sustained reduction in circulating"
    " lymphocytes with a return of the B cell population within 6 months and a more sustained"
    " depletion of circulating T cells for more than 12 months. This selective reduction in"
    " lymphocytes is presumably the mechanism of action of this treatment in MS. Lymphocytes are"
    " the driving force behind all adaptive immune responses and are implicated in the"
    " pathogenesis, propagation and maintenance of central nervous system inflammation and tissue"
    " injury in multiple sclerosis. Other disease modifying therapies (DMTs) that specifically"
    " target lymphocytes include Rituximab, a monoclonal against a protein called CD20 on the"
    " surface of only mature B lymphocytes and Natalizumab (Tysabri), a monoclonal antibody that"
    " binds to alpha 4 integrin, a protein on the surface of lymphocytes and mononuclear cells"
    " required for circulated blood cells to bind to the lining of small blood vessels in the"
    " brain and cross the blood brain barrier into the tissue. Following treatment with"
    " Alemtuzumab, there is less depletion of lymphocytes residing in lymphoid organs (lymph nodes"
    " and spleen) and preservation of neutrophils and bone marrow derived stem cells. The"
    " selective reduction in circulating lymphocytes and preserved neutrophils is the reason that"
    " few treated patients experience severe infections following treatment. The more rapid"
    " return of B lymphocytes compared to T lymphocytes following treatment with Alemtuzumab has"
    " been implicated as the reason for the high incidence of system autoimmune disease following"
    " treatment. It is speculated that autoimmunity occurs as a result of B cell and plasma cell"
    " responses in the absence of normal T cell regulation. Most of the autoimmune diseases"
    " following treatment with alemtuzumab involve the thyroid gland. Less commonly autoimmunity"
    " can target blood platelets causing a reduction in platelet counts and a high risk of"
    " bleeding (called idiopathic thrombocytopenic purpura or ITP for short) orvery rarely an"
    " autoimmune disease of the kidneys develops (called Glomerulonephritis)."
)
SEED_SEARCH = (
    'You can also enter "Lemtrada" in the search button on the upper right corner of this page'
    " to read more about Lemtrada."
)
SEED_LINK_TEXT = f"http://{LIVE_HOST}{BLOG_PATH}/{RELATED_SLUG}"

# How the seed page was most likely written: plain labels in separate paragraphs, the rest of
# the answer and the signature in one paragraph with <br />s (the text dump runs them together).
SEED_FEATURES = Features(
    question_label=True,
    answer_label=True,
    label_word="Question",
    answer_paragraphs=2,
    answer_join="br",
    sig_style="lines",
    sig_same_paragraph=True,
    internal_link="absolute",
    colon_text=True,
)
RELATED_FEATURES = Features(answer_paragraphs=3, answer_join="div", sig_style="lines")


def seed_body() -> PostBody:
    link = Anchor(PostRef("absolute", RELATED_SLUG, 2024, 9), (Text(SEED_LINK_TEXT),))
    answer = (Para((Text(SEED_MECHANISM),)), Para((Text(SEED_SEARCH), Br(), link)))
    lines, signed = signature((KINKEL,), "lines", False)
    return PostBody(Para((Text(SEED_QUESTION),)), answer, lines, signed, SEED_FEATURES)


# Invented answer for the linked post (its real text was never captured).
_RELATED_QUESTION = (
    "Lemtrada seems to work well but it has not been around very long. What long term data is"
    " there on Lemtrada?"
)
_RELATED_ANSWER = (
    "Alemtuzumab was approved after the CARE-MS I and CARE-MS II trials, which compared it with"
    " interferon beta-1a over two years.",
    "Most trial participants then entered extension studies, and some have now been followed for"
    " more than eight years. Many remained free of relapses without further treatment after"
    " their second course, while others needed a third course.",
    "The main long term concern remains secondary autoimmunity, above all thyroid disease, which"
    " can appear years after the last infusion. That is why monthly blood and urine monitoring"
    " continues for four years after the last course.",
)


def related_body() -> PostBody:
    answer = tuple(Para((Text(t),)) for t in _RELATED_ANSWER)
    lines, signed = signature((KINKEL,), "lines", False)
    return PostBody(Para((Text(_RELATED_QUESTION),)), answer, lines, signed, RELATED_FEATURES)
