import Foundation
import Testing
@testable import ClaimsCore

/// A scratch folder for one test. Call `remove()` in a `defer` right after creating it: the
/// explicit call keeps the folder alive for the whole test and cleans up on every path.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("claims-core-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> URL {
        try write(name, data: Data(bytes))
    }

    @discardableResult
    func write(_ name: String, text: String) throws -> URL {
        try write(name, data: Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, data: Data) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    @discardableResult
    func makeDirectory(_ name: String) throws -> URL {
        let folder = url.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// A request for a local file, named the way a manifest would name it.
func fileRequest(_ url: URL, displayName: String? = nil, language: String? = nil,
                 declaredCharset: String? = nil) -> SourceRequest {
    SourceRequest(
        info: SourceInfo(id: url.deletingPathExtension().lastPathComponent, location: .file(url),
                         displayName: displayName ?? url.lastPathComponent, language: language),
        declaredCharset: declaredCharset
    )
}

/// A request for a web address.
func webRequest(_ address: String) -> SourceRequest {
    let url = URL(string: address)!
    return SourceRequest(info: SourceInfo(id: "web", location: .web(url), displayName: address))
}

/// Checks the shape every source error must have: one line, `SOURCE: problem`.
func expectOneLine(_ error: SourceError?, source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    guard let error else {
        Issue.record("expected a SourceError", sourceLocation: sourceLocation)
        return
    }
    #expect(error.source == source, sourceLocation: sourceLocation)
    #expect(error.description == "\(source): \(error.problem)", sourceLocation: sourceLocation)
    #expect(!error.description.contains("\n"), "error description must be a single line", sourceLocation: sourceLocation)
    #expect(!error.problem.isEmpty, sourceLocation: sourceLocation)
}

/// The text under a span the way Python's `str` slicing reads it: by Unicode scalar offsets.
func scalarSlice(_ text: String, _ start: Int, _ end: Int) -> String {
    let scalars = Array(text.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
}
