// Estimates the mini program's main package as WeChat DevTools would upload it and fails above WeChat's 2 MB limit
// (https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html: "整个小程序所有分包大小不超过 20M，
// 单个分包/主包大小不能超过 2M"). Counted: our TypeScript compiled to JavaScript, our wxml, wxss, wxs, json and
// assets outside the subpackage roots, and the npm components (tdesign-miniprogram) reachable from usingComponents
// with what they import — DevTools builds npm into miniprogram_npm and, with ignoreUploadUnusedFiles, uploads only
// the reachable files.
//
// Usage: node scripts/check-package-size.mjs [miniprogram root] [--limit-kb N]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const LIMIT_KB = 2048;
const COMPONENT_FILES = ['.js', '.json', '.wxml', '.wxss'];
const SKIPPED_FOLDERS = new Set(['node_modules', 'miniprogram_npm']);

const args = process.argv.slice(2);
const limitFlag = args.indexOf('--limit-kb');
const limitKb = limitFlag >= 0 ? Number(args.splice(limitFlag, 2)[1]) : LIMIT_KB;
const root = resolve(args[0] ?? 'miniprogram');
const modules = resolve(root, '..', 'node_modules');

const appJson = readJson(join(root, 'app.json'));
const subpackageRoots = (appJson.subpackages ?? appJson.subPackages ?? []).map((subpackage) => join(root, subpackage.root).replace(/\/$/, ''));

const ours = ownFiles(root).filter((file) => !subpackageRoots.some((subpackageRoot) => file.startsWith(subpackageRoot + '/')));
const oursBytes = sum(ours.map(ownSize));
const npm = reachableNpmFiles(ours.filter((file) => file.endsWith('.json')));
const npmBytes = sum([...npm.values()].flatMap((files) => [...files].map((file) => statSync(file).size)));

const totalKb = (oursBytes + npmBytes) / 1024;
const parts = [`ours ${kb(oursBytes)} in ${ours.length} files`];
for (const [name, files] of npm) {
  parts.push(`${name} ${kb(sum([...files].map((file) => statSync(file).size)))} in ${files.size} files`);
}
console.log(`main package: ${totalKb.toFixed(1)} KB of ${limitKb} KB (${parts.join(', ')})`);
if (totalKb > limitKb) {
  console.error(`The main package is over WeChat's limit by ${(totalKb - limitKb).toFixed(1)} KB: move pages into a subpackage.`);
  process.exit(1);
}

function ownFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      return SKIPPED_FOLDERS.has(entry.name) ? [] : ownFiles(path);
    }
    return entry.name.endsWith('.d.ts') || entry.name.endsWith('.md') ? [] : [path];
  });
}

/** What a file weighs in the package: TypeScript as the JavaScript it compiles to, anything else as it is. */
function ownSize(file) {
  if (extname(file) !== '.ts') {
    return statSync(file).size;
  }
  const output = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, removeComments: true },
  });
  return Buffer.byteLength(output.outputText);
}

/** npm package name → its files reachable from our usingComponents, following components, imports and styles. */
function reachableNpmFiles(ourJsonFiles) {
  const found = new Map();
  const seen = new Set();
  const pending = [];
  for (const jsonFile of ourJsonFiles) {
    for (const path of Object.values(readJson(jsonFile).usingComponents ?? {})) {
      const component = resolvePackagePath(path);
      if (component !== null) {
        pending.push(...COMPONENT_FILES.map((extension) => component + extension));
      }
    }
  }
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file) || !existsSync(file)) {
      continue;
    }
    seen.add(file);
    const packageName = packageOf(file);
    if (!found.has(packageName)) {
      found.set(packageName, new Set());
    }
    found.get(packageName).add(file);
    pending.push(...referencesOf(file));
  }
  return found;
}

/** The files <file> pulls in: child components, JS imports, wxs and templates, imported styles. */
function referencesOf(file) {
  const folder = dirname(file);
  const text = readFileSync(file, 'utf8');
  switch (extname(file)) {
    case '.json':
      return Object.values(JSON.parse(text).usingComponents ?? {}).flatMap((path) => {
        const component = path.startsWith('.') ? join(folder, path) : resolvePackagePath(path);
        return component === null ? [] : COMPONENT_FILES.map((extension) => component + extension);
      });
    case '.js':
    case '.wxs':
      return matches(text, /(?:from\s*|require\(\s*)["']([^"']+)["']/g).flatMap((specifier) => scriptFiles(folder, specifier, file));
    case '.wxml':
      return matches(text, /<(?:wxs|import|include)\s[^>]*src=["']([^"']+)["']/g).map((path) => join(folder, path));
    case '.wxss':
      return matches(text, /@import\s+["']([^"']+)["']/g).map((path) => join(folder, path));
    default:
      return [];
  }
}

function scriptFiles(folder, specifier, importer) {
  if (specifier.startsWith('.')) {
    const base = join(folder, specifier);
    return [base, `${base}.js`, `${base}.wxs`, join(base, 'index.js')];
  }
  // Bare imports inside an npm package resolve to the miniprogram_npm folder it ships with its build.
  const npmFolder = join(packageRootOf(importer), distFolderOf(packageRootOf(importer)), 'miniprogram_npm', specifier);
  return [`${npmFolder}.js`, join(npmFolder, 'index.js')];
}

/** "tdesign-miniprogram/cell/cell" → the component's path without extension in the package's miniprogram folder. */
function resolvePackagePath(path) {
  if (path.startsWith('/') || path.startsWith('.') || path.startsWith('plugin://')) {
    return null;
  }
  const segments = path.split('/');
  const nameLength = segments[0].startsWith('@') ? 2 : 1;
  const packageRoot = join(modules, ...segments.slice(0, nameLength));
  if (!existsSync(packageRoot)) {
    return null;
  }
  return join(packageRoot, distFolderOf(packageRoot), ...segments.slice(nameLength));
}

function distFolderOf(packageRoot) {
  return readJson(join(packageRoot, 'package.json')).miniprogram ?? 'miniprogram_dist';
}

function packageRootOf(file) {
  const [first, second] = relative(modules, file).split('/');
  return join(modules, first, ...(first.startsWith('@') ? [second] : []));
}

function packageOf(file) {
  return relative(modules, packageRootOf(file));
}

function matches(text, pattern) {
  return [...text.matchAll(pattern)].map((match) => match[1]);
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function sum(numbers) {
  return numbers.reduce((total, value) => total + value, 0);
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
