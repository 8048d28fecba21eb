import Domain
import Storage
import TerminalUI

extension MemberFormScreen {
    mutating func update(_ key: Key, context: AppContext) -> ScreenEffect {
        switch mode {
        case .unavailable:
            return key == .enter ? .pop : .ignored
        case .confirmingDiscard(var dialog):
            switch dialog.handle(key) {
            case .chosen(0): return .pop
            case .chosen, .cancelled: setMode(.editing)
            case .pending: setMode(.confirmingDiscard(dialog))
            }
            return .handled
        case .overriding(var dialog, let draft):
            switch dialog.handle(key) {
            case .confirmed(let reason):
                setMode(.editing)
                return save(draft, reason: reason, context: context)
            case .cancelled:
                setMode(.editing)
                context.inform(context.catalog.formOverridePending)
            case .pending:
                setMode(.overriding(dialog, draft: draft))
            }
            return .handled
        case .editing:
            return edit(key, context: context)
        }
    }

    private mutating func edit(_ key: Key, context: AppContext) -> ScreenEffect {
        let c = context.catalog
        var outcome = Form.Outcome.ignored
        updateForm { outcome = $0.handle(key) }
        switch outcome {
        case .submit:
            return submit(context: context)
        case .cancel:
            guard form.isDirty else { return .pop }
            setMode(.confirmingDiscard(ConfirmDialog(title: c.formDiscardTitle, message: [c.formDiscardMessage],
                                                     buttons: [DialogButton(c.yes, hotkey: "y"), DialogButton(c.no, hotkey: "n")],
                                                     selected: 1)))
        case .changed(let id):
            fieldChanged(MemberField(rawValue: id))
        case .moved, .ignored:
            break
        }
        // Every key belongs to the form while typing: none falls through to the shell.
        return .handled
    }

    /// Keeps dependent fields in step: what is required, and values that no longer apply.
    private mutating func fieldChanged(_ field: MemberField?) {
        guard let field else { return }
        let original = self.original
        let blankDate = DateField(nil, isOptional: true, mask: fields.catalog.formDateMask)
        updateForm { form in
            form.setError(nil, for: field.rawValue)
            switch field {
            case .employmentStatus:
                // ASN has no employer type; leaving it set would only produce an error.
                let nonASN = EmploymentStatus.allCases.firstIndex(of: .nonASN)! + 1
                if let choice = form[field.rawValue]?.choice, choice != 0, choice != nonASN,
                   case .choice(var types)? = form[MemberField.employerType.rawValue]?.input {
                    types.select(0)
                    form[MemberField.employerType.rawValue]?.input = .choice(types)
                }
            case .status:
                // A new status needs its own date and reason; going back restores the stored ones.
                let status = MembershipStatus.allCases[form[field.rawValue]?.choice ?? 0]
                let stored = original.membership ?? Membership()
                let back = status == stored.status
                var date = blankDate
                if back, let d = stored.statusDate { date.value = DateField.Value(year: d.year, month: d.month, day: d.day) }
                form[MemberField.statusDate.rawValue]?.input = .date(date)
                form[MemberField.statusReason.rawValue]?.input =
                    .text(TextField(back ? stored.statusReason ?? "" : "", maxLength: MemberFormFields.maxLength(.statusReason)))
                form.setError(nil, for: MemberField.statusDate.rawValue)
                form.setError(nil, for: MemberField.statusReason.rawValue)
            default:
                break
            }
            MemberFormFields.markConditionalRequired(&form)
        }
    }

    /// F2: check everything; show errors, or ask for a reason for the warnings, or save.
    private mutating func submit(context: AppContext) -> ScreenEffect {
        let c = context.catalog
        let (draft, problems) = fields.draft(from: form, base: original, alwaysMember: isAdding)
        let report: ValidationReport
        do {
            report = try context.store.people.validate(draft)
        } catch {
            context.fail(error)
            return .handled
        }
        let errors = problems + report.errors.map { (MemberField($0.field) ?? .name, c.issueText($0)) }
        guard errors.isEmpty else {
            show(errors, context: context)
            return .handled
        }
        updateForm { $0.clearErrors() }
        guard report.needsReason else { return save(draft, reason: nil, context: context) }
        askReason(for: report.pendingWarnings, draft: draft, context: context)
        return .handled
    }

    private mutating func askReason(for warnings: [ValidationIssue], draft: PersonDraft, context: AppContext) {
        let c = context.catalog
        let lines = warnings.map { issue in
            (MemberField(issue.field).map(fields.label) ?? c.fieldLabel(issue.field)) + ": "
                + c.issueText(issue, regions: context.store.regions)
        }
        setMode(.overriding(OverrideReasonDialog(title: c.formOverrideTitle, intro: c.formOverrideIntro, warnings: lines,
                                                 reasonLabel: c.formOverrideReason, missingText: c.formOverrideReasonMissing,
                                                 keysText: c.formOverrideKeys), draft: draft))
    }

    /// One transaction in the storage: the person, the membership, any status change and the
    /// audit entries are written together or not at all.
    private mutating func save(_ draft: PersonDraft, reason: String?, context: AppContext) -> ScreenEffect {
        do {
            let id = try context.store.people.save(draft, overrideReason: reason)
            updateForm { $0.markSaved() }
            context.lastSavedPersonId = id
            context.succeed(context.catalog.formSaved)
            return .pop
        } catch StoreError.invalid(let issues) {
            // The register changed since the check (another window saved): show what it says now.
            show(issues.map { (MemberField($0.field) ?? .name, context.catalog.issueText($0)) }, context: context)
        } catch StoreError.needsOverride(let warnings) {
            askReason(for: warnings, draft: draft, context: context)
        } catch {
            context.fail(error)
        }
        return .handled
    }

    /// Errors beside their fields (the first per field), focus on the first, a summary below.
    private mutating func show(_ errors: [(MemberField, String)], context: AppContext) {
        let order = MemberField.allCases
        let sorted = errors.enumerated().sorted { (order.firstIndex(of: $0.element.0)!, $0.offset) < (order.firstIndex(of: $1.element.0)!, $1.offset) }
            .map(\.element)
        updateForm { form in
            form.clearErrors()
            for (field, text) in sorted.reversed() { form.setError(text, for: field.rawValue) }
            if let first = sorted.first { form.focus(on: first.0.rawValue) }
        }
        if let first = sorted.first {
            context.fail(context.catalog.formNotSaved(first.1, more: sorted.count - 1))
        }
    }
}
