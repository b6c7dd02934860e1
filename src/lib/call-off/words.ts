import { diffArrays } from 'diff';

/**
 * Text as a buyer pastes it, made comparable with the profile's wording: lower case, å/ä/ö and
 * other accents folded ("likvardig" matches "likvärdig"), numbers written as words turned into
 * digits ("fem (5)", "fem" and "5" all read "5"), punctuation dropped. Words then match when
 * they are the same or one small typo apart.
 */

const numberWords: Readonly<Record<string, number>> = {
  // Swedish, folded ("två" → "tva", "åtta" → "atta"); "en"/"ett" only before a year, see below.
  noll: 0, tva: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, atta: 8, nio: 9, tio: 10, elva: 11, tolv: 12,
  // English
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

/** Lower case with accents folded: "Högskoleutbildning" → "hogskoleutbildning". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The words of a text, folded, numbers as digits, "fem (5)" read once. */
export function tokens(text: string): string[] {
  const raw = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const result: string[] = [];
  for (let index = 0; index < raw.length; index++) {
    const word = raw[index]!;
    const next = raw[index + 1];
    let value: string = word;
    if (Object.hasOwn(numberWords, word)) value = String(numberWords[word]);
    else if ((word === 'ett' || word === 'en') && (next === '1' || next?.startsWith('ar'))) value = '1';
    // "fem (5)": the digit repeats the word; keep one.
    if (/^\d+$/.test(value) && next === value) index++;
    result.push(value);
  }
  return result;
}

/** Two words are the same word when equal, or one small typo apart in a long enough word. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  return editDistance(a, b, shorter >= 9 ? 2 : 1) <= (shorter >= 9 ? 2 : 1);
}

/** Levenshtein distance with adjacent swaps counted as one, stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous: number[] = [];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(before[j]! + 1, row[j - 1]! + 1, before[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = before;
    before = row;
  }
  return before[b.length]!;
}

/** How many words two word lists share in order, typos forgiven (jsdiff's array diff). */
export function sharedWords(a: readonly string[], b: readonly string[]): number {
  return diffArrays([...a], [...b], { comparator: sameWord })
    .filter((part) => !part.added && !part.removed)
    .reduce((sum, part) => sum + part.count, 0);
}

/** Twice the shared words over all words: 1 for the same words, 0 for nothing in common. */
export function likeness(a: readonly string[], b: readonly string[]): number {
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * sharedWords(a, b)) / total;
}

/** The share of `part`'s words found, in order, in `whole`: 1 when all of it is there. */
export function coverage(part: readonly string[], whole: readonly string[]): number {
  return part.length === 0 ? 1 : sharedWords(part, whole) / part.length;
}

/** The same words, typos forgiven: "the same" text in substance. */
export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => sameWord(word, b[index]!));
}
