import { Show } from "solid-js";
import { useI18n } from "../i18n";

/** The end of a paged list: a button while the API has a cursor, a quiet line when it has none. */
export function LoadMore(props: { list: { hasMore: () => boolean; loading: () => boolean; more: () => Promise<void>; items: () => unknown[] } }) {
  const { t } = useI18n();
  return (
    <div class="load-more">
      <Show
        when={props.list.hasMore()}
        fallback={
          <Show when={props.list.items().length > 0}>
            <span class="muted">{t("common.endOfList", { count: props.list.items().length })}</span>
          </Show>
        }
      >
        <button type="button" disabled={props.list.loading()} onClick={() => void props.list.more()}>
          {props.list.loading() ? t("common.loading") : t("common.loadMore")}
        </button>
      </Show>
    </div>
  );
}
