"""Standalone consistency check of holdout set D: truth.json and queries.yaml against sheets/ (needs pyyaml)."""
import json, yaml, pathlib, collections
d = pathlib.Path(__file__).resolve().parent
t = json.load(open(d/"truth.json"))["sheets"]
for p in t: assert (d/p).is_file(), p
files = {str(p.relative_to(d)) for p in (d/"sheets").rglob("*") if p.is_file()}
assert files == set(t), files ^ set(t)
q = yaml.safe_load(open(d/"queries.yaml"))["queries"]
ids=set(); cl=0; langs=collections.Counter()
for x in q:
    assert x["id"] not in ids; ids.add(x["id"]); langs[x["language"]]+=1
    for p,g in x["relevant"].items(): assert p in t, (x["id"], p); assert g in (1,2)
    g2 = [p for p,g in x["relevant"].items() if g==2]; assert g2, x["id"]
    is_cl = all(t[p]["language"] != x["language"] for p in g2)
    assert is_cl == ("cross_lingual" in x["tags"]), (x["id"], is_cl)
    cl += is_cl
    f = x.get("filters", {})
    for p,g in x["relevant"].items():
        s=t[p]
        if "country" in f: assert s["country"] in f["country"], (x["id"],p)
        if "evaluated" in f: assert s["evaluated"] == f["evaluated"], (x["id"],p)
        if "year_min" in f: assert (s["start_year"] or 0) >= f["year_min"], (x["id"],p)
print(len(t), "sheets;", len(q), "queries;", cl, "cross-lingual;", dict(langs))
print(collections.Counter(p.split("/")[1] for p in t), collections.Counter(p.rsplit(".",1)[1] for p in t), collections.Counter(s["kind"] for s in t.values()), collections.Counter(str(s["evaluation_kind"]) for s in t.values()))
