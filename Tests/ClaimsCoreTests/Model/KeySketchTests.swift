import ClaimsCore
import ClaimsTestSupport
import Testing

@Suite("Key sketches")
struct KeySketchTests {
    @Test("every key put in a sketch is found in it; a description's sketch covers every key it knows")
    func noFalseNegatives() {
        var random = SplitMix64(state: 5)
        let letters = Array("abcdefghijklmnopqrstuvwxyz 乘客hành khách".unicodeScalars)
        for _ in 0..<500 {
            let keys = (0..<Int(random.next() % 30)).map { _ in
                String(scalars: (0..<(1 + Int(random.next() % 9))).map { _ in letters[Int(random.next() % UInt64(letters.count))] })
            }
            let sketch = KeySketch(keys)
            for key in keys { #expect(sketch.mayContain(KeySketch.bit(key)), "\(key)") }
            var description = ClaimDescription(terms: keys.enumerated().map { DescriptionTerm(key: $1, text: $1, start: $0, end: $0 + 1) },
                                               names: keys.filter { $0.contains(" ") })
            description.index()
            for key in description.known { #expect(description.knownSketch.mayContain(KeySketch.bit(key)), "\(key)") }
            #expect(description.termBits == description.terms.map { KeySketch.bit($0.key) })
            #expect(description.nameBits == description.names.map(KeySketch.bit))
        }
        // Bits spread over both halves.
        let bits = Set((0..<2_000).map { KeySketch.bit("key\($0)") })
        #expect(bits.count == 128)
    }
}
