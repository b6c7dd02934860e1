/**
 * The accessibility statement in both languages, in the shape Swedish public bodies use (DIGG's
 * model), linked from the footer of every page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { conformanceStatus, enforcementUrl, issueTrackerUrl, knownNonCompliance, statementDates } from '../../src/lib/accessibility-statement';
import { t } from '../../src/i18n';
import { tags, text } from '../helpers/html';
import { basePath, dist } from '../helpers/paths';
import { loadSite } from '../helpers/site';

const base = basePath();
const statements = [
  { lang: 'sv' as const, file: 'tillganglighet/index.html', path: `${base}tillganglighet/` },
  { lang: 'en' as const, file: 'en/tillganglighet/index.html', path: `${base}en/tillganglighet/` },
];

describe('accessibility statement', () => {
  for (const { lang, file } of statements) {
    const html = readFileSync(join(dist, file), 'utf8');
    const m = t(lang);
    const body = text(html.replace(/<head>[\s\S]*<\/head>/, ''));
    const headings = [...html.matchAll(/<h([1-3])[^>]*>([\s\S]*?)<\/h\1>/g)].map((h) => text(h[2]!));

    it(`${lang}: has the model's parts in order`, () => {
      expect(html).toContain(`<html lang="${lang}"`);
      // DIGG's model: who stands behind the site, how accessible it is, what to do, how to
      // report, enforcement, compliance status, the content that is not accessible, testing.
      expect(headings).toEqual([
        m.a11yTitle,
        m.a11yHowHeading,
        m.a11yAlternativeHeading,
        m.a11yReportHeading,
        m.a11yEnforcementHeading,
        m.a11yTechHeading,
        m.a11yNonCompliantHeading,
        ...(knownNonCompliance.length > 0 ? [m.a11yLawGapsHeading] : []),
        m.a11yOutOfScopeHeading,
        m.a11yTestingHeading,
      ]);
    });

    it(`${lang}: names the site it covers, and a conformance status that matches the listed gaps`, () => {
      // The public address when the build has one; never the placeholder.
      expect(body).not.toContain('konsultkompetenser.example');
      if (process.env['SITE_URL']) expect(body).toContain(new URL(process.env['SITE_URL']).host);
      expect(body).toContain('WCAG 2.1');
      for (const gap of [m.a11yGapSource, m.a11yGapTranslation, m.a11yGapScript, m.a11yGapReview]) expect(body).toContain(gap);
      const status = html.match(/data-conformance="(\w+)"/)?.[1];
      const listed = html.match(/<ul data-non-compliance>([\s\S]*?)<\/ul>/)?.[1] ?? '';
      const gaps = tags(listed, 'li');
      expect(gaps).toHaveLength(knownNonCompliance.length);
      expect(status).toBe(conformanceStatus(gaps));
      expect(body).toContain(status === 'partial' ? m.a11yStatusPartial : m.a11yStatusFull);
    });

    it(`${lang}: says how the site was tested, with ISO dates`, () => {
      expect(body).toContain(m.a11yTestAxe);
      expect(body).toContain(m.a11yTestHtml);
      expect(body).toContain(m.skipToContent);
      const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
      const times = tags(main, 'time').map((time) => time['datetime']);
      expect(times).toEqual([statementDates.assessed, statementDates.updated]);
    });

    it(`${lang}: gives the contact route from the site configuration, or says a preview has none, and names the enforcement body`, () => {
      const issues = issueTrackerUrl(pkg);
      if (issues) expect(tags(html, 'a').map((a) => a['href'])).toContain(issues);
      const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
      const mailto = tags(main, 'a').filter((a) => a['href']?.startsWith('mailto:'));
      if (process.env['SITE_URL']) expect(mailto.length).toBeGreaterThanOrEqual(2);
      else if (mailto.length === 0) expect(body).toContain(m.a11yContactPreview);
      expect(body).toContain('Myndigheten för digital förvaltning');
      expect(tags(html, 'a').find((a) => a['href'] === enforcementUrl)?.['href']).toBe('https://www.digg.se/');
    });
  }

  it('every page links the statement in its own language from the footer', () => {
    const pages = loadSite();
    expect(pages.length).toBeGreaterThan(4);
    for (const page of pages) {
      const footer = readFileSync(join(dist, page.file), 'utf8').match(/<footer[\s\S]*<\/footer>/)?.[0] ?? '';
      const target = statements.find((s) => s.lang === page.lang)!.path;
      expect(tags(footer, 'a').map((a) => a['href']), page.file).toContain(target);
    }
  });
});
