/**
 * The JSON Schema made from the content schemas (Astro writes it to .astro/collections/ for
 * editors; .vscode/settings.json points the YAML files at it) describes every field, so an
 * editor can show what a field is for while the author types.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { area } from '../../src/schemas/area';
import { role } from '../../src/schemas/role';
import { root } from '../helpers/paths';

type Json = { [key: string]: unknown };

/** "levels.items.tasks" for every property in the schema that has no description. */
function undescribed(schema: Json, path = ''): string[] {
  const found: string[] = [];
  const properties = (schema['properties'] ?? {}) as Record<string, Json>;
  for (const [name, property] of Object.entries(properties)) {
    if (typeof property['description'] !== 'string' || property['description'] === '') found.push(`${path}${name}`);
    found.push(...undescribed(property, `${path}${name}.`));
  }
  const items = schema['items'] as Json | undefined;
  if (items) found.push(...undescribed(items, `${path}items.`));
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const [index, member] of ((schema[key] ?? []) as Json[]).entries()) found.push(...undescribed(member, `${path}${key}.${index}.`));
  }
  for (const [name, definition] of Object.entries((schema['$defs'] ?? {}) as Record<string, Json>)) found.push(...undescribed(definition, `$defs.${name}.`));
  return found;
}

describe('content schemas for editors', () => {
  it('a field without a description is found', () => {
    expect(undescribed(z.toJSONSchema(z.object({ a: z.string().describe('A'), b: z.object({ c: z.string() }).describe('B') })) as Json)).toEqual(['b.c']);
  });

  for (const [name, schema] of [['area', area], ['role', role]] as const) {
    it(`every field of a ${name} file has a description`, () => {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
      expect(Object.keys(json['properties'] as object).length).toBeGreaterThan(2);
      expect(undescribed(json)).toEqual([]);
    });
  }

  it('the editor settings point the content files at the generated schemas', () => {
    const settings = JSON.parse(readFileSync(join(root, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
    expect(settings['yaml.schemas']).toEqual({
      './.astro/collections/areas.schema.json': 'content/areas/*/area.yaml',
      './.astro/collections/roles.schema.json': 'content/areas/*/roles/*.yaml',
    });
  });
});
