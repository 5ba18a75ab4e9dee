// Types of scripts/electronegativity-gate-lib.mjs (for the unit test).
export interface InlineAnnotation {
  readonly file: string;
  readonly line: number;
  readonly checks: readonly string[];
  readonly reason: string;
}
export interface Finding {
  readonly check: string;
  readonly file: string | null;
  readonly line: number;
  readonly message: string;
}
export interface GlobalAnnotations {
  readonly annotations: readonly { readonly check: string; readonly file?: string; readonly reason: string }[];
  readonly excluded: readonly { readonly check: string; readonly reason: string }[];
}
export interface GateResult {
  readonly findings: readonly Finding[];
  readonly annotated: readonly { readonly finding: Finding; readonly reason: string }[];
  readonly unannotated: readonly Finding[];
  readonly problems: readonly string[];
  readonly passed: boolean;
}
export const MIN_REASON_CHARS: number;
export function inlineAnnotations(file: string, text: string): InlineAnnotation[];
export function findingsFromSarif(sarif: unknown): Finding[];
export function parseAnnotationsFile(json: unknown): GlobalAnnotations;
export function excludeArgument(excluded: GlobalAnnotations['excluded']): string;
export function evaluateGate(input: {
  readonly findings: readonly Finding[];
  readonly inline: readonly InlineAnnotation[];
  readonly global: GlobalAnnotations;
}): GateResult;
export function figureLine(result: GateResult): string;
