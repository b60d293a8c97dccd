# statistics: averages, spread and correlation with exact sums, result types following the data
# (int, Fraction, float), correctly rounded square roots, quantiles, NormalDist, and the errors.
import statistics as st
from fractions import Fraction as F

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [0.1, 0.2, 0.3, 0.4]
fracs = [F(1, 3), F(1, 2), F(3, 4)]
for name in ("mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low", "median_high",
             "median_grouped", "mode", "multimode", "variance", "pvariance", "stdev", "pstdev"):
    results = []
    for data in (ints, floats, fracs):
        try:
            results.append(repr(getattr(st, name)(data)))
        except Exception as e:
            results.append("%s: %s" % (type(e).__name__, e))
    print(name, " | ".join(results))
print(st.mean([1, 2.5]), st.mean([F(1, 2), 1]), st.mean(iter([True, False, True])), st.variance([1, 2, 3], 2),
      st.pvariance([1.5, 2.5], mu=2), st.stdev([10 ** 20, 10 ** 20 + 2]), st.fmean([1, 2, 3], weights=[3, 2, 1]),
      st.harmonic_mean([40, 60], weights=[5, 30]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.mode("aabbbc"))
print(st.quantiles(range(1, 11)), st.quantiles(range(1, 11), n=10, method="inclusive"), st.quantiles([1, 9], n=3))
print(st.covariance([1, 2, 3, 4], [1, 3, 2, 4]), st.correlation([1, 2, 3, 4], [2, 4, 5, 9]),
      st.linear_regression([1, 2, 3, 4], [3, 5, 7, 10]), st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
for call in (lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.median([]),
             lambda: st.mode([]), lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 1]),
             lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0), lambda: st.correlation([1, 1], [1, 2]),
             lambda: st.covariance([1], [1, 2]), lambda: st.linear_regression([1, 1], [2, 3]), lambda: st.mean(["a"]),
             lambda: st.fmean([]), lambda: st.quantiles([1, 2], method="other")):
    try:
        call()
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
iq = st.NormalDist(100, 15)
print(iq, iq.mean, iq.stdev, iq.variance, iq.cdf(130), iq.pdf(100), iq.inv_cdf(0.975), iq.zscore(70), iq.quantiles())
print(st.NormalDist().inv_cdf(1e-10), st.NormalDist().inv_cdf(0.3), st.NormalDist(2.4, 1.6).overlap(st.NormalDist(3.2, 2.0)))
print(iq + 5, iq * 2, iq - st.NormalDist(10, 20), 10 - iq, -iq, iq / 3, iq == st.NormalDist(100.0, 15.0),
      st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), len(st.NormalDist(0, 1).samples(3, seed=1)))
try:
    st.NormalDist(0, -1)
except st.StatisticsError as e:
    print("StatisticsError", e)
