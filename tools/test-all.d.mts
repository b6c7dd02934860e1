export interface Steps {
  /** The unit tests with coverage: run beside the builds. */
  beside: string[];
  /** The type-check and the two builds, one after the other. */
  builds: string[][];
  /** The site and browser tests, once the builds are done. */
  after: string[];
}
export declare function steps(args?: string[]): Steps;
