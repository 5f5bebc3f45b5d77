#!/usr/bin/env python3
"""Generates the same corpus twice: as a kyr project and as a Hugo site.

    generate.py ROOT GUIDES LANGUAGES      (writes ROOT/kyr and ROOT/hugo)

Each guide has a title, a summary, 4 sections of 5 units (step, say, warning, right, tip) with
inline markup, links and a phone variable, a 4-line wallet card, 2 sources and a review date, in
the source language and LANGUAGES - 1 translations, all stamped as current. The Hugo site holds
the same guides as multilingual content (one content folder per language, the units in front
matter) with layouts that render what kyr's bundled templates render: the language switcher and
hreflang alternates from the page's translations, the sections and units (inline markup through
markdownify, the phone variable replaced), the card, the sources and the review line.
"""
import os
import re
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpus_common import fingerprint, q  # noqa: E402

LANGS = ["en", "es", "pl", "zh-Hans", "ar", "tl", "ko", "uk", "hi", "ru", "fr", "vi"]
KINDS = ["step", "say", "warning", "right", "tip"]
SENTENCES = [
    "Do **not** open the door. Talk to the agents through the closed door.",
    "Ask them to slide a warrant signed by a judge under the door, not a Form I-205.",
    "Call {hotline} if agents are in your neighborhood; the line answers in many languages.",
    "You have the right to remain silent. Say it out loud: *I will remain silent*.",
    "Since May 12, 2025, ICE claims an I-205 lets officers force entry in some cases.",
    "Write down the agency, names and badge numbers, and the time (for example 6 a.m.).",
    "Keep copies of important papers with someone you trust.",
    "Read more at [the court's page](https://www.justice.gov/eoir) before your hearing.",
]
PHONE = "1-855-435-7693"






def translate(text, lang):
    """A stand-in translation: every plain word altered, markup, links and variables kept."""
    if lang == "en":
        return text
    out = []
    for token in re.split(r"(\{[a-z0-9-]+\}|\]\([^)]*\))", text):
        if token.startswith("{") or token.startswith("]("):
            out.append(token)
        else:
            out.append(re.sub(r"\b([A-Za-z]{4,})\b", lambda m: m.group(1) + "-" + lang, token))
    return "".join(out)


def guide(g):
    """The guide's units as (key, text, kind) in reading order."""
    units = [("title", f"Guide {g}: what to do when agents come", None),
             ("summary", SENTENCES[g % 8] + " Call {hotline}.", None)]
    for s in range(4):
        units.append((f"section-{s}.title", f"Part {s + 1} of guide {g}", None))
        for u in range(5):
            units.append((f"section-{s}.unit-{u}", SENTENCES[(g + s * 5 + u) % 8], KINDS[u]))
    for c in range(4):
        units.append((f"card.line-{c}", "Call {hotline}." if c == 3 else SENTENCES[(g + c) % 8].split(". ")[0] + ".", None))
    return units


def strings_units(text):
    """The source strings by key, folded values (`>-`) joined as YAML folds them."""
    units, key, folded = {}, None, []
    for line in text.splitlines():
        match = re.match(r"^  ([a-z-]+): ?(.*)$", line)
        if match:
            key, value = match.groups()
            units[key] = "" if value == ">-" else value
        elif key and line.startswith("    "):
            units[key] = (units[key] + " " + line.strip()).strip()
    return units


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def kyr_project(root, guides, langs, strings_en):
    content = os.path.join(root, "Content")
    write(os.path.join(content, "site.yaml"),
          "source-language: en\nlanguages:\n" + "".join(f"  - {l}\n" for l in langs[1:])
          + "organization:\n  name: Benchmark Network\nbase-url: https://kyr.example.org/\n"
          + f"variables:\n  hotline:\n    phone: {PHONE}\n")
    write(os.path.join(content, "strings/en.yaml"), strings_en)
    sources = strings_units(strings_en)
    for lang in langs[1:]:
        write(os.path.join(content, f"strings/{lang}.yaml"),
              "state: translated\nunits:\n" + "".join(f"  {k}: {q(lang + ' ' + k)}\n" for k in sources)
              + "translated-from:\n" + "".join(f"  {k}: {fingerprint(t)}\n" for k, t in sources.items()))
    for g in range(guides):
        units = guide(g)
        text = {key: t for key, t, _ in units}
        lines = [f"title: {q(text['title'])}\nsummary: {q(text['summary'])}\n",
                 "legal-review:\n  date: 2026-11-01\n  interval-days: 180\nsections:\n"]
        for s in range(4):
            lines.append(f"  - id: section-{s}\n    title: {q(text[f'section-{s}.title'])}\n    units:\n")
            for u in range(5):
                lines.append(f"      - id: unit-{u}\n        kind: {KINDS[u]}\n        text: {q(text[f'section-{s}.unit-{u}'])}\n")
        lines.append("card:\n" + "".join(f"  - id: line-{c}\n    text: {q(text[f'card.line-{c}'])}\n" for c in range(4)))
        lines.append("sources:\n  - title: Example source\n    url: https://example.org/source\n"
                     "  - title: Another source\n    url: https://example.org/other\n")
        write(os.path.join(content, f"guides/guide-{g}/en.yaml"), "".join(lines))
        for lang in langs[1:]:
            write(os.path.join(content, f"guides/guide-{g}/{lang}.yaml"),
                  "state: translated\nunits:\n" + "".join(f"  {k}: {q(translate(t, lang))}\n" for k, t, _ in units)
                  + "translated-from:\n" + "".join(f"  {k}: {fingerprint(t)}\n" for k, t, _ in units))


HUGO_CONFIG = """baseURL = "https://kyr.example.org/"
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = true
uglyURLs = true
relativeURLs = true
disableKinds = ["taxonomy", "term", "RSS"]
[params]
organization = "Benchmark Network"
phone = "{phone}"
[languages]
{languages}
"""

SINGLE = """<!DOCTYPE html>
<html lang="{{ .Language.Lang }}" dir="{{ .Language.LanguageDirection | default "ltr" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'">
<title>{{ .Title }} – {{ site.Params.organization }}</title>
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="site"><p class="brand"><a href="{{ site.Home.RelPermalink }}">{{ site.Params.organization }}</a></p>
<nav class="languages" aria-label="Languages"><ul>
{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>
{{ end }}</ul></nav>
</header>
<main id="main"><article>
{{ $tel := printf "<a href=\\"tel:%s\\" class=\\"phone\\"><bdi dir=\\"ltr\\">%s</bdi></a>" (replace site.Params.phone "-" "") site.Params.phone }}
<h1>{{ .Title }}</h1>
<p class="summary">{{ replace (.Params.summary | markdownify) "{hotline}" $tel | safeHTML }}</p>
<div class="review"><p>Last checked on <time datetime="{{ .Params.reviewed }}">{{ .Params.reviewed }}</time></p><p class="disclaimer">This is general information, not legal advice.</p></div>
<nav class="toc" aria-labelledby="toc-heading"><h2 id="toc-heading">On this page</h2><ol>
{{ range .Params.sections }}<li><a href="#section-{{ .id }}">{{ .title }}</a></li>
{{ end }}</ol></nav>
{{ range .Params.sections }}<section class="content" id="section-{{ .id }}"><h2>{{ .title | markdownify }}</h2>
{{ range .units }}<div class="unit unit-{{ .kind }}"><p class="label">{{ .kind }}</p><p class="text">{{ replace (.text | markdownify) "{hotline}" $tel | safeHTML }}</p></div>
{{ end }}</section>
{{ end }}<section class="card"><h2>Know your rights</h2><ul>
{{ range .Params.card }}<li>{{ replace (. | markdownify) "{hotline}" $tel | safeHTML }}</li>
{{ end }}</ul></section>
<section class="sources"><h2>Sources</h2><ul>
{{ range .Params.sources }}<li><a href="{{ .url }}">{{ .title }}</a></li>
{{ end }}</ul></section>
</article></main>
<footer class="site"><p>This is general information, not legal advice.</p></footer>
</body>
</html>
"""

LIST = """<!DOCTYPE html>
<html lang="{{ .Language.Lang }}" dir="{{ .Language.LanguageDirection | default "ltr" }}">
<head><meta charset="utf-8"><title>{{ .Title }} – {{ site.Params.organization }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
<body><main id="main"><h1>{{ .Title }}</h1><ul class="guides">
{{ range .RegularPagesRecursive }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Params.summary | markdownify }}</p></li>
{{ end }}</ul></main></body></html>
"""


def hugo_site(root, guides, langs):
    languages = []
    for weight, lang in enumerate(langs, 1):
        direction = "rtl" if lang == "ar" else "ltr"
        languages.append(f'[languages.{lang}]\ncontentDir = "content/{lang}"\nweight = {weight}\n'
                         f'languageName = "{lang}"\nlanguageDirection = "{direction}"\ntitle = "Guides"\n')
    write(os.path.join(root, "hugo.toml"), HUGO_CONFIG.format(phone=PHONE, languages="\n".join(languages)))
    write(os.path.join(root, "layouts/_default/single.html"), SINGLE)
    write(os.path.join(root, "layouts/_default/list.html"), LIST)
    write(os.path.join(root, "layouts/index.html"), LIST)
    write(os.path.join(root, "static/style.css"), open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../Sources/KYRRender/Templates/html/style.css")).read())
    for lang in langs:
        write(os.path.join(root, f"content/{lang}/guides/_index.md"), "---\ntitle: Guides\n---\n")
        for g in range(guides):
            units = guide(g)
            text = {key: translate(t, lang) for key, t, _ in units}
            lines = ["---\n", f"title: {q(text['title'])}\n", f"summary: {q(text['summary'])}\n",
                     "reviewed: 2026-11-01\n", "sections:\n"]
            for s in range(4):
                lines.append(f"  - id: section-{s}\n    title: {q(text[f'section-{s}.title'])}\n    units:\n")
                for u in range(5):
                    lines.append(f"      - kind: {KINDS[u]}\n        text: {q(text[f'section-{s}.unit-{u}'])}\n")
            lines.append("card:\n" + "".join(f"  - {q(text[f'card.line-{c}'])}\n" for c in range(4)))
            lines.append("sources:\n  - title: Example source\n    url: https://example.org/source\n"
                         "  - title: Another source\n    url: https://example.org/other\n---\n")
            write(os.path.join(root, f"content/{lang}/guides/guide-{g}.md"), "".join(lines))


def main(root, guides, languages):
    langs = LANGS[:languages]
    here = os.path.dirname(os.path.abspath(__file__))
    strings_en = open(os.path.join(here, "../../Sources/KYRLoad/Strings/en.yaml"), encoding="utf-8").read()
    kyr_project(os.path.join(root, "kyr"), guides, langs, strings_en)
    hugo_site(os.path.join(root, "hugo"), guides, langs)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1000, int(sys.argv[3]) if len(sys.argv) > 3 else 10)
