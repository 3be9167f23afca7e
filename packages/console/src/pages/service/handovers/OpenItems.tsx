import { createSignal, For, Show } from "solid-js";
import * as ServiceApi from "../../../api/service";
import type { HandoverItem } from "../../../api/service-types";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { Empty, ErrorBanner } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { createNow } from "../../../lib/now";
import { useShopTime } from "../../../lib/shop-time";
import type { createStaffNames } from "../../attendance/staff-names";
import { isOverdue, parseYuan, sortOpenItems, yuan } from "../format";

type Names = ReturnType<typeof createStaffNames>;

/**
 * The items the incoming shift must take on: overdue ones first and marked, each acknowledged in
 * the memo it is now in, then done; a supervisor may mark one dropped with the loss it caused.
 */
export function OpenItems(props: { items: HandoverItem[]; me: string; supervisor: boolean; names: Names; onChanged: (item: HandoverItem, message: string) => void }) {
  const { t } = useI18n();
  const time = useShopTime();
  const [closing, setClosing] = createSignal<{ item: HandoverItem; kind: "done" | "drop" }>();
  const acknowledge = createAction(ServiceApi.acknowledge);
  // Items fall overdue while the page stays open: re-checked each minute.
  const now = createNow(60_000);
  const sorted = () => sortOpenItems(props.items, now());
  return (
    <Show when={props.items.length > 0} fallback={<Empty>{t("svc.open.empty")}</Empty>}>
      <ErrorBanner error={acknowledge.error()} />
      <table class="table" data-testid="open-items">
        <thead>
          <tr>
            <th>{t("svc.item.customer")}</th>
            <th>{t("svc.item.order")}</th>
            <th>{t("svc.item.todo")}</th>
            <th class="col-narrow">{t("svc.item.due")}</th>
            <th class="col-narrow">{t("svc.item.writtenBy")}</th>
            <th>{t("svc.item.ack")}</th>
            <th class="col-actions" />
          </tr>
        </thead>
        <tbody>
          <For each={sorted()}>
            {(item) => {
              const overdue = () => isOverdue(item, now());
              // The writer does not acknowledge their own fresh item: the next shift does.
              const ownFresh = () => item.createdBy === props.me && item.carriedOver === 0;
              return (
                <tr data-item-id={item.itemId} data-customer={item.customer} classList={{ "svc-overdue": overdue() }}>
                  <td>{item.customer}</td>
                  <td class="mono">{item.orderId ?? ""}</td>
                  <td>
                    {item.todo}
                    <Show when={item.carriedOver > 0}>
                      <div class="muted small">{t("svc.item.carried", { count: item.carriedOver })}</div>
                    </Show>
                  </td>
                  <td class="nowrap">
                    {item.dueAt ? time.dateTime(item.dueAt) : ""}
                    <Show when={overdue()}>
                      <div class="chip svc-chip-danger" data-testid="overdue">
                        {t("svc.item.overdue")}
                      </div>
                    </Show>
                  </td>
                  <td>{props.names.label(item.createdBy)}</td>
                  <td>
                    <Show when={item.acknowledged} fallback={<span class="chip svc-chip-warn">{t("svc.item.notAcked")}</span>}>
                      <span class="svc-ok" data-testid="acknowledged">
                        {t("svc.item.ackedBy", { who: props.names.label(item.acknowledgedBy ?? "") })}
                      </span>
                      <div class="muted small">{item.acknowledgedAt ? time.dateTime(item.acknowledgedAt) : ""}</div>
                    </Show>
                  </td>
                  <td class="col-actions">
                    <div class="button-row">
                      <Show when={!item.acknowledged && !ownFresh()}>
                        <button
                          type="button"
                          class="button-small button-primary"
                          data-action="acknowledge"
                          disabled={acknowledge.pending()}
                          onClick={async () => {
                            const outcome = await acknowledge.run(item.itemId);
                            if (outcome.ok) props.onChanged(outcome.value, t("svc.item.acknowledged", { customer: item.customer }));
                          }}
                        >
                          {t("svc.item.acknowledge")}
                        </button>
                      </Show>
                      <button type="button" class="button-small" data-action="done" onClick={() => setClosing({ item, kind: "done" })}>
                        {t("svc.item.done")}
                      </button>
                      <Show when={props.supervisor}>
                        <button type="button" class="button-small button-danger" data-action="drop" onClick={() => setClosing({ item, kind: "drop" })}>
                          {t("svc.item.drop")}
                        </button>
                      </Show>
                    </div>
                  </td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
      <Show when={closing()}>
        {(target) => (
          <Show
            when={target().kind === "drop"}
            fallback={<DoneDialog item={target().item} onClose={() => setClosing(undefined)} onDone={(item, message) => { setClosing(undefined); props.onChanged(item, message); }} />}
          >
            <DropDialog item={target().item} names={props.names} onClose={() => setClosing(undefined)} onDropped={(item, message) => { setClosing(undefined); props.onChanged(item, message); }} />
          </Show>
        )}
      </Show>
    </Show>
  );
}

function DoneDialog(props: { item: HandoverItem; onClose: () => void; onDone: (item: HandoverItem, message: string) => void }) {
  const { t } = useI18n();
  const [note, setNote] = createSignal("");
  const action = createAction(() => ServiceApi.done(props.item.itemId, note().trim()));
  return (
    <FormDialog
      title={t("svc.done.title", { customer: props.item.customer })}
      submitLabel={t("svc.item.done")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        const outcome = await action.run();
        if (outcome.ok) props.onDone(outcome.value, t("svc.done.ok", { customer: props.item.customer }));
      }}
    >
      <p>{props.item.todo}</p>
      <Field label={t("svc.note")} invalid={action.invalid("note")}>
        <input name="note" data-autofocus value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
      </Field>
    </FormDialog>
  );
}

/**
 * Dropped, with the loss it caused: a loss fines whoever took the item on (by default) by the
 * handover rule; the fine that resulted is fetched and shown, escalation included.
 */
function DropDialog(props: { item: HandoverItem; names: Names; onClose: () => void; onDropped: (item: HandoverItem, message: string) => void }) {
  const { t } = useI18n();
  const defaultResponsible = () => props.item.acknowledgedBy ?? props.item.createdBy;
  const [loss, setLoss] = createSignal("");
  const [responsible, setResponsible] = createSignal("");
  const [note, setNote] = createSignal("");
  const [lossInvalid, setLossInvalid] = createSignal(false);
  const action = createAction(async (lossFen: number) => {
    const item = await ServiceApi.drop(props.item.itemId, { lossFen, note: note().trim(), responsibleStaffNo: responsible().trim() || undefined });
    const fine = item.fineId && item.responsibleStaffNo ? (await ServiceApi.myFines(item.responsibleStaffNo).catch(() => [])).find((f) => f.fineId === item.fineId) : undefined;
    return { item, fine };
  });
  return (
    <FormDialog
      title={t("svc.drop.title", { customer: props.item.customer })}
      submitLabel={t("svc.item.drop")}
      danger
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        const lossFen = loss().trim() === "" ? 0 : parseYuan(loss());
        setLossInvalid(lossFen === undefined);
        if (lossFen === undefined) return;
        const outcome = await action.run(lossFen);
        if (!outcome.ok) return;
        const { item, fine } = outcome.value;
        const who = props.names.label(item.responsibleStaffNo ?? "");
        const message = !item.fineId
          ? t("svc.drop.noFine", { customer: item.customer })
          : fine
            ? `${t("svc.drop.fined", { who, amount: yuan(fine.amountFen), occurrence: fine.occurrence })}${fine.flagHr ? ` ${t("svc.fine.flaggedHr")}` : ""}`
            : t("svc.drop.finedUnknown", { who });
        props.onDropped(item, message);
      }}
    >
      <p>{props.item.todo}</p>
      <Field label={t("svc.drop.loss")} hint={t("svc.drop.lossHint")} invalid={lossInvalid() || action.invalid("lossFen")} message={lossInvalid() ? t("svc.money.invalid") : undefined}>
        <input name="loss" inputmode="decimal" data-autofocus value={loss()} onInput={(e) => setLoss(e.currentTarget.value)} />
      </Field>
      <Field label={t("svc.drop.responsible")} hint={t("svc.drop.responsibleHint", { who: props.names.label(defaultResponsible()) })} invalid={action.invalid("responsibleStaffNo")}>
        <input name="responsibleStaffNo" inputmode="numeric" placeholder={defaultResponsible()} value={responsible()} onInput={(e) => setResponsible(e.currentTarget.value)} />
      </Field>
      <Field label={t("svc.drop.note")} invalid={action.invalid("note")}>
        <input name="note" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
      </Field>
    </FormDialog>
  );
}
