# Comprehension-heavy data processing over a fixed employee dataset.
RECORDS = [
    ("alice", "eng", 120000, 34, 2015),
    ("bob", "eng", 95000, 28, 2019),
    ("carol", "sales", 70000, 45, 2010),
    ("dave", "sales", 72000, 39, 2012),
    ("erin", "hr", 65000, 50, 2005),
    ("frank", "eng", 130000, 41, 2011),
    ("grace", "ops", 80000, 31, 2018),
    ("heidi", "ops", 82500, 29, 2020),
    ("ivan", "hr", 61000, 26, 2021),
    ("judy", "eng", 99999, 37, 2016),
]
emps = [dict(zip(("name", "dept", "salary", "age", "year"), r)) for r in RECORDS]
depts = sorted({e["dept"] for e in emps})
print("departments:", depts)
by_dept = {d: [e for e in emps if e["dept"] == d] for d in depts}
for d, members in by_dept.items():
    print(d, [m["name"] for m in members])
avg_salary = {d: round(sum(e["salary"] for e in ms) / len(ms), 2) for d, ms in by_dept.items()}
print(avg_salary)
avg_age = {d: round(sum(e["age"] for e in ms) / len(ms), 1) for d, ms in by_dept.items()}
print(avg_age)
print("report:")
for d in sorted(avg_salary, key=lambda k: (-avg_salary[k], k)):
    print(f"  {d:<6}{avg_salary[d]:>12,.2f}{avg_age[d]:>6}{len(by_dept[d]):>3}")
top = max(emps, key=lambda e: e["salary"])
young = min(emps, key=lambda e: (e["age"], e["name"]))
print("top earner:", top["name"], top["salary"])
print("youngest:", young["name"], young["age"])
print("dept max:", {d: max(ms, key=lambda e: e["salary"])["name"] for d, ms in by_dept.items()})
seniority = sorted(emps, key=lambda e: (e["year"], e["name"]))
print([f"{e['name']}:{2024 - e['year']}" for e in seniority])
buckets = {}
for e in emps:
    buckets.setdefault(e["age"] // 10 * 10, []).append(e["name"])
print(sorted(buckets.items()))
print({k: len(v) for k, v in sorted(buckets.items(), reverse=True)})
raises = {e["name"]: round(e["salary"] * (1.05 if e["dept"] == "eng" else 1.03)) for e in emps}
print(raises)
print(sum(raises.values()), sum(e["salary"] for e in emps))
pairs = [(a["name"], b["name"]) for a in emps for b in emps
         if a["dept"] == b["dept"] and a["name"] < b["name"]]
print(pairs)
matrix = [[e["salary"] // 1000 for e in ms] for ms in by_dept.values()]
print(matrix, [sum(row) for row in matrix])
flat = sorted(x for row in matrix for x in row)
print(flat, flat[len(flat) // 2])
names_by_len = {}
for n in sorted(e["name"] for e in emps):
    names_by_len.setdefault(len(n), set()).add(n)
print({k: sorted(v) for k, v in sorted(names_by_len.items())})
initials = {e["name"][0].upper() for e in emps}
print(sorted(initials), len(initials))
high = {e["name"] for e in emps if e["salary"] > 90000}
old = {e["name"] for e in emps if e["age"] > 35}
print(sorted(high & old), sorted(high | old), sorted(high - old), sorted(high ^ old))
inv = {v: k for k, v in avg_salary.items()}
print(sorted(inv.items()))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(12345, -2), round(99999.999, 1))
stats = [(d, min(e["salary"] for e in ms), max(e["salary"] for e in ms)) for d, ms in by_dept.items()]
print(sorted(stats, key=lambda t: t[2] - t[1], reverse=True))
print(any(e["age"] > 49 for e in emps), all(e["salary"] > 60000 for e in emps))
counter = {}
for e in emps:
    counter[e["dept"]] = counter.get(e["dept"], 0) + 1
print(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))
print(list(enumerate(sorted(e["name"] for e in emps if e["dept"] == "eng"), start=1)))
print(dict(sorted(zip((e["name"] for e in emps), (e["age"] for e in emps)))))
