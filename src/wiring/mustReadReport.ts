import type { IMustReadReportService } from '../core/mustReadReportPorts';
import type { Connection } from '../services/connection';
import { MustReadReportService } from '../services/mustReadReportService';
import { BaseOptions, baseOf } from './base';

/** Läs och bekräfta for editors (in Städa innehåll): who has read their must-read news, and Påminn. */
export function wire(
  connection: Connection, options?: BaseOptions,
  settings: { keepSummary?: boolean; memberPaging?: { partTarget: number; pageSize: number } } = {}
): IMustReadReportService {
  const base = baseOf(connection, options);
  return new MustReadReportService({
    sp: base.sp, graph: base.graph, policy: base.retryPolicy, tenantUrl: base.tenantUrl,
    tenantConfig: base.tenantConfig, now: base.now, keepSummary: settings.keepSummary,
    memberPaging: settings.memberPaging
  });
}
