export interface Steps {
  /** The unit tests with coverage: started with the builds, run beside everything after. */
  unit: string[];
  /** The two builds, run together first. */
  builds: string[][];
  /** The type-check, beside the site and browser tests. */
  check: string[];
  /** The site and browser tests, once the builds are done. */
  after: string[];
}
export declare function steps(args?: string[]): Steps;
