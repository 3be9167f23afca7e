import { Match, onCleanup, Switch } from "solid-js";
import { I18nProvider, useI18n } from "./i18n";
import { DeviceProvider, useDevice } from "./providers/device";
import { BenchMode } from "./screens/BenchMode";
import { ClockInMode } from "./screens/ClockInMode";
import { ConnectionScreen } from "./screens/ConnectionScreen";
import { PairingScreen } from "./screens/PairingScreen";

export function App() {
  return (
    <I18nProvider>
      <DeviceProvider>
        <LanguageKey />
        <Kiosk />
      </DeviceProvider>
    </I18nProvider>
  );
}

/**
 * What the kiosk shows follows from its state (paired? reachable? which kind?) rather than from
 * an address: a kiosk has no address bar, and a reload must land on the same screen. With no
 * paths and relative assets, the same build works at / and at /kiosk/.
 */
function Kiosk() {
  const device = useDevice();
  const connection = device.connection;
  const kind = () => device.me()?.device.kind;
  const offline = () => {
    const c = connection();
    return c.status === "offline" ? c : undefined;
  };
  return (
    <Switch>
      <Match when={connection().status === "unpaired"}>
        <PairingScreen />
      </Match>
      <Match when={connection().status === "connecting"}>
        <ConnectionScreen />
      </Match>
      <Match when={offline()}>{(o) => <ConnectionScreen retryAt={o().retryAt} />}</Match>
      <Match when={kind() === "packing_bench"}>
        <BenchMode />
      </Match>
      <Match when={kind() === "clock_in"}>
        <ClockInMode />
      </Match>
    </Switch>
  );
}

/** F2 switches the language: a kiosk may have a keyboard but no mouse. */
function LanguageKey() {
  const { toggle } = useI18n();
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "F2") {
      event.preventDefault();
      toggle();
    }
  };
  document.addEventListener("keydown", onKey);
  onCleanup(() => document.removeEventListener("keydown", onKey));
  return null;
}
