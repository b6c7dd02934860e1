/**
 * "Menade du …?" / "Did you mean …?": when a search finds little, each typed word that no
 * indexed word begins with (and that is not an indexed word with an ending) is replaced by the most frequent indexed word within two edits
 * (a letter added, dropped, changed, or two neighbours swapped), preferring one edit over two.
 *
 * The words come from a list the build writes next to the index, one per language, most
 * frequent first (`words-sv.txt`); the search page loads it only when it needs a suggestion.
 */
import { foldWord } from './match';

/** The word list's file name inside the index folder. */
export const wordListFile = (lang: string) => `words-${lang}.txt`;

/** Endings of Swedish and English words that the stemmers take off ("bokföring-en", "archive-s"). */
const endings: ReadonlySet<string> = new Set(
  ['a', 'e', 'n', 's', 't', 'an', 'ar', 'en', 'er', 'et', 'na', 'or', 'arna', 'erna', 'orna', 'ens', 'ets', 'es', 'ed', 'ing', 'ings', 'ly'],
);

/** Shortest word the list keeps and the suggestions correct. */
const minLength = 3;

/** The list's text: words of at least three letters, most frequent first (ties alphabetically), one per line. */
export function writeWordList(counts: ReadonlyMap<string, number>): string {
  const words = [...counts]
    .filter(([word]) => word.length >= minLength)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([word]) => word);
  return `${words.join('\n')}\n`;
}

export function readWordList(text: string): string[] {
  return text.split('\n').map((word) => word.trim()).filter((word) => word !== '');
}

/**
 * Edit distance with swaps of neighbours (optimal string alignment), or `max + 1` as soon as it
 * is sure to exceed `max`.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** A word list prepared for suggestions: folded forms, in the list's order (most frequent first). */
export interface Suggester {
  /** The query with its unknown words corrected, or undefined when there is nothing to correct. */
  suggest(query: string): string | undefined;
}

export function suggester(words: readonly string[]): Suggester {
  const folded = words.map((word) => ({ word, fold: foldWord(word) })).filter((entry) => entry.fold.length >= minLength);
  // A word is known when an indexed word begins with it, or when it is an indexed word with an
  // ending ("bokföringen" is "bokföring" + "en"), which the stemmer finds.
  const known = (fold: string) =>
    folded.some(
      (entry) =>
        entry.fold.startsWith(fold) || (entry.fold.length >= 4 && fold.startsWith(entry.fold) && endings.has(fold.slice(entry.fold.length))),
    );
  const correct = (typed: string): string | undefined => {
    const fold = foldWord(typed);
    if (fold.length < minLength || /\d/.test(fold) || known(fold)) return undefined;
    let best: { word: string; distance: number } | undefined;
    for (const entry of folded) {
      const distance = editDistance(fold, entry.fold);
      // The list is most frequent first, so the first word at the smallest distance wins.
      if (distance <= 2 && (!best || distance < best.distance)) best = { word: entry.word, distance };
      if (best?.distance === 1) break;
    }
    return best?.word;
  };
  return {
    suggest(query) {
      const typed = query.split(/\s+/).filter((word) => word !== '');
      let changed = false;
      const words = typed.map((word) => {
        const fixed = correct(word);
        if (fixed === undefined) return word;
        changed = true;
        return fixed;
      });
      return changed ? words.join(' ') : undefined;
    },
  };
}
