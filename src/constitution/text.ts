/** Reading node text back from the source (the source is canonical; nothing is re-serialised). */
import type { LegalDoc, Section, Span } from './types';

/** The source text of a node: `source.slice(start, end)` of its position. */
export function textOf(doc: LegalDoc, node: { readonly position: Span }): string {
  return doc.source.slice(node.position.start.offset, node.position.end.offset);
}

/** A section's body: everything after its heading line up to the next heading (`[bodyStart, extent.end)`). */
export function sectionBody(doc: LegalDoc, section: Section): string {
  return doc.source.slice(section.bodyStart, section.extent.end);
}

/** The text of a section's whole unit, heading included (`extent`). */
export function sectionUnit(doc: LegalDoc, section: Section): string {
  return doc.source.slice(section.extent.start, section.extent.end);
}
