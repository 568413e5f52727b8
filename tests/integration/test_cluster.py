"""Krampbot on Rasa's scale-out stack (scripts/run/cluster.sh), all on loopback:
PostgreSQL tracker store, Redis lock store, two Rasa replicas, two action servers and
nginx in front. Slow (starts real servers), but it runs in CI."""
from __future__ import annotations

import subprocess
import sys
import threading
import time
import uuid

import pytest

from tests.support.cluster import LoopbackCluster, running_cluster
from tests.support.load import say, send_concurrently
from tests.support.servers import API_TOKEN, ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster(trained_model, tmp_path_factory) -> LoopbackCluster:
    with running_cluster(tmp_path_factory.mktemp("cluster"),
                         {"KRAMPBOT_API_TOKEN": API_TOKEN}) as started:
        yield started


def test_conversation_alternating_between_replicas_ends_the_triage(cluster):
    sender = "alt-" + uuid.uuid4().hex
    answers = ["ik heb vaak kramp in mijn kuiten", "nee", "2 keer per week", "ja",
               "nee", "nee", "nee", "nee"]
    for turn, text in enumerate(answers):
        say(cluster.replica_urls[turn % 2], sender, text)
    tracker = cluster.tracker(sender)
    assert tracker["slots"]["frequentie"] == "wekelijks"
    assert tracker["slots"]["slaap_verstoord"] is True
    assert tracker["slots"]["advies"] == "huisarts"
    assert [e["text"] for e in tracker["events"] if e["event"] == "user"] == answers


def test_fifty_senders_through_nginx_lose_and_cross_nothing(cluster):
    senders = {f"lb-{i}-{uuid.uuid4().hex[:6]}": [f"vraag {n}: hoe voorkom ik kramp" for n in range(10)]
               for i in range(50)}
    assert send_concurrently(cluster.lb_url, senders) == []
    for sender, sent in senders.items():
        assert cluster.user_texts(sender) == sent


def test_stopping_one_replica_mid_load_loses_no_conversation(cluster):
    senders = {f"kill-{i}-{uuid.uuid4().hex[:6]}": [f"bericht {n}: wat te doen bij kramp" for n in range(15)]
               for i in range(20)}
    result: dict = {}
    worker = threading.Thread(
        target=lambda: result.setdefault("errors", send_concurrently(cluster.lb_url, senders, retries=5)))
    worker.start()
    time.sleep(3)
    cluster.stop_replica(0)
    worker.join()
    assert result["errors"] == []
    for sender, sent in senders.items():
        received = cluster.user_texts(sender)
        # Nothing lost, nothing from another sender, in order. A message can appear
        # twice only if a replica died after storing it and the client sent it again.
        assert [t for i, t in enumerate(received) if i == 0 or t != received[i - 1]] == sent


def test_erasing_through_the_balancer_leaves_no_row_in_postgresql(cluster):
    sender, other = "pg-wis-" + uuid.uuid4().hex, "pg-blijf-" + uuid.uuid4().hex
    say(cluster.lb_url, sender, "ik heb vaak kramp in mijn kuit")
    say(cluster.lb_url, other, "hallo")
    asked = " ".join(m.get("text", "") for m in say(cluster.lb_url, sender, "/vergeet"))
    assert "Wil je dat ik dit hele gesprek wis?" in asked
    assert cluster.stored_events(sender) > 0  # asked once: nothing erased yet
    reply = " ".join(m.get("text", "") for m in say(cluster.lb_url, sender, "ja"))
    assert reply.startswith("Je gesprek is gewist.")
    for _ in range(20):  # erased after the turn is stored
        if cluster.stored_events(sender) == 0:
            break
        time.sleep(0.25)
    assert cluster.stored_events(sender) == 0
    assert cluster.stored_events(other) > 0


def test_purge_deletes_old_conversations_from_postgresql_under_the_redis_lock(cluster):
    old = "pg-oud-" + uuid.uuid4().hex
    say(cluster.lb_url, old, "ik heb soms kramp in mijn voet")
    assert cluster.stored_events(old) > 0
    result = subprocess.run([sys.executable, "-m", "scripts.ops.purge", "--days", "0"], cwd=ROOT,
                            env=cluster.env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "gesprekken verwijderd" in result.stdout
    assert cluster.stored_events(old) == 0
