import Foundation
import Testing
import FolioModel
@testable import FolioRender

/// `--name` patterns: an unknown placeholder is named in an error whose particle follows how the
/// placeholder is read (`{team}은`, `{photo}는`), not a fixed 는.
@Suite struct OutputNameTests {
    let profile = ProfileBlock(name: "김하늘", headline: nil, contacts: [], target: nil, strengthBase: nil, strengthAlpha: nil,
                               hasStrengths: false, intro: nil)

    func message(_ pattern: String, _ language: Language = .ko) -> String? {
        do {
            _ = try OutputName.expand(pattern, profile: profile, posting: nil, language: language)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func unknownPlaceholderTakesTheParticleOfItsReading() throws {
        let team = try #require(message("{team}_포트폴리오"))
        #expect(team.contains("{team}은 모르는 자리표시자입니다"), "\(team)")
        let photo = try #require(message("{photo}_포트폴리오"))
        #expect(photo.contains("{photo}는 모르는 자리표시자입니다"), "\(photo)")
        let english = try #require(message("{team}", .en))
        #expect(english.contains("{team} is not a placeholder folio knows"), "\(english)")
        #expect(try OutputName.expand("{name}_포트폴리오", profile: profile, posting: nil, language: .ko) == "김하늘_포트폴리오")
    }
}
