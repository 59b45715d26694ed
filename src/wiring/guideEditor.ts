import type { IGuideEditorService } from '../core/guideEditorPorts';
import type { TenantConfig } from '../core/municipality';
import type { CurrentUser } from '../core/ports';
import type { Connection } from '../services/connection';
import { GuideEditorService } from '../services/guideEditorService';
import { BaseOptions, baseOf } from './base';

/** What the guide editor is given. */
export interface GuideEditorWiring {
  service: IGuideEditorService;
  getConfig: () => Promise<TenantConfig>;
  getUser: () => Promise<CurrentUser>;
}

/** Guideredigeraren: its service over the page's clients, configuration and user. */
export function wire(connection: Connection, options?: BaseOptions): GuideEditorWiring {
  const base = baseOf(connection, options);
  return {
    service: new GuideEditorService({ sp: base.sp, tenantUrl: base.tenantUrl, tenantConfig: base.tenantConfig, userContext: base.userContext, now: base.now, graph: base.graph }),
    getConfig: () => base.tenantConfig.getConfig(),
    getUser: () => base.userContext.getCurrentUser()
  };
}
