# uncaught ValueError from float() inside a comprehension
raw = '1.5 2.25 -3 1e3'
nums = [float(s) for s in raw.split()]
print(nums, sum(nums))
bad = '4.0 oops'.split()
print([float(s) for s in bad])
