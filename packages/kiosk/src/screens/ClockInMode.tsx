import { createSignal, For, Match, onCleanup, Show, Switch } from "solid-js";
import type { PunchResult } from "../api/attendance";
import { ApiError } from "../api/problem";
import { BigMessage } from "../components/BigMessage";
import { Frame, type Tone } from "../components/Frame";
import { OfflineBadge } from "../components/OfflineBadge";
import { createPunches } from "../clockin/punches";
import { presentPunch, presentRepeat, syncReason, type Line } from "../clockin/present";
import { config } from "../config";
import { useI18n, type MessageKey } from "../i18n";
import { scanFailure } from "../lib/badge";
import { clockTime } from "../lib/time";
import { useDevice } from "../providers/device";
import { useKioskScanner } from "./useKioskScanner";

type View =
  | { kind: "ready" }
  | { kind: "checking" }
  | { kind: "punched"; result: PunchResult }
  | { kind: "repeat"; result: PunchResult }
  | { kind: "queued"; at: string }
  | { kind: "error"; title: MessageKey; hint: MessageKey };

/**
 * The clock-in terminal: a badge scan clocks the person in or out (the API decides which from
 * the roster and the last punch). Results clear themselves for the next person; an error stays
 * until the next scan. Offline, punches wait in the queue with the kiosk's time and sequence
 * number and are sent when the API is back.
 */
export function ClockInMode() {
  const { t } = useI18n();
  const device = useDevice();
  const punches = createPunches({ device: device.token });
  onCleanup(punches.stop);
  const [view, setView] = createSignal<View>({ kind: "ready" });
  const timeZone = () => device.me()?.settings.timeZone ?? "Asia/Shanghai";
  let back: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(back));
  const showFor = (next: View) => {
    setView(next);
    back = setTimeout(() => setView({ kind: "ready" }), config.greetingMs);
  };

  async function onScan(code: string) {
    clearTimeout(back);
    punches.clearProblems();
    setView({ kind: "checking" });
    const outcome = await punches.scan(code);
    if (outcome.kind === "queued") return showFor({ kind: "queued", at: outcome.at });
    if (outcome.kind === "refused") {
      // A revoked device is handled by the device provider (back to pairing), not shown here.
      if (outcome.error instanceof ApiError && outcome.error.status === 401) return setView({ kind: "ready" });
      return setView({ kind: "error", ...scanFailure(outcome.error) });
    }
    const { result } = outcome;
    showFor(result.result === "ignored" ? { kind: "repeat", result } : { kind: "punched", result });
  }
  useKioskScanner(onScan);

  const as = <K extends View["kind"]>(kind: K) => {
    const v = view();
    return v.kind === kind ? (v as Extract<View, { kind: K }>) : undefined;
  };
  const tone = (): Tone => {
    const v = view();
    if (v.kind === "punched") return v.result.warnings.some((w) => w.code === "late" || w.code === "early-leave") ? "warning" : "success";
    return ({ ready: "idle", checking: "busy", repeat: "busy", queued: "warning", error: "error" } as const)[v.kind];
  };
  const say = (line: Line) => t(line.key, line.params);

  return (
    <Frame tone={tone()} testId="clock-in" status={<OfflineBadge online={punches.online()} pending={punches.pending()} />}>
      <Switch
        fallback={
          <section class="clock-ready" data-testid="scan-badge">
            <BigMessage title={t("badge.prompt")} hint={punches.synced() > 0 ? t("clock.synced", { count: punches.synced() }) : undefined} />
            <For each={punches.problems()}>
              {(problem) => (
                <p class="sync-problem" role="alert" data-testid="sync-problem">
                  {t("clock.syncProblem", { time: clockTime(problem.deviceTime, timeZone()), code: problem.code, reason: t(syncReason(problem.error)) })}
                </p>
              )}
            </For>
          </section>
        }
      >
        <Match when={as("error")}>
          {(error) => <BigMessage role="alert" testId="kiosk-error" title={t(error().title)} hint={t(error().hint)} />}
        </Match>
        <Match when={as("checking")}>
          <BigMessage title={t("badge.checking")} testId="checking" />
        </Match>
        <Match when={as("punched")}>
          {(punched) => {
            const shown = () => presentPunch(punched().result, timeZone());
            return (
              <section class="punch" data-testid="punch" data-direction={punched().result.result}>
                <p class="punch-greeting" data-testid="greeting">
                  {say(shown().greeting)}
                </p>
                <h1 class="punch-direction" data-testid="punch-direction">
                  {say(shown().direction)}
                </h1>
                <For each={shown().lines}>
                  {(line) => (
                    <p class={line.warning ? "punch-warning" : "punch-line"} data-testid={line.warning ? "punch-warning" : undefined}>
                      {say(line)}
                    </p>
                  )}
                </For>
              </section>
            );
          }}
        </Match>
        <Match when={as("repeat")}>
          {(repeat) => <BigMessage testId="punch-repeat" title={t("clock.repeat")} hint={say(presentRepeat(repeat().result, timeZone()))} />}
        </Match>
        <Match when={as("queued")}>
          {(queued) => <BigMessage testId="punch-queued" title={t("clock.queued")} hint={t("clock.queuedHint", { time: clockTime(queued().at, timeZone()) })} />}
        </Match>
      </Switch>
    </Frame>
  );
}
