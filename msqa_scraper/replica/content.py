"""Fixed text of the site: disclaimers, categories, chrome pages, comments, answer updates."""

from __future__ import annotations

# Verbatim from the seed page (the sidebar's text block).
DISCLAIMER = (
    "PLEASE NOTE: This information/opinions on this site should be used as an information source"
    " only. This information does not create any patient-HCP relationship, and should not be used"
    " as a substitute for professional diagnosis and treatment. Please consult your health care"
    " provider before making any healthcare decisions or for guidance about a specific medical"
    " condition."
)
# Invented: the owner rewords the disclaimer in round 1.
DISCLAIMER_REWORDED = (
    "PLEASE NOTE: The information and opinions on this site are an information source only. They"
    " do not create a patient-provider relationship and are not a substitute for professional"
    " diagnosis and treatment. Always consult your own health care provider before making any"
    " healthcare decision or for guidance about a specific medical condition."
)

# Category names in the order a site of ``categories=k`` takes them: the first eight hold every
# slug quirk (``&`` -> double hyphen, apostrophe dropped, hyphen dropped, accent -> entity name).
CATEGORY_POOL = (
    "Diet & Lifestyle",
    "Women's Health",
    "Neuro-ophthalmology",
    "Sjögren's Syndrome",
    "Disease-Modifying Therapies",
    "Diagnosis & MRI",
    "Symptoms",
    "Vaccines & Infections",
    "Progressive MS",
    "Side Effects",
    "Mental Health",
    "Research News",
)
# Round 1 renames the first category in use that has an entry here.
CATEGORY_RENAMES = {
    "Symptoms": "Symptom Management",
    "Side Effects": "Side Effects & Safety",
    "Research News": "Research Updates",
    "Mental Health": "Mood & Cognition",
    "Progressive MS": "Progressive Multiple Sclerosis",
    "Diagnosis & MRI": "Diagnosis & Imaging",
    "Vaccines & Infections": "Vaccines",
    "Diet & Lifestyle": "Lifestyle & Diet",
}

# Ordinary site pages reachable from the nav: (path, nav title, Weebly page name, text).
SITE_PAGES = (
    (
        "/",
        "Home",
        "index",
        "Healthcare Journey brings patients and families together with clinicians who"
        " specialise in chronic neurological conditions.",
    ),
    (
        "/virtual-ms-center.html",
        "Virtual MS Center",
        "virtual-ms-center",
        "The Virtual MS Center is a free service where people living with multiple sclerosis can"
        " send a question and have it answered by an MS specialist.",
    ),
    (
        "/about.html",
        "About",
        "about",
        "We are a small team of volunteers and clinicians. Answers are written by MS specialists"
        " who donate their time.",
    ),
    (
        "/privacy-policy.html",
        "Privacy Policy",
        "privacy-policy",
        "Questions are published without names. We do not sell or share the e-mail addresses"
        " used to submit questions.",
    ),
    (
        "/contact.html",
        "Contact",
        "contact",
        "To ask a question, use the form on the Virtual MS Center page. For anything else,"
        " write to us through this page.",
    ),
)

# Reader comments: follow-up questions and thanks. They sit outside div.blog-content and must
# never reach the extracted answer.
READER_COMMENTS = (
    "Thank you for this answer. My neurologist suggested switching to {therapy} instead. Does the"
    " same advice apply there?",
    "I had exactly the same question. Is it normal to feel wiped out for two or three days after"
    " the infusion?",
    "Very helpful, thank you. Do you know if the blood tests can be done at my local lab?",
    "My daughter was just diagnosed and this explained more than our first appointment did.",
    "Can you say more about how long I should wait after stopping {therapy} before trying to get"
    " pregnant?",
    "I have been on {therapy} for five years without problems, so please don't let this scare"
    " you off.",
    "What about people over 60? Most of the studies seem to be in younger patients.",
    "Thank you Dr. for taking the time. Is there a newer answer on this since the latest trial?",
)
OWNER_REPLIES = (
    "Thank you for your question. Please send it through the Ask a Question form so one of our"
    " experts can answer it in a new post.",
    "Thanks for sharing your experience. Everyone responds differently, so please talk it over"
    " with your own neurologist.",
)

# Round edits: an expert revises an answer by adding a short update.
UPDATE_PARAGRAPHS = (
    "Update ({when}): since this answer was first posted, new data were presented at the ECTRIMS"
    " meeting. They do not change the advice above.",
    "Update ({when}): several readers asked about timing. The same advice applies whether you are"
    " newly diagnosed or have had MS for many years.",
    "Update ({when}): the prescribing information has since been revised. Please check the current"
    " label with your pharmacist.",
)
UPDATE_SENTENCES = (
    "Please also let your neurologist know about any new medications you start.",
    "Your MS nurse can help you plan these visits around work and family commitments.",
    "A second opinion at an MS center is always reasonable if you remain unsure.",
)
