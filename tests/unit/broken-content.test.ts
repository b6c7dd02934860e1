/**
 * Each file in tests/fixtures/broken/ breaks one rule. Its first lines say which field must be
 * named in the error and what the message must say was expected:
 *   # expect-path: levels.1.level
 *   # expect-message: expected level 2
 * The files go through the same schema, cross-file checks and message format as the build
 * (tests/site/broken-build.test.ts runs the real build on two of them).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { readContent, readRoleFile } from '../helpers/content';
import { root } from '../helpers/paths';

const dir = join(root, 'tests', 'fixtures', 'broken');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const { areas, roles } = readContent();

function expectation(text: string, key: string): string {
  const match = text.match(new RegExp(`^# ${key}: (.+)$`, 'm'));
  if (!match?.[1]) throw new Error(`missing "# ${key}:" line`);
  return match[1].trim();
}

/** What the build would say about the file: schema errors first, then the cross-file checks. */
function errorFor(path: string): string {
  const slug = path.split('/').pop()!.replace(/\.yaml$/, '');
  try {
    const entry = readRoleFile(path, `kontorstjanster/${slug}`);
    buildCatalog(areas, [...roles, entry]);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('broken content files are reported with file, field and expectation', () => {
  it('has fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of files) {
    it(name, () => {
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      const message = errorFor(path);
      const file = relative(root, path);
      expect(message, 'the file must fail').not.toBe('');
      const line = message.split('\n').find((l) => l.startsWith(`${file}: ${expectation(text, 'expect-path')}: `));
      expect(line, `no line for the field in:\n${message}`).toBeDefined();
      expect(line).toContain(expectation(text, 'expect-message'));
    });
  }
});
