import { A, useSearchParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import * as ReportsApi from "../../../api/warehouse-reports";
import type { DocumentPieces } from "../../../api/warehouse-ops-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Field } from "../../../components/Field";
import { Page } from "../../../components/Page";
import { ErrorBanner, Loadable, Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { csvCell } from "../../../lib/csv";
import { useShopTime } from "../../../lib/shop-time";
import { SUPERVISORS, useCan } from "../access";
import { ITEM_CONDITIONS } from "../returns/return-rules";
import { DAY, dailyCsvRows, isMovementType, movementRows, openItemHref, openItemRows, shiftDay } from "./report-rows";
import { PrintButton } from "../../../components/PrintButton";

/**
 * The day's report (日事日毕): every movement of the day by type, receipts, put-away, shipments,
 * supplier returns, returns taken in, the register, and everything left unbooked whatever day it
 * started. The supervisor closes the day (once), and the report is kept as it stood.
 */
export function DailyReportPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const can = useCan();
  const [params, setParams] = useSearchParams<{ day: string }>();
  const day = () => (params.day && DAY.test(params.day) ? params.day : time.today());
  const [report, { refetch, mutate }] = createResource(day, ReportsApi.daily);
  const [note, setNote] = createSignal("");
  const [notice, setNotice] = createSignal<string>();
  const close = createAction(() => ReportsApi.closeDay(day(), note()));
  const movementName = (type: string) => (isMovementType(type) ? t(`wh.movement.${type}`) : type);

  const exportCsv = async () => {
    const r = report.latest!;
    const header = [t("wh.report.section"), t("wh.report.item"), t("wh.report.lines"), t("wh.report.pieces"), t("wh.report.detail")];
    const rows = dailyCsvRows(r, {
      section: (s) => t(`wh.report.part.${s}`),
      movement: movementName,
      openKind: (k) => t(`wh.report.open.${k}`),
      condition: (c) => ((ITEM_CONDITIONS as readonly string[]).includes(c) ? t(`wh.returns.condition.${c as "good"}`) : c),
      register: (f) => t(`wh.report.register.${f}`),
      returns: (f) => t(`wh.report.returns.${f}`),
      yesNo: (v) => (v ? t("wh.yes") : t("wh.no")),
    });
    return { csv: `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n` };
  };

  const docs = (title: string, list: DocumentPieces, testid: string, href?: (id: string) => string) => (
    <section class="card">
      <h2>
        {title} <span class="muted small">{t("wh.report.docsCount", { docs: list.length, pieces: list.reduce((s, d) => s + d.pieces, 0) })}</span>
      </h2>
      <Show when={list.length > 0} fallback={<p class="muted small">{t("wh.report.none")}</p>}>
        <table class="table table-compact" data-testid={testid}>
          <tbody>
            <For each={list}>
              {(d) => (
                <tr>
                  <td class="mono">{href ? <A href={href(d.documentId)}>{d.documentId}</A> : d.documentId}</td>
                  <td class="num">{d.pieces}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );

  return (
    <Page
      title={t("wh.daily.title")}
      actions={
        <>
          <A href="/warehouse/reports/monthly">{t("wh.monthly.title")}</A>
          <ExportCsvButton fileName={() => `warehouse-day-${day()}.csv`} build={exportCsv} disabled={report.state !== "ready"} />
          <PrintButton>{t("wh.print")}</PrintButton>
        </>
      }
    >
      <form class="day-picker no-print" onSubmit={(e) => e.preventDefault()}>
        <button type="button" class="button-small" onClick={() => setParams({ day: shiftDay(day(), -1) })}>
          ‹
        </button>
        <input type="date" name="day" value={day()} onChange={(e) => DAY.test(e.currentTarget.value) && setParams({ day: e.currentTarget.value })} />
        <button type="button" class="button-small" onClick={() => setParams({ day: shiftDay(day(), 1) })}>
          ›
        </button>
        <button type="button" class="button-small" onClick={() => setParams({ day: time.today() })}>
          {t("wh.report.today")}
        </button>
      </form>
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <Loadable resource={report} retry={refetch}>
        {(r) => (
          <div class="stack daily-report" data-day={r().day} data-testid="daily-report">
            <h1 class="print-only">
              {t("wh.daily.title")} {r().day}
            </h1>
            <section class="card">
              <h2>{t("wh.report.part.movements")}</h2>
              <Show when={movementRows(r().movements).length > 0} fallback={<p class="muted small">{t("wh.report.noMovements")}</p>}>
                <table class="table table-compact" data-testid="movements">
                  <thead>
                    <tr>
                      <th>{t("wh.card.type")}</th>
                      <th class="num">{t("wh.report.lines")}</th>
                      <th class="num">{t("wh.report.pieces")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={movementRows(r().movements)}>
                      {(m) => (
                        <tr data-type={m.type}>
                          <td>{movementName(m.type)}</td>
                          <td class="num">{m.lines}</td>
                          <td class="num strong" data-testid="pieces">{m.pieces}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </Show>
            </section>
            <div class="report-grid">
              {docs(t("wh.report.part.receipts"), r().receipts, "receipts", (id) => `/warehouse/receipts/${id}`)}
              {docs(t("wh.report.part.putaway"), r().putaway, "putaway", (id) => `/warehouse/receipts/${id}`)}
              {docs(t("wh.report.part.shipments"), r().shipments, "shipments")}
              {docs(t("wh.report.part.supplierReturns"), r().supplierReturns, "supplier-returns", (id) => `/warehouse/receipts/${id}`)}
              <section class="card" data-testid="returns-summary">
                <h2>
                  <A href={`/warehouse/returns?day=${r().day}`}>{t("wh.report.part.returns")}</A>
                </h2>
                <p>{t("wh.report.returnsText", { parcels: r().returns.parcels, pieces: r().returns.pieces, anomalies: r().returns.anomalies })}</p>
                <p class="muted small">
                  <For each={ITEM_CONDITIONS}>{(c) => <span>{t(`wh.returns.condition.${c}`)} {r().returns.byCondition[c] ?? 0}　</span>}</For>
                </p>
              </section>
              <section class="card" data-testid="register-summary">
                <h2>
                  <A href={`/warehouse/register?day=${r().day}`}>{t("wh.report.part.register")}</A>
                </h2>
                <p>{t("wh.report.registerText", { visits: r().register.visits, anomalies: r().register.anomalies })}</p>
                <p class="muted small">
                  {t("wh.report.register.openingRound")} {r().register.openingRound ? "✓" : "—"}　{t("wh.report.register.closingRound")} {r().register.closingRound ? "✓" : "—"}
                </p>
              </section>
            </div>
            <section class="card" data-testid="open-items">
              <h2>
                {t("wh.report.part.open")} <span class={`chip ${r().open.count ? "chip-warn" : "chip-info"}`}>{r().open.count}</span>
              </h2>
              <p class="muted small">{t("wh.report.openHint")}</p>
              <Show when={r().open.count > 0} fallback={<p>{t("wh.report.nothingOpen")}</p>}>
                <table class="table table-compact">
                  <tbody>
                    <For each={openItemRows(r().open)}>
                      {(o) => (
                        <tr data-kind={o.kind}>
                          <td>{t(`wh.report.open.${o.kind}`)}</td>
                          <td class="mono">
                            <Show when={openItemHref(o.kind, o.id)} fallback={o.id}>
                              {(href) => <A href={href()}>{o.id || "→"}</A>}
                            </Show>
                          </td>
                          <td class="muted small">{o.facts}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </Show>
            </section>
            <section class="card" data-testid="day-close">
              <h2>{t("wh.report.part.closed")}</h2>
              <Show
                when={r().closed}
                fallback={
                  <Show when={can(SUPERVISORS)} fallback={<p class="muted">{t("wh.daily.notClosed")}</p>}>
                    <form
                      class="stack no-print"
                      onSubmit={async (e) => {
                        e.preventDefault();
                        const outcome = await close.run();
                        if (outcome.ok) {
                          mutate(outcome.value);
                          setNotice(t("wh.daily.closedNotice", { day: outcome.value.day }));
                        }
                      }}
                    >
                      <p class="muted">{t("wh.daily.closeHint", { count: r().open.count })}</p>
                      <ErrorBanner error={close.error()} />
                      <Field label={t("wh.note")} invalid={close.invalid("note")}>
                        <input name="closeNote" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
                      </Field>
                      <div>
                        <button type="submit" class="button-primary" data-testid="close-day" disabled={close.pending()}>
                          {t("wh.daily.close")}
                        </button>
                      </div>
                    </form>
                  </Show>
                }
              >
                {(c) => (
                  <p data-testid="closed-by">
                    {t("wh.daily.closedBy", { by: c().closedBy, at: time.dateTime(c().closedAt), open: c().openItems })}
                    <Show when={c().note}>
                      <span class="muted"> · {c().note}</span>
                    </Show>
                  </p>
                )}
              </Show>
            </section>
            <footer class="signatures print-only">
              <span>{t("wh.sign.supervisor")}</span>
              <span>{t("wh.sign.date")}</span>
            </footer>
          </div>
        )}
      </Loadable>
    </Page>
  );
}
