/**
 * Messages between the UI thread and the diff worker (diff.worker.ts). Everything is plain data
 * (structured clone); offsets are UTF-16 offsets into the edited source, as Monaco's `getPositionAt` takes.
 */
import type { ChangeKind, RedlineSegment } from '../../src/diff/types';
import type { LintMessage } from '../../src/measure/lint';

/** One entry of the outline (articles and sections of the edited text). */
export interface OutlineEntry {
  /** Node id: `art-III`, `art-III/sec-1`. */
  readonly id: string;
  readonly kind: 'article' | 'section';
  /** `Article III`, `Section 1`. */
  readonly label: string;
  /** Article title, e.g. `STATE OF CALIFORNIA`. */
  readonly title?: string;
  /** 1-based line of the heading in the edited text. */
  readonly line: number;
}

/** A redline mark to decorate in the editor. */
export type RedlineMark =
  | { readonly kind: 'insert'; readonly offset: number; readonly length: number }
  | { readonly kind: 'delete'; readonly offset: number; readonly text: string };

/** One operation as the amendments panel shows it. */
export interface AmendmentItem {
  readonly op: ChangeKind;
  /** Node id the operation targets (base id). */
  readonly target: string;
  /** `Article III, Section 1`. */
  readonly citation: string;
  /** The generated amending clause, e.g. `Section 1 of Article III of the California Constitution is amended to read:`. */
  readonly clause: string;
  readonly deletedWords: number;
  readonly insertedWords: number;
  /** 1-based line in the edited text to jump to (the base place for a repeal). */
  readonly line: number;
  /** The changed words with a little context, for the panel (shortened; the measure view shows all). */
  readonly excerpt: readonly RedlineSegment[];
}

/** What the UI asks for: load a base edition, or diff an edited text against it. */
export type DiffRequestBody =
  | {
      readonly type: 'open';
      readonly base: string;
      readonly path?: string;
      /** The measure whose amendments are applied to the base to give the text to edit. */
      readonly measure?: string;
    }
  | { readonly type: 'update'; readonly edited: string }
  /** Bring the measure's amendment blocks in line with the edited text (after typing pauses, before a save). */
  | { readonly type: 'sync'; readonly edited: string; readonly measure: string }
  /** Check the measure, its quoted official text included, against the open base edition. */
  | { readonly type: 'lint'; readonly measure: string };

export type DiffRequest = DiffRequestBody & { readonly requestId: number };

export interface DiffResult {
  readonly items: readonly AmendmentItem[];
  readonly marks: readonly RedlineMark[];
  /** Ids of outline entries (sections and their articles) that the operations touch. */
  readonly changedIds: readonly string[];
  readonly outline: readonly OutlineEntry[];
  /** For `open`: the text to edit (the base with the measure's amendments applied) and why it may be the bare base. */
  readonly opened?: { readonly edited: string; readonly problems: readonly string[] };
  /** True when a cost cap was hit (the redline is correct but not minimal) or marks were capped. */
  readonly approximate: boolean;
  /** Time the worker spent on this request. */
  readonly elapsedMs: number;
}

/** The measure after a `sync`, and the changes its blocks cannot express. */
export interface SyncResult {
  readonly measure: string;
  readonly notes: readonly string[];
}

export type DiffResponse =
  | { readonly type: 'linted'; readonly requestId: number; readonly messages: readonly LintMessage[] }
  | ({ readonly type: 'result'; readonly requestId: number } & DiffResult)
  | ({ readonly type: 'synced'; readonly requestId: number } & SyncResult)
  | { readonly type: 'error'; readonly requestId: number; readonly message: string };
