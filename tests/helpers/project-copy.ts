/**
 * A copy of the project in a temporary folder, for the tests that run the real build: its
 * sources, content, configuration and test fixtures, with node_modules linked and Astro's cache
 * inside the copy. A build there writes nothing into the project itself: every build rewrites
 * Astro's generated types in `.astro/`, which `astro check` reads while `npm test` runs these
 * tests beside it. A copy builds byte for byte the same site as the project.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv } from '../bench/measure-build.mjs';
import { root } from './paths';

export interface ProjectCopy {
  readonly dir: string;
  /** Runs `astro build` in the copy with these environment variables added; its exit code and output. */
  build(outDir: string, env?: Record<string, string>): Promise<{ code: number | null; output: string }>;
  remove(): void;
}

const parts = ['src', 'public', 'content', 'tests/fixtures', 'package.json', 'tsconfig.json'];

export function copyProject(name: string): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  for (const part of parts) cpSync(join(root, part), join(dir, part), { recursive: true });
  cpSync(join(root, 'astro.config.mjs'), join(dir, 'astro.config.project.mjs'));
  writeFileSync(join(dir, 'astro.config.mjs'), "import config from './astro.config.project.mjs';\nexport default { ...config, cacheDir: './.cache' };\n");
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    build: (outDir, env = {}) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
          cwd: dir,
          // As `npm run build` does: without the NODE_ENV Vitest sets, so Astro picks its own mode.
          env: buildEnv(process.env, { BASE_PATH: '', NO_COLOR: '1', FORCE_COLOR: '0', ...env }),
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('error', reject);
        child.on('exit', (code) => resolve({ code, output }));
      }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
