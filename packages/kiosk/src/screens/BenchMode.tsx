import { createSignal, Match, onCleanup, Show, Switch } from "solid-js";
import { ApiError } from "../api/problem";
import { BigMessage } from "../components/BigMessage";
import { Frame } from "../components/Frame";
import { useI18n, type MessageKey } from "../i18n";
import { scanFailure } from "../lib/badge";
import { benchAction, type SignedIn } from "../lib/bench";
import { useDevice } from "../providers/device";
import { useKioskScanner } from "./useKioskScanner";

type View = { kind: "ready" } | { kind: "checking" } | { kind: "error"; title: MessageKey; hint: MessageKey };

/**
 * The packing bench: a worker signs in with their badge, then (in a later issue) scans parcels.
 * An error stays on screen until the next scan, so nobody misses it while looking at a parcel.
 */
export function BenchMode() {
  const { t } = useI18n();
  const device = useDevice();
  const [operator, setOperator] = createSignal<SignedIn>();
  const [view, setView] = createSignal<View>({ kind: "ready" });
  const [note, setNote] = createSignal<string>();

  const signOut = () => {
    const leaving = operator();
    if (leaving) setNote(t("bench.signedOut", { name: leaving.name }));
    setOperator(undefined);
    setView({ kind: "ready" });
  };

  async function onScan(code: string) {
    const action = benchAction(operator(), code);
    // After an error the worker's own badge means "carry on", not "sign me out".
    if (action === "sign-out" && view().kind === "error") return setView({ kind: "ready" });
    if (action === "sign-out") return signOut();
    if (action === "parcel") {
      setView({ kind: "ready" });
      return setNote(t("bench.notYet", { code }));
    }
    setView({ kind: "checking" });
    try {
      const identified = await device.identify(code);
      setOperator({ ...identified.staff, badgeCode: code, token: identified.token });
      setNote(undefined);
      setView({ kind: "ready" });
    } catch (error) {
      // A revoked device is handled by the device provider (back to pairing), not shown here.
      if (error instanceof ApiError && error.status === 401) return;
      setView({ kind: "error", ...scanFailure(error) });
    }
  }

  useKioskScanner(onScan);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") signOut();
  };
  document.addEventListener("keydown", onKey);
  onCleanup(() => document.removeEventListener("keydown", onKey));

  const errorView = () => {
    const v = view();
    return v.kind === "error" ? v : undefined;
  };
  const tone = () => {
    const v = view();
    return v.kind === "error" ? "error" : v.kind === "checking" ? "busy" : operator() ? "work" : "idle";
  };

  return (
    <Frame tone={tone()} footer={operator() ? t("bench.signOutHint") : undefined}>
      <Switch>
        <Match when={errorView()}>
          {(error) => <BigMessage role="alert" testId="kiosk-error" title={t(error().title)} hint={t(error().hint)} />}
        </Match>
        <Match when={view().kind === "checking"}>
          <BigMessage title={t("badge.checking")} testId="checking" />
        </Match>
        <Match when={operator()}>
          {(current) => (
            <section class="work" data-testid="bench-work">
              <p class="work-label">{t("bench.operator")}</p>
              <h1 class="work-name" data-testid="operator-name">
                {current().name}
              </h1>
              <p class="work-staff-no">{current().staffNo}</p>
              <p class="work-waiting">{t("bench.waiting")}</p>
              <Show when={note()}>
                <p class="work-note">{note()}</p>
              </Show>
            </section>
          )}
        </Match>
        <Match when={true}>
          <BigMessage title={t("badge.prompt")} hint={note()} testId="scan-badge" />
        </Match>
      </Switch>
    </Frame>
  );
}
