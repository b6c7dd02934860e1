import type { Locale } from '../i18n/locales';
import type { Area } from '../schemas/area';
import type { Level, Role } from '../schemas/role';
import type { LocalizedText } from '../schemas/text';
import { areaFile, checkContent, splitRoleId, type AreaEntry, type RoleEntry } from './content-checks';

/**
 * The site's content as one typed model: areas, their roles, and the roles' levels, sorted.
 * Built once from the `areas` and `roles` collections (see load-catalog.ts). The model has
 * links both ways (area.roles / role.area, role.levels / level.role): map it to plain data
 * before serialising it.
 */

export type CatalogArea = Area & {
  /** The folder name: "kontorstjanster". */
  readonly slug: string;
  /** Same as slug. */
  readonly id: string;
  /** The file it was read from, for messages. */
  readonly file: string;
  /** Its roles, in Swedish alphabetical order. */
  readonly roles: ReadonlyArray<CatalogRole>;
};

export type CatalogRole = Omit<Role, 'levels'> & {
  /** "<area>/<role>": "kontorstjanster/administrator". */
  readonly id: string;
  /** The file name without .yaml: "administrator". */
  readonly slug: string;
  readonly area: CatalogArea;
  readonly file: string;
  /** Its levels, lowest first. */
  readonly levels: ReadonlyArray<CatalogLevel>;
};

export type CatalogLevel = Level & {
  /** "<area>/<role>/<n>": "kontorstjanster/administrator/1". */
  readonly id: string;
  readonly role: CatalogRole;
  /** Display title: "Administratör 2", or just "Arkivarie" when the role has one level. */
  readonly title: LocalizedText;
};

export interface Catalog {
  readonly areas: ReadonlyArray<CatalogArea>;
  /** All roles of all areas, in Swedish alphabetical order. */
  readonly roles: ReadonlyArray<CatalogRole>;
  /** All levels, in the order of `roles`, lowest level first. */
  readonly levels: ReadonlyArray<CatalogLevel>;
  area(slug: string): CatalogArea | undefined;
  role(id: string): CatalogRole | undefined;
  level(id: string): CatalogLevel | undefined;
}

const collators: Partial<Record<Locale, Intl.Collator>> = {};

/** Compares two texts in a language's alphabetical order (Swedish: … x, y, z, å, ä, ö). */
export function compareText(lang: Locale, a: string, b: string): number {
  const collator = (collators[lang] ??= new Intl.Collator(lang));
  return collator.compare(a, b);
}

/** Sorts things with a title by their title in one language, without changing the input. */
export function sortByTitle<T extends { readonly title: LocalizedText }>(items: ReadonlyArray<T>, lang: Locale): T[] {
  return [...items].sort((a, b) => compareText(lang, a.title[lang], b.title[lang]));
}

export function levelId(area: string, role: string, level: number): string {
  return `${area}/${role}/${level}`;
}

/** "Administratör 2" for a role with several levels, "Arkivarie" for a role with one. */
export function levelTitle(roleTitle: LocalizedText, level: number, levelCount: number): LocalizedText {
  if (levelCount <= 1) return { sv: roleTitle.sv, en: roleTitle.en };
  return { sv: `${roleTitle.sv} ${level}`, en: `${roleTitle.en} ${level}` };
}

/** True when the role has more than one level, so its levels show numbers. */
export function hasSeveralLevels(role: Pick<CatalogRole, 'levels'>): boolean {
  return role.levels.length > 1;
}

/** Checks the entries across files (see content-checks.ts), then builds the model. */
export function buildCatalog(areaEntries: ReadonlyArray<AreaEntry>, roleEntries: ReadonlyArray<RoleEntry>): Catalog {
  checkContent(areaEntries, roleEntries);

  const areas = new Map<string, CatalogArea & { roles: CatalogRole[] }>();
  for (const entry of areaEntries) {
    areas.set(entry.id, {
      ...entry.data,
      id: entry.id,
      slug: entry.id,
      file: entry.filePath ?? areaFile(entry.id),
      roles: [],
    });
  }

  const roles: CatalogRole[] = [];
  for (const entry of roleEntries) {
    const slugs = splitRoleId(entry.id);
    const area = areas.get(slugs.area);
    // checkContent has already reported a missing area; this keeps the type checker honest.
    if (!area) throw new Error(`No area "${slugs.area}" for role ${entry.id}`);
    const { levels, ...rest } = entry.data;
    const role: CatalogRole & { levels: CatalogLevel[] } = {
      ...rest,
      id: entry.id,
      slug: slugs.role,
      area,
      file: entry.filePath ?? `content/areas/${slugs.area}/roles/${slugs.role}.yaml`,
      levels: [],
    };
    for (const level of levels) {
      role.levels.push({
        ...level,
        id: levelId(slugs.area, slugs.role, level.level),
        role,
        title: levelTitle(entry.data.title, level.level, levels.length),
      });
    }
    area.roles.push(role);
    roles.push(role);
  }

  const sortedAreas = sortByTitle([...areas.values()], 'sv');
  for (const area of sortedAreas) area.roles.sort((a, b) => compareText('sv', a.title.sv, b.title.sv));
  const sortedRoles = sortByTitle(roles, 'sv');
  const levels = sortedRoles.flatMap((role) => role.levels);

  const areaBySlug = new Map(sortedAreas.map((a) => [a.slug, a]));
  const roleById = new Map(sortedRoles.map((r) => [r.id, r]));
  const levelById = new Map(levels.map((l) => [l.id, l]));

  return {
    areas: sortedAreas,
    roles: sortedRoles,
    levels,
    area: (slug) => areaBySlug.get(slug),
    role: (id) => roleById.get(id),
    level: (id) => levelById.get(id),
  };
}
