import {
  PropertyPaneCheckbox,
  PropertyPaneChoiceGroup,
  PropertyPaneLabel,
  PropertyPaneSlider,
  PropertyPaneTextField
} from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration, IPropertyPaneField } from '@microsoft/sp-property-pane';
import type { TenantConfig } from '../../core/municipality';
import { allNewsSources } from '../../core/membership';
import type { NewsSource } from '../../core/membership';
import { sitePathKey } from '../../core/tenantConfig';
import { checkTargetedNewsProperties, NEWS_BOOSTED_ON_TOP, NEWS_ITEM_COUNT } from '../../settings/targetedNews';
import type { ITargetedNewsWebPartProps } from '../../settings/targetedNews';

/**
 * One checkbox per site. Their values are not web part properties of their own: a change is
 * folded into `sources` (a list of site paths) and the checkbox property removed again.
 */
const SOURCE_FIELD_PREFIX = 'sourceChoice_';

type PaneStrings = ITargetedNewsWebPartStrings['PropertyPane'];

/** The editor's settings: title, layout, page size, boosted news on top and which hubs to read. Loaded on demand. */
export class TargetedNewsPropertyPane {
  private readonly _strings: PaneStrings;
  private _sources: NewsSource[] | undefined;
  private _failed: boolean = false;

  public constructor(strings: PaneStrings, loadConfig: () => Promise<TenantConfig>, onSourcesLoaded: () => void) {
    this._strings = strings;
    loadConfig().then((config) => {
      this._sources = allNewsSources(config);
    }, () => {
      this._failed = true;
    }).then(onSourcesLoaded, onSourcesLoaded);
  }

  /** Shows the saved properties as the web part uses them: a value of the wrong shape shows as its default. */
  public configuration(properties: ITargetedNewsWebPartProps): IPropertyPaneConfiguration {
    const s = this._strings;
    const current = checkTargetedNewsProperties(properties).values;
    return {
      pages: [{
        header: { description: s.Description },
        groups: [
          {
            groupName: s.DisplayGroup,
            groupFields: [
              PropertyPaneTextField('title', { label: s.TitleLabel, placeholder: s.TitlePlaceholder }),
              PropertyPaneChoiceGroup('layout', {
                label: s.LayoutLabel,
                options: [
                  { key: 'list', text: s.LayoutList, checked: current.layout === 'list' },
                  { key: 'cards', text: s.LayoutCards, checked: current.layout === 'cards' }
                ]
              }),
              PropertyPaneSlider('itemCount', { label: s.ItemCountLabel, min: NEWS_ITEM_COUNT.min, max: NEWS_ITEM_COUNT.max, step: 1, showValue: true, value: current.itemCount }),
              PropertyPaneSlider('boostedOnTop', {
                label: s.BoostedOnTopLabel, min: NEWS_BOOSTED_ON_TOP.min, max: NEWS_BOOSTED_ON_TOP.max, step: 1, showValue: true, value: current.boostedOnTop
              }),
              PropertyPaneLabel('boostedOnTopHelp', { text: s.BoostedOnTopDescription })
            ]
          },
          { groupName: s.SourcesGroup, groupFields: this._sourceFields(current.sources) }
        ]
      }]
    };
  }

  /** Folds a checkbox change into `sources`; other fields are plain properties SPFx already set. */
  public applyChange(properties: ITargetedNewsWebPartProps, propertyPath: string, newValue: unknown): void {
    if (propertyPath.indexOf(SOURCE_FIELD_PREFIX) !== 0 || !this._sources) {
      return;
    }
    const source = this._sources[Number(propertyPath.slice(SOURCE_FIELD_PREFIX.length))];
    delete (properties as unknown as Record<string, unknown>)[propertyPath];
    if (!source) {
      return;
    }
    const others = checkTargetedNewsProperties(properties).values.sources.filter((path) => sitePathKey(path) !== sitePathKey(source.sitePath));
    properties.sources = newValue ? others.concat([source.sitePath]) : others;
  }

  private _sourceFields(saved: string[]): IPropertyPaneField<unknown>[] {
    const s = this._strings;
    if (this._failed) {
      return [PropertyPaneLabel('sourcesStatus', { text: s.SourcesLoadFailed })];
    }
    if (!this._sources) {
      return [PropertyPaneLabel('sourcesStatus', { text: s.SourcesLoading })];
    }
    const chosen = saved.map(sitePathKey);
    const fields: IPropertyPaneField<unknown>[] = [PropertyPaneLabel('sourcesHelp', { text: s.SourcesDescription })];
    this._sources.forEach((source, index) => {
      fields.push(PropertyPaneCheckbox(`${SOURCE_FIELD_PREFIX}${index}`, {
        text: source.title,
        checked: chosen.indexOf(sitePathKey(source.sitePath)) >= 0
      }));
    });
    return fields;
  }
}
