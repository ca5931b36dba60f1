import NIOCore
import NIOHTTP1
import NIOPosix

/// The stand-in on a loopback port: HTTP/1.1 over SwiftNIO, answers computed by `StandIn`.
public final class StandInServer: Sendable {
    let channel: any Channel
    public let port: Int

    init(channel: any Channel, port: Int) {
        self.channel = channel
        self.port = port
    }

    /// Binds (port 0 picks a free port) and starts answering.
    public static func start(_ standIn: StandIn, host: String = "127.0.0.1", port: Int = 0,
                             limits: StandInLimits = .standard) async throws -> StandInServer {
        let executor = AnswerExecutor()
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(StandInHandler(standIn: standIn, limits: limits, executor: executor))
                }
            }
        let channel = try await bootstrap.bind(host: host, port: port).get()
        return StandInServer(channel: channel, port: channel.localAddress?.port ?? port)
    }

    public func stop() async {
        try? await channel.close()
    }

    /// Serves until the channel closes (for `apiconform serve`).
    public func wait() async throws {
        try await channel.closeFuture.get()
    }
}

/// Collects one request, asks the stand-in, writes the answer — or misbehaves as the answer says.
final class StandInHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let standIn: StandIn
    let limits: StandInLimits
    let executor: AnswerExecutor
    var head: HTTPRequestHead?
    var body: [UInt8] = []
    /// Set once a request is refused: the rest of it is dropped and the connection closes.
    var refused = false
    /// Closes the connection unless a whole request arrives in time (idle or slow clients).
    var deadline: Scheduled<Void>?

    init(standIn: StandIn, limits: StandInLimits, executor: AnswerExecutor) {
        self.standIn = standIn
        self.limits = limits
        self.executor = executor
    }

    func handlerAdded(context: ChannelHandlerContext) {
        armDeadline(context: context)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
    }

    func armDeadline(context: ChannelHandlerContext) {
        deadline?.cancel()
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        deadline = context.eventLoop.scheduleTask(in: .milliseconds(Int64(limits.requestTimeout * 1000))) { bound.value.close(promise: nil) }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !refused else { return }
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body = []
        case .body(var buffer):
            guard body.count + buffer.readableBytes <= limits.requestBodyBytes else {
                refused = true
                let answer = StandInResponse(status: 413, headers: [(name: "content-type", value: "text/plain")],
                                             body: Array("request body larger than \(limits.requestBodyBytes) bytes\n".utf8))
                write(answer, keepAlive: false, context: context)
                return
            }
            body += buffer.readBytes(length: buffer.readableBytes) ?? []
        case .end:
            // The request is whole: the answer may take its time (latency, the `slow` fault).
            deadline?.cancel()
            guard let head else { return }
            let request = StandInRequest(method: head.method.rawValue, uri: head.uri,
                                         headers: head.headers.map { ($0.name, $0.value) }, body: body)
            let standIn = self.standIn
            let keepAlive = head.isKeepAlive
            let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
            let eventLoop = context.eventLoop
            Task(executorPreference: executor) {
                let response = await standIn.respond(request)
                if response.delay > 0 { try? await Task.sleep(for: .milliseconds(Int64(response.delay * 1000))) }
                eventLoop.execute {
                    bound.value.handler.write(response, keepAlive: keepAlive, context: bound.value.context)
                }
            }
        }
    }

    func write(_ response: StandInResponse, keepAlive: Bool, context: ChannelHandlerContext) {
        if response.fault == .reset {
            context.close(promise: nil)
            return
        }
        var headers = HTTPHeaders(response.headers.map { ($0.name, $0.value) })
        headers.replaceOrAdd(name: "content-length", value: String(response.body.count))
        headers.replaceOrAdd(name: "connection", value: keepAlive && response.fault == nil ? "keep-alive" : "close")
        let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: response.status), headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        let bytes = response.fault == .truncate ? Array(response.body.prefix(response.body.count / 2)) : response.body
        context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: bytes)))), promise: nil)
        if response.fault == .truncate {
            context.flush()
            context.close(promise: nil)
            return
        }
        let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
            done.whenComplete { _ in loopBound.value.close(promise: nil) }
        } else {
            armDeadline(context: context)
        }
    }
}
