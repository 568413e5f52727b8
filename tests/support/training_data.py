"""The NLU training examples, read the way `rasa train` reads them."""
from __future__ import annotations

from typing import Set


def trained_texts() -> Set[str]:
    """Lower-cased text of every intent example in data/ (rules and stories are skipped)."""
    from rasa.shared.data import get_nlu_directory
    from rasa.shared.nlu.training_data.loading import load_data

    return {m.get("text").lower() for m in load_data(get_nlu_directory("data")).intent_examples}
