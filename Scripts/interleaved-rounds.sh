# Sourced by the scripts that time two builds against each other (bench-index-cpu.sh, bench-index-tail.sh):
# `interleave RUNS` empties OUT, then calls the script's `run label binary folder` for ZHILI_BEFORE and ZHILI once a round,
# the order swapped every other round so that the load's drift falls on both, the load printed around.
ZHILI=${ZHILI:-.build/release/zhili}
ZHILI_BEFORE=${ZHILI_BEFORE:?a build to compare with}
interleave() {
    rm -rf "$OUT" && mkdir -p "$OUT"
    echo "load: $(uptime | sed 's/.*load average: //')"
    for round in $(seq "$1"); do
        if (( round % 2 )); then run before "$ZHILI_BEFORE" before; run after "$ZHILI" after
        else run after "$ZHILI" after; run before "$ZHILI_BEFORE" before; fi
    done
    echo "load: $(uptime | sed 's/.*load average: //')"
}
