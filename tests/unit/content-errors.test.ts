import { describe, expect, it } from 'vitest';
import { ContentError, contentErrorFromZod, formatIssues, formatPath } from '../../src/lib/content-errors';
import { role } from '../../src/schemas/role';

describe('content error messages', () => {
  it('writes field paths with dots', () => {
    expect(formatPath(['levels', 1, 'level'])).toBe('levels.1.level');
    expect(formatPath([])).toBe('(file)');
  });

  it('puts the file, the field and what was expected on one line', () => {
    expect(formatIssues('content/x.yaml', [{ path: ['title', 'en'], message: 'expected English text (en)' }])).toBe(
      'content/x.yaml: title.en: expected English text (en)',
    );
  });

  it('turns a ZodError into one line per problem', () => {
    const result = role.safeParse({ title: { sv: 'A' }, summary: { sv: 'B', en: 'B' }, levels: [] });
    expect(result.success).toBe(false);
    if (result.success) return;
    const error = contentErrorFromZod('content/areas/a/roles/b.yaml', result.error);
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toContain('content/areas/a/roles/b.yaml: title.en: expected English text (en)');
    expect(error.message).toContain('content/areas/a/roles/b.yaml: levels: expected at least one level');
    expect(error.problems).toHaveLength(2);
  });
});
