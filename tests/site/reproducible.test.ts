/**
 * Building twice from the same sources gives the same dist/, byte for byte: a second build goes
 * into a temporary folder and every file's hash is compared with dist/. Files that may differ
 * are listed below with the reason.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/html';
import { dist, root } from '../helpers/paths';

/** Files allowed to differ between two builds, and why. None so far. */
const allowedToDiffer: ReadonlyArray<{ readonly pattern: RegExp; readonly reason: string }> = [];

const outDir = mkdtempSync(join(tmpdir(), 'konsultkompetenser-rebuild-'));

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function hashes(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

function build(out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out], {
      cwd: root,
      env: process.env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build exited with ${code}\n${stderr}`))));
  });
}

describe('reproducible build', () => {
  it('a second build gives the same files with the same bytes', { timeout: 600_000 }, async () => {
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
    await build(outDir);
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
