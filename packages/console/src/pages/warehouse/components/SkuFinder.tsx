import { createSignal, For, Show } from "solid-js";
import type { SkuInfo } from "../../../api/warehouse-types";
import { ErrorBanner } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { findSkus } from "../find-sku";
import { variantOf } from "../sku-words";

/**
 * Scan or type a barcode, platform code or style code, press Enter: one match is taken at once,
 * several (a style) are offered to choose from. A wedge scanner ends with Enter, so a scan works.
 */
export function SkuFinder(props: { onFound: (sku: SkuInfo) => void; label?: string; autofocus?: boolean; name?: string }) {
  const { t } = useI18n();
  const [text, setText] = createSignal("");
  const [choices, setChoices] = createSignal<SkuInfo[]>([]);
  const [notFound, setNotFound] = createSignal(false);
  const [error, setError] = createSignal<unknown>();
  const [pending, setPending] = createSignal(false);

  const take = (sku: SkuInfo) => {
    setChoices([]);
    setText("");
    props.onFound(sku);
  };
  const search = async () => {
    setNotFound(false);
    setError(undefined);
    setPending(true);
    try {
      const found = await findSkus(text());
      if (found.length === 1) take(found[0]!);
      else {
        setChoices(found);
        setNotFound(found.length === 0);
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <div class="sku-finder">
      <div class="input-affix">
        <input
          name={props.name ?? "skuCode"}
          placeholder={props.label ?? t("wh.findSku.placeholder")}
          aria-label={props.label ?? t("wh.findSku.placeholder")}
          autocomplete="off"
          data-autofocus={props.autofocus ? "" : undefined}
          value={text()}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              void search();
            }
          }}
        />
        <button type="button" disabled={pending() || !text().trim()} onClick={() => void search()}>
          {t("wh.findSku.find")}
        </button>
      </div>
      <Show when={notFound()}>
        <p class="field-message">{t("wh.findSku.none", { code: text() })}</p>
      </Show>
      <ErrorBanner error={error()} />
      <Show when={choices().length > 1}>
        <ul class="choice-list">
          <For each={choices()}>
            {(sku) => (
              <li>
                <button type="button" class="button-link" onClick={() => take(sku)}>
                  {variantOf(sku)} <span class="muted">{sku.name}</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
