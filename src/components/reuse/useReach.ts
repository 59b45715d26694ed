import * as React from 'react';
import type { Municipality, TenantConfig } from '../../core/municipality';
import type { IReuseService } from '../../core/reusePorts';
import type { IReuseStrings } from './reuseStrings';
import { formatReuse } from './reuseStrings';
import { audienceOf, reachLines, reachText } from './reuseView';
import type { IReachLines } from './reuseView';
import type { AudienceKey } from './reuseView';

/** How many people the chosen audience reaches in the municipality, and the others in its groups; read again when the choice changes. */
export function useReach(service: IReuseService, config: TenantConfig, municipality: Municipality, audience: AudienceKey, strings: IReuseStrings): IReachLines {
  const [lines, setLines] = React.useState<IReachLines>({ text: strings.Reach.Counting, others: '' });
  React.useEffect(() => {
    let live = true;
    setLines({ text: strings.Reach.Counting, others: '' });
    service.audienceReach(municipality.id, audienceOf(municipality, audience)).then(reach => {
      if (live) {
        setLines(reachLines(strings, config, municipality, reach));
      }
    }, () => { if (live) { setLines({ text: strings.Reach.Failed, others: '' }); } });
    return () => { live = false; };
  }, [service, municipality.id, audience]);
  return lines;
}

export interface IPageAudience {
  open: boolean;
  /** Who the page reaches, as text; read only while open. */
  text: string;
  toggle(): void;
}

/** Who one news page reaches (its audiences by name and the people they count), read when opened. */
export function usePageAudience(service: IReuseService, config: TenantConfig, url: string, strings: IReuseStrings): IPageAudience {
  const [open, setOpen] = React.useState(false);
  const [text, setText] = React.useState('');
  React.useEffect(() => {
    if (!open) {
      return undefined;
    }
    let live = true;
    setText(strings.Reach.Counting);
    service.pageAudience(url).then(audience => {
      if (live) {
        const names = audience.groups.map(g => g.displayName).join(', ');
        setText(`${formatReuse(audience.targeted ? strings.Audience.Targeted : strings.Audience.Everyone, names)} ${reachText(strings, config, audience.reach)}`);
      }
    }, () => { if (live) { setText(strings.Reach.Failed); } });
    return () => { live = false; };
  }, [open, url]);
  const toggle = React.useCallback(() => setOpen(o => !o), []);
  return { open, text, toggle };
}
