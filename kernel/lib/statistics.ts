/**
 * statistics: mathematical statistics of numeric data.
 * Implements: mean, fmean (weights), geometric_mean, harmonic_mean (weights), median,
 * median_low, median_high, median_grouped, mode, multimode, quantiles (exclusive and
 * inclusive), variance, pvariance, stdev, pstdev, covariance, correlation, linear_regression
 * (proportional), NormalDist (pdf, cdf, inv_cdf, quantiles, overlap, zscore, samples,
 * from_samples, arithmetic), StatisticsError. As CPython: sums are exact (through Fractions),
 * the result type follows the data's types (int, bool, Fraction, float, Decimal), square roots
 * of variances are correctly rounded, inv_cdf uses Wichura's AS241 rational approximations,
 * and the errors are the same.
 * NON-CPYTHON: written for the kernel. Decimal data works through the decimal module (imported
 * only when Decimal data is met).
 */
export const source = String.raw`"""Basic statistics module: averages, spread and correlation of numeric data."""

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
           'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']

import math
import numbers
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction
from math import erf, exp, fabs, fsum, hypot, log, sqrt, tau


class StatisticsError(ValueError):
    pass


### Exact sums and result types

def _decimal_type():
    decimal = sys.modules.get('decimal')
    return None if decimal is None else decimal.Decimal


def _is_decimal_type(T):
    Decimal = _decimal_type()
    return Decimal is not None and issubclass(T, Decimal)


def _exact_ratio(x):
    """(numerator, denominator) of x; (x, None) for a NaN or an infinity."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _coerce(T, S):
    """The type of a result mixing types T and S (T is never bool)."""
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    for wider, narrower in ((S, T), (T, S)):
        if issubclass(wider, narrower):
            return wider
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(kinds):
    T = int
    for S in kinds:
        T = _coerce(T, S)
    return T


def _sum(data):
    """(result type, exact total, count) of data: the total is a Fraction, or a float when the
    data holds a NaN or an infinity."""
    count = 0
    kinds = set()
    by_denominator = {}
    for x in data:
        kinds.add(type(x))
        n, d = _exact_ratio(x)
        count += 1
        by_denominator[d] = by_denominator.get(d, 0) + n
    if None in by_denominator:
        total = by_denominator[None]
    else:
        total = sum(Fraction(n, d) for d, n in by_denominator.items())
    return _result_type(kinds), total, count


def _squares(data, c=None):
    """(result type, sum of squared deviations, mean, count): exact, from one pass."""
    if c is not None:
        T, total, count = _sum((x - c) * (x - c) for x in data)
        return T, total, c, count
    count = 0
    kinds = set()
    sums = {}
    square_sums = {}
    for x in data:
        kinds.add(type(x))
        n, d = _exact_ratio(x)
        count += 1
        sums[d] = sums.get(d, 0) + n
        square_sums[d] = square_sums.get(d, 0) + n * n
    if not count:
        spread = c = Fraction(0)
    elif None in sums:
        spread = c = sums[None]
    else:
        sx = sum(Fraction(n, d) for d, n in sums.items())
        sxx = sum(Fraction(n, d * d) for d, n in square_sums.items())
        # Exact with fractions (this formula is poor only in floating point).
        spread = (count * sxx - sx * sx) / count
        c = sx / count
    return _result_type(kinds), spread, c, count


def _convert(value, T):
    """value (a Fraction, or a float NaN/infinity) as type T."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            return T(value.numerator) / T(value.denominator)
        raise


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


### Square roots, correctly rounded

# Bits kept before the final rounding to a 53-bit float.
_SQRT_BITS = 2 * sys.float_info.mant_dig + 3


def _isqrt_round_to_odd(n, m):
    # The integer square root of n/m, its last bit set when inexact.
    root = math.isqrt(n // m)
    return root | (root * root * m != n)


def _float_sqrt_of_frac(n, m):
    """sqrt(n/m) as a correctly rounded float."""
    shift = (n.bit_length() - m.bit_length() - _SQRT_BITS) // 2
    if shift >= 0:
        return (_isqrt_round_to_odd(n, m << 2 * shift) << shift) / 1
    return _isqrt_round_to_odd(n << -2 * shift, m) / (1 << -shift)


def _decimal_sqrt_of_frac(n, m):
    """sqrt(n/m) as a correctly rounded Decimal."""
    Decimal = _decimal_type()
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    rn, rd = root.as_integer_ratio()
    # The neighbour above wins if n/m lies above the midpoint, the one below if under it.
    above = root.next_plus()
    an, ad = above.as_integer_ratio()
    if 4 * n * (rd * ad) ** 2 > m * (rd * an + ad * rn) ** 2:
        return above
    below = root.next_minus()
    bn, bd = below.as_integer_ratio()
    if 4 * n * (rd * bd) ** 2 < m * (rd * bn + bd * rn) ** 2:
        return below
    return root


def _root(mss, T):
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


### Averages

def mean(data):
    """Return the sample arithmetic mean of data."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    try:
        n = len(data)
    except TypeError:
        # An iterator: counted while fsum reads it.
        n = 0

        def counted(items):
            nonlocal n
            for n, x in enumerate(items, start=1):
                yield x
        data = counted(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum(x * w for x, w in zip(data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        Decimal = _decimal_type()
        if not isinstance(x, numbers.Real) and not (Decimal is not None and isinstance(x, Decimal)):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(errmsg)
        return x
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        sum_weights = _sum(_fail_neg(weights, errmsg))[1]
    try:
        positive = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, positive))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def _sorted_nonempty(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered


def median(data):
    """Return the median (middle value) of numeric data."""
    ordered = _sorted_nonempty(data)
    half, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    ordered = _sorted_nonempty(data)
    half, odd = divmod(len(ordered), 2)
    return ordered[half if odd else half - 1]


def median_high(data):
    """Return the high median of data."""
    ordered = _sorted_nonempty(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1):
    """Return the 50th percentile (median) of grouped continuous data."""
    ordered = _sorted_nonempty(data)
    n = len(ordered)
    middle = ordered[n // 2]
    for value in (middle, interval):
        if isinstance(value, (str, bytes)):
            raise TypeError('expected number but got %r' % (value,))
    try:
        lower = middle - interval / 2
    except TypeError:
        # Mixed types: as floats.
        lower = float(middle) - float(interval) / 2
    first = bisect_left(ordered, middle)
    if first == n or ordered[first] != middle:
        raise ValueError
    last = bisect_right(ordered, middle, lo=first)
    if last == n + 1 or ordered[last - 1] != middle:
        raise ValueError
    below, frequency = first, last - first
    return lower + interval * (n / 2 - below) / frequency


def mode(data):
    """Return the most common data point from discrete or nominal data."""
    ranked = Counter(iter(data)).most_common(1)
    if not ranked:
        raise StatisticsError('no mode for empty data')
    return ranked[0][0]


def multimode(data):
    """Return a list of the most frequently occurring values."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, delta = divmod(i * span, n)
            cuts.append((ordered[j] * (n - delta) + ordered[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            delta = i * span - j * n
            cuts.append((ordered[j - 1] * (n - delta) + ordered[j] * delta) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


### Spread

def variance(data, xbar=None):
    """Return the sample variance of data."""
    T, spread, c, n = _squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(spread / (n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of data."""
    T, spread, c, n = _squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(spread / n, T)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    T, spread, c, n = _squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root(spread / (n - 1), T)


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    T, spread, c, n = _squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root(spread / n, T)


def _mean_stdev(data):
    """The mean and the sample standard deviation as floats, in one pass."""
    T, spread, xbar, n = _squares(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = spread / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        # A NaN or an infinity among the data.
        return float(xbar), float(xbar) / float(spread)


### Two variables

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def _deviations(x, y, n):
    # (mean of x, mean of y, sum of products of deviations, sum of squared x deviations)
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((a - xbar) * (b - ybar) for a, b in zip(x, y))
    sxx = fsum((a - xbar) * (a - xbar) for a in x)
    return xbar, ybar, sxy, sxx


def covariance(x, y, /):
    """Covariance"""
    n = _paired(x, y, 'covariance')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    return fsum((a - xbar) * (b - ybar) for a, b in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient"""
    n = _paired(x, y, 'correlation')
    xbar, ybar, sxy, sxx = _deviations(x, y, n)
    syy = fsum((b - ybar) * (b - ybar) for b in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept for simple linear regression."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = fsum(a * b for a, b in zip(x, y))
        sxx = fsum(a * a for a in x)
    else:
        xbar, ybar, sxy, sxx = _deviations(x, y, n)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


### The normal distribution

def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


# Wichura, "Algorithm AS 241: The Percentage Points of the Normal Distribution" (1988):
# numerator and denominator coefficients, highest degree first, for the central region
# |p - 0.5| <= 0.425, the intermediate tail (r <= 5) and the far tail.
_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4, 4.5921953931549871457e+4,
     1.3731693765509461125e+4, 1.9715909503065514427e+3, 1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4, 2.1213794301586595867e+4,
     5.3941960214247511077e+3, 6.8718700749205790830e+2, 4.2313330701600911252e+1, 1.0))
_NEAR_TAIL = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1, 1.27045825245236838258e+0,
     3.64784832476320460504e+0, 5.76949722146069140550e+0, 4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2, 1.48103976427480074590e-1,
     6.89767334985100004550e-1, 1.67638483018380384940e+0, 2.05319162663775882187e+0, 1.0))
_FAR_TAIL = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3, 2.65321895265761230930e-2,
     2.96560571828504891230e-1, 1.78482653991729133580e+0, 5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5, 7.86869131145613259100e-4,
     1.48753612908506148525e-2, 1.36929880922735805310e-1, 5.99832206555887937690e-1, 1.0))


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _horner(_CENTRAL[0], r) * q / _horner(_CENTRAL[1], r)
        return mu + (x * sigma)
    r = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r = r - 1.6
        table = _NEAR_TAIL
    else:
        r = r - 5.0
        table = _FAR_TAIL
    x = _horner(table[0], r) / _horner(table[1], r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = sqrt(2.0)


def _moved(dist, offset, op):
    # dist shifted by a constant, or combined with another (independent) NormalDist.
    if isinstance(offset, NormalDist):
        return NormalDist(op(dist._mu, offset._mu), hypot(dist._sigma, offset._sigma))
    return NormalDist(op(dist._mu, offset), dist._sigma)


def _scaled(dist, factor, op):
    return NormalDist(op(dist._mu, factor), op(dist._sigma, fabs(factor)))


class NormalDist:
    "Normal distribution of a random variable"
    # https://en.wikipedia.org/wiki/Normal_distribution
    # https://en.wikipedia.org/wiki/Variance#Properties

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        "NormalDist where mu is the mean and sigma is the standard deviation."
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        "Make a normal distribution instance from sample data."
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        "Generate *n* samples for a given mean and standard deviation."
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        "Probability density function.  P(x <= X < x+dx) / dx"
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        offset = x - self._mu
        return exp(offset * offset / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        "Cumulative distribution function.  P(X <= x)"
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function.  x : P(X <= x) = p"""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """Divide into *n* continuous intervals with equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """Compute the overlapping coefficient (OVL) between two normal distributions."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        # Ordered, so that the result does not depend on the order of the operands.
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        crossings = ((a + b) / dv, (a - b) / dv)
        return 1.0 - sum(fabs(Y.cdf(c) - X.cdf(c)) for c in crossings)

    def zscore(self, x):
        """Compute the Standard Score.  (x - mean) / stdev"""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu, doc="Arithmetic mean of the normal distribution.")
    median = property(lambda self: self._mu, doc="Return the median of the normal distribution")
    mode = property(lambda self: self._mu, doc="Return the mode of the normal distribution")
    stdev = property(lambda self: self._sigma, doc="Standard deviation of the normal distribution.")
    variance = property(lambda self: self._sigma * self._sigma,
                        doc="Square of the standard deviation.")

    def __add__(x1, x2):
        """Add a constant or another NormalDist instance."""
        return _moved(x1, x2, lambda a, b: a + b)

    def __sub__(x1, x2):
        """Subtract a constant or another NormalDist instance."""
        return _moved(x1, x2, lambda a, b: a - b)

    def __mul__(x1, x2):
        """Multiply both mu and sigma by a constant."""
        return _scaled(x1, x2, lambda a, b: a * b)

    def __truediv__(x1, x2):
        """Divide both mu and sigma by a constant."""
        return _scaled(x1, x2, lambda a, b: a / b)

    def __pos__(x1):
        "Return a copy of the instance."
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        "Negates mu while keeping sigma the same."
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        "Subtract a NormalDist from a constant or another NormalDist."
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        "Two NormalDist objects are equal if their mu and sigma are both equal."
        if isinstance(x2, NormalDist):
            same_mean = x1._mu == x2._mu
            return same_mean and x1._sigma == x2._sigma
        return NotImplemented

    def __hash__(self):
        "NormalDist objects hash equal if their mu and sigma are both equal."
        key = (self._mu, self._sigma)
        return hash(key)

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)
`;
