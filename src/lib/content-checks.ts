import type { Area } from '../schemas/area';
import type { Role } from '../schemas/role';
import { ContentError, type ContentIssue } from './content-errors';
import { walk, type Path } from './criteria/walk';

/**
 * Checks across content files that a schema for one file cannot make. They run when the
 * catalog is built, so a broken reference stops the build with the file and field named.
 */

/** An area entry: id is the folder name under content/areas/. */
export interface AreaEntry {
  readonly id: string;
  readonly data: Area;
  readonly filePath?: string | undefined;
}

/** A role entry: id is "<area>/<role>", from content/areas/<area>/roles/<role>.yaml. */
export interface RoleEntry {
  readonly id: string;
  readonly data: Role;
  readonly filePath?: string | undefined;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function areaFile(area: string): string {
  return `content/areas/${area}/area.yaml`;
}

export function roleFile(area: string, role: string): string {
  return `content/areas/${area}/roles/${role}.yaml`;
}

/** Splits a role id "<area>/<role>" into its two slugs. */
export function splitRoleId(id: string): { area: string; role: string } {
  const parts = id.split('/');
  const [area, role] = parts;
  if (parts.length !== 2 || !area || !role) {
    throw new Error(`Role id "${id}" is not "<area>/<role>"; role files belong in content/areas/<area>/roles/<role>.yaml`);
  }
  return { area, role };
}

/** Runs every check; throws one ContentError listing every problem found. */
export function checkContent(areas: ReadonlyArray<AreaEntry>, roles: ReadonlyArray<RoleEntry>): void {
  const problems: Array<{ file: string; issue: ContentIssue }> = [];
  const report = (file: string, path: Path, message: string) => problems.push({ file, issue: { path, message } });

  const areaIds = new Set(areas.map((a) => a.id));
  for (const area of areas) {
    if (!SLUG_PATTERN.test(area.id)) {
      report(area.filePath ?? areaFile(area.id), [], `expected the folder name to be an ASCII slug (a-z, 0-9 and hyphens), found "${area.id}"`);
    }
  }

  const rolesByArea = new Map<string, string[]>();
  const parsed = roles.map((entry) => {
    const slugs = splitRoleId(entry.id);
    const list = rolesByArea.get(slugs.area) ?? [];
    list.push(slugs.role);
    rolesByArea.set(slugs.area, list);
    return { entry, ...slugs, file: entry.filePath ?? roleFile(slugs.area, slugs.role) };
  });

  for (const { entry, area, role, file } of parsed) {
    if (!SLUG_PATTERN.test(role)) {
      report(file, [], `expected the file name to be an ASCII slug (a-z, 0-9 and hyphens) followed by .yaml, found "${role}.yaml"`);
    }
    if (!areaIds.has(area)) {
      report(file, [], `expected ${file.replace(/roles\/[^/]*$/, 'area.yaml')} to exist: every area folder needs an area.yaml`);
    }
    const known = rolesByArea.get(area) ?? [];
    entry.data.levels.forEach((level, levelIndex) => {
      level.requirements.forEach((requirement, requirementIndex) => {
        const base: Path = ['levels', levelIndex, 'requirements', requirementIndex, 'criterion'];
        for (const { criterion, path } of walk(requirement.criterion, base)) {
          if (criterion.kind !== 'experience') continue;
          if (criterion.role !== undefined && !known.includes(criterion.role)) {
            report(
              file,
              [...path, 'role'],
              `expected the slug of a role in ${file.slice(0, file.lastIndexOf('/') + 1)} (one of ${[...known].sort().join(', ')}), found "${criterion.role}"`,
            );
          }
          if (criterion.scope === 'in-role' && criterion.role === undefined) {
            report(file, [...path, 'role'], 'expected the slug of the role (role: ...) when scope is in-role');
          }
        }
      });
    });
  }

  if (problems.length > 0) throw new ContentError(problems);
}
