"""Tail probabilities of the Poisson distribution: is this period's count surprising given the baseline mean?"""

from __future__ import annotations

import math


def _term(k: int, lam: float) -> float:
    """P(X = k) for X ~ Poisson(lam), computed in logs so that large counts do not overflow."""
    return math.exp(k * math.log(lam) - lam - math.lgamma(k + 1))


def poisson_cdf(k: int, lam: float) -> float:
    """P(X <= k)."""
    if k < 0:
        return 0.0
    if lam <= 0:
        return 1.0
    return min(1.0, math.fsum(_term(i, lam) for i in range(k + 1)))


def poisson_sf(k: int, lam: float) -> float:
    """P(X >= k): the chance of at least ``k`` events when ``lam`` are expected."""
    if k <= 0:
        return 1.0
    if lam <= 0:
        return 0.0
    if k <= lam:
        return max(0.0, 1.0 - poisson_cdf(k - 1, lam))
    # Above the mean the terms fall: sum them upwards (1 - cdf would lose every digit to rounding).
    total, i, term = 0.0, k, _term(k, lam)
    while term > 0 and (term > total * 1e-17):
        total += term
        i += 1
        term *= lam / i
    return min(1.0, total)
