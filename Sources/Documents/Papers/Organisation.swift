import Domain
import Foundation
import Storage

/// The organisation as its papers print it, from Pengaturan (issue 16).
public struct Organisation: Sendable, Hashable {
    public var name: String
    public var dpdExpansion: String
    public var address: String
    public var contact: String
    /// `DPD IPSPI Sumatera Selatan`: how the body names itself in running text.
    public var shortName = "DPD IPSPI Sumatera Selatan"
    /// `Provinsi Sumatera Selatan`: the chapter's province (DOMAIN.md §1).
    public var province = "Provinsi Sumatera Selatan"
    public var legalBasis: [String]
    /// The letterhead's logo, from the file Pengaturan names; nil for none.
    public var logo: PaperImage?

    public init(_ settings: any SettingsRepository) throws {
        name = try settings.current(.organisationName)
        dpdExpansion = try settings.current(.dpdExpansion)
        address = try settings.current(.address)
        contact = try settings.current(.contactLine)
        legalBasis = Organisation.points(try settings.current(.decreeLegalBasis))
        logo = try Organisation.logo(at: try settings.current(.logoPath))
    }

    /// The logo file's picture; nil for an empty path.
    /// - Throws: `PaperRefusal.logoUnreadable` or `.logoNotAnImage`: a paper is not printed
    ///   without the logo the secretariat asked for, silently.
    public static func logo(at path: String) throws -> PaperImage? {
        let path = path.trimmingSpaces
        guard !path.isEmpty else { return nil }
        let expanded = path.hasPrefix("~/") ? NSHomeDirectory() + path.dropFirst(1) : path
        guard let data = FileManager.default.contents(atPath: expanded) else { throw PaperRefusal.logoUnreadable(path) }
        guard let image = PaperImage(data: data) else { throw PaperRefusal.logoNotAnImage(path) }
        return image
    }

    /// The kop surat: `IKATAN PEKERJA SOSIAL PROFESIONAL INDONESIA`, `DEWAN PENGURUS DAERAH
    /// PROVINSI SUMATERA SELATAN`, the address and the contact line.
    public var letterhead: Paper.Letterhead {
        Paper.Letterhead(lines: [name.uppercased(), "\(dpdExpansion) \(province)".uppercased()], address: address, contact: contact, logo: logo)
    }

    /// `Dewan Pengurus Daerah Ikatan Pekerja Sosial Profesional Indonesia Provinsi Sumatera Selatan`.
    public var longName: String { "\(dpdExpansion) \(name) \(province)" }

    /// Points typed on one line, separated by `;`, trimmed, empty ones dropped (a final `;`
    /// or `.` belongs to the printing, not the point).
    public static func points(_ text: String) -> [String] {
        text.split(separator: ";").map { point in
            var p = String(point).trimmingSpaces
            while p.hasSuffix(".") { p.removeLast() }
            return p.trimmingSpaces
        }.filter { !$0.isEmpty }
    }
}
