/// <reference types="node" />
import * as fs from 'fs';
import * as path from 'path';

/**
 * src/core is the domain: it depends on nothing. This test reads every source file of it
 * and fails on an import of SPFx, PnPjs, React, Fluent UI or a Node built-in, or on I/O
 * through fetch, XMLHttpRequest or WebSocket. (Tests may use Node, so *.test.ts are skipped.)
 */
const CORE = __dirname;
/** The web parts' settings: read by views, services and the workbench, so as pure as core, and core is all they import. */
const SETTINGS = path.join(__dirname, '..', 'settings');

const FORBIDDEN_MODULES: Array<[RegExp, string]> = [
  [/^@microsoft\/sp-/, 'SPFx'],
  [/^@pnp\//, 'PnPjs'],
  [/^react(-dom)?(\/|$)/, 'React'],
  [/^@fluentui\//, 'Fluent UI'],
  [/^office-ui-fabric-react/, 'Fluent UI'],
  [/^node:/, 'a Node built-in'],
  [/^(fs|path|http|https|net|os|child_process|crypto|url|stream|zlib|worker_threads)(\/|$)/, 'a Node built-in'],
  [/^\.\.\/(services|components|webparts|settings)(\/|$)/, 'an outer layer']
];
const FORBIDDEN_CALLS: Array<[RegExp, string]> = [
  [/\bfetch\s*\(/, 'fetch'],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest'],
  [/\bWebSocket\b/, 'WebSocket'],
  [/\bnavigator\.sendBeacon\b/, 'sendBeacon']
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(full);
    }
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Module specifiers of import/export ... from, import(), require() and side-effect imports. */
export function importedModules(source: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  const modules: string[] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(source)) !== null) {
    modules.push(match[1]);
  }
  return modules;
}

/** Comments and string contents cannot do I/O; leaving them out avoids false alarms on words in prose. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g, "''");
}

export function violations(source: string): string[] {
  const found: string[] = [];
  for (const module of importedModules(source)) {
    for (const [pattern, what] of FORBIDDEN_MODULES) {
      if (pattern.test(module)) {
        found.push(`imports ${what} ("${module}")`);
      }
    }
  }
  const code = codeOnly(source);
  for (const [pattern, what] of FORBIDDEN_CALLS) {
    if (pattern.test(code)) {
      found.push(`uses ${what}`);
    }
  }
  return found;
}

describe('src/core stays pure', () => {
  it('has source files to check', () => {
    expect(sourceFiles(CORE).length).toBeGreaterThan(5);
  });

  it('imports no SPFx, PnPjs, React, Fluent UI or Node built-ins and does no I/O', () => {
    const report = sourceFiles(CORE)
      .map(file => ({ file: path.relative(CORE, file), problems: violations(fs.readFileSync(file, 'utf8')) }))
      .filter(result => result.problems.length > 0);
    expect(report).toEqual([]);
  });

  it('recognises each kind of violation (so the check above can fail)', () => {
    // Built, not written out, so a plain text search for forbidden imports in src/core finds none here.
    const importFrom = (what: string, moduleName: string): string => `import ${what} ${'from'} '${moduleName}';`;
    expect(violations(importFrom('{ spfi }', '@pnp/sp'))).toEqual(['imports PnPjs ("@pnp/sp")']);
    expect(violations("import '@pnp/sp/webs';")).toEqual(['imports PnPjs ("@pnp/sp/webs")']);
    expect(violations(importFrom('* as React', 'react'))).toEqual(['imports React ("react")']);
    expect(violations(importFrom('{ Version }', '@microsoft/sp-core-library'))).toEqual(['imports SPFx ("@microsoft/sp-core-library")']);
    expect(violations(`export { Button } ${'from'} '@fluentui/react/lib/Button';`)).toEqual(['imports Fluent UI ("@fluentui/react/lib/Button")']);
    expect(violations("const fs = require('fs');")).toEqual(['imports a Node built-in ("fs")']);
    expect(violations("const m = await import('node:sqlite');")).toEqual(['imports a Node built-in ("node:sqlite")']);
    expect(violations("import { x } from '../services/factory';")).toEqual(['imports an outer layer ("../services/factory")']);
    expect(violations('const r = await fetch(url);')).toEqual(['uses fetch']);
    expect(violations('const r = window.fetch (url);')).toEqual(['uses fetch']);
    expect(violations('const x = new XMLHttpRequest();')).toEqual(['uses XMLHttpRequest']);
    expect(violations("// we never fetch( here\nconst s = 'fetch(';")).toEqual([]);
    expect(violations("import type { NewsItem } from './news';")).toEqual([]);
  });
});

describe('src/settings stays pure', () => {
  it('imports nothing but core and does no I/O', () => {
    expect(sourceFiles(SETTINGS).length).toBeGreaterThan(3);
    const report = sourceFiles(SETTINGS)
      .map(file => ({ file: path.relative(SETTINGS, file), problems: violations(fs.readFileSync(file, 'utf8')) }))
      .filter(result => result.problems.length > 0);
    expect(report).toEqual([]);
  });
});
