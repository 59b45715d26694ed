import { failureCodeOf, isFailureCode } from '../../core/failures';
import type { Municipality, TenantConfig } from '../../core/municipality';
import type { AudienceChoice, AudienceReach } from '../../core/reuse';
import type { IReuseService } from '../../core/reusePorts';
import type { IBorrowService } from '../../core/borrowPorts';
import { errorText } from '../common/commonStrings';
import type { HostTheme } from '../common/hostTheme';
import type { IFormatter } from '../../core/formatting';
import type { IReuseClassNames } from './reuseStyles';
import { formatReuse } from './reuseStrings';
import type { IReuseStrings } from './reuseStrings';

/*
 * What the parts of the content reuse view share: their props, the audience an editor picks,
 * the notice a part shows after an action, and the texts of failures, reach and dates.
 */

export interface IContentReuseProps {
  service: IReuseService;
  /** Borrowing pages of other municipalities; without it the view has no "Låna" part. */
  borrow?: IBorrowService;
  getConfig: () => Promise<TenantConfig>;
  strings: IReuseStrings;
  hostTheme?: HostTheme;
  /** Dates as every page writes them; the UI language on the browser's clock by default. */
  formatter?: IFormatter;
}

export interface IPartProps extends IContentReuseProps {
  id: string;
  config: TenantConfig;
  classNames: IReuseClassNames;
  formatter: IFormatter;
}

export type AudienceKey = 'allStaff' | 'managers';

export interface Notice {
  type: 'success' | 'info' | 'error';
  text: string;
  link?: string;
  /** The link's text; the news link's by default. */
  linkText?: string;
}

export function audienceOf(municipality: Municipality, key: AudienceKey): AudienceChoice {
  return key === 'allStaff' ? { kind: 'allStaff' } : { kind: 'groups', groupIds: [municipality.groups.managers] };
}

export function errorCode(error: unknown, strings: IReuseStrings): string {
  const e = error as { code?: unknown } | null;
  const errors = strings.Errors as Record<string, string>;
  // The reuse rules' own codes first (an offer already answered, no audience chosen, one gone, ...).
  if (e && typeof e.code === 'string' && (errors[e.code] || isFailureCode(e.code))) {
    return errorText(e.code, strings.Errors);
  }
  const code = failureCodeOf(error);
  // A 404 here is the offers or log list (or the shared site) not being there: only an administrator can help.
  return code === 'notFound' ? strings.Errors.missing : errorText(code, strings.Errors);
}

export function borrowError(error: unknown, strings: IReuseStrings): string {
  const e = error as { code?: unknown } | null;
  return e && e.code === 'notFound' ? strings.Borrow.Gone : errorCode(error, strings);
}

export function reachText(strings: IReuseStrings, config: TenantConfig, reach: AudienceReach): string {
  const parts = reach.byMunicipality.map(p => {
    const m = config.municipalities.filter(x => x.id === p.municipalityId)[0];
    return formatReuse(strings.Reach.Part, m ? m.shortName : p.municipalityId, p.count);
  });
  return formatReuse(reach.total === 1 ? strings.Reach.ReachesOne : strings.Reach.Reaches, reach.total, parts.join(', '));
}

/** Who an audience of one municipality reaches: its own people first, those of other municipalities in its groups apart. */
export interface IReachLines {
  /** "Når 226 i Eksjö." */
  text: string;
  /** The others in the audience groups ("I grupperna finns också 6 utanför Eksjö: Sävsjö 1, Vetlanda 5."); '' when there are none. */
  others: string;
}

export function reachLines(strings: IReuseStrings, config: TenantConfig, municipality: Municipality, reach: AudienceReach): IReachLines {
  const own = reach.byMunicipality.filter(p => p.municipalityId === municipality.id).reduce((n, p) => n + p.count, 0);
  const rest = reach.byMunicipality.filter(p => p.municipalityId !== municipality.id);
  const parts = rest.map(p => formatReuse(strings.Reach.Part, shortNameOf(config, p.municipalityId) ?? p.municipalityId, p.count));
  // Counted in all but under no municipality's address (a guest, a shared account).
  const unplaced = reach.total - reach.byMunicipality.reduce((n, p) => n + p.count, 0);
  if (unplaced > 0) {
    parts.push(formatReuse(strings.Reach.NoMunicipality, unplaced));
  }
  const others = reach.total - own;
  return {
    text: formatReuse(strings.Reach.ReachesIn, own, municipality.shortName),
    others: others > 0 ? formatReuse(strings.Reach.Others, others, parts.join(', '), municipality.shortName) : ''
  };
}

/** The municipality's short name; undefined when the configuration has no such municipality. */
export function shortNameOf(config: TenantConfig, municipalityId: string | null | undefined): string | undefined {
  const m = config.municipalities.filter(x => x.id === municipalityId)[0];
  return m ? m.shortName : undefined;
}
