import { checkProperties } from './webPartProperties';
import type { PropertyRule } from './webPartProperties';

interface IProps { title: string; count: number; show: boolean; sites: string[]; layout: string; id: string }
const RULES: { [K in keyof IProps]: PropertyRule } = {
  title: { kind: 'text' },
  count: { kind: 'integer', min: 1, max: 30 },
  show: { kind: 'boolean' },
  sites: { kind: 'textList' },
  layout: { kind: 'choice', choices: ['list', 'cards'] },
  id: { kind: 'pattern', pattern: /^[a-z]{3,8}$/ }
};
const DEFAULTS: IProps = { title: '', count: 6, show: true, sites: [], layout: 'list', id: '' };

describe('checkProperties', () => {
  it('keeps values of the right shape and names none', () => {
    const saved = { title: 'Nyheter', count: 12, show: false, sites: ['/sites/savsjo'], layout: 'cards', id: 'kbank' };
    expect(checkProperties(saved, RULES, DEFAULTS)).toEqual({ values: saved, invalid: [] });
  });

  it('takes the defaults quietly for absent properties', () => {
    expect(checkProperties({}, RULES, DEFAULTS)).toEqual({ values: DEFAULTS, invalid: [] });
    expect(checkProperties(undefined, RULES, DEFAULTS)).toEqual({ values: DEFAULTS, invalid: [] });
  });

  it('replaces wrong types and nulls by the defaults and names them', () => {
    const saved = { title: 7, count: 'många', show: 'ja', sites: '/sites/savsjo', layout: 3, id: null };
    expect(checkProperties(saved, RULES, DEFAULTS)).toEqual({ values: DEFAULTS, invalid: ['title', 'count', 'show', 'sites', 'layout', 'id'] });
  });

  it('accepts a number saved as text, rounds, and clamps what is out of range (and names it)', () => {
    expect(checkProperties({ count: '12' }, RULES, DEFAULTS)).toEqual({ values: { ...DEFAULTS, count: 12 }, invalid: [] });
    expect(checkProperties({ count: 7.4 }, RULES, DEFAULTS)).toEqual({ values: { ...DEFAULTS, count: 7 }, invalid: [] });
    expect(checkProperties({ count: 500 }, RULES, DEFAULTS)).toEqual({ values: { ...DEFAULTS, count: 30 }, invalid: ['count'] });
    expect(checkProperties({ count: -2 }, RULES, DEFAULTS)).toEqual({ values: { ...DEFAULTS, count: 1 }, invalid: ['count'] });
    expect(checkProperties({ count: Infinity }, RULES, DEFAULTS).invalid).toEqual(['count']);
  });

  it('refuses lists with anything but non-empty text, choices outside the list and text off the pattern', () => {
    expect(checkProperties({ sites: ['/sites/a', 3] }, RULES, DEFAULTS).invalid).toEqual(['sites']);
    expect(checkProperties({ sites: ['  '] }, RULES, DEFAULTS).invalid).toEqual(['sites']);
    expect(checkProperties({ layout: 'grid' }, RULES, DEFAULTS).invalid).toEqual(['layout']);
    expect(checkProperties({ id: 'a b"<' }, RULES, DEFAULTS).invalid).toEqual(['id']);
    expect(checkProperties({ id: '' }, RULES, DEFAULTS).invalid).toEqual([]);
  });

  it('treats properties that are not an object as absent', () => {
    expect(checkProperties('title', RULES, DEFAULTS)).toEqual({ values: DEFAULTS, invalid: [] });
    expect(checkProperties(['x'], RULES, DEFAULTS)).toEqual({ values: DEFAULTS, invalid: [] });
  });
});
