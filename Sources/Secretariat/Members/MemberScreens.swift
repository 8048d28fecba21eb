/// The screens the member list opens.
enum MemberScreens {
    static func detail(personId: Int64, context: AppContext) -> any Screen {
        MemberDetailScreen(personId: personId, context: context)
    }
    static func form(personId: Int64?, context: AppContext) -> any Screen {
        MemberFormScreen(personId: personId, context: context)
    }
}
