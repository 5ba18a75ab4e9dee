/**
 * What the front matter of a measure file may hold, checked with zod. Objects are "loose": keys the
 * model does not know are kept in the file and listed, never rejected or dropped.
 */
import '../shared/zod-config';
import { z } from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

const contactSchema = z.looseObject({
  email: z.string().optional(),
  phone: z.string().optional(),
  address: z.string().optional(),
  organization: z.string().optional(),
});

const proponentSchema = z.looseObject({
  name: z.string().min(1, 'a proponent needs a name'),
  county: z.string().min(1, 'a proponent needs a county of residence (EC 9001(b)(1))'),
  contact: contactSchema.optional(),
});

export const frontMatterSchema = z.looseObject({
  title: z.string().min(1, 'the measure needs a title'),
  kind: z.enum(['constitutional amendment', 'statute', 'both']),
  proponents: z.array(proponentSchema).optional(),
  base: z.looseObject({
    edition: z.string().min(1, 'name the constitution edition the measure was drafted against'),
    sha256: z.string().regex(SHA256_HEX, 'expected the edition file’s SHA-256 as 64 lower-case hex digits'),
  }),
  revision: z
    .looseObject({
      label: z.string().min(1),
      parent: z.string().regex(SHA256_HEX, 'expected the parent revision’s SHA-256 (64 hex digits)').optional(),
      mergeParent: z.string().regex(SHA256_HEX, 'expected a SHA-256 (64 hex digits)').optional(),
      author: z.string().optional(),
      date: z.string().regex(ISO_DATE, 'expected a date as YYYY-MM-DD').optional(),
    })
    .optional(),
  options: z
    .looseObject({
      enactingClause: z.boolean().optional(),
      sectionStyle: z.enum(['sec', 'section']).optional(),
    })
    .optional(),
});

export type FrontMatterData = z.infer<typeof frontMatterSchema>;

/** Every key path the model knows (`proponents.*` stands for any index); the rest are unknown keys. */
export const KNOWN_KEY_PATHS: ReadonlySet<string> = new Set([
  'title',
  'kind',
  'proponents',
  'proponents.*',
  'proponents.*.name',
  'proponents.*.county',
  'proponents.*.contact',
  'proponents.*.contact.email',
  'proponents.*.contact.phone',
  'proponents.*.contact.address',
  'proponents.*.contact.organization',
  'base',
  'base.edition',
  'base.sha256',
  'revision',
  'revision.label',
  'revision.parent',
  'revision.mergeParent',
  'revision.author',
  'revision.date',
  'options',
  'options.enactingClause',
  'options.sectionStyle',
]);
