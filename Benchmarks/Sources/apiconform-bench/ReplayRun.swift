import APIConformCore
import Foundation

/// Wall time of the release binary replaying 10², 10³ and 10⁴ generated cases, and start-up cost.
enum ReplayRun {
    static func run(binary: String, contractsDirectory: String, contracts: [Contract], scratch: String) throws -> [Figure] {
        var figures: [Figure] = []
        var perCase: [Int: Double] = [:]
        for count in [100, 1_000, 10_000] {
            let directory = "\(scratch)/replay-\(count)"
            try? FileManager.default.removeItem(atPath: directory)
            let suites = try RecordingSetGenerator.write(cases: count, pageSize: 10, contracts: contracts, into: directory)
            let seconds = try Measure.process(binary, ["run", "--quiet", "--contracts", contractsDirectory, "--junit", "\(directory)/junit.xml", suites],
                                              in: directory, repetitions: 3)
            perCase[count] = seconds / Double(count)
            let target = count == 10_000 ? "≤ 5 s" : "linear"
            figures.append(Figure(name: "replay run of \(count) cases (pages of 10)", value: String(format: "%.2f s", seconds), target: target,
                                  met: count == 10_000 ? seconds <= 5 : nil))
        }
        if let small = perCase[1_000], let large = perCase[10_000] {
            figures.append(Figure(name: "cost per case, 10⁴ ÷ 10³ (1.0 = linear)", value: String(format: "%.2f", large / small),
                                  target: "≈ 1 (linear)", met: large / small < 1.5))
        }
        let one = "\(scratch)/replay-one"
        try? FileManager.default.removeItem(atPath: one)
        let oneSuite = try RecordingSetGenerator.write(cases: 1, pageSize: 10, contracts: Array(contracts.prefix(1)), into: one)
        let version = try Measure.process(binary, ["--version"], in: scratch, repetitions: 20)
        let single = try Measure.process(binary, ["run", "--quiet", "--contracts", contractsDirectory, "--junit", "\(one)/junit.xml", oneSuite], in: one, repetitions: 20)
        figures.append(Figure(name: "start-up: apiconform --version", value: String(format: "%.1f ms", version * 1000), target: "≤ 30 ms", met: version <= 0.030))
        figures.append(Figure(name: "start-up: a one-case run", value: String(format: "%.1f ms", single * 1000), target: "≤ 60 ms", met: single <= 0.060))
        return figures
    }
}
