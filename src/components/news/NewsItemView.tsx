import * as React from 'react';
import type { NewsItem } from '../../core/news';
import { htmlToText } from '../common/htmlText';
import { NewsGlyph, PinGlyph } from './NewsGlyphs';
import type { INewsFeedClassNames } from './newsFeedStyles';

export type NewsItemVariant = 'row' | 'card' | 'hero';

export interface INewsItemViewProps {
  item: NewsItem;
  variant: NewsItemVariant;
  /** Municipality or site the item comes from, shown on every item. */
  sourceLabel: string;
  /** For a news link from another municipality: "Från Sävsjö". */
  originLabel?: string;
  /** The date as shown ("i går", "för 3 dagar sedan") and in full for the tooltip. */
  dateText: string;
  dateTitle: string;
  boosted: boolean;
  boostedText: string;
  /**
   * Läs och bekräfta: for a must-read item the user has not confirmed, its label ("Läs och
   * bekräfta"), its day ("Läs senast 4 dec.", the day in a <time>) and, past that day, "Försenad".
   * Words, not colour alone; the item's link opens the page, where it is confirmed.
   */
  mustRead?: { label: string; readByText?: React.ReactNode; overdueText?: string };
  classNames: INewsFeedClassNames;
  /** Set on the first item a "Visa fler" added, so focus can move there. */
  linkRef?: React.Ref<HTMLAnchorElement>;
}

/** One news item: image, source, date, title (the link) and description. */
export function NewsItemView(props: INewsItemViewProps): React.ReactElement {
  const { item, variant, classNames } = props;
  const [imageFailed, setImageFailed] = React.useState(false);
  const showImage = !!item.imageUrl && !imageFailed;
  const description = React.useMemo(() => htmlToText(item.description || ''), [item.description]);
  const css = (...names: Array<string | false>): string => names.filter(Boolean).join(' ');
  const hero = variant === 'hero';

  return (
    <li className={variant === 'row' ? classNames.row : css(classNames.card, hero && classNames.hero)}>
      <div className={css(classNames.media, variant === 'row' && classNames.rowMedia)}>
        {showImage ? (
          // The title beside it names the item; an image without its own description is decorative.
          <img
            className={classNames.image}
            src={item.imageUrl}
            alt={item.imageAlt || ''}
            loading={hero ? 'eager' : 'lazy'}
            onError={() => setImageFailed(true)}
          />
        ) : (
          <div className={classNames.placeholder}><NewsGlyph /></div>
        )}
      </div>
      <div className={css(classNames.body, variant !== 'row' && classNames.cardBody, hero && classNames.heroBody)}>
        <h3 className={css(classNames.itemTitle, hero && classNames.heroTitle)}>
          {/* A news link opens the page it points to, as SharePoint's News web part does. */}
          <a className={classNames.link} href={item.originalUrl || item.url} ref={props.linkRef}>{item.title}</a>
        </h3>
        {/* After the title for screen readers (heading first), shown above it by CSS order. */}
        <div className={classNames.meta}>
          <span className={classNames.source}>{props.sourceLabel}</span>
          <time className={classNames.date} dateTime={item.publishedAt} title={props.dateTitle}>{props.dateText}</time>
          {props.originLabel && <span className={classNames.date} data-origin="">{props.originLabel}</span>}
          {props.boosted && <span className={classNames.boosted}><PinGlyph />{props.boostedText}</span>}
          {props.mustRead && <span className={classNames.mustRead} data-must-read="">{props.mustRead.label}</span>}
          {props.mustRead && props.mustRead.readByText && <span className={classNames.date} data-read-by="">{props.mustRead.readByText}</span>}
          {props.mustRead && props.mustRead.overdueText && <span className={classNames.overdue} data-overdue="">{props.mustRead.overdueText}</span>}
        </div>
        {description && <p className={css(classNames.description, hero && classNames.heroDescription)}>{description}</p>}
      </div>
    </li>
  );
}
