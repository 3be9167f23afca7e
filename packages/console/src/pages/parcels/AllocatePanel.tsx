import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import * as ParcelsApi from "../../api/parcels";
import { ErrorBanner } from "../../components/States";
import { useI18n } from "../../i18n";
import { addPage, emptyRun, type AllocationRun } from "./allocation";

/**
 * 配货: reserves stock for the pending parcels past their merge window, page after page, with the
 * progress on screen and a stop button; then says what could not be allocated and why (short of
 * stock, platform SKU codes the catalogue lacks). Stopping keeps what was done: each page is
 * committed on its own.
 */
export function AllocatePanel(props: { onDone: () => void }) {
  const { t } = useI18n();
  const [run, setRun] = createSignal<AllocationRun>();
  const [running, setRunning] = createSignal(false);
  const [error, setError] = createSignal<unknown>();
  let stop = false;

  async function start() {
    stop = false;
    setError(undefined);
    setRunning(true);
    let current = emptyRun();
    setRun(current);
    try {
      let cursor: string | undefined;
      do {
        const page = await ParcelsApi.allocate(cursor ? { cursor } : {});
        current = addPage(current, page);
        setRun(current);
        cursor = page.cursor ?? undefined;
      } while (cursor && !stop);
    } catch (e) {
      setError(e);
    } finally {
      setRunning(false);
      props.onDone();
    }
  }

  return (
    <section class="card allocate-panel" data-testid="allocate-panel">
      <div class="allocate-actions">
        <button type="button" class="button-primary" disabled={running()} onClick={() => void start()} data-testid="allocate">
          {t("parcels.allocate.start")}
        </button>
        <Show when={running()}>
          <button type="button" onClick={() => (stop = true)}>
            {t("parcels.allocate.stop")}
          </button>
        </Show>
        <span class="muted small">{t("parcels.allocate.hint")}</span>
      </div>
      <ErrorBanner error={error()} />
      <Show when={run()}>
        {(r) => (
          <div role="status" data-testid="allocate-result">
            <p>
              {t(running() ? "parcels.allocate.progress" : "parcels.allocate.done", { looked: r().looked, allocated: r().allocated, short: r().short.length, skipped: r().skipped })}
            </p>
            <Show when={r().skippedBy.size > 0}>
              <p class="muted small" data-testid="allocate-skipped">
                {t("parcels.allocate.skipped")}{" "}
                {[...r().skippedBy].map(([reason, count]) => `${t(`parcels.allocate.reason.${reason}`)} ${count}`).join("，")}
              </p>
            </Show>
            <Show when={r().short.length > 0}>
              <p class="allocate-warn">
                {t("parcels.allocate.short")}{" "}
                <For each={r().short.slice(0, 20)}>
                  {(parcelId) => (
                    <>
                      <A class="mono" href={`/parcels/${parcelId}`}>
                        {parcelId}
                      </A>{" "}
                    </>
                  )}
                </For>
                <Show when={r().short.length > 20}>{t("parcels.allocate.more", { count: r().short.length - 20 })}</Show>
              </p>
            </Show>
            <Show when={r().unknownSkus.size > 0}>
              <p class="allocate-problem" data-testid="allocate-unknown">
                {t("parcels.allocate.unknown")}{" "}
                <For each={[...r().unknownSkus]}>{([sku, count]) => <span class="mono">{`${sku} ×${count} `}</span>}</For>
              </p>
            </Show>
          </div>
        )}
      </Show>
    </section>
  );
}
