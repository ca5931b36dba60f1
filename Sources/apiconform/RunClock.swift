import Foundation

/// The run's timestamp and host; `SOURCE_DATE_EPOCH` fixes the time for reproducible reports.
struct RunClock {
    var startedAt: Double
    var hostname: String
    var isFixed: Bool

    static func current() -> RunClock {
        let environment = ProcessInfo.processInfo.environment
        let fixed = environment["SOURCE_DATE_EPOCH"].flatMap(Double.init)
        return RunClock(startedAt: fixed ?? Date().timeIntervalSince1970,
                        hostname: environment["APICONFORM_HOSTNAME"] ?? ProcessInfo.processInfo.hostName, isFixed: fixed != nil)
    }
}
