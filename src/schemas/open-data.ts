import { z } from 'astro/zod';
import { source } from './area';
import { criterion } from './criterion';
import { localizedText, slug } from './text';

/**
 * The shape of the open data file /data/roles.json. The file is checked against this schema
 * when it is built, and /data/roles.schema.json is generated from it, so the data and its
 * description cannot drift apart.
 */

/** Addresses of one page in both languages. */
export const pageUrls = z
  .object({
    sv: z.url().describe('Address of the Swedish page.'),
    en: z.url().describe('Address of the English page.'),
  })
  .describe('Addresses of the page in Swedish and English.');

const text = (what: string) => localizedText.describe(`${what}, in Swedish (sv) and English (en).`);

export const openTask = text('A task the level may include, as worded in the source').extend({
  id: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+\/\d+\/tasks\/\d+$/)
    .describe('Stable id: "<area>/<role>/<level>/tasks/<n>", n counting from 1 in the source\'s order.'),
});

export const openRequirement = text('A requirement the consultant must meet, as worded in the source').extend({
  id: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+\/\d+\/requirements\/\d+$/)
    .describe('Stable id: "<area>/<role>/<level>/requirements/<n>", n counting from 1 in the source\'s order.'),
  criterion: criterion.describe(
    'The requirement in a form a program can check. "kind" says what is asked; "all-of" and "any-of" combine criteria.',
  ),
});

export const openLevel = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+\/\d+$/)
    .describe('Stable id: "<area>/<role>/<level>", e.g. "kontorstjanster/administrator/1".'),
  level: z.number().int().min(1).describe('The level\'s number, 1 being the lowest.'),
  title: text('Display title: the role\'s title, with the number when the role has several levels'),
  urls: pageUrls,
  tasks: z.array(openTask).min(1).describe('Tasks the level may include ("Arbetsuppgifter kan bl.a. avse").'),
  requirements: z.array(openRequirement).min(1).describe('Requirements ("Kompetenskrav").'),
});

export const openRole = z.object({
  id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/).describe('Stable id: "<area>/<role>", e.g. "kontorstjanster/administrator".'),
  slug: slug.describe('The role\'s part of the address.'),
  title: text('The role\'s title, without a level number'),
  summary: text('One line on what the role does, written for this site (not source text)'),
  urls: pageUrls.describe("Addresses of the role's page in Swedish and English: its levels side by side, or the level page of a role with a single level."),
  levels: z.array(openLevel).min(1).describe('The role\'s levels, lowest first.'),
});

export const openArea = z.object({
  id: slug.describe('Stable id of the occupational area, e.g. "kontorstjanster".'),
  title: text('The area\'s name'),
  description: text('What the area covers, written for this site'),
  urls: pageUrls,
  source: source.describe('The document the roles are transcribed from, and when the text was transcribed and checked.'),
  roles: z.array(openRole).min(1).describe('The area\'s roles, in Swedish alphabetical order.'),
});

export const openData = z
  .object({
    title: text('Name of the data set'),
    licence: z
      .object({
        id: z.string().describe('SPDX identifier of the licence of the compilation.'),
        url: z.url(),
        scope: text('What the licence covers and what it does not'),
      })
      .describe('The licence of the data compilation.'),
    schema: z.url().describe('Address of the JSON Schema this file follows.'),
    areas: z.array(openArea).min(1).describe('Occupational areas ("yrkesområden").'),
  })
  .meta({
    title: 'Konsultkompetenser: roles, levels, tasks and requirements',
    description:
      'Every occupational area, role and level with its tasks and requirements, in Swedish and English, with the addresses of the pages and the source.',
  });

export type OpenData = z.infer<typeof openData>;
export type OpenArea = z.infer<typeof openArea>;
export type OpenRole = z.infer<typeof openRole>;
export type OpenLevel = z.infer<typeof openLevel>;

/** JSON Schema (draft 2020-12) of roles.json, generated from the Zod schema above. */
export function openDataJsonSchema(id: string): Record<string, unknown> {
  const generated = z.toJSONSchema(openData, { target: 'draft-2020-12' });
  return { $id: id, ...generated };
}
