import { createScanner } from "../scanner";
import { useDevice } from "../providers/device";

/** The scanner tuned by this shop's settings (from /kiosk/me); defaults until they arrive. */
export function useKioskScanner(onScan: (code: string) => unknown) {
  const device = useDevice();
  return createScanner({
    config: () => {
      const settings = device.me()?.settings;
      return {
        maxInterKeyMs: settings?.scannerMaxInterKeyMs ?? 35,
        minLength: settings?.scannerMinLength ?? 4,
        gs1Substitute: settings?.gs1Substitute ?? "",
      };
    },
    onScan,
  });
}
