import { createResource, createSignal, For, onCleanup, Show } from "solid-js";
import { DevicesApi, type DeviceInfo, type PairingCode } from "../../api";
import { ConfirmButton } from "../../components/ConfirmButton";
import { Page } from "../../components/Page";
import { Empty, Loadable } from "../../components/States";
import { useI18n } from "../../i18n";
import { PairingCodeCard } from "./PairingCodeCard";
import { PairingForm } from "./PairingForm";

/** How often the list is re-read while a pairing code is on screen, so the new kiosk appears. */
const WATCH_MS = 2000;

export function DevicesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [devices, { refetch, mutate }] = createResource(DevicesApi.list);
  const [pairing, setPairing] = createSignal<PairingCode>();

  // Quietly: the table is only redrawn when the list really changed (a dialog may be open on it).
  const timer = setInterval(async () => {
    const shown = pairing();
    if (!shown || new Date(shown.expiresAt).getTime() <= Date.now() || devices.state !== "ready") return;
    const fresh = await DevicesApi.list().catch(() => undefined);
    if (fresh && JSON.stringify(fresh) !== JSON.stringify(devices.latest)) mutate(fresh);
  }, WATCH_MS);
  onCleanup(() => clearInterval(timer));

  const replace = (updated: DeviceInfo) =>
    mutate((list) => list?.map((d) => (d.deviceId === updated.deviceId ? updated : d)));

  return (
    <Page title={t("devices.title")}>
      <div class="stack">
        <Show when={pairing()} fallback={<PairingForm onCreated={setPairing} />}>
          {(code) => <PairingCodeCard pairing={code()} onDismiss={() => setPairing(undefined)} />}
        </Show>
        <Loadable resource={devices} retry={refetch}>
          {(list) => (
            <Show when={list().length > 0} fallback={<Empty>{t("devices.empty")}</Empty>}>
              <table class="table" data-testid="devices">
                <thead>
                  <tr>
                    <th>{t("devices.name")}</th>
                    <th>{t("devices.kind")}</th>
                    <th>{t("devices.location")}</th>
                    <th>{t("devices.pairedAt")}</th>
                    <th class="col-narrow">{t("devices.pairedBy")}</th>
                    <th>{t("staff.status")}</th>
                    <th class="col-actions" />
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(device) => (
                      <tr classList={{ inactive: !!device.revokedAt }} data-device-id={device.deviceId}>
                        <td>{device.name}</td>
                        <td>{t(`devices.kind.${device.kind}`)}</td>
                        <td>{device.location}</td>
                        <td>{i18n.format.dateTime(device.pairedAt)}</td>
                        <td class="mono">{device.pairedBy}</td>
                        <td>
                          <Show
                            when={device.revokedAt}
                            fallback={<span class="status status-ok">{t("devices.active")}</span>}
                          >
                            {(at) => <span class="status status-off">{t("devices.revokedAt", { time: i18n.format.dateTime(at()) })}</span>}
                          </Show>
                        </td>
                        <td class="col-actions">
                          <Show when={!device.revokedAt}>
                            <ConfirmButton
                              label={t("devices.revoke")}
                              title={t("devices.revokeTitle", { name: device.name })}
                              message={t("devices.revokeMessage", { name: device.name, location: device.location })}
                              danger
                              class="button-small"
                              onConfirm={async () => replace(await DevicesApi.revoke(device.deviceId))}
                            />
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          )}
        </Loadable>
      </div>
    </Page>
  );
}
