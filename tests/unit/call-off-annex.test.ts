import { describe, expect, it } from 'vitest';
import { annexDocument, type AnnexInput, type AnnexLevelChoice } from '../../src/lib/call-off/annex';
import { emptyCover } from '../../src/lib/call-off/draft-model';
import { callOffData, type CallOffData } from '../../src/lib/call-off/page-data';
import { docxBytes } from '../../src/lib/documents/docx';
import { documentHtml } from '../../src/lib/documents/html';
import type { Block, DocumentModel, ListBlock } from '../../src/lib/documents/model';
import { documentText } from '../../src/lib/documents/text';
import { createRoutes } from '../../src/lib/routes';
import type { Locale } from '../../src/i18n';
import { docxToPdfText, foldSpace, readDocx } from '../helpers/documents';
import { catalog } from './real-roles';

const data: CallOffData = callOffData(catalog.levels, createRoutes('/'), 'https://konsultkompetenser.example');
const byId = new Map(data.levels.map((level) => [level.id, level]));
const level = (id: string) => byId.get(id)!;

function input(lang: Locale, choices: AnnexLevelChoice[], cover = emptyCover): AnnexInput {
  return {
    language: lang,
    text: data.documentText[lang],
    levels: choices,
    cover,
    sources: Object.values(data.sources),
    date: '2026-11-30',
  };
}

const choose = (id: string, extra: Partial<AnnexLevelChoice> = {}): AnnexLevelChoice => ({
  level: level(id),
  specifications: [],
  ...extra,
});

const lists = (model: DocumentModel) => model.blocks.filter((b): b is ListBlock => b.kind === 'list');
const headings = (model: DocumentModel, depth: 1 | 2 | 3) =>
  model.blocks.flatMap((b: Block) => (b.kind === 'heading' && b.level === depth ? [b.text] : []));

const oneLevel = [
  choose('kontorstjanster/administrator/2', {
    count: 3,
    specifications: [
      { kind: 'mandatory', text: 'Konsulten ska ha erfarenhet av Platina.' },
      { kind: 'desirable', text: 'Erfarenhet av arbete i en statlig myndighet.' },
      { kind: 'mandatory', text: '   ' },
    ],
  }),
];
const threeLevels = [
  choose('kontorstjanster/arkivarie/1'),
  choose('kontorstjanster/administrator/1', { count: 1 }),
  choose('kontorstjanster/ekonomiassistent/2', { specifications: [{ kind: 'desirable', text: 'Kunskap om Raindance.' }] }),
];

describe('the annex as a document model', () => {
  it('one level: heading, count, tasks and requirements quoted with ids, then the specifications apart', () => {
    const model = annexDocument(input('sv', oneLevel, { agency: 'Skatteverket', title: '', reference: 'DNR 2026-123', contact: ' ' }));
    expect(model.language).toBe('sv-SE');
    expect(model.title).toBe('Kravbilaga: konsultkompetenser');
    expect(model.meta).toEqual([
      { label: 'Myndighet', value: 'Skatteverket' },
      { label: 'Diarienummer', value: 'DNR 2026-123' },
      { label: 'Dokumentet skapat', value: '2026-11-30' },
    ]);
    expect(headings(model, 1)).toEqual(['Administratör 2', 'Om bilagan']);
    expect(headings(model, 2)).toEqual(['Arbetsuppgifter kan bland annat avse', 'Kompetenskrav', 'Myndighetens preciseringar']);
    expect(headings(model, 3)).toEqual(['Ska-krav', 'Bör-krav']);
    const [tasks, requirements, mandatory, desirable] = lists(model);
    const admin = level('kontorstjanster/administrator/2');
    expect(tasks!.items).toEqual(admin.tasks.map((task, i) => ({ text: task.sv, ref: `${admin.id}/tasks/${i + 1}` })));
    expect(requirements!.style).toBe('numbered');
    expect(requirements!.items).toEqual(
      admin.requirements.map((r, i) => ({ text: r.sv, ref: `${admin.id}/requirements/${i + 1}` })),
    );
    expect(mandatory!.items).toEqual([{ text: 'Konsulten ska ha erfarenhet av Platina.' }]);
    expect(desirable!.items).toEqual([{ text: 'Erfarenhet av arbete i en statlig myndighet.' }]);
    const text = documentText(model);
    expect(text).toContain('Antal konsulter: 3');
    expect(text).toContain('Nivån på webbplatsen: https://konsultkompetenser.example/kontorstjanster/administrator/2/');
    expect(text).toContain('Källa: Kammarkollegiet, Konsultkompetenser yrkesområde Kontorstjänster');
    // The profile's items come before the buyer's heading, never after it.
    expect(text.indexOf(admin.requirements.at(-1)!.sv)).toBeLessThan(text.indexOf('Myndighetens preciseringar'));
  });

  it('the call-off name is the title; English names the Swedish role too and says the Swedish text applies', () => {
    const model = annexDocument(input('en', oneLevel, { ...emptyCover, title: 'Call-off for office support' }));
    expect(model.language).toBe('en-GB');
    expect(model.title).toBe('Call-off for office support');
    expect(headings(model, 1)).toEqual(['Administrator 2 (Administratör 2)', 'About this annex']);
    expect(documentText(model)).toContain('The Swedish text of the competence profiles is the one that applies.');
    expect(lists(model)[1]!.items[0]!.text).toBe(level('kontorstjanster/administrator/2').requirements[0]!.en);
    expect(documentText(model)).toContain('https://konsultkompetenser.example/en/kontorstjanster/administrator/2/');
  });

  it('three levels in the chosen order, a role with one level without a number', () => {
    for (const lang of ['sv', 'en'] as const) {
      const model = annexDocument(input(lang, threeLevels));
      expect(headings(model, 1).slice(0, 3)).toEqual(
        lang === 'sv'
          ? ['Arkivarie', 'Administratör 1', 'Ekonomiassistent 2']
          : ['Archivist (Arkivarie)', 'Administrator 1 (Administratör 1)', 'Finance assistant 2 (Ekonomiassistent 2)'],
      );
      expect(headings(model, 2).filter((h) => h === data.documentText[lang].specificationsHeading)).toHaveLength(1);
    }
  });

  it('all 25 levels in both languages: every task and requirement once, verbatim, with its id', () => {
    expect(data.levels).toHaveLength(25);
    for (const lang of ['sv', 'en'] as const) {
      const model = annexDocument(input(lang, data.levels.map((l) => choose(l.id))));
      const items = lists(model).flatMap((list) => list.items);
      const expected = data.levels.flatMap((l) => [
        ...l.tasks.map((task, i) => ({ text: task[lang], ref: `${l.id}/tasks/${i + 1}` })),
        ...l.requirements.map((r, i) => ({ text: r[lang], ref: `${l.id}/requirements/${i + 1}` })),
      ]);
      expect(items).toEqual(expected);
      expect(headings(model, 1)).toHaveLength(26);
      expect(documentHtml(model)).toContain(`lang="${lang === 'sv' ? 'sv-SE' : 'en-GB'}"`);
    }
  });
});

describe('the annex as a Word file', () => {
  it('reads back with mammoth and LibreOffice: items verbatim and in order, ids, headings, specifications apart', { timeout: 240_000 }, async () => {
    const sv = annexDocument(input('sv', oneLevel, { ...emptyCover, agency: 'Skatteverket' }));
    const all = annexDocument(input('en', data.levels.map((l) => choose(l.id))));
    const [svBytes, allBytes] = await Promise.all([docxBytes(sv), docxBytes(all)]);

    const { html, text } = await readDocx(svBytes);
    const admin = level('kontorstjanster/administrator/2');
    expect(html).toContain('<h1>Administratör 2</h1>');
    expect(html).toContain('<h2>Kompetenskrav</h2>');
    expect(html).toContain('<h2>Myndighetens preciseringar</h2>');
    expect(html).toContain('<h3>Ska-krav</h3><ol><li>Konsulten ska ha erfarenhet av Platina.</li></ol>');
    expect(html).toContain('<h3>Bör-krav</h3><ol><li>Erfarenhet av arbete i en statlig myndighet.</li></ol>');
    const quoted = [...admin.tasks, ...admin.requirements].map((item) => item.sv);
    let from = 0;
    for (const [index, item] of quoted.entries()) {
      const at = text.indexOf(item, from);
      expect(at, `item ${index + 1} in order: ${item}`).toBeGreaterThanOrEqual(from);
      from = at + item.length;
    }
    for (const [i] of admin.requirements.entries()) expect(text).toContain(`${admin.id}/requirements/${i + 1}`);
    expect(text.indexOf('Konsulten ska ha erfarenhet av Platina.')).toBeGreaterThan(from);

    const pdf = await docxToPdfText({ sv: svBytes, all: allBytes });
    const svPdf = foldSpace(pdf['sv']!);
    for (const item of quoted) expect(svPdf).toContain(foldSpace(item));
    expect(svPdf).toContain('Myndighetens preciseringar');
    const allPdf = foldSpace(pdf['all']!);
    for (const l of data.levels) {
      for (const r of l.requirements) expect(allPdf, r.en).toContain(foldSpace(r.en));
    }
  });
});
