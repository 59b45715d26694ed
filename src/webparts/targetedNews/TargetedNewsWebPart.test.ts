/**
 * @jest-environment jsdom
 */
import * as strings from 'TargetedNewsWebPartStrings';
import TargetedNewsWebPart from './TargetedNewsWebPart';
import type { ITargetedNewsWebPartProps } from '../../settings/targetedNews';
import { TEST_CONFIG } from '../../components/news/testing/newsFeedDoubles';

/** The web part's zone on the page (protected on the SPFx base class). */
const zoneOf = (part: unknown): HTMLElement => (part as { domElement: HTMLElement }).domElement;

// The web part is wiring: the view and the services are replaced to see what it hands them.
const mockViewProps: Array<Record<string, unknown>> = [];
const mockCreateServices = jest.fn();

jest.mock('../../components/news/TargetedNews', () => ({
  TargetedNews: (props: Record<string, unknown>) => {
    mockViewProps.push(props);
    return null;
  }
}));
jest.mock('../../wiring/news', () => ({ wire: (connection: unknown) => mockCreateServices(connection) }));

const services = { tenantConfig: { getConfig: () => Promise.resolve(TEST_CONFIG) }, userContext: {}, news: {} };

function statusRenderer(): Record<string, jest.Mock> {
  return { displayLoadingIndicator: jest.fn(), clearLoadingIndicator: jest.fn(), renderError: jest.fn() };
}

function teams(theme: string): { teamsJs: { app: { getContext: jest.Mock; registerOnThemeChangeHandler: jest.Mock } } } {
  return {
    teamsJs: {
      app: {
        getContext: jest.fn(() => Promise.resolve({ app: { theme } })),
        registerOnThemeChangeHandler: jest.fn()
      }
    }
  };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

type WebPart = TargetedNewsWebPart & {
  initForTest(context?: Record<string, unknown>, properties?: Partial<ITargetedNewsWebPartProps>): Promise<void>;
  context: Record<string, unknown>;
  properties: ITargetedNewsWebPartProps;
};

function webPart(): WebPart {
  return new TargetedNewsWebPart() as unknown as WebPart;
}

describe('TargetedNewsWebPart', () => {
  beforeEach(() => {
    mockViewProps.length = 0;
    mockCreateServices.mockReset();
    mockCreateServices.mockReturnValue(services);
  });

  it('shows a loading indicator, then renders the view with the properties, strings and services of the SPFx context', async () => {
    const part = webPart();
    const status = statusRenderer();
    await part.initForTest({ statusRenderer: status }, { layout: 'cards', itemCount: 8, sources: [], title: 'Aktuellt' });
    expect(status.displayLoadingIndicator).toHaveBeenCalledWith(expect.anything(), strings.WebPart.Loading);
    await settle();

    expect(mockCreateServices).toHaveBeenCalledWith({ kind: 'spfx', context: part.context });
    expect(status.clearLoadingIndicator).toHaveBeenCalled();
    const props = mockViewProps[mockViewProps.length - 1];
    expect(props.services).toBe(services);
    expect(props.strings).toEqual(strings);
    expect(props.properties).toEqual({ layout: 'cards', itemCount: 8, sources: [], title: 'Aktuellt' });
    expect(props.hostTheme).toBeUndefined();
  });

  it('builds the services once, however often it renders', async () => {
    const part = webPart();
    await part.initForTest({ statusRenderer: statusRenderer() });
    part.render();
    await settle();
    expect(mockCreateServices).toHaveBeenCalledTimes(1);
  });

  it('follows the Teams theme from the SDK instance SPFx provides', async () => {
    const part = webPart();
    const sdk = teams('dark');
    await part.initForTest({ statusRenderer: statusRenderer(), sdks: { microsoftTeams: sdk } });
    await settle();
    expect(mockViewProps[mockViewProps.length - 1].hostTheme).toEqual({ kind: 'teams', name: 'dark' });

    const onThemeChange = sdk.teamsJs.app.registerOnThemeChangeHandler.mock.calls[0][0] as (theme: string) => void;
    onThemeChange('contrast');
    await settle();
    expect(mockViewProps[mockViewProps.length - 1].hostTheme).toEqual({ kind: 'teams', name: 'contrast' });
  });

  it('passes the section theme on in SharePoint', async () => {
    const part = webPart();
    await part.initForTest({ statusRenderer: statusRenderer() });
    (part as unknown as { onThemeChanged(theme: unknown): void }).onThemeChanged({ palette: { themePrimary: '#03787c' } });
    await settle();
    expect(mockViewProps[mockViewProps.length - 1].hostTheme).toEqual({ kind: 'sharepoint', theme: { palette: { themePrimary: '#03787c' } } });
  });

  it('shows a message instead of a blank zone when its code cannot load', async () => {
    mockCreateServices.mockImplementation(() => { throw new Error('chunk failed'); });
    const part = webPart();
    const status = statusRenderer();
    await part.initForTest({ statusRenderer: status });
    await settle();
    expect(status.renderError).toHaveBeenCalledWith(zoneOf(part), strings.WebPart.LoadFailed);
    expect(mockViewProps).toHaveLength(0);
  });

  it('offers layout, page size and one checkbox per site, and folds the checkboxes into sources', async () => {
    const part = webPart();
    const refresh = jest.fn();
    await part.initForTest({ statusRenderer: statusRenderer(), propertyPane: { refresh } }, { sources: ['/sites/gemensamt'] });
    const pane = part as unknown as {
      loadPropertyPaneResources(): Promise<void>;
      getPropertyPaneConfiguration(): { pages: Array<{ groups: Array<{ groupFields: Array<{ type: string; targetProperty: string; properties: Record<string, unknown> }> }> }> };
      onPropertyPaneFieldChanged(path: string, oldValue: unknown, newValue: unknown): void;
    };
    await pane.loadPropertyPaneResources();
    await settle();
    expect(refresh).toHaveBeenCalled();

    const [display, sources] = pane.getPropertyPaneConfiguration().pages[0].groups;
    expect(display.groupFields.map((f) => `${f.type}:${f.targetProperty}`))
      .toEqual(['TextField:title', 'ChoiceGroup:layout', 'Slider:itemCount', 'Slider:boostedOnTop', 'Label:boostedOnTopHelp']);
    const boxes = sources.groupFields.filter((f) => f.type === 'Checkbox');
    expect(boxes.map((f) => [f.properties.text, f.properties.checked])).toEqual([
      ['Eksjö', false], ['Sävsjö', false], ['Vetlanda', false], ['Gemensamt', true]
    ]);

    const vetlanda = boxes[2].targetProperty;
    (part.properties as unknown as Record<string, unknown>)[vetlanda] = true;
    pane.onPropertyPaneFieldChanged(vetlanda, undefined, true);
    expect(part.properties.sources).toEqual(['/sites/gemensamt', '/sites/vetlanda']);
    expect(Object.keys(part.properties)).not.toContain(vetlanda);

    pane.onPropertyPaneFieldChanged(boxes[3].targetProperty, true, false);
    expect(part.properties.sources).toEqual(['/sites/vetlanda']);
  });

  it('offers 1 to 30 news and 0 to 5 boosted on top, and shows saved values of the wrong shape as the web part uses them', async () => {
    const part = webPart();
    // As a script saved them: a number as text out of range, a layout that does not exist, one site as a string.
    const saved = { itemCount: '500', boostedOnTop: 9, layout: 'carousel', sources: '/sites/savsjo' } as unknown as Partial<ITargetedNewsWebPartProps>;
    await part.initForTest({ statusRenderer: statusRenderer(), propertyPane: { refresh: jest.fn() } }, saved);
    const pane = part as unknown as {
      loadPropertyPaneResources(): Promise<void>;
      getPropertyPaneConfiguration(): { pages: Array<{ groups: Array<{ groupFields: Array<{ type: string; targetProperty: string; properties: Record<string, unknown> }> }> }> };
      onPropertyPaneFieldChanged(path: string, oldValue: unknown, newValue: unknown): void;
    };
    await pane.loadPropertyPaneResources();
    await settle();
    const [display, sources] = pane.getPropertyPaneConfiguration().pages[0].groups;
    const [slider, boosted] = display.groupFields.filter((f) => f.type === 'Slider');
    expect([slider.properties.min, slider.properties.max, slider.properties.value]).toEqual([1, 30, 30]);
    // Boosted news on top: 0 to 5, 9 as saved shows (and works) as 5.
    expect([boosted.properties.label, boosted.properties.min, boosted.properties.max, boosted.properties.value])
      .toEqual([strings.PropertyPane.BoostedOnTopLabel, 0, 5, 5]);
    const layout = display.groupFields.filter((f) => f.type === 'ChoiceGroup')[0].properties.options as Array<{ key: string; checked: boolean }>;
    expect(layout.map((o) => [o.key, o.checked])).toEqual([['list', true], ['cards', false]]);
    const boxes = sources.groupFields.filter((f) => f.type === 'Checkbox');
    expect(boxes.map((f) => f.properties.checked)).toEqual([false, false, false, false]);

    // Ticking a site gives a list again, not a string with a site appended.
    (part.properties as unknown as Record<string, unknown>)[boxes[2].targetProperty] = true;
    pane.onPropertyPaneFieldChanged(boxes[2].targetProperty, undefined, true);
    expect(part.properties.sources).toEqual(['/sites/vetlanda']);
  });

  it('says so in the property pane when the sites cannot be listed', async () => {
    let refuse: (error: Error) => void = () => undefined;
    const config = new Promise((_resolve, reject) => { refuse = reject; });
    mockCreateServices.mockReturnValue({ ...services, tenantConfig: { getConfig: () => config } });
    const part = webPart();
    await part.initForTest({ statusRenderer: statusRenderer(), propertyPane: { refresh: jest.fn() } });
    const pane = part as unknown as {
      loadPropertyPaneResources(): Promise<void>;
      getPropertyPaneConfiguration(): { pages: Array<{ groups: Array<{ groupFields: Array<{ type: string; properties: Record<string, unknown> }> }> }> };
    };
    await pane.loadPropertyPaneResources();
    const before = pane.getPropertyPaneConfiguration().pages[0].groups[1].groupFields;
    expect(before.map((f) => f.properties.text)).toEqual([strings.PropertyPane.SourcesLoading]);
    refuse(new Error('403'));
    await settle();
    const after = pane.getPropertyPaneConfiguration().pages[0].groups[1].groupFields;
    expect(after.map((f) => [f.type, f.properties.text])).toEqual([['Label', strings.PropertyPane.SourcesLoadFailed]]);
  });

  it('unmounts the view when it leaves the page', async () => {
    const part = webPart();
    await part.initForTest({ statusRenderer: statusRenderer() });
    await settle();
    // The CommonJS module object itself: an ES namespace import would not let jest spy on it.
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const unmount = jest.spyOn(require('react-dom'), 'unmountComponentAtNode');
    (part as unknown as { disposeForTest(): void }).disposeForTest();
    expect(unmount).toHaveBeenCalledWith(zoneOf(part));
  });
});
