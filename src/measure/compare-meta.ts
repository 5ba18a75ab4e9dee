/**
 * Front matter differences between two revisions, as display text: values are compared leaf by
 * leaf (`options.sectionStyle`), proponents by name (`proponents` for who joined or left,
 * `proponents.<name>.contact.email` for what changed).
 */
import { frontMatterData, frontMatterDocument } from './front-matter';
import type { MetadataChange } from './compare-types';

type Data = Readonly<Record<string, unknown>>;

function read(raw: string): Data {
  const document = frontMatterDocument(raw);
  const { data } = frontMatterData(document);
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Data) : {};
}

function isRecord(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A value as one line of text. */
export function displayValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function leafChanges(before: unknown, after: unknown, path: string, out: MetadataChange[]): void {
  if (isRecord(before) || isRecord(after)) {
    const left = isRecord(before) ? before : {};
    const right = isRecord(after) ? after : {};
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
      leafChanges(left[key], right[key], path === '' ? key : `${path}.${key}`, out);
    }
    return;
  }
  const shownBefore = displayValue(before);
  const shownAfter = displayValue(after);
  if (shownBefore === shownAfter) return;
  out.push({
    path,
    ...(shownBefore === undefined ? {} : { before: shownBefore }),
    ...(shownAfter === undefined ? {} : { after: shownAfter }),
  });
}

function proponentsByName(value: unknown): Map<string, unknown> {
  const map = new Map<string, unknown>();
  if (!Array.isArray(value)) return map;
  for (const entry of value as unknown[]) {
    const name = isRecord(entry) && typeof entry['name'] === 'string' ? entry['name'] : JSON.stringify(entry);
    map.set(name, entry);
  }
  return map;
}

/** The front matter changes from `rawA` to `rawB` (YAML texts). */
export function frontMatterChanges(rawA: string, rawB: string): MetadataChange[] {
  const a = read(rawA);
  const b = read(rawB);
  const out: MetadataChange[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (key !== 'proponents') {
      leafChanges(a[key], b[key], key, out);
      continue;
    }
    const before = proponentsByName(a[key]);
    const after = proponentsByName(b[key]);
    const names = (map: Map<string, unknown>): string => [...map.keys()].join('; ');
    if (names(before) !== names(after)) {
      out.push({
        path: 'proponents',
        ...(before.size === 0 ? {} : { before: names(before) }),
        ...(after.size === 0 ? {} : { after: names(after) }),
      });
    }
    for (const [name, entry] of before) {
      if (after.has(name)) leafChanges(entry, after.get(name), `proponents.${name}`, out);
    }
  }
  return out;
}
