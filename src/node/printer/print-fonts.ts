/**
 * Reads the embedded print font (Tinos, from the @fontsource/tinos npm package) for the renderer,
 * and the TrueType font a DOCX can embed (Liberation Serif, from the fonts-liberation system package).
 * The pure core has no file system, so the hosts call these and pass the bytes in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PrintFontFace } from '../../render/print-types';
import type { DocxFont } from '../../render/docx/docx-types';

const FONT_FAMILY = 'Tinos';

/** One fontsource stylesheet per weight/style; each lists every subset with its unicode-range. */
const FACE_SHEETS = [
  { sheet: '400.css', weight: 400, style: 'normal' },
  { sheet: '400-italic.css', weight: 400, style: 'italic' },
  { sheet: '700.css', weight: 700, style: 'normal' },
  { sheet: '700-italic.css', weight: 700, style: 'italic' },
] as const;

/** `src: url(./files/x.woff2) … unicode-range: …;` inside one @font-face block. */
const FACE_BLOCK = /@font-face\s*\{([^}]*)\}/g;
const WOFF2_URL = /url\(\.\/files\/([\w.-]+\.woff2)\)/;
const UNICODE_RANGE = /unicode-range:\s*([^;]+);/;

function fontsourceFolder(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@fontsource/tinos/package.json'));
}

let cachedFaces: readonly PrintFontFace[] | undefined;

/**
 * Every Tinos face and subset fontsource ships (latin, latin-ext, greek, cyrillic, hebrew,
 * vietnamese), with their unicode ranges, so Chromium embeds only the subsets a document uses and
 * never falls back to a system font for those scripts. Read once per process. `folder` is the
 * fontsource package folder (Electron passes the copy bundled beside its main process).
 */
export function loadPrintFonts(folder: string = fontsourceFolder()): readonly PrintFontFace[] {
  if (cachedFaces !== undefined) return cachedFaces;
  const faces: PrintFontFace[] = [];
  for (const { sheet, weight, style } of FACE_SHEETS) {
    const css = readFileSync(join(folder, sheet), 'utf8');
    for (const match of css.matchAll(FACE_BLOCK)) {
      const block = match[1]!;
      const file = WOFF2_URL.exec(block)?.[1];
      if (file === undefined) continue;
      const range = UNICODE_RANGE.exec(block)?.[1]?.trim();
      faces.push({
        family: FONT_FAMILY,
        weight,
        style,
        ...(range === undefined ? {} : { unicodeRange: range }),
        woff2Base64: readFileSync(join(folder, 'files', file)).toString('base64'),
      });
    }
  }
  if (faces.length === 0) throw new Error(`No Tinos font files were found in ${folder}.`);
  cachedFaces = faces;
  return faces;
}

/** Where Debian's fonts-liberation puts Liberation Serif. */
export const LIBERATION_SERIF_FOLDER = '/usr/share/fonts/truetype/liberation';

const LIBERATION_FILES = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
} as const;

/**
 * Liberation Serif's four TrueType files for embedding in a DOCX (docx embeds TTF only; the
 * fontsource WOFF files cannot be used), or undefined when fonts-liberation is not installed: the
 * DOCX then names the font without embedding it.
 */
export function loadDocxFont(folder: string = LIBERATION_SERIF_FOLDER): DocxFont | undefined {
  const paths = Object.values(LIBERATION_FILES).map((file) => join(folder, file));
  if (!paths.every((path) => existsSync(path))) return undefined;
  const read = (file: string): Uint8Array => new Uint8Array(readFileSync(join(folder, file)));
  return {
    name: 'Liberation Serif',
    regular: read(LIBERATION_FILES.regular),
    bold: read(LIBERATION_FILES.bold),
    italic: read(LIBERATION_FILES.italic),
    boldItalic: read(LIBERATION_FILES.boldItalic),
  };
}
