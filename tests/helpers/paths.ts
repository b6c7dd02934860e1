import { join } from 'node:path';
import { normaliseBase } from '../../src/lib/base-path.ts';

export const root = join(import.meta.dirname, '..', '..');
export const dist = join(root, 'dist');
export const contentDir = join(root, 'content');

/** The base path the site was built for (BASE_PATH), as "/" or "/sub/". */
export function basePath(): string {
  return normaliseBase(process.env['BASE_PATH'] ?? '/');
}
