"""Krampbot on Rasa's scale-out stack (scripts/cluster.sh), all on loopback:
PostgreSQL tracker store, Redis lock store, two Rasa replicas, two action servers and
nginx in front. Slow (starts real servers), but it runs in CI."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import List

import pytest
import requests

from tests.support.load import say, send_concurrently
from tests.support.servers import API_TOKEN, ROOT, free_port

pytestmark = pytest.mark.slow


@dataclass
class Cluster:
    lb_url: str
    replica_urls: List[str]
    state: Path

    def tracker(self, sender: str) -> dict:
        response = requests.get(f"{self.lb_url}/conversations/{sender}/tracker",
                                params={"token": API_TOKEN}, timeout=30)
        response.raise_for_status()
        return response.json()

    def user_texts(self, sender: str) -> List[str]:
        return [e["text"] for e in self.tracker(sender)["events"] if e["event"] == "user"]


@pytest.fixture(scope="module")
def cluster(trained_model, tmp_path_factory):
    state = tmp_path_factory.mktemp("cluster")
    pg_data = Path(f"/tmp/krampbot-test-pg-{uuid.uuid4().hex[:8]}")
    rasa_ports = [free_port(), free_port()]
    lb_port = free_port()
    env = {
        **os.environ,
        "CLUSTER_STATE_DIR": str(state),
        "CLUSTER_PG_DATA": str(pg_data),
        "CLUSTER_PG_PORT": str(free_port()),
        "CLUSTER_REDIS_PORT": str(free_port()),
        "CLUSTER_PORT": str(lb_port),
        "CLUSTER_ACTIONS_PORT": str(free_port()),
        "CLUSTER_RASA_PORTS": " ".join(map(str, rasa_ports)),
        "CLUSTER_ACTION_PORTS": f"{free_port()} {free_port()}",
        "KRAMPBOT_API_TOKEN": API_TOKEN,
    }
    up = subprocess.run(["scripts/cluster.sh", "up"], cwd=ROOT, env=env,
                        capture_output=True, text=True, timeout=900)
    try:
        assert up.returncode == 0, up.stdout[-3000:] + up.stderr[-3000:]
        yield Cluster(f"http://127.0.0.1:{lb_port}",
                      [f"http://127.0.0.1:{p}" for p in rasa_ports], state)
    finally:
        subprocess.run(["scripts/cluster.sh", "down"], cwd=ROOT, env=env, timeout=300)
        shutil.rmtree(pg_data, ignore_errors=True)


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
    pid_file = cluster.state / f"rasa-{cluster.replica_urls[0].rsplit(':', 1)[1]}.pid"
    os.kill(int(pid_file.read_text()), signal.SIGTERM)
    worker.join()
    assert result["errors"] == []
    for sender, sent in senders.items():
        received = cluster.user_texts(sender)
        # Nothing lost, nothing from another sender, in order. A message can appear
        # twice only if a replica died after storing it and the client sent it again.
        assert [t for i, t in enumerate(received) if i == 0 or t != received[i - 1]] == sent
