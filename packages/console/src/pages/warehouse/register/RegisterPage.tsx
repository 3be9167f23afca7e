import { useSearchParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import * as RegisterApi from "../../../api/warehouse-register";
import type { CheckPoint, RegisterEntry } from "../../../api/warehouse-ops-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { Page } from "../../../components/Page";
import { Empty, ErrorBanner, Loadable, Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { toCsv } from "../../../lib/csv";
import { useShopTime } from "../../../lib/shop-time";
import { DAY, shiftDay } from "../reports/report-rows";
import { anomalyPoints, CHECK_POINTS, roundComplete, stillInside } from "./register-rules";
import { PrintButton } from "../../../components/PrintButton";

/**
 * The warehouse entry register (出入登记): everyone who came in and when they left, and the
 * opening and closing rounds (doors, windows, power, clean, floor clear). Printable for the wall.
 */
export function RegisterPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const [params, setParams] = useSearchParams<{ day: string }>();
  const day = () => (params.day && DAY.test(params.day) ? params.day : time.today());
  const [entries, { refetch }] = createResource(day, RegisterApi.ofDay);
  const [dialog, setDialog] = createSignal<"visit" | "opening" | "closing">();
  const [notice, setNotice] = createSignal<string>();
  const [leaveError, setLeaveError] = createSignal<unknown>();
  const sorted = () => [...(entries.latest ?? [])].sort((a, b) => a.at.localeCompare(b.at));
  const done = (message: string) => {
    setDialog();
    setNotice(message);
    void refetch();
  };
  const leave = async (e: RegisterEntry) => {
    setLeaveError(undefined);
    try {
      await RegisterApi.leave(e.entryId);
      setNotice(t("wh.register.left", { name: e.name }));
      await refetch();
    } catch (caught) {
      setLeaveError(caught);
    }
  };
  const checksText = (e: RegisterEntry) => {
    const bad = anomalyPoints(e.checks);
    return bad.length ? t("wh.register.anomalies", { points: bad.map((p) => t(`wh.register.point.${p}`)).join("、") }) : t("wh.register.allOk");
  };
  const exportCsv = async () => ({
    csv: toCsv<RegisterEntry>(
      [
        { header: t("wh.register.at"), value: (e) => time.dateTime(e.at) },
        { header: t("wh.register.kind"), value: (e) => t(`wh.register.kind.${e.kind}`) },
        { header: t("wh.register.name"), value: (e) => e.name },
        { header: t("wh.register.staffNo"), value: (e) => e.staffNo },
        { header: t("wh.register.company"), value: (e) => e.company },
        { header: t("wh.register.purpose"), value: (e) => e.purpose },
        { header: t("wh.register.leftAt"), value: (e) => (e.leftAt ? time.dateTime(e.leftAt) : "") },
        { header: t("wh.register.checks"), value: (e) => (e.kind === "visit" ? "" : checksText(e)) },
        { header: t("wh.note"), value: (e) => e.note },
        { header: t("wh.register.recordedBy"), value: (e) => e.recordedBy },
      ],
      sorted(),
    ),
  });

  return (
    <Page
      title={t("wh.register.title")}
      actions={
        <>
          <button type="button" class="button-primary" data-testid="register-visit" onClick={() => setDialog("visit")}>
            {t("wh.register.visit")}
          </button>
          <button type="button" onClick={() => setDialog("opening")}>
            {t("wh.register.kind.opening")}
          </button>
          <button type="button" onClick={() => setDialog("closing")}>
            {t("wh.register.kind.closing")}
          </button>
        </>
      }
    >
      <div class="day-picker no-print">
        <button type="button" class="button-small" onClick={() => setParams({ day: shiftDay(day(), -1) })}>
          ‹
        </button>
        <input type="date" name="day" value={day()} onChange={(e) => DAY.test(e.currentTarget.value) && setParams({ day: e.currentTarget.value })} />
        <button type="button" class="button-small" onClick={() => setParams({ day: shiftDay(day(), 1) })}>
          ›
        </button>
        <ExportCsvButton fileName={() => `warehouse-register-${day()}.csv`} build={exportCsv} disabled={!entries.latest?.length} />
        <PrintButton class="button-small">{t("wh.print")}</PrintButton>
      </div>
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <ErrorBanner error={leaveError()} />
      <h1 class="print-only">
        {t("wh.register.title")} {day()}
      </h1>
      <Loadable resource={entries} retry={refetch}>
        {() => (
          <>
            <Show when={stillInside(sorted()).length > 0}>
              <p class="chip chip-warn" data-testid="still-inside">
                {t("wh.register.stillInside", { names: stillInside(sorted()).map((e) => e.name).join("、") })}
              </p>
            </Show>
            <Show when={sorted().length > 0} fallback={<Empty>{t("wh.register.empty")}</Empty>}>
              <table class="table" data-testid="register">
                <thead>
                  <tr>
                    <th class="col-narrow">{t("wh.register.at")}</th>
                    <th>{t("wh.register.kind")}</th>
                    <th>{t("wh.register.name")}</th>
                    <th>{t("wh.register.purpose")}</th>
                    <th>{t("wh.register.leftAt")}</th>
                    <th class="col-narrow">{t("wh.register.recordedBy")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={sorted()}>
                    {(e) => (
                      <tr data-entry-id={e.entryId} data-kind={e.kind} classList={{ "row-warn": e.anomalies > 0 }}>
                        <td class="nowrap">{time.time(e.at)}</td>
                        <td>{t(`wh.register.kind.${e.kind}`)}</td>
                        <td>
                          {e.name}
                          <Show when={e.staffNo}>
                            <span class="mono muted small"> {e.staffNo}</span>
                          </Show>
                          <Show when={e.company}>
                            <div class="muted small">{e.company}</div>
                          </Show>
                        </td>
                        <td>
                          <Show when={e.kind === "visit"} fallback={checksText(e)}>
                            {e.purpose}
                          </Show>
                          <Show when={e.note}>
                            <div class="muted small">{e.note}</div>
                          </Show>
                        </td>
                        <td>
                          <Show when={e.kind === "visit"}>
                            <Show
                              when={e.leftAt}
                              fallback={
                                <button type="button" class="button-small no-print" onClick={() => void leave(e)}>
                                  {t("wh.register.leave")}
                                </button>
                              }
                            >
                              {time.time(e.leftAt!)}
                            </Show>
                          </Show>
                        </td>
                        <td class="mono">{e.recordedBy}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          </>
        )}
      </Loadable>
      <footer class="signatures print-only">
        <span>{t("wh.sign.supervisor")}</span>
        <span>{t("wh.sign.date")}</span>
      </footer>
      <Show when={dialog() === "visit"}>
        <VisitDialog onClose={() => setDialog()} onDone={(e) => done(t("wh.register.entered", { name: e.name }))} />
      </Show>
      <Show when={dialog() === "opening" || dialog() === "closing"}>
        <RoundDialog kind={dialog() as "opening" | "closing"} onClose={() => setDialog()} onDone={() => done(t("wh.register.roundRecorded"))} />
      </Show>
    </Page>
  );
}

function VisitDialog(props: { onClose: () => void; onDone: (e: RegisterEntry) => void }) {
  const { t } = useI18n();
  const [d, set] = createStore({ name: "", staffNo: "", company: "", purpose: "" });
  const action = createAction(() =>
    RegisterApi.enter({ name: d.name.trim(), staffNo: d.staffNo.trim() || undefined, company: d.company.trim() || undefined, purpose: d.purpose.trim() }),
  );
  return (
    <FormDialog
      title={t("wh.register.visit")}
      submitLabel={t("wh.register.visit")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        const outcome = await action.run();
        if (outcome.ok) props.onDone(outcome.value);
      }}
    >
      <Field label={t("wh.register.name")} invalid={action.invalid("name")}>
        <input name="visitorName" data-autofocus value={d.name} onInput={(e) => set("name", e.currentTarget.value)} />
      </Field>
      <Field label={t("wh.register.staffNo")} invalid={action.invalid("staffNo")} hint={t("wh.register.staffNoHint")}>
        <input name="visitorStaffNo" inputmode="numeric" value={d.staffNo} onInput={(e) => set("staffNo", e.currentTarget.value)} />
      </Field>
      <Field label={t("wh.register.company")} invalid={action.invalid("company")}>
        <input name="visitorCompany" value={d.company} onInput={(e) => set("company", e.currentTarget.value)} />
      </Field>
      <Field label={t("wh.register.purpose")} invalid={action.invalid("purpose")}>
        <input name="visitorPurpose" value={d.purpose} onInput={(e) => set("purpose", e.currentTarget.value)} />
      </Field>
    </FormDialog>
  );
}

function RoundDialog(props: { kind: "opening" | "closing"; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const [checks, setChecks] = createStore<Record<CheckPoint, "ok" | "anomaly">>({ doors: "ok", windows: "ok", power: "ok", clean: "ok", floor_clear: "ok" });
  const [note, setNote] = createSignal("");
  const [noteMissing, setNoteMissing] = createSignal(false);
  const action = createAction(() => RegisterApi.check({ kind: props.kind, checks: { ...checks }, note: note().trim() || undefined }));
  return (
    <FormDialog
      title={t(`wh.register.kind.${props.kind}`)}
      submitLabel={t("common.save")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        const complete = roundComplete(checks, note());
        setNoteMissing(!complete);
        if (!complete) return;
        const outcome = await action.run();
        if (outcome.ok) props.onDone();
      }}
    >
      <div class="check-points">
        <For each={CHECK_POINTS}>
          {(p) => (
            <>
              <span>{t(`wh.register.point.${p}`)}</span>
              <label class="checkbox">
                <input type="checkbox" name={`check-${p}`} checked={checks[p] === "anomaly"} onChange={(e) => setChecks(p, e.currentTarget.checked ? "anomaly" : "ok")} />
                {t("wh.register.anomaly")}
              </label>
            </>
          )}
        </For>
      </div>
      <Field label={t("wh.note")} invalid={noteMissing() || action.invalid("note")} message={noteMissing() ? t("wh.register.describe") : undefined}>
        <input name="roundNote" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
      </Field>
    </FormDialog>
  );
}
