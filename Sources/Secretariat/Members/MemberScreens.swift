/// The screens the member list opens. The form says "Belum tersedia" plainly until it lands.
enum MemberScreens {
    static func detail(personId: Int64, context: AppContext) -> any Screen {
        MemberDetailScreen(personId: personId, context: context)
    }
    static func form(personId: Int64?, context: AppContext) -> any Screen { NotAvailableScreen(section: .members) }
}
