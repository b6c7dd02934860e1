// The whole suite, as `npm test` runs it (under Node 24, through use-node.mjs):
//
//   1. the two builds, together (they write to different folders and build the same content),
//      while the unit tests with the coverage of src/lib, which need nothing built, start;
//   2. once the builds are done, the site and browser tests on them, while `astro check` runs
//      beside them and the unit tests finish.
//
// On a 2-core machine a type-check or a build leaves a core mostly idle, and the site and browser
// tests wait at times on Chromium, Java and builds: running them side by side keeps both cores
// busy. The type-check does not overlap the two builds, as both write Astro's generated types
// in .astro/, which it reads; the site tests that build do so in a copy of the project
// (tests/helpers/project-copy.ts). What runs beside is shown when it ends, after the output shown
// as it comes, so the two never interleave: the second build's output after the first's, the
// type-check's and the unit tests' (with the coverage) at the end.
//
// Arguments after `--` go to both Vitest runs (`npm test -- -t "search"`). The site and browser
// tests need the builds; everything else runs whatever fails. The exit code is the first
// failure's, in the order type-check, builds, unit tests, site and browser tests.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const vitest = ['npx', 'vitest', 'run'];

/** What `npm test` runs: `builds` together with `unit` starting beside them, then `after` with `check` beside it. */
export function steps(args = []) {
  return {
    // One worker: the unit tests run beside the builds and then the browser tests, which keep
    // both cores busy already.
    unit: [...vitest, '--project', 'unit', '--coverage', '--maxWorkers=1', ...args],
    builds: [
      ['npm', 'run', 'build'],
      ['npm', 'run', 'build:base'],
    ],
    check: ['npx', 'astro', 'check'],
    after: [...vitest, '--project', 'site', '--project', 'browser', ...args],
  };
}

/** Runs a command; with `hold`, its output is kept and handed back instead of shown. */
function run([command, ...args], { hold = false } = {}) {
  return new Promise((resolve) => {
    // Held-back output goes through a pipe: keep the colours a terminal would have shown.
    const env = hold && process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;
    const child = spawn(command, args, { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit', env });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => {
      output.push(Buffer.from(`${command}: ${error.message}\n`));
      resolve({ code: 1, output: Buffer.concat(output) });
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(output) }));
  });
}

async function main() {
  const plan = steps(process.argv.slice(2));
  console.log('The unit tests and the type-check run beside the builds and the other tests; their reports come last.');
  const unit = run(plan.unit, { hold: true });
  // The first build shows its output as it goes; the other's, held, follows it.
  const builds = await Promise.all(plan.builds.map((command, i) => run(command, { hold: i > 0 })));
  for (const { output } of builds) process.stdout.write(output);
  const built = builds.every(({ code }) => code === 0);
  const check = run(plan.check, { hold: true });
  const after = built ? (await run(plan.after)).code : 0;
  if (!built) console.error('A build failed: the site and browser tests did not run.');
  const checked = await check;
  process.stdout.write(checked.output);
  const unitResult = await unit;
  process.stdout.write(unitResult.output);
  const codes = [checked.code, ...builds.map(({ code }) => code), unitResult.code, after];
  process.exit(codes.find((code) => code !== 0) ?? 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
