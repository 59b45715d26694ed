/**
 * @jest-environment jsdom
 */
import * as strings from 'PersonalDashboardWebPartStrings';
import PersonalDashboardWebPart from './PersonalDashboardWebPart';
import type { IPersonalDashboardWebPartProps } from '../../settings/personalDashboard';
import { MAX_CALENDAR_DAYS } from '../../core/dashboardLimits';

// The web part is wiring: the view and the services are replaced to see what it hands them.
const mockViewProps: Array<Record<string, unknown>> = [];
const mockConnections: unknown[] = [];

jest.mock('../../components/dashboard/PersonalDashboard', () => ({
  PersonalDashboard: (props: Record<string, unknown>) => {
    mockViewProps.push(props);
    return null;
  }
}));
jest.mock('../../wiring/dashboard', () => ({
  wire: (connection: unknown) => {
    mockConnections.push(connection);
    return { services: { tenantConfig: { getConfig: jest.fn() }, dashboard: { load: jest.fn() } }, tenantUrl: 'https://t.example' };
  }
}));

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

type WebPart = PersonalDashboardWebPart & {
  initForTest(context?: Record<string, unknown>, properties?: Partial<IPersonalDashboardWebPartProps>): Promise<void>;
  properties: IPersonalDashboardWebPartProps;
};

function statusRenderer(): Record<string, jest.Mock> {
  return { displayLoadingIndicator: jest.fn(), clearLoadingIndicator: jest.fn(), renderError: jest.fn() };
}

describe('PersonalDashboardWebPart', () => {
  beforeEach(() => {
    mockViewProps.length = 0;
    mockConnections.length = 0;
  });

  it('renders the view with the properties, strings and services of the SPFx context', async () => {
    const part = new PersonalDashboardWebPart() as unknown as WebPart;
    const status = statusRenderer();
    await part.initForTest({ statusRenderer: status }, { calendarDays: 5, showGuides: false });
    part.render();
    await settle();
    await settle();
    expect(status.displayLoadingIndicator).toHaveBeenCalledWith(expect.anything(), strings.WebPart.Loading);
    const props = mockViewProps[mockViewProps.length - 1];
    expect(props.properties).toMatchObject({ calendarDays: 5, showGuides: false });
    expect(props.strings).toEqual(strings);
    expect(props.tenantUrl).toBe('https://t.example');
    expect((props.services as Record<string, unknown>).dashboard).toBeDefined();
    expect(mockConnections[0]).toMatchObject({ kind: 'spfx' });
  });

  it('offers sliders within the limits the web part holds the properties to, showing the values it uses', async () => {
    const part = new PersonalDashboardWebPart() as unknown as WebPart;
    await part.initForTest({ statusRenderer: statusRenderer() }, { calendarDays: 99 as number, documentCount: 'många' as unknown as number });
    const pane = part as unknown as {
      loadPropertyPaneResources(): Promise<void>;
      getPropertyPaneConfiguration(): { pages: Array<{ groups: Array<{ groupFields: Array<{ type: string; targetProperty: string; properties: Record<string, unknown> }> }> }> };
    };
    await pane.loadPropertyPaneResources();
    const sliders = pane.getPropertyPaneConfiguration().pages[0].groups[0].groupFields.filter((f) => f.type === 'Slider');
    // Calendar days up to the dashboard's own limit; a saved 99 shows as that limit, 'många' documents as the default.
    expect(sliders.map((f) => [f.targetProperty, f.properties.min, f.properties.max, f.properties.value])).toEqual([
      ['calendarDays', 1, MAX_CALENDAR_DAYS, MAX_CALENDAR_DAYS],
      ['documentCount', 1, 20, 6]
    ]);
  });

  it('follows the Teams theme, and changes with it', async () => {
    let onTheme: (theme: string) => void = () => undefined;
    const app = {
      getContext: jest.fn(() => Promise.resolve({ app: { theme: 'dark' } })),
      registerOnThemeChangeHandler: jest.fn((handler: (theme: string) => void) => { onTheme = handler; })
    };
    const part = new PersonalDashboardWebPart() as unknown as WebPart;
    await part.initForTest({ statusRenderer: statusRenderer(), sdks: { microsoftTeams: { teamsJs: { app } } } }, {});
    part.render();
    await settle();
    await settle();
    expect(mockViewProps[mockViewProps.length - 1].hostTheme).toEqual({ kind: 'teams', name: 'dark' });
    onTheme('contrast');
    await settle();
    await settle();
    expect(mockViewProps[mockViewProps.length - 1].hostTheme).toEqual({ kind: 'teams', name: 'contrast' });
  });
});
