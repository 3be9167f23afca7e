import { createSignal, Show } from "solid-js";
import * as ReceivingApi from "../../../api/warehouse-receiving";
import type { ScanResult } from "../../../api/warehouse-types";
import { ErrorBanner } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { skuWords, variantOf, wantSkus } from "../sku-words";

/**
 * The receiving desk's scan input: a wedge scanner types the code and Enter, so each piece is one
 * submit. Scans are sent one after another in the order they were made; the field is free for
 * the next scan at once. `qty` counts a whole pack in one scan (pieces × scans is still counted).
 */
export function ScanBox(props: { receiptId: string; onScanned: (result: ScanResult) => void }) {
  const { t } = useI18n();
  const [code, setCode] = createSignal("");
  const [qty, setQty] = createSignal("1");
  const [last, setLast] = createSignal<{ code: string; result: ScanResult }>();
  const [error, setError] = createSignal<unknown>();
  let queue = Promise.resolve();
  let input!: HTMLInputElement;

  const submit = () => {
    const scanned = code().trim();
    const count = Math.max(1, Number.parseInt(qty(), 10) || 1);
    if (!scanned) return;
    setCode("");
    queue = queue.then(async () => {
      try {
        const result = await ReceivingApi.scan(props.receiptId, scanned, count);
        setError(undefined);
        wantSkus([result.skuId]);
        setLast({ code: scanned, result });
        props.onScanned(result);
      } catch (caught) {
        setError(caught);
      }
    });
    input.focus();
  };

  const lastText = () => {
    const l = last();
    if (!l) return "";
    const sku = skuWords(l.result.skuId);
    const name = sku ? variantOf(sku) : l.result.skuId;
    if (l.result.duplicate) return t("wh.scan.duplicate", { code: l.result.unitCode ?? l.code, sku: name });
    return t("wh.scan.counted", { sku: name, scanned: l.result.line.scanned, expected: l.result.line.expected });
  };

  return (
    <form
      class="card scan-box no-print"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2>{t("wh.scan.title")}</h2>
      <div class="form-row">
        <label class="field scan-field">
          <span class="field-label">{t("wh.scan.code")}</span>
          <input ref={input} name="scan" autocomplete="off" autofocus value={code()} onInput={(e) => setCode(e.currentTarget.value)} placeholder={t("wh.scan.placeholder")} />
        </label>
        <label class="field qty-field">
          <span class="field-label">{t("wh.scan.qty")}</span>
          <input name="scanQty" inputmode="numeric" value={qty()} onInput={(e) => setQty(e.currentTarget.value)} />
        </label>
        <div class="field field-button">
          <button type="submit" class="button-primary">
            {t("wh.scan.submit")}
          </button>
        </div>
      </div>
      <Show when={last()}>
        <p class="scan-result" classList={{ "scan-duplicate": last()!.result.duplicate, "scan-unexpected": last()!.result.line.status === "unexpected" }} role="status" data-testid="scan-result">
          {lastText()}
          <Show when={last()!.result.line.status === "unexpected"}> {t("wh.scan.unexpected")}</Show>
        </p>
      </Show>
      <ErrorBanner error={error()} />
    </form>
  );
}
