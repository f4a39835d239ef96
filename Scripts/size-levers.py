#!/usr/bin/env python3
"""What each of issue 11's remaining size levers would save, measured on one index and its exported
units (twenty-fifth session): (a) the derived kinds — statistics, citations, measures — without
postings and positions of their own, searched through their section's; (b) the bare headings above a
section (indexed again in every section under them) indexed once per heading. Usage:
  size-levers.py INDEX UNITS.jsonl PRICES
UNITS.jsonl is `zhili bench-queries --index INDEX --export-units` (every unit, in unit order); PRICES the
bytes of a posting per kind as JSON, from Scripts/size-by-structure.py's table of the same index (its
postings MB over its postings: '{"section":1.42,"statistic":1.28,"citation":1.11,"measure":1.51}' for the
twenty-fifth session's index of laws + reports + state-council-2019 + seeds).

The units are analysed again as `Analyzer` does (NFKC, ASCII lowercased, a term per character of a run
of letters and digits: the bigram with the next one, or the character alone at the run's end), the bare
headings found as `SourceAnalyser` finds them, and each unit's field length checked against the unit
table's (the script stops where they disagree, so the counts below are the index's). A unit's postings
are its distinct terms, its positions its field length, a position costing ⌈log₂ L⌉ bits; bytes are
priced at the index's own average per posting of the kind (POST's bytes shared by the kinds as
Scripts/size-by-structure.py shares them: PRICES) — an estimate of what the
files would lose, not a rebuild. Traditional → simplified folding is left out (the collection is
simplified text; the length check would catch a difference in positions, not in terms).
"""
import collections, glob, importlib.util, json, os, sys, unicodedata

spec = importlib.util.spec_from_file_location("pb", os.path.join(os.path.dirname(os.path.abspath(__file__)), "postings-bytes.py"))
source = open(spec.origin).read()
namespace = {"__name__": "pb"}
exec(compile(source[:source.index("parts = collections.Counter()")], spec.origin, "exec"), namespace)
unit_records = namespace["unit_records"]

SEPARATOR = " › "


def records(path):
    """Per unit of a segment: field length, text length, heading length (the unit table's columns)."""
    rows = unit_records(path)[1]
    column = lambda at: rows[:, at:at + 4].copy().view("<u4").ravel()
    return list(zip(column(4).tolist(), column(20).tolist(), column(24).tolist()))


def grams(text):
    """The terms of `text` in position order, as the analyser makes them."""
    folded = unicodedata.normalize("NFKC", text)
    out, run = [], []
    for character in folded + " ":
        character = character.lower() if character.isascii() else character
        if character.isalnum():
            run.append(character)
        elif run:
            out.extend(run[k] + run[k + 1] for k in range(len(run) - 1)); out.append(run[-1]); run = []
    return out


def width(length):
    return 0 if length <= 1 else (length - 1).bit_length()


def main(index, units_path, per_posting):
    table = []
    for unit_path in sorted(glob.glob(os.path.join(index, "s*.unit")), key=lambda p: int(os.path.basename(p)[1:].split(".")[0])):
        table.extend(records(unit_path))
    units = [json.loads(line) for line in open(units_path, encoding="utf-8")]
    assert len(units) == len(table), (len(units), len(table))
    # (b) the bare headings: a section that is its heading alone, followed by a section under it, gives way.
    bare = set(); heading_nodes = collections.defaultdict(list)
    above_positions = above_bits = above_postings = above_extra_frequency = 0
    kinds = collections.Counter(); postings_by_kind = collections.Counter(); positions_by_kind = collections.Counter()
    position_bits_by_kind = collections.Counter()
    sections_by_id = {}
    derived = collections.Counter(); linked = collections.Counter(); linked_postings = collections.Counter()
    linked_positions = collections.Counter(); linked_bits = collections.Counter(); edge_terms = collections.Counter()
    derived_terms = collections.Counter(); other_terms = set(); node_terms = collections.defaultdict(set)
    mismatches = 0
    for number, unit in enumerate(units):
        kind = unit["kind"]; kinds[kind] += 1
        field, text_length, heading_length = table[number]
        path = unit["section"].split(SEPARATOR) if kind == "section" and unit["section"] else []
        nxt = units[number + 1] if number + 1 < len(units) else None
        gives_way = bool(path) and nxt is not None and nxt["kind"] == "section" and nxt["source"] == unit["source"] \
            and nxt["document_index"] == unit["document_index"] and nxt["section"].startswith(unit["section"] + SEPARATOR) \
            and unit["text"].strip() == path[-1].strip()
        above = []
        for depth in range(1, len(path)):
            key = (unit["document_index"], unit["source"], SEPARATOR.join(path[:depth]))
            if key in bare: above.append((key, path[depth - 1]))
        if gives_way: bare.add((unit["document_index"], unit["source"], unit["section"]))
        if gives_way or field == 0:
            continue
        own_terms = grams(unit["text"])
        above_terms = [g for _, heading in above for g in grams(heading)]
        if len(own_terms) + len(above_terms) != field:
            mismatches += 1
            if mismatches <= 5: print("length differs:", number, kind, field, len(own_terms), len(above_terms), file=sys.stderr)
        terms = above_terms + own_terms
        if kind not in ("statistic", "citation", "measure"): other_terms.update(terms)
        postings_by_kind[kind] += len(set(terms)); positions_by_kind[kind] += field
        position_bits_by_kind[kind] += field * width(field)
        if kind == "section":
            sections_by_id[(unit["source"], unit["document_index"], unit["section"])] = own_terms
            if above:
                own = set(own_terms)
                above_positions += len(above_terms); above_bits += len(above_terms) * width(field)
                above_postings += len(set(above_terms) - own); above_extra_frequency += len(set(above_terms) & own)
                start = 0
                for key, heading in above:
                    heading_terms = grams(heading); n = len(heading_terms)
                    heading_nodes[key].append((start, n, field)); node_terms[key].update(heading_terms); start += n
        elif kind in ("statistic", "citation", "measure"):
            derived[kind] += 1
            section = sections_by_id.get((unit["source"], unit["document_index"], unit["section"]))
            # Linked when its text is one span of its section's, or two joined by its first line break.
            parts = unit["text"].split("\n", 1)
            if section is not None and all(p and p in section_text(units, unit) for p in parts):
                linked[kind] += 1; linked_postings[kind] += len(set(terms)); linked_positions[kind] += field
                linked_bits[kind] += field * width(field)
                edge_terms[kind] += len(set(terms) - set(section))
                derived_terms.update(set(terms))
    print(f"units {len(units):,}; field lengths that differ from the unit table's: {mismatches:,}")
    print("\n(a) derived kinds: linked units (text = spans of the section's text) and what their own postings and positions cost")
    print("| kind | units | linked | linked postings | est. MB | linked positions | position MB | terms not in the section at all |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    total = 0.0
    for kind in ("statistic", "citation", "measure"):
        post_mb = linked_postings[kind] * per_posting[kind] / 1e6; pos_mb = linked_bits[kind] / 8 / 1e6
        total += post_mb + pos_mb
        print(f"| {kind} | {derived[kind]:,} | {linked[kind]:,} | {linked_postings[kind]:,} | {post_mb:.2f} | {linked_positions[kind]:,} | {pos_mb:.2f} | {edge_terms[kind]:,} |")
    print(f"linked derived units' postings and positions together ≈ {total:.2f} MB")
    print(f"terms whose postings would lose linked derived units: {len(derived_terms):,} (their dictionary entries would need the"
          f" document frequency kept beside the stored count); terms in linked derived units alone: {len(set(derived_terms) - other_terms):,}")
    print("\n(b) bare headings above a section, indexed in every section under them")
    nodes = len(heading_nodes); once_positions = sum(n for spans in heading_nodes.values() for _, n, _ in spans[:1])
    once_bits = sum(n * width(max(f for _, _, f in spans)) for spans in heading_nodes.values() for _, n, _ in spans[:1])
    section_posting = per_posting["section"]
    print(f"bare headings (nodes) {nodes:,}; sections under one or more {sum(len(s) for s in heading_nodes.values()):,} (node, section) pairs")
    print(f"positions of the headings above, summed over sections: {above_positions:,} ({above_bits / 8 / 1e6:.2f} MB at ⌈log₂ L⌉ bits)")
    print(f"postings only the headings above give a section: {above_postings:,} (≈ {above_postings * section_posting / 1e6:.2f} MB at {section_posting} B);"
          f" postings whose frequency they raise: {above_extra_frequency:,}")
    print(f"the same headings once per node: {once_positions:,} positions ({once_bits / 8 / 1e6:.3f} MB),"
          f" {sum(map(len, node_terms.values())):,} postings of a node (a term, its range of sections)")


_section_texts = {}


def section_text(units, unit):
    key = (unit["source"], unit["document_index"], unit["section"])
    if not _section_texts:
        for u in units:
            if u["kind"] == "section":
                _section_texts.setdefault((u["source"], u["document_index"], u["section"]), u["text"])
    return _section_texts.get(key, "")


if __name__ == "__main__":
    index, units_path = sys.argv[1:3]
    main(index, units_path, json.loads(sys.argv[3]))
