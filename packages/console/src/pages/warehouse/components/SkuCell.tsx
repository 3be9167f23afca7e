import { A } from "@solidjs/router";
import { onMount, Show } from "solid-js";
import { skuWords, variantOf, wantSkus } from "../sku-words";

/** A SKU in a table: style · colour · size and its name, linked to its stock or its record. */
export function SkuCell(props: { skuId: string; href?: string }) {
  onMount(() => wantSkus([props.skuId]));
  const sku = () => skuWords(props.skuId);
  const body = () => (
    <Show when={sku()} fallback={<span class="mono">{props.skuId}</span>}>
      {(s) => (
        <>
          <span class="sku-variant">{variantOf(s())}</span>
          <span class="muted small sku-name">{s().name}</span>
        </>
      )}
    </Show>
  );
  return (
    <span class="sku-cell" data-sku-id={props.skuId}>
      <Show when={props.href} fallback={body()}>
        {(href) => <A href={href()}>{body()}</A>}
      </Show>
    </span>
  );
}
