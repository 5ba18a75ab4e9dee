/**
 * Reading the YAML front matter of a measure file with the `yaml` Document API (so offsets of every
 * value are known for messages and splicing) and validating it with zod.
 */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { Extent, ParseMessage } from '../constitution/types';
import { frontMatterSchema, KNOWN_KEY_PATHS, type FrontMatterData } from './front-matter-schema';
import { eachLine, LineIndex } from './source-text';
import type { MeasureMeta, Proponent } from './types';

export interface FrontMatterBlock {
  /** YAML text between the fences. */
  readonly raw: string;
  /** Offset of `raw` in the source. */
  readonly rawStart: number;
  /** Opening fence to the end of the closing fence line (its line break included). */
  readonly extent: Extent;
}

export interface FrontMatterRead {
  readonly block: FrontMatterBlock;
  readonly meta: MeasureMeta;
  readonly unknownKeys: readonly string[];
  readonly messages: readonly ParseMessage[];
}

/** Defaults the model applies when the file leaves a value out. */
export const DEFAULT_OPTIONS = { enactingClause: true, sectionStyle: 'sec' } as const;
export const DEFAULT_REVISION_LABEL = 'Draft';
const UNTITLED = 'Untitled measure';

/** Find the `---` … `---` block at the very start of the file (a BOM is allowed before it). */
export function locateFrontMatter(source: string): FrontMatterBlock | undefined {
  const lines = eachLine(source);
  const first = lines.next().value;
  if (first === undefined || first.text.replace(/^\uFEFF/, '').trimEnd() !== '---') return undefined;
  for (const line of lines) {
    if (line.text.trimEnd() === '---' || line.text.trimEnd() === '...') {
      return { raw: source.slice(first.next, line.start), rawStart: first.next, extent: { start: 0, end: line.next } };
    }
  }
  return undefined;
}

/** Parse the front matter YAML into a Document (kept for splicing). */
export function frontMatterDocument(raw: string): Document {
  return parseDocument(raw, { keepSourceTokens: true, prettyErrors: false, uniqueKeys: true });
}

/**
 * The front matter's plain data, or why there is none. `toJS` throws on YAML that parses without a
 * syntax error but cannot become data: an alias to an anchor that is never set (`*missing`) or an
 * alias bomb past the library's alias limit; a recursive alias makes data that contains itself.
 * Never throws.
 */
export function frontMatterData(document: Document): { readonly data: unknown; readonly problem?: string } {
  if (document.errors.length > 0) return { data: {} };
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    return { data: {}, problem: error instanceof Error ? error.message : String(error) };
  }
  // `&a [*a]` is valid YAML for a value that contains itself; no reader of front matter could finish it.
  if (containsItself(data)) return { data: {}, problem: 'an alias refers to a value that contains it (&a [*a])' };
  return { data };
}

/** True when a value reached through YAML aliases contains itself (`done`: shared values already cleared). */
function containsItself(value: unknown, open = new Set<object>(), done = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object' || done.has(value)) return false;
  if (open.has(value)) return true;
  open.add(value);
  const children = Array.isArray(value) ? (value as unknown[]) : Object.values(value as Record<string, unknown>);
  const cyclic = children.some((child) => containsItself(child, open, done));
  open.delete(value);
  done.add(value);
  return cyclic;
}

/** Read, validate and default the front matter. Never throws; problems become messages. */
export function readFrontMatter(source: string, path: string | undefined): FrontMatterRead {
  const index = new LineIndex(source);
  const message = (
    severity: ParseMessage['severity'],
    ruleId: string,
    text: string,
    offset: number,
    hint?: string,
  ): ParseMessage => {
    const point = index.pointAt(offset);
    return {
      severity,
      ruleId,
      message: text,
      line: point.line,
      column: point.column,
      ...(path === undefined ? {} : { file: path }),
      ...(hint === undefined ? {} : { hint }),
    };
  };

  const block = locateFrontMatter(source);
  if (block === undefined) {
    const opened = /^\uFEFF?---[ \t]*(\r?\n|$)/.test(source);
    return {
      block: { raw: '', rawStart: 0, extent: { start: 0, end: 0 } },
      meta: defaultMeta(undefined),
      unknownKeys: [],
      messages: [
        opened
          ? message(
              'error',
              'unclosed-front-matter',
              'the front matter opened by "---" on line 1 is never closed',
              0,
              'End the YAML with a line holding only "---", before the first "## " heading.',
            )
          : message(
              'error',
              'missing-front-matter',
              'the measure file must start with YAML front matter between "---" lines',
              0,
              'Add title, kind, base (edition, sha256) and revision; see README "The measure file format".',
            ),
      ],
    };
  }

  const document = frontMatterDocument(block.raw);
  const messages: ParseMessage[] = [];
  for (const problem of document.errors) {
    messages.push(message('error', 'yaml-syntax', problem.message.split('\n')[0]!, block.rawStart + problem.pos[0]));
  }
  for (const problem of document.warnings) {
    messages.push(message('warning', 'yaml-warning', problem.message.split('\n')[0]!, block.rawStart + problem.pos[0]));
  }
  const read = frontMatterData(document);
  if (read.problem !== undefined) {
    messages.push(message('error', 'yaml-syntax', read.problem.split('\n')[0]!, block.rawStart));
  }
  const data = read.data;
  const offsetOf = (keyPath: readonly PropertyKey[]): number => block.rawStart + nodeOffset(document, keyPath);

  const parsed = frontMatterSchema.safeParse(data ?? {});
  if (!parsed.success && document.errors.length === 0 && read.problem === undefined) {
    for (const issue of parsed.error.issues) {
      const where = issue.path.length === 0 ? 'front matter' : issue.path.join('.');
      messages.push(
        message('error', 'invalid-front-matter', `${where}: ${issue.message}`, offsetOf(issue.path), FIELD_HINT),
      );
    }
  }
  const unknownKeys = document.errors.length === 0 ? unknownKeyPaths(data) : [];
  for (const key of unknownKeys) {
    messages.push(
      message(
        'info',
        'unknown-key',
        `front matter key "${key}" is not used by Amendment Studio; it is kept as written`,
        offsetOf(key.split('.')),
      ),
    );
  }
  const meta = defaultMeta(parsed.success ? parsed.data : partialData(data));
  if (parsed.success && parsed.data.revision === undefined) {
    messages.push(
      message(
        'info',
        'no-revision',
        `no revision label; the measure is shown as "${DEFAULT_REVISION_LABEL}"`,
        block.rawStart,
      ),
    );
  }
  return { block, meta, unknownKeys, messages };
}

const FIELD_HINT = 'See README "The measure file format" for the front matter fields.';

/** Offset (in the YAML text) of the deepest existing key (or list item) on `keyPath`. */
function nodeOffset(document: Document, keyPath: readonly PropertyKey[]): number {
  const path = keyPath.map((key) => (typeof key === 'string' && /^\d+$/.test(key) ? Number(key) : key));
  for (let length = path.length; length > 0; length--) {
    const parent: unknown = length === 1 ? document.contents : document.getIn(path.slice(0, length - 1), true);
    const last = path[length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find(
        (item) => String((item.key as { value?: unknown } | null)?.value) === String(last),
      );
      const keyRange = (pair?.key as { range?: readonly number[] } | null)?.range;
      if (keyRange?.[0] !== undefined) return keyRange[0];
    }
    if (isSeq(parent) && typeof last === 'number') {
      const item = parent.items[last] as { range?: readonly number[] } | undefined;
      if (item?.range?.[0] !== undefined) return item.range[0];
    }
  }
  return 0;
}

/** Key paths (dotted, with indexes) of values the model does not know. */
function unknownKeyPaths(data: unknown, prefix: readonly string[] = []): string[] {
  const found: string[] = [];
  if (Array.isArray(data)) {
    data.forEach((item, position) => found.push(...unknownKeyPaths(item, [...prefix, String(position)])));
    return found;
  }
  if (data === null || typeof data !== 'object') return found;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const path = [...prefix, key];
    const pattern = path.map((part) => (/^\d+$/.test(part) ? '*' : part)).join('.');
    if (!KNOWN_KEY_PATHS.has(pattern)) found.push(path.join('.'));
    else found.push(...unknownKeyPaths(value, path));
  }
  return found;
}

/** The usable parts of invalid front matter, so the rest of the file still renders. */
function partialData(data: unknown): Partial<FrontMatterData> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const record = data as Record<string, unknown>;
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const object = (value: unknown): Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const kind = text(record['kind']);
  const base = object(record['base']);
  const revision = object(record['revision']);
  const options = object(record['options']);
  const style = text(options['sectionStyle']);
  const out: Record<string, unknown> = {
    title: text(record['title']),
    kind: kind === 'constitutional amendment' || kind === 'statute' || kind === 'both' ? kind : undefined,
    base: { edition: text(base['edition']) ?? '', sha256: text(base['sha256']) ?? '' },
    revision: { label: text(revision['label']) ?? DEFAULT_REVISION_LABEL, author: text(revision['author']) },
    options: {
      enactingClause: typeof options['enactingClause'] === 'boolean' ? options['enactingClause'] : undefined,
      sectionStyle: style === 'sec' || style === 'section' ? style : undefined,
    },
    proponents: Array.isArray(record['proponents'])
      ? (record['proponents'] as unknown[]).flatMap((entry) => {
          const proponent = object(entry);
          const name = text(proponent['name']);
          return name === undefined
            ? []
            : [{ name, county: text(proponent['county']) ?? '', contact: object(proponent['contact']) }];
        })
      : undefined,
  };
  return out;
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

function defaultMeta(data: Partial<FrontMatterData> | undefined): MeasureMeta {
  const proponents: Proponent[] = (data?.proponents ?? []).map((proponent) => ({
    name: proponent.name,
    county: proponent.county,
    contact: defined({
      email: proponent.contact?.email,
      phone: proponent.contact?.phone,
      address: proponent.contact?.address,
      organization: proponent.contact?.organization,
    }),
  }));
  return {
    title: data?.title ?? UNTITLED,
    kind: data?.kind ?? 'constitutional amendment',
    proponents,
    base: { edition: data?.base?.edition ?? '', sha256: data?.base?.sha256 ?? '' },
    revision: defined({
      label: data?.revision?.label ?? DEFAULT_REVISION_LABEL,
      parent: data?.revision?.parent,
      mergeParent: data?.revision?.mergeParent,
      author: data?.revision?.author,
      date: data?.revision?.date,
    }),
    options: {
      enactingClause: data?.options?.enactingClause ?? DEFAULT_OPTIONS.enactingClause,
      sectionStyle: data?.options?.sectionStyle ?? DEFAULT_OPTIONS.sectionStyle,
    },
  };
}
