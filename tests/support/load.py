"""Concurrent REST senders for the load tests (single server and cluster)."""
from __future__ import annotations

import threading
import time
from typing import Dict, List, Tuple

import requests

WEBHOOK = "/webhooks/rest/webhook"


def say(url: str, sender: str, text: str, retries: int = 0, timeout: float = 120) -> list:
    """POST one message; retries (like a real client would) on connection errors and 5xx."""
    for attempt in range(retries + 1):
        try:
            response = requests.post(url + WEBHOOK, json={"sender": sender, "message": text},
                                     timeout=timeout)
            if response.status_code < 500:
                response.raise_for_status()
                return response.json()
        except requests.ConnectionError:
            if attempt == retries:
                raise
        time.sleep(0.5)
    raise AssertionError(f"no answer after {retries + 1} tries")


def send_concurrently(
    url: str, conversations: Dict[str, List[str]], retries: int = 0
) -> List[Tuple[str, str]]:
    """One thread per sender, each sending its messages in order; returns the errors."""
    errors: List[Tuple[str, str]] = []

    def run(sender: str) -> None:
        for text in conversations[sender]:
            try:
                if not say(url, sender, text, retries=retries):
                    errors.append((sender, "empty reply"))
            except Exception as error:
                errors.append((sender, repr(error)))

    threads = [threading.Thread(target=run, args=(s,)) for s in conversations]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors
