import APIConformCore
import APIConformSynthesis
import Foundation

/// A paging walk over 10⁶ items (10⁴ pages of 100 with nested file lists), served page by page
/// as they are asked for: peak resident memory shows whether the walk streams.
enum WalkMemory {
    /// Answers token-paged requests with freshly synthesised pages; nothing is kept between pages.
    struct SyntheticPages: Transport {
        let contract: Contract
        let pages: Int
        var mode: String { "synthetic" }
        var targetName: String { "synthetic" }

        func exchange(for testCase: TestCase, contract: Contract) async -> Result<Exchange, TransportFailure> {
            let number = testCase.request["NextToken"]?.stringValue.flatMap(Int.init) ?? 1
            // Each page a little older than the one before, as a descending listing is.
            let synthesizer = BodySynthesizer(contract: contract, pageSize: 100, seed: number, timeBase: ScalarSynthesizer.epoch - Int64(number) * 100 * 120)
            var (_, body) = synthesizer.response(for: testCase.request)
            body = body.replacing(JSONPath.root.appending("TotalCount"), with: .number(JSONNumber(literal: String(pages * 100))))
            if number < pages, case .object(var object) = body {
                object.members.append(.init(key: "NextToken", value: .string(String(number + 1))))
                body = .object(object)
            }
            return .success(Exchange(status: 200, headers: [], body: JSONWriter(pretty: false).bytes(body)))
        }
    }

    static func run(contracts: [Contract]) async -> [Figure] {
        guard let contract = contracts.first(where: { $0.operation == "ice.ListMediaBasicInfos" }) else { return [] }
        let pages = ProcessInfo.processInfo.environment["APICONFORM_BENCH_WALK_PAGES"].flatMap(Int.init) ?? 10_000
        var testCase = TestCase(name: "walk", summary: nil, operation: contract.operation, request: JSONObject(members: [.init(key: "MaxResults", value: .number(JSONNumber(literal: "100")))]),
                                recordingPath: "", expectation: Expectation(location: contract.location), deviations: [], tags: [], location: contract.location)
        testCase.walkPages = pages
        let file = CaseFile(path: "walk", operation: contract.operation, cases: [testCase])
        let start = ContinuousClock.now
        let result = await SuiteRunner(contracts: contracts, transport: SyntheticPages(contract: contract, pages: pages), concurrency: 1)
            .run([file], startedAt: 0, hostname: "bench")
        let elapsed = Measure.seconds(ContinuousClock.now - start)
        let peak = peakResidentMegabytes()
        var findingCount = 0
        if case .failed(let findings)? = result.suites.first?.cases.first?.outcome {
            findingCount = findings.count
            // A conforming walk has none; show what went wrong rather than a bare number.
            for finding in findings.prefix(5) { FileHandle.standardError.write(Data("finding: [\(finding.rule)] \(finding.path): \(finding.message)\n".utf8)) }
        }
        return [
            Figure(name: "paging walk of \(pages * 100) items (\(pages) pages of 100, \(String(format: "%.0f", elapsed)) s, \(findingCount) findings): peak RSS", value: String(format: "%.0f MB", peak),
                   target: "< 100 MB", met: peak < 100),
        ]
    }

    /// VmHWM from /proc: the process's peak resident set.
    static func peakResidentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return .nan }
        let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? .nan
        return kilobytes / 1024
    }
}
