// The logic of the Electronegativity gate (scripts/electronegativity-gate.mjs), kept pure so it is
// unit-tested: read the tool's SARIF, read the annotations (inline `eng-disable` comments and
// scripts/electronegativity-annotations.json for global checks), and decide. The tool exits 0 even
// with HIGH findings (reliability-anchors §1.3), so this decision is the gate.

/** A reason shorter than this is not a reason ("ok", "fp", "n/a"): it must say why. */
export const MIN_REASON_CHARS = 15;

/** Global checks look at the app as a whole; they can only be excluded with -x, so they are annotated in JSON. */
const GLOBAL_CHECK = /^[A-Z0-9_]+_GLOBAL_CHECK$/;
const CHECK_ID = /^[A-Z0-9_]+_CHECK$/;

/**
 * `/* eng-disable ID [ID…]: reason *\/`, `// eng-disable ID: reason` or `<!-- eng-disable ID: reason -->`.
 * The tool reads the ids the same way (word characters and spaces up to the colon).
 */
const INLINE = /(?:\/\*|\/\/|<!--)[ \t]*eng-disable[ \t]+([\w \t]+?)[ \t]*(?::[ \t]*(.*?))?[ \t]*(?:\*\/|-->|$)/;

/** The inline annotations of one file (`file`: its path relative to the scanned root, with `/`). */
export function inlineAnnotations(file, text) {
  const found = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    const match = INLINE.exec(lineText);
    if (match === null) return;
    const checks = match[1]
      .trim()
      .split(/[ \t,]+/)
      .filter((id) => id !== '');
    found.push({ file, line: index + 1, checks, reason: (match[2] ?? '').trim() });
  });
  return found;
}

/** The findings of an Electronegativity SARIF log. Throws when `sarif` is not one. */
export function findingsFromSarif(sarif) {
  const run = sarif?.runs?.[0];
  if (!Array.isArray(run?.results)) throw new Error('not an Electronegativity SARIF log (no runs[0].results)');
  return run.results.map((result) => {
    const location = result.locations?.[0]?.physicalLocation;
    const uri = location?.artifactLocation?.uri;
    if (typeof result.ruleId !== 'string') throw new Error('a SARIF result has no ruleId');
    return {
      check: result.ruleId,
      // The tool writes `file:///` for a global finding that belongs to no file.
      file: typeof uri === 'string' && uri !== 'file:///' ? uri.replaceAll('\\', '/') : null,
      line: location?.region?.startLine ?? 1,
      message: result.message?.text ?? '',
    };
  });
}

/**
 * The committed annotations file: `{ "annotations": [{ check, file?, reason }], "excluded": [{ check, reason }] }`.
 * `annotations` accept a global check's findings (optionally only in `file`); `excluded` checks are not
 * run at all (passed to -x). Throws on a malformed file.
 */
export function parseAnnotationsFile(json) {
  const problems = [];
  const annotations = Array.isArray(json?.annotations) ? json.annotations : [];
  const excluded = Array.isArray(json?.excluded) ? json.excluded : [];
  if (!Array.isArray(json?.annotations)) problems.push('"annotations" must be an array');
  if (json?.excluded !== undefined && !Array.isArray(json.excluded)) problems.push('"excluded" must be an array');
  for (const entry of [...annotations, ...excluded]) {
    if (typeof entry?.check !== 'string') problems.push(`an entry has no "check": ${JSON.stringify(entry)}`);
  }
  if (problems.length > 0) throw new Error(`electronegativity-annotations.json: ${problems.join('; ')}`);
  return {
    annotations: annotations.map((entry) => ({
      check: entry.check,
      ...(typeof entry.file === 'string' ? { file: entry.file } : {}),
      reason: typeof entry.reason === 'string' ? entry.reason.trim() : '',
    })),
    excluded: excluded.map((entry) => ({
      check: entry.check,
      reason: typeof entry.reason === 'string' ? entry.reason.trim() : '',
    })),
  };
}

/** The -x value for excluded checks: the tool matches lower-cased class names (CSP_GLOBAL_CHECK → cspglobalcheck). */
export function excludeArgument(excluded) {
  return excluded.map((entry) => entry.check.toLowerCase().replaceAll('_', '')).join(',');
}

const where = (finding) => `${finding.file ?? '(whole app)'}:${finding.line}`;

/**
 * Match every finding to an annotation. Fails (`passed: false`) on any finding without one, on an
 * annotation without a reason, on an annotation that matches nothing (stale), and on a JSON entry for a
 * check that is not global (those are annotated inline, next to the code).
 */
export function evaluateGate({ findings, inline, global }) {
  const problems = [];
  const usedInline = new Set();
  const usedGlobal = new Set();
  const annotated = [];
  const unannotated = [];
  for (const finding of findings) {
    // Like the tool: a comment on the finding's line, or on the first line for the whole file.
    const inlineMatch = inline.find(
      (entry) =>
        entry.file === finding.file &&
        (entry.line === finding.line || entry.line === 1) &&
        entry.checks.includes(finding.check),
    );
    const globalMatch = global.annotations.find(
      (entry) =>
        entry.check === finding.check &&
        GLOBAL_CHECK.test(entry.check) &&
        (entry.file === undefined || entry.file === finding.file),
    );
    const match = inlineMatch ?? globalMatch;
    if (inlineMatch !== undefined) usedInline.add(inlineMatch);
    else if (globalMatch !== undefined) usedGlobal.add(globalMatch);
    if (match === undefined) {
      unannotated.push(finding);
      problems.push(`unannotated ${finding.check} at ${where(finding)}: ${finding.message}`);
    } else annotated.push({ finding, reason: match.reason });
  }
  for (const entry of inline) {
    const at = `${entry.file}:${entry.line}`;
    if (entry.reason.length < MIN_REASON_CHARS) problems.push(`eng-disable at ${at} has no written reason ("ID: why")`);
    for (const check of entry.checks) {
      if (!CHECK_ID.test(check)) problems.push(`eng-disable at ${at} names "${check}", which is not a check id`);
    }
    if (!usedInline.has(entry))
      problems.push(`stale eng-disable at ${at} (${entry.checks.join(' ')}): it matches no finding`);
  }
  for (const entry of global.annotations) {
    const at = `${entry.check}${entry.file === undefined ? '' : ` in ${entry.file}`}`;
    if (!GLOBAL_CHECK.test(entry.check)) {
      problems.push(`annotations file: ${entry.check} is not a global check; annotate it inline where it is found`);
    }
    if (entry.reason.length < MIN_REASON_CHARS) problems.push(`annotations file: ${at} has no written reason`);
    if (!usedGlobal.has(entry) && GLOBAL_CHECK.test(entry.check)) {
      problems.push(`annotations file: stale annotation ${at}: it matches no finding`);
    }
  }
  for (const entry of global.excluded) {
    if (entry.reason.length < MIN_REASON_CHARS)
      problems.push(`annotations file: excluded ${entry.check} has no written reason`);
  }
  return { findings, annotated, unannotated, problems, passed: problems.length === 0 };
}

/** The figure line, e.g. `electronegativity: 4 findings, 0 unannotated (4 annotated: AUXCLICK_JS_CHECK, …)`. */
export function figureLine(result) {
  const ids = [...new Set(result.annotated.map((entry) => entry.finding.check))].sort();
  return (
    `electronegativity: ${result.findings.length} findings, ${result.unannotated.length} unannotated ` +
    `(${result.annotated.length} annotated: ${ids.length === 0 ? 'none' : ids.join(', ')})`
  );
}
