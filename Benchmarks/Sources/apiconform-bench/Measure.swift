import Foundation

/// Repeated measurement with medians: targets are stated as medians on this machine.
enum Measure {
    /// Runs `body` `repetitions` times after one warm-up and returns the median seconds.
    static func median(repetitions: Int, _ body: () throws -> Void) rethrows -> Double {
        try body()
        var samples: [Double] = []
        for _ in 0..<repetitions {
            let start = ContinuousClock.now
            try body()
            samples.append(seconds(ContinuousClock.now - start))
        }
        return medianOf(samples)
    }

    static func medianOf(_ samples: [Double]) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Wall time of a child process, median of `repetitions` (after one warm-up).
    static func process(_ executable: String, _ arguments: [String], in directory: String, repetitions: Int) throws -> Double {
        try median(repetitions: repetitions) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: directory)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
        }
    }
}

/// One line of the results table: the figure, its target and whether it is met.
struct Figure {
    var name: String
    var value: String
    var target: String
    var met: Bool?

    static func table(_ figures: [Figure]) -> String {
        let width = max(40, figures.map(\.name.count).max() ?? 0)
        var out = "| " + "figure".padding(toLength: width, withPad: " ", startingAt: 0) + " | median | target | met |\n"
        out += "|" + String(repeating: "-", count: width + 2) + "|---:|---|---|\n"
        for figure in figures {
            let verdict = figure.met.map { $0 ? "yes" : "NO" } ?? "–"
            out += "| \(figure.name.padding(toLength: width, withPad: " ", startingAt: 0)) | \(figure.value) | \(figure.target) | \(verdict) |\n"
        }
        return out
    }
}
