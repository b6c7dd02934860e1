import { z } from 'astro/zod';

/** YAML leaves an empty field as null; treat that, and blank text, as "not filled in". */
const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;

const optionalText = (error: string) => z.preprocess(blankToUndefined, z.string({ error }).trim().optional());

const optionalUrl = (error: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/, error })
      .optional(),
  );

/** An organisation's name: one text for both languages, or `{ sv, en }`. */
const name = z.preprocess(
  blankToUndefined,
  z
    .union(
      [
        z.string().trim().min(1),
        z.object({
          sv: z.string({ error: 'expected the Swedish name (sv)' }).trim().min(1, { error: 'expected the Swedish name (sv)' }),
          en: z.string({ error: 'expected the English name (en)' }).trim().min(1, { error: 'expected the English name (en)' }),
        }),
      ],
      { error: 'expected the organisation’s name, as text or as { sv: …, en: … }' },
    )
    .optional(),
);

/**
 * Who runs this copy of the site: content/site.yaml. Every field may be left empty while the site
 * is only previewed; a build with SITE_URL set needs at least the organisation's name and a
 * contact e-mail (see src/lib/site/site-config.ts).
 */
export const siteConfig = z.strictObject(
  {
    organisation: z.preprocess(
      blankToUndefined,
      z
        .strictObject({
          /** The organisation's name, as readers know it. */
          name,
          /** Its own web address (its home page), linked where the site names it. */
          url: optionalUrl('expected the organisation’s web address, starting with https://'),
          /** true only when the organisation also publishes the source document. */
          sourcePublisher: z.preprocess(
            blankToUndefined,
            z.boolean({ error: 'expected true or false' }).default(false),
          ),
        })
        .default({ sourcePublisher: false }),
    ),
    contact: z.preprocess(
      blankToUndefined,
      z
        .strictObject({
          /** Where readers write about errors and accessibility. */
          email: z.preprocess(blankToUndefined, z.email({ error: 'expected an e-mail address, like webb@myndighet.se' }).optional()),
          /** A telephone number, as it should be written. */
          phone: optionalText('expected a telephone number as text'),
          /** A web form for the same purpose. */
          form: optionalUrl('expected the web form’s address, starting with https://'),
        })
        .default({}),
    ),
  },
  { error: 'expected the fields organisation and contact' },
);

export type SiteConfigInput = z.input<typeof siteConfig>;
export type SiteConfig = z.output<typeof siteConfig>;
