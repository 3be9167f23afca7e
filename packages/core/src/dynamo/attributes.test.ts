import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { describe, expect, it } from "vitest";
import { fromAttributes, StringSet, toAttributes } from "./attributes";

/** Our encoding against the SDK's (what lib-dynamodb, and so ElectroDB, write and read). */
describe("attribute values", () => {
  const item = {
    pk: "$dianwu#parcelid_p1",
    version: 3,
    ratio: 0.25,
    negative: -7,
    accepted: true,
    rejected: false,
    nothing: null,
    progress: '{"counts":[1,0]}',
    tids: ["3001", "3002"],
    lines: [{ tid: "3001", quantity: 2, note: undefined }, { tid: "3002", quantity: 1 }],
    nested: { deep: { list: [1, "两", false, null] } },
    empty: [],
    gone: undefined,
  };

  it("encodes plain values as lib-dynamodb does with removeUndefinedValues", () => {
    expect(toAttributes(item)).toEqual(marshall(item, { removeUndefinedValues: true }));
  });

  it("decodes what the SDK encodes, and its own encoding back to the value", () => {
    const { gone: _gone, ...stored } = item;
    const expected = { ...stored, lines: [{ tid: "3001", quantity: 2 }, { tid: "3002", quantity: 1 }] };
    expect(fromAttributes(marshall(item, { removeUndefinedValues: true }) as never)).toEqual(unmarshall(marshall(item, { removeUndefinedValues: true })));
    expect(fromAttributes(toAttributes(item))).toEqual(expected);
  });

  it("writes sets as sets and reads them back as arrays, as ElectroDB returns them", () => {
    expect(toAttributes({ a: new StringSet(["x", "y"]), b: new Set(["p"]), n: new Set([1, 2]) })).toEqual({ a: { SS: ["x", "y"] }, b: { SS: ["p"] }, n: { NS: ["1", "2"] } });
    expect(fromAttributes({ a: { SS: ["x", "y"] }, n: { NS: ["1", "2"] } })).toEqual({ a: ["x", "y"], n: [1, 2] });
  });

  it("refuses what DynamoDB cannot hold", () => {
    expect(() => toAttributes({ n: Number.NaN })).toThrow(/NaN/);
    expect(() => toAttributes({ f: () => 1 })).toThrow(/function/);
  });
});
