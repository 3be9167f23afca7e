import { createSignal, Match, onCleanup, Switch } from "solid-js";
import { ApiError } from "../api/problem";
import { BigMessage } from "../components/BigMessage";
import { Frame } from "../components/Frame";
import { config } from "../config";
import { useI18n, type MessageKey } from "../i18n";
import { scanFailure } from "../lib/badge";
import { partOfDay, type PartOfDay } from "../lib/greeting";
import { useDevice } from "../providers/device";
import { useKioskScanner } from "./useKioskScanner";

type View =
  | { kind: "ready" }
  | { kind: "checking" }
  | { kind: "greeting"; name: string; staffNo: string; part: PartOfDay }
  | { kind: "error"; title: MessageKey; hint: MessageKey };

/**
 * The clock-in terminal. For now it identifies the badge and greets the person; recording the
 * clock-in comes with the attendance issue. The greeting clears itself for the next person.
 */
export function ClockInMode() {
  const { t } = useI18n();
  const device = useDevice();
  const [view, setView] = createSignal<View>({ kind: "ready" });
  let back: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(back));

  async function onScan(code: string) {
    clearTimeout(back);
    setView({ kind: "checking" });
    try {
      const { staff } = await device.identify(code);
      const part = partOfDay(new Date(), device.me()?.settings.timeZone ?? "Asia/Shanghai");
      setView({ kind: "greeting", name: staff.name, staffNo: staff.staffNo, part });
      back = setTimeout(() => setView({ kind: "ready" }), config.greetingMs);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return;
      setView({ kind: "error", ...scanFailure(error) });
    }
  }
  useKioskScanner(onScan);

  const as = <K extends View["kind"]>(kind: K) => {
    const v = view();
    return v.kind === kind ? (v as Extract<View, { kind: K }>) : undefined;
  };
  const tone = () => ({ ready: "idle", checking: "busy", greeting: "success", error: "error" }) as const;

  return (
    <Frame tone={tone()[view().kind]}>
      <Switch fallback={<BigMessage title={t("badge.prompt")} testId="scan-badge" />}>
        <Match when={as("error")}>
          {(error) => <BigMessage role="alert" testId="kiosk-error" title={t(error().title)} hint={t(error().hint)} />}
        </Match>
        <Match when={as("checking")}>
          <BigMessage title={t("badge.checking")} testId="checking" />
        </Match>
        <Match when={as("greeting")}>
          {(greeting) => (
            <BigMessage
              testId="greeting"
              title={t(`clock.${greeting().part}`, { name: greeting().name })}
              hint={t("clock.identified", { staffNo: greeting().staffNo })}
            />
          )}
        </Match>
      </Switch>
    </Frame>
  );
}
