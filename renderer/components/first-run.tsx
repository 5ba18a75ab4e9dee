/** The first-run screen: no constitution text ships with the app; here is how to get and import it. */
import type { ReactElement } from 'react';
import { ImportEditionButton } from './import-edition-button';

export const LEGINFO_CONSTITUTION_URL = 'https://leginfo.legislature.ca.gov/faces/codesTOCSelected.xhtml?tocCode=CONS';

export function FirstRun(): ReactElement {
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h1 id="first-run-title">Start with the text of the California Constitution</h1>
      <p>
        Amendment Studio does not ship any constitution text: a drafting tool must never offer an out-of-date copy as if
        it were the law. Import the current text yourself, once; it stays in your library.
      </p>
      <ol className="steps">
        <li>
          Open the official text on the California Legislative Information site (leginfo), in your usual browser:
          <code className="url">{LEGINFO_CONSTITUTION_URL}</code>
        </li>
        <li>
          Save the constitution as a text file (select all, copy, paste into a plain-text file), or use a Markdown
          edition with <code>## Article …</code> and <code>### Section …</code> headings.
        </li>
        <li>
          Import the file here. Amendment Studio reads the articles and sections and reports anything it could not
          place.
        </li>
      </ol>
      <ImportEditionButton primary />
      <p className="muted small">
        Nothing Amendment Studio prints is legal advice. An older edition (for example a 2011 copy) is not current law:
        check the sections you amend against leginfo before filing.
      </p>
    </section>
  );
}
