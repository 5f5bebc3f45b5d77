import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Plain HTTP/1.1 over a socket to 127.0.0.1, for tests of `kyr serve`: no client library,
/// no cache, a deadline on every read.
package enum HTTPProbe {
    package struct Response {
        package var status: Int
        package var headers: [String: String]
        package var body: String
    }

    package enum Failure: Error {
        case cannotConnect(Int32)
        case timedOut
        case malformed(String)
    }

    /// `GET path`, read to the end (the request asks the server to close the connection).
    package static func get(port: Int, _ path: String, timeout: TimeInterval = 5) throws -> Response {
        let socket = try connect(port: port, timeout: timeout)
        defer { close(socket) }
        try send(socket, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        var data = Data()
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            guard Date() < deadline else { throw Failure.timedOut }
            let count = recv(socket, &buffer, buffer.count, 0)
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0 {
                break
            } else if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
                throw Failure.cannotConnect(errno)
            }
        }
        return try parse(String(decoding: data, as: UTF8.self))
    }

    static func parse(_ text: String) throws -> Response {
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure.malformed(text) }
        let head = text[..<split.lowerBound].components(separatedBy: "\r\n")
        guard let statusLine = head.first, statusLine.hasPrefix("HTTP/1.1 "),
            let status = Int(statusLine.dropFirst(9).prefix(3))
        else { throw Failure.malformed(text) }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    /// A connected socket whose reads give up after `timeout`.
    static func connect(port: Int, timeout: TimeInterval) throws -> Int32 {
        #if canImport(Glibc)
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw Failure.cannotConnect(errno) }
        var wait = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                #if canImport(Glibc)
                    Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #else
                    Darwin.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #endif
            }
        }
        guard connected == 0 else {
            let code = errno
            close(socket)
            throw Failure.cannotConnect(code)
        }
        return socket
    }

    static func send(_ socket: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes {
                #if canImport(Glibc)
                    Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
                #else
                    Darwin.send(socket, $0.baseAddress, $0.count, 0)
                #endif
            }
            guard count > 0 else { throw Failure.cannotConnect(errno) }
            sent += count
        }
    }

    /// An open event stream (`text/event-stream`): the data lines received so far.
    package final class EventStream {
        private let socket: Int32
        private var received = ""

        package init(port: Int, _ path: String, timeout: TimeInterval = 5) throws {
            socket = try HTTPProbe.connect(port: port, timeout: timeout)
            try HTTPProbe.send(socket, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
        }

        deinit { close(socket) }

        /// The `data:` values received, reading for up to `timeout` until there are `count`.
        package func data(atLeast count: Int, timeout: TimeInterval) -> [String] {
            let deadline = Date().addingTimeInterval(timeout)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while values.count < count && Date() < deadline {
                let read = recv(socket, &buffer, buffer.count, 0)
                if read > 0 { received += String(decoding: buffer[0..<read], as: UTF8.self) }
                if read == 0 { break }
            }
            return values
        }

        /// Whether the server closed the stream, waiting up to `timeout`.
        package func isClosed(within timeout: TimeInterval) -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while Date() < deadline {
                let read = recv(socket, &buffer, buffer.count, 0)
                if read == 0 { return true }
                if read > 0 { received += String(decoding: buffer[0..<read], as: UTF8.self) }
            }
            return false
        }

        /// Carriage returns (of the chunked encoding) dropped first: "\r\n" is one Character in Swift.
        private var values: [String] {
            let text = String(String.UnicodeScalarView(received.unicodeScalars.filter { $0 != "\r" }))
            return text.split(separator: "\n").filter { $0.hasPrefix("data: ") }.map { String($0.dropFirst(6)) }
        }
    }
}
