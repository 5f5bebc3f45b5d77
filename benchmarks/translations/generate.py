#!/usr/bin/env python3
"""Generates a kyr project of N guides x M languages (plus matching PO files for the peer tool).

Every guide has 4 sections of 5 units and a 4-unit wallet card, with markup, placeholders,
phone numbers, form numbers and dates, so every check has work to do. Translations are stamped
(fingerprints computed as kyr does: FNV-1a 64 of whitespace-normalised text) and one unit in
fifty is left outdated, one in a hundred missing, so outdated and missing paths run too.
"""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpus_common import fingerprint, q  # noqa: E402

LANGS = ["es", "pl", "zh-Hans", "ar", "tl", "ko", "uk", "hi", "ru", "fr", "pt", "vi", "ur", "gu", "pa", "ht", "ja", "de", "it", "fa"]



SENTENCES = [
    "Do **not** open the door. Talk to the agents through the closed door.",
    "Ask them to slide a warrant signed by a judge under the door, not a Form I-205.",
    "Call {hotline} if agents are in your neighborhood; the line answers in many languages.",
    "You have the right to remain silent. Say it out loud: *I will remain silent*.",
    "Since May 12, 2025, ICE claims an I-205 lets officers force entry in some cases.",
    "Write down the agency, names and badge numbers, and the time (for example 6 a.m.).",
    "Keep copies of important papers with someone you trust, within 1,000 feet of home if possible.",
    "Read more at [the court's page](https://www.justice.gov/eoir) before your hearing.",
]

def guide_units(g):
    units = [("title", f"Guide number {g}: what to do when agents come"), ("summary", SENTENCES[g % 8] + " Call {hotline}.")]
    for s in range(4):
        units.append((f"section-{s}.title", f"Part {s + 1} of guide {g}"))
        for u in range(5):
            units.append((f"section-{s}.unit-{u}", SENTENCES[(g + s * 5 + u) % 8]))
    for c in range(4):
        units.append((f"card.line-{c}", "Call {hotline}." if c == 3 else SENTENCES[(g + c) % 8].split(". ")[0] + "."))
    return units

def translate(text, lang):
    # Alter every plain word so nothing is identical to the source, keeping markup, numbers and placeholders.
    out = []
    for token in re.split(r"(\{[a-z0-9-]+\}|\]\([^)]*\)|https?://\S+)", text):
        if token.startswith("{") or token.startswith("](") or token.startswith("http"):
            out.append(token)
        else:
            out.append(re.sub(r"\b([A-Za-z]{3,})\b", lambda m: m.group(1) + "o" if m.group(1) not in ("ICE", "Form") else m.group(1), token))
    return "".join(out)

def main(root, guides, languages):
    langs = LANGS[:languages]
    content = os.path.join(root, "Content")
    os.makedirs(os.path.join(content, "strings"), exist_ok=True)
    with open(os.path.join(content, "site.yaml"), "w") as f:
        f.write("source-language: en\nlanguages:\n" + "".join(f"  - {l}\n" for l in langs))
        f.write("organization:\n  name: Benchmark Network\nbase-url: https://kyr.example.org/\nvariables:\n  hotline:\n    phone: 1-855-435-7693\n")
    strings = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../Sources/KYRLoad/Strings/en.yaml")).read()
    with open(os.path.join(content, "strings/en.yaml"), "w") as f:
        f.write(strings)
    keys = re.findall(r"^  ([a-z-]+):", strings, re.M)
    for lang in langs:
        with open(os.path.join(content, f"strings/{lang}.yaml"), "w") as f:
            f.write("state: draft\nunits:\n" + "".join(f"  {k}: {q(lang + ' ' + k)}\n" for k in keys))
    po_root = os.path.join(root, "po")
    total_units = 0
    for g in range(guides):
        folder = os.path.join(content, "guides", f"guide-{g}")
        os.makedirs(folder, exist_ok=True)
        units = guide_units(g)
        with open(os.path.join(folder, "en.yaml"), "w") as f:
            f.write(f"title: {q(units[0][1])}\nsummary: {q(units[1][1])}\nlegal-review:\n  date: 2026-11-01\n  interval-days: 180\nsections:\n")
            for s in range(4):
                f.write(f"  - id: section-{s}\n    title: {q(units[2 + s * 6][1])}\n    units:\n")
                for u in range(5):
                    f.write(f"      - id: unit-{u}\n        kind: step\n        text: {q(units[3 + s * 6 + u][1])}\n")
            f.write("card:\n" + "".join(f"  - id: line-{c}\n    text: {q(units[26 + c][1])}\n" for c in range(4)))
            f.write("sources:\n  - title: Example source\n    url: https://example.org/source\n")
        for li, lang in enumerate(langs):
            lines, stamps, po = [], [], ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ' + lang + '\\n"\n']
            for i, (key, text) in enumerate(units):
                n = g * 1000 + li * 31 + i
                if n % 100 == 7:
                    continue  # missing
                lines.append(f"  {key}: {q(translate(text, lang))}\n")
                source = text if n % 50 != 3 else text + " (old wording)"  # outdated
                stamps.append(f"  {key}: {fingerprint(source)}\n")
                po.append(f"\nmsgctxt {q(key)}\nmsgid {q(text)}\nmsgstr {q(translate(text, lang))}\n")
                total_units += 1
            with open(os.path.join(folder, f"{lang}.yaml"), "w") as f:
                f.write("state: draft\nunits:\n" + "".join(lines) + "translated-from:\n" + "".join(stamps))
            os.makedirs(os.path.join(po_root, lang), exist_ok=True)
            with open(os.path.join(po_root, lang, f"guide-{g}.po"), "w") as f:
                f.write("".join(po))
    print(f"{guides} guides x {len(langs)} languages: {total_units} translated units", file=sys.stderr)

if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200, int(sys.argv[3]) if len(sys.argv) > 3 else 20)
