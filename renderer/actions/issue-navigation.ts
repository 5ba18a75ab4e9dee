/** "Go to the problem": a constitution provision in the edit view, or the measure field holding the line. */
import type { MeasureIssue } from '../model/measure-preview';
import { parsedMeasure } from '../model/measure-text';
import { measureStore } from '../state/measure-store';
import { diffStore } from '../state/diff-store';
import { draftStore } from '../state/draft-store';
import { showView, showToast } from '../state/ui-store';
import { editorController } from '../editor/editor-controller';
import { nthOccurrence, occurrencesBefore, offsetOfPoint } from '../model/hidden-issue';

/** Focus a field and select the `n`-th occurrence of `char` in it (a hidden character the checks named). */
function selectInField(fieldId: string, char: string, n: number): void {
  const field = document.getElementById(fieldId);
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
  field.focus();
  const at = nthOccurrence(field.value, char, n);
  if (at >= 0) field.setSelectionRange(at, at + char.length);
}

/** The outline line of a node id, or of its nearest section/article ancestor. */
function lineOfTarget(target: string): number | undefined {
  const outline = diffStore.get().outline;
  for (let id = target; id !== ''; id = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '') {
    const entry = outline.find((candidate) => candidate.id === id);
    if (entry !== undefined) return entry.line;
  }
  return undefined;
}

export function goToIssue(issue: MeasureIssue): void {
  if (issue.target !== undefined && draftStore.get().edition !== undefined) {
    const line = lineOfTarget(issue.target);
    if (line !== undefined) {
      showView('edit');
      const character = issue.character;
      requestAnimationFrame(() => {
        editorController.revealLine(line);
        // A hidden character: select it in the section's text (where the drafter can delete it).
        if (character !== undefined) editorController.selectText(character, line);
      });
      return;
    }
  }
  const measure = parsedMeasure(measureStore.get().source);
  const index = measure.parts.findIndex(
    (part) => part.position.start.line <= issue.line && issue.line <= part.position.end.line,
  );
  const part = measure.parts[index];
  if (part?.type === 'amendment') {
    showToast(`“${part.heading}” is generated from the constitution text: ${issue.message} (line ${issue.line})`);
    return;
  }
  const conflict = measure.conflicts.find(
    (candidate) => candidate.position.start.line <= issue.line && issue.line <= candidate.position.end.line,
  );
  if (conflict !== undefined) {
    showToast(`Conflict ${conflict.id} (${conflict.subject}) is unresolved: resolve it in Compare, Merge.`);
    return;
  }
  showView('measure');
  const fieldId = part?.type === 'uncodified' ? `measure-part-${index}` : 'measure-title';
  const character = issue.character;
  if (character !== undefined) {
    const source = measureStore.get().source;
    const offset = offsetOfPoint(source, issue.line, issue.column);
    // Count from the part's body (its heading line is not in the field) or the title's line.
    const from =
      part?.type === 'uncodified' ? source.indexOf('\n', part.extent.start) + 1 : offsetOfPoint(source, issue.line, 1);
    if (part !== undefined || /^title:/.test(source.slice(from, from + 6))) {
      requestAnimationFrame(() =>
        selectInField(fieldId, character, occurrencesBefore(source, character, from, offset)),
      );
    } else {
      showToast(`${issue.message} (line ${issue.line}, column ${issue.column} of the measure file's front matter)`);
    }
    return;
  }
  requestAnimationFrame(() => document.getElementById(fieldId)?.focus());
}
