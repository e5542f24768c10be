"""Trained stance classifier: the stance of a text toward a claim (FNC-1 labels).

Nothing is loaded at import: ``load_stance_model()`` reads the committed model
on first call and caches it for the process. ``headline`` holds the Emergent
head that judges short texts (headlines, single statements).
"""

from storyscope.verify.stance.model import (
    LABELS,
    MODEL_NAME,
    StanceModel,
    StanceModelError,
    is_headline_like,
    load_stance_model,
    predict_routed_stances,
    predict_stance_csv,
    predict_stances,
    read_stance_model,
    save_stance_model,
    train_stance_model,
)

__all__ = ["LABELS", "MODEL_NAME", "StanceModel", "StanceModelError", "is_headline_like", "load_stance_model",
           "predict_routed_stances", "predict_stance_csv", "predict_stances", "read_stance_model", "save_stance_model",
           "train_stance_model"]
