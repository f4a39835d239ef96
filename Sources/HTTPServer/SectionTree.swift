/// A document's sections nested by level: each heading holds the sections below it up to the next
/// heading of its level or higher. The preamble (level 0) is a root.
struct SectionTree {
    struct Node {
        var section: DocumentOutline.Section
        /// The section's position in the document's reading order.
        var position: Int
        var children: [Node]
    }

    let roots: [Node]

    init(_ sections: [DocumentOutline.Section]) {
        // The open headings, outermost first; a new section closes those at its level or deeper.
        var roots: [Node] = []
        var stack: [Node] = []
        func close(downTo level: Int) {
            while let last = stack.last, last.section.level >= level {
                stack.removeLast()
                if stack.isEmpty { roots.append(last) } else { stack[stack.count - 1].children.append(last) }
            }
        }
        for (position, section) in sections.enumerated() {
            close(downTo: max(section.level, 0))
            let node = Node(section: section, position: position, children: [])
            if section.level <= 0 { roots.append(node) } else { stack.append(node) }
        }
        close(downTo: 0)
        self.roots = roots
    }
}
