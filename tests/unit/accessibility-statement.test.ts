import { describe, expect, it } from 'vitest';
import { issueTrackerUrl, statementDates } from '../../src/lib/accessibility-statement';

describe('accessibility statement facts', () => {
  it('dates are real ISO dates, the update not before the assessment', () => {
    for (const date of Object.values(statementDates)) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
    }
    expect(statementDates.updated >= statementDates.assessed).toBe(true);
  });

  it('reads the issue tracker from package.json’s bugs field, in either form', () => {
    expect(issueTrackerUrl({})).toBeUndefined();
    expect(issueTrackerUrl({ bugs: 'https://example.org/issues' })).toBe('https://example.org/issues');
    expect(issueTrackerUrl({ bugs: { url: 'https://example.org/issues', email: 'x@example.org' } })).toBe('https://example.org/issues');
    expect(issueTrackerUrl({ bugs: { email: 'x@example.org' } })).toBeUndefined();
    expect(issueTrackerUrl({ bugs: 'not a url' })).toBeUndefined();
    expect(issueTrackerUrl({ bugs: 'javascript:alert(1)' })).toBeUndefined();
  });
});
