import { createContext, createSignal, useContext, type ParentProps } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import type { ShopSettings } from "../../api/types";
import { getAt, keyOf, type Path } from "./paths";

/**
 * The settings being edited: the document in a store (so editing one field never redraws its
 * neighbours), the problems the API reported per field, and the inputs that do not parse yet.
 */
function createSettingsForm(initial: ShopSettings) {
  const [doc, setDoc] = createStore<ShopSettings>(structuredClone(initial));
  const [baseline, setBaseline] = createSignal(JSON.stringify(initial));
  const [serverErrors, setServerErrors] = createSignal<Record<string, string>>({});
  const [localErrors, setLocalErrors] = createSignal<Record<string, string>>({});
  // The store's setter takes the path as separate arguments; paths here are data, hence the cast.
  const write = setDoc as unknown as (...args: unknown[]) => void;

  function reset(next: ShopSettings) {
    setDoc(reconcile(structuredClone(next)));
    setBaseline(JSON.stringify(next));
    setLocalErrors({});
    setServerErrors({});
  }

  return {
    doc,
    get: (path: Path) => getAt(doc, path),
    set: (path: Path, value: unknown) => write(...path, value),
    update: <T,>(path: Path, fn: (current: T) => T) => write(...path, fn),
    /** Delete a key of a record (a store deletes a property set to undefined). */
    remove: (path: Path) => write(...path, undefined),
    dirty: () => JSON.stringify(doc) !== baseline(),
    /** Start over from `next` (what the API saved or answered). */
    reset,
    /** Drop the edits: back to what was last loaded or saved. */
    revert: () => reset(JSON.parse(baseline()) as ShopSettings),
    snapshot: () => JSON.parse(JSON.stringify(doc)) as ShopSettings,
    serverErrors,
    setServerErrors,
    /** The message for a field: its own unparseable input first, then what the API said. */
    errorAt: (path: Path) => localErrors()[keyOf(path)] ?? serverErrors()[keyOf(path)],
    setLocalError: (path: Path, message: string | undefined) =>
      setLocalErrors((current) => {
        const next = { ...current };
        if (message) next[keyOf(path)] = message;
        else delete next[keyOf(path)];
        return next;
      }),
    hasLocalErrors: () => Object.keys(localErrors()).length > 0,
    /** Every problem strictly below `path`, as [path key, message], for a table that has no room for them. */
    errorsUnder: (path: Path) => {
      const prefix = `${keyOf(path)}.`;
      return Object.entries({ ...serverErrors(), ...localErrors() }).filter(([key]) => key.startsWith(prefix));
    },
    /** Whether anything at or below `path` has a problem (to open a collapsed section). */
    hasErrorUnder: (path: Path) => {
      const prefix = keyOf(path);
      return [...Object.keys(localErrors()), ...Object.keys(serverErrors())].some(
        (key) => key === prefix || key.startsWith(`${prefix}.`),
      );
    },
    /** Once edited, the API's complaint about a field is out of date. */
    clearServerError: (path: Path) =>
      setServerErrors((current) => {
        if (!(keyOf(path) in current)) return current;
        const next = { ...current };
        delete next[keyOf(path)];
        return next;
      }),
  };
}

export type SettingsForm = ReturnType<typeof createSettingsForm>;
const SettingsFormContext = createContext<SettingsForm>();

export function SettingsFormProvider(props: ParentProps<{ initial: ShopSettings; ref?: (form: SettingsForm) => void }>) {
  const form = createSettingsForm(props.initial);
  props.ref?.(form);
  return <SettingsFormContext.Provider value={form}>{props.children}</SettingsFormContext.Provider>;
}

export function useSettingsForm(): SettingsForm {
  const form = useContext(SettingsFormContext);
  if (!form) throw new Error("useSettingsForm() must be used inside <SettingsFormProvider>");
  return form;
}
