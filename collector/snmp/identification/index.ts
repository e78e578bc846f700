/** SNMP device identification as data: enterprise and product tables, OS parsing, weighted evidence. */
export { identifyDevice, sysServicesCouldChangeType } from './identify-device';
export { ENTERPRISES, enterpriseOf, manufacturerFromEnterprise, type Enterprise } from './enterprises';
export { PRODUCT_RULES, matchProduct } from './product-table';
export type { ProductRule, RuleCertainty } from './product-rule';
export { parseOs } from './os-parser';
export { OidPrefixIndex, enterpriseNumberOf, normalizeOid } from './oid-prefix';
export { NEW_EQUIPMENT_TYPES, type EntityRow, type HrDeviceRow, type Identification, type IdentifiedType, type NewEquipmentType, type OsInfo, type RuleType, type SnmpEvidence } from './types';
