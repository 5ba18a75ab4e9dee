/** "Go to the problem": a constitution provision in the edit view, or the measure field holding the line. */
import type { MeasureIssue } from '../model/measure-preview';
import { parsedMeasure } from '../model/measure-text';
import { measureStore } from '../state/measure-store';
import { diffStore } from '../state/diff-store';
import { draftStore } from '../state/draft-store';
import { showView, showToast } from '../state/ui-store';
import { editorController } from '../editor/editor-controller';

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
      requestAnimationFrame(() => editorController.revealLine(line));
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
  requestAnimationFrame(() => document.getElementById(fieldId)?.focus());
}
