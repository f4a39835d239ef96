#!/usr/bin/env python3
"""How many files would be read folded to simplified characters (SimplifiedFolding.changes), and by which
characters: reads the folding table a zhili build cached (FoldingTable+Cache.swift's layout: 65,536
little-endian UInt16 singles first), keeps its traditional → simplified part (ideographs 3400–4DBF and
4E00–9FFF folded to one other unit) and counts, per file, the characters of its text that part changes.
A file's title and sections are its text, so a file with none of them is read as it is (the fast path).

usage: Scripts/folded-path-count.py TABLE FILE... (TABLE: ~/.cache/zhili/folding-N-icu-V.bin, written by
       the first run of a build whose cacheVersion is N). Prints the files read folded and, over all of them,
       the characters that sent a file there and in how many files. Aggregates only: it names no file, so
       it may be run over folders that hold held-out documents.
"""
import collections
import struct
import sys

table_path, paths = sys.argv[1], sys.argv[2:]
with open(table_path, "rb") as table:
    singles = struct.unpack("<65536H", table.read(2 * 65536))
changed = {
    chr(unit)
    for low, high in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))
    for unit in range(low, high + 1)
    if singles[unit] != unit and singles[unit] != 0xFFFF
}
files_by_character = collections.Counter()
folded = 0
for path in paths:
    with open(path, encoding="utf-8", errors="replace") as file:
        found = changed.intersection(file.read())
    folded += bool(found)
    files_by_character.update(found)
print(f"{len(changed)} ideographs folded; {folded} of {len(paths)} files read folded")
print("characters that send a file down the folded path (files):",
      " ".join(f"{character} {count}" for character, count in files_by_character.most_common()))
