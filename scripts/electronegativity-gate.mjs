// The Electronegativity gate (issue 7; reliability-anchors §1.3, §5 S1), run by `npm run lint`:
//   node scripts/electronegativity-gate.mjs
// Runs @doyensec/electronegativity over electron/ and renderer/ together (its global checks — CSP,
// navigation limits, permission handler — judge the app as a whole, so both folders go in one run),
// writes test-results/electronegativity.sarif, and fails (exit 1) on any finding without a written
// reason, on an annotation without one, and on a stale annotation. The tool itself always exits 0.
//
// Annotations: `/* eng-disable CHECK_ID: reason */` on the finding's line (the tool's own syntax), or
// for a global check an entry in scripts/electronegativity-annotations.json. The tool hides findings an
// inline comment disables, so the gate scans a copy whose `eng-disable` comments are neutralised: it
// sees every finding, matches them to the annotations itself, and so can tell when one went stale.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  evaluateGate,
  excludeArgument,
  figureLine,
  findingsFromSarif,
  inlineAnnotations,
  parseAnnotationsFile,
} from './electronegativity-gate-lib.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SCANNED = ['electron', 'renderer'];
/** The file types the tool reads (util/file.js in the tool). */
const SCANNED_TYPES = /\.(js|jsx|ts|tsx|mjs|cjs|html|htm)$/;
const SARIF_PATH = join(ROOT, 'test-results', 'electronegativity.sarif');
const ANNOTATIONS_PATH = join(import.meta.dirname, 'electronegativity-annotations.json');
/** Same folder and record shape as test/support/figures.ts. */
const FIGURES_DIR = resolve(process.env.AMEND_FIGURES_DIR ?? join(ROOT, 'test-results', 'figures'));
/** The tool waits on a GitHub fetch that cannot succeed offline; a run takes ~10 s here. */
const TOOL_TIMEOUT_MS = 180_000;

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Copy the scanned folders to `stage`, neutralising eng-disable comments; return the inline annotations. */
function stageSources(stage) {
  const inline = [];
  for (const folder of SCANNED) {
    cpSync(join(ROOT, folder), join(stage, folder), { recursive: true });
    for (const file of filesUnder(join(stage, folder)).filter((path) => SCANNED_TYPES.test(path))) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes('eng-disable')) continue;
      inline.push(...inlineAnnotations(relative(stage, file).split(sep).join('/'), text));
      // Same length, same lines: the tool reports the same positions but no longer hides the finding.
      writeFileSync(file, text.replaceAll('eng-disable', 'eng-reviewed'));
    }
  }
  return inline;
}

function runTool(stage, excluded) {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@doyensec/electronegativity/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const bin = join(dirname(manifestPath), manifest.bin.electronegativity);
  const electron = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies.electron;
  // -e: the scanned folders hold no package.json; without it the tool assumes Electron 0.1.0 defaults.
  const args = [bin, '-i', stage, '-r', '-e', electron, '-o', SARIF_PATH];
  const exclude = excludeArgument(excluded);
  if (exclude !== '') args.push('-x', exclude);
  rmSync(SARIF_PATH, { force: true });
  mkdirSync(dirname(SARIF_PATH), { recursive: true });
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: TOOL_TIMEOUT_MS });
  return {
    status: run.status,
    output: `${run.stdout ?? ''}${run.stderr ?? ''}`,
    error: run.error,
    version: manifest.version,
  };
}

function recordFigure(line, passed) {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(
    join(FIGURES_DIR, 'electronegativity.json'),
    `${JSON.stringify({ id: 'electronegativity', line, passed })}\n`,
  );
}

function fail(message) {
  console.error(`electronegativity gate: ${message}`);
  recordFigure(`electronegativity: gate did not run (${message.split('\n')[0]})`, false);
  process.exit(1);
}

const global = parseAnnotationsFile(JSON.parse(readFileSync(ANNOTATIONS_PATH, 'utf8')));
const stage = mkdtempSync(join(tmpdir(), 'amend-electronegativity-'));
let tool;
let inline;
try {
  inline = stageSources(stage);
  tool = runTool(stage, global.excluded);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
if (tool.error !== undefined) fail(`could not run the tool: ${tool.error.message}`);
if (tool.status !== 0 || !existsSync(SARIF_PATH)) {
  fail(`the tool wrote no SARIF (exit ${tool.status}); its output:\n${tool.output.slice(-2000)}`);
}
let findings;
try {
  findings = findingsFromSarif(JSON.parse(readFileSync(SARIF_PATH, 'utf8')));
} catch (error) {
  fail(`unreadable SARIF ${SARIF_PATH}: ${error instanceof Error ? error.message : String(error)}`);
}
const result = evaluateGate({ findings, inline, global });
console.log(`Electronegativity ${tool.version} on ${SCANNED.join('/ + ')}/ (SARIF: ${relative(ROOT, SARIF_PATH)})`);
for (const { finding, reason } of result.annotated) {
  console.log(`  annotated ${finding.check} at ${finding.file ?? '(whole app)'}:${finding.line}: ${reason}`);
}
for (const problem of result.problems) console.error(`  FAIL ${problem}`);
const line = figureLine(result);
console.log(line);
recordFigure(line, result.passed);
process.exit(result.passed ? 0 : 1);
