/**
 * The print font (Tinos, latin subset) for the preview, embedded the same way the PDF embeds it, so
 * the sandboxed preview (which can load nothing) looks like the printed page.
 */
import regular from '@fontsource/tinos/files/tinos-latin-400-normal.woff2?inline';
import italic from '@fontsource/tinos/files/tinos-latin-400-italic.woff2?inline';
import bold from '@fontsource/tinos/files/tinos-latin-700-normal.woff2?inline';
import boldItalic from '@fontsource/tinos/files/tinos-latin-700-italic.woff2?inline';
import type { PrintFontFace } from '../../src/render/print-types';

/** The latin subset's range, as @fontsource declares it. */
const LATIN_RANGE =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

const base64Of = (dataUrl: string): string => dataUrl.slice(dataUrl.indexOf(',') + 1);

export const PREVIEW_FONTS: readonly PrintFontFace[] = [
  { family: 'Tinos', weight: 400, style: 'normal', unicodeRange: LATIN_RANGE, woff2Base64: base64Of(regular) },
  { family: 'Tinos', weight: 400, style: 'italic', unicodeRange: LATIN_RANGE, woff2Base64: base64Of(italic) },
  { family: 'Tinos', weight: 700, style: 'normal', unicodeRange: LATIN_RANGE, woff2Base64: base64Of(bold) },
  { family: 'Tinos', weight: 700, style: 'italic', unicodeRange: LATIN_RANGE, woff2Base64: base64Of(boldItalic) },
];
