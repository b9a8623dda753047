#!/usr/bin/env node
// Puts an Electron-ABI build of better-sqlite3 in native/electron/, next to a version stamp.
// node_modules/better-sqlite3 keeps its Node build (tests, the browser host): the work happens
// in a temporary copy of the package and only the finished .node file is copied out. The app
// loads that copy through better-sqlite3's `nativeBinding` option (src-main/electron/native-binding.ts).
//
// Sources, in order: the package's prebuilt binary for Electron (prebuild-install; a mirror can
// be set with npm_config_better_sqlite3_binary_host), then a local compile against Electron's
// headers (node-gyp, needs a C++ toolchain). Without network both fail fast and the step is skipped.
//
// As postinstall it never fails the install. With --force (npm run prepare:native) it rebuilds
// even when the stamp is current, shows the tools' output and exits 1 when nothing worked.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'native', 'electron');
const OUT_FILE = path.join(OUT_DIR, 'better_sqlite3.node');
const STAMP_FILE = path.join(OUT_DIR, 'version.json');
const PACKAGE_DIR = path.join(ROOT, 'node_modules', 'better-sqlite3');
const NODE_BUILD = path.join(PACKAGE_DIR, 'build', 'Release', 'better_sqlite3.node');
const HEADERS_URL = 'https://electronjs.org/headers';

const PREBUILD_TIMEOUT_MS = 90_000;
const PROBE_TIMEOUT_MS = 10_000;
const COMPILE_TIMEOUT_MS = 20 * 60_000;

const argv = new Set(process.argv.slice(2));
const force = argv.has('--force');
const verbose = force || argv.has('--verbose');

const SKIP_TAIL =
  '桌面版需联网后运行 npm run prepare:native — the browser host (npm run serve) is unaffected';

class Skip extends Error {}

/** Ends the step with the one-line notice; thrown so the temporary folder is still removed. */
function skip(reason) {
  throw new Skip(reason);
}

function detail(line) {
  if (verbose) console.log(`prepare-native: ${line}`);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Runs a node script; resolves true on exit 0, false on failure or timeout. Never rejects. */
function runNode(script, args, { cwd, env, timeoutMs }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd,
      env,
      stdio: verbose ? 'inherit' : 'ignore',
      timeout: timeoutMs,
      windowsHide: true,
    });
    child.on('error', (error) => {
      detail(`${path.basename(script)}: ${error.message}`);
      resolve(false);
    });
    child.on('exit', (code, signal) => {
      if (signal) detail(`${path.basename(script)} stopped (${signal})`);
      resolve(code === 0);
    });
  });
}

/** Environment for the tools: npm's package metadata would make prebuild-install think it runs from git. */
function toolEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('npm_package_')) env[key] = value;
  }
  return { ...env, ...extra };
}

/** A copy of the package without its build folder, so nothing can write into the Node build. */
function stagePackage(tempRoot) {
  const staged = path.join(tempRoot, 'better-sqlite3');
  fs.cpSync(PACKAGE_DIR, staged, {
    recursive: true,
    filter: (source) => {
      const rel = path.relative(PACKAGE_DIR, source);
      return rel !== 'build' && !rel.startsWith(`build${path.sep}`) && rel !== 'node_modules';
    },
  });
  return staged;
}

function resolveFrom(base, request) {
  try {
    return createRequire(path.join(base, 'package.json')).resolve(request);
  } catch {
    return null;
  }
}

async function tryPrebuilt(staged, target) {
  const bin =
    resolveFrom(PACKAGE_DIR, 'prebuild-install/bin.js') ?? resolveFrom(ROOT, 'prebuild-install/bin.js');
  if (!bin) {
    detail('prebuild-install not found');
    return false;
  }
  detail(`prebuild-install for Electron ${target.electron} (${target.platform}-${target.arch})`);
  return runNode(
    bin,
    [
      '--runtime=electron',
      `--target=${target.electron}`,
      `--arch=${target.arch}`,
      `--platform=${target.platform}`,
      ...(verbose ? ['--verbose'] : []),
    ],
    { cwd: staged, env: toolEnv(), timeoutMs: PREBUILD_TIMEOUT_MS },
  );
}

function findNodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    resolveFrom(ROOT, 'node-gyp/bin/node-gyp.js'),
    // npm bundles node-gyp; its place differs between the Windows and Unix layouts.
    path.join(
      path.dirname(process.execPath),
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
    path.join(
      path.dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
  ];
  return (
    candidates.find((file) => typeof file === 'string' && file.endsWith('.js') && fs.existsSync(file)) ?? null
  );
}

/** node-gyp has no download timeout of its own; a quick probe keeps an offline machine from waiting. */
async function headersReachable(electronVersion) {
  try {
    const response = await fetch(`${HEADERS_URL}/v${electronVersion}/SHASUMS256.txt`, {
      method: 'HEAD',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function tryCompile(staged, target) {
  const nodeGyp = findNodeGyp();
  if (!nodeGyp) {
    detail('node-gyp not found');
    return false;
  }
  if (!(await headersReachable(target.electron))) {
    detail(`Electron headers not reachable at ${HEADERS_URL}`);
    return false;
  }
  detail(`node-gyp rebuild against Electron ${target.electron} headers`);
  return runNode(
    nodeGyp,
    [
      'rebuild',
      '--release',
      `--target=${target.electron}`,
      `--arch=${target.arch}`,
      `--dist-url=${HEADERS_URL}`,
      // Electron headers kept apart from Node's, as electron-rebuild does.
      `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
    ],
    {
      cwd: staged,
      env: toolEnv({ npm_config_runtime: 'electron', npm_config_target: target.electron }),
      timeoutMs: COMPILE_TIMEOUT_MS,
    },
  );
}

function install(builtFile, stamp) {
  if (path.resolve(OUT_FILE) === path.resolve(NODE_BUILD))
    throw new Error('refusing to overwrite the Node build');
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const partial = `${OUT_FILE}.${process.pid}.tmp`;
  fs.copyFileSync(builtFile, partial);
  fs.renameSync(partial, OUT_FILE);
  fs.writeFileSync(STAMP_FILE, `${JSON.stringify(stamp, null, 2)}\n`);
}

function stampIsCurrent(stamp) {
  const current = readJson(STAMP_FILE);
  return (
    current !== null &&
    fs.existsSync(OUT_FILE) &&
    ['runtime', 'electron', 'abi', 'platform', 'arch', 'betterSqlite3'].every(
      (key) => current[key] === stamp[key],
    )
  );
}

async function main() {
  const ci = process.env.CI;
  if (!force && ci && ci !== 'false' && ci !== '0') skip('CI 环境');

  const electronPkg = readJson(path.join(ROOT, 'node_modules', 'electron', 'package.json'));
  if (!electronPkg?.version) skip('未安装 electron 包');
  const sqlitePkg = readJson(path.join(PACKAGE_DIR, 'package.json'));
  if (!sqlitePkg?.version) skip('未安装 better-sqlite3');

  const abi = readText(path.join(ROOT, 'node_modules', 'electron', 'abi_version'));
  const stamp = {
    runtime: 'electron',
    electron: electronPkg.version,
    abi: abi ?? '',
    platform: process.platform,
    arch: process.arch,
    betterSqlite3: sqlitePkg.version,
  };
  if (!force && abi && stampIsCurrent(stamp)) {
    console.log(`prepare-native: Electron 版 better-sqlite3 已就绪 (Electron ${stamp.electron}, ABI ${abi})`);
    return;
  }

  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'regiondesk-native-'));
  try {
    const staged = stagePackage(tempRoot);
    const built = path.join(staged, 'build', 'Release', 'better_sqlite3.node');
    const ok =
      ((await tryPrebuilt(staged, stamp)) && fs.existsSync(built)) ||
      ((await tryCompile(staged, stamp)) && fs.existsSync(built));
    if (!ok) skip('无法获取 Electron 头文件/预编译包');
    if (!abi) {
      // Older electron packages ship no abi_version; the runtime check then needs node-abi.
      const nodeAbi = resolveFrom(PACKAGE_DIR, 'node-abi') ?? resolveFrom(ROOT, 'node-abi');
      stamp.abi = nodeAbi
        ? String(createRequire(import.meta.url)(nodeAbi).getAbi(stamp.electron, 'electron'))
        : '';
    }
    install(built, stamp);
    console.log(
      `prepare-native: 已生成 Electron 版 better-sqlite3 → ${path.relative(ROOT, OUT_FILE)} (Electron ${stamp.electron}, ABI ${stamp.abi})`,
    );
  } finally {
    fs.rmSync(tempRoot, { recursive: true, force: true });
  }
}

main().catch((error) => {
  if (!(error instanceof Skip) && verbose) console.error(error);
  const reason =
    error instanceof Skip ? error.message : `出错：${error instanceof Error ? error.message : String(error)}`;
  console.log(`prepare-native: 跳过 Electron 版 better-sqlite3（${reason}）；${SKIP_TAIL}`);
  process.exitCode = force ? 1 : 0;
});
