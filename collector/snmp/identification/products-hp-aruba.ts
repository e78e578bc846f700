import type { ProductRule } from './product-rule';

/**
 * HP/HPE and Aruba switches and access points, one row per registered product. Sources, as published in
 * observium-community-edition's mibs/ tree: HP-ICF-OID (hpEtherSwitch = 1.3.6.1.4.1.11.2.3.7.11, model from
 * each OBJECT-IDENTITY's DESCRIPTION), ARUBA-MIB (switchProducts 14823.1.1, apProducts 14823.1.2) and
 * ARUBAWIRED-NETWORKING-OID (ArubaOS-CX wndDeviceIds 47196.4.1.1.1). The comment is the MIB's object name.
 */
export const HP_ARUBA_PRODUCTS: readonly ProductRule[] = [
  // HP-ICF-OID hpEtherSwitch: ProCurve, HP and Aruba (2530, 2930, 3810, 5400R) switches.
  { oid: '1.3.6.1.4.1.11.2.3.7.11.1', type: 'Switch', model: 'HP J3100A AdvanceStack Switch 2000' }, // hpAdvSwitch2000
  { oid: '1.3.6.1.4.1.11.2.3.7.11.2', type: 'Switch', model: 'HP J3100B AdvanceStack Switch 2000B' }, // hpAdvSwitch2000B
  { oid: '1.3.6.1.4.1.11.2.3.7.11.3', type: 'Switch', model: 'HP J3245A AdvanceStack Switch 800T' }, // hpAdvSwitch800T
  { oid: '1.3.6.1.4.1.11.2.3.7.11.4', type: 'Switch', model: 'HP J3175A AdvanceStack Switch 208T and HP J3177A AdvanceStack Switch 224T' }, // hpAdvSwitch200
  { oid: '1.3.6.1.4.1.11.2.3.7.11.5', type: 'Switch', model: 'J3298A HP 212M Switch' }, // hpSwitch212M
  { oid: '1.3.6.1.4.1.11.2.3.7.11.6', type: 'Switch', model: 'J3299A HP 224M Switch' }, // hpSwitch224M
  { oid: '1.3.6.1.4.1.11.2.3.7.11.7', type: 'Switch', model: 'J4110A HP 8000M Switch' }, // hpSwitch8000
  { oid: '1.3.6.1.4.1.11.2.3.7.11.8', type: 'Switch', model: 'J4120A HP 1600M Switch' }, // hpSwitch1600
  { oid: '1.3.6.1.4.1.11.2.3.7.11.9', type: 'Switch', model: 'J4121A HP 4000M Switch' }, // hpSwitch4000
  { oid: '1.3.6.1.4.1.11.2.3.7.11.10', type: 'Switch', model: 'J4122A HP 2400M Switch' }, // hpSwitch2400
  { oid: '1.3.6.1.4.1.11.2.3.7.11.11', type: 'Switch', model: 'J4122B HP 2424M Switch' }, // hpSwitch2424
  { oid: '1.3.6.1.4.1.11.2.3.7.11.13', type: 'Switch', model: 'J4138A HP 9308M Switch' }, // hpSwitch9308
  { oid: '1.3.6.1.4.1.11.2.3.7.11.14', type: 'Switch', model: 'J4139A HP 9304M Routing Switch' }, // hpSwitch9304
  { oid: '1.3.6.1.4.1.11.2.3.7.11.15', type: 'Switch', model: 'J4840A HP 6308M Switch' }, // hpSwitch6308
  { oid: '1.3.6.1.4.1.11.2.3.7.11.16', type: 'Switch', model: 'J4841A HP 6208M Switch' }, // hpSwitch6208
  { oid: '1.3.6.1.4.1.11.2.3.7.11.17', type: 'Switch', model: 'J4819A HP 5308XL Switch' }, // hpSwitchJ4819A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.18', type: 'Switch', model: 'J4812A HP 2512 Switch' }, // hpSwitchJ4812A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.19', type: 'Switch', model: 'J4813A HP 2524 Switch' }, // hpSwitchJ4813A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.20', type: 'Switch', model: 'J4850A HP E5304XL Switch' }, // hpSwitchJ4850A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.21', type: 'Switch', model: 'J4815A HP E3324XL Switch' }, // hpSwitchJ4815A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.22', type: 'Switch', model: 'J4851A HP E3124 Switch' }, // hpSwitchJ4851A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.23', type: 'Switch', model: 'J4865A HP 4108GL Switch' }, // hpSwitchJ4865A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.24', type: 'Switch', model: 'HP A6713A Network Blade' }, // hpSwitchA6713A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.25', type: 'Switch', model: 'HP A6716A Network Blade' }, // hpSwitchA6716A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.26', type: 'Switch', model: 'HP A6717A Network Blade' }, // hpSwitchA6717A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.27', type: 'Switch', model: 'J4887A HP 4104GL Switch' }, // hpSwitchJ4887A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.28', type: 'Switch', model: 'J4874A HP 9315 Switch' }, // hpSwitchJ4874A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.29', type: 'Switch', model: 'J4899A HP 2650 Switch' }, // hpSwitchJ4899A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.30', type: 'Switch', model: 'J4902A HP 6108 Switch' }, // hpSwitchJ4902A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.31', type: 'Switch', model: 'J4903A HP 2824 Switch' }, // hpSwitchJ4903A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.32', type: 'Switch', model: 'J4904A HP 2848 Switch' }, // hpSwitchJ4904A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.33', type: 'Switch', model: 'HP Proliant Series Switches' }, // hpSwitchProliant
  { oid: '1.3.6.1.4.1.11.2.3.7.11.34', type: 'Switch', model: 'J4900A HP 2626 Switch' }, // hpSwitchJ4900A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.35', type: 'Switch', model: 'J8165A HP 2650-PWR Switch' }, // hpSwitchJ8165A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.36', type: 'Switch', model: 'J8164A HP 2626-PWR Switch' }, // hpSwitchJ8164A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.37', type: 'Switch', model: 'HP J8130A Wireless Access Point AP420WL' }, // hpSwitchJ8130A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.38', type: 'Switch', model: 'HP J8133A Wireless Access Point AP520WL' }, // hpSwitchJ8133A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.39', type: 'Switch', model: 'HP J8153A Access Controller 720WL' }, // hpSwitchJ8153A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.40', type: 'Switch', model: 'HP J8154A Access Controller Server 740WL' }, // hpSwitchJ8154A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.41', type: 'Switch', model: 'HP J8155A Integrated Access Manager 760WL' }, // hpSwitchJ8155A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.42', type: 'Switch', model: 'J4905A HP 3400cl-24G Switch' }, // hpSwitchJ4905A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.43', type: 'Switch', model: 'J4906A HP 3400cl-48G Switch' }, // hpSwitchJ4906A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.44', type: 'Switch', model: 'J4899B HP 2650 Switch' }, // hpSwitchJ4899B
  { oid: '1.3.6.1.4.1.11.2.3.7.11.45', type: 'Switch', model: 'J4900B HP 2626 Switch' }, // hpSwitchJ4900B
  { oid: '1.3.6.1.4.1.11.2.3.7.11.48', type: 'Switch', model: 'J8433A HP 6400cl-6XG Switch' }, // hpSwitchJ8433A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.49', type: 'Switch', model: 'J8474A HP 6410cl-6XG Switch' }, // hpSwitchJ8474A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.50', type: 'Switch', model: 'J8697A HP 5406zl Switch' }, // hpSwitchJ8697A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.51', type: 'Switch', model: 'J8698A HP 5412zl Switch. ' }, // hpSwitchJ8698A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.52', type: 'Switch', model: 'J8770A HP 4204vl Switch' }, // hpSwitchJ8770A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.53', type: 'Switch', model: 'J8773A HP 4208vl Switch' }, // hpSwitchJ8773A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.54', type: 'Switch', model: 'J8680A HP E9408sl Router' }, // hpSwitchJ8680A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.55', type: 'Switch', model: 'J8762A HP 2600-8-PWR Switch' }, // hpSwitchJ8762A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.56', type: 'Switch', model: 'J8771A HP 4202vl-48G Switch' }, // hpSwitchJ8771A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.57', type: 'Switch', model: 'J8772A HP 4202vl-72 Switch' }, // hpSwitchJ8772A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.58', type: 'Switch', model: 'J8692A HP 3500yl-24G-PWR Switch' }, // hpSwitchJ8692A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.59', type: 'Switch', model: 'J8693A HP 3500yl-48G-PWR Switch' }, // hpSwitchJ8693A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.60', type: 'Switch', model: 'J8992A HP 6200yl-24G Switch' }, // hpSwitchJ8992A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.61', type: 'Switch', model: 'J9019A HP 2510-24 Switch' }, // hpSwitchJ9019A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.62', type: 'Switch', model: 'J9020A HP 2510-48 Switch' }, // hpSwitchJ9020A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.63', type: 'Switch', model: 'J9021A HP 2810-24G Switch' }, // hpSwitchJ9021A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.64', type: 'Switch', model: 'J9022A HP 2810-48G Switch' }, // hpSwitchJ9022A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.65', type: 'Switch', model: 'J9028A HP 1800-24G Switch' }, // hpSwitchJ9028A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.66', type: 'Switch', model: 'J9029A HP 1800-8G Switch' }, // hpSwitchJ9029A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.67', type: 'Switch', model: 'HP J9038A Access Control Server 745wl' }, // hpSwitchJ9038A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.68', type: 'Switch', model: 'J9050A HP 2900-48G Switch' }, // hpSwitchJ9050A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.69', type: 'Switch', model: 'J9049A HP 2900-24G Switch' }, // hpSwitchJ9049A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.72', type: 'Switch', model: 'J9091A HP 8212zl Switch. ' }, // hpSwitchJ9091A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.73', type: 'Switch', model: 'HP J9065A Network Access Controller 800. ' }, // hpSwitchJ9065A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.74', type: 'Switch', model: 'J9079A HP 1700-8 Switch. ' }, // hpSwitchJ9079A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.75', type: 'Switch', model: 'J9080A HP 1700-24 Switch. ' }, // hpSwitchJ9080A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.76', type: 'Switch', model: 'J9085A HP 2610-24 Switch' }, // hpSwitchJ9085A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.77', type: 'Switch', model: 'J9088A HP 2610-48 Switch. ' }, // hpSwitchJ9088A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.78', type: 'Switch', model: 'J9087A HP 2610-24-PWR Switch. ' }, // hpSwitchJ9087A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.79', type: 'Switch', model: 'J9089A HP 2610-48-PWR Switch. ' }, // hpSwitchJ9089A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.80', type: 'Switch', model: 'J9086A HP E2610-24-PPoE Switch ' }, // hpSwitchJ9086A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.81', type: 'Switch', model: 'J9028B HP 1800-24G Switch ' }, // hpSwitchJ9028B
  { oid: '1.3.6.1.4.1.11.2.3.7.11.82', type: 'Switch', model: 'J4900C HP 2626 Switch ' }, // hpSwitchJ4900C
  { oid: '1.3.6.1.4.1.11.2.3.7.11.83', type: 'Switch', model: 'J4899C HP 2650C Switch ' }, // hpSwitchJ4899C
  { oid: '1.3.6.1.4.1.11.2.3.7.11.84', type: 'Switch', model: 'J9146A HP 2910al-24G-PoE+ Switch' }, // hpSwitchJ9146A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.85', type: 'Switch', model: 'J9148A HP 2910al-48G-PoE+ Switch' }, // hpSwitchJ9148A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.86', type: 'Switch', model: 'J9145A HP 2910al-24G Switch' }, // hpSwitchJ9145A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.87', type: 'Switch', model: 'J9147A HP 2910al-48G Switch' }, // hpSwitchJ9147A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.88', type: 'Switch', model: 'J9279A HP 2510G-24 Switch. ' }, // hpSwitchJ9279A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.89', type: 'Switch', model: 'J9280A HP 2510G-48 Switch. ' }, // hpSwitchJ9280A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.90', type: 'Switch', model: 'J9019B HP 2510-24B Switch' }, // hpSwitchJ9019B
  { oid: '1.3.6.1.4.1.11.2.3.7.11.94', type: 'Switch', model: 'J9137A HP 2520-8 Switch. ' }, // hpSwitchJ9137A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.95', type: 'Switch', model: 'J9138A HP 2520-24 Switch. ' }, // hpSwitchJ9138A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.96', type: 'Switch', model: 'J9298A HP 2520G-8 Switch. ' }, // hpSwitchJ9298A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.97', type: 'Switch', model: 'J9299A HP 2520G-24 Switch. ' }, // hpSwitchJ9299A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.98', type: 'Switch', model: 'J9265A HP 6600-24XG Switch. ' }, // hpSwitchJ9265A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.100', type: 'Switch', model: 'J9263A HP 6600-24G Switch. ' }, // hpSwitchJ9263A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.101', type: 'Switch', model: 'J9264A HP 6600-24G-4XG Switch. ' }, // hpSwitchJ9264A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.102', type: 'Switch', model: 'HP J9445A DCM Controller. ' }, // hpSwitchJ9445A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.103', type: 'Switch', model: 'J9449A HP 1810-8G Switch' }, // hpSwitchJ9449A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.104', type: 'Switch', model: 'J9450A HP 1810-24G Switch' }, // hpSwitchJ9450A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.105', type: 'Switch', model: 'J9452A HP 6600-48G-4XG Switch' }, // hpSwitchJ9452A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.106', type: 'Switch', model: 'J9451A HP 6600-48G Switch ' }, // hpSwitchJ9451A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.107', type: 'Switch', model: '516733-B21 HP 6120-XG Switch' }, // B21
  { oid: '1.3.6.1.4.1.11.2.3.7.11.108', type: 'Switch', model: '498358-B21 HP 6120-GXG Switch' }, // B21
  { oid: '1.3.6.1.4.1.11.2.3.7.11.109', type: 'Switch', model: 'J9471A HP 3500-24-PoE Switch' }, // hpSwitchJ9471A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.110', type: 'Switch', model: 'J9473A HP 3500-48-PoE Switch' }, // hpSwitchJ9473A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.111', type: 'Switch', model: 'J9470A HP 3500-24 Switch' }, // hpSwitchJ9470A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.112', type: 'Switch', model: 'J9472A HP 3500-48 Switch' }, // hpSwitchJ9472A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.113', type: 'Switch', model: 'J9477A HP 8206zl Switch' }, // hpSwitchJ9477A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.114', type: 'Switch', model: 'J9310A HP 3500yl-24G-PoE+ Switch' }, // hpSwitchJ9310A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.115', type: 'Switch', model: 'J9311A HP 3500yl-48G-PoE+ Switch' }, // hpSwitchJ9311A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.117', type: 'Switch', model: 'J9565A HP 2615-8-PoE Switch' }, // hpSwitchJ9565A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.118', type: 'Switch', model: 'J9562A HP 2915-8G-PoE Switch' }, // hpSwitchJ9562A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.119', type: 'Switch', model: 'HP E3800-24G-PoE+-2SFP+ Switch' }, // hpSwitchJ9573
  { oid: '1.3.6.1.4.1.11.2.3.7.11.120', type: 'Switch', model: 'HP E3800-48G-PoE+-4SFP+ Switch' }, // hpSwitchJ9574
  { oid: '1.3.6.1.4.1.11.2.3.7.11.121', type: 'Switch', model: 'HP E3800-24G-2SFP+ Switch' }, // hpSwitchJ9575
  { oid: '1.3.6.1.4.1.11.2.3.7.11.122', type: 'Switch', model: 'HP E3800-48G-4SFP+ Switch' }, // hpSwitchJ9576
  { oid: '1.3.6.1.4.1.11.2.3.7.11.123', type: 'Switch', model: 'HP E3800-24SFP-2SFP+ Switch' }, // hpSwitchJ9584
  { oid: '1.3.6.1.4.1.11.2.3.7.11.124', type: 'Switch', model: 'HP E3800-24G-2XG Switch' }, // hpSwitchJ9585
  { oid: '1.3.6.1.4.1.11.2.3.7.11.125', type: 'Switch', model: 'HP E3800-48G-4XG Switch' }, // hpSwitchJ9586
  { oid: '1.3.6.1.4.1.11.2.3.7.11.126', type: 'Switch', model: 'HP E3800-24G-PoE+-2XG Switch' }, // hpSwitchJ9587
  { oid: '1.3.6.1.4.1.11.2.3.7.11.127', type: 'Switch', model: 'HP E3800-48G-PoE+-4XG Switch' }, // hpSwitchJ9588
  { oid: '1.3.6.1.4.1.11.2.3.7.11.129', type: 'Switch', model: 'J9623A HP 2620-24 Switch' }, // hpSwitchJ9623A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.130', type: 'Switch', model: 'J9624A HP 2620-24-PPoE+ Switch' }, // hpSwitchJ9624A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.131', type: 'Switch', model: 'J9625A HP 2620-24-PoE+ Switch' }, // hpSwitchJ9625A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.132', type: 'Switch', model: 'J9626A HP 2620-48 Switch' }, // hpSwitchJ9626A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.133', type: 'Switch', model: 'J9627A HP 2620-48-PoE+ Switch' }, // hpSwitchJ9627A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.134', type: 'Switch', model: 'J9660A HP 1810-48G Switch' }, // hpSwitchJ9660A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.136', type: 'Switch', model: 'J9772A HP 2530-48G-PoE+ Switch' }, // hpSwitchJ9772A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.137', type: 'Switch', model: 'J9773A HP 2530-24G-PoE+ Switch' }, // hpSwitchJ9773A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.138', type: 'Switch', model: 'J9774A HP 2530-8G-PoE+ Switch' }, // hpSwitchJ9774A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.139', type: 'Switch', model: 'J9775A HP 2530-48G Switch' }, // hpSwitchJ9775A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.140', type: 'Switch', model: 'J9776A HP 2530-24G Switch' }, // hpSwitchJ9776A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.141', type: 'Switch', model: 'J9777A HP 2530-8G Switch' }, // hpSwitchJ9777A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.142', type: 'Switch', model: 'J9778A HP 2530-48-PoE+ Switch' }, // hpSwitchJ9778A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.143', type: 'Switch', model: 'J9779A HP 2530-24-PoE+ Switch' }, // hpSwitchJ9779A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.144', type: 'Switch', model: 'J9780A HP 2530-8-PoE+ Switch' }, // hpSwitchJ9780A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.145', type: 'Switch', model: 'J9781A HP 2530-48 Switch' }, // hpSwitchJ9781A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.146', type: 'Switch', model: 'J9782A HP 2530-24 Switch' }, // hpSwitchJ9782A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.147', type: 'Switch', model: 'J9783A HP 2530-8 Switch' }, // hpSwitchJ9783A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.148', type: 'Switch', model: 'J9800A HP 1810-8 Switch' }, // hpSwitchJ9800A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.149', type: 'Switch', model: 'J9801A HP 1810-24 Switch' }, // hpSwitchJ9801A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.150', type: 'Switch', model: 'J9802A HP 1810-8G Switch' }, // hpSwitchJ9802A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.151', type: 'Switch', model: 'J9803A HP 1810-24G Switch' }, // hpSwitchJ9803A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.152', type: 'Switch', model: 'J9726A HP 2920-24G Switch' }, // hpSwitchJ9726A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.153', type: 'Switch', model: 'J9727A HP 2920-24G-PoE+ Switch' }, // hpSwitchJ9727A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.154', type: 'Switch', model: 'J9728A HP 2920-48G Switch' }, // hpSwitchJ9728A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.155', type: 'Switch', model: 'J9729A HP 2920-48G-PoE+ Switch' }, // hpSwitchJ9729A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.158', type: 'Switch', model: 'J9833A HP PS1810-8G Switch' }, // hpSwitchJ9833A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.159', type: 'Switch', model: 'J9834A HP PS1810-24G Switch' }, // hpSwitchJ9834A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.160', type: 'Switch', model: 'J9850A HP 5406R zl2 Switch Chassis' }, // hpSwitchJ9850A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.161', type: 'Switch', model: 'J9851A HP 5412R zl2 Switch Chassis' }, // hpSwitchJ9851A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.163', type: 'Switch', model: 'J9853A HP 2530-48G-PoE+-2SFP+ Switch' }, // hpSwitchJ9853A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.164', type: 'Switch', model: 'J9854A HP 2530-24G-PoE+-2SFP+ Switch' }, // hpSwitchJ9854A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.165', type: 'Switch', model: 'J9855A HP 2530-48G-2SFP+ Switch' }, // hpSwitchJ9855A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.166', type: 'Switch', model: 'J9856A HP 2530-24G-2SFP+ Switch' }, // hpSwitchJ9856A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.167', type: 'Switch', model: 'J9979A HP 1820-8G Switch' }, // hpSwitchJ9979A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.168', type: 'Switch', model: 'J9980A HP 1820-24G Switch' }, // hpSwitchJ9980A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.169', type: 'Switch', model: 'J9981A HP 1820-48G Switch' }, // hpSwitchJ9981A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.170', type: 'Switch', model: 'J9982A HP 1820-8G-PoE+ (65W) Switch' }, // hpSwitchJ9982A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.171', type: 'Switch', model: 'J9983A HP 1820-24G-PoE+ (185W) Switch' }, // hpSwitchJ9983A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.172', type: 'Switch', model: 'J9984A HP 1820-48G-PoE+ (370W) Switch' }, // hpSwitchJ9984A
  { oid: '1.3.6.1.4.1.11.2.3.7.11.173', type: 'Switch', model: 'JL070A HP 2530-8-PoE+ Internal PS Switch' }, // hpSwitchJL070A
  // ARUBA-MIB: mobility controllers and Mobility Access Switches (S-series), then access points.
  { oid: '1.3.6.1.4.1.14823.1.1.1', type: 'AccessPoint', model: 'Aruba 5000' }, // ARUBA-MIB switchProducts a5000 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.2', type: 'AccessPoint', model: 'Aruba 2400' }, // ARUBA-MIB switchProducts a2400 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.3', type: 'AccessPoint', model: 'Aruba 800' }, // ARUBA-MIB switchProducts a800 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.4', type: 'AccessPoint', model: 'Aruba 6000' }, // ARUBA-MIB switchProducts a6000 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.7', type: 'AccessPoint', model: 'Aruba 2400E' }, // ARUBA-MIB switchProducts a2400E (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.8', type: 'AccessPoint', model: 'Aruba 800E' }, // ARUBA-MIB switchProducts a800E (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.9', type: 'AccessPoint', model: 'Aruba 804' }, // ARUBA-MIB switchProducts a804 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.10', type: 'AccessPoint', model: 'Aruba 200' }, // ARUBA-MIB switchProducts a200 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.11', type: 'AccessPoint', model: 'Aruba 2424' }, // ARUBA-MIB switchProducts a2424 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.12', type: 'AccessPoint', model: 'Aruba 6000-SC3' }, // ARUBA-MIB switchProducts a6000-SC3 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.13', type: 'AccessPoint', model: 'Aruba 3200' }, // ARUBA-MIB switchProducts a3200 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.14', type: 'AccessPoint', model: 'Aruba 3200-8' }, // ARUBA-MIB switchProducts a3200-8 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.15', type: 'AccessPoint', model: 'Aruba 3400' }, // ARUBA-MIB switchProducts a3400 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.16', type: 'AccessPoint', model: 'Aruba 3400-32' }, // ARUBA-MIB switchProducts a3400-32 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.17', type: 'AccessPoint', model: 'Aruba 3600' }, // ARUBA-MIB switchProducts a3600 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.18', type: 'AccessPoint', model: 'Aruba 3600-64' }, // ARUBA-MIB switchProducts a3600-64 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.19', type: 'AccessPoint', model: 'Aruba 650' }, // ARUBA-MIB switchProducts a650 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.20', type: 'AccessPoint', model: 'Aruba 651' }, // ARUBA-MIB switchProducts a651 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.23', type: 'AccessPoint', model: 'Aruba 620' }, // ARUBA-MIB switchProducts a620 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.24', type: 'Switch', model: 'Aruba S3500-24P' }, // ARUBA-MIB switchProducts s3500-24P
  { oid: '1.3.6.1.4.1.14823.1.1.25', type: 'Switch', model: 'Aruba S3500-24T' }, // ARUBA-MIB switchProducts s3500-24T
  { oid: '1.3.6.1.4.1.14823.1.1.26', type: 'Switch', model: 'Aruba S3500-48P' }, // ARUBA-MIB switchProducts s3500-48P
  { oid: '1.3.6.1.4.1.14823.1.1.27', type: 'Switch', model: 'Aruba S3500-48T' }, // ARUBA-MIB switchProducts s3500-48T
  { oid: '1.3.6.1.4.1.14823.1.1.28', type: 'Switch', model: 'Aruba S2500-24P' }, // ARUBA-MIB switchProducts s2500-24P
  { oid: '1.3.6.1.4.1.14823.1.1.29', type: 'Switch', model: 'Aruba S2500-24T' }, // ARUBA-MIB switchProducts s2500-24T
  { oid: '1.3.6.1.4.1.14823.1.1.30', type: 'Switch', model: 'Aruba S2500-48P' }, // ARUBA-MIB switchProducts s2500-48P
  { oid: '1.3.6.1.4.1.14823.1.1.31', type: 'Switch', model: 'Aruba S2500-48T' }, // ARUBA-MIB switchProducts s2500-48T
  { oid: '1.3.6.1.4.1.14823.1.1.32', type: 'AccessPoint', model: 'Aruba 7210' }, // ARUBA-MIB switchProducts a7210 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.33', type: 'AccessPoint', model: 'Aruba 7220' }, // ARUBA-MIB switchProducts a7220 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.34', type: 'AccessPoint', model: 'Aruba 7240' }, // ARUBA-MIB switchProducts a7240 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.35', type: 'Switch', model: 'Aruba S3500-24F' }, // ARUBA-MIB switchProducts s3500-24F
  { oid: '1.3.6.1.4.1.14823.1.1.36', type: 'Switch', model: 'Aruba S1500-48P' }, // ARUBA-MIB switchProducts s1500-48P
  { oid: '1.3.6.1.4.1.14823.1.1.37', type: 'Switch', model: 'Aruba S1500-24P' }, // ARUBA-MIB switchProducts s1500-24P
  { oid: '1.3.6.1.4.1.14823.1.1.38', type: 'Switch', model: 'Aruba S1500-12P' }, // ARUBA-MIB switchProducts s1500-12P
  { oid: '1.3.6.1.4.1.14823.1.1.39', type: 'AccessPoint', model: 'Aruba 7005' }, // ARUBA-MIB switchProducts a7005 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.40', type: 'AccessPoint', model: 'Aruba 7010' }, // ARUBA-MIB switchProducts a7010 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.41', type: 'AccessPoint', model: 'Aruba 7030' }, // ARUBA-MIB switchProducts a7030 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.42', type: 'AccessPoint', model: 'Aruba 7205' }, // ARUBA-MIB switchProducts a7205 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.43', type: 'AccessPoint', model: 'Aruba 7024' }, // ARUBA-MIB switchProducts a7024 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.44', type: 'AccessPoint', model: 'Aruba 7215' }, // ARUBA-MIB switchProducts a7215 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.45', type: 'AccessPoint', model: 'Aruba VMC-TACT' }, // ARUBA-MIB switchProducts vmc-tact (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.46', type: 'AccessPoint', model: 'Aruba VMC-SP10K' }, // ARUBA-MIB switchProducts vmc-sp10k (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.47', type: 'AccessPoint', model: 'Aruba 7240XM' }, // ARUBA-MIB switchProducts a7240xm (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.48', type: 'AccessPoint', model: 'Aruba 7008' }, // ARUBA-MIB switchProducts a7008 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.49', type: 'AccessPoint', model: 'Aruba VMC-TACT8' }, // ARUBA-MIB switchProducts vmc-tact8 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.50', type: 'AccessPoint', model: 'Aruba MM-VA' }, // ARUBA-MIB switchProducts mm-va (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.51', type: 'AccessPoint', model: 'Aruba 7280' }, // ARUBA-MIB switchProducts a7280 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.52', type: 'AccessPoint', model: 'Aruba MC-VA' }, // ARUBA-MIB switchProducts mc-va (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.53', type: 'AccessPoint', model: 'Aruba MM-HW-1K' }, // ARUBA-MIB switchProducts mm-hw-1K (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.54', type: 'AccessPoint', model: 'Aruba MM-HW-5K' }, // ARUBA-MIB switchProducts mm-hw-5K (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.55', type: 'AccessPoint', model: 'Aruba MM-HW-10K' }, // ARUBA-MIB switchProducts mm-hw-10K (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.56', type: 'AccessPoint', model: 'Aruba 9004' }, // ARUBA-MIB switchProducts a9004 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.57', type: 'AccessPoint', model: 'Aruba 9012' }, // ARUBA-MIB switchProducts a9012 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.58', type: 'AccessPoint', model: 'Aruba 9004-LTE' }, // ARUBA-MIB switchProducts a9004-lte (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.59', type: 'AccessPoint', model: 'Aruba 9240-BASE' }, // ARUBA-MIB switchProducts a9240-base (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.60', type: 'AccessPoint', model: 'Aruba 9240-SILVER' }, // ARUBA-MIB switchProducts a9240-silver (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.61', type: 'AccessPoint', model: 'Aruba 9240-GOLD' }, // ARUBA-MIB switchProducts a9240-gold (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.1.62', type: 'AccessPoint', model: 'Aruba 9114' }, // ARUBA-MIB switchProducts a9114 (a mobility controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.14823.1.2.1', type: 'AccessPoint', model: 'a50' }, // ARUBA-MIB apProducts a50
  { oid: '1.3.6.1.4.1.14823.1.2.2', type: 'AccessPoint', model: 'a52' }, // ARUBA-MIB apProducts a52
  { oid: '1.3.6.1.4.1.14823.1.2.3', type: 'AccessPoint', model: 'AP-60' }, // ARUBA-MIB apProducts ap60
  { oid: '1.3.6.1.4.1.14823.1.2.4', type: 'AccessPoint', model: 'AP-61' }, // ARUBA-MIB apProducts ap61
  { oid: '1.3.6.1.4.1.14823.1.2.5', type: 'AccessPoint', model: 'AP-70' }, // ARUBA-MIB apProducts ap70
  { oid: '1.3.6.1.4.1.14823.1.2.6', type: 'AccessPoint', model: 'walljackAp61' }, // ARUBA-MIB apProducts walljackAp61
  { oid: '1.3.6.1.4.1.14823.1.2.7', type: 'AccessPoint', model: 'a2E' }, // ARUBA-MIB apProducts a2E
  { oid: '1.3.6.1.4.1.14823.1.2.8', type: 'AccessPoint', model: 'AP-1200' }, // ARUBA-MIB apProducts ap1200
  { oid: '1.3.6.1.4.1.14823.1.2.9', type: 'AccessPoint', model: 'AP-80S' }, // ARUBA-MIB apProducts ap80s
  { oid: '1.3.6.1.4.1.14823.1.2.10', type: 'AccessPoint', model: 'AP-80M' }, // ARUBA-MIB apProducts ap80m
  { oid: '1.3.6.1.4.1.14823.1.2.11', type: 'AccessPoint', model: 'wg102' }, // ARUBA-MIB apProducts wg102
  { oid: '1.3.6.1.4.1.14823.1.2.12', type: 'AccessPoint', model: 'AP-40' }, // ARUBA-MIB apProducts ap40
  { oid: '1.3.6.1.4.1.14823.1.2.13', type: 'AccessPoint', model: 'AP-41' }, // ARUBA-MIB apProducts ap41
  { oid: '1.3.6.1.4.1.14823.1.2.14', type: 'AccessPoint', model: 'AP-65' }, // ARUBA-MIB apProducts ap65
  { oid: '1.3.6.1.4.1.14823.1.2.15', type: 'AccessPoint', model: 'AP-MW1700' }, // ARUBA-MIB apProducts apMw1700
  { oid: '1.3.6.1.4.1.14823.1.2.16', type: 'AccessPoint', model: 'AP-DUOWJ' }, // ARUBA-MIB apProducts apDuowj
  { oid: '1.3.6.1.4.1.14823.1.2.17', type: 'AccessPoint', model: 'AP-DUO' }, // ARUBA-MIB apProducts apDuo
  { oid: '1.3.6.1.4.1.14823.1.2.18', type: 'AccessPoint', model: 'AP-80MB' }, // ARUBA-MIB apProducts ap80MB
  { oid: '1.3.6.1.4.1.14823.1.2.19', type: 'AccessPoint', model: 'AP-80SB' }, // ARUBA-MIB apProducts ap80SB
  { oid: '1.3.6.1.4.1.14823.1.2.20', type: 'AccessPoint', model: 'AP-85' }, // ARUBA-MIB apProducts ap85
  { oid: '1.3.6.1.4.1.14823.1.2.21', type: 'AccessPoint', model: 'AP-124' }, // ARUBA-MIB apProducts ap124
  { oid: '1.3.6.1.4.1.14823.1.2.22', type: 'AccessPoint', model: 'AP-125' }, // ARUBA-MIB apProducts ap125
  { oid: '1.3.6.1.4.1.14823.1.2.23', type: 'AccessPoint', model: 'AP-120' }, // ARUBA-MIB apProducts ap120
  { oid: '1.3.6.1.4.1.14823.1.2.24', type: 'AccessPoint', model: 'AP-121' }, // ARUBA-MIB apProducts ap121
  { oid: '1.3.6.1.4.1.14823.1.2.25', type: 'AccessPoint', model: 'AP-1250' }, // ARUBA-MIB apProducts ap1250
  { oid: '1.3.6.1.4.1.14823.1.2.26', type: 'AccessPoint', model: 'AP-120ABG' }, // ARUBA-MIB apProducts ap120abg
  { oid: '1.3.6.1.4.1.14823.1.2.27', type: 'AccessPoint', model: 'AP-121ABG' }, // ARUBA-MIB apProducts ap121abg
  { oid: '1.3.6.1.4.1.14823.1.2.28', type: 'AccessPoint', model: 'AP-124ABG' }, // ARUBA-MIB apProducts ap124abg
  { oid: '1.3.6.1.4.1.14823.1.2.29', type: 'AccessPoint', model: 'AP-125ABG' }, // ARUBA-MIB apProducts ap125abg
  { oid: '1.3.6.1.4.1.14823.1.2.30', type: 'AccessPoint', model: 'RAP-5WN' }, // ARUBA-MIB apProducts rap5wn
  { oid: '1.3.6.1.4.1.14823.1.2.31', type: 'AccessPoint', model: 'RAP-5' }, // ARUBA-MIB apProducts rap5
  { oid: '1.3.6.1.4.1.14823.1.2.32', type: 'AccessPoint', model: 'RAP-2WG' }, // ARUBA-MIB apProducts rap2wg
  { oid: '1.3.6.1.4.1.14823.1.2.34', type: 'AccessPoint', model: 'AP-105' }, // ARUBA-MIB apProducts ap105
  { oid: '1.3.6.1.4.1.14823.1.2.35', type: 'AccessPoint', model: 'AP-65WB' }, // ARUBA-MIB apProducts ap65wb
  { oid: '1.3.6.1.4.1.14823.1.2.36', type: 'AccessPoint', model: 'AP-651' }, // ARUBA-MIB apProducts ap651
  { oid: '1.3.6.1.4.1.14823.1.2.38', type: 'AccessPoint', model: 'AP-60P' }, // ARUBA-MIB apProducts ap60p
  { oid: '1.3.6.1.4.1.14823.1.2.40', type: 'AccessPoint', model: 'AP-92' }, // ARUBA-MIB apProducts ap92
  { oid: '1.3.6.1.4.1.14823.1.2.41', type: 'AccessPoint', model: 'AP-93' }, // ARUBA-MIB apProducts ap93
  { oid: '1.3.6.1.4.1.14823.1.2.42', type: 'AccessPoint', model: 'AP-68' }, // ARUBA-MIB apProducts ap68
  { oid: '1.3.6.1.4.1.14823.1.2.43', type: 'AccessPoint', model: 'AP-68P' }, // ARUBA-MIB apProducts ap68p
  { oid: '1.3.6.1.4.1.14823.1.2.44', type: 'AccessPoint', model: 'AP-175P' }, // ARUBA-MIB apProducts ap175p
  { oid: '1.3.6.1.4.1.14823.1.2.45', type: 'AccessPoint', model: 'AP-175AC' }, // ARUBA-MIB apProducts ap175ac
  { oid: '1.3.6.1.4.1.14823.1.2.46', type: 'AccessPoint', model: 'AP-175DC' }, // ARUBA-MIB apProducts ap175dc
  { oid: '1.3.6.1.4.1.14823.1.2.47', type: 'AccessPoint', model: 'AP-134' }, // ARUBA-MIB apProducts ap134
  { oid: '1.3.6.1.4.1.14823.1.2.48', type: 'AccessPoint', model: 'AP-135' }, // ARUBA-MIB apProducts ap135
  { oid: '1.3.6.1.4.1.14823.1.2.50', type: 'AccessPoint', model: 'AP-93H' }, // ARUBA-MIB apProducts ap93h
  { oid: '1.3.6.1.4.1.14823.1.2.51', type: 'AccessPoint', model: 'RAP-3WN' }, // ARUBA-MIB apProducts rap3wn
  { oid: '1.3.6.1.4.1.14823.1.2.52', type: 'AccessPoint', model: 'RAP-3WNP' }, // ARUBA-MIB apProducts rap3wnp
  { oid: '1.3.6.1.4.1.14823.1.2.53', type: 'AccessPoint', model: 'AP-104' }, // ARUBA-MIB apProducts ap104
  { oid: '1.3.6.1.4.1.14823.1.2.54', type: 'AccessPoint', model: 'RAP-155' }, // ARUBA-MIB apProducts rap155
  { oid: '1.3.6.1.4.1.14823.1.2.55', type: 'AccessPoint', model: 'RAP-155P' }, // ARUBA-MIB apProducts rap155p
  { oid: '1.3.6.1.4.1.14823.1.2.56', type: 'AccessPoint', model: 'RAP-108' }, // ARUBA-MIB apProducts rap108
  { oid: '1.3.6.1.4.1.14823.1.2.57', type: 'AccessPoint', model: 'RAP-109' }, // ARUBA-MIB apProducts rap109
  { oid: '1.3.6.1.4.1.14823.1.2.58', type: 'AccessPoint', model: 'AP-224' }, // ARUBA-MIB apProducts ap224
  { oid: '1.3.6.1.4.1.14823.1.2.59', type: 'AccessPoint', model: 'AP-225' }, // ARUBA-MIB apProducts ap225
  { oid: '1.3.6.1.4.1.14823.1.2.60', type: 'AccessPoint', model: 'AP-114' }, // ARUBA-MIB apProducts ap114
  { oid: '1.3.6.1.4.1.14823.1.2.61', type: 'AccessPoint', model: 'AP-115' }, // ARUBA-MIB apProducts ap115
  { oid: '1.3.6.1.4.1.14823.1.2.62', type: 'AccessPoint', model: 'RAP-109L' }, // ARUBA-MIB apProducts rap109L
  { oid: '1.3.6.1.4.1.14823.1.2.63', type: 'AccessPoint', model: 'AP-274' }, // ARUBA-MIB apProducts ap274
  { oid: '1.3.6.1.4.1.14823.1.2.64', type: 'AccessPoint', model: 'AP-275' }, // ARUBA-MIB apProducts ap275
  { oid: '1.3.6.1.4.1.14823.1.2.65', type: 'AccessPoint', model: 'AP-214A' }, // ARUBA-MIB apProducts ap214a
  { oid: '1.3.6.1.4.1.14823.1.2.66', type: 'AccessPoint', model: 'AP-215A' }, // ARUBA-MIB apProducts ap215a
  { oid: '1.3.6.1.4.1.14823.1.2.67', type: 'AccessPoint', model: 'AP-204' }, // ARUBA-MIB apProducts ap204
  { oid: '1.3.6.1.4.1.14823.1.2.68', type: 'AccessPoint', model: 'AP-205' }, // ARUBA-MIB apProducts ap205
  { oid: '1.3.6.1.4.1.14823.1.2.69', type: 'AccessPoint', model: 'AP-103' }, // ARUBA-MIB apProducts ap103
  { oid: '1.3.6.1.4.1.14823.1.2.70', type: 'AccessPoint', model: 'AP-103H' }, // ARUBA-MIB apProducts ap103H
  { oid: '1.3.6.1.4.1.14823.1.2.71', type: 'AccessPoint', model: 'iapvc' }, // ARUBA-MIB apProducts iapvc
  { oid: '1.3.6.1.4.1.14823.1.2.72', type: 'AccessPoint', model: 'AP-277' }, // ARUBA-MIB apProducts ap277
  { oid: '1.3.6.1.4.1.14823.1.2.73', type: 'AccessPoint', model: 'AP-214' }, // ARUBA-MIB apProducts ap214
  { oid: '1.3.6.1.4.1.14823.1.2.74', type: 'AccessPoint', model: 'AP-215' }, // ARUBA-MIB apProducts ap215
  { oid: '1.3.6.1.4.1.14823.1.2.75', type: 'AccessPoint', model: 'AP-228' }, // ARUBA-MIB apProducts ap228
  { oid: '1.3.6.1.4.1.14823.1.2.76', type: 'AccessPoint', model: 'AP-205H' }, // ARUBA-MIB apProducts ap205H
  { oid: '1.3.6.1.4.1.14823.1.2.77', type: 'AccessPoint', model: 'AP-324' }, // ARUBA-MIB apProducts ap324
  { oid: '1.3.6.1.4.1.14823.1.2.78', type: 'AccessPoint', model: 'AP-325' }, // ARUBA-MIB apProducts ap325
  { oid: '1.3.6.1.4.1.14823.1.2.79', type: 'AccessPoint', model: 'AP-334' }, // ARUBA-MIB apProducts ap334
  { oid: '1.3.6.1.4.1.14823.1.2.80', type: 'AccessPoint', model: 'AP-335' }, // ARUBA-MIB apProducts ap335
  { oid: '1.3.6.1.4.1.14823.1.2.81', type: 'AccessPoint', model: 'AP-314' }, // ARUBA-MIB apProducts ap314
  { oid: '1.3.6.1.4.1.14823.1.2.82', type: 'AccessPoint', model: 'AP-315' }, // ARUBA-MIB apProducts ap315
  { oid: '1.3.6.1.4.1.14823.1.2.83', type: 'AccessPoint', model: 'AP-M210' }, // ARUBA-MIB apProducts apm210
  { oid: '1.3.6.1.4.1.14823.1.2.84', type: 'AccessPoint', model: 'AP-207' }, // ARUBA-MIB apProducts ap207
  { oid: '1.3.6.1.4.1.14823.1.2.85', type: 'AccessPoint', model: 'AP-304' }, // ARUBA-MIB apProducts ap304
  { oid: '1.3.6.1.4.1.14823.1.2.86', type: 'AccessPoint', model: 'AP-305' }, // ARUBA-MIB apProducts ap305
  { oid: '1.3.6.1.4.1.14823.1.2.87', type: 'AccessPoint', model: 'AP-303H' }, // ARUBA-MIB apProducts ap303h
  { oid: '1.3.6.1.4.1.14823.1.2.88', type: 'AccessPoint', model: 'AP-365' }, // ARUBA-MIB apProducts ap365
  { oid: '1.3.6.1.4.1.14823.1.2.89', type: 'AccessPoint', model: 'AP-367' }, // ARUBA-MIB apProducts ap367
  { oid: '1.3.6.1.4.1.14823.1.2.90', type: 'AccessPoint', model: 'AP-203H' }, // ARUBA-MIB apProducts ap203H
  { oid: '1.3.6.1.4.1.14823.1.2.91', type: 'AccessPoint', model: 'AP-203R' }, // ARUBA-MIB apProducts ap203R
  { oid: '1.3.6.1.4.1.14823.1.2.92', type: 'AccessPoint', model: 'AP-203RP' }, // ARUBA-MIB apProducts ap203RP
  { oid: '1.3.6.1.4.1.14823.1.2.93', type: 'AccessPoint', model: 'AP-344' }, // ARUBA-MIB apProducts ap344
  { oid: '1.3.6.1.4.1.14823.1.2.94', type: 'AccessPoint', model: 'AP-345' }, // ARUBA-MIB apProducts ap345
  { oid: '1.3.6.1.4.1.14823.1.2.95', type: 'AccessPoint', model: 'AP-374' }, // ARUBA-MIB apProducts ap374
  { oid: '1.3.6.1.4.1.14823.1.2.96', type: 'AccessPoint', model: 'AP-375' }, // ARUBA-MIB apProducts ap375
  { oid: '1.3.6.1.4.1.14823.1.2.97', type: 'AccessPoint', model: 'AP-377' }, // ARUBA-MIB apProducts ap377
  { oid: '1.3.6.1.4.1.14823.1.2.98', type: 'AccessPoint', model: 'AP-318' }, // ARUBA-MIB apProducts ap318
  { oid: '1.3.6.1.4.1.14823.1.2.99', type: 'AccessPoint', model: 'AP-303' }, // ARUBA-MIB apProducts ap303
  { oid: '1.3.6.1.4.1.14823.1.2.100', type: 'AccessPoint', model: 'AP-555' }, // ARUBA-MIB apProducts ap555
  { oid: '1.3.6.1.4.1.14823.1.2.101', type: 'AccessPoint', model: 'AP-534' }, // ARUBA-MIB apProducts ap534
  { oid: '1.3.6.1.4.1.14823.1.2.102', type: 'AccessPoint', model: 'AP-535' }, // ARUBA-MIB apProducts ap535
  { oid: '1.3.6.1.4.1.14823.1.2.104', type: 'AccessPoint', model: 'AP-387' }, // ARUBA-MIB apProducts ap387
  { oid: '1.3.6.1.4.1.14823.1.2.105', type: 'AccessPoint', model: 'AP-303P' }, // ARUBA-MIB apProducts ap303P
  { oid: '1.3.6.1.4.1.14823.1.2.106', type: 'AccessPoint', model: 'AP-514' }, // ARUBA-MIB apProducts ap514
  { oid: '1.3.6.1.4.1.14823.1.2.107', type: 'AccessPoint', model: 'AP-515' }, // ARUBA-MIB apProducts ap515
  { oid: '1.3.6.1.4.1.14823.1.2.108', type: 'AccessPoint', model: 'AP-544' }, // ARUBA-MIB apProducts ap544
  { oid: '1.3.6.1.4.1.14823.1.2.109', type: 'AccessPoint', model: 'AP-545' }, // ARUBA-MIB apProducts ap545
  { oid: '1.3.6.1.4.1.14823.1.2.110', type: 'AccessPoint', model: 'AP-504' }, // ARUBA-MIB apProducts ap504
  { oid: '1.3.6.1.4.1.14823.1.2.111', type: 'AccessPoint', model: 'AP-505' }, // ARUBA-MIB apProducts ap505
  { oid: '1.3.6.1.4.1.14823.1.2.112', type: 'AccessPoint', model: 'AP-505H' }, // ARUBA-MIB apProducts ap505H
  { oid: '1.3.6.1.4.1.14823.1.2.113', type: 'AccessPoint', model: 'AP-574' }, // ARUBA-MIB apProducts ap574
  { oid: '1.3.6.1.4.1.14823.1.2.114', type: 'AccessPoint', model: 'AP-575' }, // ARUBA-MIB apProducts ap575
  { oid: '1.3.6.1.4.1.14823.1.2.115', type: 'AccessPoint', model: 'AP-577' }, // ARUBA-MIB apProducts ap577
  { oid: '1.3.6.1.4.1.14823.1.2.116', type: 'AccessPoint', model: 'AP-518' }, // ARUBA-MIB apProducts ap518
  { oid: '1.3.6.1.4.1.14823.1.2.117', type: 'AccessPoint', model: 'AP-503H' }, // ARUBA-MIB apProducts ap503H
  { oid: '1.3.6.1.4.1.14823.1.2.118', type: 'AccessPoint', model: 'AP-565' }, // ARUBA-MIB apProducts ap565
  { oid: '1.3.6.1.4.1.14823.1.2.119', type: 'AccessPoint', model: 'AP-567' }, // ARUBA-MIB apProducts ap567
  { oid: '1.3.6.1.4.1.14823.1.2.120', type: 'AccessPoint', model: 'AP-575EX' }, // ARUBA-MIB apProducts ap575EX
  { oid: '1.3.6.1.4.1.14823.1.2.121', type: 'AccessPoint', model: 'AP-577EX' }, // ARUBA-MIB apProducts ap577EX
  { oid: '1.3.6.1.4.1.14823.1.2.122', type: 'AccessPoint', model: 'AP-565EX' }, // ARUBA-MIB apProducts ap565EX
  { oid: '1.3.6.1.4.1.14823.1.2.123', type: 'AccessPoint', model: 'AP-567EX' }, // ARUBA-MIB apProducts ap567EX
  { oid: '1.3.6.1.4.1.14823.1.2.124', type: 'AccessPoint', model: 'AP-375ATEX' }, // ARUBA-MIB apProducts ap375ATEX
  { oid: '1.3.6.1.4.1.14823.1.2.125', type: 'AccessPoint', model: 'AP-635' }, // ARUBA-MIB apProducts ap635
  { oid: '1.3.6.1.4.1.14823.1.2.126', type: 'AccessPoint', model: 'AP-655' }, // ARUBA-MIB apProducts ap655
  { oid: '1.3.6.1.4.1.14823.1.2.127', type: 'AccessPoint', model: 'AP-584' }, // ARUBA-MIB apProducts ap584
  { oid: '1.3.6.1.4.1.14823.1.2.128', type: 'AccessPoint', model: 'AP-585' }, // ARUBA-MIB apProducts ap585
  { oid: '1.3.6.1.4.1.14823.1.2.129', type: 'AccessPoint', model: 'AP-587' }, // ARUBA-MIB apProducts ap587
  { oid: '1.3.6.1.4.1.14823.1.2.130', type: 'AccessPoint', model: 'AP-585EX' }, // ARUBA-MIB apProducts ap585EX
  { oid: '1.3.6.1.4.1.14823.1.2.131', type: 'AccessPoint', model: 'AP-587EX' }, // ARUBA-MIB apProducts ap587EX
  { oid: '1.3.6.1.4.1.14823.1.2.134', type: 'AccessPoint', model: 'AP-615' }, // ARUBA-MIB apProducts ap615
  { oid: '1.3.6.1.4.1.14823.1.2.137', type: 'AccessPoint', model: 'AP-503' }, // ARUBA-MIB apProducts ap503
  // ARUBAWIRED-NETWORKING-OID: ArubaOS-CX switches (Linux-based: they answer HOST-RESOURCES-MIB too).
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.1', type: 'Switch', model: 'JL375A Aruba 8400 8-slot' }, // arubaWiredSwitchJL375A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.2', type: 'Switch', model: 'JL479A Aruba 8320 48p 10G SFP/SFP+ and 6p 40G QSFP+' }, // arubaWiredSwitchJL479A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.3', type: 'Switch', model: 'JL579A Aruba 8320 32p QSFP+' }, // arubaWiredSwitchJL579A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.5', type: 'Switch', model: 'JL581A Aruba 8320 48p 1G/10GBASE-T and 6p 40G QSFP+' }, // arubaWiredSwitchJL581A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.50', type: 'Switch', model: 'JL635A Aruba 8325 8325-48Y8C' }, // arubaWiredSwitchJL635A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.70', type: 'Switch', model: 'JL636A Aruba 8325 8325-32C' }, // arubaWiredSwitchJL636A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.100', type: 'Switch', model: 'JL658A Aruba 6300M 24SFP+/4SFP56 Swch' }, // arubaWiredSwitchJL658A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.101', type: 'Switch', model: 'JL659A Aruba 6300M 48SR PoE CLS6 /4SFP56 Swch' }, // arubaWiredSwitchJL659A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.102', type: 'Switch', model: 'JL660A Aruba 6300M 24SR PoECLS 6 /4SFP56 Swch' }, // arubaWiredSwitchJL660A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.103', type: 'Switch', model: 'JL661A Aruba 6300M 48G PoE CLS 4 /4SFP56 Swch' }, // arubaWiredSwitchJL661A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.104', type: 'Switch', model: 'JL662A Aruba 6300M 24G PoE CLS 4 /4SFP56 Swch' }, // arubaWiredSwitchJL662A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.105', type: 'Switch', model: 'JL663A Aruba 6300M 248G /4SFP56 Swch' }, // arubaWiredSwitchJL663A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.106', type: 'Switch', model: 'JL664A Aruba 6300M 24G /4SFP56 Swch' }, // arubaWiredSwitchJL664A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.107', type: 'Switch', model: 'JL665A Aruba 6300F 48G PoE CLS 4 /4SFP56 Swch' }, // arubaWiredSwitchJL665A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.108', type: 'Switch', model: 'JL666A Aruba 6300F 24G PoE CLS 4 /4SFP56 Swch' }, // arubaWiredSwitchJL666A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.109', type: 'Switch', model: 'JL667A Aruba 6300F 48G /4SFP56 Swch' }, // arubaWiredSwitchJL667A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.110', type: 'Switch', model: 'JL668A Aruba 6300F 24G /4SFP56 Swch' }, // arubaWiredSwitchJL668A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.111', type: 'Switch', model: 'JL762A Aruba 6300M 48G /4SFP56 BF Swch' }, // arubaWiredSwitchJL762A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.116', type: 'Switch', model: 'R8S89A Aruba 6300M 24SR CL6 PoE 2p50G 2p25G Sw' }, // arubaWiredSwitchR8S89A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.117', type: 'Switch', model: 'R8S90A Aruba 6300M 48SR5 CL8 PoE 2p50G 2p25G Sw' }, // arubaWiredSwitchR8S90A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.118', type: 'Switch', model: 'R8S91A Aruba 6300M 48SR5 CL6/CL8 2p50G 2p10G Sw' }, // arubaWiredSwitchR8S91A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.119', type: 'Switch', model: 'R8S92A Aruba 6300M 24p SFP+ LRM 2p50G 2p25G Sw' }, // arubaWiredSwitchR8S92A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.120', type: 'Switch', model: 'S0E91A Aruba 6300M 48SR10 CL8 PoE 4p100G Sw' }, // arubaWiredSwitchS0E91A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.121', type: 'Switch', model: 'S0X44A Aruba 6300M 48SR10 CL8 PoE 4p100G TAA Sw' }, // arubaWiredSwitchS0X44A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.150', type: 'Switch', model: 'R0X24A Aruba 6405 Chassis' }, // arubaWiredSwitchR0X24A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.151', type: 'Switch', model: 'R0X25A Aruba 6410 Chassis' }, // arubaWiredSwitchR0X25A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.160', type: 'Switch', model: 'R0X24C Aruba 6405 Chassis' }, // arubaWiredSwitchR0X24C
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.161', type: 'Switch', model: 'R0X25C Aruba 6410 Chassis' }, // arubaWiredSwitchR0X25C
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.250', type: 'Switch', model: 'JL675A Aruba 6100 48G CLS4 4SFP+ 370W' }, // arubaWiredSwitchJL675A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.251', type: 'Switch', model: 'JL676A Aruba 6100 48G 4SFP+' }, // arubaWiredSwitchJL676A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.252', type: 'Switch', model: 'JL677A Aruba 6100 24G CLS4 4SFP+ 370W' }, // arubaWiredSwitchJL677A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.253', type: 'Switch', model: 'JL678A Aruba 6100 24G 4SFP+' }, // arubaWiredSwitchJL678A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.254', type: 'Switch', model: 'JL679A Aruba 6100 12G CLS4 2G/2SFP+ 139W' }, // arubaWiredSwitchJL679A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.260', type: 'Switch', model: 'R9Y04A Aruba 6100 48G Class4 PoE 4SFP+ 740W' }, // arubaWiredSwitchR9Y04A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.270', type: 'Switch', model: 'R8N85A Aruba 6000 48G CLS4 4SFP 370W' }, // arubaWiredSwitchR8N85A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.271', type: 'Switch', model: 'R8N86A Aruba 6000 48G 4SFP' }, // arubaWiredSwitchR8N86A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.272', type: 'Switch', model: 'R8N87A Aruba 6000 24G CLS4 4SFP 370W' }, // arubaWiredSwitchR8N87A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.273', type: 'Switch', model: 'R8N88A Aruba 6000 24G 4SFP' }, // arubaWiredSwitchR8N88A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.274', type: 'Switch', model: 'R8N89A Aruba 6000 12G CLS4 2G/2SFP 139W' }, // arubaWiredSwitchR8N89A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.280', type: 'Switch', model: 'R9Y03A Aruba 6000 48G Class4 PoE 4SFP 740W' }, // arubaWiredSwitchR9Y03A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.300', type: 'Switch', model: 'JL724A Aruba 6200F 24G 4SFP+ Swch' }, // arubaWiredSwitchJL724A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.301', type: 'Switch', model: 'JL725A Aruba 6200F 24G CL4 4SFP+370W Swch' }, // arubaWiredSwitchJL725A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.302', type: 'Switch', model: 'JL726A Aruba 6200F 48G 4SFP+ Swch' }, // arubaWiredSwitchJL726A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.303', type: 'Switch', model: 'JL727A Aruba 6200F 48G CL4 4SFP+370W Swch' }, // arubaWiredSwitchJL727A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.304', type: 'Switch', model: 'JL728A Aruba 6200F 48G CL4 4SFP+740W Swch' }, // arubaWiredSwitchJL728A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.305', type: 'Switch', model: 'JL724B Aruba HPE ANW 6200F 24G 4SFP+ Sw' }, // arubaWiredSwitchJL724B
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.306', type: 'Switch', model: 'JL725B Aruba HPE ANW 6200F 24G C4 4SFP+370W Sw' }, // arubaWiredSwitchJL725B
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.307', type: 'Switch', model: 'JL726B Aruba HPE ANW 6200F 48G 4SFP+ Sw' }, // arubaWiredSwitchJL726B
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.308', type: 'Switch', model: 'JL727B Aruba HPE ANW 6200F 48G C4 4SFP+370W Sw' }, // arubaWiredSwitchJL727B
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.309', type: 'Switch', model: 'JL728B Aruba HPE ANW 6200F 48G C4 4SFP+740W Sw' }, // arubaWiredSwitchJL728B
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.310', type: 'Switch', model: 'S0M81A HPE ANW 6200F 24G 4SFP Sw' }, // arubaWiredSwitchS0M81A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.311', type: 'Switch', model: 'S0M82A HPE ANW 6200F 24G C4 4SFP 370W Sw' }, // arubaWiredSwitchS0M82A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.312', type: 'Switch', model: 'S0M83A HPE ANW 6200F 48G 4SFP Sw' }, // arubaWiredSwitchS0M83A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.313', type: 'Switch', model: 'S0M84A HPE ANW 6200F 48G C4 4SFP 370W Sw' }, // arubaWiredSwitchS0M84A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.314', type: 'Switch', model: 'S0M85A HPE ANW 6200F 48G C4 4SFP 740W Sw' }, // arubaWiredSwitchS0M85A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.315', type: 'Switch', model: 'S0M86A HPE NW 6200F 24G 4SFP+ T Sw' }, // arubaWiredSwitchS0M86A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.316', type: 'Switch', model: 'S0M87A HPE NW 6200F 24G C4 4SFP+370W T Sw' }, // arubaWiredSwitchS0M87A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.317', type: 'Switch', model: 'S0M88A HPE NW 6200F 48G 4SFP+ T Sw' }, // arubaWiredSwitchS0M88A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.318', type: 'Switch', model: 'S0M89A HPE NW 6200F 48G C4 4SFP+370W T Sw' }, // arubaWiredSwitchS0M89A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.319', type: 'Switch', model: 'S0M90A HPE NW 6200F 48G C4 4SFP+740W T Sw' }, // arubaWiredSwitchS0M90A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.321', type: 'Switch', model: 'R8Q67A Aruba 6200M 24G 4SFP+ Sw' }, // arubaWiredSwitchR8Q67A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.322', type: 'Switch', model: 'R8Q68A Aruba 6200M 24G CL4 PoE 4SFP+ Sw' }, // arubaWiredSwitchR8Q68A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.323', type: 'Switch', model: 'R8Q69A Aruba 6200M 48G 4SFP+ Sw' }, // arubaWiredSwitchR8Q69A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.324', type: 'Switch', model: 'R8Q70A Aruba 6200M 48G CL4 PoE 4SFP+ Sw' }, // arubaWiredSwitchR8Q70A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.325', type: 'Switch', model: 'R8Q71A Aruba 6200M 36G 12SR5 CL6 PoE 4SFP+ Sw' }, // arubaWiredSwitchR8Q71A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.326', type: 'Switch', model: 'R8Q72A Aruba 6200F 12G CL4 2G/2SFP+ 139W' }, // arubaWiredSwitchR8Q72A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.327', type: 'Switch', model: 'R8V08A Aruba 6200M 24G 4SFP+ TAA Sw' }, // arubaWiredSwitchR8V08A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.328', type: 'Switch', model: 'R8V09A Aruba 6200M 24G CL4 PoE 4SFP+ TAA Sw' }, // arubaWiredSwitchR8V09A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.329', type: 'Switch', model: 'R8V10A Aruba 6200M 48G 4SFP+ TAA Sw' }, // arubaWiredSwitchR8V10A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.330', type: 'Switch', model: 'R8V11A Aruba 6200M 48G CL4 PoE 4SFP+ TAA Sw' }, // arubaWiredSwitchR8V11A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.331', type: 'Switch', model: 'R8V12A Aruba 6200M 36G 12SR5 CL6 4SFP+ TAA Sw' }, // arubaWiredSwitchR8V12A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.332', type: 'Switch', model: 'R8V13A Aruba 6200F 12G CL4 2G/2SFP+TAA Sw' }, // arubaWiredSwitchR8V13A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.341', type: 'Switch', model: 'S0G13A HPE NW 6200F 24G 4SFP T Sw' }, // arubaWiredSwitchS0G13A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.342', type: 'Switch', model: 'S0G14A HPE NW 6200F 24G C4 4SFP 370W T Sw' }, // arubaWiredSwitchS0G14A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.343', type: 'Switch', model: 'S0G15A HPE NW 6200F 48G 4SFP T Sw' }, // arubaWiredSwitchS0G15A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.344', type: 'Switch', model: 'S0G16A HPE NW 6200F 48G C4 4SFP370W T Sw' }, // arubaWiredSwitchS0G16A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.345', type: 'Switch', model: 'S0G17A HPE NW 6200F 48G C4 4SFP740W T Sw' }, // arubaWiredSwitchS0G17A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.400', type: 'Switch', model: 'JL717A Aruba 8360 32p 1/10/25G SFP/SFP+/SFP28 and 4p 40/100G QSFP+/QSFP28' }, // arubaWiredSwitchJL717A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.401', type: 'Switch', model: 'JL718A Aruba 8360 16p 1/10/25G SFP/SFP+/SFP28 and 2p 40/100G QSFP+/QSFP28' }, // arubaWiredSwitchJL718A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.402', type: 'Switch', model: 'JL719A Aruba 8360 48p 1/10/25G SFP/SFP+/SFP28 and 6p 40/100G QSFP+/QSFP28' }, // arubaWiredSwitchJL719A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.403', type: 'Switch', model: 'JL720A Aruba 8360 48p 10GBASE-T and 4p 40/100G QSFP+/QSFP28' }, // arubaWiredSwitchJL720A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.404', type: 'Switch', model: 'JL721A Aruba 8360 12p 40/100G QSFP+/QSFP28' }, // arubaWiredSwitchJL721A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.405', type: 'Switch', model: 'JL722A Aruba 8360 24p 10G SFP/SFP+ and 2p 40/100G QSFP+/QSFP28' }, // arubaWiredSwitchJL722A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.420', type: 'Switch', model: 'JL717C Aruba 8360 32p 1/10/25G SFP/SFP+/SFP28 and 4p 40/100G QSFP+/QSFP28' }, // arubaWiredSwitchJL717C
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.421', type: 'Switch', model: 'JL718C Aruba 8360 16p 1/10/25G SFP/SFP+/SFP28 and 2p 40/100G QSFP+/QSFP28' }, // arubaWiredSwitchJL718C
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.422', type: 'Switch', model: 'JL719C Aruba 8360 48p 1/10/25G SFP/SFP+/SFP28 and 6p 40/100G QSFP+/QSFP28' }, // arubaWiredSwitchJL719C
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.423', type: 'Switch', model: 'JL720C Aruba 8360 48p 10GBASE-T and 4p 40/100G QSFP+/QSFP28' }, // arubaWiredSwitchJL720C
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.424', type: 'Switch', model: 'JL721C Aruba 8360 12p 40/100G QSFP+/QSFP28' }, // arubaWiredSwitchJL721C
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.425', type: 'Switch', model: 'JL722C Aruba 8360 24p 10G SFP/SFP+ and 2p 40/100G QSFP+/QSFP28' }, // arubaWiredSwitchJL722C
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.450', type: 'Switch', model: 'JL817A Aruba 4100i 12-port 1GbE (8-port Class 4 POE and 4-port Class 6 POE) 2-port SFP+ DIN Mount' }, // arubaWiredSwitchJL817A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.451', type: 'Switch', model: 'JL818A Aruba 4100i 24-port 1GbE (20-port Class 4 POE and 4-port Class 6 POE) 4-port SFP+' }, // arubaWiredSwitchJL818A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.600', type: 'Switch', model: 'R8S96A Aruba CX 10000-48Y6C Distributed Services' }, // arubaWiredSwitchR8S96A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.700', type: 'Switch', model: 'R8Z96A Aruba 9300-32D 32p 400G 2p 10g' }, // arubaWiredSwitchR8Z96A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.800', type: 'Switch', model: 'R9W94A Aruba 8100 24x10G SFP+ 4x40/100G QSFP28' }, // arubaWiredSwitchR9W94A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.801', type: 'Switch', model: 'R9W95A Aruba 8100 24x10G Base-T 4x10G SFP+ 4x40/100G QSFP28' }, // arubaWiredSwitchR9W95A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.802', type: 'Switch', model: 'R9W96A Aruba 8100 48x10G SFP+ 4x40/100G QSFP28' }, // arubaWiredSwitchR9W96A
  { oid: '1.3.6.1.4.1.47196.4.1.1.1.803', type: 'Switch', model: 'R9W97A Aruba 8100 40x10G Base-T 8x10G SFP+ 4x40/100G QSFP28' }, // arubaWiredSwitchR9W97A
];
