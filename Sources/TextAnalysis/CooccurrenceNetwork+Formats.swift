import Reporting

extension CooccurrenceNetwork {
    /// GraphML for Gephi, Cytoscape or networkx: undirected, nodes with their `label` and `count`,
    /// edges with their `weight`.
    public var graphML: String {
        var index: [String: Int] = [:]
        for (number, node) in nodes.enumerated() { index[node.term] = number }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="count" for="node" attr.name="count" attr.type="int"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <graph id="cooccurrence" edgedefault="undirected">

            """
        for (number, node) in nodes.enumerated() {
            xml += "    <node id=\"n\(number)\"><data key=\"label\">\(node.term.markupEscaped)</data><data key=\"count\">\(node.count)</data></node>\n"
        }
        for (number, edge) in edges.enumerated() {
            xml += "    <edge id=\"e\(number)\" source=\"n\(index[edge.source]!)\" target=\"n\(index[edge.target]!)\"><data key=\"weight\">\(edge.weight)</data></edge>\n"
        }
        return xml + "  </graph>\n</graphml>\n"
    }

    /// GEXF 1.3 for Gephi: undirected, nodes labelled with a `count` attribute, edges with their weight.
    public var gexf: String {
        var index: [String: Int] = [:]
        for (number, node) in nodes.enumerated() { index[node.term] = number }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <meta><creator>zhili cooccur</creator><description>co-word network</description></meta>
              <graph mode="static" defaultedgetype="undirected">
                <attributes class="node">
                  <attribute id="count" title="count" type="integer"/>
                </attributes>
                <nodes>

            """
        for (number, node) in nodes.enumerated() {
            xml += "      <node id=\"\(number)\" label=\"\(node.term.markupEscaped)\"><attvalues><attvalue for=\"count\" value=\"\(node.count)\"/></attvalues></node>\n"
        }
        xml += "    </nodes>\n    <edges>\n"
        for (number, edge) in edges.enumerated() {
            xml += "      <edge id=\"\(number)\" source=\"\(index[edge.source]!)\" target=\"\(index[edge.target]!)\" weight=\"\(edge.weight)\"/>\n"
        }
        return xml + "    </edges>\n  </graph>\n</gexf>\n"
    }
}
