#!/usr/bin/env python3
"""Writes dev.jsonl and test.jsonl: level-1 measures marked by hand from reading the documents
(see README.md). Kept as code so that each judgement stays next to the document it is about."""
import json, re

def units(s):
    """Actors as the parenthetical names them: split at 、, without 等 and the joining 和."""
    out = []
    for part in re.split(r"、|等和|等", s):
        part = part.strip()
        if part: out.append(part)
    return out

R1975 = "1975年中华人民共和国国务院政府工作报告.txt"
R2010 = "2010年中华人民共和国国务院政府工作报告.txt"
R1995 = "1995年中华人民共和国国务院政府工作报告.txt"
R2024 = "2024年中华人民共和国国务院政府工作报告.txt"
SC09 = "09-国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见.html"
SC07 = "07-国务院办公厅关于印发“无废城市”建设试点工作方案的通知.html"
C14 = "加快改革开放和现代化建设步伐_(十四大).txt"
SEED = "000_6cd0710233c92eef.txt"
EI, LR, EN, PE, SA, OA, MO = ("economic_incentive", "legal_regulation", "enforcement", "publicity_education",
                              "services_administration", "organisation_accountability", "monitoring")

dev, test = [], []
def add(split, file, anchor, role, category, actors=None, deadline=None, doc=1):
    split.append({"file": file, "document_index": doc, "level": 1, "headline": anchor, "role": role,
                  "actors": actors, "deadline": deadline, "category": category})
def none(split, file, doc=1):
    """A coverage row: `file` belongs to the half and has no level-1 measure (headline null). The scorers read it as coverage
    only — the file's predictions count against precision — never as a gold measure."""
    split.append({"file": file, "document_index": doc, "level": 1, "headline": None, "role": None,
                  "actors": None, "deadline": None, "category": None})

# --- dev -----------------------------------------------------------------------------------------
# 1975: a speech without numbering; tasks are paragraphs whose lead sentences commit "we" to act.
for anchor, cat, deadline in [
    ("继续普及、深入、持久地开展批林批孔运动", PE, None), ("加强各级革命委员会的建设", OA, None),
    ("严格区分和正确处理两类不同性质的矛盾", EN, None), ("加强全国各族人民的大团结", PE, None),
    ("坚持抓革命、促生产、促工作、促战备的方针", OA, None), ("完成和超额完成第四个五年计划", OA, "一九七五年"),
    ("必须坚持鼓足干劲，力争上游", OA, None), ("务必十分注意上层建筑领域的社会主义革命", PE, None),
    ("继续执行毛主席的革命外交路线", None, None), ("加强同亚、非、拉国家和人民的团结", None, None),
    ("保持警惕，加强防御，准备打仗", None, None), ("我们一定要解放台湾", None, None),
    ("抓大事，抓路线", PE, None), ("坚决拥护党的一元化领导", OA, None), ("发扬遵守纪律的光荣传统", OA, None),
    ("坚持从群众中来，到群众中去的群众路线", OA, None), ("艰苦奋斗，勤俭建国", PE, None),
    ("坚持无产阶级国际主义", PE, None)]:
    add(dev, R1975, anchor, "planned", cat, deadline=deadline)
# 2010: review (一)–(四) are measures taken; the plan's (一)–(八) are planned.
for anchor, cat in [("加强和改善宏观调控", EI), ("大力调整经济结构", EI), ("坚持深化改革开放", LR), ("着力改善民生", EI)]:
    add(dev, R2010, anchor, "done", cat)
for anchor, cat in [("提高宏观调控水平", EI), ("加快转变经济发展方式", EI), ("加大统筹城乡发展力度", EI),
                    ("全面实施科教兴国战略和人才强国战略", SA), ("大力加强文化建设", PE), ("着力保障和改善民生", EI),
                    ("坚定不移推进改革", LR), ("努力建设人民满意的服务型政府", OA)]:
    add(dev, R2010, anchor, "planned", cat)
# SC-09 指导意见: (一)–(十七); each names its responsible units in a closing parenthesis.
SC09_ACTORS = {
 1: "扶贫办、中央统战部、中央和国家机关工委、教育部、卫生健康委、人民银行、国资委、国管局、中央军委政治工作部、全国总工会等和各省级人民政府",
 2: "扶贫办、发展改革委、人力资源社会保障部、商务部等和各有关省级人民政府",
 3: "全国工商联、发展改革委、民政部、农业农村部、扶贫办、全国总工会、共青团中央、全国妇联等和各省级人民政府",
 4: "商务部、发展改革委、农业农村部等和各有关省级人民政府",
 5: "商务部、扶贫办、发展改革委、工业和信息化部、财政部、交通运输部、农业农村部、文化和旅游部、粮食和储备局、供销合作总社等和各有关省级人民政府",
 6: "商务部、发展改革委、交通运输部、邮政局、供销合作总社等和各有关省级人民政府",
 7: "农业农村部、科技部、市场监管总局等和各有关省级人民政府",
 8: "农业农村部、财政部、商务部等和各有关省级人民政府",
 9: "中央宣传部、农业农村部、商务部、发展改革委、人民银行、市场监管总局等和各有关省级人民政府",
 10: "农业农村部、文化和旅游部、住房城乡建设部、发展改革委、自然资源部、交通运输部等和各有关省级人民政府",
 11: "农业农村部、文化和旅游部、人力资源社会保障部、市场监管总局、扶贫办、发展改革委等和各有关省级人民政府",
 12: "农业农村部、文化和旅游部等和各有关省级人民政府",
 13: "农业农村部、文化和旅游部、中央宣传部、广电总局、商务部等和各有关省级人民政府",
 14: "发展改革委、扶贫办、农业农村部、商务部、文化和旅游部、供销合作总社、财政部等和各省级人民政府",
 15: "农业农村部、文化和旅游部、扶贫办、财政部等和各有关省级人民政府",
 16: "发展改革委、财政部、自然资源部、农业农村部、商务部、文化和旅游部、人民银行、扶贫办等和各省级人民政府",
 17: "发展改革委、扶贫办、农业农村部、商务部、文化和旅游部、供销合作总社、财政部等和各有关省级人民政府"}
for n, (anchor, cat) in enumerate([
    ("推动各级机关和国有企事业单位等带头参与消费扶贫", OA), ("推动东西部地区建立消费扶贫协作机制", OA),
    ("动员民营企业等社会力量参与消费扶贫", PE), ("打通供应链条", EI), ("拓展销售途径", SA), ("加快流通服务网点建设", SA),
    ("加快农产品标准化体系建设", LR), ("提升农产品规模化供给水平", EI), ("打造区域性特色农产品品牌", PE),
    ("加大基础设施建设力度", EI), ("提升服务能力", SA), ("做好规划设计", SA), ("加强宣传推介", PE),
    ("加强组织领导", OA), ("完善利益机制", EI), ("加大政策激励", EI), ("强化督促落实", MO)], start=1):
    add(dev, SC09, anchor, "planned", cat, actors=units(SC09_ACTORS[n]))
# The seed: essay (对策), two accounts of practice (做法, done), a programme and a plan.
for anchor, cat in [("加强立法", LR), ("加强宣传教育", PE), ("加快发展步伐", EI), ("抓好优质服务", SA), ("综合治理", EN)]:
    add(dev, SEED, anchor, "planned", cat, doc=1)
for doc, n in [(2, 3), (3, 4)]:
    for anchor, cat in [("加强领导", OA), ("强化宣传", PE), ("健全制度", LR), ("落实政策", EI)][:n]:
        add(dev, SEED, anchor, "done", cat, doc=doc)
for anchor, cat in [("加强领导", OA), ("加大宣传", PE), ("加紧排查", MO), ("组织领导", OA)]:
    add(dev, SEED, anchor, "planned", cat, doc=4)
for anchor, cat in [("明确责任目标", OA), ("制定并落实优惠政策", EI), ("加强责任落实", OA), ("加大“两非案件”查处力度", EN),
                    ("加大宣传力度", PE), ("落实有奖举报制度", MO), ("加强监督检查", MO)]:
    add(dev, SEED, anchor, "planned", cat, doc=5)

# Added to dev in the second session (2026-12-03), marked by reading before `zhili measures` was run on
# them: the 1981 work report, State Council 17 (政务新媒体 意见) and 34 (体育竞赛表演产业 指导意见).
R1981 = "1981年中华人民共和国国务院政府工作报告.txt"
SC17 = "17-国务院办公厅关于推进政务新媒体健康有序发展的意见.html"
SC34 = "34-国务院办公厅关于加快发展体育竞赛表演产业的指导意见.html"
# 1981: （一）当前的经济形势 reviews outcomes (no numbered actions); （二）今后经济建设的方针 announces 下列十条方针,
# numbered 一、–十、 at the level of the report's parts: each is a planned task (四's 一、–三、 and 五's
# 一是…四是 are their items). （三）我国经济发展的前景 sketches the 六五 plan and closes on 精神文明, crime
# and bureaucracy without a numbered list: no level-1 measures there.
for anchor, cat in [("依靠政策和科学，加快农业的发展", EI), ("把消费品工业的发展放到重要地位", EI),
                    ("提高能源的利用效率", EI), ("有重点有步骤地进行技术改造", EI), ("分批进行企业的全面整顿和必要改组", OA),
                    ("讲究生财、聚财、用财之道", EI), ("坚持对外开放政策", LR), ("积极稳妥地改革经济体制", LR),
                    ("提高全体劳动者的科学文化水平", SA), ("从一切为人民的思想出发，统筹安排生产建设和人民生活", EI)]:
    add(dev, R1981, anchor, "planned", cat)
# SC-17 意见: 一、总体要求 (指导思想, 工作目标, 基本原则) is not a measure; 二、明确工作职责 has no numbered items and
# is one measure; 三、加强功能建设 （一）–（三）, 四、规范运维管理 （一）–（四）, 五、强化保障措施 （一）–（三）. No unit
# parentheses, no deadline in the measures (到2022年 is the target of 一). Anchors are the first clause of a
# headline (推进政务公开, not 推进政务公开，强化解读回应): ingestion ends the heading at its comma.
for anchor, cat in [("明确工作职责", OA), ("推进政务公开", PE), ("加强政民互动", SA), ("突出民生事项", SA), ("开设整合", LR), ("内容保障", MO), ("安全防护", MO), ("监督管理", MO),
                    ("加强组织领导", OA), ("加强人员培训", PE), ("加强考核评价", OA)]:
    add(dev, SC17, anchor, "planned", cat)
# SC-34 指导意见: 一、总体要求 （一）–（三） are not measures; （四）–（十九） under four themes are. Actors: the first
# 负责 parenthesis of the item, as for State Council 07 (（十）, （十三）, （十八） name further units after later
# sentences, which are parts of the measure, not its lead).
for anchor, cat, actors in [
    ("大力发展职业赛事", LR, "体育总局、民政部、人力资源社会保障部"),
    ("支持引进国际重大赛事", SA, "体育总局、北京冬奥组委"),
    ("引导扶持业余精品赛事", EI, "体育总局"),
    ("积极培育冰雪体育赛事", SA, "体育总局、北京冬奥组委"),
    ("促进体育竞赛与文化表演互动融合", SA, "体育总局、文化和旅游部"),
    ("支持企业发展", EI, "体育总局、市场监管总局"),
    ("鼓励创新创业", LR, "市场监管总局"),
    ("培育中介机构", SA, "体育总局、民政部"),
    ("引导消费理念", PE, "体育总局、公安部、市场监管总局、财政部"),
    ("改善消费条件", SA, "体育总局、教育部、住房城乡建设部"),
    ("完善产业链条", EI, "发展改革委、工业和信息化部、体育总局"),
    ("健全产业标准", LR, "体育总局、公安部、标准委、统计局"),
    ("打造发展平台", LR, "广电总局、版权局、司法部、体育总局"),
    ("深化国际合作", SA, "体育总局、外交部、公安部、海关总署、交通运输部"),
    ("持续推进“放管服”改革", LR, "公安部、工业和信息化部、交通运输部、水利部、海洋局、空管委办公室"),
    ("完善相关投入机制", EI, "体育总局、人民银行、银保监会、证监会、财政部")]:
    add(dev, SC34, anchor, "planned", cat, actors=units(actors))

# --- dev, third session (measures3) ---------------------------------------------------------------
# Added to dev in the third session (2026-12-03, evening), marked by reading before `zhili measures` was
# run on them: the 1980, 1987 and 1992 work reports and State Council 02 (融资担保基金 指导意见). Kept
# apart from the test4 block, which another helper writes.
R1980 = "1980年中华人民共和国国务院政府工作报告.txt"
R1987 = "1987年中华人民共和国国务院政府工作报告.txt"
R1992 = "1992年中华人民共和国国务院政府工作报告.txt"
SC02 = "02-国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见.html"
# 1980: 一's 第一…第六 review the year; only 第二 (采取了一些新的政策, 进行经济管理体制的某些改革) and 第四
# (党和政府尽了很大努力，增加城乡人民收入) name what was done — the others are outcomes (比例关系正在朝着协调
# 的方向发展, 经济效果提高了, 商品购销两旺, 事业有了新的发展). 二 gives the 1981 plan's targets (statistics) and
# an unnumbered 要注意解决以下问题: no numbered task. 三、采取有力措施 第一…第四 are the planned tasks.
for anchor, cat in [("在经济上开始采取了一些新的政策", LR), ("党和政府尽了很大努力，增加城乡人民收入", EI)]:
    add(dev, R1980, anchor, "done", cat)
for anchor, cat in [("实行能源的开发和节约并重", EI), ("进一步调整重工业特别是机械工业结构", EI), ("加强材料工业", EI),
                    ("加快经济管理体制改革的进程", LR)]:
    add(dev, R1980, anchor, "planned", cat)
# 1987: 一 reviews the situation (outcomes). 二's 第一…第六, the answer to 需要着重解决好哪些问题, are guidelines
# with their measures (like 1986's five guidelines and 1981's ten); the unnumbered 增产节约、增收节支运动 after
# them is not a numbered task. 三's 第一…第六 are the year's reform tasks (its later 第一、–第三、 are three
# principles for using foreign capital inside an unnumbered paragraph: not tasks). 四 has no numbered task
# of its own but one paragraph's short items (要集中力量抓好以下几件事：一、…五、): one task, as 1995's 五.
for anchor, cat in [("必须把加强农业放在发展国民经济的重要战略地位", EI), ("必须按照建设规模同国力相适应的客观经济规律办事", EI),
                    ("必须把消费的增长切实建立在生产发展可能的基础之上", EI), ("必须努力做到财政收支和信贷收支的基本平衡", EI),
                    ("必须继续防止盲目追求过高增长速度的倾向", EI), ("必须坚定不移地全面推进经济体制改革", LR),
                    ("深化企业改革，建立和健全责权利相结合的企业经营机制", LR), ("继续发展各种横向经济联合", LR),
                    ("深入进行金融体制改革", LR), ("进一步扩大生产资料市场", LR), ("改革企业劳动工资制度", LR),
                    ("改进固定资产投资管理办法", LR), ("巩固和发展安定团结的政治局面", PE)]:
    add(dev, R1987, anchor, "planned", cat)
# 1992: 一 reviews 1991 (outcomes, then 体会 — principles such as 紧紧抓住经济建设这个中心不放: not measures).
# Parts 二–五 are the year's tasks, each with unnumbered paragraphs led by a short task sentence
# (继续下大力气抓农业…。), which are their items, as in 1995; 六、关于国际形势和外交工作 states foreign policy
# and is not counted (as 1995's 七). Anchors are the first clause where the heading has a comma.
for anchor, cat in [("抓紧有利时机", EI), ("加快改革步伐", LR), ("为经济建设和改革开放创造更好的社会政治环境", EN),
                    ("积极推进祖国和平统一大业", None)]:
    add(dev, R1992, anchor, "planned", cat)
# SC-02 指导意见: 一、总体要求 （一）指导思想 （二）基本原则 are not measures; （三）–（二十七） under 二、–八、 are. No unit
# parentheses (the lead sentence's subject is the body that acts, not a 牵头/负责 unit): actors null. The one
# due date is （十九）'s 争取三年内实现…市级全覆盖. The document's domain words (担保, 融资, 资金) are not means:
# each item is coded by what it does — rules and ratios (不得, 比例不得低于) legal_regulation, fees cut,
# guarantees, capital, subsidies and tax treatment economic_incentive, evaluation, review and supervision
# monitoring, responsibilities, institutions and assessment of staff organisation_accountability.
for anchor, cat, deadline in [
    ("明确支持范围", LR, None), ("聚焦重点对象", EI, None), ("回归担保主业", LR, None), ("加强业务引导", LR, None),
    ("发挥再担保功能", EI, None), ("引导降费让利", EI, None), ("实行差别费率", EI, None), ("清理规范收费", LR, None),
    ("明确风险分担比例", LR, None), ("加强“总对总”合作", OA, None), ("落实银担责任", OA, None),
    ("实施跟踪评估", MO, None), ("加大奖补支持力度", EI, None), ("完善资金补充机制", EI, None),
    ("探索风险补偿机制", EI, None), ("落实扶持政策", EI, None), ("推进机构建设", OA, "三年内"),
    ("加强协同配合", OA, None), ("营造发展环境", OA, None), ("简化担保要求", SA, None), ("防止风险转嫁", MO, None),
    ("提升服务能力", SA, None), ("实施差异化监管措施", MO, None), ("健全内部考核激励机制", OA, None),
    ("完善绩效评价体系", OA, None)]:
    add(dev, SC02, anchor, "planned", cat, deadline=deadline)

# --- test ----------------------------------------------------------------------------------------
# 1995: parts 二–六 are the year's tasks (七 states the foreign policy); the review lists outcomes
# and, under 一是…四是, problems — no measures.
for anchor, cat in [("促进国民经济持续、快速、健康发展", EI), ("以国有企业为重点深化经济体制改革", LR),
                    ("发展科技教育文化和卫生体育事业", SA), ("为改革和发展创造良好的社会环境", EN), ("积极促进祖国和平统一大业", None)]:
    add(test, R1995, anchor, "planned", cat)
# 2024: review 一是…六是 (done), plan (一)–(十).
for anchor, cat in [("加大宏观调控力度", EI), ("依靠创新引领产业升级", EI), ("深化改革扩大开放", LR),
                    ("强化生态环境保护治理", EN), ("着力抓好民生保障", EI), ("全面加强政府建设", OA)]:
    add(test, R2024, anchor, "done", cat)
for anchor, cat in [("大力推进现代化产业体系建设", EI), ("深入实施科教兴国战略", SA), ("着力扩大国内需求", EI),
                    ("坚定不移深化改革", LR), ("扩大高水平对外开放", LR), ("更好统筹发展和安全", MO),
                    ("坚持不懈抓好“三农”工作", EI), ("推动城乡融合和区域协调发展", EI), ("加强生态文明建设", EN),
                    ("切实保障和改善民生", EI)]:
    add(test, R2024, anchor, "planned", cat)
# 十四大: 二、第一…第十 and 四、第一…第五.
for anchor, cat in [("围绕社会主义市场经济体制的建立", LR), ("进一步扩大对外开放", LR), ("调整和优化产业结构", EI),
                    ("加速科技进步", SA), ("充分发挥各地优势", EI), ("积极推进政治体制改革", LR),
                    ("下决心进行行政管理体制和机构改革", OA), ("坚持两手抓", PE), ("不断改善人民生活", EI),
                    ("加强军队建设", None), ("认真学习建设有中国特色社会主义的理论", PE), ("加强领导班子建设", OA),
                    ("密切党同群众的联系", EN), ("加强基层党组织建设", OA), ("坚持和健全民主集中制", OA)]:
    add(test, C14, anchor, "planned", cat)
# SC-07 方案: 二、主要任务 (一)–(六) with the units of their first paragraph; 四、保障措施 (一)–(四).
# 一、总体要求 and 三、实施步骤 are not measures.
for anchor, cat, actors, deadline in [
    ("强化顶层设计引领", LR, ["生态环境部"], "2019年6月底前"),
    ("实施工业绿色生产", LR, ["自然资源部", "工业和信息化部"], "到2020年"),
    ("推行农业绿色生产", SA, ["农业农村部"], "到2020年"),
    ("践行绿色生活方式", PE, ["生态环境部", "住房城乡建设部"], "到2020年"),
    ("提升风险防控能力", EN, ["生态环境部"], None),
    ("激发市场主体活力", EI, ["生态环境部", "国家发展改革委", "人民银行", "银保监会"], "到2020年"),
    ("加强组织领导", OA, None, None), ("加大资金支持", EI, None, None), ("严格监管执法", EN, None, None),
    ("强化宣传引导", PE, None, None)]:
    add(test, SC07, anchor, "planned", cat, actors=actors, deadline=deadline)

# --- test2 ---------------------------------------------------------------------------------------
# A fresh test half (2026-12-03), marked after the first test half had been looked at: documents chosen
# before anything was run on them, gold committed before the coder and the detection were tuned.
test2 = []
R1986 = "1986年中华人民共和国国务院政府工作报告.txt"
R2016 = "2016年中华人民共和国国务院政府工作报告.txt"
SC39 = "39-国务院关于做好当前和今后一个时期促进就业工作的若干意见.html"
# 1986 (the 七五 plan): 一 reviews the 六五 plan (outcomes, no numbered actions). 二 states the basic tasks
# （一）–（三） and five guidelines 一、–五、 (the four 一、–四、 under guideline 二 are its sub-items); 三's
# reform tasks are （一）–（三）, its 一、–六、 充分认识… are points of understanding, not measures; 四 is the
# foreign policy (第一…第十 state principles: one task, no instrument).
for anchor, cat in [("进一步为经济体制改革创造良好的经济环境和社会环境", EI), ("保持经济的持续稳定增长", EI),
                    ("继续改善城乡人民生活", EI), ("确定适度的经济增长率", EI), ("规定恰当的投资规模", EI),
                    ("坚持把科技进步和智力开发放在重要的战略地位", SA), ("以增强出口创汇能力为中心", LR),
                    ("恰当地确定提高人民生活水平的幅度", EI), ("进一步增强企业特别是全民所有制大中型企业的活力", LR),
                    ("进一步发展社会主义的商品市场", LR), ("国家对企业的管理逐步由直接控制为主转向间接控制为主", LR),
                    ("坚持独立自主的和平外交政策", None)]:
    add(test2, R1986, anchor, "planned", cat)
# 2016: review 一是…六是 (done); 二、“十三五” targets and major measures, the six —— items (planned; the
# 三点 to 把握 after them are principles); 三、2016年重点工作 （一）–（八）.
for anchor, cat in [("着力稳增长调结构防风险", EI), ("围绕激发市场活力", LR), ("聚焦提质增效", EI),
                    ("着眼开拓发展空间", EI), ("紧扣增进民生福祉", EI), ("促进社会和谐稳定", LR)]:
    add(test2, R2016, anchor, "done", cat)
for anchor, cat in [("保持经济中高速增长", EI), ("强化创新引领作用", SA), ("推进新型城镇化和农业现代化", EI),
                    ("推动形成绿色生产生活方式", EN), ("深化改革开放，构建发展新体制", LR), ("持续增进民生福祉", EI),
                    ("稳定和完善宏观经济政策", EI), ("加强供给侧结构性改革", LR), ("深挖国内需求潜力", EI),
                    ("加快发展现代农业", EI), ("推进新一轮高水平对外开放", LR), ("加大环境治理力度", EN),
                    ("切实保障改善民生", EI), ("加强政府自身建设", OA)]:
    add(test2, R2016, anchor, "planned", cat)
# SC-39 若干意见: （一）–（十五） under five themes; units from the closing parenthesis (列第一位者为牵头单位;
# 等有关部门和单位 kept as named); the one due date is （十二）'s 30 days; 2019年1月1日至12月31日 is the
# period a rule applies, not a deadline.
for anchor, cat, actors, deadline in [
    ("加大稳岗支持力度", EI, "人力资源社会保障部、财政部", None),
    ("发挥政府性融资担保机构作用支持小微企业", EI, "财政部、工业和信息化部、人民银行、银保监会", None),
    ("加大创业担保贷款贴息及奖补政策支持力度", EI, "财政部、人力资源社会保障部、人民银行、银保监会", None),
    ("支持创业载体建设", EI, "人力资源社会保障部、科技部、财政部、住房城乡建设部、市场监管总局、各省级人民政府", None),
    ("扩大就业见习补贴范围", EI, "人力资源社会保障部等有关部门和单位", None),
    ("支持困难企业开展职工在岗培训", EI, "人力资源社会保障部、财政部", None),
    ("开展失业人员培训", SA, "人力资源社会保障部、财政部、教育部等有关部门和单位", None),
    ("放宽技术技能提升补贴申领条件", EI, "人力资源社会保障部、财政部", None),
    ("实行失业登记常住地服务", SA, "人力资源社会保障部、财政部、税务总局、各省级人民政府", None),
    ("落实失业保险待遇", EI, "人力资源社会保障部、医保局", None),
    ("保障困难群众基本生活", EI, "财政部、人力资源社会保障部、民政部等有关部门和单位", None),
    ("落实地方政府主体责任", OA, "各省级人民政府", "本意见印发之日起30日内"),
    ("明确部门组织协调责任", OA, "各有关部门和单位", None),
    ("切实抓好政策服务", SA, "各有关部门和单位、各省级人民政府", None),
    ("指导企业等各方履行社会责任", PE, "各有关部门和单位、各省级人民政府", None)]:
    add(test2, SC39, anchor, "planned", cat, actors=units(actors), deadline=deadline)

# --- test3 ---------------------------------------------------------------------------------------
# A third test half (2026-12-03, second session), marked before `zhili measures` was run on these files.
R2003 = "2003年中华人民共和国国务院政府工作报告.txt"
R1988 = "1988年中华人民共和国国务院政府工作报告.txt"
SC15 = "15-国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见.html"
test3 = []
# 2003: the review's （一）–（九） (主要工作体会, each naming what was done: 实施积极的财政政策, 推进国有企业改革 …)
# are measures taken; the 五年来… headings are outcomes; the plan's （一）–（八） are planned. The unnumbered
# closing paragraphs (民族, 国防, 港澳, 台湾, 外交) are not numbered tasks and are not counted (as in 2010).
for anchor, cat in [("坚持正确把握宏观调控的方向和力度", EI), ("坚持以经济结构调整为主线", EI),
                    ("巩固和加强农业基础地位", EI), ("坚持推进国有企业改革", LR), ("坚持全面提高对外开放水平", LR),
                    ("提高科技创新能力和国民素质", SA), ("坚持走可持续发展道路", EN), ("坚持全力维护社会稳定", EN),
                    ("坚持转变政府职能", OA)]:
    add(test3, R2003, anchor, "done", cat)
for anchor, cat in [("继续扩大国内需求", EI), ("促进农业和农村经济全面发展", EI), ("积极推进产业结构调整和西部大开发", EI),
                    ("深化经济体制改革和扩大对外开放", LR), ("进一步做好扩大就业和社会保障工作", EI),
                    ("认真实施科教兴国战略和可持续发展战略", SA), ("加强社会主义民主法制和精神文明建设", PE),
                    ("切实加强政府自身建设", OA)]:
    add(test3, R2003, anchor, "planned", cat)
# 1988: the five price measures the State Council "决定…采取" (一、–五、 inside the review) and the plan's
# 十项主要任务 (一、–十、) are planned; the five 经验 (一、牢固树立…指导思想 …) are principles drawn from the
# past, not measures; 关于外交工作 and the unification paragraphs are unnumbered and not counted.
for anchor, cat in [("继续坚持有计划有步骤地改革不合理的价格体系", LR), ("适当控制物价上涨幅度", EI),
                    ("要给职工以适当补贴", EI), ("对重要生产资料实行最高限价", LR), ("加强物价管理和工商行政管理", MO),
                    ("大力发展农业生产和加强基础工业、基础设施的建设", EI), ("加快科学技术和教育事业的发展和改革", SA),
                    ("以深化企业改革为中心进行综合配套改革", LR), ("加快实施沿海地区经济发展战略", LR),
                    ("切实搞好政府机构改革", OA), ("进一步加强社会主义民主和法制建设", LR),
                    ("大力进行社会主义精神文明建设", PE), ("认真贯彻实行计划生育和加强环境保护这两项基本国策", EN),
                    ("继续增加城乡人民收入", EI), ("进一步加强国防建设", None)]:
    add(test3, R1988, anchor, "planned", cat)
# SC-15 指导意见: （三）–（二十） (not 总体要求's 指导思想 and 发展目标); units from the closing parenthesis
# (列第一位者为牵头单位); no measure's paragraph names a due date (到2020年/2025年 are the targets' years).
for anchor, cat, actors in [
    ("完善农机装备创新体系", SA, "工业和信息化部、发展改革委、科技部、农业农村部"),
    ("推进农机装备全产业链协同发展", EI, "工业和信息化部、发展改革委、科技部、农业农村部、商务部"),
    ("优化农机装备产业结构布局", EI, "工业和信息化部、发展改革委、农业农村部、商务部、国资委、国际发展合作署"),
    ("加强农机装备质量可靠性建设", MO, "市场监管总局、工业和信息化部、发展改革委、农业农村部"),
    ("加快补齐全程机械化生产短板", EI, "农业农村部、发展改革委、财政部"),
    ("协同构建高效机械化生产体系", SA, "农业农村部、发展改革委、科技部、工业和信息化部"),
    ("加强绿色高效新机具新技术示范推广", SA, "农业农村部、科技部、工业和信息化部、财政部、交通运输部、商务部、人民银行、银保监会、民航局"),
    ("推动智慧农业示范应用", SA, "农业农村部、发展改革委、工业和信息化部、国资委"),
    ("提高农业机械化技术推广能力", SA, "农业农村部、工业和信息化部"),
    ("发展农机社会化服务组织", EI, "农业农村部、财政部、人民银行、税务总局、银保监会"),
    ("推进农机服务机制创新", EI, "农业农村部、发展改革委、财政部、自然资源部、交通运输部"),
    ("提高农机作业便利程度", EI, "农业农村部、发展改革委、财政部、自然资源部、市场监管总局"),
    ("改善农机作业配套设施条件", EI, "农业农村部、发展改革委、财政部、自然资源部、税务总局"),
    ("健全新型农业工程人才培养体系", SA, "教育部、工业和信息化部、农业农村部"),
    ("注重农机实用型人才培养", SA, "农业农村部、工业和信息化部"),
    ("健全组织实施机制", OA, "农业农村部、工业和信息化部"),
    ("强化地方政府责任", OA, "各省级人民政府"),
    ("促进政府与市场良性互动", LR, "农业农村部、工业和信息化部")]:
    add(test3, SC15, anchor, "planned", cat, actors=units(actors))

# --- test4 ---------------------------------------------------------------------------------------
# A fourth test half (2026-12-03, third session), chosen before that session's tuning and marked by a
# helper who does no tuning, by reading, before `zhili measures` was run on these files.
R1999 = "1999年中华人民共和国国务院政府工作报告.txt"
R2021 = "2021年中华人民共和国国务院政府工作报告.txt"
SC05 = "05-国务院关于促进综合保税区高水平开放高质量发展的若干意见.html"
test4 = []
# 1999: parts 二–九 are the year's tasks (planned); their 第一…第五, 一是…四是, 一要…三要 are sub-items.
# 一 reviews 1998 under outcome headings (国民经济保持较快增长 …) with no numbered actions, and ends with the
# year's 总的要求 (a summary, not a task); 十、关于国际形势和外交工作 states the foreign policy and is left out
# as 1995's 七、关于外交工作; 九 (unification) is kept without an instrument as in 1995. 五 (金融) is coded
# by its headline's 防范和化解金融风险 (risk control); 八 by 建设廉洁、勤政、务实、高效政府 (its 打击经济违法犯罪
# and 社会治安 sub-items would be enforcement).
for anchor, cat in [("继续扩大内需和实施积极的财政政策", EI), ("促进农业和农村经济全面发展", EI),
                    ("大力推进国有企业改革", LR), ("认真做好金融工作，防范和化解金融风险", MO),
                    ("千方百计扩大出口和有效利用外资", EI), ("实施科教兴国战略和可持续发展战略", SA),
                    ("贯彻依法治国方略，建设廉洁、勤政、务实、高效政府", OA), ("努力促进祖国和平统一大业", None)]:
    add(test4, R1999, anchor, "planned", cat)
# 2021: review 一是…七是 (done; 三大攻坚战 coded by its lead, 财政扶贫资金投入; 七是 by 依法行政, its first
# sentences being bills and regulations); 二、the 十四五 plan's nine —— items (planned, as 2016's); 三、2021年
# 重点工作 （一）–（八） (planned). Not counted: the 过去五年 outcomes, the epidemic-control paragraph before
# （一） (unnumbered), and the closing unnumbered paragraphs (政府建设, 民族, 国防, 港澳, 台湾, 外交).
for anchor, cat in [("围绕市场主体的急需制定和实施宏观政策", EI), ("优先稳就业保民生", EI), ("坚决打好三大攻坚战", EI),
                    ("坚定不移推进改革开放", LR), ("大力促进科技创新", SA), ("推进新型城镇化和乡村振兴", EI),
                    ("加强依法行政和社会建设", LR)]:
    add(test4, R2021, anchor, "done", cat)
for anchor, cat in [("着力提升发展质量效益", EI), ("坚持创新驱动发展，加快发展现代产业体系", SA),
                    ("形成强大国内市场，构建新发展格局", EI), ("全面推进乡村振兴，完善新型城镇化战略", EI),
                    ("优化区域经济布局，促进区域协调发展", EI), ("全面深化改革开放，持续增强发展动力和活力", LR),
                    ("推动绿色发展，促进人与自然和谐共生", EN), ("持续增进民生福祉，扎实推动共同富裕", EI),
                    ("统筹发展和安全，建设更高水平的平安中国", MO),
                    ("保持宏观政策连续性稳定性可持续性", EI), ("深入推进重点领域改革", LR),
                    ("依靠创新推动实体经济高质量发展", EI), ("坚持扩大内需这个战略基点", EI),
                    ("全面实施乡村振兴战略", EI), ("实行高水平对外开放", LR), ("加强污染防治和生态建设", EN),
                    ("切实增进民生福祉", EI)]:
    add(test4, R2021, anchor, "planned", cat)
# SC-05 若干意见: the numbered measures 1.–21. under 四、主要任务 (the five （一）–（五） 打造…中心 group them;
# 二、基本原则's （一）–（四） are principles, 三、发展目标 a goal, 五、有关要求 unnumbered paragraphs). Units from
# each measure's closing parenthesis (排在第一位的部门为牵头部门; 等有关部门 kept as named, as SC-39). No
# measure names a due date: 2.'s 自国务院批准设立综合保税区之日起 is when a rule applies. Most measures allow,
# exempt or simplify (legal_regulation); 2. (tax policy from approval) and 7. (support for R&D institutions)
# are incentives; 11. (智能监管, 数据自动比对) and 16. (where and when goods are inspected) are monitoring, while
# 17.'s 异地委托监管 is a rule of procedure (legal_regulation).
for anchor, cat, actors in [
    ("拓展两个市场", LR, "税务总局、财政部、海关总署"),
    ("提前适用政策", EI, "海关总署、财政部、税务总局"),
    ("释放企业产能", LR, "海关总署、商务部"),
    ("促进内销便利", LR, "商务部、海关总署"),
    ("强化企业市场主体地位", LR, "海关总署"),
    ("促进研发创新", LR, "海关总署、商务部等有关部门"),
    ("建设创新高地", EI, "发展改革委、科技部、海关总署"),
    ("优化信用管理", LR, "市场监管总局、海关总署"),
    ("支持医疗设备研发", LR, "药监局、海关总署"),
    ("简化进出区管理", LR, "海关总署"),
    ("便利货物流转", MO, "海关总署"),
    ("试行汽车保税存储", LR, "发展改革委、海关总署"),
    ("促进文物回流", LR, "海关总署、文化和旅游部、文物局"),
    ("开展检测维修", LR, "商务部、工业和信息化部、生态环境部、海关总署"),
    ("支持再制造业", LR, "商务部、发展改革委、工业和信息化部、海关总署"),
    ("创新监管模式", MO, "海关总署"),
    ("发展租赁业态", LR, "海关总署、财政部、税务总局"),
    ("促进跨境电商发展", LR, "商务部、海关总署等有关部门"),
    ("支持服务外包", LR, "海关总署、财政部、商务部"),
    ("支持期货交割", LR, "海关总署、证监会"),
    ("推广创新制度", LR, "海关总署、商务部等有关部门")]:
    add(test4, SC05, anchor, "planned", cat, actors=units(actors))

# --- test5 ---------------------------------------------------------------------------------------
# A fifth test half (2026-12-03, fourth session), chosen and committed before that session's tuning and
# marked by a helper who does no tuning, by reading, before `zhili measures` was run on these files.
R1984 = "1984年中华人民共和国国务院政府工作报告.txt"
R2017 = "2017年中华人民共和国国务院政府工作报告.txt"
SC04 = "04-国务院办公厅关于加强三级公立医院绩效考核工作的意见.html"
test5 = []
# 1984: 关于国内建设 opens with an unnumbered review of 1983 (outcomes: 农业生产…又获得大丰收, 政权和法制建设进一步
# 加强 …) and unnumbered paragraphs on the year's difficulties and 国务院认为…着重抓好体制改革和对外开放 (which
# introduces the parts: not a task of its own); the parts 一、–五、 are the year's tasks (planned; 一's 第一…第四
# are the advantages of 以税代利, not items). 关于外交工作's 一、–三、 are numbered like the domestic parts but
# state the principles of foreign policy (维护世界和平…, 和平共处五项原则…, 第三世界…): left out, as the foreign-policy
# parts of 1992, 1995 and 1999 (close call: 1986's foreign-policy part was kept as one task with no category;
# here the whole 关于外交工作 heading is a half of the report, as 关于国内建设 is, not one of its tasks). 结束语
# (unification, Hong Kong) is unnumbered. 四 (经济特区, 沿海港口城市: wider powers, tax treatment, approval rights)
# is coded as opening policy was before (legal_regulation; its 外商…亨受更优惠的待遇 would be an incentive);
# 五 (training, education, treatment of intellectuals) services_administration, as 1981's 提高全体劳动者的科学文化水平.
for anchor, cat in [("认真地有步骤地改革城市经济中普遍存在的吃“大锅饭”的弊端", LR),
                    ("改革建筑业和基本建设的管理体制", LR), ("改革流通体制", LR),
                    ("积极办好经济特区和进一步开放沿海城市", LR),
                    ("更加重视知识和知识分子的作用", SA)]:
    add(test5, R1984, anchor, "planned", cat)
# 2017: 一、2016年工作回顾 — the —— paragraphs are outcomes (经济运行缓中趋稳 …) and not counted; the numbered
# 一是…八是 after 一年来，我们主要做了以下工作 are the measures taken (done). 二、总体部署's targets, the unnumbered
# fiscal and monetary paragraphs and 要把握好以下几点 一是…五是 (principles, as 2016's 三点) are not tasks;
# 三、2017年重点工作任务 （一）–（九） are planned. Not counted: the unnumbered closing paragraphs (民族, 宗教, 侨务,
# 国防, 港澳, 台湾, 外交) and the 过去一年…大国外交 paragraph of the review.
# Close calls: review 二是 (三去一降一补: capacity cut, purchase support, debt-for-equity, tax and fee cuts,
# investment in 短板) economic_incentive by what it did, while the plan's （一）用改革的办法深入推进… is
# legal_regulation by its headline's 用改革的办法 (as 2016's 加强供给侧结构性改革); 八是 (推进政府建设和治理创新:
# bills and regulations first, then 政务公开, 督查问责, safety, public order, 八项规定) organisation_accountability by
# its headline (2021's 七是 加强依法行政和社会建设 was legal_regulation by its lead); （四）以创新引领实体经济转型升级
# economic_incentive as 2021's 依靠创新推动实体经济高质量发展 (its first item, 提升科技创新能力, would be a service).
for anchor, cat in [("继续创新和加强宏观调控", EI), ("着力抓好“三去一降一补”", EI), ("大力深化改革开放", LR),
                    ("强化创新引领", SA), ("促进区域城乡协调发展", EI), ("加强生态文明建设", EN),
                    ("注重保障和改善民生", EI), ("推进政府建设和治理创新", OA)]:
    add(test5, R2017, anchor, "done", cat)
for anchor, cat in [("用改革的办法深入推进“三去一降一补”", LR), ("深化重要领域和关键环节改革", LR),
                    ("进一步释放国内需求潜力", EI), ("以创新引领实体经济转型升级", EI),
                    ("促进农业稳定发展和农民持续增收", EI), ("积极主动扩大对外开放", LR),
                    ("加大生态环境保护治理力度", EN), ("推进以保障和改善民生为重点的社会建设", EI),
                    ("全面加强政府自身建设", OA)]:
    add(test5, R2017, anchor, "planned", cat)
# SC-04 意见: 一、总体要求 (指导思想, 基本原则, 工作目标) is not a measure. 二、指标体系's （一）医疗质量 … （四）满意度评价
# name the four dimensions the indicators measure (通过…指标，考核…), the content of the assessment rather than
# actions: not measures (close call: they are numbered like the others). Counted: 三、支撑体系 （一）–（四）,
# 四、考核程序 （一）–（三） and 五、组织实施 （一）–（五）. 考核程序 is kept although SC-07's 实施步骤 was not: its three
# items are the recurring assessment itself (hospitals' self-assessment, the provinces' annual assessment, the
# national monitoring), each with its own actor and due date, not the phases of a pilot. No unit parentheses:
# actors null (the subjects 国家卫生健康委, 各省份 are the bodies that act, as SC-02). Deadline: the first due date
# written in the item (四's 2020年起，每年…月底前 repeat it yearly; 五（一）'s 2019年6月底前 is its last sentence but its
# only date). Coding by what each item does: data quality control, survey platform, information system,
# self-assessment, annual assessment and monitoring analysis are monitoring; unified codes and terms are
# standards (legal_regulation); （三）充分运用考核结果 ties funding, pay totals and insurance policy to the results
# (economic_incentive; close call with organisation_accountability, as the results also inform appointments);
# （四）形成改革发展合力 leads with 通过深化改革破解体制机制问题 (legal_regulation); （五）做好督导总结宣传 leads with
# 指导和监督 (monitoring; it ends on 宣传引导).
for anchor, cat, deadline in [
    ("提高病案首页质量", MO, None), ("统一编码和术语集", LR, "2019年3月底前"),
    ("完善满意度调查平台", MO, "2019年3月底前"), ("建立考核信息系统", MO, "2019年3月底前"),
    ("医院自查自评", MO, "2019年9月底前"), ("省级年度考核", MO, "2019年11月底前"),
    ("国家监测分析", MO, "2019年12月底前"),
    ("切实加强组织领导", OA, "2019年6月底前"), ("明确部门职责分工", OA, None), ("充分运用考核结果", EI, None),
    ("形成改革发展合力", LR, None), ("做好督导总结宣传", MO, None)]:
    add(test5, SC04, anchor, "planned", cat, deadline=deadline)

# --- dev, fourth session (measures5) --------------------------------------------------------------
# Added to dev in the fourth session (2026-12-03, night), marked by reading before `zhili measures` was
# run on them, to hold the three structures the held-out test4 missed: a 1990s report whose tasks are its
# numbered parts (2000, 1994), a five-year plan's tasks written as --/—— items under a heading that names
# targets beside tasks (2011), and plans whose measures are numbered 1. under their parts or sit one level
# below a grouping (State Council 06, 60, 50 — the last also holds numbered lists that are no measures).
R2000 = "2000年中华人民共和国国务院政府工作报告.txt"
R1994 = "1994年中华人民共和国国务院政府工作报告.txt"
R2011 = "2011年中华人民共和国国务院政府工作报告.txt"
SC06 = "06-国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知.html"
SC60 = "60-国务院办公厅关于印发《政府网站集约化试点工作方案》的通知.html"
SC50 = "50-国务院办公厅转发民政部关于清理整顿社会团体意见的通知.html"
# 2000: 一、1999年国内工作回顾 lists outcomes under bold lead lines (国民经济发展质量提高 …): no action. Parts
# 二–九 are the year's tasks, each headed by its task; inside them, bold lead sentences (继续实施积极的财政
# 政策。) and one paragraph's 一是…四是 (包括以下几个方面。一是…) are the part's items, not tasks of their own.
# 十、关于外交工作 is not counted (as 1992's 六, 1995's 七); 九 (unification) is, uncoded.
for anchor, cat in [("坚持实行扩大内需的方针", EI), ("大力推进经济结构的战略性调整", EI), ("继续推进改革", LR),
                    ("加快科技、教育发展", SA), ("进一步扩大对外开放", LR), ("搞好社会保障体系建设", EI),
                    ("从严治政", OA), ("促进祖国和平统一大业", None)]:
    add(dev, R2000, anchor, "planned", cat)
# 1994: 一 reviews 1993 (outcomes under bold lead lines) and states the year's 基本方针 (principles): no
# task. Parts 二–六 are the tasks (五's 一是…四是 are one paragraph's items: 要着重抓好四个方面的工作); 七、关于
# 外交工作 not counted.
for anchor, cat in [("保持国民经济持续快速健康发展", EI), ("加快建立社会主义市场经济体制", LR), ("发展科技教育文化事业", SA),
                    ("加强社会主义民主和法制建设", LR), ("积极促进祖国和平统一", None)]:
    add(dev, R1994, anchor, "planned", cat)
# 2011: 一、“十一五”时期…的回顾 （一）–（五） are measures taken (加强和改善宏观调控 …). 二、“十二五”时期的主要
# 目标和任务: its seven --我们要… items are the plan's tasks (planned; the first, 推动经济发展再上新台阶, names
# the growth target and what to do for it: counted, as 2016's 保持经济中高速增长). 三、2011年的工作: the
# unnumbered macro-policy paragraphs (继续实施积极的财政政策。) are not numbered tasks; （一）–（十） are. The
# unnumbered closing paragraphs (民族, 国防, 港澳台, 外交) are not counted.
for anchor, cat in [("加强和改善宏观调控", EI), ("毫不放松地做好“三农”工作", EI), ("大力推进经济结构调整", EI),
                    ("坚定不移深化改革开放", LR), ("加快发展社会事业", SA)]:
    add(dev, R2011, anchor, "done", cat)
for anchor, cat in [("推动经济发展再上新台阶", EI), ("加快转变经济发展方式和调整经济结构", EI), ("大力发展社会事业", SA),
                    ("扎实推进资源节约和环境保护", EN), ("全面改善人民生活", EI), ("全面深化改革开放", LR),
                    ("不断加强政府自身改革建设", OA),
                    ("保持物价总水平基本稳定", EI), ("进一步扩大内需特别是居民消费需求", EI), ("巩固和加强农业基础地位", EI),
                    ("加快推进经济结构战略性调整", EI), ("大力实施科教兴国战略和人才强国战略", SA),
                    ("加强社会建设和保障改善民生", EI), ("大力发展文化建设", PE), ("深入推进重点领域改革", LR),
                    ("进一步提高对外开放水平", LR), ("加强廉政建设和反腐败工作", EN)]:
    add(dev, R2011, anchor, "planned", cat)
# SC-06 通知: 一、总体要求 is not a measure; 二、工作任务, 三、工作措施 and 四、组织实施 each hold measures numbered
# 1.–3. No unit parentheses. Deadlines: the first due date of the measure's paragraph (三.1 该项工作于2019年4月
# 底前完成; 三.2 原则上于2019年6月底前完成 — its first of four).
for anchor, cat, deadline in [
    ("城镇小区严格依标配建幼儿园", LR, None), ("确保小区配套幼儿园如期移交", LR, None), ("规范小区配套幼儿园使用", LR, None),
    ("摸底排查", MO, "2019年4月底前"), ("全面整改", EN, "2019年6月底前"), ("监督评估", MO, None),
    ("建立治理工作协调机制", OA, None), ("落实治理责任分工", OA, None), ("加强治理工作保障", OA, None)]:
    add(dev, SC06, anchor, "planned", cat, deadline=deadline)
# SC-60 试点工作方案: 一、总体要求 (its 基本原则 numbered 1.–4.: principles), 二、试点范围 and 四、工作进度 (steps:
# 制定实施方案, 组织开展试点, 总结经验做法) are not measures; 三、试点任务 （一）–（五） and 五、保障措施 （一）–（三）
# are. No unit parentheses; 五（三）'s paragraph names 2020年4月底前 (the General Office's acceptance).
for anchor, cat, deadline in [
    ("建设集约化平台", SA, None), ("形成标准规范", LR, None), ("构建信息资源库", SA, None), ("提供一体化服务", SA, None),
    ("强化安全保障", MO, None), ("加强组织领导", OA, None), ("强化运维保障", EI, None), ("开展考核评估", OA, "2020年4月底前")]:
    add(dev, SC60, anchor, "planned", cat, deadline=deadline)
# SC-50 意见 (1997, forwarded): 一、指导思想 and 二、原则 （一）–（三） are not measures, nor 四、方法、步骤 （一）–（三）
# (stages). 三、主要内容 （一）–（六） are: what is checked, and which societies are kept, rectified, merged,
# revoked, dissolved — the numbered 1.–10. and （1）–（3） under them are criteria (有规范的名称), no measures.
# 五、组织领导 （一）–（三） are measures, each a sentence of its own without a heading.
for anchor, cat in [("清理整顿的重点", MO), ("符合下列要求的社会团体予以保留", LR), ("对存在下列问题的社会团体要进行整改", EN),
                    ("对宗旨、业务范围相同相似的社会团体", LR), ("对存在下列问题的社会团体予以撤销", EN),
                    ("对未经核准登记", EN), ("各级登记管理机关和业务主管部门要在各级党委和政府领导下", OA),
                    ("社会团体数量大", OA), ("清理整顿工作结束后", MO)]:
    add(dev, SC50, anchor, "planned", cat)

# --- check6 --------------------------------------------------------------------------------------
# A validation pool (2026-12-04, fifth session), chosen and committed before that session's tuning and
# marked by a helper who does no tuning, by reading, before `zhili measures` was run on these files. The
# tuning helpers may score it for the aggregate figures only; it is not a held-out result.
R2006 = "2006年中华人民共和国国务院政府工作报告.txt"
R2012 = "2012年中华人民共和国国务院政府工作报告.txt"
SC01 = "01-国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见.html"
check6 = []
# 2006: 一、去年工作回顾 opens with —— outcomes (经济平稳较快发展 …, not counted); the （一）–（六） after
# 主要做了以下几方面工作 are the measures taken (done; （六）切实加强民主法制建设 legal_regulation as 1988's and
# 1994's 民主和法制建设). 二、今年主要任务: the targets and 必须把握好以下原则 一是… (principles) are not tasks;
# （一）–（八） after 今年要着重做好以下几方面的工作 are planned. Close calls: （三）加大产业结构调整、资源节约和环保
# 力度 economic_incentive by its first element and its lead (推进产业结构调整和优化升级), not enforcement for
# 资源节约和环保; （七）高度重视解决涉及群众切身利益的问题 economic_incentive (employment, social insurance,
# 扶贫 first; health and safety later); （八）加强民主政治建设和维护社会稳定 legal_regulation by its first element
# (民主制度, 依法行政, 政府立法), not enforcement for 社会稳定. 三、关于《纲要（草案）》的说明: （四）“十一五”时期的
# 战略重点和主要任务 一是…六是 are the five-year plan's tasks (planned), counted as 2011's --我们要… and 2021's ——
# items of the plan under a heading that names tasks (close call: they are told as what the draft 提出, in a
# part that explains the plan rather than orders it); （一）–（三） of that part (the drafting, the 十五 review, the
# targets' 一是/二是 on growth and energy) are not tasks. The closing unnumbered paragraphs (政府自身改革和建设,
# 反腐败, 公务员法), and those on 民族, 国防, 港澳, 台湾, 外交 are not counted.
for anchor, cat in [("着力解决经济运行中的突出问题", EI), ("积极推进经济结构调整和增长方式转变", EI),
                    ("深化体制改革和推进对外开放", LR), ("加快发展各项社会事业", SA), ("努力做好就业和社会保障工作", EI),
                    ("切实加强民主法制建设", LR)]:
    add(check6, R2006, anchor, "done", cat)
for anchor, cat in [("继续保持经济平稳较快发展", EI), ("扎实推进社会主义新农村建设", EI),
                    ("加大产业结构调整、资源节约和环保力度", EI), ("继续推动区域协调发展", EI),
                    ("实施科教兴国战略和人才强国战略，加强文化建设", SA), ("进一步推进改革开放", LR),
                    ("高度重视解决涉及群众切身利益的问题", EI), ("加强民主政治建设和维护社会稳定", LR),
                    ("建设社会主义新农村", EI), ("加快推进经济结构调整和增长方式转变", EI), ("促进区域协调发展", EI),
                    ("着力增强自主创新的能力", SA), ("深化改革和扩大开放", LR), ("努力建设和谐社会", EI)]:
    add(check6, R2006, anchor, "planned", cat)
# 2012: 一、2011年工作回顾 — the opening figures are outcomes; （一）–（五） after 一年来，我们主要做了以下工作 are
# the measures taken (done); the closing line on 民主法制, 国防, 港澳台, 外交 is unnumbered. 二、2012年工作总体部署
# (targets, the unnumbered fiscal and monetary paragraphs, 稳增长、控物价… explained) holds no numbered task.
# 三、2012年主要任务 （一）–（九） are planned; （八）'s 当前和今后一段时期，改革的重点领域 and 今年改革的重点任务 are its
# items. Not counted: the unnumbered closing paragraphs (民族, 宗教, 国防, 港澳, 台湾, 外交). Codings follow the
# precedents of the same headlines (保持物价总水平基本稳定 and 提高对外开放水平 as 2011's, 促进农业稳定发展和农民
# 持续增收 as 2017's, 文化 publicity_education as 2010's and 2011's).
for anchor, cat in [("加强和改善宏观调控，遏制物价过快上涨", EI), ("加快转变经济发展方式，提高发展的协调性", EI),
                    ("大力发展社会事业，促进经济社会协调发展", SA), ("切实保障和改善民生，解决关系群众切身利益的问题", EI),
                    ("深入推进改革开放，为经济社会发展注入新的活力和动力", LR)]:
    add(check6, R2012, anchor, "done", cat)
for anchor, cat in [("促进经济平稳较快发展", EI), ("保持物价总水平基本稳定", EI), ("促进农业稳定发展和农民持续增收", EI),
                    ("加快转变经济发展方式", EI), ("深入实施科教兴国战略和人才强国战略", SA), ("切实保障和改善民生", EI),
                    ("促进文化大发展大繁荣", PE), ("深入推进重点领域改革", LR), ("努力提高对外开放的质量和水平", LR)]:
    add(check6, R2012, anchor, "planned", cat)
# SC-01 意见: 一、总体要求 (its 坚持全面覆盖 … are principles) and 二、主要目标 (到2019年底 …, the targets' dates) are
# not measures; 三、重点任务 （一）–（七） and 四、保障措施 （一）–（三） are. No unit parentheses: actors null (the subjects
# 各省（区、市）人民政府, 县级以上地方人民政府, 市场监管总局 are the bodies that act, as SC-02 and SC-04); no item names a
# due date. A document about inspection, whose domain word 抽查 was not taken as a cue by itself: the platform,
# the two registers, the yearly plan and the inspections themselves are monitoring; （二）抽查事项清单 sets lists,
# standards and 实施办法 (legal_regulation; close call with monitoring); （六）结果公示运用 and （七）个案处理 are coded
# by what they add to inspection — 依法加大惩处力度, 联合惩戒, 立案查处 (enforcement; close call with monitoring
# for 公示 and 专项检查); （三）营造良好环境 leads with 法规规章和规范性文件的立改废释 (legal_regulation; it ends on
# training and 宣传).
for anchor, cat in [("统筹建设监管工作平台", MO), ("实行抽查事项清单管理", LR), ("建立健全随机抽查“两库”", MO),
                    ("统筹制定抽查计划", MO), ("科学实施抽查检查", MO), ("强化抽查检查结果公示运用", EN),
                    ("做好个案处理和专项检查工作", EN), ("加强组织领导", OA), ("严格责任落实", OA), ("营造良好环境", LR)]:
    add(check6, SC01, anchor, "planned", cat)

# --- test6 ---------------------------------------------------------------------------------------
# A sixth test half (2026-12-04, fifth session), chosen and committed before that session's tuning and
# marked by a helper who does no tuning, by reading, before `zhili measures` was run on these files (held
# out until the session's end). Kept apart from the check6 block, which another helper writes.
R1997 = "1997年中华人民共和国国务院政府工作报告.txt"
R2008 = "2008年中华人民共和国国务院政府工作报告.txt"
R2022 = "2022年中华人民共和国国务院政府工作报告.txt"
SC13 = "13-国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见.html"
SC35 = "35-国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见.html"
test6 = []
# 1997: 一、1996年国内工作的回顾 lists outcomes under bold lead lines (国民经济持续快速增长，通货膨胀得到有效抑制 …)
# with no numbered action: no measure. Parts 二–六 are the year's tasks (planned); their bold lead sentences
# (继续把加强农业放在经济工作的首位。…) and 三's 第一…第六 are the parts' items, 三's 一是…三是 the problems of state
# enterprises (not measures). 六 (Hong Kong's handover, unification) is kept without an instrument as 1995's and
# 1999's unification parts; 七、关于外交工作 is left out as 1995's 七. 五 (社会治安综合治理, 反腐败, 民族团结, 国防)
# is coded enforcement as 1995's 为改革和发展创造良好的社会环境. Anchors: the first clause of a heading with a comma.
for anchor, cat in [("保持国民经济发展的良好势头", EI), ("在国有企业改革方面迈出更大的步伐", LR),
                    ("积极发展科技教育文化和各项社会事业", SA), ("巩固和发展团结稳定的社会政治局面", EN),
                    ("确保香港政权的顺利交接与平稳过渡", None)]:
    add(test6, R1997, anchor, "planned", cat)
# 2008: 一、过去五年工作回顾 — the —— paragraphs are outcomes (经济跨上新台阶 …) and not counted; （一）–（三） are the
# measures taken (done); the unnumbered paragraphs after them (民主法制, 国防, 港澳台, 外交, 政府自身建设) are not
# numbered tasks; 主要体会 第一…第六 (必须坚持解放思想 …) are principles (as 1988's 经验), and the four —— problems
# are no measures. 二、2008年主要任务: the targets, the 原则 to grasp and the unnumbered closing paragraphs (民族,
# 国防, 港澳, 台湾, 外交) are not tasks; （一）–（九） are planned (（九）'s 第一…第四 are its items).
# Close calls: review （三）全面加强社会建设，切实保障和改善民生 economic_incentive (spending on education, health,
# social security; income) as 2017's 推进以保障和改善民生为重点的社会建设, and the plan's （六） alike; （七）深化文化
# 体制改革 legal_regulation by its headline's reform (its lead: 落实和完善文化体制改革政策措施; 2010's and 2011's
# 文化建设 tasks were publicity_education); （九）加快行政管理体制改革，加强政府自身建设 organisation_accountability
# (转变职能, 机构改革, 行政监督, 廉政) as 2010's 服务型政府.
for anchor, cat in [("加强和改善宏观调控", EI), ("大力推进改革开放", LR), ("全面加强社会建设", EI)]:
    add(test6, R2008, anchor, "done", cat)
for anchor, cat in [("搞好宏观调控", EI), ("加强农业基础建设", EI), ("推进经济结构调整", EI),
                    ("加大节能减排和环境保护力度", EN), ("深化经济体制改革", LR), ("更加注重社会建设", EI),
                    ("深化文化体制改革", LR), ("加强社会主义民主法制建设", LR), ("加快行政管理体制改革", OA)]:
    add(test6, R2008, anchor, "planned", cat)
# 2022: 一、2021年工作回顾 — the —— paragraphs are outcomes (not counted); 一是…八是 after them are the measures taken
# (done). 二、总体要求和政策取向: targets and unnumbered policy paragraphs (宏观政策要稳健有效, 继续做好常态化疫情防控)
# are not numbered tasks (as 2011's and 2021's); 三、2022年政府工作任务 （一）–（九） are planned; the unnumbered
# closing paragraphs (政府建设, 民族, 宗教, 国防, 港澳, 台湾, 外交) are not counted.
# Close calls: review 四是 强化创新引领 services_administration as 2017's 四是 (科研 as a service); review 八是
# 推进法治政府建设和治理创新 legal_regulation by its lead (法律议案10件, 行政法规15部; as 2021's 七是), not
# organisation_accountability as 2017's 推进政府建设和治理创新 by its headline; plan （四）深入实施创新驱动发展战略，
# 巩固壮大实体经济根基 economic_incentive (innovation incentives, manufacturing, the digital economy; as 2021's
# 依靠创新推动实体经济高质量发展 — its first item 提升科技创新能力 would be a service); （九）切实保障和改善民生，
# 加强和创新社会治理 economic_incentive (education, health and housing items beside social security).
for anchor, cat in [("保持宏观政策连续性针对性", EI), ("优化和落实助企纾困政策", EI), ("深化改革扩大开放", LR),
                    ("强化创新引领", SA), ("推动城乡区域协调发展", EI), ("加强生态环境保护", EN),
                    ("着力保障和改善民生", EI), ("推进法治政府建设和治理创新", LR)]:
    add(test6, R2022, anchor, "done", cat)
for anchor, cat in [("着力稳定宏观经济大盘", EI), ("着力稳市场主体保就业", EI), ("坚定不移深化改革", LR),
                    ("深入实施创新驱动发展战略", EI), ("坚定实施扩大内需战略", EI), ("大力抓好农业生产", EI),
                    ("扩大高水平对外开放", LR), ("持续改善生态环境", EN), ("切实保障和改善民生", EI)]:
    add(test6, R2022, anchor, "planned", cat)
# SC-13 指导意见 (三项制度): 一、总体要求 （一）指导思想 （二）基本原则 （三）工作目标 are not measures; 二、–六、 each open
# with a paragraph of their own (the principle of the system) and hold the numbered measures （四）–（二十三）, which
# are counted (planned). No unit parentheses (subjects such as 行政执法机关, 司法部负责制定… inside the text are the
# bodies that act): actors null. No due date for a measure: （六）'s 20个工作日内 / 7个工作日内 run from each
# decision and 每年1月31日前 recurs yearly (rules' time limits, as SC-05's 自…之日起); the closing unnumbered
# 2019年3月底前 (implementation plans to 司法部) belongs to no measure. The document's domain words (执法, 审核,
# 公示) are not taken as cues: each measure is coded by what it does — disclosure to the public
# publicity_education (as SC-17's 推进政务公开), rules of conduct, format standards and review scope
# legal_regulation, records, archives, the legality review and supervision systems monitoring, review bodies,
# responsibility and staff organisation_accountability. Close calls: （五）规范事中公示 (officers must show their
# papers and tell the parties the grounds: a procedural rule) legal_regulation rather than publicity_education;
# （六）加强事后公开 publicity_education (publication of decisions, an annual statistics report) rather than
# monitoring; （八）规范音像记录 and （九）严格记录归档 monitoring (recording as supervision of enforcement, 有据可查)
# rather than legal_regulation for their 制度; （十五）加强信息化平台建设 monitoring by its lead (综合管理监督信息系统)
# though it ends on online services; （十六）推进信息共享 services_administration (data sharing, a database) as SC-60's
# 构建信息资源库; （十七）强化智能应用 monitoring (constraining discretion, 预警、监测); （二十一）加强督促检查
# monitoring by its headline (it also ties the systems to assessment and 问责); （二十三）加强队伍建设
# organisation_accountability (qualifications, training, pay of the enforcement staff).
for anchor, cat in [
    ("强化事前公开", PE), ("规范事中公示", LR), ("加强事后公开", PE),
    ("完善文字记录", LR), ("规范音像记录", MO), ("严格记录归档", MO), ("发挥记录作用", MO),
    ("明确审核机构", OA), ("明确审核范围", LR), ("明确审核内容", MO), ("明确审核责任", OA),
    ("加强信息化平台建设", MO), ("推进信息共享", SA), ("强化智能应用", MO),
    ("加强组织领导", OA), ("健全制度体系", LR), ("开展培训宣传", PE), ("加强督促检查", MO),
    ("保障经费投入", EI), ("加强队伍建设", OA)]:
    add(test6, SC13, anchor, "planned", cat)
# SC-35 指导意见 (规范性文件合法性审核): 一、总体要求 （一）指导思想 （二）主要目标 are not measures; 二、–四、 hold
# （三）–（十二）, counted (planned). No unit parentheses, no due date; the closing unnumbered paragraph (司法部负责
# 组织协调…) belongs to no numbered measure and is not counted. Coded as SC-13's like items: scope and procedure
# (time limits, materials) legal_regulation; who reviews (确定审核主体), responsibility, leadership and capacity
# organisation_accountability; what the review checks, the platform and guidance and supervision monitoring.
# Close call: （八）完善审核工作方式 (hearings, experts assisting the review) monitoring as part of the review, rather
# than legal_regulation.
for anchor, cat in [
    ("明确审核范围", LR), ("确定审核主体", OA), ("规范审核程序", LR), ("明确审核职责", MO), ("强化审核责任", OA),
    ("完善审核工作方式", MO), ("发挥审核管理信息平台作用", MO), ("加强组织领导", OA), ("注重能力建设", OA),
    ("强化指导监督", MO)]:
    add(test6, SC35, anchor, "planned", cat)

# --- test7 ---------------------------------------------------------------------------------------
# A seventh test half (2026-12-04, eighth session), held out: marked by a helper who does no tuning, by reading
# the raw text only, before `zhili measures` was run on these files; the measures first (their headlines given to a
# second coder), the categories afterwards, by the eighth session's codebook.
R1957 = "1957年中华人民共和国国务院政府工作报告.txt"
R2004 = "2004年中华人民共和国国务院政府工作报告.txt"
R2025 = "2025年中华人民共和国国务院政府工作报告.txt"
C12 = "全面开创社会主义现代化建设的新局面_(十二大).txt"
SC08 = "08-国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知.html"
SC57 = "57-国务院关于支持自由贸易试验区深化改革创新若干措施的通知.html"
test7 = []
# Categories are coded by the rules above and the eighth session's tie-break rules 1–10 (README): each measure by the
# means its lead, headline or first item names, never by its area. The close calls are noted in each document's block.
# 1957: a speech that 检查一年来政府的工作，并且解答各方面对政府工作提出的意见, in five numbered parts (announced as
# （１）–（５） in the opening); no 一是 list and no separate plan. The parts are the level-1 units (their unheaded
# sub-sections 关于教育改革问题, 关于向科学进军, 关于劳动就业问题 … are their items). Role by what each part's body
# is made of: 一 (the transformation of ownership completed in 1956, 定股定息 done) and 二 (the 1956 construction and
# investment, and the cuts already made in drafting the 1957 plan) report actions taken (done); 三 (its review is
# outcomes — living standards — and its commitments are the 今后 directions on wages, employment, apprenticeships,
# education, culture and health), 四 (制度 to revise, 扩大地方权力, laws being drafted, 反对官僚主义) and 五 (unity,
# 批判右派, 肃清反革命, then foreign policy) give directions (planned). Close calls: 二 is half review, half the
# directions of its education and science sections (done by its lead); 三 planned although it opens with a review.
# 五 is kept (its domestic unity leads; the foreign half follows), unlike the separate foreign-policy parts of 1990s
# reports.
# Categories: 一 the transformation of ownership (reform of a system, rule 5) legal_regulation; 二 by its first act,
# 1956's 基本建设投资额, economic_incentive; 三 by the jobs and wages it reviews first (解决了约一千三百万人的就业问题,
# 工资…提高) economic_incentive; 四 by 国家基本制度的某些组织形式和运用方法，必须…不断改进 (then 修正、补充或者废除 rules,
# 制订法律) legal_regulation; 五 by 批判一切反对社会主义的思想 publicity_education (its 肃清反革命分子 comes second).
for anchor, role, cat in [("关于社会主义革命", "done", LR), ("关于社会主义建设", "done", EI),
                          ("关于人民生活", "planned", EI), ("关于国家基本制度", "planned", LR),
                          ("关于国内外团结", "planned", PE)]:
    add(test7, R1957, anchor, role, cat)
# 2004: 一、一年来工作回顾 — the ——— lines are outcomes (抗击非典取得重大胜利, 经济快速发展 …) and not counted; （一）–（六）
# after 一年来，我们主要做了以下六方面工作 are the measures taken (done); the unnumbered closing paragraph of the review
# (政治文明, 廉政, 民族, 国防, 外交 取得新成效) is not counted. 二、2004年主要任务 （一）–（九） are planned (（二）'s 第一…
# and （五）'s 一是… are their items). 三、加强政府自身建设 is a numbered part of its own, after the year's tasks, whose
# 第一…第五 (推进政府职能转变 …) are introduced by 新的一年，我们要着力抓好以下几个方面: one planned task, its 第一…第五
# its items (as the parts of 1999 and 2000; close call: 第一…第五 are numbered like tasks, but they sit one level
# below a part that is itself a task, as 2003's and 2008's 政府自身建设 items are one task). The unnumbered closing
# paragraphs (港澳, 台湾, 外交) are not counted. Anchors: the first clause of each heading.
# Categories, close calls: review （一）抗击非典 legal_regulation by its first act (贯彻《传染病防治法》，制定《突发公共卫生
# 事件应急条例》, after 研究和部署, which names no means), not services_administration for health; （三）注重统筹兼顾，加快
# 社会事业发展 economic_incentive by its lead (从…财政投入等方面，及时作出必要调整; 855亿元 spending), not
# services_administration by rule 4's education and health; （五）推进体制创新 legal_regulation (its lead 国务院机构改革
# is reform, rule 5; organisation_accountability was the older reading of 机构改革). Plan: （二） economic_incentive by its
# lead's 支持农业 (rule 6; its first item 实行最严格的耕地保护制度 would be legal_regulation); （四）继续实施科教兴国战略
# services_administration (education first, rule 4), although its lead adds 更多的财力; （七） legal_regulation as opening
# (the first means of its first item: 深化涉外经济体制改革，落实…进出口经营自主权, after aims and 贸易协调); 三、加强政府自身建设
# organisation_accountability (its first item 推进政府职能转变).
for anchor, cat in [("采取果断措施", LR), ("适时适度调控", EI), ("注重统筹兼顾", EI), ("关心群众生活", EI),
                    ("推进体制创新", LR), ("加强法制建设", LR)]:
    add(test7, R2004, anchor, "done", cat)
for anchor, cat in [("加强和改善宏观调控", EI), ("巩固和加强农业基础地位", EI), ("统筹区域协调发展", EI),
                    ("继续实施科教兴国战略", SA), ("加快卫生文化体育事业发展", SA), ("抓住有利时机", LR),
                    ("适应新的形势", LR), ("加大就业和社会保障工作力度", EI), ("加强民主法制建设", LR),
                    ("加强政府自身建设", OA)]:
    add(test7, R2004, anchor, "planned", cat)
# 2025: 一、2024年工作回顾 — “稳”的态势… and “进”的步伐… are outcomes; 一是…七是 after 主要做了以下工作 are the measures
# taken (done); the 大国外交 paragraph is unnumbered. 二、总体要求和政策取向: targets and the unnumbered policy paragraphs
# (实施更加积极的财政政策。…) are not numbered tasks (as 2021's and 2022's). 三、2025年政府工作任务 （一）–（十） are
# planned. Not counted: the unnumbered paragraphs after （十） (“十五五”规划编制, 政府自身建设, 民族, 国防, 港澳, 台湾,
# 外交). Anchors: the first clause.
# Categories, close calls (the tie-break rules move four plan tasks off their area defaults): review 四是 economic_incentive
# (城市更新, 区域重大项目); 七是 organisation_accountability by its lead (全面从严治党, 八项规定, 党纪学习教育), not
# legal_regulation as 2022's 八是, whose lead was bills and regulations. Plan （五） legal_regulation by its lead's opening
# (扩大制度型开放, 单边开放), not economic_incentive for its first item's trade support; （六）有效防范化解重点领域风险
# legal_regulation: its lead and headline name aims only (统筹发展和安全, 化解风险), its first item's first means is
# 因城施策调减限制性措施 (monitoring was 2024's 更好统筹发展和安全 by the area default); （八） services_administration by its
# first item (after the strategy and 市民化, an aim: 常住地提供基本公共服务), not economic_incentive as earlier regional tasks;
# （九） legal_regulation by its lead 进一步深化生态文明体制改革 (rule 5), not enforcement as earlier environment tasks;
# （十） services_administration by its lead's 提高公共服务和社会保障水平 (rule 4), though its first item is jobs.
for anchor, cat in [("因时因势加强和创新宏观调控", EI), ("坚定不移全面深化改革扩大开放", LR), ("大力推动创新驱动发展", SA),
                    ("统筹城乡区域协调发展", EI), ("积极发展社会事业", EI), ("持续加强生态环境保护", EN),
                    ("加强政府建设和治理创新", OA)]:
    add(test7, R2025, anchor, "done", cat)
for anchor, cat in [("大力提振消费、提高投资效益", EI), ("因地制宜发展新质生产力", EI), ("深入实施科教兴国战略", SA),
                    ("推动标志性改革举措加快落地", LR), ("扩大高水平对外开放", LR), ("有效防范化解重点领域风险", LR),
                    ("着力抓好“三农”工作", EI), ("推进新型城镇化和区域协调发展", SA), ("协同推进降碳减污扩绿增长", LR),
                    ("加大保障和改善民生力度", SA)]:
    add(test7, R2025, anchor, "planned", cat)
# 十二大: 一、历史性的转变和新的伟大任务 reviews six years (unnumbered achievements) and states the 总任务: no task of its
# own. 二、三、四 are the tasks (planned): 二's 首先…最后 are 重要原则问题 (关于集中资金进行重点建设和继续改善人民生活的
# 问题 …) introduced as principles to solve in economic work — the part's items, not level-1 tasks (close call: they
# carry measures, like 1987's 第一…第六; here they are headed as questions of principle, as 把握好…原则 lists); the
# strategic goal 翻两番 is a target. 三 and 四 have no numbered items: one task each. 五、坚持独立自主的对外政策 states the
# foreign policy and is left out (as 十四大's 三). 六's 第一–第四 (当前我们在党的建设上必须着重解决好以下几个问题) are the
# level-1 tasks, as 十四大's 四 第一–第五, not the part itself. The closing 祖国统一 paragraph is unnumbered. No actors;
# deadline only for 第四 (中央决定从明年下半年开始，用三年时间…进行一次全面整顿: the measure itself is time-bound).
# Categories, close calls: 二 economic_incentive (its priorities 农业, 能源、交通 and the first act named, 加强农业基本建设;
# the goal 翻两番 is a target); 三 services_administration by rule 1(c): its lead names an aim only, and its first list
# (文化建设和思想建设) leads with 文化建设 = 教育、科学、文学艺术…, not publicity_education for 思想建设 and 理想、道德、纪律
# 教育 (the area default of earlier 精神文明 tasks); 第二、改革领导机构和干部制度 legal_regulation by rule 5 (reform of
# leadership bodies first; its cadre items — 年轻化, 选拔, 轮训 — would be organisation_accountability); 第三 by its first
# item (党员到生产第一线, 吸收…入党) organisation_accountability; 第四、整党 organisation_accountability (a rectification of
# the party's organisations and members: 整顿领导班子, 党员登记, 开除出党), not publicity_education for the 思想教育 that is
# its 中心一环.
for anchor, cat, deadline in [("促进社会主义经济的全面高涨", EI, None), ("努力建设高度的社会主义精神文明", SA, None),
                              ("努力建设高度的社会主义民主", LR, None), ("健全党的民主集中制", OA, None),
                              ("改革领导机构和干部制度", LR, None), ("加强党在工人、农民、知识分子中的工作", OA, None),
                              ("有计划有步骤地进行整党", OA, "用三年时间")]:
    add(test7, C12, anchor, "planned", cat, deadline=deadline)
# SC-08 试点方案: 一、总体要求 (目标任务, 总体思路, 基本原则) is not a measure; 二、集中采购范围及形式 （一）–（四） (who may take
# part, which drugs, entry criteria, tender/bargain/negotiation by the number of bidders) define the pilot's scope and
# form, as SC-60's 二、试点范围: not measures (close call: （三）入围标准 and （四）集中采购形式 are rules). Counted (planned):
# 三、具体措施 （一）–（四）, 四、政策衔接，三医联动 （一）–（四） and 五、组织形式 （一）–（二） (its 1.–3. 监督组, 专家组, 集中采购小组
# are the parts of （二）'s office). 六、工作安排 is unnumbered steps (实施步骤), not counted. No unit parentheses: actors
# null. Deadlines: the first due date written in the item — 三（二）'s 确保1年内完成合同用量 and 四（一）'s 在2—3年内调整到位.
# 三（一）'s anchor is its heading's second clause 以量换价: its first, 带量采购, also ends 一（二）总体思路 (探索跨区域联盟集中带量采购).
# Categories, close calls: 三（一） economic_incentive (public purchasing: volume traded for price, 带量购销合同);
# 三（二） legal_regulation (hospitals 应优先使用: an obligation); 三（三） monitoring (严格执行…入围标准 to stop 唯低价中标,
# 全链条质量监管, 调查、评估、考核、监测体系), not legal_regulation for its standards; 三（四） legal_regulation (hospitals, the
# 第一责任人 for payment, 应按合同规定…及时结算), not organisation_accountability for 第一责任人 (hospitals here are the buyers,
# not officials) nor economic_incentive for the 医保 prepayment that follows; 四（一） economic_incentive (what the insurance
# fund pays and the patient pays above it), not legal_regulation for 支付标准; 四（二） legal_regulation by its lead's first
# element 深化医保支付方式改革 (rule 5), not economic_incentive for 结余留用 and pay; 四（三） monitoring by its lead
# (将中选药品使用情况纳入…绩效考核, rule 7), not organisation_accountability by its headline 压实医疗机构责任.
for anchor, cat, deadline in [("以量换价", EI, None), ("招采合一", LR, "1年内"), ("确保质量", MO, None),
                              ("保证回款", LR, None), ("探索试点城市医保支付标准与采购价协同", EI, "2—3年内"),
                              ("通过机制转化", LR, None), ("压实医疗机构责任", MO, None), ("明确部门职责", OA, None),
                              ("成立试点工作小组及办公室", OA, None), ("成立联合采购办公室", OA, None)]:
    add(test7, SC08, anchor, "planned", cat, deadline=deadline)
# SC-57 若干措施 (国发〔2018〕38号): the numbered measures （一）–（五十三） under 一、–四、 (each theme a heading only); each
# ends with （负责部门：…；适用范围：…）, whose 负责部门 are the actors (适用范围 names the zone, not a unit; 人民银行等部门
# kept as named, as SC-05's 等有关部门). 五、切实做好组织实施 is four unnumbered paragraphs (坚持党的领导。维护国家安全。
# 强化组织管理。狠抓工作落实。) and is left out, as SC-05's 五、有关要求 (close call: SC-17's unnumbered 二、明确工作职责 was
# one measure, but it was a task part among task parts; this is the closing requirements). No due date in any measure.
# Anchors: the opening words of each measure (they have no headline).
# Categories: permissions, exemptions, delegated approvals, 告知承诺制 and filings (rule 9) legal_regulation — 43 of the 53;
# 支持/鼓励 with no other means after it economic_incentive (rule 6: （二十一） trading platforms, （三十二） 西安航空物流,
# （三十三） 中欧班列 mail, （四十） 人民币贷款 abroad) and （二） (land-use quota allotted, 优先支持); local service points
# and the single window's functions for traders services_administration (（十三）, （十四）, （二十四）, （二十六）, rule 8);
# （二十九） monitoring (inspection sites for imports). Close calls: （二） economic_incentive (a land quota, not a
# planning rule); （十六） legal_regulation (a reserve model splitting government and enterprise reserves, not
# economic_incentive for state stocks); （十七） legal_regulation (bonded status granted, not a 监管模式); （二十六）
# services_administration (the single window serves traders), not monitoring for its data sharing with other countries;
# （二十七） legal_regulation (priority review of port-opening projects), not services_administration; （二十九）
# monitoring (建设…监管作业场所: where goods are inspected), not legal_regulation for the import access it brings;
# （四十五） legal_regulation (RMB pricing and the 谁进口、谁付汇 payment rule, after the aim 推动…使用人民币计价);
# （五十一） and （五十三） legal_regulation (pilots of what clinics may do and of labour-use rules), not economic_incentive.
for anchor, cat, actors in [
    ("借鉴北京市服务业扩大开放综合试点经验", LR, "人力资源社会保障部、住房城乡建设部、商务部"),
    ("编制下达全国土地利用计划时", EI, "自然资源部"),
    ("将建筑工程施工许可", LR, "住房城乡建设部"),
    ("授权自贸试验区开展试点工作", LR, "住房城乡建设部"),
    ("将外商投资设立建筑业", LR, "住房城乡建设部"),
    ("自贸试验区内的外商独资建筑业企业", LR, "住房城乡建设部"),
    ("在《内地与香港关于建立更紧密经贸关系的安排》", LR, "住房城乡建设部"),
    ("对于自贸试验区内为本省（市）服务的外商投资工程设计", LR, "住房城乡建设部"),
    ("卫生健康行政部门对自贸试验区内的社会办医疗机构", LR, "卫生健康委"),
    ("自贸试验区内医疗机构可根据自身的技术能力", LR, "卫生健康委"),
    ("允许自贸试验区创新推出与国际接轨的税收服务举措", LR, "税务总局"),
    ("省级市场监管部门可以将外国（地区）企业常驻代表机构", LR, "市场监管总局"),
    ("支持在自贸试验区设置商标受理窗口", SA, "知识产权局"),
    ("在自贸试验区设立受理点", SA, "知识产权局"),
    ("进一步放宽对专利代理机构股东的条件限制", LR, "知识产权局"),
    ("加强顶层设计", LR, "发展改革委、粮食和储备局"),
    ("研究支持对海关特殊监管区域外的“两头在外”航空维修业态", LR, "商务部、海关总署、财政部、税务总局"),
    ("支持有条件的自贸试验区研究和探索赋予国际铁路运单物权凭证功能", LR, "商务部、银保监会、铁路局、中国铁路总公司"),
    ("支持符合条件的自贸试验区开展汽车平行进口试点", LR, "商务部"),
    ("授予自贸试验区自由进出口技术合同登记管理权限", LR, "商务部"),
    ("支持在自贸试验区依法合规建设能源、工业原材料、大宗农产品等国际贸易平台", EI, "商务部"),
    ("开展艺术品保税仓储", LR, "文化和旅游部、海关总署"),
    ("支持自贸试验区开展海关税款保证保险试点", LR, "海关总署、银保监会"),
    ("国际贸易“单一窗口”标准版增加航空、铁路舱单申报功能", SA, "海关总署、民航局、中国铁路总公司"),
    ("支持自贸试验区试点汽车平行进口保税仓储业务", LR, "海关总署"),
    ("积极探索通过国际贸易“单一窗口”与“一带一路”重点国家和地区开展互联互通", SA, "海关总署"),
    ("在符合国家口岸管理规定的前提下", LR, "海关总署"),
    ("在自贸试验区试点实施进口非特殊用途化妆品备案管理", LR, "药监局"),
    ("支持平潭口岸建设进境种苗、水果、食用水生动物等监管作业场所", MO, "海关总署"),
    ("在对外航权谈判中支持郑州机场利用第五航权", LR, "民航局"),
    ("在对外航权谈判中支持西安机场利用第五航权", LR, "民航局"),
    ("进一步加大对西安航空物流发展的支持力度", EI, "民航局"),
    ("支持利用中欧班列开展邮件快件进出口常态化运输", EI, "邮政局、中国铁路总公司"),
    ("支持设立首次进口药品和生物制品口岸", LR, "药监局、海关总署"),
    ("将台湾地区生产且经平潭口岸进口的第一类医疗器械的备案管理权限", LR, "药监局"),
    ("进一步简化保险分支机构行政审批", LR, "银保监会"),
    ("允许自贸试验区内银行业金融机构在依法合规", LR, "人民银行、银保监会、外汇局"),
    ("支持坚持市场定位、满足监管要求", LR, "人民银行、银保监会、外汇局"),
    ("支持自贸试验区依托适合自身特点的账户体系开展人民币跨境业务", LR, "人民银行"),
    ("鼓励、支持自贸试验区内银行业金融机构基于真实需求和审慎原则", EI, "人民银行、外交部、发展改革委、商务部、国资委、银保监会"),
    ("允许银行将自贸试验区交易所出具的纸质交易凭证", LR, "银保监会"),
    ("支持自贸试验区内符合条件的个人按照规定开展境外证券投资", LR, "证监会、人民银行"),
    ("支持在有条件的自贸试验区开展知识产权证券化试点", LR, "证监会、知识产权局"),
    ("允许平潭各金融机构试点人民币与新台币直接清算", LR, "人民银行、外汇局"),
    ("推动与大宗商品出口国、“一带一路”国家和地区在油品等大宗商品贸易中使用人民币计价", LR, "人民银行等部门"),
    ("允许自贸试验区内银行业金融机构按相关规定向台湾地区金融同业跨境拆出短期人民币资金", LR, "人民银行"),
    ("支持“海峡基金业综合服务平台”根据规定向中国证券投资基金业协会申请登记", LR, "银保监会、证监会"),
    ("增强企业用工灵活性", LR, "人力资源社会保障部"),
    ("将在自贸试验区内设立中外合资和外商独资人才中介机构审批权限下放至自贸试验区", LR, "人力资源社会保障部"),
    ("研究制定外国留学生在我国境内勤工助学管理制度", LR, "教育部"),
    ("鼓励在吸纳非卫生技术人员在医疗机构提供中医治未病服务", LR, "中医药局"),
    ("授权自贸试验区制定相关港澳专业人才执业管理办法", LR, "人力资源社会保障部、住房城乡建设部、银保监会、证监会、知识产权局"),
    ("支持自贸试验区开展非标准就业形式下劳动用工管理和服务试点", LR, "人力资源社会保障部")]:
    add(test7, SC57, anchor, "planned", cat, actors=units(actors))

# --- test8 ---------------------------------------------------------------------------------------
# An eighth test half (2026-12-04, ninth session), held out: marked by a helper who does no tuning, by reading the
# raw text only, before `zhili measures` was run on these files; the measures first (their headlines given to a
# second coder), the categories afterwards, by the codebook as on main at 258da1b (tie-break rules 1–10).
R1958 = "1958年中华人民共和国国务院政府工作报告.txt"
R2002 = "2002年中华人民共和国国务院政府工作报告.txt"
R2014 = "2014年中华人民共和国国务院政府工作报告.txt"
C13 = "沿着有中国特色的社会主义道路前进_(十三大).txt"
SC10 = "10-国务院办公厅关于推广第二批支持创新相关改革举措的通知.html"
SC12 = "12-国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知.html"
test8 = []
# Categories are coded afterwards, by the codebook and the eighth session's tie-break rules 1–10 (README): each measure by
# the means its lead, headline or first item names, never by its area. The close calls are noted in each document's block.
# 1958: a report on the 1958 plan in five numbered parts （一）–（五）. （一）一九五七年经济战线上的胜利 reviews the year
# front by front (先说工业战线上的情况 …): outcomes and plan figures, no numbered action — not counted. （二）争取一九五八年
# 国民经济的新跃进 states the year's main task and its targets (investment, output values): statistics, not counted.
# （三）一九五八年国民经济各部门发展计划的安排 is a heading over 第一、–第五、, which are the level-1 tasks (第五's
# （１）–（１０） 措施 are its items). （四）厉行节约，反对浪费 is itself a task whose 第一，–第四， (我们准备采取以下各项主要
# 措施) are its items, as 2004's 三、加强政府自身建设 (close call: they are numbered like tasks). （五）充分依靠和发挥群众的
# 积极性和创造性 is kept: it commits the economic officials to a method (plans handed to the masses for discussion,
# 总结和推广先进经验) — a close call against a closing exhortation. All planned; no actors; no deadline (三年内 and 十年内
# are items' aims, not the lead's). Anchors: the heading without 第N、, the first clause where it has a comma.
# Categories: the plan's figures are read as what the state commits to (as an allocation of investment or places), the
# way earlier golds read the old plans' sector tasks. 第一 economic_incentive (its lead: the allocation of investment);
# 第二 economic_incentive (output plan; its first means, 试制新产品 with 奖励制度); 第三 economic_incentive (sown and
# irrigated areas, close call: its later 森林采伐 rule with 处分 would be legal_regulation); 第四 economic_incentive (jobs
# and the wage bill first, rule 4). Close calls: 第五、关于文化教育 services_administration by its lead (the places state
# schools will enrol), not legal_regulation for 改进我们的教育制度 and its first item 半工半读的教育制度, nor
# publicity_education for 加强政治思想领导; （四）厉行节约 legal_regulation by its first item (修订基本建设工作的有关制度，
# 规定…设计规范…造价标准, rule 8), after a lead that names an aim only (为厉行节约、反对浪费而斗争), not
# publicity_education for the 反浪费运动 it closes on; （五） organisation_accountability (the leading organs' method
# and style: plans handed to the masses, 打掉官气、官僚主义), not publicity_education for mobilising the masses.
for anchor, cat in [("关于基本建设", EI), ("关于工业生产", EI), ("关于农业生产", EI),
                    ("关于人民物质生活和国内外贸易", EI), ("关于文化教育", SA), ("厉行节约", LR),
                    ("充分依靠和发挥群众的积极性和创造性", OA)]:
    add(test8, R1958, anchor, "planned", cat)
# 2002: 首先报告２００１年的工作 — its bold lines (国民经济保持良好发展势头。经济体制改革进一步深化。…) are outcomes, not
# numbered actions: no done measure. 今年要着重做好以下八个方面工作: 一、–七、 are the planned tasks (their bold lead
# sentences and 一是… are items); 八、进一步做好外交工作 is left out as the foreign-policy parts of 1995 and 1999. The
# unnumbered paragraphs at the end of 七 (国家安全, 民族, 国防, 港澳, 台湾) are not tasks of their own. Anchors: the
# first clause of each heading.
# Categories: 一 economic_incentive (积极的财政政策和稳健的货币政策); 五 enforcement (一是 严厉打击制售假冒伪劣); 六
# services_administration by its first sub-heading (推动科技进步和创新: 国家创新体系, 基础研究; the headline's strategies
# name no means); 七 organisation_accountability by its first item 加快政府职能转变 (as 2004's 加强政府自身建设). Close
# calls: 二 economic_incentive — its lead names aims (增加农民收入 as 突出任务 and 检验标准), its first numbered item is
# 退耕还林 (a programme that pays farmers: 直接增加农民收入); services_administration if the unnumbered paragraph before
# 一是 is read as its first item (大力推广优良品种和先进适用技术); 三 legal_regulation by the lead's 把经济体制改革引向深入
# (rule 5; its 经济结构调整 names an aim), not economic_incentive for its first item's 支持…技术改造; 四 legal_regulation by
# 一是 (完善…涉外经济法律法规体系), after a lead of aims and a review of laws already revised.
for anchor, cat in [("扩大和培育内需", EI), ("加快农业和农村经济发展", EI), ("积极推进经济结构调整和经济体制改革", LR),
                    ("适应加入世贸组织新形势", LR), ("继续大力整顿和规范市场经济秩序", EN),
                    ("实施科教兴国战略和可持续发展战略", SA), ("进一步转变政府职能", OA)]:
    add(test8, R2002, anchor, "planned", cat)
# 2014: 一、2013年工作回顾 — the —— paragraphs are outcomes; 一是…五是 (after 采取一系列…举措) are the measures taken
# (done); the unnumbered 八项规定 and 外交 paragraphs are not counted. 二、2014年工作总体部署: targets and 要把握好以下原则和
# 政策取向 第一…第三 (principles, not tasks). 三、2014年重点工作 （一）–（九） are planned. Not counted: the unnumbered
# closing paragraphs (政府自身建设, 民族, 宗教, 侨务, 国防, 港澳, 台湾, 外交). Anchors: the first clause.
# Categories, review: 一是 legal_regulation (改革开放 as 根本之策, then 简政放权: approvals cancelled); 二是 economic_incentive
# (macro control by fiscal means: 优化财政支出, 压减一般性支出, tax relief); 四是 economic_incentive (its first item:
# 大学生就业促进计划, jobs first, rule 4). Close calls: 三是 economic_incentive by its lead's 运用市场手段和差别化政策, not
# legal_regulation for its first item's 推进现代农业综合配套改革试点; 五是 organisation_accountability (its lead a stance; its
# first item 健全分级负责、相互协同的抗灾救灾应急机制: who is responsible for what), not services_administration for disaster
# relief nor enforcement for its later 查处 and 打击.
# Plan: （一） legal_regulation (经济体制改革, approvals cut); （二） legal_regulation (开放型经济新体制, services opened);
# （三） economic_incentive (通过增加居民收入提高消费能力); （八） economic_incentive (就业 first, rule 4); （九） enforcement (its first
# item 出重拳强化污染防治: 区域联防联控, 淘汰燃煤小锅炉). Close calls: （四） economic_incentive by its first item
# 强化农业支持保护政策 (最低收购价格, 补贴), the lead's 坚守耕地红线 read as a stance on a quantity, not a rule (it would make
# the task legal_regulation); （五） legal_regulation: its lead names a system to build for an aim (城乡发展一体化体制机制) and
# numbers, its first item 推动户籍制度改革，实行…差别化落户政策 (not services_administration as 2025's 常住地提供基本公共服务);
# （六） legal_regulation by its first sub-heading 加快科技体制改革 (rule 5), not services_administration as 2022's
# 提升科技创新能力, nor economic_incentive for 鼓励企业设立研发机构 and 研发费用加计扣除; （七） legal_regulation by its lead's
# first means 深化社会体制改革 (rule 5; as 2008's 深化文化体制改革), not services_administration for the education, health and
# culture of its headline, nor economic_incentive for 更大的投入 which follows.
for anchor, cat in [("着力深化改革开放", LR), ("创新宏观调控思路和方式", EI), ("注重调整经济结构", EI),
                    ("切实保障和改善民生", EI), ("改进社会治理方式", OA)]:
    add(test8, R2014, anchor, "done", cat)
for anchor, cat in [("推动重要领域改革取得新突破", LR), ("开创高水平对外开放新局面", LR),
                    ("增强内需拉动经济的主引擎作用", EI), ("促进农业现代化和农村改革发展", EI),
                    ("推进以人为核心的新型城镇化", LR), ("以创新支撑和引领经济结构优化升级", LR),
                    ("加强教育、卫生、文化等社会建设", LR), ("统筹做好保障和改善民生工作", EI),
                    ("努力建设生态文明的美好家园", EN)]:
    add(test8, R2014, anchor, "planned", cat)
# 十三大: 一、历史性成就和这次大会的任务 reviews nine years (outcomes) — left out, as 十二大's 一. 二、社会主义初级阶段和党的
# 基本路线: its 第一…第六 (必须集中力量进行现代化建设 …) answer 应当确立哪些具有长远意义的指导方针: guiding principles of the
# stage, not tasks (close call: 1987's 第一…第六 guidelines were counted, but they answered 需要着重解决好哪些问题 with
# measures; these state the line). 三、关于经济发展战略 （一）–（三）, 四、关于经济体制改革 （一）–（六） and 五、关于政治体制改革
# （一）–（七） are the level-1 tasks (the unnumbered paragraphs after 三（三） on population, environment and defence, and
# the paragraph on nationalities inside 五（六）, are not tasks of their own). 六、在改革开放中加强党的建设 has no numbered
# items: one task (as 十二大's 三 and 四). 七、争取马克思主义在中国的新胜利 (theory, youth, the world) is not counted. All
# planned; no actors; no deadline (十多年内 is an aim inside 三（二）). Anchors: the first clause.
# Categories: 三（一） services_administration (science and education as services: 推广…科技成果, 星火计划); 三（二）
# economic_incentive (控制全社会固定资产投资总规模, the balance of budget and credit: macro control); 四（一）–（三） and 五（一）–
# （七） legal_regulation — parts headed 经济体制改革 and 政治体制改革 whose items reform institutions (rule 5) or make rules,
# laws and delegations (四（三）'s 价格改革, 五（四）'s 国家公务员制度…制定法律和规章, 五（六）'s 人大…加强立法工作, 五（七）'s 立法).
# Close calls: 三（三） legal_regulation — its lead names strategies and aims (正确选择进出口战略和利用外资战略), its first item's
# first means is 改革外贸体制 (then 涉外经济立法, the zones), not economic_incentive for export promotion; 四（二）横向经济联合
# legal_regulation (what enterprises may do — 联合投资、相互参股 — and 政企分开, after 在深化改革中…推进), not economic_incentive;
# 四（四） legal_regulation by its lead's 加快宏观经济管理方式的改革 (rule 5), not economic_incentive for the 经济杠杆, credit and
# tax that follow; 四（五） economic_incentive by rule 6 (its lead: 对于城乡合作经济、个体经济和私营经济，都要继续鼓励它们发展,
# no means after it), not legal_regulation for the later 应当允许有所不同 and 私营经济的政策和法律; 四（六） legal_regulation
# (its lead a principle, 以按劳分配为主体; its first means 只要是合法的，就应当允许, rule 9), not economic_incentive for income;
# 五（一）实行党政分开 legal_regulation (领导制度的一项重大改革, as 十二大's 改革领导机构和干部制度), not
# organisation_accountability for the party bodies it reorganises; 五（四） legal_regulation, not organisation_accountability
# for cadres; 五（五）社会协商对话制度 legal_regulation (its first act: 制定关于社会协商对话制度的若干规定), not
# services_administration as State Council 17's 政民互动 nor publicity_education for 重大情况让人民知道; 六
# publicity_education by its first item 党的思想建设 (全面宣传党的基本路线, 向党员进行…教育: study of members, rule 6), its lead
# naming none (研究…理论和实践, 转变…观念和做法), not organisation_accountability (the area default of party building) nor
# legal_regulation for 党的自身建设也必须进行改革.
for anchor, cat in [("把发展科学技术和教育事业放在首要位置", SA), ("保持社会总需求和总供给基本平衡", EI),
                    ("进一步扩大对外开放的广度和深度", LR), ("按照所有权经营权分离的原则", LR),
                    ("促进横向经济联合的进一步发展", LR), ("加快建立和培育社会主义市场体系", LR),
                    ("逐步健全以间接管理为主的宏观经济调节体系", LR), ("在公有制为主体的前提下继续发展多种所有制经济", EI),
                    ("实行以按劳分配为主体的多种分配方式和正确的分配政策", LR), ("实行党政分开", LR),
                    ("进一步下放权力", LR), ("改革政府工作机构", LR), ("改革干部人事制度", LR),
                    ("建立社会协商对话制度", LR), ("完善社会主义民主政治的若干制度", LR), ("加强社会主义法制建设", LR),
                    ("在改革开放中加强党的建设", PE)]:
    add(test8, C13, anchor, "planned", cat)
# SC-10 通知 (国办发〔2018〕126号): 一、推广的改革举措（共23项） lists them by theme （一）–（五）; the 附件 推广清单 numbers them
# 1–23 with 主要内容, 指导部门 and 推广范围. The level-1 measures are the listed reform measures (the themes are headings
# only, as SC-57's 一、–四、); 四、军民深度融合方面（共6项）, 15–20, are cut from the published text (本文有删减) and not
# counted: 17 measures. Actors: the 指导部门 column (a labelled unit, as SC-57's 负责部门); 推广范围 (全国, 8个改革试验区域)
# is scope, not a unit. 二、高度重视推广工作 (guiding thought) and the unnumbered 三、认真抓好组织实施 (the closing
# requirements) are not counted, as SC-05's 五、有关要求 and SC-57's 五. Planned (to be replicated); no deadline.
# Anchors: the measure's name as written in the list.
# Categories, by each measure's 主要内容 (its lead), not by the document's domain words (创新, 激励, 金融): court measures
# that change how IP cases are tried enforcement (1 三合一审判, 4 技术调查官, 5 快速审判 — by analogy with rule 9's 监管模式 and
# rule 7's experts assisting a check: how infringements are adjudicated); rights, permissions, delegated powers, ratios and
# laws legal_regulation; insurance and public funds investing economic_incentive; services to firms and universities
# services_administration. Close calls: 2 跨市（区）审理 legal_regulation by its lead's 授权市级人民法院…管辖 (jurisdiction
# granted, as State Council 57's delegated approvals), though it concentrates trials as 1 does; 6 权属改革 legal_regulation
# (ownership granted, rule 5/9), not economic_incentive for its 奖励; 8 技术股与现金股 legal_regulation (staff may hold shares
# after approval, rule 9), not economic_incentive; 10 科技创新专板 services_administration (挂牌展示、托管交易、投融资服务、
# 培训辅导 offered to firms; 开拓融资渠道 is its purpose), not economic_incentive; 11 六专机制 monitoring by its lead's first
# element (银行完善…科技金融风险防控机制: a mechanism whose object is risk control, rule 2), not economic_incentive for the
# credit products that follow; 12 容错机制 legal_regulation (容错率 set for seed and venture funds: a ratio, rule 8), not
# economic_incentive for the public funds nor organisation_accountability for tolerance of losses; 13 商标质押贷款
# legal_regulation by its first act 简化质押登记流程 (rule 9), not economic_incentive for 贷款贴息; 14 回购股权 economic_incentive
# (public funds invest and let the team buy back at cost plus interest), not legal_regulation for the right to buy back;
# 22 开放共享 legal_regulation (owners authorise service bodies to run equipment at agreed prices), not
# services_administration; 23 决策容错 legal_regulation (制定实施地方性法规), not organisation_accountability for the
# exemption from 问责.
for anchor, cat, actors in [
    ("知识产权民事、刑事、行政案件“三合一”审判", EN, "最高人民法院、最高人民检察院、国家知识产权局"),
    ("省级行政区内专利等专业技术性较强的知识产权案件跨市（区）审理", LR, "最高人民法院、国家知识产权局"),
    ("以降低侵权损失为核心的专利保险机制", EI, "国家知识产权局、中国银保监会"),
    ("知识产权案件审判中引入技术调查官制度", EN, "最高人民法院、国家知识产权局"),
    ("基于“两表指导、审助分流”的知识产权案件快速审判机制", EN, "最高人民法院、国家知识产权局"),
    ("以事前产权激励为核心的职务科技成果权属改革", LR, "科技部、国家发展改革委、财政部、国家知识产权局、教育部、国务院国资委、中科院、司法部"),
    ("技术经理人全程参与的科技成果转化服务模式", SA, "科技部"),
    ("技术股与现金股结合激励的科技成果转化相关方利益捆绑机制", LR, "科技部、国务院国资委"),
    ("“定向研发、定向转化、定向服务”的订单式研发和成果转化机制", SA, "科技部"),
    ("区域性股权市场设置科技创新专板", SA, "中国证监会"),
    ("基于“六专机制”的科技型企业全生命周期金融综合服务", MO, "中国银保监会、科技部、中国人民银行"),
    ("推动政府股权基金投向种子期、初创期企业的容错机制", LR, "国家发展改革委、财政部"),
    ("以协商估值、坏账分担为核心的中小企业商标质押贷款模式", LR, "中国人民银行、中国银保监会、工业和信息化部、国家知识产权局"),
    ("创新创业团队回购地方政府产业投资基金所持股权的机制", EI, "国家发展改革委、财政部"),
    ("允许地方高校自主开展人才引进和职称评审", LR, "教育部、人力资源社会保障部"),
    ("以授权为基础、市场化方式运营为核心的科研仪器设备开放共享机制", LR, "科技部、财政部、国务院国资委"),
    ("以地方立法形式建立推动改革创新的决策容错机制", LR, "国家发展改革委、国务院国资委、审计署")]:
    add(test8, SC10, anchor, "planned", cat, actors=units(actors))
# SC-12 通知 (国办发〔2018〕127号): 一、充分认识…重要意义 is not a measure (as 总体要求). 二、制定政策落实的配套制度和具体
# 实施办法 has no numbered items and is one measure (as SC-17's 二、明确工作职责), due 2019年2月底前. 三、 （一）–（四）,
# 四、 （一）–（四） and 五、 （一）–（三） are the numbered measures. No unit parentheses: the units named as subjects of a
# sentence (科技部、财政部…要, 请财政部…) are not labelled lead units, so actors are null (as SC-02, SC-13, SC-35).
# Deadlines: the first due date written in the item — 二's and 三（四）'s 2019年2月底前. All planned.
# Categories: rules to write or revise, powers handed to research units and the permissions they carry legal_regulation
# (二, 三（一）, （二）, （四）, 四（一）–（四）); 五（一） 自查和督查 and 五（三） 审计监督 monitoring (rule 7); 五（二） publicity_education
# (宣传解读 of the documents, 培训 of staff on them, rule 6). Close calls: 三（三）项目过程管理权 monitoring by its lead (项目管理部门
# 由重过程管理向重项目目标和标志性成果转变, 加强…考核: a change in how officials check, rules 7 and 9), not legal_regulation for
# the headline's power handed to units or 精简信息和材料报送; 三（四） legal_regulation (matters handed down, internal rules), not
# monitoring for its closing 随机抽查; 四（二） legal_regulation (制定…专门管理办法), not economic_incentive for the cash and
# share rewards that follow.
for anchor, cat, deadline in [("制定政策落实的配套制度和具体实施办法", LR, "2019年2月底前"),
                              ("推动预算调剂和仪器采购管理权落实到位", LR, None),
                              ("推动科研人员的技术路线决策权落实到位", LR, None),
                              ("推动项目过程管理权落实到位", MO, None),
                              ("科研单位要健全完善内部管理制度", LR, "2019年2月底前"),
                              ("明确科研人员兼职的操作办法", LR, None),
                              ("明确科研人员获得科技成果转化收益的具体办法", LR, None),
                              ("明确科技成果作为国有资产的管理程序", LR, None),
                              ("明确有关项目经费的细化管理制度", LR, None),
                              ("开展对政策落实情况的自查和督查", MO, None),
                              ("做好培训宣传工作", PE, None),
                              ("加强对政策落实的监督", MO, None)]:
    add(test8, SC12, anchor, "planned", cat, deadline=deadline)

# --- test9 ---------------------------------------------------------------------------------------
# A ninth test half (2026-12-05, tenth session), held out: marked by a helper who does no tuning, by reading the raw
# text only, before `zhili measures` was run on these files; the measures first (their headlines and lead sentences
# written to /work/coord/test9-headlines.md for a blind second coder), the categories afterwards, by the codebook as on
# main at 6e2dfce (tie-break rules 1–10).
R1960 = "1960年中华人民共和国国务院政府工作报告.txt"
R1983 = "1983年中华人民共和国国务院政府工作报告.txt"
R2013 = "2013年中华人民共和国国务院政府工作报告.txt"
R2019 = "2019年中华人民共和国国务院政府工作报告.txt"
C15 = "高举邓小平理论伟大旗帜，把建设有中国特色社会主义事业全面推向二十一世纪_(十五大).txt"
SC37 = "37-国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知.html"
SC41 = "41-国务院办公厅关于印发国家粮食应急预案的函.html"
test9 = []
# 1960: a report on carrying out the 1956–1967 全国农业发展纲要, in four unnumbered parts 一–四. 一 tells the 纲要's history
# and the communes (background), 二 its execution in four years (outcomes, then what is still to do: problems) — neither
# counted. 三 is an unnumbered speech like 1975's: its paragraphs whose lead sentences commit "we" to a task are the
# level-1 measures (six; its closing paragraph, 现在全国的形势很好…, is an outlook). 四 proposes that the congress adopt
# the 纲要 unchanged: a motion to the congress, not a task of the government (close call). All planned; no actors (the
# 各个部门 of the fifth are not a labelled unit); no deadline (四年小解决… is a quotation of an aim). Anchors: the lead
# phrase of each paragraph.
# Categories: 1 legal_regulation (贯彻执行中共中央关于人民公社的历次决议, then 坚持三级所有制 and the distribution and
# exchange 制度: the ownership system); 4 economic_incentive (communes build and run industry and roads: investment); 6
# organisation_accountability (the cadres' 领导作风, 干部参加劳动的制度; the canteens follow). Close calls: 2
# economic_incentive — each commune 安排…生产布局, read as the allocation of production, as the old plans' sector tasks
# (1958), not legal_regulation; 3 services_administration by its first element (agricultural science and technique: the
# 农业八字宪法 and 技术革新), not economic_incentive for the mechanisation and tools that follow; 5 economic_incentive by
# rule 6 (every sector 制定规划，以便更好地支援农业: support, the plans themselves naming no means), not
# publicity_education for 广泛动员 (here the sectors' resources, not persuasion) nor monitoring for the closing 检查执行的情况.
for anchor, cat in [("人民公社制度是我们提前实现农业发展纲要的根本保障", LR), ("充分利用人民公社统一安排生产的优越性", EI),
                    ("积极推行农业的技术改造", SA), ("必须继续大大发展社办工业", EI),
                    ("必须广泛动员一切方面的力量", EI), ("必须贯彻执行党的群众路线", OA)]:
    add(test9, R1960, anchor, "planned", cat)
# 1983: 过去五年的回顾 is outcomes under bold lead sentences (国民经济扭转了…, 农业摆脱了…), with no numbered action — not
# counted. 今后五年的主要任务 （一）–（五）: the four domestic parts （一）–（四） are the level-1 tasks, as 1984's 关于国内建设
# 一、–五、; their 第一、–第三、 (（一）'s three ways out of 国家财力不足, （二）'s three reform points) and （三）'s （１）–（５） are their
# items. （五）关于外交工作 is left out, as the foreign-policy parts of 1984, 1995 and 1999; the 国家安全部 and defence
# paragraphs at the end of （四） and the 结束语 are not tasks of their own. All planned; no actors; no deadline (1985年前
# is an item's date). Anchors: the part headings.
# Categories: （二） legal_regulation (reform, rule 5); （三） services_administration (its lead: 发展教育和科学技术为重点的文化
# 建设, education first); （四） legal_regulation (its lead's first element 加强社会主义民主和法制的建设, then 实施新宪法 and
# 经济立法, as 2008's 加强社会主义民主法制建设), not enforcement for 政法公安工作 and 综合治理. Close call: （一）
# economic_incentive — its lead (我们一定要…搞好国民经济的调整，加快改革的步伐，抓紧重点建设和技术改造) is read by its first
# element, the readjustment of proportions and investment, not legal_regulation for the second (改革).
for anchor, cat in [("关于经济建设", EI), ("关于经济体制改革", LR), ("关于教育科技文化建设", SA), ("关于政法工作", LR)]:
    add(test9, R1983, anchor, "planned", cat)
# 2013: 一、过去五年工作回顾 — 五年来的主要工作及特点 一是…八是 are the measures taken (done; 四是's 优先发展教育事业 …
# are its items); the unnumbered paragraphs on nationalities, religion, overseas Chinese, defence, Hong Kong, Macao,
# Taiwan and diplomacy are not counted. 二 gives targets and the unnumbered 继续实施积极的财政政策 / 稳健的货币政策
# paragraphs (policy directions, as 2022's 二、总体要求和政策取向): not counted. 三、对今年政府工作的建议 （一）–（四） are
# planned; their unnumbered paragraphs and bold lead sentences (千方百计扩大就业。…) are items; the closing paragraphs
# (民族 … 外交) are not counted. No actors; no deadline. Anchors: the first clause of each heading.
# Categories, review: 一是 economic_incentive (十项措施 to expand demand, 一揽子计划, then 积极的财政政策); 三是
# economic_incentive (加大财政投入); 四是 services_administration (its lead drafts plans, so its first item decides:
# 优先发展教育事业); 五是 economic_incentive (jobs first, rule 4); 六是 legal_regulation (reform, 财税体制改革 first); 八是
# legal_regulation (推进政府机构改革, 大部门体制, rule 5, as 十三大's 改革政府工作机构). Close calls: 二是 economic_incentive —
# its lead is a strategy (坚持实施扩大内需战略) followed by outcomes, read as demand support, not enforcement for
# 淘汰落后产能, the first act it names; 七是 economic_incentive (及时出台稳定外需的政策措施, then 鼓励各类企业开展对外投资),
# not legal_regulation as 2022's 扩大高水平对外开放 (access).
# Plan: （一） economic_incentive (its first item: consumption and investment, 扩大内需); （三） economic_incentive (first item
# 千方百计扩大就业, rule 4); （四） legal_regulation (全面深化经济体制改革, rule 5). Close call: （二） economic_incentive by rule 6 —
# its lead after stances and background: 支持发展多种形式新型农民合作组织, then 加大“三农”投入 — not legal_regulation for the
# land system it describes first (background: 其核心是…, 底线是…).
for anchor, cat in [("有效应对国际金融危机", EI), ("加快经济结构调整", EI), ("毫不放松地抓好“三农”工作", EI),
                    ("坚持实施科教兴国战略", SA), ("坚持把人民利益放在第一位", EI), ("深化重要领域改革", LR),
                    ("坚定不移扩大对外开放", EI), ("切实加强政府自身建设", LR)]:
    add(test9, R2013, anchor, "done", cat)
for anchor, cat in [("加快转变经济发展方式", EI), ("强化农业农村发展基础", EI), ("以保障和改善民生为重点", EI),
                    ("以更大的政治勇气和智慧", LR)]:
    add(test9, R2013, anchor, "planned", cat)
# 2019: 一、2018年工作回顾 — the —— paragraphs are outcomes; 一是…八是 (after 一年来，我们…) are the measures taken (done);
# the unnumbered paragraphs on party discipline (全面从严治党) and diplomacy are not counted. 二、总体要求和政策取向: targets,
# unnumbered policy paragraphs and 要注重把握好以下关系 一要…(principles) — not counted. 三、2019年政府工作任务 （一）–（十）
# are planned; the closing paragraphs on the government itself (坚持依法全面履职 …), nationalities, religion, defence,
# Hong Kong, Macao, Taiwan and diplomacy are unnumbered and not counted. No actors; no deadline. Anchors: the first clause
# of each heading (the review's 创新和完善宏观调控 also opens the plan's （一）, whose anchor keeps its 继续).
# Categories, review: 一是 economic_incentive (积极的财政政策, 减税降费); 四是 legal_regulation (its lead names aims, its next
# sentence's first element is 深化科技管理体制改革, rule 5, as 2014's 加快科技体制改革); 五是 legal_regulation (深化国资国企
# 改革); 七是 economic_incentive (稳就业举措 first, rule 4); 八是 legal_regulation (法律议案, 行政法规, as 2022's 八是). Close calls:
# 二是 monitoring — its lead drafts plans (三年行动方案), its headline names an aim, its first item is 结构性去杠杆, 处置金融领域
# 风险 (risk control), not economic_incentive for poverty funds nor enforcement for pollution, which follow; 三是
# legal_regulation by its headline's 深化供给侧结构性改革 (rule 1b, its lead 加大“破、立、降”力度 naming aims only, as 2016's
# 用改革的办法), not economic_incentive for 稳投资举措 nor for 减税减费; 六是 economic_incentive — outcomes and strategies
# (乡村振兴战略, 新型城镇化) and an unspecified 出台一批改革创新举措 first, then 加大…支持力度 (rule 6), not legal_regulation.
# Plan: （二） legal_regulation (深化“放管服”改革, 缩减市场准入负面清单); （四） economic_incentive (its first item 多措并举促进城乡
# 居民增收, 个人所得税); （五） economic_incentive (its lead a stance, its first item 打好精准脱贫攻坚战: poverty, rule 4); （八）
# legal_regulation (reform); （九） legal_regulation (its lead: 拓展开放领域, 规则等制度型开放 — access, as 2022's 扩大高水平对外开放),
# not economic_incentive for the first item's 出口信用保险. Close calls: （一） economic_incentive — its lead's 坚持以市场化改革
# 的思路和办法破解发展难题 read as a stance, then 财政、货币、就业政策工具 and the first item 实施更大规模的减税, not legal_regulation by
# 用改革的办法; （三） legal_regulation by its lead's 改革创新科技研发和产业化应用机制 (rule 5), not economic_incentive for the first
# item's 技术改造 support and 加速折旧 (nor services_administration as 2022's 提升科技创新能力); （六） services_administration by its
# lead's 促进基本公共服务均等化 (rule 4, as 2025's 推进新型城镇化和区域协调发展), the 改革完善相关机制和政策 before it naming no
# object (rule 2), not economic_incentive for the western tax relief of its first item; （七） enforcement — its lead's
# 改革完善相关制度 names no object either, so the headline and first item decide (污染防治: emission cuts, 大气污染治理攻坚),
# not legal_regulation as 2025's 深化生态文明体制改革; （十） economic_incentive by its lead (基本民生投入确保只增不减: the money, rule
# 1a and rule 5's last clause), not services_administration for its 公共服务 sentence and first item (education).
for anchor, cat in [("创新和完善宏观调控", EI), ("扎实打好三大攻坚战", MO), ("深化供给侧结构性改革", LR),
                    ("深入实施创新驱动发展战略", LR), ("加大改革开放力度", LR), ("统筹城乡区域发展", EI),
                    ("坚持在发展中保障和改善民生", EI), ("推进法治政府建设和治理创新", LR)]:
    add(test9, R2019, anchor, "done", cat)
for anchor, cat in [("继续创新和完善宏观调控", EI), ("激发市场主体活力", LR), ("坚持创新引领发展", LR),
                    ("促进形成强大国内市场", EI), ("对标全面建成小康社会任务", EI), ("促进区域协调发展", SA),
                    ("加强污染防治和生态建设", EN), ("深化重点领域改革", LR), ("推动全方位对外开放", LR),
                    ("加快发展社会事业", EI)]:
    add(test9, R2019, anchor, "planned", cat)
# 十五大: 一 (the century's review and outlook), 二 (过去五年的工作: outcomes), 三 (邓小平理论: its 第一…第四 are reasons) and
# 四 (the basic line and programme: its three ——— paragraphs define the goals and basic policies of the economy,
# politics and culture, as 十三大's 二 stated the line) are not counted. 五、经济体制改革和经济发展战略 （一）–（八） and
# 六、政治体制改革和民主法制建设 （一）–（五） are the level-1 tasks (their unnumbered paragraphs are items). 七、文化建设 has no
# numbered items: one task (as 十三大's 六); the defence paragraph at its end (同志们！在讲了…国防和军队建设) is not a task of
# its own (as 十三大's unnumbered defence paragraph). 八、推进祖国和平统一 is kept as a task without a category (as 1997's
# 六); 九、国际形势和对外政策 is left out as foreign policy (十二大's 五, 十四大). 十、面向新世纪的中国共产党 (党的建设) has no
# numbered items: one task (as 十三大's 六). All planned; no actors; no deadline (到本世纪末 and 到二零一零年 are aims inside
# items). Anchors: the heading of each item or part.
# Categories: 五（二） legal_regulation (国有企业改革, rule 5); 五（三） legal_regulation (按劳分配为主体…的制度, then 允许和鼓励…
# 先富起来, 允许…生产要素参与收益分配: permissions, rule 9, as 十三大's 四（六）); 五（四） legal_regulation (改革流通体制，健全市场
# 规则); 五（八） economic_incentive (努力增加城乡居民实际收入, rule 4); 六（一）–（三） legal_regulation (democratic institutions and
# 人民代表大会制度, 加强立法工作, 机构改革 by rule 5); 八 null (unification, rule 10). Close calls: 五（一） legal_regulation — its
# lead defines the basic economic system and calls 调整和完善所有制结构 经济体制改革的重大任务 (rule 5), not economic_incentive
# for the later 支持、鼓励和帮助…集体经济 and 继续鼓励、引导 the non-public economy (as 十三大's 四（五）); 五（五）
# legal_regulation — its lead names aims and principles, its first item's first means is 稳定党在农村的基本政策，深化农村改革,
# not economic_incentive for the 多渠道增加投入 that follows; 五（六） services_administration (its lead: 加强基础性研究和高技术
# 研究 after a plan to draft; science as a service), not legal_regulation for the next paragraph's 深化科技和教育体制改革; 五（七）
# economic_incentive — its lead names aims, its first item's first means is 进一步降低关税总水平 (a tax cut), not
# legal_regulation for 深化对外经济贸易体制改革 and the access of services; 六（四） monitoring (完善监督法制, 制约机制, 党内监督、
# 法律监督、群众监督: the supervision of power), not legal_regulation for 深化改革 (of nothing named) nor publicity_education for
# 公开办事制度; 六（五） publicity_education — its lead (解决人民群众…实际问题) names no means, the next sentence's 做好思想政治工作
# does — not enforcement for the later 社会治安 paragraph (依法严厉打击各种犯罪活动) nor organisation_accountability; 七
# publicity_education by its first item (用邓小平理论教育干部和群众, 道德教育), not services_administration as 十二大's 精神文明
# (whose first item was education); 十 publicity_education by its first item 加强党的思想建设 (学习, 武装全党), as 十三大's 六,
# not organisation_accountability.
for anchor, cat in [("调整和完善所有制结构", LR), ("加快推进国有企业改革", LR), ("完善分配结构和分配方式", LR),
                    ("充分发挥市场机制作用", LR), ("加强农业基础地位", LR), ("实施科教兴国战略和可持续发展战略", SA),
                    ("努力提高对外开放水平", EI), ("不断改善人民生活", EI), ("健全民主制度", LR), ("加强法制建设", LR),
                    ("推进机构改革", LR), ("完善民主监督制度", MO), ("维护安定团结", PE),
                    ("有中国特色社会主义的文化建设", PE), ("推进祖国和平统一", None), ("面向新世纪的中国共产党", PE)]:
    add(test9, C15, anchor, "planned", cat)
# SC-37 通知 (国办发〔2018〕117号): 一、–三十、 are the 30 督查激励措施, each rewarding the places that did well in one field, with
# the units of its closing （…负责） as actors (会同有关部门 kept as 有关部门, as SC-39's and SC-05's 等有关部门). The unnumbered
# closing paragraphs (组织实施: 实施办法 due 2018年12月31日前, the yearly lists, the repeal of 国办发〔2016〕82号) are not
# counted, as SC-05's 五、有关要求; no measure's item names a due date (三's 两年之内 is how long a right lasts). All planned.
# Anchors: the opening of each item (对…), which has no heading.
# Categories, by the reward each item gives first, not by the document's domain words (督查, 激励, 考核): money, investment,
# funds tilted (倾斜), land quotas and 优先支持 economic_incentive (rule 6); a simpler filing (三's “直通车”: 不需省级发展
# 改革部门转报, rule 9) and the right to try reforms first (一's and 二十's 优先纳入…改革试点/试验区, 八's and 十二's 先行先试)
# legal_regulation. Close calls: 一 and 二十 legal_regulation (a place admitted to a reform pilot: a status, rule 9), not
# economic_incentive as 十五's 试点示范 (demonstration bases, then 资金 tilted) nor organisation_accountability for a reward of
# units; 八 legal_regulation by its first reward (支持…开展金融改革创新先行先试: support followed by a permission, rule 6), not
# economic_incentive for the 再贷款、再贴现 that follow; 九 economic_incentive (建设用地计划…指标予以奖励，用于支持…项目建设),
# not legal_regulation for a quota of land that may be built on; 三十 monitoring (“免督查”: a change in which places are
# inspected, rule 9's second half), not legal_regulation as an exemption (免于提交) nor organisation_accountability.
SC37_ITEMS = [
    ("对深化商事制度改革成效显著", LR, "市场监管总局"),
    ("对促进外贸、外资稳定增长", EI, "商务部"),
    ("对促进社会投资健康发展", LR, "国家发展改革委"),
    ("对年度固定资产投资保持稳定增长", EI, "国家发展改革委"),
    ("对财政预算执行、提高收入质量", EI, "财政部"),
    ("对公路水路交通建设年度目标任务完成情况好", EI, "交通运输部、财政部"),
    ("对地方水利建设投资落实好", EI, "水利部、国家发展改革委"),
    ("对防范化解金融风险、营造诚实守信金融生态环境", LR, "人民银行、银保监会、证监会"),
    ("对土地节约集约利用成效好", EI, "自然资源部"),
    ("对按时完成高标准农田建设任务且成效显著", EI, "农业农村部"),
    ("对推进农产品流通现代化", EI, "商务部"),
    ("对实施创新驱动发展战略", LR, "科技部"),
    ("对改善地方科研基础条件", EI, "科技部、财政部"),
    ("对在推动“双创”政策落地", EI, "国家发展改革委"),
    ("对促进工业稳增长和转型升级", EI, "工业和信息化部"),
    ("对大力培育发展战略性新兴产业", EI, "国家发展改革委、有关部门"),
    ("对老工业基地调整改造力度较大", EI, "国家发展改革委、有关部门"),
    ("对培育壮大接续替代产业", EI, "国家发展改革委、财政部、有关部门"),
    ("对推进质量工作成效突出", EI, "市场监管总局"),
    ("对校企合作推进力度大", LR, "教育部、有关部门"),
    ("对落实鼓励和支持就业创业政策措施工作力度大", EI, "财政部、人力资源社会保障部"),
    ("对在扶贫开发工作成效考核中认定为完成年度计划", EI, "财政部、国务院扶贫办"),
    ("对易地扶贫搬迁工作积极主动", EI, "国家发展改革委"),
    ("对棚户区改造、农村危房改造工作积极主动", EI, "住房城乡建设部、国家发展改革委、财政部"),
    ("对公立医院综合改革成效较为明显", EI, "国家卫生健康委、财政部"),
    ("对落实养老服务业支持政策积极主动", EI, "国家发展改革委、财政部、民政部"),
    ("对环境治理工程项目推进快", EI, "生态环境部、财政部"),
    ("对河长制湖长制工作推进力度大", EI, "水利部、财政部"),
    ("对开展农村人居环境整治成效明显", EI, "农业农村部、财政部"),
    ("对落实有关重大政策措施成效明显", MO, "国务院办公厅")]
for anchor, cat, actors in SC37_ITEMS:
    add(test9, SC37, anchor, "planned", cat, actors=units(actors))
# SC-41 函 (国办函〔2005〕57号) sends the 国家粮食应急预案, a contingency plan in seven numbered parts whose subsections 2.1 …
# 6.4 are the items: the level-1 measures are the subsections of the operative parts 2 组织机构和职责, 3 预警监测, 4 应急响应,
# 5 应急保障 and 6 后期处置 (17), as an opinion's numbered items under its task and safeguard parts; 1 总则 (purpose, levels,
# scope, 工作原则) is not counted (as 总体要求 and 基本原则), nor 7 附则 (the provinces' own plans, interpretation, entry
# into force). 4's response procedure is kept, as SC-04's 考核程序, because it is what the plan commits the bodies to do.
# No actors: the units are subjects of sentences (国家发展改革委及国家粮食局会同有关部门负责建立…), not a labelled
# lead-unit parenthesis (as SC-12, SC-13, SC-35); no deadline (4.2.1's 最迟不超过4个小时 and 4.2.3's 24小时 are time limits of
# rules, as SC-13's 20个工作日内). All planned. Anchors: a phrase of each subsection's lead sentence, not its heading (市场
# 监测, 粮食储备 …), because the headings are printed twice, in the 目录 and in the text.
# Categories: 2.1, 2.2 organisation_accountability (the command bodies, their members and duties); 3.1, 3.2 monitoring
# (监测预警系统, 应急报告制度); 5.3 and 6.3 economic_incentive (增加投入 in facilities; buying and importing grain to refill
# reserves); 5.5 publicity_education (学习培训 of the departments and drills, rule 6); 6.1 monitoring (评估, rule 7); 6.4
# organisation_accountability (its lead: 补助 for the staff at work, then 表彰和奖励 and sanctions of units and people, rules
# 6 and 7). Close calls: 4.1, 4.2 and 4.3 monitoring by their leads (研究分析; 上报有关情况 and 24小时值班…记录; 报…批准, 启动
# 预案 — naming no means — and 报告有关情况), not economic_incentive for the release of central and local reserves that the
# items go on to (4.2.1 （1）–（3）, 4.3.2), nor legal_regulation for 4.2.2 （4）'s 紧急征用; 4.4 organisation_accountability (which
# body proposes and which approves the end of a response), not legal_regulation; 5.1 economic_incentive (完善…粮食储备制度，
# 保持必要的储备规模: public stocks), not legal_regulation for 5.1.3's minimum stocks required of firms; 5.2
# organisation_accountability (its lead: 主要由省级人民政府…组织实施, 省级人民政府应…建立健全粮食应急保障系统), not
# legal_regulation for the designated firms' duties (5.2.4) nor economic_incentive for 5.2.1's 扶持; 5.4 organisation_accountability
# (departments give the command's office their contacts: coordination inside government), not monitoring nor
# services_administration; 6.2 economic_incentive (价差、贷款利息和费用开支…清算: the money), not monitoring for the 审核 before it.
for anchor, cat in [("总指挥：国家发展改革委主要负责人", OA), ("比照国家粮食应急工作指挥部", OA),
                    ("负责建立全国粮食监测预警系统", MO), ("建立国家粮食市场异常波动应急报告制度", MO),
                    ("有关省级粮食应急工作指挥部应立即进行研究分析", MO), ("国家粮食应急工作指挥部必须按照本预案的规定", MO),
                    ("由省级粮食应急工作指挥部报同级人民政府批准后", MO), ("粮食应急状态消除后", OA),
                    ("完善中央和地方粮食储备制度", EI), ("有关应急粮源的加工、运输及成品粮供应", OA),
                    ("中央和地方各级政府要增加投入", EI), ("提供准确有效的通信联络方式", OA), ("粮食应急预案的学习培训", PE),
                    ("对应急处理的效果进行评估", MO), ("对应急动用中央储备粮发生的价差", EI),
                    ("根据应急状态下对粮食的需要和动用等情况", EI), ("对参加应急工作的人员", OA)]:
    add(test9, SC41, anchor, "planned", cat)

# --- test10 --------------------------------------------------------------------------------------
# A tenth test half (2026-12-06, eleventh session), held out: marked by a helper who does no tuning, by reading the raw
# text only, before `zhili measures` was run on these files; the measures first (their headlines and lead sentences
# written to /work/coord/test10-headlines.md for a blind second coder), the categories afterwards, by the codebook as on
# main at 36cb299 (tie-break rules 1–10).
R1955 = "1955年中华人民共和国国务院政府工作报告.txt"
R1979 = "1979年中华人民共和国国务院政府工作报告.txt"
R2007 = "2007年中华人民共和国国务院政府工作报告.txt"
R2023 = "2023年中华人民共和国国务院政府工作报告.txt"
C18 = "坚定不移沿着中国特色社会主义道路前进_为全面建成小康社会而奋斗_(十八大).txt"
SC18 = "18-国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知.html"
SC20 = "20-国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知.html"
test10 = []
# 1955: the report on the first five-year plan (李富春), in four parts. 一 (the general task of the transition period) and
# 二 (the plan's outline: investment totals and output targets) are background and targets; 四 (为完成和超额完成第一个五年
# 计划而奋斗) reviews 1953–54 and closes with appeals to each class and group — none counted. 三、第一个五年计划的若干问题
# （一）–（八） are the level-1 tasks (their 第一，…第六， and 一、…五、 are items, as 1983's （一）–（四）); （九）关于苏联和各人民民主
# 国家同我国建设的关系 (Soviet aid) is left out as foreign policy. All planned (the plan is to run to 1957); no actors; no
# deadline (五年内, 在第一个五年计划期间 are the plan's period, 今后三年内 in （八） a rule's time limit). Anchors: the headings.
# Categories: （一） economic_incentive (its lead only announces questions; its first item is the scale of investment);
# （三） legal_regulation (its first item, 农业的合作化: organising co-operatives, the ownership system, as 1960's 人民公社制度);
# （四） legal_regulation (state capitalism as the form of transforming private ownership, 遵守国家法律); （六）
# services_administration (higher and secondary technical schools, 业余学校). Close calls: （二） economic_incentive — its
# first item 增产和节约工业原料 plans the output of crops and raw materials (the allocation of production, as 1958's sector
# tasks and 1960's 安排生产布局), not legal_regulation for the contracts between firms in 第二; （五） economic_incentive — the
# plan's first stabilising measure 继续保持财政收支的平衡，增加财政和物资的后备力量 (budget and reserves), not legal_regulation for
# 计划收购和计划供应 (rationing), which comes third; （七） economic_incentive by rule 4 (income and living standards first: 关心
# 人民群众的生活, 增加日常消费品的生产量), though the part mostly explains why the targets cannot be raised (a close call
# whether it is a task at all); （八） economic_incentive — its first item 大大地削减非生产性建设的支出 (cutting spending), not
# legal_regulation for the 节约制度 of its lead and the 国务院规定 of 造价 cuts (where 1958's 厉行节约 was legal_regulation by
# its first item's 设计规范 and 造价标准).
for anchor, cat in [("关于工业和运输业的基本建设问题", EI), ("关于工业的生产问题", EI), ("关于农业的增产问题", LR),
                    ("关于对资本主义工商业的社会主义改造问题", LR), ("关于保证市场的稳定问题", EI),
                    ("关于培养建设干部问题", SA), ("关于提高人民的物质生活和文化生活的水平问题", EI),
                    ("关于厉行节约问题", EI)]:
    add(test10, R1955, anchor, "planned", cat)
# 1979: 一、伟大的历史性转变 reviews outcomes (its 第一，第二， are the understanding of class struggle: principles) — not
# counted. 二、打好四个现代化的第一个战役: the 调整、改革、整顿、提高 方针 and the three years' requirements （一）–（五） (targets:
# 要努力达到下列几项主要要求) are not tasks; the 十项工作 第一、–第十、 are the planned level-1 tasks. 三、加强社会主义民主和
# 社会主义法制 has no numbered items: one planned task (as 1983's 关于政法工作, 十三大's 六). 四、反对霸权主义、维护世界和平
# (foreign policy, Taiwan) is left out. No actors; no deadline (集中三年的时间 is the 方针's period). Anchors: the lead clause
# of each 第n、 paragraph.
# Categories: 第二 economic_incentive (优先保证供应 of fuel and materials, the raised investment share); 第三 economic_incentive
# (增产, 技术改造, new mines); 第四 economic_incentive (the scale and order of investment); 第五 services_administration;
# 第七 legal_regulation (reform, rule 5); 第八 economic_incentive (raised purchase prices); 第九 economic_incentive (income,
# rule 4); 三 legal_regulation (as 1983's 关于政法工作 and 2008's 加强社会主义民主法制建设: 组织法, 职工代表大会制度, 规章条例).
# Close calls: 第一 legal_regulation — its lead is a stance, then the 基本政策 listed in one sentence: 稳定三级所有、队为基础的
# 制度，保护和尊重社队的所有权和自主权, 允许社员经营少量自留地… (the ownership system and permissions, as 1960's 人民公社制度;
# the sentence's opening clause 继续肃清…极左路线的流毒 read as the stance that frames them, not publicity_education by a
# strict rule 3), then 农村人民公社工作条例, not economic_incentive for the investment and purchase prices that follow;
# 第六 economic_incentive — 有选择地引进…先进技术 and 吸收国外资金 (buying technology, foreign capital), not legal_regulation for
# the 中外合资经营企业法 that follows; 第十 publicity_education by rule 3 — the lead's list 思想教育工作、卫生技术工作和幼儿保健工作
# begins with persuasion, not economic_incentive for the rewards to one-child couples that follow.
for anchor, cat in [("坚持贯彻以农业为基础的指导思想", LR), ("采取坚决有力的措施，加快轻纺工业的发展", EI),
                    ("切实加强煤炭、石油、电力、交通运输和建筑材料工业", EI), ("坚决缩短基本建设战线、努力提高投资效果", EI),
                    ("积极发展科学教育文化事业，加速培养建设人才", SA), ("继续做好技术引进工作，积极利用国外资金", EI),
                    ("认真做好经济管理体制的改革工作", LR), ("对某些不合理的价格作必要的调整", EI),
                    ("在发展生产的基础上，逐步提高人民的生活水平", EI), ("进一步做好计划生育工作，切实控制人口的增长", PE),
                    ("加强社会主义民主和社会主义法制", LR)]:
    add(test10, R1979, anchor, "planned", cat)
# 2007: 一、2006年工作回顾 — the —— lines are outcomes; 一年来的主要工作是： （一）–（七） are the measures taken (done); the
# problems 一是…四是 are not counted. 二、2007年工作总体部署: targets and the 政策原则 一是… (principles) — not counted. The plan:
# 三's （一）–（五） (its （三） has lost its heading in the corpus text: the paragraph 今年要把节能降耗、保护环境和节约集约用地作为
# 转变经济增长方式的突破口… after （二）'s paragraphs is the item, anchored on that sentence — a doubtful case, since the text
# itself carries no number), 四's （一）–（五）, and 五、深化改革和扩大开放 and 六、加强政府自身改革和建设 (unnumbered items) as one
# task each, as 2004's 加强政府自身建设; the closing paragraphs on defence, Hong Kong, Macao, Taiwan and diplomacy are not
# counted. No actors; no deadline. Anchors: the headings (the review's 加强和改善宏观调控 also ends the plan's 坚持加强和改善宏观
# 调控, which comes later).
# Categories, review: （二） economic_incentive (中央财政用于“三农”支出, 补贴); （四） legal_regulation; （六） economic_incentive
# (就业再就业资金); （七） legal_regulation (法律议案, 行政法规). Close calls: （一） legal_regulation — its first measure is
# 加强土地调控，从紧控制新增建设用地 (a gate on land), not economic_incentive for the interest and reserve-ratio rises that
# follow; （三） economic_incentive — after a policy drafted (no means), 开展…设备自主化工作，启动…重大专项 (state projects), not
# legal_regulation for the 11 industries' structural policies and closures; （五） economic_incentive by its lead 增加社会事业
# 的投入 (the money, rule 1a, as 2019's （十）), not services_administration for science, education and health.
# Plan: （一） economic_incentive (稳健的财政政策: deficit and bonds first); （三） legal_regulation (一是完善并严格执行能耗和环保
# 标准, rule 8); （五） economic_incentive (基础设施 of the western plan, 加大…支持力度); 四（一） services_administration
# (education first, rule 4); 四（二） economic_incentive (jobs: 财政、税收和金融政策); 四（四） legal_regulation; 五 legal_regulation
# (深化国有企业改革); 六 legal_regulation (its first item 完善宏观调控体制…深入推进行政审批制度改革, rule 5). Close calls: （二）
# economic_incentive — the lead names aims, the first item 稳定发展粮食生产 (保护好基本农田, 稳定粮食播种面积) names output, the
# next paragraph's 支农惠农政策 and subsidies the means, not legal_regulation for the farmland protection nor monitoring for
# 粮食安全预警; （四） legal_regulation by rule 3 — 从改革体制、加大投入、完善政策等方面，鼓励和支持服务业 (the first of the
# means listed after the 鼓励, rule 6), not economic_incentive; 四（三） organisation_accountability — its lead is an aim, then
# a 方针 and 完善安全生产体制 (rule 2), then 切实落实责任制, not enforcement for 整顿关闭 and 依法打击 nor monitoring;
# 四（五） enforcement — after mechanisms to build (rule 2), 依照法律和政策及时解决…问题，坚决纠正…损害群众利益的行为, not
# publicity_education as 十五大's 维护安定团结 (whose first means was 思想政治工作).
for anchor, cat in [("加强和改善宏观调控", LR), ("加大“三农”工作力度", EI), ("加快经济结构调整", EI),
                    ("积极推进改革开放", LR), ("大力发展社会事业", EI), ("努力做好就业和社会保障工作", EI),
                    ("继续加强民主法制建设", LR)]:
    add(test10, R2007, anchor, "done", cat)
for anchor, cat in [("坚持加强和改善宏观调控", EI), ("发展现代农业和推进社会主义新农村建设", EI),
                    ("今年要把节能降耗、保护环境和节约集约用地作为转变经济增长方式的突破口", LR),
                    ("加快推进产业结构升级和自主创新", LR), ("进一步推动区域协调发展", EI),
                    ("加快教育、卫生、文化、体育等社会事业发展", SA), ("加强就业和社会保障工作", EI),
                    ("强化安全生产工作和整顿规范市场秩序", OA), ("推进社会主义民主法制建设", LR), ("维护社会安定和谐", EN),
                    ("深化改革和扩大开放", LR), ("加强政府自身改革和建设", LR)]:
    add(test10, R2007, anchor, "planned", cat)
# 2023: 一、过去一年和五年工作回顾 — the past year's 针对…，… paragraphs are actions but unnumbered (a doubtful case: left
# out, as the review's unnumbered paragraphs elsewhere), the five-year outcomes are not counted; 五年来…主要做了以下工作
# （一）–（十） are the measures taken (done); the unnumbered paragraphs on party discipline, nationalities, defence, Hong Kong,
# Macao, Taiwan and diplomacy are not counted. 二、对今年政府工作的建议: targets and the unnumbered policy paragraphs (积极的财政
# 政策要加力提效 …, 疫情防控) are not counted; 下面简述几项重点 （一）–（八） are planned; the closing 进一步加强政府自身建设
# paragraph and the paragraphs on nationalities, defence, Hong Kong, Macao, Taiwan and diplomacy are unnumbered and not
# counted. No actors; no deadline. Anchors: the first clause of each heading.
# Categories, review: （一） economic_incentive (统筹运用财政货币等政策, 支持市场主体纾困); （二） economic_incentive (政策倾斜
# 支持, 资金投入); （三） legal_regulation; （五） economic_incentive (its lead a strategy; first item: consumption, 居民增收);
# （六） economic_incentive (完善强农惠农政策); （八） enforcement (its lead a stance and rule 2's 制度体系; first item 污染防治).
# Close calls: （四） legal_regulation by its lead's first element 深化供给侧结构性改革 (as 2019's 三是), not
# services_administration for the first item 增强科技创新引领作用; （七） economic_incentive — its lead a strategy, its first
# item 加大出口退税、信保、信贷等政策支持力度, not legal_regulation as 2022's 扩大高水平对外开放 (access); （九） economic_incentive
# by its lead's first means 持续增加民生投入 (as 2019's （十）), not services_administration for the 公共服务 that follows and
# the first item (education); （十） legal_regulation (加强法治政府建设, 推动完善法律法规, 法律议案 and 行政法规, as 2022's 八是),
# not enforcement for 严格规范公正文明执法.
# Plan: （一） economic_incentive (多渠道增加城乡居民收入, 政府投资); （三） legal_regulation (深化国资国企改革); （四）
# legal_regulation (扩大市场准入); （五） legal_regulation (深化金融体制改革, as 2025's 有效防范化解重点领域风险); （七）
# enforcement (深入推进环境污染防治); （八） economic_incentive (住房保障 and 支持…住房需求 first, rule 4). Close calls: （二）
# services_administration — 集中优质资源合力推进关键核心技术攻关 (research, as 2022's 提升科技创新能力), not economic_incentive
# for the industrial chain action; （六） economic_incentive (实施…粮食产能提升行动, farmland infrastructure), not
# legal_regulation for 稳定粮食播种面积 and 耕地保护.
for anchor, cat in [("创新宏观调控，保持经济运行在合理区间", EI), ("如期打赢脱贫攻坚战，巩固拓展脱贫攻坚成果", EI),
                    ("聚焦重点领域和关键环节深化改革", LR), ("深入实施创新驱动发展战略，推动产业结构优化升级", LR),
                    ("扩大国内有效需求，推进区域协调发展和新型城镇化", EI), ("保障国家粮食安全，大力实施乡村振兴战略", EI),
                    ("坚定扩大对外开放，深化互利共赢的国际经贸合作", EI), ("加强生态环境保护，促进绿色低碳发展", EN),
                    ("切实保障和改善民生，加快社会事业发展", EI), ("推进政府依法履职和社会治理创新", LR)]:
    add(test10, R2023, anchor, "done", cat)
for anchor, cat in [("着力扩大国内需求", EI), ("加快建设现代化产业体系", SA), ("切实落实“两个毫不动摇”", LR),
                    ("更大力度吸引和利用外资", LR), ("有效防范化解重大经济金融风险", LR), ("稳定粮食生产和推进乡村振兴", EI),
                    ("推动发展方式绿色转型", EN), ("保障基本民生和发展社会事业", EI)]:
    add(test10, R2023, anchor, "planned", cat)
# 十八大: 一 (the five years' outcomes and the ten years' summary), 二 (the path and theory), 三 (the 2020 goals and
# the reform goals) are not counted. 四 （一）–（五）, 五 （一）–（七）, 六 （一）–（四）, 七 （一）–（六）, 八 （一）–（四） and 十二
# （一）–（八） are the level-1 tasks. 九、加快推进国防和军队现代化 and 十、丰富“一国两制”实践和推进祖国统一 have no numbered
# items: one task each, kept without a category (rule 10), as 十五大's 八 and 1997's 六 (defence kept as the dev 1975's
# 保持警惕…准备打仗; a doubtful case, since 十五大's defence paragraph was not counted — there it was no part of its own);
# 十一 (foreign policy) is left out as 十五大's 九. All planned; no actors; no deadline (九's 力争到二0二0年基本实现机械化 is an
# aim, as 十五大's 到二零一零年). Anchors: the heading of each item or part.
# Categories: 四（一） legal_regulation (rule 5); 四（三） economic_incentive (consumption demand, investment); 四（四）
# economic_incentive (强农惠农富农政策); 五（一）–（五） legal_regulation (people's congresses, consultation and grass-roots
# democracy as institutions, legislation, administrative reform, as 十五大's 六（一）–（三）); 五（六） monitoring (the checks on
# power: 制约和监督, as 十五大's 六（四）); 六（一）, （二） publicity_education; 六（三）, （四） services_administration (文化惠民工程,
# 公共文化服务; 发展…事业, 公共文化工程); 七（一） services_administration; 七（二） economic_incentive (jobs, rule 4); 七（四）
# economic_incentive (the social security system, rule 2's object, rule 4); 十二（一） publicity_education (学习, 党性教育);
# 十二（四） legal_regulation (深化干部人事制度改革, rule 5, as 十三大); 十二（六） organisation_accountability (党建工作责任制);
# 十二（八） organisation_accountability (discipline); 九, 十 null. Close calls: 四（二） legal_regulation by the first means
# after its stances, 深化科技体制改革 (rule 5, as 2019's 四是), not services_administration for 强化基础研究; 四（五）
# legal_regulation — 创新开放模式, opening regions and 开放高地 (access), not economic_incentive for trade policy; 五（七）
# publicity_education — 巩固统一战线的思想政治基础 first, not organisation_accountability for 党外人士担任…领导职务; 七（三）
# legal_regulation by its lead's 深化收入分配制度改革 (rule 5), not economic_incentive by rule 4 (income); 七（五）
# legal_regulation by its lead's 医疗保障、医疗服务、公共卫生、药品供应、监管体制综合改革 (rule 5), not services_administration;
# 七（六） legal_regulation by the first member of 加强社会管理法律、体制机制、能力… (rule 3); 八（一） legal_regulation (控制开发
# 强度, 主体功能定位: zoning); 八（二） legal_regulation (节约管理, 控制能源消费总量, 用途管制: caps and controls), not
# economic_incentive for the support of low-carbon industry; 八（三） economic_incentive (实施重大生态修复工程: public works),
# not enforcement for the 污染防治 that comes later; 八（四） monitoring (纳入…评价体系, 考核办法: assessment, rule 7), not
# legal_regulation for 制度建设; 十二（二） publicity_education (党的群众路线教育实践活动: a campaign), not
# organisation_accountability; 十二（三） organisation_accountability (健全党内民主制度体系: party building, rule 2's object), not
# legal_regulation as the state's democratic institutions; 十二（五） organisation_accountability (党管人才, 人才队伍建设), not
# economic_incentive for 人才培养支持; 十二（七） enforcement (惩治和预防腐败体系, rule 2's object: corruption), not
# publicity_education for 反腐倡廉教育.
for anchor, cat in [("全面深化经济体制改革", LR), ("实施创新驱动发展战略。科技创新是", LR), ("推进经济结构战略性调整", EI),
                    ("推动城乡发展一体化", EI), ("全面提高开放型经济水平", LR),
                    ("支持和保证人民通过人民代表大会行使国家权力", LR), ("健全社会主义协商民主制度", LR),
                    ("完善基层民主制度", LR), ("全面推进依法治国。法治是", LR), ("深化行政体制改革。行政体制改革是", LR),
                    ("健全权力运行制约和监督体系", MO), ("巩固和发展最广泛的爱国统一战线", PE),
                    ("加强社会主义核心价值体系建设", PE), ("全面提高公民道德素质", PE), ("丰富人民精神文化生活", SA),
                    ("增强文化整体实力和竞争力", SA), ("努力办好人民满意的教育", SA), ("推动实现更高质量的就业", EI),
                    ("千方百计增加居民收入", LR), ("统筹推进城乡社会保障体系建设", EI), ("提高人民健康水平", LR),
                    ("加强和创新社会管理。提高社会管理", LR), ("优化国土空间开发格局", LR), ("全面促进资源节约", LR),
                    ("加大自然生态系统和环境保护力度", EI), ("加强生态文明制度建设", MO),
                    ("加快推进国防和军队现代化", None), ("丰富“一国两制”实践和推进祖国统一", None),
                    ("坚定理想信念，坚守共产党人精神追求", PE), ("始终保持党同人民群众的血肉联系", PE),
                    ("积极发展党内民主，增强党的创造活力", OA), ("深化干部人事制度改革，建设高素质执政骨干队伍", LR),
                    ("坚持党管人才原则", OA), ("创新基层党建工作", OA), ("坚定不移反对腐败", EN),
                    ("严明党的纪律，自觉维护党的集中统一", OA)]:
    add(test10, C18, anchor, "planned", cat)
# SC-18 通知 (国办发〔2018〕124号) sends two 规定: 文化体制改革中经营性文化事业单位转制为企业的规定 (一、–九、 with items
# （一）–（三十一）) and 进一步支持文化企业发展的规定 (一、–四、 with items （一）–（二十）), both in this one file
# (document_index 1); their numbered items are the level-1 measures (51), as State Council 57's 若干措施 and 37's
# 督查激励措施; the part headings 一、关于公司制股份制改革 … are groupings. No actors (no unit parentheses; the closing
# paragraph on who names the 转制文化企业 belongs to no item); no deadline: the items' dates are terms of rules (（二十三）
# and （二十四）'s 五年内免征, （二十七）'s 2020年年底前…可免缴 — a window of an exemption, not a due date), as State Council 13's
# time limits. All planned. Anchors: the opening phrase of each item (only （二） has a heading of its own), made distinct
# where the two 规定 repeat a rule (the 划拨土地 items).
# Categories, by what each item makes a firm or a body do, not by the documents' domain words (转制, 支持): tax exemptions,
# funds, subsidies, budgets and support economic_incentive; what a converted firm must or may do (register as a company,
# sign contracts, keep or pay for allocated land, its name, its listing, IP as capital) legal_regulation (rule 9); posts,
# bodies, party organisation and managers' pay tied to assessment organisation_accountability; reports and assessments
# monitoring (rule 7). Close calls: 规定一（四） organisation_accountability (压缩企业管理层级, 投资决策权向三级以上企业集中,
# 减少法人户数: the structure of the firms' organisation), not legal_regulation; （六） legal_regulation (资产清查、资产评估、
# 产权登记 and the approval of major changes: duties of the converting unit, rule 9, as the second 规定's （十六）), not
# monitoring for the records; （九） legal_regulation (国有文化资本授权经营: an institution), not economic_incentive; （十二）
# legal_regulation (转制后执行企业收入分配制度: the firm's pay rules), not organisation_accountability (rule 6's pay of staff is
# of the bodies that carry a measure out); （十五） economic_incentive (medical benefits paid by the old channels, 医疗补助),
# not legal_regulation for the rule that the old arrangements continue; （十六） economic_incentive (纳入当地社会保障体系:
# social security), not legal_regulation; （十七） legal_regulation (可以提前离岗: a permission, rule 9), not economic_incentive
# for the pay kept; （二十七） economic_incentive (免缴国有资本收益: money left with the firm), not legal_regulation as an
# exemption from a filing; （三十一） publicity_education (认真学习贯彻…思想 first, rule 6), not organisation_accountability
# for the party bodies and posts that follow. 规定二（九） legal_regulation (提高行政审批效率, 不得收取…附加费用: the approval
# and the fees a firm faces, rule 9), not monitoring; （十） legal_regulation (鼓励…, then 允许以控股形式参与…改制经营: rule 6's
# means after the 鼓励), not economic_incentive for the support that closes the item; （十二） legal_regulation (创新文化产业
# 投融资体制, rule 5), not economic_incentive; （十四） legal_regulation (研究制定…无形资产的评估、质押、登记…办法, 登记公示制度:
# rules), not economic_incentive for the credit that follows; （十五） monitoring (公共信用综合评价制度, 分类监管: credit
# information about the regulated, rule 8), not economic_incentive for 融资担保; （十九） economic_incentive (文化类建设用地纳入
# …规划, 有效保障…用地需求: land supply, as State Council 37's 九), not legal_regulation for the transition policy.
SC18_ITEMS = [
    ("经营性文化事业单位转制为企业，要依法登记为有限责任公司", LR), ("完善法人治理结构", OA),
    ("从事内容创作生产传播的公司，设立总编辑或艺术总监等专门岗位", OA), ("推进国有文化企业内部资源整合", OA),
    ("建立健全党委和政府监管国有文化资产的管理机构", OA), ("经营性文化事业单位转制为企业，要认真做好资产清查", LR),
    ("国有文化企业依照相关规定定期报告财务状况", MO), ("建立健全文化企业国有资本经营预算制度", EI),
    ("推进国有文化资本授权经营", LR), ("对于清查出的资产损失按规定报经批准后进行核销", LR),
    ("经营性文化事业单位转制涉及的原划拨土地", LR), ("转制后执行企业收入分配制度", LR),
    ("完善国有文化企业负责人薪酬管理机制", OA), ("转制后自企业登记注册的次月起按企业办法参加社会保险", LR),
    ("离休人员的医疗保障继续执行现行办法", EI), ("中央各部门各单位设在地方的出版单位", EI),
    ("对转制时距国家法定退休年龄五年以内的原事业编制内人员", LR), ("自企业登记注册之日起与在职职工全部签订劳动合同", LR),
    ("转制企业应当切实保障职工的合法权益", EI), ("财税部门应认真落实适用于转制企业的现行财税优惠政策", EI),
    ("原事业编制内职工的住房公积金、住房补贴中由财政负担部分", EI), ("同级财政可一次性拨付一定数额的资金", EI),
    ("经营性文化事业单位转制为企业后，五年内免征企业所得税", EI), ("对其自用房产五年内免征房产税", EI),
    ("对经营性文化事业单位转制中资产评估增值", EI), ("党报、党刊将其发行、印刷业务及相应的经营性资产剥离组建的文化企业", EI),
    ("省属重点文化企业可免缴国有资本收益", EI), ("转制后的企业名称，应当符合企业名称登记管理的规定", LR),
    ("转制后须核销事业编制，注销事业单位法人", LR), ("做好党组织设置工作，理顺党组织隶属关系", OA),
    ("转制企业要认真学习贯彻习近平新时代中国特色社会主义思想", PE),
    ("中央财政和地方财政应通过文化产业发展专项资金等现有资金渠道", EI), ("对电影制片企业销售电影拷贝", EI),
    ("对广播电视运营服务企业收取的有线数字电视基本收视维护费", EI),
    ("落实和完善有利于文化内容创意生产、非物质文化遗产项目经营的税收优惠政策", EI),
    ("加大对国家文化出口重点企业和项目扶持力度", EI), ("加大财政对文化科技创新的支持", EI),
    ("通过政府购买、消费补贴等途径", EI), ("认真落实支持现代服务业、中小企业特别是小微企业等发展的有关优惠政策", EI),
    ("对投资兴办文化企业的，有关行政主管部门应当提高行政审批效率", LR),
    ("鼓励和引导社会资本以多种形式投资文化产业", LR), ("鼓励国有文化产业投资基金作为文化产业的战略投资者", EI),
    ("创新文化产业投融资体制", LR), ("通过公司制改建实现投资主体多元化的文化企业", LR),
    ("研究制定知识产权、文化品牌等无形资产的评估", LR), ("探索建立符合文化企业特点的公共信用综合评价制度", MO),
    ("发生分立、合并、重组、改制、撤销等经济行为涉及国有资产", LR), ("文化企业改制涉及的原划拨土地", LR),
    ("利用划拨方式取得的存量房产、土地兴办文化产业的", LR), ("将文化类建设用地纳入城乡规划", EI),
    ("允许投资人以知识产权等无形资产评估作价出资组建文化企业", LR)]
for anchor, cat in SC18_ITEMS:
    add(test10, SC18, anchor, "planned", cat)
# SC-20 通知 (国办发〔1996〕2号) forwards the 国家地震局's report. Its 一、关于我国地震重点监视防御区的确定 (the zones already
# determined: the scope, as a pilot's 试点范围) and 二、关于1996年度地震重点危险区的判定 (the year's forecast) are not actions;
# 三、关于进一步加强我国防震减灾工作的意见's goal paragraph is a target, and its （一）–（六） are the level-1 measures. The
# 通知's own unnumbered paragraphs (support for the earthquake departments, 宣传教育活动) are not counted. All planned; no
# actors (the bodies are subjects of sentences); no deadline (“九五”期间 is the goal's period). Anchors: the opening phrase
# of each item.
# Categories: （三） legal_regulation (立法); （六） publicity_education (宣传教育). Close calls: （一） monitoring — its lead
# builds a 工作体系 and gives the governments their role (rule 2, no means), its next sentence's 加强震情跟踪，抓好短临预报;
# 加强地震监测系统 names the means, not organisation_accountability; （二） economic_incentive — the measures written into
# the national and local economic and social development plans and annual plans (resources allotted), a doubtful case
# where the item names nothing but the planning (rule 2), against organisation_accountability; （四） monitoring (加强工程场地
# 地震安全性评价工作: an evaluation, rule 7), not legal_regulation for the 抗震设防标准 that follow; （五） legal_regulation
# (认真贯彻执行…《破坏性地震应急条例》 first), not organisation_accountability for the 应急预案 and 应急机构.
for anchor, cat in [("进一步健全与完善防震减灾工作体系", MO), ("为使防震减灾工作与国民经济和社会发展相同步", EI),
                    ("进一步加强防震减灾立法工作", LR), ("进一步加强工程场地地震安全性评价工作", MO),
                    ("要认真贯彻执行国务院发布的《破坏性地震应急条例》", LR), ("要进一步加强防震减灾宣传教育", PE)]:
    add(test10, SC20, anchor, "planned", cat)

# --- test11 --------------------------------------------------------------------------------------
# An eleventh test half (2026-12-06, twelfth session), held out: marked by a helper who does no tuning, by reading the raw
# text only, before `zhili measures` was run on these files; the measures first (their headlines and lead sentences
# written to /work/coord/test11-headlines.md for a blind second coder), the categories afterwards, by the codebook as on
# main at 14cac13 (tie-break rules 1–10). Anchors are phrases of each measure's heading or of the first 120 characters of
# its paragraph (where the scorer looks), as written (1954's in the corpus's traditional characters), each found once in
# the whitespace-squeezed text (1993's 三 also stands deep in a paragraph of 二, past those 120 characters).
R1954 = "1954年中华人民共和国国务院政府工作报告.txt"
R1985 = "1985年中华人民共和国国务院政府工作报告.txt"
R1993 = "1993年中华人民共和国国务院政府工作报告.txt"
R2018 = "2018年中华人民共和国国务院政府工作报告.txt"
C17 = "高举中国特色社会主义伟大旗帜，为夺取全面建设小康社会新胜利而奋斗_(十七大).txt"
SC49 = "49-国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报.html"
SC51 = "51-国务院办公厅转发国家地震局关于1997年地震趋势和加强防震减灾工作意见报告的通知.html"
test11 = []
# 1954 (周恩来's first report to the NPC): an unnumbered speech that reviews five years sector by sector and, in the same
# paragraphs, commits the government to the tasks ahead. As 1975's and 1960's, the measures are the paragraphs whose lead
# (or, where the lead reports, whose closing 今後必須… / 應當…) commits the government to a task — all planned, no actors, no
# deadline. Not counted: the opening (the constitution, the first plan's 方針 and outputs), paragraphs of outcomes or
# problems only (industry's 計劃性不足, 浪費, 技術力量 are the problems whose tasks 加强計劃工作… sums up; 少數民族 reports
# only), 商業部門's responsibility paragraph (its lead reports the change in state commerce), the closing appeal to raise
# production (逐步改善人民的物質生活…是…根本性質的任務), and the foreign policy paragraphs. 國防 and 解放台灣 are kept without a
# category, as 1975's. Categories: the production and investment tasks economic_incentive (1955's allocation of
# production); the socialist transformation of agriculture, handicrafts and private firms legal_regulation (co-operatives and
# ownership, as 1955's); 計劃收購和計劃供應 legal_regulation (rationing, as 1955's （五）); the wage system legal_regulation
# (its reform: 供給制 changed to wages). Close calls: 加强計劃工作，加强節約，加强技術管理 economic_incentive (planning the
# allocation, the first of three, against monitoring); 推廣新式農具 services_administration (extension of tools, seeds and
# techniques, against economic_incentive); 保持物價穩定 economic_incentive (an aim with no means: the economic default);
# 科學事業和文化藝術事業 organisation_accountability (its only means is 加强…領導, against the services default); 國家機關
# (both paragraphs) organisation_accountability; 加强國家的公安機關 enforcement (the first of its list, before 立法工作).
for anchor, cat in [("我們必須充分利用原有的工業基地和工業企業", EI), ("加强計劃工作，加强節約，加强技術管理", EI),
                    ("必須逐步實行對農業的社會主義改造", LR), ("還必須在發展合作化的同時有系統地推廣新式農具", SA),
                    ("必須努力發展養畜業", EI), ("在水利方面，國家在過去幾年內修建了很多大規模的水利工程", EI),
                    ("林業對供應建設事業所需木材和防止水旱風沙災害都有重大的意義", EI),
                    ("手工業在我國國民經濟中有重要的作用", LR), ("不斷提高運輸能力以適應國民經濟迅速增長的需要", EI),
                    ("對於重要消費品的計劃供應", LR), ("對資本主義工商業實行社會主義改造是我國過渡時期總任務的一個重要部分", LR),
                    ("財政工作中的迫切任務，是繼續貫徹合理的稅收政策", EI), ("今後國家仍然應當繼續努力，保持物價穩定", EI),
                    ("勞動就業的人數逐年增加", EI), ("工資制度在過去幾年內有了一些改進", LR),
                    ("由於土地改革的完成，農業生産的恢復和發展", EI), ("我們開展了全國規模的羣衆性的愛國衞生運動", SA),
                    ("敎育部門應當首先集中力量發展和改進高等敎育", SA), ("我國的科學事業和文化藝術事業在過去幾年內都有了不小的發展", OA),
                    ("目前我們的國家機關的工作還是有缺點的", OA), ("我們的國家機關工作人員認真地鑽研業務", OA),
                    ("對人民內部實行民主，對人民的敵人實行專政", EN), ("還有其他犯罪分子的各種犯罪行爲", EN),
                    ("必須加强國家的公安機關、檢察機關和審判機關", EN), ("還必須加强國防力量", None),
                    ("中國人民一定要解放台灣", None)]:
    add(test11, R1954, anchor, "planned", cat)
# 1985: （一）关于经济形势 reviews outcomes and problems (no done measure: the reforms it names are results). （二）关于经济体制
# 改革 holds the year's tasks as unnumbered paragraphs under 国务院决定：… (搞活经济 in the countryside and in the cities, the
# two tasks 工资改革 and 价格体系的改革, the control of money, the supervision of prices); its 一、–四、 are the items of the
# price reform and 第一、–第五、 are the points on which 把人们的认识进一步统一起来 (as 1986's 充分认识…, not counted; a close call
# for 第五、纠正各种不正之风). All planned; no actors; no deadline (从今年7月开始算起 is when the new pay counts from).
# Categories: the four reform paragraphs legal_regulation (rule 5); 控制货币的发行量 economic_incentive (consumption funds and
# credit, a close call against monitoring); 加强对市场物价的监督管理 monitoring (its lead; enforcement for the fines that follow).
for anchor, cat in [("在农村，要继续完善家庭联产承包责任制", LR), ("在城市，小企业要继续搞活", LR),
                    ("工资改革，重点是改革现行不合理的工资制度", LR), ("价格体系的改革，经过多方面的权衡比较和认真测算", LR),
                    ("今年的价格改革，是在去年货币发行偏多", EI), ("必须切实加强对市场物价的监督管理", MO)]:
    add(test11, R1985, anchor, "planned", cat)
# 1993: parts 二–六 are the level-1 tasks of the next five years, as 1995's, 1997's and 1999's parts (their bold sentences
# 加强农业的基础地位。… are items); 一 reviews outcomes, and its 必须紧紧抓住… 以下几点 are principles (as 1988's 经验); 七 (foreign
# policy) is left out. All planned; no actors; 四's lead names the one deadline, 用三年时间 (as 十二大's). Categories: 二
# economic_incentive (its lead gives the aims and targets; the first item's 调整农业生产结构 and 增加农业投入); 三 and 四
# legal_regulation (reform); 五 publicity_education (its lead names no means; the first item 精神文明建设: 理论武装, 思想教育); 六 none.
for anchor, cat, deadline in [("争取国民经济再上一个新台阶", EI, None), ("加快建立社会主义市场经济体制的改革步伐", LR, None),
                              ("认真进行行政管理体制和政府机构改革", LR, "用三年时间"),
                              ("以经济建设为中心促进社会全面进步", PE, None), ("积极推进祖国和平统一大业", None, None)]:
    add(test11, R1993, anchor, "planned", cat, deadline=deadline)
# 2018: the five-year review's （一）–（九） after 主要做了以下工作 (done; the —— outcomes before them are not counted) and 三、对2018年
# 政府工作的建议 （一）–（九） (planned); 二's policy paragraphs and the closing 各位代表！ paragraphs (democracy, nationalities,
# defence, Hong Kong and Taiwan, foreign affairs, the government's own building) are unnumbered and not counted. No actors,
# no deadline. Categories (review): （一） economic_incentive (宏观调控, as 2010's); （二） legal_regulation (its lead: 依靠改革);
# （三） legal_regulation (the first means after the strategy: 扩大科研机构和高校科研自主权, a power granted, against the services
# default of 2017's 创新引领); （四） legal_regulation; （五） legal_regulation (free-trade zones, negative lists); （六）
# economic_incentive (plans and key projects); （七） economic_incentive (加大民生投入); （八） enforcement (整治大气污染 after the
# stance 树立…理念); （九） legal_regulation (laws and regulations). Plan: （一） legal_regulation (a close call: the headline's
# 供给侧结构性改革 and the lead's 简政 against the money of 三去一降一补 and 减税减费); （二） services_administration (first item:
# basic research, labs, as 2022's); （三） legal_regulation; （四） organisation_accountability (lead: 明确各方责任); （五）
# legal_regulation (lead: 健全…体制机制, 依靠改革); （六） services_administration (lead: 基本公共服务均等化, rule 4); （七）
# economic_incentive; （八） legal_regulation (opening, market access); （九） economic_incentive (first item jobs, rule 4).
for anchor, cat in [("坚持稳中求进工作总基调，着力创新和完善宏观调控", EI), ("坚持以供给侧结构性改革为主线，着力培育壮大新动能", LR),
                    ("坚持创新引领发展，着力激发社会创造力", LR), ("坚持全面深化改革，着力破除体制机制弊端", LR),
                    ("坚持对外开放的基本国策，着力实现合作共赢", LR), ("坚持实施区域协调发展和新型城镇化战略", EI),
                    ("坚持以人民为中心的发展思想，着力保障和改善民生", EI), ("坚持人与自然和谐发展，着力治理环境污染", EN),
                    ("坚持依法全面履行政府职能，着力加强和创新社会治理", LR)]:
    add(test11, R2018, anchor, "done", cat)
for anchor, cat in [("深入推进供给侧结构性改革", LR), ("加快建设创新型国家", SA), ("深化基础性关键领域改革", LR),
                    ("坚决打好三大攻坚战", OA), ("大力实施乡村振兴战略", LR), ("扎实推进区域协调发展战略", SA),
                    ("积极扩大消费和促进有效投资", EI), ("推动形成全面开放新格局", LR), ("提高保障和改善民生水平", EI)]:
    add(test11, R2018, anchor, "planned", cat)
# 十七大: as 十八大's, the numbered items of 五 (8), 六 (6), 七 (4), 八 (6) and 十二 (6), and 九 (defence) and 十 (unification) as
# one task each without a category; 一 (review), 二 (the reform's history), 三 (科学发展观), 四 (the goals' new requirements)
# and 十一 (foreign policy) are left out. All planned; no actors; no deadline (到2020年 stands in 四's goals, not in an item).
# Anchors: the headings. Categories, by each item's lead after its background sentence: 五（一） economic_incentive (加大对自主
# 创新投入, the first means after a stance and a plan, against the services default of innovation — a close call); 五（二）
# economic_incentive (industries developed; its lead only states aims); 五（三） economic_incentive (以工促农、以城带乡长效机制,
# 加强农村基础设施); 五（四） legal_regulation (完善…法律和政策); 五（五） services_administration (基本公共服务均等化); 五（六）
# legal_regulation; 五（七） legal_regulation (the headline's 体制改革; its lead's public finance system is reformed, not
# funded — a close call); 五（八） legal_regulation (扩大开放领域). 六: （一）–（三）, （五）, （六） legal_regulation (democratic
# institutions, self-government, law, administrative reform, 用制度管权 after the purpose 让权力在阳光下运行), （四）
# organisation_accountability (co-operation with the democratic parties, cadres recommended). 七: （一） and （三）
# publicity_education, （二） and （四） services_administration (新闻出版、广播影视 developed; 创作…文化产品 after stances). 八:
# （一） services_administration; （二） economic_incentive (jobs, rule 4); （三） legal_regulation (收入分配制度改革, rule 5, against
# rule 4's income); （四） economic_incentive; （五） legal_regulation (a close call: 实行政事分开、管办分开、医药分开 is the first means
# of its lead, against the health default); （六） organisation_accountability (党委领导、政府负责… roles, against enforcement). 十二:
# （一） publicity_education; （二） organisation_accountability; （三） legal_regulation (党员民主权利, 党务公开 after them, against
# organisation_accountability); （四） legal_regulation (rule 5, as 十三大's 干部人事制度); （五） organisation_accountability (党员
# 队伍建设); （六） organisation_accountability (作风: its lead's stances, then 反腐倡廉 — a close call against enforcement).
for anchor, cat in [("提高自主创新能力，建设创新型国家", EI), ("加快转变经济发展方式，推动产业结构优化升级", EI),
                    ("统筹城乡发展，推进社会主义新农村建设", EI), ("加强能源资源节约和生态环境保护，增强可持续发展能力", LR),
                    ("推动区域协调发展，优化国土开发格局", SA), ("完善基本经济制度，健全现代市场体系", LR),
                    ("深化财税、金融等体制改革，完善宏观调控体系", LR), ("拓展对外开放广度和深度，提高开放型经济水平", LR),
                    ("扩大人民民主，保证人民当家作主", LR), ("发展基层民主，保障人民享有更多更切实的民主权利", LR),
                    ("全面落实依法治国基本方略，加快建设社会主义法治国家", LR), ("壮大爱国统一战线，团结一切可以团结的力量", OA),
                    ("加快行政管理体制改革，建设服务型政府", LR), ("完善制约和监督机制，保证人民赋予的权力始终用来为人民谋利益", LR),
                    ("建设社会主义核心价值体系，增强社会主义意识形态的吸引力和凝聚力", PE), ("建设和谐文化，培育文明风尚", SA),
                    ("弘扬中华文化，建设中华民族共有精神家园", PE), ("推进文化创新，增强文化发展活力", SA),
                    ("优先发展教育，建设人力资源强国", SA), ("实施扩大就业的发展战略，促进以创业带动就业", EI),
                    ("深化收入分配制度改革，增加城乡居民收入", LR), ("加快建立覆盖城乡居民的社会保障体系，保障人民基本生活", EI),
                    ("建立基本医疗卫生制度，提高全民健康水平", LR), ("完善社会管理，维护社会安定团结", OA),
                    ("开创国防和军队现代化建设新局面", None), ("推进“一国两制”实践和祖国和平统一大业", None),
                    ("深入学习贯彻中国特色社会主义理论体系，着力用马克思主义中国化最新成果武装全党", PE),
                    ("继续加强党的执政能力建设，着力建设高素质领导班子", OA), ("积极推进党内民主建设，着力增强党的团结统一", LR),
                    ("不断深化干部人事制度改革，着力造就高素质干部队伍和人才队伍", LR),
                    ("全面巩固和发展先进性教育活动成果，着力加强基层党的建设", OA), ("切实改进党的作风，着力加强反腐倡廉建设", OA)]:
    add(test11, C17, anchor, "planned", cat)
# SC-49 通报 (国办发〔2004〕7号): the account of the four accidents and of the punishments already given (done by others, the
# findings of the investigation) is not counted; its 如下要求 一、–四、 are the level-1 measures. All planned; no actors (各地区、
# 各部门 and 各级地方人民政府 are subjects of sentences, not lead-unit parentheses); no deadline (限期达标 names none). Categories:
# 一 publicity_education (认识, 思想); 三 enforcement (依法关闭非法…小煤矿, 停产整顿). Close calls: 二 legal_regulation (its lead's
# 健全法制，完善机制 before its first item 落实安全生产责任制, organisation_accountability); 四 organisation_accountability (its lead
# builds supervision bodies and staffs them, against monitoring for the 检查 and 监察 that follow).
for anchor, cat in [("牢固树立“安全第一”思想", PE), ("建立煤矿安全生产长效机制", LR), ("深化煤矿安全生产专项整治", EN),
                    ("加大煤矿安全监管监察工作力度", OA)]:
    add(test11, SC49, anchor, "planned", cat)
# SC-51 通知 (国办发〔1997〕2号) forwards the 国家地震局's report: its 一 (the year's seismic activity and forecast) is not an action;
# 二、加强防震减灾工作的意见's opening is aims, and its （一）–（六） are the level-1 measures, as State Council 20's. The 通知's own
# paragraph (要…制定和进一步完善地震应急预案) is unnumbered and not counted. All planned; no actors; no deadline (尽快, 今年适当时候,
# 通过“九五”期间的努力 are no due dates of a lead). Categories: （二） legal_regulation (落实《破坏性地震应急条例》, as 20's （五）);
# （三） legal_regulation (纳入法制化轨道); （四） publicity_education; （六） organisation_accountability (加强…领导 before 加大投入). Close
# calls: （一） monitoring (a plan to draft and carry out names no means: the risk-control default, as 20's （一）); （五）
# legal_regulation (a demonstration zone designated, as pilot zones; against economic_incentive for the works it implies).
for anchor, cat in [("各地区、各有关部门应按照《国务院办公厅转发国家地震局关于1994年地震趋势和防震减灾工作意见报告的通知》", MO), ("做好《破坏性地震应急条例》和《国家破坏性地震应急预案》的落实工作", LR),
                    ("加强对工程抗震设防工作的管理，尽快将其纳入法制化轨道", LR), ("积极开展防震减灾知识宣传教育", PE),
                    ("建议将首都圈地区建成我国防震减灾十年目标综合示范区", LR), ("各级人民政府要加强防震减灾工作的领导，加大投入力度", OA)]:
    add(test11, SC51, anchor, "planned", cat)

# --- test12 --------------------------------------------------------------------------------------
# A twelfth test half (2026-12-06, thirteenth session), held out: marked by a helper who does no tuning, by reading the raw
# text only, before `zhili measures` was run on these files; the measures first (their headlines and lead sentences
# written to /work/coord/test12-headlines.md for a blind second coder), the categories afterwards, by the codebook as on
# main at 8eba32a (tie-break rules 1–10). Anchors are phrases of each measure's heading or of the first 120 characters of
# its paragraph (where the scorer looks), as written, each found once in the whitespace-squeezed text (where a heading also
# stands in a table of contents or elsewhere, the anchor is a phrase of the lead sentence instead).
R1959 = "1959年中华人民共和国国务院政府工作报告.txt"
R1978 = "1978年中华人民共和国国务院政府工作报告.txt"
R2001 = "2001年中华人民共和国国务院政府工作报告.txt"
R2015 = "2015年中华人民共和国国务院政府工作报告.txt"
C16 = "全面建设小康社会，开创中国特色社会主义事业新局面_(十六大).txt"
SC03 = "03-国务院关于印发国家职业教育改革实施方案的通知.html"
SC52 = "52-国务院办公厅转发国家教委关于内地西藏班（校）扩大规模有关问题请示的通知.html"
test12 = []
# 1959 (周恩来's report in the Great Leap): an unnumbered speech in five parts. 一 (the first plan's and 1958's achievements)
# is outcomes; 二's opening paragraphs are the year's plan and targets (指标, investment, freight and retail totals: not
# counted), and from 为了实现一九五九年的计划，我们应当注意些什么问题呢 on, the paragraphs whose lead (or, where the lead
# reports, whose closing 应当… / 必须…) commits to a task are the measures, as 1954's, 1960's and 1975's; 三 and 四 likewise;
# 五 (foreign policy) is left out. Not counted: 97 (an appeal to overcome difficulties), 99 (favourable conditions), 101 and
# 113 (transitional sentences announcing the paragraphs that follow: 加强集中领导… and 都必须坚持群众路线的工作方法), 三's
# paragraphs of outcomes (140, 142, 144, 154), 四's reasons (第一，–第四，), 203 (a stance: 将继续保持…联盟), the nationalities
# paragraphs (outcomes) and 215, 219, 223, 225 (principles, history and polemic on Tibet). 164 (建立一支…工人阶级知识分子队伍)
# is one task whose 166 and 168 (old and young intellectuals) are items. 217 reports an act of the government (解散原西藏地方
# 政府, its powers to the 筹备委员会): done. 国防 is kept without a category, as 1954's and 1975's. No actors, no deadline.
# Categories: the production, transport and commerce tasks economic_incentive or services_administration by what they
# commit to (allocation and state purchase economic_incentive, as 1954's; organising transport and extending techniques and
# tools services_administration, as 1954's 推廣新式農具); campaigns (大面积丰产的群众运动, 增产节约) publicity_education.
# Close calls: 107 monitoring (its act is checking progress and quality, against organisation_accountability for the
# 加强组织领导工作 that opens it); 109 organisation_accountability (the mass line and 厂长负责制, as 1975's 群众路线); 111
# economic_incentive (small-scale production kept up: the allocation of production, against publicity_education for 群众运动);
# 119 legal_regulation (urban firms stop hiring from the countryside: a rule on what firms may do); 123 legal_regulation (the
# communes' 管理制度, accounts and elected organs: the institution); 125 and 127 services_administration (transport organised,
# against the economic default); 133 publicity_education (the campaign's centre, against economic_incentive for production);
# 158 organisation_accountability (its lead's only means 加强领导, as 1954's 科學事業); 160 publicity_education (rule 6: 鼓励
# followed by a means, 用…作品来教育人民群众); 164 services_administration (培养新知识分子, the first of its lead's two means);
# 199 legal_regulation (the rectification's methods fixed in political life, 定期召开干部会、群众会); 201 and 205
# organisation_accountability (cadres sent down; the united front, as 十七大's); 217 and 221 legal_regulation (the Tibetan
# government dissolved; social reform after consultation) — domestic, so not rule 10's unification.
for anchor, cat in [("在工业战线上，特别需要加强集中领导", OA), ("必须加强组织领导工作，对于生产和建设中的各个环节", MO),
                    ("完成工业计划的最基本的保证，就是要在工作中贯彻执行群众路线的方法", OA),
                    ("工业战线上的小型企业、土法生产的群众运动，应当继续开展", EI), ("开展大面积丰产的群众运动", PE),
                    ("提供了土、肥、水、种、密、保、管、工八个方面的增产技术措施的丰富经验", SA),
                    ("农业的继续大跃进，在没有实现农业机械化以前，需要大量的劳动力", LR),
                    ("在一九五八年开展的农具改革运动，必须继续进行", SA), ("人民公社的巩固，是农业生产顺利发展的前提", LR),
                    ("在运输方面，首先是铁路运输方面", SA), ("运输部门应当提高运输工作的计划性", SA),
                    ("为了保证必要的物资供应，保证市场的继续稳定", EI), ("各级商业机构，应当努力加强农副产品和日用工业品的收购工作", EI),
                    ("群众运动的中心环节都应当是提高劳动生产率", PE),
                    ("在我们的学校里必须认真地进行社会主义、共产主义的思想政治教育", PE),
                    ("已经开始把生产劳动正式列入教育计划", SA), ("我国的教育事业的发展，必须采取普及和提高相结合的办法", SA),
                    ("以除四害、消灭主要疾病为中心的爱国卫生运动", SA), ("在科学技术上，我们现在还是落后的，必须加紧努力", SA),
                    ("社会科学方面的理论研究工作也应当积极发展，加强领导", OA), ("我们应当鼓励专业的文学家、艺术家", PE),
                    ("为了科学和艺术的健全发展，应当在为社会主义服务的基础上贯彻执行", PE),
                    ("建立一支成千万人的工人阶级知识分子队伍", SA), ("现在还有极少数反革命分子，必须继续加以肃清", EN),
                    ("我们必须继续巩固国防，加强国防建设", None), ("由于毛泽东主席所提出的正确处理人民内部矛盾的方针的逐步贯彻执行", LR),
                    ("在过去一年中，国家工作人员在深入群众方面有了显著的进步", OA),
                    ("经过反右派斗争以后，在各民主党派成员和民族资产阶级分子中间", OA)]:
    add(test12, R1959, anchor, "planned", cat)
add(test12, R1959, "政府已经命令解散原西藏地方政府", "done", LR)
add(test12, R1959, "现在，西藏的局势已经完全在人民解放军西藏军区和西藏自治区筹备委员会的控制之下", "planned", LR)
# 1978 (华国锋's report to the fifth NPC): six parts. 一 (three years' struggle and the new period's general task) is review
# and outlook, not counted; 六 (foreign policy) is left out. 三、加快社会主义经济建设's 第一，–第六， are the numbered tasks
# (the ten-year plan's targets before them are not); 二, 四 and 五 are unnumbered parts, each one task (as 十七大's 九 and
# 十), their unheaded paragraphs its items. All planned; no actors; no deadline (八年内, 两、三年内 are in items, and
# 到一九八五年 is a target). The headings of 二, 四 and 五 stand in the opening 报告分六个部分 too, so their anchors are phrases
# of the lead. Categories: 二 publicity_education (揭批 campaign, as 1975's 批林批孔); 第一 economic_incentive (its lead: 各行各业
# 都要大力支援农业, rule 6); 第二 economic_incentive (no means in the lead; the first item's 地质工作 and the area default);
# 第三 economic_incentive (支援工农业生产, supply); 第四 publicity_education (劳动竞赛, 比学赶帮超 campaign); 四
# services_administration (its first item science, 科学研究工作要…全面规划); 五 organisation_accountability (强化…国家机器,
# first item the 革命委员会). Close calls: 第五 economic_incentive (planning the allocation of 人力、物力和财力, as 1954's
# 加强計劃工作, against legal_regulation for the division of powers in its headline and its 责任制); 第六 publicity_education (its
# lead after the principle: 坚持无产阶级政治挂帅，加强思想政治工作，教育人们…, rule 1a, against legal_regulation for the pay
# rules that follow and rule 4's income).
for anchor, cat in [("我国人民当前和今后一个时期的头等大事", PE), ("全国动员，大办农业", EI),
                    ("加快发展基础工业，发挥工业的主导作用", EI), ("搞好商业工作，发展对外贸易", EI),
                    ("开展社会主义劳动竞赛，大搞技术革新和技术革命", PE), ("加强统一计划，发挥中央和地方两个积极性", EI),
                    ("坚持各尽所能、按劳分配原则，逐步改善人民生活", PE),
                    ("随着经济建设新高潮的到来，一定会出现一个文化建设的新高潮", SA),
                    ("必须进一步强化无产阶级专政的国家机器", OA)]:
    add(test12, R1978, anchor, "planned", cat)
# 2001 (the report on the tenth five-year plan): parts 三–十 are the level-1 tasks of the five years, as 1993's, 1997's and
# 1999's parts (their bold sentences 加快农业和农村经济结构调整。… are items). 一 reviews outcomes under bold lines; its
# 第一，–第四， are 经验 of macro management (坚持用发展的办法…, 正确处理改革、发展、稳定的关系 — principles, as 1988's and
# 1993's, a close call since 第二 and 第三 tell what was done); 二 is goals and guiding principles; the Hong Kong, Taiwan and
# foreign-policy paragraphs after 十 are unnumbered and not counted; 十 (精神文明、民主法制、国防) is one task. All planned; no
# actors; 五's lead names the one deadline, 五到十年内 (力争五到十年内取得突破性进展). Categories: 三 economic_incentive (first
# item: structural adjustment, no means; the economic default); 四 economic_incentive (支持一批重点企业技术改造); 五
# economic_incentive (infrastructure); 六 services_administration; 七 legal_regulation; 八 economic_incentive (first item:
# pensions and living allowances paid, rule 4); 十 publicity_education (精神文明: 用…理论教育人民). Close call: 九
# economic_incentive (its first item 计划生育's first means, 利益导向机制, against organisation_accountability for the 领导
# 责任制 after it and enforcement for the area of its later items).
for anchor, cat, deadline in [("加强农业基础地位，努力增加农民收入", EI, None), ("大力推进产业结构优化升级", EI, None),
                              ("实施西部大开发，促进地区协调发展", EI, "五到十年内"), ("落实科教兴国战略，大力开发人才资源", SA, None),
                              ("进一步深化改革和扩大对外开放", LR, None), ("不断改善人民生活，完善社会保障制度", EI, None),
                              ("继续实施可持续发展战略", EI, None), ("加强精神文明和民主法制建设，加强国防建设", PE, None)]:
    add(test12, R2001, anchor, "planned", cat, deadline=deadline)
# 2015: the review's 一是…五是 after 主要做了以下工作 (done; the bold sentences under them are items) and the plan's parts 三–六
# (planned; their bold sentences are items, as 1993's parts); 二's 要把握好以下三点 第一，–第三， are policy directions (as 2014's),
# not counted, and the closing 各位代表！ paragraphs (nationalities, religion, defence, Hong Kong and Taiwan, foreign affairs)
# are unnumbered. The corpus text repeats the paragraph 加大简政放权、放管结合改革力度 (twice in 三). No actors, no deadline.
# Categories (review): 一是 economic_incentive (宏观政策, 定向减税); 二是 legal_regulation; 三是 economic_incentive (first item:
# 加大强农惠农富农政策力度); 四是 economic_incentive (持续增加民生投入). Plan: 三 legal_regulation; 四 economic_incentive (first
# item: 鼓励大众消费, rule 6). Close calls: 五是 monitoring (its lead's first means, 强化源头防范, after acts that name none,
# against organisation_accountability as 2014's 五是); 五 legal_regulation (its lead's 改革完善收入分配制度 after the area 社会事业,
# rule 1a and 5, against economic_incentive by the first item's jobs); 六 legal_regulation (the lead names aims — 依法治国 a
# strategy, 法治政府… — so its first item decides: 依宪施政，依法行政; against the organisation default of government building).
for anchor, cat in [("在区间调控基础上实施定向调控，保持经济稳定增长", EI), ("深化改革开放，激发经济社会发展活力", LR),
                    ("加大结构调整力度，增强发展后劲", EI), ("织密织牢民生保障网，增进人民福祉", EI),
                    ("创新社会治理，促进和谐稳定", MO)]:
    add(test12, R2015, anchor, "done", cat)
for anchor, cat in [("把改革开放扎实推向纵深", LR), ("协调推动经济稳定增长和结构优化", EI), ("持续推进民生改善和社会建设", LR),
                    ("切实加强政府自身建设", LR)]:
    add(test12, R2015, anchor, "planned", cat)
# 十六大: as 十七大's and 十八大's, the numbered items of 四 (8), 五 (9), 六 (6) and 十 (6), and 七 (defence) and 八 (the one
# country, two systems and unification) as one task each without a category; 一 (five years' work and thirteen years'
# experience), 二 (“三个代表”), 三 (the goals) and 九 (foreign policy) are left out. All planned; no actors. Deadlines: 四（三）
# 十年内 (争取十年内取得突破性进展) and 五（二） 到二０一０年 (形成中国特色社会主义法律体系), as written in each lead. 七's and 八's
# anchors are phrases of their first paragraphs (their headings recur in the text). Categories: 四（一） economic_incentive
# (industries developed, no means: the economic default, as 十七大's 五（二）); 四（三） economic_incentive (infrastructure);
# 四（四）–（七） legal_regulation (basic economic system, market system, 分配制度改革, opening); 四（八） economic_incentive (jobs);
# 五（一）–（七） legal_regulation (democratic institutions, law, reform of the party's ways of leading, of decision-making,
# administration, justice and cadres, rule 5); 六（一）–（三） publicity_education; 六（四） services_administration; 六（六）
# legal_regulation; 十（一） publicity_education; 十（三） legal_regulation (党员民主权利, as 十七大's); 十（四）, （五）
# organisation_accountability. Close calls: 四（二） economic_incentive (its lead names aims and a 质量安全体系 after them; the
# economic default, as 十七大's 五（三）); 五（八） monitoring (加强对权力的监督 after a 权力运行机制 to be built, against
# 十七大's legal_regulation for 用制度管权); 五（九） publicity_education (its lead's first means 加强思想政治工作, against
# enforcement for the 打击犯罪 that follows); 六（五） economic_incentive (国家支持和保障, 扶持…, rule 6, against the services
# default of culture); 十（二） organisation_accountability (leaders' abilities, no study programme named); 十（六）
# publicity_education (一靠教育，二靠制度, the first means, against enforcement for its headline's 反腐败斗争 and
# organisation_accountability as 十七大's 作风).
for anchor, cat, deadline in [("走新型工业化道路，大力实施科教兴国战略和可持续发展战略", EI, None),
                              ("全面繁荣农村经济，加快城镇化进程", EI, None), ("积极推进西部大开发，促进区域经济协调发展", EI, "十年内"),
                              ("坚持和完善基本经济制度，深化国有资产管理体制改革", LR, None),
                              ("健全现代市场体系，加强和完善宏观调控", LR, None), ("深化分配制度改革，健全社会保障体系", LR, None),
                              ("坚持“引进来”和“走出去”相结合，全面提高对外开放水平", LR, None),
                              ("千方百计扩大就业，不断改善人民生活", EI, None),
                              ("坚持和完善社会主义民主制度", LR, None), ("加强社会主义法制建设", LR, "到二０一０年"),
                              ("改革和完善党的领导方式和执政方式。这对于推进社会主义民主政治建设", LR, None), ("改革和完善决策机制", LR, None),
                              ("深化行政管理体制改革", LR, None), ("推进司法体制改革", LR, None), ("深化干部人事制度改革", LR, None),
                              ("加强对权力的制约和监督", MO, None), ("维护社会稳定。完成改革和发展的繁重任务", PE, None),
                              ("牢牢把握先进文化的前进方向", PE, None), ("坚持弘扬和培育民族精神", PE, None),
                              ("切实加强思想道德建设", PE, None), ("大力发展教育和科学事业", SA, None),
                              ("积极发展文化事业和文化产业", EI, None), ("继续深化文化体制改革", LR, None),
                              ("建立巩固的国防是我国现代化建设的战略任务", None, None),
                              ("实现祖国的完全统一，是海内外中华儿女的共同心愿", None, None),
                              ("深入学习贯彻“三个代表”重要思想，提高全党的马克思主义理论水平", PE, None),
                              ("加强党的执政能力建设，提高党的领导水平和执政水平", OA, None),
                              ("坚持和健全民主集中制，增强党的活力和团结统一", LR, None),
                              ("建设高素质的领导干部队伍，形成朝气蓬勃、奋发有为的领导层", OA, None),
                              ("切实做好基层党建工作，增强党的阶级基础和扩大党的群众基础", OA, None),
                              ("加强和改进党的作风建设，深入开展反腐败斗争", PE, None)]:
    add(test12, C16, anchor, "planned", cat, deadline=deadline)
# SC-03 实施方案 (国发〔2019〕4号): the numbered items （一）–（二十） under 一、–七、; the opening's 总体要求与目标 and 具体指标 (到2022年…)
# are not counted. All planned. No lead-unit parentheses (（六）'s （技工院校内由人力资源社会保障行政部门负责） is a clause of
# the text), so actors are null. Deadlines: only （十三）'s lead paragraph names a due date, 2020年 (2020年初步建成300个示范性
# 职业教育集团); 从2019年起, 自2019年开始 and 2020年起 are starting dates, not due dates. Categories: standards legal_regulation
# (（一）, （五）, rule 8); reforms and requirements legal_regulation (（六） 1+X 证书制度 reform, （十） what schools and firms shall
# do, （十三） “放管服”改革, （十四） 放宽准入); schools and teaching services_administration (（二）–（四）, （九）); （八）
# services_administration (a 学分银行 and personal learning accounts serving the learners, rule 8); （十五） and （十六）
# economic_incentive (支持…提升待遇, rule 6; funding); （十七） monitoring (evaluation and 督导评估, rule 7); （十二）
# organisation_accountability (teachers' recruitment and qualifications, rule 6); （二十） organisation_accountability (a
# coordinating body and the roles of departments). Close calls: （七） services_administration (training given by schools as an
# education service, neither paid by subsidies nor study of officials — rule 6 names neither; against legal_regulation for
# its lead's 法定职责); （十一） economic_incentive (加大政策引导力度 to build training bases: support, against services); （十八）
# organisation_accountability (an advisory body set up, against economic_incentive for its headline's 支持); （十九）
# publicity_education (its lead: 以…思想…武装头脑, as 十七大's 十二（一）, against organisation_accountability for 加强党的领导).
for anchor, cat, deadline in [("健全国家职业教育制度框架", LR, None), ("提高中等职业教育发展水平", SA, None),
                              ("推进高等职业教育高质量发展", SA, None), ("完善高层次应用型人才培养体系", SA, None),
                              ("完善教育教学相关标准", LR, None), ("深化复合型技术技能人才培养培训模式改革", LR, None),
                              ("开展高质量职业培训", SA, None), ("实现学习成果的认定、积累和转换", SA, None),
                              ("坚持知行合一、工学结合", SA, None), ("推动校企全面加强深度合作", LR, None),
                              ("打造一批高水平实训基地", EI, None), ("多措并举打造“双师型”教师队伍", OA, None),
                              ("推动企业和社会力量举办高质量职业教育", LR, "2020年"), ("做优职业教育培训评价组织", LR, None),
                              ("提高技术技能人才待遇水平", EI, None), ("健全经费投入机制", EI, None),
                              ("建立健全职业教育质量评价和督导评估制度", MO, None), ("支持组建国家职业教育指导咨询委员会", OA, None),
                              ("加强党对职业教育工作的全面领导", PE, None), ("完善国务院职业教育工作部际联席会议制度", OA, None)]:
    add(test12, SC03, anchor, "planned", cat, deadline=deadline)
# SC-52 通知 (国办发〔1996〕32号) forwards the 国家教委's request: its 一、–三、 hold numbered items, which are the level-1 measures
# (as State Council 04's parts), 2 + 4 + 3; 三's opening paragraph (援藏办学…长期的政治任务) is the part's lead, the 通知's own
# paragraph (请你们把继续办好内地西藏班（校）作为一项政治任务) and the attached enrolment table are not counted. All planned; no
# lead-unit parentheses (actors null); one deadline, 一（一）'s 至1998年 (至1998年达到2000名的招生规模). Categories: 一's items
# services_administration (school places and further schooling); 二's items economic_incentive (funds, building subsidies,
# students' costs, investment first in 二（四）); 三's items organisation_accountability (responsibility, leadership, a named
# official).
for anchor, cat, deadline in [("以1995年实招人数1445名为基数", SA, "至1998年"), ("内地西藏初中班（校）学生毕业后", SA, None),
                              ("所需的正常经费、基建投资、开办费等", EI, None), ("国家将对承担内地西藏初中班（校）扩招任务的省（市）给予适当基建补助经费", EI, None),
                              ("西藏自治区人民政府要按照国办发〔1993〕71号文件的规定", EI, None),
                              ("对必要的基本建设、资金投入、干部教师配备等给予优先考虑", EI, None),
                              ("加强政府的责任", OA, None), ("加强援藏办学工作的领导", OA, None),
                              ("各有关省（市）教育主管部门要明确一位负责同志分管内地西藏班（校）工作", OA, None)]:
    add(test12, SC52, anchor, "planned", cat, deadline=deadline)

# --- test13 --------------------------------------------------------------------------------------
# A thirteenth test half (2026-12-06), held out in the fourteenth session: marked by a helper who does no tuning, by reading
# the raw text only, before `zhili measures` was run on these files; the measures first (their headlines and lead sentences
# written to /work/coord/test13-headlines.md for a blind second coder), the categories afterwards, by the codebook as on
# main at 96a396f (tie-break rules 1–10). Anchors are phrases of each measure's heading or of the first 120 characters of
# its paragraph (where the scorer looks), as written, each found once in the whitespace-squeezed text (where a heading also
# stands elsewhere, the anchor takes the lead sentence's opening after it, or is a phrase of the lead sentence instead).
R1964 = "1964年中华人民共和国国务院政府工作报告（摘要）.txt"
R1998 = "1998年中华人民共和国国务院政府工作报告.txt"
R2005 = "2005年中华人民共和国国务院政府工作报告.txt"
R2009 = "2009年中华人民共和国国务院政府工作报告.txt"
C19 = "决胜全面建成小康社会_夺取新时代中国特色社会主义伟大胜利_(十九大).txt"
SC19 = "19-国务院办公厅、中央军委办公厅关于加强对侵华日军遗弃化学武器调查和管理工作的通知.html"
SC56 = "56-国务院办公厅关于对国务院第五次大督查发现的典型经验做法给予表扬的通报.html"
test13 = []
# 1964 (周恩来's report to the third NPC, as the corpus has it: a 摘要 in reported speech under subheadings). Three parts:
# 国民经济的成就和今后的建设任务, 社会主义革命和人民民主统一战线, 国际形势和我国对外工作 (foreign policy, left out).
# Part one: the review's 第一，–第四， are outcomes (农业生产…达到了…水平), the national defence paragraph and the
# 自力更生 and 总结经验 paragraphs are outcomes and lessons, and 1965's main task (在…社会主义教育运动的基础上，大力组织工农业
# 生产的新高潮…) is the general task; the year's sector paragraphs after it (agriculture, industry, capital construction,
# commerce, education, budget), each committing to a task (我们要…, 要…, 应当…, 要求…), are the measures, as 1959's
# paragraphs. 今后发展国民经济中应当注意的几个问题 第一，–第四， are points to attend to (正确处理…的关系 twice, 实行技术
# 革命, 实行集中领导同大搞群众运动相结合: principles and methods, as 1964's own heading says, and as 1988's 正确处理…关系 and
# 2014's and 2015's directions), not counted — a close call for 第三 and 第四; the unnumbered 勤俭建国 paragraph after them,
# whose next paragraph calls a 1965 增产节约运动, is a measure. Part two: its four subheaded sections (社会主义教育运动, 文化
# 革命, 人民民主统一战线, 各级领导机关…革命化) are one task each (their paragraphs are items, as 1978's unnumbered parts),
# anchored on the opening of their first paragraph (the subheadings are summaries set as separate lines); the two
# removals from office the State Council decided or approved (达赖, 班禅) are done measures, as 1959's 解散原西藏地方政府,
# anchored on their paragraphs' openings (the act stands after 120 characters). No actors, no deadline (在今后若干年内 is
# no due date).
# Categories: the year's paragraphs by their first means: agriculture publicity_education (its only means after the
# 以粮为纲 stance: 发扬大寨精神, as 1959's 大面积丰产的群众运动 — a close call against the economic default), industry
# publicity_education (推广大庆经验，广泛开展比学赶帮竞赛, as 1978's 劳动竞赛), capital construction economic_incentive
# (concentrating investment), commerce economic_incentive (goods supplied), education legal_regulation (a pilot of a school
# system, 半工半读…的教育制度的试点: rule 5 — a close call against services_administration, 1958's close call),
# the budget economic_incentive (costs and spending cut), 勤俭建国 publicity_education (a 作风 made 社会风气 and a
# 增产节约运动, as 1959's). Part two: 社会主义教育运动, 文化革命 and the united front publicity_education (class education;
# 根本的改造 of thought and culture; the bourgeoisie's 教育改造, its first item after a lead naming none);
# 革命化 organisation_accountability (its lead names an aim; first item 机关和人员必须精干，表报、文件和会议必须大大精简,
# as staff and posts); the two removals organisation_accountability (posts taken away: consequences for people, rule 7).
for anchor, cat in [("我们要继续执行以粮为纲、多种经营的方针", PE), ("要推广大庆经验，广泛开展比学赶帮竞赛", PE),
                    ("基本建设，应当更好地集中力量打歼灭战", EI), ("要进一步扩大城乡物资交流，繁荣市场", EI),
                    ("要积极进行半工半读、半农半读的教育制度的试点工作", LR), ("为了实现国家预算，要求工业、交通运输企业", EI),
                    ("周总理还谈到了坚持实行勤俭建国方针的问题", PE),
                    ("目前正在我国农村和城市中进行的社会主义教育运动", PE), ("周总理在谈到文化革命的任务时指出", PE),
                    ("周恩来总理接着谈到巩固和发展人民民主统一战线的问题", PE), ("周恩来总理谈到各级机关和干部革命化问题的时候说", OA)]:
    add(test13, R1964, anchor, "planned", cat)
for anchor in ["一九五九年，达赖集团勾结帝国主义和印度反动派", "最近，在西藏自治区筹委会第七次扩大会议上"]:
    add(test13, R1964, anchor, "done", OA)
# 1998 (李鹏's last report): 一 reviews five years under bold lines of outcomes (not counted); its 体会 第一，–第五，
# (坚持…思想路线, 妥善处理…关系, 既…又…, 实施…战略, 坚持两手抓…的方针) are principles, as 1988's and 2001's 经验 — not
# counted (第四 names two strategies, no act). 二、关于1998年政府工作的建议 第一，–第八， are the year's tasks (planned; their
# bold sentences are items), 第八 (unification) kept without a category as 1997's and 1999's 六; the unnumbered defence
# paragraph after it and 三 (foreign policy) are not counted. No actors. One deadline: 第二's first paragraph, 用三年左右的
# 时间 (使大多数国有大中型亏损企业摆脱困境). Categories: 第一 economic_incentive (lead: no means, 调整和优化农业结构; first
# item: water works); 第二 legal_regulation (reform, rule 5); 第三 economic_incentive (first item: investment); 第四
# legal_regulation (opening: 经济特区 kept, as 十六大's 四（七） and 2017's); 第五 services_administration (first item:
# 推广先进适用技术, 科技服务体系); 第六 economic_incentive (lead: 继续增加城乡人民收入, rule 4); 第七 legal_regulation (机构
# 改革, rule 5, against organisation_accountability for staff and 公务员制度).
for anchor, cat, deadline in [("进一步稳定和加强农业", EI, None), ("国有企业改革要取得新的突破", LR, "用三年左右的时间"),
                              ("继续加强和改善宏观调控", EI, None), ("进一步提高对外开放水平", LR, None),
                              ("积极发展科技教育文化事业", SA, None), ("努力改善城乡人民的物质文化生活", EI, None),
                              ("积极推进政府机构改革", LR, None), ("推进祖国和平统一大业", None, None)]:
    add(test13, R1998, anchor, "planned", cat, deadline=deadline)
# 2005: the review's （一）–（六） after 一年来主要做了以下工作 (done; its opening outcomes are not counted); 三's （一）–（四）,
# 四's （一）–（六） and 五's （一）–（三） (planned; 三（二）'s 一是…五是 are items), and 六、加强行政能力建设和政风建设's
# 第一，–第六， (planned, the part's numbered items as the other parts'). 二、2005年工作总体部署 is targets and principles;
# the unnumbered 对外开放 paragraph after 四（六） (今年，我国对外开放面临不少新情况…一要…) has no number in the corpus text and
# the numbering runs on without a gap, so it is read as part of （六）, not counted apart (a close call: it reads like a task
# of its own); the closing paragraphs (nationalities, religion, defence, Hong Kong, Macao and Taiwan) and 七 (foreign
# policy) are not counted. No actors; no deadline in a lead paragraph (到2007年 stands in 五（一）'s second paragraph).
# Categories (review): （一） economic_incentive (减免农业税, direct subsidies); （二） legal_regulation (严把土地审批和信贷投放
# 两个闸门: approvals, rule 9 — a close call against economic_incentive for credit); （三） legal_regulation (reform);
# （四） economic_incentive (its lead: 加大对…的支持, 中央财政…支出: money first, rule 1a before rule 4's services);
# （五） economic_incentive (jobs first); （六） legal_regulation (基层民主, 村务公开和村民自治制度, 依法行政实施纲要).
# Plan: 三（一） economic_incentive (fiscal and monetary policy); 三（二） economic_incentive (工业反哺农业, support); 三（三）
# economic_incentive (industrial upgrading, no means: the economic default, as 十六大's 四（一）); 三（四） economic_incentive
# (first item: 加大对西部地区的支持); 四（一）, （二）, （四）, （五） legal_regulation (reform); 四（三） legal_regulation (rule 6:
# 鼓励、支持 followed by a means, 放宽非公有资本进入的行业和领域); 四（六） legal_regulation (规范发展产权交易市场, 流通体制改革);
# 五（一） services_administration; 五（二） economic_incentive (就业 policies and funds); 五（三） legal_regulation (政治体制
# 改革); 六 第一 legal_regulation (机构改革, rule 5); 第二 legal_regulation (政企分开: powers handed to firms, markets and
# bodies); 第四 services_administration (寓管理于服务之中, services to the public); 第五 legal_regulation (依法行政纲要
# carried out). Close calls: 六 第三 legal_regulation (limits on what governments may do: 不能包办企业投资决策，不能代替…
# 不能直接干预, against publicity_education for its opening 改变…传统观念); 第六 publicity_education (its first means
# 牢固树立科学发展观和正确政绩观, as 十六大's 十（六）, against monitoring for the 政府绩效评估体系 after it).
for anchor, cat in [("采取更直接、更有力的政策措施，促进粮食增产和农民增收", EI), ("控制固定资产投资过快增长，大力加强薄弱环节", LR),
                    ("不失时机推进经济体制改革，扩大对外开放", LR), ("加大政策支持和财政投入，促进各项社会事业发展", EI),
                    ("努力改善人民生活，重视解决关系群众切身利益的突出问题", EI), ("加强民主法制建设，全力维护社会稳定", LR)]:
    add(test13, R2005, anchor, "done", cat)
for anchor, cat in [("从当前经济运行情况看，宏观调控工作不能放松", EI), ("进一步加强“三农”工作", EI), ("加快推进经济结构调整和增长方式转变", EI),
                    ("积极推动区域协调发展", EI), ("继续推进农村改革", LR), ("深化国有企业改革", LR),
                    ("鼓励、支持和引导非公有制经济发展", LR), ("加快金融体制改革", LR), ("推进财税体制和投资体制改革", LR),
                    ("加强市场体系建设", LR), ("大力发展科技、教育、文化、卫生、体育事业，加强精神文明建设", SA),
                    ("进一步做好就业和社会保障工作，提高人民生活水平", EI), ("加强民主法制建设，切实维护社会稳定", LR),
                    ("深化政府机构改革", LR), ("加快转变政府职能", LR), ("改进经济管理方式方法", LR), ("努力建设服务型政府", SA),
                    ("提高依法行政能力", LR), ("大力加强政风建设", PE)]:
    add(test13, R2005, anchor, "planned", cat)
# 2009: the review's （一）–（三） after 一年来，我们做了以下主要工作 (done; the outcomes before them are not counted) and 三、2009年
# 主要任务 （一）–（七） (planned; their 一是… and unheaded paragraphs are items); 二、总体部署 (targets, policies and principles)
# and the closing paragraphs are not counted. No actors; no deadline in a lead paragraph (用三年时间, 今年底前, 三年内 stand
# in items). Categories (review): （一） economic_incentive (积极的财政政策和适度宽松的货币政策); （二） economic_incentive (jobs
# first, rule 4); （三） legal_regulation (reforms). Plan: （一） economic_incentive (first item: 积极的财政政策, 大幅度增加政府
# 支出); （二） economic_incentive (收入分配, 补贴); （三） economic_incentive (grain production: the economic default);
# （五） legal_regulation; （六） economic_incentive (first item 千方百计促进就业, 中央财政拟投入420亿元); （七） legal_regulation
# (first item 坚持依法行政: 行政许可法, 行政审批制度改革; its lead names aims). Close call: （四） economic_incentive (its first
# item 实施…调整和振兴规划 names a plan; the second's 支持优势企业并购 and the economic default).
for anchor, cat in [("及时果断调整宏观经济政策，全力保持经济平稳较快发展", EI), ("统筹经济社会发展，全面加强以改善民生为重点的社会建设", EI),
                    ("积极推进改革开放，为经济社会发展注入新的活力和动力", LR)]:
    add(test13, R2009, anchor, "done", cat)
for anchor, cat in [("加强和改善宏观调控，保持经济平稳较快发展", EI), ("积极扩大国内需求特别是消费需求", EI),
                    ("巩固和加强农业基础地位，促进农业稳定发展和农民持续增收", EI), ("加快转变发展方式，大力推进经济结构战略性调整", EI),
                    ("继续深化改革开放，进一步完善有利于科学发展的体制机制", LR), ("大力发展社会事业，着力保障和改善民生", EI),
                    ("推进政府自身建设，提高驾驭经济社会发展全局的能力", LR)]:
    add(test13, R2009, anchor, "planned", cat)
# 十九大: as 十六大's, 十七大's and 十八大's, the numbered items of 五 (6), 六 (6), 七 (5), 八 (7), 九 (4) and 十三 (8), and 十
# (defence) and 十一 (the one country, two systems and unification) as one task each without a category; 一 (five years'
# work), 二 (the historic mission), 三 (the thought and its 基本方略 （一）–（十四）: principles, as 十七大's 科学发展观), 四 (the
# goals of the two stages) and 十二 (foreign policy) are left out. All planned; no actors. One deadline in a lead
# paragraph: 八（四）'s 到二○二○年 (确保到二○二○年我国现行标准下农村贫困人口实现脱贫); 十's 到二○二○年 stands in its second
# paragraph, and 再延长三十年 (五（三）) is a term. The items' headings run into their paragraphs (（一）深化供给侧结构性改革。
# 建设…), so anchors are the headings, with the lead's opening where the heading recurs in the text; 十's and 十一's are
# phrases of their first paragraphs (their headings recur in 三's 基本方略 and elsewhere).
# Categories: 五（二） services_administration (basic research, science projects); 五（三） legal_regulation (its lead names
# aims and a 体制机制和政策体系; the next sentence 巩固和完善农村基本经营制度，深化农村土地制度改革, rule 5); 五（四）
# economic_incentive (加大力度支持…, rule 6); 五（五） legal_regulation; 五（六） legal_regulation (opening: 准入前国民待遇加
# 负面清单管理制度, as 十六大's 四（七）); 六（二）–（五） legal_regulation (人大制度 and legislation, 协商民主制度化, 科学立法,
# 机构和行政体制改革); 六（六） organisation_accountability (the united front, as 十七大's); 七（一）–（三）
# publicity_education; 七（四） publicity_education (文艺 that 讴歌党、讴歌祖国, as persuasion); 七（五） legal_regulation (its
# lead after an aim: 深化文化体制改革, rule 5, against 十六大's 六（五） economic_incentive by 国家支持); 八（一）
# services_administration; 八（二）, （三） economic_incentive; 八（五） services_administration (health services); 九（一）
# legal_regulation (绿色生产和消费的法律制度); 九（二） enforcement (pollution control); 九（四） legal_regulation (监管体制
# reformed, rule 5); 十三（一） organisation_accountability (政治纪律和政治规矩, 服从中央); 十三（二） publicity_education;
# 十三（三）, （四） organisation_accountability; 十三（六） enforcement (corruption); 十三（七） monitoring (supervision);
# 十三（八） publicity_education (增强学习本领: study, rule 6). Close calls: 五（一） legal_regulation (its lead names aims —
# 实体经济, 制造强国 — so the headline's 结构性改革 decides, rule 1b, against the economic default); 六（一）
# organisation_accountability (the party's leadership: 加强党的集中统一领导, against legal_regulation for 依法治国); 八（四）
# organisation_accountability (its lead's first means after 动员 and stances: the 工作机制 中央统筹省负总责市县抓落实 and
# 党政一把手负总责的责任制, against economic_incentive by rule 4's poverty and publicity_education for 动员); 八（六）
# legal_regulation (加强社会治理制度建设，完善…社会治理体制, against monitoring for risk prevention and publicity_education
# for 安全发展理念); 八（七） legal_regulation (national security at home: its first means 加强国家安全法治保障, after a strategy
# and a system, against enforcement for 打击…渗透颠覆破坏活动、暴力恐怖活动 and null for defence, rule 10 — no army is named);
# 九（三） economic_incentive (重大工程 of restoration: investment, against enforcement); 十三（五） organisation_accountability
# (作风 of officials, as 十七大's, against publicity_education for 群众观念 and legal_regulation for 八项规定).
for anchor, cat, deadline in [("深化供给侧结构性改革", LR, None), ("加快建设创新型国家", SA, None),
                              ("实施乡村振兴战略", LR, None), ("实施区域协调发展战略", EI, None),
                              ("加快完善社会主义市场经济体制", LR, None), ("推动形成全面开放新格局", LR, None),
                              ("坚持党的领导、人民当家作主、依法治国有机统一。党的领导", OA, None),
                              ("加强人民当家作主制度保障", LR, None), ("发挥社会主义协商民主重要作用", LR, None),
                              ("深化依法治国实践", LR, None), ("深化机构和行政体制改革", LR, None),
                              ("巩固和发展爱国统一战线", OA, None),
                              ("牢牢掌握意识形态工作领导权", PE, None), ("培育和践行社会主义核心价值观。社会主义核心价值观", PE, None),
                              ("加强思想道德建设", PE, None), ("繁荣发展社会主义文艺", PE, None),
                              ("推动文化事业和文化产业发展", LR, None),
                              ("优先发展教育事业", SA, None), ("提高就业质量和人民收入水平", EI, None), ("加强社会保障体系建设", EI, None),
                              ("坚决打赢脱贫攻坚战", OA, "到二○二○年"), ("实施健康中国战略", SA, None),
                              ("打造共建共治共享的社会治理格局", LR, None), ("有效维护国家安全", LR, None),
                              ("推进绿色发展", LR, None), ("着力解决突出环境问题", EN, None),
                              ("加大生态系统保护力度", EI, None), ("改革生态环境监管体制", LR, None),
                              ("国防和军队建设正站在新的历史起点上", None, None),
                              ("香港、澳门回归祖国以来，“一国两制”实践取得举世公认的成功", None, None),
                              ("把党的政治建设摆在首位。旗帜鲜明讲政治", OA, None), ("用新时代中国特色社会主义思想武装全党", PE, None),
                              ("建设高素质专业化干部队伍", OA, None), ("加强基层组织建设", OA, None), ("持之以恒正风肃纪", OA, None),
                              ("夺取反腐败斗争压倒性胜利", EN, None), ("健全党和国家监督体系", MO, None), ("全面增强执政本领", PE, None)]:
    add(test13, C19, anchor, "planned", cat, deadline=deadline)
# SC-19 通知 (国办发〔1996〕25号, with the 中央军委办公厅): its 一、–三、 are the measures; the opening paragraph (history and
# 现通知如下) is not counted. All planned; no deadline. Actors null: the units stand as subjects of sentences (这项工作由外交部和
# 总参谋部统一归口管理, 由军队各级防化业务部门负责), not in a labelled lead-unit parenthesis (as State Council 12's and 41's).
# Categories: 一 organisation_accountability (responsibility assigned: 归口管理, 指定有关部门负责管理); 二 monitoring
# (调查取证 and reporting: an investigation, rule 7). Close call: 三 organisation_accountability (its lead assigns the
# handling to the army's 防化 departments, against legal_regulation for 不得擅自处理, a rule on what anyone finding a weapon
# must do, and null for a military matter — the means is domestic management of found weapons).
for anchor, cat in [("日军遗弃化学武器是历史遗留问题", OA), ("要加强对日军遗弃化学武器的调查取证工作", MO),
                    ("对已发现的日军遗弃的化学武器，其技术处理", OA)]:
    add(test13, SC19, anchor, "planned", cat)
# SC-56 通报 (国办发〔2018〕108号): commends 130 local practices found by the fifth 大督查; the attached list 1.–130. is the
# level-1 measures (as State Council 10's attached list), each a practice a locality has carried out: done. The 通报's own
# paragraphs (the 督查's findings, the commendation itself — 对北京市…等130项…予以通报表扬, and the closing 各地区、各部门要…
# 认真学习借鉴) are not counted. Each item is one sentence, so its headline is its lead. Actors null: the locality is the
# sentence's subject, not a labelled lead unit (the codebook's parentheses); no deadline. Item 1's anchor keeps its full
# stop, since the commendation paragraph repeats its words before 等130项. Categories by the means each names (rule 1;
# where it names none, its area by the defaults): reforms, permissions, simpler procedures, standards and lists
# legal_regulation (rules 5, 8, 9); 政务服务, 一窗, 一网通办, apps and platforms serving the public, health and
# science services services_administration (rule 8); pollution control enforcement; inspections, supervision and risk
# control monitoring (rules 7, 9); industries, platforms, investment, poverty relief, housing renewal, opening by
# investment promotion and rural development economic_incentive. Close calls: 8 economic_incentive (招商引资平台, against
# legal_regulation as the opening items 20, 41, 65 and 109, coded by 十六大's 四（七）); 12 economic_incentive (capacity cut,
# as 2017's 三去一降一补); 25 economic_incentive (poverty relief first, against monitoring for 动态管理); 29 and 45, 115
# economic_incentive (straw use and village environment works, against enforcement); 36 monitoring (验放分离: how customs
# checks, rule 9); 43 monitoring (联合审图: how drawings are checked); 53 services_administration (patients kept in the
# area's hospitals, against monitoring for cost control); 57 services_administration (科技特派员, against economic_incentive
# for poverty relief); 64 legal_regulation (a faster start of building projects: approvals, by the area); 66 and 71
# legal_regulation (质量提升 and 标准化: standards, rule 8); 75 legal_regulation (承诺预办: a permission first, against
# monitoring for 先建后验); 80, 97, 106 and 112 legal_regulation (land-use rules, by the area); 86 services_administration
# (the 城市大脑 serving 放管服 services, against monitoring); 107 services_administration (a phone service for tourists);
# 110 publicity_education (民族团结进步 campaign, as 1975's 加强…大团结); 116 economic_incentive (a centre of agricultural
# cooperation abroad: economic, not foreign policy); 127 services_administration (freight trains organised, as 1959's
# transport).
SC56_MEASURES = [
    ("北京市大力推进外国人来华工作许可制度改革。", LR), ("北京市西城区推进“三纵两横一平台”紧密型医联体建设", SA), ("北京市朝阳区放宽服务业准入，助推区域高水平开放", LR),
    ("北京市丰台区以“一窗办理”提升企业不动产登记服务水平", SA), ("北京市海淀区扎实推进“双创”示范基地建设，打造“双创”升级版", EI), ("天津市和平区狠抓精细化管控，推动打好城区污染防治攻坚战", EN),
    ("天津市红桥区多措并举，扎实推进棚户区改造", EI), ("天津市滨海新区搭建招商引资平台，推进高水平开放", EI), ("天津市蓟州区破除“以药养医”，深化公立医院综合改革", LR),
    ("河北省邢台市实施“两不见面”改革，打造服务市场主体“直通车”", LR), ("河北省张家口市建立“四方协作”机制，探索可再生能源扶贫新路", EI), ("河北省迁安市坚决化解钢铁过剩产能，推进产业转型升级", EI),
    ("河北省定州市探索“三项试点”，统筹推进农村土地制度改革", LR), ("河北省黄骅市通过家庭医生管医保推进基层健康管理", SA), ("山西省大同市坚决打好污染防治攻坚战，努力实现从“煤都黑”到“大同蓝”", EN),
    ("山西省长治市城区积极搭建“双创”平台，推进创新驱动发展", EI), ("山西省运城市盐湖区全面推进区、乡、村三级医疗机构一体化改革，增强群众就医获得感", LR),
    ("山西省忻州市坚持“六环”联动，推进整村扶贫搬迁", EI), ("内蒙古自治区呼和浩特市实现不动产登记、交易、税务“一窗式”综合受理", SA),
    ("内蒙古自治区巴彦淖尔市以口岸开发开放为重点，提高对外开放水平", LR), ("内蒙古自治区乌兰察布市大力培育发展大数据产业", EI), ("内蒙古自治区阿拉善右旗坚持“三个结合”，推进乡村振兴", EI),
    ("辽宁省大连市探索跨部门跨层级“双随机”联合检查，实现“一次检查、全面体检”", MO), ("辽宁自贸试验区营口片区以制度创新持续优化营商环境", LR), ("辽宁省辽阳市实施动态管理，开展精准医疗扶贫", EI),
    ("辽宁省盘山县加快发展县域经济，助推乡村振兴", EI), ("辽宁省调兵山市大力发展循环经济，推进资源型城市转型", EI), ("吉林省长春市探索打造“审批不见面、办事不求人”政务服务新模式", SA),
    ("吉林省长春市九台区全力打造全国秸秆综合利用新样板", EI), ("吉林省四平市打破常规有效破解“无籍房”问题", LR), ("吉林省白城市以微信公众服务平台推进智慧医保建设", SA),
    ("黑龙江省哈尔滨市探索企业集群登记模式，推进商事制度改革", LR), ("黑龙江省齐齐哈尔市围绕重点持续发力，推进工业稳增长和转型升级", EI),
    ("黑龙江省七台河市构建新型“碳”产业，推进资源枯竭型城市转型", EI), ("上海市多措并举提高外国人才来华工作便利度", LR), ("上海市长宁区探索“验放分离、零等待”，大幅提升贸易便利化水平", MO),
    ("上海市杨浦区着眼建设“世界级创谷”，打造“双创”升级版", EI), ("上海市嘉定区以科技创新推动区域高质量发展", SA),
    ("上海市浦东新区以“四个突出”全面推进“证照分离”试点，打造“放管服”改革浦东样本", LR), ("江苏省南京市着力打造集聚创新资源“强磁场”", EI),
    ("江苏省苏州市实施“四大工程”，扎实推进高水平开放", LR), ("江苏省南通市推行县域综合执法改革，实现“一个领域一支队伍”", LR), ("江苏省淮安市开展“数字化联合审图”，施工图审查进入“快车道”", MO),
    ("江苏省东海县从早从严从实加强管理，坚决防范化解债务风险", MO), ("浙江省深化“千村示范万村整治”工程，造就万千“美丽乡村”", EI),
    ("浙江省湖州市实施“‘五未’土地处置+‘标准地’”改革，全面提升土地利用效益", LR), ("浙江省衢州市深化“放管服”改革，打造“最多跑一次”示范市", LR),
    ("浙江省台州市深化改革试点，助推民间投资逆势上扬", LR), ("浙江省丽水市探索生态产品价值转化途径，实现“点绿成金”", EI), ("安徽省合肥市大力培育创新平台，助力产业发展", EI),
    ("安徽省淮北市积极扶植新兴产业，促进资源枯竭型城市转型", EI), ("安徽省亳州市大力推进降成本，增强民间投资动力", EI), ("安徽省宣城市提高区域内就诊率，严控医疗费用不合理增长", SA),
    ("福建省福州市大力推动数字经济发展", EI), ("福建省厦门市深化工程建设项目审批制度改革", LR), ("福建省三明市建设紧密型医联体，向全民健康再出发", SA),
    ("福建省南平市连续19年推进科技特派员工作，助力精准扶贫", SA), ("福建省晋江市践行“晋江经验”，推进商务创新发展", EI), ("江西省景德镇市活化陶瓷工业遗存，加快推进新旧动能转换", EI),
    ("江西省萍乡市创新海绵城市试点，促进城市高质量发展", EI), ("江西省赣州市推出3个“信贷通”，探索解决中小企业融资难融资贵", EI), ("江西省吉安市着力抓好产业扶贫，打好精准脱贫攻坚战", EI),
    ("江西省上饶市多措并举，推进棚户区改造工作", EI), ("山东省济南市“加减并重”，加快工程建设项目开工", LR), ("山东省青岛市实施国际城市战略，推进高水平对外开放", LR),
    ("山东省威海市大力开展质量提升行动，建设质量强市", LR), ("山东省日照市推行压缩企业开办时间“513模式”，全面优化营商环境", LR), ("山东省滨州市“破立并举”，扎实开展公立医院综合改革", LR),
    ("河南省实施“四水同治”，加快水利现代化步伐", EI), ("河南省焦作市实行“两定制兜底线”，打造健康扶贫新模式", EI), ("河南省漯河市以开展标准化建设引领高质量发展", LR),
    ("河南省三门峡市建立“三项机制”，激活金融扶贫源头活水", EI), ("河南省驻马店市借力农产品加工业会展经济助推大发展", EI), ("湖北省武汉东湖新技术开发区大力推进创新驱动发展，打造新兴产业集群", EI),
    ("湖北省黄石市试点“承诺预办、先建后验”，加快项目建设施工", LR), ("湖北自贸试验区襄阳片区大幅简化退税流程", LR), ("湖北省枝江市多措并举解决“化工围江”", EN),
    ("湖北省钟祥市大力推进生态工程建设，打造宜居乡村", EI), ("湖南省长沙市大力推进棚户区改造，提升群众幸福感获得感", EI), ("湖南省株洲市“三措并举”，推进土地节约集约利用", LR),
    ("湖南省湘潭市力促产业转型升级，推进高质量发展", EI), ("湖南省衡阳市营造良好环境，承接产业转移", EI), ("湖南省宁乡市推进“互联网+政务服务”融合发展", SA),
    ("广东省广州市着力打造高品质家庭医生服务", SA), ("广东省广州市越秀区实现企业开办最快一天", LR), ("广东省深圳市福田区以智慧化“城市大脑”助力“放管服”改革提速提质提效", SA),
    ("广东省深圳市南山区打造“两链一环”，全力构筑创新高地", EI), ("广东省珠海市横琴新区依托V—Tax远程可视自助办税平台，实现全国直办“零跑动”", SA),
    ("广西壮族自治区柳州市实施老工业基地调整改造成效显著", EI), ("广西壮族自治区玉林市创新畜禽养殖污染治理模式，解决跨省区流域环境治理难题", EN),
    ("广西壮族自治区平果县创新采矿临时用地制度，有效保护耕地", LR), ("广西壮族自治区凭祥市推进边贸转型升级", EI), ("海南省海口市统筹推进市域水污染治理工作", EN),
    ("海南省三亚市以医保支付方式改革为抓手推进紧密型医联体建设", LR), ("海南省东方市带领群众走上热带特色现代农业致富路", EI), ("重庆市统筹规划精准治理龙溪河流域水环境", EN),
    ("重庆市万州区分类施策“四区”并进，推动国土资源节约集约利用上台阶", LR), ("重庆市梁平区强化“人”、“地”、“钱”统筹，破解乡村发展瓶颈", EI),
    ("重庆市忠县坚持“保基本、强基层、建机制”，推进公立医院改革", LR), ("四川省成都市实施“创业天府”行动计划，打造“双创”升级版", EI), ("四川省泸州市推出企业开办小时清单制", LR),
    ("四川省眉山市突出地方特色，推进乡村振兴", EI), ("四川省大竹县创新“双靠近三融合”模式，推动易地扶贫搬迁群众就近就地就业", EI), ("贵州省贵阳市推进政务服务“一网通办”，为群众办事增便利", SA),
    ("贵州省遵义市创新发展理念，促进工业转型升级发展", EI), ("贵州省毕节市七星关区以创新引领土地节约集约利用", LR), ("云南省丽江市依托“一部手机游云南”促进旅游业快速发展", SA),
    ("云南省大理白族自治州全面打响以洱海保护治理为重点的水污染防治攻坚战", EN), ("云南省德宏傣族景颇族自治州立足区位优势扩大双向开放，激活发展动力", LR),
    ("云南省迪庆藏族自治州扎实推进藏区民族团结进步示范区建设", PE), ("西藏自治区拉萨市聚焦特色领域，推进小微企业创业创新工作", EI), ("西藏自治区昌都市深化土地集约利用，着力破解用地保障难题", LR),
    ("西藏自治区曲水县创新脱贫思路，强化产业带动，激发内生活力", EI), ("陕西省西安市建立完善“1+N”社会救助体系，织牢织密兜底保障网", EI),
    ("陕西省延安市持续推进农村人居环境综合整治，建设美丽乡村", EI), ("陕西省杨凌农业高新技术产业示范区积极打造“一带一路”现代农业国际合作中心", EI),
    ("甘肃省张掖市打造全国小微企业“双创”示范城市", EI), ("甘肃省酒泉市发展戈壁生态农业，夯实乡村振兴基础", EI), ("甘肃省临夏市八坊十三巷旧貌换新颜，“城中村”变身文旅新地标", EI),
    ("青海省创新生态保护体制机制，大力推进三江源国家公园体制试点", LR), ("青海省西宁市持续深化“放管服”改革，优化营商环境", LR), ("青海省海东市创新体制机制，全面深化公立医院改革", LR),
    ("宁夏回族自治区银川市发展“互联网+医疗健康”，创新满足群众健康需求途径", SA), ("宁夏回族自治区石嘴山市加快新旧动能转换，打造资源型城市转型示范区", EI),
    ("宁夏回族自治区中卫市变黄沙戈壁为创新发展新热土", EI), ("宁夏回族自治区宁东能源化工基地加快产业转型升级，推动经济高质量发展", EI),
    ("新疆维吾尔自治区开行西行国际货运班列，打造“一带一路”向西开放新格局", SA), ("新疆维吾尔自治区乌鲁木齐市大力实施棚户区改造，优化城市环境", EI),
    ("新疆维吾尔自治区阿勒泰地区以旅游业为主体，引领推动高质量发展", EI), ("新疆生产建设兵团狠抓土地利用监管，高质量支持边疆建设", MO)]
for anchor, cat in SC56_MEASURES:
    add(test13, SC56, anchor, "done", cat)

# --- test14 --------------------------------------------------------------------------------------
# A fourteenth test half (2026-12-06), held out in the fifteenth session: marked by a helper who does no tuning, by reading
# the raw text only, before `zhili measures` was run on these files; the measures first (their headlines and lead sentences
# written to /work/coord/test14-headlines.md for a blind second coder), the categories afterwards, by the codebook as on
# main at 28da96b (tie-break rules 1–10). Anchors are phrases of each measure's heading or of the first 120 characters of
# its paragraph (where the scorer looks), as written, each found once in the whitespace-squeezed raw file and in its text
# (for the HTML files, after tags are dropped); no anchor has a full-width digit.
R1956 = "1956年中华人民共和国国务院政府工作报告.txt"
R1982 = "1982年中华人民共和国国务院政府工作报告.txt"
C20 = "高举中国特色社会主义伟大旗帜_为全面建设社会主义现代化国家而团结奋斗_(二十大).txt"
SC22 = "22-国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函.html"
SC25 = "25-国务院办公厅关于科技节水建议的复函.html"
SC55 = "55-国务院关于同意建立国务院职业教育工作部际联席会议制度的批复.html"
test14 = []
# 1956 (李先念's report, as the corpus has it: the 1955 final accounts and the 1956 budget, an unnumbered speech in three
# parts). 一 (the 1955 accounts) is figures and outcomes, not counted. 二 (the 1956 budget) is figures and targets (revenue,
# spending lines, output, enrolments — not counted, as 1959's plan figures) with a few policy paragraphs whose lead or
# closing commits the government to an act: the workers' pay and welfare (必须逐步地改善工人的生活), training skilled
# workers, the farmers' burden and prices, the private businessmen's dividends, and 国防 (kept without a category, as
# 1954's, 1959's and 1975's); the first wage paragraph (新工人将达到84万人, wages 将提高14.5%) is read as the plan's figures,
# the 劳动保险 paragraph as an arrangement kept, and the one-line 在预算执行过程中，政府将继续注意满足银行信贷资金的需要…
# 物资储备 as announcing the two tasks told in full in 三 (not counted twice). 三 (为实现…国家预算而努力): the paragraphs whose
# lead or closing commits to a task; the opening, the first months' figures, the commerce paragraph (problems, 正在着手解决),
# 生产的发展…必须同时反对急躁冒进的倾向 (a principle, as 1988's 正确处理…关系 and 1964's points to attend to — a close call)
# and the closing appeal are not counted; 目前在工业生产方面… and the 因此…必须着重全面地执行多、快、好、省和安全的方针
# paragraph after it are one task; the improved 拨款 procedures already laid down (政府已经…规定了一系列改进的办法) are the one
# done measure. No actors. One deadline: 在两三年内 (the profits turned into a tax); 不久 and 今后 are not due dates.
# Categories: the workers' life economic_incentive (wages, bonuses, housing, rule 4); training skilled workers
# services_administration (工人技术学校 enrolling: education as a service — a close call against publicity_education by rule 6's
# study); the farmers economic_incentive (income, tax burden, prices); 厉行节约 economic_incentive (spending cut, as 1964's
# budget); 现金平衡 economic_incentive (budget and credit funds used sparingly, savings); 物资储备 economic_incentive (the
# economic default); the 财政部门's checks monitoring (定期地检查预算执行情况, 现场的检查: rule 7); 健全财政工作 legal_regulation
# (rules drafted); the profits turned into a single tax legal_regulation (利改税, as 1984's reform — rule 5); the 拨款
# procedures legal_regulation (rules of procedure). Close calls: the private businessmen economic_incentive (股息 — their income
# — against legal_regulation for 作适当的规定); 目前在工业生产方面 and 在基本建设的工作中 organisation_accountability (the
# 生产领导工作 correcting enterprises' one-sided tendencies: no means but leadership, as 1975's 坚持抓革命、促生产…的方针,
# against publicity_education and the economic default); the supply of construction materials economic_incentive (its first
# item: output raised by 技术组织措施, the economic default, against legal_regulation for plans adjusted); 地方财政
# legal_regulation (powers widened, 扩大地方在财政管理上的权限, against economic_incentive for the local budget already raised in
# its 除了…以外 clause).
for anchor, cat, role, deadline in [
        ("在发展生产、提高劳动生产率的基础上，必须逐步地改善工人的生活", EI, "planned", None), ("政府将大量培养熟练工人", SA, "planned", None),
        ("在农民生活的改善方面，主要的办法是帮助农民增加生产", EI, "planned", None), ("私营工商业者的生活，也是政府所关心的", EI, "planned", None),
        ("国家预算规定国防费支出为", None, "planned", None),
        ("目前在工业生产方面，除了对于没有完成产量计划的产品需要急起直追", OA, "planned", None),
        ("有些基本建设单位的计划在过去五个月中没有完成", EI, "planned", None), ("在基本建设的工作中，也存在着片面地追求多、快", OA, "planned", None),
        ("在一切其他方面的支出中，无论在社会文教费用", EI, "planned", None), ("我认为有必要谈一谈我们国家的现金平衡问题和物资储备问题", EI, "planned", None),
        ("国家必须有一定的物资储备", EI, "planned", None), ("无论是为了完成国家预算的收入计划", MO, "planned", None),
        ("为了健全财政工作，必须制订必要的制度", LR, "planned", None), ("国营企业的积累已经成为国家预算收入的主要来源", LR, "planned", "在两三年内"),
        ("在基本建设的拨款方面", LR, "done", None),
        ("在地方财政方面，除了在本年国家预算中已经适当地增大地方预算的增长率", LR, "planned", None)]:
    add(test14, R1956, anchor, role, cat, deadline=deadline)
# 1982 (赵紫阳's report on the sixth five-year plan): 第六个五年计划的基本任务's parts 二–六 (the plan as explained: each part's
# paragraphs commit to tasks — 要积极加强地质勘探工作, 要严格控制人口增长 — as 2001's parts of the tenth plan) and the two
# paragraphs on 精神文明 after 六 (职工教育, 社会风气: the report's 这里只着重讲一讲…这两点); 一 (发展速度和经济效益) is targets, not
# counted. 六五计划前两年的执行情况 is outcomes, not counted. 全面实现六五计划的主要措施 第一、–第四、 and 最后 (农业和农村工作) are
# tasks (their 国务院决定/规定 一、–五、 and 一、–三、 are items). The 结束语's two paragraphs that commit the government
# (民主法制, 打击犯罪, 国防 — and 机构改革) are counted as 1954's task paragraphs; its 各位代表！ appeal is not. All planned; no
# actors. Deadlines: a span written in the lead paragraph within which the measure's aim is to be reached, as 十二大's 用三年
# 时间 (在今后五年内 社会风气的根本好转, 在今后三年内, 在今后三年中 机构改革); the plan's own period (第六个五年计划期间, and 五年内
# where it restates it for the plan's figures) is not.
# Categories: 二 economic_incentive (investment); 四 economic_incentive (its lead names principles and an aim; the first item,
# 积极发展出口商品的生产，努力增加出口, the economic default — a close call against legal_regulation for 限制出口 and the 经济特区
# later); 五 economic_incentive (jobs and income first, rule 4); 六 economic_incentive (revenue, spending, money supply);
# 社会风气 publicity_education; 第三 services_administration (science and technology); 第四 legal_regulation (reform);
# 最后 legal_regulation (its lead's task: 继续稳定、完善和提高农业生产责任制, 对各种形式的责任制都允许存在 — a permission and a
# system, as 1984's); 机构改革 legal_regulation (rule 5). Close calls: 三 economic_incentive (its first act: 安排…经费占国家财政
# 支出总额的百分之十五点九 — money first, rule 1a, as 2005's review （四）, against services_administration by rule 4);
# 职工教育 publicity_education (its first element 思想政治水平 and the training of cadres and workers as study, rule 6, against
# services_administration for the schools); 第一 economic_incentive (its lead: 必须保持一定规模的固定资产投资…三千六百亿元的
# 投资 — money, against legal_regulation for the 国务院规定 on approvals and 五定); 第二 organisation_accountability (its first
# act: 国务院决定…组成强有力的领导小组, before the 关停并转 of firms — against legal_regulation); the 结束语's first
# paragraph publicity_education (继续加强思想工作和政治工作, against legal_regulation for 民主法制 and enforcement for 打击犯罪).
for anchor, cat, deadline in [
        ("关于基本建设的规模、重点和企业的技术改造", EI, None), ("关于教育、科学、文化事业的发展", EI, None), ("关于对外经济技术交流的扩大", EI, None),
        ("关于人民生活的改善和控制人口的增长", EI, None), ("关于财政、信贷的基本平衡和物价的基本稳定", EI, None),
        ("大力提高广大干部、技术人员和工人的思想政治水平", PE, None),
        ("积极造就良好的社会风气，是建设社会主义精神文明的一项十分重要的内容", PE, "在今后五年内"),
        ("严格控制固定资产投资的总规模，切实保证重点建设", EI, None), ("坚决调整和全面整顿现有企业", OA, None),
        ("积极推进技术进步，充分发挥科学技术对经济", SA, None), ("积极稳妥地加快经济体制改革的进程", LR, None),
        ("着重讲一讲农业和农村工作问题", LR, None),
        ("我们要全面完成第六个五年计划，必须坚定不移地贯彻执行社会主义物质文明和精神文明一齐抓的方针", PE, "在今后三年内"),
        ("在今后三年中，我们还要坚定不移地把政府的机构改革工作继续做好", LR, "在今后三年中")]:
    add(test14, R1982, anchor, "planned", cat, deadline=deadline)
# 二十大: as 十六大's–十九大's, the numbered items of 四 (5), 五 (4), 六 (4), 七 (4), 八 (5), 九 (4), 十 (4), 十一 (4) and 十五 (7),
# and 十二 (defence) and 十三 (one country, two systems and unification) as one task each without a category, anchored on
# their first paragraphs; 一 (five years' work and ten years' change), 二 (the theory), 三 (the mission and the goals) and
# 十四 (foreign policy) are left out. All planned; no actors; no deadline (no date stands in any item).
# Categories: 四（一） legal_regulation (the basic economic system, 深化国资国企改革, as 十九大's 五（五）); 四（二）
# economic_incentive (its lead names aims; first means 实施产业基础再造工程和重大技术装备攻关工程, 支持专精特新企业); 四（四）
# economic_incentive (strategies and aims, then 鼓励东部…, 支持革命老区: rule 6); 四（五） legal_regulation (制度型开放 of rules
# and standards, then the negative list); 五（一） services_administration; 五（三） services_administration (科技攻关, as
# 十九大's 五（二）); 六（一）–（三） legal_regulation (the 人大 system, 协商民主 institutionalised, 基层群众自治机制); 六（四）
# organisation_accountability (the united front, as 十九大's); 七（一）–（三） legal_regulation (laws, 机构、职能…法定化, 司法体制
# 改革); 七（四） publicity_education (弘扬法治精神, 普法); 八（二）, （三）, （五） publicity_education; 九（一）–（三）
# economic_incentive (distribution and income, jobs, social security: rule 4); 十（二） enforcement (pollution control); 十（三）
# economic_incentive (重大工程 of restoration, as 十九大's 九（三）); 十一（四） legal_regulation (社会治理制度, as 十九大's 八（六））;
# 十五（一）, （四）, （五）, （六） organisation_accountability; 十五（二） publicity_education; 十五（七） enforcement (corruption).
# Close calls: 四（三） organisation_accountability (after stances and aims, its first means is 全面落实粮食安全党政同责 —
# responsibility — against economic_incentive for 高标准农田 and legal_regulation for 十九大's land reform); 五（二）
# organisation_accountability (完善党中央对科技工作统一领导的体制: a 体制 whose object is leadership, rule 2, against
# services_administration for science); 五（四） publicity_education (after 党管人才 and a policy naming no means, its first means
# 引导广大人才爱党报国、敬业奉献: persuasion, against services_administration for 培养 and organisation_accountability for the
# 人才队伍); 八（一） publicity_education (the ideology, as 十九大's 七（一）, against organisation_accountability for 领导权 and
# 意识形态工作责任制); 八（四） publicity_education (its first means: works that 增强人民精神力量, as 十九大's 七（四）, against
# services_administration for 公共文化服务 and legal_regulation for 深化文化体制改革 after it); 八（五） publicity_education
# (讲好中国故事: communication abroad as persuasion, not foreign policy); 九（四） services_administration (the lead names health
# first, rule 4, against economic_incentive for 生育支持 after it); 十（一） economic_incentive (完善支持绿色发展的财税、金融、投资、价格
# 政策 after stances, a strategy and a 体系, against legal_regulation for 标准体系 named after them); 十（四） legal_regulation
# (quotas of energy use, 能源消耗总量和强度调控 and the 双控制度, against enforcement); 十一（一） organisation_accountability (the
# party's leadership of national security, 国家安全领导体制); 十一（二） monitoring (严密防范系统性安全风险 before 严厉打击…
# 渗透、破坏、颠覆、分裂活动, against enforcement); 十一（三） monitoring (安全生产风险专项整治 and 安全监管: risk control and
# supervision, against enforcement); 十五（三） legal_regulation (完善党内法规制度体系: rules, against organisation_accountability
# for party building).
for anchor, cat in [("构建高水平社会主义市场经济体制", LR), ("建设现代化产业体系", EI), ("全面推进乡村振兴", OA), ("促进区域协调发展", EI),
                    ("推进高水平对外开放", LR),
                    ("办好人民满意的教育", SA), ("完善科技创新体系", OA), ("加快实施创新驱动发展战略", SA), ("深入实施人才强国战略", PE),
                    ("加强人民当家作主制度保障", LR), ("全面发展协商民主", LR), ("积极发展基层民主", LR), ("巩固和发展最广泛的爱国统一战线", OA),
                    ("完善以宪法为核心的中国特色社会主义法律体系", LR), ("扎实推进依法行政", LR), ("严格公正司法", LR), ("加快建设法治社会", PE),
                    ("建设具有强大凝聚力和引领力的社会主义意识形态", PE), ("广泛践行社会主义核心价值观", PE), ("提高全社会文明程度", PE),
                    ("繁荣发展文化事业和文化产业", PE), ("增强中华文明传播力影响力", PE),
                    ("完善分配制度", EI), ("实施就业优先战略", EI), ("健全社会保障体系", EI), ("推进健康中国建设", SA),
                    ("加快发展方式绿色转型", EI), ("深入推进环境污染防治", EN), ("提升生态系统多样性、稳定性、持续性", EI),
                    ("积极稳妥推进碳达峰碳中和", LR),
                    ("健全国家安全体系", OA), ("增强维护国家安全能力", MO), ("提高公共安全治理水平", MO), ("完善社会治理体系", LR),
                    ("如期实现建军一百年奋斗目标，加快把人民军队建成世界一流军队", None), ("“一国两制”是中国特色社会主义的伟大创举", None),
                    ("坚持和加强党中央集中统一领导", OA), ("坚持不懈用新时代中国特色社会主义思想凝心铸魂", PE),
                    ("完善党的自我革命制度规范体系", LR), ("建设堪当民族复兴重任的高素质干部队伍", OA), ("增强党组织政治功能和组织功能", OA),
                    ("坚持以严的基调强化正风肃纪", OA), ("坚决打赢反腐败斗争攻坚战持久战", EN)]:
    add(test14, C20, anchor, "planned", cat)
# SC-22 函 (国办函〔2004〕71号), a reply to a province's requests — the first of its genre in the gold: each of its 一、–十一、
# states a request of 四川省 (你省请求…) and the 办理意见 of the departments (X会同Y研究提出了办理意见：…), so each is one level-1
# measure, the measure being what the 办理意见 commits the departments to (八's 1.–2. and 十's 1.–3. are items). Role by the
# 办理意见's acts: planned where they are to come (将…, 拟…, 还将…继续); done for 十一, whose acts are all completed (扶贫办已…进行了
# 实地调查，并向国务院上报了《汇报》，国务院领导同志已批示同意; what is left is the province's own work). Actors null: the
# departments stand as subjects of the 办理意见 sentence, not in a labelled lead-unit parenthesis (as State Councils 19 and 41);
# no deadline (尽快, 适时, 从今年起 are none). Categories by the 办理意见's first means: money (补贴, 扶持, 支持, 经费) economic_incentive
# — 三, 四, 七, 八 (经费 for 调查监测预警 and 治理), 九 (writing the projects into the 《规划》 names no means; then 从政策、资金上
# 支持), 十; a project's review and approval (审核, 核准, 行业审查) legal_regulation, as rule 9's permissions — 一, 二, 五 (close
# calls: 一's 组织专家…评估论证 serves the 核准, against monitoring; 二 and 五 against economic_incentive, since 五's 给予适当支持
# comes after the 行业审查 and 二's review waits on investment). Close calls: 六 economic_incentive (the funding gap and the
# departments' 2/3 share, against organisation_accountability for 加强协调); 十一 monitoring (实地调查 and the report: an
# investigation, rule 7, as State Council 19's 调查取证, against economic_incentive for the poverty relief asked for).
for anchor, cat, role in [("关于60万吨乙烯项目问题", LR, "planned"), ("关于亭子口水利枢纽工程问题", LR, "planned"),
                          ("关于水稻良种补贴问题", EI, "planned"), ("关于食品加工业问题", EI, "planned"), ("关于巴朗山隧道建设问题", LR, "planned"),
                          ("关于康定机场建设问题", EI, "planned"), ("关于德阳重大技术装备基地建设问题", EI, "planned"),
                          ("关于防灾抗灾和移民安置问题", EI, "planned"), ("关于长江上游污染治理问题", EI, "planned"),
                          ("关于天然林资源保护和退耕还林工程问题", EI, "planned"), ("关于水淹区贫困群众生产生活问题", MO, "done")]:
    add(test14, SC22, anchor, role, cat)
# SC-25 复函 (国办函〔2005〕21号), a reply to a proposal (马万祺's on 科技节水) — the first of its genre: 一 (太钢's reverse-osmosis
# plant and the technique's problems) is a firm's practice and 二 (urban water saving and sewage reuse) outcomes and problems,
# neither a government measure; 三、有关部门下一步拟采取的措施 is the one measure (planned), its four departments' 拟… sentences
# being items of one unnumbered paragraph (as 1978's unnumbered parts). Actors null (the departments are subjects of
# sentences). Deadline 在“十五”后两年, the first span in the lead paragraph (科技部's research topics). Category
# economic_incentive: 研究制订…技术经济政策 is drafting a policy (rule 2), 实现…跨越式发展 an aim, 加快…国产化步伐 a verb of
# degree; the first means is 利用国债资金支持…产业化发展及应用.
add(test14, SC25, "有关部门下一步拟采取的措施", "planned", EI, deadline="在“十五”后两年")
# SC-55 批复 (国函〔2018〕144号), an approval of a joint-meeting system — the first of its genre: the 批复 approves the attached
# 制度 (同意建立…制度: its content is the attachment, counted there, as a forwarding 通知's own paragraph is not counted beside the
# forwarded items of State Councils 20, 51 and 52) and decides one act the attachment does not hold, 撤销职业教育工作部际联席会议，
# 其职能并入…, counted; the attached 制度's 一、主要职能, 二、成员单位, 三、工作规则 and 四、工作要求 are measures, as the
# 组织机构和职责 and other operative parts of State Council 41's plan (its opening 为贯彻落实…建立…制度 and the member list are
# not). All planned. Actors null: 教育部为牵头单位 names the lead unit of the whole meeting, in a sentence of 二, not in a
# lead-unit parenthesis of a measure (a close call: it is the one labelled 牵头 of the test14 half); no deadline (每年召开两次 is
# a rule's frequency). Categories: all organisation_accountability — a body abolished and merged, the meeting's functions
# (贯彻落实 and 统筹协调: the work of a coordinating body), its members, convenor and office, its rules of work (meetings, 纪要,
# with 督导调研 and 督促检查 after them) and the members' duties (按照职责分工) — a close call for 三 against monitoring.
add(test14, SC55, "撤销职业教育工作部际联席会议，其职能并入", "planned", OA)
for anchor in ["主要职能", "联席会议由教育部、发展改革委", "工作规则", "工作要求"]:
    add(test14, SC55, anchor, "planned", OA)

# --- test15 --------------------------------------------------------------------------------------
# A fifteenth test half (2026-12-06), held out in the sixteenth session: marked by a helper who does no tuning, by reading
# the raw text only, before `zhili measures` was run on these files; the measures first (their headlines and lead sentences
# written to /work/coord/test15-headlines.md for a blind second coder), the categories afterwards, by the codebook as on
# main at d26d13f (tie-break rules 1–10). Anchors are phrases of each measure's heading or of the first 120 characters of
# its paragraph (where the scorer looks), as written, each found once in the whitespace-squeezed raw file and in its text
# (for the HTML files, after tags are dropped); no anchor has a full-width digit.
C11 = "在中国共产党第十一次全国代表大会上的政治报告.txt"
SC27 = "27-国务院办公厅对十届全国人大四次会议第7240号建议的答复.html"
SC29 = "29-国务院办公厅对十届全国人大四次会议第7264号建议的答复.html"
SC30 = "30-国务院办公厅对全国政协十届三次会议第2741号提案的答复.html"
SC36 = "36-国务院办公厅关于国家综合性消防救援车辆悬挂应急救援专用号牌有关事项的通知.html"
SC53 = "53-国务院关于同意乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复.html"
test15 = []
# 十一大 (华国锋's political report, 1977): after the opening, two headed parts. 我们党的第十一次路线斗争 tells the struggle
# against the 四人帮 and its smashing (history and review — left out, as 十二大's–二十大's 一; the 安定团结 / 继续革命
# paragraphs at its end are principles). 形势和任务: the 抓纲治国 strategic decision (a strategy and the general task, rule 2 —
# not counted, as 1964's and 1978's general tasks), the foreign-policy paragraphs (同志们！十大以来…对外工作 … 把反对…现代修正主义
# 的斗争进行到底; left out, with the Taiwan sentence in the 中美 paragraph and the 深挖洞、广积粮 defence call inside them), the
# domestic situation (outcomes, not counted) and 达到天下大治的八项要求, which the report names 抓纲治国的主要的战斗任务:
# 首先 (the first), 第二，–第八， — the eight measures (their paragraphs are items). Not counted besides: the closing paragraph's
# 中央决定…召开第五届全国人民代表大会 (a close call: an act decided, but it stands in the closing summary after the list of
# tasks, as the closing paragraphs of the work reports) and the final appeal. All planned; no actors; no deadline in a lead
# paragraph (争取今年内或稍长一点的时间 and 力争几年内 stand in items; 在第五个五年计划期内 and 到一九八○年 are in 第四's items and
# the plan's own period or a target).
# Categories: 首先 publicity_education (大打一场深入揭批…的人民战争, criticism and 肃清流毒: a campaign, as 1975's 批林批孔 and 1978's
# 二; the 清查 of people after it is an item); 第三 organisation_accountability (leading groups built by 接班人五项条件 and
# 老、中、青三结合); 第四 publicity_education (its first committing sentence after assessments and an aim: 把揭批…的斗争同学大庆、
# 学大寨的群众运动更紧密地结合起来 — emulation campaigns, as 1964's 推广大庆经验 and 1978's 劳动竞赛, against the economic
# default); 第八 organisation_accountability (the lead names a 方针 and 作出适当的安排 of policies, no means; the first item:
# cadres' cases settled, 分配适当工作 — posts of staff). Close calls: 第二 organisation_accountability (its lead 抓纲治国，首先要治党:
# party building, the area default, against publicity_education for its items' criticism, study of Marxism and 再教育 of
# traditions); 第五 services_administration (the headline's 文化教育事业 and the lead's 创作…文学艺术作品, 学术研究: culture and
# education as service, rule 4, as 1978's 四, against publicity_education for 文化领域的革命 and 为无产阶级政治服务); 第六 null
# (强化人民的国家机器: its lead and first items are the army — 抓纲治军, 战备, 军事训练 — defence, rule 10, against enforcement for
# the closing 公安工作 paragraph and organisation_accountability as 1978's 五, whose first item was the 革命委员会); 第七
# publicity_education (after a principle and 发扬民主 restated, the first means: 教育我们的同志懂得什么是民主生活, then 用三大纪律
# 八项注意教育…, against organisation_accountability for the party discipline restated (个人服从组织…) and legal_regulation for
# democracy as a system).
for anchor, cat in [("一定要把揭批“四人帮”的伟大斗争进行到底", PE), ("一定要搞好整党整风，加强党的建设", OA),
                    ("一定要把党的各级领导班子整顿好、建设好", OA), ("一定要抓革命促生产，把国民经济搞上去", PE),
                    ("一定要搞好文化教育领域的革命", SA), ("一定要强化人民的国家机器", None),
                    ("一定要发扬民主，健全民主集中制", PE), ("一定要贯彻执行统筹兼顾、全面安排的方针", OA)]:
    add(test15, C11, anchor, "planned", cat)
# SC-27 答复 (国办函〔2006〕71号), a reply to an NPC deputy's suggestion (a free website to look up all laws and regulations): as
# SC-25's 复函, only what the government will do is a measure; the background (websites built), the 中央政府门户网站's
# 法律法规 column already opened (the state of affairs) and the closing thanks are not. Its commitments stand in two
# unnumbered paragraphs, each led by 我们将… / 我们也将…: two measures (as 1978's unnumbered parts, one per paragraph), planned;
# actors null (我们, the 国务院办公厅, is the subject), no deadline. Categories: the first services_administration (研究 and
# 加强和改进 name no means; 做好…沟通协调 a close call for organisation_accountability; then 不断充实中央政府门户网站“法律法规”栏目
# …查询服务: government-website content serving the public, rule 8); the second monitoring (积极督促地方政府和政府部门加强…收集
# 整理工作: the centre urging and supervising lower governments, rule 7's 督查 — a close call against publicity_education for
# 及时在政府网站公开发布, rule 8's publishing, which comes after it).
add(test15, SC27, "对于你们提出的建议，我们将认真研究", "planned", SA)
add(test15, SC27, "我们也将积极督促地方政府和政府部门", "planned", MO)
# SC-29 答复 (国办函〔2006〕69号), a reply to an NPC deputy's suggestion (a premier's blog to hear public opinion): its first
# paragraph is the state of affairs (the premier's attention, the portal opened and its interactive 在线访谈 — outcomes; its
# closing 目前，我们正在研究改进有关栏目 is study under way, no act committed — a close call), not counted; the second
# paragraph's 我们将根据您的建议，认真研究，积极探索并不断拓展…方式和途径 is the one measure, planned; actors null, no deadline.
# Category services_administration (拓展公众利用互联网为政府建言献策的方式和途径: channels that serve the public on the
# government's websites, rule 8 — a close call against monitoring for 及时收集社情民意 after it).
add(test15, SC29, "我们将根据您的建议，认真研究", "planned", SA)
# SC-30 答复 (国办函〔2005〕69号), a reply to a CPPCC proposal (improving government websites): 我们采取了以下几方面的措施 一、–五、,
# five numbered measures, each by its acts (as SC-22): 一 done (国办已会同国务院信息办…起草了…意见和建设指南; 该意见和指南将…规范 is the
# guidance's content, not a further act — a close call, since it is not yet issued); 二 planned (正在…建设, 力争今年年内推出, the one
# deadline: 今年年内); 三 planned (assessments done 2002–2005, then 国办将会同有关部门继续探索…, 加强督促检查); 四 and 五 planned
# (将由…牵头，抓紧研究制定…; 国办将…组织制定…标准). Actors null: 国办正在牵头组织 and 将由信息产业部牵头 name lead units in
# sentences, not in a lead-unit parenthesis (a close call, as SC-55's 教育部为牵头单位). The opening (websites' importance) and
# the closing 我们将会同有关部门共同做好… (a courtesy after the thanks) are not counted. Categories: 一 legal_regulation (a guidance
# that 规范 the building and management of websites: rules); 二 services_administration (the 中央政府门户网站 and the website
# service system: serving the public, rule 8); 三 monitoring (绩效评估, 督促检查: rule 7); 四 legal_regulation (the lead's
# 研究制定相关政策措施 names no means (rule 2) and 促进…接入服务 is a verb of degree; the headline's 标准规范, rule 8 — a close call
# against services_administration for internet access); 五 legal_regulation (标准化体系, 组织制定…标准: rule 8).
for anchor, cat, role, deadline in [("研究制定指导性文件，规范各级政府网站的建设与管理", LR, "done", None),
                                    ("积极推进中央政府门户网站建设，构建政府网站服务体系", SA, "planned", "今年年内"),
                                    ("加强政府网站绩效评估工作，不断提升政府网站服务水平", MO, "planned", None),
                                    ("制定完善相关政策措施和标准规范，扩大互联网的普及应用", LR, "planned", None),
                                    ("抓紧推进政府网站及电子政务标准化体系建设工作", LR, "planned", None)]:
    add(test15, SC30, anchor, role, cat, deadline=deadline)
# SC-36 通知 (国办发〔2018〕114号), a notice laying down the rules of one matter (the fire and rescue vehicles' special plates) —
# the first of its genre: the opening's decision (经国务院同意，国家综合性消防救援车辆悬挂应急救援专用号牌) is what the parts
# spell out, not counted beside them (as SC-55's 同意建立…); its 一、–四、 are the measures, planned, as an opinion's numbered
# items; the closing paragraph (应急部要…认真组织实施。各地区、各有关部门要积极支持…, unnumbered, as SC-05's 有关要求 and SC-57's
# 组织实施) and the attachment (the plates' codes, sizes and drawings: details of 二, as SC-52's enrolment table) are not.
# Actors null: 应急部为专用号牌及配套行驶证件的核发主管单位 and 应急部负责制定…办法 name units in sentences, not in a lead-unit
# parenthesis. No deadline. Categories: 一 legal_regulation (which vehicles bear the plates, the issuing authority, the
# drivers' licences: rule 9); 二 legal_regulation (the plate's elements and the livery: a standard and a form, rule 8); 三
# legal_regulation (可以使用警报器…不受…限制: a permission and exemptions, and the duties when not on a mission, rule 9); 四
# economic_incentive (免征车辆购置税、免收车辆通行费和停车费: taxes and fees forgone — money, as 2017's tax and fee cuts, not
# rule 9's exemptions from a requirement; a close call).
for anchor, cat in [("专用号牌的核发范围和管理", LR), ("专用号牌要素和车辆外观", LR), ("悬挂专用号牌车辆的道路优先通行权", LR),
                    ("悬挂专用号牌车辆的政策保障", EI)]:
    add(test15, SC36, anchor, "planned", cat)
# SC-53 批复 (国函〔2018〕145号), an approval of a pilot zone (three high-tech zones built into a 国家自主创新示范区) — the first
# of its genre: no plan is attached, so the 批复's own 一、–四、 are the measures, the approval in 一 included (the act it
# decides; unlike SC-55, whose 同意建立 approves an attached 制度 counted in its parts). All planned; actors null (新疆维吾尔
# 自治区人民政府和新疆生产建设兵团要… and 国务院有关部门要… are subjects of sentences); no deadline. Categories: 一
# legal_regulation (同意…建设国家自主创新示范区，区域范围为…: a status granted, rule 9; the 要… after it are aims and a strategy);
# 三 organisation_accountability (纳入…部际协调小组统筹指导: placed under a coordinating body, as SC-55's joint meeting, before
# the departments' 给予积极支持); 四 organisation_accountability (加强组织领导，建立协同推进机制…细化任务分工: leadership and the
# division of responsibility). Close call: 二 legal_regulation (同意…享受国家自主创新示范区相关政策: an entitlement granted, rule
# 9, then 深化简政放权…改革 and 科技体制改革, rule 5 — against economic_incentive for the zone policies' tax and money
# preferences, which the text does not name).
for anchor, cat in [("同意乌鲁木齐、昌吉、石河子3个高新技术产业开发区", LR), ("同意乌鲁木齐、昌吉、石河子高新区享受国家自主创新示范区相关政策", LR),
                    ("同意将乌鲁木齐、昌吉、石河子高新区建设国家自主创新示范区工作纳入", OA),
                    ("新疆维吾尔自治区人民政府和新疆生产建设兵团要加强组织领导", OA)]:
    add(test15, SC53, anchor, "planned", cat)

# --- test16 --------------------------------------------------------------------------------------
# A sixteenth test half (2026-12-06), held out in the seventeenth session: marked by a helper who does no tuning, by reading
# the raw text only, before `zhili measures` was run on these files; the measures first (their headlines and lead sentences
# written to /work/coord/test16-headlines.md for a blind second coder), the categories afterwards, by the codebook as on
# main at bee93b9 (tie-break rules 1–10). Anchors are phrases of each measure's heading or of the first 120 characters of
# its paragraph (where the scorer looks), as written, each found once in the whitespace-squeezed raw file and in its text
# (for the HTML files, after tags are dropped); no anchor has a full-width digit.
C10 = "在中国共产党第十次全国代表大会上的报告.txt"
SC21 = "21-国务院办公厅关于辽宁省在曾培炎副总理考察工作时所提问题和建议办理情况的函.html"
SC28 = "28-国务院办公厅对十届全国人大四次会议第2996号建议的答复.html"
SC32 = "32-国务院关于印发个人所得税专项附加扣除暂行办法的通知.html"
SC40 = "40-国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知.html"
SC47 = "47-国务院关于印发《国务院工作规则》的通知.html"
test16 = []
# 十大 (周恩来's report, 1973): an unnumbered speech in three headed parts. 关于九大路线 (the ninth congress's line, Lin Biao's
# coup and the 批林整风 movement already carried out, the domestic and foreign outcomes) is review — left out, as 十二大's–二十大's
# 一; 关于粉碎林彪反党集团的胜利 is history and principles (党内两条路线斗争将长期存在, the three basic principles 要搞马克思主义…,
# 反潮流 — principles, as 十一大's closing paragraphs of its line struggle and 1988's 正确处理…关系), left out. 关于形势和任务: the
# international situation (时代, 天下大乱, 美苏争霸, 中苏关系, 妥协, 战争) and the paragraph 在当前国内外大好形势下… (在国际… foreign
# policy; 在国内… the basic line and the general aim — a strategy, rule 2, as 十一大's 抓纲治国 general task) are left out; the
# defence paragraph 我们必须坚持…“备战、备荒、为人民”… and the Taiwan paragraph (台湾一定要解放) stand apart from the
# foreign-policy ones and are kept as one task each without a category, as 1975's and as 十六大's–二十大's defence and
# unification (a close call against 十一大, whose defence call and Taiwan sentence stood inside foreign-policy paragraphs and were
# left out); after 同志们！ and the transition 我们必须看到…把各项工作做好, the paragraphs whose lead (or, for the successors, its
# second sentence 各级党组织都要把这项百年大计经常列入议程) commits the party to a task are the measures, as 1975's unnumbered
# speech: 首先，要继续搞好批林整风, the study of Marxist works, the superstructure, the economy, 党的一元化领导, the successors — six
# paragraphs, 首先 heading a sequence that is not numbered further (the study paragraph is its own task, not an item of 批林整风:
# a close call). The closing paragraph's 最近，我们还要举行第四届全国人民代表大会 is not counted (an act announced in the closing, as
# 十一大's 中央决定…召开第五届全国人民代表大会). All planned; no actors; no deadline.
# Categories: 批林整风 publicity_education (阶级斗争和路线斗争的教育, 批判修正主义: a campaign of criticism and education, as
# 1975's 批林批孔 and 十一大's 首先); the study of Marxist works publicity_education (study, rule 6); 党的一元化领导
# organisation_accountability (party leadership, 党委制, 民主集中制); the successors organisation_accountability (cadres trained by
# the 五条标准 and 老、中、青三结合, 能上能下 — posts of staff, as 十一大's 第三). Close calls: the superstructure paragraph
# publicity_education (its first act 重视…各个文化领域的阶级斗争 — ideological struggle, as 1975's 务必十分注意上层建筑领域的社会主义
# 革命 — against legal_regulation for 改革一切不适应经济基础的上层建筑 after it, rule 3); the economy paragraph publicity_education
# (after an assessment, the general line 鼓足干劲…抓革命、促生产 and the 方针 and 政策 — stances, rule 2 — the first means are
# 艰苦奋斗，勤俭建国 (thrift urged, as 1975's) and 工业学大庆，农业学大寨…大搞群众运动 (emulation campaigns, as 十一大's 第四), against
# economic_incentive by the economic default and organisation_accountability as 1975's 抓革命、促生产 row, coded before the tie-break
# rules; 加强计划…健全合理的规章制度 come after).
# 三大 (陈独秀's report of the Central Committee, 1923, translated from the Russian archive copy): no level-1 measure. It reviews
# the Committee's work since the second congress (its seats, the local groups, funds, membership, the papers, the decision to
# join the 国民党, the 民权 movement, the unions) and criticises the party, the Committee and its members; it lays down no task
# and has no part on tasks. Its 应该 sentences (黨員應該更加註意反對帝國主義的口號, 我們對於上海應該更加註意, 還應當在工人中進行擁護國民
# 革命的宣傳, 我們應該糾正我們的錯誤) close paragraphs of review and criticism — conclusions of the criticism, not tasks (a close
# call against 1954's closing 應當… rule, which applies to a speech that commits the government to the tasks ahead); the decision
# 決定勸說全體黨員加入國民黨 is history, as 十二大's–二十大's 一. Zero measures for 陈独秀在中国共产党第三次全国代表大会上的报告.txt: a
# coverage row (added in the twentieth session), so that its predictions count against precision.
none(test16, "陈独秀在中国共产党第三次全国代表大会上的报告.txt")
for anchor, cat in [("我们必须坚持毛主席关于“备战、备荒、为人民”", None), ("台湾省是祖国神圣领土", None),
                    ("首先，要继续搞好批林整风", PE), ("全党要认真学习马列著作和毛主席著作", PE),
                    ("要重视上层建筑包括各个文化领域的阶级斗争", PE), ("我国在经济上还是一个穷国", PE),
                    ("要进一步加强党的一元化领导", OA), ("无产阶级文化大革命中广大群众创造的老、中、青三结合的经验", OA)]:
    add(test16, C10, anchor, "planned", cat)
# SC-21 函 (国办函〔2004〕57号), a reply to a province's requests (辽宁, after 曾培炎's visit), as test14's SC-22: each of 一、–七、
# states a request and the departments' 办理意见, and is one level-1 measure, what the 办理意见 commits to (三's and 六's （一）–（三）
# are items). 五、关于大连新机场建设项目问题。（略） is cut from the published text (（本文有删减）): no 办理意见 to read, so not counted
# (a close call: it is a numbered item). Role by the 办理意见's acts: 一 done (已将大连百万吨乙烯项目列入乙烯发展布点中, 已委托中国国际
# 工程咨询公司…作进一步评估论证 — all completed; the feasibility study is the project's own — a close call, the evaluation itself
# being under way); 六 planned (（一） 将继续关注…积极研究并推动, though （二）'s 玉米期货 is already approved: some acts to come,
# as test15's SC-30); the others planned (建议…再给予适当的支持, 国家将…适时启动, 建议你省积极推进…, 发展改革委将…给予支持). Actors
# null: the departments are subjects of sentences (发展改革委会同有关部门研究提出, 证监会、发展改革委提出了以下意见), not in a
# lead-unit parenthesis; no deadline (尽快 and 适时 are none; “十五”期内 stands in the request, not the 办理意见).
# Categories: 四 legal_regulation (after the abolished 2分钱 fund (background), 建议你省积极推进电力体制改革，加快电网企业主辅分离:
# reform, rule 5); 六 legal_regulation (new futures contracts allowed on the exchange — 应先从个别…品种开始, the corn contract
# approved: permissions, rule 9); 七 economic_incentive (给予支持, 列入国债专项予以支持). Close calls: 一 monitoring (the project
# listed in the 专项规划's layout — writing a project into a plan names no means, as test14's SC-22 九 — then 委托…作进一步评估论证:
# an evaluation, rule 7; against legal_regulation as test14's SC-22 一, whose 评估论证 served a 核准 that the text named, and which
# this text does not); 二 economic_incentive (需审慎研究 is study; 建议 the firms 先…做好前期论证 is advice to them; the government's
# one act is 再给予适当的支持, rule 6 — against legal_regulation for the conditions set before it, as SC-22's 五, where a 行业审查
# came first); 三 legal_regulation (the 办理意见 decides which power plants go ahead and when — 电源点建设应优先考虑…,
# 其扩建工程需进一步研究…, 已优先考虑营口电厂二期…, 适时启动项目建设 — the order of project approvals answering 尽快审批, as SC-22's
# project reviews; against economic_incentive for investment, the area default, and the request's 加大…支持力度).
for anchor, cat, role in [("关于大连双岛湾工业区石化项目问题", MO, "done"), ("关于开发生产大型船用柴油机曲轴项目问题", EI, "planned"),
                          ("关于辽宁电力建设项目问题", LR, "planned"), ("关于地方电网建设资金问题", LR, "planned"),
                          ("关于大连商品交易所增设玉米和石油交易品种问题", LR, "planned"), ("关于继续支持地方工业项目建设问题", EI, "planned")]:
    add(test16, SC21, anchor, role, cat)
# SC-28 答复 (国办函〔2006〕70号), a reply to an NPC deputy's suggestion (foreign-language versions of local government portals), as
# test15's SC-27 and SC-29: the state of affairs (websites built, the portal's English version opened, local versions lagging)
# and the thanks are not measures; the commitment stands in one paragraph, 我们将在下一步工作中认真采纳：一是…；二是…, whose two
# numbered acts are two measures (as SC-30's numbered 一、–五、 — a close call against one measure per paragraph, as SC-25's
# unnumbered 拟… sentences and SC-27's paragraphs). Both planned (拟…, 加强…); actors null (我们); no deadline. Categories: 一是
# legal_regulation (a requirement written into the guidance being drafted, 明确要求有条件的地方政府网站应建设外文版: rules, as SC-30's
# 一); 二是 services_administration (加强…指导 names its object: the foreign-language sites' content and languages, government-website
# content for the public, rule 8 — a close call against publicity_education for 坚持宣传与服务并重 and the 对外宣传 purpose, and
# against monitoring for 指导 read as supervision of local governments).
add(test16, SC28, "拟在起草制订的加强政府网站建设和管理的指导意见中", "planned", LR)
add(test16, SC28, "加强对地方政府网站外文版建设的指导", "planned", SA)
# SC-32 通知 (国发〔2018〕41号) sends the 个人所得税专项附加扣除暂行办法 — the first regulation in chapters and articles of the gold:
# by the closest rules, its chapters are parts (as an opinion's 一、… headings and State Council 18's 规定 parts) and its articles the
# numbered items; the measures are the articles of the operative chapters 二–八 (子女教育 … 保障措施, 第五条–第二十八条, 24), as State
# Council 41's subsections of its operative parts, not 第一章 总则 (basis, definition, principles and 第四条's 适时调整…范围和标准: a
# close call, left out as an opinion's 总体要求) nor 第九章 附则 (definitions, 第三十条's no carry-forward — a close call, a rule of
# substance in the 附则 — the 操作办法 left to the tax authority, the date of effect), as State Council 41's 总则 and 附则; nor the
# 通知's own sentence (现将…印发给你们). Each article is one measure, the definitions inside a chapter included (第十八条's 主要工作城市,
# 第二十三条's 被赡养人: who may claim — the scope of the deduction, as SC-36's 核发范围), as State Council 18's items all counted.
# All planned; no actors (第二十六条's departments are items of a list of information providers, not a lead-unit parenthesis); no
# deadline (48个月, 240个月 and 留存五年 are terms of rules).
# Categories: the six articles that set a deduction's amount (每月1000元 …) economic_incentive — tax forgone, as State Council 18's
# exemptions and SC-36's 免征; the articles on who may claim, how the deduction is shared, what may not be combined, what a
# taxpayer must keep for checking (留存…备查), what a payee may not refuse and what must be filed (rule 9: what a person or firm
# must or may do) legal_regulation — 第六、七、九、十、十二、十三、十五、十六、十八、十九、二十、二十一、二十四、二十五条, and 第二十三条 (a
# definition only, naming no means: the scope of the deduction, legal_regulation as rules and scope — a close call against the
# economic default); 第二十六条 monitoring (departments' data about taxpayers shared with the tax authority, rule 8); 第二十八条
# monitoring (税务机关核查: the check itself, rule 7, with the units' duty to assist — against legal_regulation). Close calls:
# 第二十五条 legal_regulation (the taxpayer's and withholding agent's filings, rule 9, against monitoring for information about the
# regulated); 第二十七条 monitoring (the withholding agent checking the claims, reporting a refusal, the tax authority handling it —
# a check of filings, rule 7, against legal_regulation for the agent's power to require a correction, rule 9).
for anchor, cat in [
        ("纳税人的子女接受全日制学历教育的相关支出", EI), ("父母可以选择由其中一方按扣除标准的100%扣除", LR),
        ("纳税人子女在中国境外接受教育的", LR), ("纳税人在中国境内接受学历（学位）继续教育的支出", EI),
        ("个人接受本科及以下学历（学位）继续教育", LR),
        ("纳税人接受技能人员职业资格继续教育、专业技术人员职业资格继续教育的，应当留存", LR),
        ("在一个纳税年度内，纳税人发生的与基本医保相关的医药费用支出", EI), ("纳税人发生的医药费用支出可以选择由本人或者其配偶扣除", LR),
        ("纳税人应当留存医药服务收费及医保报销相关票据原件", LR),
        ("纳税人本人或者配偶单独或者共同使用商业银行或者住房公积金个人住房贷款", EI), ("经夫妻双方约定，可以选择由其中一方扣除", LR),
        ("纳税人应当留存住房贷款合同、贷款还款支出凭证备查", LR), ("纳税人在主要工作城市没有自有住房而发生的住房租金支出", EI),
        ("本办法所称主要工作城市是指纳税人任职受雇的直辖市", LR), ("住房租金支出由签订租赁住房合同的承租人扣除", LR),
        ("纳税人及其配偶在一个纳税年度内不能同时分别享受住房贷款利息和住房租金专项附加扣除", LR),
        ("纳税人应当留存住房租赁合同、协议等有关资料备查", LR), ("纳税人赡养一位及以上被赡养人的赡养支出", EI),
        ("本办法所称被赡养人是指年满60岁的父母", LR), ("纳税人向收款单位索取发票、财政票据、支出凭证", LR),
        ("纳税人首次享受专项附加扣除", LR), ("有关部门和单位有责任和义务向税务部门提供或者协助核实", MO),
        ("扣缴义务人发现纳税人提供的信息与实际情况不符的", MO), ("税务机关核查专项附加扣除情况时", MO)]:
    add(test16, SC32, anchor, "planned", cat)
# SC-40 通知 (国发〔1981〕88号), a notice settling questions of one scheme (the grain sold as a reward for cotton and sugar
# deliveries), as test15's SC-36: its 一、 and 二、 are the measures, planned; the opening (the 1980 decision, the problems) is
# background, and the unnumbered closing (各有关部门必须密切配合…要追究责任) is not counted, as SC-36's and SC-05's closing
# paragraphs. Actors null (有关省、市、自治区 is the subject of a sentence). Deadline: 一's 六月底前 (各地应于六月底前将落实到生产队的
# 基数情况报…备案 — the date by which the bases are to be assigned to the production teams and reported, in the item's one
# paragraph: a close call, since the sentence is the report's due date). Categories: 一 economic_incentive (the reward-sale bases
# assigned to the teams, the settlement between the state and the provinces and the 机动粮 allocated 包干使用: the incentive grain
# and its accounts — against legal_regulation for the settlement rule); 二 economic_incentive (the reward grain sold at the 统购价,
# its costs and losses made good by local budgets).
add(test16, SC40, "关于棉粮挂钩的奖售基数问题", "planned", EI, deadline="六月底前")
add(test16, SC40, "关于棉粮、糖粮挂钩奖售粮的供应价格和经营费用负担问题", "planned", EI)
# SC-47 通知 (国发〔2004〕18号) sends the revised 国务院工作规则 — the first rules of a government's own work in the gold: its ten
# chapters are parts and its articles 一、–五十四、 the numbered items, as SC-32's; the measures are the articles of chapters 二–十
# (组成人员职责 … 作风纪律: 五、–五十四、, 50), as the attached 制度 of State Council 55 (主要职能, 成员单位, 工作规则, 工作要求 — the
# members and meetings of a body, counted), not 第一章 总则's 一、–四、 (basis, guiding thought, principles: as an opinion's 总体要求)
# nor the 通知's own sentence. Articles that state who the State Council is and who leads or stands in (五、–十一、) are counted as
# SC-55's 成员单位. All planned; actors null (the units are subjects of sentences); no deadline (每半年, 每月三次, 两个月一次 and
# 年中和年末 are frequencies of rules).
# Categories: the State Council's members, leadership, meetings, the handling and signing of documents and the members' conduct
# organisation_accountability (bodies, leadership, responsibility, discipline — as SC-55's joint meeting and its rules of work:
# 五–十一, 十八, 三十二, 三十三, 三十五–四十一, 四十三–四十六, 四十八–五十三); laws, regulations and their review legal_regulation
# (十五, 二十三, 二十四, 四十二's 应当符合《国家行政机关公文处理办法》的规定: forms, rule 8); 十三 economic_incentive (宏观调控 主要运用
# 经济…手段, as 2010's); 十四 monitoring (市场监管体系, 信用监督); 十六 services_administration (公共服务); supervision of the
# government (二十七–二十九, 三十一: 接受…监督, 内部监督, as the main act, not rule 2's purpose), 二十一 (跟踪和反馈执行情况, 督促检查)
# and 三十四 (报告执行情况, 通报) monitoring (rule 7); 四十七 publicity_education (组织学习, rule 6's study); 五十四 publicity_education
# (实行政务公开 first, rule 8). Close calls: 十二 legal_regulation (加快政府职能转变: the reform of government functions, rule 5, as
# 放管服, against organisation_accountability for government building); 十七 organisation_accountability (the first member, 群众参与、
# 专家咨询和政府决策相结合的决策机制 — a 机制 whose object is how the government decides — against legal_regulation for 健全重大决策
# 的规则和程序 after it, rule 3); 十九 monitoring (proposals evaluated by experts, consultation, hearings before decision: how a check
# is done, rule 7, against legal_regulation for a procedural requirement); 二十 organisation_accountability (hearing the parties'
# and experts' views before decisions: a working method, against monitoring); 二十二 organisation_accountability (after a
# definition and the principles of lawful administration (stances), 强化责任意识 — against legal_regulation by the area of 依法行政);
# 二十五 legal_regulation (drafting and reviewing laws and regulations, against organisation_accountability for who does it);
# 二十六 legal_regulation (理顺行政执法体制: reform, rule 5, against enforcement); 三十 services_administration (信访 channels for the
# public, as test15's SC-29 channels, against monitoring for the chapter's 行政监督); 三十一 monitoring (接受新闻舆论和群众的监督
# first, against publicity_education for 发布政务信息 later); 四十 and 四十五 organisation_accountability (minutes and documents signed
# by the premier first, against publicity_education for 及时报道 / 及时公布 after); 五十一 organisation_accountability (the members'
# clean-government discipline, with no punishment named, against enforcement for corruption).
SC47_ARTICLES = [
    ("国务院由下列人员组成", OA), ("国务院实行总理负责制", OA), ("总理召集和主持国务院全体会议和国务院常务会议", OA),
    ("副总理、国务委员按分工负责处理分管工作", OA), ("秘书长在总理领导下", OA), ("总理出国访问期间", OA),
    ("各部部长、各委员会主任、人民银行行长、审计长负责本部门的工作", OA),
    ("国务院及各部门要加快政府职能转变", LR), ("健全宏观调控体系", EI), ("加强市场监管，创造公平和可预见的法制环境", MO),
    ("认真履行社会管理职能", LR), ("强化公共服务职能", SA),
    ("国务院及各部门要完善群众参与、专家咨询和政府决策相结合的决策机制", OA),
    ("国民经济和社会发展计划、国家预算、宏观调控和改革开放的政策措施", OA), ("各部门提请国务院讨论决定的重大决策建议", MO),
    ("国务院在作出重大决策前", OA), ("各部门必须坚决贯彻落实国务院的重大决策", MO),
    ("依法行政的核心是规范行政权力", OA), ("国务院根据社会主义市场经济发展、社会全面进步和扩大对外开放的需要", LR),
    ("各部门制定的规章和其他规范性文件", LR), ("提请国务院讨论的法律草案和审议的行政法规草案由国务院法制机构审查或组织起草", LR),
    ("要按照行政执法与经济利益脱钩、与责任挂钩的原则理顺行政执法体制", LR),
    ("国务院要自觉接受全国人大及其常委会的监督", MO), ("各部门要按照行政诉讼法及有关法律规定", MO), ("加强行政系统内部监督", MO),
    ("国务院及各部门要重视人民群众来信来访工作", SA), ("国务院及各部门要接受新闻舆论和群众的监督", MO),
    ("国务院及各部门要加强工作的计划性、系统性和预见性", OA), ("国务院提出年度重点工作目标", OA),
    ("各地区、各部门要认真落实国务院年度工作安排布局", MO),
    ("国务院实行国务院全体会议和国务院常务会议制度", OA), ("国务院全体会议由总理、副总理、国务委员、各部部长", OA),
    ("国务院常务会议由总理、副总理、国务委员、秘书长组成", OA), ("提请国务院全体会议和国务院常务会议讨论的议题", OA),
    ("国务院领导同志不能出席国务院全体会议或国务院常务会议", OA), ("国务院全体会议和国务院常务会议的纪要", OA),
    ("国务院及各部门召开的工作会议", OA),
    ("各地区、各部门报送国务院的公文", LR), ("各地区、各部门报送国务院审批的公文", OA), ("国务院公布的行政法规、决定、命令", OA),
    ("以国务院名义发文", OA), ("国务院及各部门要进一步精简公文", OA),
    ("国务院领导同志要做学习的表率", PE), ("国务院领导同志要深入基层", OA), ("国务院领导同志不为部门和地方的会议活动等发贺信、贺电", OA),
    ("国务院领导同志出席会议活动、下基层考察调研的新闻报道和外事活动安排", OA), ("国务院组成人员要严格遵守中央有关廉政建设的规定", OA),
    ("国务院组成人员必须坚决执行国务院的决定", OA), ("副总理、国务委员、秘书长离京出访、出差和休养", OA),
    ("国务院及各部门要实行政务公开", PE)]
for anchor, cat in SC47_ARTICLES:
    add(test16, SC47, anchor, "planned", cat)

# --- test17 --------------------------------------------------------------------------------------
# A seventeenth test half (2026-12-06), held out in the eighteenth session: marked by a helper who does no tuning, by reading
# the raw text only, before `zhili measures` was run on these files; the measures first (their headlines and lead sentences
# written to /work/coord/test17-headlines.md for a blind second coder), the categories afterwards, by the codebook as on
# main at 195a684 (tie-break rules 1–10). Anchors are phrases of each measure's heading or of the first 120 characters of
# its paragraph (where the scorer looks), as written, each found once in the whitespace-squeezed raw file and in its text
# (for the HTML files, after tags are dropped); no anchor has a full-width digit.
C9 = "在中国共产党第九次全国代表大会上的报告.txt"
SC14 = "14-国务院关于河北雄安新区总体规划（2018—2035年）的批复.html"
SC16 = "16-国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施《中华人民共和国药品管理法实施条例》有关规定的决定.html"
SC23 = "23-国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函.html"
SC26 = "26-国务院办公厅对全国政协十届四次会议第4626号提案的答复.html"
SC48 = "48-国务院办公厅关于湖北省在温家宝总理考察工作时所提问题和建议办理情况的函.html"
test17 = []
# 九大 (林彪's report, 1969): an unnumbered speech in eight headed parts. 一 (the preparation: theory and the history of the
# line struggle) and 二 (the course of the Cultural Revolution) are history and review — left out, as 十二大's–二十大's 一 and
# 十大's 关于九大路线. In 三 (斗、批、改), 四 (policies) and 六 (the party), as 1975's and 十大's unnumbered speeches, the paragraphs
# whose lead — or, as 1954's and 1959's, whose closing 应当…/我们要… — commits to a task are the measures: 三's six (the stages
# of 斗批改 to be completed unit by unit, 活学活用, 革命大批判, the revolutionary committees, the army, the culture and education
# front), 四's six (intellectuals, those who erred, the struggle against enemies, the reactionary academic authorities, carrying
# out the policies unit by unit, 抓革命促生产 and the economy), 六's three (the criticism of 刘少奇's party-building line, whose
# closing 我们应当继续开展革命大批判 commits — a close call, a near-repeat of 三's 大批判 —, the rectification of the party, the
# study and propaganda of the experience). Not counted: 三's opening paragraph and 四's 为了继续进行…必须认真执行…各项无产阶级政策,
# 当前的主要问题是落实 and the list of policies (introductions to the parts' tasks), 四's paragraph of production outcomes; 五
# (阶级斗争还是会有反复的 … 我们要紧跟毛主席: a warning and a principle, as 十大's 党内两条路线斗争将长期存在 — a close call against its
# closing 我们要…克服…困难); 六's political direction, history and 吐故纳新 theory (principles) and the 党章 paragraph (the draft put
# before the congress: its own agenda, as 十一大's and 十大's closing announcements); 七 (foreign relations) except its paragraph
# of war preparations with 一定要解放自己的神圣领土台湾 (我们决不可因为胜利，放松自己的革命警惕性…我们要作好充分准备), kept as one
# task without a category as 十大's defence and Taiwan paragraphs, since it stands as a paragraph of its own — a close call
# against 十一大, whose defence call and Taiwan sentence stood inside foreign-policy paragraphs, and against leaving a foreign-
# relations part out whole (1995's 七, 1999's 十); 八 (the closing appeal). The first task paragraph (毛主席指出：“建立三结合的
# 革命委员会，大批判，清理阶级队伍，整党，精简机构…”我们要…完成这些任务) is counted beside the paragraphs after it — a close call against
# reading it as the part's general task (as 十一大's 抓纲治国): it names stages to complete in each unit, and the paragraphs after
# it are tasks of their own (活学活用, the army, the culture front are not among its stages). All planned; no actors; no deadline.
# Categories: the stages of 斗批改 organisation_accountability (the first member of the list: 建立三结合的革命委员会, a body and its
# leadership, rule 1c); 活学活用毛泽东思想 publicity_education (study, 学习班); 革命大批判 publicity_education (criticism, a campaign);
# the revolutionary committees organisation_accountability (一元化的领导 first, then 精兵简政 and cadres' work style — against
# legal_regulation by rule 5 for 打破重叠的行政机构, the second member, rule 3); the army null (its commitment: 加强军民团结，加强民兵
# 建设，加强国防建设 — defence, rule 10); intellectuals publicity_education (再教育 by workers, peasants and soldiers; 要予以鼓励 after it
# is praise, not money — against economic_incentive by rule 6); those who erred publicity_education (着重于教育和再教育，做…思想政治
# 工作 first — against organisation_accountability for 解放他们，分配适当的工作, posts of staff, after it); the struggle against enemies
# enforcement (dictatorship over enemies, 重证据…严禁逼、供、信, 依法处理, 一个不杀、大部不抓: how offenders are dealt with); the academic
# authorities publicity_education (一批二看…批判思想，给以出路: criticism first); the war preparations null (defence and Taiwan, rule 10);
# the criticism of 刘少奇's party-building line publicity_education; the study and propaganda of the experience publicity_education.
# Close calls: carrying out the policies unit by unit organisation_accountability (要具体地研究本单位的情况 is study, no means, rule 2;
# then 帮助…实行按系统、按行业、按班级的革命大联合 — organising the mass organisations — against enforcement for 清理阶级队伍 after
# it); the culture and education front publicity_education (its closing commitments, 克服…轻视思想文教战线的错误倾向 (no means) and
# 工人阶级…提高自己的政治觉悟, and the transformation of the front 用毛泽东思想, an ideological front — against
# organisation_accountability for 工人阶级必须领导一切, the workers' leadership of the schools, and services_administration for education
# as service); 抓革命，促生产 legal_regulation (after the 方针 defended and the general line and 方针 restated (stances, rule 2) and 调查
# 研究 (study), the first means is 解决经济战线上斗、批、改的许多政策问题 — the economic front's policies and rules reformed, rule 5 —
# against publicity_education for 政治工作是一切经济工作的生命线 and 充分发挥…革命积极性 (mobilisation, as 十大's economy paragraph,
# whose first means were campaigns) and economic_incentive by the economic default); the rectification of the party
# publicity_education (its first committing sentence 必须向广大党员进行…教育, rule 1a — against organisation_accountability, the party-
# building default, for 清除出党, 吸收入党 and 领导权 after it).
for anchor, cat in [("建立三结合的革命委员会，大批判，清理阶级队伍", OA), ("必须把活学活用毛泽东思想，放在各项工作的首位", PE),
                    ("我们必须继续高举革命大批判的旗帜", PE), ("革命委员会要实行一元化的领导", OA), ("人民解放军是无产阶级专政的坚强支柱", None),
                    ("在上层建筑领域中，文化、艺术、教育、新闻、卫生等部门", PE), ("从旧学校中培养的知识分子", PE),
                    ("对于犯错误的人，必须着重于教育和再教育", PE), ("在对敌斗争中，必须执行毛主席历来主张的", EN), ("对资产阶级反动学术权威", PE),
                    ("落实党的各项政策，要具体地研究本单位的情况", OA), ("这个方针是完全正确的", LR), ("刘少奇的修正主义建党路线", PE),
                    ("是我们党的历史上一次最广泛、最深刻的整党运动", PE), ("对这次无产阶级文化大革命的基本经验的学习和宣传", PE),
                    ("我们决不可因为胜利，放松自己的革命警惕性", None)]:
    add(test17, C9, anchor, "planned", cat)
# SC-14 批复 (国函〔2018〕159号), the approval of the 河北雄安新区总体规划（2018—2035年）, which is not attached: by the seventeenth
# session's rule for an approval's grant, 一、原则同意《…总体规划》 is a measure (the act decided; the rest of 一 assesses the plan),
# and the 批复's numbered 三、–十四、 (each a heading and 要… sentences) are the measures, as SC-53's numbered points. 二、紧扣雄安新区
# 战略定位 is not counted: the new area's strategic position and goals (形成北京新的两翼, 建设成为…新城区、…引领区、…示范区), as an
# opinion's 总体要求 and a programme's 目标 — a close call, since its 有序推进雄安新区开发建设 reads as a commitment (a verb of degree).
# All planned; actors null (河北省委和省政府, 国家发展改革委 and 京津冀协同发展领导小组办公室 in 十四 are subjects of sentences); no
# deadline (2018—2035年 is the plan's period; 70% and 30% are targets).
# Categories: 三 legal_regulation (after 紧紧抓住…“牛鼻子” (no means), 改革创新体制机制 first, rule 5); 四 legal_regulation (after a
# stance and 统筹, 严守生态保护红线, 严格保护永久基本农田, 严控…城镇开发边界: binding limits on land use); 五 enforcement (开展生态保护与
# 环境治理 and 有效治理农村面源污染: environmental protection and pollution control, the area default, as the work reports'
# environment tasks); 六 economic_incentive (after stances and a layout, 集中建设起步区，率先开发启动区: construction and investment, as
# the reports' 城乡融合 tasks); 八 services_administration (the lead's 公共服务, rule 4); 九 economic_incentive (加快建立…轨道和公路交通
# 网络: infrastructure built). Close calls: 一 legal_regulation (the approval gives the plan its force — 十四's 必须严格执行，任何部门和个人
# 不得随意修改 — a status granted, as SC-53's grant, rule 9; against reading it by rule 2 as adopting a plan, which names no means);
# 七 legal_regulation (强化分区引导, 强化规划引导和控制, 原则上不建高楼大厦: zoning and design rules — against services_administration for
# 城市设计 and the cultural heritage); 十 publicity_education (the lead's first means 推广绿色低碳的生产生活方式, as SC-07's 践行绿色生活
# 方式 — against enforcement, the environment default, and legal_regulation for 水资源开发利用红线 and 最严格的水资源管理制度 after it);
# 十一 legal_regulation (实施创新驱动发展战略 (a strategy) and 布局高端高新产业 (a layout, as a plan) name no means; then 改革创新人才
# 发展机制, rule 5 — against services_administration, the science default, as 2022's 强化创新引领); 十二 economic_incentive (布局智能
# 基础设施, 建设…通信网络: infrastructure built — against monitoring for 智能多源感知体系 and 信息管理中枢, and services_administration
# for 智能民生服务系统 later); 十三 monitoring (after 总体国家安全观 (a stance), 构建城市安全和应急防灾体系: a system whose object is risk
# control, rule 2 — against legal_regulation for 科学确定…安全标准 after it, rule 8); 十四 legal_regulation (its first committing
# sentence: 《总体规划》…必须严格执行，任何部门和个人不得随意修改、违规变更 — what departments and persons may not do, rule 9 — against
# organisation_accountability, the heading's 组织实施 and 河北省委和省政府要切实履行主体责任).
for anchor, cat in [("原则同意《河北雄安新区总体规划", LR), ("有序承接北京非首都功能疏解", LR), ("优化国土空间开发保护格局", LR),
                    ("打造优美自然生态环境", EN), ("推进城乡融合发展", EI), ("塑造新区风貌特色", LR), ("打造宜居宜业环境", SA),
                    ("构建现代综合交通体系", EI), ("建设绿色低碳之城", PE), ("建设国际一流的创新型城市", LR), ("创建数字智能之城", EI),
                    ("确保城市安全运行", MO), ("加强规划组织实施", LR)]:
    add(test17, SC14, anchor, "planned", cat)
# SC-16 决定 (国发〔2018〕43号), a decision that adjusts a regulation for one zone — the first of its genre: its one paragraph decides
# the act (暂时调整实施《药品管理法实施条例》第三十六条: the urgently needed imported drugs of the zone's hospitals approved by the
# 海南省人民政府) and the duties that go with it (明确审批的条件和程序, 严格审查, 追溯, 监督管理, 具体管理办法 …), so it is one measure,
# as an approval's grant (SC-53, SC-14's 一) and a one-paragraph part (1978's unnumbered parts); the province's duties are its items,
# not measures beside it. Planned; actors null (由海南省人民政府实施审批 names a unit in a sentence); no deadline. Category
# legal_regulation (the regulation's provision suspended and the approval power given to the province: what the zone's hospitals may
# do and who permits it, rule 9 — against monitoring for 严格审查, 追溯 and 监督管理 after it; a close call only in that the
# permission goes to an administration, as the test7 second coder noted).
add(test17, SC16, "国务院决定在海南博鳌乐城国际医疗旅游先行区暂时调整实施", "planned", LR)
# SC-23 复函 (国办函〔2004〕80号), a reply to a province's request (巴东县's geological hazard) that forwards the 国土资源部's report and
# the experts' opinion (现将国土资源部及专家组的有关意见转复你省): as the forwarding notices (State Councils 20, 51, 52), the measure is
# the forwarded report's part that states what is to be done, 四、建议意见 (long-term monitoring of the ground vibration), not its 一
# (the situation), 二 (the causes) nor 三、处理情况 (the county's survey, the residents moved and the monitoring station set up — what
# the localities did, found by the investigation, as SC-49's account of the punishments given: a close call against counting it
# done). The reply's own paragraph restates the same recommendation (建议你省按照专家组意见，做好…长期监测工作) — the same act, not
# counted twice — and points the request for money to the 财政部 (可另向财政部专题报告: a procedure, no act); the experts' opinion
# (attachment 2) closes on the same 建议继续加强监测研究. One measure, planned; actors null; no deadline. Category monitoring
# (长期监测: risk control and observation, rule 7's and the codebook's monitoring).
add(test17, SC23, "建议意见", "planned", MO)
# SC-26 答复 (国办函〔2006〕82号), a reply to a CPPCC proposal (a premier's hotline): the reply sets out the channels that exist (the
# premier's meetings before decisions, public consultation and hearings, 信访, the portal's 在线访谈 — the state of affairs, as SC-27's
# and SC-29's) and declines the hotline by implication (反映社情民意的渠道是畅通的); its one commitment is 国务院办公厅将不断改进有关工作，
# 进一步提高为政府与人民群众联系沟通服务的水平, in the paragraph before the thanks — one measure, planned, as SC-29's 我们将根据您的建议…
# (a close call: the act is general, but the government says it will act, the seventeenth session's rule for replies, and it is
# not the closing paragraph of thanks). Actors null; no deadline. Category services_administration (不断改进有关工作 names no means;
# 为政府与人民群众联系沟通服务: channels that serve the public, as SC-29's — a close call against organisation_accountability for the
# office's own work).
add(test17, SC26, "国务院办公厅将不断改进有关工作", "planned", SA)
# SC-48 函 (国办函〔2004〕25号), a reply to a province's requests (湖北, after 温家宝's visit), as test14's SC-22 and test16's SC-21:
# each numbered item is one measure, what its 办理意见 commits to. 二 (主辅分离 subsidies) is not counted: its 办理意见 restates the
# existing rules on the workers' compensation and concludes 企业主辅分离改制分流不存在补助问题 — a refusal that commits no one to any
# act (a close call: a numbered item like the others; not counted, as SC-21's 五 without a 办理意见 and SC-29's study under way). 四 is
# counted: it declines the 对口支援 but asks the local government to carry out the resettlement (应请地方政府…切实抓好实施工作) and
# promises a later study (再行研究), as SC-21's 四 (建议你省积极推进…). Role: all planned (一's 2004年…将…给予适当支持 and the approval
# to be studied after the plan; 三's 将在编制…“十一五”规划中，统筹考虑; 四; 五's 将在三期工程规划中…增加必要的监测资金); actors null
# (the departments are subjects of the 办理意见 sentences); no deadline (一's 2004年 stands in its item （一）, not the lead; 五's 从现在
# 到2009年 is the period of high risk).
# Categories: 一 economic_incentive (（一）: 已在国债中安排, 给予适当支持 — money first, against legal_regulation for （二）'s approval after the
# plan); 五 economic_incentive (编制监测经费预算，增加必要的监测资金 before 加强监测预警系统建设, as SC-22's 八 — against monitoring, the
# request's and the item's area). Close calls: 三 economic_incentive (writing the request into the 十一五 plan names no means, as SC-22's
# 九 and SC-21's 一; the area default of key industries and major projects: investment); 四 organisation_accountability (the
# resettlement left to the local government under the plan, 切实抓好实施工作 — responsibility — against economic_incentive for the
# pairing assistance asked for, which is declined, and legal_regulation for the plan's rule of resettlement within the province).
for anchor, cat in [("关于支持荆南四河等连江支流的堤防建设问题", EI), ("关于建设项目问题", EI), ("关于加强对口支援问题", OA),
                    ("关于加强地质灾害监测问题", EI)]:
    add(test17, SC48, anchor, "planned", cat)
# 第十三届全国人民代表大会第三次会议关于政府工作报告的决议.txt (the NPC's resolution on the 2020 work report): no level-1 measure. It
# approves the report (同意报告提出的…重点任务，决定批准这个报告) and calls on the people (会议号召…) to carry out its tasks. By the
# closest rules: the approval grants what the report asks, and the report that holds its tasks stands as an attachment whose
# measures are counted in the report's own file (2020年政府工作报告), so the grant is not counted beside them (the seventeenth
# session's rule for an approval's grant, as SC-55's 同意建立…); the 号召 is an appeal, as the closing appeals of the reports (1956's,
# 十一大's, 九大's 八) — the tasks it names (三大攻坚战, “六稳”, “六保”, 扩大内需战略) are the report's, restated as stances and aims
# (rule 2). Zero measures: a coverage row (added in the twentieth session), so that its predictions count against precision.
none(test17, "第十三届全国人民代表大会第三次会议关于政府工作报告的决议.txt")

# --- test18 --------------------------------------------------------------------------------------
# An eighteenth test half (2026-12-07), held out in the nineteenth session: marked by a helper who does no tuning, by reading
# the raw text only, before `zhili measures` was run on these files; the measures first (their headlines and lead sentences
# written to /work/coord/test18-headlines.md for a blind second coder), the categories afterwards, by the codebook as on
# main at 1aacfab (tie-break rules 1–10). Anchors are phrases of each measure's heading or of the first 120 characters of
# its paragraph (where the scorer looks), as written, each found once in the whitespace-squeezed raw file and in its text
# (for the HTML files, after tags are dropped; for the Markdown files of corpus/laws, after the header up to
# `<!-- INFO END -->`); no anchor has a full-width digit. A genre no half has had: four local people's congress Standing
# Committee decisions (决定) of corpus/laws/DLC, beside three State Council documents.
LPD = "上海市人民代表大会常务委员会关于促进和保障浦东新区改革开放再出发实现新时代高质量发展的决定(2019-07-25).md"
LCSJ = "上海市人民代表大会常务委员会关于促进和保障长三角生态绿色一体化发展示范区建设若干问题的决定(2020-09-25).md"
LYW = "上海市人民代表大会常务委员会关于进一步促进和保障“一网通办”改革的决定(2021-06-23).md"
LBJ = "北京市人民代表大会常务委员会关于加强市级预算审查监督的决定(2021-12-24).md"
SC11 = "11-国务院关于2018年度国家科学技术奖励的决定.html"
SC46 = "46-国务院关于同意组建2008年北京奥运会首都国际机场协调委员会的批复.html"
SC54 = "54-国务院办公厅关于调整国家教材委员会组成人员的通知.html"
test18 = []
# The four Standing Committee decisions (README: "Decisions of a people's congress Standing Committee"): each is a 决定, written
# in numbered points (一、…), not in articles (第一条…) under the title of a law or regulation, and each directs bodies to act —
# the government (市人民政府应当…, 本市推进/强化/优化…), the congress's own committees and working bodies, all state organs — or
# grants them powers (可以…, 根据本决定授权), as the State Council's approvals and its decision for one zone (SC-53, SC-14's 一,
# SC-16) grant theirs. So by the issue's rule for 意见, 通知, 决定 their numbered points are the measures, each read as an
# opinion's numbered item, and none of the four is a text of provisions (a decision that only fixes rules — a tax's rates,
# regulations repealed, duties moved between bodies — would give none, as a law; the four do not). Not counted, as an opinion's
# 总体要求 and the framing articles of issued rules (the seventeenth session's rule): the preambles (为了…特作如下决定), the
# guiding principle (长三角's 一), the scope (长三角's 二, which only refers to the 总体方案), the general statement of the reform
# that the points after it spell out (一网通办's 一 — a close call: it is written as acts, 整合数据资源，加强业务协同…, but each is
# an item's subject later and it reads as the decision's 总体要求, as SC-14's 二), and the dates of effect (浦东's numbered 七 and
# the unnumbered closing lines). The congress's own commitments (浦东's 一 and 五, 一网通办's 十四 and 十五: legislate, supervise)
# are counted as the others (a close call against reading them as an implementing 组织实施 part, which the gold counts where it
# is numbered). The Beijing decision's 一 has numbered items （一）–（七） under a lead paragraph of stances (坚持党的领导…): its
# items are the measures, not the lead; 二–十四 have none and are one measure each, as dev's SC-17 (二、明确工作职责 one measure,
# 三's （一）–（三） three). All planned; no actors (（以下简称两省一市） and the like are abbreviations, not lead-unit
# parentheses; the units are subjects of sentences); no deadline (在一定期限, 条件成熟时, 每年年底前, 按月 and 每届…至少…一次 are
# periods and frequencies of rules, not due dates).
# 浦东 (2019): 一–六; 七 (本决定自2019年7月26日起施行) not counted. Categories: 一 legal_regulation (the Standing Committee makes,
# amends and suspends regulations for Pudong: rules); 二 and 三 legal_regulation (the city government, the Pudong congress
# committee and government may make rules 先行先试 and exercise delegated powers: permissions granted to an administration, rule
# 9, as SC-16); 五 monitoring (听取专项工作报告、开展执法检查…监督, rule 7). Close calls: 四 organisation_accountability (a liaison
# mechanism between the legislatures' working bodies — a 机制 whose object is how bodies work together, as SC-55's joint meeting —
# against legal_regulation for the 法治保障需求 it serves); 六 organisation_accountability (the duty of all state organs to 支持和保障
# the reforms' implementation: responsibility — against economic_incentive by rule 6's letter (支持 with no means after it),
# which is written for support given to firms and activities, not a duty laid on state organs).
for anchor, cat in [("市人民代表大会常务委员会围绕浦东新区改革开放再出发的实际需求", LR), ("市人民政府可以聚焦深化改革", LR),
                    ("浦东新区人民代表大会常务委员会、浦东新区人民政府可以聚焦", LR), ("市人民代表大会常务委员会有关工作机构应当就促进和保障", OA),
                    ("市人民代表大会常务委员会通过听取专项工作报告、开展执法检查等方式", MO),
                    ("本市各级国家机关应当依法支持和保障浦东新区改革开放再出发", OA)]:
    add(test18, LPD, anchor, "planned", cat)
# 长三角 (2020): 三–七; 一 (示范区建设要全面贯彻…《总体方案》，坚持新发展理念，…率先探索…: the zone's guiding principle — stances and
# aims, as an opinion's 总体要求; a close call, since it is numbered like the rest) and 二 (the scope, 依照《总体方案》确定) not counted,
# nor the unnumbered date of effect. Categories: 三 organisation_accountability (the 理事会 as the zone's decision-making body: a
# body and its remit); 四 organisation_accountability (the 执委会 as the managing body, its duties and 加强统筹协调); 七
# legal_regulation (regulations adjusted or suspended for the zone by the Standing Committee, on the 执委会's proposal: rules).
# Close calls: 五 legal_regulation (根据本决定授权: provincial project-approval powers and the planning approval power given to the
# 执委会 — permissions granted to an administration, rule 9, as SC-16 — against monitoring for 审批、核准和备案管理 read as checks
# and organisation_accountability for a body's powers); 六 legal_regulation (加大…支持力度 is support, but rule 6 lets a means named
# after it decide: after 加强工作统筹推进 (verbs of degree) the list 在改革集成、资金投入、项目安排、资源配置等方面形成政策合力 has
# 改革集成 first, reform, rules 3 and 5 — against economic_incentive for 支持 and 资金投入).
for anchor, cat in [("联合成立的示范区理事会", OA), ("两省一市共同设立的示范区执行委员会", OA),
                    ("示范区执委会根据本决定授权，行使省级项目管理权限", LR), ("市人民政府应当加大对示范区建设的支持力度", LR),
                    ("本市地方性法规的规定，凡与《总体方案》不一致", LR)]:
    add(test18, LCSJ, anchor, "planned", cat)
# 一网通办 (2021): 二–十六; 一 (the reform's general statement) not counted, nor the unnumbered date of effect. Categories: 二
# organisation_accountability (加强…领导, 明确…主管部门, 协调机制: leadership and responsibility); 三 services_administration (the
# 一体化平台 — portal, app, terminals and windows — serving the public, rule 8's 政务服务); 六 legal_regulation (一业一证: the
# licences of one trade merged into one, a simpler requirement, rule 9, and a reform, rule 5 — 支持 followed by a means, rule
# 6); 八 monitoring (“互联网+监管”系统, 监管信息归集和共享: data about the regulated, rule 8); 十 services_administration (随申码 as
# the public's digital identity, 一码通办, personalised services); 十一 monitoring (“好差评”制度: the public's evaluation of
# service quality, 一次一评, 及时整改 — an evaluation, rule 7); 十二 monitoring (评估 of the reform's results, rule 7; the
# consequence, 绩效考核, comes after); 十四 legal_regulation (the Standing Committee makes, amends and suspends regulations, as
# 浦东's 一); 十五 monitoring (听取专项工作报告…监督, 督促, rule 7). Close calls: 四 services_administration (its first sentence:
# 优化…业务流程，推进服务事项全程网办，提供…网上服务 — online public services — against legal_regulation for 不得要求其到现场办理
# and 不得要求申请人另行提交 in the next sentence, rule 9, rule 1a's lead first); 五 services_administration (the first element,
# 综合窗口主动服务模式 — against legal_regulation for 审批要素标准化 (rule 8) and 信息免填报、材料免提交 (rule 9) after it, rule
# 3); 七 services_administration (电子证照服务 offered by the agencies — against legal_regulation for 免于提交实体证照 in the second
# paragraph, rule 9); 九 monitoring (数据管理和安全保障: security of the service's data, risk control — against
# services_administration for the data of a public service, rule 8, and legal_regulation for 按照…规定…维护…合法权益); 十三
# services_administration (合作与交流 names no instrument; the first means is the 跨省通办 mechanism — public services across
# provinces, rule 2's object of a 机制 — then 电子证照互认 and 数据资源共享 for applicants; against organisation_accountability for
# intergovernmental cooperation); 十六 organisation_accountability (容错: 不作负面评价，依法免除相关责任 for the units and people who
# carry out the reform — the consequence for people, rule 7 — against legal_regulation for an exemption, rule 9, which is
# written for what firms and persons must or may do).
for anchor, cat in [("市、区人民政府应当加强对“一网通办”改革工作的领导", OA), ("本市强化“一网通办”一体化平台建设", SA),
                    ("本市优化“一网通办”业务流程", SA), ("本市探索综合窗口主动服务模式创新", SA), ("本市支持“一业一证”改革", LR),
                    ("本市推行统一的电子证照服务", SA), ("推动“互联网+监管”系统建设", MO),
                    ("本市加强“一网通办”服务中的数据管理和安全保障", MO), ("本市推广“随申码”的社会化应用", SA),
                    ("本市健全“一网通办”服务“好差评”制度", MO), ("改革主管部门应当对政府部门“一网通办”改革成效开展评估", MO),
                    ("本市加强长三角区域“一网通办”改革的合作与交流", SA), ("市人民代表大会常务委员会围绕“一网通办”改革的实际需求", LR),
                    ("市、区人民代表大会常务委员会应当通过听取专项工作报告等方式", MO), ("本市保障“一网通办”改革创新", OA)]:
    add(test18, LYW, anchor, "planned", cat)
# 北京 (2021): 一's （一）–（七） and 二–十四 (20); 一's lead paragraph (全口径审查和全过程监管 and its 坚持… stances) and the unnumbered
# date of effect not counted. The decision's domain words (审查, 监督) are not cues by themselves (as 执法 and 审核 in SC-13 and
# SC-35): each section is coded by the act its lead commits to. Categories: （一）–（六） monitoring (the review of each budget and
# what it examines: the check itself, rule 7); 三 monitoring (the preliminary review: 通报, 分析报告, the committees' 审查意见); 四
# monitoring (跟踪监督 of budget execution, the monthly 报表 and 数据信息 provided for it); 七 monitoring (预算绩效监督: evaluation
# before, during and after, rule 7); 八 monitoring (审计监督 of budget execution and the final accounts); 九 monitoring (跟踪监督 of
# the audit findings' rectification, 满意度测评); 十二 monitoring (预算联网监督系统: data about the government's budget shared for
# supervision, rule 8); 十四 organisation_accountability (the budget working bodies and their duties). Close calls: （七）
# publicity_education (公开 of the budgets and final accounts, 细化…公开内容, 回应社会关注: publishing, rule 8 — against monitoring
# for the lead's 监督市人民政府…公开, the decision's domain word); 二 legal_regulation (after 坚持…原则 (a stance) and 提升…水平 (an
# aim), 按预算法规定的时间编制预算 and the tables and explanations each draft must carry: requirements and forms, rule 8 — against
# monitoring for the heading's 监督 and organisation_accountability for 邀请市人大…参与); 五 monitoring (须经市人大常委会审查和批准:
# the adjustments checked and approved — how the government's acts are checked, rule 9's second half — against legal_regulation
# for the requirement itself); 六 legal_regulation (the final accounts' forms: 如实反映, 分别列出, 作出说明, 编列到项/款, rule 8 —
# against monitoring for the heading's 审查监督 and the preliminary review after it); 十 monitoring (规范性文件…报送…备案: filings
# for the Standing Committee's review, a check and its records — against organisation_accountability for the heading's 强化预算
# 法律责任 (追究法律责任, 政务处分) in the second paragraph, rule 1a's lead first); 十一 organisation_accountability (the government's
# departments consult the deputies in drafting budgets and policies — a working method, as SC-47's 二十 — against monitoring for
# the deputies' part in the review, rule 7's hearings); 十三 monitoring (研究基地 and 社会中介机构 entrusted with 专业咨询服务 for the
# review: experts assisting the check, rule 7 — against organisation_accountability for building the think-tank bases and
# cultivating the intermediaries).
for anchor, cat in [("加强财政政策审查监督", MO), ("加强一般公共预算审查监督", MO), ("加强政府债务审查监督", MO),
                    ("加强政府性基金预算审查监督", MO), ("加强国有资本经营预算审查监督", MO), ("加强社会保险基金预算审查监督", MO),
                    ("进一步推进预算决算公开", PE), ("加强对预算编制的监督工作", LR), ("加强对预算的初步审查", MO),
                    ("加强对预算执行的监督", MO), ("加强对预算调整方案的审查", MO), ("加强对决算的审查监督", LR),
                    ("加强对预算绩效的审查监督", MO), ("加强对预算执行和决算审计的监督", MO), ("加强对审计查出问题整改情况的监督", MO),
                    ("依法执行备案工作", MO), ("发挥人大代表主体作用", OA), ("加强预算联网监督工作", MO), ("强化智库基地支撑作用", MO),
                    ("完善预算工作机构职责", OA)]:
    add(test18, LBJ, anchor, "planned", cat)
# SC-11 决定 (国发〔2018〕44号), the State Council's decision on the 2018 national science and technology awards: one measure, the
# act decided (国务院决定，对…给予奖励), as SC-16's one-paragraph decision and an approval's grant; the second paragraph (授予刘永坦
# 院士、钱七虎院士国家最高科学技术奖 … the awards by class) spells it out — its items, not measures beside it (a close call on the
# anchor: the decision's paragraph, not the awards' paragraph where the 授予 stand); the closing paragraph (全国科学技术工作者要向
# …学习…作出新的更大贡献) is an appeal, as the reports' closing appeals and the NPC resolution's 号召 (test17), not counted.
# Planned (the decision confers the awards, as the grants of SC-53 and SC-16 are planned); actors null; no deadline. Category
# economic_incentive (奖励: rewards, the cue of the policy-instruments note; a close call against publicity_education for honours
# held up for emulation, 要向…学习 — which stands in the appeal, not in the decision).
add(test18, SC11, "国务院决定，对为我国科学技术进步", "planned", EI)
# SC-46 批复 (国函〔2006〕38号), the approval of a coordinating committee for the capital airport during the 2008 Olympics, with the
# committee's 组建方案 attached: by the seventeenth session's rule for an approval's grant, the grant (同意组建…协调委员会) is spelled
# out by the attachment's numbered parts 一、主要职能, 二、组成人员, 三、工作规则, 四、工作要求, which are the measures, as SC-55's
# attached 制度; the 方案's opening paragraph (为做好…组建…协调委) restates the grant. The 批复's 协调委员会不刻制印章，不正式行文 is a
# condition of the grant, how the committee works, not an act the attachment does not hold (as SC-55's 撤销…联席会议 was): not
# counted (a close call). All planned; actors null (协调委办公室设在民航总局 names a unit in a sentence of 二, as SC-55's 教育部为
# 牵头单位); no deadline (2008年以前…每半年 and 从2008年开始…按季度或月份 are the meetings' frequencies). Categories: all
# organisation_accountability, as SC-55's four parts — a committee's functions (研究拟订…保障措施, 协调…重大事项: a coordinating
# body's work), its members and office, its meetings and minutes, the members' duties (按照职能分工…认真落实) — a close call for 一
# against legal_regulation for 研究拟订…各项保障措施 (measures to be drafted, naming no means, rule 2).
for anchor in ["主要职能", "组成人员", "工作规则", "工作要求"]:
    add(test18, SC46, anchor, "planned", OA)
# SC-54 通知 (国办发〔2018〕109号), the adjustment of the members of the 国家教材委员会: one measure, the act decided (国务院决定对国家
# 教材委员会组成人员进行调整), as SC-11's and an approval's grant; the list of members (主任, 副主任, 秘书长, （一）部门委员, （二）专家
# 委员 — groups of a list, not numbered measures) and the closing 国家教材委员会办公室设在教育部 are its items (a close call against
# zero: a personnel notice, but the State Council decides an act about a body, as SC-55's 成员单位 and SC-47's articles on who the
# State Council is were counted). Planned; actors null; no deadline. Category organisation_accountability (the members and office
# of a body: posts of staff, as SC-55's 成员单位).
add(test18, SC54, "国务院决定对国家教材委员会组成人员进行调整", "planned", OA)

# --- test19 --------------------------------------------------------------------------------------
# A nineteenth test half (2026-12-07), held out in the twentieth session: marked by a helper who does no tuning, by reading
# the raw text only, before `zhili measures` was run on these files; the measures first (their headlines and lead sentences
# written to /work/coord/test19-headlines.md for a blind second coder), the categories afterwards, by the codebook as on
# main at 3e9a188 (tie-break rules 1–10). Anchors are phrases of each measure's heading or of the first 120 characters of
# its paragraph (where the scorer looks), as written, each found once in the whitespace-squeezed raw file and in its text
# (for the HTML files, after tags are dropped; for the Markdown files of corpus/laws, after the header up to
# `<!-- INFO END -->`); no anchor has a full-width digit. Genres the halves had least: two Beijing Standing Committee
# decisions, replies and approvals of the State Council, a notice that changes a leading group's members, and the party's
# seventh congress report. Two files of the half have no measure (zero is their gold: each has a coverage row, added in
# the twentieth session, so that its predictions count against precision):
# - 北京市人民代表大会常务委员会关于市人民政府机构改革涉及地方性法规规定的行政机关职责调整问题的决定(2018-11-23).md, the decision
#   on the administrative organs' duties after the city government's institutional reform: a decision that moves duties between bodies, which the test18 rule for Standing Committee
#   decisions names as one that fixes rules (provisions, not measures, as a law). Its 一 (duties carried by the organs the
#   《北京市机构改革方案》 forms or gives them, the old organ carrying on until they are moved) and 二 (the higher organ's duties of
#   supervision) are rules of application of the regulations; its 三 (市人民政府应当及时提出议案 where regulations must be made,
#   amended or repealed) and 四 (本市各级人民政府…应当精心组织…确保…连续性) direct the government — a close call against
#   counting them as test18's directing points, but they only serve the reassignment, as a regulation's articles on who drafts
#   its rules and how it is carried out, and the decision as a whole is read by what its points do, not point by point;
#   五 is its date of effect.
# - 論聯合政府_(七大).txt (the seventh congress report, 1945): the corpus file is a 164-byte Wikisource disambiguation stub
#   (論聯合政府 的版本包括：the 1945 report and the 1953 《毛澤東選集》 text, one line each), with no text of the report. The brief
#   asked for one whole part (the concrete programme) with its first and last words, or for the whole report where the
#   scorer has no excerpt mechanism — score-measures.py has none (precision counts every level-1 prediction of a gold file) —
#   but there is no part and no report to read: no level-1 measure.
LYQ = "北京市人民代表大会常务委员会关于依法防控新型冠状病毒感染肺炎疫情  坚决打赢疫情防控阻击战的决定(2020-02-07).md"
SC24 = "24-国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函.html"
SC42 = "42-国务院办公厅关于黄金经济政策有关问题的复函.html"
SC43 = "43-国务院办公厅关于广东与香港、澳门合建自动气象站网有关问题的复函.html"
SC44 = "44-国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复.html"
SC59 = "59-国务院办公厅关于调整国务院第二次全国污染源普查领导小组组成人员的通知.html"
test19 = []
none(test19, "北京市人民代表大会常务委员会关于市人民政府机构改革涉及地方性法规规定的行政机关职责调整问题的决定(2018-11-23).md")
none(test19, "論聯合政府_(七大).txt")
# LYQ (2020-02-07), the Beijing Standing Committee's decision on the epidemic: by the test18 rule it directs bodies and grants
# them powers — 一 gives the city and district governments the power to issue decisions and orders, restrict gatherings,
# close places and requisition property, and directs them to keep the city running; 二 directs the township governments and
# street offices (落实属地责任), and the communities; 五 directs the law enforcement (依法加强治安管理、市场监管等执法工作，严厉打击…)
# with the penalties that go with it — so its numbered points 一–五 are the measures, each read as an opinion's numbered item,
# their unnumbered paragraphs its items (五's six paragraphs of penalties are items of 五). A close call for 三 and 四, the duties
# of units and of persons (应当…建立健全防控工作责任制; 服从、配合…, 佩戴口罩): rule-like, but points of a decision that directs,
# as test18's decisions held rule-like sentences (不得要求…, 免于提交…) among their acts and each point was counted. Not counted:
# the two preamble paragraphs (the situation; 为了贯彻落实中央精神…特作出如下决定) and the closing 本决定自公布之日起施行. All
# planned; no actors (the bodies are subjects of sentences); no deadline.
# Categories: 一 legal_regulation (the powers granted to the governments: what an administration may do, rule 9, as SC-16 and
# 浦东's 二 and 三 — against enforcement for the coercive measures it may take); 五 enforcement (执法, 严厉打击…违法犯罪行为,
# penalties). Close calls: 二 organisation_accountability (落实属地责任, 组织指导 the communities: responsibility and organisation,
# rule 1a's lead — against monitoring for 摸排 and 健康监测 in the second paragraph); 三 legal_regulation (what units must do,
# rule 9, as test7's SC-08 保证回款 — against organisation_accountability for its first named means, 建立健全防控工作责任制, a 制度
# whose object is responsibility, rule 2, and monitoring for 健康监测); 四 legal_regulation (the legal duties of persons, 依法履行
# 疫情防控的法律义务: what a person must do, rule 9 — against publicity_education for 增强法治意识, which the decision asks of
# persons rather than a means of persuasion the government uses).
for anchor, cat in [("市、区人民政府及其有关部门可以根据上述相关法律法规", LR), ("乡、镇人民政府和街道办事处应当依法执行疫情防控要求", OA),
                    ("企业事业单位、社会团体和其他组织应当依法做好本单位的疫情防控工作", LR), ("在本市行政区域内居住、工作、生活、学习、旅游", LR),
                    ("依法加强治安管理、市场监管等执法工作", EN)]:
    add(test19, LYQ, anchor, "planned", cat)
# SC-24 复函 (国办函〔2004〕36号), the consent to Harbin's bid for the 2009 Winter Universiade: one paragraph, the grant
# (同意以哈尔滨市名义申办…) with its terms (the bid and most of the games paid by the province, the central budget's subsidy for
# the guests, 请有关方面抓紧向国际大体联申报), nothing attached — one measure by the seventeenth session's rule for an
# approval's grant, as SC-16's one-paragraph decision; the terms are its items. The anchor is the paragraph's second sentence,
# within its first 120 characters, because the grant's own words are the title's too. Planned; actors null; no deadline (抓紧
# is not a date). Category legal_regulation (the bid permitted in the city's name: a permission or status granted, rule 9, as
# SC-14's 一 and SC-16 — a close call against economic_incentive for the funding split and the central subsidy after it).
add(test19, SC24, "运动会申办全部经费由黑龙江省人民政府承担", "planned", LR)
# SC-42 复函 (国办函〔1996〕16号), a reply that settles the questions of the gold industry's economic policy in four numbered parts
# headed 关于…问题 (as SC-36's and SC-40's notices settling the questions of one scheme, each numbered part a measure): 一, 三 and
# 四 have no items and are one measure each; 二 (关于理顺黄金工业投资渠道问题, a heading with no lead paragraph) has the numbered
# items （一）–（三）, which are the measures, as dev's SC-17 (二 one measure, 三's （一）–（三） three) and test18's Beijing decision —
# a close call against 二 as one measure. The unnumbered closing paragraph (另外，白银的经济政策继续按照…复函…执行，同时参照黄金税收
# 的有关政策执行) is read as part of 四 (a close call: it follows the tax point and refers to it, as 2005's unnumbered 对外开放
# paragraph after 四（六） was read as part of （六）). Not counted: the opening (…收悉…现就…函复如下). All planned (继续拨付, 继续免征:
# decided for the years ahead); actors null (请中国人民银行…, 冶金部要… are subjects of sentences); no deadline (从1996年起 is a
# starting date, “九五”期间 and 在…并轨前 are periods).
# Categories: 一 economic_incentive (after a stance, 只能加强，不能削弱, the money: 国家每年仍继续拨付…用于黄金地质勘探, the 人民银行's
# share and the 财政部's 定额补贴); 二（二） economic_incentive (the yearly investment and the banks' funds); 二（三） economic_incentive
# (the 黄金贷款 policy for construction projects, loans repaid in gold); 三 economic_incentive (the management funds paid yearly
# from the price margin, as SC-35's 保障经费投入 — against legal_regulation for 按照政企分开的原则进行改革 after it). Close calls: 二（一）
# economic_incentive (the loans of new and continuing projects — against legal_regulation for a rule assigning the lending
# channel, 理顺投资渠道); 四 economic_incentive (继续免征…增值税，…即征即退: a tax preference, as the work reports' tax cuts — against
# legal_regulation for rule 9's exemptions, written for what a firm must do, and for the refusal 不能返回部分黄金由产地加工 after
# it, a rule of the 统收统配 system).
for anchor, cat in [("关于黄金地质勘探资金问题", EI), ("新开工项目由中国人民建设银行贷款", EI), ("固定资产投资规模每年仍按10亿元安排", EI),
                    ("对黄金建设项目实行“黄金贷款”", EI), ("关于黄金行业管理经费问题", EI), ("关于黄金产品增值税和黄金产地加工问题", EI)]:
    add(test19, SC42, anchor, "planned", cat)
# SC-43 复函 (国办函〔1996〕14号), a reply on the automatic weather stations Guangdong builds with the Hong Kong and Macao
# observatories: its numbered 一–四 are the measures, the grant in 一 (同意…合建3个…；…合建2个…) included, as SC-53's — nothing is
# attached that spells it out; 二–四 are the conditions the reply lays down (the details settled by consultation under the
# rules for official contacts, the network's approval and filing, the military areas avoided). All planned; actors null; no
# deadline. Categories, by the means (rule 10 is read for the political matters of Hong Kong and Macao — jurisdiction,
# return, official relations as such — and a technical cooperation is coded by its means, as test7's SC-57 coded its CEPA
# and 港澳专业人才 items legal_regulation): 一 legal_regulation (the joint stations permitted, rule 9, as SC-24's grant); 三
# legal_regulation (the network must go through approval and be filed with the security and telecom authorities: a
# requirement on the builders, rule 9). Close calls: 二 organisation_accountability (请中国气象局…与有关部门和地方政府协商办理:
# consultation between bodies, as 浦东's 四 — against null for the rules of official contacts with Hong Kong and Macao it names
# (国发〔1986〕97号, rule 10) and legal_regulation for 按基建程序报批 after it); 四 legal_regulation (siting that avoids military
# facilities, the army consulted, the consent of the 广州军区 before Hong Kong or Macao staff land on the islands: requirements,
# rule 9 — against null for defence, rule 10, since the stations are not a defence matter and the army's part is a condition).
for anchor, cat in [("同意广东省气象局与香港天文台合建", LR), ("气象站网组建中的有关具体事宜", OA), ("合建的气象专用网", LR),
                    ("自动气象站的建设要尽量避开军事设施", LR)]:
    add(test19, SC43, anchor, "planned", cat)
# SC-44 批复 (国函〔2006〕132号), the scope and land-use term of the port area at 深圳湾 where Hong Kong is authorised (by the NPC
# Standing Committee's decision) to exercise jurisdiction: its numbered 一 (the area: the inspection zone and part of the bridge
# deck) and 二 (the land-use right leased by the Hong Kong government from the 深圳市人民政府 until 2047年6月30日, early end or
# renewal with the State Council's approval) are the measures, the approval's acts decided, as SC-53's numbered points; the two
# attachments (the boundary coordinates, most of the file) are details of 一, as SC-36's attachment of plate codes and sizes, and
# hold no measure. All planned; actors null; no deadline (至2047年6月30日止 is the lease's term, a term of the rule, not a due
# date). Categories: both null (rule 10: the area and the land under Hong Kong's jurisdiction in the mainland, a matter of Hong
# Kong and one country, two systems — a close call for 二 against legal_regulation for a land right granted with its term,
# rule 9, which here is the jurisdiction arrangement's land).
for anchor in ["深圳湾口岸港方口岸区范围包括港方查验区", "深圳湾口岸港方口岸区的土地使用权"]:
    add(test19, SC44, anchor, "planned", None)
# SC-59 通知 (国办函〔2018〕74号), the adjustment of the members of the State Council's leading group of the second national
# pollution source census: one measure, the act decided (国务院决定对…领导小组…组成人员进行相应调整), as test18's SC-54 (the
# 国家教材委员会's members); the list (组长, 副组长, 成员) and the closing 领导小组办公室设在生态环境部… and the procedure for later
# changes (由所在单位…提出，报领导小组组长审批) are its items. Planned; actors null; no deadline. Category
# organisation_accountability (the members and office of a body: posts of staff, as SC-54 and SC-55's 成员单位).
add(test19, SC59, "国务院决定对国务院第二次全国污染源普查领导小组", "planned", OA)

# --- test20 --------------------------------------------------------------------------------------
# A twentieth test half (2026-12-07), held out in the twenty-first session: marked by a helper who does no tuning, by reading
# the raw text only, before `zhili measures` was run on these files; the measures first (their headlines and lead sentences
# written to /work/coord/test20-headlines.md for a blind second coder), the categories afterwards, by the codebook as on
# main at 0492b9c (tie-break rules 1–10). Anchors are phrases of each measure's heading or of the first 120 characters of
# its paragraph (where the scorer looks), as written, each found once in the whitespace-squeezed raw file and in its text
# (for the HTML file, after tags are dropped); no anchor has a full-width digit. Genres the halves had least: a State Council
# reply granting a bid, and three texts of corpus/laws/DLC — a provincial rule on how the Standing Committees decide major
# matters, a county's tourism regulation and a Standing Committee's repeal decision — the first texts of articles of
# corpus/laws in any half. The three laws' files have no measure (zero is their gold: each has a coverage row, so that its
# predictions count against precision):
# - 浙江省各级人民代表大会常务委员会讨论决定重大事项的规定(2018-07-27).md: a 规定 in articles (第一条–第二十二条) under its own
#   title, so a text of provisions by the seventeenth session's rule for texts of articles (…法, 条例, 规定, 办法, 细则, 规则 — a
#   body's 议事规则 or 工作规则 as much as an administrative regulation): none, as the 议事规则 of corpus/laws. Its articles list the
#   matters that must go to the Standing Committee (第四条, 第五条), who may propose them and how (第八条–第十二条), how they are
#   reviewed and supervised (第十三条–第十九条): the procedure of a body's own work, as a 议事规则. A close call against reading it
#   as SC-47's 国务院工作规则, whose articles were counted — but SC-47 was a notice that issues rules (关于印发…的通知), which the same
#   rule counts, and this is the rule itself under its own title.
# - 彭水苗族土家族自治县旅游条例(2019-04-19).md: a 条例 of an autonomous county (its 单行条例, approved by the Chongqing Standing
#   Committee) in articles (第一条–第三十五条): provisions, not measures, by the same rule. A close call against counting the
#   articles that commit the county government to acts as an opinion's items (第六条 设立旅游发展专项资金, 第十一条 积极打造…旅游品牌,
#   第二十四条 加强旅游形象推广) — but the rule reads a regulation by its title, as a whole, not article by article, and most of its
#   articles are duties of firms and tourists and penalties (第二十条–第三十四条).
# - 北京市人民代表大会常务委员会关于废止部分地方性法规的决定.md (2021-09-24): a Standing Committee decision whose four points only
#   repeal regulations (一、–四、废止《北京市…条例》), with its date of effect: by the test18 rule for Standing Committee decisions,
#   one that only fixes rules (a tax's rates, regulations repealed or amended, duties moved between bodies) has provisions, not
#   measures, and gives none, as test19's 2018 Beijing decision that moved duties. A close call against SC-16 (a decision that
#   adjusts a regulation for one zone, counted as one measure) and test18's SC-54 (one act decided): SC-16 also directs duties
#   that go with the act (审批, 审查, 监督管理) and is the State Council's decision, while this decision directs no body and
#   grants no power — it is the test18 rule's own example.
SC31 = "31-国务院办公厅关于同意以深圳市名义申办2011年第26届世界大学生夏季运动会的复函.html"
test20 = []
none(test20, "浙江省各级人民代表大会常务委员会讨论决定重大事项的规定(2018-07-27).md")
none(test20, "彭水苗族土家族自治县旅游条例(2019-04-19).md")
none(test20, "北京市人民代表大会常务委员会关于废止部分地方性法规的决定.md")
# SC-31 复函 (国办函〔2004〕88号), the consent to Shenzhen's bid for the 2011 Summer Universiade: the same genre and wording as
# test19's SC-24 (Harbin's bid, 2004) — one paragraph, the grant (同意以深圳市名义申办…) with its terms (the bid and most of the
# games paid by the 广东省人民政府, the central budget's subsidy for the guests, 请有关方面抓紧向国际大体联申报), nothing attached:
# one measure by the seventeenth session's rule for an approval's grant; the terms are its items. Not counted: the opening
# paragraph (教育部、外交部、财政部、体育总局《…请示》…收悉…现函复如下). The anchor is the paragraph's second sentence, within
# its first 120 characters, because the grant's own words are the title's too (as SC-24's). Planned; actors null (the
# addressees and the 请示's four ministries are no lead-unit parenthesis; 有关方面 names none); no deadline (抓紧 is not a date).
# Category legal_regulation (the bid permitted in the city's name: a permission or status granted, rule 9, as SC-24, SC-14's
# 一 and SC-16 — a close call against economic_incentive for the funding split and the central subsidy after it; rule 1a: the
# lead, 同意…申办, is the act and names the means).
add(test20, SC31, "运动会申办全部经费由广东省人民政府承担", "planned", LR)
# Three documents added to test20 the same morning (2026-12-07, twenty-first session), because one measure is too few for a
# held-out half: marked by a second helper who does no tuning, by the same rules, from the raw text only, before any run of
# `zhili` on them; the measures first (their headlines and lead sentences appended to /work/coord/test20-headlines.md for
# the blind second coder), the categories afterwards, by the codebook as on main at 0492b9c (tie-break rules 1–10). Anchors
# as above: each found once in the whitespace-squeezed raw file and in its text, no full-width digit.
SC38 = "38-国务院办公厅关于2019年部分节假日安排的通知.html"
BJ1 = "北京共产主义组织的报告_(一大).txt"
GZ1 = "廣州共產黨報告_(一大).txt"
# SC-38 通知 (国办发明电〔2018〕15号), the 2019 public holidays: a notice laying down the rules of one matter, as test15's SC-36 —
# its numbered 一、–七、 (元旦 … 国庆节: the days off, the days worked in exchange) are the measures, planned, each read as an
# opinion's numbered item; the opening (经国务院批准，现将…具体安排通知如下), which they spell out, is not counted beside them (as
# SC-36's opening decision). A close call against one measure with seven items (as SC-11's awards by class and SC-54's list
# of members under one act decided): the seven are the notice's own numbered parts, each a rule of its own, as SC-36's. The
# unnumbered closing paragraph (节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善
# 处置) is counted, a close call against SC-36's and SC-40's closings (not counted): those direct the carrying out of the
# notice itself (认真组织实施, 密切配合, 追究 the abuse of the scheme, as SC-05's 有关要求 and SC-57's 组织实施), while this one
# commits the localities and departments to acts the numbered parts do not hold (duty, safety and security, the reporting
# of emergencies), as SC-55's 撤销…联席会议 was counted beside the attached 制度 and as the seventeenth session's rule reads a
# reply's commitments wherever they sit. Anchors are the date phrases of each part (the bold heading 一、元旦： is a separate
# tag, and the holidays' names stand in the opening too). All planned; actors null (各地区、各部门 are subjects of a
# sentence); no deadline (the holidays' dates are the rules' content, 节假日期间 a period).
# Categories: 一–七 legal_regulation (which days people rest and which they work: what a person or unit must do, rule 9 — a
# close call against services_administration for an administrative arrangement of the calendar); the closing paragraph
# organisation_accountability by its first element, 安排好值班 (staff on duty: organisation and responsibility, rule 3 — a
# close call against monitoring for the 安全、保卫 and the reporting of emergencies after it, rules 7 and 8).
for anchor, cat in [("2018年12月30日至2019年1月1日放假调休", LR), ("2月4日至10日放假调休", LR), ("4月5日放假，与周末连休", LR),
                    ("5月1日放假", LR), ("6月7日放假，与周末连休", LR), ("9月13日放假，与周末连休", LR), ("10月1日至7日放假调休", LR),
                    ("节假日期间，各地区、各部门要妥善安排好值班", OA)]:
    add(test20, SC38, anchor, "planned", cat)
# 北京共产主义组织的报告 (一大, 1921, the Beijing group's report to the first congress, translated from the Russian archive copy): no
# level-1 measure. It describes Beijing's social life, economy and oppression (一、–三、: the situation, with 两个重要问题 to
# solve, asked as 怎样…), then 过去的活动和计划 under two headings (在工人中的宣传工作, 在知识分子中的宣传工作): the workers' school at
# 长辛店, the railway union it led to, the weeklies 《劳动者》 and 《仁声》, the May Day demonstration, the translations, debates
# and the propaganda in schools — what the group did, review, left out as the congress reports' review parts (十二大's–二十大's
# 一) and test16's 三大 report of the Central Committee's work. It has no part of plans: it says the group is too few to set
# broad tasks (不能立即提出广泛的战斗任务) and asks the congress for 原则指示 and to 具体地解决…一切任务，并制定实际工作计划. Its
# 应当…/必须… sentences close paragraphs of experience (不应当只限于成立工会…首先应当引导它与企业主交锋; 经验 第一步…第四, as 1988's
# 经验; 应当只开办专门学校; 我们要积极采取一切能够加速这一运动的措施; 还应当注意对知识分子的宣传工作) — conclusions drawn from the work,
# not tasks, as 三大's 应该 sentences. A close call against 九大's rule (a paragraph whose closing 应当…/我们要… commits to a task):
# that rule is for a report that lays down the tasks ahead, and this one hands them to the congress. Its zero gold is a
# coverage row, so that its predictions count against precision.
none(test20, BJ1)
# 廣州共產黨報告 (一大, 1921, the Guangzhou group's report; the file name is in traditional characters, its text in simplified):
# 一、去年 (history: the 《社会主义者》 daily, the anarchists' party and their leaving, the two clubs closed) and 二、现状 (the state
# of affairs: the paper's cost, the Marxist study society, the schools, with wishes, 我们希望…) are review, left out as BJ1's
# and 三大's; 三、今后意见 is the part of plans, and its numbered 1.–5. are the measures, planned, as an opinion's numbered items
# and as test14's SC-25, whose only measure was the part of 下一步拟采取的措施 after the state of affairs; 3.'s ①工会学校 and
# ②工人夜校 are its items. Actors null; no deadline (3.①'s 经过二、三个月以后 is when results are expected, 5.'s 不久 no date).
# Categories: 1. organisation_accountability (recruiting members from the Marxist groups and the schools: party building,
# as 十二大's 第三, 吸收…入党); 2. organisation_accountability (after the background, its first act 建立机械工人工会和铁路工人俱乐部:
# organisations built, rule 1a — a close call against publicity_education for 在机械工人工会中产生影响 after it); 3.
# publicity_education by its first item ①工会学校 (union delegates taught union organisation and the labour movement's history:
# study and persuasion, rule 6 — a close call against services_administration for schools as education, and ②'s night
# schools); 4. publicity_education (帮助他扩大影响，扩大宣传: support with the means after it, rule 6); 5. publicity_education
# (对待他们要特别谨慎 a stance, then 把他们吸引到我们这边来: winning the officers over — a close call against null by rule 10, read
# for the state's defence, where this is a party's work among soldiers, and organisation_accountability for recruitment).
for anchor, cat in [("广州的党员人数不多", OA), ("成立工会", OA), ("成立工人学校", PE), ("对农民的宣传工作", PE), ("与士兵的联系", PE)]:
    add(test20, GZ1, anchor, "planned", cat)

# --- test21 --------------------------------------------------------------------------------------
# A twenty-first test half (2026-12-07), held out in the twenty-second session: marked by a helper who does no tuning, by
# reading the raw text only, before `zhili measures` was run on these files; the measures first (their headlines and lead
# sentences written to /work/coord/test21-headlines.md for a blind second coder), the categories afterwards, by the codebook
# as on main at 6675df5 (tie-break rules 1–10). Anchors are phrases of each measure's heading or of the first 120 characters
# of its paragraph (where the scorer looks), as written, each found once in the whitespace-squeezed raw file and in its text
# after the header up to `<!-- INFO END -->`; no anchor has a full-width digit. A genre no half has held: four resolutions
# (决议) of provincial people's congress Standing Committees (corpus/laws/DLC), each passed after hearing a report (of the
# province's government or its procuratorate, or on the NPC Standing Committee's resolution of the same name) and setting out
# in numbered points what the governments, the procuratorates, courts, police and other bodies, and the congresses themselves
# are to do. Read as the directing Standing Committee decisions of test18 and test19 (README: "A Standing Committee resolution
# that directs"): each numbered point that directs bodies is a measure, planned, read as an opinion's numbered item; its
# unnumbered paragraphs are its items, as test19's epidemic decision. Not a resolution that endorses a report (test17's NPC
# resolution on the 2020 work report: none): these approve no report and the tasks are their own, not an attached report's.
# Not counted: the preambles (the report heard, 会议认为/会议要求…, 特作如下决议), a point that is the resolution's guiding thought or
# general requirement (as test18's 长三角 一 and 一网通办 一), and the Shandong date of effect. No actors (the bodies are subjects of
# sentences, 各级政府要…, 全省各级检察机关应当…, never a lead-unit parenthesis); one deadline, as written in the lead paragraph (the
# culture resolution's 一: 2010年底前); 尽快 and 按期 are no dates.
HNST = "河南省人民代表大会常务委员会关于全面加强生态环境保护  依法推动打好污染防治攻坚战  让中原更加出彩的决议(2018-09-29).md"
HNLY = "河南省人民代表大会常务委员会关于进一步加快我省旅游业发展的决议.md"
HNWH = "河南省人民代表大会常务委员会关于加强基层文化设施建设有关问题的决议(2009-05-22).md"
SDJC = "山东省人民代表大会常务委员会关于加强新时代检察机关法律监督工作的决议(2019-09-27).md"
test21 = []
# HNST (2018-09-29), 生态环境保护 and the 污染防治攻坚战, after the NPC Standing Committee's resolution of the same name: 二–六. Not
# counted: the three preamble paragraphs (栗战书's inspection, the province's situation, the 实施意见's targets 到2020年/到2035年 and
# 特作出如下决议) and 一、坚持以习近平生态文明思想为引领 (the guiding thought: 全省各级国家机关和全社会要坚持…为指引，全面贯彻落实…，
# 以新担当展现新作为…打好污染防治攻坚战 — stances and aims, as an opinion's 指导思想 and test18's 长三角 一). A close call for 二、坚持党对
# 生态文明建设的领导, headed as a stance: counted, because after its history it commits the party committees and governments to
# acts (强化…总体设计和组织领导, 严格实行党政同责、一岗双责, 健全环境保护督察机制, 强化…考核问责), as an opinion's 加强组织领导 and
# test18's 一网通办 二 — against reading it as 一's continuation (坚持党的领导 among the principles). 五's five 坚决打好…攻坚战役 are
# unnumbered, items of 五. No deadline (五's 按期达到 names none).
# Categories: 二 organisation_accountability (its first act: 担负起…政治责任, then 组织领导, 党政同责, 考核问责 — responsibility); 三
# legal_regulation (地方立法: regulations made, revised, cleared; standards); 六 publicity_education (广泛动员各方力量，营造…社会氛围,
# then 纳入国民教育体系, 宣传、普及 — persuasion). Close calls: 四 enforcement (the lead's first means, after 严格执行…法律制度 which
# names none, is 加大环境执法监管力度, as pollution control's default — against monitoring for 开展环境保护督察督政 and the congresses'
# 执法检查 after it, rule 7); 五 enforcement (the first sentences are stances (坚持保护优先…依法治污、强化监管), a deployment to carry
# out and targets (率先达到国家二级标准), skipped by rule 2; the first means is 精准执法, as pollution control's default — against
# legal_regulation for the first 攻坚战役's 严禁…新增产能, a prohibition on firms, rule 9, and economic_incentive for the structural
# adjustment).
for anchor, cat in [("坚持党对生态文明建设的领导", OA), ("加快完善生态环境保护地方立法", LR), ("大力推动生态环境保护法律制度全面有效实施", EN),
                    ("强力推进全省大气污染防治攻坚战", EN), ("广泛动员人民群众积极参与生态环境保护工作", PE)]:
    add(test21, HNST, anchor, "planned", cat)
# HNLY (2005-05-26), the development of tourism, after the government's report: 一–四. Not counted: the preamble (the report
# heard, 会议指出…, 会议要求…尽快把旅游业培育成支柱产业 — the general requirement). A close call for 一、转变观念，进一步提高对旅游业地位
# 的认识, headed as a point of understanding (1986's 充分认识… were not counted): counted, because after the significance it commits
# the governments to acts (切实加强领导，…采取得力措施，加大投入力度，加强旅游基础设施建设), as the other points do. No deadline.
# Categories: 二 legal_regulation (深化改革 in the headline and the lead's 建立…旅游管理体制, 深化改革: reform, rule 5 — the 拓宽融资渠道 and
# 鼓励…社会资金 after it fund it). Close calls: 一 organisation_accountability (after 充分认识…重大意义, which names no means, the
# first act is 切实加强领导, leadership, as dev's 加强领导 and 一网通办's 二 — against economic_incentive for 加大投入力度 and the
# infrastructure after it, rule 3); 三 economic_incentive (the lead's 加快制定本地旅游发展规划 and the principle 科学规划，合理开发，严格
# 保护 name no means, rule 2, nor does 大力发展…特色旅游; the first means, 建立灵活的价格机制，不断拓展旅游市场, is a price lever, and
# the items after it — products, brands, large firms, 宣传促销 — develop an industry, economic_incentive's default — against
# legal_regulation for a 价格机制 read as a rule and publicity_education for 宣传促销); 四 legal_regulation (after 认真贯彻执行…法律法规
# (carrying out the laws, no means), 省政府及有关部门要制定完善配套规章制度和行业管理办法: rules — against enforcement for 工商、公安…
# 加强旅游市场监管力度，依法打击无证经营… later).
for anchor, cat in [("转变观念，进一步提高对旅游业地位的认识", OA), ("深化改革，加强管理，加快旅游业发展步伐", LR),
                    ("整合资源，努力提高我省旅游业的综合竞争力", EI), ("优化环境，依法保障旅游业的健康发展", LR)]:
    add(test21, HNLY, anchor, "planned", cat)
# HNWH (2009-05-22), the basic-level cultural facilities, after the government's report: 一–五. Not counted: the preamble (the
# report heard, 会议认为…, 特作如下决议). 一、提高认识，确保实现基层文化设施建设目标 is counted as the tourism resolution's 一 (its lead
# commits the governments to acts: 纳入…规划, 纳入…考评体系, 纳入财政预算, the libraries and 文化馆 to be built); its deadline is the first
# in the lead paragraph, 2010年底前 (省辖市没有市级图书馆的，要在2010年底前…建成并投入使用). The other points have none.
# Categories: 二 economic_incentive (加大…投入, the budgets' growth, 1% of the housing investment, 以奖代补, tax preferences for
# donors); 五 legal_regulation (加快基层文化设施建设的地方立法, then the congresses' supervision). Close calls: 一
# organisation_accountability (after 提高…认识 and 纳入…规划 (rule 2), the first means is 纳入各级政府任期目标和年度工作目标考评体系…作为
# 评价…领导干部工作实绩的重要内容: the governments' tenure targets and the officials' record — responsibility, rule 7's consequence
# for people named first — against monitoring for the 考评 itself, rule 7, economic_incentive for 纳入财政预算 and
# services_administration for the libraries to be built); 三 legal_regulation (the lead's 科学制定…专项规划并纳入城乡规划 is a plan,
# rule 2; the first item, 城市新区建设…应当按照国家有关规定规划和建设相应的文化设施, and those after it — 用地标准, 划拨, 不得侵占预留
# 用地 — are requirements, rules 8 and 9 — against services_administration for the facilities planned); 四 services_administration
# (the lead's first act, 管理单位应当完善服务条件, then 服务规范 and 向社会公开 — the facilities' service to the public, rule 3 — against
# legal_regulation for the three 禁止… (change of use, 挪用、占用, 拆除) that make up most of the point).
for anchor, cat, deadline in [("提高认识，确保实现基层文化设施建设目标", OA, "2010年底前"), ("完善机制，加大基层文化设施建设投入", EI, None),
                              ("做好基层文化设施建设规划", LR, None), ("加强基层文化设施管理", SA, None),
                              ("加强基层文化设施建设地方立法和监督工作", LR, None)]:
    add(test21, HNWH, anchor, "planned", cat, deadline=deadline)
# SDJC (2019-09-27), the procuratorates' legal supervision, after the provincial procuratorate's report: 二–十一, their unnumbered
# paragraphs items (二's four fields of criminal supervision, 七's paragraph for each kind of body, 八's for each body, 十's
# three cases). Not counted: the preamble (the report heard, 会议认为…, 特作如下决议); 一 (全省各级检察机关要深入学习贯彻…，始终坚持…，
# 坚持…，自觉接受…监督，积极适应…改革的新形势新任务，依法独立行使检察权，忠实履行各项法律监督职责，统筹推进…“四大检察”全面协调充分
# 发展: the guiding thought and the general requirement that 二–五 spell out, as test18's 一网通办 一 — a close call, since it is
# numbered like the rest and written as acts); and the closing 本决议自公布之日起施行…同时废止 (date of effect and the repeal of the 2009
# resolution). 七, 八 and 十 lay duties on the other bodies and on units and persons (accept and assist the supervision), 十一 on
# the congresses: counted as points of a resolution that directs, as test19's epidemic decision's 三 and 四 (duties of units
# and persons) and test18's congress commitments (浦东's 五, 一网通办's 十五). No deadline (及时, 逾期 and 定期 name none).
# The domain word 监督 (法律监督, 检察监督) is no cue by itself, as 审查/监督 in test18's Beijing budget decision: each point is coded
# by the act its lead commits to. The procuratorates' supervision of the investigations, trials and executions of others — the
# legality checked, violations corrected by 抗诉 and 检察建议 — is a check on other bodies, monitoring by rule 7 (whoever is
# checked); proceedings against the wrongdoers themselves (公益诉讼) are enforcement.
# Categories: 三 monitoring (全面开展民事检察监督工作: the civil judgments, settlements and executions checked); 四 monitoring
# (行政诉讼和行政执法检察监督: trials and administrative enforcement checked, with the yearly report, rule 7); 九
# organisation_accountability (全面落实司法责任制: a responsibility system, then 队伍, 内设机构改革 and 信息化 as items); 十一 monitoring
# (the congresses' 听取和审议专项工作报告, 执法检查, 询问、质询: rule 7, as 浦东's 五 and 一网通办's 十五). Close calls: 二 monitoring (the
# lead — 积极适应…刑事诉讼制度改革, 严格执行…原则和制度、规则 (the rules applied), 从源头预防冤错案件, 加强人权司法保障 — names no means
# of its own, nor does the headline sentence (刑事检察监督工作是…重要职责, an assessment); the first item, 加强对刑事立案和侦查活动的
# 监督…监督纠正…违法行为, is a check on the police, rule 7 — against enforcement for criminal justice and its last item's 职务犯罪
# 侦查, and legal_regulation for the reform the lead names, rule 5, which the procuratorates adapt to rather than carry out); 五
# enforcement (督促起诉、支持起诉、提出检察建议、提起公益诉讼: suits brought, or pressed for, against those who harm the public interest
# — polluters, unsafe food and drugs, agencies that fail their duties — against monitoring for the text's own 监督方式 and the
# first element's 督促, rule 7); 六 monitoring (加强对…违法犯罪侦查、审判、刑事执行等活动的监督: the criminal process checked, as 二's
# items — against enforcement for the crimes against minors and services_administration for their protection); 七 monitoring
# (the bodies 主动接受…法律监督 (rule 2's 接受…监督 names no means), 配合、支持…查阅案卷材料、调查核实, 办理监督事项, 健全…互联互通、案件
# 线索双向移送、处理结果反馈等工作机制: taking part in the check and sharing its data, rules 7 and 8 — against organisation_accountability
# for cooperation between bodies, as 浦东's 四, and legal_regulation for the bodies' duties); 八 organisation_accountability
# (加强与检察机关的沟通联系，…提供必要的支持和保障: liaison between bodies and the duty of state organs to support, as 浦东's 四 and 六 —
# against economic_incentive by rule 6's letter (支持 with no means after it) and for the government's 检察工作经费 in the second
# paragraph); 十 legal_regulation (有关单位和个人应当依法配合协助: what units and persons must do, rule 9, as test19's epidemic 三 and
# 四 — against enforcement for the steps against refusal and interference after it: 通报, 追究责任的检察建议, 制止, 依法处理).
for anchor, cat in [("刑事检察监督工作是宪法和法律赋予检察机关的一项重要职责", MO), ("民事检察监督工作是依法平等保护当事人合法权益的重要手段", MO),
                    ("行政检察监督工作是保证依法公正审理行政案件", MO), ("检察机关提起公益诉讼制度是新时代维护国家利益和社会公共利益的重要举措", EN),
                    ("全省各级检察机关应当围绕未成年被害人保护", MO), ("全省各级执法、司法机关应当主动接受检察机关的法律监督", MO),
                    ("全省各级人民政府、监察机关、公安机关、司法行政机关、新闻媒体应当加强与检察机关的沟通联系", OA),
                    ("全省各级检察机关应当全面落实司法责任制", OA), ("全省各级检察机关依法履行法律监督职责，有关单位和个人应当依法配合协助", LR),
                    ("监督、支持检察机关依法开展法律监督工作，是各级人大及其常委会的一项重要职权", MO)]:
    add(test21, SDJC, anchor, "planned", cat)

# --- test22 --------------------------------------------------------------------------------------
# A twenty-second test half (2026-12-07), held out in the twenty-third session: marked by a helper who does no tuning, by
# reading the raw text only, before `zhili measures` was run on these files; the measures first (their headlines and lead
# sentences written to /work/coord/test22-headlines.md for a blind second coder), the categories afterwards, by the codebook
# as on main at 1cca26a (tie-break rules 1–10). Anchors are phrases of each measure's heading or of the first 120 characters
# of its paragraph (where the scorer looks), as written, each found once in the whitespace-squeezed raw file and in its text
# after the header up to `<!-- INFO END -->`; no anchor has a full-width digit. Six Henan resolutions (决议) of corpus/laws/DLC,
# the genre test21 held first, five of the provincial Standing Committee and one (义务植树, 1983, amended 2010) of the
# provincial people's congress itself; read by test21's rule (README: "A Standing Committee resolution that directs"): each
# numbered point that directs bodies or lays duties is a measure, planned, read as an opinion's numbered item, its unnumbered
# paragraphs its items. Not counted: the preambles (the report heard or the outline studied, 会议认为/会议要求…, 特作如下决议),
# the closing appeals (会议号召…), and a point that only asks for understanding or restates the resolution's general
# requirement or strategy (司法's 一, 小康's 一 and 二). No actors (the bodies are subjects of sentences, never a lead-unit
# parenthesis) and no deadline (定期, 适时, 每年, 在规定时间内 and the 战略纲要's 到2020年 in a point not counted name none).
HNSW = "河南省人民代表大会常务委员会关于进一步加强水污染防治工作的决议.md"
HNSF = "河南省人民代表大会常务委员会关于加强对司法工作监督的决议.md"
HNXK = "河南省人民代表大会常务委员会关于促进河南省全面建成小康社会加快现代化建设的决议(2015-01-21).md"
HNZS = "河南省第六届人民代表大会关于进一步开展全民义务植树运动的决议(2010-07-30).md"
HNFD = "河南省人大常委会关于努力夺取传染性非典型肺炎防治工作和经济建设双胜利的决议.md"
HNDS = "河南省人民代表大会常务委员会关于进一步加强省地方税务工作的决议.md"
test22 = []
# HNSW (2005-07-30), water pollution, after the Standing Committee's inspection of the water pollution laws: 一–四, each a
# heading line and one paragraph. Not counted: the preamble (the report heard, 会议认为…, 特作如下决议). No deadline (四's 定期或
# 不定期 is a frequency).
# Categories: 一 publicity_education (after 高度重视 and 充分认识… (no means), 坚持不懈地抓好…宣传教育工作, 环保意识…教育, 动员, 节水
# 教育 — persuasion); 二 organisation_accountability (the lead: 切实履行对本辖区环境质量负责的法定职责，实行环境质量行政首长负责制 —
# responsibility of the government heads, as rule 7's 第一责任人 — against monitoring for 作为考核政府工作的一项重要内容 and the green
# GDP 考核体系 after it, and enforcement for the pollution control and 监管 of the items); 四 legal_regulation (the lead: 加强水污染
# 防治地方立法, as test21's culture resolution's 五 — against monitoring for the congresses' 执法检查, 代表视察 and 跟踪监督 after
# it). Close call: 三 organisation_accountability (after 认真贯彻执行…法律、法规 (carrying out the laws, no means, as test21's
# tourism 四 and 生态环境保护 四), the first means is 加强环保队伍建设, staff (rule 6), and the headline's 建立和完善环保责任追究制 is
# accountability — against enforcement for 加大环境违法惩戒力度, 严厉查处, 依法取缔和关闭 and 依法严厉打击, most of the point, and for
# 完善执法程序，规范执法行为 in the lead after the staff).
for anchor, cat in [("认真做好水污染防治法等环保法律、法规的宣传教育工作", PE), ("实行环境质量行政首长负责制，全面推进水污染防治工作", OA),
                    ("建立和完善环保责任追究制，加大环境违法惩戒力度", OA), ("加强水污染防治地方立法和监督工作，切实增强监督实效", LR)]:
    add(test22, HNSW, anchor, "planned", cat)
# HNSF (2003-11-28, amended 2007-08-03), the congresses' supervision of judicial work: the Standing Committees' own work (as
# test21's Shandong 十一 and culture 五, test18's congress commitments), in six numbered points (heading sentence and body in one
# paragraph; 三 has three more paragraphs, its items): 二–六. Not counted: the preamble (the constitution and laws cited, 为了…特作
# 如下决议) and 一、切实提高对司法监督工作的认识 — a close call: after the background it asks the congresses to 进一步提高认识，把司法
# 监督工作摆上重要议事日程，…依法履行法律赋予的监督职权…运用多种监督形式: understanding, priority and the duties' performance, which
# 二–六 spell out (三: the forms of supervision), so it is the resolution's general requirement, as test21's Shandong 一 (written
# as acts, spelled out by the points after it) and 1986's points of understanding — unlike test21's tourism and culture 一,
# whose bodies commit the governments to acts of their own (加大投入力度, 纳入…财政预算, the libraries). 六、坚持在党委领导下做好人大
# 司法监督工作, headed as a stance, is counted: its body commits the Standing Committees to acts (应及时向党委报告, 应征求党委的意见,
# 应主动向党委反映), as test21's 生态环境保护 二. No deadline (三's 在规定时间内 names none).
# Categories: 二 legal_regulation (加强司法监督立法工作, 通过地方立法，规范司法监督的行为和程序); 三 monitoring (hearing the judicial
# bodies' reports, 执法检查, investigations, 询问、质询: how the check is done, rule 7; the lead's 应当严格按照法律规定的形式来进行，集体
# 行使职权 is how the check is done too); 四 monitoring (开展司法监督工作 on the hot issues and the 司法不公 of judicial staff: the
# courts checked, rule 7, as test21's Shandong 十一 — against organisation_accountability for 把监督权与任免权结合起来 after it); 六
# organisation_accountability (reporting to and consulting the party committee: leadership, as 一网通办's 二 and test21's 生态环境保护
# 二). Close call: 五 publicity_education (the lead: 加强对…司法监督工作人员的培训和教育，提高其法律素质和政策水平 — training of
# officials as study, rule 6 — against organisation_accountability for the headline's 组织建设 and the guidance of the lower
# Standing Committees and the working bodies' roles after it).
for anchor, cat in [("搞好地方立法工作，积极推进司法监督工作规范化、制度化", LR), ("积极探索和运用各种法定的监督形式，不断提高司法监督工作的水平", MO),
                    ("突出监督重点，增强司法监督的实效", MO), ("加强司法监督工作组织建设", PE), ("坚持在党委领导下做好人大司法监督工作", OA)]:
    add(test22, HNSF, anchor, "planned", cat)
# HNXK (2015-01-21), after the Standing Committee studied the provincial party committee's 战略纲要 for the 小康 society and
# modernisation (not attached, not in the corpus as a plan): 三 (the congresses) and 四 (the governments, courts and
# procuratorates). Not counted: the two preamble paragraphs (the outline studied and praised, 为了全面贯彻落实《战略纲要》…特作出如下
# 决议); 一、充分认识…重大意义 (understanding only: 都要深刻认识…，把思想认识统一到《战略纲要》基本精神上来); 二、全省人民要围绕目标任务，积极
# 投身…伟大实践 — a close call: its 要明确战略目标 (到2020年, 到2040年左右)…要坚持战略方针…要把握战略布局…要突出战略重点…要落实战略举措…
# 要强化战略保证 restate the outline's goals, principles and strategy, addressed to the whole people and closing on an appeal
# (全省人民一定要把《战略纲要》作为…行动指南…投身于…伟大实践): adopting a strategy and aims (rule 2), as test17's resolution's 号召
# restating the report's tasks and test21's 生态环境保护 一 (the guiding thought), not a point that directs bodies; and the closing
# appeal (全面建成小康社会加快现代化建设，事关…). 三 and 四 direct bodies to acts of their own (legislation, supervision, decisions,
# appointments and deputies; implementation schemes, 依法行政, 政务公开, 公正司法, 打击…违法犯罪, reports to the congresses), unlike
# test17's resolution, which approved a report whose tasks are counted in the report's own file. No deadline (适时, 定期, 结合
# “十三五”规划编制 name none).
# Categories: 三 legal_regulation (after 忠实履行法定职责 (no means), the first item: 要加强地方立法工作 — against monitoring for 要加强
# 监督工作 after it). Close call: 四 economic_incentive (the lead: 坚定不移实施《战略纲要》 (a strategy adopted, no means) and 研究制定
# 实施方案和政策措施 (drafting a plan, no means, rule 2); the first member of the list after it, 以扩大有效需求为重点稳定经济增长 —
# demand and growth, the economy's default, rule 1c — against organisation_accountability for 建设法治政府和服务型政府 and 纠正
# “四风”, and legal_regulation for 全面深化改革 further in the list).
for anchor, cat in [("全省各级人大及其常委会要忠实履行法定职责", LR), ("全省各级人民政府、法院和检察院要充分发挥职能作用", EI)]:
    add(test22, HNXK, anchor, "planned", cat)
# HNZS (1983-04-29, amended 2010-07-30), the provincial people's congress on the voluntary tree-planting campaign, after the
# government's bill (议案): 一–五, each a paragraph with no heading. Not counted: the preamble (会议认为…, 会议决定：…特作如下决议) and
# the closing 会议号召. A close call for the whole: a resolution amended as a 地方性法规, whose 一 and 三 fix the citizens' duty (who
# must plant how many trees, where the labour may go) — rules, as a text of provisions — but it directs the governments too (二:
# 加强领导，全民动员…开展…运动; 四: 检查评比, 表扬和奖励, 批评教育…经济处罚; 五: 责成省人民政府…制定…实施细则), so it is a resolution that
# directs and lays duties, and every numbered point is counted, the duties of persons as test19's epidemic 三 and 四 and test21's
# Shandong 十. 五 (the implementing rules the government is to draft and submit) is counted as test18's congress commitments to
# legislate (浦东's 一) and an opinion's numbered 组织实施 items — against a closing that only asks for the document to be carried
# out (SC-36's, unnumbered). No actors (五's 省人民政府 is a subject); no deadline (每人每年, 每年三月 and 每年…一、两次 are the rules'
# content and frequencies).
# Categories: 一 legal_regulation (每人每年必须义务植树三至五棵: what a person must do, rule 9); 三 legal_regulation (the labour
# limited to the city's or county's own forests and greening: what the duty may be used for, rule 9); 五 legal_regulation
# (制定《…实施细则》: rules). Close calls: 二 organisation_accountability (每年三月定为…植树造林月 designates a period and commits no one
# to an act; the lead after it, 要加强领导，全民动员…开展义务植树和造林绿化运动, names 加强领导 first (rule 3), as test21's tourism 一 —
# against publicity_education for the campaign and its 全民动员, and legal_regulation for the month fixed, as SC-38's holidays); 四
# monitoring (统一规划，讲究科学，注重实效 names no means; the first act, 各级人民政府每年要…进行一、两次检查评比, is an inspection and
# evaluation, rule 7 — against organisation_accountability for 表扬和奖励 and enforcement for the 经济处罚 after it).
for anchor, cat in [("凡是条件具备的地方，男性十八至六十周岁", LR), ("每年三月定为我省的植树造林月", OA), ("义务植树劳动，只限于用在本市、本县所辖范围内", LR),
                    ("义务植树，要统一规划，讲究科学，注重实效", MO), ("会议责成省人民政府根据本决议精神", LR)]:
    add(test22, HNZS, anchor, "planned", cat)
# HNFD (2003-05-29), SARS and the economy, after the government's report on SARS: 一–三 and the unnumbered paragraph after 三 on
# the congresses and the deputies (全省各级人大及其常委会要在各级党委领导下…; 全省各级人大代表要…). Not counted: the two preamble
# paragraphs (the government's measures praised — review — and the salute to the medical staff; 会议特作出如下决议) and the closing
# 会议号召. 一、提高认识，认清形势，坚定信心，克服麻痹思想，进一步加强非典防治工作 is counted (its body commits the governments to acts of
# their own: 加强领导, 疫情动态, the rural prevention, 市场…监督检查, 严厉打击…违法犯罪, 发动群众), as test21's tourism and culture 一; 三、
# 坚持一手抓防治非典…一手抓经济建设…, headed as a stance, is counted too (the economic measures: 扶持, 工业结构调整, 国有企业改革,
# 积极的财政政策, 扩大就业…). A close call for the paragraph after 三: counted as a measure of its own, because it commits other
# bodies (the congresses and the deputies) to acts the numbered points do not hold (the laws' carrying out supervised, support,
# the deputies' publicity), as SC-38's closing paragraph and test21's congress points — against reading it as part of 三 (as
# SC-42's closing 白银 paragraph was read as part of its 四: that one continued 四's subject, this one changes body and subject)
# and against a closing that only asks for the resolution to be carried out (SC-36's). No deadline.
# Categories: 二 publicity_education (大力宣传贯彻《传染病防治法》…, 宣传疾病预防知识, 爱国卫生运动). Close calls: 一
# organisation_accountability (the lead's first means after 认真总结…按照…部署 (no means) is 进一步加强领导, as test21's tourism 一 and
# SC-51's （六） 加强防震减灾工作的领导 — against monitoring for 密切关注疫情动态 and 监测 after it, and services_administration for the
# medical treatment); 三 economic_incentive (the lead's 抓住经济建设这个中心 and 力争把损失减少到最低限度 are stance and aim; 密切关注和
# 分析…影响 checks no one (rule 7 is a check on bodies or persons) and 及时采取…应对措施 names none; the first means is 该扶持的尽力扶持
# (support, rule 6), and the first item of the list after it, 积极推进工业结构调整, is the economy's default — against
# legal_regulation for 大力推进国有企业改革 and monitoring for the analysis); 四 (the congress paragraph) monitoring (after 认真履行
# 职责 and 切实抓好…法律法规的贯彻落实 (carrying out the laws, no means), 发挥监督职能: the congresses' supervision, rule 7, as
# test21's Shandong 十一 — against publicity_education for the deputies' 大力宣传有关法律法规).
for anchor, cat in [("提高认识，认清形势，坚定信心，克服麻痹思想", OA), ("进一步做好《传染病防治法》等法律、法规的宣传贯彻工作", PE),
                    ("坚持一手抓防治非典这件大事不放松", EI), ("全省各级人大及其常委会要在各级党委领导下", MO)]:
    add(test22, HNFD, anchor, "planned", cat)
# HNDS (2003-11-28), the provincial local taxation bureaus, after the Standing Committee's review of their enforcement of the
# 税收征管法: 一–五. Not counted: the preamble (the review and the reports heard, 会议要求…坚持…税收工作方针，保障税收收入持续稳定增长 —
# the general requirement). 一、提高认识，正确处理依法征管与经济社会发展的关系 is counted (its body commits the governments to acts of
# their own — 稳步推进税收改革, 政策扶持，涵养税源, 积极支持国有企业改革、非公有制经济发展和下岗职工再就业 — which 二–五, on the bureaus'
# management, offices, staff and environment, do not hold), as test21's tourism and culture 一. No deadline.
# Categories: 四 organisation_accountability (加强队伍建设: 领导班子建设 first, then training and ethics — staff, rule 6). Close calls:
# 一 economic_incentive (after 提高…认识 and 正确处理好…关系 (a principle, as 1988's), the lead's first means is 充分发挥税收对经济的调控
# 职能: taxation as an economic lever, then 政策扶持 and support — against legal_regulation for 稳步推进税收改革 in the next sentence,
# rule 5); 二 legal_regulation (the lead: 从建立规范执法的长效机制入手，进一步加强制度建设 — a 机制 whose object is the conduct of
# enforcement (rule 2), rules of conduct as SC-13's 规范事中公示, with the headline's 完善管理制度 — against publicity_education for
# the first item, 建立健全宣传咨询制度，深化税法普及, and enforcement for 依法治税 and 严格执法); 三 legal_regulation (the lead: 要通过进一步
# 深化地税机构改革和税收征管改革…对基层税所进行合理布局，优化配置 — reform of institutions, rule 5 — against organisation_accountability for
# the offices' layout, monitoring for the 金税工程 information system (tax data, rule 8) and economic_incentive for 加大…资金投入); 五
# organisation_accountability (the lead: 各级人民政府要加强领导，关心和支持地方税务工作 — leadership first, as 一网通办's 二 and test21's
# tourism 一 — against enforcement for 严厉打击偷、逃、抗、骗税等违法犯罪行为 and 整顿税收秩序 after the departments' 协作配合).
for anchor, cat in [("提高认识，正确处理依法征管与经济社会发展的关系", EI), ("完善管理制度，全面推进依法治税工作", LR),
                    ("强化基层和信息化建设，提高税收征管效率和质量", LR), ("加强队伍建设、提高地税执法人员整体素质", OA),
                    ("加强领导，营造良好税收执法环境", OA)]:
    add(test22, HNDS, anchor, "planned", cat)

# --- test23 --------------------------------------------------------------------------------------
# A twenty-third test half (2026-12-07), held out in the twenty-fourth session: marked by a helper who does no tuning, by
# reading the raw text only, before `zhili measures` was run on these files; the measures first (their headlines and lead
# sentences written to /work/coord/test23-headlines.md for a blind second coder), the categories afterwards, by the codebook
# as on main at d5880a4 (tie-break rules 1–10). Anchors are phrases of each measure's heading or of the first 120 characters
# of its paragraph (where the scorer looks), as written, each found once in the whitespace-squeezed raw file and in its text
# (after the header up to `<!-- INFO END -->` for the two Markdown files, after tags are dropped for the HTML file); no anchor
# has a full-width digit. Five short documents of genres the halves had least: a State Council 方案 and a State Council 命令 of
# corpus/laws/行政法规 (the first files of that folder in any half), a 批复 of the State Council and the Central Military
# Commission, and two NPC resolutions on government work reports (1962 and 2012), the genre of test17's resolution on the 2020
# report. 17 level-1 measures, all planned; actors null throughout (every unit named is the subject of a sentence, never a
# lead-unit parenthesis); one deadline.
ZCJG = "重新组建仲裁机构方案(1995-07-28).md"
JLDW = "国务院关于在我国统一实行法定计量单位的命令(1984-02-27).md"
SC45 = "45-国务院、中央军委关于同意武警总部后勤部机关等迁址新建的批复.html"
NPC62 = "第二届全国人民代表大会第三次会议关于政府工作报告的决议.txt"
NPC12 = "第十一届全国人民代表大会第五次会议关于政府工作报告的决议.txt"
test23 = []
# ZCJG (1995, the programme for rebuilding the arbitration bodies under the 仲裁法; in the State Council's 国办发〔1995〕44号 it was
# issued with two 暂行办法 that the file does not hold): a programme (方案), not a text of provisions — its title is none of the
# seventeenth session's list (…法, 条例, 规定, 办法, 细则, 规则) and it is written in parts and numbered items, not in articles — so
# by the issue's rule for plans and programmes the numbered items of its operative parts are the measures, planned: 二、关于仲裁
# 委员会 (一)–(五), 三、关于仲裁员 (一)–(三), 四、关于仲裁委员会的编制、经费和用房 (no numbered item: one measure, as dev's SC-17 二、
# 明确工作职责) and 五、关于新组建的仲裁委员会与现有仲裁机构的衔接 (一)–(二) (its heading is a plain line in the file, not a `##`
# heading, but a part like the others). Not counted: 一、关于重新组建仲裁机构的原则 (一)–(四), the programme's principles (严格依照
# 仲裁法组建, 为人民服务的宗旨, 从实际情况出发), as an opinion's 基本原则 — a close call for its (四) 统一认识，加强领导，调动各方面的积极
# 因素，保证仲裁工作平稳过渡, written as acts but a principle of the rebuilding, which 二–五 spell out. The unnumbered paragraphs of
# an item (二(三)'s members and the first commission's members recommended by the departments and 聘任 by the city government;
# 二(五)'s staffing; 三(二)'s whom to appoint) are its items. Most items read as rules (只能…不得…, 应当, 可以); they are counted as an
# opinion's items are, as test18's and test19's decisions held rule-like sentences among their acts and test10's SC-18 规定's items
# were counted. Actors null (政府法制、经贸…等部门和贸促会、工商联等组织协商推荐，由市人民政府聘任 and 其所在地的市人民政府 are subjects of
# sentences); no deadline (设立初期, 以后, 逐步 are no dates).
# Categories: 二(一) legal_regulation (市只能组建一个统一的仲裁委员会，不得按照不同专业设立…: what a city may and may not set up, rules 5
# and 9 — against organisation_accountability for a body built); 二(二) legal_regulation (the name 一律…冠以…地名: a standard form,
# rule 8); 二(三) organisation_accountability (the commission's members, their background and who appoints the first ones: posts of
# staff, rule 6, as SC-55's 成员单位 and SC-54's members); 二(四) organisation_accountability (a 秘书长, a post); 二(五)
# organisation_accountability (an office with its duties, its staffing 精简、高效 and its staff 择优聘用: a body and its staff); 五(一)
# organisation_accountability (hiring the existing bodies' arbitrators and staff first: posts of staff); 五(二) legal_regulation (what
# parties to an arbitration agreement may do, and when the agreement is void: rule 9). Close calls: 三(一) organisation_accountability
# (不设专职仲裁员: posts, rule 6 — against legal_regulation for a rule); 三(二) organisation_accountability (who appoints the arbitrators
# and from whom: appointment and qualifications of staff, rule 6 — against legal_regulation, rule 9, for 国家公务员…可以受聘为仲裁员,
# a permission, after the lead); 三(三) organisation_accountability (the arbitrators' pay per case and none without a case: pay of
# staff, rule 6 — against economic_incentive for income); 四 organisation_accountability (the city government 解决…人员编制、经费、用房:
# the first member of the list is 人员编制, posts, rules 1c and 3 — against economic_incentive for 经费, budgets, as test6's 保障经费
# 投入, and for 自收自支).
for anchor, cat in [("只能组建一个统一的仲裁委员会", LR), ("新组建的仲裁委员会的名称应当规范", LR), ("仲裁委员会由主任1人", OA),
                    ("仲裁委员会设秘书长1人", OA), ("仲裁委员会下设办事机构", OA), ("仲裁委员会不设专职仲裁员", OA),
                    ("仲裁员由依法重新组建的仲裁委员会聘任", OA), ("由仲裁委员会依照仲裁规则的规定给付报酬", OA),
                    ("其所在地的市人民政府应当参照有关事业单位的规定", OA), ("应当优先从现有仲裁机构符合条件的仲裁员", OA),
                    ("当事人在现有仲裁机构依法终止之前达成仲裁协议", LR)]:
    add(test23, ZCJG, anchor, "planned", cat)
# JLDW (国务院命令, 1984-02-27, the legal units of measurement): a genre new to the gold, an order (命令) of the State Council. Not a
# text of provisions by its title (命令 is none of the seventeenth session's list) and not written in articles; read as a notice
# laying down the rules of one matter (test15's SC-36, test16's SC-40, test20's SC-38) and by the issue's rule for decisions: its
# numbered 一、–四、 are the measures, planned. Not counted: the opening paragraph (the 1959 order and its results, the aims, the
# decision 国务院决定…进一步统一我国的计量单位 and the documents adopted, 现发布命令如下), which 一–四 spell out, as SC-36's opening
# decision; the unnumbered date of effect (本命令自发布之日起生效…以本命令为准), as test18's and test19's; and the attached list
# 中华人民共和国法定计量单位 ((1)–(6) the kinds of units, 法定单位的定义、使用方法等，由国家计量局另行规定, 注：表…略), details of 一, as
# SC-36's attached plate codes. Close call: 四、本命令责成国家计量局负责贯彻执行 is counted — a numbered point of the order that makes a
# body responsible for carrying it out, as test22's HNZS 五 (责成省人民政府…) and an opinion's numbered 组织实施 items; against the
# unnumbered closings that only ask for the document to be carried out (SC-36's 应急部要…认真组织实施), which were not. Actors null
# (四's 国家计量局 and 三's 各地区、各部门 are subjects of sentences). One deadline: 二's 一九九0年底以前 (要完成向国家法定计量单位的过渡:
# the span within which the transition is to be done, as written, its 0 an ASCII digit); 可以延续使用到一九九0年 before it is the
# term of a rule (how long the 市制 may still be used, as SC-18's 五年内免征), not a due date.
# Categories: 一 legal_regulation (the units 一律采用《中华人民共和国法定计量单位》: a standard, rule 8); 二 legal_regulation (what units
# may be used until when, and the transition: rule 9; the reform plan for farmland units after it is a plan drafted, rule 2); 四
# organisation_accountability (责成…负责: responsibility assigned, as SC-19's 归口管理). Close call: 三 legal_regulation (计量单位的改革
# 是…的事 is background, 务必充分重视 attention, 制定…实施计划 a plan drafted and 保证顺利完成 a purpose — no means, rule 2; the area
# default decides, the reform of the system of units, rules 1d and 5 — against organisation_accountability for the localities and
# departments made to attend to it).
for anchor, cat, deadline in [("我国的计量单位一律采用", LR, None), ("我国目前在人民生活中采用的市制计量单位", LR, "一九九0年底以前"),
                              ("各地区、各部门务必充分重视，制定积极稳妥的实施计划", LR, None), ("本命令责成国家计量局负责贯彻执行", OA, None)]:
    add(test23, JLDW, anchor, "planned", cat, deadline=deadline)
# SC-45 批复 (国函〔1996〕95号, of the State Council and the Central Military Commission, to the 武警总部): one paragraph grants the
# request (同意武警总部后勤部机关及部分直属单位迁址新建) with its terms (the building funds raised by the 武警 themselves, other matters
# to be settled with the Beijing government and the departments), nothing attached: one measure by the seventeenth session's rule
# for an approval's grant, which names this very document (45's one decision (同意…迁址新建) is its measure); its terms are items, as
# test19's SC-24 and test20's SC-31. Not counted: the opening paragraph (the 请示 received, 现批复如下). The anchor is the grant's own
# words, which differ from the title's (及部分直属单位 where the title has 等) and from the 请示's title (…迁址新建的请示). Planned;
# actors null (北京市政府和有关部门 are named in a sentence); no deadline. Category legal_regulation (the relocation and building
# permitted: a permission granted, rule 9, as SC-24, SC-31 and SC-14's 一 — a close call against null by rule 10, since the
# applicant is an armed force under the Military Commission, read as SC-19 (test13) was: a domestic act coded by its means, not
# defence policy; and against economic_incentive for the funds, which the grant leaves to the applicant — 自筹, no money given).
add(test23, SC45, "同意武警总部后勤部机关及部分直属单位迁址新建", "planned", LR)
# NPC62 (the resolution of the second NPC's third session, 1962, on 周恩来's work report; the report itself is not in the corpus):
# read by test17's rule for a resolution that endorses a report — its agreement with the report's 方针和任务 (会议完全同意…进一步调整
# 国民经济的方针和任务) and its approval (会议决定批准…政府工作报告) grant what the report asks, and the tasks are the report's; the
# paragraph on democracy and the united front (会议认为…有着极重要的意义。今后，在各项工作中，必须认真贯彻执行) restates the report's
# points and commits to carrying them out (no act of its own, as the 号召's restated tasks — a close call); the paragraph on the
# international situation and foreign relations (今后，我国将继续加强同社会主义各国的团结…保卫世界和平) is foreign policy, left out as
# the reports' foreign-policy parts (1995's 七); the closing 会议号召 is an appeal. Not counted, all of them. One measure, a close call
# against zero: 会议同意国务院的建议，授权全国人民代表大会常务委员会审查和批准我国第二个五年计划后两年的国民经济调整计划和相应的国家预算 — an
# act the congress decides that the report cannot hold (the State Council proposes; the congress delegates its own power to its
# Standing Committee), counted by the seventeenth session's rule for an approval's grant (a grant counts unless an attachment
# whose parts are counted holds it, as SC-55's 撤销…联席会议 beside the attached 制度) and test18's rule for a congress decision
# that grants powers (根据本决定授权…). Planned (the plan and budget to be reviewed and approved later); actors null (the Standing
# Committee is the object of the grant, no lead-unit parenthesis); no deadline (第二个五年计划后两年 names the plan's years, not a
# date for the review). Category legal_regulation (a power granted: who may approve the plan and the budget, rule 9, as SC-16's
# approval power given to the province — a close call against monitoring for 审查和批准 of a plan and a budget, the congress's
# supervision, rule 7, as test21's Shandong 十一).
add(test23, NPC62, "授权全国人民代表大会常务委员会审查和批准", "planned", LR)
# NPC12 (the resolution of the eleventh NPC's fifth session, 2012, on 温家宝's work report): the same genre and wording as test17's
# resolution on the 2020 report — it affirms the past year's work (review), approves the report (同意报告提出的2012年工作总体部署和主要
# 任务，决定批准这个报告: a grant whose tasks are counted in the report's own file, 2012年…政府工作报告.txt, check6) and closes on 会议
# 号召 (the report's line restated as stances and aims, rule 2). No act of its own: no level-1 measure, a coverage row, so that its
# predictions count against precision.
none(test23, NPC12)

# --- test24 --------------------------------------------------------------------------------------
# A twenty-fourth test half (2026-12-07), held out in the twenty-fifth session: marked by a helper who does no tuning, by
# reading the raw text only, before `zhili measures` was run on these files, by the rules of README.md as on main at 2d4e181.
# Six short documents of the two genres whose rules give no measure: three State Council texts of corpus/laws/行政法规, each
# titled …规定 (the first of that folder titled as a regulation in any half; test23's 方案 and 命令 were not), and three NPC
# resolutions on government work reports (2007, 2018, 2025), the genre of test17's resolution on the 2020 report and test23's
# on the 2012 one. No level-1 measure in any of them: six coverage rows, so that every prediction in these files counts against
# precision. With no measure there is no headline, role, actor, deadline or category to code; /work/coord/test24-headlines.md
# says so for the second coder (and sets out, apart, the four parts of WHJJ that the one close call would count).
WHJJ = "国务院关于进一步完善文化经济政策的若干规定(1996-09-05).md"
KJBK = "国务院关于科学技术拨款管理的暂行规定(1986-01-23).md"
HNKF = "国务院关于鼓励投资开发海南岛的规定(1988-05-03).md"
NPC07 = "第十届全国人民代表大会第五次会议关于政府工作报告的决议.txt"
NPC18 = "第十三届全国人民代表大会第一次会议关于政府工作报告的决议.txt"
NPC25 = "第十四届全国人民代表大会第三次会议关于政府工作报告的决议.txt"
test24 = []
# KJBK (国务院发布, 1986-01-23, the funding of science and technology; 暂行规定): a regulation by its title (…规定) and written in
# articles (第一条–第十二条): a text of provisions by the seventeenth session's rule for texts of articles (a law or regulation by its
# title has provisions, not measures), as test20's Zhejiang 规定 and county 条例 — no level-1 measure. Read as a whole, not article
# by article: its articles fix who funds what and how (the budget's growth rule, tendering and contracts for the key projects, the
# research institutes' funds cut year by year or kept, how the funds saved are split), with 第一条 the purpose, 第九条–第十条 what
# other rules will settle, 第十一条 the interpretation and 第十二条 the date of effect. A close call against counting the articles
# that direct bodies (第二条 由财政部会同国家计委…安排…预算拨款额度; 第四条 由财政部全部拨交国家科委统一管理; 第十条's closing 省、自治区、
# 直辖市人民政府…制定本地区科技拨款管理办法): the rule reads a regulation by its title, as test20's 彭水 条例, whose articles that
# committed the county government to acts were not counted either.
none(test24, KJBK)
# HNKF (国务院发布, 1988-05-04, the encouragement of investment in 海南岛, the province and special zone founded that spring): a
# regulation by its title and in articles (第一条–第二十三条): provisions, no level-1 measure, by the same rule. Its articles are
# the zone's rules — what investors may do and in what forms, land use and mining for a fee, the powers of approval given to the
# Hainan government (第二条 授予…更大的自主权, 第十条, 第十一条, 第二十一条), the tax rates, exemptions and refunds, foreign exchange,
# visas — with 第一条 the purpose, 第二十二条 what the province may settle and who drafts the 实施办法, 第二十三条 the date of effect.
# A close call against test18's Standing Committee decisions that grant powers (浦东, 长三角: counted as grants) and the State
# Council's approvals of a zone (SC-53, SC-44): those are decisions and approvals; this is a regulation under its own title,
# and a tax's rates and a zone's rules are what test18's rule names as fixed by a text of provisions.
none(test24, HNKF)
# WHJJ (1996-09-05, the cultural economic policies; 若干规定): no level-1 measure — the one close call of the half.
# By its title a regulation (…规定; the corpus files it among the 行政法规), so by the seventeenth session's rule, which reads a law
# or regulation by its title (…法, 条例, 规定, 办法, 细则, 规则), it has provisions, not measures, as KJBK and HNKF; and its parts fix
# what test18's rule names as a text of provisions' content: a new levy and its rate (一、开征文化事业建设费: 3% of the turnover of
# entertainment venues and of advertising, collected with the business tax, paid into the central and provincial treasuries), a
# tax deduction (二: gifts to the listed cultural bodies deducted up to 3% of taxable income) and tax preferences continued (三).
# Against it: it is not written in articles but, like an opinion or a notice, with an address line (各省、自治区、直辖市人民政府，国务院
# 各部委、各直属机构：), an opening decision (国务院决定进一步完善文化经济政策…) and four headed parts whose lead sentences direct the
# finance departments (三: 逐步增加对文化事业的资金投入…; 三(一) 中央和省级财政要继续在预算中安排部分专项经费; 三(二) 适当增加…补助经费;
# 四: 中央和省级要建立健全有关专项资金制度, 财政部门要做好专项资金的预算安排) — test10's SC-18, two 规定 of the same policy area
# (the tax exemptions of cultural units) written in numbered items, had its items counted, but there a notice issued them (关于印发…
# 两个规定的通知), which the seventeenth session's rule counts, while a regulation under its own title is read as one (test20's
# Zhejiang 规定 against SC-47's issued 工作规则). test23's 方案 was counted because neither its title nor its form was a
# regulation's; here the title is. Read the other way, WHJJ would hold four planned measures, 一、–四、 (anchors 开征文化事业建设费,
# 鼓励对文化事业的捐赠, 继续实行财税优惠政策, 建立健全专项资金制度; actors null, the units being subjects of sentences; no deadline:
# 从1997年1月1日起 is a starting date and “九五”期间 a period) and not the opening decision, which they spell out.
# Their categories, coded so that the other reading is one change away (not in the gold): all four economic_incentive — 一 a
# levy on entertainment and advertising paid into special funds (a charge and the money it raises, not a rule of conduct), 二
# a tax deduction for gifts (rule 6's 鼓励 with a deduction as its means), 三 逐步增加…资金投入 and tax preferences (budgets and tax
# relief), 四 special funds, a 制度 whose object decides (rule 2: budgets) — close calls against legal_regulation for 一 (a new
# levy as a rule fixed, rule 9) and monitoring for 四's 接受财政和审计部门监督检查 (its last sentence, not its lead).
none(test24, WHJJ)
# NPC07, NPC18, NPC25 (the NPC's resolutions on the work reports of 2007 (温家宝), 2018 (李克强) and 2025 (李强)): the same genre and
# wording as test17's resolution on the 2020 report and test23's on the 2012 one — the report heard and reviewed, the past year's
# (2018: five years') work affirmed (review), the approval (同意报告提出的今后一年经济社会发展的目标任务和工作部署 / 2018年经济社会发展
# 总体要求、政策取向和对政府工作的建议 / 2025年经济社会发展的总体要求、政策取向和工作任务，决定批准这个报告: a grant whose tasks are
# counted in the report's own file — 2007's in test10, 2018's in test11, 2025's in test7 — so not counted beside them, by the
# seventeenth session's rule for an approval's grant) and the closing 会议号召 (an appeal; the line and tasks it names — 2018's 三大
# 攻坚战, 2025's 稳住楼市股市, 扩大国内需求 — are the report's, restated as stances and aims, rule 2). No act of their own, unlike test23's
# 1962 resolution (its 授权 of the Standing Committee): no level-1 measure, a coverage row each. The 2018 and 2025 files end with a
# Wikisource licence footer (本作品来自…公有领域, Public domain), which holds nothing either.
none(test24, NPC07)
none(test24, NPC18)
none(test24, NPC25)

for name, rows in [("dev", dev), ("test", test), ("test2", test2), ("test3", test3), ("test4", test4), ("test5", test5), ("test6", test6), ("check6", check6), ("test7", test7), ("test8", test8), ("test9", test9), ("test10", test10), ("test11", test11), ("test12", test12), ("test13", test13), ("test14", test14), ("test15", test15), ("test16", test16), ("test17", test17), ("test18", test18), ("test19", test19), ("test20", test20), ("test21", test21), ("test22", test22), ("test23", test23), ("test24", test24)]:
    with open(f"{name}.jsonl", "w", encoding="utf-8") as f:
        for row in rows: f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(name, len(rows))
