import Testing
@testable import SearchIndex
import TextNormalization

@Test func theCharactersOfRunsAreTheLettersAndDigitsOfUnicodeWhateverTheShortcuts() {
    for value in UInt32(0)...0x1_0FFF {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let letterOrDigit = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        // ASCII: digits and lower-case letters (the analyser lowers the rest before asking). Han characters are whole
        // blocks (`HanCharacter`), the compatibility block's unassigned tail too.
        let expected = value < 0x80 ? (0x30...0x39).contains(value) || (0x61...0x7A).contains(value)
            : letterOrDigit || value == 0x3007 || HanCharacter.contains(value)
        #expect(Analyzer.isGramCharacter(scalar) == expected, "U+\(String(value, radix: 16, uppercase: true))")
    }
}
