import { For } from "solid-js";
import { useI18n } from "../../i18n";
import { FORCE_REASONS, type ForcePanel as Panel } from "../controller";

/** A supervisor's badge at an open parcel: pick a reason with the arrow keys, Enter to force-complete. */
export function ForcePanel(props: { panel: Panel }) {
  const { t } = useI18n();
  return (
    <section class="force" data-testid="force-panel" role="dialog">
      <h1>{t("force.title", { name: props.panel.supervisor.name })}</h1>
      <ol class="force-reasons">
        <For each={FORCE_REASONS}>
          {(reason, i) => (
            <li classList={{ selected: i() === props.panel.choice }} data-selected={i() === props.panel.choice ? "true" : "false"}>
              {t(reason)}
            </li>
          )}
        </For>
      </ol>
      <p class="force-hint">{t("force.hint")}</p>
    </section>
  );
}
