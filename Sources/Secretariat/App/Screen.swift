import Domain
import TerminalUI

/// What a screen receives from the shell.
enum ScreenEvent {
    /// The screen was just put on the stack: its first load happens here, never in `init`, so
    /// a screen can be built (and tested) without a live store.
    case opened
    case key(Key)
    /// The content area changed size (a terminal resize, or the screen was just pushed).
    case resized(Size)
    /// The screen above closed without a result; this one is on top again.
    case resumed
    /// A value in this screen's own message type: a modal's result, a background job's
    /// result or a timer, as the screen asked for them in a `Command`.
    case message(Any)
    /// The process is ending (SIGHUP, SIGTERM, end of input): save what is unsaved as a draft.
    case shutdown
}

/// What a screen's update asks of the shell: effects as values, as Elm's `Cmd`.
indirect enum Command {
    case none
    /// The key was not used: the shell may give it its global meaning (Esc, q, ?, Q).
    case ignored
    /// Opens a screen on top. When it closes with a result, `then` turns that result into a
    /// message for this screen (nil: no message).
    case push(any Screen, then: ((Any) -> Any?)?)
    /// Closes this screen, handing `result` to the screen that opened it.
    case close(result: Any?)
    case quit
    /// Delivers `message` to this screen after `milliseconds`, unless this screen sets a timer
    /// with the same `id` first (a debounce) or closes.
    case after(milliseconds: Int64, id: String, message: Any)
    case cancelTimer(id: String)
    /// Runs `job` off the loop; its value comes back as a message. A newer job with the same
    /// `id` supersedes this one: the old one is cancelled and its result dropped.
    case run(id: String, job: @Sendable (CancelToken) throws -> Any, then: (Result<Any, Error>) -> Any?)
    /// Cancels (interrupts) this screen's job `id`, if one runs; its result will be dropped.
    /// For a screen that has read synchronously what the job was reading.
    case cancelJob(id: String)
    case batch([Command])

    /// A modal with a typed result (Textual's `push_screen(..., callback)`): `then` receives the
    /// modal's own `Result` type when it is dismissed with one.
    static func present<M: ModalScreen>(_ modal: M, then: @escaping (M.Result) -> Any?) -> Command {
        .push(modal, then: { value in (value as? M.Result).flatMap(then) })
    }

    /// Closes this modal with its typed result.
    static func dismiss<R>(_ result: R) -> Command { .close(result: result) }
}

/// One screen: a value with `update` and a pure `view`, as in the Elm architecture.
/// Each lives in its own folder with its state, update, view and keymap.
protocol Screen {
    /// This screen's part of the header breadcrumb (modals add none).
    func title(_ catalog: Catalog) -> String
    /// Right side of the header, e.g. a `12/124` counter.
    func headerStatus(_ catalog: Catalog) -> String?
    /// The bindings of the current mode, in priority order: they feed the key bar (those with a
    /// bar label) and the help (all of them). Dispatch reads the same table.
    func bindings(_ catalog: Catalog) -> [KeyHelp]
    /// True while typing text: then q, Q and ? are characters, not commands.
    var capturesText: Bool { get }
    var hasUnsavedChanges: Bool { get }
    /// Drawn over the screen below instead of replacing it; adds no breadcrumb.
    var isModal: Bool { get }
    /// Laid out over the whole terminal (help, the quit question) rather than the content area.
    var coversWholeScreen: Bool { get }
    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command
    /// Draws into `rect` (between header and message line). Returns where the cursor sits.
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point?
    /// Deferred work, run once the keys already typed are handled and before the frame is drawn.
    mutating func settle(context: AppContext) -> Command
}

/// A dialog on the screen stack, dismissed with a value of its own type.
protocol ModalScreen: Screen {
    associatedtype Result
}

extension Screen {
    func headerStatus(_ catalog: Catalog) -> String? { nil }
    var capturesText: Bool { false }
    var hasUnsavedChanges: Bool { false }
    var isModal: Bool { false }
    var coversWholeScreen: Bool { false }
    mutating func settle(context: AppContext) -> Command { .none }
}

extension ModalScreen {
    var isModal: Bool { true }
    func title(_ catalog: Catalog) -> String { "" }
    /// Every key belongs to a modal: nothing falls through to the screen below.
    var capturesText: Bool { true }
}

/// One row of a screen's keys as the bar and the help show them, whatever its action type,
/// with what the action needs (nil: anyone may). The shell hides a row the operator may not
/// use and refuses its keys with the reason (issue 16); Storage refuses the write again.
typealias KeyHelp = KeyBinding<Permission?>

/// A screen action that changes data names the permission it needs.
protocol GuardedAction {
    var permission: Permission? { get }
}

extension Keymap {
    /// The bindings without their actions, for the bar and the help and the shell's guard.
    var help: [KeyHelp] {
        bindings.map { KeyHelp($0.keys, bar: $0.barLabel, help: $0.help, label: $0.label,
                               action: ($0.action as? GuardedAction)?.permission) }
    }
}
