import { createResource, createSignal, For, Show, type JSX } from "solid-js";
import * as AttendanceApi from "../../../api/attendance";
import { ApiError } from "../../../api/problem";
import type { CorrectionInfo, Inbox, LeaveInfo, OvertimeInfo } from "../../../api/attendance-types";
import { DecideButtons } from "../../../components/DecideButtons";
import { Field } from "../../../components/Field";
import { Page } from "../../../components/Page";
import { Empty, Loadable, Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { useShopTime } from "../../../lib/shop-time";
import { useAttendanceAccess } from "../access";
import { hoursMinutes } from "../labels";
import { createStaffNames } from "../staff-names";

/**
 * Everything waiting for the supervisor's decision: leave (valid only with a named cover),
 * missing-punch corrections, overtime (past the limits refused or flagged, as the settings say).
 * Nobody decides their own request.
 */
export function InboxPage() {
  const { t } = useI18n();
  const access = useAttendanceAccess();
  const [inbox, { refetch, mutate }] = createResource(AttendanceApi.inbox);
  const names = createStaffNames(() => true);
  const [notice, setNotice] = createSignal<string>();
  const drop = (kind: keyof Inbox, id: string, message: string) => {
    setNotice(message);
    mutate((current) =>
      current
        ? {
            ...current,
            [kind]: (current[kind] as { leaveId?: string; correctionId?: string; overtimeId?: string }[]).filter((r) => (r.leaveId ?? r.correctionId ?? r.overtimeId) !== id),
          }
        : current,
    );
  };
  const total = () => (inbox.latest ? inbox.latest.leave.length + inbox.latest.corrections.length + inbox.latest.overtime.length : 0);

  return (
    <Page title={t("att.inbox.title")} actions={<button type="button" onClick={() => void refetch()}>{t("att.refresh")}</button>}>
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <Loadable resource={inbox} retry={refetch}>
        {(box) => (
          <Show when={total() > 0} fallback={<Empty>{t("att.inbox.empty")}</Empty>}>
            <div class="stack">
              <Show when={box().leave.length > 0}>
                <LeaveSection items={box().leave} me={access.staffNo()} names={names} onDecided={(id, message) => drop("leave", id, message)} />
              </Show>
              <Show when={box().corrections.length > 0}>
                <CorrectionSection items={box().corrections} me={access.staffNo()} names={names} onDecided={(id, message) => drop("corrections", id, message)} />
              </Show>
              <Show when={box().overtime.length > 0}>
                <OvertimeSection items={box().overtime} me={access.staffNo()} names={names} onDecided={(id, message) => drop("overtime", id, message)} />
              </Show>
            </div>
          </Show>
        )}
      </Loadable>
    </Page>
  );
}

type Names = ReturnType<typeof createStaffNames>;

/** One kind of request awaiting a decision: its heading with the count, and its table (the last column holds the decision). */
function InboxTable(props: { title: string; count: number; testid: string; columns: (string | { label: string; class: string })[]; children: JSX.Element }) {
  return (
    <section>
      <h2>
        {props.title} <span class="count">{props.count}</span>
      </h2>
      <table class="table" data-testid={props.testid}>
        <thead>
          <tr>
            <For each={props.columns}>{(c) => (typeof c === "string" ? <th>{c}</th> : <th class={c.class}>{c.label}</th>)}</For>
            <th class="col-actions" />
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </section>
  );
}
type Breach = OvertimeInfo["breaches"][number];
type Decided = (id: string, message: string) => void;

function LeaveSection(props: { items: LeaveInfo[]; me: string; names: Names; onDecided: Decided }) {
  const { t } = useI18n();
  const time = useShopTime();
  return (
    <InboxTable title={t("att.inbox.leave")} count={props.items.length} testid="inbox-leave" columns={[t("att.person"), t("att.leave.kind"), t("att.leave.days"), t("att.reason"), t("att.leave.cover")]}>
      <For each={props.items}>
        {(leave) => {
          const [cover, setCover] = createSignal(leave.coverStaffNo ?? "");
          // The cover the API refused (none named, or not a colleague who can): marked in the dialog.
          const [coverRefused, setCoverRefused] = createSignal(false);
          const colleagues = () => props.names.all().filter((s) => s.active && s.department === leave.department && s.staffNo !== leave.staffNo);
          return (
            <tr data-leave-id={leave.leaveId}>
              <td>
                {props.names.label(leave.staffNo)}
                <div class="muted small">{time.dateTime(leave.requestedAt)}</div>
              </td>
              <td>{t(`att.leaveKind.${leave.kind}`)}</td>
              <td class="nowrap">{leave.from === leave.to ? leave.from : `${leave.from} – ${leave.to}`}</td>
              <td>{leave.reason}</td>
              <td>{leave.coverStaffNo ? props.names.label(leave.coverStaffNo) : <span class="chip chip-warn">{t("att.leave.noCover")}</span>}</td>
              <td class="col-actions">
                <Show when={leave.staffNo !== props.me} fallback={<span class="muted small">{t("att.inbox.notOwn")}</span>}>
                  <DecideButtons
                    subject={`${props.names.label(leave.staffNo)} ${t(`att.leaveKind.${leave.kind}`)}`}
                    extra={(approve) => (
                      <Show when={approve}>
                        <Field label={t("att.leave.cover")} hint={t("att.leave.coverHint")} invalid={coverRefused()}>
                          <select
                            name="coverStaffNo"
                            value={cover()}
                            onChange={(e) => {
                              setCover(e.currentTarget.value);
                              setCoverRefused(false);
                            }}
                          >
                            <option value="">{t("att.leave.chooseCover")}</option>
                            <For each={colleagues()}>{(s) => <option value={s.staffNo}>{`${s.name} ${s.staffNo}`}</option>}</For>
                          </select>
                        </Field>
                      </Show>
                    )}
                    onDecide={async (approve, note) => {
                      try {
                        await AttendanceApi.decideLeave(leave.leaveId, { approve, note: note || undefined, coverStaffNo: approve && cover() ? cover() : undefined });
                      } catch (error) {
                        setCoverRefused(error instanceof ApiError && error.names("coverStaffNo"));
                        throw error;
                      }
                      props.onDecided(leave.leaveId, approve ? t("att.inbox.leaveApproved") : t("att.inbox.rejected"));
                    }}
                  />
                </Show>
              </td>
            </tr>
          );
        }}
      </For>
    </InboxTable>
  );
}

function CorrectionSection(props: { items: CorrectionInfo[]; me: string; names: Names; onDecided: Decided }) {
  const { t } = useI18n();
  const time = useShopTime();
  return (
    <InboxTable title={t("att.inbox.corrections")} count={props.items.length} testid="inbox-corrections" columns={[t("att.person"), t("att.correction.punch"), t("att.reason")]}>
      <For each={props.items}>
        {(c) => (
          <tr data-correction-id={c.correctionId}>
            <td>
              {props.names.label(c.staffNo)}
              <div class="muted small">{time.dateTime(c.requestedAt)}</div>
            </td>
            <td class="nowrap">
              {t(`att.direction.${c.direction}`)} {time.dateTime(c.at)}
            </td>
            <td>{c.reason}</td>
            <td class="col-actions">
              <Show when={c.staffNo !== props.me} fallback={<span class="muted small">{t("att.inbox.notOwn")}</span>}>
                <DecideButtons
                  subject={`${props.names.label(c.staffNo)} ${t(`att.direction.${c.direction}`)} ${time.dateTime(c.at)}`}
                  onDecide={async (approve, note) => {
                    await AttendanceApi.decideCorrection(c.correctionId, { approve, note: note || undefined });
                    props.onDecided(c.correctionId, approve ? t("att.inbox.correctionApproved") : t("att.inbox.rejected"));
                  }}
                />
              </Show>
            </td>
          </tr>
        )}
      </For>
    </InboxTable>
  );
}

function OvertimeSection(props: { items: OvertimeInfo[]; me: string; names: Names; onDecided: Decided }) {
  const { t } = useI18n();
  return (
    <InboxTable title={t("att.inbox.overtime")} count={props.items.length} testid="inbox-overtime" columns={[t("att.person"), t("att.day"), { label: t("att.overtime.length"), class: "num" }, t("att.overtime.rate"), t("att.reason")]}>
      <For each={props.items}>
        {(o) => {
          // A request waiting has no breaches yet: the limits are checked when it is approved.
          // When the API refuses the approval, its breaches are shown in the row and the dialog.
          const [refused, setRefused] = createSignal<Breach[]>([]);
          const breaches = () => (o.breaches.length ? o.breaches : refused());
          const breachText = (b: Breach) => t("att.overtime.breach", { limit: t(`att.limit.${b.limit}`), total: hoursMinutes(b.totalMinutes), max: hoursMinutes(b.maxMinutes) });
          return (
            <tr data-overtime-id={o.overtimeId} classList={{ "row-problem": breaches().length > 0 }}>
              <td>{props.names.label(o.staffNo)}</td>
              <td class="nowrap">{o.day}</td>
              <td class="num">
                {hoursMinutes(o.minutes)}
                <Show when={o.special}>
                  <div class="chip">{t("att.overtime.special")}</div>
                </Show>
              </td>
              <td>{o.ratePercent}%</td>
              <td>
                {o.reason}
                <For each={breaches()}>{(b) => <div class="att-problem">{breachText(b)}</div>}</For>
              </td>
              <td class="col-actions">
                <Show when={o.staffNo !== props.me} fallback={<span class="muted small">{t("att.inbox.notOwn")}</span>}>
                  <DecideButtons
                    subject={`${props.names.label(o.staffNo)} ${o.day} ${hoursMinutes(o.minutes)}`}
                    extra={(approve) => (
                      <Show when={approve && refused().length > 0}>
                        <For each={refused()}>{(b) => <p class="att-problem" data-testid="overtime-breach">{breachText(b)}</p>}</For>
                      </Show>
                    )}
                    onDecide={async (approve, note) => {
                      try {
                        const decided = await AttendanceApi.decideOvertime(o.overtimeId, { approve, note: note || undefined });
                        props.onDecided(o.overtimeId, !approve ? t("att.inbox.rejected") : decided.overLimit ? t("att.inbox.overtimeFlagged") : t("att.inbox.overtimeApproved"));
                      } catch (error) {
                        if (error instanceof ApiError && error.code === "overtime.over-limit" && Array.isArray(error.problem.breaches)) setRefused(error.problem.breaches as Breach[]);
                        throw error;
                      }
                    }}
                  />
                </Show>
              </td>
            </tr>
          );
        }}
      </For>
    </InboxTable>
  );
}
