import Foundation
import KYRExchange
import KYRModel

/// `kyr translate export`: one language's units as XLIFF 2.0 or PO, rendered from the model.
/// Reads only; the file is checked before it is handed out (an XLIFF export is read back through
/// the same reader, schema and processing requirements as an import).
package enum Exporting {
    package struct Request: Sendable {
        package var language: LanguageTag
        package var format: ExchangeFormat
        package var only: Set<ExchangeUnit.Status>
        package var today: ContentDate

        package init(
            language: LanguageTag, format: ExchangeFormat,
            only: Set<ExchangeUnit.Status> = Set(ExchangeUnit.Status.allCases), today: ContentDate
        ) {
            self.language = language
            self.format = format
            self.only = only
            self.today = today
        }
    }

    package struct Result: Sendable {
        /// The file's text (empty when no unit matched).
        package var text: String
        package var units: Int
        package var documents: Int
        /// Errors in the content: the export still ran; `kyr check` shows them.
        package var contentErrors: Int
    }

    package enum Failure: KYRError, Equatable {
        case unlistedLanguage(LanguageTag)
        /// kyr wrote a file its own reader refuses: a bug, reported rather than handed out.
        case invalidExport(String)

        package var exitStatus: Int32 { 2 }

        package var description: String {
            switch self {
            case .unlistedLanguage(let language): "'\(language)' is not among the languages of site.yaml"
            case .invalidExport(let problem): "kyr wrote an XLIFF file it cannot read back (a bug in kyr): \(problem)"
            }
        }
    }

    package static func export(_ layout: ProjectLayout, _ request: Request) throws -> Result {
        let checked = try CheckedProject.load(layout, today: request.today)
        guard checked.listedLanguages.contains(request.language) else {
            throw Failure.unlistedLanguage(request.language)
        }
        let content = checked.content
        let catalog = ExchangeCatalog(
            content: content, layout: layout, language: request.language, only: request.only,
            cardBudgets: cardBudgets(content, today: request.today))
        var result = Result(
            text: "", units: catalog.unitCount, documents: catalog.documents.count,
            contentErrors: checked.diagnostics.count(of: .error))
        guard catalog.unitCount > 0 else { return result }
        switch request.format {
        case .xliff:
            result.text = XLIFFWriter.write(catalog)
            do {
                _ = try XLIFFReader.read(Array(result.text.utf8), file: "export")
            } catch {
                throw Failure.invalidExport(error.description)
            }
        case .po:
            let project = content.site?.organizationName ?? "kyr"
            result.text = POWriter.write(catalog, project: project, day: request.today)
        }
        return result
    }

    /// For each guide's wallet-card lines, about how long a translation may be: the card's front
    /// laid out in the source language at the smallest size, as print does, and the room left
    /// shared out in proportion to each line.
    static func cardBudgets(_ content: ContentSet, today: ContentDate) -> [DocumentRef: [String: CardBudget]] {
        let localizer = Localizer(content: content)
        guard content.guides.contains(where: { !$0.card.isEmpty }),
            let publication = try? Publication(
                localizer: localizer, languages: [localizer.sourceLanguage], today: today)
        else { return [:] }
        let measurer = CheckedProject.printMeasurer()
        var budgets: [DocumentRef: [String: CardBudget]] = [:]
        for guide in content.guides where !guide.card.isEmpty {
            guard
                let front = measurer.card(guide, in: localizer.sourceLanguage, publication: publication).first(where: {
                    $0.side == .front
                }), front.needed > 0
            else { continue }
            let ratio = front.available / front.needed
            let fill = Int((front.needed / front.available * 100).rounded())
            for line in guide.card {
                let characters = line.text.raw.count
                budgets[guide.ref, default: [:]][UnitKey.card(line)] = CardBudget(
                    englishCharacters: characters, characters: max(characters, Int(Double(characters) * ratio)),
                    englishFill: fill)
            }
        }
        return budgets
    }
}

/// The formats and unit states of the exchange, as the command line names them.
package typealias ExchangeFormat = KYRExchange.ExchangeFormat
package typealias ExchangeUnit = KYRExchange.ExchangeUnit
