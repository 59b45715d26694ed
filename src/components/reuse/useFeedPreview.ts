import * as React from 'react';
import type { Municipality, TenantConfig } from '../../core/municipality';
import type { NewsItem } from '../../core/news';
import type { IReuseService } from '../../core/reusePorts';
import { audienceOf } from './reuseView';
import type { AudienceKey } from './reuseView';

export interface IFeedPreview {
  municipalityId: string;
  setMunicipalityId(id: string): void;
  /** Undefined when the configuration has no such municipality. */
  municipality: Municipality | undefined;
  audience: AudienceKey;
  setAudience(audience: AudienceKey): void;
  /** The feed as a member of the audience sees it; null while it loads. */
  items: NewsItem[] | null;
  failed: boolean;
}

/** Targeted news as a member of an audience of one of the editor's municipalities would see them. */
export function useFeedPreview(service: IReuseService, config: TenantConfig, editorOf: string[]): IFeedPreview {
  const [municipalityId, setMunicipalityId] = React.useState(editorOf[0]);
  const [audience, setAudience] = React.useState<AudienceKey>('allStaff');
  const [items, setItems] = React.useState<NewsItem[] | null>(null);
  const [failed, setFailed] = React.useState(false);
  const municipality = config.municipalities.filter(m => m.id === municipalityId)[0];
  React.useEffect(() => {
    let live = true;
    setItems(null);
    setFailed(false);
    service.previewFeed(municipalityId, audienceOf(municipality, audience)).then(
      list => { if (live) { setItems(list); } },
      () => { if (live) { setFailed(true); } });
    return () => { live = false; };
  }, [service, municipalityId, audience]);
  return { municipalityId, setMunicipalityId, municipality, audience, setAudience, items, failed };
}
