import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { steps } from '../../tools/test-all.mjs';

const root = join(import.meta.dirname, '..', '..');
const script = join(root, 'tools', 'test-all.mjs');

describe('what npm test runs', () => {
  const plan = steps();
  const projectsOf = (command: string[]) => command.flatMap((arg, i) => (command[i - 1] === '--project' ? [arg] : []));

  it('every Vitest project once: unit beside the builds, site and browser after them', () => {
    const config = readFileSync(join(root, 'vitest.config.ts'), 'utf8');
    const defined = [...config.matchAll(/name: '(\w+)'/g)].map((m) => m[1]).sort();
    expect([...projectsOf(plan.unit), ...projectsOf(plan.after)].sort()).toEqual(defined);
    expect(projectsOf(plan.unit)).toEqual(['unit']);
  });

  it('coverage with the unit tests, which are what test src/lib', () => {
    expect(plan.unit).toContain('--coverage');
    expect(plan.after).not.toContain('--coverage');
  });

  it('the type-check and both builds, each an npm script or tool that exists', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(plan.check).toEqual(['npx', 'astro', 'check']);
    expect(plan.builds).toEqual([
      ['npm', 'run', 'build'],
      ['npm', 'run', 'build:base'],
    ]);
    expect(scripts['build']).toMatch(/^astro build/);
    expect(scripts['build:base']).toMatch(/BASE_PATH=\S+ astro build/);
  });

  it('hands arguments after -- to both Vitest runs', () => {
    const withArgs = steps(['-t', 'search']);
    expect(withArgs.unit.slice(-2)).toEqual(['-t', 'search']);
    expect(withArgs.after.slice(-2)).toEqual(['-t', 'search']);
  });
});

/**
 * Runs the script with stand-ins for npx and npm that print what they were asked and exit with
 * the code given for it in FAIL ("check=2,unit=1").
 */
function runWith(fail: string) {
  const bin = mkdtempSync(join(tmpdir(), 'test-all-'));
  const standIn = `#!/bin/sh
name="$*"
case "$name" in
  *"--project unit"*) key=unit; sleep 0.3 ;;
  *"astro check"*) key=check ;;
  *"build:base"*) key=base; sleep 0.2 ;;
  *"run build"*) key=build ;;
  *) key=after ;;
esac
echo "ran $key"
code=$(echo ",$FAIL," | sed -n "s/.*,$key=\\([0-9]*\\),.*/\\1/p")
exit \${code:-0}
`;
  for (const name of ['npx', 'npm']) {
    writeFileSync(join(bin, name), standIn);
    chmodSync(join(bin, name), 0o755);
  }
  const result = spawnSync(process.execPath, [script], { env: { ...process.env, PATH: `${bin}${delimiter}${process.env['PATH']}`, FAIL: fail }, encoding: 'utf8' });
  const ran = [...result.stdout.matchAll(/^ran (\w+)$/gm)].map((m) => m[1]);
  return { code: result.status, ran, stderr: result.stderr };
}

describe('the order and the exit code', () => {
  it('shows the builds, then the site and browser tests, then the type-check and the unit tests beside them', () => {
    expect(runWith('')).toMatchObject({ code: 0, ran: ['build', 'base', 'after', 'check', 'unit'] });
  });

  it('a failing unit test fails the run, but everything else still runs', () => {
    expect(runWith('unit=1')).toMatchObject({ code: 1, ran: ['build', 'base', 'after', 'check', 'unit'] });
  });

  it('a failed type-check fails the run, and the tests still report', () => {
    expect(runWith('check=2')).toMatchObject({ code: 2, ran: ['build', 'base', 'after', 'check', 'unit'] });
  });

  it('a failed build stops the site and browser tests, and says so; the rest still report', () => {
    const result = runWith('build=3');
    expect(result).toMatchObject({ code: 3, ran: ['build', 'base', 'check', 'unit'] });
    expect(result.stderr).toMatch(/site and browser tests did not run/);
  });

  it('the first failure in the order type-check, builds, unit tests, other tests is the exit code', () => {
    expect(runWith('after=1')).toMatchObject({ code: 1, ran: ['build', 'base', 'after', 'check', 'unit'] });
    expect(runWith('after=4,unit=5')).toMatchObject({ code: 5 });
    expect(runWith('unit=5,base=6,check=7')).toMatchObject({ code: 7 });
  });
});
