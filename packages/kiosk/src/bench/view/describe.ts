import type { Missing } from "../../api/bench";
import type { ScannedItem } from "../alerts";

/** "TS2408 红色 M 纯棉T恤": how an item is named on the bench's screen. */
export function itemText(item: Partial<Pick<Missing, "styleCode" | "colour" | "size" | "name">>) {
  return [item.styleCode, item.colour, item.size, item.name].filter(Boolean).join(" ");
}

/** What was scanned: the item when the code is known, the code itself otherwise. */
export function scannedText(scanned: ScannedItem) {
  const item = itemText(scanned);
  return item ? `${item} (${scanned.code})` : scanned.code;
}
