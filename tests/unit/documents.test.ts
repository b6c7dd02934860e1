import { describe, expect, it } from 'vitest';
import { createDocx, docxBlob, docxBytes, docxMimeType } from '../../src/lib/documents/docx';
import { documentHtml, escapeHtml } from '../../src/lib/documents/html';
import { block, documentFileName, documentLanguage, plainText, type DocumentModel } from '../../src/lib/documents/model';
import { documentText } from '../../src/lib/documents/text';
import { docxPart, docxToPdfText, foldSpace, readDocx } from '../helpers/documents';

const sample: DocumentModel = {
  language: 'sv-SE',
  title: 'Avrop – Administratör 2',
  meta: [{ label: 'Myndighet', value: 'Skatteverket' }, { value: 'Bilaga 1 till avropsförfrågan' }],
  blocks: [
    block.heading(1, 'Administratör 2'),
    block.heading(2, 'Arbetsuppgifter kan bl.a. avse'),
    block.bullets([
      { text: 'sköta administrativa rutiner.', ref: 'kontorstjanster/administrator/2/tasks/1' },
      'planera möten & <konferenser>.',
    ]),
    block.heading(2, 'Kompetenskrav'),
    block.numbered([
      { text: 'minst tre (3) års arbetslivserfarenhet.', details: ['Skatteverket 2019–2023', 'Agresso'] },
      { text: [{ text: 'Ska: ', strong: true }, { text: 'goda kunskaper i svenska.' }] },
    ]),
    block.heading(3, 'Egna krav'),
    block.numbered(['första', 'andra']),
    block.paragraph('Källa: Kammarkollegiet, transkriberad 2026-11-28.', true),
    block.paragraph('Rad ett\nrad två'),
  ],
};

describe('document model', () => {
  it('maps site languages to document languages', () => {
    expect(documentLanguage('sv')).toBe('sv-SE');
    expect(documentLanguage('en')).toBe('en-GB');
  });

  it('makes safe file names from titles', () => {
    expect(documentFileName('Avrop – Administratör 2', 'docx')).toBe('avrop-administrator-2.docx');
    expect(documentFileName('Växeltelefonist / Öl', '.txt')).toBe('vaxeltelefonist-ol.txt');
    expect(documentFileName('–––', 'docx')).toBe('document.docx');
    expect(documentFileName('a'.repeat(200), 'docx')).toBe(`${'a'.repeat(80)}.docx`);
  });

  it('reads rich text as plain text', () => {
    expect(plainText([{ text: 'Ska: ', strong: true }, { text: 'x' }])).toBe('Ska: x');
    expect(plainText('y')).toBe('y');
  });
});

describe('plain-text writer', () => {
  const text = documentText(sample);

  it('writes title, metadata, headings, lists, references and details in order', () => {
    expect(text).toBe(
      [
        'Avrop – Administratör 2',
        '=======================',
        'Myndighet: Skatteverket',
        'Bilaga 1 till avropsförfrågan',
        '',
        'ADMINISTRATÖR 2',
        '---------------',
        '',
        'Arbetsuppgifter kan bl.a. avse',
        '',
        '• sköta administrativa rutiner.',
        '  [kontorstjanster/administrator/2/tasks/1]',
        '• planera möten & <konferenser>.',
        '',
        'Kompetenskrav',
        '',
        '1. minst tre (3) års arbetslivserfarenhet.',
        '   – Skatteverket 2019–2023',
        '   – Agresso',
        '2. Ska: goda kunskaper i svenska.',
        '',
        'Egna krav',
        '',
        '1. första',
        '2. andra',
        '',
        'Källa: Kammarkollegiet, transkriberad 2026-11-28.',
        '',
        'Rad ett rad två',
        '',
      ].join('\n'),
    );
  });
});

describe('HTML preview renderer', () => {
  const html = documentHtml(sample, { titleLevel: 2 });

  it('escapes every text', () => {
    expect(html).toContain('planera möten &#38; &#60;konferenser&#62;.');
    expect(html).not.toContain('<konferenser>');
    expect(escapeHtml(`"'`)).toBe('&#34;&#39;');
  });

  it('puts headings one level under the title and carries the language', () => {
    expect(html.startsWith('<article class="document" lang="sv-SE"><h2 class="document-title">')).toBe(true);
    expect(html).toContain('<h3>Administratör 2</h3>');
    expect(html).toContain('<h4>Arbetsuppgifter kan bl.a. avse</h4>');
    expect(html).toContain('<h5>Egna krav</h5>');
    expect(documentHtml(sample)).toContain('<h1 class="document-title">');
  });

  it('writes metadata as a description list and lists as lists, with references and details', () => {
    expect(html).toContain('<dl class="document-meta"><div><dt>Myndighet</dt><dd>Skatteverket</dd></div>');
    expect(html).toContain(
      '<li>sköta administrativa rutiner. <span class="document-ref">kontorstjanster/administrator/2/tasks/1</span></li>',
    );
    expect(html).toContain('<ol><li>minst tre (3) års arbetslivserfarenhet.<ul><li>Skatteverket 2019–2023</li><li>Agresso</li></ul></li>');
    expect(html).toContain('<li><strong>Ska: </strong>goda kunskaper i svenska.</li>');
    expect(html).toContain('<p class="document-small">Källa:');
    expect(html).toContain('<p>Rad ett<br>rad två</p>');
  });
});

describe('Word writer', () => {
  it('writes A4, the document language and real list numbering', async () => {
    const bytes = await docxBytes(sample);
    const documentXml = await docxPart(bytes, 'word/document.xml');
    const stylesXml = await docxPart(bytes, 'word/styles.xml');
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(stylesXml).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="sv-SE"\/>/);
    expect(documentXml).toContain('<w:numPr>');
    const english = await docxPart(await docxBytes({ ...sample, language: 'en-GB' }), 'word/styles.xml');
    expect(english).toContain('<w:lang w:val="en-GB"/>');
  });

  it('reads back with mammoth: title, headings as headings, lists as lists, every text in order', async () => {
    const { html, text } = await readDocx(await docxBytes(sample));
    expect(html).toContain('<h1 class="title">Avrop – Administratör 2</h1>');
    expect(html).toContain('<h1>Administratör 2</h1>');
    expect(html).toContain('<h2>Arbetsuppgifter kan bl.a. avse</h2>');
    expect(html).toContain('<h3>Egna krav</h3>');
    expect(html).toMatch(/<ul><li>sköta administrativa rutiner\.<br \/>kontorstjanster\/administrator\/2\/tasks\/1<\/li><li>planera möten &amp; &lt;konferenser&gt;\.<\/li><\/ul>/);
    expect(html).toMatch(/<ol><li>minst tre \(3\) års arbetslivserfarenhet\.<ul><li>Skatteverket 2019–2023<\/li><li>Agresso<\/li><\/ul><\/li><li><strong>Ska: <\/strong>goda kunskaper i svenska\.<\/li><\/ol>/);
    expect(html).toContain('<ol><li>första</li><li>andra</li></ol>');
    const order = ['Myndighet: Skatteverket', 'Bilaga 1', 'sköta administrativa', 'planera möten', 'minst tre', 'Agresso', 'Ska: goda', 'första', 'andra', 'Källa:', 'Rad ett'];
    const positions = order.map((words) => text.indexOf(words));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('makes a Blob with Word\'s media type', async () => {
    const blob = await docxBlob(sample);
    expect(blob.type).toBe(docxMimeType);
    expect(blob.size).toBeGreaterThan(1000);
    expect(createDocx(sample)).toBeDefined();
  });

  it('opens in LibreOffice: the PDF has every text, lists numbered afresh', { timeout: 180_000 }, async () => {
    const texts = await docxToPdfText({
      sv: await docxBytes(sample),
      en: await docxBytes({ language: 'en-GB', title: 'Call-off', meta: [], blocks: [block.bullets(['one item'])] }),
    });
    const sv = foldSpace(texts['sv']!);
    expect(sv).toContain('Avrop – Administratör 2');
    expect(sv).toContain('• sköta administrativa rutiner. kontorstjanster/administrator/2/tasks/1');
    expect(sv).toMatch(/1\. minst tre \(3\) års arbetslivserfarenhet\. – Skatteverket 2019–2023 – Agresso 2\. Ska: goda kunskaper i svenska\./);
    expect(sv).toMatch(/1\. första 2\. andra/);
    expect(foldSpace(texts['en']!)).toContain('Call-off • one item');
  });
});
