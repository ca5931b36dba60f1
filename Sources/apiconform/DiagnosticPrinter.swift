import APIConformCore
import ArgumentParser
import Foundation

/// Prints load diagnostics to standard error, compiler style, and stops the command with exit 2.
enum DiagnosticPrinter {
    static func exitIfAny(_ sink: DiagnosticSink) throws {
        guard !sink.isEmpty else { return }
        // Each file is read (bounded: it may be the FIFO or the huge file being diagnosed) and split once.
        var sources: [String: [Substring]?] = [:]
        var text = ""
        for diagnostic in sink.diagnostics {
            let file = diagnostic.location.file
            if sources[file] == nil {
                // A file that cannot be read shows no source line (rather than an empty one).
                let bytes = try? BoundedFile.read(file, limit: YAMLLimits.standard.maximumFileBytes)
                sources[file] = .some(bytes.map { RichDiagnostic.sourceLines(String(decoding: $0, as: UTF8.self)) })
            }
            text += RichDiagnostic.render(diagnostic, lines: sources[file] ?? nil) + "\n"
        }
        let count = sink.diagnostics.count
        text += "\(count) error\(count == 1 ? "" : "s") in the input; nothing ran.\n"
        Console.error(String(text.dropLast()))
        throw ExitCode(ExitStatus.badInput)
    }
}
