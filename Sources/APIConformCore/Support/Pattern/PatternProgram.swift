/// A `PatternNode` compiled to a Thompson NFA and run over a string's scalars in one pass: time
/// linear in the string for a given pattern (no backtracking, so no catastrophic pattern), memory
/// one mark per instruction, and no bridging to `NSString` or ICU.
public struct PatternProgram: Sendable {
    enum Instruction: Sendable {
        case scalar(ScalarSet)
        case split(Int, Int)
        case jump(Int)
        case start
        case end
        case match
    }

    let instructions: [Instruction]

    /// Programs past this many instructions (`{1000}` of a long group) are left to ICU.
    static let maximumSize = 20_000

    public init?(_ node: PatternNode) {
        var builder: [Instruction] = []
        guard Self.emit(node, into: &builder), builder.count < Self.maximumSize else { return nil }
        builder.append(.match)
        instructions = builder
    }

    private static func emit(_ node: PatternNode, into program: inout [Instruction]) -> Bool {
        if program.count >= maximumSize { return false }
        switch node {
        case .scalar(let set): program.append(.scalar(set))
        case .start: program.append(.start)
        case .end: program.append(.end)
        case .sequence(let items):
            for item in items where !emit(item, into: &program) { return false }
        case .alternation(let branches):
            // split L1, next; L1: branch; jump end; next: split L2, … — the jumps are patched once the end is known.
            var jumps: [Int] = []
            for (number, branch) in branches.enumerated() {
                let split = program.count
                if number < branches.count - 1 { program.append(.split(split + 1, 0)) }
                guard emit(branch, into: &program) else { return false }
                if number < branches.count - 1 {
                    jumps.append(program.count)
                    program.append(.jump(0))
                    program[split] = .split(split + 1, program.count)
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        case .repetition(let atom, let min, let max):
            for _ in 0..<min where !emit(atom, into: &program) { return false }
            if let max {
                // Each optional copy: split body, out — all outs patched to the end.
                var splits: [Int] = []
                for _ in min..<max {
                    splits.append(program.count)
                    program.append(.split(program.count + 1, 0))
                    guard emit(atom, into: &program) else { return false }
                }
                for split in splits { program[split] = .split(split + 1, program.count) }
            } else {
                let loop = program.count
                program.append(.split(loop + 1, 0))
                guard emit(atom, into: &program) else { return false }
                program.append(.jump(loop))
                program[loop] = .split(loop + 1, program.count)
            }
        }
        return true
    }

    /// Whether the whole of `text` matches.
    public func matches(_ text: String) -> Bool {
        let count = instructions.count
        // marks[pc]: the step that last reached pc; current and next: the consuming threads; pending:
        // the closure's work list (every instruction has at most two successors).
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: count * 5 + 1) { buffer in
            let marks = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
            var current = UnsafeMutableBufferPointer(rebasing: buffer[count..<(2 * count)])
            var next = UnsafeMutableBufferPointer(rebasing: buffer[(2 * count)..<(3 * count)])
            let pending = UnsafeMutableBufferPointer(rebasing: buffer[(3 * count)...])
            marks.initialize(repeating: -1)
            var scalars = text.unicodeScalars.makeIterator()
            var upcoming = scalars.next()
            var step = 0
            var currentCount = 0
            add(0, step: step, atStart: true, atEnd: upcoming == nil, marks: marks, pending: pending, into: current, count: &currentCount)
            while let scalar = upcoming {
                upcoming = scalars.next()
                step += 1
                var nextCount = 0
                for slot in 0..<currentCount {
                    let pc = current[slot]
                    if case .scalar(let set) = instructions[pc], set.contains(scalar) {
                        add(pc + 1, step: step, atStart: false, atEnd: upcoming == nil, marks: marks, pending: pending, into: next, count: &nextCount)
                    }
                }
                if nextCount == 0 { return false }
                swap(&current, &next)
                currentCount = nextCount
            }
            for slot in 0..<currentCount { if case .match = instructions[current[slot]] { return true } }
            return false
        }
    }

    /// Adds `pc` and every consuming instruction reachable from it without consuming a scalar.
    private func add(_ pc: Int, step: Int, atStart: Bool, atEnd: Bool, marks: UnsafeMutableBufferPointer<Int>,
                     pending: UnsafeMutableBufferPointer<Int>, into list: UnsafeMutableBufferPointer<Int>, count: inout Int) {
        pending[0] = pc
        var top = 1
        while top > 0 {
            top -= 1
            let pc = pending[top]
            if marks[pc] == step { continue }
            marks[pc] = step
            switch instructions[pc] {
            case .split(let first, let second):
                pending[top] = second
                pending[top + 1] = first
                top += 2
            case .jump(let target):
                pending[top] = target
                top += 1
            case .start:
                if atStart { pending[top] = pc + 1; top += 1 }
            case .end:
                if atEnd { pending[top] = pc + 1; top += 1 }
            case .scalar, .match:
                list[count] = pc
                count += 1
            }
        }
    }
}
