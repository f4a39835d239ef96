import TextAnalysis

/// A real text to count by hand: the resolution of the first session of the 11th National People's
/// Congress on the 2008 government work report, as published (two paragraphs, 287 characters without
/// whitespace). Read it and count: 会议 4 times, 建设 6, 报告 3 (once inside 政府工作报告), 国务院 2,
/// 中国特色社会主义 2.
enum Resolution2008 {
    static let source = "第十一届全国人民代表大会第一次会议关于政府工作报告的决议.txt"

    static let text = """
        第十一届全国人民代表大会第一次会议听取并审议了国务院总理温家宝所作的政府工作报告。会议认为，过去的五年，我国改革开放和现代化建设取得了举世瞩目的重大成就。会议充分肯定国务院五年来的工作，同意报告提出的2008年经济社会发展目标任务和工作部署，决定批准这个报告。

        会议号召，全国各族人民在以胡锦涛同志为总书记的党中央领导下，全面贯彻党的十七大精神，高举中国特色社会主义伟大旗帜，以邓小平理论和“三个代表”重要思想为指导，深入贯彻落实科学发展观，万众一心，锐意进取，埋头苦干，协调推进中国特色社会主义经济建设、政治建设、文化建设、社会建设，为夺取全面建设小康社会新胜利而努力奋斗！
        """

    /// The resolution as one document of one section, dated 2008.
    static var document: AnalysisDocument {
        AnalysisDocument(source: source, documentIndex: 1, title: "第十一届全国人民代表大会第一次会议关于政府工作报告的决议", year: 2008,
                         sections: [AnalysisDocument.Section(path: "", text: text)])
    }
}
