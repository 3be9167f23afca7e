/**
 * Keys and marker attributes exactly as ElectroDB writes them for our entities (service "dianwu",
 * default key casing: lower case, `$service#attr_value` partition keys and `$entity_version#attr_value`
 * sort keys), for code that reads or writes those items without ElectroDB. keys.test.ts checks
 * each use against ElectroDB's own params, so a change of key format there fails a test here.
 */
export interface Model {
  entity: string;
  version: string;
  service: string;
}

const part = (composite: readonly (readonly [string, string])[]) => composite.map(([name, value]) => `#${name}_${value}`).join("");

export function partitionKey(model: Model, composite: readonly (readonly [string, string])[]) {
  return `$${model.service}${part(composite)}`.toLowerCase();
}

export function sortKey(model: Model, composite: readonly (readonly [string, string])[]) {
  return `$${model.entity}_${model.version}${part(composite)}`.toLowerCase();
}

/** The attributes ElectroDB uses to recognise its own items. */
export function markers(model: Model) {
  return { __edb_e__: model.entity, __edb_v__: model.version };
}
