/**
 * The benchmark's area generator: N copies of the real area with their own slugs and titles,
 * which the site's schemas and cross-file checks accept.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { generateAreas } from '../bench/generate-areas.mjs';
import { readAreaFile, readContent, readRoleFile } from '../helpers/content';

const target = mkdtempSync(join(tmpdir(), 'generated-areas-'));
afterAll(() => rmSync(target, { recursive: true, force: true }));

const real = readContent();
const result = generateAreas({ target, count: 3 });

function readGenerated() {
  const areas = readdirSync(target).sort();
  return {
    areas: areas.map((slug) => readAreaFile(join(target, slug, 'area.yaml'), slug)),
    roles: areas.flatMap((slug) =>
      readdirSync(join(target, slug, 'roles'))
        .sort()
        .map((file) => readRoleFile(join(target, slug, 'roles', file), `${slug}/${file.replace(/\.yaml$/, '')}`)),
    ),
  };
}

describe('generate-areas', () => {
  it('writes N areas with as many roles and levels as the real one each', () => {
    const realLevels = real.roles.reduce((sum, r) => sum + r.data.levels.length, 0);
    expect(result).toEqual({ areas: 3, roles: 3 * real.roles.length, levels: 3 * realLevels });
    expect(readdirSync(target).sort()).toEqual(['omrade-1', 'omrade-2', 'omrade-3']);
  });

  it('passes the site’s schemas and cross-file checks, with its own slugs, titles and role references', () => {
    const generated = readGenerated();
    const catalog = buildCatalog(generated.areas, generated.roles);
    expect(catalog.levels).toHaveLength(result.levels);
    expect(new Set(catalog.roles.map((r) => r.slug)).size).toBe(catalog.roles.length);
    expect(new Set(catalog.areas.map((a) => a.title.sv)).size).toBe(3);
    const copy = catalog.role('omrade-2/administrator-2')!;
    expect(copy.title).toEqual({ sv: 'Administratör – område 2', en: 'Administrator – area 2' });
    const refs = JSON.stringify(copy.levels.map((l) => l.requirements.map((q) => q.criterion)));
    expect(refs).toContain('"role":"administrator-2"');
    expect(refs).not.toContain('"role":"administrator"');
  });

  it('refuses a count that is not a positive integer', () => {
    expect(() => generateAreas({ target, count: 0 })).toThrow(/positive integer/);
    expect(() => generateAreas({ target, count: 1.5 })).toThrow(/positive integer/);
  });
});
