/**
 * Stable node ids derived from numbering: `art-III`, `art-XIIIA`, `art-III/sec-1`,
 * `art-I/sec-19/e/2`, list items `art-I/sec-19/e/item-1`, leaves `<parent>/p1` (paragraph),
 * `/t1` (table), `/h1` (history note), `/u1` (unknown block). A duplicate gets `~2`, `~3` …
 * (`art-III/sec-1~2`) so every id in a document is unique.
 */
import type { ArticleNumber } from './types';
import { keepShape } from './keep-shape';

const ARTICLE_PREFIX = 'art-';
const SECTION_PREFIX = 'sec-';
/** Leaf segments: paragraph, table, history note, unknown block, each numbered from 1. */
const LEAF_SEGMENT = /^[pthu]\d+$/;
const ARTICLE_KEY = /^[IVXLCDM]+[A-Z]?(?:~\d+)?$|^\d+[A-Z]?(?:~\d+)?$/;
const SECTION_NUMBER = /^\d+(?:\.\d+)*(?:~\d+)?$/;
const SUBDIVISION_KEY = /^(?:[a-z]{1,4}|[A-Z]{1,2}|\d{1,3}|item-\d{1,9})(?:~\d+)?$/;

/** `art-III`, `art-XIIIA`. */
export function articleId(number: ArticleNumber): string {
  return `${ARTICLE_PREFIX}${number.key}`;
}

/** `art-III/sec-1`. `articleKey` is the article's key (`III`) or its id (`art-III`); both work. */
export function sectionId(articleKey: string, sectionNumber: string): string {
  const article = articleKey.startsWith(ARTICLE_PREFIX) ? articleKey : `${ARTICLE_PREFIX}${articleKey}`;
  return `${article}/${SECTION_PREFIX}${sectionNumber}`;
}

/** A child id: `<parent>/<segment>`. */
export function childId(parentId: string, segment: string): string {
  return `${parentId}/${segment}`;
}

/** The parts of a node id. */
export interface NodeIdParts {
  /** `III`, `XIIIA` (with `~2` when the id is a duplicate's). */
  readonly articleKey: string;
  /** `1`, `7.5` (with `~2` for a duplicate). */
  readonly section?: string;
  /** Subdivision keys outermost first: `['e', '2']`, `['e', 'item-1']`. */
  readonly subdivisions: readonly string[];
  /** A leaf segment such as `p1`, `t1`, `h1`, `u1`, when the id names a leaf. */
  readonly leaf?: string;
}

/** Split an id into its parts, or undefined when it is not an article-based id. */
export function parseNodeId(id: string): NodeIdParts | undefined {
  const segments = id.split('/');
  const head = segments[0]!;
  if (!head.startsWith(ARTICLE_PREFIX)) return undefined;
  const articleKey = head.slice(ARTICLE_PREFIX.length);
  if (!ARTICLE_KEY.test(articleKey)) return undefined;
  let index = 1;
  let section: string | undefined;
  if (segments[index]?.startsWith(SECTION_PREFIX) === true) {
    section = segments[index]!.slice(SECTION_PREFIX.length);
    if (!SECTION_NUMBER.test(section)) return undefined;
    index++;
  }
  const subdivisions: string[] = [];
  let leaf: string | undefined;
  for (; index < segments.length; index++) {
    const segment = segments[index]!;
    if (index === segments.length - 1 && LEAF_SEGMENT.test(segment)) leaf = segment;
    else if (SUBDIVISION_KEY.test(segment)) subdivisions.push(segment);
    else return undefined;
  }
  return {
    articleKey,
    ...(section === undefined ? {} : { section }),
    subdivisions,
    ...(leaf === undefined ? {} : { leaf }),
  };
}

/** Build an id from its parts (the inverse of parseNodeId). */
export function formatNodeId(parts: NodeIdParts): string {
  let id = `${ARTICLE_PREFIX}${parts.articleKey}`;
  if (parts.section !== undefined) id += `/${SECTION_PREFIX}${parts.section}`;
  for (const key of parts.subdivisions) id += `/${key}`;
  if (parts.leaf !== undefined) id += `/${parts.leaf}`;
  return id;
}

/** Normalise a section number as written (`07.5.` → `7.5`); undefined when it is not one. */
export function normaliseSectionNumber(written: string): string | undefined {
  const match = /^(\d+(?:\.\d+)*)\.?$/.exec(written.trim());
  if (match === null) return undefined;
  return match[1]!
    .split('.')
    .map((part) => String(Number(part)))
    .join('.');
}

/** Order of two section numbers, component by component (`7` < `7.5` < `8` < `14.1` < `20`). */
export function compareSectionNumbers(a: string, b: string): number {
  // Most numbers have no point: compare them without splitting.
  if (!a.includes('.') && !b.includes('.')) return Number(a) - Number(b);
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = Number(left[i] ?? -1) - Number(right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Hands out unique ids: the first use of a base id returns it unchanged, later uses get `~2`, `~3` ….
 * `isDuplicate` tells the caller to report it.
 */
export class IdAllocator {
  private readonly used = new Map<string, number>();

  allocate(base: string): { id: string; isDuplicate: boolean } {
    const count = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, count);
    return count === 1 ? { id: base, isDuplicate: false } : { id: `${base}~${count}`, isDuplicate: true };
  }
}

/** See keep-shape.ts: keeps optimized parser code alive across full GCs. */
keepShape(new IdAllocator());
