import Foundation
import Testing
@testable import ClaimsCore

@Suite("TextDecoding")
struct TextDecodingTests {
    private func decode(_ bytes: [UInt8], source: String = "notes/a.txt") throws(SourceError) -> String {
        try TextDecoding.decodeUTF8(Data(bytes), source: source)
    }

    private func failure(_ bytes: [UInt8], source: String = "notes/a.txt") -> SourceError? {
        #expect(throws: SourceError.self) { try decode(bytes, source: source) }
    }

    @Test func validUTF8WithoutBOMIsReturnedUnchanged() throws {
        let text = "Microsoft đầu tư 10 tỷ USD.\n微软投资一百亿美元。\n"
        #expect(try decode(Array(text.utf8)) == text)
    }

    @Test func leadingByteOrderMarkIsRemoved() throws {
        let decoded = try decode([0xEF, 0xBB, 0xBF] + Array("微软 OpenAI".utf8))
        #expect(decoded == "微软 OpenAI")
        #expect(decoded.unicodeScalars.first == "微")
    }

    @Test func byteOrderMarkLaterInTheTextIsKept() throws {
        // Only a leading BOM is a signature; one in the middle is content.
        let decoded = try decode(Array("a".utf8) + [0xEF, 0xBB, 0xBF] + Array("b".utf8))
        #expect(Array(decoded.unicodeScalars) == ["a", "\u{FEFF}", "b"])
    }

    @Test func emptyInputIsRefused() {
        let error = failure([])
        expectOneLine(error, source: "notes/a.txt")
        #expect(error?.problem == "empty file")
    }

    @Test(arguments: [" \n\t  \r\n", "\u{3000}\u{00A0} \n", "\u{FEFF}\u{FEFF}"])
    func whitespaceOnlyInputIsRefused(_ text: String) {
        let error = failure(Array(text.utf8))
        expectOneLine(error, source: "notes/a.txt")
        #expect(error?.problem == "no text (only white space)")
    }

    @Test func byteOrderMarkAloneIsRefused() {
        let error = failure([0xEF, 0xBB, 0xBF])
        expectOneLine(error, source: "notes/a.txt")
        #expect(error?.problem == "no text (only white space)")
    }

    @Test func pngIsRecognisedAsBinary() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let error = failure(png, source: "img.png")
        expectOneLine(error, source: "img.png")
        #expect(error?.problem == "binary file (PNG image), not text")
    }

    @Test(arguments: [
        ([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37], "PDF document"),
        ([0x1F, 0x8B, 0x08, 0x00], "gzip data"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "ZIP archive"),
        ([0xFF, 0xD8, 0xFF, 0xE0], "JPEG image"),
    ] as [([UInt8], String)])
    func otherMagicNumbersAreNamed(_ bytes: [UInt8], _ kind: String) {
        #expect(failure(bytes)?.problem == "binary file (\(kind)), not text")
    }

    @Test func nulBytesMeanBinary() {
        let error = failure(Array("header".utf8) + [0x00, 0x01, 0x02] + Array("tail".utf8))
        expectOneLine(error, source: "notes/a.txt")
        #expect(error?.problem == "binary file (contains NUL bytes), not text")
    }

    @Test(arguments: [
        // (bytes, offset of the first bad byte)
        (Array("abc".utf8) + [0xFF] + Array("def".utf8), 3),
        (Array("héllo".utf8) + [0x80] + Array("x".utf8), 6), // a stray continuation byte after a 2-byte é
        (Array("微软".utf8) + [0xE5, 0x28, 0xA1], 6), // a lead byte followed by ASCII
        (Array("ab".utf8) + [0xE5, 0xBE], 2), // a sequence cut off at the end
        (Array("x".utf8) + [0xC0, 0xAF], 1), // overlong encoding of "/"
        (Array("ok ".utf8) + [0xED, 0xA0, 0x80], 3), // an encoded UTF-16 surrogate
        (Array("Giá".utf8) + [0xE9] + Array(" 10".utf8), 4), // Latin-1 é inside UTF-8 text
    ] as [([UInt8], Int)])
    func invalidUTF8NamesTheSourceAndTheOffset(_ bytes: [UInt8], _ offset: Int) {
        let error = failure(bytes, source: "sources/003.txt")
        expectOneLine(error, source: "sources/003.txt")
        #expect(error?.problem == "not valid UTF-8 (first bad byte at offset \(offset)); convert it to UTF-8")
    }

    @Test func invalidUTF8OffsetCountsFromTheStartOfTheFile() {
        // A file that starts with a BOM: the bad byte 0xFF is at byte 6 of the file.
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("abc".utf8) + [0xFF]
        #expect(failure(bytes)?.problem == "not valid UTF-8 (first bad byte at offset 6); convert it to UTF-8")
    }

    @Test(arguments: [
        [0xFF, 0xFE, 0xAE, 0x5F, 0x6F, 0x8F], // UTF-16LE BOM, then 微软
        [0xFE, 0xFF, 0x5F, 0xAE, 0x8F, 0x6F], // UTF-16BE BOM, then 微软
    ] as [[UInt8]])
    func utf16WithByteOrderMarkIsRefusedWithAHint(_ bytes: [UInt8]) {
        let error = failure(bytes)
        expectOneLine(error, source: "notes/a.txt")
        #expect(error?.problem == "UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)")
    }

    @Test func utf16LittleEndianFromFoundationIsRefused() throws {
        let data = try #require("Microsoft đầu tư".data(using: .utf16LittleEndian))
        let error = failure([0xFF, 0xFE] + Array(data))
        #expect(error?.problem.hasPrefix("UTF-16 text") == true)
    }

    @Test func firstInvalidOffsetIsNilForValidText() {
        #expect(TextDecoding.firstInvalidUTF8Offset(Data("微软 đầu tư 👍🏽".utf8)[...]) == nil)
    }
}
