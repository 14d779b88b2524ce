import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads back a written .xlsx the way a spreadsheet would: unzip it, follow workbook.xml to
/// each sheet's XML, resolve shared strings. Only what the tests assert on.
struct XLSXFile {
    var sheetNames: [String]
    var sheets: [String: SheetXML]
    var sharedStrings: [String]
    /// `docProps/core.xml`: title, author, subject, keywords, created.
    var coreProperties: [String: String]
    /// Every part of the package by path, as text.
    var parts: [String: String]

    init(url: URL) throws {
        let archive = try Archive(url: url, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        self.parts = parts

        let workbook = try XMLTree.parse(parts["xl/workbook.xml"] ?? "")
        let relations = try XMLTree.parse(parts["xl/_rels/workbook.xml.rels"] ?? "")
        var targets: [String: String] = [:]
        for relation in relations.all("Relationship") {
            targets[relation.attributes["Id"] ?? ""] = relation.attributes["Target"]
        }
        let strings = try XMLTree.parse(parts["xl/sharedStrings.xml"] ?? "<sst/>")
        sharedStrings = strings.all("si").map { $0.all("t").map(\.text).joined() }

        sheetNames = []
        sheets = [:]
        for sheet in workbook.all("sheet") {
            let name = sheet.attributes["name"] ?? ""
            sheetNames.append(name)
            let target = targets[sheet.attributes["r:id"] ?? ""] ?? ""
            let path = "xl/" + target
            let xml = parts[path] ?? ""
            let fileName = (path as NSString).lastPathComponent
            let rels = parts["xl/worksheets/_rels/\(fileName).rels"]
            sheets[name] = try SheetXML(xml: xml, relations: rels, sharedStrings: sharedStrings)
        }

        let core = try XMLTree.parse(parts["docProps/core.xml"] ?? "<x/>")
        var properties: [String: String] = [:]
        for child in core.children.first?.children ?? [] { properties[child.name] = child.text }
        coreProperties = properties
    }
}

/// One worksheet's XML, with its cells by reference (`B7`).
struct SheetXML {
    struct Cell {
        var reference: String
        /// `t`: `s` shared string, `str` formula string, `inlineStr`, nil for a number.
        var type: String?
        var value: String?
        var formula: String?
    }

    var xml: String
    var tree: XMLTree
    var cells: [String: Cell]
    var sharedStrings: [String]
    /// Targets of external hyperlinks by relationship id.
    var hyperlinkTargets: [String: String]

    init(xml: String, relations: String?, sharedStrings: [String]) throws {
        self.xml = xml
        self.sharedStrings = sharedStrings
        tree = try XMLTree.parse(xml)
        var cells: [String: Cell] = [:]
        for cell in tree.all("c") {
            let reference = cell.attributes["r"] ?? ""
            let inline = cell.first("is")?.all("t").map(\.text).joined()
            cells[reference] = Cell(
                reference: reference, type: cell.attributes["t"],
                value: inline ?? cell.first("v")?.text, formula: cell.first("f")?.text)
        }
        self.cells = cells
        var targets: [String: String] = [:]
        if let relations {
            for relation in try XMLTree.parse(relations).all("Relationship") {
                targets[relation.attributes["Id"] ?? ""] = relation.attributes["Target"]
            }
        }
        hyperlinkTargets = targets
    }

    /// The text or number a spreadsheet would show (shared strings resolved).
    func text(_ reference: String) -> String? {
        guard let cell = cells[reference] else { return nil }
        if cell.type == "s", let index = cell.value.flatMap(Int.init), sharedStrings.indices.contains(index) {
            return sharedStrings[index]
        }
        return cell.value
    }

    /// The index of a cell's format in styles.xml's `cellXfs` (0 when unstyled).
    func style(_ reference: String) -> Int {
        Int(tree.all("c").first { $0.attributes["r"] == reference }?.attributes["s"] ?? "0") ?? 0
    }

    /// The cells of one row, by column letter order, as text.
    func row(_ number: Int, columns: Int) -> [String] {
        (0..<columns).map { text("\(columnLetters($0))\(number)") ?? "" }
    }

    /// The URL of the hyperlink on a cell, if any.
    func hyperlink(_ reference: String) -> String? {
        guard let link = tree.all("hyperlink").first(where: { $0.attributes["ref"] == reference }),
              let id = link.attributes["r:id"] else { return nil }
        return hyperlinkTargets[id]
    }

    func columnLetters(_ index: Int) -> String {
        var index = index
        var letters: [Character] = []
        repeat {
            letters.append(Character(UnicodeScalar(UInt8(65 + index % 26))))
            index = index / 26 - 1
        } while index >= 0
        return String(letters.reversed())
    }
}

/// A minimal element tree over Foundation's XMLParser.
final class XMLTree {
    let name: String
    let attributes: [String: String]
    var children: [XMLTree] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every descendant named `name` (local name or prefixed), in document order.
    func all(_ name: String) -> [XMLTree] {
        var found: [XMLTree] = []
        for child in children {
            if child.name == name || child.name.hasSuffix(":" + name) { found.append(child) }
            found += child.all(name)
        }
        return found
    }

    func first(_ name: String) -> XMLTree? { all(name).first }

    static func parse(_ xml: String) throws -> XMLTree {
        let builder = Builder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = builder
        guard parser.parse() else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: parser.parserError.map(String.init(describing:)) ?? "bad XML"])
        }
        return builder.root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        let root = XMLTree(name: "#document", attributes: [:])
        private var stack: [XMLTree] = []

        override init() {
            super.init()
            stack = [root]
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = XMLTree(name: name, attributes: attributes)
            stack.last?.children.append(element)
            stack.append(element)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }
    }
}
