/// <reference types="node" />
import * as fs from 'fs';
import * as path from 'path';

/**
 * Services are built in one place: the wiring modules of src/wiring, which the web parts, the
 * application customizer and the workbench call. This test reads every source file of src/
 * (tests aside) and workbench/ and fails on one that constructs a service or a session cache
 * itself: a second place that builds them is how a page came to have two session caches.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const WIRING = path.join(ROOT, 'src', 'wiring');
const CONSTRUCTIONS = /\bnew\s+([A-Za-z_$][\w$]*Service|SessionCache)\s*[(<]/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(full);
    }
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** What a source constructs that only the wiring may: `new XService(`, `new SessionCache(`. */
export function constructions(source: string): string[] {
  const found: string[] = [];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const pattern = new RegExp(CONSTRUCTIONS.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(code)) !== null) {
    found.push(match[1]);
  }
  return found;
}

describe('one wiring', () => {
  it('recognises a construction, and not a mention in a comment', () => {
    expect(constructions('const s = new NewsService({ graph });')).toEqual(['NewsService']);
    expect(constructions('const c = new SessionCache(storage, now);')).toEqual(['SessionCache']);
    expect(constructions('return new  GuideEditorService<X>(deps);')).toEqual(['GuideEditorService']);
    expect(constructions('// new NewsService(deps) lives in src/wiring\n/* new SessionCache() */ const x = 1;')).toEqual([]);
    expect(constructions('const s: NewsService = wire(connection).news;')).toEqual([]);
  });

  it('builds services and the session cache only in src/wiring: not in services, components, web parts, the extension or the workbench', () => {
    const files = sourceFiles(path.join(ROOT, 'src')).filter(file => !file.startsWith(WIRING + path.sep))
      .concat(sourceFiles(path.join(ROOT, 'workbench', 'src')));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .map(file => ({ file: path.relative(ROOT, file), built: constructions(fs.readFileSync(file, 'utf8')) }))
      .filter(entry => entry.built.length > 0)
      .map(entry => `${entry.file}: ${entry.built.join(', ')}`);
    expect(offenders).toEqual([]);
  });

  it('has each workbench web part import the same wiring module as its SPFx web part', () => {
    const pairs: Array<[string, string]> = [
      ['workbench/src/NewsWebPart.tsx', 'src/webparts/targetedNews/TargetedNewsWebPart.ts'],
      ['workbench/src/DashboardWebPart.tsx', 'src/webparts/personalDashboard/PersonalDashboardWebPart.ts'],
      ['workbench/src/SearchWebPart.tsx', 'src/webparts/search/SearchWebPart.ts'],
      ['workbench/src/ContentHealthWebPart.tsx', 'src/webparts/contentHealth/ContentHealthWebPart.ts'],
      ['workbench/src/ReuseWebPart.tsx', 'src/webparts/contentReuse/ContentReuseWebPart.ts'],
      ['workbench/src/GuideEditorWebPart.tsx', 'src/webparts/guideEditor/GuideEditorWebPart.ts'],
      ['workbench/src/MustReadNewsPage.tsx', 'src/extensions/mustRead/MustReadApplicationCustomizer.ts']
    ];
    const wiringOf = (file: string): string[] => {
      const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const found = (source.match(/wiring\/[A-Za-z]+(?=['"])/g) || []).filter((m, i, all) => all.indexOf(m) === i);
      return found.sort();
    };
    for (const [workbench, webPart] of pairs) {
      const ours = wiringOf(webPart);
      expect(ours.length).toBeGreaterThan(0);
      expect({ file: workbench, wiring: wiringOf(workbench) }).toEqual({ file: workbench, wiring: ours });
    }
  });
});
