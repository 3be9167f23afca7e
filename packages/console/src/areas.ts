import type { JSX } from "solid-js";
import type { Role } from "./api/types";
import type { MessageKey } from "./i18n";

/** A page in the side navigation, shown only to those holding one of `roles` (the API's list for it). */
export interface NavEntry {
  href: string;
  label: MessageKey;
  roles: readonly Role[] | "any";
  /** Highlighted only on exactly this address: a list whose sibling pages sit under its path. */
  end?: boolean;
}

/**
 * A console area (warehouse, attendance, …): its routes and its group in the navigation. Each
 * area's `routes.tsx` exports one; App.tsx registers it with one line, so areas are added without
 * touching each other's pages.
 */
export interface Area {
  title: MessageKey;
  nav: NavEntry[];
  /** The area's `<Route>`s, placed among the console's own. */
  routes: () => JSX.Element;
}

export const mayOpen = (entry: NavEntry, held: readonly Role[]) => entry.roles === "any" || held.some((role) => entry.roles.includes(role));
