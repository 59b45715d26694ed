import { act } from '@testing-library/react';
import type { ReuseLogEntry } from '../../core/reuse';
import { FakeReuse } from './testing/reuseDoubles';
import { probeHook, settle } from './testing/hookProbe';
import { LOG_SHOWN, useReuseLog } from './useReuseLog';

const entry = (n: number): ReuseLogEntry => ({
  action: 'sent', actor: 'karin@savsjo.se', title: `Nyhet ${n}`, sourceUrl: '', fromMunicipalityId: 'savsjo', toMunicipalityId: 'eksjo',
  targetUrl: '', audienceIds: [], details: '', at: '2026-11-27T09:05:00Z'
});

describe('useReuseLog', () => {
  it('reads the log only once opened, the newest entries only, and again for each send or answer counted', async () => {
    const service = new FakeReuse();
    service.log = Array.from({ length: LOG_SHOWN + 5 }, (_, n) => entry(n));
    let recorded = 0;
    const log = probeHook(() => useReuseLog(service, recorded));
    await settle();
    expect(service.logReads).toBe(0);
    expect(log.current().entries).toBeNull();
    act(() => log.current().toggle());
    await settle();
    expect(service.logReads).toBe(1);
    expect(log.current().entries!.map(e => e.title)).toEqual(service.log.slice(0, LOG_SHOWN).map(e => e.title));
    recorded = 1;
    service.log.unshift(entry(99));
    log.rerender(() => useReuseLog(service, recorded));
    await settle();
    expect(service.logReads).toBe(2);
    expect(log.current().entries![0].title).toBe('Nyhet 99');
    // Closed, it is not read for a send.
    act(() => log.current().toggle());
    recorded = 2;
    log.rerender(() => useReuseLog(service, recorded));
    await settle();
    expect(service.logReads).toBe(2);
  });

  it('says it failed, and reads again when opened again', async () => {
    const service = new FakeReuse();
    let fail = true;
    const getLog = service.getLog.bind(service);
    service.getLog = (): Promise<ReuseLogEntry[]> => (fail ? Promise.reject(new Error('Service Unavailable')) : getLog());
    const log = probeHook(() => useReuseLog(service, 0));
    act(() => log.current().toggle());
    await settle();
    expect(log.current().failed).toBe(true);
    fail = false;
    act(() => log.current().toggle());
    act(() => log.current().toggle());
    await settle();
    expect(log.current().failed).toBe(false);
    expect(log.current().entries).toEqual([]);
  });
});
