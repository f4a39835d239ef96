#!/usr/bin/env python3
"""Word precision, recall and F1 of a segmentation against a gold file, the SIGHAN way.

Usage: sighan-score.py GOLD OUTPUT

Both files hold words separated by whitespace. The whitespace is removed from both (their characters
must then be the same), every word becomes the span of character offsets it covers over the whole file,
and the two sets of spans are compared. Scoring the whole file rather than line by line matters: in the
MSR files a few closing quotes sit on different lines in the test and gold files.
Prints one line: precision recall f1 gold_words output_words.
"""
import sys


def spans(path):
    text, result, offset = [], set(), 0
    with open(path, encoding="utf-8-sig") as handle:
        for line in handle:
            for word in line.split():
                result.add((offset, offset + len(word)))
                text.append(word)
                offset += len(word)
    return "".join(text), result


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gold_text, gold = spans(sys.argv[1])
    output_text, output = spans(sys.argv[2])
    if gold_text != output_text:
        at = next((i for i, (a, b) in enumerate(zip(gold_text, output_text)) if a != b), min(len(gold_text), len(output_text)))
        sys.exit(f"{sys.argv[2]}: characters differ from {sys.argv[1]} at character {at}: "
                 f"{gold_text[at:at + 10]!r} vs {output_text[at:at + 10]!r}")
    shared = len(gold & output)
    precision = shared / len(output) if output else 0.0
    recall = shared / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{precision:.4f} {recall:.4f} {f1:.4f} {len(gold)} {len(output)}")


if __name__ == "__main__":
    main()
