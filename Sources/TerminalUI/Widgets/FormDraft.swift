/// What a form holds, as text per field, so work in progress can be written to a drafts table
/// and typed back after a crash, half-typed dates and all. Each input says how it is written
/// (`draftValue`) and read back (`restoreDraft`); the form does the rest.
public protocol DraftableInput {
    /// The input's content as text (what was typed, not a validated value).
    var draftValue: String { get }
    /// Puts back what `draftValue` returned.
    mutating func restoreDraft(_ value: String)
}

extension TextField: DraftableInput {
    public var draftValue: String { text }
    public mutating func restoreDraft(_ value: String) { text = value }
}

extension ChoiceField: DraftableInput {
    public var draftValue: String { selected.map(String.init) ?? "" }
    public mutating func restoreDraft(_ value: String) { select(Int(value)) }
}

extension DateField: DraftableInput {
    /// The digits typed so far ("1405" while typing 14-05-…).
    public var draftValue: String { text.filter(\.isNumber) }
    public mutating func restoreDraft(_ value: String) {
        while !isEmpty { _ = handle(.backspace) }
        for digit in value where digit.isASCII && digit.isNumber { _ = handle(.char(digit)) }
    }
}

extension NumberField: DraftableInput {
    public var draftValue: String { text }
    public mutating func restoreDraft(_ value: String) {
        while !text.isEmpty { _ = handle(.backspace) }
        for digit in value { _ = handle(.char(digit)) }
    }
}

extension Checkbox: DraftableInput {
    public var draftValue: String { isChecked ? "1" : "0" }
    public mutating func restoreDraft(_ value: String) { if (value == "1") != isChecked { toggle() } }
}

extension Form {
    /// Every draftable field's content, by field.
    public var draftValues: [ID: String] {
        var out: [ID: String] = [:]
        for field in fields {
            if let input = field.input.widget as? DraftableInput { out[field.id] = input.draftValue }
        }
        return out
    }

    /// Puts back what `draftValues` returned; fields it does not name keep their content.
    /// The form is dirty afterwards: what is shown is not what is stored.
    public mutating func restore(_ values: [ID: String]) {
        for i in fields.indices {
            guard let value = values[fields[i].id], var input = fields[i].input.widget as? DraftableInput else { continue }
            input.restoreDraft(value)
            if let widget = input as? FormInputWidget { fields[i].input = FormInput(widget) }
        }
        markDirty()
    }
}
