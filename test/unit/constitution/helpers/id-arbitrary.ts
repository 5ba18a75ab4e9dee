/** Generated node ids: articles 1-35 with suffixes A-D, sections like 1, 7.5, 14.1, subdivision chains. */
import fc from 'fast-check';
import { toRoman } from '../../../../src/constitution/article-number';

const articleKey = fc
  .tuple(fc.integer({ min: 1, max: 35 }), fc.constantFrom('', 'A', 'B', 'C', 'D'))
  .map(([value, suffix]) => `${toRoman(value)}${suffix}`);
const sectionNumber = fc.oneof(
  fc.integer({ min: 1, max: 40 }).map(String),
  fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 9 })).map(([whole, part]) => `${whole}.${part}`),
);
const letter = fc.integer({ min: 0, max: 25 }).map((code) => String.fromCharCode(0x61 + code));
const subdivisionKey = fc.oneof(
  letter,
  letter.map((key) => key + key),
  fc.integer({ min: 1, max: 30 }).map(String),
  letter.map((key) => key.toUpperCase()),
  fc.integer({ min: 1, max: 12 }).map((value) => toRoman(value).toLowerCase()),
  fc.integer({ min: 1, max: 9 }).map((value) => `item-${value}`),
);

export const nodeId: fc.Arbitrary<string> = fc
  .tuple(articleKey, fc.option(sectionNumber, { nil: undefined }), fc.array(subdivisionKey, { maxLength: 4 }))
  .map(([article, section, keys]) =>
    [`art-${article}`, ...(section === undefined ? [] : [`sec-${section}`]), ...keys].join('/'),
  );
