import type { ParcelState } from "../../api/parcels";
import { useI18n } from "../../i18n";

const TONE: Record<ParcelState, string> = {
  pending: "status-todo",
  allocated: "status-todo",
  picking: "status-todo",
  packed: "status-ok",
  handed_over: "status-ok",
  cancelled: "status-off",
};

export function ParcelStateBadge(props: { state: ParcelState }) {
  const { t } = useI18n();
  return (
    <span class={`status ${TONE[props.state]}`} data-state={props.state}>
      {t(`parcels.state.${props.state}`)}
    </span>
  );
}
