import { A } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import * as ReturnsApi from "../../../api/warehouse-returns";
import type { AnomalyState, ReturnAnomaly } from "../../../api/warehouse-ops-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { Page } from "../../../components/Page";
import { PagedView } from "../../../components/PagedView";
import { Segmented } from "../../../components/Segmented";
import { Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { allPages, toCsv } from "../../../lib/csv";
import { createPagedList } from "../../../lib/paged";
import { useShopTime } from "../../../lib/shop-time";

const STATES: readonly AnomalyState[] = ["open", "following", "resolved"];

/** Return anomalies (退货异常) for customer service: what was odd, and each follow-up until resolved. */
export function AnomaliesPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const [state, setState] = createSignal<AnomalyState>("open");
  const [following, setFollowing] = createSignal<ReturnAnomaly>();
  const [notice, setNotice] = createSignal<string>();
  const list = createPagedList((cursor) => ReturnsApi.anomalies(state(), cursor));
  createEffect(on(state, () => void list.reset()));
  const exportCsv = async () => {
    const { items, truncated } = await allPages((cursor) => ReturnsApi.anomalies(state(), cursor));
    return {
      truncated,
      csv: toCsv<ReturnAnomaly>(
        [
          { header: t("wh.anomalies.createdAt"), value: (a) => time.dateTime(a.createdAt) },
          { header: t("wh.anomalies.kind"), value: (a) => t(`wh.anomalyKind.${a.kind}`) },
          { header: t("wh.note"), value: (a) => a.note },
          { header: t("wh.returns.order"), value: (a) => a.orderId },
          { header: t("wh.anomalies.return"), value: (a) => a.returnId },
          { header: t("wh.state"), value: (a) => t(`wh.anomalyState.${a.state}`) },
          { header: t("wh.anomalies.followUps"), value: (a) => a.followUps.map((f) => `${f.at} ${f.by}: ${f.note}`).join(" | ") },
        ],
        items,
      ),
    };
  };

  return (
    <Page title={t("wh.anomalies.title")} actions={<A href="/warehouse/returns">{t("wh.returns.title")}</A>}>
      <p class="muted">{t("wh.anomalies.hint")}</p>
      <div class="list-toolbar">
        <Segmented name="state" label={t("wh.state")} options={STATES} value={state()} onChange={setState} text={(s) => t(`wh.anomalyState.${s}`)} />
        <ExportCsvButton fileName={() => `return-anomalies-${state()}.csv`} build={exportCsv} disabled={list.items().length === 0} />
      </div>
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <PagedView list={list} empty={t(`wh.anomalies.empty.${state()}`)}>
        <table class="table" data-testid="anomalies">
          <thead>
            <tr>
              <th class="col-narrow">{t("wh.anomalies.createdAt")}</th>
              <th>{t("wh.anomalies.kind")}</th>
              <th>{t("wh.note")}</th>
              <th>{t("wh.returns.order")}</th>
              <th>{t("wh.anomalies.followUps")}</th>
              <th class="col-actions" />
            </tr>
          </thead>
          <tbody>
            <For each={list.items()}>
              {(a) => (
                <tr data-anomaly-id={a.anomalyId} data-return-id={a.returnId}>
                  <td class="nowrap">{time.dateTime(a.createdAt)}</td>
                  <td>{t(`wh.anomalyKind.${a.kind}`)}</td>
                  <td>{a.note}</td>
                  <td class="mono">
                    <A href={`/warehouse/returns/${a.returnId}`}>{a.orderId ?? a.returnId}</A>
                  </td>
                  <td class="small">
                    <For each={a.followUps}>
                      {(f) => (
                        <div>
                          {time.dateTime(f.at)} <span class="mono">{f.by}</span>：{f.note}
                        </div>
                      )}
                    </For>
                  </td>
                  <td class="col-actions">
                    <Show when={a.state !== "resolved"}>
                      <button type="button" class="button-small" onClick={() => setFollowing(a)}>
                        {t("wh.anomalies.followUp")}
                      </button>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </PagedView>
      <Show when={following()}>
        {(a) => (
          <FollowUpDialog
            anomaly={a()}
            onClose={() => setFollowing(undefined)}
            onDone={(updated) => {
              setFollowing(undefined);
              setNotice(t("wh.anomalies.recorded"));
              if (updated.state === state()) void list.reset();
              else list.remove((x) => x.anomalyId === updated.anomalyId);
            }}
          />
        )}
      </Show>
    </Page>
  );
}

function FollowUpDialog(props: { anomaly: ReturnAnomaly; onClose: () => void; onDone: (a: ReturnAnomaly) => void }) {
  const { t } = useI18n();
  const [note, setNote] = createSignal("");
  const [next, setNext] = createSignal<"following" | "resolved">("following");
  const action = createAction(() => ReturnsApi.followUp(props.anomaly.anomalyId, { note: note().trim(), state: next() }));
  return (
    <FormDialog
      title={t("wh.anomalies.followUpTitle", { kind: t(`wh.anomalyKind.${props.anomaly.kind}`) })}
      submitLabel={t("common.save")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        const outcome = await action.run();
        if (outcome.ok) props.onDone(outcome.value);
      }}
    >
      <p class="muted">{props.anomaly.note}</p>
      <Field label={t("wh.anomalies.whatWasDone")} invalid={action.invalid("note")}>
        <textarea name="followUpNote" data-autofocus rows={3} value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
      </Field>
      <div class="field">
        <span class="field-label">{t("wh.state")}</span>
        <Segmented name="followUpState" label={t("wh.state")} options={["following", "resolved"] as const} value={next()} onChange={setNext} text={(s) => t(`wh.anomalyState.${s}`)} />
      </div>
    </FormDialog>
  );
}
