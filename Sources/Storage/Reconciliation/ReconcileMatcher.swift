import Domain

/// Where a decision applies: an export row (by number) or a `hanya DPD` member (by person),
/// and a field for field decisions. `isMatch` keeps a `ragu` row's choice of person apart from
/// what is then decided about that row.
struct DecisionKey: Hashable {
    var number: Int?
    var personId: Int64?
    var field: ImportField?
    var isMatch: Bool

    init(number: Int?, personId: Int64?, field: ImportField?, choice: ReconcileChoice) {
        self.number = number
        // An export row is its number; only a `hanya DPD` row is known by its person.
        self.personId = number == nil ? personId : nil
        self.field = field
        self.isMatch = choice == .candidate || choice == .noneOfThem
    }
}

/// Classifies export rows against the register (issue 14). Keys in order: NIK, KTA, folded
/// name with birth date, folded name with phone or email; never a name alone. A match whose
/// other key disagrees (the NIK's holder has another KTA, the KTA's holder another NIK or
/// name) is `ragu`, as is a key held by two people or a person two rows claim.
struct ReconcileMatcher {
    let register: ReconcileRegister
    let decisions: [DecisionKey: ReconcileDecision]

    enum Match { case none, strong(Int64), doubtful([Int64]) }

    func match(_ row: ImportRow) -> Match {
        let index = register.index
        func entry(_ id: Int64) -> ReconcileRegister.Entry? { register.entries[id] }
        func keysDisagree(_ id: Int64, except key: ImportField) -> Bool {
            guard let stored = entry(id)?.values else { return true }
            for field in [ImportField.nik, .kta] where field != key {
                if let ours = stored[field], let theirs = row.values[field], ours != theirs { return true }
            }
            return false
        }
        if let nik = row.values[.nik], let ids = index.nik[nik] {
            guard ids.count == 1, let id = ids.first else { return .doubtful(ids) }
            if let kta = row.values[.kta], let holders = index.kta[kta], !holders.contains(id) { return .doubtful([id] + holders) }
            return .strong(id)
        }
        if let kta = row.values[.kta], let ids = index.kta[kta] {
            guard ids.count == 1, let id = ids.first else { return .doubtful(ids) }
            let sameName = row.values[.name].map { NameFold.key($0) == NameFold.key(entry(id)?.name ?? "") } ?? true
            return keysDisagree(id, except: .kta) || !sameName ? .doubtful([id]) : .strong(id)
        }
        guard let name = row.values[.name] else { return .none }
        let key = NameFold.key(name)
        var keys: [[Int64]?] = [row.values[.birthDate].flatMap { index.nameBirth[key + "|" + $0] }]
        keys.append(row.values[.phone].flatMap { register.contact[key + "|" + $0] })
        keys.append(row.values[.email].flatMap { register.contact[key + "|" + $0] })
        for case let ids? in keys {
            guard ids.count == 1, let id = ids.first else { return .doubtful(ids) }
            return keysDisagree(id, except: .name) ? .doubtful([id]) : .strong(id)
        }
        return .none
    }

    /// The fields that differ: the export's value, where it has one, against the register's.
    /// Names differing only in titles or capitals do not differ.
    func differences(_ theirs: [ImportField: String], _ ours: [ImportField: String], number: Int) -> [ReconcileDifference] {
        ReconcileRegister.compared.compactMap { field in
            guard let value = theirs[field] else { return nil }
            let stored = ours[field]
            if stored == value { return nil }
            if field == .name, let stored, NameFold.key(stored) == NameFold.key(value) { return nil }
            let decision = decisions[DecisionKey(number: number, personId: nil, field: field, choice: .keptOurs)]
            return ReconcileDifference(field: field, ours: stored, theirs: value, decision: decision)
        }
    }

    /// The row matched to a register person: `sama` or `beda`.
    func matched(_ row: ImportRow, personId: Int64, decision: ReconcileDecision? = nil) -> ReconcileRow {
        let ours = register.entries[personId]?.values ?? [:]
        let differences = differences(row.values, ours, number: row.number)
        return ReconcileRow(number: row.number, kind: differences.isEmpty ? .same : .differing, name: row.values[.name] ?? ours[.name] ?? "",
                            personId: personId, theirs: row.values, ours: ours, differences: differences, decision: decision)
    }

    /// The row a member was added from, matched to them. What still differs (a workplace kept
    /// in the note for want of an employment status) was settled by adding them.
    func added(_ row: ImportRow, personId: Int64, decision: ReconcileDecision) -> ReconcileRow {
        var out = matched(row, personId: personId, decision: decision)
        for i in out.differences.indices where out.differences[i].decision == nil { out.differences[i].decision = decision }
        return out
    }

    func candidates(_ row: ImportRow, _ ids: [Int64]) -> [ReconcileCandidate] {
        var seen = Set<Int64>()
        return ids.compactMap { id in
            guard seen.insert(id).inserted, let entry = register.entries[id] else { return nil }
            let agreeing = ReconcileRegister.compared.filter { field in
                guard let theirs = row.values[field], let ours = entry.values[field] else { return false }
                return field == .name ? NameFold.key(theirs) == NameFold.key(ours) : theirs == ours
            }
            return ReconcileCandidate(personId: id, name: entry.name, values: entry.values, agreeing: agreeing)
        }
    }

    /// Every valid export row of the province, classified, and the active members no row
    /// matched (`hanya DPD`), with the decisions laid over them. A row that is a person whose
    /// processing is restricted (UU PDP) is not reconciled: it comes back in `restricted`, and
    /// a restricted person is never a candidate.
    func classify(_ rows: [ImportRow], progress: ImportProgress) throws -> (rows: [ReconcileRow], restricted: [ImportRow]) {
        var matches: [Match] = []
        matches.reserveCapacity(rows.count)
        var claims: [Int64: Int] = [:]
        for (i, row) in rows.enumerated() {
            if i % 4096 == 0 && progress.isCancelled() { throw ImportCancelled() }
            let m = match(row)
            if case .strong(let id) = m { claims[id, default: 0] += 1 }
            matches.append(m)
        }
        var out: [ReconcileRow] = [], restricted: [ImportRow] = []
        out.reserveCapacity(rows.count + register.activeMembers.count)
        var reached = Set<Int64>()
        func isRestricted(_ id: Int64) -> Bool { register.entries[id]?.isRestricted == true }
        for (row, m) in zip(rows, matches) {
            if case .strong(let id) = m, isRestricted(id) {
                reached.insert(id)
                var set = row
                set.errors.append(ImportProblem(column: nil, field: .name, kind: .restricted))
                restricted.append(set)
                continue
            }
            let count = out.count
            defer { if out.count > count { out[out.count - 1].problems = row.warnings } }
            let matchDecision = decisions[DecisionKey(number: row.number, personId: nil, field: nil, choice: .candidate)]
            let fate = decisions[DecisionKey(number: row.number, personId: nil, field: nil, choice: .added)]
            var strong: Int64?, ids: [Int64] = []
            switch m {
            case .strong(let id) where claims[id] == 1: strong = id
            // Two rows claim one person: which is theirs is decided by hand.
            case .strong(let id): ids = [id]
            case .doubtful(let found):
                ids = found.filter { !isRestricted($0) }
                reached.formUnion(found.filter(isRestricted))
                if ids.isEmpty {
                    var set = row
                    set.errors.append(ImportProblem(column: nil, field: .name, kind: .restricted))
                    restricted.append(set)
                    continue
                }
            case .none: break
            }
            // A person added from this row is its match from then on, however it was found.
            if let fate, fate.choice == .added, let addedId = fate.personId, register.entries[addedId] != nil {
                out.append(added(row, personId: addedId, decision: fate))
                reached.insert(addedId)
                continue
            }
            if let id = strong {
                reached.insert(id)
                if register.entries[id]?.isMember == true {
                    out.append(matched(row, personId: id))
                } else {
                    // A non-member the export names (a Musda guest): the member to add.
                    out.append(onlyDPP(row, personId: id, fate: fate))
                }
                continue
            }
            if ids.isEmpty {
                out.append(onlyDPP(row, personId: nil, fate: fate))
                continue
            }
            let candidates = candidates(row, ids)
            // The candidates left aside by a decision are `hanya DPD` again, if nothing else reached them.
            switch matchDecision?.choice {
            case .candidate?:
                if let chosen = matchDecision?.personId, register.entries[chosen] != nil {
                    reached.insert(chosen)
                    var r = matched(row, personId: chosen, decision: matchDecision)
                    r.candidates = candidates
                    out.append(r)
                    continue
                }
            case .noneOfThem?:
                var r = onlyDPP(row, personId: nil, fate: fate)
                r.candidates = candidates
                out.append(r)
                continue
            default: break
            }
            reached.formUnion(ids)
            out.append(ReconcileRow(number: row.number, kind: .doubtful, name: row.values[.name] ?? "", theirs: row.values,
                                    candidates: candidates))
        }
        for id in register.activeMembers where !reached.contains(id) {
            guard let entry = register.entries[id] else { continue }
            let decision = decisions[DecisionKey(number: nil, personId: id, field: nil, choice: .notInDPP)]
            out.append(ReconcileRow(number: nil, kind: .onlyDPD, name: entry.name, personId: id, ours: entry.values, decision: decision))
        }
        return (out, restricted)
    }

    func onlyDPP(_ row: ImportRow, personId: Int64?, fate: ReconcileDecision?) -> ReconcileRow {
        ReconcileRow(number: row.number, kind: .onlyDPP, name: row.values[.name] ?? "", personId: personId, theirs: row.values,
                     ours: personId.flatMap { register.entries[$0]?.values } ?? [:], decision: fate?.choice == .added ? nil : fate)
    }
}
