import { relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { ZodType } from 'astro/zod';
import { contentErrorFromZod } from './content-errors';

type GlobOptions = Parameters<typeof glob>[0];
type ParseData = LoaderContext['parseData'];

/**
 * Astro's glob loader, with each file checked against `schema` before Astro checks it again:
 * a file that does not match stops the build with one line per problem,
 * `content/areas/kontorstjanster/roles/x.yaml: levels.1.level: expected level 2 ...`,
 * instead of Astro's own message, which names the entry but not the file.
 */
export function checkedGlob(options: GlobOptions, schema: ZodType): Loader {
  const inner = glob(options);
  return {
    name: 'checked-glob',
    load: (context) => inner.load({ ...context, parseData: checkedParseData(schema, context.parseData) }),
  };
}

/** `parseData` that first checks the data against `schema`, throwing a ContentError that names the file. */
export function checkedParseData(schema: ZodType, parseData: ParseData, cwd: string = process.cwd()): ParseData {
  return (props) => {
    const result = schema.safeParse(props.data);
    if (!result.success) throw contentErrorFromZod(contentFile(props.filePath ?? props.id, cwd), result.error);
    return parseData(props);
  };
}

/** A content file's path as a reader types it: relative to the project folder, with slashes. */
export function contentFile(path: string, cwd: string): string {
  const shown = path.startsWith('/') ? relative(cwd, path) : path;
  return shown.split('\\').join('/');
}
