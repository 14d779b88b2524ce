/// Turns the Markdown of a project or story section into HTML: CommonMark through libcmark-gfm
/// (`CommonMark`), with none of the user's raw HTML and none of their unsafe links.
/// Headings are moved down `headingOffset` levels to nest under the card's own heading.
public struct BodyHTML: Sendable {
    public var headingOffset: Int

    public init(headingOffset: Int = 2) {
        self.headingOffset = headingOffset
    }

    public func render(_ markdown: String) -> String {
        CommonMark(headingOffset: headingOffset).html(markdown)
    }
}
