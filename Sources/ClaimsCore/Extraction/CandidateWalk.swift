/// The walk the numeral scanners share: over a document's scalars, skipping web addresses,
/// stopping where a value may start (a digit, a Han character the scanner wants, a word its
/// filter lets through) and going on from where the scanner says it finished. Inlinable, so
/// each scanner gets it specialised with its own tests.
public enum CandidateWalk {
    @inlinable
    public static func walk(_ s: [Unicode.Scalar], traps: TextTraps,
                            hanTrigger: (Int) -> Bool,
                            wordTrigger: ((hash: UInt32, end: Int)) -> Bool,
                            candidate: (Int) -> Int?) {
        let n = s.count
        var i = 0
        while i < n {
            let c = s[i]
            let v = c.value
            if v < 0x80 {
                if v >= 0x30 && v <= 0x39 {
                    i = max(i + 1, candidate(i) ?? i + 1)
                    continue
                }
                if c == "h" || c == "w" || c == "H" || c == "W", let end = traps.webAddressEnd(at: i) {
                    i = end
                    continue
                }
            }
            // ½ ¼ ¾ and ⅓…⅞: a vulgar fraction standing alone.
            if (v >= 0xBC && v <= 0xBE) || (v >= 0x2150 && v <= 0x215F) {
                i = max(i + 1, candidate(i) ?? i + 1)
                continue
            }
            if ScalarClass.isHan(c) || (v >= 0xFF10 && v <= 0xFF19) {
                i = hanTrigger(i) ? max(i + 1, candidate(i) ?? i + 1) : i + 1
                continue
            }
            if WordFilter.isWordScalar(v) {
                // At a word start only: a word the filter lets through is read.
                if i > 0, WordFilter.isWordScalar(s[i - 1].value) {
                    i += 1
                    continue
                }
                let word = WordFilter.word(at: i, in: s)
                i = wordTrigger(word) ? max(i + 1, candidate(i) ?? word.end) : word.end
                continue
            }
            i += 1
        }
    }
}
