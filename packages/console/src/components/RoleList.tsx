import { For } from "solid-js";
import type { Role } from "../api/types";
import { useI18n } from "../i18n";

export function RoleList(props: { roles: readonly Role[] }) {
  const { t } = useI18n();
  return (
    <span class="chips">
      <For each={props.roles}>{(role) => <span class="chip">{t(`role.${role}`)}</span>}</For>
    </span>
  );
}
