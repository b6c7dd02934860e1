/**
 * What a content author sees: the real build, run on a copy of the content with one broken role
 * file, stops and prints "file: field: expected ..." as README promises, for a schema error
 * (checked while the content is loaded) and for a cross-file error (checked when the pages are
 * made). The build runs in a copy of the project, so it cannot disturb other builds.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/paths';
import { copyProject } from '../helpers/project-copy';

const project = copyProject('broken-build');
afterAll(() => project.remove());

/** Builds the site from the content plus one broken role file; the output and exit code. */
function buildWith(fixture: string) {
  const folder = `content-${fixture.replace(/\.yaml$/, '')}`;
  const content = join(project.dir, folder);
  cpSync(join(root, 'content', 'areas'), content, { recursive: true });
  cpSync(join(root, 'tests', 'fixtures', 'broken', fixture), join(content, 'kontorstjanster', 'roles', 'x.yaml'));
  return project.build(join(project.dir, 'dist'), { CONTENT_DIR: `./${folder}` });
}

const expectation = (fixture: string, key: string) =>
  new RegExp(`^# ${key}: (.+)$`, 'm').exec(readFileSync(join(root, 'tests', 'fixtures', 'broken', fixture), 'utf8'))![1]!.trim();

describe('a broken content file stops the build with file, field and expectation', () => {
  const cases = [
    // A schema error, found while the content is loaded.
    { fixture: 'repeated-level.yaml', folder: 'content-repeated-level' },
    // A cross-file error, found when the pages are made; it names the real content folder.
    { fixture: 'unknown-role-slug.yaml', folder: 'content-unknown-role-slug', also: 'a role in content-unknown-role-slug/kontorstjanster/roles/ (one of ' },
  ];
  for (const { fixture, folder, also } of cases) {
    it(fixture, { timeout: 600_000 }, async () => {
      const { code, output } = await buildWith(fixture);
      expect(code, output).not.toBe(0);
      const file = `${folder}/kontorstjanster/roles/x.yaml`;
      const line = output.split('\n').find((l) => l.startsWith(`${file}: ${expectation(fixture, 'expect-path')}: `));
      expect(line, `no "${file}: field: ..." line in:\n${output}`).toBeDefined();
      expect(line).toContain(expectation(fixture, 'expect-message'));
      if (also) expect(line).toContain(also);
      expect(output).not.toContain('does not match collection schema');
    });
  }
});
