"""The learned second opinion's model: character and word n-grams, logistic regression.

Plain scikit-learn, trained inside the Rasa model (components/sign_model.py) and
measured by `make eval-safety` (its precision and recall on the held-out probes).
"""

from __future__ import annotations

from typing import Any, List

from krampbot.text.dutch import normalize


def fit(texts: List[str], labels: List[int], seed: int = 42) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion(
        [
            (
                "chars",
                TfidfVectorizer(
                    preprocessor=normalize,
                    analyzer="char_wb",
                    ngram_range=(3, 5),
                    min_df=2,
                    sublinear_tf=True,
                    max_features=60000,
                ),
            ),
            (
                "words",
                TfidfVectorizer(
                    preprocessor=normalize,
                    analyzer="word",
                    ngram_range=(1, 2),
                    min_df=1,
                    sublinear_tf=True,
                ),
            ),
        ]
    )
    model = Pipeline(
        [
            ("features", features),
            (
                "classifier",
                LogisticRegression(
                    C=4.0, class_weight="balanced", max_iter=2000, random_state=seed
                ),
            ),
        ]
    )
    model.fit(texts, labels)
    return model
