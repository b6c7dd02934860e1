// Remakes the nginx block in README.md from public/_headers, the one place the site's headers live.
import { readFileSync, writeFileSync } from 'node:fs';
import { withNginxBlock } from '../src/lib/hosting-headers.ts';

const headers = readFileSync(new URL('../public/_headers', import.meta.url), 'utf8');
const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withNginxBlock(readFileSync(readme, 'utf8'), headers));
console.log('README.md: nginx headers remade from public/_headers');
