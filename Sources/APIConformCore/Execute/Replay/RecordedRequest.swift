import Foundation

extension TestCase {
    /// The case as its recording was made, to run it alone: request values with placeholders take the
    /// values the recording holds, captures and requirements are dropped. Nil without a readable recording.
    public func pinnedToRecording() -> TestCase? {
        guard let data = try? RecordingParser.bytes(at: recordingPath),
              let recording = try? RecordingParser.parse(data) else { return nil }
        var pinned = self
        pinned.request.members = request.members.map { member in
            let templated = RequestTemplate.strings(of: JSONObject(members: [member])).contains { $0.text.contains("${") }
            guard templated else { return member }
            let recorded = recording.queryItems.filter { $0.name == member.key }.map { JSONValue.string($0.value) }
            if case .array = member.value { return .init(key: member.key, value: .array(recorded)) }
            return .init(key: member.key, value: recorded.first ?? member.value)
        }
        pinned.captures = []
        pinned.requirements = []
        return pinned
    }
}
