"""Load the Dutch spaCy pipeline Krampbot is trained with, or its documented fallback.

The real pipeline is nl_core_news_sm 3.4.0. Where it is not installed (it is not on
PyPI and some machines cannot reach spaCy's release), Krampbot uses a blank Dutch
pipeline with lookup lemmas from spacy-lookups-data, and says so once in a WARNING.
The identity string of the pipeline in use is stored in the trained model, so a model
is never silently served with a different pipeline than it was trained with.
"""
from __future__ import annotations

import functools
import importlib.metadata
import logging
import os
import time
from dataclasses import dataclass

logger = logging.getLogger(__name__)

REAL_PIPELINE = "nl_core_news_sm"
REAL_VERSION = "3.4.0"
# Set to "fallback" to force the blank pipeline even where the real one is installed
# (used by the tests of the fallback).
FORCE_ENV = "KRAMPBOT_SPACY_PIPELINE"


@dataclass(frozen=True)
class DutchPipeline:
    nlp: object  # spacy.language.Language; typed loosely to keep spaCy import lazy
    identity: str
    is_fallback: bool


def _package_version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def _real_pipeline_available() -> bool:
    return _package_version(REAL_PIPELINE) == REAL_VERSION


def _load_real():
    import spacy

    # The parser is not used by Rasa's tokenizer and costs time on every message.
    return spacy.load(REAL_PIPELINE, disable=["parser"])


def _load_fallback():
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    # spaCy logs "Created vocabulary" etc. twice (its own handler and the root one).
    spacy_logger = logging.getLogger("spacy")
    level = spacy_logger.level
    spacy_logger.setLevel(logging.WARNING)
    try:
        nlp.initialize()  # reads the Dutch lookup table from spacy-lookups-data
    finally:
        spacy_logger.setLevel(level)
    return nlp


def fallback_identity() -> str:
    return f"blank:nl+spacy-lookups-data=={_package_version('spacy-lookups-data')}"


def real_identity() -> str:
    return f"{REAL_PIPELINE}=={REAL_VERSION}"


@functools.cache
def load_dutch_pipeline() -> DutchPipeline:
    """Return the pipeline to use in this process (loaded once)."""
    started = time.monotonic()
    forced_fallback = os.environ.get(FORCE_ENV, "").lower() == "fallback"
    if not forced_fallback and _real_pipeline_available():
        logger.info("Loading the Dutch spaCy pipeline %s ...", real_identity())
        pipeline = DutchPipeline(_load_real(), real_identity(), is_fallback=False)
        logger.info("Loaded the spaCy pipeline in %.1f s.", time.monotonic() - started)
        return pipeline
    reason = (
        f"{FORCE_ENV}=fallback is set"
        if forced_fallback
        else f"the spaCy pipeline {REAL_PIPELINE} {REAL_VERSION} is not installed"
    )
    logger.warning(
        "Krampbot uses its fallback spaCy pipeline (blank Dutch + lemma lookups) because "
        "%s. Intent recognition works but has no Dutch part-of-speech tags. To install "
        "the real pipeline, put %s-%s-py3-none-any.whl in ../shared/wheels or "
        "$KRAMPBOT_WHEELHOUSE and run `make install`.",
        reason,
        REAL_PIPELINE,
        REAL_VERSION,
    )
    pipeline = DutchPipeline(_load_fallback(), fallback_identity(), is_fallback=True)
    logger.info("Loaded the fallback spaCy pipeline in %.1f s.", time.monotonic() - started)
    return pipeline


def expected_identity() -> str:
    """The identity load_dutch_pipeline() would give, without loading anything."""
    forced_fallback = os.environ.get(FORCE_ENV, "").lower() == "fallback"
    if not forced_fallback and _real_pipeline_available():
        return real_identity()
    return fallback_identity()
