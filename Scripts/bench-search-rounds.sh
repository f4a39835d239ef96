#!/usr/bin/env bash
# Before and after, alternately, over indexes a benchmark left behind: `zhili search`'s path in-process
# (`bench-queries --queries`, top 10 sections, texts and snippets read), ROUNDS rounds of PASSES passes
# each, the two binaries taking turns so that both see the same load. One sitting of bench-search.sh
# gives its p99 from 900 samples, the slowest nine: a run-to-run spread larger than most changes; more
# passes and rounds narrow it. Run it in a scheduling group of its own at the highest priority (as root:
# `setsid bash -c 'echo -20 > /proc/self/autogroup; exec bash Scripts/bench-search-rounds.sh'`).
#   BEFORE, AFTER: zhili binaries; SEARCH: an $OUT of bench-search.sh (its index, base-index, queries);
#   SEGMENTS: an $OUT of bench-index-segments.sh's step 5 (its unmerged and merged indexes, queries).
set -euo pipefail
: "${BEFORE:?a zhili binary}" "${AFTER:?a zhili binary}"
ROUNDS=${ROUNDS:-4}
PASSES=${PASSES:-10}
echo "load: $(uptime | sed 's/.*load average: //')"
if [[ -n "${SEARCH:-}" ]]; then
    for round in $(seq "$ROUNDS"); do
        echo "search, round $round, after:  $("$AFTER" bench-queries --index "$SEARCH/index" --queries "$SEARCH/queries.txt" --passes "$PASSES")"
        echo "search, round $round, before: $("$BEFORE" bench-queries --index "$SEARCH/base-index" --queries "$SEARCH/queries.txt" --passes "$PASSES")"
    done
fi
if [[ -n "${SEGMENTS:-}" ]]; then
    for round in $(seq "$ROUNDS"); do
        for index in unmerged merged; do
            echo "$index, round $round, after:  $("$AFTER" bench-queries --index "$SEGMENTS/$index" --queries "$SEGMENTS/queries.txt" --passes "$PASSES")"
            echo "$index, round $round, before: $("$BEFORE" bench-queries --index "$SEGMENTS/$index" --queries "$SEGMENTS/queries.txt" --passes "$PASSES")"
        done
    done
fi
echo "load: $(uptime | sed 's/.*load average: //')"
