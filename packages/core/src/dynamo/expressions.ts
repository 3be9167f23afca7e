/**
 * Update and condition expressions with every attribute name and value as a placeholder (names
 * like `state` are DynamoDB reserved words): `SET #a = :a, … ADD #n :n`.
 */
export interface Expression {
  UpdateExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
}

export function updateOf(set: Record<string, unknown>, add: Record<string, number> = {}): Expression {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets: string[] = [];
  const adds: string[] = [];
  for (const [name, value] of Object.entries(set)) {
    if (value === undefined) continue;
    names[`#${name}`] = name;
    values[`:${name}`] = value;
    sets.push(`#${name} = :${name}`);
  }
  for (const [name, value] of Object.entries(add)) {
    names[`#${name}`] = name;
    values[`:${name}`] = value;
    adds.push(`#${name} :${name}`);
  }
  const parts = [sets.length ? `SET ${sets.join(", ")}` : "", adds.length ? `ADD ${adds.join(", ")}` : ""].filter(Boolean);
  return { UpdateExpression: parts.join(" "), ExpressionAttributeNames: names, ExpressionAttributeValues: values };
}

/**
 * A condition that the item exists and each attribute equals the value given. Its placeholders
 * (`#c_x`, `:c_x`) cannot collide with updateOf's.
 */
export function existsWithEquals(equals: Record<string, unknown>) {
  const names: Record<string, string> = { "#c_pk": "pk" };
  const values: Record<string, unknown> = {};
  const clauses = ["attribute_exists(#c_pk)"];
  for (const [name, value] of Object.entries(equals)) {
    names[`#c_${name}`] = name;
    values[`:c_${name}`] = value;
    clauses.push(`#c_${name} = :c_${name}`);
  }
  return { ConditionExpression: clauses.join(" AND "), names, values };
}

/** An update of one item on condition, with both expressions' placeholders merged. */
export function conditionalUpdate(key: { pk: string; sk: string }, set: Record<string, unknown>, equals: Record<string, unknown>) {
  const update = updateOf(set);
  const condition = existsWithEquals(equals);
  return {
    Key: key,
    UpdateExpression: update.UpdateExpression,
    ConditionExpression: condition.ConditionExpression,
    ExpressionAttributeNames: { ...update.ExpressionAttributeNames, ...condition.names },
    ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ...condition.values },
  };
}

/** A put that creates the item only if no item has its key. */
export function createOnly(item: Record<string, unknown> & { pk: string; sk: string }) {
  return { Item: item, ConditionExpression: "attribute_not_exists(#pk)", ExpressionAttributeNames: { "#pk": "pk" } };
}
