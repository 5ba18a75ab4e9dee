/**
 * The bundled examples are measure files (`*.measure.md`) and the constitution excerpt they were
 * drafted against (an edition, imported rather than opened).
 */

/** True for an example that is a measure. */
export function isMeasureExample(name: string): boolean {
  return name.endsWith('.measure.md');
}
