import Foundation
import KYRCheck
import KYRModel
import KYRTestSupport
import Testing

/// `unmarked-agent-line`: words for the agent outside a `say` unit get no English beside them.
@Suite struct AgentLineRuleTests {
    func found(card lines: [String]) throws -> [String] {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let path = "Content/guides/at-home/en.yaml"
        let text = try project.read(path)
        let card = "card:\n" + lines.map { "  " + $0 + "\n" }.joined()
        let start = text.range(of: "card:\n")!.lowerBound
        let end = text.range(of: "sources:\n")!.lowerBound
        try project.write(path, text.replacingCharacters(in: start..<end, with: card))
        return try Checking.lines(project.path).filter { $0.hasSuffix("[unmarked-agent-line]") }
    }

    @Test func quotedWordsAndTheReadersOwnVoiceOutsideSayAreReported() throws {
        let found = try found(card: [
            "- id: forced",  // line 19
            "  text: \"If agents force their way in, do not resist. Say: I do not consent.\"",  // 20
            "- id: passengers",
            "  text: \"Passengers: Am I free to leave?\"",  // 22
            "- id: own-voice",
            "  text: I will remain silent.",  // 24
            "- id: quoted-ask",
            "  text: 'Ask: \"Are you local police or immigration?\"'",  // 26
        ])
        let lines = found.map { $0.split(separator: ":").dropFirst().first.map(String.init) }
        #expect(lines == ["20", "22", "24", "26"])
        #expect(
            found[0].contains("'card.forced' speaks to the agent (\"Say: I do not consent.\") but is a 'text' unit"))
        #expect(found[1].contains("(\"Passengers: Am I free to leave?\")"))
    }

    @Test func instructionsAndSayUnitsAreNotReported() throws {
        let found = try found(card: [
            "- id: ask",
            "  text: Ask whether they are local police or immigration.",
            "- id: yes",
            "  text: If they say yes, walk away calmly. Do not run.",
            "- id: police-word",
            "  text: Immigration agents often say they are \"police.\"",
            "- id: again",
            "  text: If agents force their way in, do not resist. Say again that you do not agree.",
            "- id: salute",
            "  text: \"**Size**: how many agents and how many vehicles?\"",
            "- id: free",
            "  kind: say",
            "  text: Am I free to leave?",
            "- id: silent",
            "  kind: say",
            "  text: I will remain silent.",
        ])
        #expect(found == [])
    }

    @Test func aMessageMayQuoteItsPhrases() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let path = "Content/guides/at-home/en.yaml"
        try project.write(
            path,
            try project.read(path).replacingOccurrences(
                of: "agencies: [ice]", with: "message: 'Ask: \"Am I free to leave?\"'\nagencies: [ice]"))
        #expect(try Checking.lines(project.path).filter { $0.hasSuffix("[unmarked-agent-line]") } == [])
    }
}
