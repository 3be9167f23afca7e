import { partitionKey, sortKey, type Model } from "./keys";
import { getItem, type Row } from "./table";

type Composite = readonly (readonly [string, string])[];

/**
 * One item of an ElectroDB entity read directly, strongly consistent: undefined when absent or
 * when the key holds another entity's item (ElectroDB's own get checks the same marker).
 */
export async function getEntityItem(model: Model, pk: Composite, sk: Composite = [], attributes?: readonly string[]): Promise<Row | undefined> {
  const row = await getItem({ pk: partitionKey(model, pk), sk: sortKey(model, sk) }, attributes ? { attributes: [...attributes, "__edb_e__"] } : {});
  return row?.__edb_e__ === model.entity ? row : undefined;
}
