/**
 * The site configuration (content/site.yaml): who runs the site and how to reach them. A build
 * without it filled in is a preview, and every page says so; a build with SITE_URL set stops
 * with the file and the field when the name or the contact e-mail is missing.
 */
import { parse } from 'yaml';
import type { LocalizedText } from '../../schemas/text';
import { siteConfig } from '../../schemas/site';
import { ContentError, contentErrorFromZod } from '../content-errors';

/** The organisation that runs the site, as the pages show it. */
export interface Publisher {
  readonly name: LocalizedText;
  readonly url?: string | undefined;
  /** Whether it also publishes the source document. */
  readonly sourcePublisher: boolean;
  readonly email: string;
  readonly phone?: string | undefined;
  readonly form?: string | undefined;
}

export type SiteIdentity =
  | { readonly kind: 'published'; readonly publisher: Publisher }
  /** Not filled in: the fields still missing, as "contact.email". */
  | { readonly kind: 'preview'; readonly missing: ReadonlyArray<string> };

/** Why each required field is needed, for the message that stops a build. */
const required = [
  { path: ['organisation', 'name'], expected: 'expected the name of the organisation that runs the site' },
  { path: ['contact', 'email'], expected: 'expected an e-mail address readers can write to about errors and accessibility' },
] as const;

/**
 * Reads the configuration text of `file`. `siteUrl` is SITE_URL: when it is set, a missing name
 * or e-mail is an error, naming the file and the field; otherwise the site is a preview.
 */
export function readSiteConfig(file: string, text: string, siteUrl: string | undefined): SiteIdentity {
  let raw: unknown;
  try {
    raw = parse(text) ?? {};
  } catch (error) {
    throw new ContentError([{ file, issue: { path: [], message: `expected YAML (${(error as Error).message.split('\n')[0]})` } }]);
  }
  const result = siteConfig.safeParse(raw);
  if (!result.success) throw contentErrorFromZod(file, result.error);
  const { organisation, contact } = result.data;
  const values: Record<string, unknown> = { 'organisation.name': organisation.name, 'contact.email': contact.email };
  const missing = required.filter(({ path }) => values[path.join('.')] === undefined);
  if (missing.length > 0) {
    if (siteUrl) {
      throw new ContentError(
        missing.map(({ path, expected }) => ({
          file,
          issue: { path, message: `${expected}; a build with SITE_URL set (${siteUrl}) needs it` },
        })),
      );
    }
    return { kind: 'preview', missing: missing.map(({ path }) => path.join('.')) };
  }
  const name = organisation.name!;
  return {
    kind: 'published',
    publisher: {
      name: typeof name === 'string' ? { sv: name, en: name } : name,
      url: organisation.url,
      sourcePublisher: organisation.sourcePublisher,
      email: contact.email!,
      phone: contact.phone,
      form: contact.form,
    },
  };
}
