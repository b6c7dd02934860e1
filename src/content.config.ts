import { defineCollection } from 'astro:content';
import { checkedGlob } from './lib/content-loader';
import { area } from './schemas/area';
import { role } from './schemas/role';

/**
 * Content lives in content/areas/<area>/area.yaml and content/areas/<area>/roles/<role>.yaml,
 * so a second occupational area is a new folder. Ids: "<area>" and "<area>/<role>".
 * CONTENT_DIR points the build at another folder of areas (the benchmark's synthetic ones).
 */
const base = process.env['CONTENT_DIR'] ?? './content/areas';

const areas = defineCollection({
  loader: checkedGlob(
    {
      pattern: '*/area.yaml',
      base,
      generateId: ({ entry }) => entry.split('/')[0]!,
    },
    area,
  ),
  schema: area,
});

const roles = defineCollection({
  loader: checkedGlob(
    {
      pattern: '*/roles/*.yaml',
      base,
      generateId: ({ entry }) => entry.replace(/\/roles\//, '/').replace(/\.yaml$/, ''),
    },
    role,
  ),
  schema: role,
});

export const collections = { areas, roles };
