import { Show, type JSX } from "solid-js";
import { LoadMore } from "./LoadMore";
import { Empty, ErrorBanner, Loading } from "./States";

interface PagedListLike {
  items: () => unknown[];
  loading: () => boolean;
  loaded: () => boolean;
  error: () => unknown;
  hasMore: () => boolean;
  reset: () => Promise<void>;
  more: () => Promise<void>;
}

/**
 * A cursor list's states around its table: the error with a retry, loading, the empty message,
 * then the table and "load more" while the API has a cursor.
 */
export function PagedView(props: { list: PagedListLike; empty: string; children: JSX.Element }) {
  return (
    <>
      <ErrorBanner error={props.list.error()} retry={() => void props.list.reset()} />
      <Show
        when={props.list.loaded()}
        fallback={
          <Show when={props.list.loading()}>
            <Loading />
          </Show>
        }
      >
        <Show when={props.list.items().length > 0} fallback={<Empty>{props.empty}</Empty>}>
          {props.children}
        </Show>
        <LoadMore list={props.list} />
      </Show>
    </>
  );
}
