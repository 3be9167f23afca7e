/**
 * The single table's shape, defined once. The CDK construct builds the cloud table from it and
 * the local runtime creates the DynamoDB Local table from it, so the two cannot drift.
 * ElectroDB entities name these indexes; a test checks every entity index exists here.
 */
export const TABLE_KEYS = { partitionKey: "pk", sortKey: "sk" } as const;

export const GLOBAL_INDEXES = [
  // Lists by a second owner: audit by staff member, devices by kind, badges by staff.
  { indexName: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
  // Lists by time or state: audit by day, dead letters by consumer.
  { indexName: "gsi2", partitionKey: "gsi2pk", sortKey: "gsi2sk" },
  // Spare for the areas that follow (orders by buyer, parcels by waybill...).
  { indexName: "gsi3", partitionKey: "gsi3pk", sortKey: "gsi3sk" },
] as const;

/** Attribute holding an epoch-seconds expiry (idempotency keys, pairing codes, processed-event marks). */
export const TTL_ATTRIBUTE = "expiresAt";

/** CreateTable input for the DynamoDB API (used by the local runtime and tests). */
export function createTableInput(tableName: string) {
  const keyAttrs = [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, ...GLOBAL_INDEXES.flatMap((i) => [i.partitionKey, i.sortKey])];
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST" as const,
    AttributeDefinitions: keyAttrs.map((AttributeName) => ({ AttributeName, AttributeType: "S" as const })),
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: "HASH" as const },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: "RANGE" as const },
    ],
    GlobalSecondaryIndexes: GLOBAL_INDEXES.map((i) => ({
      IndexName: i.indexName,
      KeySchema: [
        { AttributeName: i.partitionKey, KeyType: "HASH" as const },
        { AttributeName: i.sortKey, KeyType: "RANGE" as const },
      ],
      Projection: { ProjectionType: "ALL" as const },
    })),
  };
}
