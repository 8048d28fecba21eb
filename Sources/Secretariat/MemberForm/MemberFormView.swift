import TerminalUI

extension MemberFormScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        guard rect.width > 2, rect.height > 1 else { return nil }
        if let text = unavailable {
            for (i, line) in text.wrapped(toCells: rect.width - 2, maxLines: rect.height).enumerated() {
                buffer.write(line, x: rect.x + 1, y: rect.y + i, style: i == 0 ? .bold : .plain)
            }
            return nil
        }
        let (topRow, body) = rect.splitTop(1)
        // Which part of the form the focus is in, and how far along.
        // The form's own fields: the add form has the consent boxes, an edit has not.
        let focused = form.focusedField?.id ?? .name
        let right = c.memberForm.requiredNote + " · " + c.memberForm.fieldPosition(form.focus + 1, of: form.fields.count)
        let rightWidth = min(right.displayWidth, topRow.width / 2)
        buffer.write(right, x: topRow.maxX - 1 - rightWidth, y: topRow.y, width: rightWidth, style: .dim, alignRight: true)
        buffer.write(partName(focused.part, c), x: topRow.x + 1, y: topRow.y, width: topRow.width - rightWidth - 3, style: .bold)

        return form.draw(in: body.inset(dx: 1, dy: 0), on: &buffer, focused: true)
    }

    private func partName(_ part: MemberField.Part, _ c: Catalog) -> String {
        switch part {
        case .identity: return c.memberForm.partIdentity
        case .employment: return c.memberForm.partEmployment
        case .education: return c.memberForm.partEducation
        case .membership: return c.memberForm.partMembership
        case .other: return c.memberForm.partOther
        case .consent: return c.memberForm.partConsent
        }
    }
}
