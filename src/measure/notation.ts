/**
 * The notation sentence that tells the reader what strikeout and italic type mean, worded for the
 * operations actually present. Attested forms (ca-filing-rules.md §4.3): "… by adding a section
 * thereto; therefore, new provisions proposed to be added are printed in italic type to indicate
 * that they are new." and "… by amending a section thereof and adding a section thereto; therefore,
 * existing provisions proposed to be deleted are printed in strikeout type and new provisions …".
 */

/** The verbs of the sentence, in the order they are listed. */
export type NotationVerb = 'amending' | 'amending and renumbering' | 'renumbering' | 'repealing' | 'adding';

/** What one verb acts on. */
export type NotationObject = 'section' | 'article' | 'article heading';

export interface NotationItem {
  readonly verb: NotationVerb;
  readonly object: NotationObject;
}

export interface NotationInput {
  readonly items: readonly NotationItem[];
  /** Struck text is printed somewhere in the measure. */
  readonly hasDeletions: boolean;
  /** Italic text is printed somewhere in the measure. */
  readonly hasInsertions: boolean;
}

const VERB_ORDER: readonly NotationVerb[] = [
  'amending',
  'amending and renumbering',
  'renumbering',
  'repealing',
  'adding',
];
const OBJECT_ORDER: readonly NotationObject[] = ['section', 'article heading', 'article'];

const SINGULAR: Readonly<Record<NotationObject, string>> = {
  section: 'a section',
  article: 'an article',
  'article heading': 'the heading of an article',
};
const PLURAL: Readonly<Record<NotationObject, string>> = {
  section: 'sections',
  article: 'articles',
  'article heading': 'the headings of articles',
};

/** "a", "a and b", "a, b, and c". */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1)!}`;
}

/** The notation sentence, or undefined when the measure changes nothing in the constitution. */
export function notationSentence(input: NotationInput): string | undefined {
  if (input.items.length === 0) return undefined;
  const phrases: string[] = [];
  for (const verb of VERB_ORDER) {
    const objects = OBJECT_ORDER.flatMap((object) => {
      const count = input.items.filter((item) => item.verb === verb && item.object === object).length;
      return count === 0 ? [] : [count === 1 ? SINGULAR[object] : PLURAL[object]];
    });
    if (objects.length > 0)
      phrases.push(`${verb} ${joinWithAnd(objects)} ${verb === 'adding' ? 'thereto' : 'thereof'}`);
  }
  const opening = `This initiative measure expressly amends the California Constitution by ${joinWithAnd(phrases)}`;
  const deleted = 'existing provisions proposed to be deleted are printed in strikeout type';
  const inserted = 'new provisions proposed to be added are printed in italic type to indicate that they are new';
  const explanations = [...(input.hasDeletions ? [deleted] : []), ...(input.hasInsertions ? [inserted] : [])];
  return explanations.length === 0 ? `${opening}.` : `${opening}; therefore, ${explanations.join(' and ')}.`;
}
