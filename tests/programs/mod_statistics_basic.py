# statistics: averages, spread, quantiles, correlation and regression on ints, floats and
# Fractions, and the StatisticsError of empty or too-short data.
import statistics as st
from fractions import Fraction
data = [2.5, 3.25, 5.5, 11.25, 11.75]
print(st.mean(data), st.fmean(data), st.geometric_mean([1, 2, 4, 8]), st.harmonic_mean([40, 60]))
print(st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]))
print(st.mode([1, 1, 2, 3, 3, 3]), st.multimode("aabbbbccddddeeffffgg"), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.mean([1, 2, 3, 4]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.correlation([1,2,3,4,5,6,7,8,9], [1,2,3,1,2,3,1,2,3]), st.covariance([1,2,3,4,5,6,7,8,9], [1,2,3,1,2,3,1,2,3]), st.linear_regression([1,2,3,4,5], [3,5,7,9,11]))
n = st.NormalDist(100, 15)
print(n, n.cdf(130), n.inv_cdf(0.9), n.pdf(100), n.overlap(st.NormalDist(110, 10)), n.zscore(115), n.quantiles(), n + 5, n * 2, st.NormalDist.from_samples([1, 2, 3, 4]))
for f, a in [(st.mean, []), (st.median, []), (st.mode, []), (st.stdev, [1]), (st.harmonic_mean, [-1]), (st.geometric_mean, [0, 1])]:
    try:
        f(a)
    except st.StatisticsError as e:
        print(f.__name__, type(e).__name__, e)
