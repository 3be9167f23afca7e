import JsBarcode from "jsbarcode";
import { createEffect } from "solid-js";

/**
 * A Code 128 barcode drawn as SVG (crisp when printed at any size). Code 128 because badge codes
 * mix letters and digits and every wedge scanner reads it out of the box.
 */
export function Barcode(props: { value: string; height?: number; label?: string }) {
  let svg!: SVGSVGElement;
  createEffect(() => {
    JsBarcode(svg, props.value, {
      format: "CODE128",
      height: props.height ?? 56,
      width: 2,
      margin: 0,
      displayValue: true,
      font: "monospace",
      fontSize: 14,
      textMargin: 4,
      background: "transparent",
    });
  });
  return <svg ref={svg} class="barcode" data-code={props.value} role="img" aria-label={props.label ?? props.value} />;
}
