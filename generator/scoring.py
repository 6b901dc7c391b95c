"""Scoring: BM25 as lunr computes it, to the same floats, over numpy arrays of postings."""
from __future__ import annotations

import math

import numpy as np

from .terms import FIELDS

# lunr's BM25 parameters (lunr.Builder's defaults, which lunr.js's index expects).
K1, B = 1.2, 0.75


def averages(lengths: "np.ndarray") -> list[float]:
    """Each field's average length over the documents (0 for none)."""
    documents = lengths.shape[1]
    return [int(lengths[f].sum()) / documents if documents else 0 for f in range(len(FIELDS))]


def field_norms(lengths: "np.ndarray", average: list[float] | None = None) -> "np.ndarray":
    """BM25's length normalisation of each field of each document (lunr's floats exactly:
    the same operations in the same order), against the fields' average lengths."""
    norms = np.zeros(lengths.shape, dtype=np.float64)
    for f, mean in enumerate(averages(lengths) if average is None else average):
        if mean:  # a field empty everywhere has no postings to score
            norms[f] = K1 * (1 - B + B * (lengths[f] / mean))
    return norms


def bm25(term, field, ref, tf, norms, held: "np.ndarray | None" = None) -> "np.ndarray":
    """lunr's score × 1000 of each posting, rounded as lunr rounds (round(score, 3)). `held`:
    per term, the field-document pairs holding it (lunr.idf's count), if not these postings'."""
    if held is None:
        held = np.bincount(term)
    documents = norms.shape[1]
    counts, which = np.unique(held, return_inverse=True)
    # math.log, not numpy's: lunr's floats exactly. Once per distinct count, not per term.
    idf = np.array([math.log(1 + abs((documents - h + 0.5) / (h + 0.5))) for h in counts.tolist()])[which]
    boost = np.array([b for _, b in FIELDS], dtype=np.float64)
    count = tf.astype(np.float64)
    score = idf[term] * ((K1 + 1) * count) / (norms[field, ref] + count) * boost[field]
    scaled = score * 1000
    out = np.rint(scaled).astype(np.int64)
    # Where score × 1000 sits on a half, float error could tip np.rint the other way than
    # Python's decimal rounding: those few take lunr's own path.
    tie = np.flatnonzero(np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6)
    for k in tie.tolist():
        out[k] = round(round(float(score[k]), 3) * 1000)
    return out
