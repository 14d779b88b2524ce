import FolioModel

/// A story's alternatives list at least two options and why one was chosen (seed 000 §1.3): an
/// alternatives section, or options labelled `대안 1:`, `Option 2:` inside another (`## 해결 방법`).
struct StoryAlternativesRule: Rule {
    static let description = RuleDescription(
        id: "story.alternatives", severity: .warning,
        summary: LocalizedText(
            ko: "트러블슈팅 사례의 대안(`## 대안` 섹션, 또는 다른 섹션 안의 `- 대안 1: …`, `- 대안 2: …` 목록)에 선택지가 두 개 이상 있고, 왜 그것을 골랐는지가 있는지 확인합니다.",
            en: "A story's alternatives (an `## Alternatives` section, or `- Option 1: …`, `- Option 2: …` listed in another section) name at least two options and why one was chosen."),
        seed: SeedCitation(Seed.s000, passage: "엔지니어로서 문제해결능력 : 가능한 대안들을 찾아내고 기간 내에 결과물을 내는 연습"),
        rationale: LocalizedText(
            ko: "면접관은 \"다른 방법은 없었나요?\"라고 꼭 묻습니다. 대안을 비교하고 이유를 들어 고른 사람은 같은 판단을 실무에서도 할 수 있다고 봅니다.",
            en: "\"Was there another way?\" always comes. Someone who compared options and chose for a reason will make the same call at work."),
        help: LocalizedText(
            ko: "`## 대안` 섹션에 검토한 방법을 `- ` 목록으로 두 개 이상 쓰고, 아래에 왜 그중 하나를 골랐는지(비용, 시간, 위험) 한두 문장을 쓰세요. `## 해결 방법` 같은 다른 섹션 안에 쓴다면 `- 대안 1: …`, `- 대안 2: …`처럼 이름을 붙여 목록으로 쓰세요.",
            en: "In `## Alternatives`, list two or more options as `- ` items, then a sentence or two on why you chose one (cost, time, risk). Inside another section (`## Fix`), label them: `- Option 1: …`, `- Option 2: …`."),
        triggering: [
            .editing("stories/spark-oom.md", [("- 판매자 ID에 salt를 붙여 2단계로 집계한다\n", ""), ("## 대안", "## ↓대안"),
                                                ("메모리를 늘려도 쏠림이 커지면 다시 실패하므로 두 번째 방법을 선택했습니다.", "메모리를 늘리기로 했습니다.")],
                     excerpt: "## 대안\n- executor 메모리를 4 GB에서 8 GB로 늘린다   # 선택지 하나뿐"),
            .editing("stories/spark-oom.md", [("메모리를 늘려도 쏠림이 커지면 다시 실패하므로 두 번째 방법을 선택했습니다.\n\n", ""), ("## 대안", "## ↓대안")],
                     excerpt: "## 대안\n- …\n- …   # 왜 골랐는지 없음"),
            .editing("stories/spark-oom.md", [("## 대안", "## ↓대안"), ("메모리를 늘려도 쏠림이 커지면 다시 실패하므로 두 번째 방법을 선택했습니다.", "처리 시간을 고려해 두 번째 방법을 선택했습니다.")],
                     excerpt: "## 대안\n- …\n- …\n처리 시간을 고려해 두 번째 방법을 선택했습니다.   # 무엇을 고려했는지만, 그 결과는 없음"),
            .editing("stories/spark-oom.md", [("## 대안\n\n- executor 메모리를 4 GB에서 8 GB로 늘린다\n- 판매자 ID에 salt를 붙여 2단계로 집계한다\n\n메모리를 늘려도 쏠림이 커지면 다시 실패하므로 두 번째 방법을 선택했습니다.\n\n", ""),
                                               ("## 해결", "## ↓해결")],
                     excerpt: "(## 대안 없음, 다른 섹션에도 대안 목록 없음)"),
            .editing("stories/spark-oom.md", [("## 대안\n\n- executor 메모리를 4 GB에서 8 GB로 늘린다\n- 판매자 ID에 salt를 붙여 2단계로 집계한다\n\n메모리를 늘려도 쏠림이 커지면 다시 실패하므로 두 번째 방법을 선택했습니다.\n\n", ""),
                                               ("## 해결\n\n", "## ↓해결 방법\n\n- 대안 1: executor 메모리 증설\n- 대안 2: salt를 붙여 2단계로 집계\n\n대안 2를 선택했습니다. ")],
                     excerpt: "## 해결 방법\n- 대안 1: executor 메모리 증설\n- 대안 2: salt를 붙여 2단계로 집계\n대안 2를 선택했습니다. …   # 왜 골랐는지 없음"),
        ],
        nonTriggering: [
            .editing("stories/spark-oom.md", "- executor 메모리를 4 GB에서 8 GB로 늘린다\n- 판매자 ID에 salt를 붙여 2단계로 집계한다\n\n메모리를 늘려도 쏠림이 커지면 다시 실패하므로 두 번째 방법을 선택했습니다.",
                     "- A. executor 메모리 증설: 바로 되지만 쏠림이 커지면 다시 실패\n- B. salt를 붙여 2단계 집계: 코드 수정이 필요하지만 쏠림에 강함",
                     excerpt: "- A. executor 메모리 증설: 바로 되지만 쏠림이 커지면 다시 실패\n- B. salt를 붙여 2단계 집계: 코드 수정이 필요하지만 쏠림에 강함"),
            .editing("stories/spark-oom.md", "- executor 메모리를 4 GB에서 8 GB로 늘린다\n- 판매자 ID에 salt를 붙여 2단계로 집계한다\n\n메모리를 늘려도 쏠림이 커지면 다시 실패하므로 두 번째 방법을 선택했습니다.",
                     "메모리를 늘리는 방법과 키를 나누는 방법을 비교했는데, 메모리는 쏠림이 커지면 다시 터질 수 있어 두 번째를 먼저 적용했습니다.",
                     excerpt: "메모리를 늘리는 방법과 키를 나누는 방법을 비교했는데, … 두 번째를 먼저 적용했습니다."),
            .editing("stories/spark-oom.md", "메모리를 늘려도 쏠림이 커지면 다시 실패하므로 두 번째 방법을 선택했습니다.",
                     "메모리만 늘리면 쏠림이 커질 때마다 다시 늘려야 해서 두 번째 방법으로 바꿨습니다.",
                     excerpt: "메모리만 늘리면 쏠림이 커질 때마다 다시 늘려야 해서 두 번째 방법으로 바꿨습니다."),
            .editing("stories/spark-oom.md", [("## 대안\n\n- executor 메모리를 4 GB에서 8 GB로 늘린다\n- 판매자 ID에 salt를 붙여 2단계로 집계한다\n\n메모리를 늘려도 쏠림이 커지면 다시 실패하므로 두 번째 방법을 선택했습니다.\n\n", ""),
                                               ("## 해결\n\n", "## 해결 방법\n\n- 대안 1: executor 메모리를 4 GB에서 8 GB로 늘린다\n- 대안 2: 판매자 ID에 salt를 붙여 2단계로 집계한다\n\n쏠림이 커지면 다시 실패하는 대안 1 대신, 원인을 없애는 대안 2를 선택했습니다. ")],
                     excerpt: "## 해결 방법\n- 대안 1: executor 메모리를 4 GB에서 8 GB로 늘린다\n- 대안 2: 판매자 ID에 salt를 붙여 2단계로 집계한다\n쏠림이 커지면 다시 실패하는 대안 1 대신, 원인을 없애는 대안 2를 선택했습니다. salt(0–7)를 붙여 …"),
            RuleExample([:], excerpt: "## 대안\n- executor 메모리를 4 GB에서 8 GB로 늘린다\n- 판매자 ID에 salt를 붙여 2단계로 집계한다\n메모리를 늘려도 쏠림이 커지면 다시 실패하므로 두 번째 방법을 선택했습니다."),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.workspace.stories.compactMap { story in
            // `## 대안` / `## 검토한 방법`, or options listed by label inside another section (`## 해결 방법`
            // with `- 대안 1: …`, `- 대안 2: …`): the model's section reading.
            guard let section = story.section(.alternatives) else {
                // Where the options would go: before the fix, else the story's start.
                let action = story.section(.action)
                let place = action.map { LocalizedText(ko: " `## \($0.heading.value)` 앞에 `## 대안` 섹션을 두거나 그 안에 `- 대안 1: …`, `- 대안 2: …`로",
                                                       en: " Before `## \($0.heading.value)` add `## Alternatives`, or list `- Option 1: …`, `- Option 2: …` in it, with") }
                    ?? LocalizedText(ko: "", en: "")
                return context.finding(at: action?.heading.location ?? context.start(of: story.file), LocalizedText(
                    ko: "\(story.displayTitle): `## 대안` 섹션이 없고 다른 섹션에도 대안 목록이 없습니다.\(place.ko) 검토한 방법 두 가지 이상과 그중 하나를 고른 이유를 쓰면 \"다른 방법은 없었나요?\"에 답이 됩니다.",
                    en: "\(story.displayTitle): no `## Alternatives` section and no options listed in another.\(place.en) Two or more options and why you picked one answer \"was there another way?\"."))
            }
            // Reasons inside the options (`- A: 확실하지만 며칠 걸림`), a causal clause (`때문에`, `길어져서`,
            // because) or prose weighing two options: the text layer's `Alternatives`. A bare choice is none.
            let alternatives = Alternatives(items: section.options.map(\.value), prose: section.optionProse)
            let options = alternatives.optionCount
            guard options < 2 || !alternatives.givesReason else { return nil }
            let problem = switch options {
            case 0: LocalizedText(ko: "나열된 선택지가 없습니다", en: "no options listed")
            case 1: LocalizedText(ko: "선택지가 1개뿐입니다", en: "only one option listed")
            default: LocalizedText(ko: "왜 그 방법을 골랐는지(다른 방법의 비용이나 결과)가 없습니다", en: "no reason for the choice (what another option would have cost or caused)")
            }
            let heading = section.heading.value
            let named = LocalizedText(ko: section.listsOptionsInside ? "`## \(heading)`의 대안 목록에" : "대안 섹션에",
                                      en: section.listsOptionsInside ? "the options listed in `## \(heading)` have" : "the alternatives section has")
            return context.finding(at: section.heading.location, LocalizedText(
                ko: "\(named.ko) \(problem.ko). 검토한 방법을 `- ` 목록으로 두 개 이상 쓰고, 비용·시간·위험을 들어 왜 하나를 골랐는지 적으세요.",
                en: "\(named.en) \(problem.en). List two or more options as `- ` items and say why you chose one (cost, time, risk)."))
        }
    }
}
