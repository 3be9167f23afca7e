import { For, Show } from "solid-js";
import type { AuditEntry } from "../../api/types";
import { useI18n } from "../../i18n";

const json = (value: unknown) => JSON.stringify(value, null, 2);

export function AuditTable(props: { entries: AuditEntry[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const actor = (entry: AuditEntry) => {
    const kind = i18n.lookup(`audit.actor.${entry.actorType}`, entry.actorType);
    const who = entry.staffNo ?? entry.actorName ?? entry.deviceId;
    return who ? `${kind} · ${who}` : kind;
  };

  return (
    <table class="table audit-table">
      <thead>
        <tr>
          <th class="col-narrow">{t("audit.at")}</th>
          <th>{t("audit.action")}</th>
          <th>{t("audit.actor")}</th>
          <th>{t("audit.targetColumn")}</th>
          <th>{t("audit.details")}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.entries}>
          {(entry) => (
            <tr>
              <td class="nowrap">{i18n.format.dateTime(entry.at)}</td>
              <td>
                <span title={entry.action}>{i18n.lookup(`audit.action.${entry.action}`, entry.action)}</span>
              </td>
              <td>
                {actor(entry)}
                <Show when={entry.deviceId && entry.staffNo}>
                  <div class="muted small">{t("audit.atDevice", { device: entry.deviceId! })}</div>
                </Show>
              </td>
              <td>
                <span class="muted">{i18n.lookup(`audit.target.${entry.targetType}`, entry.targetType)}</span>{" "}
                <span class="mono">{entry.targetId}</span>
              </td>
              <td>
                <Show when={entry.note}>
                  <div>{entry.note}</div>
                </Show>
                <Show when={entry.before !== undefined || entry.after !== undefined}>
                  <details>
                    <summary>{t("audit.changes")}</summary>
                    <div class="diff">
                      <Show when={entry.before !== undefined}>
                        <div>
                          <div class="muted small">{t("audit.before")}</div>
                          <pre>{json(entry.before)}</pre>
                        </div>
                      </Show>
                      <Show when={entry.after !== undefined}>
                        <div>
                          <div class="muted small">{t("audit.after")}</div>
                          <pre>{json(entry.after)}</pre>
                        </div>
                      </Show>
                    </div>
                  </details>
                </Show>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
