/** The real role files, parsed with the real schema, for tests that check logic on real content. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { role as roleSchema, type Level, type Role } from '../../src/schemas/role';

const rolesDir = join(import.meta.dirname, '..', '..', 'content', 'areas', 'kontorstjanster', 'roles');

export const roles: ReadonlyMap<string, Role> = new Map(
  readdirSync(rolesDir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => [file.replace(/\.yaml$/, ''), roleSchema.parse(parse(readFileSync(join(rolesDir, file), 'utf8')))]),
);

export function roleBySlug(slug: string): Role {
  const found = roles.get(slug);
  if (!found) throw new Error(`no role file named ${slug}.yaml`);
  return found;
}

export function levelOf(slug: string, number: number): Level {
  const found = roleBySlug(slug).levels.find((level) => level.level === number);
  if (!found) throw new Error(`${slug} has no level ${number}`);
  return found;
}

export const roleTitles = (slug: string) => roles.get(slug)?.title;
