import type { Area } from "../../areas";

export const serviceArea: Area = {
  title: "nav.service",
  nav: [],
  routes: () => [],
};
