import { RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, BillingMode, Table } from "aws-cdk-lib/aws-dynamodb";
import { Construct } from "constructs";
import { GLOBAL_INDEXES, TABLE_KEYS, TTL_ATTRIBUTE } from "./table";

export interface DianwuTableProps {
  /** True on stages holding real data: the table then survives stack deletion and mistakes. */
  protect: boolean;
}

/** The single table, built from the same definition the local runtime uses for DynamoDB Local. */
export class DianwuTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: DianwuTableProps) {
    super(scope, id);
    this.table = new Table(this, "Table", {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      // Traffic follows shop hours and sale days; provisioning for the peak would idle most of the week.
      billingMode: BillingMode.PAY_PER_REQUEST,
      // Cheap insurance against a bad migration or consumer bug; on for every stage so restores get rehearsed.
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TTL_ATTRIBUTE,
      deletionProtection: props.protect,
      removalPolicy: props.protect ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    for (const index of GLOBAL_INDEXES) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }
  }
}
