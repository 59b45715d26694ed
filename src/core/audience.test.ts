import { isVisibleTo, toGroupSet } from './audience';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';

describe('isVisibleTo', () => {
  it('shows an item without audiences to everyone', () => {
    expect(isVisibleTo({ audienceIds: [] }, [])).toBe(true);
    expect(isVisibleTo({ audienceIds: [] }, [A])).toBe(true);
  });

  it('shows a targeted item only to members of one of its audiences', () => {
    expect(isVisibleTo({ audienceIds: [A, B] }, [B])).toBe(true);
    expect(isVisibleTo({ audienceIds: [A] }, [B])).toBe(false);
    expect(isVisibleTo({ audienceIds: [A] }, [])).toBe(false);
  });

  it('compares group ids regardless of letter case, with arrays and with group sets', () => {
    expect(isVisibleTo({ audienceIds: [A.toUpperCase()] }, [A])).toBe(true);
    expect(isVisibleTo({ audienceIds: [A] }, toGroupSet([A.toUpperCase()]))).toBe(true);
    expect(isVisibleTo({ audienceIds: [B] }, toGroupSet([A]))).toBe(false);
  });
});
