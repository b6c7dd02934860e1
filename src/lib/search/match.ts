/**
 * When no word in the index starts with a typed word, Pagefind falls back to the longest indexed
 * word that the typed word starts with: "among" finds every page with "a", "översättning" every
 * page with "över". That fallback helps with endings the stemmer does not know ("bokföringen"
 * still finds "bokföring"), but a much shorter word is no longer what the reader asked for.
 * These helpers tell the two apart from the words a hit actually matched.
 */

/** Lower case, without diacritics and without anything but letters and digits. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a hit that matched: Pagefind's `content` split on whitespace, at its `locations`. */
export function matchedWords(content: string, locations: readonly number[]): string[] {
  const words = content.split(/\s+/);
  return locations.map((at) => words[at] ?? '').filter((word) => word !== '');
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Share of a typed word that a matched word must begin like, so "bokföringen" keeps "bokföring". */
const minimumShare = 0.6;

/**
 * True when the typed word and the matched word begin alike for at least 3 letters and at least
 * 60 % of the typed word (diacritics and case ignored).
 */
export function isCloseMatch(typed: string, matched: string): boolean {
  const a = foldWord(typed);
  const b = foldWord(matched);
  if (a === '' || b === '') return false;
  const shared = commonPrefix(a, b);
  return shared === a.length || shared >= Math.max(3, Math.ceil(a.length * minimumShare));
}

/**
 * True when some typed word is matched only by much shorter words in this hit (Pagefind's
 * fallback). Pagefind applies the fallback to a typed word for the whole search, so the best hit
 * tells about them all. A hit without matched words (a title-only match) is not judged.
 */
export function matchedOnlyByFallback(query: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const typed = query.split(/\s+/).filter((word) => foldWord(word) !== '');
  return typed.some((word) => !words.some((matched) => isCloseMatch(word, matched)));
}

/**
 * True when some typed word is found only through a different word that does not begin with it
 * ("registator" through "register"): the hits may not be what the reader meant, so the search
 * page looks for a suggestion. A hit without matched words is not judged.
 */
export function matchedApproximately(query: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const matched = words.map(foldWord);
  const typed = query.split(/\s+/).map(foldWord).filter((word) => word !== '');
  return typed.some((word) => !matched.some((m) => m.startsWith(word)));
}
