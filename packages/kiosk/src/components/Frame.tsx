import { Show, type JSX, type ParentProps } from "solid-js";
import { useI18n } from "../i18n";
import { useDevice } from "../providers/device";
import { Clock } from "./Clock";

export type Tone = "idle" | "busy" | "error" | "success" | "work" | "warning";

/**
 * The kiosk's screen: which device this is and the time at the top, the screen's content filling
 * the rest. The language button never takes focus, so a scanner's Enter cannot press it.
 * `status` sits in the header (e.g. "offline · 3 queued"), visible whatever the screen shows.
 */
export function Frame(props: ParentProps<{ tone?: Tone; footer?: string; status?: JSX.Element; testId?: string }>) {
  const { t, toggle } = useI18n();
  const device = useDevice();
  return (
    <div class={`frame tone-${props.tone ?? "idle"}`} data-testid={props.testId} data-tone={props.tone ?? "idle"}>
      <header class="frame-header">
        <span class="frame-device">
          <Show when={device.me()}>{(me) => `${t(`kind.${me().device.kind}`)} · ${me().device.name}`}</Show>
        </span>
        <span class="frame-right">
          {props.status}
          <Clock timeZone={device.me()?.settings.timeZone} />
          <button type="button" class="language" tabIndex={-1} onMouseDown={(e) => e.preventDefault()} onClick={toggle}>
            {t("language.switch")}
          </button>
        </span>
      </header>
      <main class="frame-main">{props.children}</main>
      <footer class="frame-footer">{props.footer ?? t("language.hint")}</footer>
    </div>
  );
}
