/**
 * Splits compound words into their parts, so that a search for a part finds the compound:
 * "upphandlingsärenden" → "upphandling", "ärenden"; "telefonväxlar" → "telefon", "växlar".
 *
 * A word is split only where every part is a known word (the words of the site's pages and the
 * small lists in `lexicon.ts`), so "kontorist" stays whole: "ist" is not a word. Swedish joins
 * parts with a linking letter ("upphandling-s-ärenden", "lön-e-system") or changes a final -a
 * to -e, -o or -u ("högskol-e-utbildning" from "högskola"); the splitter undoes both on every
 * part but the last. Function words ("med", "för", "över") are never parts.
 */
import { functionWords, swedishParts } from './lexicon';

export interface SplitterOptions {
  /** Letters that may join two parts; Swedish: s and e. None for English. */
  readonly linking?: readonly string[];
  /** Shortest part, in letters (default 3: "lön"). */
  readonly minPart?: number;
}

export type Splitter = (word: string) => string[] | undefined;

/** Lower case, letters only; what the splitter compares. */
const lower = (word: string) => word.toLowerCase();

/**
 * A splitter over a set of known words. It returns the parts of a compound (two or more, each a
 * known word, base forms for the linked ones) or undefined when the word is not a compound of
 * known words. Fewest parts win; among those, the longest first part.
 */
export function compoundSplitter(known: Iterable<string>, options: SplitterOptions = {}): Splitter {
  const minPart = options.minPart ?? 3;
  const linking = options.linking ?? [];
  const words = new Set<string>();
  for (const word of known) {
    const w = lower(word);
    if (w.length >= minPart && !functionWords.has(w) && /^\p{L}+$/u.test(w)) words.add(w);
  }

  /** The known words a first part may stand for: itself, without a linking letter, or with its -a back. */
  const headForms = (head: string): string[] => {
    const forms: string[] = [];
    if (words.has(head)) forms.push(head);
    const last = head.slice(-1);
    const stem = head.slice(0, -1);
    if (stem.length >= minPart) {
      if (linking.includes(last) && words.has(stem)) forms.push(stem);
      if (linking.length > 0 && 'eou'.includes(last) && words.has(`${stem}a`)) forms.push(`${stem}a`);
    }
    return forms;
  };

  const memo = new Map<string, string[] | null>();
  /** Parts of a word that is a known word or a compound of them; null if it is neither. */
  const parts = (word: string): string[] | null => {
    if (words.has(word)) return [word];
    return split(word) ?? null;
  };
  const split = (word: string): string[] | null => {
    const cached = memo.get(word);
    if (cached !== undefined) return cached;
    let best: string[] | null = null;
    for (let at = word.length - minPart; at >= minPart; at--) {
      const forms = headForms(word.slice(0, at));
      if (forms.length === 0) continue;
      const rest = parts(word.slice(at));
      if (!rest) continue;
      const candidate = [forms[0]!, ...rest];
      if (!best || candidate.length < best.length) best = candidate;
    }
    memo.set(word, best);
    return best;
  };

  return (word: string) => {
    const w = lower(word);
    if (w.length < minPart * 2 || !/^\p{L}+$/u.test(w)) return undefined;
    return split(w) ?? undefined;
  };
}

/** Base form of each inflected form in the Swedish part list: "växlar" → "växel". */
const baseForms: ReadonlyMap<string, string> = new Map(
  swedishParts.flatMap(([base, ...forms]) => forms.map((form): [string, string] => [form, base])),
);

/** Every word of the Swedish part list, base forms and inflected forms, for the known words. */
export const swedishPartWords: readonly string[] = swedishParts.flat();

/**
 * The words a compound adds to the index: its parts, the base form of an inflected part, and
 * the compound with its last part in base form ("telefonväxlar" → "telefon", "växlar",
 * "växel", "telefonväxel"), so both "växel" and "telefonväxel" find it. Empty for a word that is
 * not a compound.
 */
export function indexWords(word: string, split: Splitter): string[] {
  const found = split(word);
  if (!found) return [];
  const extra = new Set(found);
  for (const part of found) {
    const base = baseForms.get(part);
    if (base) extra.add(base);
  }
  const last = found.at(-1)!;
  const lastBase = baseForms.get(last);
  if (lastBase) extra.add(lower(word).slice(0, lower(word).length - last.length) + lastBase);
  return [...extra];
}
