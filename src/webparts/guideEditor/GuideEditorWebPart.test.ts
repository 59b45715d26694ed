/**
 * @jest-environment jsdom
 */
import * as strings from 'GuideEditorWebPartStrings';
import GuideEditorWebPart from './GuideEditorWebPart';

/** The web part's zone on the page (protected on the SPFx base class). */
const zoneOf = (part: unknown): HTMLElement => (part as { domElement: HTMLElement }).domElement;

// The web part is wiring: the view and the services are replaced to see what it hands them.
const mockViewProps: Array<Record<string, unknown>> = [];
const mockCreateServices = jest.fn();

jest.mock('../../components/guideEditor/GuideEditor', () => ({
  GuideEditor: (props: Record<string, unknown>) => {
    mockViewProps.push(props);
    return null;
  }
}));
jest.mock('../../wiring/guideEditor', () => ({ wire: (connection: unknown) => mockCreateServices(connection) }));

const config = { municipalities: [], sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' } };
const user = { id: 'u1', displayName: 'Johan Ek', mail: 'johan.ek@vetlanda.se', groupIds: [] };
const editor = { overview: jest.fn() };
const wired = { service: editor, getConfig: () => Promise.resolve(config), getUser: () => Promise.resolve(user) };
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

type WebPart = GuideEditorWebPart & {
  initForTest(context?: Record<string, unknown>, properties?: Record<string, unknown>): Promise<void>;
  context: Record<string, unknown>;
};

function statusRenderer(): Record<string, jest.Mock> {
  return { displayLoadingIndicator: jest.fn(), clearLoadingIndicator: jest.fn(), renderError: jest.fn() };
}

describe('GuideEditorWebPart', () => {
  beforeEach(() => {
    mockViewProps.length = 0;
    mockCreateServices.mockReset();
    mockCreateServices.mockReturnValue(wired);
  });

  it('builds the guide editor service from the SPFx context once and renders the editor with its strings, the user and the browser\'s storage', async () => {
    const part = new GuideEditorWebPart() as unknown as WebPart;
    const status = statusRenderer();
    await part.initForTest({ statusRenderer: status });
    expect(status.displayLoadingIndicator).toHaveBeenCalledWith(expect.anything(), strings.WebPart.Loading);
    await settle();
    part.render();
    await settle();
    expect(mockCreateServices).toHaveBeenCalledTimes(1);
    expect(mockCreateServices).toHaveBeenCalledWith({ kind: 'spfx', context: part.context });
    const props = mockViewProps[mockViewProps.length - 1];
    expect(props.service).toBe(editor);
    expect(props.strings).toEqual(strings);
    await expect((props.getConfig as () => Promise<unknown>)()).resolves.toBe(config);
    await expect((props.getUser as () => Promise<unknown>)()).resolves.toBe(user);
    expect(props.storage).toBe(window.localStorage);
  });

  it('shows a message instead of a blank zone when its code cannot load', async () => {
    mockCreateServices.mockImplementation(() => { throw new Error('chunk failed'); });
    const part = new GuideEditorWebPart() as unknown as WebPart;
    const status = statusRenderer();
    await part.initForTest({ statusRenderer: status });
    await settle();
    expect(status.renderError).toHaveBeenCalledWith(zoneOf(part), strings.WebPart.LoadFailed);
    expect(mockViewProps).toHaveLength(0);
  });
});
