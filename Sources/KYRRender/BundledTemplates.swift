// Generated from Templates/html/ by `KYR_RECORD=1 swift test --filter BundledTemplatesTests`.
// Do not edit: edit the templates, then regenerate. Embedded so `kyr build` works from any folder.

/// The default templates and stylesheet, by file name.
enum BundledTemplates {
    static let files: [String: String] = [
        "agencies.mustache": #"""
<!DOCTYPE html>
<html lang="{{lang}}" dir="{{dir}}">
{{> head}}
<body>
{{> header}}
<main id="main">
<h1>{{{strings.identifyTheAgency}}}</h1>
{{#agencies}}
<section class="agency" id="agency-{{id}}" aria-labelledby="agency-heading-{{id}}">
<h2 id="agency-heading-{{id}}"><a href="{{href}}" hreflang="{{hreflang}}"{{{name.langAttributes}}}>{{name.plain}}{{#hasShortName}} ({{shortName.plain}}){{/hasShortName}}</a></h2>
<p{{{summary.langAttributes}}}>{{{summary.html}}}</p>
<ul class="cues">
{{#cues}}
<li{{{text.langAttributes}}}>{{{text.html}}}{{#hasBasis}} <span class="basis basis-{{basis}}">({{{basisLabel}}})</span>{{/hasBasis}}</li>
{{/cues}}
</ul>
</section>
{{/agencies}}
</main>
{{> footer}}
</body>
</html>

"""#,
        "agency.mustache": #"""
<!DOCTYPE html>
<html lang="{{lang}}" dir="{{dir}}">
{{> head}}
<body>
{{> header}}
<main id="main">
<article>
<h1><span{{{agency.name.langAttributes}}}>{{{agency.name.html}}}</span>{{#agency.hasShortName}} <span class="short-name"{{{agency.shortName.langAttributes}}}>({{{agency.shortName.html}}})</span>{{/agency.hasShortName}}</h1>
<p class="summary"{{{agency.summary.langAttributes}}}>{{{agency.summary.html}}}</p>
{{> notices}}
{{> review}}
{{#agency.sections}}
{{> section}}
{{/agency.sections}}
{{#agency}}
{{> sources}}
{{/agency}}
<p><a href="{{agenciesHref}}">{{{strings.identifyTheAgency}}}</a></p>
</article>
</main>
{{> footer}}
</body>
</html>

"""#,
        "footer.mustache": #"""
<footer class="site">
<p>{{{strings.notLegalAdvice}}}</p>
{{#hasHotline}}
<p>{{{strings.hotline}}}: {{{hotline}}}</p>
{{/hasHotline}}
<p>{{#organization.hasURL}}<a href="{{organization.url}}">{{organization.name}}</a>{{/organization.hasURL}}{{^organization.hasURL}}{{organization.name}}{{/organization.hasURL}}</p>
<ul class="footer-links">
<li><a href="{{home}}">{{{strings.guides}}}</a></li>
<li><a href="{{agenciesHref}}">{{{strings.identifyTheAgency}}}</a></li>
<li><a href="{{start}}">{{{strings.languages}}}</a></li>
{{#hasTranslationStatus}}
<li><a href="{{translationStatusHref}}">{{{strings.translationStatus}}}</a></li>
{{/hasTranslationStatus}}
</ul>
</footer>

"""#,
        "guide.mustache": #"""
<!DOCTYPE html>
<html lang="{{lang}}" dir="{{dir}}">
{{> head}}
<body>
{{> header}}
<main id="main">
<article>
<h1{{{guide.title.langAttributes}}}>{{{guide.title.html}}}</h1>
<p class="summary"{{{guide.summary.langAttributes}}}>{{{guide.summary.html}}}</p>
{{> notices}}
{{> review}}
<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">{{{strings.onThisPage}}}</h2>
<ol>
{{#guide.sections}}
<li><a href="#section-{{id}}"{{{title.langAttributes}}}>{{title.plain}}</a></li>
{{/guide.sections}}
</ol>
</nav>
{{#guide.sections}}
{{> section}}
{{/guide.sections}}
{{#guide.hasCard}}
<section class="card" aria-labelledby="card-heading">
<h2 id="card-heading">{{{strings.cardTitle}}}</h2>
<ul>
{{#guide.card}}
<li{{{text.langAttributes}}}>{{{text.html}}}</li>
{{/guide.card}}
</ul>
</section>
{{/guide.hasCard}}
{{#guide.hasAgencies}}
<section class="related" aria-labelledby="agencies-heading">
<h2 id="agencies-heading">{{{strings.relatedAgencies}}}</h2>
<ul>
{{#guide.agencies}}
<li><a href="{{href}}" hreflang="{{hreflang}}"{{{langAttributes}}}>{{plain}}</a></li>
{{/guide.agencies}}
</ul>
<p><a href="{{agenciesHref}}">{{{strings.identifyTheAgency}}}</a></p>
</section>
{{/guide.hasAgencies}}
{{#guide}}
{{> sources}}
{{/guide}}
</article>
</main>
{{> footer}}
</body>
</html>

"""#,
        "head.mustache": #"""
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>{{title}}</title>
{{#hasCanonical}}
<link rel="canonical" href="{{canonical}}">
{{/hasCanonical}}
{{#alternates}}
<link rel="alternate" hreflang="{{hreflang}}" href="{{href}}">
{{/alternates}}
<link rel="stylesheet" href="{{stylesheet}}">
</head>

"""#,
        "header.mustache": #"""
<a class="skip" href="#main">{{{strings.skipToContent}}}</a>
<header class="site">
<p class="brand"><a href="{{home}}">{{organization.name}}</a></p>
{{> language-switcher}}
</header>

"""#,
        "index.mustache": #"""
<!DOCTYPE html>
<html lang="{{lang}}" dir="{{dir}}">
{{> head}}
<body>
{{> header}}
<main id="main">
<h1>{{{strings.guides}}}</h1>
<ul class="guides">
{{#guides}}
<li>
<h2><a href="{{href}}" hreflang="{{hreflang}}"{{{langAttributes}}}>{{plain}}</a></h2>
<p{{{summary.langAttributes}}}>{{{summary.html}}}</p>
</li>
{{/guides}}
</ul>
<h2>{{{strings.agencies}}}</h2>
<p><a href="{{agenciesHref}}">{{{strings.identifyTheAgency}}}</a></p>
</main>
{{> footer}}
</body>
</html>

"""#,
        "language-switcher.mustache": #"""
{{#hasLanguages}}
<nav class="languages" aria-label="{{stringsPlain.languages}}">
<ul>
{{#languages}}
<li><a href="{{href}}" hreflang="{{code}}" lang="{{code}}" dir="{{dir}}"{{#isCurrent}} aria-current="page"{{/isCurrent}}>{{name}}</a></li>
{{/languages}}
</ul>
</nav>
{{/hasLanguages}}

"""#,
        "not-found.mustache": #"""
<!DOCTYPE html>
<html lang="{{lang}}" dir="{{dir}}">
{{> head}}
<body>
<header class="site">
<p class="brand"><a href="{{root}}">{{organization.name}}</a></p>
</header>
<main id="main">
<h1>{{{strings.pageNotFound}}}</h1>
<ul class="choices">
{{#choices}}
<li><a href="{{href}}" hreflang="{{code}}" lang="{{code}}" dir="{{dir}}">{{name}}</a> <span class="prompt" lang="{{code}}" dir="{{dir}}">{{{back}}}</span></li>
{{/choices}}
</ul>
</main>
</body>
</html>

"""#,
        "notices.mustache": #"""
{{#hasNotices}}
<div class="notices">
{{#notices}}
<p class="notice notice-{{kind}}">{{{html}}} <a href="{{href}}" hreflang="{{hreflang}}">{{{linkHtml}}}</a></p>
{{/notices}}
</div>
{{/hasNotices}}

"""#,
        "review.mustache": #"""
<div class="review{{#review.isOverdue}} overdue{{/review.isOverdue}}">
{{#review.isReviewed}}
<p>{{{strings.reviewedOn}}} <time datetime="{{review.date.iso}}">{{review.date.text}}</time>{{#review.hasReviewer}} ({{review.reviewer}}){{/review.hasReviewer}}</p>
{{/review.isReviewed}}
{{^review.isReviewed}}
<p><strong>{{{strings.notReviewed}}}</strong> {{{strings.checkedOn}}} <time datetime="{{review.date.iso}}">{{review.date.text}}</time></p>
{{/review.isReviewed}}
<p>{{{strings.nextReview}}}: <time datetime="{{review.nextDate.iso}}">{{review.nextDate.text}}</time></p>
<p class="disclaimer">{{{strings.notLegalAdvice}}}</p>
</div>

"""#,
        "root.mustache": #"""
<!DOCTYPE html>
<html lang="{{lang}}" dir="{{dir}}">
{{> head}}
<body>
<header class="site">
<p class="brand">{{organization.name}}</p>
</header>
<main id="main">
<h1>{{{strings.chooseLanguage}}}</h1>
<ul class="choices">
{{#choices}}
<li><a href="{{href}}" hreflang="{{code}}" lang="{{code}}" dir="{{dir}}">{{name}}</a> <span class="prompt" lang="{{code}}" dir="{{dir}}">{{{prompt}}}</span></li>
{{/choices}}
</ul>
</main>
</body>
</html>

"""#,
        "section.mustache": #"""
<section class="content" id="section-{{id}}" aria-labelledby="heading-{{id}}">
<h2 id="heading-{{id}}"{{{title.langAttributes}}}>{{{title.html}}}</h2>
{{#units}}
{{> unit}}
{{/units}}
</section>

"""#,
        "sitemap.mustache": #"""
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
{{#urls}}
<url>
<loc>{{loc}}</loc>
{{#alternates}}
<xhtml:link rel="alternate" hreflang="{{hreflang}}" href="{{href}}"/>
{{/alternates}}
</url>
{{/urls}}
</urlset>

"""#,
        "sources.mustache": #"""
<section class="sources" aria-labelledby="sources-heading">
<h2 id="sources-heading">{{{strings.sources}}}</h2>
<ul>
{{#sources}}
<li><a href="{{url}}"{{{langAttributes}}}>{{title}}</a></li>
{{/sources}}
</ul>
</section>

"""#,
        "style.css": #"""
/* kyr site stylesheet: no web fonts, no images, no external requests. Logical properties
   (inline/block, start/end) only, so right-to-left pages mirror correctly. */

:root {
  --text: #1b1b1b;
  --muted: #4a4a4a;
  --background: #ffffff;
  --link: #0b4fa8;
  --link-visited: #5a2d91;
  --focus: #b34700;
  --rule: #c8c8c8;
  --say: #e8f1fb;
  --say-edge: #0b4fa8;
  --warning: #fdf0e6;
  --warning-edge: #a33a00;
  --right: #e9f5ec;
  --right-edge: #1d6b35;
  --notice: #fff6d6;
  --notice-edge: #8a6100;
  --measure: 42rem;
}

*, *::before, *::after { box-sizing: border-box; }

html {
  /* System fonts that cover every script the site is written in; lang-specific stacks below. */
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
  font-size: 100%;
  line-height: 1.55;
  color: var(--text);
  background: var(--background);
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

:lang(ar), :lang(fa), :lang(ur) {
  font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Segoe UI", Tahoma, "Arabic Typesetting", sans-serif;
  line-height: 1.8;
}
/* Naskh reads small beside Latin at the same size. */
html:lang(ar), html:lang(fa), html:lang(ur) { font-size: 112.5%; }
html:not(:lang(ar)) nav.languages a:lang(ar), html:not(:lang(ar)) .choices .prompt:lang(ar) { font-size: 1.15em; }
html:not(:lang(ar)) .choices a:lang(ar) { font-size: 1.5rem; }
:lang(zh-Hans), :lang(zh-CN), :lang(zh) {
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
}
:lang(zh-Hant), :lang(zh-TW) {
  font-family: "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", "Source Han Sans TC", sans-serif;
}
:lang(ko) {
  font-family: "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", "Source Han Sans KR", "Noto Sans KR", sans-serif;
}
:lang(ja) {
  font-family: "Hiragino Sans", "Yu Gothic", "Meiryo", "Noto Sans CJK JP", sans-serif;
}
:lang(hi), :lang(mr), :lang(ne) {
  font-family: "Noto Sans Devanagari", "Nirmala UI", "Kohinoor Devanagari", Mangal, sans-serif;
  line-height: 1.75;
}
/* Text in Latin script inside another script's page (fallback units) keeps the Latin stack. */
:lang(en), :lang(es), :lang(pl), :lang(tl), :lang(uk) {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
  line-height: 1.55;
}

body {
  margin: 0;
  padding-block: 0 2rem;
  padding-inline: 1rem;
  overflow-wrap: break-word;
}

header.site, main, footer.site {
  max-inline-size: var(--measure);
  margin-inline: auto;
}

a { color: var(--link); }
a:visited { color: var(--link-visited); }
a:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
  border-radius: 2px;
}

/* Skip link: off screen until focused, then at the start of the page. */
.skip {
  position: absolute;
  inset-inline-start: 0.5rem;
  inset-block-start: -4rem;
  padding: 0.5rem 1rem;
  background: var(--background);
  border: 2px solid var(--link);
  z-index: 10;
}
.skip:focus { inset-block-start: 0.5rem; }

header.site {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: 0.25rem 1rem;
  padding-block: 0.75rem;
  border-block-end: 1px solid var(--rule);
}
.brand { margin: 0; font-weight: 700; }
.brand a { color: var(--text); text-decoration: none; }
.brand a:hover { text-decoration: underline; }

nav.languages ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 0.75rem;
  margin: 0;
  padding: 0;
  list-style: none;
}
nav.languages a {
  display: inline-block;
  padding-block: 0.3rem;
  min-block-size: 2rem;
}
nav.languages a[aria-current] { color: var(--text); font-weight: 700; text-decoration: none; }

h1, h2, h3 { line-height: 1.25; margin-block: 1.5em 0.5em; }
h1 { font-size: 1.75rem; margin-block-start: 1rem; }
h2 { font-size: 1.3rem; }
h3 { font-size: 1.1rem; }
p, ul, ol { margin-block: 0.5em; }
ul, ol { padding-inline-start: 1.5rem; }

.summary { font-size: 1.125rem; }

.notices { margin-block: 1rem; }
.notice {
  padding: 0.6rem 0.8rem;
  background: var(--notice);
  border-inline-start: 4px solid var(--notice-edge);
}

.review {
  margin-block: 1rem;
  padding-block: 0.5rem;
  border-block: 1px solid var(--rule);
  color: var(--muted);
  font-size: 0.95rem;
}
.review p { margin-block: 0.25rem; }
.review.overdue { border-block-color: var(--warning-edge); }
.disclaimer { font-style: italic; }

.toc ol { padding-inline-start: 1.5rem; }
.toc li { margin-block: 0.25rem; }

.unit { margin-block: 0.9rem; }
.unit p { margin-block: 0.2rem; }
.unit .label {
  font-size: 0.85rem;
  font-weight: 700;
  color: var(--muted);
}
.unit-say, .unit-warning, .unit-right {
  padding: 0.6rem 0.8rem;
  border-inline-start: 4px solid;
}
.unit-say { background: var(--say); border-inline-start-color: var(--say-edge); }
.unit-say .text { font-size: 1.15rem; font-weight: 600; }
.unit-warning { background: var(--warning); border-inline-start-color: var(--warning-edge); }
.unit-right { background: var(--right); border-inline-start-color: var(--right-edge); }
.unit-say .label, .unit-warning .label, .unit-right .label { color: var(--text); }
.basis { font-size: 0.85rem; color: var(--muted); }

/* Text shown in the source language because the translation is missing or not publishable. */
.fallback {
  border-inline-start: 2px dashed var(--muted);
  padding-inline-start: 0.5rem;
}

.card {
  margin-block: 1.5rem;
  padding: 0.5rem 1rem;
  border: 2px solid var(--text);
  border-radius: 6px;
}
.card h2 { margin-block-start: 0.5rem; }

.guides, .choices { list-style: none; padding-inline-start: 0; }
.guides > li { margin-block: 1rem 1.5rem; }
.guides h2 { margin-block: 0 0.25rem; font-size: 1.2rem; }
.choices li { margin-block: 0.75rem; }
.choices a { font-size: 1.3rem; font-weight: 600; }
.prompt { color: var(--muted); }

.agency { border-block-start: 1px solid var(--rule); }
.cues li { margin-block: 0.35rem; }

/* Numbers, addresses and phone links keep their left-to-right order inside any text. */
bdi[dir="ltr"] { unicode-bidi: isolate; direction: ltr; }
a.phone { white-space: nowrap; }

footer.site {
  margin-block-start: 2.5rem;
  padding-block-start: 1rem;
  border-block-start: 1px solid var(--rule);
  color: var(--muted);
  font-size: 0.95rem;
}
.footer-links { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; }
.footer-links a { display: inline-block; padding-block: 0.3rem; }

/* The translation status page: wide tables scroll sideways on small screens, not the page. */
.coverage table { display: block; overflow-x: auto; border-collapse: collapse; font-variant-numeric: tabular-nums; margin-block: 1rem; }
.coverage th, .coverage td { padding: 0.25rem 0.5rem; border-block-end: 1px solid var(--rule); text-align: end; }
.coverage th[scope=row], .coverage thead th:first-child { text-align: start; }
.coverage del { background: #fde2e2; color: #5c0000; }
.coverage ins { background: #dcf5dc; color: #003d00; text-decoration: none; }

@media (min-width: 48rem) {
  body { padding-inline: 2rem; }
  h1 { font-size: 2.1rem; }
}

@media print {
  :root { --link: #000; --link-visited: #000; --muted: #000; }
  html { font-size: 11pt; background: #fff; }
  body { padding: 0; }
  .skip, nav.languages, .toc, .footer-links { display: none; }
  header.site, main, footer.site { max-inline-size: none; }
  a { color: #000; text-decoration: none; }
  /* Printed pages cannot be clicked: show where each source link goes. */
  .sources a::after { content: " — " attr(href); font-size: 0.9em; word-break: break-all; }
  .unit-say, .unit-warning, .unit-right, .notice { background: none; border-inline-start-color: #000; }
  .unit, .card, h2 { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}

"""#,
        "translation-status.mustache": #"""
<!DOCTYPE html>
<html lang="{{lang}}" dir="{{dir}}">
{{> head}}
<body>
{{> header}}
<main id="main">
<h1>{{{strings.translationStatus}}}</h1>
{{{body}}}
</main>
{{> footer}}
</body>
</html>

"""#,
        "unit.mustache": #"""
<div class="unit unit-{{kind}}">
{{#hasLabel}}
<p class="label">{{{label}}}</p>
{{/hasLabel}}
<p class="text{{#text.isFallback}} fallback{{/text.isFallback}}"{{{text.langAttributes}}}>{{{text.html}}}</p>
{{#hasBasis}}
<p class="basis basis-{{basis}}">{{{basisLabel}}}</p>
{{/hasBasis}}
</div>

"""#,
    ]
}
