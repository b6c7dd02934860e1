/**
 * Every HTML page in dist/ is valid HTML by html-validate's recommended rules (the HTML standard,
 * WCAG-related checks and a few style rules), with the project's .htmlvalidate.json; and by the
 * W3C Nu HTML checker (vnu-jar, run with Java), which parses as browsers do and catches what
 * html-validate lets through, such as an element after </html>.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

// One page the checker must fault (a script after </html>), checked in the same run as dist/.
const brokenFile = join(mkdtempSync(join(tmpdir(), 'vnu-')), 'after-html.html');
writeFileSync(brokenFile, '<!doctype html><html lang="sv"><head><title>x</title></head><body><p>x</p></body></html><script src="a.js"></script>');
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** The checker's errors, by file; started at once, so Java runs beside the tests above. */
const nuErrors: Promise<Map<string, string[]>> = new Promise((resolve, reject) => {
  execFile(
    'java',
    // One short run: the quick compiler alone (TieredStopAtLevel=1) halves the CPU it takes, and
    // its deeper stack frames need a larger stack than the checker's own minimum of 512k. The
    // messages are the same as with the defaults.
    ['-Xss16m', '-XX:TieredStopAtLevel=1', '-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', '--stdout', dist, brokenFile],
    { maxBuffer: 64 * 1024 * 1024 },
    (error, stdout) => {
      if (error && !stdout) {
        reject(new Error(`The W3C checker did not run (${error.message}); it needs Java: apt-get install default-jre-headless`));
        return;
      }
      const byFile = new Map<string, string[]>();
      for (const m of (JSON.parse(stdout) as { messages: NuMessage[] }).messages) {
        const file = fileURLToPath(m.url);
        const list = byFile.get(file) ?? [];
        list.push(`${m.lastLine ?? '?'}: ${m.type}: ${m.message}`);
        byFile.set(file, list);
      }
      resolve(byFile);
    },
  );
});
nuErrors.catch(() => undefined);

describe('W3C Nu HTML checker', () => {
  it('finds a real error: a script after </html>', async () => {
    const errors = (await nuErrors).get(brokenFile) ?? [];
    expect(errors.join('\n')).toMatch(/Stray start tag .script/);
  });

  for (const file of files) {
    it(file, async () => {
      expect((await nuErrors).get(join(dist, file)) ?? []).toEqual([]);
    });
  }
});
