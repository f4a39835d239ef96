extension String {
    /// The first `count` scalars (all of them where there are fewer), in one pass:
    /// `Array(unicodeScalars.prefix(count))` walks them three times (to find the prefix's end, to count
    /// it, to copy it), which adds up for parsers that look at the start of every line of a collection.
    func leadingScalars(_ count: Int) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(Swift.min(count, utf8.count))
        for scalar in unicodeScalars {
            guard scalars.count < count else { break }
            scalars.append(scalar)
        }
        return scalars
    }
}
