import type { Locale } from '../../i18n/locales';
import type { Criterion } from '../../schemas/criterion';
import type { LocalizedText } from '../../schemas/text';
import { wordChanges, type WordPart } from '../level-diff';
import { compareWithProfile, readRequirement, type Finding } from './read-criteria';
import { coverage, likeness, sameWords, tokens } from './words';

/**
 * How alike a pasted item and a profile item must be to pair, on this check's own likeness
 * (shared words, with a bonus when both are about the same things); level pages pair on a
 * stricter measure of their own, since a buyer's text strays further from the profile.
 */
const PAIR_THRESHOLD = 0.5;

/**
 * "Check your own text": a buyer pastes requirement text (from an earlier call-off, say) and
 * picks the level it should follow. Each pasted item is paired with the closest item of the
 * level and labelled: the same, reworded, stricter or looser (read with the criterion
 * vocabulary), several items merged into one, one item split in parts, or not in the profile;
 * the level's items that no pasted item covers are listed as missing.
 */

export interface ProfileItem {
  /** "kontorstjanster/administrator/1/requirements/2" */
  readonly id: string;
  readonly section: 'tasks' | 'requirements';
  readonly text: LocalizedText;
  readonly criterion?: Criterion;
}

export interface CheckLevel {
  readonly id: string;
  readonly tasks: ReadonlyArray<LocalizedText>;
  readonly requirements: ReadonlyArray<LocalizedText & { readonly criterion: Criterion }>;
}

export type ItemCheck =
  /** The same words; `exact` when character for character, else spelling or number form differ. */
  | { readonly kind: 'same'; readonly text: string; readonly item: ProfileItem; readonly exact: boolean; readonly words: WordPart[] }
  | { readonly kind: 'reworded'; readonly text: string; readonly item: ProfileItem; readonly words: WordPart[] }
  | {
      readonly kind: 'stricter' | 'looser' | 'stricter-and-looser';
      readonly text: string;
      readonly item: ProfileItem;
      readonly findings: Finding[];
      readonly words: WordPart[];
    }
  /** One pasted item that holds several of the level's items. */
  | { readonly kind: 'merged'; readonly text: string; readonly items: ProfileItem[]; readonly words: WordPart[] }
  /** One of several pasted items that together make one of the level's items. */
  | { readonly kind: 'part'; readonly text: string; readonly item: ProfileItem; readonly part: number; readonly of: number }
  /**
   * Only a part of one of the level's items, the rest left out: one way in of an either/or
   * requirement, say. The item itself still counts as missing.
   */
  | { readonly kind: 'partial'; readonly text: string; readonly item: ProfileItem }
  | { readonly kind: 'not-in-profile'; readonly text: string };

export interface CheckResult {
  /** The language of the profile's text the pasted text was compared with. */
  readonly language: Locale;
  /** One entry per pasted item, in the pasted order. */
  readonly items: ItemCheck[];
  /** The level's items that the pasted text lacks, in the level's order. */
  readonly missing: ProfileItem[];
}

/** The level's tasks and requirements as items with their stable ids. */
export function profileItems(level: CheckLevel): ProfileItem[] {
  return [
    ...level.tasks.map((text, index): ProfileItem => ({ id: `${level.id}/tasks/${index + 1}`, section: 'tasks', text })),
    ...level.requirements.map(
      (requirement, index): ProfileItem => ({
        id: `${level.id}/requirements/${index + 1}`,
        section: 'requirements',
        text: { sv: requirement.sv, en: requirement.en },
        criterion: requirement.criterion,
      }),
    ),
  ];
}

const bullet = /^\s*(?:[-–—•·*▪◦○●‣⁃►✓]|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|[KkBbSs]\d{1,2}[.:)]?)\s+/;
const headingWords =
  /^(kompetenskrav|krav|ska[- ]?krav|bor[- ]?krav|arbetsuppgifter( kan bl ?a avse)?|requirements|competence requirements|tasks( may include)?|duties)$/;

/**
 * The items of a pasted text. Bullets and numbering ("•", "-", "1.", "a)", "K1:") start an item;
 * in a text with bullets a line without one continues the item before it (a line break inside an
 * item). In a text without bullets each line is an item, except that a line continues the one
 * before when that one does not end a sentence and most lines do. Headings ("Kompetenskrav:")
 * and empty lines are left out; a word broken with a hyphen at a line end is joined.
 */
export function splitItems(pasted: string): string[] {
  const lines = pasted.replace(/\r\n?/g, '\n').split('\n');
  const hasBullets = lines.some((line) => bullet.test(line));
  const filled = lines.map((line) => line.trim()).filter((line) => line !== '');
  const punctuated = filled.filter((line) => /[.;!?:)]$/.test(line)).length >= filled.length / 2;

  const items: string[] = [];
  let open = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      open = false;
      continue;
    }
    const bulleted = bullet.test(raw);
    const text = line.replace(bullet, '').trim();
    if (isHeading(text)) {
      open = false;
      continue;
    }
    const previous = items.at(-1);
    const continues =
      open &&
      previous !== undefined &&
      !bulleted &&
      (hasBullets || (punctuated && !/[.;!?:)]$/.test(previous)));
    if (continues) items[items.length - 1] = join(previous, text);
    else items.push(text);
    open = true;
  }
  return items.filter((item) => tokens(item).length > 0);
}

function isHeading(text: string): boolean {
  const folded = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const words = folded.replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ').trim();
  return headingWords.test(words) || (text.endsWith(':') && words.split(' ').length <= 5);
}

function join(previous: string, next: string): string {
  return /\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next) ? previous.slice(0, -1) + next : `${previous} ${next}`;
}

/** Folds the differences that do not count at all: spaces, a final full stop, the first letter's case. */
function exactForm(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim().replace(/[.;,]+$/, '');
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

interface Candidate {
  readonly pasted: number;
  readonly item: number;
  readonly score: number;
}

/** A pasted item covers a profile item when nearly all the item's words are in it. */
const COVERED = 0.8;

/** Checks a pasted text against one level, in the language its words match best. */
export function checkText(pasted: string, level: CheckLevel): CheckResult {
  const texts = splitItems(pasted);
  const items = profileItems(level);
  const pastedWords = texts.map(tokens);
  const language = bestLanguage(pastedWords, items);
  const itemWords = items.map((item) => tokens(item.text[language]));
  const itemText = (index: number) => items[index]!.text[language];

  const results: Array<ItemCheck | undefined> = texts.map(() => undefined);
  const usedItems = new Set<number>();
  const usedPasted = new Set<number>();

  // The same words first: a text quoted right is never taken for part of another item.
  pastedWords.forEach((words, p) => {
    const i = itemWords.findIndex((item, index) => !usedItems.has(index) && sameWords(words, item));
    if (i < 0) return;
    usedItems.add(i);
    usedPasted.add(p);
    results[p] = classify(texts[p]!, items[i]!, language);
  });

  // Merged: one pasted item that holds two or more items, nearly word for word.
  pastedWords.forEach((words, p) => {
    if (usedPasted.has(p)) return;
    const held = itemWords.flatMap((item, i) =>
      !usedItems.has(i) && item.length >= 2 && coverage(item, words) >= COVERED ? [i] : [],
    );
    if (held.length < 2) return;
    const together = held.flatMap((i) => itemWords[i]!);
    if (coverage(words, together) < 0.7) return;
    held.forEach((i) => usedItems.add(i));
    usedPasted.add(p);
    results[p] = {
      kind: 'merged',
      text: texts[p]!,
      items: held.map((i) => items[i]!),
      words: wordChanges(held.map(itemText).join(' '), texts[p]!),
    };
  });

  // Split: two or more pasted items that each are part of one item and together make most of it.
  itemWords.forEach((words, i) => {
    if (usedItems.has(i)) return;
    const parts = pastedWords.flatMap((part, p) =>
      !usedPasted.has(p) && part.length >= 2 && coverage(part, words) >= COVERED && likeness(part, words) < 0.8 ? [p] : [],
    );
    if (parts.length < 2 || coverage(words, parts.flatMap((p) => pastedWords[p]!)) < 0.7) return;
    usedItems.add(i);
    parts.forEach((p, index) => {
      usedPasted.add(p);
      results[p] = { kind: 'part', text: texts[p]!, item: items[i]!, part: index + 1, of: parts.length };
    });
  });

  // Pairs: the most alike first, each item and each pasted item used once. Requirements about the
  // same things (experience, education, a skill) pair even when reworded a lot.
  const readings = texts.map((text) => readRequirement(text).aspects);
  const itemAspects = items.map((item) => (item.criterion ? readRequirement(item.text[language]).aspects : new Set<string>()));
  const candidates: Candidate[] = [];
  pastedWords.forEach((words, p) => {
    if (usedPasted.has(p)) return;
    itemWords.forEach((item, i) => {
      if (usedItems.has(i)) return;
      let score = likeness(words, item);
      if (sameAspects(readings[p]!, itemAspects[i]!)) score = Math.max(score, 0.5 + score / 2);
      if (score >= PAIR_THRESHOLD) candidates.push({ pasted: p, item: i, score });
    });
  });
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      Math.abs(a.pasted / texts.length - a.item / items.length) - Math.abs(b.pasted / texts.length - b.item / items.length),
  );
  for (const candidate of candidates) {
    if (usedPasted.has(candidate.pasted) || usedItems.has(candidate.item)) continue;
    usedPasted.add(candidate.pasted);
    usedItems.add(candidate.item);
    results[candidate.pasted] = classify(texts[candidate.pasted]!, items[candidate.item]!, language);
  }

  // What is left and lies wholly within one item, without being all of it, is a part of that item.
  pastedWords.forEach((words, p) => {
    if (usedPasted.has(p) || words.length < 2) return;
    let best: { item: number; score: number } | undefined;
    itemWords.forEach((item, i) => {
      const score = likeness(words, item);
      if (coverage(words, item) >= COVERED && score < 0.8 && score > (best?.score ?? 0)) best = { item: i, score };
    });
    if (best) results[p] = { kind: 'partial', text: texts[p]!, item: items[best.item]! };
  });

  return {
    language,
    items: results.map((result, p) => result ?? { kind: 'not-in-profile', text: texts[p]! }),
    missing: items.filter((_, i) => !usedItems.has(i)),
  };
}

function sameAspects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && a.size === b.size && [...a].every((aspect) => b.has(aspect));
}

function classify(text: string, item: ProfileItem, language: Locale): ItemCheck {
  const profile = item.text[language];
  const words = wordChanges(profile, text);
  if (exactForm(text) === exactForm(profile)) return { kind: 'same', text, item, exact: true, words };
  if (sameWords(tokens(text), tokens(profile))) return { kind: 'same', text, item, exact: false, words };
  if (item.criterion) {
    const findings = compareWithProfile(profile, item.criterion, text);
    if (findings.length > 0) {
      const stricter = findings.some((finding) => finding.direction === 'stricter');
      const looser = findings.some((finding) => finding.direction === 'looser');
      const kind = stricter && looser ? 'stricter-and-looser' : stricter ? 'stricter' : 'looser';
      return { kind, text, item, findings, words };
    }
  }
  return { kind: 'reworded', text, item, words };
}

/** The language whose text the pasted items are closest to (Swedish when equal). */
function bestLanguage(pasted: ReadonlyArray<readonly string[]>, items: readonly ProfileItem[]): Locale {
  const total = (lang: Locale) => {
    const words = items.map((item) => tokens(item.text[lang]));
    return pasted.reduce((sum, p) => sum + Math.max(0, ...words.map((item) => likeness(p, item))), 0);
  };
  return total('en') > total('sv') ? 'en' : 'sv';
}
