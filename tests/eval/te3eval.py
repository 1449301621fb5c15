#!/usr/bin/env python3
"""te3eval.py -- the project's TempEval-3 scorer for TIMEX3 and EVENT extraction.

usage: te3eval.py [--per-doc] [--json | --summary LABEL] [--save-json FILE] GOLD SYSTEM
       te3eval.py --compare MINE.json OTHER.json
       te3eval.py --perturb GOLD OUT [--kind extents|merge-split|text]
       te3eval.py --self-test

GOLD and SYSTEM are two directories (or two .tml files).  Every *.tml file
under GOLD is a gold document; its system file is SYSTEM/<same relative path>,
else the one file with the same base name anywhere under SYSTEM.  A missing
system file is scored as an empty output.

Written from the definitions in ../shared/corpora/README.md ("Definitions"):
- Only TIMEX3 and EVENT elements inside <TEXT> count (so never the DCT);
  elements with an empty extent are ignored.
- An extent is a pair of character offsets into the character content of
  <TEXT> after XML parsing (tags removed, entities resolved, line ends
  normalised by the XML parser).
- Pairs are one to one: gold and system entities are visited by start offset,
  gold before system at the same offset, then by end offset, then in the
  order their end tags close (of two elements with the same extent, the
  inner one first, as te3score does).  An entity starting at an offset covered by a visited, still
  unpaired entity of the other side (start <= offset < end) is paired with
  the earliest visited such entity.
- strict match: a pair with identical extents; relaxed match: any pair.
  P = matches / system, R = matches / gold, F1 = 2 matches / (gold + system).
- Attributes (TIMEX3 type, value, mod; EVENT class, tense, aspect, polarity):
  correct = relaxed pairs with equal strings (missing = ""); accuracy =
  correct / relaxed pairs; P, R, F1 as above with correct for matches.
  EVENT attributes missing from the tag come from the last MAKEINSTANCE whose
  eventID is the event's eid.
- Micro-averages over documents.  P (R) is 0 when the system (gold) has no
  entities but the other side has; figures with a zero denominator otherwise
  are undefined: "-" in text, null in JSON.

When a system TEXT differs from the gold TEXT (a warning on stderr):
- if only white space differs, system offsets are mapped onto the gold text
  through the non-white-space characters, which are identical in sequence;
- otherwise their non-white-space characters are aligned with difflib
  (SequenceMatcher, autojunk off) and system offsets mapped through the
  matching blocks; if under 90% of the non-white-space characters of the
  longer text align, the document is "failed" and scored as an empty output
  (on 2,400 random pairs with changed text this gave te3score's statuses
  and counts exactly).
A system entity is carried over as the span from its first to its last
mapped character; one with no mapped character stays unpaired (it still
counts as a system entity).  A file that is not well-formed XML is read
leniently (regular expressions over tags, crossing tags closed by name) with a
warning.  A gold file that cannot be read or has no <TEXT> is listed as
unreadable, and the exit status is 1.

--summary prints one line of the TE3 measures (what `make eval` shows);
--save-json also writes the --json object to FILE.
--compare prints OK when every percentage of two --json outputs (this
scorer's and ../shared/tools/te3score's, same layout) is within 0.5 points,
else each disagreement, and exits 3 on disagreement.  --perturb writes
perturbed copies of the gold files for checking that agreement (see
perturb_doc()).  Exit status: 0 scored, 1 a gold file unreadable, 2 usage
error, 3 disagreement or self-test failure.

Python 3 standard library only.
"""
import difflib
import json
import os
import re
import sys
import xml.parsers.expat

TIMEX_ATTRS = ("type", "value", "mod")
EVENT_ATTRS = ("class", "tense", "aspect", "polarity")
KINDS = (("timex3", "TIMEX3", TIMEX_ATTRS), ("event", "EVENT", EVENT_ATTRS))
AGREE_POINTS = 0.5
ALIGN_MIN = 0.9


class Entity:
    __slots__ = ("start", "end", "attrs")

    def __init__(self, start, end, attrs):
        self.start, self.end, self.attrs = start, end, attrs


class Document:
    """The TEXT of one TimeML file: its characters and its entities."""

    def __init__(self):
        self.text = ""
        self.has_text = False
        self.lenient = False
        self.entities = {"TIMEX3": [], "EVENT": []}


# ---- reading ---------------------------------------------------------------

def _finish(doc, chars, found, instances):
    """found: [name, start, end, attrs, closed] lists; entities are kept in
    the order their end tags close (see the module comment)."""
    doc.text = "".join(chars)
    for name, start, end, attrs, _ in sorted(found, key=lambda f: f[4]):
        if end <= start:
            continue  # non-consuming
        if name == "EVENT":
            inst = instances.get(attrs.get("eid", ""), {})
            attrs = dict(attrs)
            for a in EVENT_ATTRS:
                if a not in attrs and a in inst:
                    attrs[a] = inst[a]
        doc.entities[name].append(Entity(start, end, attrs))
    return doc


def parse_strict(data):
    """Parse with expat; raises xml.parsers.expat.ExpatError if malformed."""
    doc = Document()
    chars, found, instances = [], [], {}
    stack = []  # per open element: index into found, or -1
    state = {"in_text": False, "pos": 0, "done": False, "closed": 0}

    def start(name, attrs):
        if name == "MAKEINSTANCE" and "eventID" in attrs:
            instances[attrs["eventID"]] = attrs
        if state["in_text"]:
            if name in ("TIMEX3", "EVENT"):
                found.append([name, state["pos"], state["pos"], attrs, 0])
                stack.append(len(found) - 1)
            else:
                stack.append(-1)
        elif name == "TEXT" and not state["done"]:
            state["in_text"] = True
            doc.has_text = True

    def end(name):
        if not state["in_text"]:
            return
        if not stack:  # </TEXT>
            state["in_text"], state["done"] = False, True
            return
        i = stack.pop()
        if i >= 0:
            found[i][2] = state["pos"]
            found[i][4] = state["closed"] = state["closed"] + 1

    def text(s):
        if state["in_text"]:
            chars.append(s)
            state["pos"] += len(s)

    p = xml.parsers.expat.ParserCreate()
    p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = start, end, text
    p.Parse(data, True)
    return _finish(doc, chars, found, instances)


_TAG = re.compile(r"<(/?)([A-Za-z_][\w:.-]*)([^>]*?)(/?)>|<!--.*?-->|<\?.*?\?>|<!\[CDATA\[(.*?)\]\]>|<![^>]*>",
                  re.S)
_ATTR = re.compile(r"([A-Za-z_][\w:.-]*)\s*=\s*(\"[^\"]*\"|'[^']*')")
_ENT = re.compile(r"&(#[0-9]+|#x[0-9A-Fa-f]+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _unescape(s):
    def one(m):
        e = m.group(1)
        if e[0] == "#":
            try:
                return chr(int(e[2:], 16) if e[1] == "x" else int(e[1:]))
            except (ValueError, OverflowError):
                return m.group(0)
        return _NAMED[e]
    return _ENT.sub(one, s)


def _attrs(s):
    return {k: _unescape(v[1:-1]) for k, v in _ATTR.findall(s)}


def parse_lenient(data):
    """Tags found by regular expression; an end tag closes the most recent
    open element of that name, so crossing tags still give extents."""
    s = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
    doc = Document()
    instances = {}
    for m in re.finditer(r"<MAKEINSTANCE\b([^>]*)>", s):
        a = _attrs(m.group(1))
        if "eventID" in a:
            instances[a["eventID"]] = a
    m = re.search(r"<TEXT\b[^>]*>", s)
    if not m:
        return doc
    doc.has_text = True
    close = s.find("</TEXT>", m.end())
    body = s[m.end():close if close >= 0 else len(s)]
    chars, found, open_ = [], [], []
    pos, last, closed = 0, 0, 0
    for t in _TAG.finditer(body):
        piece = _unescape(body[last:t.start()])
        chars.append(piece)
        pos += len(piece)
        last = t.end()
        if t.group(5) is not None:  # CDATA
            chars.append(t.group(5))
            pos += len(t.group(5))
            continue
        name = t.group(2)
        if name not in ("TIMEX3", "EVENT") or t.group(4):
            continue
        if t.group(1):
            for k in range(len(open_) - 1, -1, -1):
                if found[open_[k]][0] == name:
                    found[open_[k]][2] = pos
                    closed += 1
                    found[open_[k]][4] = closed
                    del open_[k]
                    break
        else:
            found.append([name, pos, pos, _attrs(t.group(3)), 0])
            open_.append(len(found) - 1)
    piece = _unescape(body[last:])
    chars.append(piece)
    pos += len(piece)
    for k in reversed(open_):  # never closed: runs to the end of TEXT
        closed += 1
        found[k][2], found[k][4] = pos, closed
    return _finish(doc, chars, found, instances)


def read_doc(data, label, warn):
    try:
        return parse_strict(data)
    except xml.parsers.expat.ExpatError as e:
        warn("%s: not well-formed XML (%s); read leniently" % (label, e))
        doc = parse_lenient(data)
        doc.lenient = True
        return doc


# ---- aligning differing texts ----------------------------------------------

def align(gold, system):
    """A list mapping each system character offset to a gold offset or None,
    and how: "same", "whitespace", "difflib" or "failed".  Only
    non-white-space characters are aligned (white space maps to nothing)."""
    if gold == system:
        return None, "same"
    gi = [i for i, c in enumerate(gold) if not c.isspace()]
    si = [i for i, c in enumerate(system) if not c.isspace()]
    gs = "".join(gold[i] for i in gi)
    ss = "".join(system[i] for i in si)
    m = [None] * len(system)
    if gs == ss:
        for a, b in zip(gi, si):
            m[b] = a
        return m, "whitespace"
    matched = 0
    for a, b, n in difflib.SequenceMatcher(None, gs, ss, autojunk=False).get_matching_blocks():
        for k in range(n):
            m[si[b + k]] = gi[a + k]
        matched += n
    if matched < ALIGN_MIN * max(len(gs), len(ss)):
        return None, "failed"
    return m, "difflib"


def carry_over(entities, mapping):
    """System entities on the gold text; None where nothing maps."""
    out = []
    for e in entities:
        hit = [mapping[i] for i in range(e.start, min(e.end, len(mapping))) if mapping[i] is not None]
        out.append(Entity(min(hit), max(hit) + 1, e.attrs) if hit else None)
    return out


# ---- pairing and counting --------------------------------------------------

def pair(gold, system):
    """One-to-one pairs (gold index, system index) as the TE3 toolkit forms
    them; None entries in system are skipped (unaligned)."""
    visit = [(g.start, 0, g.end, i) for i, g in enumerate(gold)]
    visit += [(s.start, 1, s.end, j) for j, s in enumerate(system) if s is not None]
    visit.sort()
    waiting = ([], [])  # per side: visited, unpaired (start, end, index), in visit order
    pairs = []
    for start, side, end, idx in visit:
        other = waiting[1 - side]
        other[:] = [w for w in other if w[1] > start]  # can no longer cover anything
        for k, (ostart, oend, oidx) in enumerate(other):
            if ostart <= start < oend:
                del other[k]
                pairs.append((oidx, idx) if side == 1 else (idx, oidx))
                break
        else:
            waiting[side].append((start, end, idx))
    return pairs


def count(gold, system, attrs):
    """Counts of one kind of entity in one document."""
    c = {"gold": len(gold), "system": len(system), "strict": 0, "relaxed": 0}
    for a in attrs:
        c[a] = 0
    for gi, si in pair(gold, system):
        g, s = gold[gi], system[si]
        c["relaxed"] += 1
        if g.start == s.start and g.end == s.end:
            c["strict"] += 1
        for a in attrs:
            if g.attrs.get(a, "") == s.attrs.get(a, ""):
                c[a] += 1
    return c


def empty_counts(attrs):
    return dict({"gold": 0, "system": 0, "strict": 0, "relaxed": 0}, **{a: 0 for a in attrs})


def score_doc(gold_doc, sys_doc, label, warn):
    """Per-kind counts and a status ("", "missing", "failed", "aligned")."""
    status, mapping = "", None
    if sys_doc is None:
        status = "missing"
    elif not sys_doc.has_text:
        warn("%s: system file has no <TEXT>; scored as empty output" % label)
        status = "failed"
    elif sys_doc.text != gold_doc.text:
        mapping, how = align(gold_doc.text, sys_doc.text)
        if how == "failed":
            warn("%s: system TEXT differs from the gold TEXT and does not align; scored as empty output"
                 % label)
            status = "failed"
        else:
            warn("%s: system TEXT differs from the gold TEXT (%s); system offsets aligned" % (
                label, "only white space" if how == "whitespace" else "characters"))
            status = "aligned"
    counts = {}
    for key, tag, attrs in KINDS:
        gold = gold_doc.entities[tag]
        if status in ("missing", "failed"):
            system = []
        else:
            system = sys_doc.entities[tag]
            if mapping is not None:
                system = carry_over(system, mapping)
        counts[key] = count(gold, system, attrs)
    return counts, status


# ---- figures ---------------------------------------------------------------

def pct(num, den, other):
    """num/den in percent; 0 when den is 0 but the other side is not; else None."""
    if den:
        return round(100.0 * num / den, 2)
    return 0.0 if other else None


def figures(c, attrs):
    g, s = c["gold"], c["system"]
    out = {"gold": g, "system": s}
    for m in ("strict", "relaxed"):
        out[m] = {"p": pct(c[m], s, g), "r": pct(c[m], g, s),
                  "f1": pct(2 * c[m], g + s, 0), "match": c[m]}
    for a in attrs:
        out[a] = {"p": pct(c[a], s, g), "r": pct(c[a], g, s), "f1": pct(2 * c[a], g + s, 0),
                  "correct": c[a], "accuracy": pct(c[a], c["relaxed"], 0)}
    return out


def add_counts(total, c):
    for k, v in c.items():
        total[k] += v


# ---- files -----------------------------------------------------------------

def tml_files(root):
    if os.path.isfile(root):
        return [("", root)]
    out = []
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            if f.endswith(".tml"):
                p = os.path.join(d, f)
                out.append((os.path.relpath(p, root), p))
    return out


def score(gold_root, sys_root, warn):
    gold_files = tml_files(gold_root)
    single = os.path.isfile(gold_root)
    sys_files = tml_files(sys_root) if os.path.exists(sys_root) else []
    by_rel = {rel: p for rel, p in sys_files}
    by_base = {}
    for rel, p in sys_files:
        by_base.setdefault(os.path.basename(p), []).append(p)
    used = set()
    totals = {key: empty_counts(attrs) for key, _, attrs in KINDS}
    docs = {"gold": len(gold_files), "scored": 0, "missing": [], "failed": [], "aligned": [],
            "gold_unreadable": [], "extra_system_files": 0}
    per_doc = []
    for rel, gpath in gold_files:
        label = rel or os.path.basename(gpath)
        try:
            with open(gpath, "rb") as f:
                gold_doc = read_doc(f.read(), gpath, warn)
        except OSError as e:
            gold_doc = None
            warn("%s: cannot read: %s" % (gpath, e.strerror))
        if gold_doc is None or not gold_doc.has_text:
            if gold_doc is not None:
                warn("%s: no <TEXT> element" % gpath)
            docs["gold_unreadable"].append(label)
            continue
        if single and os.path.isfile(sys_root):
            spath = sys_root
        else:
            spath = by_rel.get(rel)
            if spath is None:
                cands = by_base.get(os.path.basename(gpath), [])
                spath = cands[0] if len(cands) == 1 else None
                if len(cands) > 1:
                    warn("%s: %d system files of that name, none at the same path" % (label, len(cands)))
        sys_doc = None
        if spath is not None:
            used.add(spath)
            try:
                with open(spath, "rb") as f:
                    sys_doc = read_doc(f.read(), spath, warn)
            except OSError as e:
                warn("%s: cannot read: %s; scored as empty output" % (spath, e.strerror))
        else:
            warn("%s: no system file" % label)
        counts, status = score_doc(gold_doc, sys_doc, label, warn)
        if status:
            docs[status].append(label)
        docs["scored"] += 1
        for key, _, _ in KINDS:
            add_counts(totals[key], counts[key])
        per_doc.append({"doc": label, "status": status or "ok",
                        **{key: figures(counts[key], attrs) for key, _, attrs in KINDS}})
    docs["extra_system_files"] = len([p for _, p in sys_files if p not in used])
    result = {"gold": gold_root, "system": sys_root, "documents": docs}
    for key, _, attrs in KINDS:
        result[key] = figures(totals[key], attrs)
    return result, per_doc


# ---- printing --------------------------------------------------------------

def fmt(x, width=7):
    return ("-" if x is None else "%.2f" % x).rjust(width)


def table(res, key, title, attrs, extra=()):
    r = res[key]
    lines = ["%-12s %7s %7s %7s %7s %6s %6s %6s" % (title, "P", "R", "F1", "acc", "gold", "sys", "match")]
    for m in ("strict", "relaxed"):
        f = r[m]
        lines.append("  %-10s %s %s %s %s %6d %6d %6d" % (m, fmt(f["p"]), fmt(f["r"]), fmt(f["f1"]),
                                                        fmt(None), r["gold"], r["system"], f["match"]))
    for a in attrs:
        f = r[a]
        name = a + ("*" if a in extra else "")
        lines.append("  %-10s %s %s %s %s %6d %6d %6d" % (name, fmt(f["p"]), fmt(f["r"]), fmt(f["f1"]),
                                                        fmt(f["accuracy"]), r["gold"], r["system"],
                                                        f["correct"]))
    return lines


def print_text(res, per_doc, show_per_doc, out):
    d = res["documents"]
    out.write("te3eval: %d gold documents; %d missing, %d failed, %d aligned, %d gold unreadable\n\n" % (
        d["gold"], len(d["missing"]), len(d["failed"]), len(d["aligned"]), len(d["gold_unreadable"])))
    out.write("\n".join(table(res, "timex3", "TIMEX3", TIMEX_ATTRS, ("mod",))) + "\n")
    if res["event"]["system"] or res["event"]["gold"]:
        out.write("\n" + "\n".join(table(res, "event", "EVENT", ("class",))) + "\n")
    out.write("\npercent; strict = same extent, relaxed = overlapping extent; attribute rows:\n"
              "acc = correct/relaxed pairs, P = correct/sys, R = correct/gold. *not a TE3 measure\n")
    if show_per_doc:
        out.write("\n%-40s %5s %5s %7s %7s %7s %5s %5s %7s  %s\n" % (
            "document", "tgold", "tsys", "strict", "relaxed", "value", "egold", "esys", "class", "status"))
        for p in per_doc:
            t, e = p["timex3"], p["event"]
            out.write("%-40s %5d %5d %s %s %s %5d %5d %s  %s\n" % (
                p["doc"], t["gold"], t["system"], fmt(t["strict"]["f1"]), fmt(t["relaxed"]["f1"]),
                fmt(t["value"]["f1"]), e["gold"], e["system"], fmt(e["class"]["f1"]),
                "" if p["status"] == "ok" else p["status"]))


def summary_line(res, label):
    """One line: the TE3 TIMEX3 measures (and EVENT when the system has any)."""
    t = res["timex3"]
    s = "%-9s strict P/R/F1 %s/%s/%s  relaxed %s/%s/%s  type acc/F1 %s/%s  value acc/F1 %s/%s" % (
        label, fmt(t["strict"]["p"], 0), fmt(t["strict"]["r"], 0), fmt(t["strict"]["f1"], 0),
        fmt(t["relaxed"]["p"], 0), fmt(t["relaxed"]["r"], 0), fmt(t["relaxed"]["f1"], 0),
        fmt(t["type"]["accuracy"], 0), fmt(t["type"]["f1"], 0),
        fmt(t["value"]["accuracy"], 0), fmt(t["value"]["f1"], 0))
    s += "  mod acc/F1 %s/%s  (gold %d, sys %d)" % (fmt(t["mod"]["accuracy"], 0), fmt(t["mod"]["f1"], 0),
                                                    t["gold"], t["system"])
    e = res["event"]
    if e["system"]:
        s += "\n%-9s EVENT relaxed P/R/F1 %s/%s/%s  strict F1 %s  class acc/F1 %s/%s" % (
            "", fmt(e["relaxed"]["p"], 0), fmt(e["relaxed"]["r"], 0), fmt(e["relaxed"]["f1"], 0),
            fmt(e["strict"]["f1"], 0), fmt(e["class"]["accuracy"], 0), fmt(e["class"]["f1"], 0))
    return s


# ---- comparing with another scorer's --json ----------------------------------

def compare(mine, other):
    """(disagreements beyond AGREE_POINTS, count differences, largest difference)."""
    bad, counts, worst = [], [], 0.0
    for key in ("timex3", "event"):
        a, b = mine.get(key, {}), other.get(key, {})
        for k in ("gold", "system"):
            if a.get(k) != b.get(k):
                counts.append("%s %s: %s vs %s" % (key, k, a.get(k), b.get(k)))
        for m in sorted(set(a) & set(b)):
            if not isinstance(a[m], dict):
                continue
            for f in sorted(set(a[m]) | set(b[m])):
                x, y = a[m].get(f), b[m].get(f)
                if f in ("match", "correct"):
                    if x != y:
                        counts.append("%s %s %s: %s vs %s" % (key, m, f, x, y))
                    continue
                if x is None or y is None:
                    if x is not y:
                        bad.append("%s %s %s: %s vs %s" % (key, m, f, x, y))
                    continue
                worst = max(worst, abs(x - y))
                if abs(x - y) > AGREE_POINTS:
                    bad.append("%s %s %s: %.2f vs %.2f" % (key, m, f, x, y))
    da, db = mine.get("documents", {}), other.get("documents", {})
    for k in ("missing", "failed", "aligned", "gold_unreadable"):
        if len(da.get(k, [])) != len(db.get(k, [])):
            counts.append("documents %s: %d vs %d" % (k, len(da.get(k, [])), len(db.get(k, []))))
    return bad, counts, worst


# ---- perturbed gold, for checking agreement with another scorer --------------

def _serialize(doc, entities):
    """TEXT content with the entities (name, start, end, attrs) as tags;
    entities must nest properly."""
    opens, closes = {}, {}
    order = sorted(range(len(entities)), key=lambda i: (entities[i][1], -entities[i][2], i))
    for rank, i in enumerate(order):
        n, s, e, a = entities[i]
        attrs = "".join(' %s="%s"' % (k, esc(v, True)) for k, v in a.items())
        opens.setdefault(s, []).append("<%s%s>" % (n, attrs))
        closes.setdefault(e, []).insert(0, "</%s>" % n)
    out = []
    for pos in range(len(doc) + 1):
        out.extend(closes.get(pos, []))
        out.extend(opens.get(pos, []))
        if pos < len(doc):
            out.append(esc(doc[pos]))
    return "".join(out)


def esc(s, attr=False):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace('"', "&quot;") if attr else s


def _crosses(a, b):
    return a[1] < b[1] < a[2] < b[2] or b[1] < a[1] < b[2] < a[2]


def perturb_doc(raw, kind, seed):
    """A perturbed copy of a gold file (bytes in, str out); only <TEXT> changes,
    every element in it is re-written from the parsed entities.
    extents: every 5th TIMEX3 deleted; of the rest, extents grown by the
      previous word, cut by their first word or shifted one word right; every
      5th value and 7th type changed, every 3rd mod dropped; every 6th EVENT
      deleted, every 4th class changed, every 9th grown by the next word; one
      spurious TIMEX3 and EVENT.
    merge-split: adjacent TIMEX3s (only white space between) merged into one,
      every 3rd multi-word TIMEX3 split in two.
    text: as extents, plus white space doubled after every 10th period and
      every 50th letter 'e' replaced by 'E' (exercises the alignment)."""
    doc = parse_strict(raw)
    text = doc.text
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    ents = []
    for name in ("TIMEX3", "EVENT"):
        for e in doc.entities[name]:
            ents.append([name, e.start, e.end, dict(e.attrs)])
    ents.sort(key=lambda x: (x[1], -x[2]))

    def word_before(pos):
        prev = [w for w in words if w[1] <= pos]
        return prev[-1] if prev else None

    def word_after(pos):
        nxt = [w for w in words if w[0] >= pos]
        return nxt[0] if nxt else None

    def try_set(i, s, e):
        if e <= s:
            return
        cand = [ents[i][0], s, e, ents[i][3]]
        if all(j == i or not _crosses(cand, ents[j]) for j in range(len(ents))):
            ents[i][1], ents[i][2] = s, e

    out = []
    if kind in ("extents", "text"):
        nt = ne = 0
        for i, en in enumerate(ents):
            if en[0] == "TIMEX3":
                nt += 1
                if nt % 5 == 0:
                    en[0] = None
                    continue
                op = (nt + seed) % 4
                if op == 1:
                    w = word_before(en[1])
                    if w:
                        try_set(i, w[0], en[2])
                elif op == 2:
                    inner = [w for w in words if en[1] <= w[0] and w[1] <= en[2]]
                    if len(inner) > 1:
                        try_set(i, inner[1][0], en[2])
                elif op == 3:
                    w = word_after(en[2])
                    inner = [x for x in words if en[1] <= x[0] and x[1] <= en[2]]
                    if w:
                        try_set(i, inner[1][0] if len(inner) > 1 else w[0], w[1])
                if nt % 5 == 2:
                    en[3]["value"] = en[3].get("value", "") + "X"
                if nt % 7 == 3:
                    en[3]["type"] = "DURATION" if en[3].get("type") != "DURATION" else "DATE"
                if nt % 3 == 0 and "mod" in en[3]:
                    del en[3]["mod"]
            else:
                ne += 1
                if ne % 6 == 0:
                    en[0] = None
                    continue
                if ne % 4 == 1:
                    en[3]["class"] = "STATE" if en[3].get("class") != "STATE" else "OCCURRENCE"
                if ne % 9 == 5:
                    w = word_after(en[2])
                    if w:
                        try_set(i, en[1], w[1])
        ents = [e for e in ents if e[0]]
        # one spurious TIMEX3 and EVENT on words no entity touches
        free = [w for w in words if all(e[2] <= w[0] or w[1] <= e[1] for e in ents)]
        if len(free) > 2:
            w = free[len(free) // 3]
            ents.append(["TIMEX3", w[0], w[1], {"type": "DATE", "value": "XXXX"}])
            w = free[2 * len(free) // 3]
            ents.append(["EVENT", w[0], w[1], {"class": "OCCURRENCE"}])
    elif kind == "merge-split":
        timexes = [e for e in ents if e[0] == "TIMEX3"]
        others = [e for e in ents if e[0] != "TIMEX3"]
        merged = []
        for t in timexes:
            if merged and text[merged[-1][2]:t[1]].strip() == "" and merged[-1][2] <= t[1]:
                cand = ["TIMEX3", merged[-1][1], t[2], merged[-1][3]]
                if not any(_crosses(cand, o) for o in others):
                    merged[-1] = cand
                    continue
            merged.append(t)
        n = 0
        for t in merged:
            inner = [w for w in words if t[1] <= w[0] and w[1] <= t[2]]
            if len(inner) > 1:
                n += 1
                if n % 3 == 0:
                    a = ["TIMEX3", t[1], inner[0][1], t[3]]
                    b = ["TIMEX3", inner[1][0], t[2], dict(t[3])]
                    if not any(_crosses(a, o) or _crosses(b, o) for o in others):
                        out += [a, b]
                        continue
            out.append(t)
        ents = out + others
    else:
        raise ValueError("unknown perturbation " + kind)
    body = _serialize(text, [tuple(e) for e in ents])
    if kind == "text":
        periods = [0]

        def ws(m):
            periods[0] += 1
            return m.group(0) + (" " if periods[0] % 10 == 0 else "")
        body = re.sub(r"\.(?= )", ws, body)
        es = [0]

        def up(m):
            es[0] += 1
            return "E" if es[0] % 50 == 0 else "e"
        # only in character data, not inside tags
        body = re.sub(r"(<[^>]*>)|e", lambda m: m.group(1) or up(m), body)
    s = raw.decode("utf-8")
    m1 = re.search(r"<TEXT\b[^>]*>", s)
    m2 = s.find("</TEXT>", m1.end())
    s = s[:m1.end()] + body + s[m2:]
    # links and instances point at ids that may be gone
    s = re.sub(r"<(MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*/>\s*", "", s)
    return s


def perturb_tree(gold_root, out_root, kind):
    for rel, p in tml_files(gold_root):
        with open(p, "rb") as f:
            s = perturb_doc(f.read(), kind, len(rel))
        dest = os.path.join(out_root, rel or os.path.basename(p))
        os.makedirs(os.path.dirname(dest) or ".", exist_ok=True)
        with open(dest, "w", encoding="utf-8") as f:
            f.write(s)


# ---- self-test -----------------------------------------------------------------

def _tml(body, extra=""):
    return ('<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
            'functionInDocument="CREATION_TIME">January 8, 1998</TIMEX3></DCT>\n<TEXT>' + body +
            "</TEXT>\n" + extra + "</TimeML>\n").encode("utf-8")


def _t(text, value="1998-01-09", typ="DATE", mod=None):
    return '<TIMEX3 tid="t9" type="%s" value="%s"%s>%s</TIMEX3>' % (
        typ, value, ' mod="%s"' % mod if mod else "", text)


def _e(text, cls="OCCURRENCE", eid="e1"):
    return '<EVENT eid="%s" class="%s">%s</EVENT>' % (eid, cls, text)


# (name, gold TEXT body, system TEXT body, expected TIMEX3 counts, expected EVENT
# counts or None, expected status); counts: gold, system, strict, relaxed, type, value, mod
SELF_TESTS = [
    ("identical", "He left " + _t("on Friday") + ".", "He left " + _t("on Friday") + ".",
     (1, 1, 1, 1, 1, 1, 1), None, ""),
    ("no system tags", "He left " + _t("Friday") + ".", "He left Friday.", (1, 0, 0, 0, 0, 0, 0), None, ""),
    ("system inside gold", "He left " + _t("last Friday") + ".", "He left last " + _t("Friday") + ".",
     (1, 1, 0, 1, 1, 1, 1), None, ""),
    ("gold inside system, later start", "He " + _t("left last") + " Friday.",
     "He left " + _t("last Friday") + ".", (1, 1, 0, 1, 1, 1, 1), None, ""),
    ("adjacent, no overlap", "He left " + _t("Friday") + " night.", "He left Friday " + _t("night") + ".",
     (1, 1, 0, 0, 0, 0, 0), None, ""),
    ("split: second part unpaired", "It lasted " + _t("two hours", "PT2H", "DURATION") + ".",
     "It lasted " + _t("two", "PT2H", "DURATION") + " " + _t("hours", "PT1H", "DURATION") + ".",
     (1, 2, 0, 1, 1, 1, 1), None, ""),
    ("merge: second gold unpaired", "On " + _t("Friday") + " " + _t("night", "1998-01-09TNI", "TIME") + ".",
     "On " + _t("Friday night", "1998-01-09TNI", "TIME") + ".", (2, 1, 0, 1, 0, 0, 1), None, ""),
    ("same start: gold first, earliest visited",
     _t("May") + " " + _t("5") + " rain", _t("May 5") + " rain", (2, 1, 0, 1, 1, 1, 1), None, ""),
    ("attributes: value, type, mod", _t("about three days", "P3D", "DURATION", "APPROX") + " ago, " +
     _t("today", "1998-01-08") + ", " + _t("1997", "1997"),
     _t("about three days", "P3D", "DATE") + " ago, " + _t("today", "1998-01-09") + ", " +
     _t("1997", "1997", mod="START"), (3, 3, 3, 3, 2, 2, 1), None, ""),
    ("same extent twice: the inner (first closed) pairs", "He came " + _t("Yesterday", "V") + ".",
     "He came " + _t(_t("Yesterday", "W"), "V") + ".", (1, 2, 1, 1, 1, 0, 1), None, ""),
    ("entity reference and empty timex", "AT&amp;T <TIMEX3 tid=\"t5\" type=\"DATE\" value=\"1998\"/>said " +
     _t("today", "1998-01-08"), "AT&amp;T said " + _t("today", "1998-01-08"), (1, 1, 1, 1, 1, 1, 1), None, ""),
    ("white space differs: aligned", "He left\n" + _t("on Friday") + " at noon.",
     "He  left " + _t("on\n Friday") + "  at noon.", (1, 1, 1, 1, 1, 1, 1), None, "aligned"),
    ("one letter differs: aligned by difflib", "The meeting was held " + _t("last Friday") + " in Paris.",
     "The meeting was held " + _t("last Friday") + " in Pariz.", (1, 1, 1, 1, 1, 1, 1), None, "aligned"),
    ("other text: failed", "The meeting was held " + _t("last Friday") + " in Paris.",
     "Something else " + _t("entirely") + ", nothing in common here!", (1, 0, 0, 0, 0, 0, 0), None, "failed"),
    ("events: class and MAKEINSTANCE tense",
     "He " + _e("left", "OCCURRENCE", "e1") + " and " + _e("said", "REPORTING", "e2") + " so.",
     "He " + _e("left", "OCCURRENCE", "e1") + " and " + _e("said", "OCCURRENCE", "e2") + " so.",
     (0, 0, 0, 0, 0, 0, 0), (2, 2, 2, 2, 1, 2, 2, 2), ""),
    ("not well-formed system: read leniently", "He left " + _t("on Friday") + " night.",
     "He left <TIMEX3 type=\"DATE\" value=\"1998-01-09\">on <EVENT eid=\"e1\" class=\"X\">Friday</TIMEX3> "
     "night</EVENT>.", (1, 1, 1, 1, 1, 1, 1), (0, 1, 0, 0, 0, 0, 0, 0), ""),
]


def self_test():
    failures = 0
    notes = []
    mi = '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS"/>\n'
    for name, gbody, sbody, want_t, want_e, want_status in SELF_TESTS:
        g = read_doc(_tml(gbody, mi), "gold", notes.append)
        s = read_doc(_tml(sbody, mi), "system", notes.append)
        counts, status = score_doc(g, s, name, notes.append)
        got_t = tuple(counts["timex3"][k] for k in ("gold", "system", "strict", "relaxed") + TIMEX_ATTRS)
        got_e = tuple(counts["event"][k] for k in ("gold", "system", "strict", "relaxed") + EVENT_ATTRS)
        ok = got_t == want_t and status == want_status and (want_e is None or got_e == want_e)
        if not ok:
            failures += 1
            print("FAIL %s: timex %s (want %s), event %s (want %s), status %r (want %r)" % (
                name, got_t, want_t, got_e, want_e, status, want_status))
    # micro-averaging and undefined figures
    f = figures({"gold": 0, "system": 0, "strict": 0, "relaxed": 0, "type": 0}, ("type",))
    checks = [
        (f["strict"]["p"] is None and f["strict"]["f1"] is None and f["type"]["accuracy"] is None,
         "undefined when neither side has entities"),
        (figures(dict(gold=3, system=0, strict=0, relaxed=0), ())["strict"]["p"] == 0.0, "P 0 without system"),
        (figures(dict(gold=4, system=2, strict=1, relaxed=2, value=1), ("value",))["value"] ==
         {"p": 50.0, "r": 25.0, "f1": 33.33, "correct": 1, "accuracy": 50.0}, "attribute figures"),
        (pair([Entity(0, 10, {}), Entity(2, 8, {})], [Entity(3, 5, {})]) == [(0, 0)],
         "earliest visited of several open"),
        (pair([Entity(5, 9, {})], [Entity(0, 6, {}), Entity(5, 7, {})]) == [(0, 0)],
         "gold starting inside an open system entity"),
    ]
    for ok, what in checks:
        if not ok:
            failures += 1
            print("FAIL " + what)
    print("te3eval self-test: %d cases, %d failed" % (len(SELF_TESTS) + len(checks), failures))
    return 3 if failures else 0


# ---- command line ----------------------------------------------------------------

def main(argv):
    args = argv[1:]
    if args == ["--self-test"]:
        return self_test()
    if args and args[0] in ("-h", "--help"):
        sys.stdout.write(__doc__)
        return 0
    if len(args) == 3 and args[0] == "--compare":
        with open(args[1]) as f:
            mine = json.load(f)
        with open(args[2]) as f:
            other = json.load(f)
        bad, counts, worst = compare(mine, other)
        if bad:
            print("DISAGREE (more than %.1f points): %s" % (AGREE_POINTS, "; ".join(bad)))
            return 3
        print("OK: every figure within %.1f points (largest difference %.2f)%s" % (
            AGREE_POINTS, worst, "; counts differ: " + "; ".join(counts) if counts else "; counts identical"))
        return 0
    if len(args) in (3, 5) and args[0] == "--perturb":
        kind = args[4] if len(args) == 5 and args[3] == "--kind" else "extents"
        perturb_tree(args[1], args[2], kind)
        return 0
    per_doc = as_json = False
    summary = save = None
    rest = []
    it = iter(args)
    for a in it:
        if a == "--per-doc":
            per_doc = True
        elif a == "--json":
            as_json = True
        elif a in ("--summary", "--save-json"):
            v = next(it, None)
            if v is None:
                rest = None
                break
            if a == "--summary":
                summary = v
            else:
                save = v
        elif a.startswith("-") and a != "-":
            rest = None
            break
        else:
            rest.append(a)
    if rest is None or len(rest) != 2 or not os.path.exists(rest[0]):
        sys.stderr.write("usage: te3eval.py [--per-doc] [--json | --summary LABEL] [--save-json FILE] "
                         "GOLD SYSTEM (see --help)\n")
        return 2

    def warn(msg):
        sys.stderr.write("te3eval: warning: %s\n" % msg)
    res, docs = score(rest[0], rest[1], warn)
    if per_doc:
        res["per_doc"] = docs
    if save:
        with open(save, "w") as f:
            json.dump(res, f, indent=1)
            f.write("\n")
    if summary is not None:
        print(summary_line(res, summary))
    elif as_json:
        json.dump(res, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        print_text(res, docs, per_doc, sys.stdout)
    return 1 if res["documents"]["gold_unreadable"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
