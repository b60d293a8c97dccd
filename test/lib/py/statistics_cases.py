# statistics: result types and exact values of the averages and spreads, errors.
import statistics as s
from fractions import Fraction as F

for g in [lambda: s.mean([]), lambda: s.mean([1, 2, 3, 4]), lambda: s.mean([1.5, 2]), lambda: s.mean([1, 2.5]),
          lambda: s.median([]), lambda: s.median([3, 1, 2, 4]), lambda: s.mode([]), lambda: s.mode([1, 1, 2]),
          lambda: s.stdev([1]), lambda: s.stdev([1, 2, 3, 4]), lambda: s.variance([1, 2, 3, 4]),
          lambda: s.pstdev([1, 2, 3, 4]), lambda: s.pvariance([1, 2, 3, 4]), lambda: s.fmean([1, 2, 3]),
          lambda: s.fmean([]), lambda: s.mean(['a']), lambda: s.median_low([1, 2, 3, 4]),
          lambda: s.median_high([1, 2, 3, 4]), lambda: s.multimode('aabbc'), lambda: s.geometric_mean([1, 4]),
          lambda: s.harmonic_mean([1, 4]), lambda: s.quantiles([1, 2, 3, 4, 5, 6, 7, 8]), lambda: s.mean([1, 2, 4]),
          lambda: s.variance([1.5, 2.5, 2.5]), lambda: s.stdev([2, 4, 4, 4, 5, 5, 7, 9]), lambda: s.mean((True, False)),
          lambda: s.variance([1, 2, 3], 2), lambda: s.pvariance([]), lambda: s.mean([F(1, 3), F(2, 3)]),
          lambda: s.mean([F(1, 3), 1]), lambda: s.mean([F(1, 3), 0.5]), lambda: s.variance([F(1, 2), F(3, 2), 2]),
          lambda: s.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), lambda: s.median_grouped([1, 3, 3, 5, 7], interval=2),
          lambda: s.quantiles(range(1, 11), n=10, method='inclusive'), lambda: s.quantiles([1], n=4),
          lambda: s.fmean([1, 2, 3], weights=[3, 2, 1]), lambda: s.geometric_mean([0, 1]),
          lambda: s.harmonic_mean([40, 60], weights=[5, 30]), lambda: s.harmonic_mean([-1, 2]),
          lambda: s.covariance([1, 2, 3, 4], [1, 3, 2, 4]), lambda: s.correlation([1, 2, 3], [3, 2, 1]),
          lambda: s.correlation([1, 1], [1, 2]), lambda: s.linear_regression([1, 2, 3], [2, 4, 7]),
          lambda: s.linear_regression([1, 2, 3], [2, 4, 7], proportional=True), lambda: s.mode('aabbbc'),
          lambda: s.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), lambda: s.pstdev([10 ** 20, 10 ** 20 + 2]),
          lambda: s.mean(iter([1, 2, 3])), lambda: s.variance(x * 0.1 for x in range(10)),
          lambda: s.mean([float('inf'), 1]), lambda: s.NormalDist(100, 15), lambda: s.NormalDist(100, 15).cdf(130),
          lambda: s.NormalDist().inv_cdf(0.975), lambda: s.NormalDist(0, 1).pdf(0.5), lambda: s.NormalDist(-1, 2).zscore(3),
          lambda: s.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), lambda: s.NormalDist(2.4, 1.6).overlap(s.NormalDist(3.2, 2.0)),
          lambda: s.NormalDist(10, 2) + 5, lambda: s.NormalDist(10, 2) * 3 - s.NormalDist(1, 1),
          lambda: s.NormalDist().quantiles(), lambda: s.NormalDist(1, -1), lambda: s.NormalDist().inv_cdf(1e-10)]:
    try:
        r = g()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
