import Storage
import TerminalUI

/// The application shell: a stack of screens under a header, a message line and a key bar.
///
/// Screens and dialogs share one stack; a dialog is drawn over the screen below and returns a
/// typed result to the screen that opened it. Keys go to the top entry first. What a screen
/// ignores gets the global meaning (`GlobalKeys`): Esc goes back (never quits), q closes the
/// screen, ? or F1 opens help, Q or F10 quits (asking first when something is unsaved).
/// F1, F10 and Ctrl-L are never typed text, so they are global first.
///
/// The shell also runs what screens ask for: timers (on the loop's clock), background jobs
/// (whose superseded results are dropped), and the shutdown that saves drafts.
public final class SecretariatApp: Application {
    /// Below this the shell shows "terminal terlalu kecil" instead of a broken layout.
    public static let minimumSize = Size(width: 60, height: 16)

    struct Entry {
        let id: Int
        var screen: any Screen
        /// Turns this screen's result into a message for the screen below.
        let then: ((Any) -> Any?)?
    }

    let context: AppContext
    private(set) var stack: [Entry] = []
    private var nextID = 0
    private var screenSize = minimumSize
    private let executor: Executor
    private let mailbox: Mailbox
    private var timers: [TimerKey: (deadline: Instant, message: Any)] = [:]
    private var jobs: [TimerKey: RunningJob] = [:]
    /// Never reused, so a result from a cancelled job can never pass for a later one's.
    private var lastJobGeneration = 0
    /// Bumped for an entry each time it handles anything, so its last drawing can be reused.
    private var revisions: [Int: Int] = [:]
    /// The base screen as last drawn: with a dialog on top, a keystroke in the dialog redraws
    /// only the dialog (the picker at 100k: the board below is not laid out again per letter).
    private var baseLayer: (id: Int, revision: Int, buffer: Buffer, cursor: Point?)?
    /// Set while handling an event when a command asks the loop to quit or redraw.
    private var loopCommand = LoopCommand.continue

    private struct TimerKey: Hashable {
        let screen: Int
        let id: String
    }

    private struct RunningJob {
        let generation: Int
        let token: CancelToken
        let then: (Result<Any, Error>) -> Any?
    }

    /// What a background job posts: enough to find its screen and tell whether it was superseded.
    private struct JobDone: @unchecked Sendable {
        let key: TimerKey
        let generation: Int
        let result: Result<Any, Error>
    }

    /// A message the quit question sends to the shell itself.
    private enum ShellRequest { case quitConfirmed }

    public init(catalog: Catalog, data: any Repositories, welcome: String? = nil, clock: @escaping () -> Instant,
                mailbox: Mailbox, executor: Executor = BackgroundExecutor()) {
        context = AppContext(catalog: catalog, data: data, now: clock)
        self.executor = executor
        self.mailbox = mailbox
        open(MainMenuScreen(catalog: catalog), then: nil)
        if let welcome { context.inform(welcome) }
    }

    // MARK: Events

    public func update(_ event: Event) -> LoopCommand {
        loopCommand = .continue
        switch event {
        case .resize(let size):
            screenSize = size
            for entry in stack { deliver(.resized(layerSize(entry.screen)), to: entry.id) }
        case .tick:
            fireDueTimers()
        case .message(let message):
            if let done = message.value as? JobDone { finish(done) }
        case .shutdown:
            // Every screen, top first, saves what it holds as a draft before the process ends.
            for entry in stack.reversed() { deliver(.shutdown, to: entry.id) }
            return .quit
        case .key(let key):
            handle(key)
        }
        return loopCommand
    }

    private func handle(_ key: Key) {
        guard let top = stack.last else { return }
        if key == .ctrl("l") { loopCommand = .redrawAll; return }
        // F1 and F10 work everywhere, dialogs included; the help box handles its own F1 (close).
        if !(top.screen is HelpModal) {
            switch GlobalKeys.unconditional(key) {
            case .help?: openHelp(); return
            case .quit?: requestQuit(); return
            default: break
            }
        }
        context.clearMessage()
        context.refreshRole()
        // A key whose action the operator may not do is refused here with the reason, before
        // the screen opens a form for it (issue 16). Storage refuses the write again.
        if let needed = top.screen.bindings(context.catalog).first(where: { $0.keys.contains(key) })?.action,
           !context.may(needed) {
            context.fail(context.refusal(needed))
            return
        }
        if deliver(.key(key), to: top.id) { applyGlobal(key, typing: top.screen.capturesText) }
    }

    /// The top screen's keys the operator may use: the bar and the help show only these.
    private func usableBindings(_ screen: any Screen) -> [KeyHelp] {
        screen.bindings(context.catalog).filter { $0.action.map(context.may) ?? true }
    }

    private func applyGlobal(_ key: Key, typing: Bool) {
        let action = GlobalKeys.keymap(context.catalog).action(for: key)
        switch action {
        case .back?:
            if stack.count > 1 { close(stack[stack.count - 1].id, result: nil) } else { context.inform(context.catalog.rootEscapeHint) }
        case .close? where !typing:
            if stack.count > 1 { close(stack[stack.count - 1].id, result: nil) } else { requestQuit() }
        case .quit? where !typing:
            requestQuit()
        case .help? where !typing:
            openHelp()
        default:
            break
        }
    }

    /// Hands an event to one entry and runs what it asks. Returns true when it ignored a key.
    @discardableResult
    private func deliver(_ event: ScreenEvent, to id: Int) -> Bool {
        guard let index = stack.firstIndex(where: { $0.id == id }) else { return false }
        var screen = stack[index].screen
        revisions[id, default: 0] += 1
        let command = screen.update(event, context: context)
        if let again = stack.firstIndex(where: { $0.id == id }) { stack[again].screen = screen }
        return perform(command, from: id)
    }

    /// Runs a screen's command. Returns true when the command was `.ignored`.
    @discardableResult
    private func perform(_ command: Command, from id: Int) -> Bool {
        switch command {
        case .none:
            break
        case .ignored:
            return true
        case .push(let screen, let then):
            open(screen, then: then)
        case .close(let result):
            close(id, result: result)
        case .quit:
            requestQuit()
        case .after(let ms, let name, let message):
            timers[TimerKey(screen: id, id: name)] = (context.now().advanced(byMilliseconds: ms), message)
        case .cancelTimer(let name):
            timers[TimerKey(screen: id, id: name)] = nil
        case .run(let name, let job, let then):
            start(job, key: TimerKey(screen: id, id: name), then: then)
        case .cancelJob(let name):
            jobs.removeValue(forKey: TimerKey(screen: id, id: name))?.token.cancel()
        case .batch(let commands):
            var ignored = false
            for c in commands { ignored = perform(c, from: id) || ignored }
            return ignored
        }
        return false
    }

    // MARK: The stack

    private func open(_ screen: any Screen, then: ((Any) -> Any?)?) {
        nextID += 1
        let id = nextID
        stack.append(Entry(id: id, screen: screen, then: then))
        deliver(.resized(layerSize(screen)), to: id)
        deliver(.opened, to: id)
    }

    /// Closes an entry (and anything above it); its result, mapped by the opener's `then`,
    /// goes to the entry below as a message, or `.resumed` when there is none.
    private func close(_ id: Int, result: Any?) {
        guard let index = stack.firstIndex(where: { $0.id == id }), index > 0 else {
            if stack.count == 1 { requestQuit() }
            return
        }
        let closed = stack[index]
        for entry in stack[index...] { forget(entry.id) }
        stack.removeSubrange(index...)
        let below = stack[index - 1].id
        if let result, let then = closed.then, let message = then(result) {
            if case ShellRequest.quitConfirmed? = message as? ShellRequest {
                // Unsaved work is kept as drafts, as on a hang-up: quitting never loses typing.
                for entry in stack.reversed() { deliver(.shutdown, to: entry.id) }
                loopCommand = .quit
                return
            }
            deliver(.message(message), to: below)
        } else if !closed.screen.isModal {
            deliver(.resumed, to: below)
        }
    }

    /// Drops a closed screen's timers and cancels its jobs.
    private func forget(_ id: Int) {
        timers = timers.filter { $0.key.screen != id }
        revisions[id] = nil
        if baseLayer?.id == id { baseLayer = nil }
        for (key, job) in jobs where key.screen == id { job.token.cancel() }
        jobs = jobs.filter { $0.key.screen != id }
    }

    private func layerSize(_ screen: any Screen) -> Size {
        screen.coversWholeScreen ? screenSize : contentSize
    }

    /// The area between the header and the message line.
    private var contentSize: Size { Size(width: screenSize.width, height: max(0, screenSize.height - 3)) }

    // MARK: Timers and jobs

    public var nextDeadline: Instant? { timers.values.map(\.deadline).min() }

    private func fireDueTimers() {
        let now = context.now()
        let due = timers.filter { $0.value.deadline <= now }.sorted { $0.value.deadline < $1.value.deadline }
        for (key, timer) in due {
            timers[key] = nil
            deliver(.message(timer.message), to: key.screen)
        }
    }

    private func start(_ job: @escaping @Sendable (CancelToken) throws -> Any, key: TimerKey,
                       then: @escaping (Result<Any, Error>) -> Any?) {
        lastJobGeneration += 1
        let generation = lastJobGeneration
        jobs[key]?.token.cancel()
        let token = CancelToken()
        jobs[key] = RunningJob(generation: generation, token: token, then: then)
        let mailbox = self.mailbox
        executor.execute {
            let result = Result { try job(token) }
            mailbox.post(Message(JobDone(key: key, generation: generation, result: result)))
        }
    }

    /// A job's result reaches its screen only if nothing newer replaced the job meanwhile.
    private func finish(_ done: JobDone) {
        guard let running = jobs[done.key], running.generation == done.generation else { return }
        jobs[done.key] = nil
        if let message = running.then(done.result) { deliver(.message(message), to: done.key.screen) }
    }

    /// The ids of the jobs still running, per screen from the bottom of the stack (tests).
    var jobsInFlight: [String] { jobs.keys.sorted { ($0.screen, $0.id) < ($1.screen, $1.id) }.map(\.id) }

    public func settle() {
        guard let top = stack.last else { return }
        var screen = top.screen
        revisions[top.id, default: 0] += 1
        let command = screen.settle(context: context)
        if let index = stack.firstIndex(where: { $0.id == top.id }) { stack[index].screen = screen }
        perform(command, from: top.id)
    }

    // MARK: Quit and help

    private func requestQuit() {
        if stack.contains(where: { $0.screen is ConfirmModal && ($0.screen as! ConfirmModal).isUrgent }) { return }
        guard stack.contains(where: { $0.screen.hasUnsavedChanges }) else { loopCommand = .quit; return }
        let c = context.catalog
        let question = ConfirmModal.yesNo(title: c.quitConfirmTitle, message: [c.quitConfirmUnsaved], catalog: c, urgent: true)
        open(question, then: { value in
            (value as? ConfirmModal.Result) == .chosen(0) ? ShellRequest.quitConfirmed : nil
        })
    }

    /// The quit question, for a terminal too small to draw the dialog.
    public var urgentQuestion: [String] {
        guard let top = stack.last?.screen as? ConfirmModal, top.isUrgent else { return [] }
        let c = context.catalog
        return top.dialog.message + [c.urgentAnswerHint]
    }

    private func openHelp() {
        guard let top = stack.last else { return }
        let c = context.catalog
        let rows = helpRows(usableBindings(top.screen)) + [HelpRow(keys: "", text: ""), HelpRow(keys: "", text: c.helpGlobalSection)]
            + helpRows(GlobalKeys.keymap(c).help)
        let title = top.screen.isModal ? c.helpTitle : "\(c.helpTitle): \(top.screen.title(c))"
        open(HelpModal(overlay: HelpOverlay(title: title, rows: rows, footer: c.helpFooter, area: screenSize)), then: nil)
    }

    private func helpRows(_ bindings: [KeyHelp]) -> [HelpRow] {
        bindings.map { HelpRow(keys: $0.keyLabel, text: $0.help) }
    }

    // MARK: Drawing

    public func view(into buffer: inout Buffer) -> Point? {
        let c = context.catalog
        let (headerRow, rest) = buffer.bounds.splitTop(1)
        let (middle, keyRow) = rest.splitBottom(1)
        let (content, messageRow) = middle.splitBottom(1)
        guard let top = stack.last else { return nil }
        let base = stack.lastIndex(where: { !$0.screen.isModal }) ?? 0
        let crumbs = stack.filter { !$0.screen.isModal }.map { $0.screen.title(c) }
        Header(crumbs, trailing: stack[base].screen.headerStatus(c) ?? "").draw(in: headerRow, on: &buffer)
        var cursor = drawBase(stack[base], in: content, buffer: &buffer)
        // A long message borrows rows above its line (over the content) rather than being cut.
        let messageRows = min(context.message.rows(width: messageRow.width), content.height)
        context.message.draw(in: Rect(x: messageRow.x, y: messageRow.maxY - messageRows, width: messageRow.width,
                                      height: messageRows), on: &buffer)
        let screenBar = usableBindings(top.screen).compactMap { b in b.barLabel.map { KeyBarItem(key: b.label ?? b.keys.first?.label ?? "", label: $0) } }
        // A key the screen names itself (Esc while searching) is not repeated from the global keys.
        var globals = GlobalKeys.barItems(c).filter { item in !screenBar.contains { $0.key == item.key } }
        // Over a dialog, Esc is the dialog's; help and quit stay in reach (but not inside the help).
        if top.screen.isModal { globals = top.screen is HelpModal ? [] : globals.filter(\.pinned) }
        KeyBar(screenBar + globals).draw(in: keyRow, on: &buffer)
        for entry in stack[(base + 1)...] {
            let area = entry.screen.coversWholeScreen ? buffer.bounds : content
            cursor = entry.screen.view(in: area, buffer: &buffer, context: context.view)
        }
        return cursor
    }

    /// The base screen's content, reused from the last frame while nothing reached it.
    private func drawBase(_ entry: Entry, in content: Rect, buffer: inout Buffer) -> Point? {
        let revision = revisions[entry.id, default: 0]
        if let cached = baseLayer, cached.id == entry.id, cached.revision == revision, cached.buffer.size == buffer.size {
            buffer.copy(content, from: cached.buffer)
            return cached.cursor
        }
        var layer = Buffer(size: buffer.size)
        let cursor = entry.screen.view(in: content, buffer: &layer, context: context.view)
        buffer.copy(content, from: layer)
        baseLayer = (entry.id, revision, layer, cursor)
        return cursor
    }

    // MARK: For tests

    /// The screens on the stack, bottom first.
    var screens: [any Screen] { stack.map(\.screen) }

    /// Opens a screen on top, as a screen's `.push` would (tests open screens this way).
    func push(_ screen: any Screen) { open(screen, then: nil) }
}
