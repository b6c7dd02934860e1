/** README's "Project layout" names every module of src/lib, so a newcomer finds each one. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/paths';

const lib = join(root, 'src', 'lib');
const modules = (readdirSync(lib, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.ts'))
  .map((file) => relative(lib, join(lib, file)).split('\\').join('/'))
  .sort();

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const layout = readme.slice(readme.indexOf('## Project layout'), readme.indexOf('\n## ', readme.indexOf('## Project layout') + 1));

/** The lines of the layout's tree under `lib/`, as paths: "routes.ts", "eligibility/url.ts". */
function named(): Set<string> {
  const found = new Set<string>();
  const lines = layout.split('\n');
  const start = lines.findIndex((line) => /^\s+lib\/\s/.test(line));
  const indent = (line: string) => line.length - line.trimStart().length;
  const libIndent = indent(lines[start]!);
  let folder = '';
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') continue;
    if (indent(line) <= libIndent) break;
    const entry = line.trim().split(/\s+/)[0]!;
    if (indent(line) === libIndent + 2) {
      folder = entry.endsWith('/') ? entry : '';
      if (!entry.endsWith('/')) found.add(entry);
    } else if (folder) {
      found.add(folder + entry);
    }
  }
  return found;
}

describe('README names every module of src/lib', () => {
  it('finds the modules and the layout', () => {
    expect(modules).toContain('routes.ts');
    expect(modules).toContain('eligibility/evaluate.ts');
    expect(named().has('routes.ts')).toBe(true);
  });

  it('has a line in "Project layout" for each', () => {
    const lines = named();
    expect(modules.filter((module) => !lines.has(module))).toEqual([]);
  });

  it('names no module that is gone', () => {
    expect([...named()].filter((entry) => entry.endsWith('.ts') && !modules.includes(entry))).toEqual([]);
  });
});
