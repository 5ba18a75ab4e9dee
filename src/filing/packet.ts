/**
 * `buildPacket`: the Attorney General filing packet as one PDF (pure orchestration; the printer,
 * fonts and progress callback are injected by the host).
 */
import { err, ok, type Result } from '../shared/result';
import type { StudioError } from '../shared/studio-error';
import type { ExportDeps } from './export-types';
import { readMeasure, type MeasureSource } from './measure-input';
import { packetDocument, type PacketContent, type PacketDocument } from './packet-document';
import { printPdf } from './print-pdf';
import { progressSteps } from './progress';
import { compareWithFiled } from './revision-comparison';
import { verifyMeasureBase, type EditionSource } from './verify-base';

export interface PacketRequest {
  readonly measure: MeasureSource;
  /** Letter date, `YYYY-MM-DD` (it also picks the filing fee). */
  readonly date: string;
  /** Addressee setting; default: the Initiative Coordinator's office address. */
  readonly addressee?: string;
  /** Verify the measure's quoted official text against this edition first. */
  readonly base?: EditionSource;
  /** Amendment mode (EC 9002(b)): the measure as filed, and its A.G. file number if known. */
  readonly amendment?: { readonly filed: MeasureSource; readonly fileNumber?: string };
}

/** Read, check and lay out the packet without printing it (the app's preview uses this). */
export function preparePacket(request: PacketRequest): Result<PacketDocument, StudioError> {
  const measure = readMeasure(request.measure);
  if (!measure.ok) return measure;
  if (request.base !== undefined) {
    const verified = verifyMeasureBase(measure.value.file, request.base, request.measure.path);
    if (!verified.ok) return verified;
  }
  let amendment: PacketContent['amendment'];
  if (request.amendment !== undefined) {
    const filed = readMeasure(request.amendment.filed);
    if (!filed.ok) return filed;
    amendment = {
      filed: filed.value,
      ...(request.amendment.filed.path === undefined ? {} : { filedPath: request.amendment.filed.path }),
      comparison: compareWithFiled(filed.value, measure.value),
      ...(request.amendment.fileNumber === undefined ? {} : { fileNumber: request.amendment.fileNumber }),
    };
  }
  return packetDocument({
    measure: measure.value,
    date: request.date,
    ...(request.measure.path === undefined ? {} : { measurePath: request.measure.path }),
    ...(request.addressee === undefined ? {} : { addressee: request.addressee }),
    ...(amendment === undefined ? {} : { amendment }),
  });
}

export interface PacketOutput {
  readonly bytes: Uint8Array;
  /** Warnings the user must read before filing (also printed on the packet's notes page). */
  readonly notes: readonly string[];
}

/** The packet as PDF bytes, with its warnings. */
export async function buildPacket(
  request: PacketRequest,
  deps: ExportDeps,
): Promise<Result<PacketOutput, StudioError>> {
  const progress = progressSteps(4, deps.onProgress);
  progress.step('Checking the measure');
  const prepared = preparePacket(request);
  if (!prepared.ok) return err(prepared.error);
  const pdf = await printPdf(prepared.value, { printer: deps.printer, fonts: deps.fonts?.print }, progress);
  if (!pdf.ok) return pdf;
  progress.finish('Done');
  return ok({ bytes: pdf.value, notes: prepared.value.notes });
}
