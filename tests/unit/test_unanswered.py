"""scripts/ops/unanswered.py: grouping the messages Krampbot could not answer."""
import json

from scripts.ops.unanswered import unanswered


def user(text, when):
    return json.dumps({"event": "user", "text": text, "timestamp": when})


def bot(response, when):
    return json.dumps({"event": "bot", "text": "...", "timestamp": when,
                       "metadata": {"utter_action": response}})


def test_groups_counts_and_orders_newest_first_without_senders():
    rows = [
        ("a", user("Mag ik kinine met grapefruit?", 10)), ("a", bot("utter_weet_ik_niet", 11)),
        ("b", user("mag ik kinine  met grapefruit?", 20)), ("b", bot("utter_weet_ik_niet", 21)),
        ("b", user("helpt magnesium", 30)), ("b", bot("utter_vraag/magnesium", 31)),
        ("c", user("asdfgh", 40)), ("c", bot("utter_nlu_fallback", 41)),
        ("c", user("/greet", 50)), ("c", bot("utter_nlu_fallback", 51)),
    ]
    groups = unanswered(rows)
    assert [(g.text, g.reply, g.count, len(g.senders)) for g in groups] == [
        ("asdfgh", "niet begrepen", 1, 1),
        ("Mag ik kinine met grapefruit?", "weet ik niet", 2, 2),
    ]


def test_one_message_with_two_replies_counts_once():
    rows = [("a", user("kramp in mijn oor", 1)), ("a", bot("utter_weet_ik_niet", 2)),
            ("a", bot("utter_nlu_fallback", 3))]
    assert [g.count for g in unanswered(rows)] == [1]
