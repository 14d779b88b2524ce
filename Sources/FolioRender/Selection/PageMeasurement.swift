import Foundation
import FolioModel

/// The one page's blocks measured by the layout engine that prints it: every candidate block
/// (all skills, every project card with its story, education) rendered once with the page's own
/// template and CSS at the printed width, their heights read by a script in one headless
/// Chromium run (`--dump-dom`), in points. `heights(for:)` turns them into the `BlockHeights`
/// the selection chooses with; the chosen page is then printed.
public struct PageMeasurement: Sendable, Decodable, Equatable {
    /// A skill band: the group's height, its chip list's height, width and rows, and each chip's width.
    public struct Group: Sendable, Decodable, Equatable {
        public var height: Double
        public var list: Double
        public var width: Double
        public var rows: Int
        public var chips: [Double]
    }

    /// A project card without its story, and its story box (0 without one).
    public struct Card: Sendable, Decodable, Equatable {
        public var card: Double
        public var story: Double
    }

    /// A job (`article.job`) without its highlights, the highlight list's own margins, and each
    /// highlight's height, so the selection can keep some of them.
    public struct Job: Sendable, Decodable, Equatable {
        public var card: Double
        public var list: Double
        public var items: [Double]

        /// The job's height with its first `highlights` highlights.
        public func height(highlights: Int) -> Double {
            highlights == 0 ? card : card + list + items.prefix(highlights).reduce(0, +)
        }
    }

    /// Top of the page to the end of the target and strengths rows.
    public var header: Double
    /// A section heading with its margins.
    public var heading: Double
    public var groups: [Group]
    public var projects: [Card]
    /// The education and certifications section, its heading included (0 without one).
    public var background: Double
    /// Each job of the work history section (`article.job`), in the candidates' order.
    public var jobs: [Job] = []

    enum CodingKeys: String, CodingKey { case header, heading, groups, projects, background, jobs }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        header = try container.decode(Double.self, forKey: .header)
        heading = try container.decode(Double.self, forKey: .heading)
        groups = try container.decode([Group].self, forKey: .groups)
        projects = try container.decode([Card].self, forKey: .projects)
        background = try container.decode(Double.self, forKey: .background)
        jobs = try container.decodeIfPresent([Job].self, forKey: .jobs) ?? []
    }

    /// What may be filled once measured: a little under the page, for rounding between the
    /// screen layout measured and the print.
    public static let usableShare = 0.98

    /// Renders `candidates` with `renderer`, lays it out in `printer`'s browser and reads the blocks back.
    public static func measure(_ candidates: Portfolio, renderer: HTMLRenderer, printer: PDFPrinter) throws(FolioError) -> PageMeasurement {
        let html = try renderer.render(candidates)
        let page = Self.instrumented(html)
        let folder = Scratch.url("measure")
        defer { Scratch.remove(folder) }
        let file = folder.appendingPathComponent("measure.html")
        let dump = folder.appendingPathComponent("dom.html")
        try AtomicFile.write(Data(page.utf8), to: file)
        let arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run",
            "--disable-background-networking", "--disable-crash-reporter", "--disable-breakpad", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--window-size=1280,2000", "--dump-dom", file.absoluteURL.absoluteString,
        ]
        let outcome = try PDFPrinter.run(printer.browser, arguments, timeout: printer.timeout, output: dump)
        let dom = (try? String(contentsOf: dump, encoding: .utf8)) ?? ""
        guard outcome.status == 0, let measurement = parse(dom) else {
            throw .io(path: printer.browser.path, reason: LocalizedText(ko: "브라우저로 페이지 높이를 재지 못했습니다 (상태 \(outcome.status)): \(outcome.errorTail)", en: "measuring the page in the browser failed (status \(outcome.status)): \(outcome.errorTail)"))
        }
        return measurement
    }

    /// The measurements a page's script wrote into `<pre id="folio-measurements">`.
    static func parse(_ dom: String) -> PageMeasurement? {
        guard let start = dom.range(of: "<pre id=\"folio-measurements\">"),
              let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else { return nil }
        let json = dom[start.upperBound..<end.lowerBound]
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        return try? JSONDecoder().decode(PageMeasurement.self, from: Data(json.utf8))
    }

    /// `html` laid out as printed (the content box of an A4 page, no screen padding), with the
    /// script that measures it.
    static func instrumented(_ html: String) -> String {
        let style = """
            <style>
            html, body { background: #fff !important; padding: 0 !important; margin: 0 !important; }
            main { max-width: none !important; width: \(PageBudget.pageWidth)pt !important; padding: 0 !important;
                   margin: 0 !important; box-shadow: none !important; }
            </style>
            """
        let script = """
            <script>
            (function () {
              const pt = 0.75;
              const main = document.querySelector('main');
              const top = main.getBoundingClientRect().top;
              const margins = (e) => { const s = getComputedStyle(e); return [parseFloat(s.marginTop) || 0, parseFloat(s.marginBottom) || 0, parseFloat(s.marginLeft) || 0, parseFloat(s.marginRight) || 0]; };
              const outer = (e) => { const r = e.getBoundingClientRect(), m = margins(e); return { height: (r.height + m[0] + m[1]) * pt, width: (r.width + m[2] + m[3]) * pt }; };
              const m = { header: 0, heading: 0, groups: [], projects: [], background: 0 };
              const head = document.querySelector('section.target') || document.querySelector('header.profile') || main;
              m.header = (head.getBoundingClientRect().bottom + margins(head)[1] - top) * pt;
              const h2 = main.querySelector('h2');
              if (h2) m.heading = outer(h2).height;
              m.groups = [...main.querySelectorAll('.skill-group')].map((g) => {
                const list = g.querySelector('ul') || g;
                const chips = [...g.querySelectorAll('li')];
                const rows = new Set(chips.map((c) => Math.round(c.getBoundingClientRect().top))).size;
                const r = list.getBoundingClientRect();
                return { height: outer(g).height, list: r.height * pt, width: r.width * pt, rows: Math.max(rows, 1), chips: chips.map((c) => outer(c).width) };
              });
              m.projects = [...main.querySelectorAll('article.project')].map((a) => {
                const s = a.querySelector('.story');
                const story = s ? outer(s).height : 0;
                return { card: outer(a).height - story, story: story };
              });
              m.jobs = [...main.querySelectorAll('article.job')].map((a) => {
                const list = a.querySelector('ul.impact');
                const items = list ? [...list.querySelectorAll('li')].map((li) => outer(li).height) : [];
                const listHeight = list ? outer(list).height : 0;
                return { card: outer(a).height - listHeight, list: listHeight - items.reduce((x, y) => x + y, 0), items: items };
              });
              const bg = main.querySelector('section.background');
              if (bg) {
                const first = bg.firstElementChild || bg;
                const from = first.getBoundingClientRect().top - margins(first)[0];
                m.background = (bg.getBoundingClientRect().bottom + margins(bg)[1] - from) * pt;
              }
              const pre = document.createElement('pre');
              pre.id = 'folio-measurements';
              pre.textContent = JSON.stringify(m);
              document.body.replaceChildren(pre);
            })();
            </script>
            """
        guard let close = html.range(of: "</body>", options: .backwards) else { return html + style + script }
        var page = html
        page.replaceSubrange(close, with: style + script + "</body>")
        return page
    }

    /// The heights the selection uses, for the candidates this measured (`PortfolioBuilder.candidates`):
    /// projects by id and stories by id from the candidates' cards, skill bands in their order.
    /// A block the page did not have falls back to the estimate.
    public func heights(for candidates: Portfolio) -> BlockHeights {
        var cards: [String: Double] = [:]
        var stories: [String: Double] = [:]
        for (card, measured) in zip(candidates.projects, projects) {
            cards[card.id] = measured.card
            if let story = card.story { stories[story.id] = measured.story }
        }
        var chipWidths: [String: Double] = [:]
        var bands: [SkillBand: Group] = [:]
        for (group, measured) in zip(candidates.skills.groups, groups) {
            guard let first = group.skills.first else { continue }
            bands[SkillBand(level: first.level)] = measured
            for (chip, width) in zip(group.skills, measured.chips) { chipWidths[chip.name] = width }
        }
        let header = self.header, heading = self.heading, background = self.background
        let (cardHeights, storyHeights, widths, bandGroups) = (cards, stories, chipWidths, bands)
        var jobHeights: [String: Job] = [:]
        for (card, job) in zip(candidates.experience, jobs) { jobHeights[card.id] = job }
        let measuredJobs = jobHeights
        let estimated = BlockHeights.estimated
        var heights = BlockHeights(
            header: { _ in header },
            sectionHeading: heading,
            skillGroup: { chips in
                guard let first = chips.first, let group = bandGroups[SkillBand(level: first.level)] else { return estimated.skillGroup(chips) }
                let row = group.list / Double(group.rows)
                var rows = 1
                var used = 0.0
                for chip in chips {
                    let width = widths[chip.name] ?? 0
                    if used + width > group.width + 0.5, used > 0 { rows += 1; used = 0 }
                    used += width
                }
                return group.height - group.list + Double(rows) * row
            },
            projectCard: { card in cardHeights[card.id] ?? estimated.projectCard(card) },
            storySummary: { story in storyHeights[story.id] ?? estimated.storySummary(story) },
            background: { education, certifications in
                background > 0 ? background - heading : estimated.background(education, certifications)
            },
            usable: PageBudget.pageHeight * Self.usableShare, measured: true)
        heights.experienceCard = { card in
            // A job measured with fewer highlights than asked for (or none) falls back to the estimate.
            guard let job = measuredJobs[card.id], card.highlights.count <= job.items.count else { return estimated.experienceCard(card) }
            return job.height(highlights: card.highlights.count)
        }
        return heights
    }
}
