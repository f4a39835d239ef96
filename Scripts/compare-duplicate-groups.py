#!/usr/bin/env python3
"""Compare the near-duplicate groups of two zhili indexes, exported with
`zhili bench-queries --index DIR --export-units FILE.jsonl`: each unit is named by its file and its
place among that file's units, so indexes laid out differently (a full build against the same files
built by updates) compare. Prints the number of groups and grouped units of each and whether the two
partitions are identical; exit status 1 when they differ."""
import json
import sys
from collections import defaultdict


def partition(path):
    place = defaultdict(int)
    groups = defaultdict(set)
    for line in open(path, encoding="utf-8"):
        unit = json.loads(line)
        position = place[unit["source"]]
        place[unit["source"]] += 1
        if unit.get("duplicate_group") is not None:
            groups[unit["duplicate_group"]].add((unit["source"], position))
    return {frozenset(members) for members in groups.values()}


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: compare-duplicate-groups.py A.jsonl B.jsonl")
    a, b = (partition(path) for path in sys.argv[1:])
    for name, groups in zip(sys.argv[1:], (a, b)):
        print(f"{name}: {len(groups)} groups, {sum(len(g) for g in groups)} units")
    if a == b:
        print("groups identical")
        return
    print(f"groups DIFFER: {len(a - b)} only in the first, {len(b - a)} only in the second")
    sys.exit(1)


if __name__ == "__main__":
    main()
