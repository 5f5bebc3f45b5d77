#!/usr/bin/env python3
"""Writes the generated part of the bad-input corpus from the minimal fixture.

Each case is one damaged copy of a minimal-project file: bad-inputs/<case>.yaml, plus a
<case>.expect header naming where it goes. Run it after changing the minimal fixture, then
record the expected diagnostics with `KYR_RECORD=1 swift test --filter BadInputCorpus` and
review the diff. Hand-written cases (not listed here) are left alone.
"""
import os
here = os.path.dirname(os.path.abspath(__file__))
base = os.path.join(here, 'minimal/Content/')
out = os.path.join(here, 'bad-inputs')

def rd(p): return open(base + p, encoding='utf-8').read()
site = rd('site.yaml'); guide = rd('guides/at-home/en.yaml'); gs = rd('guides/at-home/es.yaml')
ice = rd('agencies/ice/en.yaml'); strings = rd('strings/en.yaml')
G = 'Content/guides/at-home/en.yaml'; GS = 'Content/guides/at-home/es.yaml'; S = 'Content/site.yaml'; A = 'Content/agencies/ice/en.yaml'
cases = {}
def case(name, path, text, remove=()): cases[name] = (path, text, remove)
def sub(t, a, b):
    assert a in t, a
    return t.replace(a, b, 1)

case('site-unknown-key', S, sub(site, 'languages:', 'langauges:'))
case('site-unknown-language', S, sub(site, '  - es\n', '  - es\n  - xx\n'))
case('site-language-case', S, sub(site, '  - es\n', '  - es\n  - zh-hans\n'))
case('site-duplicate-language', S, sub(site, '  - es\n', '  - es\n  - es\n'))
case('site-source-in-targets', S, sub(site, '  - es\n', '  - es\n  - en\n'))
case('site-unknown-publish-mode', S, sub(site, '  - es\n', '  - tag: es\n    publish: sometimes\n'))
case('site-http-base-url', S, sub(site, 'https://kyr-test.org/', 'http://kyr-test.org/'))
case('site-bad-phone', S, sub(site, 'phone: 1-855-435-7693', 'phone: call the hotline'))
case('site-variable-two-kinds', S, sub(site, '    label: Family support hotline\n', '    url: https://example.org/call\n    label: Family support hotline\n'))
case('site-variable-bad-name', S, sub(site, '  city: Chicago', '  City_Name: Chicago'))
case('site-variable-bad-email', S, sub(site, '  city: Chicago', '  city: Chicago\n  mail:\n    email: not-an-address'))
case('site-unknown-paper', S, sub(site, 'paper: letter', 'paper: a5'))
case('site-missing-organization', S, sub(site, 'organization:\n  name: Test Network\n', ''))
case('site-languages-not-a-list', S, sub(site, 'languages:\n  - es\n', 'languages: es\n'))
case('site-sms-segments-zero', S, sub(site, 'paper: letter', 'paper: letter\nsms-segments: 0'))
case('site-sms-segments-not-a-number', S, sub(site, 'paper: letter', 'paper: letter\nsms-segments: three'))
case('site-misnamed-file', 'Content/site.yml', site, remove=[S])
case('yaml-bad-indentation', G, sub(guide, 'summary: You', '  summary: You'))
case('yaml-unclosed-quote', G, sub(guide, 'title: If agents come to your home', 'title: "If agents come to your home'))
case('yaml-tab-indentation', G, sub(guide, '  interval-days: 180', '\tinterval-days: 180'))
case('yaml-duplicate-key', G, sub(guide, 'agencies: [ice]', 'agencies: [ice]\ntitle: Again'))
case('yaml-anchor-and-alias', G, sub(sub(guide, '  date: 2026-11-01', '  date: &d 2026-11-01'), 'legal-review:', 'reviewed: *d\nlegal-review:'))
case('yaml-merge-key', A, sub(ice, 'legal-review:\n  date: 2026-11-01\n  interval-days: 180\n', 'base: &base\n  date: 2026-11-01\n  interval-days: 180\nlegal-review:\n  <<: *base\n'))
bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + ''.join(
    f'{chr(98+i)}: &{chr(98+i)} [' + ','.join([f'*{chr(97+i)}'] * 9) + ']\n' for i in range(8))
case('yaml-alias-bomb', G, bomb)
case('yaml-tag', G, sub(guide, 'title: If agents', 'title: !!binary If agents'))
case('yaml-multiple-documents', G, guide + '---\ntitle: Second document\n')
case('yaml-too-deep', G, 'title: ' + '[' * 40 + ']' * 40 + '\n')
case('yaml-empty-file', G, '')
case('yaml-only-comments', G, '# nothing here yet\n')
case('yaml-top-level-list', G, '- title: If agents come to your home\n')
case('yaml-control-character', G, sub(guide, 'Keep the door closed', 'Keep the door\x07 closed'))
case('guide-blank-message', G, sub(guide, 'agencies: [ice]', 'message: " "\nagencies: [ice]'))
case('guide-misspelled-key', G, sub(guide, 'title: If agents', 'titel: If agents'))
case('guide-missing-sources', G, guide.split('sources:')[0])
case('guide-invalid-date', G, sub(guide, 'date: 2026-11-01', 'date: 2026-02-30'))
case('guide-date-wrong-format', G, sub(guide, 'date: 2026-11-01', 'date: 11/01/2026'))
case('guide-interval-not-a-number', G, sub(guide, 'interval-days: 180', 'interval-days: six months'))
case('guide-interval-out-of-range', G, sub(guide, 'interval-days: 180', 'interval-days: 0'))
case('guide-duplicate-unit-id', G, sub(guide, '      - id: ask-warrant', '      - id: dont-open'))
case('guide-invalid-unit-id', G, sub(guide, 'id: dont-open', 'id: Dont_Open'))
case('guide-unknown-unit-kind', G, sub(guide, 'kind: step', 'kind: stepp'))
case('guide-unknown-basis', G, sub(guide, 'kind: step', 'kind: step\n        basis: rumor'))
case('guide-localizable-links-not-boolean', G, sub(guide, 'kind: step', 'kind: step\n        localizable-links: yes'))
case('guide-unknown-agency', G, sub(guide, 'agencies: [ice]', 'agencies: [ice, cpd]'))
case('guide-duplicate-agency', G, sub(guide, 'agencies: [ice]', 'agencies: [ice, ice]'))
case('guide-unknown-variable', G, sub(guide, 'Call {hotline}.', 'Call {hotlne}.'))
case('guide-javascript-link', G, sub(guide, 'Do **not** open the door.', 'Do **not** open [the door](javascript:alert(1)).'))
case('guide-http-link', G, sub(guide, 'Do **not** open the door.', 'Read [the guide](http://example.org/guide).'))
case('guide-unclosed-strong', G, sub(guide, 'Do **not** open the door.', 'Do **not open the door.'))
case('guide-overlapping-markup', G, sub(guide, 'Do **not** open the door.', 'Do **not *open** the* door.'))
case('guide-unclosed-brace', G, sub(guide, 'Call {hotline}.', 'Call {hotline now.'))
case('guide-unmatched-bracket', G, sub(guide, 'Please slide the warrant under the door.', 'Please slide the warrant] under the door.'))
case('guide-link-without-address', G, sub(guide, 'Please slide the warrant under the door.', 'Please [slide the warrant] under the door.'))
case('guide-folded-markup-error', G, sub(guide, 'summary: You do not have to open the door. Call {hotline}.', 'summary: >-\n  You do not have to\n  open the door. Call\n  {hotline} or {bad name}.'))
case('guide-text-is-a-list', G, sub(guide, 'title: If agents come to your home', 'title: [If agents, come to your home]'))
case('guide-empty-title', G, sub(guide, 'title: If agents come to your home', 'title:'))
case('guide-blank-title', G, sub(guide, 'title: If agents come to your home', 'title: "   "'))
case('guide-source-url-http', G, sub(guide, 'url: https://example.org/source', 'url: http://example.org/source'))
case('guide-reserved-section-id', G, sub(guide, '  - id: door', '  - id: card'))
case('guide-link-to-text-variable', G, sub(guide, '[Call the hotline]({hotline})', '[Call the city]({city})'))
case('guide-review-overdue', G, sub(guide, 'date: 2026-11-01', 'date: 2025-01-15'))
case('guide-sections-empty', G, sub(guide, guide[guide.index('sections:'):guide.index('card:')], 'sections: []\n'))
case('translation-missing-source', 'Content/guides/no-source/es.yaml', gs)
case('translation-unlisted-language', 'Content/guides/at-home/pl.yaml', gs)
case('translation-unknown-state', GS, sub(gs, 'state: draft', 'state: done'))
case('translation-orphan-unit', GS, sub(gs, '  door.dont-open:', '  door.dont-opn:'))
case('translation-file-name-case', 'Content/guides/at-home/ES.yaml', gs)
case('translation-unit-unknown-key', GS, sub(gs, '    state: reviewed', '    stat: reviewed'))
case('translation-invalid-key', GS, sub(gs, '  door.title:', '  Door.Title:'))
case('translation-missing-state', GS, sub(gs, 'state: draft\n', ''))
case('translation-unknown-variable', GS, sub(gs, 'Llame al {hotline}.', 'Llame al {linea}.'))
case('translation-yml-extension', 'Content/guides/at-home/ar.yml', gs)
case('translation-changed-hotline-digit', GS, sub(gs, 'Llame al {hotline}.', 'Llame al 1-855-435-7694.'))
case('translation-extra-phone-number', GS, sub(gs, 'Llame al {hotline}.', 'Llame al {hotline} o al 312-555-0199.'))
case('translation-bad-fingerprint', GS, sub(gs, '  title: 81d01faa4c489c73', '  title: 81d01faa4c489c7'))
case('translation-allow-unknown-check', GS, sub(gs, '    state: reviewed', '    state: reviewed\n    allow:\n      identical: same in every language'))
case('translation-allow-without-reason', GS, sub(gs, '    state: reviewed', '    state: reviewed\n    allow:\n      length-ratio:'))
# Markup errors after non-ASCII text: columns count characters (Unicode scalars), not bytes.
case('translation-markup-error-after-accents', GS, sub(gs, 'door.dont-open: "**No** abra la puerta."', 'door.dont-open: "Señora, señor: **no abra la puerta."'))
case('translation-cjk-unclosed-brace', GS, sub(gs, 'Llame al {hotline}.', '请拨打热线 {hotline 。'))
case('translation-arabic-link-without-address', GS, sub(gs, 'card.call: "[Llame a la línea]({hotline})."', 'card.call: "اتصل [بالخط الساخن] الآن."'))
case('agency-no-cues', A, sub(ice, 'kind: cue', 'kind: may'))
case('agency-invalid-folder', 'Content/agencies/Chicago PD/en.yaml', ice)
case('strings-unknown-key', 'Content/strings/en.yaml', sub(strings, '  call: Call', '  cal: Call'))
case('history-not-a-fingerprint', 'Content/history/guides/at-home.yaml', 'door-dont-open: "Do not open the door."\n')

for name, (path, text, remove) in cases.items():
    open(f'{out}/{name}.yaml', 'w', encoding='utf-8').write(text)
    open(f'{out}/{name}.expect', 'w').write(f'path: {path}\n' + ''.join(f'remove: {r}\n' for r in remove))
binary = {
    'yaml-invalid-utf8': guide.replace('Keep the door closed', 'Keep the door').encode() + b'  # caf\xc3\x28\n',
    'yaml-utf16': guide.encode('utf-16'),
    'yaml-nul-byte': guide.encode().replace(b'Keep the door', b'Keep\x00 the door'),
}
for name, data in binary.items():
    open(f'{out}/{name}.yaml', 'wb').write(data)
    open(f'{out}/{name}.expect', 'w').write(f'path: {G}\n')
print(len(cases) + len(binary), 'cases written')
