import Foundation

/// Writes a workspace as a JSON Resume (schema v1.0.0), so `resume-cli` themes and other tools
/// can read a folio workspace. What the schema has a field for goes there (experience → `work`,
/// activities → `volunteer`, impact → a project's `highlights`, skill levels as level words);
/// what it has none for (stories, a skill's version and depth, a job's own part and team, an
/// award's metric, open-source work, the target) goes into `meta.folio`.
public enum JSONResumeExporter {
    /// The JSON Resume of `workspace`, its texts in `language`'s words for ongoing periods.
    public static func resume(from workspace: Workspace) -> JSONResume {
        let profile = workspace.profile
        var resume = JSONResume()
        var extensionData = FolioExtension()
        extensionData.lang = profile.language.rawValue

        var basics = JSONResume.Basics()
        basics.name = text(profile.name)
        basics.label = text(profile.headline)
        basics.email = text(profile.contact.email)
        basics.phone = text(profile.contact.phone)
        basics.url = text(profile.contact.portfolio)
        basics.summary = text(profile.intro)
        if let place = profile.location {
            var location = JSONResume.Location()
            location.address = text(place.address)
            location.postalCode = text(place.postalCode)
            location.city = text(place.city)
            location.region = text(place.region)
            location.countryCode = text(place.country)
            basics.location = location
        }
        var profiles = profile.contact.profiles.map { entry in
            var out = JSONResume.Profile()
            out.network = JSONText(entry.network.value)
            out.username = text(entry.username)
            out.url = text(entry.url)
            return out
        }
        let listed = Set(profile.contact.profiles.compactMap { $0.url?.value })
        for (network, url) in [("GitHub", profile.contact.github), ("LinkedIn", profile.contact.linkedin), ("Blog", profile.contact.blog)] {
            guard let url, !listed.contains(url.value) else { continue }
            var out = JSONResume.Profile()
            out.network = JSONText(network)
            out.url = JSONText(url.value)
            if let user = URL(string: url.value)?.pathComponents.last, user != "/", network != "Blog" { out.username = JSONText(user) }
            profiles.append(out)
        }
        basics.profiles = profiles.isEmpty ? nil : profiles
        resume.basics = basics

        var target: [String: String] = [:]
        target["role"] = profile.target.role?.value
        target["company"] = profile.target.company?.value
        target["level"] = profile.target.level?.value
        extensionData.target = target.isEmpty ? nil : target
        var strengths: [String: String] = [:]
        strengths["base"] = profile.strengths.base?.value
        strengths["alpha"] = profile.strengths.alpha?.value
        extensionData.strengths = strengths.isEmpty ? nil : strengths

        resume.work = nonEmpty(profile.experience.map { job in
            var work = JSONResume.Work()
            work.name = text(job.organization)
            work.position = text(job.position)
            work.location = text(job.location)
            work.url = text(job.url)
            work.description = text(job.about)
            work.summary = text(job.summary)
            (work.startDate, work.endDate) = dates(job.period?.value)
            work.highlights = nonEmpty(job.highlights.map { JSONText($0.value) })
            return work
        })
        let jobDetails = profile.experience.map { job in
            FolioExtension.ExperienceDetail(
                role: job.role?.value, team: job.team?.value, projects: nonEmpty(job.projects.map(\.value)),
                stack: nonEmpty(job.stack.map(\.value)))
        }
        extensionData.experience = jobDetails.allSatisfy({ $0 == FolioExtension.ExperienceDetail() }) ? nil : jobDetails

        resume.volunteer = nonEmpty(profile.activities.map { activity in
            var entry = JSONResume.Volunteer()
            entry.organization = text(activity.organization ?? activity.name)
            entry.position = text(activity.role)
            entry.url = text(activity.url)
            (entry.startDate, entry.endDate) = dates(activity.period?.value)
            entry.summary = text(activity.summary)
            entry.highlights = nonEmpty(activity.highlights.map { JSONText($0.value) })
            return entry
        })
        let activityNames = profile.activities.map { $0.organization == nil ? nil : $0.name?.value }
        extensionData.activities = activityNames.allSatisfy({ $0 == nil }) ? nil : activityNames

        resume.education = nonEmpty(profile.education.map { item in
            var entry = JSONResume.Education()
            entry.institution = text(item.school)
            entry.url = text(item.url)
            entry.studyType = text(item.degree)
            entry.area = text(item.major) ?? (item.degree == nil ? text(item.program) : nil)
            (entry.startDate, entry.endDate) = dates(item.period?.value)
            entry.score = text(item.score)
            entry.courses = nonEmpty(item.courses.map { JSONText($0.value) })
            return entry
        })

        let check = profile.check
        if !check.disable.isEmpty || !check.severity.isEmpty {
            extensionData.check = FolioExtension.CheckSettings(
                disable: nonEmpty(check.disable.map(\.value)),
                severity: check.severity.isEmpty ? nil : check.severity.mapValues(\.value.rawValue))
        }
        let programs = profile.education.map { $0.major == nil && $0.degree == nil ? $0.program?.value : nil }
        extensionData.education = programs.allSatisfy({ $0 == nil }) ? nil : programs

        resume.awards = nonEmpty(profile.awards.map { award in
            var entry = JSONResume.Award()
            entry.title = text(award.name)
            entry.awarder = text(award.organizer)
            entry.date = award.date.map { JSONText($0.value.iso8601) }
            let parts = [award.rank?.value, award.metric?.value, award.approach?.value].compactMap { $0 }
            entry.summary = text(award.summary) ?? (parts.isEmpty ? nil : JSONText(parts.joined(separator: " · ")))
            return entry
        })
        let awardDetails = profile.awards.map { award in
            FolioExtension.AwardDetail(rank: award.rank?.value, metric: award.metric?.value, approach: award.approach?.value, url: award.url?.value)
        }
        extensionData.awards = awardDetails.allSatisfy({ $0 == FolioExtension.AwardDetail() }) ? nil : awardDetails

        resume.certificates = nonEmpty(profile.certifications.map { item in
            var entry = JSONResume.Certificate()
            entry.name = JSONText(item.name.value)
            entry.date = item.date.map { JSONText($0.value.iso8601) }
            entry.issuer = text(item.issuer)
            entry.url = text(item.url)
            return entry
        })

        resume.languages = nonEmpty(profile.languages.map { item in
            var entry = JSONResume.Language()
            entry.language = text(item.language)
            let test = [item.test?.value, item.score?.value].compactMap { $0 }.joined(separator: " ")
            entry.fluency = text(item.fluency) ?? (test.isEmpty ? nil : JSONText(test))
            return entry
        })
        let tests = profile.languages.map { FolioExtension.LanguageTest(test: $0.test?.value, score: $0.score?.value, date: $0.date?.value.iso8601) }
        extensionData.languages = tests.allSatisfy({ $0 == FolioExtension.LanguageTest() }) ? nil : tests

        resume.interests = nonEmpty(profile.interests.map { item in
            var entry = JSONResume.Interest()
            entry.name = JSONText(item.name.value)
            entry.keywords = nonEmpty(item.keywords.map { JSONText($0.value) })
            return entry
        })
        extensionData.openSource = nonEmpty(profile.openSource.map {
            FolioExtension.OpenSource(project: $0.project?.value, contribution: $0.contribution?.value, url: $0.url?.value, date: $0.date?.value.iso8601)
        })

        (resume.skills, extensionData.skills) = skills(workspace.skills)
        resume.projects = nonEmpty(workspace.projects.map { project in
            var entry = JSONResume.Project()
            entry.name = JSONText(project.displayTitle)
            entry.description = project.body.section(.overview).flatMap { $0.markdown.isEmpty ? nil : JSONText($0.markdown) }
            entry.highlights = nonEmpty(project.impact.map { JSONText($0.value) })
            entry.keywords = nonEmpty(project.stack.map { JSONText($0.value) })
            (entry.startDate, entry.endDate) = dates(project.period?.value)
            entry.url = project.links.first.map { JSONText($0.url.value) }
            entry.roles = project.role.map { [JSONText($0.value)] }
            entry.entity = workspace.job(of: project.id).flatMap { text($0.organization) }
            return entry
        })
        extensionData.projects = nonEmpty(workspace.projects.map { project in
            var data: [String: String] = [:]
            data["source"] = project.data?.source?.value
            data["volume"] = project.data?.volume?.value
            data["format"] = project.data?.format?.value
            data["domain"] = project.data?.domain?.value
            let links = Dictionary(project.links.map { ($0.name, $0.url.value) }, uniquingKeysWith: { first, _ in first })
            // The overview is the description; the other sections (my role, architecture …) only fit here.
            let overview = project.body.section(.overview)
            let top = project.body.sections.map(\.level).min()
            let sections = project.body.sections.filter { $0.level == top && $0.heading.value != overview?.heading.value }
            return FolioExtension.ProjectDetail(
                id: project.id, team: project.team?.value, featured: project.featured ? true : nil,
                data: data.isEmpty ? nil : data, links: links.isEmpty || links.keys.sorted() == ["site"] ? nil : links,
                sections: nonEmpty(sections.map { [$0.heading.value: $0.markdown] }))
        })
        extensionData.stories = nonEmpty(workspace.stories.map { story in
            FolioExtension.StoryDetail(
                id: story.id, title: story.title?.value, project: story.project?.value,
                skills: nonEmpty(story.skills.map(\.value)), date: story.date.map { $0.value.iso8601 },
                sections: nonEmpty(story.body.sections.map { [$0.heading.value: $0.markdown] }))
        })
        var meta = JSONResume.Meta()
        meta.version = "v1.0.0"
        meta.folio = extensionData
        resume.meta = meta
        return resume
    }

    /// The resume as pretty-printed JSON with sorted keys, slashes unescaped, ending in a newline.
    public static func data(from workspace: Workspace) throws(FolioError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(resume(from: workspace))
            data.append(0x0A)
            return data
        } catch {
            throw .io(path: "resume.json", reason: LocalizedText(ko: "JSON Resume로 바꿀 수 없습니다: \(error)", en: "could not encode the JSON Resume: \(error)"))
        }
    }

    /// Level words for folio's 1–5 scale (JSON Resume leaves `level` free text).
    static let levelWords = [1: "Beginner", 2: "Elementary", 3: "Intermediate", 4: "Advanced", 5: "Master"]

    /// Skills grouped by `group` (the résumé's heading), else `category`, in the order written (a skill
    /// with neither is its own group),
    /// and each skill's version, depth and since for `meta.folio`.
    static func skills(_ skills: [Skill]) -> ([JSONResume.Skill]?, [FolioExtension.SkillDetail]?) {
        var groups: [JSONResume.Skill] = []
        var index: [String: Int] = [:]
        for skill in skills {
            let level = skill.level.flatMap { levelWords[$0.value] }.map { JSONText($0) }
            if let category = skill.group?.value ?? skill.category?.value {
                if let at = index[category] {
                    groups[at].keywords = (groups[at].keywords ?? []) + [JSONText(skill.name.value)]
                } else {
                    var group = JSONResume.Skill()
                    group.name = JSONText(category)
                    group.level = level
                    group.keywords = [JSONText(skill.name.value)]
                    index[category] = groups.count
                    groups.append(group)
                }
            } else {
                var group = JSONResume.Skill()
                group.name = JSONText(skill.name.value)
                group.level = level
                groups.append(group)
            }
        }
        let details = skills.compactMap { skill -> FolioExtension.SkillDetail? in
            guard skill.version != nil || skill.depth != nil || skill.since != nil || skill.category != nil || skill.group != nil else { return nil }
            return FolioExtension.SkillDetail(
                name: skill.name.value, level: skill.level?.value, version: skill.version?.value,
                depth: skill.depth?.value, since: skill.since?.value.description,
                category: skill.category?.value, group: skill.group?.value)
        }
        return (nonEmpty(groups), nonEmpty(details))
    }

    /// JSON Resume's `startDate` / `endDate` at the precision written; ongoing has no end, a
    /// single date ends when it starts.
    static func dates(_ period: Period?) -> (JSONText?, JSONText?) {
        guard let period else { return (nil, nil) }
        let start = JSONText(period.from.iso8601)
        if period.ongoing { return (start, nil) }
        return (start, JSONText((period.to ?? period.from).iso8601))
    }

    static func text(_ value: Located<String>?) -> JSONText? { value.map { JSONText($0.value) } }

    static func nonEmpty<T>(_ items: [T]) -> [T]? { items.isEmpty ? nil : items }
}

