import { describe, expect, it } from 'vitest';
import { buildCatalog, compareText, hasSeveralLevels, levelTitle, sortByTitle } from '../../src/lib/catalog';
import type { AreaEntry, RoleEntry } from '../../src/lib/content-checks';
import { ContentError } from '../../src/lib/content-errors';
import type { Role } from '../../src/schemas/role';
import { readContent } from '../helpers/content';

const area: AreaEntry = {
  id: 'kontor',
  data: {
    title: { sv: 'Kontor', en: 'Office' },
    description: { sv: 'Om kontor.', en: 'About offices.' },
    source: { publisher: 'Utgivare', title: 'Titel', transcribed: '2026-11-28' },
  },
};

function makeRole(title: string, levels: number, extra: Partial<Role> = {}): Role {
  return {
    title: { sv: title, en: `${title} (en)` },
    summary: { sv: `Om ${title}.`, en: `About ${title}.` },
    alsoKnownAs: { sv: [], en: [] },
    levels: Array.from({ length: levels }, (_, i) => ({
      level: i + 1,
      tasks: [{ sv: 'göra', en: 'do' }],
      requirements: [{ sv: 'gymnasium', en: 'upper secondary', criterion: { kind: 'education', level: 'upper-secondary' } }],
    })),
    ...extra,
  };
}

const role = (slug: string, title: string, levels = 1): RoleEntry => ({ id: `kontor/${slug}`, data: makeRole(title, levels) });

describe('buildCatalog', () => {
  const catalog = buildCatalog([area], [role('zeta', 'Zeta'), role('orn', 'Örn', 2), role('aal', 'Ål'), role('anka', 'Anka', 3), role('ara', 'Ära')]);

  it('sorts roles in Swedish alphabetical order (z, å, ä, ö)', () => {
    expect(catalog.roles.map((r) => r.title.sv)).toEqual(['Anka', 'Zeta', 'Ål', 'Ära', 'Örn']);
    expect(catalog.areas[0]?.roles.map((r) => r.slug)).toEqual(['anka', 'zeta', 'aal', 'ara', 'orn']);
  });

  it('gives every role its area and every level its role', () => {
    const anka = catalog.role('kontor/anka');
    expect(anka?.area.slug).toBe('kontor');
    expect(anka?.area).toBe(catalog.area('kontor'));
    expect(anka?.levels.map((l) => l.id)).toEqual(['kontor/anka/1', 'kontor/anka/2', 'kontor/anka/3']);
    expect(catalog.level('kontor/anka/2')?.role).toBe(anka);
    expect(catalog.levels).toHaveLength(3 + 1 + 1 + 1 + 2);
  });

  it('numbers level titles only when a role has several levels', () => {
    expect(catalog.level('kontor/anka/2')?.title).toEqual({ sv: 'Anka 2', en: 'Anka (en) 2' });
    expect(catalog.level('kontor/zeta/1')?.title).toEqual({ sv: 'Zeta', en: 'Zeta (en)' });
    expect(hasSeveralLevels(catalog.role('kontor/anka')!)).toBe(true);
    expect(hasSeveralLevels(catalog.role('kontor/zeta')!)).toBe(false);
  });

  it('remembers the file each entry came from', () => {
    expect(catalog.role('kontor/anka')?.file).toBe('content/areas/kontor/roles/anka.yaml');
    expect(catalog.area('kontor')?.file).toBe('content/areas/kontor/area.yaml');
  });

  it('runs the cross-file checks and reports with the content error format', () => {
    const broken: RoleEntry = {
      id: 'kontor/chef',
      data: makeRole('Chef', 1, {
        levels: [
          {
            level: 1,
            tasks: [{ sv: 'leda', en: 'lead' }],
            requirements: [{ sv: 'erfarenhet', en: 'experience', criterion: { kind: 'experience', years: 2, scope: 'in-role', role: 'direktor' } }],
          },
        ],
      }),
    };
    expect(() => buildCatalog([area], [broken])).toThrow(ContentError);
    expect(() => buildCatalog([area], [broken])).toThrow(
      'content/areas/kontor/roles/chef.yaml: levels.0.requirements.0.criterion.role: expected the slug of a role in content/areas/kontor/roles/',
    );
  });
});

describe('helpers', () => {
  it('compares in each language’s order', () => {
    expect(compareText('sv', 'Ö', 'Z')).toBeGreaterThan(0);
    expect(sortByTitle([{ title: { sv: 'Ö', en: 'b' } }, { title: { sv: 'A', en: 'c' } }], 'en').map((x) => x.title.en)).toEqual(['b', 'c']);
  });

  it('level titles', () => {
    expect(levelTitle({ sv: 'Administratör', en: 'Administrator' }, 2, 2)).toEqual({ sv: 'Administratör 2', en: 'Administrator 2' });
    expect(levelTitle({ sv: 'Arkivarie', en: 'Archivist' }, 1, 1)).toEqual({ sv: 'Arkivarie', en: 'Archivist' });
  });
});

describe('the real content', () => {
  const { areas, roles } = readContent();
  const catalog = buildCatalog(areas, roles);

  it('has roles, each with levels numbered from 1', () => {
    expect(catalog.roles.length).toBeGreaterThan(0);
    for (const r of catalog.roles) {
      expect(r.levels.map((l) => l.level)).toEqual(r.levels.map((_, i) => i + 1));
    }
  });

  it('has the example role with two levels', () => {
    const admin = catalog.role('kontorstjanster/administrator');
    expect(admin?.levels.map((l) => l.title.sv)).toEqual(['Administratör 1', 'Administratör 2']);
  });

  it('has ids that match the URL scheme', () => {
    for (const l of catalog.levels) expect(l.id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+\/[1-9]$/);
  });
});
