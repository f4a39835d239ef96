#!/usr/bin/env bash
# Copies the collections ROOT ... into DIR, indexes the copy into INDEX, then changes one law file,
# removes another and adds a new one, for the incremental figures of bench-index.sh and
# bench-index-duplicates.sh. Usage: bench-changed-copy.sh ZHILI DIR INDEX ROOT ...; options for
# `zhili index` in INDEX_OPTIONS (e.g. --no-duplicate-groups).
set -euo pipefail
ZHILI=$1 DIR=$2 INDEX=$3
shift 3
mkdir -p "$DIR" && cp -r "$@" "$DIR/"
"$ZHILI" index "$DIR" --index "$INDEX" ${INDEX_OPTIONS:-} > /dev/null
changed=$(find "$DIR/laws" -name '*.md' | sort | sed -n 1p)
removed=$(find "$DIR/laws" -name '*.md' | sort | sed -n '$p')
echo "第九百九十九条 本条为基准测试添加。" >> "$changed"
rm "$removed"
printf '# 基准测试新增文件\n\n乡村振兴战略实施情况。\n' > "$DIR/laws/added.md"
