/**
 * The one place the renderer puts HTML into a page (the ESLint security rules allow `srcDoc` only
 * here). The HTML is a complete document from src/render, already sanitized with its allowlist schema;
 * it is shown in an iframe with `sandbox=""`: no scripts (not even ours), an opaque origin (it cannot
 * reach the app or its API), no forms, no popups, no navigation of the app. The document has no links
 * either: links written in a draft are listed outside the frame (DraftLinksList), where a click goes
 * through the openExternalLink API.
 */
import type { ReactElement } from 'react';

interface Props {
  /** A complete HTML document produced by src/render (sanitized with its allowlist schema). */
  readonly html: string;
  readonly title: string;
  readonly className?: string;
}

export function SanitizedFrame({ html, title, className }: Props): ReactElement {
  return <iframe className={className} title={title} sandbox="" srcDoc={html} />;
}
