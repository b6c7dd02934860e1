import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import mammoth from 'mammoth';

/**
 * Reads Word files back the way a reader's tools do: `mammoth` for the structure (headings,
 * lists, paragraphs as HTML, and the raw text), LibreOffice headless for what a real word
 * processor makes of the file (converted to PDF, read with `pdftotext`).
 */

const run = promisify(execFile);

export interface ReadDocx {
  /** The document as HTML: Word's headings as `<h1>`…, its lists as `<ul>`/`<ol>`. */
  readonly html: string;
  /** The text of every paragraph, one per line. */
  readonly text: string;
  /** What mammoth could not map (unknown styles and the like). */
  readonly messages: ReadonlyArray<string>;
}

/** Word's Title style as `<h1 class="title">`, so a test can tell it from Heading 1. */
const styleMap = ["p[style-name='Title'] => h1.title:fresh"];

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const buffer = Buffer.from(bytes);
  const [html, raw] = await Promise.all([
    mammoth.convertToHtml({ buffer }, { styleMap }),
    mammoth.extractRawText({ buffer }),
  ]);
  return { html: html.value, text: raw.value, messages: [...html.messages, ...raw.messages].map((m) => m.message) };
}

/** The raw XML of one part of a .docx, e.g. "word/document.xml" or "word/styles.xml". */
export async function docxPart(bytes: Uint8Array, part: string): Promise<string> {
  const { unzipSync, strFromU8 } = await import('fflate');
  const entry = unzipSync(bytes)[part];
  if (!entry) throw new Error(`No ${part} in the .docx`);
  return strFromU8(entry);
}

/**
 * Converts Word files to PDF with LibreOffice headless, all in one call (its first start takes
 * several seconds), and returns each PDF's text from `pdftotext -layout` (lines as on the
 * page), keyed like the input. Each call uses its own LibreOffice profile, so parallel test runs
 * do not collide. `keepPdfIn` copies the PDFs to a folder, to look at them.
 */
export async function docxToPdfText(
  files: Readonly<Record<string, Uint8Array>>,
  options: { keepPdfIn?: string } = {},
): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'docx-pdf-'));
  try {
    const names = Object.keys(files);
    const paths = await Promise.all(
      names.map(async (name, index) => {
        const path = join(dir, `${index}.docx`);
        await writeFile(path, files[name]!);
        return path;
      }),
    );
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...paths,
      ],
      { timeout: 180_000 },
    );
    const texts: Record<string, string> = {};
    for (const [index, name] of names.entries()) {
      const pdf = join(dir, `${index}.pdf`);
      const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 32 * 1024 * 1024 });
      texts[name] = stdout;
      if (options.keepPdfIn) await writeFile(join(options.keepPdfIn, `${name}.pdf`), await readFile(pdf));
    }
    return texts;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Folds whitespace (pdftotext wraps lines; Word lists add tabs) so texts compare by their words. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
