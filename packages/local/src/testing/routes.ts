import type { Api } from "@dianwu/functions/http/app";

export interface DocumentedRoute {
  method: string;
  /** OpenAPI path template, e.g. /api/staff/{staffNo}. */
  template: string;
  access: { kind: string; roles?: string[] | "any"; kinds?: string[] };
  hasBody: boolean;
}

/** Every operation of the API as its OpenAPI document states it, with its declared access rule. */
export async function documentedRoutes(app: Api): Promise<DocumentedRoute[]> {
  const doc = (await (await app.request("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, { "x-access": DocumentedRoute["access"]; requestBody?: unknown }>>;
  };
  return Object.entries(doc.paths).flatMap(([template, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method.toUpperCase(),
      template,
      access: operation["x-access"],
      hasBody: operation.requestBody !== undefined,
    })),
  );
}

/** A concrete path for a template; every parameter gets `value` (default: a syntactically valid one). */
export function fillPath(template: string, value?: (name: string) => string) {
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(value ? value(name) : name === "staffNo" ? "1001" : "01ABCDEFGHJKMNPQRSTVWXYZ00"),
  );
}
