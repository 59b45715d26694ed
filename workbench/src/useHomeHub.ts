import * as React from 'react';
import { membershipsOf } from '../../src/core/membership';
import type { Municipality } from '../../src/core/municipality';
import type { SamverkaServices } from '../../src/core/ports';

/** The hub the page pretends to be: the home municipality of the signed-in persona. */
export function useHomeHub(services: SamverkaServices): Municipality | undefined {
  const [hub, setHub] = React.useState<Municipality | undefined>(undefined);
  React.useEffect(() => {
    let current = true;
    Promise.all([services.tenantConfig.getConfig(), services.userContext.getCurrentUser()]).then(([config, user]) => {
      const memberships = membershipsOf(config, user);
      if (current) setHub(memberships.home || memberships.municipalities[0]);
    }, () => undefined);
    return () => { current = false; };
  }, [services]);
  return hub;
}

/** The municipalities of the tenant configuration (none until it is read). */
export function useMunicipalities(services: SamverkaServices): Municipality[] {
  const [municipalities, setMunicipalities] = React.useState<Municipality[]>([]);
  React.useEffect(() => {
    let current = true;
    services.tenantConfig.getConfig().then((config) => { if (current) setMunicipalities(config.municipalities); }, () => undefined);
    return () => { current = false; };
  }, [services]);
  return municipalities;
}
