import Dispatch
import Storage
import TerminalUI

/// The first screen of a search, read off the loop: a broad prefix over a national register
/// can take a few hundred milliseconds, and the keystroke must show before that.
struct MemberSearchPage: Sendable {
    /// What the page was read for: the list applies it only if it still shows this query.
    let query: MemberQuery
    let window: ScrollWindow<MemberRow>
    let countIsExact: Bool

    /// The job for `.run`: the window `ScrollWindow.load` would build on the loop (the count up
    /// to the cap, the first `height` rows), every read interrupted once the token is cancelled.
    static func job(_ directory: any MemberDirectory, query: MemberQuery, height: Int) -> @Sendable (CancelToken) throws -> Any {
        { token in
            let cancellation = ReadCancellation { handler in token.onCancel(handler) }
            func source() -> MemberListSource {
                MemberListSource(directory: directory.interruptible(by: cancellation), query: query)
            }
            // The capped count (2–10 ms at 1M) runs beside the first page (20–40 ms) on a second
            // reader connection, rather than before it: the loop is idle meanwhile. Measured at
            // 1M: results 25% sooner, for that connection's cache (~3 MiB).
            let counter = source()
            let total = Background { try counter.count() }
            let rows = Result { try source().first(limit: height) }
            let page = PrefetchedPage(total: try total.value(), rows: try rows.get())
            var window = ScrollWindow<MemberRow>(height: height)
            try window.load(from: page)
            return MemberSearchPage(query: query, window: window, countIsExact: counter.isExact(total: window.total))
        }
    }

    /// Turns the job's result into a message for the list. A search interrupted because a newer
    /// one replaced it is no failure and brings no message.
    static func message(for query: MemberQuery) -> (Result<Any, Error>) -> Any? {
        { result in
            switch result {
            case .success(let page as MemberSearchPage): return MembersScreen.Message.searchLoaded(page)
            case .success: return nil
            case .failure(is ReadInterrupted): return nil
            case .failure(let error): return MembersScreen.Message.searchFailed(query, error)
            }
        }
    }
}

/// What `ScrollWindow.load` asks of a source (the count, then the first rows), read beforehand.
private struct PrefetchedPage: KeysetSource {
    let total: Int
    let rows: [MemberRow]
    func count() -> Int { total }
    func first(limit: Int) -> [MemberRow] { Array(rows.prefix(limit)) }
    // `load` asks for nothing else.
    func last(limit: Int) -> [MemberRow] { [] }
    func after(_ row: MemberRow, limit: Int) -> [MemberRow] { [] }
    func before(_ row: MemberRow, limit: Int) -> [MemberRow] { [] }
    func countBefore(_ row: MemberRow) -> Int { 0 }
}

/// A value computed on another thread while this one does something else.
private final class Background<T>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, Error>?

    init(_ work: @escaping @Sendable () throws -> T) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Result { try work() }
            done.signal()
        }
    }

    /// Waits for the value (the semaphore orders the write before this read).
    func value() throws -> T {
        done.wait()
        return try result!.get()
    }
}
