/// The screens the member list opens. Until the detail and form screens land they say
/// "Belum tersedia" plainly.
enum MemberScreens {
    static func detail(personId: Int64, context: AppContext) -> any Screen { NotAvailableScreen(section: .members) }
    static func form(personId: Int64?, context: AppContext) -> any Screen { NotAvailableScreen(section: .members) }
}
