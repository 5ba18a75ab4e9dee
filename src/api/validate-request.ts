/**
 * Validation of every request on arrival, one zod schema per StudioApi method. Used by every
 * transport (IPC handlers, web host, in-process dispatch), so a payload is checked once, the same way,
 * whatever carried it. Unknown keys are refused (strict objects): the client and host ship together.
 */
import '../shared/zod-config';
import { z } from 'zod';
import { MAX_LINK_CHARS } from '../shared/external-link';
import { ok, err, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';
import { MAX_DOCUMENT_BYTES, type StudioMethod, type StudioRequest, MENU_COMMANDS, type StudioEvent } from './contract';

/** Longest path accepted (Linux PATH_MAX is 4096; Windows long paths are 32,767 UTF-16 units). */
const MAX_PATH_CHARS = 32_767;
/** Longest file name (NAME_MAX on common file systems). */
const MAX_FILE_NAME_CHARS = 255;
/** Recovery keys are paths or `untitled:<uuid>`; the same bound as a path. */
const MAX_KEY_CHARS = MAX_PATH_CHARS;
/** Room for an over-long link to reach the link policy, which names the problem; still bounded. */
const MAX_LINK_PAYLOAD_CHARS = 4 * MAX_LINK_CHARS;
/** Titles are one line of a measure's front matter; 1,000 characters is far beyond any real title. */
const MAX_TITLE_CHARS = 1_000;

const noNul = (value: string): boolean => !value.includes('\u0000');

const pathString = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_PATH_CHARS, `must be at most ${MAX_PATH_CHARS} characters`)
  .refine(noNul, 'must not contain NUL characters');
const fileName = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_FILE_NAME_CHARS)
  .refine((value) => noNul(value) && !/[/\\]/.test(value), 'must be a file name, not a path');
/** Text content; the byte-exact size cap is applied again where the text is encoded. */
const textContent = z.string().max(MAX_DOCUMENT_BYTES, `must be at most ${MAX_DOCUMENT_BYTES} characters`);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256');
const editionId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,159}$/, 'must be an edition id (a-z, 0-9, -)');
const jobId = z.string().regex(/^[\w.:-]{1,128}$/, 'must be 1-128 letters, digits, _ . : -');
const exampleName = z
  .string()
  .regex(/^[\w][\w.-]{0,200}$/, 'must be a file name from resources/examples')
  .refine((value) => !value.includes('..'), 'must be a file name from resources/examples');
const recoveryKey = z.string().min(1).max(MAX_KEY_CHARS).refine(noNul, 'must not contain NUL characters');
const exportFormat = z.enum(['pdf', 'docx', 'html', 'text', 'markdown']);

const empty = z.strictObject({});
const upload = z.strictObject({ fileName, content: textContent });
const byPath = z.strictObject({ path: pathString });

/** The schema of each method, typed so that each one provably produces exactly its request type. */
export type RequestSchemas = { readonly [M in StudioMethod]: z.ZodType<StudioRequest<M>> };

/** One schema per method. */
export const REQUEST_SCHEMAS: RequestSchemas = {
  listEditions: empty,
  importEdition: z.union([upload, byPath]),
  readEdition: z.strictObject({ id: editionId }),
  removeEdition: z.strictObject({ id: editionId }),
  newMeasure: z.strictObject({
    title: z.string().trim().min(1, 'must not be empty').max(MAX_TITLE_CHARS),
    kind: z.enum(['constitutional amendment', 'statute', 'both']),
    baseEdition: editionId,
  }),
  openMeasure: z.union([byPath, upload]),
  saveMeasure: z.strictObject({ path: pathString, source: textContent, expectedSha256: sha256.nullable() }),
  saveMeasureAs: z.strictObject({ path: pathString, source: textContent, overwrite: z.boolean() }),
  listRecentFiles: empty,
  watchFile: z.strictObject({ path: pathString, sha256: sha256.nullable() }),
  unwatchFile: byPath,
  listExamples: empty,
  readExample: z.strictObject({ name: exampleName }),
  saveRecovery: z.strictObject({
    key: recoveryKey,
    content: textContent,
    path: pathString.optional(),
    fileName: fileName.optional(),
    baseSha256: sha256.nullable().optional(),
  }),
  listRecovery: empty,
  readRecovery: z.strictObject({ key: recoveryKey }),
  discardRecovery: z.strictObject({ key: recoveryKey }),
  exportMeasure: z.strictObject({
    source: textContent,
    sourcePath: pathString.optional(),
    format: exportFormat,
    outputPath: pathString,
    baseEdition: editionId.optional(),
    tracked: z.boolean().optional(),
    compareToSource: textContent.optional(),
    jobId: jobId.optional(),
  }),
  exportPacket: z.strictObject({
    source: textContent,
    sourcePath: pathString.optional(),
    outputPath: pathString,
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
      .optional(),
    addressee: z.string().max(MAX_TITLE_CHARS).optional(),
    baseEdition: editionId.optional(),
    amendment: z.strictObject({ filedSource: textContent, fileNumber: z.string().max(40).optional() }).optional(),
    jobId: jobId.optional(),
  }),
  showInFolder: byPath,
  openFileDialog: z.strictObject({ purpose: z.enum(['measure', 'edition']) }),
  saveFileDialog: z.strictObject({
    purpose: z.enum(['measure', 'pdf', 'docx', 'html', 'text', 'markdown', 'packet']),
    suggestedName: fileName,
  }),
  // A bound on the payload only; src/shared/external-link.ts refuses links over MAX_LINK_CHARS, saying why.
  openExternalLink: z.strictObject({ url: z.string().max(MAX_LINK_PAYLOAD_CHARS) }),
  getAppInfo: empty,
};

/** Turn zod issues into one sentence naming each offending field. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.length === 0 ? 'request' : issue.path.map(String).join('.');
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * Check an untrusted payload against `method`'s schema. Returns the parsed request (unknown keys
 * refused) or an `invalid-request` error that names the method and the fields at fault.
 */
export function validateRequest<M extends StudioMethod>(
  method: M,
  payload: unknown,
): Result<StudioRequest<M>, StudioError> {
  const schema: z.ZodType<StudioRequest<M>> = REQUEST_SCHEMAS[method];
  const parsed = schema.safeParse(payload);
  if (parsed.success) return ok(parsed.data);
  return err(
    studioError('invalid-request', `Invalid request to ${method}: ${describeIssues(parsed.error.issues)}.`, {
      hint: 'This is a bug in the caller; the request was not carried out.',
    }),
  );
}

const recoveryItem = z.strictObject({
  key: z.string(),
  path: z.string().nullable(),
  fileName: z.string(),
  savedAt: z.string(),
  bytes: z.number(),
  baseSha256: z.string().nullable(),
});

/** Schema of every StudioEvent (the client checks events too: a bad one is dropped, not delivered). */
export const EVENT_SCHEMA: z.ZodType<StudioEvent> = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('menu-command'), command: z.enum(MENU_COMMANDS) }),
  z.strictObject({ type: z.literal('file-changed'), path: z.string(), sha256: z.string().nullable() }),
  z.strictObject({
    type: z.literal('export-progress'),
    jobId: z.string(),
    stage: z.string(),
    completed: z.number(),
    total: z.number(),
  }),
  z.strictObject({ type: z.literal('recovery-available'), items: z.array(recoveryItem) }),
  z.strictObject({ type: z.literal('open-file'), path: z.string() }),
]);

/** A StudioEvent, or undefined when `value` is not one. */
export function parseStudioEvent(value: unknown): StudioEvent | undefined {
  const parsed = EVENT_SCHEMA.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
