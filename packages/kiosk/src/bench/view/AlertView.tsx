import { For, Match, Show, Switch } from "solid-js";
import { useI18n } from "../../i18n";
import { clockTime } from "../../lib/time";
import type { Alert } from "../alerts";
import { itemText, scannedText } from "./describe";

/** An alert filling the bench's screen until a key or the next scan acknowledges it. */
export function AlertView(props: { alert: Alert; timeZone: string }) {
  const { t } = useI18n();
  const as = <K extends Alert["kind"]>(kind: K) => (props.alert.kind === kind ? (props.alert as Extract<Alert, { kind: K }>) : undefined);
  return (
    <section class={`alert alert-${props.alert.kind}`} role="alert">
      <Switch>
        <Match when={as("rejected")}>
          {(a) => (
            <div data-testid="scan-alert" data-outcome={a().outcome} data-scan-id={a().scanId}>
              <h1>{t(`alert.${a().outcome}`)}</h1>
              <p class="alert-scanned">
                {t("alert.scanned")} <strong data-testid="alert-scanned">{scannedText(a().scanned)}</strong>
              </p>
              <Show when={a().unit}>{(unit) => <p class="alert-detail">{t("alert.unit", { unit: unit() })}</p>}</Show>
              <Show when={a().expected.length > 0}>
                <p class="alert-detail">{t("alert.expected")}</p>
                <ul class="alert-expected" data-testid="alert-expected">
                  <For each={a().expected}>{(m) => <li>{t("alert.missingLine", { item: itemText(m), remaining: m.remaining })}</li>}</For>
                </ul>
              </Show>
              <p class="alert-ack">{t("alert.acknowledge")}</p>
            </div>
          )}
        </Match>
        <Match when={as("label-early")}>
          {(a) => (
            <div data-testid="scan-alert" data-outcome="waybill_label">
              <h1>{t("alert.labelEarly")}</h1>
              <p class="alert-detail">{t("alert.labelEarlyHint", { code: a().code })}</p>
              <p class="alert-ack">{t("alert.acknowledge")}</p>
            </div>
          )}
        </Match>
        <Match when={as("intercept")}>
          {(a) => (
            <div data-testid="intercept" data-parcel-id={a().parcelId}>
              <h1>{t("alert.intercepted")}</h1>
              <Show when={a().parcelId}>{(id) => <p class="alert-parcel">{id()}</p>}</Show>
              <ul class="alert-reasons">
                <For each={a().intercept?.reasons ?? []}>
                  {(r) => (
                    <li>
                      {t(`intercept.${r.reason}`)}
                      <Show when={r.note}>{(note) => <span> — {note()}</span>}</Show>
                    </li>
                  )}
                </For>
              </ul>
              <p class="alert-put" data-testid="intercept-put">
                {t("alert.putAt", { place: a().intercept?.putAt ?? t("alert.interceptShelf") })}
              </p>
              <p class="alert-ack">{t("alert.acknowledge")}</p>
            </div>
          )}
        </Match>
        <Match when={as("busy")}>
          {(a) => (
            <div data-testid="busy">
              <h1>{t("alert.busy", { bench: a().benchName })}</h1>
              <p class="alert-detail">
                {t("alert.busySince", { staffNo: a().staffNo, time: a().since ? clockTime(a().since!, props.timeZone) : "?" })}
              </p>
              <p class="alert-ack">
                {a().takeoverAllowed
                  ? t("alert.takeoverNow")
                  : t("alert.takeoverLater", { time: a().takeoverAt ? clockTime(a().takeoverAt!, props.timeZone) : "?" })}
              </p>
            </div>
          )}
        </Match>
        <Match when={as("swapped")}>
          {(a) => (
            <div data-testid="swapped">
              <h1>{t("alert.swapped")}</h1>
              <p class="alert-detail">
                {a().labelParcelId ? t("alert.swappedOther", { label: a().label, parcelId: a().labelParcelId! }) : t("alert.swappedHint", { label: a().label })}
              </p>
              <p class="alert-ack">{t("alert.acknowledge")}</p>
            </div>
          )}
        </Match>
        <Match when={as("close-failed")}>
          {(a) => (
            <div data-testid="close-failed" data-parcel-id={a().parcelId}>
              <h1>{t("alert.closeFailed", { parcelId: a().parcelId })}</h1>
              <p class="alert-detail">{t(a().reason, a().params)}</p>
              <p class="alert-put">{t("alert.closeFailedHint")}</p>
              <p class="alert-ack">{t("alert.acknowledge")}</p>
            </div>
          )}
        </Match>
        <Match when={as("problem")}>
          {(a) => (
            <div data-testid="kiosk-error">
              <h1>{t(a().title, a().params)}</h1>
              <Show when={a().hint}>{(hint) => <p class="alert-detail">{t(hint(), a().params)}</p>}</Show>
              <p class="alert-ack">{t("alert.acknowledge")}</p>
            </div>
          )}
        </Match>
      </Switch>
    </section>
  );
}
