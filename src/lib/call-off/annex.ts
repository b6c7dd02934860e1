import type { Locale } from '../../i18n/locales';
import type { Criterion } from '../../schemas/criterion';
import type { LocalizedText } from '../../schemas/text';
import { block, documentLanguage, type Block, type DocumentModel, type MetaLine } from '../documents/model';
import { fill } from '../widget/text';
import type { CoverDetails, Specification } from './draft-model';

/**
 * The requirements annex of a call-off as a document model: for each chosen level its tasks and
 * requirements quoted exactly, each with its stable id, then the buyer's own specifications
 * under a heading of their own, never mixed into the profile's text; then the source, each
 * level's address and the date. The words around the quotes come from `AnnexText`, in the
 * document's language, which may differ from the page's.
 */

/** A level as the call-off page has it (plain data, sent to the browser). */
export interface AnnexLevel {
  /** "kontorstjanster/administrator/2" */
  readonly id: string;
  /** "Administratör 2" / "Administrator 2" */
  readonly title: LocalizedText;
  /** The address of the level's page, in each language, in full. */
  /** The level page's address on this site, for links on the page. */
  readonly path: Readonly<Record<Locale, string>>;
  /** The level page's public address; absent in a build without SITE_URL. */
  readonly url?: Readonly<Record<Locale, string>>;
  readonly tasks: ReadonlyArray<LocalizedText>;
  readonly requirements: ReadonlyArray<LocalizedText & { readonly criterion: Criterion }>;
}

export interface AnnexSource {
  readonly publisher: string;
  readonly title: string;
  readonly date?: string | undefined;
  readonly transcribed: string;
}

/** The words of the document in one language (from the dictionaries). */
export interface AnnexText {
  readonly defaultTitle: string;
  readonly agency: string;
  readonly reference: string;
  readonly contact: string;
  readonly made: string;
  /** What the annex quotes and where the buyer's own text is. */
  readonly intro: string;
  /** Only in a document not in Swedish: the Swedish text is the one that applies. */
  readonly translationNote: string;
  /** "Antal konsulter: {count}" */
  readonly count: string;
  readonly tasksHeading: string;
  readonly requirementsHeading: string;
  readonly specificationsHeading: string;
  readonly specificationsIntro: string;
  readonly mandatory: string;
  readonly desirable: string;
  readonly levelPage: string;
  readonly sourceHeading: string;
  /** "Källa: {publisher}, {title} ({date}). Överförd och kontrollerad {transcribed}." */
  readonly sourceLine: string;
  readonly undated: string;
}

export interface AnnexLevelChoice {
  readonly level: AnnexLevel;
  readonly count?: number | undefined;
  readonly specifications: ReadonlyArray<Specification>;
}

export interface AnnexInput {
  readonly language: Locale;
  readonly text: AnnexText;
  readonly levels: ReadonlyArray<AnnexLevelChoice>;
  readonly cover: CoverDetails;
  /** The sources of the chosen levels' areas. */
  readonly sources: ReadonlyArray<AnnexSource>;
  /** The day the document is made, "2026-11-30". */
  readonly date: string;
}

export function annexDocument(input: AnnexInput): DocumentModel {
  const { language: lang, text, cover } = input;
  const meta: MetaLine[] = [];
  const add = (label: string, value: string) => {
    if (value.trim() !== '') meta.push({ label, value: value.trim() });
  };
  add(text.agency, cover.agency);
  add(text.reference, cover.reference);
  add(text.contact, cover.contact);
  meta.push({ label: text.made, value: input.date });

  const sources = input.sources.map((source) =>
    fill(text.sourceLine, {
      publisher: source.publisher,
      title: source.title,
      date: source.date ?? text.undated,
      transcribed: source.transcribed,
    }),
  );
  const blocks: Block[] = [block.paragraph(text.intro)];
  if (lang !== 'sv') blocks.push(block.paragraph(text.translationNote));

  for (const choice of input.levels) blocks.push(...levelBlocks(choice, lang, text));

  blocks.push(block.heading(1, text.sourceHeading), ...sources.map((source) => block.paragraph(source)));
  return {
    language: documentLanguage(lang),
    title: cover.title.trim() || text.defaultTitle,
    meta,
    blocks,
  };
}

function levelBlocks(choice: AnnexLevelChoice, lang: Locale, text: AnnexText): Block[] {
  const { level } = choice;
  const title = level.title[lang];
  // The framework's roles have Swedish names; a document in another language gives them too.
  const heading = lang !== 'sv' && level.title.sv !== title ? `${title} (${level.title.sv})` : title;
  const blocks: Block[] = [block.heading(1, heading)];
  if (choice.count !== undefined) blocks.push(block.paragraph(fill(text.count, { count: choice.count })));
  blocks.push(
    block.heading(2, text.tasksHeading),
    block.bullets(level.tasks.map((task, index) => ({ text: task[lang], ref: `${level.id}/tasks/${index + 1}` }))),
    block.heading(2, text.requirementsHeading),
    block.numbered(
      level.requirements.map((requirement, index) => ({ text: requirement[lang], ref: `${level.id}/requirements/${index + 1}` })),
    ),
  );
  const written = choice.specifications.filter((specification) => specification.text.trim() !== '');
  if (written.length > 0) {
    blocks.push(block.heading(2, text.specificationsHeading), block.paragraph(text.specificationsIntro));
    for (const kind of ['mandatory', 'desirable'] as const) {
      const items = written.filter((specification) => specification.kind === kind).map((specification) => specification.text.trim());
      if (items.length > 0) blocks.push(block.heading(3, text[kind]), block.numbered(items));
    }
  }
  if (level.url) blocks.push(block.paragraph(fill(text.levelPage, { url: level.url[lang] }), true));
  return blocks;
}
