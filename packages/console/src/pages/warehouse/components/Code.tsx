import JsBarcode from "jsbarcode";
import { createEffect } from "solid-js";

/**
 * A barcode drawn as SVG (crisp at any print size): Code 128 for internal labels, bins, waves and
 * parcels; EAN-13 for makers' codes (UPC-A prints as EAN-13 with a leading 0, which scanners read).
 */
export function Code(props: { value: string; symbology?: "CODE128" | "EAN13"; height?: number; width?: number; fontSize?: number; showText?: boolean; label?: string }) {
  let svg!: SVGSVGElement;
  createEffect(() => {
    const ean = props.symbology === "EAN13";
    const value = ean && props.value.length === 12 ? `0${props.value}` : props.value;
    try {
      JsBarcode(svg, value, {
        format: ean ? "EAN13" : "CODE128",
        height: props.height ?? 48,
        width: props.width ?? 2,
        margin: 0,
        displayValue: props.showText ?? true,
        font: "monospace",
        fontSize: props.fontSize ?? 14,
        textMargin: 2,
        background: "transparent",
      });
    } catch {
      // A value the symbology cannot draw: fall back to Code 128, which draws any text.
      JsBarcode(svg, props.value, { format: "CODE128", height: props.height ?? 48, width: props.width ?? 2, margin: 0, displayValue: props.showText ?? true, font: "monospace", fontSize: props.fontSize ?? 14 });
    }
  });
  return <svg ref={svg} class="barcode" data-code={props.value} role="img" aria-label={props.label ?? props.value} />;
}
