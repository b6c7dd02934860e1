// Writes docs/nginx-headers.conf from public/_headers, the one place the site's headers live.
import { readFileSync, writeFileSync } from 'node:fs';
import { nginxHeadersFile } from '../src/lib/hosting-headers.ts';

const source = new URL('../public/_headers', import.meta.url);
const target = new URL('../docs/nginx-headers.conf', import.meta.url);
writeFileSync(target, nginxHeadersFile(readFileSync(source, 'utf8')));
console.log(`wrote ${target.pathname}`);
