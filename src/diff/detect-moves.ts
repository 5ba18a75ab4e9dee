/**
 * Pairs removed sections with added sections by text similarity, so a section that was renumbered
 * (same article) or moved (another article) is reported as one `renumber`/`move` operation instead
 * of a repeal plus an unrelated addition (VS Code's move detection, computeMovedLines.ts, does the
 * same for lines, with an unnamed 0.90 threshold).
 */
import { keepShape } from '../constitution/keep-shape';
import { tokenizeRange, TokenTable } from './token-table';

/**
 * Two section bodies are one section renumbered or moved when at least 60% of their content words
 * (words, numbers and labels other than stop words; Dice coefficient on the multisets) are shared.
 * Measures that renumber or move a section keep nearly all of its words (1.0 when only the number
 * changed; ~0.8 after an amendment as well), while distinct sections rarely share that much: of the
 * 63,546 pairs of sections in the 2011 text, 99.9% share less than 0.35 and 8 reach 0.6 (near-copies
 * such as Art. XVI §14 and §14.5 at 0.83; measured by detect-moves.test.ts). Pairing only considers
 * sections left unmatched by id, so such a near-copy is paired only if one was repealed and the
 * other added. Below the threshold the honest report is a repeal and an addition.
 */
export const SIMILARITY_THRESHOLD = 0.6;

/** A section body reduced to its content-word multiset. */
export interface WordBag {
  readonly counts: ReadonlyMap<number, number>;
  readonly total: number;
  /** The body text, to tell two empty bags apart. */
  readonly text: string;
}

/** Builds word bags over one shared token table, so ids are comparable. */
export class WordBagger {
  private readonly table = new TokenTable();

  /** The content-word bag of `text`. */
  bag(text: string): WordBag {
    const run = tokenizeRange(text, 0, text.length, this.table);
    const counts = new Map<number, number>();
    let total = 0;
    for (let index = 0; index < run.count; index++) {
      const id = run.ids[index]!;
      if (!this.table.isContentWord(id)) continue;
      counts.set(id, (counts.get(id) ?? 0) + 1);
      total++;
    }
    return { counts, total, text };
  }
}

/** Dice similarity of two bags, 0…1 (two bags without content words: 1 when the texts are equal). */
export function bagSimilarity(left: WordBag, right: WordBag): number {
  if (left.total === 0 || right.total === 0) return left.text === right.text ? 1 : 0;
  const [small, large] = left.counts.size <= right.counts.size ? [left, right] : [right, left];
  let shared = 0;
  for (const [id, count] of small.counts) shared += Math.min(count, large.counts.get(id) ?? 0);
  return (2 * shared) / (left.total + right.total);
}

/** A candidate on one side of the pairing. */
export interface PairingCandidate {
  readonly bag: WordBag;
  /** Article id, to prefer a renumber within the same article on ties. */
  readonly articleKey: string;
  /** Document position, to prefer the nearer partner on ties. */
  readonly index: number;
}

/** One chosen pair: indices into the removed and added lists, and their similarity. */
export interface SectionPair {
  readonly removed: number;
  readonly added: number;
  readonly similarity: number;
}

/**
 * Pair removed and added sections greedily, most similar first (ties: same article, then nearest
 * position), keeping only pairs at or above `threshold`. Each section is used at most once.
 */
export function pairBySimilarity(
  removed: readonly PairingCandidate[],
  added: readonly PairingCandidate[],
  threshold: number = SIMILARITY_THRESHOLD,
): SectionPair[] {
  const candidates: (SectionPair & { sameArticle: boolean; distance: number })[] = [];
  for (let r = 0; r < removed.length; r++) {
    for (let a = 0; a < added.length; a++) {
      const similarity = bagSimilarity(removed[r]!.bag, added[a]!.bag);
      if (similarity < threshold) continue;
      candidates.push({
        removed: r,
        added: a,
        similarity,
        sameArticle: removed[r]!.articleKey === added[a]!.articleKey,
        distance: Math.abs(removed[r]!.index - added[a]!.index),
      });
    }
  }
  candidates.sort(
    (left, right) =>
      right.similarity - left.similarity ||
      Number(right.sameArticle) - Number(left.sameArticle) ||
      left.distance - right.distance ||
      left.removed - right.removed ||
      left.added - right.added,
  );
  const usedRemoved = new Set<number>();
  const usedAdded = new Set<number>();
  const pairs: SectionPair[] = [];
  for (const candidate of candidates) {
    if (usedRemoved.has(candidate.removed) || usedAdded.has(candidate.added)) continue;
    usedRemoved.add(candidate.removed);
    usedAdded.add(candidate.added);
    pairs.push({ removed: candidate.removed, added: candidate.added, similarity: candidate.similarity });
  }
  return pairs;
}

/** See constitution/keep-shape.ts: keeps optimized diff code alive across full GCs. */
keepShape(new WordBagger());
