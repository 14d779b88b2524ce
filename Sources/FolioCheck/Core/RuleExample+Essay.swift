import FolioModel

extension RuleExample {
    /// A clean essay for the base workspace: one question, its limit 90 characters with spaces,
    /// an answer of 73 (81 %), told from the base story with its measured result and the writer's part.
    public static let baseEssay = """
        ---
        company: 한빛그룹
        deadline: 2025-03-14
        ---
        ## 직무 역량을 보여 준 경험 (90자, 공백 포함)
        uses: [spark-oom]

        제가 만든 일별 집계 잡이 메모리 부족으로 멈췄을 때, 판매자 ID에 salt를 붙여 집계 시간을 40분에서 12분으로 줄였습니다.

        """

    /// The base workspace with `essays/hanbit.md` (`baseEssay` with the edits applied).
    public static func essay(_ edits: [(old: String, new: String)] = [], excerpt: String? = nil) -> RuleExample {
        var text = baseEssay
        var unapplied: [String] = []
        for edit in edits {
            if text.contains(edit.old) { text = text.replacingOccurrences(of: edit.old, with: edit.new) } else { unapplied.append("essays/hanbit.md: \(edit.old)") }
        }
        var example = RuleExample(["essays/hanbit.md": text], excerpt: excerpt ?? (edits.isEmpty ? baseEssay : edits.map(\.new).joined(separator: "\n")))
        example.unappliedEdits = unapplied
        return example
    }
}

extension RuleContext {
    /// Every question of every essay, with its essay.
    var essayQuestions: [(essay: Essay, question: Essay.Question)] {
        workspace.essays.flatMap { essay in essay.questions.map { (essay, $0) } }
    }
}
