import type { ProductRule } from './product-rule';

/**
 * The rest of CISCO-PRODUCTS-MIB (ciscoProducts = 1.3.6.1.4.1.9.1; the MIB as Cisco publishes it, read in the
 * pysnmp compilation of elastiflow/pysnmp_mibs cisco_9/CISCO-PRODUCTS-MIB.py, 2,839 registrations): the rows
 * products-cisco.ts does not list, typed by the product line their object name spells in Cisco's own naming.
 * ciscoNNNN (cisco1721, cisco2811, cisco7206VXR) are the numbered router platforms; ciscoASR/ISR/IR/CSR,
 * ciscoC8xx/C1100/C8200/C8300 and the NCS 5xx (ciscoN520, N540, N560) routers; cat*, catalyst*, WS-C, IE and
 * Nexus, and ciscoC1000/C1200/C1300/C2960/C3650/C3850/C68xx/C9200-C9600 (Catalyst) switches; ciscoASA,
 * ciscoFpr and ciscoFp (Firepower) firewalls; ciscoCAP/ciscoAp/…Ap access points and ciscoAirWlc/C9800
 * wireless controllers. Names that spell a module, a supervisor, a service card or an unclear line (DSLAMs,
 * ME carrier switches, Stratix, voice gateways) are left out. `model` is the object name with Cisco's
 * prefix dropped; ENTITY-MIB's entPhysicalModelName, when the device answers it, is the more exact one.
 * The comment is the MIB's object name.
 */
export const CISCO_LINE_PRODUCTS: readonly ProductRule[] = [
  { oid: '1.3.6.1.4.1.9.1.6', type: 'Router', model: 'Cisco 3000' }, // cisco3000
  { oid: '1.3.6.1.4.1.9.1.7', type: 'Router', model: 'Cisco 4000' }, // cisco4000
  { oid: '1.3.6.1.4.1.9.1.8', type: 'Router', model: 'Cisco 7000' }, // cisco7000
  { oid: '1.3.6.1.4.1.9.1.10', type: 'Router', model: 'Cisco 2000' }, // cisco2000
  { oid: '1.3.6.1.4.1.9.1.12', type: 'Router', model: 'Cisco 7010' }, // cisco7010
  { oid: '1.3.6.1.4.1.9.1.13', type: 'Router', model: 'Cisco 2500' }, // cisco2500
  { oid: '1.3.6.1.4.1.9.1.14', type: 'Router', model: 'Cisco 4500' }, // cisco4500
  { oid: '1.3.6.1.4.1.9.1.17', type: 'Router', model: 'Cisco 2501' }, // cisco2501
  { oid: '1.3.6.1.4.1.9.1.18', type: 'Router', model: 'Cisco 2502' }, // cisco2502
  { oid: '1.3.6.1.4.1.9.1.19', type: 'Router', model: 'Cisco 2503' }, // cisco2503
  { oid: '1.3.6.1.4.1.9.1.20', type: 'Router', model: 'Cisco 2504' }, // cisco2504
  { oid: '1.3.6.1.4.1.9.1.21', type: 'Router', model: 'Cisco 2505' }, // cisco2505
  { oid: '1.3.6.1.4.1.9.1.22', type: 'Router', model: 'Cisco 2506' }, // cisco2506
  { oid: '1.3.6.1.4.1.9.1.23', type: 'Router', model: 'Cisco 2507' }, // cisco2507
  { oid: '1.3.6.1.4.1.9.1.24', type: 'Router', model: 'Cisco 2508' }, // cisco2508
  { oid: '1.3.6.1.4.1.9.1.25', type: 'Router', model: 'Cisco 2509' }, // cisco2509
  { oid: '1.3.6.1.4.1.9.1.26', type: 'Router', model: 'Cisco 2510' }, // cisco2510
  { oid: '1.3.6.1.4.1.9.1.27', type: 'Router', model: 'Cisco 2511' }, // cisco2511
  { oid: '1.3.6.1.4.1.9.1.28', type: 'Router', model: 'Cisco 2512' }, // cisco2512
  { oid: '1.3.6.1.4.1.9.1.29', type: 'Router', model: 'Cisco 2513' }, // cisco2513
  { oid: '1.3.6.1.4.1.9.1.30', type: 'Router', model: 'Cisco 2514' }, // cisco2514
  { oid: '1.3.6.1.4.1.9.1.31', type: 'Router', model: 'Cisco 2515' }, // cisco2515
  { oid: '1.3.6.1.4.1.9.1.32', type: 'Router', model: 'Cisco 3101' }, // cisco3101
  { oid: '1.3.6.1.4.1.9.1.33', type: 'Router', model: 'Cisco 3102' }, // cisco3102
  { oid: '1.3.6.1.4.1.9.1.34', type: 'Router', model: 'Cisco 3103' }, // cisco3103
  { oid: '1.3.6.1.4.1.9.1.35', type: 'Router', model: 'Cisco 3104' }, // cisco3104
  { oid: '1.3.6.1.4.1.9.1.36', type: 'Router', model: 'Cisco 3202' }, // cisco3202
  { oid: '1.3.6.1.4.1.9.1.37', type: 'Router', model: 'Cisco 3204' }, // cisco3204
  { oid: '1.3.6.1.4.1.9.1.40', type: 'Router', model: 'Cisco 1000' }, // cisco1000
  { oid: '1.3.6.1.4.1.9.1.41', type: 'Router', model: 'Cisco 1003' }, // cisco1003
  { oid: '1.3.6.1.4.1.9.1.42', type: 'Router', model: 'Cisco 2516' }, // cisco2516
  { oid: '1.3.6.1.4.1.9.1.43', type: 'Router', model: 'Cisco 1020' }, // cisco1020
  { oid: '1.3.6.1.4.1.9.1.44', type: 'Router', model: 'Cisco 1004' }, // cisco1004
  { oid: '1.3.6.1.4.1.9.1.45', type: 'Router', model: 'Cisco 7507' }, // cisco7507
  { oid: '1.3.6.1.4.1.9.1.46', type: 'Router', model: 'Cisco 7513' }, // cisco7513
  { oid: '1.3.6.1.4.1.9.1.47', type: 'Router', model: 'Cisco 7506' }, // cisco7506
  { oid: '1.3.6.1.4.1.9.1.48', type: 'Router', model: 'Cisco 7505' }, // cisco7505
  { oid: '1.3.6.1.4.1.9.1.49', type: 'Router', model: 'Cisco 1005' }, // cisco1005
  { oid: '1.3.6.1.4.1.9.1.50', type: 'Router', model: 'Cisco 4700' }, // cisco4700
  { oid: '1.3.6.1.4.1.9.1.67', type: 'Router', model: 'Cisco 2517' }, // cisco2517
  { oid: '1.3.6.1.4.1.9.1.68', type: 'Router', model: 'Cisco 2518' }, // cisco2518
  { oid: '1.3.6.1.4.1.9.1.69', type: 'Router', model: 'Cisco 2519' }, // cisco2519
  { oid: '1.3.6.1.4.1.9.1.70', type: 'Router', model: 'Cisco 2520' }, // cisco2520
  { oid: '1.3.6.1.4.1.9.1.71', type: 'Router', model: 'Cisco 2521' }, // cisco2521
  { oid: '1.3.6.1.4.1.9.1.72', type: 'Router', model: 'Cisco 2522' }, // cisco2522
  { oid: '1.3.6.1.4.1.9.1.73', type: 'Router', model: 'Cisco 2523' }, // cisco2523
  { oid: '1.3.6.1.4.1.9.1.74', type: 'Router', model: 'Cisco 2524' }, // cisco2524
  { oid: '1.3.6.1.4.1.9.1.75', type: 'Router', model: 'Cisco 2525' }, // cisco2525
  { oid: '1.3.6.1.4.1.9.1.81', type: 'Router', model: 'Cisco 751' }, // cisco751
  { oid: '1.3.6.1.4.1.9.1.82', type: 'Router', model: 'Cisco 752' }, // cisco752
  { oid: '1.3.6.1.4.1.9.1.83', type: 'Router', model: 'Cisco 753' }, // cisco753
  { oid: '1.3.6.1.4.1.9.1.94', type: 'Router', model: 'Cisco 741' }, // cisco741
  { oid: '1.3.6.1.4.1.9.1.95', type: 'Router', model: 'Cisco 742' }, // cisco742
  { oid: '1.3.6.1.4.1.9.1.96', type: 'Router', model: 'Cisco 743' }, // cisco743
  { oid: '1.3.6.1.4.1.9.1.97', type: 'Router', model: 'Cisco 744' }, // cisco744
  { oid: '1.3.6.1.4.1.9.1.98', type: 'Router', model: 'Cisco 761' }, // cisco761
  { oid: '1.3.6.1.4.1.9.1.99', type: 'Router', model: 'Cisco 762' }, // cisco762
  { oid: '1.3.6.1.4.1.9.1.100', type: 'Router', model: 'Cisco 763' }, // cisco763
  { oid: '1.3.6.1.4.1.9.1.101', type: 'Router', model: 'Cisco 764' }, // cisco764
  { oid: '1.3.6.1.4.1.9.1.102', type: 'Router', model: 'Cisco 765' }, // cisco765
  { oid: '1.3.6.1.4.1.9.1.103', type: 'Router', model: 'Cisco 766' }, // cisco766
  { oid: '1.3.6.1.4.1.9.1.108', type: 'Router', model: 'Cisco 7206' }, // cisco7206
  { oid: '1.3.6.1.4.1.9.1.110', type: 'Router', model: 'Cisco 3640' }, // cisco3640
  { oid: '1.3.6.1.4.1.9.1.113', type: 'Router', model: 'Cisco 1601' }, // cisco1601
  { oid: '1.3.6.1.4.1.9.1.114', type: 'Router', model: 'Cisco 1602' }, // cisco1602
  { oid: '1.3.6.1.4.1.9.1.115', type: 'Router', model: 'Cisco 1603' }, // cisco1603
  { oid: '1.3.6.1.4.1.9.1.116', type: 'Router', model: 'Cisco 1604' }, // cisco1604
  { oid: '1.3.6.1.4.1.9.1.122', type: 'Router', model: 'Cisco 3620' }, // cisco3620
  { oid: '1.3.6.1.4.1.9.1.125', type: 'Router', model: 'Cisco 7204' }, // cisco7204
  { oid: '1.3.6.1.4.1.9.1.126', type: 'Router', model: 'Cisco 771' }, // cisco771
  { oid: '1.3.6.1.4.1.9.1.127', type: 'Router', model: 'Cisco 772' }, // cisco772
  { oid: '1.3.6.1.4.1.9.1.128', type: 'Router', model: 'Cisco 775' }, // cisco775
  { oid: '1.3.6.1.4.1.9.1.129', type: 'Router', model: 'Cisco 776' }, // cisco776
  { oid: '1.3.6.1.4.1.9.1.150', type: 'Switch', model: 'Catalyst 116T' }, // catalyst116T
  { oid: '1.3.6.1.4.1.9.1.151', type: 'Switch', model: 'Catalyst 116C' }, // catalyst116C
  { oid: '1.3.6.1.4.1.9.1.152', type: 'Switch', model: 'Catalyst 1116' }, // catalyst1116
  { oid: '1.3.6.1.4.1.9.1.160', type: 'Router', model: 'Cisco 1503' }, // cisco1503
  { oid: '1.3.6.1.4.1.9.1.161', type: 'Router', model: 'Cisco 1502' }, // cisco1502
  { oid: '1.3.6.1.4.1.9.1.165', type: 'Router', model: 'Cisco 2501FRADFX' }, // cisco2501FRADFX
  { oid: '1.3.6.1.4.1.9.1.166', type: 'Router', model: 'Cisco 2501LANFRADFX' }, // cisco2501LANFRADFX
  { oid: '1.3.6.1.4.1.9.1.167', type: 'Router', model: 'Cisco 2502LANFRADFX' }, // cisco2502LANFRADFX
  { oid: '1.3.6.1.4.1.9.1.172', type: 'Router', model: 'Cisco 1605' }, // cisco1605
  { oid: '1.3.6.1.4.1.9.1.173', type: 'Router', model: 'Cisco 12012' }, // cisco12012
  { oid: '1.3.6.1.4.1.9.1.175', type: 'Switch', model: 'Catalyst 1912C' }, // catalyst1912C
  { oid: '1.3.6.1.4.1.9.1.180', type: 'Router', model: 'Cisco 6400' }, // cisco6400
  { oid: '1.3.6.1.4.1.9.1.181', type: 'Router', model: 'Cisco 12004' }, // cisco12004
  { oid: '1.3.6.1.4.1.9.1.182', type: 'Router', model: 'Cisco 12008' }, // cisco12008
  { oid: '1.3.6.1.4.1.9.1.185', type: 'Router', model: 'Cisco 2610' }, // cisco2610
  { oid: '1.3.6.1.4.1.9.1.186', type: 'Router', model: 'Cisco 2611' }, // cisco2611
  { oid: '1.3.6.1.4.1.9.1.187', type: 'Router', model: 'Cisco 2612' }, // cisco2612
  { oid: '1.3.6.1.4.1.9.1.192', type: 'Router', model: 'Cisco 6200' }, // cisco6200
  { oid: '1.3.6.1.4.1.9.1.194', type: 'Router', model: 'Cisco 7202' }, // cisco7202
  { oid: '1.3.6.1.4.1.9.1.195', type: 'Router', model: 'Cisco 2613' }, // cisco2613
  { oid: '1.3.6.1.4.1.9.1.197', type: 'Switch', model: 'Catalyst 9006' }, // catalyst9006
  { oid: '1.3.6.1.4.1.9.1.198', type: 'Switch', model: 'Catalyst 9009' }, // catalyst9009
  { oid: '1.3.6.1.4.1.9.1.200', type: 'Router', model: 'Cisco 1710' }, // cisco1710
  { oid: '1.3.6.1.4.1.9.1.201', type: 'Router', model: 'Cisco 1720' }, // cisco1720
  { oid: '1.3.6.1.4.1.9.1.204', type: 'Router', model: 'Cisco 7576' }, // cisco7576
  { oid: '1.3.6.1.4.1.9.1.205', type: 'Router', model: 'Cisco 3660' }, // cisco3660
  { oid: '1.3.6.1.4.1.9.1.206', type: 'Router', model: 'Cisco 1401' }, // cisco1401
  { oid: '1.3.6.1.4.1.9.1.208', type: 'Router', model: 'Cisco 2620' }, // cisco2620
  { oid: '1.3.6.1.4.1.9.1.209', type: 'Router', model: 'Cisco 2621' }, // cisco2621
  { oid: '1.3.6.1.4.1.9.1.211', type: 'Router', model: 'Cisco 6400Nrp' }, // cisco6400Nrp
  { oid: '1.3.6.1.4.1.9.1.212', type: 'Router', model: 'Cisco 801' }, // cisco801
  { oid: '1.3.6.1.4.1.9.1.213', type: 'Router', model: 'Cisco 802' }, // cisco802
  { oid: '1.3.6.1.4.1.9.1.214', type: 'Router', model: 'Cisco 803' }, // cisco803
  { oid: '1.3.6.1.4.1.9.1.215', type: 'Router', model: 'Cisco 804' }, // cisco804
  { oid: '1.3.6.1.4.1.9.1.216', type: 'Router', model: 'Cisco 1750' }, // cisco1750
  { oid: '1.3.6.1.4.1.9.1.222', type: 'Router', model: 'Cisco 7206VXR' }, // cisco7206VXR
  { oid: '1.3.6.1.4.1.9.1.223', type: 'Router', model: 'Cisco 7204VXR' }, // cisco7204VXR
  { oid: '1.3.6.1.4.1.9.1.224', type: 'Switch', model: 'Cisco 1538M' }, // cisco1538M
  { oid: '1.3.6.1.4.1.9.1.225', type: 'Switch', model: 'Cisco 1548M' }, // cisco1548M
  { oid: '1.3.6.1.4.1.9.1.245', type: 'Router', model: 'Cisco 805' }, // cisco805
  { oid: '1.3.6.1.4.1.9.1.249', type: 'Router', model: 'Cisco 1407' }, // cisco1407
  { oid: '1.3.6.1.4.1.9.1.250', type: 'Router', model: 'Cisco 1417' }, // cisco1417
  { oid: '1.3.6.1.4.1.9.1.259', type: 'Router', model: 'Cisco 7120Quadt1' }, // cisco7120Quadt1
  { oid: '1.3.6.1.4.1.9.1.260', type: 'Router', model: 'Cisco 7120T3' }, // cisco7120T3
  { oid: '1.3.6.1.4.1.9.1.261', type: 'Router', model: 'Cisco 7120E3' }, // cisco7120E3
  { oid: '1.3.6.1.4.1.9.1.262', type: 'Router', model: 'Cisco 7120At3' }, // cisco7120At3
  { oid: '1.3.6.1.4.1.9.1.263', type: 'Router', model: 'Cisco 7120Ae3' }, // cisco7120Ae3
  { oid: '1.3.6.1.4.1.9.1.264', type: 'Router', model: 'Cisco 7120Smi3' }, // cisco7120Smi3
  { oid: '1.3.6.1.4.1.9.1.265', type: 'Router', model: 'Cisco 7140Dualt3' }, // cisco7140Dualt3
  { oid: '1.3.6.1.4.1.9.1.266', type: 'Router', model: 'Cisco 7140Duale3' }, // cisco7140Duale3
  { oid: '1.3.6.1.4.1.9.1.267', type: 'Router', model: 'Cisco 7140Dualat3' }, // cisco7140Dualat3
  { oid: '1.3.6.1.4.1.9.1.268', type: 'Router', model: 'Cisco 7140Dualae3' }, // cisco7140Dualae3
  { oid: '1.3.6.1.4.1.9.1.269', type: 'Router', model: 'Cisco 7140Dualmm3' }, // cisco7140Dualmm3
  { oid: '1.3.6.1.4.1.9.1.270', type: 'Router', model: 'Cisco 827QuadV' }, // cisco827QuadV
  { oid: '1.3.6.1.4.1.9.1.272', type: 'Router', model: 'Cisco 10400' }, // cisco10400
  { oid: '1.3.6.1.4.1.9.1.273', type: 'Router', model: 'Cisco 12016' }, // cisco12016
  { oid: '1.3.6.1.4.1.9.1.276', type: 'Router', model: 'Cisco 7140Octt1' }, // cisco7140Octt1
  { oid: '1.3.6.1.4.1.9.1.277', type: 'Router', model: 'Cisco 7140Dualfe' }, // cisco7140Dualfe
  { oid: '1.3.6.1.4.1.9.1.284', type: 'Router', model: 'Cisco 827' }, // cisco827
  { oid: '1.3.6.1.4.1.9.1.288', type: 'Router', model: 'Cisco 7507z' }, // cisco7507z
  { oid: '1.3.6.1.4.1.9.1.289', type: 'Router', model: 'Cisco 7513z' }, // cisco7513z
  { oid: '1.3.6.1.4.1.9.1.290', type: 'Router', model: 'Cisco 7507mx' }, // cisco7507mx
  { oid: '1.3.6.1.4.1.9.1.291', type: 'Router', model: 'Cisco 7513mx' }, // cisco7513mx
  { oid: '1.3.6.1.4.1.9.1.295', type: 'Router', model: 'Cisco 802J' }, // cisco802J
  { oid: '1.3.6.1.4.1.9.1.296', type: 'Router', model: 'Cisco 804J' }, // cisco804J
  { oid: '1.3.6.1.4.1.9.1.302', type: 'Router', model: 'Cisco 7750Mrp200' }, // cisco7750Mrp200
  { oid: '1.3.6.1.4.1.9.1.303', type: 'Router', model: 'Cisco 7750Ssp80' }, // cisco7750Ssp80
  { oid: '1.3.6.1.4.1.9.1.314', type: 'Router', model: 'Cisco 7750' }, // cisco7750
  { oid: '1.3.6.1.4.1.9.1.319', type: 'Router', model: 'Cisco 2650' }, // cisco2650
  { oid: '1.3.6.1.4.1.9.1.320', type: 'Router', model: 'Cisco 2651' }, // cisco2651
  { oid: '1.3.6.1.4.1.9.1.321', type: 'Router', model: 'Cisco 826QuadV' }, // cisco826QuadV
  { oid: '1.3.6.1.4.1.9.1.322', type: 'Router', model: 'Cisco 826' }, // cisco826
  { oid: '1.3.6.1.4.1.9.1.326', type: 'Router', model: 'Cisco 1751' }, // cisco1751
  { oid: '1.3.6.1.4.1.9.1.327', type: 'Router', model: 'Cisco 1730Iad8Fxs' }, // cisco1730Iad8Fxs
  { oid: '1.3.6.1.4.1.9.1.328', type: 'Router', model: 'Cisco 1730Iad16Fxs' }, // cisco1730Iad16Fxs
  { oid: '1.3.6.1.4.1.9.1.329', type: 'Router', model: 'Cisco 626' }, // cisco626
  { oid: '1.3.6.1.4.1.9.1.330', type: 'Router', model: 'Cisco 627' }, // cisco627
  { oid: '1.3.6.1.4.1.9.1.331', type: 'Router', model: 'Cisco 633' }, // cisco633
  { oid: '1.3.6.1.4.1.9.1.332', type: 'Router', model: 'Cisco 673' }, // cisco673
  { oid: '1.3.6.1.4.1.9.1.333', type: 'Router', model: 'Cisco 675' }, // cisco675
  { oid: '1.3.6.1.4.1.9.1.334', type: 'Router', model: 'Cisco 675e' }, // cisco675e
  { oid: '1.3.6.1.4.1.9.1.335', type: 'Router', model: 'Cisco 676' }, // cisco676
  { oid: '1.3.6.1.4.1.9.1.336', type: 'Router', model: 'Cisco 677' }, // cisco677
  { oid: '1.3.6.1.4.1.9.1.337', type: 'Router', model: 'Cisco 678' }, // cisco678
  { oid: '1.3.6.1.4.1.9.1.338', type: 'Router', model: 'Cisco 3661Ac' }, // cisco3661Ac
  { oid: '1.3.6.1.4.1.9.1.339', type: 'Router', model: 'Cisco 3661Dc' }, // cisco3661Dc
  { oid: '1.3.6.1.4.1.9.1.340', type: 'Router', model: 'Cisco 3662Ac' }, // cisco3662Ac
  { oid: '1.3.6.1.4.1.9.1.341', type: 'Router', model: 'Cisco 3662Dc' }, // cisco3662Dc
  { oid: '1.3.6.1.4.1.9.1.342', type: 'Router', model: 'Cisco 3662AcCo' }, // cisco3662AcCo
  { oid: '1.3.6.1.4.1.9.1.343', type: 'Router', model: 'Cisco 3662DcCo' }, // cisco3662DcCo
  { oid: '1.3.6.1.4.1.9.1.348', type: 'Router', model: 'Cisco 12010' }, // cisco12010
  { oid: '1.3.6.1.4.1.9.1.355', type: 'Router', model: 'Cisco 7150Dualfe' }, // cisco7150Dualfe
  { oid: '1.3.6.1.4.1.9.1.356', type: 'Router', model: 'Cisco 7150Octt1' }, // cisco7150Octt1
  { oid: '1.3.6.1.4.1.9.1.357', type: 'Router', model: 'Cisco 7150Dualt3' }, // cisco7150Dualt3
  { oid: '1.3.6.1.4.1.9.1.363', type: 'Router', model: 'Cisco 677i' }, // cisco677i
  { oid: '1.3.6.1.4.1.9.1.364', type: 'Router', model: 'Cisco 674' }, // cisco674
  { oid: '1.3.6.1.4.1.9.1.376', type: 'Router', model: 'Cisco 7401VXR' }, // cisco7401VXR
  { oid: '1.3.6.1.4.1.9.1.377', type: 'Router', model: 'Cisco 951' }, // cisco951
  { oid: '1.3.6.1.4.1.9.1.378', type: 'Router', model: 'Cisco 952' }, // cisco952
  { oid: '1.3.6.1.4.1.9.1.379', type: 'AccessPoint', model: 'CAP340' }, // ciscoCAP340
  { oid: '1.3.6.1.4.1.9.1.380', type: 'AccessPoint', model: 'CAP350' }, // ciscoCAP350
  { oid: '1.3.6.1.4.1.9.1.382', type: 'Router', model: 'Cisco 828' }, // cisco828
  { oid: '1.3.6.1.4.1.9.1.385', type: 'Router', model: 'Cisco 12416' }, // cisco12416
  { oid: '1.3.6.1.4.1.9.1.388', type: 'Router', model: 'Cisco 12406' }, // cisco12406
  { oid: '1.3.6.1.4.1.9.1.394', type: 'Router', model: 'Cisco 12410' }, // cisco12410
  { oid: '1.3.6.1.4.1.9.1.397', type: 'Router', model: 'Cisco 10720' }, // cisco10720
  { oid: '1.3.6.1.4.1.9.1.401', type: 'Router', model: 'Cisco 7603' }, // cisco7603
  { oid: '1.3.6.1.4.1.9.1.402', type: 'Router', model: 'Cisco 7606' }, // cisco7606
  { oid: '1.3.6.1.4.1.9.1.403', type: 'Router', model: 'Cisco 7401ASR' }, // cisco7401ASR
  { oid: '1.3.6.1.4.1.9.1.413', type: 'Router', model: 'Cisco 2691' }, // cisco2691
  { oid: '1.3.6.1.4.1.9.1.414', type: 'Router', model: 'Cisco 3725' }, // cisco3725
  { oid: '1.3.6.1.4.1.9.1.415', type: 'Router', model: 'Cisco 3640A' }, // cisco3640A
  { oid: '1.3.6.1.4.1.9.1.416', type: 'Router', model: 'Cisco 1760' }, // cisco1760
  { oid: '1.3.6.1.4.1.9.1.418', type: 'Router', model: 'Cisco 2610M' }, // cisco2610M
  { oid: '1.3.6.1.4.1.9.1.419', type: 'Router', model: 'Cisco 2611M' }, // cisco2611M
  { oid: '1.3.6.1.4.1.9.1.423', type: 'Router', model: 'Cisco 12404' }, // cisco12404
  { oid: '1.3.6.1.4.1.9.1.425', type: 'Router', model: 'Cisco 3631Co' }, // cisco3631Co
  { oid: '1.3.6.1.4.1.9.1.434', type: 'Switch', model: 'IE2105' }, // ciscoIE2105
  { oid: '1.3.6.1.4.1.9.1.436', type: 'Router', model: 'Cisco 3745' }, // cisco3745
  { oid: '1.3.6.1.4.1.9.1.437', type: 'Router', model: 'Cisco 10005' }, // cisco10005
  { oid: '1.3.6.1.4.1.9.1.438', type: 'Router', model: 'Cisco 10008' }, // cisco10008
  { oid: '1.3.6.1.4.1.9.1.439', type: 'Router', model: 'Cisco 7304' }, // cisco7304
  { oid: '1.3.6.1.4.1.9.1.444', type: 'Router', model: 'Cisco 1721' }, // cisco1721
  { oid: '1.3.6.1.4.1.9.1.446', type: 'Router', model: 'Cisco 827H' }, // cisco827H
  { oid: '1.3.6.1.4.1.9.1.456', type: 'Router', model: 'Cisco 7750Mrp300' }, // cisco7750Mrp300
  { oid: '1.3.6.1.4.1.9.1.464', type: 'Router', model: 'Cisco 6400UAC' }, // cisco6400UAC
  { oid: '1.3.6.1.4.1.9.1.466', type: 'Router', model: 'Cisco 2610XM' }, // cisco2610XM
  { oid: '1.3.6.1.4.1.9.1.467', type: 'Router', model: 'Cisco 2611XM' }, // cisco2611XM
  { oid: '1.3.6.1.4.1.9.1.468', type: 'Router', model: 'Cisco 2620XM' }, // cisco2620XM
  { oid: '1.3.6.1.4.1.9.1.469', type: 'Router', model: 'Cisco 2621XM' }, // cisco2621XM
  { oid: '1.3.6.1.4.1.9.1.470', type: 'Router', model: 'Cisco 2650XM' }, // cisco2650XM
  { oid: '1.3.6.1.4.1.9.1.471', type: 'Router', model: 'Cisco 2651XM' }, // cisco2651XM
  { oid: '1.3.6.1.4.1.9.1.476', type: 'Router', model: 'Cisco 7301' }, // cisco7301
  { oid: '1.3.6.1.4.1.9.1.477', type: 'Router', model: 'Cisco 12816' }, // cisco12816
  { oid: '1.3.6.1.4.1.9.1.478', type: 'Router', model: 'Cisco 12810' }, // cisco12810
  { oid: '1.3.6.1.4.1.9.1.479', type: 'Router', model: 'Cisco 3250' }, // cisco3250
  { oid: '1.3.6.1.4.1.9.1.495', type: 'Router', model: 'Cisco 837' }, // cisco837
  { oid: '1.3.6.1.4.1.9.1.497', type: 'Router', model: 'Cisco 831' }, // cisco831
  { oid: '1.3.6.1.4.1.9.1.499', type: 'Router', model: 'Cisco 836' }, // cisco836
  { oid: '1.3.6.1.4.1.9.1.509', type: 'Router', model: 'Cisco 7609' }, // cisco7609
  { oid: '1.3.6.1.4.1.9.1.528', type: 'Router', model: 'Cisco 7613' }, // cisco7613
  { oid: '1.3.6.1.4.1.9.1.538', type: 'Router', model: 'Cisco 1711' }, // cisco1711
  { oid: '1.3.6.1.4.1.9.1.539', type: 'Router', model: 'Cisco 1712' }, // cisco1712
  { oid: '1.3.6.1.4.1.9.1.542', type: 'Switch', model: 'Catalyst 29408TF' }, // catalyst29408TF
  { oid: '1.3.6.1.4.1.9.1.543', type: 'Router', model: 'Cisco 3825' }, // cisco3825
  { oid: '1.3.6.1.4.1.9.1.544', type: 'Router', model: 'Cisco 3845' }, // cisco3845
  { oid: '1.3.6.1.4.1.9.1.545', type: 'Router', model: 'Cisco 2430Iad24Fxs' }, // cisco2430Iad24Fxs
  { oid: '1.3.6.1.4.1.9.1.546', type: 'Router', model: 'Cisco 2431Iad8Fxs' }, // cisco2431Iad8Fxs
  { oid: '1.3.6.1.4.1.9.1.547', type: 'Router', model: 'Cisco 2431Iad16Fxs' }, // cisco2431Iad16Fxs
  { oid: '1.3.6.1.4.1.9.1.548', type: 'Router', model: 'Cisco 2431Iad1T1E1' }, // cisco2431Iad1T1E1
  { oid: '1.3.6.1.4.1.9.1.549', type: 'Router', model: 'Cisco 2432Iad24Fxs' }, // cisco2432Iad24Fxs
  { oid: '1.3.6.1.4.1.9.1.550', type: 'Router', model: 'Cisco 1701ADSLBRI' }, // cisco1701ADSLBRI
  { oid: '1.3.6.1.4.1.9.1.551', type: 'Switch', model: 'Catalyst 2950St24LRE997' }, // catalyst2950St24LRE997
  { oid: '1.3.6.1.4.1.9.1.553', type: 'Router', model: 'Cisco 3220' }, // cisco3220
  { oid: '1.3.6.1.4.1.9.1.566', type: 'Router', model: 'Cisco 851' }, // cisco851
  { oid: '1.3.6.1.4.1.9.1.567', type: 'Router', model: 'Cisco 857' }, // cisco857
  { oid: '1.3.6.1.4.1.9.1.568', type: 'Router', model: 'Cisco 876' }, // cisco876
  { oid: '1.3.6.1.4.1.9.1.569', type: 'Router', model: 'Cisco 877' }, // cisco877
  { oid: '1.3.6.1.4.1.9.1.570', type: 'Router', model: 'Cisco 878' }, // cisco878
  { oid: '1.3.6.1.4.1.9.1.571', type: 'Router', model: 'Cisco 871' }, // cisco871
  { oid: '1.3.6.1.4.1.9.1.576', type: 'Router', model: 'Cisco 2811' }, // cisco2811
  { oid: '1.3.6.1.4.1.9.1.577', type: 'Router', model: 'Cisco 2821' }, // cisco2821
  { oid: '1.3.6.1.4.1.9.1.578', type: 'Router', model: 'Cisco 2851' }, // cisco2851
  { oid: '1.3.6.1.4.1.9.1.590', type: 'Router', model: 'Cisco 12006' }, // cisco12006
  { oid: '1.3.6.1.4.1.9.1.594', type: 'Router', model: 'Cisco 1718' }, // cisco1718
  { oid: '1.3.6.1.4.1.9.1.619', type: 'Router', model: 'Cisco 2801' }, // cisco2801
  { oid: '1.3.6.1.4.1.9.1.620', type: 'Router', model: 'Cisco 1841' }, // cisco1841
  { oid: '1.3.6.1.4.1.9.1.638', type: 'Router', model: 'Cisco 1801' }, // cisco1801
  { oid: '1.3.6.1.4.1.9.1.639', type: 'Router', model: 'Cisco 1802' }, // cisco1802
  { oid: '1.3.6.1.4.1.9.1.640', type: 'Router', model: 'Cisco 1803' }, // cisco1803
  { oid: '1.3.6.1.4.1.9.1.641', type: 'Router', model: 'Cisco 1811' }, // cisco1811
  { oid: '1.3.6.1.4.1.9.1.642', type: 'Router', model: 'Cisco 1812' }, // cisco1812
  { oid: '1.3.6.1.4.1.9.1.658', type: 'Router', model: 'Cisco 7604' }, // cisco7604
  { oid: '1.3.6.1.4.1.9.1.688', type: 'Switch', model: 'Catalyst 3750Ge12SfpDc' }, // catalyst3750Ge12SfpDc
  { oid: '1.3.6.1.4.1.9.1.689', type: 'Router', model: 'Cisco 3271' }, // cisco3271
  { oid: '1.3.6.1.4.1.9.1.690', type: 'Router', model: 'Cisco 3272' }, // cisco3272
  { oid: '1.3.6.1.4.1.9.1.691', type: 'Router', model: 'Cisco 3241' }, // cisco3241
  { oid: '1.3.6.1.4.1.9.1.692', type: 'Router', model: 'Cisco 3242' }, // cisco3242
  { oid: '1.3.6.1.4.1.9.1.734', type: 'Switch', model: 'Cisco 240024TSA' }, // cisco240024TSA
  { oid: '1.3.6.1.4.1.9.1.735', type: 'Switch', model: 'Cisco 240024TSD' }, // cisco240024TSD
  { oid: '1.3.6.1.4.1.9.1.736', type: 'Switch', model: 'Cisco 340024TSA' }, // cisco340024TSA
  { oid: '1.3.6.1.4.1.9.1.737', type: 'Switch', model: 'Cisco 340024TSD' }, // cisco340024TSD
  { oid: '1.3.6.1.4.1.9.1.782', type: 'Router', model: 'Cisco 877M' }, // cisco877M
  { oid: '1.3.6.1.4.1.9.1.783', type: 'Router', model: 'Cisco 1801M' }, // cisco1801M
  { oid: '1.3.6.1.4.1.9.1.821', type: 'Router', model: 'Cisco 7201' }, // cisco7201
  { oid: '1.3.6.1.4.1.9.1.828', type: 'AccessPoint', model: 'AirWlc2106K9' }, // ciscoAirWlc2106K9
  { oid: '1.3.6.1.4.1.9.1.834', type: 'Router', model: 'Cisco 861' }, // cisco861
  { oid: '1.3.6.1.4.1.9.1.835', type: 'Router', model: 'Cisco 866' }, // cisco866
  { oid: '1.3.6.1.4.1.9.1.836', type: 'Router', model: 'Cisco 867' }, // cisco867
  { oid: '1.3.6.1.4.1.9.1.837', type: 'Router', model: 'Cisco 881' }, // cisco881
  { oid: '1.3.6.1.4.1.9.1.838', type: 'Router', model: 'Cisco 881G' }, // cisco881G
  { oid: '1.3.6.1.4.1.9.1.840', type: 'Router', model: 'Cisco 881Srst' }, // cisco881Srst
  { oid: '1.3.6.1.4.1.9.1.842', type: 'Router', model: 'Cisco 886' }, // cisco886
  { oid: '1.3.6.1.4.1.9.1.843', type: 'Router', model: 'Cisco 886G' }, // cisco886G
  { oid: '1.3.6.1.4.1.9.1.846', type: 'Router', model: 'Cisco 886Srst' }, // cisco886Srst
  { oid: '1.3.6.1.4.1.9.1.847', type: 'Router', model: 'Cisco 887' }, // cisco887
  { oid: '1.3.6.1.4.1.9.1.848', type: 'Router', model: 'Cisco 887G' }, // cisco887G
  { oid: '1.3.6.1.4.1.9.1.851', type: 'Router', model: 'Cisco 887Srst' }, // cisco887Srst
  { oid: '1.3.6.1.4.1.9.1.852', type: 'Router', model: 'Cisco 888' }, // cisco888
  { oid: '1.3.6.1.4.1.9.1.853', type: 'Router', model: 'Cisco 888G' }, // cisco888G
  { oid: '1.3.6.1.4.1.9.1.856', type: 'Router', model: 'Cisco 888Srst' }, // cisco888Srst
  { oid: '1.3.6.1.4.1.9.1.857', type: 'Router', model: 'Cisco 891' }, // cisco891
  { oid: '1.3.6.1.4.1.9.1.858', type: 'Router', model: 'Cisco 892' }, // cisco892
  { oid: '1.3.6.1.4.1.9.1.859', type: 'Router', model: 'Cisco 885D3' }, // cisco885D3
  { oid: '1.3.6.1.4.1.9.1.861', type: 'Router', model: 'Cisco 885EJ3' }, // cisco885EJ3
  { oid: '1.3.6.1.4.1.9.1.862', type: 'Router', model: 'Cisco 7603s' }, // cisco7603s
  { oid: '1.3.6.1.4.1.9.1.863', type: 'Router', model: 'Cisco 7606s' }, // cisco7606s
  { oid: '1.3.6.1.4.1.9.1.864', type: 'Router', model: 'Cisco 7609s' }, // cisco7609s
  { oid: '1.3.6.1.4.1.9.1.865', type: 'Router', model: 'Cisco 7600Seb' }, // cisco7600Seb
  { oid: '1.3.6.1.4.1.9.1.869', type: 'AccessPoint', model: 'Cisco 860Ap' }, // cisco860Ap
  { oid: '1.3.6.1.4.1.9.1.870', type: 'AccessPoint', model: 'Cisco 880Ap' }, // cisco880Ap
  { oid: '1.3.6.1.4.1.9.1.871', type: 'AccessPoint', model: 'Cisco 890Ap' }, // cisco890Ap
  { oid: '1.3.6.1.4.1.9.1.872', type: 'AccessPoint', model: 'Cisco 1900Ap' }, // cisco1900Ap
  { oid: '1.3.6.1.4.1.9.1.873', type: 'Switch', model: 'Cisco 340024FSA' }, // cisco340024FSA
  { oid: '1.3.6.1.4.1.9.1.902', type: 'Router', model: 'Cisco 1861Uc2BK9' }, // cisco1861Uc2BK9
  { oid: '1.3.6.1.4.1.9.1.903', type: 'Router', model: 'Cisco 1861Uc4FK9' }, // cisco1861Uc4FK9
  { oid: '1.3.6.1.4.1.9.1.904', type: 'Router', model: 'Cisco 1861Srst2BK9' }, // cisco1861Srst2BK9
  { oid: '1.3.6.1.4.1.9.1.905', type: 'Router', model: 'Cisco 1861Srst4FK9' }, // cisco1861Srst4FK9
  { oid: '1.3.6.1.4.1.9.1.917', type: 'Switch', model: 'Catalyst 4900M' }, // cat4900M
  { oid: '1.3.6.1.4.1.9.1.932', type: 'Switch', model: 'Catalyst Express 52024TT' }, // catExpress52024TT
  { oid: '1.3.6.1.4.1.9.1.933', type: 'Switch', model: 'Catalyst Express 52024LC' }, // catExpress52024LC
  { oid: '1.3.6.1.4.1.9.1.934', type: 'Switch', model: 'Catalyst Express 52024PC' }, // catExpress52024PC
  { oid: '1.3.6.1.4.1.9.1.935', type: 'Switch', model: 'Catalyst Express 520G24TC' }, // catExpress520G24TC
  { oid: '1.3.6.1.4.1.9.1.939', type: 'Router', model: 'Cisco 1861SrstCue2BK9' }, // cisco1861SrstCue2BK9
  { oid: '1.3.6.1.4.1.9.1.940', type: 'Router', model: 'Cisco 1861SrstCue4FK9' }, // cisco1861SrstCue4FK9
  { oid: '1.3.6.1.4.1.9.1.950', type: 'Switch', model: 'Catalyst 296024PC' }, // catalyst296024PC
  { oid: '1.3.6.1.4.1.9.1.962', type: 'Router', model: 'Cisco 2435Iad8fxs' }, // cisco2435Iad8fxs
  { oid: '1.3.6.1.4.1.9.1.981', type: 'Router', model: 'Cisco 1805' }, // cisco1805
  { oid: '1.3.6.1.4.1.9.1.984', type: 'Router', model: 'Cisco 7613s' }, // cisco7613s
  { oid: '1.3.6.1.4.1.9.1.988', type: 'AccessPoint', model: 'Ap801agn' }, // ciscoAp801agn
  { oid: '1.3.6.1.4.1.9.1.989', type: 'AccessPoint', model: 'Ap801gn' }, // ciscoAp801gn
  { oid: '1.3.6.1.4.1.9.1.990', type: 'Router', model: 'Cisco 1861WSrstCue4FK9' }, // cisco1861WSrstCue4FK9
  { oid: '1.3.6.1.4.1.9.1.991', type: 'Router', model: 'Cisco 1861WSrstCue2BK9' }, // cisco1861WSrstCue2BK9
  { oid: '1.3.6.1.4.1.9.1.992', type: 'Router', model: 'Cisco 1861WSrst4FK9' }, // cisco1861WSrst4FK9
  { oid: '1.3.6.1.4.1.9.1.993', type: 'Router', model: 'Cisco 1861WSrst2BK9' }, // cisco1861WSrst2BK9
  { oid: '1.3.6.1.4.1.9.1.994', type: 'Router', model: 'Cisco 1861WUc4FK9' }, // cisco1861WUc4FK9
  { oid: '1.3.6.1.4.1.9.1.995', type: 'Router', model: 'Cisco 1861WUc2BK9' }, // cisco1861WUc2BK9
  { oid: '1.3.6.1.4.1.9.1.1036', type: 'Router', model: 'ASR14K4S' }, // ciscoASR14K4S
  { oid: '1.3.6.1.4.1.9.1.1037', type: 'Router', model: 'ASR14K8S' }, // ciscoASR14K8S
  { oid: '1.3.6.1.4.1.9.1.1038', type: 'Router', model: 'Cisco 18xxx' }, // cisco18xxx
  { oid: '1.3.6.1.4.1.9.1.1040', type: 'Router', model: 'Cisco 887Vdsl2' }, // cisco887Vdsl2
  { oid: '1.3.6.1.4.1.9.1.1065', type: 'Router', model: 'Cisco 1861' }, // cisco1861
  { oid: '1.3.6.1.4.1.9.1.1096', type: 'Router', model: 'C888E' }, // ciscoC888E
  { oid: '1.3.6.1.4.1.9.1.1097', type: 'Router', model: 'C888EG' }, // ciscoC888EG
  { oid: '1.3.6.1.4.1.9.1.1100', type: 'Router', model: 'C888ESRST' }, // ciscoC888ESRST
  { oid: '1.3.6.1.4.1.9.1.1102', type: 'Router', model: 'Cisco 3845nv' }, // cisco3845nv
  { oid: '1.3.6.1.4.1.9.1.1103', type: 'Router', model: 'Cisco 3825nv' }, // cisco3825nv
  { oid: '1.3.6.1.4.1.9.1.1105', type: 'Router', model: 'Cisco 887M' }, // cisco887M
  { oid: '1.3.6.1.4.1.9.1.1118', type: 'Router', model: 'Cisco 861Npe' }, // cisco861Npe
  { oid: '1.3.6.1.4.1.9.1.1119', type: 'Router', model: 'Cisco 881Npe' }, // cisco881Npe
  { oid: '1.3.6.1.4.1.9.1.1120', type: 'Router', model: 'Cisco 881GNpe' }, // cisco881GNpe
  { oid: '1.3.6.1.4.1.9.1.1121', type: 'Router', model: 'Cisco 887Npe' }, // cisco887Npe
  { oid: '1.3.6.1.4.1.9.1.1122', type: 'Router', model: 'Cisco 888GNpe' }, // cisco888GNpe
  { oid: '1.3.6.1.4.1.9.1.1123', type: 'Router', model: 'Cisco 891Npe' }, // cisco891Npe
  { oid: '1.3.6.1.4.1.9.1.1135', type: 'AccessPoint', model: 'Ap541nAK9' }, // ciscoAp541nAK9
  { oid: '1.3.6.1.4.1.9.1.1136', type: 'AccessPoint', model: 'Ap541nEK9' }, // ciscoAp541nEK9
  { oid: '1.3.6.1.4.1.9.1.1137', type: 'AccessPoint', model: 'Ap541nNK9' }, // ciscoAp541nNK9
  { oid: '1.3.6.1.4.1.9.1.1138', type: 'Router', model: 'Cisco 887GVdsl2' }, // cisco887GVdsl2
  { oid: '1.3.6.1.4.1.9.1.1139', type: 'Router', model: 'Cisco 887SrstVdsl2' }, // cisco887SrstVdsl2
  { oid: '1.3.6.1.4.1.9.1.1163', type: 'Router', model: 'Cisco 5940RA' }, // cisco5940RA
  { oid: '1.3.6.1.4.1.9.1.1164', type: 'Router', model: 'Cisco 5940RC' }, // cisco5940RC
  { oid: '1.3.6.1.4.1.9.1.1179', type: 'Switch', model: 'Catalyst 2960x48tsS' }, // cat2960x48tsS
  { oid: '1.3.6.1.4.1.9.1.1180', type: 'Switch', model: 'Catalyst 2960x24tsS' }, // cat2960x24tsS
  { oid: '1.3.6.1.4.1.9.1.1181', type: 'Switch', model: 'Catalyst 2960xs48fpdL' }, // cat2960xs48fpdL
  { oid: '1.3.6.1.4.1.9.1.1182', type: 'Switch', model: 'Catalyst 2960xs48lpdL' }, // cat2960xs48lpdL
  { oid: '1.3.6.1.4.1.9.1.1183', type: 'Switch', model: 'Catalyst 2960xs48ltdL' }, // cat2960xs48ltdL
  { oid: '1.3.6.1.4.1.9.1.1184', type: 'Switch', model: 'Catalyst 2960xs24pdL' }, // cat2960xs24pdL
  { oid: '1.3.6.1.4.1.9.1.1185', type: 'Switch', model: 'Catalyst 2960xs24tdL' }, // cat2960xs24tdL
  { oid: '1.3.6.1.4.1.9.1.1186', type: 'Switch', model: 'Catalyst 2960xs48fpsL' }, // cat2960xs48fpsL
  { oid: '1.3.6.1.4.1.9.1.1187', type: 'Switch', model: 'Catalyst 2960xs48lpsL' }, // cat2960xs48lpsL
  { oid: '1.3.6.1.4.1.9.1.1188', type: 'Switch', model: 'Catalyst 2960xs24psL' }, // cat2960xs24psL
  { oid: '1.3.6.1.4.1.9.1.1189', type: 'Switch', model: 'Catalyst 2960xs48tsL' }, // cat2960xs48tsL
  { oid: '1.3.6.1.4.1.9.1.1190', type: 'Switch', model: 'Catalyst 2960xs24tsL' }, // cat2960xs24tsL
  { oid: '1.3.6.1.4.1.9.1.1218', type: 'Switch', model: 'N4KDellEth' }, // ciscoN4KDellEth
  { oid: '1.3.6.1.4.1.9.1.1219', type: 'Switch', model: 'N4KDellCiscoEth' }, // ciscoN4KDellCiscoEth
  { oid: '1.3.6.1.4.1.9.1.1236', type: 'Router', model: 'Cisco 1841CK9' }, // cisco1841CK9
  { oid: '1.3.6.1.4.1.9.1.1237', type: 'Router', model: 'Cisco 2801CK9' }, // cisco2801CK9
  { oid: '1.3.6.1.4.1.9.1.1238', type: 'Router', model: 'Cisco 2811CK9' }, // cisco2811CK9
  { oid: '1.3.6.1.4.1.9.1.1239', type: 'Router', model: 'Cisco 2821CK9' }, // cisco2821CK9
  { oid: '1.3.6.1.4.1.9.1.1240', type: 'Router', model: 'Cisco 2851CK9' }, // cisco2851CK9
  { oid: '1.3.6.1.4.1.9.1.1241', type: 'Router', model: 'Cisco 3825CK9' }, // cisco3825CK9
  { oid: '1.3.6.1.4.1.9.1.1242', type: 'Router', model: 'Cisco 3845CK9' }, // cisco3845CK9
  { oid: '1.3.6.1.4.1.9.1.1243', type: 'Router', model: 'Cisco 3825CnvK9' }, // cisco3825CnvK9
  { oid: '1.3.6.1.4.1.9.1.1244', type: 'Router', model: 'Cisco 3845CnvK9' }, // cisco3845CnvK9
  { oid: '1.3.6.1.4.1.9.1.1249', type: 'Router', model: 'Cisco 892F' }, // cisco892F
  { oid: '1.3.6.1.4.1.9.1.1256', type: 'Switch', model: 'WS-C2960s48tsS' }, // catWsC2960s48tsS
  { oid: '1.3.6.1.4.1.9.1.1257', type: 'Switch', model: 'WS-C2960s24tsS' }, // catWsC2960s24tsS
  { oid: '1.3.6.1.4.1.9.1.1258', type: 'Switch', model: 'WS-C2960s48fpdL' }, // catWsC2960s48fpdL
  { oid: '1.3.6.1.4.1.9.1.1259', type: 'Switch', model: 'WS-C2960s48ldpL' }, // catWsC2960s48ldpL
  { oid: '1.3.6.1.4.1.9.1.1260', type: 'Switch', model: 'WS-C2960s48tdL' }, // catWsC2960s48tdL
  { oid: '1.3.6.1.4.1.9.1.1261', type: 'Switch', model: 'WS-C2960s24pdL' }, // catWsC2960s24pdL
  { oid: '1.3.6.1.4.1.9.1.1262', type: 'Switch', model: 'WS-C2960s24tdL' }, // catWsC2960s24tdL
  { oid: '1.3.6.1.4.1.9.1.1263', type: 'Switch', model: 'WS-C2960s48fpsL' }, // catWsC2960s48fpsL
  { oid: '1.3.6.1.4.1.9.1.1264', type: 'Switch', model: 'WS-C2960s48lpsL' }, // catWsC2960s48lpsL
  { oid: '1.3.6.1.4.1.9.1.1265', type: 'Switch', model: 'WS-C2960s24psL' }, // catWsC2960s24psL
  { oid: '1.3.6.1.4.1.9.1.1266', type: 'Switch', model: 'WS-C2960s48tsL' }, // catWsC2960s48tsL
  { oid: '1.3.6.1.4.1.9.1.1267', type: 'Switch', model: 'WS-C2960s24tsL' }, // catWsC2960s24tsL
  { oid: '1.3.6.1.4.1.9.1.1271', type: 'Router', model: 'Cisco 887VaM' }, // cisco887VaM
  { oid: '1.3.6.1.4.1.9.1.1272', type: 'Router', model: 'Cisco 867Va' }, // cisco867Va
  { oid: '1.3.6.1.4.1.9.1.1273', type: 'Router', model: 'Cisco 886Va' }, // cisco886Va
  { oid: '1.3.6.1.4.1.9.1.1274', type: 'Router', model: 'Cisco 887Va' }, // cisco887Va
  { oid: '1.3.6.1.4.1.9.1.1275', type: 'Firewall', model: 'ASASm1sc' }, // ciscoASASm1sc
  { oid: '1.3.6.1.4.1.9.1.1276', type: 'Firewall', model: 'ASASm1sy' }, // ciscoASASm1sy
  { oid: '1.3.6.1.4.1.9.1.1299', type: 'Router', model: 'Cisco 881G2' }, // cisco881G2
  { oid: '1.3.6.1.4.1.9.1.1334', type: 'Firewall', model: 'ASASm1K7sc' }, // ciscoASASm1K7sc
  { oid: '1.3.6.1.4.1.9.1.1335', type: 'Firewall', model: 'ASASm1K7sy' }, // ciscoASASm1K7sy
  { oid: '1.3.6.1.4.1.9.1.1336', type: 'Firewall', model: 'ASASm1K7' }, // ciscoASASm1K7
  { oid: '1.3.6.1.4.1.9.1.1339', type: 'Router', model: 'Cisco 1861eUc2BK9' }, // cisco1861eUc2BK9
  { oid: '1.3.6.1.4.1.9.1.1340', type: 'Router', model: 'Cisco 1861eUc4FK9' }, // cisco1861eUc4FK9
  { oid: '1.3.6.1.4.1.9.1.1341', type: 'Router', model: 'C1861eSrstFK9' }, // ciscoC1861eSrstFK9
  { oid: '1.3.6.1.4.1.9.1.1342', type: 'Router', model: 'C1861eSrstBK9' }, // ciscoC1861eSrstBK9
  { oid: '1.3.6.1.4.1.9.1.1343', type: 'Router', model: 'C1861eSrstCFK9' }, // ciscoC1861eSrstCFK9
  { oid: '1.3.6.1.4.1.9.1.1344', type: 'Router', model: 'C1861eSrstCBK9' }, // ciscoC1861eSrstCBK9
  { oid: '1.3.6.1.4.1.9.1.1355', type: 'Router', model: 'Cisco 5915RC' }, // cisco5915RC
  { oid: '1.3.6.1.4.1.9.1.1356', type: 'Router', model: 'Cisco 5915RA' }, // cisco5915RA
  { oid: '1.3.6.1.4.1.9.1.1358', type: 'Router', model: 'Cisco 867VAEK9' }, // cisco867VAEK9
  { oid: '1.3.6.1.4.1.9.1.1359', type: 'Router', model: 'Cisco 866VAEK9' }, // cisco866VAEK9
  { oid: '1.3.6.1.4.1.9.1.1360', type: 'Router', model: 'Cisco 867VAE' }, // cisco867VAE
  { oid: '1.3.6.1.4.1.9.1.1361', type: 'Router', model: 'Cisco 866VAE' }, // cisco866VAE
  { oid: '1.3.6.1.4.1.9.1.1362', type: 'AccessPoint', model: 'Ap802gn' }, // ciscoAp802gn
  { oid: '1.3.6.1.4.1.9.1.1363', type: 'AccessPoint', model: 'Ap802agn' }, // ciscoAp802agn
  { oid: '1.3.6.1.4.1.9.1.1369', type: 'Router', model: 'Cisco 1841ve' }, // cisco1841ve
  { oid: '1.3.6.1.4.1.9.1.1370', type: 'Router', model: 'Cisco 2811ve' }, // cisco2811ve
  { oid: '1.3.6.1.4.1.9.1.1376', type: 'Router', model: 'Cisco 887VaWAK9' }, // cisco887VaWAK9
  { oid: '1.3.6.1.4.1.9.1.1377', type: 'Router', model: 'Cisco 887VaWEK9' }, // cisco887VaWEK9
  { oid: '1.3.6.1.4.1.9.1.1390', type: 'Router', model: 'Cisco 886Vag7K9' }, // cisco886Vag7K9
  { oid: '1.3.6.1.4.1.9.1.1391', type: 'Router', model: 'Cisco 887VagSK9' }, // cisco887VagSK9
  { oid: '1.3.6.1.4.1.9.1.1392', type: 'Router', model: 'Cisco 887Vag7K9' }, // cisco887Vag7K9
  { oid: '1.3.6.1.4.1.9.1.1393', type: 'Router', model: 'Cisco 887Vamg7K9' }, // cisco887Vamg7K9
  { oid: '1.3.6.1.4.1.9.1.1394', type: 'Router', model: 'Cisco 888Eg7K9' }, // cisco888Eg7K9
  { oid: '1.3.6.1.4.1.9.1.1395', type: 'Router', model: 'Cisco 881GUK9' }, // cisco881GUK9
  { oid: '1.3.6.1.4.1.9.1.1396', type: 'Router', model: 'Cisco 881GSK9' }, // cisco881GSK9
  { oid: '1.3.6.1.4.1.9.1.1397', type: 'Router', model: 'Cisco 881GVK9' }, // cisco881GVK9
  { oid: '1.3.6.1.4.1.9.1.1398', type: 'Router', model: 'Cisco 881GBK9' }, // cisco881GBK9
  { oid: '1.3.6.1.4.1.9.1.1399', type: 'Router', model: 'Cisco 881G7K9' }, // cisco881G7K9
  { oid: '1.3.6.1.4.1.9.1.1400', type: 'Router', model: 'Cisco 881G7AK9' }, // cisco881G7AK9
  { oid: '1.3.6.1.4.1.9.1.1457', type: 'Router', model: 'ASR5500' }, // ciscoASR5500
  { oid: '1.3.6.1.4.1.9.1.1521', type: 'Router', model: 'ASR901' }, // ciscoASR901
  { oid: '1.3.6.1.4.1.9.1.1522', type: 'Router', model: 'ASR901E' }, // ciscoASR901E
  { oid: '1.3.6.1.4.1.9.1.1538', type: 'Router', model: 'ASR5000' }, // ciscoASR5000
  { oid: '1.3.6.1.4.1.9.1.1542', type: 'Router', model: 'Cisco 888ea' }, // cisco888ea
  { oid: '1.3.6.1.4.1.9.1.1600', type: 'Router', model: 'Cisco 881V' }, // cisco881V
  { oid: '1.3.6.1.4.1.9.1.1601', type: 'Router', model: 'Cisco 887vaV' }, // cisco887vaV
  { oid: '1.3.6.1.4.1.9.1.1602', type: 'Router', model: 'Cisco 887vaVW' }, // cisco887vaVW
  { oid: '1.3.6.1.4.1.9.1.1633', type: 'AccessPoint', model: 'Ap802Hagn' }, // ciscoAp802Hagn
  { oid: '1.3.6.1.4.1.9.1.1667', type: 'Switch', model: 'Nexus1010X' }, // ciscoNexus1010X
  { oid: '1.3.6.1.4.1.9.1.1668', type: 'Switch', model: 'Nexus1110S' }, // ciscoNexus1110S
  { oid: '1.3.6.1.4.1.9.1.1669', type: 'Switch', model: 'Nexus1110X' }, // ciscoNexus1110X
  { oid: '1.3.6.1.4.1.9.1.1670', type: 'Switch', model: 'Nexus1110XL' }, // ciscoNexus1110XL
  { oid: '1.3.6.1.4.1.9.1.1675', type: 'Router', model: 'Cisco 866VAEWEK9' }, // cisco866VAEWEK9
  { oid: '1.3.6.1.4.1.9.1.1676', type: 'Router', model: 'Cisco 867VAEWAK9' }, // cisco867VAEWAK9
  { oid: '1.3.6.1.4.1.9.1.1677', type: 'Router', model: 'Cisco 867VAEWEK9' }, // cisco867VAEWEK9
  { oid: '1.3.6.1.4.1.9.1.1678', type: 'Router', model: 'Cisco 867VAEPOEWAK9' }, // cisco867VAEPOEWAK9
  { oid: '1.3.6.1.4.1.9.1.1690', type: 'Switch', model: 'WS-C2960x48fpdL' }, // catWsC2960x48fpdL
  { oid: '1.3.6.1.4.1.9.1.1691', type: 'Switch', model: 'WS-C2960x48lpdL' }, // catWsC2960x48lpdL
  { oid: '1.3.6.1.4.1.9.1.1692', type: 'Switch', model: 'WS-C2960x48tdL' }, // catWsC2960x48tdL
  { oid: '1.3.6.1.4.1.9.1.1693', type: 'Switch', model: 'WS-C2960x24pdL' }, // catWsC2960x24pdL
  { oid: '1.3.6.1.4.1.9.1.1694', type: 'Switch', model: 'WS-C2960x24tdL' }, // catWsC2960x24tdL
  { oid: '1.3.6.1.4.1.9.1.1695', type: 'Switch', model: 'WS-C2960x48fpsL' }, // catWsC2960x48fpsL
  { oid: '1.3.6.1.4.1.9.1.1696', type: 'Switch', model: 'WS-C2960x48lpsL' }, // catWsC2960x48lpsL
  { oid: '1.3.6.1.4.1.9.1.1697', type: 'Switch', model: 'WS-C2960x24psL' }, // catWsC2960x24psL
  { oid: '1.3.6.1.4.1.9.1.1698', type: 'Switch', model: 'WS-C2960x48tsL' }, // catWsC2960x48tsL
  { oid: '1.3.6.1.4.1.9.1.1699', type: 'Switch', model: 'WS-C2960x24tsL' }, // catWsC2960x24tsL
  { oid: '1.3.6.1.4.1.9.1.1714', type: 'Switch', model: 'IE20008TCGN' }, // ciscoIE20008TCGN
  { oid: '1.3.6.1.4.1.9.1.1715', type: 'Switch', model: 'IE200016TCGN' }, // ciscoIE200016TCGN
  { oid: '1.3.6.1.4.1.9.1.1724', type: 'Router', model: 'ASR901TenGigDCE' }, // ciscoASR901TenGigDCE
  { oid: '1.3.6.1.4.1.9.1.1725', type: 'Router', model: 'ASR901TenGigACE' }, // ciscoASR901TenGigACE
  { oid: '1.3.6.1.4.1.9.1.1726', type: 'Router', model: 'ASR901TenGigDC' }, // ciscoASR901TenGigDC
  { oid: '1.3.6.1.4.1.9.1.1727', type: 'Router', model: 'ASR901TenGigAC' }, // ciscoASR901TenGigAC
  { oid: '1.3.6.1.4.1.9.1.1748', type: 'Switch', model: 'WsC2960P48PstL' }, // ciscoWsC2960P48PstL
  { oid: '1.3.6.1.4.1.9.1.1749', type: 'Switch', model: 'WsC2960P24PcL' }, // ciscoWsC2960P24PcL
  { oid: '1.3.6.1.4.1.9.1.1750', type: 'Switch', model: 'WsC2960P24LcL' }, // ciscoWsC2960P24LcL
  { oid: '1.3.6.1.4.1.9.1.1751', type: 'Switch', model: 'WsC2960P48TcL' }, // ciscoWsC2960P48TcL
  { oid: '1.3.6.1.4.1.9.1.1752', type: 'Switch', model: 'WsC2960P24TcL' }, // ciscoWsC2960P24TcL
  { oid: '1.3.6.1.4.1.9.1.1753', type: 'Switch', model: 'WsC2960P48PstS' }, // ciscoWsC2960P48PstS
  { oid: '1.3.6.1.4.1.9.1.1754', type: 'Switch', model: 'WsC2960P24PcS' }, // ciscoWsC2960P24PcS
  { oid: '1.3.6.1.4.1.9.1.1755', type: 'Switch', model: 'WsC2960P24LcS' }, // ciscoWsC2960P24LcS
  { oid: '1.3.6.1.4.1.9.1.1756', type: 'Switch', model: 'WsC2960P48TcS' }, // ciscoWsC2960P48TcS
  { oid: '1.3.6.1.4.1.9.1.1757', type: 'Switch', model: 'WsC2960P24TcS' }, // ciscoWsC2960P24TcS
  { oid: '1.3.6.1.4.1.9.1.1765', type: 'Switch', model: 'C6807xl' }, // ciscoC6807xl
  { oid: '1.3.6.1.4.1.9.1.1784', type: 'Switch', model: 'C6880xle' }, // ciscoC6880xle
  { oid: '1.3.6.1.4.1.9.1.1823', type: 'Switch', model: 'C365024TS' }, // ciscoC365024TS
  { oid: '1.3.6.1.4.1.9.1.1824', type: 'Switch', model: 'C365048TS' }, // ciscoC365048TS
  { oid: '1.3.6.1.4.1.9.1.1825', type: 'Switch', model: 'C365024PS' }, // ciscoC365024PS
  { oid: '1.3.6.1.4.1.9.1.1826', type: 'Switch', model: 'C365048PS' }, // ciscoC365048PS
  { oid: '1.3.6.1.4.1.9.1.1827', type: 'Switch', model: 'C365024TD' }, // ciscoC365024TD
  { oid: '1.3.6.1.4.1.9.1.1828', type: 'Switch', model: 'C365048TD' }, // ciscoC365048TD
  { oid: '1.3.6.1.4.1.9.1.1829', type: 'Switch', model: 'C365024PD' }, // ciscoC365024PD
  { oid: '1.3.6.1.4.1.9.1.1830', type: 'Switch', model: 'C365048PD' }, // ciscoC365048PD
  { oid: '1.3.6.1.4.1.9.1.1852', type: 'Router', model: 'C881K9' }, // ciscoC881K9
  { oid: '1.3.6.1.4.1.9.1.1853', type: 'Router', model: 'C886VaK9' }, // ciscoC886VaK9
  { oid: '1.3.6.1.4.1.9.1.1854', type: 'Router', model: 'C886VaJK9' }, // ciscoC886VaJK9
  { oid: '1.3.6.1.4.1.9.1.1855', type: 'Router', model: 'C887VaK9' }, // ciscoC887VaK9
  { oid: '1.3.6.1.4.1.9.1.1856', type: 'Router', model: 'C887VaMK9' }, // ciscoC887VaMK9
  { oid: '1.3.6.1.4.1.9.1.1857', type: 'Router', model: 'C888K9' }, // ciscoC888K9
  { oid: '1.3.6.1.4.1.9.1.1858', type: 'Router', model: 'C891FK9' }, // ciscoC891FK9
  { oid: '1.3.6.1.4.1.9.1.1859', type: 'Router', model: 'C891FwAK9' }, // ciscoC891FwAK9
  { oid: '1.3.6.1.4.1.9.1.1860', type: 'Router', model: 'C891FwEK9' }, // ciscoC891FwEK9
  { oid: '1.3.6.1.4.1.9.1.1866', type: 'Switch', model: 'C6800ia48fpdL' }, // ciscoC6800ia48fpdL
  { oid: '1.3.6.1.4.1.9.1.1867', type: 'Switch', model: 'C6800ia48tdL' }, // ciscoC6800ia48tdL
  { oid: '1.3.6.1.4.1.9.1.1879', type: 'Switch', model: 'C385024S' }, // ciscoC385024S
  { oid: '1.3.6.1.4.1.9.1.1880', type: 'Switch', model: 'C385012S' }, // ciscoC385012S
  { oid: '1.3.6.1.4.1.9.1.1881', type: 'Switch', model: 'C365048PQ' }, // ciscoC365048PQ
  { oid: '1.3.6.1.4.1.9.1.1882', type: 'Switch', model: 'C365048TQ' }, // ciscoC365048TQ
  { oid: '1.3.6.1.4.1.9.1.1923', type: 'Switch', model: 'N9KC93128TX' }, // ciscoN9KC93128TX
  { oid: '1.3.6.1.4.1.9.1.1924', type: 'Switch', model: 'N9KC9396TX' }, // ciscoN9KC9396TX
  { oid: '1.3.6.1.4.1.9.1.1925', type: 'Switch', model: 'N9KC9396PX' }, // ciscoN9KC9396PX
  { oid: '1.3.6.1.4.1.9.1.1936', type: 'Switch', model: 'C6880x' }, // ciscoC6880x
  { oid: '1.3.6.1.4.1.9.1.2057', type: 'Router', model: 'Cisco 881G4GGAK9' }, // cisco881G4GGAK9
  { oid: '1.3.6.1.4.1.9.1.2069', type: 'Switch', model: 'IE40004TC4GE' }, // ciscoIE40004TC4GE
  { oid: '1.3.6.1.4.1.9.1.2070', type: 'Switch', model: 'IE40008T4GE' }, // ciscoIE40008T4GE
  { oid: '1.3.6.1.4.1.9.1.2071', type: 'Switch', model: 'IE40008S4GE' }, // ciscoIE40008S4GE
  { oid: '1.3.6.1.4.1.9.1.2072', type: 'Switch', model: 'IE40004T4P4GE' }, // ciscoIE40004T4P4GE
  { oid: '1.3.6.1.4.1.9.1.2073', type: 'Switch', model: 'IE400016T4GE' }, // ciscoIE400016T4GE
  { oid: '1.3.6.1.4.1.9.1.2074', type: 'Switch', model: 'IE40004S8P4GE' }, // ciscoIE40004S8P4GE
  { oid: '1.3.6.1.4.1.9.1.2075', type: 'Switch', model: 'IE40008GT4GE' }, // ciscoIE40008GT4GE
  { oid: '1.3.6.1.4.1.9.1.2076', type: 'Switch', model: 'IE40008GS4GE' }, // ciscoIE40008GS4GE
  { oid: '1.3.6.1.4.1.9.1.2077', type: 'Switch', model: 'IE40004GC4GP4GE' }, // ciscoIE40004GC4GP4GE
  { oid: '1.3.6.1.4.1.9.1.2078', type: 'Switch', model: 'IE400016GT4GE' }, // ciscoIE400016GT4GE
  { oid: '1.3.6.1.4.1.9.1.2079', type: 'Switch', model: 'IE40008GT8GP4GE' }, // ciscoIE40008GT8GP4GE
  { oid: '1.3.6.1.4.1.9.1.2080', type: 'Switch', model: 'IE40004GS8GP4GE' }, // ciscoIE40004GS8GP4GE
  { oid: '1.3.6.1.4.1.9.1.2098', type: 'Router', model: 'ASR901AC10GS' }, // ciscoASR901AC10GS
  { oid: '1.3.6.1.4.1.9.1.2099', type: 'Router', model: 'ASR901DC10GS' }, // ciscoASR901DC10GS
  { oid: '1.3.6.1.4.1.9.1.2100', type: 'Router', model: 'ASR92024SZIM' }, // ciscoASR92024SZIM
  { oid: '1.3.6.1.4.1.9.1.2101', type: 'Router', model: 'ASR92024TZM' }, // ciscoASR92024TZM
  { oid: '1.3.6.1.4.1.9.1.2102', type: 'Router', model: 'ASR92024SZM' }, // ciscoASR92024SZM
  { oid: '1.3.6.1.4.1.9.1.2103', type: 'Router', model: 'IR809GLTESTK9' }, // ciscoIR809GLTESTK9
  { oid: '1.3.6.1.4.1.9.1.2104', type: 'Router', model: 'IR809GLTEVZK9' }, // ciscoIR809GLTEVZK9
  { oid: '1.3.6.1.4.1.9.1.2105', type: 'Router', model: 'IR809GLTEGAK9' }, // ciscoIR809GLTEGAK9
  { oid: '1.3.6.1.4.1.9.1.2106', type: 'Router', model: 'IR809GLTENAK9' }, // ciscoIR809GLTENAK9
  { oid: '1.3.6.1.4.1.9.1.2107', type: 'Router', model: 'IR829GWLTESTAK9' }, // ciscoIR829GWLTESTAK9
  { oid: '1.3.6.1.4.1.9.1.2108', type: 'Router', model: 'IR829GWLTEVZAK9' }, // ciscoIR829GWLTEVZAK9
  { oid: '1.3.6.1.4.1.9.1.2109', type: 'Router', model: 'IR829GWLTEGAZK9' }, // ciscoIR829GWLTEGAZK9
  { oid: '1.3.6.1.4.1.9.1.2110', type: 'Router', model: 'IR829GWLTEGAEK9' }, // ciscoIR829GWLTEGAEK9
  { oid: '1.3.6.1.4.1.9.1.2111', type: 'Router', model: 'IR829GWLTENAAK9' }, // ciscoIR829GWLTENAAK9
  { oid: '1.3.6.1.4.1.9.1.2155', type: 'Router', model: 'ASR9204SZD' }, // ciscoASR9204SZD
  { oid: '1.3.6.1.4.1.9.1.2156', type: 'Router', model: 'ASR9208SZ0A' }, // ciscoASR9208SZ0A
  { oid: '1.3.6.1.4.1.9.1.2157', type: 'Router', model: 'ASR92012CZA' }, // ciscoASR92012CZA
  { oid: '1.3.6.1.4.1.9.1.2158', type: 'Router', model: 'ASR92012CZD' }, // ciscoASR92012CZD
  { oid: '1.3.6.1.4.1.9.1.2159', type: 'Router', model: 'ASR9204SZA' }, // ciscoASR9204SZA
  { oid: '1.3.6.1.4.1.9.1.2160', type: 'Router', model: 'ASR92010SZ0D' }, // ciscoASR92010SZ0D
  { oid: '1.3.6.1.4.1.9.1.2162', type: 'Switch', model: 'C385012XS' }, // ciscoC385012XS
  { oid: '1.3.6.1.4.1.9.1.2163', type: 'Switch', model: 'C385024XS' }, // ciscoC385024XS
  { oid: '1.3.6.1.4.1.9.1.2164', type: 'Switch', model: 'C385048XS' }, // ciscoC385048XS
  { oid: '1.3.6.1.4.1.9.1.2165', type: 'Switch', model: 'C385012X48U' }, // ciscoC385012X48U
  { oid: '1.3.6.1.4.1.9.1.2166', type: 'Switch', model: 'C385024XU' }, // ciscoC385024XU
  { oid: '1.3.6.1.4.1.9.1.2193', type: 'Firewall', model: 'Fp7030K9' }, // ciscoFp7030K9
  { oid: '1.3.6.1.4.1.9.1.2194', type: 'Firewall', model: 'Fp7050K9' }, // ciscoFp7050K9
  { oid: '1.3.6.1.4.1.9.1.2195', type: 'Firewall', model: 'Fp7110K9' }, // ciscoFp7110K9
  { oid: '1.3.6.1.4.1.9.1.2196', type: 'Firewall', model: 'Fp7110FiK9' }, // ciscoFp7110FiK9
  { oid: '1.3.6.1.4.1.9.1.2197', type: 'Firewall', model: 'Fp7115K9' }, // ciscoFp7115K9
  { oid: '1.3.6.1.4.1.9.1.2198', type: 'Firewall', model: 'Fp7120K9' }, // ciscoFp7120K9
  { oid: '1.3.6.1.4.1.9.1.2199', type: 'Firewall', model: 'Fp7120FiK9' }, // ciscoFp7120FiK9
  { oid: '1.3.6.1.4.1.9.1.2200', type: 'Firewall', model: 'Fp7125K9' }, // ciscoFp7125K9
  { oid: '1.3.6.1.4.1.9.1.2201', type: 'Firewall', model: 'Fp8120K9' }, // ciscoFp8120K9
  { oid: '1.3.6.1.4.1.9.1.2202', type: 'Firewall', model: 'Fp8130K9' }, // ciscoFp8130K9
  { oid: '1.3.6.1.4.1.9.1.2203', type: 'Firewall', model: 'Fp8140K9' }, // ciscoFp8140K9
  { oid: '1.3.6.1.4.1.9.1.2204', type: 'Firewall', model: 'Fp8250K9' }, // ciscoFp8250K9
  { oid: '1.3.6.1.4.1.9.1.2205', type: 'Firewall', model: 'Fp8260K9' }, // ciscoFp8260K9
  { oid: '1.3.6.1.4.1.9.1.2206', type: 'Firewall', model: 'Fp8270K9' }, // ciscoFp8270K9
  { oid: '1.3.6.1.4.1.9.1.2207', type: 'Firewall', model: 'Fp8290K9' }, // ciscoFp8290K9
  { oid: '1.3.6.1.4.1.9.1.2208', type: 'Firewall', model: 'Fp8350K9' }, // ciscoFp8350K9
  { oid: '1.3.6.1.4.1.9.1.2209', type: 'Firewall', model: 'Fp8360K9' }, // ciscoFp8360K9
  { oid: '1.3.6.1.4.1.9.1.2210', type: 'Firewall', model: 'Fp8370K9' }, // ciscoFp8370K9
  { oid: '1.3.6.1.4.1.9.1.2211', type: 'Firewall', model: 'Fp8390K9' }, // ciscoFp8390K9
  { oid: '1.3.6.1.4.1.9.1.2227', type: 'Firewall', model: 'Fp7010K9' }, // ciscoFp7010K9
  { oid: '1.3.6.1.4.1.9.1.2228', type: 'Firewall', model: 'Fp7020K9' }, // ciscoFp7020K9
  { oid: '1.3.6.1.4.1.9.1.2231', type: 'Router', model: 'C819GWLTEMNAAK9' }, // ciscoC819GWLTEMNAAK9
  { oid: '1.3.6.1.4.1.9.1.2232', type: 'Router', model: 'C819GWLTEGAEK9' }, // ciscoC819GWLTEGAEK9
  { oid: '1.3.6.1.4.1.9.1.2233', type: 'Switch', model: 'IE500012S12P10G' }, // ciscoIE500012S12P10G
  { oid: '1.3.6.1.4.1.9.1.2247', type: 'Router', model: 'ASR92016SZIM' }, // ciscoASR92016SZIM
  { oid: '1.3.6.1.4.1.9.1.2248', type: 'Router', model: 'IR829GWLTEMAAK9' }, // ciscoIR829GWLTEMAAK9
  { oid: '1.3.6.1.4.1.9.1.2272', type: 'Router', model: 'C888EAK9' }, // ciscoC888EAK9
  { oid: '1.3.6.1.4.1.9.1.2273', type: 'Switch', model: 'C6816xle' }, // ciscoC6816xle
  { oid: '1.3.6.1.4.1.9.1.2274', type: 'Switch', model: 'C6832xle' }, // ciscoC6832xle
  { oid: '1.3.6.1.4.1.9.1.2275', type: 'Switch', model: 'C6824xle' }, // ciscoC6824xle
  { oid: '1.3.6.1.4.1.9.1.2276', type: 'Switch', model: 'C6840xle' }, // ciscoC6840xle
  { oid: '1.3.6.1.4.1.9.1.2278', type: 'Switch', model: 'WS-C365012X48UR' }, // catWsC365012X48UR
  { oid: '1.3.6.1.4.1.9.1.2279', type: 'Switch', model: 'WS-C36508X24UQ' }, // catWsC36508X24UQ
  { oid: '1.3.6.1.4.1.9.1.2280', type: 'Switch', model: 'WS-C365012X48UZ' }, // catWsC365012X48UZ
  { oid: '1.3.6.1.4.1.9.1.2281', type: 'Switch', model: 'WS-C365012X48UQ' }, // catWsC365012X48UQ
  { oid: '1.3.6.1.4.1.9.1.2290', type: 'Switch', model: 'WS-C365048FQM' }, // catWsC365048FQM
  { oid: '1.3.6.1.4.1.9.1.2291', type: 'Switch', model: 'WS-C365024PDM' }, // catWsC365024PDM
  { oid: '1.3.6.1.4.1.9.1.2292', type: 'Firewall', model: 'Fpr4150K9' }, // ciscoFpr4150K9
  { oid: '1.3.6.1.4.1.9.1.2293', type: 'Firewall', model: 'Fpr4140K9' }, // ciscoFpr4140K9
  { oid: '1.3.6.1.4.1.9.1.2294', type: 'Firewall', model: 'Fpr4120K9' }, // ciscoFpr4120K9
  { oid: '1.3.6.1.4.1.9.1.2295', type: 'Firewall', model: 'Fpr4110K9' }, // ciscoFpr4110K9
  { oid: '1.3.6.1.4.1.9.1.2296', type: 'Switch', model: 'IE500016S12P' }, // ciscoIE500016S12P
  { oid: '1.3.6.1.4.1.9.1.2320', type: 'Router', model: 'ASR901CC' }, // ciscoASR901CC
  { oid: '1.3.6.1.4.1.9.1.2321', type: 'Router', model: 'ASR901ECC' }, // ciscoASR901ECC
  { oid: '1.3.6.1.4.1.9.1.2322', type: 'Router', model: 'ASR901DC10GCC' }, // ciscoASR901DC10GCC
  { oid: '1.3.6.1.4.1.9.1.2323', type: 'Router', model: 'ASR901EDC10GCC' }, // ciscoASR901EDC10GCC
  { oid: '1.3.6.1.4.1.9.1.2324', type: 'Router', model: 'ASR901DC10GSCC' }, // ciscoASR901DC10GSCC
  { oid: '1.3.6.1.4.1.9.1.2325', type: 'Router', model: 'ASR92012SZIMCC' }, // ciscoASR92012SZIMCC
  { oid: '1.3.6.1.4.1.9.1.2357', type: 'Router', model: 'Cisco 819GWLTELACK9' }, // cisco819GWLTELACK9
  { oid: '1.3.6.1.4.1.9.1.2358', type: 'Router', model: 'Cisco 819GWLTELAQK9' }, // cisco819GWLTELAQK9
  { oid: '1.3.6.1.4.1.9.1.2359', type: 'Router', model: 'Cisco 819GWLTELANK9' }, // cisco819GWLTELANK9
  { oid: '1.3.6.1.4.1.9.1.2388', type: 'Switch', model: 'WS-C36508X24PD' }, // catWsC36508X24PD
  { oid: '1.3.6.1.4.1.9.1.2389', type: 'Switch', model: 'WS-C365012X48FD' }, // catWsC365012X48FD
  { oid: '1.3.6.1.4.1.9.1.2393', type: 'Router', model: 'IR829GWLTEGASK9' }, // ciscoIR829GWLTEGASK9
  { oid: '1.3.6.1.4.1.9.1.2394', type: 'Router', model: 'IR829GWLTEGACK9' }, // ciscoIR829GWLTEGACK9
  { oid: '1.3.6.1.4.1.9.1.2404', type: 'Firewall', model: 'Fpr2110td' }, // ciscoFpr2110td
  { oid: '1.3.6.1.4.1.9.1.2405', type: 'Firewall', model: 'Fpr2120td' }, // ciscoFpr2120td
  { oid: '1.3.6.1.4.1.9.1.2406', type: 'Firewall', model: 'Fpr2130td' }, // ciscoFpr2130td
  { oid: '1.3.6.1.4.1.9.1.2407', type: 'Firewall', model: 'Fpr2140td' }, // ciscoFpr2140td
  { oid: '1.3.6.1.4.1.9.1.2425', type: 'Router', model: 'IR809G3GGAK9' }, // ciscoIR809G3GGAK9
  { oid: '1.3.6.1.4.1.9.1.2426', type: 'Router', model: 'IR809GLTELAK9' }, // ciscoIR809GLTELAK9
  { oid: '1.3.6.1.4.1.9.1.2504', type: 'Router', model: 'ASR920U16SZIM' }, // ciscoASR920U16SZIM
  { oid: '1.3.6.1.4.1.9.1.2530', type: 'AccessPoint', model: 'C980040K9' }, // ciscoC980040K9
  { oid: '1.3.6.1.4.1.9.1.2559', type: 'Router', model: 'IR807GLTEVZK9' }, // ciscoIR807GLTEVZK9
  { oid: '1.3.6.1.4.1.9.1.2560', type: 'Router', model: 'IR807GLTEGAK9' }, // ciscoIR807GLTEGAK9
  { oid: '1.3.6.1.4.1.9.1.2561', type: 'Router', model: 'IR807GLTENAK9' }, // ciscoIR807GLTENAK9
  { oid: '1.3.6.1.4.1.9.1.2569', type: 'Router', model: 'IR829GWLTEGAxK9' }, // ciscoIR829GWLTEGAxK9
  { oid: '1.3.6.1.4.1.9.1.2602', type: 'Router', model: 'N5204GAZA' }, // ciscoN5204GAZA
  { oid: '1.3.6.1.4.1.9.1.2603', type: 'Router', model: 'N52020G4ZA' }, // ciscoN52020G4ZA
  { oid: '1.3.6.1.4.1.9.1.2604', type: 'Router', model: 'N52020G4ZD' }, // ciscoN52020G4ZD
  { oid: '1.3.6.1.4.1.9.1.2605', type: 'Router', model: 'N520X4G4ZA' }, // ciscoN520X4G4ZA
  { oid: '1.3.6.1.4.1.9.1.2606', type: 'Router', model: 'N520X4G4ZD' }, // ciscoN520X4G4ZD
  { oid: '1.3.6.1.4.1.9.1.2607', type: 'Router', model: 'N520X20G4ZA' }, // ciscoN520X20G4ZA
  { oid: '1.3.6.1.4.1.9.1.2608', type: 'Router', model: 'N520X20G4ZD' }, // ciscoN520X20G4ZD
  { oid: '1.3.6.1.4.1.9.1.2609', type: 'Router', model: 'IR829MLTELAxK9' }, // ciscoIR829MLTELAxK9
  { oid: '1.3.6.1.4.1.9.1.2610', type: 'Router', model: 'IR829M2LTEEAxK9' }, // ciscoIR829M2LTEEAxK9
  { oid: '1.3.6.1.4.1.9.1.2615', type: 'Router', model: 'Cisco 8818' }, // cisco8818
  { oid: '1.3.6.1.4.1.9.1.2616', type: 'Router', model: 'Cisco 8812' }, // cisco8812
  { oid: '1.3.6.1.4.1.9.1.2617', type: 'Router', model: 'Cisco 8808' }, // cisco8808
  { oid: '1.3.6.1.4.1.9.1.2648', type: 'Switch', model: 'C9606R' }, // ciscoC9606R
  { oid: '1.3.6.1.4.1.9.1.2649', type: 'Router', model: 'Cisco 8201' }, // cisco8201
  { oid: '1.3.6.1.4.1.9.1.2650', type: 'Router', model: 'Cisco 8202' }, // cisco8202
  { oid: '1.3.6.1.4.1.9.1.2661', type: 'Router', model: 'IR1101K9' }, // ciscoIR1101K9
  { oid: '1.3.6.1.4.1.9.1.2669', type: 'AccessPoint', model: 'C980080K9' }, // ciscoC980080K9
  { oid: '1.3.6.1.4.1.9.1.2670', type: 'AccessPoint', model: 'AP4800' }, // ciscoAP4800
  { oid: '1.3.6.1.4.1.9.1.2672', type: 'Router', model: 'IR829M2LTELAxK9' }, // ciscoIR829M2LTELAxK9
  { oid: '1.3.6.1.4.1.9.1.2673', type: 'Router', model: 'IR829MLTEEAxK9' }, // ciscoIR829MLTEEAxK9
  { oid: '1.3.6.1.4.1.9.1.2674', type: 'Router', model: 'IR829BLTEEAxK9' }, // ciscoIR829BLTEEAxK9
  { oid: '1.3.6.1.4.1.9.1.2675', type: 'Router', model: 'IR829BLTELAxK9' }, // ciscoIR829BLTELAxK9
  { oid: '1.3.6.1.4.1.9.1.2676', type: 'Router', model: 'IR829B2LTEEAxK9' }, // ciscoIR829B2LTEEAxK9
  { oid: '1.3.6.1.4.1.9.1.2677', type: 'Router', model: 'IR829B2LTELAxK9' }, // ciscoIR829B2LTELAxK9
  { oid: '1.3.6.1.4.1.9.1.2678', type: 'Router', model: 'ASR92012SZD' }, // ciscoASR92012SZD
  { oid: '1.3.6.1.4.1.9.1.2679', type: 'Router', model: 'ASR92012SZA' }, // ciscoASR92012SZA
  { oid: '1.3.6.1.4.1.9.1.2692', type: 'Router', model: 'IR1101XK9' }, // ciscoIR1101XK9
  { oid: '1.3.6.1.4.1.9.1.2705', type: 'Router', model: 'ASR92020SZM' }, // ciscoASR92020SZM
  { oid: '1.3.6.1.4.1.9.1.2708', type: 'Router', model: 'Cisco 9214PK9' }, // cisco9214PK9
  { oid: '1.3.6.1.4.1.9.1.2709', type: 'Router', model: 'Cisco 9314PK9' }, // cisco9314PK9
  { oid: '1.3.6.1.4.1.9.1.2711', type: 'Router', model: 'Cisco 9214PLTEGBK9' }, // cisco9214PLTEGBK9
  { oid: '1.3.6.1.4.1.9.1.2712', type: 'Router', model: 'Cisco 9214PLTEASK9' }, // cisco9214PLTEASK9
  { oid: '1.3.6.1.4.1.9.1.2713', type: 'Router', model: 'Cisco 9214PLTEAUK9' }, // cisco9214PLTEAUK9
  { oid: '1.3.6.1.4.1.9.1.2715', type: 'Router', model: 'Cisco 921J4PK9' }, // cisco921J4PK9
  { oid: '1.3.6.1.4.1.9.1.2716', type: 'Router', model: 'Cisco 9274PK9' }, // cisco9274PK9
  { oid: '1.3.6.1.4.1.9.1.2717', type: 'Router', model: 'Cisco 9274PMK9' }, // cisco9274PMK9
  { oid: '1.3.6.1.4.1.9.1.2718', type: 'Router', model: 'Cisco 9264PK9' }, // cisco9264PK9
  { oid: '1.3.6.1.4.1.9.1.2719', type: 'Router', model: 'Cisco 9274PLTEAUK9' }, // cisco9274PLTEAUK9
  { oid: '1.3.6.1.4.1.9.1.2721', type: 'Router', model: 'Cisco 9274PLTEGBK9' }, // cisco9274PLTEGBK9
  { oid: '1.3.6.1.4.1.9.1.2722', type: 'Router', model: 'Cisco 9274PMLTEGBK9' }, // cisco9274PMLTEGBK9
  { oid: '1.3.6.1.4.1.9.1.2723', type: 'Router', model: 'Cisco 9264PLTEGBK9' }, // cisco9264PLTEGBK9
  { oid: '1.3.6.1.4.1.9.1.2730', type: 'AccessPoint', model: 'AP1840' }, // ciscoAP1840
  { oid: '1.3.6.1.4.1.9.1.2741', type: 'Router', model: 'N54024Z8Q2CM' }, // ciscoN54024Z8Q2CM
  { oid: '1.3.6.1.4.1.9.1.2742', type: 'Router', model: 'N540X24Z8Q2CM' }, // ciscoN540X24Z8Q2CM
  { oid: '1.3.6.1.4.1.9.1.2743', type: 'Router', model: 'N560RSP4' }, // ciscoN560RSP4
  { oid: '1.3.6.1.4.1.9.1.2744', type: 'Router', model: 'N560RSP4E' }, // ciscoN560RSP4E
  { oid: '1.3.6.1.4.1.9.1.2771', type: 'Router', model: 'C891FJK9' }, // ciscoC891FJK9
  { oid: '1.3.6.1.4.1.9.1.2777', type: 'Firewall', model: 'Fpr4145K9' }, // ciscoFpr4145K9
  { oid: '1.3.6.1.4.1.9.1.2778', type: 'Firewall', model: 'Fpr4125K9' }, // ciscoFpr4125K9
  { oid: '1.3.6.1.4.1.9.1.2779', type: 'Firewall', model: 'Fpr4115K9' }, // ciscoFpr4115K9
  { oid: '1.3.6.1.4.1.9.1.2820', type: 'Switch', model: 'C9592PLteGB' }, // ciscoC9592PLteGB
  { oid: '1.3.6.1.4.1.9.1.2821', type: 'Switch', model: 'C9592PLteUS' }, // ciscoC9592PLteUS
  { oid: '1.3.6.1.4.1.9.1.2822', type: 'Switch', model: 'C9592PLteVZ' }, // ciscoC9592PLteVZ
  { oid: '1.3.6.1.4.1.9.1.2823', type: 'Switch', model: 'C9592PLteIN' }, // ciscoC9592PLteIN
  { oid: '1.3.6.1.4.1.9.1.2824', type: 'Switch', model: 'C9514P' }, // ciscoC9514P
  { oid: '1.3.6.1.4.1.9.1.2853', type: 'Router', model: 'N5604' }, // ciscoN5604
  { oid: '1.3.6.1.4.1.9.1.2854', type: 'Router', model: 'N5604CC' }, // ciscoN5604CC
  { oid: '1.3.6.1.4.1.9.1.2855', type: 'Router', model: 'N5604RSP4' }, // ciscoN5604RSP4
  { oid: '1.3.6.1.4.1.9.1.2856', type: 'Router', model: 'N5604RSP4E' }, // ciscoN5604RSP4E
  { oid: '1.3.6.1.4.1.9.1.2857', type: 'Router', model: 'N5604RSP4CC' }, // ciscoN5604RSP4CC
  { oid: '1.3.6.1.4.1.9.1.2858', type: 'Router', model: 'N5604RSP4ECC' }, // ciscoN5604RSP4ECC
  { oid: '1.3.6.1.4.1.9.1.2871', type: 'Switch', model: 'C9606RVirtualStack' }, // ciscoC9606RVirtualStack
  { oid: '1.3.6.1.4.1.9.1.2896', type: 'Switch', model: 'C10008T2GL' }, // ciscoC10008T2GL
  { oid: '1.3.6.1.4.1.9.1.2899', type: 'Firewall', model: 'Fpr4112K9' }, // ciscoFpr4112K9
  { oid: '1.3.6.1.4.1.9.1.2909', type: 'Switch', model: 'C10008TE2GL' }, // ciscoC10008TE2GL
  { oid: '1.3.6.1.4.1.9.1.2910', type: 'Switch', model: 'C10008P2GL' }, // ciscoC10008P2GL
  { oid: '1.3.6.1.4.1.9.1.2911', type: 'Switch', model: 'C10008PE2GL' }, // ciscoC10008PE2GL
  { oid: '1.3.6.1.4.1.9.1.2912', type: 'Switch', model: 'C10008FP2GL' }, // ciscoC10008FP2GL
  { oid: '1.3.6.1.4.1.9.1.2913', type: 'Switch', model: 'C10008FPE2GL' }, // ciscoC10008FPE2GL
  { oid: '1.3.6.1.4.1.9.1.2914', type: 'Switch', model: 'C100016T2GL' }, // ciscoC100016T2GL
  { oid: '1.3.6.1.4.1.9.1.2915', type: 'Switch', model: 'C100016TE2GL' }, // ciscoC100016TE2GL
  { oid: '1.3.6.1.4.1.9.1.2916', type: 'Switch', model: 'C100016P2GL' }, // ciscoC100016P2GL
  { oid: '1.3.6.1.4.1.9.1.2917', type: 'Switch', model: 'C100016PE2GL' }, // ciscoC100016PE2GL
  { oid: '1.3.6.1.4.1.9.1.2918', type: 'Switch', model: 'C100016FP2GL' }, // ciscoC100016FP2GL
  { oid: '1.3.6.1.4.1.9.1.2919', type: 'Switch', model: 'C100024T4GL' }, // ciscoC100024T4GL
  { oid: '1.3.6.1.4.1.9.1.2920', type: 'Switch', model: 'C100024PP4GL' }, // ciscoC100024PP4GL
  { oid: '1.3.6.1.4.1.9.1.2921', type: 'Switch', model: 'C100024P4GL' }, // ciscoC100024P4GL
  { oid: '1.3.6.1.4.1.9.1.2922', type: 'Switch', model: 'C100024FP4GL' }, // ciscoC100024FP4GL
  { oid: '1.3.6.1.4.1.9.1.2923', type: 'Switch', model: 'C100048T4GL' }, // ciscoC100048T4GL
  { oid: '1.3.6.1.4.1.9.1.2924', type: 'Switch', model: 'C100048PP4GL' }, // ciscoC100048PP4GL
  { oid: '1.3.6.1.4.1.9.1.2925', type: 'Switch', model: 'C100048P4GL' }, // ciscoC100048P4GL
  { oid: '1.3.6.1.4.1.9.1.2926', type: 'Switch', model: 'C100048FP4GL' }, // ciscoC100048FP4GL
  { oid: '1.3.6.1.4.1.9.1.2927', type: 'Switch', model: 'C100024T4XL' }, // ciscoC100024T4XL
  { oid: '1.3.6.1.4.1.9.1.2928', type: 'Switch', model: 'C100024P4XL' }, // ciscoC100024P4XL
  { oid: '1.3.6.1.4.1.9.1.2929', type: 'Switch', model: 'C100024FP4XL' }, // ciscoC100024FP4XL
  { oid: '1.3.6.1.4.1.9.1.2930', type: 'Switch', model: 'C100048T4XL' }, // ciscoC100048T4XL
  { oid: '1.3.6.1.4.1.9.1.2931', type: 'Switch', model: 'C100048P4XL' }, // ciscoC100048P4XL
  { oid: '1.3.6.1.4.1.9.1.2932', type: 'Switch', model: 'C100048FP4XL' }, // ciscoC100048FP4XL
  { oid: '1.3.6.1.4.1.9.1.2961', type: 'Router', model: 'C82001N4T' }, // ciscoC82001N4T
  { oid: '1.3.6.1.4.1.9.1.2962', type: 'Router', model: 'C8200L4G' }, // ciscoC8200L4G
  { oid: '1.3.6.1.4.1.9.1.2963', type: 'Router', model: 'C83002N2S4T2X' }, // ciscoC83002N2S4T2X
  { oid: '1.3.6.1.4.1.9.1.2964', type: 'Router', model: 'C83002N2S6T' }, // ciscoC83002N2S6T
  { oid: '1.3.6.1.4.1.9.1.2971', type: 'Router', model: 'C1100TG1N32A' }, // ciscoC1100TG1N32A
  { oid: '1.3.6.1.4.1.9.1.2972', type: 'Router', model: 'C1100TG1N24P32A' }, // ciscoC1100TG1N24P32A
  { oid: '1.3.6.1.4.1.9.1.2973', type: 'Router', model: 'C1100TGX1N24P32A' }, // ciscoC1100TGX1N24P32A
  { oid: '1.3.6.1.4.1.9.1.2989', type: 'Router', model: 'C83001N1S6T' }, // ciscoC83001N1S6T
  { oid: '1.3.6.1.4.1.9.1.2990', type: 'Router', model: 'C83001N1S4T2X' }, // ciscoC83001N1S4T2X
  { oid: '1.3.6.1.4.1.9.1.3004', type: 'Router', model: 'C8000V' }, // ciscoC8000V
  { oid: '1.3.6.1.4.1.9.1.3012', type: 'Switch', model: 'C9200L48PL4G' }, // ciscoC9200L48PL4G
  { oid: '1.3.6.1.4.1.9.1.3013', type: 'Switch', model: 'C9200L48PL4X' }, // ciscoC9200L48PL4X
  { oid: '1.3.6.1.4.1.9.1.3021', type: 'Switch', model: 'C1000FE24T4GL' }, // ciscoC1000FE24T4GL
  { oid: '1.3.6.1.4.1.9.1.3022', type: 'Switch', model: 'C1000FE24P4GL' }, // ciscoC1000FE24P4GL
  { oid: '1.3.6.1.4.1.9.1.3023', type: 'Switch', model: 'C1000FE48T4GL' }, // ciscoC1000FE48T4GL
  { oid: '1.3.6.1.4.1.9.1.3024', type: 'Switch', model: 'C1000FE48P4GL' }, // ciscoC1000FE48P4GL
  { oid: '1.3.6.1.4.1.9.1.3026', type: 'Router', model: 'IR1821K9' }, // ciscoIR1821K9
  { oid: '1.3.6.1.4.1.9.1.3027', type: 'Router', model: 'IR1831K9' }, // ciscoIR1831K9
  { oid: '1.3.6.1.4.1.9.1.3028', type: 'Router', model: 'IR1833K9' }, // ciscoIR1833K9
  { oid: '1.3.6.1.4.1.9.1.3029', type: 'Router', model: 'IR1835K9' }, // ciscoIR1835K9
  { oid: '1.3.6.1.4.1.9.1.3037', type: 'Switch', model: 'C9300X12Y' }, // ciscoC9300X12Y
  { oid: '1.3.6.1.4.1.9.1.3038', type: 'Switch', model: 'C9300X24Y' }, // ciscoC9300X24Y
  { oid: '1.3.6.1.4.1.9.1.3039', type: 'Switch', model: 'C9300X48HX' }, // ciscoC9300X48HX
  { oid: '1.3.6.1.4.1.9.1.3040', type: 'Switch', model: 'C9300X48TX' }, // ciscoC9300X48TX
  { oid: '1.3.6.1.4.1.9.1.3048', type: 'Router', model: 'IR8140HK9' }, // ciscoIR8140HK9
  { oid: '1.3.6.1.4.1.9.1.3049', type: 'Router', model: 'IR8140HPK9' }, // ciscoIR8140HPK9
  { oid: '1.3.6.1.4.1.9.1.3052', type: 'Router', model: 'IR8340K9' }, // ciscoIR8340K9
  { oid: '1.3.6.1.4.1.9.1.3086', type: 'Switch', model: 'C9300X48HXN' }, // ciscoC9300X48HXN
  { oid: '1.3.6.1.4.1.9.1.3087', type: 'Switch', model: 'C9300X24HX' }, // ciscoC9300X24HX
  { oid: '1.3.6.1.4.1.9.1.3144', type: 'Router', model: 'Cisco 810132FH' }, // cisco810132FH
  { oid: '1.3.6.1.4.1.9.1.3145', type: 'Router', model: 'ISRAP1101AX' }, // ciscoISRAP1101AX
  { oid: '1.3.6.1.4.1.9.1.3149', type: 'Router', model: 'Cisco 811132EH' }, // cisco811132EH
  { oid: '1.3.6.1.4.1.9.1.3150', type: 'Router', model: 'Cisco 820232FHM' }, // cisco820232FHM
  { oid: '1.3.6.1.4.1.9.1.3151', type: 'Router', model: 'Cisco 820232FHMO' }, // cisco820232FHMO
  { oid: '1.3.6.1.4.1.9.1.3164', type: 'Switch', model: 'C9200CX12P2XGH' }, // ciscoC9200CX12P2XGH
  { oid: '1.3.6.1.4.1.9.1.3192', type: 'Router', model: 'Cisco 810132H' }, // cisco810132H
  { oid: '1.3.6.1.4.1.9.1.3193', type: 'Router', model: 'Cisco 810264H' }, // cisco810264H
  { oid: '1.3.6.1.4.1.9.1.3195', type: 'Switch', model: 'C9200CX8P2XGH' }, // ciscoC9200CX8P2XGH
  { oid: '1.3.6.1.4.1.9.1.3196', type: 'Switch', model: 'C9200CX8UXG2XH' }, // ciscoC9200CX8UXG2XH
  { oid: '1.3.6.1.4.1.9.1.3207', type: 'Router', model: 'C8300UCPE1N20' }, // ciscoC8300UCPE1N20
  { oid: '1.3.6.1.4.1.9.1.3210', type: 'Switch', model: 'C12008TD' }, // ciscoC12008TD
  { oid: '1.3.6.1.4.1.9.1.3211', type: 'Switch', model: 'C12008TE2G' }, // ciscoC12008TE2G
  { oid: '1.3.6.1.4.1.9.1.3212', type: 'Switch', model: 'C12008PE2G' }, // ciscoC12008PE2G
  { oid: '1.3.6.1.4.1.9.1.3213', type: 'Switch', model: 'C12008FP2G' }, // ciscoC12008FP2G
  { oid: '1.3.6.1.4.1.9.1.3214', type: 'Switch', model: 'C120016T2G' }, // ciscoC120016T2G
  { oid: '1.3.6.1.4.1.9.1.3215', type: 'Switch', model: 'C120016P2G' }, // ciscoC120016P2G
  { oid: '1.3.6.1.4.1.9.1.3216', type: 'Switch', model: 'C120024T4G' }, // ciscoC120024T4G
  { oid: '1.3.6.1.4.1.9.1.3217', type: 'Switch', model: 'C120024P4G' }, // ciscoC120024P4G
  { oid: '1.3.6.1.4.1.9.1.3218', type: 'Switch', model: 'C120024FP4G' }, // ciscoC120024FP4G
  { oid: '1.3.6.1.4.1.9.1.3219', type: 'Switch', model: 'C120048T4G' }, // ciscoC120048T4G
  { oid: '1.3.6.1.4.1.9.1.3220', type: 'Switch', model: 'C120048P4G' }, // ciscoC120048P4G
  { oid: '1.3.6.1.4.1.9.1.3221', type: 'Switch', model: 'C120024T4X' }, // ciscoC120024T4X
  { oid: '1.3.6.1.4.1.9.1.3222', type: 'Switch', model: 'C120024P4X' }, // ciscoC120024P4X
  { oid: '1.3.6.1.4.1.9.1.3223', type: 'Switch', model: 'C120024FP4X' }, // ciscoC120024FP4X
  { oid: '1.3.6.1.4.1.9.1.3224', type: 'Switch', model: 'C120048T4X' }, // ciscoC120048T4X
  { oid: '1.3.6.1.4.1.9.1.3225', type: 'Switch', model: 'C120048P4X' }, // ciscoC120048P4X
  { oid: '1.3.6.1.4.1.9.1.3226', type: 'Switch', model: 'C13008TE2G' }, // ciscoC13008TE2G
  { oid: '1.3.6.1.4.1.9.1.3227', type: 'Switch', model: 'C13008PE2G' }, // ciscoC13008PE2G
  { oid: '1.3.6.1.4.1.9.1.3228', type: 'Switch', model: 'C13008FP2G' }, // ciscoC13008FP2G
  { oid: '1.3.6.1.4.1.9.1.3229', type: 'Switch', model: 'C130016T2G' }, // ciscoC130016T2G
  { oid: '1.3.6.1.4.1.9.1.3230', type: 'Switch', model: 'C130016P2G' }, // ciscoC130016P2G
  { oid: '1.3.6.1.4.1.9.1.3231', type: 'Switch', model: 'C130016FP2G' }, // ciscoC130016FP2G
  { oid: '1.3.6.1.4.1.9.1.3232', type: 'Switch', model: 'C130024T4G' }, // ciscoC130024T4G
  { oid: '1.3.6.1.4.1.9.1.3233', type: 'Switch', model: 'C130024P4G' }, // ciscoC130024P4G
  { oid: '1.3.6.1.4.1.9.1.3234', type: 'Switch', model: 'C130024FP4G' }, // ciscoC130024FP4G
  { oid: '1.3.6.1.4.1.9.1.3235', type: 'Switch', model: 'C130048T4G' }, // ciscoC130048T4G
  { oid: '1.3.6.1.4.1.9.1.3236', type: 'Switch', model: 'C130048P4G' }, // ciscoC130048P4G
  { oid: '1.3.6.1.4.1.9.1.3237', type: 'Switch', model: 'C130048FP4G' }, // ciscoC130048FP4G
  { oid: '1.3.6.1.4.1.9.1.3238', type: 'Switch', model: 'C130016P4X' }, // ciscoC130016P4X
  { oid: '1.3.6.1.4.1.9.1.3239', type: 'Switch', model: 'C130024T4X' }, // ciscoC130024T4X
  { oid: '1.3.6.1.4.1.9.1.3240', type: 'Switch', model: 'C130024P4X' }, // ciscoC130024P4X
  { oid: '1.3.6.1.4.1.9.1.3241', type: 'Switch', model: 'C130024FP4X' }, // ciscoC130024FP4X
  { oid: '1.3.6.1.4.1.9.1.3242', type: 'Switch', model: 'C130048T4X' }, // ciscoC130048T4X
  { oid: '1.3.6.1.4.1.9.1.3243', type: 'Switch', model: 'C130048P4X' }, // ciscoC130048P4X
  { oid: '1.3.6.1.4.1.9.1.3244', type: 'Switch', model: 'C130048FP4X' }, // ciscoC130048FP4X
  { oid: '1.3.6.1.4.1.9.1.3245', type: 'Switch', model: 'C13008MGP2X' }, // ciscoC13008MGP2X
  { oid: '1.3.6.1.4.1.9.1.3246', type: 'Switch', model: 'C130024MGP4X' }, // ciscoC130024MGP4X
  { oid: '1.3.6.1.4.1.9.1.3247', type: 'Switch', model: 'C130048MGP4X' }, // ciscoC130048MGP4X
  { oid: '1.3.6.1.4.1.9.1.3248', type: 'Switch', model: 'C130012XT2X' }, // ciscoC130012XT2X
  { oid: '1.3.6.1.4.1.9.1.3249', type: 'Switch', model: 'C130012XS' }, // ciscoC130012XS
  { oid: '1.3.6.1.4.1.9.1.3250', type: 'Switch', model: 'C130024XT' }, // ciscoC130024XT
  { oid: '1.3.6.1.4.1.9.1.3251', type: 'Switch', model: 'C130024XS' }, // ciscoC130024XS
  { oid: '1.3.6.1.4.1.9.1.3252', type: 'Switch', model: 'C130016XTS' }, // ciscoC130016XTS
  { oid: '1.3.6.1.4.1.9.1.3253', type: 'Switch', model: 'C130024XTS' }, // ciscoC130024XTS
];
