import { z } from 'astro/zod';
import { localizedText } from './text';

/**
 * An ISO date (YYYY-MM-DD). YAML reads an unquoted date as a Date, so that is accepted and
 * turned back into text.
 */
const isoDate = (error: string) =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z.iso.date({ error }),
  );

/** A web address readers can open. */
const webAddress = (error: string) => z.url({ protocol: /^https?$/, error });

/** The document that an area's roles are transcribed from. */
export const source = z.object({
  publisher: z.string().min(1).describe('Who published the document, e.g. Kammarkollegiet.'),
  title: z.string().min(1).describe('The document’s title as printed.'),
  date: isoDate('expected the date printed on the document as YYYY-MM-DD')
    .optional()
    .describe('The date printed on the document, as YYYY-MM-DD; leave out when it shows none.'),
  transcribed: isoDate('expected the transcription date as YYYY-MM-DD').describe(
    'When the text was transcribed and checked for this site, as YYYY-MM-DD.',
  ),
  url: webAddress('expected the document’s web address, starting with https://')
    .optional()
    .describe('Where the document can be downloaded, starting with https://; leave out when unknown.'),
  agreement: z
    .object({
      name: z
        .string({ error: 'expected the framework agreement’s name' })
        .trim()
        .min(1, { error: 'expected the framework agreement’s name' })
        .describe('The framework agreement’s name as the publisher writes it.'),
      url: webAddress('expected the framework agreement’s web address, starting with https://')
        .optional()
        .describe('The framework agreement’s page, starting with https://, when known.'),
      reference: z.string().trim().min(1).optional().describe('The agreement’s reference or diary number, when known.'),
    })
    .optional()
    .describe('The framework agreement the document belongs to, when known.'),
});

/** An occupational area ("yrkesområde"). Its slug is its folder name; its roles live in roles/. */
export const area = z.object({
  title: localizedText.describe('The area’s name, e.g. Kontorstjänster / Office services.'),
  description: localizedText.describe('Two sentences on what the area covers, written for the home page.'),
  source: source.describe('The document the area’s roles are transcribed from.'),
});

export type Area = z.infer<typeof area>;
