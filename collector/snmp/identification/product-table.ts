import { OidPrefixIndex } from './oid-prefix';
import type { ProductRule, RuleCertainty } from './product-rule';
import { CISCO_PRODUCTS } from './products-cisco';
import { CISCO_LINE_PRODUCTS } from './products-cisco-lines';
import { FAMILY_RULES } from './products-families';
import { FIREWALL_PRODUCTS } from './products-firewalls';
import { H3C_PRODUCTS } from './products-h3c';
import { HP_ARUBA_PRODUCTS } from './products-hp-aruba';
import { JUNIPER_ARISTA_PRODUCTS } from './products-juniper-arista';
import { VENDOR_RULES } from './products-vendors';

/** Every sysObjectID rule; an OID listed twice keeps its first row (product tables before families). */
export const PRODUCT_RULES: readonly ProductRule[] = [...CISCO_PRODUCTS, ...CISCO_LINE_PRODUCTS, ...H3C_PRODUCTS, ...HP_ARUBA_PRODUCTS, ...JUNIPER_ARISTA_PRODUCTS, ...FIREWALL_PRODUCTS, ...FAMILY_RULES, ...VENDOR_RULES];

const INDEX = new OidPrefixIndex(PRODUCT_RULES);

/** The rule with the longest prefix of sysObjectID, undefined when no rule covers it. */
export function matchProduct(sysObjectId: string | undefined): ProductRule | undefined {
  return INDEX.longestMatch(sysObjectId);
}

export function certaintyOf(rule: ProductRule): RuleCertainty {
  return rule.certainty ?? (rule.model ? 'product' : 'family');
}
