import type { CountSummary } from "../../../api/warehouse-ops-types";
import type { BinKind } from "../../../api/warehouse-types";
import { useI18n } from "../../../i18n";
import { BIN_KINDS } from "../labels";

/** "区 A" / "次品仓" / "款号 T1001": a count's scope as a person reads it. */
export function useScopeText() {
  const { t } = useI18n();
  return (scope: CountSummary["scope"]) => {
    if (scope.kind === "zone") return t("wh.count.scopeZone", { zone: scope.value });
    if (scope.kind === "binKind" && (BIN_KINDS as readonly string[]).includes(scope.value)) return t(`wh.binKind.${scope.value as BinKind}`);
    if (scope.kind === "binKind") return scope.value;
    return t("wh.count.scopeStyle", { style: scope.value });
  };
}
