/**
 * The Attorney General filing packet as one printable document (pure; the preview shows exactly this):
 * request letter, then each proponent's signed pages, then the measure text, then (amendment mode) the
 * redline against the as-filed measure, then the proponents' notes page.
 */
import type { ComparisonView } from '../render/comparison-types';
import type { PrintDocument, PrintSection } from '../render/print-types';
import { err, ok, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';
import { isIsoDate } from './dates';
import { filingFeeOn } from './fees';
import { amendmentLetter, requestLetter } from './letter';
import type { ReadMeasure } from './measure-input';
import { packetNotes } from './packet-notes';
import type { PdfMetadata } from './pdf-finalize';
import { proponentAmendmentRequest, proponentStatements } from './proponent-pages';
import { amendmentSigners, proponentChangeWarning } from './amendment-proponents';
import { checkProponents } from './proponents';

export interface PacketContent {
  readonly measure: ReadMeasure;
  readonly measurePath?: string;
  /** Letter date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly addressee?: string;
  /** Amendment mode: the as-filed measure and the revision comparison against it. */
  readonly amendment?: {
    readonly filed: ReadMeasure;
    /** Named in error messages only. */
    readonly filedPath?: string;
    readonly comparison: ComparisonView;
    readonly fileNumber?: string;
  };
}

export interface PacketDocument {
  readonly document: Omit<PrintDocument, 'fonts'>;
  readonly metadata: PdfMetadata;
  /** Warnings for the user (the CLI prints them on stderr); each is also on the notes page. */
  readonly notes: readonly string[];
}

function measureSection(measure: ReadMeasure): PrintSection {
  return { role: 'measure', startsPage: true, blocks: [{ type: 'measure', document: measure.document }] };
}

function pathOf(path: string | undefined): { path?: string } {
  return path === undefined ? {} : { path };
}

/** Lay out the packet, or the first missing fact. */
export function packetDocument(content: PacketContent): Result<PacketDocument, StudioError> {
  const { measure } = content;
  if (!isIsoDate(content.date)) {
    return err(
      studioError('invalid-request', `The letter date "${content.date}" is not a date in the form YYYY-MM-DD.`),
    );
  }
  const amendment = content.amendment;
  const measureFile = { proponents: measure.file.meta.proponents, ...pathOf(content.measurePath) };
  const checked =
    amendment === undefined
      ? checkProponents(measureFile.proponents, content.measurePath)
      : amendmentSigners(
          { proponents: amendment.filed.file.meta.proponents, ...pathOf(amendment.filedPath) },
          measureFile,
        );
  if (!checked.ok) return checked;
  // Amendment mode: every proponent of the filed measure signs (EC 9002(b)(1)), see amendment-proponents.
  const proponents = 'signers' in checked.value ? checked.value.signers : checked.value;
  const warning = 'signers' in checked.value ? proponentChangeWarning(checked.value) : undefined;
  const notes = warning === undefined ? [] : [warning];
  const title = measure.file.meta.title;
  const letterInput = {
    title,
    effect: measure.effect,
    proponents,
    date: content.date,
    ...(content.addressee === undefined ? {} : { addressee: content.addressee }),
  };
  let sections: PrintSection[];
  if (amendment === undefined) {
    const fee = filingFeeOn(content.date);
    if (!fee.ok) return fee;
    sections = [
      requestLetter(letterInput, fee.value),
      ...proponents.map((proponent) => proponentStatements(proponent, title)),
      measureSection(measure),
      packetNotes('initial', measure.sha256),
    ];
  } else {
    const filedMeta = amendment.filed.file.meta;
    sections = [
      amendmentLetter({
        ...letterInput,
        filedTitle: filedMeta.title,
        filedLabel: filedMeta.revision.label,
        ...(filedMeta.revision.date === undefined ? {} : { filedDate: filedMeta.revision.date }),
        ...(amendment.fileNumber === undefined ? {} : { fileNumber: amendment.fileNumber }),
      }),
      ...proponents.map((proponent) => proponentAmendmentRequest(proponent, filedMeta.title, amendment.fileNumber)),
      measureSection(measure),
      { role: 'report', startsPage: true, blocks: [{ type: 'comparison', comparison: amendment.comparison }] },
      packetNotes('amendment', measure.sha256, notes),
    ];
  }
  const revision = measure.file.meta.revision;
  const kind = amendment === undefined ? 'Request for title and summary' : 'Amendment request';
  return ok({
    document: { title: `${kind}: ${title}`, fingerprint: measure.document.fingerprint, sections },
    metadata: {
      title: `${kind}: ${title}`,
      subject: `Attorney General filing packet, ${revision.label}`,
      keywords: ['California initiative', 'Attorney General filing packet', revision.label],
      sha256: measure.sha256,
      date: revision.date ?? content.date,
      purpose: amendment === undefined ? 'packet' : 'amendment-packet',
    },
    notes,
  });
}
