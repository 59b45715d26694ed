// A small stand-in for @microsoft/sp-webpart-base: enough of BaseClientSideWebPart for a test to
// construct a web part, hand it a context and properties, and call its lifecycle methods.
export interface IWebPartContextMock {
  pageContext: {
    web: { absoluteUrl: string; serverRelativeUrl: string };
    site: { absoluteUrl: string };
    user: { displayName: string; email: string; loginName: string };
    cultureInfo: { currentUICultureName: string; currentCultureName: string };
  };
  sdks: { microsoftTeams?: unknown };
  domElement?: HTMLElement;
  [key: string]: unknown;
}

export abstract class BaseClientSideWebPart<TProperties> {
  public properties: TProperties = {} as TProperties;
  public context: IWebPartContextMock = {
    pageContext: {
      web: { absoluteUrl: 'https://contoso.sharepoint.com/sites/eksjo', serverRelativeUrl: '/sites/eksjo' },
      site: { absoluteUrl: 'https://contoso.sharepoint.com/sites/eksjo' },
      user: { displayName: 'Test', email: 'test@example.se', loginName: 'i:0#.f|membership|test@example.se' },
      cultureInfo: { currentUICultureName: 'sv-SE', currentCultureName: 'sv-SE' }
    },
    sdks: {}
  };
  public domElement: HTMLElement = typeof document !== 'undefined' ? document.createElement('div') : ({} as HTMLElement);
  public displayMode: number = 1;
  public renderedOnce: boolean = false;

  protected onInit(): Promise<void> {
    return Promise.resolve();
  }
  public abstract render(): void;
  protected onDispose(): void {
    /* nothing to release in the stand-in */
  }
  protected get dataVersion(): unknown {
    return undefined;
  }
  protected onPropertyPaneFieldChanged(_path: string, _oldValue: unknown, _newValue: unknown): void {
    /* the real base re-renders; tests call render() themselves */
  }
  protected loadPropertyPaneResources(): Promise<void> {
    return Promise.resolve();
  }
  protected onThemeChanged(_theme: unknown): void {
    /* overridden by web parts */
  }

  /** Test hook: run onInit then render, as SharePoint does on a page. */
  public async initForTest(context?: Partial<IWebPartContextMock>, properties?: Partial<TProperties>): Promise<void> {
    if (context) this.context = { ...this.context, ...context } as IWebPartContextMock;
    if (properties) this.properties = { ...this.properties, ...properties } as TProperties;
    await this.onInit();
    this.render();
    this.renderedOnce = true;
  }

  /** Test hook: dispose as SharePoint does when the web part leaves the page. */
  public disposeForTest(): void {
    this.onDispose();
  }
}
