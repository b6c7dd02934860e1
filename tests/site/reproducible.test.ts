/**
 * Building twice from the same sources gives the same dist/, byte for byte: a second build, in a
 * copy of the project in another folder, goes into a temporary folder and every file's hash is
 * compared with dist/. Files that may differ are listed below with the reason.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/html';
import { dist } from '../helpers/paths';
import { copyProject } from '../helpers/project-copy';

/** Files allowed to differ between two builds, and why. None so far. */
const allowedToDiffer: ReadonlyArray<{ readonly pattern: RegExp; readonly reason: string }> = [];

const project = copyProject('konsultkompetenser-rebuild');
const outDir = join(project.dir, 'dist');

afterAll(() => project.remove());

function hashes(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

describe('reproducible build', () => {
  it('a second build gives the same files with the same bytes', { timeout: 600_000 }, async () => {
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
    const { code, output } = await project.build(outDir);
    expect(code, output.slice(-3000)).toBe(0);
    const first = hashes(dist);
    const second = hashes(outDir);
    const allowed = (file: string) => allowedToDiffer.some(({ pattern }) => pattern.test(file));
    const differences = [...new Set([...first.keys(), ...second.keys()])]
      .sort()
      .filter((file) => first.get(file) !== second.get(file) && !allowed(file))
      .map((file) => (!first.has(file) ? `only in the second build: ${file}` : !second.has(file) ? `only in dist: ${file}` : `differs: ${file}`));
    expect(differences, 'dist/ may be out of date: run `npm run build` first').toEqual([]);
    expect(second.size).toBeGreaterThan(4);
  });
});
