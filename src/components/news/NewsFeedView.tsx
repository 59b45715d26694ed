import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';
import { boostPolicyOf, isBoosted } from '../../core/newsRanking';
import { isOverdue, isToRead } from '../../core/mustRead';
import type { NewsSourceFailure } from '../../core/ports';
import { errorText } from '../common/commonStrings';
import { failureAction } from '../common/failureAction';
import { DateText } from '../common/DateText';
import { formatParts } from '../common/formatParts';
import { formatText } from '../common/formatText';
import { FeedNotice } from './FeedNotice';
import { MunicipalityFilter } from './MunicipalityFilter';
import { NewsItemView } from './NewsItemView';
import type { NewsItemVariant } from './NewsItemView';
import { NewsShimmer } from './NewsShimmer';
import type { INewsFeedClassNames } from './newsFeedStyles';
import type { ITargetedNewsWebPartProps } from '../../settings/targetedNews';
import { isSameSite, itemSourceLabel, originLabel, siteLabel } from './newsSources';
import { useNewsStrings } from './newsStrings';
import type { INewsFeed } from './useNewsFeed';
import type { IFormatter } from '../../core/formatting';

export interface INewsFeedViewProps {
  feed: INewsFeed;
  settings: ITargetedNewsWebPartProps;
  classNames: INewsFeedClassNames;
  now: Date;
  /** Dates in the UI language: relative up to a week, then "19 okt.". */
  formatter: IFormatter;
}

/** Sites that failed for the same reason share one notice. */
function failureNotices(failures: NewsSourceFailure[], labelOf: (sitePath: string) => string): Array<{ code: string; sites: string }> {
  const byCode: Array<{ code: string; labels: string[] }> = [];
  failures.forEach((failure) => {
    const group = byCode.filter((g) => g.code === failure.code)[0];
    if (group) {
      group.labels.push(labelOf(failure.sitePath));
    } else {
      byCode.push({ code: failure.code, labels: [labelOf(failure.sitePath)] });
    }
  });
  return byCode.map((group) => ({ code: group.code, sites: group.labels.join(', ') }));
}

/** The feed as the user sees it, in each of its states; all data comes from useNewsFeed. */
export function NewsFeedView(props: INewsFeedViewProps): React.ReactElement {
  const { feed, settings, classNames, now } = props;
  const { state } = feed;
  const strings = useNewsStrings();
  const titleId = React.useMemo(() => getId('news-title'), []);
  const firstAdded = React.useRef<HTMLAnchorElement>(null);
  const context = state.context;
  const firstAddedIndex = state.added > 0 ? state.items.length - state.added : -1;

  // Keyboard and screen reader users continue where the new items begin.
  React.useEffect(() => {
    if (firstAddedIndex >= 0 && firstAdded.current) {
      firstAdded.current.focus();
    }
  }, [firstAddedIndex]);

  // The failed feed's button: "Försök igen" reads again; after a 401 (the sign-in ran out) "Ladda om sidan" reloads the page.
  const errorAction = failureAction(state.errorCode, feed.retry);
  const variantAt = (index: number): NewsItemVariant =>
    settings.layout === 'list' ? 'row' : index === 0 ? 'hero' : 'card';
  const filterLabel = context && state.filter
    ? context.sources.filter((source) => isSameSite(source.sitePath, state.filter as string)).map((source) => source.title)[0]
    : undefined;

  return (
    <section className={classNames.root} aria-labelledby={titleId} aria-busy={state.phase === 'loading' || state.loadingMore}>
      <div className={classNames.header}>
        <h2 id={titleId} className={classNames.title}>{settings.title || strings.Feed.DefaultTitle}</h2>
      </div>

      {context && context.skipped.length > 0 && (
        <FeedNotice severity="info" text={strings.Feed.UnknownSources} classNames={classNames} />
      )}

      {context && context.sources.length > 1 && (
        <MunicipalityFilter sources={context.sources} selected={state.filter} onSelect={feed.setFilter} classNames={classNames} />
      )}

      {state.phase === 'loading' && (
        <NewsShimmer layout={settings.layout} count={settings.itemCount} label={strings.Feed.Loading} classNames={classNames} />
      )}

      {state.phase === 'error' && (
        <div className={classNames.state} role="alert">
          <p><strong>{strings.Feed.ErrorTitle}</strong> {errorText(state.errorCode)}</p>
          <button type="button" className={classNames.button} onClick={errorAction.onClick}>{errorAction.text}</button>
        </div>
      )}

      {state.phase === 'ready' && context && (
        <>
          {failureNotices(state.failures, (sitePath) => siteLabel(context.config, sitePath)).map((notice) => {
            // One notice per code: the sites that answered 401 get "Ladda om sidan", the others "Försök igen".
            const action = failureAction(notice.code, feed.retry);
            return (
              <FeedNotice
                key={notice.code}
                severity="error"
                text={formatText(strings.Feed.SourceFailed, notice.sites, errorText(notice.code, strings.Feed.SourceErrors))}
                actionText={action.text}
                onAction={action.onClick}
                classNames={classNames}
              />
            );
          })}

          {state.items.length === 0 ? (
            <p className={classNames.state}>{filterLabel ? formatText(strings.Feed.EmptyFiltered, filterLabel) : strings.Feed.Empty}</p>
          ) : (
            <ul className={settings.layout === 'list' ? classNames.list : classNames.cards}>
              {state.items.map((item, index) => {
                const date = props.formatter.date(item.publishedAt);
                return (
                  <NewsItemView
                    key={item.url}
                    item={item}
                    variant={variantAt(index)}
                    sourceLabel={itemSourceLabel(context.config, item)}
                    originLabel={originLabel(context.config, item, strings.Feed.From)}
                    dateText={date.text}
                    dateTitle={date.title}
                    // "Utvald" while the boost is in force, at the top or in its date order (see BoostPolicy).
                    boosted={isBoosted(item, now, boostPolicyOf(settings.boostedOnTop, context.config).maxDays)}
                    boostedText={strings.Feed.Boosted}
                    mustRead={isToRead(item) ? {
                      label: strings.Feed.MustRead,
                      readByText: item.readBy ? formatParts(strings.Feed.ReadBy, <DateText iso={item.readBy} formatter={props.formatter} kind="day" />) : undefined,
                      overdueText: isOverdue(item, now) ? strings.Feed.Overdue : undefined
                    } : undefined}
                    classNames={classNames}
                    linkRef={index === firstAddedIndex ? firstAdded : undefined}
                  />
                );
              })}
            </ul>
          )}

          {state.moreErrorCode && (
            <FeedNotice
              severity="error"
              text={formatText(strings.Feed.MoreFailed, errorText(state.moreErrorCode))}
              classNames={classNames}
            />
          )}

          {state.nextCursor && (
            <div className={classNames.footer}>
              <button
                type="button"
                className={classNames.button}
                // aria-disabled, not disabled: a disabled button drops keyboard focus to the page.
                aria-disabled={state.loadingMore}
                onClick={feed.showMore}
              >
                {state.loadingMore ? strings.Feed.LoadingMore : strings.Feed.ShowMore}
              </button>
            </div>
          )}
        </>
      )}

      <div className={classNames.visuallyHidden} role="status">
        {state.added > 0 ? formatText(state.added === 1 ? strings.Feed.MoreLoadedOne : strings.Feed.MoreLoaded, state.added) : ''}
      </div>
    </section>
  );
}
