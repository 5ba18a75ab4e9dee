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
    readonly comparison: ComparisonView;
    readonly fileNumber?: string;
  };
}

export interface PacketDocument {
  readonly document: Omit<PrintDocument, 'fonts'>;
  readonly metadata: PdfMetadata;
}

function measureSection(measure: ReadMeasure): PrintSection {
  return { role: 'measure', startsPage: true, blocks: [{ type: 'measure', document: measure.document }] };
}

/** Lay out the packet, or the first missing fact. */
export function packetDocument(content: PacketContent): Result<PacketDocument, StudioError> {
  const { measure } = content;
  if (!isIsoDate(content.date)) {
    return err(
      studioError('invalid-request', `The letter date "${content.date}" is not a date in the form YYYY-MM-DD.`),
    );
  }
  const checked = checkProponents(measure.file.meta.proponents, content.measurePath);
  if (!checked.ok) return checked;
  const proponents = checked.value;
  const title = measure.file.meta.title;
  const letterInput = {
    title,
    effect: measure.effect,
    proponents,
    date: content.date,
    ...(content.addressee === undefined ? {} : { addressee: content.addressee }),
  };
  let sections: PrintSection[];
  const amendment = content.amendment;
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
    const filedRevision = amendment.filed.file.meta.revision;
    sections = [
      amendmentLetter({
        ...letterInput,
        filedLabel: filedRevision.label,
        ...(filedRevision.date === undefined ? {} : { filedDate: filedRevision.date }),
        ...(amendment.fileNumber === undefined ? {} : { fileNumber: amendment.fileNumber }),
      }),
      ...proponents.map((proponent) => proponentAmendmentRequest(proponent, title, amendment.fileNumber)),
      measureSection(measure),
      { role: 'report', startsPage: true, blocks: [{ type: 'comparison', comparison: amendment.comparison }] },
      packetNotes('amendment', measure.sha256),
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
  });
}
