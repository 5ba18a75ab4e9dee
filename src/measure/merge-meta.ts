/**
 * Three-way merge of the front matter. Values are merged key by key (`base` and `options` field by
 * field, `proponents` proponent by proponent, by name); `revision` is not merged: the merged file
 * records both parents instead (see merge.ts).
 */
export type FrontMatterValues = Readonly<Record<string, unknown>>;

export interface MetaSet {
  readonly path: readonly string[];
  /** `undefined`: remove the key. */
  readonly value: unknown;
}

export interface MetaConflict {
  /** Dotted path, e.g. `title`, `options.sectionStyle`, `proponents`. */
  readonly path: string;
  readonly ours: unknown;
  readonly theirs: unknown;
  /** A value that keeps both (the union of two proponent lists). */
  readonly both?: unknown;
}

export interface MetaMerge {
  readonly sets: readonly MetaSet[];
  readonly conflicts: readonly MetaConflict[];
}

/** Keys merged field by field. */
const NESTED_KEYS: ReadonlySet<string> = new Set(['base', 'options']);
/** Keys not merged at all. */
const SKIPPED_KEYS: ReadonlySet<string> = new Set(['revision']);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function record(value: unknown): Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

type Outcome = { kind: 'keep' } | { kind: 'take'; value: unknown } | { kind: 'conflict' };

function threeWay(parent: unknown, ours: unknown, theirs: unknown): Outcome {
  if (same(ours, theirs) || same(theirs, parent)) return { kind: 'keep' };
  if (same(ours, parent)) return { kind: 'take', value: theirs };
  return { kind: 'conflict' };
}

function nameOf(entry: unknown): string | undefined {
  const name = record(entry)['name'];
  return typeof name === 'string' ? name : undefined;
}

function byName(list: unknown): Map<string, unknown> {
  const map = new Map<string, unknown>();
  if (Array.isArray(list))
    for (const entry of list as unknown[]) map.set(nameOf(entry) ?? JSON.stringify(entry), entry);
  return map;
}

/** Merge proponent lists by name; undefined when some proponent was changed differently on both sides. */
function mergeProponents(parent: unknown, ours: unknown, theirs: unknown): { merged: unknown[]; clean: boolean } {
  const p = byName(parent);
  const o = byName(ours);
  const t = byName(theirs);
  const merged: unknown[] = [];
  let clean = true;
  for (const [name, entry] of o) {
    const outcome = threeWay(p.get(name), entry, t.get(name));
    if (outcome.kind === 'conflict') clean = false;
    if (outcome.kind === 'keep') merged.push(entry);
    else if (outcome.kind === 'take' && outcome.value !== undefined) merged.push(outcome.value);
    else if (outcome.kind === 'conflict') merged.push(entry);
  }
  for (const [name, entry] of t) {
    if (o.has(name)) continue;
    const outcome = threeWay(p.get(name), undefined, entry);
    if (outcome.kind === 'take') merged.push(entry);
    if (outcome.kind === 'conflict') clean = false;
  }
  return { merged, clean };
}

/** Merge three front matters (as plain data). */
export function mergeFrontMatter(
  parent: FrontMatterValues,
  ours: FrontMatterValues,
  theirs: FrontMatterValues,
): MetaMerge {
  const sets: MetaSet[] = [];
  const conflicts: MetaConflict[] = [];
  const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(parent)])];
  for (const key of keys) {
    if (SKIPPED_KEYS.has(key)) continue;
    if (key === 'proponents') {
      if (threeWay(parent[key], ours[key], theirs[key]).kind === 'keep') continue;
      const { merged, clean } = mergeProponents(parent[key], ours[key], theirs[key]);
      if (clean) sets.push({ path: [key], value: merged });
      else {
        const union = [...(Array.isArray(ours[key]) ? (ours[key] as unknown[]) : [])];
        for (const [name, entry] of byName(theirs[key])) if (!byName(ours[key]).has(name)) union.push(entry);
        conflicts.push({ path: key, ours: ours[key], theirs: theirs[key], both: union });
      }
      continue;
    }
    if (NESTED_KEYS.has(key)) {
      const p = record(parent[key]);
      const o = record(ours[key]);
      const t = record(theirs[key]);
      for (const field of new Set([...Object.keys(o), ...Object.keys(t), ...Object.keys(p)])) {
        const outcome = threeWay(p[field], o[field], t[field]);
        if (outcome.kind === 'take') sets.push({ path: [key, field], value: outcome.value });
        if (outcome.kind === 'conflict') conflicts.push({ path: `${key}.${field}`, ours: o[field], theirs: t[field] });
      }
      continue;
    }
    const outcome = threeWay(parent[key], ours[key], theirs[key]);
    if (outcome.kind === 'take') sets.push({ path: [key], value: outcome.value });
    if (outcome.kind === 'conflict') conflicts.push({ path: key, ours: ours[key], theirs: theirs[key] });
  }
  return { sets, conflicts };
}
