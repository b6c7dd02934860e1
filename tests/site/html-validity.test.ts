/**
 * Every HTML page in dist/ is valid HTML by html-validate's recommended rules (the HTML standard,
 * WCAG-related checks and a few style rules), with the project's .htmlvalidate.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/html';
import { dist, root } from '../helpers/paths';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const files = listFiles(dist).filter((f) => f.endsWith('.html'));
const describeMessage = (m: Message) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`;

describe('HTML validity', () => {
  it('has pages to check', () => {
    expect(files.length).toBeGreaterThan(4);
  });

  it('the validator uses the project configuration and finds real errors', async () => {
    const bad = '<!doctype html><html lang="sv"><head><title>x</title></head><body><p><div></div></p><img src="a.png"></body></html>';
    const report = await validator.validateString(bad, join(root, 'dist', 'broken.html'));
    expect(report.valid).toBe(false);
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(expect.arrayContaining(['wcag/h37']));
  });

  for (const file of files) {
    it(file, async () => {
      // The file name decides which configuration applies; the text is read here so dist is read once.
      const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), join(dist, file));
      expect(report.results.flatMap((r) => r.messages.map(describeMessage))).toEqual([]);
    });
  }
});
