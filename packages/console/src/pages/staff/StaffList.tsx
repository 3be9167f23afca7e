import { A, useNavigate } from "@solidjs/router";
import { createMemo, createResource, createSignal, For, Show } from "solid-js";
import { StaffApi, type Department, type StaffMember } from "../../api";
import { Page } from "../../components/Page";
import { RoleList } from "../../components/RoleList";
import { Empty, Loadable } from "../../components/States";
import { DEPARTMENTS } from "../../domain";
import { useI18n } from "../../i18n";
import { useAuth } from "../../providers/auth";
import { CreateStaffDialog } from "./CreateStaffDialog";

/** Departments in their usual order, people by staff number within each. */
export function byDepartment(members: StaffMember[]) {
  return DEPARTMENTS.map((department) => ({
    department,
    members: members.filter((m) => m.department === department).sort((a, b) => a.staffNo.localeCompare(b.staffNo)),
  })).filter((group) => group.members.length > 0) as { department: Department; members: StaffMember[] }[];
}

export function StaffList() {
  const { t } = useI18n();
  const auth = useAuth();
  const navigate = useNavigate();
  const [staff, { refetch }] = createResource(StaffApi.list);
  const [creating, setCreating] = createSignal(false);
  const [showInactive, setShowInactive] = createSignal(false);

  return (
    <Page
      title={t("staff.title")}
      actions={
        <>
          <label class="checkbox">
            <input type="checkbox" checked={showInactive()} onChange={(e) => setShowInactive(e.currentTarget.checked)} />
            {t("staff.showInactive")}
          </label>
          <Show when={auth.isAdmin()}>
            <button type="button" class="button-primary" onClick={() => setCreating(true)}>
              {t("staff.create")}
            </button>
          </Show>
        </>
      }
    >
      <Loadable resource={staff} retry={refetch}>
        {(members) => {
          const groups = createMemo(() => byDepartment(members().filter((m) => showInactive() || m.active)));
          return (
            <Show when={groups().length > 0} fallback={<Empty>{t("staff.empty")}</Empty>}>
              {/* One table, a header row per department, so the columns line up across departments. */}
              <table class="table staff-table">
                <thead>
                  <tr>
                    <th class="col-narrow">{t("staff.staffNo")}</th>
                    <th class="col-name">{t("staff.name")}</th>
                    <th>{t("staff.roles")}</th>
                    <th class="col-narrow">{t("staff.hireDate")}</th>
                    <th class="col-narrow">{t("staff.status")}</th>
                    <th class="col-actions" />
                  </tr>
                </thead>
                <For each={groups()}>
                  {(group) => (
                    <tbody>
                      <tr class="group-row">
                        <th colspan={6}>
                          {t(`department.${group.department}`)} <span class="count">{group.members.length}</span>
                        </th>
                      </tr>
                      <For each={group.members}>
                        {(member) => (
                          <tr classList={{ inactive: !member.active }} data-staff-no={member.staffNo}>
                            <td class="mono">{member.staffNo}</td>
                            <td>{member.name}</td>
                            <td>
                              <RoleList roles={member.roles} />
                            </td>
                            <td class="nowrap">{member.hireDate}</td>
                            <td>
                              <span class={member.active ? "status status-ok" : "status status-off"}>
                                {member.active ? t("staff.activeYes") : t("staff.activeNo")}
                              </span>
                            </td>
                            <td class="col-actions">
                              <A href={`/staff/${member.staffNo}`}>{auth.isAdmin() ? t("common.edit") : t("common.view")}</A>
                            </td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  )}
                </For>
              </table>
            </Show>
          );
        }}
      </Loadable>
      <Show when={creating()}>
        <CreateStaffDialog
          onClose={() => setCreating(false)}
          onCreated={(member) => {
            setCreating(false);
            void refetch();
            navigate(`/staff/${member.staffNo}`);
          }}
        />
      </Show>
    </Page>
  );
}
