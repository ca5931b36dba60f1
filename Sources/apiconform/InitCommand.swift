import APIConformCore
import ArgumentParser
import Foundation

/// `apiconform init OPERATION`: scaffolds a new operation — contract skeleton, suite, recording
/// template — under the cases folder, refusing to overwrite anything.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Scaffold a new operation: a contract skeleton, a suite and a recording template under cases/.",
        discussion: "Writes cases/contracts/OP.yaml, cases/suites/OP.yaml and cases/recordings/OP/first-call.http; refuses if any exists. The result passes `apiconform lint`; fill in the TODOs from the provider's documentation."
    )

    @Argument(help: ArgumentHelp("The operation id, PRODUCT.Action, e.g. vod.GetPlayInfo.", valueName: "OPERATION"))
    var operation: String

    @Option(help: ArgumentHelp("The provider: \(Providers.names.joined(separator: " or ")) (default: the one whose product the operation id names, else \(Providers.all[0].name)).",
                               valueName: "NAME"))
    var provider: String?

    @Option(help: ArgumentHelp("The cases folder to write into.", valueName: "DIR"))
    var cases: String = "cases"

    func validate() throws {
        if let problem = OperationScaffold.problem(with: operation) { throw ValidationError(problem) }
        if let provider, !Providers.names.contains(provider) {
            throw ValidationError("unknown provider '\(provider)'; use \(Providers.names.joined(separator: " or "))")
        }
    }

    func run() throws {
        let chosen = provider.flatMap(Providers.named) ?? Providers.claiming(product: String(operation.prefix { $0 != "." }))
        let scaffold = OperationScaffold(operation: operation, provider: chosen)
        let files = scaffold.files.map { (path: (cases as NSString).appendingPathComponent($0.path), text: $0.text) }
        let existing = files.map(\.path).filter { FileManager.default.fileExists(atPath: $0) }
        if !existing.isEmpty {
            throw ValidationError("\(existing.joined(separator: ", ")) already exist\(existing.count == 1 ? "s" : ""); init writes nothing over a file (pick another operation id, or remove them)")
        }
        for file in files {
            do {
                try FileManager.default.createDirectory(atPath: (file.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try AtomicFile.write(Array(file.text.utf8), to: file.path)
            } catch {
                throw ValidationError("cannot write \(file.path): \(error)")
            }
            Console.out("wrote \(file.path)")
        }
        Console.out("next: fill in the TODOs from the documentation, then `apiconform lint` and `apiconform run \(files[1].path)`")
    }
}
