import * as React from 'react';
import { summarizeHealth } from '../../core/contentHealth';
import type { AssessedContent } from '../../core/contentHealth';
import type { TenantConfig } from '../../core/municipality';
import { swedishFormat } from '../common/swedishFormat';
import type { IContentHealthClassNames } from './contentHealthStyles';
import type { IContentHealthStrings } from './contentHealthStrings';

/** The summary table: items to act on now, soon and fine per municipality (and the shared site), those with none left out. */
export function HealthSummary(props: { items: readonly AssessedContent[]; config: TenantConfig | null; strings: IContentHealthStrings; classNames: IContentHealthClassNames }): React.ReactElement {
  const { config, strings, classNames } = props;
  const ids = config ? config.municipalities.map(m => m.id) : [];
  const rows = summarizeHealth(props.items, ids).filter(r => r.total > 0);
  const nameOf = (id: string | null): string => {
    if (id === null) {
      return config ? config.sharedSite.title : strings.Summary.Shared;
    }
    const found = config ? config.municipalities.filter(m => m.id === id)[0] : undefined;
    return found ? found.shortName : id;
  };
  return (
    <table className={classNames.summary}>
      <caption>{strings.Summary.Caption}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.Summary.Municipality}</th>
          <th scope="col">{strings.Summary.Now}</th>
          <th scope="col">{strings.Summary.Soon}</th>
          <th scope="col">{strings.Summary.Fine}</th>
          <th scope="col">{strings.Summary.Total}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(row => (
          <tr key={row.municipalityId || 'shared'} data-municipality={row.municipalityId || 'shared'}>
            <th scope="row">{nameOf(row.municipalityId)}</th>
            <td>{swedishFormat.number(row.now)}</td>
            <td>{swedishFormat.number(row.soon)}</td>
            <td>{swedishFormat.number(row.fine)}</td>
            <td>{swedishFormat.number(row.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
