import { createResource, createSignal, For, Show } from "solid-js";
import * as AttendanceApi from "../../../api/attendance";
import { ConfirmButton } from "../../../components/ConfirmButton";
import { Page } from "../../../components/Page";
import { Empty, Loadable, Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { useShopTime } from "../../../lib/shop-time";
import { useAttendanceAccess } from "../access";
import { hoursMinutes } from "../labels";
import { MonthPicker } from "../MonthPicker";
import { PersonMonth } from "./PersonMonth";
import { CorrectionDialog, LeaveDialog, OvertimeDialog } from "./RequestForms";

type Dialog = "leave" | "correction" | "overtime";

/** Everyone's own attendance: the month day by day with the score, and their requests. */
export function MyAttendancePage() {
  const { t } = useI18n();
  const time = useShopTime();
  const access = useAttendanceAccess();
  const [month, setMonth] = createSignal(time.thisMonth());
  const [dialog, setDialog] = createSignal<Dialog>();
  const [notice, setNotice] = createSignal<string>();
  const [requests, { refetch }] = createResource(async () => {
    const [leave, corrections, overtime] = await Promise.all([AttendanceApi.leave(), AttendanceApi.corrections(), AttendanceApi.overtime()]);
    return { leave, corrections, overtime };
  });
  const done = (message: string) => {
    setDialog(undefined);
    setNotice(message);
    void refetch();
  };
  return (
    <Page
      title={t("att.mine.title")}
      actions={
        <>
          <button type="button" onClick={() => setDialog("leave")}>
            {t("att.mine.askLeave")}
          </button>
          <button type="button" onClick={() => setDialog("correction")}>
            {t("att.mine.askCorrection")}
          </button>
          <button type="button" onClick={() => setDialog("overtime")}>
            {t("att.mine.askOvertime")}
          </button>
        </>
      }
    >
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <section class="card">
        <h2>{t("att.mine.requests")}</h2>
        <Loadable resource={requests} retry={refetch}>
          {(r) => (
            <Show when={r().leave.length + r().corrections.length + r().overtime.length > 0} fallback={<Empty>{t("att.mine.noRequests")}</Empty>}>
              <table class="table table-compact" data-testid="my-requests">
                <tbody>
                  <For each={r().leave}>
                    {(l) => (
                      <tr data-leave-id={l.leaveId}>
                        <td>{t(`att.leaveKind.${l.kind}`)}</td>
                        <td class="nowrap">{l.from === l.to ? l.from : `${l.from} – ${l.to}`}</td>
                        <td>{l.reason}</td>
                        <td>
                          <span class={`status status-${l.state}`}>{t(`att.requestState.${l.state}`)}</span>
                          <Show when={l.state === "approved" && !l.valid}>
                            <span class="chip chip-warn">{t("att.leave.noCover")}</span>
                          </Show>
                        </td>
                        <td class="col-actions">
                          <Show when={l.state === "requested" || l.state === "approved"}>
                            <ConfirmButton
                              label={t("att.mine.withdraw")}
                              title={t("att.mine.withdrawTitle")}
                              message={t("att.mine.withdrawMessage")}
                              class="button-small"
                              onConfirm={async () => {
                                await AttendanceApi.cancelLeave(l.leaveId);
                                done(t("att.mine.withdrawn"));
                              }}
                            />
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                  <For each={r().corrections}>
                    {(c) => (
                      <tr data-correction-id={c.correctionId}>
                        <td>{t("att.correction.punch")}</td>
                        <td class="nowrap">
                          {t(`att.direction.${c.direction}`)} {time.dateTime(c.at)}
                        </td>
                        <td>{c.reason}</td>
                        <td>
                          <span class={`status status-${c.state}`}>{t(`att.requestState.${c.state}`)}</span>
                        </td>
                        <td />
                      </tr>
                    )}
                  </For>
                  <For each={r().overtime}>
                    {(o) => (
                      <tr data-overtime-id={o.overtimeId}>
                        <td>{t("att.inbox.overtime")}</td>
                        <td class="nowrap">
                          {o.day} · {hoursMinutes(o.minutes)} · {o.ratePercent}%
                        </td>
                        <td>{o.reason}</td>
                        <td>
                          <span class={`status status-${o.state}`}>{t(`att.requestState.${o.state}`)}</span>
                          <Show when={o.overLimit}>
                            <span class="chip chip-bad">{t("att.overtime.overLimit")}</span>
                          </Show>
                        </td>
                        <td />
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          )}
        </Loadable>
      </section>
      <div class="list-toolbar">
        <h2>{t("att.mine.month")}</h2>
        <MonthPicker value={month()} onChange={setMonth} />
      </div>
      <Show when={`${access.staffNo()}|${month()}`} keyed>
        <PersonMonth staffNo={access.staffNo()} month={month()} />
      </Show>
      <Show when={dialog() === "leave"}>
        <LeaveDialog onClose={() => setDialog(undefined)} onDone={done} />
      </Show>
      <Show when={dialog() === "correction"}>
        <CorrectionDialog onClose={() => setDialog(undefined)} onDone={done} />
      </Show>
      <Show when={dialog() === "overtime"}>
        <OvertimeDialog onClose={() => setDialog(undefined)} onDone={done} />
      </Show>
    </Page>
  );
}
