# statistics.NormalDist: parameters, cdf/pdf/inv_cdf, arithmetic, comparisons, samples from a
# seeded generator, from_samples, and the errors.
import statistics as st
from statistics import NormalDist

n = NormalDist(100, 15)
print(n, repr(n), n.mean, n.median, n.mode, n.stdev, n.variance)
print(round(n.cdf(130), 12), round(n.inv_cdf(0.9), 9), round(n.pdf(100), 12), n.zscore(115))
print([round(q, 6) for q in n.quantiles()], [round(q, 6) for q in n.quantiles(n=10)][:3])
print(round(n.overlap(NormalDist(110, 10)), 12), n + 5, n - 5, n * 2, n / 2, 5 + n, -n,
      n + NormalDist(0, 20))
print(n == NormalDist(100, 15), n != NormalDist(100, 16), hash(n) == hash(NormalDist(100, 15)))
print(NormalDist.from_samples([1, 2, 3, 4]), NormalDist(), NormalDist(0, 0).mean)
s = n.samples(5, seed=42)
print(len(s), s[:3])
for bad in [lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).cdf(1),
            lambda: n.inv_cdf(0), lambda: n.inv_cdf(1.5), lambda: NormalDist.from_samples([1]),
            lambda: n.overlap(5), lambda: NormalDist(0, 0).pdf(0)]:
    try:
        print(bad())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.pstdev(data), st.pvariance(data, mu=5), st.stdev(data, xbar=5), st.fmean(data, weights=range(8)))
print(st.quantiles(data, n=4, method="inclusive"), st.quantiles([1, 2], n=3))
try:
    st.quantiles(data, n=0)
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    st.correlation([1, 2], [3])
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    st.linear_regression([1, 1, 1], [1, 2, 3])
except st.StatisticsError as e:
    print(type(e).__name__, e)
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
print(st.median_grouped([1, 3, 3, 5, 7], interval=2), st.mode(["red", "blue", "red"]))
print(st.mean([True, False, True]), type(st.mean([1, 2])).__name__, st.mean(iter([1.5, 2.5])))
try:
    st.mean(["a"])
except TypeError as e:
    print(type(e).__name__, e)
