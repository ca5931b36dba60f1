import APIConformReports
import Foundation

/// Every human-readable line the command line writes goes through here, so no byte a server, a case
/// file or a contract supplied reaches the terminal raw (`ConsoleText`). Machine output (JSON, NDJSON,
/// generated Markdown) is written as it is: it escapes its own strings.
enum Console {
    static func out(_ text: String, terminator: String = "\n") {
        print(ConsoleText.sanitize(text), terminator: terminator)
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((ConsoleText.sanitize(text) + "\n").utf8))
    }
}
