/// The claims of `claims extract` and `claims check --format json`, written by hand: they are
/// most of the bytes of both, and `JSONEncoder` builds a tree of boxed values for every one.
/// The bytes are those of `JSONEncoder` with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` (a test holds the two equal on real and made-up claims): keys in
/// sorted order, written by hand per type below, absent optionals left out, "key" : value, two
/// spaces an indent, a whole double without its ".0".
public enum ClaimJSON {
    /// `entry` as JSON, its first line at the cursor and the others indented by `indent` spaces.
    public static func write(_ entry: CheckReport.ClaimEntry, indent: Int, into out: inout [UInt8]) {
        let w = Writer(out: out, indent: indent)
        out = []
        w.object {
            if let about = entry.about { w.key("about") { w.about(about) } }
            if let description = entry.description { w.key("description") { w.description(description) } }
            w.key("end") { w.int(entry.end) }
            w.key("extractor") { w.string(entry.extractor) }
            w.key("id") { w.string(entry.id) }
            w.key("kind") { w.string(entry.kind) }
            w.key("quote") { w.string(entry.quote) }
            w.key("quote_end") { w.int(entry.quoteEnd) }
            w.key("quote_start") { w.int(entry.quoteStart) }
            w.key("source") { w.string(entry.source) }
            w.key("start") { w.int(entry.start) }
            w.key("text") { w.string(entry.text) }
            if let topic = entry.topic { w.key("topic") { w.string(topic) } }
            w.key("value") { w.value(entry.value) }
        }
        out = w.out
    }

    /// A class, so that the closures that write an object's members may call it while the
    /// object is being written.
    final class Writer {
        var out: [UInt8]
        var indent: Int
        /// Whether the current object or array has had an element written.
        var started = false

        init(out: [UInt8], indent: Int) {
            self.out = out
            self.indent = indent
        }

        func newline() {
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        }

        func object(_ body: () -> Void) {
            out.append(UInt8(ascii: "{"))
            let outer = started
            started = false
            indent += 2
            body()
            indent -= 2
            // An empty object or array keeps an empty line, as JSONEncoder writes it.
            if !started { out.append(UInt8(ascii: "\n")) }
            newline()
            out.append(UInt8(ascii: "}"))
            started = outer
        }

        func array<T>(_ items: [T], _ element: (T) -> Void) {
            out.append(UInt8(ascii: "["))
            let outer = started
            started = false
            indent += 2
            for item in items {
                separate()
                element(item)
            }
            indent -= 2
            if !started { out.append(UInt8(ascii: "\n")) }
            newline()
            out.append(UInt8(ascii: "]"))
            started = outer
        }

        func separate() {
            if started { out.append(UInt8(ascii: ",")) }
            started = true
            newline()
        }

        func key(_ name: StaticString, _ value: () -> Void) {
            separate()
            out.append(UInt8(ascii: "\""))
            name.withUTF8Buffer { out.append(contentsOf: $0) }
            out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
            value()
        }

        func int(_ value: Int) { out.append(contentsOf: String(value).utf8) }

        func double(_ value: Double) {
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            out.append(contentsOf: text.utf8)
        }

        func bool(_ value: Bool) { out.append(contentsOf: (value ? "true" : "false").utf8) }

        func string(_ value: String) {
            out.append(UInt8(ascii: "\""))
            var value = value
            // Runs of bytes that need no escape are copied at once.
            value.withUTF8 { bytes in
                var run = 0
                for index in 0..<bytes.count {
                    let byte = bytes[index]
                    guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                    escape(byte)
                    run = index + 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
            }
            out.append(UInt8(ascii: "\""))
        }

        private func escape(_ byte: UInt8) {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            default:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            }
        }

        func strings(_ values: [String]) { array(values) { string($0) } }

        func value(_ v: NormalizedValue) {
            object {
                if let anchor = v.anchor { key("anchor") { string(anchor) } }
                key("display") { string(v.display) }
                let days = v.dayRange
                if let days { key("first_day") { string(days.first) } }
                if let hedge = v.hedge { key("hedge") { string(hedge) } }
                if let high = v.high { key("high") { double(high) } }
                if let days { key("last_day") { string(days.last) } }
                if let low = v.low { key("low") { double(low) } }
                if let number = v.number { key("number") { double(number) } }
                if let precision = v.precision { key("precision") { string(precision) } }
                if let unit = v.unit { key("unit") { string(unit) } }
                if let zone = v.zone { key("zone") { string(zone) } }
            }
        }

        func about(_ a: CheckReport.About) {
            object {
                key("attribute") { string(a.attribute) }
                if let counted = a.counted { key("counted") { string(counted) } }
                key("entities") { strings(a.entities) }
                if let period = a.period { key("period") { string(period) } }
                if let reference = a.reference { key("reference") { string(reference) } }
                key("subset") { bool(a.subset) }
            }
        }

        func term(_ t: DescriptionTerm) {
            object {
                key("end") { int(t.end) }
                key("key") { string(t.key) }
                if let role = t.role { key("role") { string(role.rawValue) } }
                key("start") { int(t.start) }
                key("text") { string(t.text) }
                key("weight") { double(t.weight) }
            }
        }

        func description(_ d: ClaimDescription) {
            object {
                if let attribution = d.attribution { key("attribution") { string(attribution) } }
                key("attribution_keys") { strings(d.attributionKeys) }
                key("changes") { bool(d.changes) }
                key("clause_names") { strings(d.clauseNames) }
                key("co_values") {
                    array(d.coValues) { c in
                        object {
                            key("display") { string(c.display) }
                            key("kind") { string(c.kind.rawValue) }
                            if let measure = c.measure { key("measure") { string(measure) } }
                            key("value") { double(c.value) }
                        }
                    }
                }
                key("grows") { bool(d.grows) }
                if let measure = d.measure { key("measure") { term(measure) } }
                key("names") { strings(d.names) }
                if let offset = d.offset { key("offset") { double(offset) } }
                if let predicate = d.predicate { key("predicate") { term(predicate) } }
                key("repeated") { bool(d.repeated) }
                if let scale = d.scale { key("scale") { double(scale) } }
                key("scope") { strings(d.scope) }
                key("terms") { array(d.terms) { term($0) } }
                if let unit = d.unit { key("unit") { string(unit) } }
                key("update") { bool(d.update) }
                if let utcOffset = d.utcOffset { key("utc_offset") { int(utcOffset) } }
                if let zone = d.zone { key("zone") { string(zone) } }
            }
        }
    }
}
