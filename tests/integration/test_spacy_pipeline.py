"""The Dutch spaCy pipeline: the real one where installed, the documented fallback here."""
from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import pytest

from components import spacy_pipeline


@pytest.fixture
def fresh_loader(monkeypatch):
    spacy_pipeline.load_dutch_pipeline.cache_clear()
    yield monkeypatch
    spacy_pipeline.load_dutch_pipeline.cache_clear()


def test_fallback_is_a_blank_dutch_pipeline_with_lemmas(fresh_loader, caplog):
    fresh_loader.setenv(spacy_pipeline.FORCE_ENV, "fallback")
    with caplog.at_level(logging.WARNING):
        pipeline = spacy_pipeline.load_dutch_pipeline()
    assert pipeline.is_fallback
    assert pipeline.identity.startswith("blank:nl+spacy-lookups-data==")
    lemmas = {t.text: t.lemma_ for t in pipeline.nlp("mijn kuiten deden pijn toen ik liep")}
    assert lemmas["kuiten"] == "kuit"
    assert lemmas["liep"] == "lopen"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "nl_core_news_sm" in warnings[0].getMessage()
    assert "make install" in warnings[0].getMessage()
    # Loading again gives the cached pipeline and no second warning.
    caplog.clear()
    spacy_pipeline.load_dutch_pipeline()
    assert not [r for r in caplog.records if r.levelno == logging.WARNING]


def test_fallback_is_never_installed_under_the_real_name():
    import importlib.metadata

    version = spacy_pipeline._package_version(spacy_pipeline.REAL_PIPELINE)
    if version is None:
        return
    dist = importlib.metadata.distribution(spacy_pipeline.REAL_PIPELINE)
    assert dist.metadata["Author"] and "Explosion" in dist.metadata["Author"]


@pytest.mark.skipif(
    spacy_pipeline._package_version("nl_core_news_sm") != "3.4.0",
    reason="nl_core_news_sm 3.4.0 is not installed here (no wheelhouse, release "
    "not reachable): the real pipeline is tested where it is installed",
)
def test_real_pipeline_is_used_when_installed(fresh_loader):
    fresh_loader.delenv(spacy_pipeline.FORCE_ENV, raising=False)
    pipeline = spacy_pipeline.load_dutch_pipeline()
    assert not pipeline.is_fallback
    assert pipeline.identity == "nl_core_news_sm==3.4.0"
    doc = pipeline.nlp("Ik heb kramp in mijn kuiten.")
    assert [t.lemma_ for t in doc if t.text == "kuiten"] == ["kuit"]


def test_model_refuses_another_spacy_pipeline(trained_model, fresh_loader):
    """Loading the trained model where another pipeline is installed: a clear error."""
    from rasa.engine.storage.local_model_storage import LocalModelStorage

    from components import dutch_spacy

    with tempfile.TemporaryDirectory() as tmp:
        storage, metadata = LocalModelStorage.from_model_archive(Path(tmp), trained_model)
        guard_nodes = [
            node for node in metadata.predict_schema.nodes.values()
            if node.uses is dutch_spacy.SpacyPipelineGuard
        ]
        assert len(guard_nodes) == 1
        node = guard_nodes[0]
        other = spacy_pipeline.DutchPipeline(nlp=None, identity="xx_other_pipeline==9.9", is_fallback=False)
        fresh_loader.setattr(dutch_spacy, "load_dutch_pipeline", lambda: other)
        with pytest.raises(dutch_spacy.SpacyPipelineMismatch) as error:
            dutch_spacy.SpacyPipelineGuard.load(
                node.config, storage, node.resource, execution_context=None
            )
    message = str(error.value)
    assert "xx_other_pipeline==9.9" in message
    assert spacy_pipeline.expected_identity() in message
    assert "make train" in message
