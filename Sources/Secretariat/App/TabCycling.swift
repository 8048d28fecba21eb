extension CaseIterable where Self: RawRepresentable, RawValue == Int, AllCases == [Self] {
    /// The next tab, or the previous one, wrapping round: Tab and Shift-Tab on a tab row.
    /// The cases are numbered 0, 1, 2… in their order.
    func cycled(forward: Bool) -> Self {
        let all = Self.allCases
        return all[(rawValue + (forward ? 1 : all.count - 1)) % all.count]
    }
}
