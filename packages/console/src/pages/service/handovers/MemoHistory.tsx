import { createEffect, For, on, Show } from "solid-js";
import * as ServiceApi from "../../../api/service";
import type { HandoverItem } from "../../../api/service-types";
import type { Department } from "../../../api/types";
import { PagedView } from "../../../components/PagedView";
import { useI18n } from "../../../i18n";
import { createPagedList } from "../../../lib/paged";
import { useShopTime } from "../../../lib/shop-time";
import type { createStaffNames } from "../../attendance/staff-names";
import { isOverdue, yuan } from "../format";

type Names = ReturnType<typeof createStaffNames>;

/** The department's memos, newest first, each with its items as they stand now. */
export function MemoHistory(props: { department: Department; version: number; names: Names }) {
  const { t } = useI18n();
  const time = useShopTime();
  const list = createPagedList((cursor) => ServiceApi.memos(props.department, cursor));
  createEffect(on(() => [props.department, props.version], () => void list.reset()));
  const now = Date.now();
  const state = (item: HandoverItem) =>
    item.state === "dropped" ? t("svc.state.dropped") : item.state === "done" ? t("svc.state.done") : item.acknowledged ? t("svc.state.acknowledged") : t("svc.state.open");
  return (
    <PagedView list={list} empty={t("svc.history.empty")}>
      <div class="stack" data-testid="memos">
        <For each={list.items()}>
          {(memo) => (
            <article class="card" data-memo-id={memo.memoId}>
              <header class="card-header">
                <strong>{t("svc.history.by", { who: props.names.label(memo.writtenBy), at: time.dateTime(memo.writtenAt) })}</strong>
                <span class="muted small">
                  {memo.shiftDay}
                  {memo.shiftCode ? ` · ${memo.shiftCode}` : ""}
                </span>
              </header>
              <Show when={memo.note}>
                <p>{memo.note}</p>
              </Show>
              <table class="table table-compact">
                <tbody>
                  <For each={memo.items}>
                    {(item) => (
                      <tr data-item-id={item.itemId} classList={{ "svc-overdue": isOverdue(item, now) }}>
                        <td>{item.customer}</td>
                        <td class="mono">{item.orderId ?? ""}</td>
                        <td>{item.todo}</td>
                        <td class="nowrap">{item.dueAt ? time.dateTime(item.dueAt) : ""}</td>
                        <td class="nowrap" data-state={item.state}>
                          {state(item)}
                          <Show when={item.state === "dropped" && item.fineId}>
                            <div class="small">{t("svc.history.fined", { who: props.names.label(item.responsibleStaffNo ?? ""), loss: yuan(item.lossFen ?? 0) })}</div>
                          </Show>
                          <Show when={item.note && item.state !== "open"}>
                            <div class="muted small">{item.note}</div>
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </article>
          )}
        </For>
      </div>
    </PagedView>
  );
}
