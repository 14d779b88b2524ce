import Mustache

// Explicit Mustache lookups for the presentation model: swift-mustache asks `child(named:)`
// instead of building a `Mirror` and scanning its children on every `{{name}}` (a profile of
// `folio build` spent a fifth of its instructions there). Every stored property a template can
// name is listed; `PresentationLookupTests` fails when a property is added without its case.
// Every model value swift-mustache sees is a `MustacheNode`, lists `[MustacheNode]`: it asks each
// value's type for its protocols (`as? MustacheSequence`, `as? MustacheCustomRenderable`, …), and
// the Swift runtime answers a type's first such question by scanning every conformance of the
// program (some 6,500 with Foundation linked in, about 20 µs each). One type instead of one per
// model type and one per list of it saved 61 of the 184 scans of `folio build` on the Korean example.

/// A presentation-model value as swift-mustache sees it: the value's own `child(named:)`, behind
/// one type. Reflects as the value (`TemplateVariables` reads a custom template's names by `Mirror`).
struct MustacheNode: MustacheParent, CustomReflectable {
    let base: any MustacheParent

    func child(named name: String) -> Any? { base.child(named: name) }

    var customMirror: Mirror { Mirror(reflecting: base) }
}

extension MustacheParent {
    /// This value for swift-mustache (`MustacheNode`).
    var node: MustacheNode { MustacheNode(base: self) }
}

extension Portfolio: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "lang": self.lang
        case "full": self.full
        case "labels": self.labels.node
        case "profile": self.profile.node
        case "skills": self.skills.node
        case "projects": self.projects.map { $0.node }
        case "education": self.education.map { $0.node }
        case "certifications": self.certifications.map { $0.node }
        case "omissions": self.omissions.map { $0.node }
        case "showsBackground": self.showsBackground
        case "showsSkills": self.showsSkills
        case "generator": self.generator
        case "estimatedHeight": self.estimatedHeight
        case "experience": self.experience.map { $0.node }
        case "workFirst": self.workFirst
        case "awards": self.awards.map { $0.node }
        case "languages": self.languages.map { $0.node }
        case "openSource": self.openSource.map { $0.node }
        case "activities": self.activities.map { $0.node }
        default: nil
        }
    }
}

extension ProfileBlock: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "headline": self.headline
        case "contacts": self.contacts.map { $0.node }
        case "target": self.target
        case "strengthBase": self.strengthBase
        case "strengthAlpha": self.strengthAlpha
        case "hasStrengths": self.hasStrengths
        case "intro": self.intro
        default: nil
        }
    }
}

extension ContactLink: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "text": self.text
        case "href": self.href
        default: nil
        }
    }
}

extension SkillSummary: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "groups": self.groups.map { $0.node }
        default: nil
        }
    }
}

extension SkillGroup: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "skills": self.skills.map { $0.node }
        default: nil
        }
    }
}

extension SkillChip: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "version": self.version
        case "level": self.level
        case "levelDots": self.levelDots
        case "evidenced": self.evidenced
        case "emphasized": self.emphasized
        case "depth": self.depth
        default: nil
        }
    }
}

extension ProjectCard: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "title": self.title
        case "period": self.period
        case "team": self.team
        case "role": self.role
        case "stack": self.stack
        case "stackLine": self.stackLine
        case "dataLine": self.dataLine
        case "impact": self.impact
        case "links": self.links.map { $0.node }
        case "featured": self.featured
        case "story": self.story?.node
        case "stories": self.stories.map { $0.node }
        case "sections": self.sections.map { $0.node }
        default: nil
        }
    }
}

extension StoryCard: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "title": self.title
        case "date": self.date
        case "skills": self.skills
        case "problemLine": self.problemLine
        case "fixLine": self.fixLine
        case "sections": self.sections.map { $0.node }
        default: nil
        }
    }
}

extension BodySection: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": self.heading
        case "markdown": self.markdown
        case "html": self.html
        default: nil
        }
    }
}

extension EducationLine: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "school": self.school
        case "program": self.program
        case "period": self.period
        default: nil
        }
    }
}

extension CertificationLine: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "date": self.date
        default: nil
        }
    }
}

extension Labels: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "target": self.target
        case "strengths": self.strengths
        case "base": self.base
        case "alpha": self.alpha
        case "skills": self.skills
        case "projects": self.projects
        case "role": self.role
        case "team": self.team
        case "stack": self.stack
        case "data": self.data
        case "impact": self.impact
        case "story": self.story
        case "stories": self.stories
        case "problem": self.problem
        case "fix": self.fix
        case "links": self.links
        case "intro": self.intro
        case "background": self.background
        case "education": self.education
        case "certifications": self.certifications
        case "evidenced": self.evidenced
        case "featured": self.featured
        case "contact": self.contact
        case "period": self.period
        case "omitted": self.omitted
        case "experience": self.experience
        case "awards": self.awards
        case "languages": self.languages
        case "openSource": self.openSource
        case "activities": self.activities
        default: nil
        }
    }
}
extension HTMLRenderer.Page: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "css": self.css
        case "portfolio": self.portfolio.node
        default: nil
        }
    }
}

extension Omission: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "kind": self.kind
        case "description": self.description
        case "location": self.location
        case "featured": self.featured
        default: nil
        }
    }
}
