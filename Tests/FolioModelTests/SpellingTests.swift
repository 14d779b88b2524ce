import Testing
@testable import FolioModel

/// "Did you mean": the bounded distance must agree with the full Levenshtein distance wherever it
/// answers, and the catalog's suggestion must stay what it was before the distance was bounded.
@Suite("spelling distance")
struct SpellingTests {
    @Test("the bounded distance equals Levenshtein up to the limit, and is nil above it")
    func boundedAgreesWithFull() {
        let words = ["", "a", "spark", "sprak", "apachespark", "kafka", "kafak", "airflow", "airflw", "스파크", "스파그", "postgresql", "postgres", "k8s", "kubernetes", "skill123", "sql", "nosql"]
        var compared = 0
        for a in words {
            for b in words {
                let full = Spelling.levenshtein(Array(a), Array(b))
                #expect(Spelling.lowerBound(Spelling.signature(Spelling.scalars(a)), Spelling.signature(Spelling.scalars(b))) <= full, "\(a) / \(b)")
                for limit in 0...4 {
                    let bounded = Spelling.distance(Spelling.scalars(a), Spelling.scalars(b), atMost: limit)
                    #expect(bounded == (full <= limit ? full : nil), "\(a) / \(b) at most \(limit): \(String(describing: bounded)), full \(full)")
                    compared += 1
                }
            }
        }
        #expect(compared == words.count * words.count * 5)
    }

    @Test("unknown skills get the nearest catalog name, unrelated ones none")
    func suggestions() {
        let catalog = SkillCatalog.shared
        #expect(catalog.suggestion(for: "Aparche Spark") == "Apache Spark")
        #expect(catalog.suggestion(for: "Kafkaa") == "Apache Kafka")
        #expect(catalog.suggestion(for: "Skill 4711") == nil)
    }
}

/// "Did you mean" for a reference to a project or story id that names no file.
@Suite struct NearestIDTests {
    let ids = ["sales-data-mart", "sensor-pipeline", "game-log-streaming", "spark-oom"]

    @Test func aTypoGetsTheNearestID() {
        #expect(Spelling.nearestID(to: "sales-dta-mart", in: ids) == "sales-data-mart")
        #expect(Spelling.nearestID(to: "sensor-pipline", in: ids) == "sensor-pipeline")
    }

    @Test func aReferenceWrittenAsAPathOrWithUnderscoresGetsItsID() {
        #expect(Spelling.nearestID(to: "projects/sales-data-mart.md", in: ids) == "sales-data-mart")
        #expect(Spelling.nearestID(to: "Sales_Data_Mart", in: ids) == "sales-data-mart")
    }

    @Test func aShortenedIDGetsTheIDWithAllItsWords() {
        #expect(Spelling.nearestID(to: "sales-mart", in: ids) == "sales-data-mart")
        #expect(Spelling.nearestID(to: "oom", in: ids) == "spark-oom")
        #expect(Spelling.nearestID(to: "sales-data-mart-v2", in: ids) == "sales-data-mart")
    }

    @Test func anUnrelatedOrExistingIDGetsNone() {
        #expect(Spelling.nearestID(to: "churn-model", in: ids) == nil)
        #expect(Spelling.nearestID(to: "sales-data-mart", in: ids) == nil)
        #expect(Spelling.nearestID(to: "log-pipeline", in: ids) == nil)
    }
}

/// `SkillCatalog.normalize` and `titleWords` read ASCII and Hangul spellings byte by byte; their
/// answers are the Character-based ones for every spelling of the shipped catalog and for the
/// separators users write.
@Suite struct CatalogSpellingFastPathTests {
    static func referenceTitleWords(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    static func referenceNormalize(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter { !" .-_·".unicodeScalars.contains($0) }))
    }

    @Test func theCatalogsSpellingsReadAsBefore() {
        let spellings = SkillCatalog.shared.entries.flatMap { [$0.name] + $0.aliases }
        #expect(spellings.count > 1_000)
        for spelling in spellings + ["  C++ / Node.js  ", "A/B Testing", "--x--", "Ünïcode Straße", "데이터 엔지니어링(DE)", "데이터·엔지니어링 A·B", "ＦＵＬＬ", ""] {
            #expect(SkillCatalog.titleWords(spelling) == Self.referenceTitleWords(spelling), "\(spelling)")
            #expect(SkillCatalog.normalize(spelling) == Self.referenceNormalize(spelling), "\(spelling)")
        }
    }
}
