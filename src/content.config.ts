import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { area } from './schemas/area';
import { role } from './schemas/role';

/**
 * Content lives in content/areas/<area>/area.yaml and content/areas/<area>/roles/<role>.yaml,
 * so a second occupational area is a new folder. Ids: "<area>" and "<area>/<role>".
 * CONTENT_DIR points the build at another folder of areas (the benchmark's synthetic ones).
 */
const base = process.env['CONTENT_DIR'] ?? './content/areas';

const areas = defineCollection({
  loader: glob({
    pattern: '*/area.yaml',
    base,
    generateId: ({ entry }) => entry.split('/')[0]!,
  }),
  schema: area,
});

const roles = defineCollection({
  loader: glob({
    pattern: '*/roles/*.yaml',
    base,
    generateId: ({ entry }) => entry.replace(/\/roles\//, '/').replace(/\.yaml$/, ''),
  }),
  schema: role,
});

export const collections = { areas, roles };
