#!/usr/bin/env bash
# Measures in every genre (issue 10), release builds, real data from ../shared/corpus:
#   1. level-1 precision/recall and role, category, actors, deadline against Scripts/gold/measures/
#      (dev, test, test2 and the fresh test3 halves), and the agreement of the two codings of the test half's categories;
#   2. how many of the files of reports/work-reports (72: 52 reports, 20 resolutions) have >= 3 measures;
#   3. CPU throughput of `zhili measures --format jsonl` over corpus/reports, before (main at 4d9be75,
#      built in BASE) and after (this tree), best of 3 runs each, in the same run.
# usage: Scripts/bench-measures.sh   (SHARED=path overrides ../shared; BASE=worktree of 4d9be75,
#        default ../wt-measures-base, made with `git worktree add ../wt-measures-base 4d9be75`;
#        AFTER=path/to/zhili skips building this checkout: a release build made elsewhere, e.g. with
#        --scratch-path; HALVES="dev" scores only the halves named (default: dev test test2 test3 — a
#        held-out half is scored once, by whoever marked it; test4, test5, test6 (spent since the eighth
#        session), test7 (held out in the eighth session, scored at its end; spent since), test8 (held out in
#        the ninth session, scored at its end), test9 (held out in the tenth session, scored at its end), test10
#        (held out in the eleventh session, scored at its end), test11 (held out in the twelfth session, scored at its end), test12 (held out in the thirteenth session, scored at its end), test13 (held out in the fourteenth session, scored at its end), test14 (held out in the fifteenth session, scored at its end), test15 (held out in the sixteenth session, scored at its end), test16 (held out in the seventeenth session), test17 (held out in the eighteenth session), test18 (held out in the nineteenth session), test19 (held out in the twentieth session), test20 (held out in the twenty-first session), test21 (held out in the twenty-second session), test22 (held out in the twenty-third session), test23 (held out in the twenty-fourth session), test24 (held out in the twenty-fifth session) and the check pool
#        check6 are known too — check6 for its aggregate figures only);
#        REPORTS=dir times and counts another copy of corpus/reports, e.g. one of symbolic links that leaves
#        held-out reports out, which nobody tuning may run the extractor on — in the ninth session the
#        work reports of 1958, 1988, 2002, 2006, 2014, 2021 and the 十三大 and 十四大 congress reports; test (十四大),
#        test3 (1988), test4 (2021) and check6 (2006) are then scored for their whole-half aggregates only;
#        EXCLUDE="1992 2003 十二大" leaves out of every half the files whose names contain one of the words, and
#        their gold rows: documents held out for another issue, which no tool may be run on — and, where REPORTS
#        is not given, out of the folder counted and timed too (a copy of corpus/reports made of symbolic links))
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
BASE=${BASE:-../wt-measures-base}
C=$SHARED/corpus
REPORTS=${REPORTS:-$C/reports}
HALVES=${HALVES:-dev test test2 test3}
GOLD=Scripts/gold/measures
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

if [ -z "${AFTER:-}" ]; then
    swift build -c release --product zhili >&2
    AFTER=$(swift build -c release --show-bin-path)/zhili
fi
ZHILI=$AFTER
# BEFORE=path/to/zhili uses a release build of the base made elsewhere, without building BASE.
if [ -z "${BEFORE:-}" ]; then
    (cd "$BASE" && swift build -c release --product zhili >&2)
    BEFORE=$(cd "$BASE" && swift build -c release --show-bin-path)/zhili
fi

echo "## Gold (dev: 1975, 2010, 1981, 1980, 1987, 1992, 1994, 2000, 2011, State Council 09, 17, 34, 02, 06, 50, 60, seed; test: 1995, 2024, 十四大,"
echo "## State Council 07; test2: 1986, 2016, State Council 39; test3: 1988, 2003, State Council 15) — scoring: $HALVES"
declare -A FILES=(
    [dev]="$(printf '%s\n' "$C"/reports/work-reports/{1975,2010,1981,1980,1987,1992,1994,2000,2011}年* "$C"/state-council-2019/{09,17,34,02,06,50,60}-* "$SHARED/seeds")"
    [test]="$(printf '%s\n' "$C"/reports/work-reports/{1995,2024}年* "$C/reports/congress-reports/加快改革开放和现代化建设步伐_(十四大).txt" "$C"/state-council-2019/07-*)"
    [test2]="$(printf '%s\n' "$C"/reports/work-reports/{1986,2016}年* "$C"/state-council-2019/39-*)"
    [test3]="$(printf '%s\n' "$C"/reports/work-reports/{1988,2003}年* "$C"/state-council-2019/15-*)"
    [test4]="$(printf '%s\n' "$C"/reports/work-reports/{1999,2021}年* "$C"/state-council-2019/05-*)"
    [test5]="$(printf '%s\n' "$C"/reports/work-reports/{1984,2017}年* "$C"/state-council-2019/04-*)"
    [test6]="$(printf '%s\n' "$C"/reports/work-reports/{1997,2008,2022}年* "$C"/state-council-2019/{13,35}-*)"
    [test7]="$(printf '%s\n' "$C"/reports/work-reports/{1957,2004,2025}年* "$C/reports/congress-reports/全面开创社会主义现代化建设的新局面_(十二大).txt" "$C"/state-council-2019/{08,57}-*)"
    [test8]="$(printf '%s\n' "$C"/reports/work-reports/{1958,2002,2014}年* "$C/reports/congress-reports/沿着有中国特色的社会主义道路前进_(十三大).txt" "$C"/state-council-2019/{10,12}-*)"
    [test9]="$(printf '%s\n' "$C"/reports/work-reports/{1960,1983,2013,2019}年* "$C/reports/congress-reports/高举邓小平理论伟大旗帜，把建设有中国特色社会主义事业全面推向二十一世纪_(十五大).txt" "$C"/state-council-2019/{37,41}-*)"
    [test10]="$(printf '%s\n' "$C"/reports/work-reports/{1955,1979,2007,2023}年* "$C/reports/congress-reports/坚定不移沿着中国特色社会主义道路前进_为全面建成小康社会而奋斗_(十八大).txt" "$C"/state-council-2019/{18,20}-*)"
    [test11]="$(printf '%s\n' "$C"/reports/work-reports/{1954,1985,1993,2018}年* "$C/reports/congress-reports/高举中国特色社会主义伟大旗帜，为夺取全面建设小康社会新胜利而奋斗_(十七大).txt" "$C"/state-council-2019/{49,51}-*)"
    [test12]="$(printf '%s\n' "$C"/reports/work-reports/{1959,1978,2001,2015}年* "$C/reports/congress-reports/全面建设小康社会，开创中国特色社会主义事业新局面_(十六大).txt" "$C"/state-council-2019/{03,52}-*)"
    [test13]="$(printf '%s\n' "$C"/reports/work-reports/{1964,1998,2005,2009}年* "$C/reports/congress-reports/决胜全面建成小康社会_夺取新时代中国特色社会主义伟大胜利_(十九大).txt" "$C"/state-council-2019/{19,56}-*)"
    [test14]="$(printf '%s\n' "$C"/reports/work-reports/{1956,1982}年* "$C/reports/congress-reports/高举中国特色社会主义伟大旗帜_为全面建设社会主义现代化国家而团结奋斗_(二十大).txt" "$C"/state-council-2019/{22,25,55}-*)"
    [test15]="$(printf '%s\n' "$C/reports/congress-reports/在中国共产党第十一次全国代表大会上的政治报告.txt" "$C"/state-council-2019/{27,29,30,36,53}-*)"
    [test16]="$(printf '%s\n' "$C/reports/congress-reports/在中国共产党第十次全国代表大会上的报告.txt" "$C/reports/congress-reports/陈独秀在中国共产党第三次全国代表大会上的报告.txt" "$C"/state-council-2019/{21,28,32,40,47}-*)"
    [test17]="$(printf '%s\n' "$C/reports/congress-reports/在中国共产党第九次全国代表大会上的报告.txt" "$C/reports/work-reports/第十三届全国人民代表大会第三次会议关于政府工作报告的决议.txt" "$C"/state-council-2019/{14,16,23,26,48}-*)"
    [test18]="$(printf '%s\n' "$C/laws/DLC/上海地方法规/地方性法规/上海/上海市人民代表大会常务委员会关于促进和保障浦东新区改革开放再出发实现新时代高质量发展的决定(2019-07-25).md" "$C/laws/DLC/上海地方法规/地方性法规/上海/上海市人民代表大会常务委员会关于促进和保障长三角生态绿色一体化发展示范区建设若干问题的决定(2020-09-25).md" "$C/laws/DLC/上海地方法规/地方性法规/上海/上海市人民代表大会常务委员会关于进一步促进和保障“一网通办”改革的决定(2021-06-23).md" "$C/laws/DLC/北京地方法规/地方性法规/北京/北京市人民代表大会常务委员会关于加强市级预算审查监督的决定(2021-12-24).md" "$C"/state-council-2019/{11,46,54}-*)"
    [test19]="$(printf '%s\n' "$C/laws/DLC/北京地方法规/地方性法规/北京/北京市人民代表大会常务委员会关于依法防控新型冠状病毒感染肺炎疫情  坚决打赢疫情防控阻击战的决定(2020-02-07).md" "$C/laws/DLC/北京地方法规/地方性法规/北京/北京市人民代表大会常务委员会关于市人民政府机构改革涉及地方性法规规定的行政机关职责调整问题的决定(2018-11-23).md" "$C"/state-council-2019/{24,42,43,44,59}-* "$C/reports/congress-reports/論聯合政府_(七大).txt")"
    [test20]="$(printf '%s\n' "$C"/state-council-2019/{31,38}-* "$C/laws/DLC/浙江地方法规/地方性法规/浙江/浙江省各级人民代表大会常务委员会讨论决定重大事项的规定(2018-07-27).md" "$C/laws/DLC/重庆地方法规/地方性法规/重庆/彭水苗族土家族自治县旅游条例(2019-04-19).md" "$C/laws/DLC/北京地方法规/地方性法规/北京/北京市人民代表大会常务委员会关于废止部分地方性法规的决定.md" "$C/reports/congress-reports/北京共产主义组织的报告_(一大).txt" "$C/reports/congress-reports/廣州共產黨報告_(一大).txt")"
    [test21]="$(printf '%s\n' "$C/laws/DLC/河南地方法规/地方性法规/河南/河南省人民代表大会常务委员会关于全面加强生态环境保护  依法推动打好污染防治攻坚战  让中原更加出彩的决议(2018-09-29).md" "$C/laws/DLC/河南地方法规/地方性法规/河南/河南省人民代表大会常务委员会关于进一步加快我省旅游业发展的决议.md" "$C/laws/DLC/河南地方法规/地方性法规/河南/河南省人民代表大会常务委员会关于加强基层文化设施建设有关问题的决议(2009-05-22).md" "$C/laws/DLC/山东地方法规/地方性法规/山东/山东省人民代表大会常务委员会关于加强新时代检察机关法律监督工作的决议(2019-09-27).md")"
    [test22]="$(printf '%s\n' "$C/laws/DLC/河南地方法规/地方性法规/河南/河南省人民代表大会常务委员会关于进一步加强水污染防治工作的决议.md" "$C/laws/DLC/河南地方法规/地方性法规/河南/河南省人民代表大会常务委员会关于加强对司法工作监督的决议.md" "$C/laws/DLC/河南地方法规/地方性法规/河南/河南省人民代表大会常务委员会关于促进河南省全面建成小康社会加快现代化建设的决议(2015-01-21).md" "$C/laws/DLC/河南地方法规/地方性法规/河南/河南省第六届人民代表大会关于进一步开展全民义务植树运动的决议(2010-07-30).md" "$C/laws/DLC/河南地方法规/地方性法规/河南/河南省人大常委会关于努力夺取传染性非典型肺炎防治工作和经济建设双胜利的决议.md" "$C/laws/DLC/河南地方法规/地方性法规/河南/河南省人民代表大会常务委员会关于进一步加强省地方税务工作的决议.md")"
    [test23]="$(printf '%s\n' "$C/laws/行政法规/重新组建仲裁机构方案(1995-07-28).md" "$C/laws/行政法规/国务院关于在我国统一实行法定计量单位的命令(1984-02-27).md" "$C"/state-council-2019/45-* "$C/reports/work-reports/第二届全国人民代表大会第三次会议关于政府工作报告的决议.txt" "$C/reports/work-reports/第十一届全国人民代表大会第五次会议关于政府工作报告的决议.txt")"
    [test24]="$(printf '%s\n' "$C/laws/行政法规/国务院关于进一步完善文化经济政策的若干规定(1996-09-05).md" "$C/laws/行政法规/国务院关于科学技术拨款管理的暂行规定(1986-01-23).md" "$C/laws/行政法规/国务院关于鼓励投资开发海南岛的规定(1988-05-03).md" "$C/reports/work-reports/第十届全国人民代表大会第五次会议关于政府工作报告的决议.txt" "$C/reports/work-reports/第十三届全国人民代表大会第一次会议关于政府工作报告的决议.txt" "$C/reports/work-reports/第十四届全国人民代表大会第三次会议关于政府工作报告的决议.txt")"
    [check6]="$(printf '%s\n' "$C"/reports/work-reports/{2006,2012}年* "$C"/state-council-2019/01-*)")
# A held-out report is not run on by the count and the timing either: they read a copy of links without it.
if [ "$REPORTS" = "$C/reports" ] && [ -n "${EXCLUDE:-}" ]; then
    for path in "$C"/reports/*/*.txt; do
        name=${path##*/}; skip=
        for word in $EXCLUDE; do [[ $name == *"$word"* ]] && skip=1; done
        [ -n "$skip" ] && continue
        folder=$OUT/reports/$(basename "$(dirname "$path")")
        mkdir -p "$folder" && ln -s "$(cd "$(dirname "$path")" && pwd)/$name" "$folder/$name"
    done
    REPORTS=$OUT/reports
fi
declare -A SECOND=([test]="$GOLD/coding2-test.jsonl" [test2]="$GOLD/coding2-test2.jsonl" [test4]="$GOLD/coding2-test4.jsonl" [test5]="$GOLD/coding2-test5.jsonl"
                   [test6]="$GOLD/coding2-test6.jsonl" [test7]="$GOLD/coding2-test7.jsonl"
                   [test8]="$GOLD/coding2-test8.jsonl" [test9]="$GOLD/coding2-test9.jsonl" [test10]="$GOLD/coding2-test10.jsonl"
                   [test11]="$GOLD/coding2-test11.jsonl" [test12]="$GOLD/coding2-test12.jsonl" [test13]="$GOLD/coding2-test13.jsonl" [test14]="$GOLD/coding2-test14.jsonl" [test15]="$GOLD/coding2-test15.jsonl"
                   [test16]="$GOLD/coding2-test16.jsonl" [test17]="$GOLD/coding2-test17.jsonl" [test18]="$GOLD/coding2-test18.jsonl"
                   [test19]="$GOLD/coding2-test19.jsonl" [test20]="$GOLD/coding2-test20.jsonl" [test21]="$GOLD/coding2-test21.jsonl"
                   [test22]="$GOLD/coding2-test22.jsonl" [test23]="$GOLD/coding2-test23.jsonl"
                   [test24]="$GOLD/coding2-test24.jsonl")
for half in $HALVES; do
    echo "### $half"
    mapfile -t paths <<< "${FILES[$half]}"
    gold=$GOLD/$half.jsonl
    second=${SECOND[$half]:-}
    if [ -n "${EXCLUDE:-}" ]; then
        kept=()
        for path in "${paths[@]}"; do
            name=${path##*/}; skip=
            for word in $EXCLUDE; do [[ $name == *"$word"* ]] && skip=1; done
            [ -z "$skip" ] && kept+=("$path")
        done
        paths=("${kept[@]}")
        for file in "$gold" $second; do
            python3 -c 'import json, sys; words = sys.argv[2].split(); [print(line, end="") for line in open(sys.argv[1], encoding="utf-8") if not any(w in json.loads(line)["file"] for w in words)]' \
                "$file" "$EXCLUDE" > "$OUT/${file##*/}"
        done
        gold=$OUT/${gold##*/}
        second=${second:+$OUT/${second##*/}}
        echo "(without the files named by: $EXCLUDE)"
    fi
    "$ZHILI" measures --format jsonl "${paths[@]}" > "$OUT/measures.jsonl"
    python3 Scripts/score-measures.py "$gold" "$OUT/measures.jsonl" $second
done

echo
echo "## National work reports with three or more level-1 measures ($REPORTS/work-reports)"
"$ZHILI" measures --summary --format jsonl "$REPORTS/work-reports" > "$OUT/summary.jsonl"
python3 - "$OUT/summary.jsonl" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
reports = [r for r in rows if "决议" not in r["source"]]
print(f"all files: {sum(r['measures'] >= 3 for r in rows)} of {len(rows)}; "
      f"reports: {sum(r['measures'] >= 3 for r in reports)} of {len(reports)}; "
      f"resolutions: {sum(r['measures'] >= 3 for r in rows if r not in reports)} of {len(rows) - len(reports)}")
print("fewest (reports):", sorted((r["measures"], r["source"].rsplit("/", 1)[-1][:5]) for r in reports)[:5])
PY

echo
echo "## Throughput of measures over corpus/reports (best of 3 by CPU time = user + system)"
timed() { /usr/bin/time -f "%e %U %S" -o "$OUT/time" "$@" > "$OUT/timed" 2>/dev/null || true; awk '{ printf "%.2f %.2f", $1, $2 + $3 }' "$OUT/time"; }
MB=$(find -L "$REPORTS" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { printf "%.2f", s / 1048576 }')
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $MB MB"
echo "| build | records | wall s | CPU s | MB/s of CPU |"
echo "| --- | --- | --- | --- | --- |"
for build in "before:$BEFORE" "after:$ZHILI"; do
    name=${build%%:*}; binary=${build#*:}
    best=$(for run in 1 2 3; do timed "$binary" measures --format jsonl "$REPORTS"; echo; done | sort -n -k2 | head -1)
    "$binary" measures --format jsonl "$REPORTS" > "$OUT/records" 2>/dev/null || true
    echo "| $name | $(wc -l < "$OUT/records") | ${best% *} | ${best#* } | $(awk -v mb="$MB" -v cpu="${best#* }" 'BEGIN { printf "%.1f", mb / cpu }') |"
done
