"""Kinine is never for a pregnant woman or in the kraamtijd (MEDISCHE-VEILIGHEID §5): an
answer that offers a kinine button outside pregnancy has variants for `zwanger` and
`kraamtijd` that offer none (Rasa picks a conditional variant when its slot is set)."""
from __future__ import annotations

import pytest

from scripts.run.content_book import all_responses

KININE_ENTRIES = ("kinine_via_huisarts",)


def offers_kinine(variant) -> bool:
    return any(entry in (b.get("payload") or "") for b in variant.get("buttons") or [] for entry in KININE_ENTRIES)


def condition_slots(variant):
    return {c["name"] for c in variant.get("condition") or [] if c.get("value") is True}


ANSWERS_WITH_KININE = sorted(name for name, variants in all_responses().items()
                             if any(offers_kinine(v) and not v.get("condition") for v in variants)
                             and not name.split("/")[-1].startswith("kinine"))


def test_some_answers_offer_kinine():
    assert "utter_vraag/tonic" in ANSWERS_WITH_KININE


@pytest.mark.parametrize("name", ANSWERS_WITH_KININE)
@pytest.mark.parametrize("slot", ["zwanger", "kraamtijd"])
def test_no_kinine_button_when_pregnant_or_just_delivered(name, slot):
    variants = [v for v in all_responses()[name] if slot in condition_slots(v)]
    assert variants, f"{name} has no variant for {slot}"
    assert not any(offers_kinine(v) for v in variants)
    assert not any("Maak dan een afspraak bij de huisarts" in v["text"] for v in variants)
    # The variants differ only in their buttons: a text edited in one place is edited in all.
    main = next(v for v in all_responses()[name] if not v.get("condition"))
    assert all(v["text"] == main["text"] for v in variants)
