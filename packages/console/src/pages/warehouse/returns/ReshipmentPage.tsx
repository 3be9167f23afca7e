import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import * as ReturnsApi from "../../../api/warehouse-returns";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { Page } from "../../../components/Page";
import { Loadable, Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { useShopTime } from "../../../lib/shop-time";
import { CS_AND_SUPERVISORS, useCan, WAREHOUSE_STAFF } from "../access";
import { SkuCell } from "../components/SkuCell";
import { PrintButton } from "../../../components/PrintButton";

/** One reshipment: what goes out again and why; the warehouse records its parcel and waybill, CS may cancel it before. */
export function ReshipmentPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const can = useCan();
  const params = useParams<{ reshipmentId: string }>();
  const [r, { refetch, mutate }] = createResource(() => params.reshipmentId, ReturnsApi.reshipment);
  const [dialog, setDialog] = createSignal<"shipped" | "cancel">();
  const [notice, setNotice] = createSignal<string>();
  const [shipped, setShipped] = createSignal({ parcelId: "", waybillNo: "" });
  const [reason, setReason] = createSignal("");
  const ship = createAction(() => ReturnsApi.markShipped(params.reshipmentId, { parcelId: shipped().parcelId.trim(), waybillNo: shipped().waybillNo.trim() }));
  const cancel = createAction(() => ReturnsApi.cancelReshipment(params.reshipmentId, reason().trim()));
  return (
    <Page
      title={t("wh.reshipment.title")}
      actions={
        <>
          <A href="/warehouse/reshipments">{t("common.back")}</A>
          <PrintButton>{t("wh.print")}</PrintButton>
        </>
      }
    >
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <Loadable resource={r} retry={refetch}>
        {(x) => (
          <div class="stack" data-testid="reshipment" data-state={x().state}>
            <header class="card facts">
              <h1 class="print-only">{t("wh.reshipment.title")}</h1>
              <dl>
                <dt>{t("wh.returns.order")}</dt>
                <dd class="mono">{x().orderId}</dd>
                <dt>{t("wh.state")}</dt>
                <dd>
                  <span class={`status status-${x().state}`} data-testid="reshipment-state">
                    {t(`wh.reshipmentState.${x().state}`)}
                  </span>
                </dd>
                <dt>{t("wh.reason")}</dt>
                <dd>{x().reason}</dd>
                <Show when={x().note}>
                  <dt>{t("wh.note")}</dt>
                  <dd>{x().note}</dd>
                </Show>
                <dt>{t("wh.reshipment.requestedBy")}</dt>
                <dd>
                  <span class="mono">{x().requestedBy}</span> · {time.dateTime(x().createdAt)}
                </dd>
                <Show when={x().waybillNo}>
                  <dt>{t("wh.reshipment.waybill")}</dt>
                  <dd class="mono">{x().waybillNo}</dd>
                  <dt>{t("wh.reshipment.parcel")}</dt>
                  <dd class="mono">{x().parcelId}</dd>
                  <dt>{t("wh.reshipment.shippedAt")}</dt>
                  <dd>{x().shippedAt ? time.dateTime(x().shippedAt!) : ""}</dd>
                </Show>
              </dl>
              <Show when={x().state === "requested"}>
                <div class="page-actions no-print">
                  <Show when={can(WAREHOUSE_STAFF)}>
                    <button type="button" class="button-primary" onClick={() => setDialog("shipped")}>
                      {t("wh.reshipment.markShipped")}
                    </button>
                  </Show>
                  <Show when={can(CS_AND_SUPERVISORS)}>
                    <button type="button" class="button-danger" onClick={() => setDialog("cancel")}>
                      {t("wh.reshipment.cancel")}
                    </button>
                  </Show>
                </div>
              </Show>
            </header>
            <table class="table" data-testid="reshipment-lines">
              <thead>
                <tr>
                  <th>{t("wh.sku")}</th>
                  <th class="num">{t("wh.qty")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={x().lines}>
                  {(l) => (
                    <tr data-sku-id={l.skuId}>
                      <td>
                        <SkuCell skuId={l.skuId} />
                      </td>
                      <td class="num">{l.qty}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Loadable>
      <Show when={dialog() === "shipped"}>
        <FormDialog
          title={t("wh.reshipment.markShipped")}
          submitLabel={t("common.save")}
          action={ship}
          onClose={() => setDialog()}
          onSubmit={async () => {
            const outcome = await ship.run();
            if (outcome.ok) {
              mutate(outcome.value);
              setDialog();
              setNotice(t("wh.reshipment.shippedNotice"));
            }
          }}
        >
          <Field label={t("wh.reshipment.parcel")} invalid={ship.invalid("parcelId")}>
            <input name="parcelId" data-autofocus value={shipped().parcelId} onInput={(e) => setShipped({ ...shipped(), parcelId: e.currentTarget.value })} />
          </Field>
          <Field label={t("wh.reshipment.waybill")} invalid={ship.invalid("waybillNo")}>
            <input name="waybillNo" value={shipped().waybillNo} onInput={(e) => setShipped({ ...shipped(), waybillNo: e.currentTarget.value })} />
          </Field>
        </FormDialog>
      </Show>
      <Show when={dialog() === "cancel"}>
        <FormDialog
          danger
          title={t("wh.reshipment.cancel")}
          submitLabel={t("wh.reshipment.cancel")}
          action={cancel}
          onClose={() => setDialog()}
          onSubmit={async () => {
            const outcome = await cancel.run();
            if (outcome.ok) {
              mutate(outcome.value);
              setDialog();
              setNotice(t("wh.reshipment.cancelledNotice"));
            }
          }}
        >
          <Field label={t("wh.reason")} invalid={cancel.invalid("reason")}>
            <input name="cancelReason" data-autofocus value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
          </Field>
        </FormDialog>
      </Show>
    </Page>
  );
}
