import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest starts the files that took longest last time first, and, with no earlier run to go by
 * (a clean checkout, CI), the largest. every-page.test.ts is small but by far the longest: it
 * checks every page. Started late, it ends the run alone; so it always starts first.
 */
class EveryPageFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (spec: TestSpecification) => spec.moduleId.endsWith('/every-page.test.ts');
    return [...sorted.filter(first), ...sorted.filter((spec) => !first(spec))];
  }
}

/**
 * Three projects, run one at a time with `--project`; `npm test` runs them all (tools/test-all.mjs):
 * - unit: tests/unit and tests/content, pure logic and the content files; needs nothing built
 *   (`npm run test:unit`);
 * - site: tests/site, reads the built dist/ and dist-base/ (`npm run test:site` after a build);
 * - browser: tests/browser, loads dist/ in Chromium; its global setup serves dist/ on
 *   127.0.0.1 (`npm run test:browser` after a build).
 * Coverage of src/lib is measured with the unit tests (`npm run coverage`, and `npm test`, which
 * runs them beside the builds: tools/test-all.mjs), with a floor. The site and browser tests check
 * the built pages; running them under coverage only slowed them.
 */
export default defineConfig({
  test: {
    // No test changes global state (environment, mocks, globals), so the files of a worker share
    // one module graph instead of starting one each: seconds per file on a busy machine.
    isolate: false,
    // One file per core, where Vitest's default leaves a core for itself: the site and browser
    // files spend part of their time waiting on Chromium, Java and builds, which the other file
    // then fills. On 2 cores that took the site and browser tests from 270 s to 238 s.
    maxWorkers: '100%',
    sequence: { sequencer: EveryPageFirst },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A busy machine can take seconds to react; a poll fails only if it never comes true.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/helpers/need-build.ts'] } },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/helpers/need-build.ts', 'tests/helpers/serve-dist.ts'] },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      reporter: ['text-summary'],
      // The unit tests' figures when the floor was last checked (statements 96.4 %, branches 91.23 %,
      // functions 94.87 %, lines 96.69 %), rounded down: raise, never lower.
      thresholds: { statements: 96, branches: 91, functions: 94, lines: 96 },
    },
  },
});
