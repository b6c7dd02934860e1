#!/usr/bin/env node
/**
 * Synthetic occupational areas for the scale benchmark: N copies of a real area (all its roles
 * and levels), each with its own slugs and titles, written as content/areas/ is laid out.
 * References between roles (experience "in-role") follow the renamed slugs, so every copy passes
 * the same checks as the real content.
 *
 *   node tests/bench/generate-areas.mjs <target-dir> <count> [source-area-dir]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
export const defaultSource = join(here, '..', '..', 'content', 'areas', 'kontorstjanster');

/** Replaces every `role: <slug>` that names a role of the area, at any depth. */
function renameRoleRefs(value, rename) {
  if (Array.isArray(value)) return value.map((v) => renameRoleRefs(v, rename));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, key === 'role' && typeof v === 'string' && rename.has(v) ? rename.get(v) : renameRoleRefs(v, rename)]),
  );
}

/**
 * Writes `count` areas named omrade-1 ... omrade-<count> into `target`, copied from `source`
 * (a folder with area.yaml and roles/). Returns the number of areas, roles and levels written.
 */
export function generateAreas({ target, count, source = defaultSource }) {
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a positive integer, got ${count}`);
  const area = parse(readFileSync(join(source, 'area.yaml'), 'utf8'));
  const roleFiles = readdirSync(join(source, 'roles')).filter((f) => f.endsWith('.yaml')).sort();
  if (roleFiles.length === 0) throw new Error(`No role files in ${join(source, 'roles')}`);
  const roles = roleFiles.map((file) => ({ slug: file.replace(/\.yaml$/, ''), data: parse(readFileSync(join(source, 'roles', file), 'utf8')) }));
  let levels = 0;
  for (let i = 1; i <= count; i++) {
    const areaDir = join(target, `omrade-${i}`);
    mkdirSync(join(areaDir, 'roles'), { recursive: true });
    const rename = new Map(roles.map((r) => [r.slug, `${r.slug}-${i}`]));
    writeFileSync(
      join(areaDir, 'area.yaml'),
      stringify({ ...area, title: { sv: `${area.title.sv} ${i}`, en: `${area.title.en} ${i}` } }),
    );
    for (const role of roles) {
      const data = renameRoleRefs(role.data, rename);
      data.title = { sv: `${role.data.title.sv} – område ${i}`, en: `${role.data.title.en} – area ${i}` };
      writeFileSync(join(areaDir, 'roles', `${rename.get(role.slug)}.yaml`), stringify(data));
      levels += role.data.levels.length;
    }
  }
  return { areas: count, roles: count * roles.length, levels };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [target, count, source] = process.argv.slice(2);
  if (!target || !count) {
    console.error('Usage: node tests/bench/generate-areas.mjs <target-dir> <count> [source-area-dir]');
    process.exit(2);
  }
  const result = generateAreas({ target: resolve(target), count: Number(count), source: source ? resolve(source) : defaultSource });
  console.log(`${result.areas} areas, ${result.roles} roles, ${result.levels} levels in ${resolve(target)}`);
}
