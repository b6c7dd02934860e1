// The whole suite, as `npm test` runs it (under Node 24, through use-node.mjs):
//
//   1. the unit tests with the coverage of src/lib, which need nothing built, run beside
//      `astro check` and then the two builds, which run together (they write to different
//      folders and build the same content); the unit tests' and the second build's output is
//      held back and shown once it can no longer interleave;
//   2. then the site and browser tests, on the builds.
//
// On a 2-core machine the type-check and a build each leave a core mostly idle: the unit tests
// and the other build fill it. The type-check does not overlap the builds: both write Astro's
// generated types, which the type-check reads. Arguments after `--` go to both Vitest runs
// (`npm test -- -t "search"`). As with `&&`, the builds need the type-check to pass, and the site
// and browser tests need the builds; the unit tests report either way. The exit code is the first
// failure's.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const vitest = ['npx', 'vitest', 'run'];

/** What `npm test` runs: `beside` alongside `check` and `builds`, then `after` once the builds are done. */
export function steps(args = []) {
  return {
    beside: [...vitest, '--project', 'unit', '--coverage', ...args],
    check: ['npx', 'astro', 'check'],
    builds: [
      ['npm', 'run', 'build'],
      ['npm', 'run', 'build:base'],
    ],
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
  const codes = [];
  const unit = run(plan.beside, { hold: true });
  console.log('The unit tests run beside the type-check and the builds; their report follows the builds.');
  const check = await run(plan.check);
  codes.push(check.code);
  let built = false;
  if (check.code === 0) {
    // The first build shows its output as it goes; the others', held, follow it.
    const results = await Promise.all(plan.builds.map((command, i) => run(command, { hold: i > 0 })));
    for (const { code, output } of results) {
      process.stdout.write(output);
      codes.push(code);
    }
    built = results.every(({ code }) => code === 0);
  }
  const { code: unitCode, output } = await unit;
  process.stdout.write(output);
  codes.push(unitCode);
  if (built) codes.push((await run(plan.after)).code);
  else console.error('The type-check or a build failed: the site and browser tests did not run.');
  process.exit(codes.find((code) => code !== 0) ?? 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
