/// <reference types="node" />
import * as fs from 'fs';
import * as path from 'path';
import { checkPersonalDashboardProperties, PERSONAL_DASHBOARD_DEFAULTS } from './personalDashboard';
import { checkSearchProperties, SEARCH_DEFAULTS } from './search';
import { checkTargetedNewsProperties, TARGETED_NEWS_DEFAULTS } from './targetedNews';

/** The properties a web part is added to a page with (its manifest's first preconfigured entry). */
function preconfigured(webPart: string, manifest: string): unknown {
  const text = fs.readFileSync(path.join(__dirname, '..', 'webparts', webPart, manifest), 'utf8');
  // Manifests may carry // comments (SPFx allows them); none of ours has // inside a string.
  const json = JSON.parse(text.replace(/^\s*\/\/.*$/gm, '')) as { preconfiguredEntries: Array<{ properties: unknown }> };
  return json.preconfiguredEntries[0].properties;
}

describe('the manifests add each web part with properties its settings accept', () => {
  it('Targeted news: the defaults', () => {
    expect(checkTargetedNewsProperties(preconfigured('targetedNews', 'TargetedNewsWebPart.manifest.json'))).toEqual({ values: TARGETED_NEWS_DEFAULTS, invalid: [] });
  });

  it('Min sida: the defaults', () => {
    expect(checkPersonalDashboardProperties(preconfigured('personalDashboard', 'PersonalDashboardWebPart.manifest.json')))
      .toEqual({ values: PERSONAL_DASHBOARD_DEFAULTS, invalid: [] });
  });

  it('Sök: the defaults and the connector of the external guide system', () => {
    expect(checkSearchProperties(preconfigured('search', 'SearchWebPart.manifest.json')))
      .toEqual({ values: { ...SEARCH_DEFAULTS, guideConnectionId: 'kunskapsbanken' }, invalid: [] });
  });
});
