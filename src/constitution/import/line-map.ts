/**
 * Where each line of a converted text came from, so a problem found in the import's output can be
 * reported at the line of the file the user gave (`leg.txt:5`), not at the generated Markdown's.
 *
 * A map holds, for every output line, the 1-based input line and the column shift (input column =
 * output column + shift). Copied text keeps its columns; text the importer wrote (a `### ` prefix, a
 * rewritten heading, the front matter) maps to the line it was made from.
 */

export interface LineOrigin {
  /** 1-based line of the input. */
  readonly line: number;
  /** Add to an output column to get the input column. */
  readonly columnShift: number;
}

export type LineMap = readonly LineOrigin[];

/** Builds a text piece by piece while recording the origin of each of its lines. */
export class MappedTextBuilder {
  private text = '';
  private readonly origins: LineOrigin[] = [];
  private atLineStart = true;

  /**
   * Append `text` whose first line comes from input line `line` (later lines from the lines after
   * it when `copied`, all from `line` otherwise).
   */
  append(text: string, line: number, columnShift = 0, copied = true): void {
    const pieces = text.split('\n');
    pieces.forEach((piece, index) => {
      if (index > 0) {
        this.text += '\n';
        this.atLineStart = true;
      }
      if (piece === '' && index === pieces.length - 1 && index > 0) return;
      if (this.atLineStart) {
        this.origins.push({ line: copied ? line + index : line, columnShift: index === 0 ? columnShift : 0 });
        this.atLineStart = false;
      }
      this.text += piece;
    });
  }

  build(): { readonly text: string; readonly map: LineMap } {
    return { text: this.text, map: this.origins };
  }
}

/** The identity map of a text: every line from itself. */
export function identityLineMap(text: string): LineMap {
  let lines = 1;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lines++;
  return Array.from({ length: lines }, (_, index) => ({ line: index + 1, columnShift: 0 }));
}

/** The input position of an output position (lines past the map's end keep their last origin). */
export function mapPosition(map: LineMap, line: number, column: number): { line: number; column: number } {
  const origin = map[Math.min(line, map.length) - 1];
  if (origin === undefined) return { line, column };
  return { line: origin.line, column: Math.max(1, column + origin.columnShift) };
}

/** `outer` maps C → B and `inner` maps B → A: the map C → A. */
export function composeLineMaps(outer: LineMap, inner: LineMap): LineMap {
  return outer.map((origin) => {
    const through = mapPosition(inner, origin.line, 1 + origin.columnShift);
    return { line: through.line, columnShift: through.column - 1 };
  });
}
