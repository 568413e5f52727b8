"""startup/launcher.py: which warnings `make run`/`make train` hide, and which not;
the Makefile tries the spaCy download once per install."""
from __future__ import annotations

import re
import subprocess
import warnings
from pathlib import Path

import pytest

from startup import launcher

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "actions").mkdir()
    (tmp_path / "components").mkdir()
    (tmp_path / "actions" / "glue.py").write_text(
        'dispatcher.utter_message(response="utter_by_action")\n'
        'response = f"utter_meer_{topic}"\n', encoding="utf-8")
    (tmp_path / "components" / "override.py").write_text(
        'RED_FLAG_INTENT = "rode_vlag"\n', encoding="utf-8")
    (tmp_path / "domain.yml").write_text(
        'responses:\n  utter_x:\n    - text: "x"\n      buttons:\n'
        '        - payload: "/meer_weten{{\\"onderwerp\\":\\"a\\"}}"\n'
        '        - payload: "nee"\n', encoding="utf-8")
    (tmp_path / "data" / "nlu").mkdir(parents=True)
    (tmp_path / "data" / "nlu" / "topic.yml").write_text(
        'responses:\n  utter_topic:\n  - text: "y"\n    buttons:\n'
        '    - payload: "/meer_hulp"\n', encoding="utf-8")
    return tmp_path


def hidden(patterns, message: str) -> bool:
    return any(re.match(p, message, re.I) for p in patterns)


def test_expected_training_warnings_are_the_ones_actions_forms_and_buttons_explain(project):
    patterns = launcher.expected_training_warnings(project)
    for name in ("utter_by_action", "utter_meer_voeding", "utter_ask_frequentie", "utter_default"):
        assert hidden(patterns, f"The utterance '{name}' is not used in any story or rule.")
    for intent in ("meer_weten", "meer_hulp", "rode_vlag"):
        assert hidden(patterns, f"The intent '{intent}' is listed in the domain file, but "
                                f"is not found in the NLU training data.")


def test_unexpected_training_warnings_still_show(project):
    patterns = launcher.expected_training_warnings(project)
    assert not hidden(patterns, "The utterance 'utter_unused' is not used in any story or rule.")
    assert not hidden(patterns, "The utterance 'utter_by_action_2' is not used in any story or rule.")
    assert not hidden(patterns, "The intent 'nee' is listed in the domain file, but is not "
                                "found in the NLU training data.")
    assert not hidden(patterns, "Found rule-based training data but no policy supporting it.")


def test_training_warning_filter_works_through_the_warnings_module(project):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        launcher.hide_expected_training_warnings(project)
        warnings.warn("The utterance 'utter_by_action' is not used in any story or rule.", stacklevel=1)
        warnings.warn("The utterance 'utter_unused' is not used in any story or rule.", stacklevel=1)
    assert [str(w.message) for w in caught] == [
        "The utterance 'utter_unused' is not used in any story or rule."]


def test_only_third_party_deprecation_warnings_are_hidden():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        launcher.hide_third_party_deprecations()
        for module in ("sqlalchemy.orm", "pkg_resources", "tensorflow.lite.python.util",
                       "krampbot.triage", "actions.triage_actions", "channels.guard"):
            warnings.warn_explicit(f"old API in {module}", DeprecationWarning, "x.py", 1,
                                   module=module)
        warnings.warn_explicit("a user warning", UserWarning, "x.py", 1, module="sqlalchemy")
    assert [str(w.message) for w in caught] == [
        "old API in krampbot.triage", "old API in actions.triage_actions",
        "old API in channels.guard", "a user warning"]


# ------------------------------------------------------------------------ Makefile
def make_dry_run(venv: Path, target: str) -> str:
    result = subprocess.run(["make", "-n", f"VENV={venv}", target], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_spacy_download_is_tried_once_per_install_not_on_every_run(tmp_path):
    venv = tmp_path / "venv"
    venv.mkdir()
    (venv / ".krampbot-installed").touch()  # an install that is up to date
    assert "install_spacy_model" in make_dry_run(venv, "run")  # first run: tried
    (venv / ".krampbot-spacy-tried").touch()
    assert "install_spacy_model" not in make_dry_run(venv, "run")
    assert "install_spacy_model" not in make_dry_run(venv, "test")
    # `make install` tries again (e.g. after putting the wheel in a wheelhouse).
    assert "install_spacy_model" in make_dry_run(venv, "install")
