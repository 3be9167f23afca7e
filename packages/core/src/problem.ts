/**
 * The API's error document (RFC 9457 problem+json) as the console and the kiosk read it: one
 * definition for both front-ends, in core because it is the wire shape the server writes.
 */
/** RFC 9457 problem document, as every API error arrives. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  /** The input that failed, e.g. `staffNo` or `settings.fines.complaintFirstFen`. */
  field?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

/** An API call that did not succeed; carries the problem document so the UI can say why. */
export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    options?: { cause?: unknown },
  ) {
    super(problem.detail ?? problem.title, options);
    this.name = "ApiError";
  }

  get status() {
    return this.problem.status;
  }

  get code() {
    return this.problem.code;
  }

  /** Whether this error names `field`, directly or in its list of failed inputs. */
  names(field: string) {
    return this.problem.field === field || (this.problem.errors ?? []).some((e) => e.field === field);
  }

  /** The validator's message for one input, when the API listed it. */
  messageFor(field: string) {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }
}

/** The fetch itself failed: server down or no network. Status 0, like XHR reports it. */
export const networkProblem = (): Problem => ({
  type: "urn:dianwu:problem:network",
  title: "Network error",
  status: 0,
  code: "network",
});

/** A problem document from any failed response, even one a proxy answered with HTML. */
export async function readProblem(response: Response): Promise<Problem> {
  const text = await response.text().catch(() => "");
  try {
    const body = JSON.parse(text) as Partial<Problem>;
    if (body && typeof body === "object") {
      return {
        ...body,
        type: body.type ?? "about:blank",
        title: body.title ?? response.statusText,
        status: body.status ?? response.status,
        code: body.code ?? `http.${response.status}`,
      };
    }
  } catch {
    // Not JSON: fall through to a problem made from the status line.
  }
  return { type: "about:blank", title: response.statusText || "Error", status: response.status, code: `http.${response.status}` };
}
