import Domain
import Storage

/// The partner chooser of a programme or an activity: every partner, `[x]` before those
/// linked; choosing one links or unlinks it.
struct PartnerLinks {
    let all: [Partner]
    let linked: Set<Int64>

    init(context: AppContext, linked: [Partner]) {
        all = (try? context.data.activities.partners()) ?? []
        self.linked = Set(linked.compactMap(\.id))
    }

    func items(_ c: Catalog) -> [String] { all.map { c.work.partnerChoice($0.name, linked: linked.contains($0.id!)) } }

    /// The partner a chosen line names, and whether it is now to be linked.
    func chosen(_ text: String, _ c: Catalog) -> (partner: Partner, link: Bool)? {
        guard let index = items(c).firstIndex(of: text) else { return nil }
        return (all[index], !linked.contains(all[index].id!))
    }

    /// Links or unlinks the chosen partner through `apply`, and says so.
    static func toggle(_ text: String, linked: [Partner], context: AppContext, apply: (Int64, Bool) throws -> Void) {
        let c = context.catalog
        guard let (partner, link) = PartnerLinks(context: context, linked: linked).chosen(text, c) else { return }
        do {
            try apply(partner.id!, link)
            context.succeed(c.work.partnerLinked(partner.name, link))
        } catch {
            context.fail(error)
        }
    }
}
