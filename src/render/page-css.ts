/**
 * The generated part of the print stylesheet: the embedded font faces and the footer's content
 * (revision label + short SHA-256). Everything from a draft goes through `cssString`.
 */
import { SHORT_HASH_DIGITS } from './comparison-html';
import { cssString } from './css-string';
import type { PrintFingerprint, PrintFontFace } from './print-types';

/** Base64 alphabet only (a data: URL must not be able to end the CSS string). */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** `U+0000-00FF, U+0131` style ranges only. */
const UNICODE_RANGE = /^[Uu]\+[0-9A-Fa-f?]+(-[0-9A-Fa-f]+)?(\s*,\s*[Uu]\+[0-9A-Fa-f?]+(-[0-9A-Fa-f]+)?)*$/;

/** `@font-face` rules for the embedded faces; a face with malformed data is left out. */
export function fontFaceCss(fonts: readonly PrintFontFace[]): string {
  return fonts
    .filter((face) => BASE64.test(face.woff2Base64))
    .map((face) => {
      const range =
        face.unicodeRange !== undefined && UNICODE_RANGE.test(face.unicodeRange)
          ? `\n  unicode-range: ${face.unicodeRange};`
          : '';
      return [
        '@font-face {',
        `  font-family: ${cssString(face.family)};`,
        `  font-weight: ${face.weight};`,
        `  font-style: ${face.style};`,
        `  font-display: block;${range}`,
        `  src: url(data:font/woff2;base64,${face.woff2Base64}) format('woff2');`,
        '}',
      ].join('\n');
    })
    .join('\n');
}

/** The footer text: `Rev. 2 · SHA-256 0123456789ab`. */
export function footerText(fingerprint: PrintFingerprint): string {
  return `${fingerprint.revisionLabel} \u00b7 SHA-256 ${fingerprint.sha256.slice(0, SHORT_HASH_DIGITS)}`;
}

/** The `@page` rule that prints the fingerprint in every page's bottom-left margin box. */
export function footerCss(fingerprint: PrintFingerprint): string {
  return `@page {\n  @bottom-left {\n    content: ${cssString(footerText(fingerprint))};\n  }\n}`;
}
