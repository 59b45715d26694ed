/**
 * @jest-environment jsdom
 */
import * as strings from 'SearchWebPartStrings';
import SearchWebPart from './SearchWebPart';
import type { ISearchWebPartProps } from '../../settings/search';
import { connectionIdError } from './SearchPropertyPane';

// The web part is wiring: the view and the services are replaced to see what it hands them.
const mockViewProps: Array<Record<string, unknown>> = [];
const mockCreate = jest.fn();

jest.mock('../../components/search/Search', () => ({
  Search: (props: Record<string, unknown>) => {
    mockViewProps.push(props);
    return null;
  }
}));
jest.mock('../../wiring/search', () => ({ wire: (connection: unknown, settings: unknown) => mockCreate(connection, settings) }));

const built = { services: { tenantConfig: {} }, search: { search: jest.fn() } };
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

type WebPart = SearchWebPart & {
  initForTest(context?: Record<string, unknown>, properties?: Partial<ISearchWebPartProps>): Promise<void>;
  context: Record<string, unknown>;
  properties: ISearchWebPartProps;
};

function statusRenderer(): Record<string, jest.Mock> {
  return { displayLoadingIndicator: jest.fn(), clearLoadingIndicator: jest.fn(), renderError: jest.fn() };
}

describe('SearchWebPart', () => {
  beforeEach(() => {
    mockViewProps.length = 0;
    mockCreate.mockReset();
    mockCreate.mockReturnValue(built);
  });

  it('renders the view with the services of the SPFx context and the guide connector of its properties', async () => {
    const part = new SearchWebPart() as unknown as WebPart;
    const status = statusRenderer();
    await part.initForTest({ statusRenderer: status }, { title: 'Hitta', pageSize: 12, guideConnectionId: 'kunskapsbanken' });
    expect(status.displayLoadingIndicator).toHaveBeenCalledWith(expect.anything(), strings.WebPart.Loading);
    await settle();
    expect(mockCreate).toHaveBeenCalledWith({ kind: 'spfx', context: part.context }, { guideConnectionId: 'kunskapsbanken', pageSize: 12 });
    const props = mockViewProps[mockViewProps.length - 1];
    expect(props.services).toBe(built.services);
    expect(props.search).toBe(built.search);
    expect(props.strings).toEqual(strings);
    expect(props.title).toBe('Hitta');
  });

  it('builds the services once per connector setting, however often it renders', async () => {
    const part = new SearchWebPart() as unknown as WebPart;
    await part.initForTest({ statusRenderer: statusRenderer() }, { title: '', pageSize: 10, guideConnectionId: '' });
    part.render();
    await settle();
    expect(mockCreate).toHaveBeenCalledTimes(1);
    part.properties.guideConnectionId = 'annan';
    part.render();
    await settle();
    expect(mockCreate).toHaveBeenCalledTimes(2);
  });

  it('says so when the view cannot be loaded', async () => {
    mockCreate.mockImplementation(() => {
      throw new Error('chunk failed');
    });
    const part = new SearchWebPart() as unknown as WebPart;
    const status = statusRenderer();
    await part.initForTest({ statusRenderer: status });
    await settle();
    expect(status.renderError).toHaveBeenCalledWith(expect.anything(), strings.WebPart.LoadFailed);
  });

  it('accepts only letters and digits as a connection id, and not an id Graph keeps for itself', () => {
    expect(connectionIdError('', strings.PropertyPane)).toBe('');
    expect(connectionIdError('kunskapsbanken', strings.PropertyPane)).toBe('');
    expect(connectionIdError('a b"', strings.PropertyPane)).toBe(strings.PropertyPane.ConnectionDescription);
    expect(connectionIdError('SharePoint', strings.PropertyPane)).toBe(strings.PropertyPane.ConnectionDescription);
  });

  it('offers the page size within the limits the web part holds it to, showing the value it uses', async () => {
    const part = new SearchWebPart() as unknown as WebPart;
    await part.initForTest({ statusRenderer: statusRenderer() }, { pageSize: 'tio' as unknown as number });
    const pane = part as unknown as {
      loadPropertyPaneResources(): Promise<void>;
      getPropertyPaneConfiguration(): { pages: Array<{ groups: Array<{ groupFields: Array<{ type: string; targetProperty: string; properties: Record<string, unknown> }> }> }> };
    };
    await pane.loadPropertyPaneResources();
    const slider = pane.getPropertyPaneConfiguration().pages[0].groups[0].groupFields.filter((f) => f.type === 'Slider')[0];
    expect([slider.targetProperty, slider.properties.min, slider.properties.max, slider.properties.value]).toEqual(['pageSize', 5, 25, 10]);
  });
});
