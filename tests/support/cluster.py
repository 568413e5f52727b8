"""Start and stop the loopback cluster (scripts/run/cluster.sh) on free ports.

Used by tests/integration/test_cluster.py and by the benchmark (scripts/evaluate/bench.py).
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Optional

import requests

from tests.support.servers import API_TOKEN, ROOT, free_port


@dataclass
class LoopbackCluster:
    lb_url: str  # nginx in front of the replicas
    replica_urls: List[str]
    state: Path
    env: Dict[str, str]  # what the bot's maintenance scripts need to reach the same stores

    def stored_events(self, sender: str) -> int:
        """Rows of this conversation in the PostgreSQL tracker store, read directly."""
        import psycopg2

        host, port = self.env["KRAMPBOT_DB_HOST"].split(":")
        connection = psycopg2.connect(host=host, port=int(port), dbname="krampbot", user="krampbot",
                                      password=self.env["KRAMPBOT_DB_PASSWORD"])
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM events WHERE sender_id = %s", (sender,))
                return int(cursor.fetchone()[0])
        finally:
            connection.close()


    def stop_replica(self, index: int) -> None:
        port = self.replica_urls[index].rsplit(":", 1)[1]
        os.kill(int((self.state / f"rasa-{port}.pid").read_text()), signal.SIGTERM)

    def tracker(self, sender: str) -> dict:
        """Needs the cluster started with KRAMPBOT_API_TOKEN=API_TOKEN."""
        response = requests.get(f"{self.lb_url}/conversations/{sender}/tracker",
                                params={"token": API_TOKEN}, timeout=30)
        response.raise_for_status()
        return response.json()

    def user_texts(self, sender: str) -> List[str]:
        return [e["text"] for e in self.tracker(sender)["events"] if e["event"] == "user"]


@contextmanager
def running_cluster(
    state: Path, extra_env: Optional[Dict[str, str]] = None
) -> Iterator[LoopbackCluster]:
    """`scripts/run/cluster.sh up` on free ports; always brought down again."""
    pg_data = Path(f"/tmp/krampbot-cluster-pg-{uuid.uuid4().hex[:8]}")
    replica_ports = [free_port(), free_port()]
    lb_port = free_port()
    env = {
        **os.environ,
        "CLUSTER_STATE_DIR": str(state),
        "CLUSTER_PG_DATA": str(pg_data),
        "CLUSTER_PG_PORT": str(free_port()),
        "CLUSTER_REDIS_PORT": str(free_port()),
        "CLUSTER_PORT": str(lb_port),
        "CLUSTER_ACTIONS_PORT": str(free_port()),
        "CLUSTER_RASA_PORTS": " ".join(map(str, replica_ports)),
        "CLUSTER_ACTION_PORTS": f"{free_port()} {free_port()}",
        **(extra_env or {}),
    }
    try:
        up = subprocess.run(["scripts/run/cluster.sh", "up"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=900)
        if up.returncode != 0:
            raise RuntimeError("cluster did not come up:\n" + up.stdout[-3000:] + up.stderr[-3000:])
        stores = {
            **os.environ,
            "KRAMPBOT_DB_DIALECT": "postgresql",
            "KRAMPBOT_DB_HOST": f"127.0.0.1:{env['CLUSTER_PG_PORT']}",
            "KRAMPBOT_DB_NAME": "krampbot", "KRAMPBOT_DB_USER": "krampbot",
            "KRAMPBOT_DB_PASSWORD": env.get("CLUSTER_DB_PASSWORD", "krampbot-local"),
            "KRAMPBOT_LOCK_STORE": "redis", "KRAMPBOT_REDIS_HOST": "127.0.0.1",
            "KRAMPBOT_REDIS_PORT": env["CLUSTER_REDIS_PORT"], "KRAMPBOT_REDIS_DB": "0",
        }
        yield LoopbackCluster(f"http://127.0.0.1:{lb_port}",
                              [f"http://127.0.0.1:{p}" for p in replica_ports], state, stores)
    finally:
        subprocess.run(["scripts/run/cluster.sh", "down"], cwd=ROOT, env=env, timeout=300,
                       stdout=subprocess.DEVNULL)
        shutil.rmtree(pg_data, ignore_errors=True)
