"""Synthetic MS questions and answers, drawn from templates.

The text is invented for the replica: plausible in tone, but not medical advice and not copied
from the live site. Posts about symptoms, diet or diagnosis name no therapy at all, so an
extractor cannot lean on drug names to find answers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Therapy:
    brand: str
    generic: str
    kind: str
    given: str
    action: str
    monitoring: str
    side_effects: tuple[str, ...]
    dmt: bool = True


THERAPIES: tuple[Therapy, ...] = (
    Therapy(
        "Lemtrada",
        "alemtuzumab",
        "a monoclonal antibody directed against CD52",
        "as two yearly courses of intravenous infusions",
        "depletes circulating T and B lymphocytes, which then slowly repopulate",
        "monthly blood and urine tests for four years after the last course",
        ("infusion reactions", "thyroid disease", "low platelet counts", "infections"),
    ),
    Therapy(
        "Tysabri",
        "natalizumab",
        "a monoclonal antibody against alpha 4 integrin",
        "as an intravenous infusion every four to six weeks",
        "keeps lymphocytes from crossing the blood brain barrier",
        "JC virus antibody testing every six months",
        ("headache", "fatigue", "urinary tract infections", "a small risk of PML"),
    ),
    Therapy(
        "Ocrevus",
        "ocrelizumab",
        "an anti-CD20 monoclonal antibody",
        "as an intravenous infusion every six months",
        "removes B cells from the circulation",
        "immunoglobulin levels and hepatitis B status",
        ("infusion reactions", "respiratory infections", "weaker responses to vaccines"),
    ),
    Therapy(
        "Kesimpta",
        "ofatumumab",
        "an anti-CD20 monoclonal antibody",
        "as a monthly injection under the skin that you can give at home",
        "removes B cells from the circulation",
        "hepatitis B screening and immunoglobulin levels",
        ("injection-site reactions", "upper respiratory infections", "headache"),
    ),
    Therapy(
        "Tecfidera",
        "dimethyl fumarate",
        "an oral fumarate",
        "as a capsule twice a day",
        "shifts the immune response toward a less inflammatory pattern",
        "lymphocyte counts every six months",
        ("flushing", "stomach upset", "low lymphocyte counts"),
    ),
    Therapy(
        "Gilenya",
        "fingolimod",
        "a sphingosine 1-phosphate receptor modulator",
        "as a capsule once a day",
        "keeps lymphocytes inside the lymph nodes",
        "the heart rate after the first dose and an eye examination at three months",
        ("a slow heart rate after the first dose", "macular edema", "raised liver enzymes"),
    ),
    Therapy(
        "Aubagio",
        "teriflunomide",
        "an oral pyrimidine synthesis inhibitor",
        "as a tablet once a day",
        "slows the division of activated lymphocytes",
        "liver tests during the first six months",
        ("hair thinning", "diarrhea", "raised liver enzymes"),
    ),
    Therapy(
        "Copaxone",
        "glatiramer acetate",
        "a mixture of synthetic peptides",
        "as an injection under the skin daily or three times a week",
        "shifts the immune response toward regulatory cells",
        "no routine blood tests",
        ("injection-site reactions", "a brief flushing reaction after injection"),
    ),
    Therapy(
        "Avonex",
        "interferon beta-1a",
        "an interferon",
        "as a weekly injection into the muscle",
        "dampens the activation of immune cells",
        "blood counts and liver tests every few months",
        ("flu-like symptoms", "depressed mood", "raised liver enzymes"),
    ),
    Therapy(
        "Mavenclad",
        "cladribine",
        "an oral purine analogue",
        "as two short courses of tablets a year apart",
        "selectively reduces lymphocyte numbers",
        "lymphocyte counts before and after each course",
        ("low lymphocyte counts", "shingles", "headache"),
    ),
    Therapy(
        "Mayzent",
        "siponimod",
        "a sphingosine 1-phosphate receptor modulator",
        "as a tablet once a day after a short titration",
        "keeps lymphocytes inside the lymph nodes",
        "a CYP2C9 genotype test before starting and an eye examination",
        ("headache", "high blood pressure", "raised liver enzymes"),
    ),
    Therapy(
        "Zeposia",
        "ozanimod",
        "a sphingosine 1-phosphate receptor modulator",
        "as a capsule once a day after a one-week titration",
        "keeps lymphocytes inside the lymph nodes",
        "blood counts, liver tests and an ECG before starting",
        ("upper respiratory infections", "raised liver enzymes", "orthostatic hypotension"),
    ),
    Therapy(
        "Rituxan",
        "rituximab",
        "an anti-CD20 monoclonal antibody used off label in MS",
        "as an intravenous infusion every six months",
        "removes B cells from the circulation",
        "immunoglobulin levels and hepatitis B status",
        ("infusion reactions", "infections"),
    ),
    Therapy(
        "Ampyra",
        "dalfampridine",
        "a potassium channel blocker",
        "as a tablet twice a day",
        "improves conduction in demyelinated nerve fibers",
        "kidney function before starting",
        ("insomnia", "dizziness", "a small risk of seizures"),
        dmt=False,
    ),
)
DMTS = tuple(t for t in THERAPIES if t.dmt)


@dataclass(frozen=True)
class Topic:
    key: str
    categories: tuple[str, ...]
    titles: tuple[str, ...]
    questions: tuple[tuple[str, str], ...]
    openers: tuple[str, ...]
    body: tuple[str, ...]
    closers: tuple[str, ...]
    bullets: tuple[str, tuple[str, ...]]
    steps: tuple[str, tuple[str, ...]]
    headings: tuple[str, ...]
    colons: tuple[str, ...]
    therapies: int = 0
    # Brands this topic may name; empty means any disease-modifying therapy.
    allowed: tuple[str, ...] = ()


_FACTS = (
    "{d} ({g}) is {kind} that {action}.",
    "It is given {given}.",
    "While you are on {d} we usually check {monitoring}.",
    "The side effects we watch for most closely are {se}.",
)
_GENERIC = (
    "MS is a very individual disease, and two people with the same MRI can feel very different.",
    "Relapses usually build up over a few days and then recover over weeks to months.",
    "Most of what we know comes from clinical trials that ran for two to three years.",
    "Keeping a simple diary of your symptoms makes the next clinic visit much more useful.",
    "A yearly MRI is reasonable for most people who are stable on treatment.",
    "Infections and heat can bring back old symptoms for a day or two without a new relapse.",
    "Your MS nurse is often the quickest way to get an answer between visits.",
    "Stopping a treatment suddenly is rarely a good idea without a plan for what comes next.",
)
_CLOSERS = (
    "Please discuss these options with your neurologist, who knows your history best.",
    "I would encourage you to bring this question to your next appointment.",
    "Every patient is different, so the right choice depends on your own situation.",
    "If anything changes quickly, call your MS team rather than waiting for the next visit.",
    "Good luck, and thank you for sending your question.",
)
_DURATIONS = ("two years", "three years", "five years", "eight months", "a year", "ten years")
_AGES = ("28", "34", "41", "47", "52", "63")
_ENTITY_SENTENCES = (
    "It’s worth asking your team about lab work & MRI timing at your next visit.",
    "Don’t hesitate to ask for a referral to physical & occupational therapy.",
    "There’s good evidence that sleep & mood affect how tired you feel.",
)

TOPICS: tuple[Topic, ...] = (
    Topic(
        "mechanism",
        ("Disease-Modifying Therapies",),
        (
            "How does {d} work?",
            "What does {d} do to the immune system?",
            "How does {d} work in MS?",
        ),
        (
            ("My neurologist recommended {d}.", "How does it work, and why is it used in MS?"),
            ("I have read a lot about {d} online.", "Can you explain how it actually works?"),
            ("I was diagnosed {years} ago and may start {d}.", "What does it do in the body?"),
        ),
        (
            "{d} ({g}) is {kind}.",
            "This is a good question, because how a drug works also explains its risks.",
        ),
        (
            "This matters because lymphocytes drive the inflammation that damages myelin in MS.",
            "The effect on relapses was clear in the trials that led to its approval.",
            "How quickly it works depends on how fast the immune cells are affected.",
        ),
        _CLOSERS,
        ("The side effects we watch for include:", ("{se_items}",)),
        (
            "Before starting {d} you will usually need:",
            ("blood tests, including {monitoring}", "an up-to-date MRI", "a review of vaccines"),
        ),
        ("How it works", "What the trials showed"),
        (
            "Mechanism of Action: {g} {action}.",
            "Dosing: it is given {given}.",
            "Monitoring: we check {monitoring}.",
        ),
        therapies=1,
    ),
    Topic(
        "safety",
        ("Disease-Modifying Therapies", "Side Effects"),
        ("Is {d} safe long term?", "What are the risks of {d}?", "How safe is {d} after {years}?"),
        (
            ("I have been on {d} for {years}.", "Is it safe to stay on it long term?"),
            ("I am worried about the side effects of {d}.", "In your opinion is it safe?"),
            ("My doctor wants me to start {d}.", "What are the real risks?"),
        ),
        ("The safety of {d} is now well described.", "No treatment is free of risk."),
        (
            "Most of these are uncommon and can be picked up early with monitoring.",
            "Long-term extension studies have not shown new safety problems over time.",
            "The risk of untreated MS has to be weighed against the risk of the drug.",
        ),
        _CLOSERS,
        ("Call your MS team promptly if you notice:", ("{se_items}", "a fever that lasts")),
        (
            "A safe routine on {d} looks like this:",
            ("keep every monitoring appointment", "report new symptoms early", "carry a card"),
        ),
        ("The risks in context", "Monitoring"),
        ("Bottom line: {d} is a reasonable choice when it is monitored properly.",),
        therapies=1,
    ),
    Topic(
        "switching",
        ("Disease-Modifying Therapies",),
        (
            "Should I switch from {d} to {d2}?",
            "Switching from {d} to {d2}: what should I expect?",
            "Is it time to move from {d} to {d2}?",
        ),
        (
            (
                "I have been on {d} for {years} and my last MRI showed a new lesion.",
                "My neurologist suggested {d2}. Should I switch?",
            ),
            ("{d} has been hard to tolerate.", "Would {d2} be a better option for me?"),
        ),
        ("Switching therapy is a common and reasonable step.",),
        (
            "A new lesion on MRI while on treatment is one of the usual reasons to switch.",
            "{d2} ({g2}) is {kind2}.",
            "When moving from {d} to {d2}, the timing of the switch matters.",
            "Some drugs need a washout period, while others can be started right away.",
            "Your blood counts should have recovered before the new therapy is started.",
        ),
        _CLOSERS,
        ("Reasons people switch include:", ("side effects", "new MRI activity", "pregnancy plans")),
        (
            "A typical switch goes like this:",
            ("stop {d}", "repeat blood tests", "start {d2} once counts allow"),
        ),
        ("Timing the switch",),
        ("Key point: the gap between therapies should be as short as safely possible.",),
        therapies=2,
    ),
    Topic(
        "side_effect",
        ("Side Effects",),
        ("Is it normal to get {se1} on {d}?", "How do I manage the side effects of {d}?"),
        (
            ("I started {d} {years} ago and I keep getting {se1}.", "Is this normal?"),
            ("Since starting {d} I have had {se1}.", "Should I stop the drug?"),
        ),
        ("What you describe is a known side effect of {d}.",),
        (
            "It is usually worst in the first weeks and then settles.",
            "Simple measures often help, and your pharmacist can suggest some.",
            "Please do not stop {d} on your own before talking to your MS team.",
            "If it is severe or does not settle, a different therapy may suit you better.",
        ),
        _CLOSERS,
        ("Things that often help:", ("taking doses with food", "staying hydrated", "rest")),
        ("Steps to try:", ("keep a diary for two weeks", "call your MS nurse", "review the dose")),
        ("Managing it day to day",),
        ("Practical tip: write down when it happens and how long it lasts.",),
        therapies=1,
    ),
    Topic(
        "pregnancy",
        ("Women's Health",),
        (
            "Can I get pregnant while taking {d}?",
            "Planning a pregnancy on {d}",
            "Is breastfeeding safe on {d}?",
        ),
        (
            ("My husband and I would like to start a family.", "Do I need to stop {d} first?"),
            ("I am {age} and taking {d}.", "How long before a pregnancy should I stop it?"),
        ),
        ("Planning a pregnancy with MS is very possible.",),
        (
            "Relapses are less frequent during pregnancy, especially in the third trimester.",
            "The months after delivery carry a higher risk of relapse.",
            "How long to wait after stopping {d} depends on how long it stays in the body.",
            "Breastfeeding plans should be part of the same conversation.",
        ),
        _CLOSERS,
        ("Topics to cover before trying to conceive:", ("timing", "relapse plans", "vitamin D")),
        ("A typical plan:", ("review the drug label", "agree a stop date", "plan postpartum care")),
        ("Before conception", "After delivery"),
        ("Note: the postpartum months are the time to restart treatment promptly.",),
        therapies=1,
    ),
    Topic(
        "vaccines",
        ("Vaccines & Infections",),
        (
            "Can I get the shingles vaccine while on {d}?",
            "Should I get a flu shot on {d}?",
            "Vaccines and {d}",
        ),
        (
            ("My pharmacist offered me the shingles vaccine.", "Is it safe while I take {d}?"),
            ("I am on {d}.", "Which vaccines can I have, and when?"),
        ),
        ("Most inactivated vaccines are safe with MS therapies.",),
        (
            "Live vaccines are generally avoided on immunosuppressive drugs.",
            "With B cell therapies the response to a vaccine may be weaker.",
            "Timing a vaccine a few weeks before the next dose can improve the response.",
            "The flu shot is recommended every year for people with MS.",
        ),
        _CLOSERS,
        ("Vaccines usually recommended:", ("influenza", "pneumococcal", "recombinant shingles")),
        ("Good practice:", ("check records", "vaccinate before starting", "time around doses")),
        ("Live and inactivated vaccines",),
        ("Timing: give inactivated vaccines at least two weeks before starting therapy.",),
        therapies=1,
    ),
    Topic(
        "progressive",
        ("Progressive MS",),
        ("Is there any treatment for progressive MS?", "Does {d} help progressive MS?"),
        (
            ("I was told my MS is now secondary progressive.", "Does {d} still help?"),
            ("My walking has slowly worsened for {years}.", "Is there anything that can help?"),
        ),
        ("Treatment options for progressive MS have improved.",),
        (
            "{d} ({g}) was studied in progressive MS and showed a modest effect.",
            "The benefit is greatest when there is still inflammatory activity.",
            "Rehabilitation and exercise remain important whatever the medication.",
            "Bladder, spasticity and fatigue can all be treated on their own.",
        ),
        _CLOSERS,
        ("Helpful supports include:", ("physical therapy", "a walking aid", "bladder care")),
        ("Questions to ask:", ("is there activity on MRI", "what is my EDSS", "what are goals")),
        ("What the trials showed",),
        ("Bottom line: progressive MS is not untreatable.",),
        therapies=1,
        allowed=("Ocrevus", "Mayzent", "Rituxan", "Ampyra"),
    ),
    Topic(
        "fatigue",
        ("Symptoms", "Diet & Lifestyle"),
        ("Why am I so tired with MS?", "What helps MS fatigue?", "Is fatigue part of MS?"),
        (
            ("I sleep eight hours and still feel exhausted by noon.", "Is this MS?"),
            ("Fatigue is my worst symptom.", "What can I do about it?"),
        ),
        ("Fatigue is one of the most common symptoms of MS.",),
        (
            "It is often worse in the afternoon and in hot weather.",
            "Poor sleep, low mood and some medications can all add to it.",
            "Regular aerobic exercise is one of the best treatments we have.",
            "Planning the day around rest breaks helps many people.",
            "Thyroid problems and anemia should be ruled out with simple blood tests.",
        ),
        _CLOSERS + _GENERIC[:2],
        ("Common contributors:", ("poor sleep", "depression", "heat", "medications")),
        ("A plan that helps:", ("check blood tests", "treat sleep problems", "start exercise")),
        ("Energy conservation",),
        ("Practical tip: do the hardest task of the day when you feel most alert.",),
    ),
    Topic(
        "heat",
        ("Symptoms",),
        ("Why do my symptoms get worse in the heat?", "Does a hot shower make MS worse?"),
        (
            ("Every summer my legs feel weaker.", "Is the heat causing new damage?"),
            ("After a hot bath my vision blurs.", "Should I worry?"),
        ),
        ("Heat sensitivity, also called Uhthoff's phenomenon, is very common.",),
        (
            "A rise in body temperature slows conduction in damaged nerves.",
            "The symptoms come back to baseline once you cool down.",
            "It does not mean the disease is getting worse.",
            "Cooling vests and cold drinks help many people.",
        ),
        _CLOSERS,
        ("Ways to stay cool:", ("cooling vests", "cool showers", "air conditioning")),
        ("If symptoms last:", ("cool down", "wait a day", "call if not better")),
        ("Why heat matters",),
        ("Key point: symptoms from heat go away when you cool down.",),
    ),
    Topic(
        "mri",
        ("Diagnosis & MRI",),
        (
            "My MRI shows a new lesion but I feel fine",
            "Do new MRI lesions mean my treatment is failing?",
            "How often should I have an MRI?",
        ),
        (
            ("My yearly MRI showed one new lesion.", "I have no new symptoms. What does it mean?"),
            ("My neurologist orders an MRI every year.", "Is that really necessary?"),
        ),
        ("MRI often shows activity that causes no symptoms.",),
        (
            "Most new lesions appear in areas of the brain that do not cause obvious symptoms.",
            "One new lesion after starting a treatment can be part of the early response.",
            "Gadolinium contrast shows lesions that are active right now.",
            "Comparing scans done on the same machine makes changes easier to judge.",
            "A yearly scan is reasonable for most people who are stable.",
        ),
        _CLOSERS,
        ("What the report may mention:", ("T2 lesions", "enhancing lesions", "atrophy")),
        ("Ask about:", ("the number of new lesions", "contrast", "a comparison with older scans")),
        ("Reading the report",),
        ("Note: the radiologist compares each scan with the previous one.",),
    ),
    Topic(
        "diagnosis",
        ("Diagnosis & MRI", "Sjögren's Syndrome"),
        (
            "Could my symptoms be something other than MS?",
            "Is it MS or Sjögren's?",
            "What is a clinically isolated syndrome?",
        ),
        (
            ("I have dry eyes, dry mouth and numb feet.", "Could this be Sjögren's instead of MS?"),
            ("I had one episode of numbness last year.", "Does that mean I have MS?"),
        ),
        ("Several conditions can look like MS.",),
        (
            "Sjögren's syndrome can affect the nerves and the spinal cord.",
            "Blood tests for antibodies help tell these conditions apart.",
            "A single episode is called a clinically isolated syndrome.",
            "The diagnosis rests on MRI, the history and sometimes a lumbar puncture.",
            "Neuromyelitis optica is another condition that is tested for with a blood test.",
        ),
        _CLOSERS,
        (
            "Tests that help:",
            ("MRI of the brain and spine", "antibody blood tests", "a spinal tap"),
        ),
        ("The usual workup:", ("history and exam", "MRI", "blood tests")),
        ("Conditions that mimic MS",),
        ("Key point: the right diagnosis matters because treatments differ.",),
    ),
    Topic(
        "optic",
        ("Neuro-ophthalmology",),
        ("What is optic neuritis?", "Will my vision recover after optic neuritis?"),
        (
            ("My left eye went blurry and hurts when I move it.", "Is this optic neuritis?"),
            ("I had optic neuritis {years} ago.", "Colors still look washed out. Is that normal?"),
        ),
        ("Optic neuritis is inflammation of the optic nerve.",),
        (
            "Pain with eye movement and blurred central vision are typical.",
            "Most people recover much of their vision over weeks to months.",
            "Color vision often remains slightly washed out.",
            "An eye examination and an MRI help confirm the diagnosis.",
            "Steroids speed recovery but do not change the final outcome.",
        ),
        _CLOSERS,
        ("Typical features:", ("pain on eye movement", "blurred vision", "faded colors")),
        ("What to do:", ("see an eye doctor", "have an MRI", "discuss treatment")),
        ("Recovery",),
        ("Note: sudden painless loss of vision needs urgent review.",),
    ),
    Topic(
        "diet",
        ("Diet & Lifestyle",),
        ("Is there a diet for MS?", "Should I take vitamin D for MS?", "Does diet affect MS?"),
        (
            ("I keep reading about special diets for MS.", "Is there one you recommend?"),
            ("My vitamin D level was low.", "How much should I take?"),
        ),
        ("No single diet has been proven to change the course of MS.",),
        (
            "A balanced diet rich in vegetables, fish and whole grains is sensible.",
            "Low vitamin D levels are linked to more MS activity.",
            "Most people need a daily supplement to keep vitamin D in the normal range.",
            "Stopping smoking is the most important lifestyle change you can make.",
            "Very restrictive diets can cause their own problems.",
        ),
        _CLOSERS,
        ("Reasonable habits:", ("plenty of vegetables", "oily fish", "less processed food")),
        ("A simple plan:", ("check vitamin D", "stop smoking", "stay active")),
        ("What the evidence says",),
        ("Bottom line: eat well, stay active and do not smoke.",),
    ),
    Topic(
        "exercise",
        ("Diet & Lifestyle", "Symptoms"),
        ("Is exercise safe with MS?", "What kind of exercise is best for MS?"),
        (
            ("I used to run before my diagnosis.", "Is it safe to start again?"),
            ("My balance is poor.", "What exercise can I do safely?"),
        ),
        ("Exercise is safe and helpful for people with MS.",),
        (
            "Aerobic exercise improves fitness, mood and fatigue.",
            "Balance training lowers the risk of falls.",
            "Symptoms may flare briefly with heat but settle after cooling down.",
            "A physical therapist can design a program that fits your ability.",
        ),
        _CLOSERS,
        ("Good options:", ("swimming", "stationary cycling", "yoga", "strength training")),
        ("Getting started:", ("see a physical therapist", "start slowly", "build up weekly")),
        ("Getting started",),
        ("Practical tip: exercise in the cooler part of the day.",),
    ),
    Topic(
        "walking",
        ("Symptoms",),
        ("Can {d} help my walking?", "What helps walking in MS?"),
        (
            ("My walking has slowed over the last {years}.", "Would {d} help me?"),
            ("I trip over my right foot when I am tired.", "What can help?"),
        ),
        ("Walking problems are common and several things can help.",),
        (
            "{d} ({g}) improves walking speed in about a third of the people who try it.",
            "The effect is usually clear within the first two to four weeks.",
            "An ankle-foot orthosis can help with foot drop.",
            "Physical therapy focused on strength and balance is worth trying first.",
        ),
        _CLOSERS,
        ("Options include:", ("physical therapy", "an ankle brace", "a walking aid")),
        ("Trying the medication:", ("check {monitoring}", "take it for a few weeks", "review")),
        ("Treatments for walking",),
        ("Note: {d} should not be taken by people with a history of seizures.",),
        therapies=1,
        allowed=("Ampyra",),
    ),
    Topic(
        "cognition",
        ("Mental Health",),
        ("Is brain fog part of MS?", "Can MS cause depression?"),
        (
            ("I forget words and lose my train of thought.", "Is this caused by MS?"),
            ("Since my diagnosis I feel low most days.", "Is this part of the disease?"),
        ),
        ("Changes in thinking and mood are common in MS.",),
        (
            "Processing speed and memory are the areas most often affected.",
            "Depression is more common in MS than in the general population.",
            "Both can be assessed and treated.",
            "Fatigue and poor sleep make thinking problems worse.",
            "Cognitive rehabilitation helps many people.",
        ),
        _CLOSERS,
        ("Helpful strategies:", ("lists and calendars", "one task at a time", "good sleep")),
        ("Next steps:", ("tell your neurologist", "ask for testing", "consider counseling")),
        ("Thinking and mood",),
        ("Key point: low mood is treatable and you do not have to accept it.",),
    ),
)

_DRUG_TOPIC_RATE = 0.55


@dataclass(frozen=True)
class Draft:
    """The words of one synthetic post before any markup is chosen."""

    title: str
    question: tuple[str, str]
    paragraphs: tuple[str, ...]
    bullets: tuple[str, tuple[str, ...]]
    steps: tuple[str, tuple[str, ...]]
    heading: str
    colon: str
    entity_sentence: str
    therapies: tuple[Therapy, ...]
    topic: str


def pick_topic(rng: random.Random) -> tuple[int, tuple[int, ...]]:
    """A topic index and the therapy indices it will name (none for many posts)."""
    drug_topics = [i for i, t in enumerate(TOPICS) if t.therapies]
    plain_topics = [i for i, t in enumerate(TOPICS) if not t.therapies]
    if rng.random() < _DRUG_TOPIC_RATE:
        topic_index = rng.choice(drug_topics)
    else:
        topic_index = rng.choice(plain_topics)
    topic = TOPICS[topic_index]
    if topic.allowed:
        pool = [i for i, t in enumerate(THERAPIES) if t.brand in topic.allowed]
    else:
        pool = [i for i, t in enumerate(THERAPIES) if t.dmt]
    return topic_index, tuple(rng.sample(pool, topic.therapies))


def _slots(therapies: tuple[Therapy, ...], rng: random.Random) -> dict[str, str]:
    slots = {"years": rng.choice(_DURATIONS), "age": rng.choice(_AGES)}
    if therapies:
        t = therapies[0]
        slots.update(
            d=t.brand,
            g=t.generic,
            kind=t.kind,
            given=t.given,
            action=t.action,
            monitoring=t.monitoring,
            se=", ".join(t.side_effects[:-1]) + " and " + t.side_effects[-1]
            if len(t.side_effects) > 1
            else t.side_effects[0],
            se1=t.side_effects[0],
        )
    if len(therapies) > 1:
        t2 = therapies[1]
        slots.update(d2=t2.brand, g2=t2.generic, kind2=t2.kind)
    return slots


def _fill(template: str, slots: dict[str, str]) -> str:
    text = template.format_map(slots)
    return text[0].upper() + text[1:]


def draft(topic_index: int, therapy_indices: tuple[int, ...], seed: str, paragraphs: int) -> Draft:
    """The words of a post; the same arguments always give the same words."""
    rng = random.Random(seed)
    topic = TOPICS[topic_index]
    therapies = tuple(THERAPIES[i] for i in therapy_indices)
    slots = _slots(therapies, rng)
    title = _fill(rng.choice(topic.titles), slots)
    question = tuple(_fill(line, slots) for line in rng.choice(topic.questions))
    facts = [_fill(s, slots) for s in _FACTS] if therapies else []
    pool = [_fill(s, slots) for s in topic.body] + facts
    rng.shuffle(pool)
    generic = list(_GENERIC)
    rng.shuffle(generic)
    pool += generic

    def take(k: int) -> list[str]:
        return [pool.pop(0) for _ in range(min(k, len(pool)))]

    opener = _fill(rng.choice(topic.openers), slots)
    closer = _fill(rng.choice(topic.closers), slots)
    paras: list[str] = []
    if paragraphs == 1:
        paras.append(" ".join([opener, *take(2), closer]))
    else:
        paras.append(" ".join([opener, *take(rng.randint(1, 2))]))
        for _ in range(paragraphs - 2):
            paras.append(" ".join(take(rng.randint(2, 3))))
        paras.append(" ".join([*take(rng.randint(0, 1)), closer]))
    intro, items = topic.bullets
    bullet_items = []
    for item in items:
        if item == "{se_items}":
            bullet_items.extend(therapies[0].side_effects)
        else:
            bullet_items.append(_fill(item, slots))
    step_intro, step_items = topic.steps
    return Draft(
        title=title,
        question=(question[0], question[1]),
        paragraphs=tuple(paras),
        bullets=(_fill(intro, slots), tuple(bullet_items)),
        steps=(_fill(step_intro, slots), tuple(_fill(s, slots) for s in step_items)),
        heading=_fill(rng.choice(topic.headings), slots),
        colon=_fill(rng.choice(topic.colons), slots),
        entity_sentence=rng.choice(_ENTITY_SENTENCES),
        therapies=therapies,
        topic=topic.key,
    )
