import { A } from "@solidjs/router";
import { createMemo, createSignal, For, Show } from "solid-js";
import * as ParcelsApi from "../../api/parcels";
import type { WaybillImportReport, WaybillImportRow } from "../../api/parcels";
import { Field } from "../../components/Field";
import { Page } from "../../components/Page";
import { Empty, ErrorBanner } from "../../components/States";
import { useI18n } from "../../i18n";
import { describeError } from "../../i18n/errors";
import { createAction } from "../../lib/action";
import { toCsv, type CsvColumn } from "../../lib/csv";
import { ExportCsvButton } from "../../components/ExportCsvButton";
import { decodeExport } from "../orders/import-file";
import { useShopTime } from "../orders/shop-time";
import { CARRIERS } from "./carriers";

/**
 * The e-waybill printing service's export (订单号/运单号/快递公司, or 包裹号): every row's number
 * goes onto its parcel, validated as one typed in would be; the report says what happened per row.
 */
export function WaybillImportPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const clock = useShopTime();
  const [csv, setCsv] = createSignal("");
  const [fileName, setFileName] = createSignal("");
  const [carrier, setCarrier] = createSignal("");
  const [onlyProblems, setOnlyProblems] = createSignal(false);
  const [report, setReport] = createSignal<WaybillImportReport>();
  const action = createAction(() => ParcelsApi.importWaybills({ csv: csv(), carrier: carrier() || undefined }));
  const rows = createMemo(() => (report()?.rows ?? []).filter((row) => !onlyProblems() || row.status === "rejected"));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setReport(undefined);
    const outcome = await action.run();
    if (outcome.ok) setReport(outcome.value);
  };
  const message = (row: WaybillImportRow) => (row.code ? i18n.lookup(`error.${row.code}`, row.message ?? row.code) : (row.message ?? ""));
  const columns = (): CsvColumn<WaybillImportRow>[] => [
    { header: t("parcels.import.row"), value: (r) => r.row },
    { header: t("parcels.import.status"), value: (r) => t(`parcels.import.status.${r.status}`) },
    { header: t("parcels.waybillNumber"), value: (r) => r.number },
    { header: t("parcels.carrier"), value: (r) => r.carrier },
    { header: t("parcels.parcelId"), value: (r) => r.parcelId },
    { header: t("parcels.import.message"), value: (r) => message(r) },
  ];

  return (
    <Page title={t("parcels.import.title")} actions={<A href="/parcels">{t("common.back")}</A>}>
      <div class="stack">
        <form class="card" onSubmit={submit} data-testid="waybill-import">
          <p class="muted">{t("parcels.import.hint")}</p>
          <div class="form-row">
            <Field label={t("parcels.import.file")}>
              <input
                type="file"
                name="file"
                accept=".csv,.txt,text/csv,text/plain"
                onChange={async (e) => {
                  const file = e.currentTarget.files?.[0];
                  if (!file) return;
                  setFileName(file.name);
                  setCsv(decodeExport(await file.arrayBuffer()));
                }}
              />
            </Field>
            <Field label={t("parcels.import.defaultCarrier")} invalid={action.invalid("carrier")} hint={t("parcels.import.defaultCarrierHint")}>
              <select name="carrier" value={carrier()} onChange={(e) => setCarrier(e.currentTarget.value)}>
                <option value="">{t("parcels.import.fromFile")}</option>
                <For each={CARRIERS}>{(code) => <option value={code}>{t(`parcels.carrierName.${code}`)}</option>}</For>
              </select>
            </Field>
          </div>
          <Field label={t("parcels.import.text")} invalid={action.invalid("csv")} message={action.invalid("csv") ? describeError(i18n, action.error()) : undefined}>
            <textarea name="csv" rows={8} class="mono" value={csv()} placeholder={t("parcels.import.placeholder")} onInput={(e) => setCsv(e.currentTarget.value)} />
          </Field>
          <Show when={!action.invalid("csv") && !action.invalid("carrier")}>
            <ErrorBanner error={action.error()} />
          </Show>
          <div class="form-actions">
            <button type="submit" class="button-primary" disabled={!csv().trim() || action.pending()}>
              {action.pending() ? t("parcels.import.running") : t("parcels.import.submit")}
            </button>
          </div>
        </form>
        <Show when={report()}>
          {(r) => (
            <section class="card" data-testid="waybill-import-report">
              <div class="card-header">
                <h2>{t("parcels.import.report")}</h2>
                <ExportCsvButton
                  fileName={() => `waybill-import-${clock.day(Date.now())}.csv`}
                  build={async () => ({ csv: toCsv(columns(), r().rows) })}
                />
              </div>
              <p class="import-counts" data-testid="waybill-import-counts">
                {t("parcels.import.counts", { total: r().total, assigned: r().assigned, unchanged: r().unchanged, rejected: r().rejected })}
                <Show when={fileName()}>
                  <span class="muted"> · {fileName()}</span>
                </Show>
              </p>
              <label class="checkbox">
                <input type="checkbox" checked={onlyProblems()} onChange={(e) => setOnlyProblems(e.currentTarget.checked)} />
                {t("parcels.import.onlyRejected")}
              </label>
              <Show when={rows().length > 0} fallback={<Empty>{t("parcels.import.noRows")}</Empty>}>
                <table class="table table-compact import-report">
                  <thead>
                    <tr>
                      <th class="col-narrow">{t("parcels.import.row")}</th>
                      <th class="col-narrow">{t("parcels.import.status")}</th>
                      <th>{t("parcels.waybillNumber")}</th>
                      <th>{t("parcels.parcelId")}</th>
                      <th>{t("parcels.import.message")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={rows()}>
                      {(row) => (
                        <tr data-row={row.row} data-status={row.status} classList={{ "row-danger": row.status === "rejected" }}>
                          <td class="num">{row.row}</td>
                          <td>
                            <span class={`status ${row.status === "rejected" ? "status-danger" : row.status === "assigned" ? "status-ok" : "status-off"}`}>
                              {t(`parcels.import.status.${row.status}`)}
                            </span>
                          </td>
                          <td class="mono">
                            {row.number}
                            <Show when={row.carrier}>
                              <span class="muted"> {row.carrier}</span>
                            </Show>
                          </td>
                          <td class="mono">
                            <Show when={row.parcelId}>
                              <A href={`/parcels/${row.parcelId}`}>{row.parcelId}</A>
                            </Show>
                          </td>
                          <td>{message(row)}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </Show>
            </section>
          )}
        </Show>
      </div>
    </Page>
  );
}
