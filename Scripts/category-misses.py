#!/usr/bin/env python3
"""Where the instrument coder and the gold disagree (issue 10), over every spent half: the gold × predicted
confusion matrix of the matched measures' categories and the misses sorted into classes by cause, before and
after, and the change checked by leaving one half out. Standard library only; matching as in score-measures.py (an anchor in the predicted headline or in the
first 120 characters of its text, one to one, in reading order).

usage: category-misses.py BEFORE_ZHILI AFTER_ZHILI   (SHARED=path overrides ../shared; EXCLUDE="1957 1981"
       leaves out the files whose names hold one of the words, and their gold rows — documents held out, which
       no tool may be run on; VERBOSE=1 prints every miss after: half, file, gold, predicted, second coding,
       class, codebook rule, headline and the cues of `--explain`)

check6 (the validation pool) counts in the per-half figures only, never in the matrix, classes or rows.
The classes are read in order, the first that fits: the rows the eighth session listed as coded before the
tie-break rules (BENCHMARKS.md, "Gold rows the rules decide otherwise"); a recipient named by 对…的 read as the
means; 支持…开展…业务 (a permission) read as support; a body (医疗机构, 卫生健康委) read as a health service; a
measure the two coders code differently; no code on either side; in reports, reform in the first sentences
against the headline's area, a cue of rules read as the means where the gold reads another, then the rest; in plans, the rest.
The same misses are then counted by the codebook rule the extractor did not apply (`rule`).
"""
import importlib.util
import json
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
# The matching of score-measures.py, loaded from its file (its name is no module name).
_spec = importlib.util.spec_from_file_location("score_measures", os.path.join(HERE, "score-measures.py"))
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)
SHARED = os.environ.get("SHARED", os.path.join(HERE, "..", "..", "shared"))
GOLD = os.path.join(HERE, "gold", "measures")
CORPUS = os.path.join(SHARED, "corpus")
REPORTS = os.path.join(CORPUS, "reports", "work-reports")
CONGRESS = os.path.join(CORPUS, "reports", "congress-reports")
COUNCIL = os.path.join(CORPUS, "state-council-2019")
HALVES = {
    "dev": (["1975", "2010", "1981", "1980", "1987", "1992", "1994", "2000", "2011"], [], ["09", "17", "34", "02", "06", "50", "60"], True),
    "test": (["1995", "2024"], ["(十四大)"], ["07"], False),
    "test2": (["1986", "2016"], [], ["39"], False),
    "test3": (["1988", "2003"], [], ["15"], False),
    "test4": (["1999", "2021"], [], ["05"], False),
    "test5": (["1984", "2017"], [], ["04"], False),
    "test6": (["1997", "2008", "2022"], [], ["13", "35"], False),
    "test7": (["1957", "2004", "2025"], ["(十二大)"], ["08", "57"], False),
    "test8": (["1958", "2002", "2014"], ["(十三大)"], ["10", "12"], False),
    "test9": (["1960", "1983", "2013", "2019"], ["(十五大)"], ["37", "41"], False),
    "test10": (["1955", "1979", "2007", "2023"], ["(十八大)"], ["18", "20"], False),
    "test11": (["1954", "1985", "1993", "2018"], ["(十七大)"], ["49", "51"], False),
    "test12": (["1959", "1978", "2001", "2015"], ["(十六大)"], ["03", "52"], False),
    "test13": (["1964", "1998", "2005", "2009"], ["(十九大)"], ["19", "56"], False),
    "test14": (["1956", "1982"], ["(二十大)"], ["22", "25", "55"], False),
    "test15": ([], ["第十一次全国代表大会"], ["27", "29", "30", "36", "53"], False),
    "test16": ([], ["第十次全国代表大会", "陈独秀"], ["21", "28", "32", "40", "47"], False),
    "test17": ([], ["第九次全国代表大会"], ["14", "16", "23", "26", "48"], False),
    "test18": ([], [], ["11", "46", "54"], False),
    "test19": ([], ["(七大)"], ["24", "42", "43", "44", "59"], False),
    "test20": ([], ["(一大)"], ["31", "38"], False),
    "test21": ([], [], [], False),
    "test22": ([], [], [], False),
    "test23": ([], [], ["45"], False),
    "check6": (["2006", "2012"], [], ["01"], False),
}
# Halves with documents the lists above do not name (laws, a resolution on a work report): their paths under corpus/.
LAWS = {"test23": ["laws/行政法规/重新组建仲裁机构方案(1995-07-28).md", "laws/行政法规/国务院关于在我国统一实行法定计量单位的命令(1984-02-27).md",
                   "reports/work-reports/第二届全国人民代表大会第三次会议关于政府工作报告的决议.txt",
                   "reports/work-reports/第十一届全国人民代表大会第五次会议关于政府工作报告的决议.txt"],
        "test22": ["laws/DLC/河南地方法规/地方性法规/河南/河南省人民代表大会常务委员会关于进一步加强水污染防治工作的决议.md",
                   "laws/DLC/河南地方法规/地方性法规/河南/河南省人民代表大会常务委员会关于加强对司法工作监督的决议.md",
                   "laws/DLC/河南地方法规/地方性法规/河南/河南省人民代表大会常务委员会关于促进河南省全面建成小康社会加快现代化建设的决议(2015-01-21).md",
                   "laws/DLC/河南地方法规/地方性法规/河南/河南省第六届人民代表大会关于进一步开展全民义务植树运动的决议(2010-07-30).md",
                   "laws/DLC/河南地方法规/地方性法规/河南/河南省人大常委会关于努力夺取传染性非典型肺炎防治工作和经济建设双胜利的决议.md",
                   "laws/DLC/河南地方法规/地方性法规/河南/河南省人民代表大会常务委员会关于进一步加强省地方税务工作的决议.md"],
        "test21": ["laws/DLC/河南地方法规/地方性法规/河南/河南省人民代表大会常务委员会关于全面加强生态环境保护  依法推动打好污染防治攻坚战  让中原更加出彩的决议(2018-09-29).md",
                   "laws/DLC/河南地方法规/地方性法规/河南/河南省人民代表大会常务委员会关于进一步加快我省旅游业发展的决议.md",
                   "laws/DLC/河南地方法规/地方性法规/河南/河南省人民代表大会常务委员会关于加强基层文化设施建设有关问题的决议(2009-05-22).md",
                   "laws/DLC/山东地方法规/地方性法规/山东/山东省人民代表大会常务委员会关于加强新时代检察机关法律监督工作的决议(2019-09-27).md"],
        "test20": ["laws/DLC/浙江地方法规/地方性法规/浙江/浙江省各级人民代表大会常务委员会讨论决定重大事项的规定(2018-07-27).md",
                   "laws/DLC/重庆地方法规/地方性法规/重庆/彭水苗族土家族自治县旅游条例(2019-04-19).md",
                   "laws/DLC/北京地方法规/地方性法规/北京/北京市人民代表大会常务委员会关于废止部分地方性法规的决定.md"],
        "test17": ["reports/work-reports/第十三届全国人民代表大会第三次会议关于政府工作报告的决议.txt"],
        "test19": ["laws/DLC/北京地方法规/地方性法规/北京/北京市人民代表大会常务委员会关于依法防控新型冠状病毒感染肺炎疫情  坚决打赢疫情防控阻击战的决定(2020-02-07).md",
                   "laws/DLC/北京地方法规/地方性法规/北京/北京市人民代表大会常务委员会关于市人民政府机构改革涉及地方性法规规定的行政机关职责调整问题的决定(2018-11-23).md"],
        "test18": ["laws/DLC/上海地方法规/地方性法规/上海/上海市人民代表大会常务委员会关于促进和保障浦东新区改革开放再出发实现新时代高质量发展的决定(2019-07-25).md",
                   "laws/DLC/上海地方法规/地方性法规/上海/上海市人民代表大会常务委员会关于促进和保障长三角生态绿色一体化发展示范区建设若干问题的决定(2020-09-25).md",
                   "laws/DLC/上海地方法规/地方性法规/上海/上海市人民代表大会常务委员会关于进一步促进和保障“一网通办”改革的决定(2021-06-23).md",
                   "laws/DLC/北京地方法规/地方性法规/北京/北京市人民代表大会常务委员会关于加强市级预算审查监督的决定(2021-12-24).md"]}
# BENCHMARKS.md, eighth session: gold rows coded before the tie-break rules that the rules decide otherwise.
BEFORE_RULES = {"依靠创新引领产业升级", "以增强出口创汇能力为中心", "开展失业人员培训", "依靠创新推动实体经济高质量发展", "切实增进民生福祉",
                "促进文物回流", "发展租赁业态", "以创新引领实体经济转型升级", "着力保障和改善民生", "切实保障和改善民生",
                "深入实施创新驱动发展战略", "推进信息共享", "加快发展社会事业", "加强考核评价", "开展考核评估"}
BEFORE_RULES_HALVES = {"dev", "test", "test2", "test4", "test5", "test6"}
CODES = ["legal_regulation", "enforcement", "publicity_education", "economic_incentive", "services_administration",
         "organisation_accountability", "monitoring", None]


def paths(half, excluded):
    years, congress, council, seeds = HALVES[half]
    found = [os.path.join(REPORTS, f) for f in sorted(os.listdir(REPORTS)) if f[:4] in years and f[4] == "年"]
    found += [os.path.join(CONGRESS, f) for f in sorted(os.listdir(CONGRESS)) if any(c in f for c in congress)]
    found += [os.path.join(COUNCIL, f) for f in sorted(os.listdir(COUNCIL)) if f[:2] in council and f[2] == "-"]
    found += [os.path.join(CORPUS, f) for f in LAWS.get(half, [])]
    if seeds:
        found.append(os.path.join(SHARED, "seeds"))
    return [p for p in found if not any(w in os.path.basename(p) for w in excluded)]


def pairs(zhili, half, excluded):
    gold = [g for g in scorer.load(os.path.join(GOLD, f"{half}.jsonl")) if not any(w in g["file"] for w in excluded)]
    output = subprocess.run([zhili, "measures", "--format", "jsonl", "--explain", *paths(half, excluded)],
                            capture_output=True, text=True, check=True).stdout
    return scorer.match(gold, [json.loads(line) for line in output.splitlines() if line.strip()])[0]


def second_codings():
    codings = {}
    for name in os.listdir(GOLD):
        if name.startswith("coding2-"):
            for row in scorer.load(os.path.join(GOLD, name)):
                codings[(row["file"], row["document_index"], row["headline"])] = row["category"]
    return codings


def cause(half, g, p, second):
    text = scorer.squeeze(p["text"])
    report = "政府工作报告" in g["file"] or "大)" in g["file"]
    if half in BEFORE_RULES_HALVES and g["headline"] in BEFORE_RULES:
        return "gold coded before the tie-break rules, which read it as predicted"
    if g["headline"].startswith("对"):
        return "a recipient (对…的) read as the means"
    if re.search("^[^。]{0,12}支持[^。；]*开展[^。；]*业务", text):
        return "支持…开展…业务 (a permission) read as support"
    if re.search("医疗机构|卫生健康委", text[:150]) and p.get("category") == "services_administration":
        return "a body (医疗机构, 卫生健康委) read as a health service"
    if second.get((g["file"], g["document_index"], g["headline"]), g["category"]) != g["category"]:
        return "the two coders disagree"
    if g["category"] is None or p.get("category") is None:
        return "outside the seven codes, or no cue"
    if report and g["category"] == "legal_regulation" and re.search("改革|体制|机制", text[:160]):
        return "report: reform in the first sentences, the headline's area wins"
    if report and p.get("category") == "legal_regulation":
        return "report: a cue of rules (体制, 改革, 制度, 依法) read as the means where the gold reads another"
    if report:
        return "report: the headline's area or a broad cue against the lead's means"
    return "plan: a cue of the area, a body or a generic word against the lead's means"


def rule(half, g, p, second):
    """The codebook rule (Scripts/gold/measures/README.md) that the coder applied and the extractor did not, read
    from the words of the measure in order, the first that fits: where the coders themselves part, or the gold
    predates the rules; a headline that assesses its subject (…是…的重要职责); a first point of understanding (提高认识,
    转变观念); laws carried out (执行…法律) read as rules made, where the gold reads enforcement; a review or oversight the point ends on (审查监督) read as the money reviewed; a body set up,
    dissolved or charged with functions; support read as money where another means follows it; an approval's grant or a
    reply's 办理意见 (the act decided); no code on either side (rule
    10, or no cue found); a speech's or plan's persuasion (教育, 宣传, 学习, 批判) read as its area; a system or
    mechanism to build (建立/完善…制度/机制/体系), whose object decides (rule 2); the reform of an institution (rule 5);
    a requirement or permission (rule 9); else, a word of the headline read before the lead's means (rule 1a), or a
    later or weightier means read before the first (rules 1c and 3: the tie-break order)."""
    text = scorer.squeeze(p["text"])
    head = p.get("headline") or g["headline"]
    if second.get((g["file"], g["document_index"], g["headline"]), g["category"]) != g["category"]:
        return "the two coders disagree"
    if half in BEFORE_RULES_HALVES and g["headline"] in BEFORE_RULES:
        return "gold coded before the tie-break rules"
    if re.search("是[^，。；]*的(一项|一个)?重要", head):
        return "a headline that assesses its subject (…是…的重要职责), read for the assessment, not the subject's means (rule 2)"
    if re.match("(提高|转变|统一)(认识|观念|思想)", head):
        return "a first point of understanding (提高认识, 转变观念) coded by a word of it or a later means, not its first act (rules 2 and 3)"
    if g["category"] == "enforcement" and re.search("(执行|实施)[^，。；]*(法律|法规)|(法律|法规)[^，。；]*(执行|实施)", head + text[:120]):
        return "laws carried out (执行…法律, 法律…实施) read as rules made, not as enforcement (rules 2 and 7)"
    if g["category"] == "monitoring" and re.search("(审查|监督|审议|听取)[^，。；]{0,6}$", head):
        return "a review or oversight the point ends on (审查监督, 听取报告), read as the money reviewed (rule 1a, rule 7)"
    if g["category"] == "organisation_accountability" and re.search("(成立|设立|组建|设置|撤销)[^，。；]*(委员会|理事会|执委会|小组|工作组|指挥部|联席会议|办公室)|职能|工作规则", head + text[:80]):
        return "a body set up, dissolved or charged with functions (organisation), read by its charge"
    if p.get("category") == "economic_incentive" and re.search("支持[^，。；]*(改革|制度|准入|许可|审批|监管|服务)", head + text[:80]):
        return "support (支持) read as money where another means follows it in its clause (rule 6)"
    if re.search("批复|复函|答复|办理情况|的函", g["file"]) or re.match("(原则)?同意", head):
        return "an approval's grant or a reply's 办理意见 (the act decided, rules 1a and 9)"
    if g["category"] is None or p.get("category") is None:
        return "outside the seven codes (rule 10), or no cue read"
    if g["category"] == "publicity_education":
        return "persuasion (教育, 宣传, 学习, 批判) read as the area (the codebook's publicity_education)"
    if re.search("(建立|健全|完善|构建|创新|形成)[^，。；]{0,20}(制度|机制|体制|体系)", head + text[:80]):
        return "a system or mechanism to build: its object decides (rule 2)"
    if g["category"] == "legal_regulation" and re.search("改革|体制", text[:160]):
        return "the reform of an institution (rule 5)"
    if g["category"] == "legal_regulation":
        return "a requirement or permission (rule 9)"
    predicted = [w.split("×")[0] for part in (p.get("cues") or "").split("; ") if part.startswith(p["category"] + ":")
                 for w in part.split(": ", 1)[1].split(", ")]
    if any(w in head for w in predicted):
        return "a word of the headline before the lead's means (rule 1a)"
    return "a later or weightier means before the first (rules 1c and 3, the tie-break order)"


def measure(zhili, excluded, second):
    right, total, confusion, classes, rules, rows = Counter(), Counter(), Counter(), Counter(), Counter(), []
    for half in HALVES:
        for g, p in pairs(zhili, half, excluded):
            total[half] += 1
            if g["category"] == p.get("category"):
                right[half] += 1
            elif half != "check6":
                kind, applied = cause(half, g, p, second), rule(half, g, p, second)
                confusion[(g["category"], p.get("category"))] += 1
                classes[kind] += 1
                rules[applied] += 1
                rows.append((half, g["file"][:16], g["category"], p.get("category"),
                             second.get((g["file"], g["document_index"], g["headline"]), "-"), kind, applied, g["headline"], p.get("cues")))
    return right, total, confusion, classes, rows, rules


def main(before, after):
    excluded = os.environ.get("EXCLUDE", "").split()
    second = second_codings()
    b, a = measure(before, excluded, second), measure(after, excluded, second)
    print("| half | category before | after |\n| --- | --- | --- |")
    for half in HALVES:
        print(f"| {half} | {b[0][half]}/{b[1][half]} = {b[0][half] / b[1][half]:.3f} | {a[0][half]}/{a[1][half]} = {a[0][half] / a[1][half]:.3f} |")
    spent = [h for h in HALVES if h != "check6"]
    for name, m in (("before", b), ("after", a)):
        r, t = sum(m[0][h] for h in spent), sum(m[1][h] for h in spent)
        print(f"spent halves {name}: {r}/{t} = {r / t:.3f}")
    # Leave one half out, for a change kept or dropped as a whole: derived from the other spent halves, it is
    # kept where their net change is positive, and must then not lower the half left out.
    gain = {h: a[0][h] - b[0][h] for h in HALVES}
    print("\n| half left out | net change on the other spent halves | kept by them | change on the half left out |")
    print("| --- | --- | --- | --- |")
    for half in HALVES:
        others = sum(gain[h] for h in spent if h != half)
        print(f"| {half} | {others:+d} | {'yes' if others > 0 else 'no'} | {gain[half] if others > 0 else 0:+d} |")
    short = lambda c: "none" if c is None else "".join(w[0] for w in c.split("_"))
    for name, m in (("before", b), ("after", a)):
        print(f"\n{name}: | gold \\ predicted | " + " | ".join(map(short, CODES)) + " |")
        print("| --- " * (len(CODES) + 1) + "|")
        for gc in CODES:
            print(f"| {short(gc)} | " + " | ".join(str(m[2][(gc, pc)]) for pc in CODES) + " |")
    print("\n| class of miss | before | after |\n| --- | --- | --- |")
    for kind in sorted(set(b[3]) | set(a[3]), key=lambda k: (-b[3][k], k)):
        print(f"| {kind} | {b[3][kind]} | {a[3][kind]} |")
    print("\n| codebook rule the extractor did not apply | before | after |\n| --- | --- | --- |")
    for kind in sorted(set(b[5]) | set(a[5]), key=lambda k: (-b[5][k], k)):
        print(f"| {kind} | {b[5][kind]} | {a[5][kind]} |")
    if os.environ.get("VERBOSE"):
        for row in a[4]:
            print(" | ".join(str(x) for x in row), file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:3])
