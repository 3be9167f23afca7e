import { A } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import * as PickingApi from "../../../api/warehouse-picking";
import type { PickException } from "../../../api/warehouse-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { Page } from "../../../components/Page";
import { PagedView } from "../../../components/PagedView";
import { Segmented } from "../../../components/Segmented";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { allPages, toCsv } from "../../../lib/csv";
import { createPagedList } from "../../../lib/paged";
import { useShopTime } from "../../../lib/shop-time";
import { EXCEPTION_RESOLVERS, useCan, WAREHOUSE_STAFF } from "../access";
import { SkuCell } from "../components/SkuCell";

type State = PickException["state"];

/** Short picks (缺货): which parcels are short of what, for customer service to agree with the buyer. */
export function ExceptionsPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const can = useCan();
  const [state, setState] = createSignal<State>("open");
  const [resolving, setResolving] = createSignal<PickException>();
  const list = createPagedList((cursor) => PickingApi.exceptions(state(), cursor));
  createEffect(on(state, () => void list.reset()));
  const shortText = (e: PickException) => e.parcels.map((p) => `${p.parcelId}×${p.short}`).join(", ");
  const exportCsv = async () => {
    const { items, truncated } = await allPages((cursor) => PickingApi.exceptions(state(), cursor));
    return {
      truncated,
      csv: toCsv<PickException>(
        [
          { header: t("wh.exceptions.at"), value: (e) => time.dateTime(e.createdAt) },
          { header: t("wh.wave.no"), value: (e) => e.waveId },
          { header: t("wh.sku"), value: (e) => e.skuId },
          { header: t("wh.bin"), value: (e) => e.binCode },
          { header: t("wh.wave.wanted"), value: (e) => e.wanted },
          { header: t("wh.wave.picked"), value: (e) => e.picked },
          { header: t("wh.exceptions.parcels"), value: shortText },
          { header: t("wh.exceptions.reportedBy"), value: (e) => e.reportedBy },
          { header: t("wh.exceptions.resolution"), value: (e) => e.resolution },
          { header: t("wh.decidedBy"), value: (e) => e.resolvedBy },
        ],
        items,
      ),
    };
  };

  return (
    <Page title={t("wh.exceptions.title")} actions={<Show when={can(WAREHOUSE_STAFF)}><A href="/warehouse/waves">{t("wh.waves.title")}</A></Show>}>
      <div class="list-toolbar">
        <Segmented name="state" label={t("wh.state")} options={["open", "resolved"] as const} value={state()} onChange={setState} text={(s) => t(`wh.exceptionState.${s}`)} />
        <ExportCsvButton fileName={() => `short-picks-${state()}.csv`} build={exportCsv} disabled={list.items().length === 0} />
      </div>
      <PagedView list={list} empty={t(`wh.exceptions.empty.${state()}`)}>
        <table class="table" data-testid="exceptions">
          <thead>
            <tr>
              <th class="col-narrow">{t("wh.exceptions.at")}</th>
              <th>{t("wh.sku")}</th>
              <th class="col-narrow">{t("wh.bin")}</th>
              <th class="num">{t("wh.wave.wanted")}</th>
              <th class="num">{t("wh.wave.picked")}</th>
              <th>{t("wh.exceptions.parcels")}</th>
              <th class="col-actions" />
            </tr>
          </thead>
          <tbody>
            <For each={list.items()}>
              {(e) => (
                <tr data-exception-id={e.exceptionId}>
                  <td class="nowrap">
                    {time.dateTime(e.createdAt)}
                    <div class="muted small mono">{e.reportedBy}</div>
                  </td>
                  <td>
                    <SkuCell skuId={e.skuId} />
                  </td>
                  <td class="mono">{e.binCode}</td>
                  <td class="num">{e.wanted}</td>
                  <td class="num negative">{e.picked}</td>
                  <td class="mono small">{shortText(e)}</td>
                  <td class="col-actions">
                    <Show
                      when={e.state === "open"}
                      fallback={
                        <span class="small">
                          {e.resolution}
                          <div class="muted">
                            {e.resolvedBy} · {e.resolvedAt ? time.dateTime(e.resolvedAt) : ""}
                          </div>
                        </span>
                      }
                    >
                      <Show when={can(EXCEPTION_RESOLVERS)}>
                        <button type="button" class="button-small button-primary" onClick={() => setResolving(e)}>
                          {t("wh.exceptions.resolve")}
                        </button>
                      </Show>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </PagedView>
      <Show when={resolving()}>
        {(e) => (
          <ResolveExceptionDialog
            exception={e()}
            onClose={() => setResolving(undefined)}
            onDone={() => {
              setResolving(undefined);
              list.remove((x) => x.exceptionId === e().exceptionId);
            }}
          />
        )}
      </Show>
    </Page>
  );
}

function ResolveExceptionDialog(props: { exception: PickException; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const [resolution, setResolution] = createSignal("");
  const action = createAction(() => PickingApi.resolveException(props.exception.exceptionId, resolution().trim()));
  return (
    <FormDialog
      title={t("wh.exceptions.resolveTitle")}
      submitLabel={t("wh.exceptions.resolve")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        if ((await action.run()).ok) props.onDone();
      }}
    >
      <Field label={t("wh.exceptions.resolution")} hint={t("wh.exceptions.resolutionHint")} invalid={action.invalid("resolution")}>
        <input name="resolution" data-autofocus value={resolution()} onInput={(e) => setResolution(e.currentTarget.value)} />
      </Field>
    </FormDialog>
  );
}
