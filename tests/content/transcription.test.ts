/**
 * The content must say what the source says: nothing invented, nothing lost.
 *
 * The source is an OCR dump of a scanned PDF (tests/fixtures/source), with Swedish letters lost or
 * misread and two sections whose columns are interleaved line by line. So the check works on
 * words: every word of every Swedish item must be found in the source, in order and close
 * together, where a word may differ from the source only where OCR damages words (å, ä, ö and l).
 * Every word of the source must then be covered by some item, apart from headings and page
 * furniture, so that nothing is left out.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { role as roleSchema, type Role } from '../../src/schemas/role';

const root = join(import.meta.dirname, '..', '..');
const rolesDir = join(root, 'content', 'areas', 'kontorstjanster', 'roles');
const source = readFileSync(join(root, 'tests', 'fixtures', 'source', 'konsultkompetenser-kontorstjanster.ocr.txt'), 'utf8');

/** Tasks and requirements per level, counted by hand from the source, in the source's order. */
const expected: Array<[title: string, tasks: number, requirements: number]> = [
  ['Administratör 1', 5, 3],
  ['Administratör 2', 7, 3],
  ['Arkivarie', 6, 5],
  ['Assistent 1', 9, 2],
  ['Assistent 2', 9, 3],
  ['Controller', 8, 5],
  ['Ekonomiassistent 1', 8, 4],
  ['Ekonomiassistent 2', 9, 3],
  ['Handläggare 1', 4, 3],
  ['Handläggare 2', 8, 2],
  ['Handläggare 3', 8, 2],
  ['Inköpare', 5, 3],
  ['Jurist', 3, 3],
  ['Kommunikatör', 8, 4],
  ['Löneadministratör 1', 6, 4],
  ['Löneadministratör 2', 7, 4],
  ['Personaladministratör 1', 6, 5],
  ['Personaladministratör 2', 7, 4],
  ['Receptionist', 4, 5],
  ['Redovisningsekonom 1', 7, 5],
  ['Redovisningsekonom 2', 8, 3],
  ['Registrator', 5, 4],
  ['Vaktmästare 1', 9, 2],
  ['Vaktmästare 2', 10, 4],
  ['Växeltelefonist', 4, 5],
];

const roles: Role[] = readdirSync(rolesDir)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => roleSchema.parse(parse(readFileSync(join(rolesDir, file), 'utf8'))))
  .sort((a, b) => a.title.sv.localeCompare(b.title.sv, 'sv'));

const levels = roles.flatMap((role) =>
  role.levels.map((level) => ({
    title: role.levels.length > 1 ? `${role.title.sv} ${level.level}` : role.title.sv,
    items: [...level.tasks, ...level.requirements].map((item) => item.sv),
    level,
  })),
);

/** Lower case, diacritics off, OCR's stand-ins for letters kept as characters of their own. */
function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9|[]+/)
    .filter(Boolean);
}

/** Source tokens, with é kept apart (OCR's reading of ö and ä) rather than folded to e. */
const sourceTokens = source
  .toLowerCase()
  .replace(/é/g, '~')
  .split(/[^a-z0-9|[~]+/)
  .filter(Boolean);

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** How many characters OCR may have damaged in this word: å/ä one each, ö up to two, one l. */
function allowance(word: string): number {
  const lower = word.toLowerCase();
  const count = (pattern: RegExp) => (lower.match(pattern) ?? []).length;
  return count(/[åä]/g) + 2 * count(/ö/g) + (lower.includes('l') ? 1 : 0);
}

function sameWord(itemWord: string, original: string, sourceWord: string): boolean {
  if (itemWord === sourceWord) return true;
  const allowed = allowance(original);
  return allowed > 0 && distance(itemWord, sourceWord) <= allowed;
}

/** Longest gap in source tokens between two consecutive words of an item (the other column). */
const MAX_GAP = 15;

/**
 * Positions of the item's words in the source, searched within [from, to), or null. Of all
 * places where the item matches, the tightest wins, so an item is not stitched together from
 * words of its neighbours.
 */
function locate(item: string, from: number, to: number): number[] | null {
  const words = tokens(item);
  const originals = item.toLowerCase().split(/[^a-zåäöéü0-9]+/).filter(Boolean);
  let best: number[] | null = null;
  for (let start = from; start < to; start++) {
    if (!sameWord(words[0]!, originals[0]!, sourceTokens[start]!)) continue;
    const found = [start];
    for (let w = 1; w < words.length; w++) {
      const last = found[found.length - 1]!;
      let next = -1;
      for (let p = last + 1; p <= Math.min(last + MAX_GAP, to - 1); p++) {
        if (sameWord(words[w]!, originals[w]!, sourceTokens[p]!)) {
          next = p;
          break;
        }
      }
      if (next < 0) break;
      found.push(next);
    }
    if (found.length !== words.length) continue;
    const span = (found: number[]) => found[found.length - 1]! - found[0]!;
    if (!best || span(found) < span(best)) best = found;
    if (span(found) === words.length - 1) break;
  }
  return best;
}

describe('transcription of the source', () => {
  it('has 16 roles and 25 levels, with the tasks and requirements counted from the source', () => {
    expect(roles).toHaveLength(16);
    expect(levels.map((l) => [l.title, l.level.tasks.length, l.level.requirements.length])).toEqual(expected);
  });

  it('has 170 tasks and 90 requirements in all', () => {
    expect(levels.reduce((sum, l) => sum + l.level.tasks.length, 0)).toBe(170);
    expect(levels.reduce((sum, l) => sum + l.level.requirements.length, 0)).toBe(90);
  });

  // Each level's items are searched from where the level starts in the source, and before the
  // next level starts, so identical items of two levels are each matched to their own copy.
  const starts: number[] = [];
  for (const [index, entry] of levels.entries()) {
    const from = index === 0 ? 0 : starts[index - 1]! + 1;
    starts.push(locate(entry.items[0]!, from, sourceTokens.length)?.[0] ?? -1);
  }
  const covered = new Set<number>();

  it.each(levels.map((entry, index) => [entry.title, index] as const))('%s: every item is in the source', (_, index) => {
    const entry = levels[index]!;
    expect(starts[index], `the first task of ${entry.title} was not found after the level before it`).toBeGreaterThanOrEqual(0);
    const end = starts[index + 1] ?? sourceTokens.length;
    for (const item of entry.items) {
      // Requirements of the two-column sections sit before the level's later tasks, so they
      // are looked for from the level's start, never beyond the next level's start.
      const found = locate(item, starts[index]!, end);
      expect(found, `not found in the source within ${entry.title}: "${item}"`).not.toBeNull();
      found!.forEach((position) => covered.add(position));
    }
  });

  it('leaves no word of the source out, apart from headings and page furniture', () => {
    const headings = new Set([
      ...tokens('Konsultkompetenser yrkesområde Kontorstjänster Arbetsuppgifter kan bl.a. avse Kompetenskrav'),
      ...roles.flatMap((role) => tokens(role.title.sv)),
      // Level numbers in headings, and the page footer "1(0)] M KAMMARKOLLEGIET".
      '1', '2', '3', '0', 'm', 'kammarkollegiet',
      // OCR's reading of the column rule in the two-column sections.
      '|',
      'i',
    ]);
    const missed = sourceTokens
      .map((token, position) => ({ token, position }))
      .filter(({ token, position }) => !covered.has(position) && !headings.has(token.replace(/~/g, 'o')));
    expect(missed.map(({ token, position }) => `${token} (${sourceTokens.slice(position - 3, position + 4).join(' ')})`)).toEqual([]);
  });
});

describe('spelling of the Swedish text', () => {
  const words = levels.flatMap((entry) => entry.items.flatMap((item) => item.split(/[^\p{L}\d-]+/u).filter(Boolean)));

  it('carries none of the OCR artefacts (digits or stand-ins inside words, é for ö)', () => {
    expect(words.filter((word) => /\p{L}\d|\d\p{L}|[|[é]/u.test(word) && word !== 'W3D3' && word !== 'Public360')).toEqual([]);
  });

  it('spells each word one way: no word appears both with and without å, ä, ö', () => {
    const fold = (word: string) => word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const spellings = new Map<string, Set<string>>();
    for (const word of words) {
      const key = fold(word);
      spellings.set(key, (spellings.get(key) ?? new Set()).add(word.toLowerCase()));
    }
    expect([...spellings.values()].filter((set) => set.size > 1).map((set) => [...set])).toEqual([]);
  });
});
