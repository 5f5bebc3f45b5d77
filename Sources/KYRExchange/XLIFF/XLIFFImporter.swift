import Foundation
import KYRModel

/// An XLIFF 2.0 file brought back by a translator, read into neutral units: read safely and
/// checked (`XLIFFReader`), then each unit's source and target put back together as kyr markup,
/// text escaped and each inline code replaced by its original data. A tool may have split a
/// unit into several segments; its parts are joined again (targets in their `order`).
package enum XLIFFImporter {
    package static func read(_ bytes: [UInt8], file: String) throws(RefusedFile) -> ImportedFile {
        let root = try XLIFFReader.read(bytes, file: file)
        guard let language = root["trgLang"] else {
            throw RefusedFile(
                file: file, line: root.line, message: "the file declares no trgLang, so it holds no translation")
        }
        var imported = ImportedFile(format: .xliff, language: language, sourceLanguage: root["srcLang"], units: [])
        for element in root.elements("file", in: XLIFFNamespace.core) {
            let id = element["id"] ?? ""
            guard let document = ExchangeDocument.ref(exchangeID: id) else {
                imported.refused.append(
                    ImportRefusal(
                        name: "file '\(id)'", line: element.line,
                        reason: "kyr names its files guides:<id>, agencies:<id> or strings; this one is not kyr's"))
                continue
            }
            for unit in units(in: element) {
                switch importUnit(unit, document: document) {
                case .success(let read): imported.units.append(read)
                case .failure(let refusal): imported.refused.append(refusal)
                }
            }
        }
        return imported
    }

    /// The units of a file, in order, however a tool grouped them.
    private static func units(in file: XMLElement) -> [XMLElement] {
        var out: [XMLElement] = []
        var stack = Array(file.elements.reversed())
        while let element = stack.popLast() {
            guard element.namespace == XLIFFNamespace.core else { continue }
            if element.name == "unit" { out.append(element) }
            if element.name == "group" { stack += element.elements.reversed() }
        }
        return out
    }

    private static func importUnit(_ unit: XMLElement, document: DocumentRef) -> Result<ImportedUnit, ImportRefusal> {
        let key = unit["id"] ?? ""
        let name = document.path + ":" + key
        guard Slug.isValidKey(key) else {
            return .failure(ImportRefusal(name: name, line: unit.line, reason: "'\(key)' is not a kyr unit key"))
        }
        let core = XLIFFNamespace.core
        var data: [String: String] = [:]
        for element in unit.element("originalData", in: core)?.elements("data", in: core) ?? [] {
            data[element["id"] ?? ""] = element.text
        }
        let parts = unit.elements.filter { $0.namespace == core && ($0.name == "segment" || $0.name == "ignorable") }
        var source = ""
        var targets: [(order: Int, text: String)] = []
        var segmentsWithoutTarget = 0
        var states: [String] = []
        do {
            for (index, part) in parts.enumerated() {
                if let element = part.element("source", in: core) { source += try markup(element, data: data) }
                if let target = part.element("target", in: core) {
                    targets.append((Int(target["order"] ?? "") ?? index + 1, try markup(target, data: data)))
                } else if part.name == "segment" {
                    segmentsWithoutTarget += 1
                }
                if part.name == "segment" {
                    states.append(
                        part["state"] == "translated" && part["subState"] == XLIFFWriter.draftSubState
                            ? "draft" : part["state"] ?? "initial")
                }
            }
        } catch {
            return .failure(ImportRefusal(name: name, line: unit.line, reason: error.message))
        }
        let target = targets.sorted { $0.order < $1.order }.map(\.text).joined()
        let hasTarget = segmentsWithoutTarget == 0 && !target.allSatisfy(\.isWhitespace)
        // The least finished segment decides: initial < draft < translated < reviewed (final counts as reviewed).
        let ranking = ["initial": 0, "draft": 1, "translated": 2, "reviewed": 3, "final": 3]
        let least = states.min { (ranking[$0] ?? 0) < (ranking[$1] ?? 0) } ?? "initial"
        let state: TranslationState? =
            switch least {
            case "draft": .draft
            case "translated": .translated
            case "reviewed", "final": .reviewed
            default: nil
            }
        return .success(
            ImportedUnit(
                document: document, key: key, source: source, target: hasTarget ? target : nil,
                isFinished: state != nil, state: state, exportedTarget: exportedTarget(of: unit), line: unit.line))
    }

    /// kyr's record of the translation as exported: `<mda:meta type="exported-target">`.
    private static func exportedTarget(of unit: XMLElement) -> String? {
        for metadata in unit.elements("metadata", in: XLIFFNamespace.metadata) {
            for group in metadata.elements("metaGroup", in: XLIFFNamespace.metadata)
            where group["category"] == XLIFFWriter.metadataCategory {
                for meta in group.elements("meta", in: XLIFFNamespace.metadata)
                where meta["type"] == XLIFFWriter.exportedTargetType {
                    return meta.text.trimmingCharacters(in: .whitespacesAndNewlines)
                }
            }
        }
        return nil
    }

    /// Why a source or target cannot be put back together as kyr markup.
    struct MarkupProblem: Error {
        var message: String
    }

    /// A source or target as kyr markup: text escaped, each code replaced by its original data,
    /// annotations (`mrk`, `sm`, `em`) dropped around their content, `cp` as its character.
    static func markup(_ content: XMLElement, data: [String: String]) throws(MarkupProblem) -> String {
        var out = ""
        var stack: [(children: [XMLElement.Child], next: Int, end: String)] = [(content.children, 0, "")]
        while let top = stack.last {
            guard top.next < top.children.count else {
                stack.removeLast()
                out += top.end
                continue
            }
            stack[stack.count - 1].next += 1
            switch top.children[top.next] {
            case .text(let text):
                out += MarkedText.escaped(text)
            case .element(let element):
                guard element.namespace == XLIFFNamespace.core else { continue }
                switch element.name {
                case "pc":
                    guard let start = element["dataRefStart"].flatMap({ data[$0] }),
                        let end = element["dataRefEnd"].flatMap({ data[$0] })
                    else {
                        throw MarkupProblem(
                            message:
                                "a code (pc '\(element["id"] ?? "")') without kyr's original data: a tool added markup kyr cannot map"
                        )
                    }
                    out += start
                    stack.append((element.children, 0, end))
                case "ph", "sc", "ec":
                    guard let value = element["dataRef"].flatMap({ data[$0] }) else {
                        throw MarkupProblem(
                            message:
                                "a code (\(element.name) '\(element["id"] ?? element["startRef"] ?? "")') without kyr's original data: a tool added markup kyr cannot map"
                        )
                    }
                    out += value
                case "mrk":
                    stack.append((element.children, 0, ""))
                case "cp":
                    if let value = UInt32(element["hex"] ?? "", radix: 16), let scalar = Unicode.Scalar(value) {
                        out.unicodeScalars.append(scalar)
                    }
                default:
                    break  // sm and em mark a span without content of their own
                }
            }
        }
        return out
    }
}
