export declare function wantedMajor(nvmrc: string): number;
export declare function isOlder(version: string, major: number): boolean;
export declare function platformPackage(platform: string, arch: string): string;
export declare function nodeBinary(prefix: string, platform: string, arch: string): string;
export interface Plan {
  /** The registry package to install, and where, when the running Node is too old. */
  install?: { prefix: string; spec: string };
  /** The Node binary the script runs under, when it is not the running one. */
  node?: string;
  command: string;
  args: string[];
  path: string | undefined;
}
export declare function plan(options: {
  version: string;
  major: number;
  platform: string;
  arch: string;
  home: string;
  npmCli: string | undefined;
  /** The running Node's binary. */
  execPath: string;
  command: string;
  args: string[];
  path: string | undefined;
}): Plan;
