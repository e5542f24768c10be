"""Vectorised MinHash banding over a sparse term matrix (private to ``corpus/``).

datasketch's ``MinHashLSH`` does one Python call per item and band; for tens of
thousands of short claim sentences that dominates the corpus stage. Here the
signatures come from numpy over the CSR arrays in one pass per permutation and
the bands are bucketed with ``np.unique``; the candidate pairs are the same
kind datasketch would propose (items colliding in at least one band).
"""

from __future__ import annotations

import numpy as np

_PRIME = (1 << 31) - 1


def minhash_signatures(indptr: np.ndarray, indices: np.ndarray, num_perm: int, seed: int = 1) -> np.ndarray:
    """MinHash signatures (rows x ``num_perm``) of the sets given as CSR ``indptr``/``indices``.

    Element ids are column indices; the hash family is ``(a * x + b) mod p``
    with fixed-seed ``a``, ``b`` (deterministic). Empty rows get all-max
    signatures and should be left out by the caller.
    """
    n = len(indptr) - 1
    sig = np.full((n, num_perm), _PRIME, dtype=np.int64)
    nonempty = np.flatnonzero(np.diff(indptr) > 0)
    if not len(nonempty) or not len(indices):
        return sig
    rng = np.random.RandomState(seed)
    a = rng.randint(1, _PRIME, size=num_perm, dtype=np.int64)
    b = rng.randint(0, _PRIME, size=num_perm, dtype=np.int64)
    cols = indices.astype(np.int64)
    starts = indptr[:-1][nonempty]
    for k in range(num_perm):
        hashed = (a[k] * cols + b[k]) % _PRIME
        sig[nonempty, k] = np.minimum.reduceat(hashed, starts)
    return sig


def band_pairs(sig: np.ndarray, rows: np.ndarray, bands: int, max_bucket: int, window: int) -> np.ndarray:
    """Pairs of ``rows`` whose signatures agree on every value of at least one band.

    Args:
        sig: signatures from ``minhash_signatures``.
        rows: the row numbers to consider (non-empty sets).
        bands: number of bands; ``sig.shape[1]`` must divide by it.
        max_bucket: a bucket with more members than this is not expanded to
            all its pairs; each member is paired with its next ``window``
            members instead (keeps the pair count linear).
        window: see ``max_bucket``.

    Returns:
        An ``(k, 2)`` int64 array of distinct ``(i, j)`` row pairs, ``i < j``,
        sorted.
    """
    found: list[np.ndarray] = []
    if len(rows) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    width = sig.shape[1] // bands
    sub = sig[rows]
    for band in range(bands):
        block = sub[:, band * width : (band + 1) * width]
        if width <= 2:  # values < 2**31: two fit exactly in one int64 key
            keys = block[:, 0] * (_PRIME + 1) + (block[:, 1] if width == 2 else 0)
            _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
        else:
            _, inverse, counts = np.unique(
                np.ascontiguousarray(block), axis=0, return_inverse=True, return_counts=True
            )
        inverse = inverse.ravel()
        if counts.max(initial=0) < 2:
            continue
        order = np.argsort(inverse, kind="stable")
        members = rows[order]
        group = inverse[order]
        big = counts[group] > max_bucket
        # Pair each member with the one ``d`` places later in the same bucket;
        # in an oversized bucket only for d <= window.
        for d in range(1, min(int(counts.max()), max_bucket + 1)):
            same = group[:-d] == group[d:]
            if d > window:
                same &= ~big[:-d]
            if not same.any():
                break
            idx = np.flatnonzero(same)
            found.append(np.stack([members[idx], members[idx + d]], axis=1))
    return unique_pairs(found)


def sorted_unique(values: np.ndarray, return_counts: bool = False):
    """``np.unique(values)`` (flattened, sorted), optionally with counts, by one sort.

    numpy 2's ``np.unique`` without ``return_inverse`` hashes instead of
    sorting, which is tens of times slower on the arrays this package
    de-duplicates (millions of pair codes, or thousands of small hash arrays).
    """
    s = np.sort(values, axis=None)
    first = np.empty(len(s), dtype=bool)
    first[:1] = True
    np.not_equal(s[1:], s[:-1], out=first[1:])
    if not return_counts:
        return s[first]
    starts = np.flatnonzero(first)
    return s[starts], np.diff(np.append(starts, len(s)))


def unique_pairs(chunks: list[np.ndarray]) -> np.ndarray:
    """Concatenate ``(k, 2)`` pair arrays, orient each pair ``i < j``, drop self-pairs and duplicates."""
    if not chunks:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(chunks).astype(np.int64)
    if not len(pairs):
        return np.zeros((0, 2), dtype=np.int64)
    lo, hi = pairs.min(axis=1), pairs.max(axis=1)
    keep = lo != hi
    base = int(hi.max()) + 1
    codes = sorted_unique(lo[keep] * base + hi[keep])
    return np.stack([codes // base, codes % base], axis=1)
