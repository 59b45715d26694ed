/**
 * @jest-environment jsdom
 */
import * as strings from 'ContentHealthWebPartStrings';
import ContentHealthWebPart from './ContentHealthWebPart';

/** The web part's zone on the page (protected on the SPFx base class). */
const zoneOf = (part: unknown): HTMLElement => (part as { domElement: HTMLElement }).domElement;

// The web part is wiring: the view and the services are replaced to see what it hands them.
const mockViewProps: Array<Record<string, unknown>> = [];
const mockCreateServices = jest.fn();

jest.mock('../../components/contentHealth/ContentHealth', () => ({
  ContentHealth: (props: Record<string, unknown>) => {
    mockViewProps.push(props);
    return null;
  }
}));
jest.mock('../../wiring/contentHealth', () => ({ wire: (connection: unknown) => mockCreateServices(connection) }));

const config = { municipalities: [], sharedSite: { path: '/sites/gemensamt', title: 'Gemensamt' } };
const report = { getReport: jest.fn() };
const mustReadReport = { getOverview: jest.fn() };
const wired = { service: report, getConfig: () => Promise.resolve(config), loadMustReadReport: () => Promise.resolve(mustReadReport) };
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

type WebPart = ContentHealthWebPart & {
  initForTest(context?: Record<string, unknown>, properties?: Record<string, unknown>): Promise<void>;
  context: Record<string, unknown>;
};

function statusRenderer(): Record<string, jest.Mock> {
  return { displayLoadingIndicator: jest.fn(), clearLoadingIndicator: jest.fn(), renderError: jest.fn() };
}

describe('ContentHealthWebPart', () => {
  beforeEach(() => {
    mockViewProps.length = 0;
    mockCreateServices.mockReset();
    mockCreateServices.mockReturnValue(wired);
  });

  it('builds the content health service from the SPFx context once and renders the report with its strings', async () => {
    const part = new ContentHealthWebPart() as unknown as WebPart;
    const status = statusRenderer();
    await part.initForTest({ statusRenderer: status });
    expect(status.displayLoadingIndicator).toHaveBeenCalledWith(expect.anything(), strings.WebPart.Loading);
    await settle();
    part.render();
    await settle();
    expect(mockCreateServices).toHaveBeenCalledTimes(1);
    expect(mockCreateServices).toHaveBeenCalledWith({ kind: 'spfx', context: part.context });
    const props = mockViewProps[mockViewProps.length - 1];
    expect(props.service).toBe(report);
    expect(props.strings).toEqual(strings);
    await expect((props.getConfig as () => Promise<unknown>)()).resolves.toBe(config);
    // The editors' must-read view: its own view and the service the wiring loads when it is opened.
    const mustRead = await (props.loadMustRead as () => Promise<{ service: unknown; view: { MustReadEditors?: unknown } }>)();
    expect(mustRead.service).toBe(mustReadReport);
    expect(mustRead.view.MustReadEditors).toBeDefined();
  });

  it('shows a message instead of a blank zone when its code cannot load', async () => {
    mockCreateServices.mockImplementation(() => { throw new Error('chunk failed'); });
    const part = new ContentHealthWebPart() as unknown as WebPart;
    const status = statusRenderer();
    await part.initForTest({ statusRenderer: status });
    await settle();
    expect(status.renderError).toHaveBeenCalledWith(zoneOf(part), strings.WebPart.LoadFailed);
    expect(mockViewProps).toHaveLength(0);
  });
});
