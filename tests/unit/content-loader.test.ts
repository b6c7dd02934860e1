import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-errors';
import { checkedParseData, contentFile } from '../../src/lib/content-loader';
import { role } from '../../src/schemas/role';
import { readContent } from '../helpers/content';

const { roles } = readContent();
const good = roles[0]!.data;

describe('content files checked as the build loads them', () => {
  const passOn = async <T>(props: { data: T }) => props.data;

  it('passes a valid file on to Astro', async () => {
    const parse = checkedParseData(role, passOn, '/project');
    expect(await parse({ id: 'kontorstjanster/x', data: good as unknown as Record<string, unknown>, filePath: '/project/content/areas/kontorstjanster/roles/x.yaml' })).toBe(good);
  });

  it('stops a broken file with "file: field: expected ...", one line per problem', () => {
    const parse = checkedParseData(role, passOn, '/project');
    const broken = { ...good, levels: [{ ...good.levels[0]!, tasks: [] }], summary: undefined };
    let thrown: unknown;
    try {
      void parse({ id: 'kontorstjanster/x', data: broken as unknown as Record<string, unknown>, filePath: '/project/content/areas/kontorstjanster/roles/x.yaml' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    const lines = (thrown as Error).message.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/areas\/kontorstjanster\/roles\/x\.yaml: summary: /),
        expect.stringMatching(/^content\/areas\/kontorstjanster\/roles\/x\.yaml: levels\.0\.tasks: expected at least one task/),
      ]),
    );
  });

  it('shows a file relative to the project, with slashes', () => {
    expect(contentFile('/project/content/areas/a/area.yaml', '/project')).toBe('content/areas/a/area.yaml');
    expect(contentFile('/elsewhere/areas/a/area.yaml', '/project')).toBe('../elsewhere/areas/a/area.yaml');
    expect(contentFile('content\\areas\\a\\area.yaml', '/project')).toBe('content/areas/a/area.yaml');
  });
});
