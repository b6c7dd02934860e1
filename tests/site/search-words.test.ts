/**
 * What the build adds for Swedish search: the pages stay as they are (compound parts live only
 * in the index), each language gets its word list for suggestions, and other names for the
 * roles are sound.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { foldWord } from '../../src/lib/search/match';
import { readWordList, wordListFile } from '../../src/lib/search/suggest';
import { readContent } from '../helpers/content';
import { listFiles, readHtml } from '../helpers/html';
import { dist } from '../helpers/paths';

const catalog = buildCatalog(readContent().areas, readContent().roles);

describe('the built pages', () => {
  it('carry no index-only compound parts', () => {
    for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
      expect(readHtml(dist, file), file).not.toMatch(/[⟦⟧]/);
    }
  });

  it('give each level page its other names for the index, and English pages the Swedish title too', () => {
    const level = catalog.level('kontorstjanster/assistent/1')!;
    expect(readHtml(dist, `${level.id}/index.html`)).toContain('data-pagefind-meta="aka:sekreterare, chefsassistent, administrativ assistent"');
    expect(readHtml(dist, `en/${level.id}/index.html`)).toContain('data-pagefind-meta="aka:secretary, personal assistant, administrative assistant, Assistent"');
  });
});

describe('the word lists for "Did you mean …?"', () => {
  it.each(['sv', 'en'])('exist for %s, most frequent first, with the roles’ titles and compound parts', (lang) => {
    const file = join(dist, 'pagefind', wordListFile(lang));
    expect(existsSync(file)).toBe(true);
    const words = readWordList(readFileSync(file, 'utf8'));
    expect(words.length).toBeGreaterThan(300);
    expect(new Set(words).size).toBe(words.length);
    expect(words.every((word) => word === word.toLowerCase() && word.length >= 3)).toBe(true);
    for (const role of catalog.roles) {
      for (const word of role.title[lang as 'sv' | 'en'].toLowerCase().match(/\p{L}{3,}/gu) ?? []) expect(words, word).toContain(word);
    }
    if (lang === 'sv') {
      expect(words).toContain('ekonom'); // from Redovisningsekonom
      expect(words).toContain('växel'); // from telefonväxlar
      expect(words.indexOf('och')).toBeLessThan(words.indexOf('registrator'));
    }
  });
});

describe('other names for the roles', () => {
  it('are neither the role’s own title nor repeated, in either language', () => {
    for (const role of catalog.roles) {
      for (const lang of ['sv', 'en'] as const) {
        const names = role.alsoKnownAs[lang].map(foldWord);
        expect(new Set(names).size, `${role.id} ${lang}`).toBe(names.length);
        expect(names, `${role.id} ${lang}`).not.toContain(foldWord(role.title[lang]));
      }
    }
  });

  it('are given for every role in both languages', () => {
    for (const role of catalog.roles) {
      expect(role.alsoKnownAs.sv.length, role.id).toBeGreaterThan(0);
      expect(role.alsoKnownAs.en.length, role.id).toBeGreaterThan(0);
    }
  });
});
