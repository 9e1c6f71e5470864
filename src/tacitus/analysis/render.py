"""Markdown and HTML for briefs and reviews: sentences with footnotes that name each cited event (its id, the
evidence sentence, the article), then the source articles."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from tacitus.analysis.sentences import Sentence
from tacitus.analysis.views import EventView, Source


@dataclass
class Section:
    heading: str | None
    sentences: list[Sentence] = field(default_factory=list)
    bullets: bool = False  # one sentence a line (lists, watchlists) rather than a paragraph

    def to_dict(self) -> dict[str, Any]:
        return {"heading": self.heading, "sentences": [s.to_dict() for s in self.sentences]}


@dataclass
class Document:
    title: Sentence
    subtitle: str
    sections: list[Section]
    evidence: dict[str, EventView]  # every cited event
    links: list[Source]  # Know more: the source articles
    note: str | None = None  # why a document is empty

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title.to_dict(), "subtitle": self.subtitle, "note": self.note,
                "sections": [s.to_dict() for s in self.sections],
                "know_more": [s.to_dict() for s in self.links],
                "events": {k: v.to_dict() for k, v in self.evidence.items()}}


def _numbers(document: Document) -> dict[str, int]:
    numbers: dict[str, int] = {}
    for sentence in [document.title] + [s for sec in document.sections for s in sec.sentences]:
        for event_id in sentence.events:
            numbers.setdefault(event_id, len(numbers) + 1)
    return numbers


def _source_line(source: Source | None) -> str:
    if source is None:
        return ""
    parts = [source.title or source.article_id, source.publisher, (source.published or "")[:10], source.url]
    return ", ".join(p for p in parts if p)


def markdown(document: Document) -> str:
    numbers = _numbers(document)

    def marks(sentence: Sentence) -> str:
        return "".join(f"[^{numbers[e]}]" for e in sentence.events)

    lines = [f"# {document.title.text.rstrip('.')}{marks(document.title)}", "", f"*{document.subtitle}*", ""]
    if document.note:
        lines += [document.note, ""]
    for section in document.sections:
        if not section.sentences:
            continue
        heading = f"**{section.heading}:** " if section.heading else ""
        if section.bullets:
            lines += [heading.strip()] if heading else []
            lines += [f"- {s.text}{marks(s)}" for s in section.sentences] + [""]
        else:
            lines += [heading + " ".join(f"{s.text}{marks(s)}" for s in section.sentences), ""]
    if document.links:
        lines += ["**Know more:**"]
        lines += [f"- [{s.title or s.article_id}]({s.url or ''}), {s.publisher or 'unknown publisher'}, "
                  f"{(s.published or 'undated')[:10]}" for s in document.links] + [""]
    for event_id, number in numbers.items():
        event = document.evidence[event_id]
        lines.append(f"[^{number}]: {event_id} ({event.category}, {event.status}): \"{event.sentence}\" "
                     f"({_source_line(event.source)})")
    return "\n".join(lines).rstrip() + "\n"


def to_html(document: Document) -> str:
    """A standalone page: no scripts, no stylesheet from elsewhere."""
    numbers = _numbers(document)
    e = html.escape

    def marks(sentence: Sentence) -> str:
        return "".join(f'<sup><a href="#fn{numbers[i]}">{numbers[i]}</a></sup>' for i in sentence.events)

    body = [f"<h1>{e(document.title.text.rstrip('.'))}{marks(document.title)}</h1>",
            f"<p><em>{e(document.subtitle)}</em></p>"]
    if document.note:
        body.append(f"<p>{e(document.note)}</p>")
    for section in document.sections:
        if not section.sentences:
            continue
        heading = f"<strong>{e(section.heading)}:</strong> " if section.heading else ""
        if section.bullets:
            items = "".join(f"<li>{e(s.text)}{marks(s)}</li>" for s in section.sentences)
            body.append(f"<p>{heading}</p><ul>{items}</ul>" if heading else f"<ul>{items}</ul>")
        else:
            body.append(f"<p>{heading}{' '.join(e(s.text) + marks(s) for s in section.sentences)}</p>")
    if document.links:
        items = "".join(f'<li><a href="{e(s.url or "")}">{e(s.title or s.article_id)}</a>, '
                        f'{e(s.publisher or "unknown publisher")}, {e((s.published or "undated")[:10])}</li>'
                        for s in document.links)
        body.append(f"<p><strong>Know more:</strong></p><ul>{items}</ul>")
    notes = "".join(f'<li id="fn{n}"><code>{e(i)}</code> ({e(document.evidence[i].category)}, '
                    f'{e(document.evidence[i].status)}): &ldquo;{e(document.evidence[i].sentence)}&rdquo; '
                    f'({e(_source_line(document.evidence[i].source))})</li>' for i, n in numbers.items())
    if notes:
        body.append(f"<hr><ol class=\"footnotes\">{notes}</ol>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{e(document.title.text.rstrip('.'))}</title></head>\n<body>\n" + "\n".join(body)
            + "\n</body></html>\n")
