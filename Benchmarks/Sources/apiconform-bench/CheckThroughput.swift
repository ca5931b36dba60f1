import APIConformCore
import APIConformSynthesis
import Foundation

/// `check` throughput on one core: pages of 100 items with nested file lists, against a bare parse
/// of the same bytes (our reader, and Foundation's JSONSerialization for reference).
enum CheckThroughput {
    static func run(contracts: [Contract]) -> [Figure] {
        guard let contract = contracts.first(where: { $0.operation == "ice.ListMediaBasicInfos" }) else { return [] }
        // 64 distinct pages so caches do not flatter the figure.
        let environment = ProcessInfo.processInfo.environment
        let repetitions = environment["APICONFORM_BENCH_REPS"].flatMap(Int.init) ?? 15
        let pageCount = environment["APICONFORM_BENCH_PAGES"].flatMap(Int.init) ?? 64
        let pages: [(JSONObject, [UInt8])] = (0..<pageCount).map { seed in
            let synthesizer = BodySynthesizer(contract: contract, pageSize: 100, seed: seed)
            let (request, body) = synthesizer.response(for: synthesizer.request())
            return (request, JSONWriter(pretty: true).bytes(body))
        }
        let bytes = pages.reduce(0) { $0 + $1.1.count }
        let evaluator = ContractEvaluator(contract: contract)
        var sink = 0
        let check = Measure.median(repetitions: repetitions) {
            for (request, body) in pages { sink &+= evaluator.checkResponse(status: 200, body: body, request: request).count }
        }
        let reader = Measure.median(repetitions: repetitions) {
            for (_, body) in pages { if case .object(let o)? = try? JSONReader().parse(body) { sink &+= o.members.count } }
        }
        let datas = pages.map { Data($0.1) }
        let foundation = Measure.median(repetitions: repetitions) {
            for data in datas { if let o = try? JSONSerialization.jsonObject(with: data) as? [String: Any] { sink &+= o.count } }
        }
        precondition(sink >= 0)
        let megabytes = Double(bytes) / 1_000_000
        let checkRate = megabytes / check, readerRate = megabytes / reader, foundationRate = megabytes / foundation
        return [
            Figure(name: "check throughput, one core (\(pages.count) pages of 100 items, \(bytes / 1024) KiB)", value: String(format: "%.0f MB/s", checkRate),
                   target: "≥ 100 MB/s (issue #13)", met: checkRate >= 100),
            Figure(name: "bare parse, APIConform JSONReader", value: String(format: "%.0f MB/s", readerRate), target: "reference", met: nil),
            Figure(name: "bare parse, Foundation JSONSerialization", value: String(format: "%.0f MB/s", foundationRate), target: "reference", met: nil),
            Figure(name: "check time ÷ JSONSerialization parse time", value: String(format: "%.2f×", check / foundation), target: "reference", met: nil),
            Figure(name: "check time ÷ JSONReader parse time", value: String(format: "%.2f×", check / reader), target: "≤ 2× (issue #13)", met: check / reader <= 2),
        ]
    }
}
