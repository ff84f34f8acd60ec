import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import type { Api } from '../../miniprogram/services/api';

const require = createRequire(import.meta.url);

/** What these tests use of miniprogram-simulate, typed here so its bundled old wx typings stay out of the build. */
export interface Rendered {
  instance: Record<string, (...args: never[]) => unknown> & { data: Record<string, unknown>; setData(data: object): void };
  dom: HTMLElement | undefined;
  data: Record<string, unknown>;
  querySelector(selector: string): Rendered | undefined;
  querySelectorAll(selector: string): Rendered[];
  dispatchEvent(name: string, options?: object): void;
  attach(parent: Element): void;
  detach(): void;
  setData(data: object): void;
}

interface Simulate {
  load(path: string, options: object): string;
  render(id: string, properties?: object): Rendered;
  sleep(milliseconds: number): Promise<void>;
}

export const simulate = require('miniprogram-simulate') as Simulate;

const miniprogramRoot = path.resolve(__dirname, '../../miniprogram');
const standIn = path.resolve(__dirname, 'tdesign-stand-in/stand-in');

// miniprogram-simulate runs a component's script with Node's require and no extension: teach require TypeScript, as
// WeChat DevTools' compiler plugin does for the real app, and try .ts first so page.ts wins over page.json.
type Loader = (module: { _compile(code: string, file: string): void }, file: string) => void;
const extensions = (Module as unknown as { _extensions: Record<string, Loader> })._extensions;
if (!('.ts' in extensions)) {
  const others = { ...extensions };
  for (const key of Object.keys(others)) {
    delete extensions[key];
  }
  extensions['.ts'] = (module, file) => {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      fileName: file,
    });
    module._compile(outputText, file);
  };
  Object.assign(extensions, others);
}

/** Every tdesign component a page or component uses, drawn by a stand-in that shows its text and forwards taps. */
function tdesignStandIns(componentPath: string, seen = new Set<string>()): Record<string, string> {
  const json = JSON.parse(readFileSync(`${componentPath}.json`, 'utf8')) as { usingComponents?: Record<string, string> };
  const standIns: Record<string, string> = {};
  for (const [tag, target] of Object.entries(json.usingComponents ?? {})) {
    if (target.startsWith('tdesign-miniprogram/')) {
      standIns[tag] = path.relative(path.dirname(componentPath), standIn);
    } else {
      const own = target.startsWith('/') ? path.join(miniprogramRoot, target) : path.resolve(path.dirname(componentPath), target);
      if (!seen.has(own)) {
        seen.add(own);
        Object.assign(standIns, tdesignStandIns(own, seen));
      }
    }
  }
  return standIns;
}

/**
 * Renders a page or component of the mini program (by its path under miniprogram/, e.g. 'pages/course/course')
 * with `api` as what getApp().api returns, attached to a parent so lifetimes run.
 */
export function render(pageOrComponent: string, api: Partial<Api>, properties: Record<string, unknown> = {}): Rendered {
  (globalThis as unknown as { getApp: () => { api: Partial<Api> } }).getApp = () => ({ api });
  const file = path.join(miniprogramRoot, pageOrComponent);
  const id = simulate.load(file, { compiler: 'simulate', rootPath: miniprogramRoot, usingComponents: tdesignStandIns(file) });
  const component = simulate.render(id, properties);
  component.attach(document.createElement('parent-wrapper'));
  return component;
}

/**
 * A module of the mini program as rendered pages load it (Node's require, not Vitest's), e.g. the `createApi` to
 * build a page's api with, so the errors it throws are the ApiError the page's `instanceof` checks know.
 */
export function asPagesLoadIt<T>(modulePath: string): T {
  return require(path.join(miniprogramRoot, modulePath)) as T;
}
