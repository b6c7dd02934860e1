import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { AreaEntry, RoleEntry } from '../../src/lib/content-checks';
import { contentErrorFromZod } from '../../src/lib/content-errors';
import { area as areaSchema } from '../../src/schemas/area';
import { role as roleSchema } from '../../src/schemas/role';
import { contentDir, root } from './paths';

/**
 * Parses YAML as the build does: Astro's loader reads an unquoted date such as 2026-11-28 as a
 * date, not as text, so the same happens here.
 */
export function parseYaml(text: string): unknown {
  return parse(text, { customTags: ['timestamp'] });
}

/** Reads and validates one role file the way the build does; the id is "<area>/<slug>". */
export function readRoleFile(path: string, id: string): RoleEntry {
  const file = relative(root, path);
  const result = roleSchema.safeParse(parseYaml(readFileSync(path, 'utf8')));
  if (!result.success) throw contentErrorFromZod(file, result.error);
  return { id, data: result.data, filePath: file };
}

export function readAreaFile(path: string, id: string): AreaEntry {
  const file = relative(root, path);
  const result = areaSchema.safeParse(parseYaml(readFileSync(path, 'utf8')));
  if (!result.success) throw contentErrorFromZod(file, result.error);
  return { id, data: result.data, filePath: file };
}

/** Every area and role in content/, validated with the site's schemas. */
export function readContent(): { areas: AreaEntry[]; roles: RoleEntry[] } {
  const areasDir = join(contentDir, 'areas');
  const areas: AreaEntry[] = [];
  const roles: RoleEntry[] = [];
  for (const slug of readdirSync(areasDir).sort()) {
    const areaPath = join(areasDir, slug, 'area.yaml');
    if (existsSync(areaPath)) areas.push(readAreaFile(areaPath, slug));
    const rolesDir = join(areasDir, slug, 'roles');
    if (!existsSync(rolesDir)) continue;
    for (const file of readdirSync(rolesDir).filter((f) => f.endsWith('.yaml')).sort()) {
      roles.push(readRoleFile(join(rolesDir, file), `${slug}/${file.replace(/\.yaml$/, '')}`));
    }
  }
  return { areas, roles };
}
