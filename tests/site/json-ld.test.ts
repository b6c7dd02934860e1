/**
 * schema.org data on every level page in dist/: one JSON-LD block that parses, an Occupation in
 * the page's language with the level's tasks and requirements. Run `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { readContent } from '../helpers/content';
import { readHtml } from '../helpers/html';
import { dist } from '../helpers/paths';

const { areas, roles } = readContent();
const catalog = buildCatalog(areas, roles);

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
});

function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

describe('JSON-LD on level pages', () => {
  for (const [lang, prefix] of [['sv', ''], ['en', 'en/']] as const) {
    it(`${lang}: every level page carries an Occupation with its tasks and requirements`, () => {
      const data = JSON.parse(readFileSync(join(dist, 'data', 'roles.json'), 'utf8')) as {
        areas: Array<{ roles: Array<{ levels: Array<{ id: string; urls: Record<string, string> }> }> }>;
      };
      const urls = new Map(data.areas.flatMap((a) => a.roles.flatMap((r) => r.levels.map((l) => [l.id, l.urls[lang]]))));
      for (const level of catalog.levels) {
        const html = readHtml(dist, `${prefix}${level.id}/index.html`);
        expect(html.indexOf('application/ld+json')).toBeLessThan(html.indexOf('</head>'));
        const blocks = jsonLdBlocks(html);
        expect(blocks, level.id).toHaveLength(1);
        const ld = blocks[0] as Record<string, any>;
        expect(ld['@context']).toBe('https://schema.org');
        expect(ld['@type']).toBe('Occupation');
        expect(ld['name']).toBe(level.title[lang]);
        // The page's address only when the build has a public one (SITE_URL); never the placeholder.
        if (process.env['SITE_URL']) expect(ld['url']).toBe(urls.get(level.id));
        else expect(ld['url'] ?? ld['@id'] ?? ld['mainEntityOfPage']['@id']).toBeUndefined();
        expect(typeof ld['description']).toBe('string');
        expect(ld['mainEntityOfPage']['inLanguage']).toBe(lang);
        expect(ld['responsibilities']).toEqual(level.tasks.map((t) => t[lang]));

        const kinds = JSON.stringify(level.requirements.map((r) => r.criterion));
        const has = (kind: string) => kinds.includes(`"kind":"${kind}"`);
        if (has('skill') || has('law-knowledge')) expect(ld['skills'].length, level.id).toBeGreaterThan(0);
        if (has('education') || has('field-training')) {
          expect(ld['educationRequirements'].length, level.id).toBeGreaterThan(0);
          for (const e of ld['educationRequirements']) expect(e['@type']).toBe('EducationalOccupationalCredential');
        }
        if (has('experience') || has('public-sector-experience')) {
          expect(ld['experienceRequirements'].length, level.id).toBeGreaterThan(0);
          for (const e of ld['experienceRequirements']) expect(e['@type']).toBe('OccupationalExperienceRequirements');
        }
        if (level.requirements.some((r) => r.criterion.kind === 'experience')) {
          const months = ld['experienceRequirements'].map((e: { monthsOfExperience?: number }) => e.monthsOfExperience);
          expect(months.some((m: unknown) => typeof m === 'number' && m >= 12), level.id).toBe(true);
        }
        const texts = JSON.stringify(ld);
        for (const req of level.requirements) expect(texts).toContain(JSON.stringify(req[lang]).slice(1, -1));
      }
    });
  }

  it('no other page carries structured data', () => {
    for (const page of ['index.html', 'kontorstjanster/index.html', 'kontorstjanster/administrator/index.html', 'jamfor/index.html']) {
      expect(jsonLdBlocks(readHtml(dist, page)), page).toEqual([]);
    }
  });
});
