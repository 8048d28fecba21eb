import TerminalUI

/// One titled part of the detail: identity, membership, audit…
struct DetailSection: Hashable, Sendable {
    var title: String
    var items: [DetailItem]
}

enum DetailItem: Hashable, Sendable {
    /// A label and its value; the value wraps in its own column.
    case field(String, String)
    /// A paragraph under the heading.
    case text(String)
    /// A heading inside a section ("Riwayat status").
    case subheading(String)
    /// A dim line under the previous value (an audit entry's reason).
    case more(String)
}

/// One screen line of the detail.
struct DetailRow: Hashable, Sendable {
    /// Drawn at the indent, fitted to `labelWidth`; nil on headings and continuation lines.
    var label: String?
    var labelWidth: Int
    /// Column (within the content area) where `text` starts.
    var x: Int
    var text: String
    var style: Style
}

/// Lays the sections out for a width: labels in a column per section, values wrapped beside
/// them, wide characters counted as two cells. Pure, so update (to know how far it can scroll)
/// and view (to draw) agree.
enum DetailLayout {
    static let indent = 2
    static let gap = 2
    static let maxLabelWidth = 24

    static func rows(_ sections: [DetailSection], width: Int) -> [DetailRow] {
        guard width > indent + 4 else { return [] }
        // One label column for the whole page, so values line up from section to section.
        let labels = sections.flatMap(\.items).compactMap { item -> Int? in
            if case .field(let label, _) = item { return label.displayWidth }
            return nil
        }
        let labelWidth = min(labels.max() ?? 0, maxLabelWidth, max(6, (width - indent) / 3))
        let valueX = indent + labelWidth + gap
        var out: [DetailRow] = []
        for (index, section) in sections.enumerated() {
            if index > 0 { out.append(DetailRow(label: nil, labelWidth: 0, x: 0, text: "", style: .plain)) }
            out.append(DetailRow(label: nil, labelWidth: 0, x: 0, text: section.title, style: .bold))
            let valueWidth = max(8, width - valueX)
            let textWidth = width - indent
            for item in section.items {
                switch item {
                case .field(let label, let value):
                    for (i, line) in value.wrapped(toCells: valueWidth).enumerated() {
                        out.append(DetailRow(label: i == 0 ? label : nil, labelWidth: labelWidth, x: valueX, text: line, style: .plain))
                    }
                case .text(let text):
                    for line in text.wrapped(toCells: textWidth) {
                        out.append(DetailRow(label: nil, labelWidth: 0, x: indent, text: line, style: .plain))
                    }
                case .subheading(let text):
                    out.append(DetailRow(label: nil, labelWidth: 0, x: indent, text: text, style: .underline))
                case .more(let text):
                    for line in text.wrapped(toCells: valueWidth) {
                        out.append(DetailRow(label: nil, labelWidth: 0, x: valueX, text: line, style: .dim))
                    }
                }
            }
        }
        return out
    }
}
