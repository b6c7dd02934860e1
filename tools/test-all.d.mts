export interface Steps {
  /** The unit tests with coverage: run beside the builds. */
  beside: string[];
  /** The type-check, before the builds. */
  check: string[];
  /** The two builds, run together once the type-check has passed. */
  builds: string[][];
  /** The site and browser tests, once the builds are done. */
  after: string[];
}
export declare function steps(args?: string[]): Steps;
