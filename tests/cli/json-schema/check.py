"""Check timeline's JSON against the schema in README.md (required members and types)."""
import json
import re
import sys

doc = json.load(sys.stdin)
errors = []


def need(obj, key, types, where):
    if key not in obj:
        errors.append(f"{where}: missing {key}")
    elif not isinstance(obj[key], types):
        errors.append(f"{where}.{key}: {type(obj[key]).__name__}")


for key in ("documents", "timexes", "events", "relations"):
    need(doc, key, list, "top")
for i, d in enumerate(doc["documents"]):
    for key, t in (("id", str), ("source", str), ("dct", (str, type(None))), ("dct_source", str)):
        need(d, key, t, f"documents[{i}]")
    if d["dct_source"] not in ("cli", "metadata", "dateline", "none"):
        errors.append(f"documents[{i}].dct_source {d['dct_source']}")
for i, t in enumerate(doc["timexes"]):
    for key, ty in (("id", str), ("doc", int), ("start", int), ("end", int), ("text", str),
                    ("type", str), ("value", str), ("mod", (str, type(None)))):
        need(t, key, ty, f"timexes[{i}]")
    if t["type"] not in ("DATE", "TIME", "DURATION", "SET"):
        errors.append(f"timexes[{i}].type {t['type']}")
    if not 0 <= t["start"] < t["end"]:
        errors.append(f"timexes[{i}] offsets")
iso = re.compile(r"^-?\d{4,}-\d\d-\d\d(T\d\d:\d\d(:\d\d)?)?$")
ids = set()
for i, e in enumerate(doc["events"]):
    need(e, "id", str, f"events[{i}]")
    need(e, "text", str, f"events[{i}]")
    need(e, "mentions", list, f"events[{i}]")
    ids.add(e["id"])
    w = e.get("when")
    if w is not None:
        for key in ("value", "start", "end", "granularity"):
            need(w, key, str, f"events[{i}].when")
        if not (iso.match(w["start"]) and iso.match(w["end"]) and w["start"] < w["end"]):
            errors.append(f"events[{i}].when interval {w['start']} {w['end']}")
    for j, m in enumerate(e["mentions"]):
        for key, ty in (("doc", int), ("start", int), ("end", int), ("sentence", str)):
            need(m, key, ty, f"events[{i}].mentions[{j}]")
for i, r in enumerate(doc["relations"]):
    if r.get("from") not in ids or r.get("to") not in ids:
        errors.append(f"relations[{i}] refers to unknown events")
    if r.get("type") not in ("BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "SIMULTANEOUS", "OVERLAP"):
        errors.append(f"relations[{i}].type")
dated = sum(1 for e in doc["events"] if e.get("when"))
print("schema ok" if not errors else "\n".join(errors[:20]))
print("dated events:", "yes" if dated >= 5 else "no")
