import Foundation
import Testing
@testable import ClaimsCore

@Suite("PlainTextLoader")
struct PlainTextLoaderTests {
    let loader = PlainTextLoader()

    @Test func readsUTF8File() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let text = "Microsoft và OpenAI.\n微软投资一百亿美元。\n"
        let file = try dir.write("a.txt", text: text)
        let loaded = try await loader.load(fileRequest(file))
        #expect(loaded.text == text)
        #expect(loaded.title == nil)
        #expect(loaded.declaredLanguage == nil)
        #expect(loaded.contentHash == StableHash.hex(bytes: Data(text.utf8)))
    }

    @Test func readsUTF8FileWithBOMAndHashesTheBytesAsRead() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Xin chào.".utf8)
        let file = try dir.write("bom.txt", bytes: bytes)
        let loaded = try await loader.load(fileRequest(file))
        #expect(loaded.text == "Xin chào.")
        #expect(loaded.contentHash == StableHash.hex(bytes: bytes))
        #expect(loaded.contentHash != StableHash.hex(bytes: Array("Xin chào.".utf8)))
    }

    @Test func emptyFile() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("empty.txt", bytes: [])
        let error = await #expect(throws: SourceError.self) { try await loader.load(fileRequest(file, displayName: "sources/empty.txt")) }
        expectOneLine(error, source: "sources/empty.txt")
        #expect(error?.problem == "empty file")
    }

    @Test func whitespaceOnlyFile() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = try dir.write("blank.txt", text: "  \n\n\t \u{3000}\n")
        let error = await #expect(throws: SourceError.self) { try await loader.load(fileRequest(file)) }
        expectOneLine(error, source: "blank.txt")
        #expect(error?.problem == "no text (only white space)")
    }

    @Test func binaryFiles() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let png = try dir.write("picture.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        let pngError = await #expect(throws: SourceError.self) { try await loader.load(fileRequest(png)) }
        expectOneLine(pngError, source: "picture.txt")
        #expect(pngError?.problem == "binary file (PNG image), not text")

        let nul = try dir.write("nul.txt", bytes: Array("text".utf8) + [0, 0, 0] + Array("more".utf8))
        let nulError = await #expect(throws: SourceError.self) { try await loader.load(fileRequest(nul)) }
        expectOneLine(nulError, source: "nul.txt")
        #expect(nulError?.problem == "binary file (contains NUL bytes), not text")
    }

    @Test func invalidUTF8File() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        // "Giá " in UTF-8 (5 bytes), then "tăng" in Windows-1258-like single bytes: 0xE3 starts a bad sequence.
        let file = try dir.write("latin.txt", bytes: Array("Giá ".utf8) + [0x74, 0xE3, 0x6E, 0x67])
        let error = await #expect(throws: SourceError.self) { try await loader.load(fileRequest(file, displayName: "in/latin.txt")) }
        expectOneLine(error, source: "in/latin.txt")
        #expect(error?.problem == "not valid UTF-8 (first bad byte at offset 6); convert it to UTF-8")
    }

    @Test func utf16FileWithBOM() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let body = try #require("微软投资".data(using: .utf16LittleEndian))
        let file = try dir.write("wide.txt", data: Data([0xFF, 0xFE]) + body)
        let error = await #expect(throws: SourceError.self) { try await loader.load(fileRequest(file)) }
        expectOneLine(error, source: "wide.txt")
        #expect(error?.problem == "UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)")
    }

    @Test func missingFile() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let file = dir.url.appendingPathComponent("nowhere.txt")
        let error = await #expect(throws: SourceError.self) { try await loader.load(fileRequest(file, displayName: "sources/nowhere.txt")) }
        expectOneLine(error, source: "sources/nowhere.txt")
        #expect(error?.problem == "no such file")
    }

    @Test func directoryPassedAsFile() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let folder = try dir.makeDirectory("folder.txt")
        let error = await #expect(throws: SourceError.self) { try await loader.load(fileRequest(folder, displayName: "folder.txt")) }
        expectOneLine(error, source: "folder.txt")
        #expect(error?.problem == "is a directory, not a file")
    }

    @Test func fileOverTheSizeLimit() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let small = PlainTextLoader(limits: LoaderLimits(maxBytes: 1024))
        let big = try dir.write("big.txt", text: String(repeating: "a", count: 2048))
        let error = await #expect(throws: SourceError.self) { try await small.load(fileRequest(big)) }
        expectOneLine(error, source: "big.txt")
        #expect(error?.problem == "too large: 2.0 kB is over the 1.0 kB limit (raise it with --max-source-mb)")
    }

    @Test func fileExactlyAtTheSizeLimitIsRead() async throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let small = PlainTextLoader(limits: LoaderLimits(maxBytes: 1024))
        let file = try dir.write("edge.txt", text: String(repeating: "b", count: 1024))
        let loaded = try await small.load(fileRequest(file))
        #expect(loaded.text.unicodeScalars.count == 1024)
    }

    @Test func onlyLocalFilesAreLoaded() async {
        #expect(loader.kind == "text")
        #expect(loader.canLoad(fileRequest(URL(fileURLWithPath: "/tmp/x.txt"))))
        let web = webRequest("https://example.com/a.txt")
        #expect(!loader.canLoad(web))
        let error = await #expect(throws: SourceError.self) { try await loader.load(web) }
        expectOneLine(error, source: "https://example.com/a.txt")
        #expect(error?.problem == "not a local file")
    }

    @Test func byteCountsAreReadable() {
        #expect(ByteCount(512).description == "512 bytes")
        #expect(ByteCount(1536).description == "1.5 kB")
        #expect(ByteCount(50 << 20).description == "50.0 MB")
    }
}
