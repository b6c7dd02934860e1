/**
 * Error messages for content files, one line per problem:
 *   content/areas/kontorstjanster/roles/x.yaml: levels.1.level: expected level 2 ...
 * The build prints them for schema errors (Zod, through the loader in content-loader.ts) and for
 * the cross-file checks in content-checks.ts.
 */

/** One problem in one content file. */
export interface ContentIssue {
  /** Field path inside the file, e.g. ["levels", 1, "level"]. Empty for the whole file. */
  readonly path: ReadonlyArray<PropertyKey>;
  /** What was expected (and, where useful, what was found). */
  readonly message: string;
}

/** The shape of a ZodError that the formatter needs. */
export interface IssueList {
  readonly issues: ReadonlyArray<ContentIssue>;
}

/** "levels.1.level"; "(file)" for a problem with the file as a whole. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(file)';
  return path.map((part) => (typeof part === 'symbol' ? part.toString() : String(part))).join('.');
}

export function formatIssue(file: string, issue: ContentIssue): string {
  return `${file}: ${formatPath(issue.path)}: ${issue.message}`;
}

export function formatIssues(file: string, issues: ReadonlyArray<ContentIssue>): string {
  return issues.map((issue) => formatIssue(file, issue)).join('\n');
}

/** An error in the site's content. Its message lists every problem, one line each. */
export class ContentError extends Error {
  readonly problems: ReadonlyArray<{ file: string; issue: ContentIssue }>;

  constructor(problems: ReadonlyArray<{ file: string; issue: ContentIssue }>) {
    super(
      problems.length === 1
        ? problems.map((p) => formatIssue(p.file, p.issue)).join('\n')
        : `${problems.length} problems in the content:\n${problems.map((p) => formatIssue(p.file, p.issue)).join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Turns a ZodError (or anything with Zod-like `issues`) for one file into a ContentError. */
export function contentErrorFromZod(file: string, error: IssueList): ContentError {
  return new ContentError(error.issues.map((issue) => ({ file, issue })));
}
