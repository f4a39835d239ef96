#!/usr/bin/env python3
"""jieba (default mode, HMM on) as a peer of `zhili segment`: UTF-8 lines in, words separated by one
space out. Run it with the Python of a throwaway virtualenv that has jieba (see bench-segmentation.sh)."""
import sys

import jieba

jieba.setLogLevel(60)
jieba.initialize()
out = sys.stdout
for line in sys.stdin:
    out.write(" ".join(word for word in jieba.cut(line.rstrip("\n")) if not word.isspace()) + "\n")
