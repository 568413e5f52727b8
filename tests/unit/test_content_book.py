"""The content book holds every text Krampbot can say (make content-book)."""
from __future__ import annotations

import re

from krampbot.knowledge import catalogue
from krampbot.triage.signs import SCREENING_ITEMS, SIGNS
from scripts.run import content_book


def test_every_response_sign_advice_and_entry_source_is_in_the_book():
    book = content_book.build()
    shown = set(re.findall(r"<div class='name' id='([^']+)'", book))
    assert set(content_book.all_responses()) - shown == set()
    for sign in SIGNS:
        assert f"<td>{sign.code}</td>" in book
    for item in SCREENING_ITEMS:
        assert content_book.esc(item.regel) in book
    for level, _ in content_book.LEVEL_CASES:
        for person in content_book.PEOPLE:
            assert f"advies {level} · {content_book.esc(person)}" in book
            assert f"advies {level} · {content_book.esc(person)} · samenvatting" in book
    for entry in catalogue.entries().values():
        assert f"herzien: {entry.herzien.isoformat()}" in book and content_book.esc(entry.bron) in book


def test_pregnancy_advice_names_the_verloskundige_and_a_child_never_does():
    book = content_book.build()
    blocks = re.findall(r"<div class='name'>([^<]+)</div><div class='text'>([^<]+)</div>", book)
    for title, text in blocks:
        if "zwanger" in title or "kraamtijd" in title:
            assert "verloskundige" in text, title
        if "kind (zoon" in title:
            assert "verloskundige" not in text, title
