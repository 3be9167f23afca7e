import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { signRequest } from "./sigv4";

/** Our signer against the SDK's own, on the requests the hot path sends. */
async function sdkSignature(input: { host: string; body: string; target: string; region: string; service: string; sessionToken?: string; now: Date }) {
  const signer = new SignatureV4({
    service: input.service,
    region: input.region,
    sha256: Sha256,
    // The SDK also sends the body's hash as x-amz-content-sha256 by default; AWS needs that header
    // for S3 only, and we do not send it. The signature is otherwise computed the same way.
    applyChecksum: false,
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", sessionToken: input.sessionToken },
  });
  const request = new HttpRequest({
    method: "POST",
    protocol: "https:",
    hostname: input.host,
    path: "/",
    headers: { host: input.host, "content-type": "application/x-amz-json-1.0", "x-amz-target": input.target },
    body: input.body,
  });
  const signed = await signer.sign(request, { signingDate: input.now });
  return signed.headers.authorization ?? signed.headers.Authorization;
}

describe("signing a JSON POST (SigV4)", () => {
  const cases = [
    { host: "dynamodb.cn-north-1.amazonaws.com.cn", region: "cn-north-1", service: "dynamodb", target: "DynamoDB_20120810.GetItem", body: JSON.stringify({ TableName: "t", Key: { pk: { S: "$dianwu#parcelid_p1" }, sk: { S: "$benchsession_1" } } }) },
    { host: "dynamodb.us-east-1.amazonaws.com", region: "us-east-1", service: "dynamodb", target: "DynamoDB_20120810.TransactWriteItems", body: JSON.stringify({ TransactItems: [{ Put: { Item: { code: { S: "条码 6901234567892" } } } }] }), sessionToken: "FwoGZXIvYXdzEXAMPLETOKEN" },
    { host: "secretsmanager.ap-east-1.amazonaws.com", region: "ap-east-1", service: "secretsmanager", target: "secretsmanager.GetSecretValue", body: "{}" },
  ];

  it.each(cases)("signs $target in $region exactly as the SDK does", async (c) => {
    const now = new Date("2026-11-27T06:00:00.000Z");
    const ours = signRequest({
      method: "POST",
      host: c.host,
      path: "/",
      headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": c.target },
      body: c.body,
      region: c.region,
      service: c.service,
      credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", sessionToken: c.sessionToken },
      now,
    });
    expect(ours.authorization).toBe(await sdkSignature({ ...c, now }));
    expect(ours["x-amz-date"]).toBe("20261127T060000Z");
    if (c.sessionToken) expect(ours["x-amz-security-token"]).toBe(c.sessionToken);
  });

  it("a different body, day or key gives a different signature", () => {
    const base = { method: "POST", host: "h", path: "/", headers: {}, body: "{}", region: "r", service: "s", credentials: { accessKeyId: "a", secretAccessKey: "b" }, now: new Date("2026-11-27T00:00:00Z") };
    const signature = (over: Partial<typeof base>) => signRequest({ ...base, ...over }).authorization;
    expect(new Set([signature({}), signature({ body: "{ }" }), signature({ now: new Date("2026-11-28T00:00:00Z") }), signature({ credentials: { accessKeyId: "a", secretAccessKey: "c" } })]).size).toBe(4);
  });
});
