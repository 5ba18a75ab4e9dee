/**
 * The command-line tools the PDF and DOCX tests check output with (poppler-utils, LibreOffice).
 * A missing tool fails the test with the package to install; these tests never skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { UPDATING_GOLDENS } from '../../support/golden';

const PACKAGE_OF: Readonly<Record<string, string>> = {
  pdftotext: 'poppler-utils',
  pdffonts: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  libreoffice: 'libreoffice-writer-nogui fonts-liberation',
};

/** Run a tool; a missing binary is a clear failure naming the Debian package. */
export function run(tool: string, args: readonly string[]): string {
  const result = spawnSync(tool, [...args], { encoding: 'latin1', maxBuffer: 256 * 1024 * 1024 });
  if (result.error !== undefined && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${tool} is not installed: apt-get install ${PACKAGE_OF[tool] ?? tool} (.ci/run installs it).`);
  }
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempFolder(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Text of a PDF in content-stream order (`pdftotext -raw`: the hidden markers stay in reading order). */
export function pdfText(pdfPath: string, mode: 'raw' | 'layout' = 'raw'): string {
  return Buffer.from(run('pdftotext', [`-${mode}`, '-enc', 'UTF-8', pdfPath, '-']), 'latin1').toString('utf8');
}

export interface FontRow {
  readonly name: string;
  readonly embedded: boolean;
  readonly unicode: boolean;
}

/** `pdffonts` as rows. */
export function pdfFonts(pdfPath: string): FontRow[] {
  const lines = run('pdffonts', [pdfPath])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name … emb sub uni object-id generation: the last five columns are fixed.
    const [emb, , uni] = columns.slice(-5, -2);
    return { name: columns[0]!, embedded: emb === 'yes', unicode: uni === 'yes' };
  });
}

/** `pdfinfo` as a key → value map. */
export function pdfInfo(pdfPath: string): Map<string, string> {
  const info = new Map<string, string>();
  for (const line of run('pdfinfo', [pdfPath]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match !== null) info.set(match[1]!, match[2]!);
  }
  return info;
}

/** Grayscale page images (PNG) at `dpi`. */
export function pageImages(pdfPath: string, dpi: number): Buffer[] {
  const folder = tempFolder('amend-pages-');
  try {
    run('pdftoppm', ['-png', '-gray', '-r', String(dpi), pdfPath, join(folder.path, 'page')]);
    return readdirSync(folder.path)
      .filter((file) => file.endsWith('.png'))
      .sort((a, b) => Number(/(\d+)\.png$/.exec(a)![1]) - Number(/(\d+)\.png$/.exec(b)![1]))
      .map((file) => readFileSync(join(folder.path, file)));
  } finally {
    folder.remove();
  }
}

/** Fraction of pixels whose gray level differs by more than `threshold` (1 when sizes differ). */
export function differingPixels(a: Buffer, b: Buffer, threshold = 64): number {
  const left = PNG.sync.read(a);
  const right = PNG.sync.read(b);
  if (left.width !== right.width || left.height !== right.height) return 1;
  let differing = 0;
  // pngjs expands gray to RGBA; the red channel is the gray level.
  for (let index = 0; index < left.data.length; index += 4) {
    if (Math.abs(left.data[index]! - right.data[index]!) > threshold) differing++;
  }
  return differing / (left.width * left.height);
}

/**
 * Page images against goldens in `folder` (page-1.png …) within `tolerance` (fraction of differing
 * pixels: font rasterisation may differ by a few pixels between poppler builds). UPDATE=1 rewrites.
 */
export function expectPagesMatchGoldens(pages: readonly Buffer[], folder: string, tolerance: number): void {
  if (UPDATING_GOLDENS) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    pages.forEach((page, index) => writeFileSync(join(folder, `page-${index + 1}.png`), page));
    return;
  }
  if (!existsSync(folder))
    throw new Error(`Golden page images ${folder} are missing: run the test with UPDATE=1 and look at them.`);
  const goldenCount = readdirSync(folder).filter((file) => /^page-\d+\.png$/.test(file)).length;
  if (goldenCount !== pages.length)
    throw new Error(`${pages.length} pages printed, ${goldenCount} golden pages in ${folder}.`);
  pages.forEach((page, index) => {
    const golden = readFileSync(join(folder, `page-${index + 1}.png`));
    const difference = differingPixels(page, golden);
    if (difference > tolerance) {
      const actualPath = join(tmpdir(), `amend-actual-page-${index + 1}.png`);
      writeFileSync(actualPath, page);
      throw new Error(
        `page ${index + 1} differs from ${folder}/page-${index + 1}.png in ${(difference * 100).toFixed(2)}% of its pixels (tolerance ${(tolerance * 100).toFixed(2)}%); the new image is ${actualPath}.`,
      );
    }
  });
}

/** Convert a document with LibreOffice (a private profile folder, so parallel runs never share one). */
export function libreOfficeToPdf(documentPath: string, outFolder: string): string {
  const profile = tempFolder('lo-profile-');
  try {
    run('libreoffice', [
      `-env:UserInstallation=file://${profile.path}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outFolder,
      documentPath,
    ]);
  } finally {
    profile.remove();
  }
  const pdf = join(outFolder, documentPath.replace(/^.*\//, '').replace(/\.[^.]+$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf}.`);
  return pdf;
}
