/**
 * The links written in the draft, under the print preview (which shows them as plain text, as the
 * filed measure prints them). Each is a button, never an `<a href>`: a click cannot navigate the app;
 * it goes to openDraftLink, which has the host check the URL and the user confirm the full address.
 */
import type { ReactElement } from 'react';
import { openDraftLink } from '../actions/link-actions';
import { MAX_LISTED_LINKS, type DraftLink } from '../model/draft-links';

interface Props {
  readonly links: readonly DraftLink[];
}

export function DraftLinksList({ links }: Props): ReactElement | null {
  if (links.length === 0) return null;
  const listed = links.slice(0, MAX_LISTED_LINKS);
  return (
    <section className="draft-links" aria-labelledby="draft-links-title">
      <h3 className="draft-links-title" id="draft-links-title">
        Links in this draft <span className="muted small">(printed as plain text)</span>
      </h3>
      <ul className="draft-links-list">
        {listed.map((entry) => (
          <li key={`${entry.text}\u0000${entry.link.href}`}>
            <button
              type="button"
              className="link-button"
              title={`${entry.section}: ${entry.link.href}`}
              onClick={() => void openDraftLink(entry.link.href)}
            >
              {entry.text}
            </button>{' '}
            <span className="muted small draft-link-url">{entry.link.href}</span>
          </li>
        ))}
      </ul>
      {links.length > listed.length ? (
        <p className="muted small">{links.length - listed.length} more links are not listed.</p>
      ) : null}
    </section>
  );
}
