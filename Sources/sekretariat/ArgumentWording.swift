import Foundation

/// ArgumentParser's own words (usage errors, help headings) in Indonesian, as the rest of the
/// command line speaks. ArgumentParser 1.8 has no localisation hook, so its finished text is
/// rewritten line by line: each rule matches one sentence it prints (Sources/ArgumentParser/
/// Usage/MessageInfo.swift and HelpGenerator.swift of that version); whatever no rule knows
/// passes through unchanged, so a newer sentence shows in English rather than vanishing.
enum ArgumentWording {
    /// One sentence: a pattern over the whole of it (or its start) and the Indonesian form,
    /// with `$1`, `$2`… for what it quoted.
    private static let sentences: [(pattern: String, template: String)] = [
        (#"^Error: "#, "sekretariat: "),
        (#"Unexpected argument '(.*)'"#, "argumen '$1' tidak dikenal"),
        (#"Unexpected arguments (.*)"#, "argumen $1 tidak dikenal"),
        (#"Unknown option '(.*?)'\. Did you mean '(.*?)'\?"#, "opsi '$1' tidak dikenal. Maksudnya '$2'?"),
        (#"Unknown option '(.*?)'"#, "opsi '$1' tidak dikenal"),
        (#"The value '(.*?)' is invalid for '(.*?)'\. Please provide one of (.*)\."#,
         "nilai '$1' tidak berlaku untuk '$2'. Pilih salah satu: $3."),
        (#"The value '(.*?)' is invalid for '(.*?)'"#, "nilai '$1' tidak berlaku untuk '$2'"),
        (#"Missing expected argument '(.*?)'"#, "argumen '$1' belum diberikan"),
        (#"Missing value for '(.*?)'"#, "nilai untuk '$1' belum diberikan"),
        (#"Missing expected arguments? (.*)"#, "argumen $1 belum diberikan"),
        (#"Duplicate value for '(.*?)'"#, "'$1' diberikan lebih dari sekali"),
        (#"^Help:  "#, "Bantuan: "),
        (#"^Usage: "#, "Penggunaan: "),
        (#"See '(.*?)' for more information\."#, "Lihat '$1' untuk keterangan lengkap."),
        (#"See '(.*?)' for detailed help\."#, "Lihat '$1' untuk bantuan rinci."),
        (#"^OVERVIEW:"#, "RINGKASAN:"),
        (#"^USAGE:"#, "PENGGUNAAN:"),
        (#"^ARGUMENTS:"#, "ARGUMEN:"),
        (#"^OPTIONS:"#, "OPSI:"),
        (#"^SUBCOMMANDS:"#, "SUBPERINTAH:"),
        (#"Show help information\."#, "Tampilkan bantuan ini."),
        (#"\(default: (.*?)\)"#, "(bawaan: $1)"),
        (#"\(values: (.*?)\)"#, "(nilai: $1)"),
        (#" \(default\)"#, " (bawaan)"),
    ]

    private static let rules: [(NSRegularExpression, String)] = sentences.map { rule in
        // The patterns are constants of this file; one that does not compile is a programming error.
        (try! NSRegularExpression(pattern: rule.pattern), rule.template)
    }

    /// `text` with every sentence a rule knows in Indonesian. In a list of choices
    /// (`'csv', 'md' or 'html'`) the last "or" becomes "atau".
    static func indonesian(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var out = String(line)
            for (regex, template) in rules {
                let range = NSRange(out.startIndex..., in: out)
                out = regex.stringByReplacingMatches(in: out, range: range, withTemplate: template)
            }
            if out.contains("Pilih salah satu:") { out = out.replacingOccurrences(of: "' or '", with: "' atau '") }
            return out
        }.joined(separator: "\n")
    }
}
