import { createEffect, createSignal, Match, on, onCleanup, Show, Switch } from "solid-js";
import { createBench } from "../bench/controller";
import { createHandover } from "../bench/handover";
import { AlertView } from "../bench/view/AlertView";
import { ForcePanel } from "../bench/view/ForcePanel";
import { HandoverScreen } from "../bench/view/HandoverScreen";
import { ParcelScreen } from "../bench/view/ParcelScreen";
import { PrintArea, type Printable } from "../bench/view/PrintArea";
import { WaitingScreen } from "../bench/view/WaitingScreen";
import { BigMessage } from "../components/BigMessage";
import { Frame, type Tone } from "../components/Frame";
import { OfflineBadge } from "../components/OfflineBadge";
import { useI18n, type MessageKey } from "../i18n";
import { looksLikeBadge } from "../lib/badge";
import { createTones } from "../lib/tones";
import { useDevice } from "../providers/device";
import { useKioskScanner } from "./useKioskScanner";

const IGNORED_KEYS = new Set(["Shift", "Control", "Alt", "Meta", "CapsLock", "F2", "Unidentified", "Process"]);

/**
 * The packing bench: the packer badges in, scans a parcel open, scans its items, scans the
 * waybill label to close it; F10 switches to carrier handover. Keyboard and scanner only.
 */
export function BenchMode() {
  const { t } = useI18n();
  const device = useDevice();
  const tones = createTones();
  const bench = createBench({ device, tones });
  onCleanup(bench.stop);
  const handover = createHandover({ caller: bench.caller, show: bench.show, ok: () => tones.play("ok") });
  const [mode, setMode] = createSignal<"packing" | "handover">("packing");
  const [printable, setPrintable] = createSignal<Printable>();
  const timeZone = () => device.me()?.settings.timeZone ?? "Asia/Shanghai";

  // Signed out (or another worker took over): back to packing.
  createEffect(on(bench.operator, (who) => !who && setMode("packing"), { defer: true }));

  function onScan(raw: string) {
    const code = raw.trim();
    if (mode() === "handover" && bench.operator() && !looksLikeBadge(code)) {
      bench.acknowledge();
      return handover.onScan(code);
    }
    return bench.onScan(code);
  }
  useKioskScanner(onScan);

  function print(what: Printable | undefined) {
    if (!what) return;
    setPrintable(what);
    // After the print area rendered; printing blocks until the dialog is done.
    requestAnimationFrame(() => {
      window.print();
      setPrintable(undefined);
    });
  }

  function packingKey(key: string) {
    if (bench.force()) {
      if (key === "ArrowUp") return bench.moveForceChoice(-1);
      if (key === "ArrowDown") return bench.moveForceChoice(1);
      if (key === "Enter") return bench.confirmForce();
      if (key === "Escape") return bench.cancelForce();
      return;
    }
    switch (key) {
      case "Backspace":
      case "F4":
        return bench.undo();
      case "F9":
        return bench.release();
      case "F6": {
        const slip = bench.slipToPrint();
        return print(slip && { kind: "slip", slip });
      }
      case "F10":
        setMode("handover");
        return void handover.load();
      case "Escape":
        if (!bench.session()) bench.signOut();
        return;
    }
  }

  function handoverKey(key: string) {
    const batch = handover.current();
    if (key === "F10") return setMode("packing");
    if (!batch) {
      if (key === "ArrowUp") return handover.move(-1);
      if (key === "ArrowDown") return handover.move(1);
      if (key === "Enter") return void handover.pick();
      if (key === "Escape") return setMode("packing");
      return;
    }
    switch (key) {
      case "Backspace":
      case "F4":
        return void handover.removeLast();
      case "F11":
        return handover.startCourier();
      case "F6":
        return print({ kind: "batch", batch });
      case "Escape":
        return handover.back();
    }
  }

  const onKey = (event: KeyboardEvent) => {
    // Keys of a scan were taken by the scanner (it prevents their default); text fields keep theirs.
    if (event.defaultPrevented || IGNORED_KEYS.has(event.key) || event.isComposing) return;
    if (event.target instanceof HTMLInputElement) return;
    const shown = bench.alert();
    if (shown) {
      event.preventDefault();
      if (event.key === "F7" && shown.kind === "busy") return void bench.takeOver();
      return bench.acknowledge();
    }
    if (!bench.operator()) return;
    // Plain characters are the first key of a scan or stray typing: never a command.
    if (event.key.length === 1) return;
    event.preventDefault();
    if (mode() === "handover") handoverKey(event.key);
    else packingKey(event.key);
  };
  document.addEventListener("keydown", onKey);
  onCleanup(() => document.removeEventListener("keydown", onKey));

  const tone = (): Tone => {
    const shown = bench.alert();
    if (shown) return shown.kind === "label-early" || (shown.kind === "problem" && !shown.red) ? "warning" : "error";
    if (bench.busy()) return "busy";
    return bench.operator() ? "work" : "idle";
  };
  const footer = (): string | undefined => {
    if (!bench.operator()) return undefined;
    const key: MessageKey = mode() === "handover" ? (handover.current() ? "keys.batch" : "keys.choose") : bench.session() ? "keys.parcel" : "keys.waiting";
    return t(key);
  };
  const busyText = (): MessageKey => (bench.busy() === "closing" ? "bench.closing" : bench.busy() === "opening" ? "bench.opening" : "badge.checking");

  return (
    <>
      <Frame
        tone={tone()}
        footer={footer()}
        testId="bench"
        status={<OfflineBadge online={bench.online()} pending={bench.pending()} held={bench.held()} />}
      >
        <div
          class="bench"
          data-testid="bench-root"
          data-mode={mode()}
          data-tone={tones.last()?.name}
          data-tone-count={tones.last()?.count ?? 0}
          data-feedback-seq={bench.feedback().seq}
          data-feedback={bench.feedback().outcome}
        >
          <Switch>
            <Match when={bench.alert()}>{(shown) => <AlertView alert={shown()} timeZone={timeZone()} />}</Match>
            <Match when={bench.force()}>{(panel) => <ForcePanel panel={panel()} />}</Match>
            <Match when={bench.busy()}>
              <BigMessage title={t(busyText())} testId="checking" />
            </Match>
            <Match when={!bench.operator()}>
              <BigMessage title={t("badge.prompt")} hint={bench.note() ? t(bench.note()!.key, bench.note()!.params) : undefined} testId="scan-badge" />
            </Match>
            <Match when={mode() === "handover"}>
              <HandoverScreen handover={handover} />
            </Match>
            <Match when={bench.session()}>
              {(session) => <ParcelScreen session={session()} lastLine={bench.lastOk()?.line} />}
            </Match>
            <Match when={bench.operator()}>
              {(who) => <WaitingScreen operator={who()} packed={bench.packed()} tray={bench.tray()} note={bench.note()} />}
            </Match>
          </Switch>
        </div>
      </Frame>
      <Show when={printable()}>
        <PrintArea printable={printable()} timeZone={timeZone()} />
      </Show>
    </>
  );
}
