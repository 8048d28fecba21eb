import CNcursesw

/// Colour pairs, allocated on first use. Disabled under NO_COLOR or on monochrome terminals,
/// where every cell gets pair 0 and meaning rests on attributes alone.
final class ColorPalette {
    private let enabled: Bool
    private var pairs: [Int: Int16] = [:]
    private var nextPair: Int16 = 1

    init(enabled: Bool) {
        var on = enabled
        if on {
            on = start_color() == shim_ok()
            if on { use_default_colors() }
        }
        self.enabled = on
    }

    func pair(foreground: Color?, background: Color?) -> Int16 {
        guard enabled, foreground != nil || background != nil else { return 0 }
        let fg = foreground.map { Int16($0.rawValue) } ?? -1
        let bg = background.map { Int16($0.rawValue) } ?? -1
        let key = Int(fg + 1) * 16 + Int(bg + 1)
        if let existing = pairs[key] { return existing }
        guard Int32(nextPair) < shim_color_pairs() else { return 0 }
        init_pair(nextPair, fg, bg)
        pairs[key] = nextPair
        nextPair += 1
        return pairs[key]!
    }
}
