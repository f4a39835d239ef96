extension String {
    /// The first `count` scalars (all of them where there are fewer), in one pass:
    /// `Array(unicodeScalars.prefix(count))` walks them three times (to find the prefix's end, to count
    /// it, to copy it), which adds up for parsers that look at the start of every line of a collection.
    /// Written into the array's storage as they are decoded: appending checked the array's uniqueness and
    /// capacity at every scalar, and this runs on every line, 1.2% of a build's instructions.
    func leadingScalars(_ count: Int) -> [Unicode.Scalar] {
        let capacity = Swift.min(count, utf8.count)
        return [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            for scalar in unicodeScalars {
                guard initialized < capacity else { break }
                buffer[initialized] = scalar
                initialized += 1
            }
        }
    }
}
