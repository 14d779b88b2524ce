import FolioModel

/// Every word the workbook shows that is not the user's own, in Korean and English.
enum Labels {
    // Sheet names: at most 31 characters, none of `[]:*?/\` (Excel's rules).
    static let skillsSheet = LocalizedText(ko: "스킬", en: "Skills")
    static let matrixSheet = LocalizedText(ko: "매트릭스", en: "Matrix")
    static let targetSheet = LocalizedText(ko: "목표", en: "Target")
    static let postingSheet = LocalizedText(ko: "공고", en: "Posting")
    static let experienceSheet = LocalizedText(ko: "경력", en: "Experience")
    static let applicationsSheet = LocalizedText(ko: "지원서", en: "Applications")

    // Applications sheet (essays/*.md).
    static let applicationsTitle = LocalizedText(ko: "자기소개서 문항별 길이", en: "Essay answers against their limits")
    static let company = LocalizedText(ko: "회사", en: "Company")
    static let question = LocalizedText(ko: "문항", en: "Question")
    static let limit = LocalizedText(ko: "제한", en: "Limit")
    static let count = LocalizedText(ko: "길이", en: "Count")
    static let fill = LocalizedText(ko: "채운 비율 (%)", en: "Fill (%)")
    static let deadline = LocalizedText(ko: "마감", en: "Deadline")
    static let file = LocalizedText(ko: "파일", en: "File")
    static let essayFits = LocalizedText(ko: "제한 안", en: "fits")
    static let essayShort = LocalizedText(ko: "80 % 미만", en: "under 80 %")
    static let essayOver = LocalizedText(ko: "제한 초과", en: "over the limit")
    static let essayNoLimit = LocalizedText(ko: "제한 없음", en: "no limit")
    static let applicationsNote = LocalizedText(
        ko: "길이는 문항 제한의 방식(공백 포함·제외, 바이트)으로 셉니다. 네 방식 모두의 길이와 붙여 넣을 글은 `folio essay`가 씁니다.",
        en: "Counts follow each limit's rule (with or without spaces, bytes); `folio essay` writes the counts under all four rules and the text to paste.")

    // Experience sheet header.
    static let organization = LocalizedText(ko: "회사·기관", en: "Organization")
    static let position = LocalizedText(ko: "직무", en: "Position")
    static let team = LocalizedText(ko: "팀", en: "Team")
    static let start = LocalizedText(ko: "시작", en: "Start")
    static let end = LocalizedText(ko: "끝", en: "End")
    static let months = LocalizedText(ko: "기간 (개월)", en: "Months")
    static let ownPart = LocalizedText(ko: "맡은 부분", en: "Own part")
    static let highlights = LocalizedText(ko: "한 일과 성과", en: "Highlights")
    static let jobProjects = LocalizedText(ko: "프로젝트", en: "Projects")
    static let jobStack = LocalizedText(ko: "기술 스택", en: "Stack")
    static let ongoing = LocalizedText(ko: "현재", en: "present")
    static let totalMonths = LocalizedText(ko: "경력 합계 (겹친 달은 한 번)", en: "Total (overlaps once)")
    static let jobPrefix = LocalizedText(ko: "경력: ", en: "job: ")

    // Skills sheet header.
    static let skill = LocalizedText(ko: "스킬", en: "Skill")
    static let category = LocalizedText(ko: "분류", en: "Category")
    static let level = LocalizedText(ko: "수준 (1–5)", en: "Level (1–5)")
    static let version = LocalizedText(ko: "버전", en: "Version")
    static let depth = LocalizedText(ko: "어디까지 설정해 봤나", en: "Depth")
    static let since = LocalizedText(ko: "사용 시작", en: "Since")
    static let yearsOfUse = LocalizedText(ko: "사용 기간 (년, 프로젝트·경력)", en: "Years used (projects, jobs)")
    static let projectCount = LocalizedText(ko: "사용 프로젝트 수", en: "Projects")
    static let storyCount = LocalizedText(ko: "관련 사례 수", en: "Stories")
    static let evidence = LocalizedText(ko: "근거 (프로젝트·사례)", en: "Evidence (projects, stories)")
    /// The Skills sheet's evidence column also names the jobs that used the skill.
    static let skillEvidence = LocalizedText(ko: "근거 (프로젝트·사례·경력)", en: "Evidence (projects, stories, jobs)")
    static let status = LocalizedText(ko: "상태", en: "Status")
    static let evidenced = LocalizedText(ko: "근거 있음", en: "evidenced")
    static let claimedOnly = LocalizedText(ko: "주장만", en: "claimed only")
    static let storyPrefix = LocalizedText(ko: "사례: ", en: "story: ")
    /// A certificate or degree that shows a concept (SQLD → SQL).
    static let credentialPrefix = LocalizedText(ko: "자격·학력: ", en: "credential: ")
    static let levelTitle = LocalizedText(ko: "수준", en: "Level")
    static let levelMessage = LocalizedText(
        ko: "1 써 봄 · 2 안내받아 사용 · 3 혼자 사용 · 4 운영 경험 · 5 튜닝·교육 가능",
        en: "1 tried · 2 used with help · 3 used unaided · 4 ran it in production · 5 could tune or teach it")

    // Matrix sheet.
    static let noProject = LocalizedText(ko: "(프로젝트 없는 사례)", en: "(stories without a project)")
    static let usedInProjects = LocalizedText(ko: "사용 프로젝트", en: "Projects using it")
    static let storyMarks = LocalizedText(ko: "사례 표시", en: "Story marks")
    static let total = LocalizedText(ko: "합계", en: "Total")
    static let stackMark = "●"
    static let storyMark = "◆"
    static let legend = LocalizedText(
        ko: "● 프로젝트 스택에 사용 · ◆ 그 프로젝트의 트러블슈팅 사례가 다룸 · 합계는 수식입니다",
        en: "● used in the project's stack · ◆ a troubleshooting story of the project is about it · totals are formulas")

    // Target sheet.
    static let targetTitle = LocalizedText(ko: "목표 직무·회사 유형 대비 스킬", en: "Skills against the target role and company type")
    static let source = LocalizedText(ko: "기준", en: "Expected by")
    static let expectation = LocalizedText(ko: "기대 스킬·역량", en: "Expected skill or competency")
    static let yourSkills = LocalizedText(ko: "나의 스킬", en: "Your skills")
    /// The hiring-advice passage an expectation comes from, named as `folio explain` names the seeds (`채용 조언 002 …`).
    static let seed = LocalizedText(ko: "근거 (채용 조언)", en: "Source (hiring advice)")
    static let roleCore = LocalizedText(ko: "직무 핵심 역량", en: "Role: core competency")
    static let roleExpected = LocalizedText(ko: "직무 기대 스킬", en: "Role: expected skill")
    static let roleExpectedOneOf = LocalizedText(ko: "직무 기대 스킬 (택1)", en: "Role: expected, one of")
    static let companyRequired = LocalizedText(ko: "회사 필수", en: "Company: required")
    static let companyOneOf = LocalizedText(ko: "회사 필수 (택1)", en: "Company: one of")
    static let companyPreferred = LocalizedText(ko: "회사 우대", en: "Company: preferred")
    static let haveEvidenced = LocalizedText(ko: "보유·근거 있음", en: "have, with evidence")
    static let haveClaimed = LocalizedText(ko: "보유·근거 없음", en: "have, no evidence")
    static let missing = LocalizedText(ko: "없음", en: "missing")
    /// Missing, but only preferred: not counted as a gap.
    static let missingPreferred = LocalizedText(ko: "없음 (우대)", en: "missing (preferred)")
    static func oneOf(_ language: Language) -> String { language == .ko ? " 중 하나 이상" : " (at least one)" }

    // Posting sheet.
    static let requirement = LocalizedText(ko: "구분", en: "Requirement")
    static let required = LocalizedText(ko: "필수", en: "required")
    static let preferred = LocalizedText(ko: "우대", en: "preferred")
    static let matched = LocalizedText(ko: "일치·근거 있음", en: "matched, with evidence")
    static let postingClaimed = LocalizedText(ko: "주장만", en: "claimed only")

    // Document properties.
    static let documentTitle = LocalizedText(ko: "스킬 매트릭스", en: "Skill matrix")
    static let documentComments = LocalizedText(
        ko: "folio build가 skills.yaml·projects·stories에서 만든 스킬 시트입니다.",
        en: "Skill sheet written by folio build from skills.yaml, projects and stories.")
}
