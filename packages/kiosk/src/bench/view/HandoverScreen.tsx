import { createSignal, For, Match, onMount, Show, Switch } from "solid-js";
import { CARRIERS } from "../../api/handover";
import { useI18n, type MessageKey } from "../../i18n";
import type { Choice, Handover } from "../handover";

const carrierKey = (code: string) => ((CARRIERS as readonly string[]).includes(code) ? (`carrier.${code}` as MessageKey) : undefined);

/** Carrier handover (交接): choose the batch, scan parcels in, enter the courier's name, close. */
export function HandoverScreen(props: { handover: Handover }) {
  const { t } = useI18n();
  const h = props.handover;
  const choiceText = (choice: Choice) =>
    choice.kind === "continue"
      ? t("handover.continue", { carrier: choice.batch.carrierName, count: choice.batch.count, bench: choice.batch.benchName })
      : t("handover.new", { carrier: t(carrierKey(choice.carrier)!) });

  return (
    <section class="handover" data-testid="handover">
      <Switch>
        <Match when={!h.current()}>
          <h1>{t("handover.choose")}</h1>
          <ol class="choices" data-testid="handover-choices">
            <For each={h.choices()}>
              {(choice, i) => (
                <li classList={{ selected: i() === h.choice() }} data-selected={i() === h.choice() ? "true" : "false"} data-carrier={choice.kind === "new" ? choice.carrier : choice.batch.carrier}>
                  {choiceText(choice)}
                </li>
              )}
            </For>
          </ol>
        </Match>
        <Match when={h.current()}>
          {(batch) => (
            <div class="batch" data-testid="batch" data-batch-id={batch().batchId} data-state={batch().state}>
              <h1>
                {batch().carrierName} · {t(batch().state === "closed" ? "handover.closed" : "handover.open")}
              </h1>
              <p class="batch-count">
                <span data-testid="handover-count">{batch().count}</span> {t("handover.parcels")}
              </p>
              <Show when={h.lastAdded()}>
                {(added) => (
                  <p class={`batch-added ${added().outcome}`} data-testid="handover-added" data-outcome={added().outcome}>
                    {t(added().outcome === "added" ? "handover.added" : "handover.already", { parcelId: added().parcelId })}
                  </p>
                )}
              </Show>
              <Show when={batch().state === "closed"}>
                <p class="batch-closed" data-testid="handover-closed">
                  {t("handover.closedBy", { courier: batch().courierName ?? "" })}
                </p>
              </Show>
              <Show when={h.enteringCourier()}>
                <CourierForm onSubmit={(name) => void h.close(name)} onCancel={h.cancelCourier} />
              </Show>
              <ol class="batch-parcels" reversed>
                <For each={[...batch().parcels].reverse().slice(0, 8)}>
                  {(parcel) => (
                    <li>
                      {parcel.parcelId} · {parcel.receiverName} {parcel.receiverCity}
                    </li>
                  )}
                </For>
              </ol>
            </div>
          )}
        </Match>
      </Switch>
    </section>
  );
}

/** The courier's name, typed (a person types slowly: the scanner leaves these keys alone). */
function CourierForm(props: { onSubmit: (name: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [name, setName] = createSignal("");
  let input!: HTMLInputElement;
  onMount(() => input.focus());
  return (
    <label class="courier">
      {t("handover.courier")}
      <input
        ref={input}
        name="courierName"
        data-testid="courier-name"
        autocomplete="off"
        maxLength={40}
        value={name()}
        onInput={(e) => setName(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.defaultPrevented) return;
          if (e.key === "Enter") {
            e.preventDefault();
            props.onSubmit(name());
          } else if (e.key === "Escape") props.onCancel();
        }}
      />
    </label>
  );
}
