import { For, Show } from "solid-js";
import { useI18n, type MessageKey } from "../../i18n";
import type { SignedIn } from "../../lib/bench";
import type { Packed } from "../controller";

/** Signed in, no parcel open: who is working, what to scan, the last parcel and the 待确认 tray. */
export function WaitingScreen(props: {
  operator: SignedIn;
  packed?: Packed;
  tray: Packed[];
  note?: { key: MessageKey; params?: Record<string, string | number> };
}) {
  const { t } = useI18n();
  return (
    <section class="work" data-testid="bench-work">
      <p class="work-label">{t("bench.operator")}</p>
      <h1 class="work-name" data-testid="operator-name">
        {props.operator.name}
      </h1>
      <p class="work-staff-no">{props.operator.staffNo}</p>
      <p class="work-waiting">{t("bench.waiting")}</p>
      <Show when={props.packed}>
        {(packed) => (
          <p class={`packed ${packed().pending ? "packed-pending" : ""}`} data-testid="packed" data-parcel-id={packed().parcelId} data-pending={packed().pending ? "true" : "false"}>
            {packed().pending ? t("bench.packedPending", { parcelId: packed().parcelId }) : t("bench.packed", { parcelId: packed().parcelId })}
          </p>
        )}
      </Show>
      <Show when={props.tray.length > 0}>
        <div class="tray" data-testid="tray">
          <p>{t("bench.tray", { count: props.tray.length })}</p>
          <ul>
            <For each={props.tray}>{(p) => <li>{p.parcelId}{p.waybill ? ` · ${p.waybill}` : ""}</li>}</For>
          </ul>
        </div>
      </Show>
      <Show when={props.note}>{(note) => <p class="work-note" data-testid="bench-note">{t(note().key, note().params)}</p>}</Show>
    </section>
  );
}
