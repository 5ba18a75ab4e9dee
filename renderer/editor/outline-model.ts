/** Pure helpers for the outline: group the flat entries into articles, find the entry at a line. */
import type { OutlineEntry } from '../workers/diff-protocol';

export interface OutlineArticle extends OutlineEntry {
  readonly sections: readonly OutlineEntry[];
}

/** Group the flat outline (articles followed by their sections) into articles. */
export function groupOutline(outline: readonly OutlineEntry[]): OutlineArticle[] {
  const articles: { entry: OutlineEntry; sections: OutlineEntry[] }[] = [];
  for (const entry of outline) {
    if (entry.kind === 'article') articles.push({ entry, sections: [] });
    else articles[articles.length - 1]?.sections.push(entry);
  }
  return articles.map(({ entry, sections }) => ({ ...entry, sections }));
}

/** Id of the last section (or article) whose heading is at or above `line`. */
export function currentEntryId(outline: readonly OutlineEntry[], line: number): string | undefined {
  let current: string | undefined;
  for (const entry of outline) {
    if (entry.line > line) break;
    current = entry.id;
  }
  return current;
}
