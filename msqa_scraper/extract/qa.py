"""Split a post body into question, answer and signature (rules in docs/extraction.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape as html_escape

from msqa_scraper.extract.experts import attribute
from msqa_scraper.extract.records import Expert
from msqa_scraper.extract.signature import SigLine
from msqa_scraper.extract.text import Line, Paragraph, _drop_empty_tags

_INLINE_OPEN = r"(?:<(?:strong|em|u)>\s*)*"
_INLINE_CLOSE = r"((?:\s*</(?:strong|em|u)>)*)"


@dataclass
class _Label:
    text: re.Pattern[str]
    html: re.Pattern[str]

    @classmethod
    def of(cls, words: str) -> _Label:
        return cls(
            re.compile(rf"^(?:{words})\s*:\s*", re.I),
            re.compile(rf"^\s*({_INLINE_OPEN})(?:{words}){_INLINE_CLOSE}\s*:\s*", re.I),
        )

    def matches(self, line: Line) -> bool:
        return bool(self.text.match(line.text))

    def strip(self, line: Line) -> Line:
        text = self.text.sub("", line.text, count=1).strip()
        markup = self.html.sub(lambda m: m.group(1) + m.group(2), line.html, count=1)
        return Line(text, _drop_empty_tags(markup))


QUESTION = _Label.of("question|q")
ANSWER = _Label.of("answer|a")


@dataclass
class QA:
    question: list[Paragraph]
    answer: list[Paragraph]
    experts: list[Expert]
    question_from_title: bool
    problems: list[str]
    signature: str | None = None
    signature_confidence: float | None = None


@dataclass
class _Entry:
    para: int
    kind: str
    line: Line


def _flatten(paragraphs: list[Paragraph]) -> list[_Entry]:
    return [_Entry(i, p.kind, line) for i, p in enumerate(paragraphs) for line in p.lines]


def _regroup(entries: list[_Entry]) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    last = None
    for e in entries:
        if not e.line.text and "<img" not in e.line.html:
            continue
        if e.para != last:
            paragraphs.append(Paragraph(e.kind))
            last = e.para
        paragraphs[-1].lines.append(e.line)
    return paragraphs


def split_qa(paragraphs: list[Paragraph]) -> QA:
    entries = _flatten(paragraphs)
    problems: list[str] = []
    q_at = next((i for i, e in enumerate(entries) if QUESTION.matches(e.line)), None)
    search_from = 0 if q_at is None else q_at + 1
    a_at = next(
        (i for i, e in enumerate(entries[search_from:], search_from) if ANSWER.matches(e.line)),
        None,
    )
    if q_at is not None:
        if q_at > 0 and any(e.line.text for e in entries[:q_at]):
            problems.append("text before the question label was left out")
        entries[q_at].line = QUESTION.strip(entries[q_at].line)
        if a_at is None:
            # No answer label: the question is the labelled paragraph, the answer what follows.
            q_para = entries[q_at].para
            a_at = next((i for i, e in enumerate(entries) if e.para != q_para and i > q_at), None)
            if a_at is None:
                a_at = len(entries)
        else:
            entries[a_at].line = ANSWER.strip(entries[a_at].line)
        question_entries = entries[q_at:a_at]
        answer_entries = entries[a_at:]
    else:
        question_entries = []
        if a_at is not None:
            # Unlabelled text before "Answer:" is the question as the asker wrote it.
            question_entries = entries[:a_at]
            entries[a_at].line = ANSWER.strip(entries[a_at].line)
            answer_entries = entries[a_at:]
        else:
            answer_entries = entries
    answer_entries = [e for e in answer_entries if e.line.text or "<img" in e.line.html]
    lines = [
        SigLine(
            e.line.text, e.line.html.startswith("<strong>"), prev is None or e.para != prev.para
        )
        for i, (e, prev) in enumerate(zip(answer_entries, [None, *answer_entries], strict=False))
    ]
    found = attribute(lines)
    experts: list[Expert] = found.experts
    if found.problem:
        problems.append(found.problem)
    if found.start is not None:
        if found.head is not None:
            # The block began after a dash in the answer's last line: keep what came before it.
            last = answer_entries[-1]
            answer_entries = [
                *answer_entries[:-1],
                _Entry(last.para, last.kind, _cut(last.line, found.head)),
            ]
        else:
            answer_entries = answer_entries[: found.start]
    return QA(
        question=_regroup(question_entries),
        answer=_regroup(answer_entries),
        experts=experts,
        question_from_title=not any(e.line.text for e in question_entries),
        problems=problems,
        signature=found.raw,
        signature_confidence=found.confidence,
    )


def _cut(line: Line, head: str) -> Line:
    """``line`` shortened to its text ``head`` (markup cut at the same dash)."""
    markup = line.html
    tail = line.text[len(head) :].strip()
    dash = tail[:1]
    at = markup.rfind(dash) if dash else -1
    if at > 0:
        markup = _drop_empty_tags(markup[:at].rstrip() + _closing_tags(markup[:at]))
    else:
        markup = html_escape(head)
    return Line(head, markup)


def _closing_tags(fragment: str) -> str:
    opened = re.findall(r"<(strong|em|u|a)\b[^>]*>", fragment)
    closed = re.findall(r"</(strong|em|u|a)>", fragment)
    for tag in closed:
        if tag in opened:
            opened.remove(tag)
    return "".join(f"</{tag}>" for tag in reversed(opened))
