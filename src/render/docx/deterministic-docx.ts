/**
 * Make a DOCX byte-reproducible: the same measure exports to the same bytes, so a partner can check a
 * file they received against one they export themselves.
 *
 * The `docx` package writes three things that change on every run: the creation and modification
 * times in `docProps/core.xml`, the zip entries' timestamps, and a random GUID per embedded font (the
 * key the font bytes are obfuscated with, ECMA-376 Part 2 §13). This pass pins the dates to the
 * revision date and replaces each font key by one derived from the document's fingerprint,
 * re-obfuscating the font's first 32 bytes with the new key.
 */
import JSZip from 'jszip';
import { sha256OfText } from '../../shared/sha256';

/** ECMA-376 font obfuscation XORs the first 32 bytes of the font with the 16-byte key. */
const OBFUSCATED_BYTES = 32;
const FONT_KEY = /w:fontKey="\{([0-9A-Fa-f-]{36})\}"/g;
/**
 * Rewritten XML parts go back into the zip as UTF-8 bytes. Handing JSZip a string with
 * `binary: true` would keep only the low byte of each UTF-16 code unit ("·" → 0xB7, "í" → 0xED,
 * "“" → 0x1C), which is not UTF-8 and not even well-formed XML.
 */
const utf8 = new TextEncoder();

/** The 16 key bytes of a GUID, in the order the obfuscation uses them (hex pairs, reversed). */
function keyBytes(guid: string): number[] {
  const hex = guid.replace(/-/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
  return bytes.reverse();
}

/** A GUID-shaped key derived from a seed (upper case, like Word writes them). */
function derivedGuid(seed: string): string {
  const hex = sha256OfText(seed).slice(0, 32).toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Re-key an obfuscated font: undo the old key and apply the new one on the first 32 bytes. */
function rekeyFont(font: Uint8Array, oldGuid: string, newGuid: string): Uint8Array {
  const oldKey = keyBytes(oldGuid);
  const newKey = keyBytes(newGuid);
  const out = font.slice();
  for (let i = 0; i < Math.min(OBFUSCATED_BYTES, out.length); i++) out[i] = out[i]! ^ oldKey[i % 16]! ^ newKey[i % 16]!;
  return out;
}

/** Map relationship ids to targets in a `.rels` part. */
function relationshipTargets(rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  return targets;
}

/**
 * Rewrite DOCX bytes so they depend only on the content: fixed dates (`dateIso`, e.g. the revision
 * date) and font keys derived from `seed` (e.g. the measure's SHA-256).
 */
export async function makeDocxDeterministic(bytes: Uint8Array, dateIso: string, seed: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const date = new Date(dateIso);
  const stamp = Number.isNaN(date.getTime()) ? new Date(0) : date;
  const w3cDate = stamp.toISOString().replace(/\.\d{3}Z$/, 'Z');

  const rewritten = new Map<string, Uint8Array>();
  const core = zip.file('docProps/core.xml');
  if (core !== null) {
    const xml = await core.async('string');
    rewritten.set(
      'docProps/core.xml',
      utf8.encode(xml.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:)/g, `$1${w3cDate}$2`)),
    );
  }

  const fontTable = zip.file('word/fontTable.xml');
  const fontRels = zip.file('word/_rels/fontTable.xml.rels');
  if (fontTable !== null && fontRels !== null) {
    const targets = relationshipTargets(await fontRels.async('string'));
    let xml = await fontTable.async('string');
    let index = 0;
    const rekeys: { target: string; oldGuid: string; newGuid: string }[] = [];
    // Each <w:embedX r:id="…" w:fontKey="{…}"/> names one obfuscated font part.
    xml = xml.replace(/<w:embed\w+\b[^>]*\/>/g, (element) => {
      const id = /\br:id="([^"]+)"/.exec(element)?.[1];
      const key = new RegExp(FONT_KEY.source).exec(element)?.[1];
      const target = id === undefined ? undefined : targets.get(id);
      if (key === undefined || target === undefined) return element;
      const newGuid = derivedGuid(`${seed}:font:${index++}`);
      rekeys.push({ target: `word/${target}`, oldGuid: key, newGuid });
      return element.replace(FONT_KEY, `w:fontKey="{${newGuid}}"`);
    });
    rewritten.set('word/fontTable.xml', utf8.encode(xml));
    for (const { target, oldGuid, newGuid } of rekeys) {
      const part = zip.file(target);
      if (part !== null) rewritten.set(target, rekeyFont(await part.async('uint8array'), oldGuid, newGuid));
    }
  }

  // Rebuild the archive in the original entry order, every entry stamped with the same date (JSZip
  // writes it in UTC). No implicit folder entries: JSZip would stamp those with the clock.
  const out = new JSZip();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    out.file(name, rewritten.get(name) ?? (await entry.async('uint8array')), {
      date: stamp,
      binary: true,
      createFolders: false,
    });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
