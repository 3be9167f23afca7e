import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { ApiError } from "../../../api/problem";
import * as ReceivingApi from "../../../api/warehouse-receiving";
import type { ReceiptDetail, ReceiptLine, ScanResult } from "../../../api/warehouse-types";
import { ConfirmButton } from "../../../components/ConfirmButton";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Field } from "../../../components/Field";
import { Page } from "../../../components/Page";
import { ErrorBanner, Loadable, Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { toCsv } from "../../../lib/csv";
import { useShopTime } from "../../../lib/shop-time";
import { INSPECTORS, RECEIVERS, useCan } from "../access";
import { signed } from "../labels";
import { variantOf } from "../sku-words";
import { InspectDialog } from "./InspectDialog";
import { PutawayPlanPanel } from "./PutawayPlanPanel";
import { ResolveDialog } from "./ResolveDialog";
import { ScanBox } from "./ScanBox";
import { SupplierReturnPanel } from "./SupplierReturnPanel";
import { PrintButton } from "../../../components/PrintButton";

/** Lines the API refused to book with, from the 409's `lines`. */
const unexplained = (error: unknown) =>
  error instanceof ApiError && Array.isArray(error.problem.lines) ? (error.problem.lines as { skuId: string }[]).map((l) => l.skuId) : [];

/**
 * One receipt through its life: scanning and reconciling while receiving (every difference
 * explained before booking), then inspection line by line, put-away and the supplier return.
 */
export function ReceiptPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const time = useShopTime();
  const can = useCan();
  const params = useParams<{ receiptId: string }>();
  const [receipt, { refetch, mutate }] = createResource(() => params.receiptId, ReceivingApi.get);
  const [resolving, setResolving] = createSignal<ReceiptLine>();
  const [inspecting, setInspecting] = createSignal<ReceiptLine>();
  const [notice, setNotice] = createSignal<string>();
  const [cancelReason, setCancelReason] = createSignal("");
  const book = createAction(() => ReceivingApi.book(params.receiptId));
  const refused = () => unexplained(book.error());

  // A scan answers with its line: patch it in place (quick when scanning fast); a new SKU reloads.
  const scanned = (result: ScanResult) => {
    const current = receipt.latest;
    if (!current || !current.lines.some((l) => l.skuId === result.skuId)) return void refetch();
    mutate({ ...current, lines: current.lines.map((l) => (l.skuId === result.skuId ? { ...l, ...result.line } : l)) });
  };
  const after = (message?: string) => {
    setResolving(undefined);
    setInspecting(undefined);
    if (message) setNotice(message);
    void refetch();
  };
  const lineName = (l: ReceiptLine) => (l.sku ? variantOf(l.sku) : l.skuId);
  const exportCsv = async () => ({
    csv: toCsv<ReceiptLine>(
      [
        { header: t("wh.receipt.lineNo"), value: (l) => l.lineNo },
        { header: t("wh.sku"), value: (l) => l.skuId },
        { header: t("wh.variant"), value: (l) => lineName(l) },
        { header: t("wh.name"), value: (l) => l.sku?.name },
        { header: t("wh.receipt.expected"), value: (l) => l.expected },
        { header: t("wh.receipt.scanned"), value: (l) => l.scanned },
        { header: t("wh.receipt.difference"), value: (l) => l.difference },
        { header: t("wh.receipt.resolution"), value: (l) => (l.resolution ? t(`wh.resolve.action.${l.resolution}`) : "") },
        { header: t("wh.reason"), value: (l) => l.resolutionReason },
        { header: t("wh.receipt.booked"), value: (l) => l.booked },
        { header: t("wh.inspect.passed"), value: (l) => l.passed },
        { header: t("wh.inspect.failed"), value: (l) => l.failed },
        { header: t("wh.inspect.inspector"), value: (l) => l.inspectedBy },
        { header: t("wh.receipt.putawayLeft"), value: (l) => l.putawayLeft },
      ],
      receipt.latest?.lines ?? [],
    ),
  });

  return (
    <Page
      title={t("wh.receipt.title")}
      actions={
        <>
          <A href="/warehouse/receipts">{t("common.back")}</A>
          <ExportCsvButton fileName={() => `receipt-${params.receiptId}.csv`} build={exportCsv} disabled={receipt.state !== "ready"} />
          <PrintButton>{t("wh.print")}</PrintButton>
        </>
      }
    >
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <Loadable resource={receipt} retry={refetch}>
        {(r) => (
          <div class="stack receipt" data-state={r().state}>
            <header class="card facts doc-heading">
              <h1 class="print-only">{t("wh.receipt.printTitle")}</h1>
              <dl>
                <dt>{t("wh.receipt.no")}</dt>
                <dd class="mono">{r().receiptId}</dd>
                <dt>{t("wh.state")}</dt>
                <dd>
                  <span class={`status status-${r().state}`} data-testid="receipt-state">
                    {t(`wh.receiptState.${r().state}`)}
                  </span>
                </dd>
                <dt>{t("wh.receipt.supplier")}</dt>
                <dd>{r().supplier}</dd>
                <Show when={r().deliveryNote}>
                  <dt>{t("wh.receipt.deliveryNote")}</dt>
                  <dd>{r().deliveryNote}</dd>
                </Show>
                <Show when={r().deliverer}>
                  <dt>{t("wh.receipt.deliverer")}</dt>
                  <dd>{r().deliverer}</dd>
                </Show>
                <dt>{t("wh.receipt.pendingBin")}</dt>
                <dd class="mono">{r().pendingBin}</dd>
                <dt>{t("wh.receipt.createdBy")}</dt>
                <dd>
                  <span class="mono">{r().createdBy}</span> · {time.dateTime(r().createdAt)}
                </dd>
                <Show when={r().bookedBy}>
                  <dt>{t("wh.receipt.bookedBy")}</dt>
                  <dd>
                    <span class="mono">{r().bookedBy}</span> · {r().bookedAt ? time.dateTime(r().bookedAt!) : ""}
                  </dd>
                </Show>
                <Show when={r().cancelReason}>
                  <dt>{t("wh.receipt.cancelReason")}</dt>
                  <dd>{r().cancelReason}</dd>
                </Show>
                <Show when={r().note}>
                  <dt>{t("wh.note")}</dt>
                  <dd>{r().note}</dd>
                </Show>
              </dl>
            </header>

            <Show when={r().state === "receiving" && can(RECEIVERS)}>
              <ScanBox receiptId={r().receiptId} onScanned={scanned} />
            </Show>

            <section>
              <h2>{t("wh.receipt.lines")}</h2>
              <table class="table receipt-lines" data-testid="receipt-lines">
                <thead>
                  <tr>
                    <th class="col-narrow">#</th>
                    <th>{t("wh.sku")}</th>
                    <th class="num">{t("wh.receipt.expected")}</th>
                    <th class="num">{t("wh.receipt.scanned")}</th>
                    <th class="num">{t("wh.receipt.difference")}</th>
                    <th>{t("wh.receipt.reconciliation")}</th>
                    <th>{t("wh.receipt.inspection")}</th>
                    <th class="col-actions no-print" />
                  </tr>
                </thead>
                <tbody>
                  <For each={r().lines}>
                    {(l) => (
                      <tr data-sku-id={l.skuId} data-status={l.status} classList={{ "row-problem": !l.resolved || refused().includes(l.skuId) }}>
                        <td class="num">{l.lineNo === 999 ? "—" : l.lineNo}</td>
                        <td>
                          {lineName(l)}
                          <div class="muted small">{l.sku?.name}</div>
                        </td>
                        <td class="num">{l.expected}</td>
                        <td class="num strong" data-testid="scanned">
                          {l.scanned}
                        </td>
                        <td class="num" classList={{ positive: l.difference > 0, negative: l.difference < 0 }}>
                          {l.difference === 0 ? "" : signed(l.difference)}
                        </td>
                        <td>
                          <span class={`pill pill-${l.status}`}>{t(`wh.lineStatus.${l.status}`)}</span>
                          <Show when={l.resolution}>
                            <div class="small">
                              {t(`wh.resolve.action.${l.resolution!}`)}: {l.resolutionReason}
                            </div>
                          </Show>
                          <Show when={l.recounts > 0}>
                            <div class="muted small">{t("wh.receipt.recounts", { count: l.recounts })}</div>
                          </Show>
                        </td>
                        <td>
                          <Show when={l.state === "inspected"} fallback={<Show when={l.state === "booked"}><span class="muted small">{t("wh.receipt.awaitingInspection", { booked: l.booked ?? 0 })}</span></Show>}>
                            <div class="small" data-testid="inspection">
                              {t("wh.inspect.result", { passed: l.passed ?? 0, failed: l.failed ?? 0 })}
                            </div>
                            <Show when={(l.defects ?? []).length > 0}>
                              <div class="muted small">{(l.defects ?? []).map((d) => `${i18n.lookup(`wh.checklist.${d.reason}`, d.reason)} ×${d.qty}`).join("，")}</div>
                            </Show>
                            <div class="muted small">
                              {l.inspectedBy} · {l.inspectedAt ? time.dateTime(l.inspectedAt) : ""}
                            </div>
                          </Show>
                        </td>
                        <td class="col-actions no-print">
                          <Show when={r().state === "receiving" && can(RECEIVERS) && l.difference !== 0}>
                            <button type="button" class="button-small" onClick={() => setResolving(l)}>
                              {l.resolution ? t("wh.resolve.change") : t("wh.resolve.open")}
                            </button>
                          </Show>
                          <Show when={r().state === "booked" && l.state === "booked" && can(INSPECTORS)}>
                            <button type="button" class="button-small button-primary" onClick={() => setInspecting(l)}>
                              {t("wh.inspect.open")}
                            </button>
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </section>

            <Show when={r().state === "receiving" && can(RECEIVERS)}>
              <div class="card action-bar no-print">
                <ErrorBanner error={book.error()} />
                <div class="button-row">
                  <ConfirmButton
                    label={t("wh.receipt.cancel")}
                    title={t("wh.receipt.cancelTitle")}
                    danger
                    message={
                      <Field label={t("wh.reason")}>
                        <input name="cancelReason" value={cancelReason()} onInput={(e) => setCancelReason(e.currentTarget.value)} />
                      </Field>
                    }
                    onConfirm={async () => {
                      await ReceivingApi.cancel(r().receiptId, cancelReason().trim());
                      after(t("wh.receipt.cancelled"));
                    }}
                  />
                  <button
                    type="button"
                    class="button-primary"
                    data-testid="book"
                    disabled={book.pending()}
                    onClick={async () => {
                      const outcome = await book.run();
                      if (outcome.ok) {
                        mutate(outcome.value as ReceiptDetail);
                        setNotice(t("wh.receipt.bookedNotice", { bin: r().pendingBin }));
                      }
                    }}
                  >
                    {t("wh.receipt.book")}
                  </button>
                </div>
              </div>
            </Show>

            <Show when={r().state === "booked" || r().state === "done"}>
              <PutawayPlanPanel receiptId={r().receiptId} version={r().awaitingPutaway} />
              <SupplierReturnPanel receiptId={r().receiptId} canDispatch={can(RECEIVERS)} onDispatched={() => after(t("wh.supplierReturn.dispatched"))} />
            </Show>

            <div class="print-only signatures">
              <span>{t("wh.sign.receiver")}</span>
              <span>{t("wh.sign.deliverer")}</span>
              <span>{t("wh.sign.date")}</span>
            </div>

            <Show when={resolving()}>
              {(line) => <ResolveDialog receiptId={r().receiptId} line={line()} onClose={() => setResolving(undefined)} onDone={() => after()} />}
            </Show>
            <Show when={inspecting()}>
              {(line) => (
                <InspectDialog
                  receiptId={r().receiptId}
                  line={line()}
                  onClose={() => setInspecting(undefined)}
                  onDone={(result) => after(t("wh.inspect.done", { sku: lineName(line()), passed: result.passed, failed: result.failed }))}
                />
              )}
            </Show>
          </div>
        )}
      </Loadable>
    </Page>
  );
}
