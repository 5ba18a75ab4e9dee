/**
 * A merge conflict's subject as the app shows it. The merge names front matter by its YAML path
 * (`front matter: title`, `front matter: base.edition`), which means nothing to a campaign; the
 * app names the field as its forms do.
 */

/** Front matter keys (the first step of the path) and what the forms call them. */
const FRONT_MATTER_LABELS: Readonly<Record<string, string>> = {
  title: 'Title of the measure',
  kind: 'Kind of measure',
  proponents: 'Proponents',
  base: 'Base edition of the constitution',
  revision: 'Revision details',
  options: 'Printing options',
};

const FRONT_MATTER_SUBJECT = /^front matter: (.+)$/;

/** `front matter: title` → `Title of the measure`; other subjects (provision headings) unchanged. */
export function conflictSubjectLabel(subject: string): string {
  const path = FRONT_MATTER_SUBJECT.exec(subject)?.[1];
  if (path === undefined) return subject;
  const key = path.split(/[.[]/)[0] ?? path;
  return FRONT_MATTER_LABELS[key] ?? `Measure details (${path})`;
}
