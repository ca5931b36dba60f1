import APIConformCore
import ArgumentParser
import Foundation

/// Prints load diagnostics to standard error, compiler style, and stops the command with exit 2.
enum DiagnosticPrinter {
    static func exitIfAny(_ sink: DiagnosticSink) throws {
        guard !sink.isEmpty else { return }
        var sources: [String: String] = [:]
        var text = ""
        for diagnostic in sink.diagnostics {
            let file = diagnostic.location.file
            if sources[file] == nil { sources[file] = (try? String(contentsOfFile: file, encoding: .utf8)) ?? "" }
            text += RichDiagnostic.render(diagnostic, source: sources[file]) + "\n"
        }
        let count = sink.diagnostics.count
        text += "\(count) error\(count == 1 ? "" : "s") in the input; nothing ran.\n"
        Console.error(String(text.dropLast()))
        throw ExitCode(ExitStatus.badInput)
    }
}
