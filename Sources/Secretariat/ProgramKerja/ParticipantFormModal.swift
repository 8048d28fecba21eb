import Domain
import Storage
import TerminalUI

/// A participant of an activity: category (Peksos, TKS), the result once the LSP decides it
/// (empty: belum ada hasil), the certificate's number, issuer and expiry (empty: none known).
/// Dismissed with the saved participation.
struct ParticipantFormModal: FormDialog {
    typealias Result = Participation
    enum FieldID: Hashable, Sendable { case category, result, certificate, issuer, expiry }

    let original: Participation
    let name: String
    /// LSPs first: they issue certificates.
    let issuers: [Partner]
    var form: Form<FieldID>
    var problem: String?

    init(participation: Participation, name: String, partners: [Partner], catalog c: Catalog) {
        original = participation
        self.name = name
        issuers = partners.filter { $0.kind == .certificationBody } + partners.filter { $0.kind != .certificationBody }
        let p = participation
        let categories = Participation.Category.allCases, results = Participation.Result.allCases
        form = Form([
            FormField(.category, label: c.work.labelCategory,
                      input: .choice(ChoiceField(categories.map(c.participantCategoryName), selected: categories.firstIndex(of: p.category))),
                      required: true),
            FormField(.result, label: c.work.labelResult,
                      input: .choice(ChoiceField([c.work.resultPending] + results.map(c.resultName),
                                                 selected: (p.result.flatMap { results.firstIndex(of: $0) }).map { $0 + 1 } ?? 0))),
            FormField(.certificate, label: c.work.labelCertificate, input: .text(TextField(p.certificateNumber ?? "", maxLength: 80))),
            FormField(.issuer, label: c.work.labelIssuer,
                      input: .choice(ChoiceField([c.work.noDepartment] + issuers.map(\.name),
                                                 selected: (issuers.firstIndex { $0.id == p.issuerId }).map { $0 + 1 } ?? 0))),
            FormField(.expiry, label: c.work.labelExpiry, input: .date(FormDates.field(p.expiresOn, optional: true, catalog: c))),
        ])
    }

    mutating func submit(_ context: AppContext) -> Command {
        let c = context.catalog
        guard let expiry = form.date(.expiry, catalog: c) else { return .none }
        var p = original
        p.category = Participation.Category.allCases[form[.category]?.choice ?? 0]
        let result = (form[.result]?.choice ?? 0) - 1
        p.result = Participation.Result.allCases.indices.contains(result) ? Participation.Result.allCases[result] : nil
        p.certificateNumber = form.trimmedText(.certificate)
        let issuer = (form[.issuer]?.choice ?? 0) - 1
        p.issuerId = issuers.indices.contains(issuer) ? issuers[issuer].id : nil
        p.expiresOn = expiry
        do {
            try context.data.activities.save(p)
            return .dismiss(p)
        } catch StoreError.invalid(let issues) {
            problem = form.show(issues, fields: [.certificateNumber: .certificate], catalog: c)
        } catch {
            context.fail(error)
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        return FormModalChrome.draw(form, title: c.work.participantTitle, intro: [(name, .bold)], problem: problem,
                                    in: rect, on: &buffer, catalog: c)
    }
}
