#!/usr/bin/env python3
"""Splits the SIGHAN 2005 MSR gold file into a development half and a held-out test half, by line.

Usage: msr-split.py MSR_TEST_GOLD OUT_DIR

Writes OUT_DIR/{dev,test}_gold.utf8 (the gold lines) and OUT_DIR/{dev,test}.utf8 (the same lines with
the spaces removed: the segmenters' input). The first half of the lines (1–1993) is the development
set that segmentation costs were tuned on; the second half (1994–3985), other articles, is held out
and only scored. The split was committed before any tuning on it (issue 12). The raw input is made
from the gold lines rather than taken from msr_test.utf8 so that line breaks agree: in the MSR files a
few closing quotes sit on different lines in the test and gold files.
"""
import pathlib
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    lines = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8-sig").splitlines()
    half = (len(lines) + 1) // 2
    out = pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for name, part in (("dev", lines[:half]), ("test", lines[half:])):
        (out / f"{name}_gold.utf8").write_text("".join(line + "\n" for line in part), encoding="utf-8")
        raw = ("".join(line.split()) for line in part)
        (out / f"{name}.utf8").write_text("".join(line + "\n" for line in raw), encoding="utf-8")


if __name__ == "__main__":
    main()
