/**
 * `--base`: before anything is printed, check that the official text the measure quotes is still the
 * text of the edition. Every amendment block carries the base text it changes; it must equal the
 * edition's text for that provision (compared with runs of whitespace collapsed: hard wraps carry no
 * meaning in a printed measure).
 */
import { indexById } from '../constitution/locate';
import { parseConstitution } from '../constitution/parse';
import { sectionBody } from '../constitution/text';
import type { LegalDoc } from '../constitution/types';
import type { AmendmentPart, MeasureFile } from '../measure/types';
import { sha256OfText } from '../shared/sha256';
import { err, ok, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';

export interface EditionSource {
  readonly source: string;
  readonly path?: string;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The edition's text for what `part` records as its base, or undefined when the edition lacks the provision. */
function editionText(edition: LegalDoc, part: AmendmentPart): string | undefined {
  const node = indexById(edition).get(part.target);
  if (node?.type === 'section') return sectionBody(edition, node);
  if (node?.type === 'article') {
    return part.op === 'retitle' ? (node.title ?? '') : edition.source.slice(node.extent.start, node.extent.end);
  }
  return undefined;
}

/** `ok` when the edition is the one recorded, or when it still reads exactly as every block quotes it. */
export function verifyMeasureBase(
  measure: MeasureFile,
  edition: EditionSource,
  measurePath: string | undefined,
): Result<true, StudioError> {
  if (sha256OfText(edition.source) === measure.meta.base.sha256) return ok(true);
  const doc = parseConstitution(edition.source, edition.path === undefined ? {} : { path: edition.path });
  const editionName = edition.path ?? 'the edition';
  for (const part of measure.parts) {
    if (part.type !== 'amendment' || part.base === undefined || part.op === 'add') continue;
    const official = editionText(doc, part);
    if (official !== undefined && collapse(official) === collapse(part.base)) continue;
    const problem =
      official === undefined
        ? `"${part.heading}" changes a provision that ${editionName} does not have`
        : `"${part.heading}" quotes official text that differs from ${editionName}: the measure was drafted against another edition`;
    return err(
      studioError('stale-base', problem, {
        ...(measurePath === undefined ? {} : { file: measurePath }),
        line: part.position.start.line,
        hint: 'Rebase the measure on this edition (amend rebase) and review the changes before filing.',
      }),
    );
  }
  return ok(true);
}
