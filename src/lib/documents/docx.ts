import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { spans, type Block, type DocumentModel, type ListBlock, type RichText } from './model';

/**
 * Writes a document model as a Word file (.docx) with the `docx` package: A4, the document's
 * language on every run (spell-checking, screen readers), Word's own Title and Heading styles
 * (so the navigation pane lists the headings) and real Word lists. The package is large: the
 * browser loads this module with a dynamic `import()` only when a reader asks for the file.
 */

export const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const bulletList = 'bullets';
const numberedList = 'numbers';
/** A4 in twentieths of a point, with 2.5 cm margins. */
const a4 = { width: 11906, height: 16838 };
const margin = 1418;
const indentStep = 360;

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** The `docx` Document for a model, for writers that want to pack it themselves. */
export function createDocx(model: DocumentModel): Document {
  let listInstance = 0;
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(model.title) })];
  for (const line of model.meta) {
    children.push(
      new Paragraph({
        children: [...(line.label ? [new TextRun({ text: `${line.label}: `, bold: true })] : []), ...runs(line.value)],
      }),
    );
  }
  for (const item of model.blocks) {
    if (item.kind === 'list') {
      listInstance += 1;
      children.push(...listParagraphs(item, listInstance));
    } else {
      children.push(blockParagraph(item));
    }
  }

  return new Document({
    title: model.title,
    creator: '',
    styles: {
      default: {
        document: {
          run: { language: { value: model.language }, font: 'Calibri', size: 22 },
          paragraph: { spacing: { after: 120 } },
        },
        title: { run: { size: 40, bold: true, color: '1F2937' }, paragraph: { spacing: { after: 240 } } },
        heading1: { run: { size: 32, bold: true, color: '1F2937' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { size: 26, bold: true, color: '1F2937' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
        heading3: { run: { size: 22, bold: true, color: '1F2937' }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
      },
    },
    numbering: {
      config: [
        {
          reference: bulletList,
          levels: [0, 1].map((level) => ({
            level,
            format: LevelFormat.BULLET,
            text: level === 0 ? '\u2022' : '\u2013',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: indentStep * (level + 1) * 2, hanging: indentStep } } },
          })),
        },
        {
          reference: numberedList,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: indentStep * 2, hanging: indentStep } } },
            },
            {
              level: 1,
              format: LevelFormat.BULLET,
              text: '\u2013',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: indentStep * 4, hanging: indentStep } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: a4, margin: { top: margin, right: margin, bottom: margin, left: margin } } },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export function docxBytes(model: DocumentModel): Promise<Uint8Array> {
  return Packer.pack(createDocx(model), 'uint8array');
}

/** The .docx file as a Blob with Word's media type, for a download in the browser. */
export async function docxBlob(model: DocumentModel): Promise<Blob> {
  const bytes = await docxBytes(model);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: docxMimeType });
}

function blockParagraph(item: Exclude<Block, ListBlock>): Paragraph {
  if (item.kind === 'heading') return new Paragraph({ heading: headingLevels[item.level], children: runs(item.text) });
  return new Paragraph({ children: runs(item.text, item.small ? { size: 18, color: '4B5563' } : {}) });
}

function listParagraphs(list: ListBlock, instance: number): Paragraph[] {
  const reference = list.style === 'bullet' ? bulletList : numberedList;
  const paragraphs: Paragraph[] = [];
  for (const item of list.items) {
    const children: ParagraphChild[] = runs(item.text);
    if (item.ref) children.push(new TextRun({ text: item.ref, break: 1, size: 16, color: '4B5563' }));
    paragraphs.push(new Paragraph({ numbering: { reference, level: 0, instance }, children }));
    for (const detail of item.details ?? []) {
      paragraphs.push(new Paragraph({ numbering: { reference, level: 1, instance }, children: runs(detail) }));
    }
  }
  return paragraphs;
}

/** Text runs for a text; a line break in the text becomes a line break in Word. */
function runs(text: RichText, look: { size?: number; color?: string } = {}): TextRun[] {
  const result: TextRun[] = [];
  for (const span of spans(text)) {
    span.text.split('\n').forEach((line, index) => {
      result.push(
        new TextRun({
          text: line,
          ...(index > 0 ? { break: 1 } : {}),
          ...(span.strong ? { bold: true } : {}),
          ...(span.emphasis ? { italics: true } : {}),
          ...look,
        }),
      );
    });
  }
  return result;
}
