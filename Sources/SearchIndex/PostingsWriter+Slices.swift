import Foundation
import Ingestion

extension PostingsWriter {
    /// Writes the terms `order` (ascending) of `accumulator` on `threads` threads: the terms are cut
    /// into slices of about the same stream bytes, each slice written by a writer of its own, and the
    /// slices' offsets moved as if they were concatenated in order, so that the bytes are those one
    /// writer writes. The postings and positions are the slices' own outputs, in order, for the file to
    /// be written from (joining them copied tens of megabytes a segment into pages faulted in anew).
    static func write(_ order: [Int], of accumulator: PostingsAccumulator, lengths: [UInt32], headingLengths: [UInt32],
                      threads: Int) -> (infos: [TermInfo], postings: [[UInt8]], positions: [[UInt8]]) {
        let streams = accumulator.streams
        let documentFrequency = accumulator.documentFrequency, totalFrequency = accumulator.totalFrequency
        let streamLengths = streams.lengths
        let total = streamLengths.reduce(0, +)
        // Several slices a thread, so that one slow slice does not leave the others idle.
        let sliceTarget = max(1, total / (threads == 1 ? 1 : 4 * threads))
        var slices: [Range<Int>] = []
        var start = 0, bytes = 0
        for (index, id) in order.enumerated() {
            bytes += streamLengths[id]
            if bytes >= sliceTarget || index == order.count - 1 {
                slices.append(start..<(index + 1))
                start = index + 1
                bytes = 0
            }
        }
        var infos: [TermInfo] = []
        infos.reserveCapacity(order.count)
        var postings: [[UInt8]] = [], positions: [[UInt8]] = []
        var postingsBytes = 0, positionsBytes = 0
        OrderedParallelMap(threads: threads).run(slices, transform: { slice in
            var writer = PostingsWriter(lengths: lengths, headingLengths: headingLengths)
            var infos: [TermInfo] = []
            infos.reserveCapacity(slice.count)
            var stream: [UInt8] = []
            for id in order[slice] {
                streams.read(id, into: &stream)
                infos.append(writer.write(stream: stream, documentFrequency: Int(documentFrequency[id]), totalFrequency: totalFrequency[id]))
            }
            return (infos, writer.postings.bytes, writer.positions.bytes)
        }, consume: { (sliceInfos: [TermInfo], slicePostings: [UInt8], slicePositions: [UInt8]) in
            for var info in sliceInfos {
                info.postingsOffset += postingsBytes
                info.positionsOffset += positionsBytes
                infos.append(info)
            }
            postings.append(slicePostings)
            positions.append(slicePositions)
            postingsBytes += slicePostings.count
            positionsBytes += slicePositions.count
        })
        return (infos, postings, positions)
    }
}
