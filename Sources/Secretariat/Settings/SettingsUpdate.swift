import Documents
import Domain
import Storage
import TerminalUI

extension SettingsScreen {
    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .opened, .resumed:
            reload(context)
        case .resized(let size):
            listHeight = max(1, size.height - 6)  // tabs, info, table header, three footer lines
            cursor.select(cursor.selected, count: rowCount, height: listHeight)
        case .key(let key):
            guard let action = Self.keymap(context.catalog, tab: tab).action(for: key) else { return .ignored }
            return perform(action, key: key, context)
        case .message(let message as Message):
            return received(message, context)
        case .message(let message as PaperPrintingMessage):
            return PaperPrinting.receive(message, busy: &printing, context).command
        default:
            break
        }
        return .none
    }

    private mutating func perform(_ action: Action, key: Key, _ context: AppContext) -> Command {
        let c = context.catalog
        switch action {
        case .move:
            _ = cursor.handle(key, count: rowCount, height: listHeight)
        case .nextTab, .previousTab:
            tab = tab.cycled(forward: action == .nextTab)
            cursor = ListCursor()
            reload(context)
            return tab == .breaches ? tick() : .none
        case .change:
            if let key = selectedKey { return changeValue(key, c) }
            if let account = selectedAccount { return chooseRole(for: account.name, current: account.role, c) }
            if let breach = selectedBreach { return .present(BreachFormModal(breach, catalog: c), then: { Message.breachSaved($0) }) }
        case .addBreach, .addPerson, .notified, .letter:
            return breachAction(action, context)
        case .addUser:
            return .present(TextPromptModal(title: c.settings.addUserTitle, label: c.fieldLabel(.accountName), text: "",
                                            catalog: c, maxLength: 32,
                                            validate: { AccountName.parse($0) == nil ? c.issueText(.accountNameInvalid) : nil }),
                            then: { Message.accountTyped($0) })
        }
        return .none
    }

    /// A choice setting opens a chooser; text and numbers a prompt that checks `SettingRules`
    /// as the user presses Enter, so a refused value is said in place and can be corrected.
    private func changeValue(_ key: SettingKey, _ c: Catalog) -> Command {
        let current = values.first { $0.key == key }?.value ?? key.defaultValue
        if let choices = key.choices {
            let names = choices.map { c.settings.display(key, $0) }
            return .present(ChooserModal(title: c.settings.label(key), items: names, catalog: c), then: { name in
                names.firstIndex(of: name).map { Message.valueTyped(key, choices[$0]) }
            })
        }
        let prompt = TextPromptModal(title: c.settings.label(key), label: c.settings.hint(key), text: current, catalog: c,
                                     maxLength: key.maxLength, allowsEmpty: key.mayBeEmpty, validate: { text in
            if case .failure(let error) = SettingRules.check(key, text) { return c.settingErrorText(key, error) }
            // The logo file must be one a paper can print, or nothing could be printed.
            if key == .logoPath {
                do { _ = try Organisation.logo(at: text) } catch let refusal as PaperRefusal { return c.documents.refusalText(refusal) } catch {}
            }
            return nil
        })
        return .present(prompt, then: { Message.valueTyped(key, $0) })
    }

    private func chooseRole(for name: String, current: Role, _ c: Catalog) -> Command {
        let names = Role.allCases.map { "\(c.roleName($0)): \(c.settings.roleDescription($0))" }
        return .present(ChooserModal(title: c.settings.roleTitle(name), items: names, catalog: c), then: { chosen in
            names.firstIndex(of: chosen).map { Message.roleChosen(name, Role.allCases[$0]) }
        })
    }

    private mutating func received(_ message: Message, _ context: AppContext) -> Command {
        let c = context.catalog
        do {
            switch message {
            case .breachSaved, .personPicked, .notifiedAnswered, .tick:
                return receivedBreach(message, context)
            case .valueTyped(let key, let value):
                try context.data.settings.set(key, to: value)
                context.succeed(key == .interfaceLanguage ? c.settings.languageNextStart : c.settings.saved(c.settings.label(key)))
            case .accountTyped(let typed):
                guard let name = AccountName.parse(typed) else { return .none }
                if accounts.contains(where: { $0.name == name }) {
                    context.inform(c.settings.alreadyListed(name))
                } else {
                    // Listed as pembaca first; the admin then gives the role it needs with Enter.
                    try context.data.users.setRole(.pembaca, for: name)
                    context.succeed(c.settings.userAdded(name))
                }
                reload(context)
                select(name)
                return .none
            case .roleChosen(let name, let role):
                try context.data.users.setRole(role, for: name)
                context.succeed(c.settings.roleSet(name, c.roleName(role)))
            }
        } catch {
            context.fail(error)
        }
        reload(context)
        return .none
    }

    private mutating func select(_ name: String) {
        if let index = accounts.firstIndex(where: { $0.name == name }) { cursor.select(index, count: rowCount, height: listHeight) }
    }

    mutating func reload(_ context: AppContext) {
        do {
            let settings = context.data.settings
            values = try SettingKey.allCases.map { ($0, try settings.current($0)) }
            accounts = try context.data.users.all()
            me = context.data.operatorName
            myRole = context.role
            breaches = try context.data.breaches.breaches()
            names = try context.data.breaches.names(Array(Set(breaches.flatMap(\.personIds))))
            now = (context.data.today, context.data.timeOfDay)
        } catch {
            context.fail(error)
        }
        cursor.select(cursor.selected, count: rowCount, height: listHeight)
    }
}
