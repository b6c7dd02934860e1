import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as swedishStem } from '@orama/stemmers/swedish';
import { diffArrays } from 'diff';
import type { Locale } from '../i18n/locales';
import type { Level, Requirement } from '../schemas/role';
import type { LocalizedText } from '../schemas/text';
import { aspectsOf, direction, sameCriterion } from './requirement-changes';

/**
 * Pairs the items (tasks, requirements) of two lists and finds the words that differ. Pure and
 * free of dictionaries, so the compare page runs it in the browser and other checks can pair any
 * two lists of texts.
 *
 * Two texts are compared on their words: case, punctuation and inflection do not count ("Arbete"
 * and "arbeta." are the same word). Two items count as one item reworded only when most of their
 * content words (not "och", "med", "i") are shared; otherwise one is new and the other gone.
 */

/** A run of words in a reworded item: kept, added in the second level or removed from the first. */
export interface WordPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Which way a requirement moved; see Direction in requirement-changes.ts. */
export type Movement = 'raised' | 'lowered' | 'changed';

/** How one task or requirement fares from the first level to the second. */
export type ItemChange<T extends LocalizedText> =
  /** The same item: the same words, perhaps with other punctuation or inflection. */
  | { kind: 'same'; from: T; to: T }
  /** The same item in other words; for a requirement, one that asks the same. */
  | { kind: 'reworded'; from: T; to: T; words: Record<Locale, WordPart[]> }
  /**
   * Requirements that ask more, less or something else: one or more items of the first level
   * (joined, for the words) against one or more of the second.
   */
  | { kind: 'revised'; direction: Movement; from: T[]; to: T[]; words: Record<Locale, WordPart[]> }
  | { kind: 'added'; to: T }
  | { kind: 'removed'; from: T };

export type ChangeKind = ItemChange<LocalizedText>['kind'];

export interface ChangeCounts {
  same: number;
  reworded: number;
  added: number;
  removed: number;
  raised: number;
  lowered: number;
  changed: number;
}

export interface LevelComparison {
  tasks: Array<ItemChange<LocalizedText>>;
  requirements: Array<ItemChange<Requirement>>;
}

/** Share of content words two texts must have in common to count as one item reworded. */
export const REWORDED_THRESHOLD = 0.6;

/** Words that carry no content of their own: they never make two items the same item. */
const stopWords: Record<Locale, ReadonlySet<string>> = {
  sv: new Set(
    'och eller samt i på av för med till från om som en ett att det den de inom vid under efter mot bl a t ex m fl exempelvis etc så även'.split(' '),
  ),
  en: new Set('and or of the a an in on for with to from as at by within such e g i etc also including'.split(' ')),
};

const stems: Record<Locale, (word: string) => string> = { sv: swedishStem, en: englishStem };

/** A word with what follows it up to the next word (spaces, punctuation). */
interface Token {
  word: string;
  /** The word's stem in lower case: what two words are compared on. */
  key: string;
  after: string;
}

const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** A text as words with their keys; `before` is whatever comes before the first word. */
export function tokenize(text: string, lang: Locale): { before: string; tokens: Token[] } {
  const matches = [...text.matchAll(wordPattern)];
  const tokens = matches.map((match, index) => {
    const start = match.index;
    const end = start + match[0].length;
    const next = matches[index + 1]?.index ?? text.length;
    return { word: match[0], key: stems[lang](match[0].toLowerCase()), after: text.slice(end, next) };
  });
  return { before: text.slice(0, matches[0]?.index ?? text.length), tokens };
}

/** The stems of a text's words, in order, without case, punctuation or inflection. */
export function wordKeys(text: string, lang: Locale = 'sv'): string[] {
  return tokenize(text, lang).tokens.map((token) => token.key);
}

/** The stems of the words that carry content. */
export function contentWords(text: string, lang: Locale = 'sv'): string[] {
  return tokenize(text, lang)
    .tokens.filter((token) => !stopWords[lang].has(token.word.toLowerCase()))
    .map((token) => token.key);
}

/** Whether two texts have the same words, apart from case, punctuation and inflection. */
export function sameWording(a: string, b: string, lang: Locale = 'sv'): boolean {
  const left = wordKeys(a, lang);
  const right = wordKeys(b, lang);
  return left.length === right.length && left.every((key, index) => key === right[index]);
}

/**
 * How alike two texts are: twice the content words they share over the content words of both
 * (the Dice coefficient), from 0 (nothing in common) to 1 (the same content words).
 */
export function similarity(a: string, b: string, lang: Locale = 'sv'): number {
  const left = contentWords(a, lang);
  const right = contentWords(b, lang);
  if (left.length + right.length === 0) return sameWording(a, b, lang) ? 1 : 0;
  const pool = new Map<string, number>();
  for (const key of left) pool.set(key, (pool.get(key) ?? 0) + 1);
  let shared = 0;
  for (const key of right) {
    const count = pool.get(key) ?? 0;
    if (count > 0) {
      shared++;
      pool.set(key, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/**
 * Word-level changes from one text to another. Words are compared without case, punctuation or
 * inflection; where they match, the second text's form is shown, unmarked. Marked runs hold
 * whole words; a replaced run is its removed part directly followed by its added part
 * ("ett" "tre"), word for word where words are separated by punctuation ("ett (1)" → "tre (3)").
 */
export function wordChanges(from: string, to: string, lang: Locale = 'sv'): WordPart[] {
  const a = tokenize(from, lang);
  const b = tokenize(to, lang);
  const parts: WordPart[] = [];
  // After words only removed, a space before the next word (not before punctuation or the end).
  let pendingSpace = false;
  const push = (kind: WordPart['kind'], text: string) => {
    if (text === '') return;
    if (pendingSpace && kind !== 'removed') {
      pendingSpace = false;
      if (/^[^\s.,;:)]/.test(text)) push('same', ' ');
    }
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  const run = (tokens: Token[]) => tokens.map((token, index) => token.word + (index < tokens.length - 1 ? token.after : '')).join('');

  push('same', b.before);
  let i = 0;
  let j = 0;
  let removed: Token[] = [];
  const flushRemoved = (addedNext: boolean) => {
    if (removed.length === 0) return;
    push('removed', run(removed));
    // Words only removed keep a space before what follows them. A removed run and the added run
    // after it stand together: the page sets them apart, and readableChange writes "old → new".
    if (!addedNext) pendingSpace = true;
    removed = [];
  };
  for (const part of diffArrays(
    a.tokens.map((token) => token.key),
    b.tokens.map((token) => token.key),
  )) {
    if (part.removed) {
      removed.push(...a.tokens.slice(i, (i += part.count)));
      continue;
    }
    if (part.added) {
      const added = b.tokens.slice(j, (j += part.count));
      const wordForWord =
        removed.length > 1 &&
        removed.length === added.length &&
        removed.every((token, k) => k === removed.length - 1 || (token.after === added[k]!.after && /[^\s]/.test(token.after)));
      if (wordForWord) {
        // Word for word ("ett (1)" → "tre (3)"): each old word beside its new one.
        added.forEach((token, k) => {
          push('removed', removed[k]!.word);
          push('added', token.word);
          push('same', token.after);
        });
        removed = [];
        continue;
      }
      flushRemoved(true);
      push('added', run(added));
      push('same', added.at(-1)!.after);
      continue;
    }
    flushRemoved(false);
    for (const token of b.tokens.slice(j, (j += part.count))) push('same', token.word + token.after);
    i += part.count;
  }
  flushRemoved(false);
  return parts;
}

/**
 * The words of a change as plain, readable text, for the search index: the second level's words,
 * with each replaced run as "old → new" with spaces around it, so no two words run together
 * ("minst ett → tre (1 → 3) års").
 */
export function readableChange(parts: ReadonlyArray<WordPart>): string {
  let text = '';
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (part.kind === 'same') {
      text += part.text;
      continue;
    }
    const removed = part.kind === 'removed' ? part.text : '';
    // A removed run, the space after it and the added run are one change.
    let added = part.kind === 'added' ? part.text : '';
    if (part.kind === 'removed' && parts[index + 1]?.kind === 'added') {
      added = parts[index + 1]!.text;
      index += 1;
    }
    // A word only removed is left out: the text reads as the second level has it.
    const change = removed && added ? `${removed} → ${added}` : added;
    if (change === '') continue;
    text += `${/[^\s(]$/.test(text) ? ' ' : ''}${change}`;
    const after = parts[index + 1];
    if (after && /^[^\s.,;:)]/.test(after.text)) text += ' ';
  }
  return text.replace(/ {2,}/g, ' ').trim();
}

/** A text without what it says in brackets, unless that is all it says: "(exempelvis …)" gives examples, not the task. */
export function withoutExamples(text: string): string {
  const outside = text.replace(/\([^()]*\)/g, ' ');
  return /[\p{L}\p{N}]/u.test(outside) ? outside : text;
}

/**
 * Tasks are the same task reworded when most of their content words are shared, examples in
 * brackets left aside: "arbete med redovisning och bokföring (exempelvis kundreskontra)" is
 * "arbete med redovisning och bokföring" with examples, and "arbete med kassa- och
 * bankavstämningar" is another task although both start with "arbete med".
 */
export function sameTask(a: LocalizedText, b: LocalizedText): boolean {
  return similarity(withoutExamples(a.sv), withoutExamples(b.sv), 'sv') >= REWORDED_THRESHOLD;
}

/**
 * Pairs the items of two lists. Items with the same Swedish words (apart from case, punctuation
 * and inflection) are the same item. Of the rest, the most alike pairs are paired first, whatever
 * their place in the lists (two roles need not list a task in the same place), as long as
 * `related` says they are one item reworded. Anything else is added or removed. The order follows
 * the second list; an item only in the first comes just before the first item that stood after it
 * there. Works on any two lists of texts.
 */
export function pairItems<T extends LocalizedText>(
  from: readonly T[],
  to: readonly T[],
  related: (a: T, b: T) => boolean = sameTask,
): Array<ItemChange<T>> {
  const partnerOfTo = new Map<number, { i: number; same: boolean }>();
  const paired = new Set<number>();
  let i = 0;
  let j = 0;
  for (const part of diffArrays([...from], [...to], { comparator: (a, b) => sameWording(a.sv, b.sv, 'sv') })) {
    if (part.removed) i += part.count;
    else if (part.added) j += part.count;
    else {
      for (let k = 0; k < part.count; k++) {
        paired.add(i);
        partnerOfTo.set(j++, { i: i++, same: true });
      }
    }
  }
  const candidates = from
    .flatMap((a, fi) => (paired.has(fi) ? [] : to.map((b, tj) => ({ fi, tj, score: similarity(withoutExamples(a.sv), withoutExamples(b.sv), 'sv') }))))
    .filter(({ tj }) => !partnerOfTo.has(tj))
    .sort((x, y) => y.score - x.score || x.fi - y.fi || x.tj - y.tj);
  for (const { fi, tj } of candidates) {
    if (paired.has(fi) || partnerOfTo.has(tj) || !related(from[fi]!, to[tj]!)) continue;
    paired.add(fi);
    // An item that only moved is still the same item.
    partnerOfTo.set(tj, { i: fi, same: sameWording(from[fi]!.sv, to[tj]!.sv, 'sv') });
  }

  const result: Array<ItemChange<T>> = [];
  const emitted = new Set<number>();
  const removedBefore = (limit: number) => {
    for (let index = 0; index < limit; index++) {
      if (paired.has(index) || emitted.has(index)) continue;
      emitted.add(index);
      result.push({ kind: 'removed', from: from[index]! });
    }
  };
  to.forEach((b, tj) => {
    const partner = partnerOfTo.get(tj);
    if (partner === undefined) {
      result.push({ kind: 'added', to: b });
      return;
    }
    removedBefore(partner.i);
    const a = from[partner.i]!;
    result.push(partner.same ? { kind: 'same', from: a, to: b } : { kind: 'reworded', from: a, to: b, words: bothWords(a, b) });
  });
  removedBefore(from.length);
  return removalsFirst(result);
}

function bothWords(from: LocalizedText, to: LocalizedText): Record<Locale, WordPart[]> {
  return { sv: wordChanges(from.sv, to.sv, 'sv'), en: wordChanges(from.en, to.en, 'en') };
}

/** Several items as one text, for the words of a change that joins or splits requirements. */
export function joinTexts(items: ReadonlyArray<LocalizedText>): LocalizedText {
  return { sv: items.map((item) => item.sv).join(' '), en: items.map((item) => item.en).join(' ') };
}

/**
 * Pairs two levels' requirements on what they ask. Requirements with the same words are the same;
 * the rest are grouped by what they are about (education, experience, a skill), across both
 * levels, so "gymnasium" and "1 year" on one level meet "higher education and 1 year" on the
 * other as one requirement raised. A requirement about something the other level does not ask
 * is new or gone. The order follows the second level, with gone requirements after the one
 * that stood before them in the first.
 */
export function pairRequirements<T extends Requirement>(from: readonly T[], to: readonly T[]): Array<ItemChange<T>> {
  // Same words: the same requirement.
  const matchedFrom = new Map<number, number>();
  const matchedTo = new Map<number, number>();
  to.forEach((b, j) => {
    const i = from.findIndex((a, index) => !matchedFrom.has(index) && sameWording(a.sv, b.sv, 'sv'));
    if (i >= 0) {
      matchedFrom.set(i, j);
      matchedTo.set(j, i);
    }
  });

  // The rest, grouped by shared aspects (union-find over both sides).
  const nodes = [
    ...from.flatMap((item, index) => (matchedFrom.has(index) ? [] : [{ side: 'from' as const, index, item }])),
    ...to.flatMap((item, index) => (matchedTo.has(index) ? [] : [{ side: 'to' as const, index, item }])),
  ];
  const parent = nodes.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const owner = new Map<string, number>();
  nodes.forEach((node, index) => {
    for (const aspect of aspectsOf(node.item.criterion)) {
      const other = owner.get(aspect);
      if (other === undefined) owner.set(aspect, index);
      else parent[find(index)] = find(other);
    }
  });
  const groups = new Map<number, typeof nodes>();
  nodes.forEach((node, index) => groups.set(find(index), [...(groups.get(find(index)) ?? []), node]));

  const changeOf = (group: typeof nodes): Array<ItemChange<T>> => {
    const before = group.filter((node) => node.side === 'from').map((node) => node.item);
    const after = group.filter((node) => node.side === 'to').map((node) => node.item);
    if (before.length === 0) return after.map((item) => ({ kind: 'added', to: item }));
    if (after.length === 0) return before.map((item) => ({ kind: 'removed', from: item }));
    const moved = direction(
      before.map((item) => item.criterion),
      after.map((item) => item.criterion),
    );
    if (before.length === 1 && after.length === 1 && moved === 'same' && sameCriterion(before[0]!.criterion, after[0]!.criterion)) {
      return [{ kind: 'reworded', from: before[0]!, to: after[0]!, words: bothWords(before[0]!, after[0]!) }];
    }
    return [
      {
        kind: 'revised',
        direction: moved === 'same' ? 'changed' : moved,
        from: before,
        to: after,
        words: bothWords(joinTexts(before), joinTexts(after)),
      },
    ];
  };

  // In the second level's order; each group where its first item of that level stands.
  const result: Array<{ change: ItemChange<T>; fromIndexes: number[] }> = [];
  const done = new Set<number>();
  to.forEach((_, j) => {
    const i = matchedTo.get(j);
    if (i !== undefined) {
      result.push({ change: { kind: 'same', from: from[i]!, to: to[j]! }, fromIndexes: [i] });
      return;
    }
    const nodeIndex = nodes.findIndex((node) => node.side === 'to' && node.index === j);
    const root = find(nodeIndex);
    if (done.has(root)) return;
    done.add(root);
    const group = groups.get(root)!;
    const fromIndexes = group.filter((node) => node.side === 'from').map((node) => node.index);
    for (const change of changeOf(group)) result.push({ change, fromIndexes });
  });
  // Groups with nothing on the second level: after what stood before them on the first.
  for (const [root, group] of groups) {
    if (done.has(root)) continue;
    for (const node of group) {
      const change: ItemChange<T> = { kind: 'removed', from: node.item };
      const place = result.findLastIndex((entry) => entry.fromIndexes.some((index) => index < node.index));
      result.splice(place + 1, 0, { change, fromIndexes: [node.index] });
    }
  }
  return result.map((entry) => entry.change);
}

/**
 * Tasks and requirements of two levels, paired item by item. The pairing is always worked out
 * from the lower level to the higher and turned round when asked the other way: a shortest diff
 * is not unique, and this way level 2 against level 1 is exactly the reverse of 1 against 2.
 * Levels of different roles are compared as given.
 */
export function compareLevels(from: Level, to: Level): LevelComparison {
  if (from.level > to.level) {
    const upward = compareLevels(to, from);
    return { tasks: reverseChanges(upward.tasks), requirements: reverseChanges(upward.requirements) };
  }
  return {
    tasks: pairItems(from.tasks, to.tasks, sameTask),
    requirements: pairRequirements(from.requirements, to.requirements),
  };
}

/** Puts removals before additions wherever the two stand next to each other, the way diffs show them. */
export function removalsFirst<T extends { kind: string }>(sequence: T[]): T[] {
  const result: T[] = [];
  let run: T[] = [];
  const flush = () => {
    result.push(...run.filter((entry) => entry.kind === 'removed'), ...run.filter((entry) => entry.kind === 'added'));
    run = [];
  };
  for (const entry of sequence) {
    if (entry.kind === 'added' || entry.kind === 'removed') run.push(entry);
    else {
      flush();
      result.push(entry);
    }
  }
  flush();
  return result;
}

const opposite: Record<Movement, Movement> = { raised: 'lowered', lowered: 'raised', changed: 'changed' };

/** The same changes seen from the other level: added and removed swap, raised and lowered too. */
export function reverseChanges<T extends LocalizedText>(changes: ReadonlyArray<ItemChange<T>>): Array<ItemChange<T>> {
  return removalsFirst(
    changes.map((change): ItemChange<T> => {
      switch (change.kind) {
        case 'same':
          return { kind: 'same', from: change.to, to: change.from };
        case 'added':
          return { kind: 'removed', from: change.to };
        case 'removed':
          return { kind: 'added', to: change.from };
        case 'reworded':
          return {
            kind: 'reworded',
            from: change.to,
            to: change.from,
            // Worked out again rather than flipped: which side's punctuation shows depends on the direction.
            words: bothWords(change.to, change.from),
          };
        case 'revised':
          return {
            kind: 'revised',
            direction: opposite[change.direction],
            from: change.to,
            to: change.from,
            words: bothWords(joinTexts(change.to), joinTexts(change.from)),
          };
      }
    }),
  );
}

export function countChanges(changes: ReadonlyArray<ItemChange<LocalizedText>>): ChangeCounts {
  const counts: ChangeCounts = { same: 0, reworded: 0, added: 0, removed: 0, raised: 0, lowered: 0, changed: 0 };
  for (const change of changes) {
    if (change.kind === 'revised') counts[change.direction]++;
    else counts[change.kind]++;
  }
  return counts;
}

/** How an item of a level stands against the level below, for marking it in a list of that level. */
export type ItemMark = 'same' | 'new' | 'reworded' | Movement;

export interface MarkedItem<T extends LocalizedText> {
  item: T;
  mark: ItemMark;
  /** For a changed item: its words, with those that are new against the level below marked as added. */
  words?: Record<Locale, WordPart[]>;
}

/** Words of the new side only: what the item says now, with new words marked. */
function newSide(parts: WordPart[]): WordPart[] {
  return parts.filter((part) => part.kind !== 'removed');
}

/**
 * Every item of the second level, in its order, marked against the first: the same, new, reworded,
 * or (requirements) raised, lowered or changed; with its new words marked. The role page marks its
 * columns with this, from the same changes the comparison pages show.
 */
export function markItems<T extends LocalizedText>(changes: ReadonlyArray<ItemChange<T>>): Array<MarkedItem<T>> {
  return changes.flatMap((change): Array<MarkedItem<T>> => {
    switch (change.kind) {
      case 'same':
        return [{ item: change.to, mark: 'same' }];
      case 'added':
        return [{ item: change.to, mark: 'new' }];
      case 'removed':
        return [];
      case 'reworded':
        return [{ item: change.to, mark: 'reworded', words: { sv: newSide(change.words.sv), en: newSide(change.words.en) } }];
      case 'revised': {
        const before = joinTexts(change.from);
        return change.to.map((item) => ({
          item,
          mark: change.direction,
          words: {
            sv: newSide(change.to.length === 1 ? change.words.sv : wordChanges(before.sv, item.sv, 'sv')),
            en: newSide(change.to.length === 1 ? change.words.en : wordChanges(before.en, item.en, 'en')),
          },
        }));
      }
    }
  });
}
