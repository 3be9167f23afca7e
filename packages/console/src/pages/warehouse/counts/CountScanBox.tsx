import { createSignal, Show } from "solid-js";
import * as CountsApi from "../../../api/warehouse-counts";
import type { CountScanResult } from "../../../api/warehouse-ops-types";
import { ErrorBanner } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { skuWords, variantOf, wantSkus } from "../sku-words";
import { classifyScan } from "./count-rules";

/**
 * The counting desk's scan input: scan the bin's label, then every piece on that shelf (a damaged
 * piece with "damaged" ticked). The answer says what was counted on this line so far, never the
 * book. Scans go out one after another in the order made; the field is free at once.
 */
export function CountScanBox(props: { countId: string; onScanned: (result: CountScanResult) => void }) {
  const { t } = useI18n();
  const [bin, setBin] = createSignal("");
  const [code, setCode] = createSignal("");
  const [qty, setQty] = createSignal("1");
  const [damaged, setDamaged] = createSignal(false);
  const [last, setLast] = createSignal<CountScanResult>();
  const [error, setError] = createSignal<unknown>();
  const [needBin, setNeedBin] = createSignal(false);
  let queue = Promise.resolve();
  let input!: HTMLInputElement;

  const submit = () => {
    const scanned = classifyScan(code());
    setCode("");
    input.focus();
    if (!scanned) return;
    if (scanned.kind === "bin") {
      setNeedBin(false);
      return setBin(scanned.binCode);
    }
    const binCode = bin();
    if (!binCode) return setNeedBin(true);
    const count = Math.max(1, Number.parseInt(qty(), 10) || 1);
    const isDamaged = damaged();
    queue = queue.then(async () => {
      try {
        const result = await CountsApi.scan(props.countId, { binCode, code: scanned.code, qty: count, damaged: isDamaged });
        setError(undefined);
        wantSkus([result.skuId]);
        setLast(result);
        props.onScanned(result);
      } catch (caught) {
        setError(caught);
      }
    });
  };

  const lastText = () => {
    const l = last();
    if (!l) return "";
    const sku = skuWords(l.skuId);
    const name = sku ? variantOf(sku) : l.skuId;
    if (l.duplicate) return t("wh.countScan.duplicate", { sku: name, bin: l.binCode });
    return t("wh.countScan.counted", { sku: name, bin: l.binCode, counted: l.counted, damaged: l.damaged });
  };

  return (
    <form
      class="card scan-box no-print"
      data-testid="count-scan"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2>{t("wh.countScan.title")}</h2>
      <div class="form-row">
        <label class="field qty-field" classList={{ "field-invalid": needBin() }}>
          <span class="field-label">{t("wh.bin")}</span>
          <input name="countBin" autocomplete="off" value={bin()} placeholder="A-01-01-1" onInput={(e) => setBin(e.currentTarget.value.toUpperCase())} />
        </label>
        <label class="field scan-field">
          <span class="field-label">{t("wh.scan.code")}</span>
          <input ref={input} name="countScan" autocomplete="off" autofocus value={code()} onInput={(e) => setCode(e.currentTarget.value)} placeholder={t("wh.countScan.placeholder")} />
        </label>
        <label class="field qty-field">
          <span class="field-label">{t("wh.scan.qty")}</span>
          <input name="countQty" inputmode="numeric" value={qty()} onInput={(e) => setQty(e.currentTarget.value)} />
        </label>
        <label class="checkbox field">
          <input type="checkbox" name="countDamaged" checked={damaged()} onChange={(e) => setDamaged(e.currentTarget.checked)} />
          {t("wh.countScan.damaged")}
        </label>
        <div class="field field-button">
          <button type="submit" class="button-primary">
            {t("wh.scan.submit")}
          </button>
        </div>
      </div>
      <Show when={needBin()}>
        <p class="field-message">{t("wh.countScan.binFirst")}</p>
      </Show>
      <Show when={last()}>
        <p class="scan-result" classList={{ "scan-duplicate": last()!.duplicate }} role="status" data-testid="count-scan-result">
          {lastText()}
        </p>
      </Show>
      <ErrorBanner error={error()} />
    </form>
  );
}
