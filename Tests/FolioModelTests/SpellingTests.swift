import Testing
import FolioModel

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
