import Testing
@testable import APIConformCore

/// Captures, bounds and requirements that cannot work are refused at load with `file:line:col` and a fix.
@Suite struct CaptureLoadTests {
    /// Loads each (file, text) and plans them together, as `run` and `lint` do.
    func diagnostics(_ files: [(String, String)]) throws -> [String] {
        let sink = DiagnosticSink()
        let contracts = try Fixtures.contracts()
        let loader = CaseFileLoader(contracts: contracts, sink: sink)
        let loaded = files.compactMap { loader.load(text: $1, file: $0) }
        _ = RunPlan(files: loaded, contracts: Dictionary(uniqueKeysWithValues: contracts.map { ($0.operation, $0) }), sink: sink)
        return sink.diagnostics.map(\.description)
    }

    let list = """
        operation: ice.ListMediaBasicInfos
        cases:
          - name: recent
          - name: by-id
            captures:
              id: {from: recnt, path: "$.MediaInfos[*].MediaId", take: 1}
            request: {MediaId: "${id}"}
        """

    @Test func anUnknownSourceCaseSuggestsTheClosest() throws {
        #expect(try diagnostics([("s/list.yaml", list)]) == [
            "s/list.yaml:6:7: error: [unknown_case] capture 'id' of by-id: s/list.yaml has no case 'recnt'; did you mean 'recent'?",
        ])
    }

    @Test func aSourceInAFileOutsideTheRunNamesTheFileToAdd() throws {
        let batch = """
            operation: ice.BatchGetYikeAssetMediaInfos
            cases:
              - name: batch
                captures:
                  ids: {from: ice.ListMediaBasicInfos/recent, path: "$.MediaInfos[*].MediaId", take: 20}
                request: {MediaIds: "${ids}"}
            """
        #expect(try diagnostics([("s/batch.yaml", batch)]) == [
            "s/batch.yaml:5:7: error: [unknown_case] capture 'ids' of batch: no case file of ice.ListMediaBasicInfos is part of this run, so ice.ListMediaBasicInfos/recent cannot run first; run it together with the case file of ice.ListMediaBasicInfos (e.g. cases/suites/ice.ListMediaBasicInfos.yaml); a source in another file is written OPERATION/CASE",
        ])
        let fixed = list.replacingOccurrences(of: "from: recnt", with: "from: recent")
        #expect(try diagnostics([("s/batch.yaml", batch), ("s/list.yaml", fixed)]).isEmpty, "a source in another file of the run is fine")
    }

    @Test func aLoopIsReportedOnce() throws {
        let yaml = """
            operation: ice.ListMediaBasicInfos
            cases:
              - name: a
                captures: {t: {from: b, path: "$.NextToken"}}
                request: {NextToken: "${t}"}
              - name: b
                captures: {t: {from: a, path: "$.NextToken"}}
                request: {NextToken: "${t}"}
            """
        #expect(try diagnostics([("s/loop.yaml", yaml)]) == [
            "s/loop.yaml:3:5: error: [capture_loop] captures form a loop: ice.ListMediaBasicInfos/a → ice.ListMediaBasicInfos/b → ice.ListMediaBasicInfos/a; a case cannot take values from itself or from a case that takes values from it; break the chain",
        ])
    }

    @Test func aPathTheSourceResponseCannotHaveIsRefused() throws {
        let yaml = list.replacingOccurrences(of: "from: recnt, path: \"$.MediaInfos[*].MediaId\"", with: "from: recent, path: \"$.MediaInfos[*].MediaIdd\"")
        #expect(try diagnostics([("s/list.yaml", yaml)]) == [
            "s/list.yaml:6:7: error: [unmatchable_path] capture 'id' of by-id: $.MediaInfos[*].MediaIdd cannot match a response of ice.ListMediaBasicInfos: $.MediaInfos[*] declares no field 'MediaIdd'; did you mean 'MediaId'?",
        ])
    }

    @Test func placeholdersMustNameACaptureAndCapturesMustBeUsed() throws {
        let yaml = """
            operation: ice.ListMediaBasicInfos
            cases:
              - name: recent
              - name: by-id
                captures:
                  id: {from: recent, path: "$.MediaInfos[*].MediaId"}
                request: {MediaId: "${di}", NextToken: "${oops"}
            """
        let found = try diagnostics([("s/list.yaml", yaml)])
        #expect(found == [
            "s/list.yaml:7:24: error: [unknown_capture] request MediaId: '${di}' names no capture of this case; did you mean 'id'?",
            "s/list.yaml:7:44: error: [invalid_placeholder] request NextToken: '${' in \"${oops\" is not closed by '}'; write ${capture}, ${vars.NAME} or ${env.NAME}; $${ writes a literal ${",
            "s/list.yaml:6:7: error: [unused_capture] capture 'id' is not used by the request; put ${id} in a request value, or remove the capture",
        ])
    }

    @Test func aCaseThatRunsLiveCannotWaitOnAReplayOnlyOne() throws {
        let yaml = """
            operation: ice.ListMediaBasicInfos
            cases:
              - name: forbidden
                requires: {replay: "needs a RAM user without the permission"}
              - name: next
                captures: {t: {from: forbidden, path: "$.NextToken"}}
                request: {NextToken: "${t}"}
              - name: throttled
                requires: {replai: "x"}
            """
        #expect(try diagnostics([("s/list.yaml", yaml)]) == [
            "s/list.yaml:9:16: error: [unknown_condition] 'replai' is not a condition a case can require; did you mean 'replay'?",
            "s/list.yaml:6:16: error: [replay_only_source] capture 't' of next: ice.ListMediaBasicInfos/forbidden requires replay, so it does not run live and cannot feed a case that does; capture from a case that runs everywhere, or give this case the same requires:",
        ])
    }

    @Test func countBoundsAreLinted() throws {
        let yaml = """
            operation: ice.ListMediaBasicInfos
            cases:
              - name: a
                expect:
                  count:
                    $.MediaInfos: {max: MaxResult}
                    $.MediaInfos[*]: {min: 5, max: 2}
                    $.MediaInfos[0].FileInfoList: {equals: 1, min: 1}
                    $.NextToken: {max: NextToken}
            """
        let found = try diagnostics([("s/a.yaml", yaml)])
        #expect(found == [
            "s/a.yaml:6:29: error: [unknown_parameter] count bound 'MaxResult': ice.ListMediaBasicInfos has no request parameter 'MaxResult'; did you mean 'MaxResults'?",
            "s/a.yaml:7:26: error: [conflicting_bounds] the count of $.MediaInfos[*] has min 5 above max 2; make min at most max",
            "s/a.yaml:8:39: error: [conflicting_bounds] the count of $.MediaInfos[0].FileInfoList has 'equals' and a bound; use equals alone, or min and/or max",
            "s/a.yaml:9:28: error: [unbound_parameter] count bound 'NextToken': the case does not send NextToken and the contract declares no default; send NextToken in the request, or write a number",
        ])
    }

    @Test func theBundledSuitesPlanWithoutADiagnostic() throws {
        let sink = DiagnosticSink()
        let contracts = try Fixtures.contracts()
        let loader = CaseFileLoader(contracts: contracts, sink: sink)
        let files = CaseFileLoader.discover([Fixtures.repositoryRoot.appendingPathComponent("cases/suites").path], sink: sink).compactMap(loader.loadFile)
        let plan = RunPlan(files: files, contracts: Dictionary(uniqueKeysWithValues: contracts.map { ($0.operation, $0) }), sink: sink)
        #expect(sink.diagnostics.map(\.description) == [])
        let position = Dictionary(uniqueKeysWithValues: plan.jobs.enumerated().map { ($1.reference, $0) })
        for (index, job) in plan.jobs.enumerated() {
            for source in job.testCase.sources { #expect(position[source]! < index, "\(source) starts before \(job.reference)") }
            for dependency in job.dependencies { #expect(plan.jobs[dependency].isSource) }
        }
        #expect(plan.jobs.filter { !$0.testCase.captures.isEmpty }.count >= 20)
    }
}
