import { createResource, For, Show } from "solid-js";
import { StaffApi, type BadgeInfo } from "../../api";
import { Empty, Loadable } from "../../components/States";
import { useI18n } from "../../i18n";
import { IssueBadgeButton } from "./IssueBadgeButton";

/** Newest first: the current badge on top, then the retired ones with why they were retired. */
const newestFirst = (badges: BadgeInfo[]) => [...badges].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));

/** One person's badges, current and retired, on their staff page. */
export function BadgePanel(props: { staffNo: string; name: string; active: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [badges, { refetch }] = createResource(() => props.staffNo, StaffApi.badges);
  const hasBadge = () => badges.state === "ready" && badges.latest.some((b) => b.active);

  return (
    <section class="card">
      <header class="card-header">
        <h2>{t("badges.title")}</h2>
        <Show when={props.active && badges.state === "ready"}>
          <IssueBadgeButton staffNo={props.staffNo} name={props.name} hasBadge={hasBadge()} onIssued={() => void refetch()} />
        </Show>
      </header>
      <Loadable resource={badges} retry={refetch}>
        {(list) => (
          <Show when={list().length > 0} fallback={<Empty>{t("badges.none")}</Empty>}>
            <table class="table">
              <thead>
                <tr>
                  <th>{t("badges.code")}</th>
                  <th>{t("badges.issuedAt")}</th>
                  <th>{t("staff.status")}</th>
                  <th>{t("badges.reason")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={newestFirst(list())}>
                  {(badge) => (
                    <tr classList={{ inactive: !badge.active }}>
                      <td class="mono">{badge.badgeCode}</td>
                      <td>{i18n.format.dateTime(badge.issuedAt)}</td>
                      <td>
                        <Show when={badge.active} fallback={<span class="status status-off">{t("badges.retiredAt", { time: badge.replacedAt ? i18n.format.dateTime(badge.replacedAt) : "" })}</span>}>
                          <span class="status status-ok">{t("badges.current")}</span>
                        </Show>
                      </td>
                      <td>{badge.reason ? i18n.lookup(`badges.reason.${badge.reason}`, badge.reason) : ""}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Loadable>
    </section>
  );
}
