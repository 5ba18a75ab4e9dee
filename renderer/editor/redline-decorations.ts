/**
 * Turns the worker's redline marks into Monaco decorations: inserted words highlighted, deleted words
 * shown as struck injected text at the place they were removed (the text itself is gone from the
 * model), and changed sections marked in the gutter. Pure apart from the model's offset→position map.
 */
import type * as MonacoApi from 'monaco-editor/editor';
import type { OutlineEntry, RedlineMark } from '../workers/diff-protocol';

/** Long deletions are shown shortened in the editor (the amendments panel and the print view show all). */
export const MAX_INJECTED_CHARS = 240;
/** Beyond this many marks the editor shows only the gutter markers (the redline is still in the measure). */
export const MAX_INLINE_MARKS = 4000;

/**
 * `editor.InjectedTextCursorStops.None`: the cursor never stops inside struck text (it is not in the
 * model). The value is spelled out so this module stays free of Monaco's runtime (unit tests run in Node).
 */
const CURSOR_STOPS_NONE = 3 satisfies MonacoApi.editor.InjectedTextCursorStops;

/** What `buildRedlineDecorations` needs of a model. */
export interface OffsetMapper {
  getPositionAt(offset: number): { lineNumber: number; column: number };
  getLineCount(): number;
}

/** A section's line range in the edited text, for the gutter. */
export interface LineRange {
  readonly id: string;
  readonly startLine: number;
  readonly endLine: number;
}

/** Line ranges of the changed sections: from each section heading to the line before the next heading. */
export function changedSectionRanges(
  outline: readonly OutlineEntry[],
  changedIds: ReadonlySet<string>,
  lineCount: number,
): LineRange[] {
  const ranges: LineRange[] = [];
  outline.forEach((entry, index) => {
    if (entry.kind !== 'section' || !changedIds.has(entry.id)) return;
    const next = outline[index + 1];
    const endLine = next === undefined ? lineCount : Math.max(entry.line, next.line - 1);
    ranges.push({ id: entry.id, startLine: entry.line, endLine });
  });
  return ranges;
}

/** Shorten and flatten deleted text for display inside a line. */
export function injectedText(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ¶ ');
  return flat.length <= MAX_INJECTED_CHARS ? flat : `${flat.slice(0, MAX_INJECTED_CHARS - 1)}…`;
}

/** Build the decorations for one diff result. */
export function buildRedlineDecorations(
  model: OffsetMapper,
  marks: readonly RedlineMark[],
  changed: readonly LineRange[],
): MonacoApi.editor.IModelDeltaDecoration[] {
  const decorations: MonacoApi.editor.IModelDeltaDecoration[] = [];
  for (const range of changed) {
    decorations.push({
      range: { startLineNumber: range.startLine, startColumn: 1, endLineNumber: range.endLine, endColumn: 1 },
      options: { isWholeLine: true, linesDecorationsClassName: 'gutter-changed' },
    });
  }
  if (marks.length > MAX_INLINE_MARKS) return decorations;
  for (const mark of marks) {
    const start = model.getPositionAt(mark.offset);
    if (mark.kind === 'insert') {
      const end = model.getPositionAt(mark.offset + mark.length);
      decorations.push({
        range: {
          startLineNumber: start.lineNumber,
          startColumn: start.column,
          endLineNumber: end.lineNumber,
          endColumn: end.column,
        },
        options: {
          inlineClassName: 'redline-insert',
          hoverMessage: { value: 'Inserted' },
        },
      });
    } else {
      decorations.push({
        range: {
          startLineNumber: start.lineNumber,
          startColumn: start.column,
          endLineNumber: start.lineNumber,
          endColumn: start.column,
        },
        options: {
          // The range is empty (the words are gone from the model); without this Monaco drops it.
          showIfCollapsed: true,
          before: {
            content: injectedText(mark.text),
            inlineClassName: 'redline-delete',
            cursorStops: CURSOR_STOPS_NONE,
          },
          hoverMessage: { value: 'Deleted (not in the text; shown struck for reference)' },
        },
      });
    }
  }
  return decorations;
}
