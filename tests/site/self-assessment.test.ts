/**
 * The self-assessment pages in dist/: criteria generated from the content, a form whose every
 * control has a label, a result element per level, links from every level page, the widget's
 * script only where the widget is, and its size within budget.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eligibilityRoles } from '../../src/lib/eligibility/data';
import { deriveQuestions } from '../../src/lib/eligibility/questions';
import { paramName } from '../../src/lib/eligibility/url';
import { BUDGET_BYTES, measureWidget } from '../bench/widget-size.mjs';
import { catalog } from '../helpers/eligibility';
import { decode, ids, listFiles, readHtml, tags } from '../helpers/html';
import { basePath, dist } from '../helpers/paths';

const langs = [
  { lang: 'sv' as const, prefix: '' },
  { lang: 'en' as const, prefix: 'en/' },
];

beforeAll(() => {
  if (!existsSync(join(dist, 'sjalvskattning', 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
});

function widgetData(html: string) {
  const json = html.match(/<kk-self-assessment[\s\S]*?<script type="application\/json" data-widget-data>([\s\S]*?)<\/script>/)?.[1];
  if (!json) throw new Error('no criteria data in the page');
  return JSON.parse(json) as { roles: Array<{ slug: string; name: string; levels: Array<{ id: string; level: number; title: string; criteria: unknown[] }> }>; messages: Record<string, string> };
}

/** The scripts a page loads as modules. */
const moduleScripts = (html: string) => tags(html, 'script').filter((s) => s['type'] === 'module' && s['src']).map((s) => s['src']);

describe.each(langs)('the self-assessment page ($lang)', ({ lang, prefix }) => {
  const html = () => readHtml(dist, `${prefix}sjalvskattning/index.html`);

  it('carries the criteria of every level, generated from the content', () => {
    const data = widgetData(html());
    const fromContent = eligibilityRoles(catalog.roles);
    expect(data.roles.map(({ slug, levels }) => ({ slug, levels: levels.map(({ id, level, criteria }) => ({ id, level, criteria })) }))).toEqual(
      fromContent,
    );
    expect(data.roles.flatMap((r) => r.levels.map((l) => l.title))).toEqual(catalog.levels.map((l) => l.title[lang]));
    expect(Object.keys(data.messages).every((key) => key.startsWith('sa'))).toBe(true);
  });

  it('has one result element per level, with its id and no verdict until the answers are evaluated', () => {
    const articles = tags(html(), 'article');
    expect(articles.map((a) => a['data-level-id'])).toEqual(catalog.levels.map((l) => l.id));
    expect(articles.every((a) => !('data-eligible' in a))).toBe(true);
    for (const level of catalog.levels) {
      const href = `${basePath()}${prefix}${level.id}/`;
      expect(tags(html(), 'a').some((a) => a['href'] === href), href).toBe(true);
    }
  });

  it('asks exactly the questions the criteria need, each control with a label', () => {
    const page = html();
    // The form's own controls: the header's search box is not one of its questions.
    const main = /<main[\s\S]*<\/main>/.exec(page)?.[0] ?? '';
    const controls = [...tags(main, 'input'), ...tags(main, 'select')];
    // Named controls are the address's parameters; years come from the jobs (no name: personal).
    const names = new Set(controls.map((c) => c['name']).filter(Boolean));
    const expected = new Set([
      'roll',
      'visa',
      ...deriveQuestions(eligibilityRoles(catalog.roles))
        .filter((q) => q.kind !== 'in-role' && q.kind !== 'similar-work')
        .map(paramName),
    ]);
    expect(names).toEqual(expected);
    // Free text and the jobs' fields never have a name, so no form can send them.
    expect(controls.filter((c) => c['data-evidence'] !== undefined || c['data-personal'] !== undefined || c['data-field'] !== undefined).every((c) => !c['name'])).toBe(true);
    const labelled = new Set(tags(page, 'label').map((l) => l['for']));
    for (const control of controls) expect(labelled.has(control['id']!), control['id']).toBe(true);
    // Every aria-describedby points at something on the page.
    const known = ids(page);
    for (const described of [...controls, ...tags(page, 'fieldset')].flatMap((c) => (c['aria-describedby'] ?? '').split(' ').filter(Boolean))) {
      expect(known.has(described), described).toBe(true);
    }
  });

  it('says what it needs without JavaScript, and links to the requirement lists', () => {
    const page = html();
    const noscript = page.match(/<p class="sa-noscript"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '';
    expect(noscript).toContain('JavaScript');
    expect(tags(noscript, 'a').map((a) => a['href'])).toEqual([`${basePath()}${prefix}${catalog.areas[0]!.slug}/`]);
    expect(tags(page, 'kk-self-assessment').find((d) => d['id'] === 'sa')).toHaveProperty('data-needs-script');
  });

  it('loads the widget as one bundled module, with no inline code and no inline handlers', () => {
    const page = html();
    expect(moduleScripts(page)).toHaveLength(1);
    const inline = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/src=|application\/json/.test(m[1] ?? ''));
    expect(inline.map((m) => m[2]?.trim()).filter(Boolean)).toEqual([]);
    expect(page).not.toMatch(/\son[a-z]+="/);
  });
});

describe('links and scripts elsewhere', () => {
  it('every level page links to the self-assessment for its role', () => {
    for (const { prefix } of langs) {
      for (const level of catalog.levels) {
        const page = readHtml(dist, `${prefix}${level.id}/index.html`);
        const href = `${basePath()}${prefix}sjalvskattning/?roll=${level.role.slug}`;
        expect(tags(page, 'a').some((a) => decode(a['href'] ?? '') === href), `${prefix}${level.id}`).toBe(true);
      }
    }
  });

  it('no other page loads the widget\'s code', () => {
    const widget = new Set(moduleScripts(readHtml(dist, 'sjalvskattning/index.html')));
    const others = listFiles(dist).filter((f) => f.endsWith('.html') && !f.includes('sjalvskattning/'));
    expect(others.length).toBeGreaterThan(50);
    for (const file of others) {
      const page = readHtml(dist, file);
      expect(moduleScripts(page).filter((src) => widget.has(src)), file).toEqual([]);
      expect(page).not.toContain('<kk-self-assessment');
    }
  });

  it(`the widget, criteria data included, stays within ${BUDGET_BYTES} bytes gzip`, () => {
    const { pages, largest } = measureWidget(dist);
    expect(pages.every((p) => p.parts.some((part) => part.name.endsWith('.js')))).toBe(true);
    expect(largest).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
