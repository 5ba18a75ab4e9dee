/**
 * A measure's own Markdown that was too large or too deeply nested to read (markdown-chunks.ts) is
 * printed as written, every character kept. Say so, where it starts, and which cap it hit: the
 * drafter should know the printed text shows Markdown marks literally there.
 */
import type { LintContext } from './lint-context';
import { markdownChunks } from './markdown-chunks';

/** Report every stretch of an uncodified section kept as written instead of read as Markdown. */
export function lintUnreadMarkdown(context: LintContext): void {
  const { source } = context.measure;
  for (const part of context.measure.parts) {
    if (part.type !== 'uncodified') continue;
    const bodyStart = source.indexOf(part.body, part.extent.start);
    let offset = bodyStart < 0 ? part.extent.start : bodyStart;
    for (const chunk of markdownChunks(part.body)) {
      if (chunk.kind === 'unread') {
        context.report(
          'warning',
          'markdown-too-complex',
          `${part.heading}: this text is printed as written, not read as Markdown, because ${chunk.reason}`,
          'Break it into shorter paragraphs or flatten the nesting; nothing was removed.',
          offset,
        );
      }
      offset += chunk.text.length;
    }
  }
}
