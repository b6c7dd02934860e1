import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dist } from './paths';

/** Stops the site and browser tests at once, with what to do, when the site is not built. */
export default function needBuild() {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` and `npm run build:base` first (`npm test` does both)');
  }
}
