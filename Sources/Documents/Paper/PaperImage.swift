import Foundation

/// A raster picture for a paper (the letterhead's logo): PNG or JPEG, with its size in pixels
/// read from the file itself (PNG's IHDR, JPEG's SOF marker), so it is scaled without distortion.
public struct PaperImage: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable {
        case png, jpeg

        public var mimeType: String { self == .png ? "image/png" : "image/jpeg" }
    }

    public let data: Data
    public let format: Format
    public let width: Int
    public let height: Int

    /// Nil when `data` is not a PNG or JPEG whose size can be read.
    public init?(data: Data) {
        let bytes = [UInt8](data.prefix(64 * 1024))
        if bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            func be32(_ i: Int) -> Int { Int(bytes[i]) << 24 | Int(bytes[i + 1]) << 16 | Int(bytes[i + 2]) << 8 | Int(bytes[i + 3]) }
            guard be32(16) > 0, be32(20) > 0 else { return nil }
            (format, width, height) = (.png, be32(16), be32(20))
        } else if bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8, let size = Self.jpegSize(bytes) {
            (format, width, height) = (.jpeg, size.width, size.height)
        } else {
            return nil
        }
        self.data = data
    }

    /// The frame size from the first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC).
    private static func jpegSize(_ b: [UInt8]) -> (width: Int, height: Int)? {
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                let h = Int(b[i + 5]) << 8 | Int(b[i + 6]), w = Int(b[i + 7]) << 8 | Int(b[i + 8])
                return w > 0 && h > 0 ? (w, h) : nil
            }
            i += 2 + length
        }
        return nil
    }
}
