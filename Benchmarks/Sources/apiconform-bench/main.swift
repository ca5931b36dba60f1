import APIConformCore
import Foundation

// apiconform-bench BINARY CONTRACTS_DIR SCRATCH_DIR [check|replay|live|walk|all]
let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    FileHandle.standardError.write(Data("usage: apiconform-bench BINARY CONTRACTS_DIR SCRATCH_DIR [check|replay|live|walk|all]\n".utf8))
    exit(2)
}
let binary = arguments[1], contractsDirectory = arguments[2], scratch = arguments[3]
let which = arguments.count > 4 ? arguments[4] : "all"
let sink = DiagnosticSink()
let contracts = ContractLoader(sink: sink).loadDirectory(contractsDirectory)
guard sink.isEmpty else {
    FileHandle.standardError.write(Data(sink.diagnostics.map(\.description).joined(separator: "\n").utf8))
    exit(2)
}
try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
var figures: [Figure] = []
if which == "all" || which == "check" { figures += CheckThroughput.run(contracts: contracts) }
if which == "all" || which == "replay" { figures += try ReplayRun.run(binary: binary, contractsDirectory: contractsDirectory, contracts: contracts, scratch: scratch) }
if which == "all" || which == "live" { figures += await LiveRate.run(contracts: contracts) }
// Last and alone in its process when measured: peak RSS is for the whole process.
if which == "walk" { figures += await WalkMemory.run(contracts: contracts) }
print(Figure.table(figures), terminator: "")
