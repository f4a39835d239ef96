extension Array where Element: Comparable {
    /// In an ascending array, the index of the last element not above `value` (-1 when every element
    /// is above it), by binary search.
    func lastIndex(notAbove value: Element) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }
}
