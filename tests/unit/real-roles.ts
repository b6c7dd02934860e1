/** The real content, read and checked the way the build does, for tests of logic on real content. */
import { buildCatalog, type CatalogLevel, type CatalogRole } from '../../src/lib/catalog';
import { readContent } from '../helpers/content';

const content = readContent();
export const catalog = buildCatalog(content.areas, content.roles);

/** Roles of the office services area by slug. */
export const roles: ReadonlyMap<string, CatalogRole> = new Map(
  catalog.roles.filter((role) => role.area.slug === 'kontorstjanster').map((role) => [role.slug, role]),
);

export function roleBySlug(slug: string): CatalogRole {
  const found = roles.get(slug);
  if (!found) throw new Error(`no role file named ${slug}.yaml`);
  return found;
}

export function levelOf(slug: string, number: number): CatalogLevel {
  const found = roleBySlug(slug).levels.find((level) => level.level === number);
  if (!found) throw new Error(`${slug} has no level ${number}`);
  return found;
}

export const roleTitles = (slug: string) => roles.get(slug)?.title;
