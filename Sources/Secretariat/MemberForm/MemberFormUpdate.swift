import Domain
import Storage
import TerminalUI

extension MemberFormScreen {
    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .opened:
            return load(context)
        case .key(let key):
            if unavailable != nil { return key == .enter ? .close(result: nil) : .ignored }
            return edit(key, context: context)
        case .message(let message):
            guard let message = message as? Message else { return .none }
            switch message {
            case .discardAnswered(.chosen(0)):
                discardDraft(context)
                return .close(result: nil)
            case .discardAnswered:
                break
            case .overrideAnswered(.reason(let reason), let draft):
                return save(draft, reason: reason, context: context)
            case .overrideAnswered(.cancelled, _):
                context.inform(context.catalog.memberForm.overridePending)
            case .autosave:
                writeDraft(context)
            case .draftAnswered(let answer, let draft):
                return answerDraft(answer, draft, context)
            case .conflictAnswered(let answer, let mine, let current):
                return answerConflict(answer, mine: mine, current: current, context)
            }
        case .shutdown:
            // The process is ending (the SSH link dropped, SIGTERM): keep what was typed.
            writeDraft(context)
        case .resized, .resumed:
            break
        }
        return .none
    }

    private mutating func edit(_ key: Key, context: AppContext) -> Command {
        let c = context.catalog
        var outcome = Form<MemberField>.Outcome.ignored
        updateForm { outcome = $0.handle(key, explainingRefusals: c) }
        switch outcome {
        case .submit:
            return submit(context: context)
        case .cancel:
            guard form.isDirty else { return .close(result: nil) }
            return .present(ConfirmModal.yesNo(title: c.memberForm.discardTitle, message: [c.memberForm.discardMessage], catalog: c),
                            then: { Message.discardAnswered($0) })
        case .changed(let id):
            fieldChanged(id)
            return scheduleAutosave()
        case .moved, .ignored, .refused:
            break
        }
        // Every key belongs to the form while typing: none falls through to the shell.
        return .none
    }

    /// Keeps dependent fields in step: what is required, and values that no longer apply.
    private mutating func fieldChanged(_ field: MemberField?) {
        guard let field else { return }
        let original = self.original
        let blankDate = DateField(nil, isOptional: true, mask: fields.catalog.dateMask)
        updateForm { form in
            form.setError(nil, for: field)
            switch field {
            case .employmentStatus:
                // ASN has no employer type; leaving it set would only produce an error.
                let nonASN = EmploymentStatus.allCases.firstIndex(of: .nonASN)! + 1
                if let choice = form[field]?.choice, choice != 0, choice != nonASN,
                   var types = form[MemberField.employerType]?.input.as(ChoiceField.self) {
                    types.select(0)
                    form[MemberField.employerType]?.input = .choice(types)
                }
            case .status:
                // A new status needs its own date and reason; going back restores the stored ones.
                let status = MembershipStatus.allCases[form[field]?.choice ?? 0]
                let stored = original.membership ?? Membership()
                let back = status == stored.status
                var date = blankDate
                if back, let d = stored.statusDate { date.value = DateField.Value(year: d.year, month: d.month, day: d.day) }
                form[MemberField.statusDate]?.input = .date(date)
                form[MemberField.statusReason]?.input =
                    .text(TextField(back ? stored.statusReason ?? "" : "", maxLength: MemberFormFields.maxLength(.statusReason)))
                form.setError(nil, for: MemberField.statusDate)
                form.setError(nil, for: MemberField.statusReason)
            default:
                break
            }
            MemberFormFields.markConditionalRequired(&form)
        }
    }

    /// F2: check everything; show errors, or ask for a reason for the warnings, or save.
    mutating func submit(context: AppContext) -> Command {
        let c = context.catalog
        let (draft, problems) = fields.draft(from: form, base: original, alwaysMember: isAdding)
        let report: ValidationReport
        do {
            report = try context.data.people.validate(draft)
        } catch {
            context.fail(error)
            return .none
        }
        let errors = problems + report.errors.map { (MemberField($0.field) ?? .name, c.issueText($0)) }
        guard errors.isEmpty else {
            show(errors, context: context)
            return .none
        }
        updateForm { $0.clearErrors() }
        guard report.needsReason else { return save(draft, reason: nil, context: context) }
        return askReason(for: report.pendingWarnings, draft: draft, context: context)
    }

    private func askReason(for warnings: [ValidationIssue], draft: PersonDraft, context: AppContext) -> Command {
        let c = context.catalog
        let lines = warnings.map { issue in
            (MemberField(issue.field).map(fields.label) ?? c.fieldLabel(issue.field)) + ": "
                + c.issueText(issue, regions: context.data.regions)
        }
        let dialog = OverrideReasonDialog(title: c.memberForm.overrideTitle, intro: c.memberForm.overrideIntro, warnings: lines,
                                          reasonLabel: c.memberForm.overrideReason, missingText: c.memberForm.overrideReasonMissing,
                                          keysText: c.memberForm.overrideKeys)
        return .present(ReasonModal(dialog: dialog), then: { Message.overrideAnswered($0, draft: draft) })
    }

    /// One transaction in the storage: the person, the membership, any status change and the
    /// audit entries are written together or not at all.
    private mutating func save(_ draft: PersonDraft, reason: String?, context: AppContext) -> Command {
        do {
            let id = try context.data.people.save(draft, overrideReason: reason)
            updateForm { $0.markSaved() }
            discardDraft(context)
            context.succeed(context.catalog.memberForm.saved)
            return .close(result: id)
        } catch StoreError.invalid(let issues) {
            // The register changed since the check (another window saved): show what it says now.
            show(issues.map { (MemberField($0.field) ?? .name, context.catalog.issueText($0)) }, context: context)
        } catch StoreError.needsOverride(let warnings) {
            return askReason(for: warnings, draft: draft, context: context)
        } catch StoreError.conflict(let current) {
            return askAboutConflict(mine: draft, current: current, context)
        } catch {
            context.fail(error)
        }
        return .none
    }

    /// Errors beside their fields (the first per field), focus on the first, a summary below.
    private mutating func show(_ errors: [(MemberField, String)], context: AppContext) {
        let order = MemberField.allCases
        let sorted = errors.enumerated().sorted { (order.firstIndex(of: $0.element.0)!, $0.offset) < (order.firstIndex(of: $1.element.0)!, $1.offset) }
            .map(\.element)
        updateForm { form in
            form.clearErrors()
            for (field, text) in sorted.reversed() { form.setError(text, for: field) }
            if let first = sorted.first { form.focus(on: first.0) }
        }
        if let first = sorted.first {
            context.fail(context.catalog.memberForm.notSaved(first.1, more: sorted.count - 1))
        }
    }
}
