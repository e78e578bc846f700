import type { ProductRule } from './product-rule';

/**
 * Cisco products, CISCO-PRODUCTS-MIB (LAST-UPDATED 202410070000Z, ciscoProducts = 1.3.6.1.4.1.9.1), as
 * published in observium-community-edition's mibs/cisco/. Rows were selected from the MIB's ~2,800
 * registrations whose name and description say what they are (Catalyst/Nexus/IE switches, ISR/ASR/C8000
 * routers, ASA/Firepower firewalls, Aironet APs, UCS servers, IP phones; modules and power supplies left
 * out); `model` is the MIB description cut to its product name, and ENTITY-MIB's entPhysicalModelName,
 * when the device answers it, is the more exact one. The comment is the MIB's object name.
 */
export const CISCO_PRODUCTS: readonly ProductRule[] = [
  { oid: '1.3.6.1.4.1.9.1.170', type: 'Switch', model: 'Catalyst 2908XL switch' }, // catalyst2908xl
  { oid: '1.3.6.1.4.1.9.1.171', type: 'Switch', model: 'Catalyst 2916M-XL switch' }, // catalyst2916mxl
  { oid: '1.3.6.1.4.1.9.1.183', type: 'Switch', model: 'Catalyst 2924XL switch' }, // catalyst2924XL
  { oid: '1.3.6.1.4.1.9.1.184', type: 'Switch', model: 'Catalyst 2924C-XL switch' }, // catalyst2924CXL
  { oid: '1.3.6.1.4.1.9.1.190', type: 'Router', model: 'Catalyst 8510CSR' }, // cisco8510
  { oid: '1.3.6.1.4.1.9.1.196', type: 'Router', model: 'Catalyst 8515CSR' }, // cisco8515
  { oid: '1.3.6.1.4.1.9.1.217', type: 'Switch', model: 'Catalyst 2924XL switch' }, // catalyst2924XLv
  { oid: '1.3.6.1.4.1.9.1.218', type: 'Switch', model: 'Catalyst 2924C-XL switch' }, // catalyst2924CXLv
  { oid: '1.3.6.1.4.1.9.1.219', type: 'Switch', model: 'Catalyst 2912XL switch' }, // catalyst2912XL
  { oid: '1.3.6.1.4.1.9.1.220', type: 'Switch', model: 'Catalyst 2924M-XL switch' }, // catalyst2924MXL
  { oid: '1.3.6.1.4.1.9.1.221', type: 'Switch', model: 'Catalyst 2912MF-XL switch' }, // catalyst2912MfXL
  { oid: '1.3.6.1.4.1.9.1.227', type: 'Firewall', model: 'PIXFirewall' }, // ciscoPIXFirewall
  { oid: '1.3.6.1.4.1.9.1.241', type: 'Switch', model: 'Catalyst 6000' }, // ciscoCat6000
  { oid: '1.3.6.1.4.1.9.1.246', type: 'Switch', model: 'Catalyst 3508G-XL switch' }, // catalyst3508GXL
  { oid: '1.3.6.1.4.1.9.1.247', type: 'Switch', model: 'Catalyst 3512XL switch' }, // catalyst3512XL
  { oid: '1.3.6.1.4.1.9.1.248', type: 'Switch', model: 'Catalyst 3524XL switch' }, // catalyst3524XL
  { oid: '1.3.6.1.4.1.9.1.258', type: 'Switch', model: 'catalyst6kMsfc' }, // catalyst6kMsfc
  { oid: '1.3.6.1.4.1.9.1.275', type: 'Switch', model: 'Catalyst WS-C2948G-L3 48 port 10/100 Layer' }, // cat2948gL3
  { oid: '1.3.6.1.4.1.9.1.278', type: 'Switch', model: 'Catalyst 3548XL switch' }, // cat3548XL
  { oid: '1.3.6.1.4.1.9.1.280', type: 'Switch', model: 'Catalyst 6000' }, // cat6006
  { oid: '1.3.6.1.4.1.9.1.281', type: 'Switch', model: 'Catalyst 6000' }, // cat6009
  { oid: '1.3.6.1.4.1.9.1.282', type: 'Switch', model: 'Catalyst 6000 Plus' }, // cat6506
  { oid: '1.3.6.1.4.1.9.1.283', type: 'Switch', model: 'Catalyst 6000 Plus' }, // cat6509
  { oid: '1.3.6.1.4.1.9.1.287', type: 'Switch', model: 'Catalyst 3524 switch' }, // cat3524tXLEn
  { oid: '1.3.6.1.4.1.9.1.298', type: 'Switch', model: 'Catalyst 4908G-L3' }, // cat4908gL3
  { oid: '1.3.6.1.4.1.9.1.301', type: 'Switch', model: 'Multilevel Switching Feature Card Version 2' }, // catalyst6kMsfc2
  { oid: '1.3.6.1.4.1.9.1.310', type: 'Switch', model: '9-slot Constellation+ vertical slot chassis' }, // cat6509Sp
  { oid: '1.3.6.1.4.1.9.1.312', type: 'Switch', model: 'Catalyst 4840G-L3' }, // cat4840gL3
  { oid: '1.3.6.1.4.1.9.1.323', type: 'Switch', model: 'Catalyst c2950 switch' }, // catalyst295012
  { oid: '1.3.6.1.4.1.9.1.324', type: 'Switch', model: 'Catalyst c2950 switch' }, // catalyst295024
  { oid: '1.3.6.1.4.1.9.1.325', type: 'Switch', model: 'Catalyst c2950 switch' }, // catalyst295024C
  { oid: '1.3.6.1.4.1.9.1.359', type: 'Switch', model: 'Catalyst c2950 switch' }, // catalyst2950t24
  { oid: '1.3.6.1.4.1.9.1.366', type: 'Switch', model: 'Catalyst 3550 24 10/100 ports +' }, // catalyst355024
  { oid: '1.3.6.1.4.1.9.1.367', type: 'Switch', model: 'Catalyst 3550 48 10/100 ports +' }, // catalyst355048
  { oid: '1.3.6.1.4.1.9.1.368', type: 'Switch', model: 'Catalyst 3550 12 1000T ports' }, // catalyst355012T
  { oid: '1.3.6.1.4.1.9.1.369', type: 'Switch', model: 'Catalyst c2924XL switch' }, // catalyst2924LREXL
  { oid: '1.3.6.1.4.1.9.1.370', type: 'Switch', model: 'Catalyst c2912XL switch' }, // catalyst2912LREXL
  { oid: '1.3.6.1.4.1.9.1.384', type: 'Router', model: '806' }, // cisco806
  { oid: '1.3.6.1.4.1.9.1.386', type: 'Switch', model: 'cat2948gL3Dc' }, // cat2948gL3Dc
  { oid: '1.3.6.1.4.1.9.1.387', type: 'Switch', model: 'cat4908gL3Dc' }, // cat4908gL3Dc
  { oid: '1.3.6.1.4.1.9.1.389', type: 'Firewall', model: 'PIX Firewall 506' }, // ciscoPIXFirewall506
  { oid: '1.3.6.1.4.1.9.1.390', type: 'Firewall', model: 'PIX Firewall 515' }, // ciscoPIXFirewall515
  { oid: '1.3.6.1.4.1.9.1.391', type: 'Firewall', model: 'PIX Firewall 520' }, // ciscoPIXFirewall520
  { oid: '1.3.6.1.4.1.9.1.392', type: 'Firewall', model: 'PIX Firewall 525' }, // ciscoPIXFirewall525
  { oid: '1.3.6.1.4.1.9.1.393', type: 'Firewall', model: 'PIX Firewall 535' }, // ciscoPIXFirewall535
  { oid: '1.3.6.1.4.1.9.1.395', type: 'Router', model: '811' }, // cisco811
  { oid: '1.3.6.1.4.1.9.1.396', type: 'Router', model: '813' }, // cisco813
  { oid: '1.3.6.1.4.1.9.1.400', type: 'Switch', model: 'Catalyst 6000 series chassis' }, // ciscoWSC6513
  { oid: '1.3.6.1.4.1.9.1.417', type: 'Firewall', model: 'PIX Firewall 501' }, // ciscoPIXFirewall501
  { oid: '1.3.6.1.4.1.9.1.427', type: 'Switch', model: 'Catalyst c2950 switch' }, // catalyst295012G
  { oid: '1.3.6.1.4.1.9.1.428', type: 'Switch', model: 'Catalyst c2950 switch' }, // catalyst295024G
  { oid: '1.3.6.1.4.1.9.1.429', type: 'Switch', model: 'isco Catalyst c2950 switch' }, // catalyst295048G
  { oid: '1.3.6.1.4.1.9.1.430', type: 'Switch', model: 'Catalyst c2950 switch' }, // catalyst295024S
  { oid: '1.3.6.1.4.1.9.1.431', type: 'Switch', model: '10 Gig' }, // catalyst355012G
  { oid: '1.3.6.1.4.1.9.1.448', type: 'Switch', model: 'Catalyst 4000' }, // cat4006
  { oid: '1.3.6.1.4.1.9.1.449', type: 'Switch', model: 'Catalyst 6000 series chassis' }, // ciscoWSC6503
  { oid: '1.3.6.1.4.1.9.1.450', type: 'Firewall', model: 'PIX Firewall 506E' }, // ciscoPIXFirewall506E
  { oid: '1.3.6.1.4.1.9.1.451', type: 'Firewall', model: 'PIX Firewall 515E' }, // ciscoPIXFirewall515E
  { oid: '1.3.6.1.4.1.9.1.452', type: 'Switch', model: 'Catalyst 3550 24 10/100Base-Tx ports +' }, // cat355024Dc
  { oid: '1.3.6.1.4.1.9.1.453', type: 'Switch', model: 'Catalyst 3550 24 10/100Mbps Multimode Fiber' }, // cat355024Mmf
  { oid: '1.3.6.1.4.1.9.1.472', type: 'Switch', model: 'Catalyst c2950 switch' }, // catalyst295024GDC
  { oid: '1.3.6.1.4.1.9.1.474', type: 'AccessPoint', model: '1200 series WLAN Access Point' }, // ciscoAIRAP1200
  { oid: '1.3.6.1.4.1.9.1.480', type: 'Switch', model: 'Catalyst c2950 switch' }, // catalyst295024SX
  { oid: '1.3.6.1.4.1.9.1.482', type: 'Switch', model: 'Catalyst c2950 switch' }, // catalyst295024LRESt
  { oid: '1.3.6.1.4.1.9.1.483', type: 'Switch', model: 'Catalyst c2950 switch' }, // catalyst29508LRESt
  { oid: '1.3.6.1.4.1.9.1.484', type: 'Switch', model: 'Catalyst c2950 switch' }, // catalyst295024LREG
  { oid: '1.3.6.1.4.1.9.1.485', type: 'Switch', model: 'Catalyst 3550 24 10/100 ports' }, // catalyst355024PWR
  { oid: '1.3.6.1.4.1.9.1.488', type: 'Switch', model: 'Catalyst c2955 Industrial switch' }, // catalyst2955T12
  { oid: '1.3.6.1.4.1.9.1.489', type: 'Switch', model: 'Catalyst c2955 Industrial switch' }, // catalyst2955C12
  { oid: '1.3.6.1.4.1.9.1.501', type: 'Switch', model: 'Catalyst 4000' }, // cat4507
  { oid: '1.3.6.1.4.1.9.1.502', type: 'Switch', model: 'Catalyst 4000' }, // cat4506
  { oid: '1.3.6.1.4.1.9.1.503', type: 'Switch', model: 'Catalyst 4000' }, // cat4503
  { oid: '1.3.6.1.4.1.9.1.507', type: 'AccessPoint', model: '1100 series WLAN Access Point' }, // ciscoAIRAP1100
  { oid: '1.3.6.1.4.1.9.1.508', type: 'Switch', model: 'Catalyst c2955 Industrial switch' }, // catalyst2955S12
  { oid: '1.3.6.1.4.1.9.1.510', type: 'Switch', model: 'Catalyst 9 slots chassis' }, // ciscoWSC65509
  { oid: '1.3.6.1.4.1.9.1.511', type: 'Switch', model: 'Catalyst 3750 24 10/100 ports +' }, // catalyst375024
  { oid: '1.3.6.1.4.1.9.1.512', type: 'Switch', model: 'Catalyst 3750 48 10/100 ports +' }, // catalyst375048
  { oid: '1.3.6.1.4.1.9.1.513', type: 'Switch', model: 'Catalyst 3750 24TS: 24 10/100/1000 ports' }, // catalyst375024TS
  { oid: '1.3.6.1.4.1.9.1.514', type: 'Switch', model: 'Catalyst 3750 24T: 24 10/100/1000 ports' }, // catalyst375024T
  { oid: '1.3.6.1.4.1.9.1.516', type: 'Switch', model: 'catalyst37xx stack' }, // catalyst37xxStack
  { oid: '1.3.6.1.4.1.9.1.522', type: 'Firewall', model: 'Catalyst 6500 Firewall Services Module' }, // cat6500FirewallSm: a firewall blade, not the switch it sits in
  { oid: '1.3.6.1.4.1.9.1.525', type: 'AccessPoint', model: '1200 series WLAN Access Point on' }, // ciscoAIRAP1210
  { oid: '1.3.6.1.4.1.9.1.527', type: 'Switch', model: 'Catalyst 2970 24: 24 10/100/1000 ports' }, // catalyst297024
  { oid: '1.3.6.1.4.1.9.1.530', type: 'Switch', model: 'Catalyst c3750 switch' }, // catalyst3750Ge12Sfp
  { oid: '1.3.6.1.4.1.9.1.533', type: 'AccessPoint', model: '1410 Series Wireless LAN Bridge on' }, // ciscoAIRBR1410
  { oid: '1.3.6.1.4.1.9.1.534', type: 'Switch', model: 'Catalyst 6500 series chassis' }, // ciscoWSC6509neba
  { oid: '1.3.6.1.4.1.9.1.535', type: 'Switch', model: 'Catalyst 3750 48 10/100 In-Line Power' }, // catalyst375048PS
  { oid: '1.3.6.1.4.1.9.1.536', type: 'Switch', model: 'Catalyst 3750 24 10/100 In-Line Power' }, // catalyst375024PS
  { oid: '1.3.6.1.4.1.9.1.537', type: 'Switch', model: 'Catalyst 4000' }, // catalyst4510
  { oid: '1.3.6.1.4.1.9.1.540', type: 'Switch', model: 'Catalyst 2940 L2 switch' }, // catalyst29408TT
  { oid: '1.3.6.1.4.1.9.1.552', type: 'AccessPoint', model: 'Wireless LAN Access Point 350 series' }, // ciscoAirAp350IOS
  { oid: '1.3.6.1.4.1.9.1.554', type: 'Switch', model: 'cat6500SslSm' }, // cat6500SslSm
  { oid: '1.3.6.1.4.1.9.1.559', type: 'Switch', model: 'Catalyst c2950 switch' }, // catalyst295048T
  { oid: '1.3.6.1.4.1.9.1.560', type: 'Switch', model: 'Catalyst c2950 switch' }, // catalyst295048SX
  { oid: '1.3.6.1.4.1.9.1.561', type: 'Switch', model: 'Catalyst 2970 24TS: 24 10/100/1000 ports' }, // catalyst297024TS
  { oid: '1.3.6.1.4.1.9.1.563', type: 'Switch', model: 'Catalyst 3750 24 10/100 ports' }, // catalyst356024PS
  { oid: '1.3.6.1.4.1.9.1.564', type: 'Switch', model: 'Catalyst 3750 48 10/100 ports' }, // catalyst356048PS
  { oid: '1.3.6.1.4.1.9.1.565', type: 'AccessPoint', model: 'Aironet 1300 Series Wireless Bridge' }, // ciscoAIRBR1300
  { oid: '1.3.6.1.4.1.9.1.574', type: 'Switch', model: 'Metro Ethernet Catalyst 3750 24-10/100 +' }, // catalyst375024ME
  { oid: '1.3.6.1.4.1.9.1.591', type: 'Switch', model: 'Catalyst 3750 switch' }, // catalyst3750G16TD
  { oid: '1.3.6.1.4.1.9.1.602', type: 'Switch', model: 'Catalyst 3750 24 10/100/1000 Power over' }, // catalyst3750G24PS
  { oid: '1.3.6.1.4.1.9.1.603', type: 'Switch', model: 'Catalyst 3750 48 10/100/1000 Power over' }, // catalyst3750G48PS
  { oid: '1.3.6.1.4.1.9.1.604', type: 'Switch', model: 'Catalyst 3750 48 10/100/1000 ports +' }, // catalyst3750G48TS
  { oid: '1.3.6.1.4.1.9.1.614', type: 'Switch', model: 'Catalyst 3560 24 10/100/1000 Power over' }, // catalyst3560G24PS
  { oid: '1.3.6.1.4.1.9.1.615', type: 'Switch', model: 'Catalyst 3560 24 10/100/1000 Ethernet ports' }, // catalyst3560G24TS
  { oid: '1.3.6.1.4.1.9.1.616', type: 'Switch', model: 'Catalyst 3560 48 10/100/1000 Power over' }, // catalyst3560G48PS
  { oid: '1.3.6.1.4.1.9.1.617', type: 'Switch', model: 'Catalyst 3560 48 10/100/1000 ports +' }, // catalyst3560G48TS
  { oid: '1.3.6.1.4.1.9.1.618', type: 'AccessPoint', model: 'Aironet 1130 series WLAN Access Point' }, // ciscoAIRAP1130
  { oid: '1.3.6.1.4.1.9.1.624', type: 'Switch', model: 'Catalyst 3750 24 10/100/1000 Ethernet ports' }, // catalyst3750G24TS1U
  { oid: '1.3.6.1.4.1.9.1.626', type: 'Switch', model: 'Fixed configuration Catalyst 4000' }, // catalyst4948
  { oid: '1.3.6.1.4.1.9.1.633', type: 'Switch', model: 'Catalyst 3560 24 10/100 ports +' }, // catalyst356024TS
  { oid: '1.3.6.1.4.1.9.1.634', type: 'Switch', model: 'Catalyst 3560 48 10/100 ports +' }, // catalyst356048TS
  { oid: '1.3.6.1.4.1.9.1.656', type: 'Switch', model: 'Catalyst 3750 24 100BaseFX ports +' }, // catalyst375024FS
  { oid: '1.3.6.1.4.1.9.1.657', type: 'Switch', model: 'Catalyst 6000 series chassis' }, // ciscoWSC6504E
  { oid: '1.3.6.1.4.1.9.1.659', type: 'Switch', model: 'Catalyst 4000 series' }, // catalyst494810GE
  { oid: '1.3.6.1.4.1.9.1.669', type: 'Firewall', model: 'Adaptive Security Appliance 5510' }, // ciscoASA5510
  { oid: '1.3.6.1.4.1.9.1.670', type: 'Firewall', model: 'Adaptive Security Appliance 5520' }, // ciscoASA5520
  { oid: '1.3.6.1.4.1.9.1.671', type: 'Firewall', model: 'Adaptive Security Appliance 5520 Security Context' }, // ciscoASA5520sc
  { oid: '1.3.6.1.4.1.9.1.672', type: 'Firewall', model: 'Adaptive Security Appliance 5540' }, // ciscoASA5540
  { oid: '1.3.6.1.4.1.9.1.673', type: 'Firewall', model: 'Adaptive Security Appliance 5540 Security Context' }, // ciscoASA5540sc
  { oid: '1.3.6.1.4.1.9.1.675', type: 'Firewall', model: 'PIX Firewall 535 Security Context' }, // ciscoPIXFirewall535sc
  { oid: '1.3.6.1.4.1.9.1.676', type: 'Firewall', model: 'PIX Firewall 525 Security Context' }, // ciscoPIXFirewall525sc
  { oid: '1.3.6.1.4.1.9.1.677', type: 'Firewall', model: 'PIX Firewall 515E Security Context' }, // ciscoPIXFirewall515Esc
  { oid: '1.3.6.1.4.1.9.1.678', type: 'Firewall', model: 'PIX Firewall 515 Security Context' }, // ciscoPIXFirewall515sc
  { oid: '1.3.6.1.4.1.9.1.685', type: 'AccessPoint', model: 'Aironet 1240 series WLAN Access Point' }, // ciscoAIRAP1240
  { oid: '1.3.6.1.4.1.9.1.694', type: 'Switch', model: 'Catalyst 2960 24 10/100 ports +' }, // catalyst296024
  { oid: '1.3.6.1.4.1.9.1.695', type: 'Switch', model: 'Catalyst 2960 48 10/100 ports +' }, // catalyst296048
  { oid: '1.3.6.1.4.1.9.1.696', type: 'Switch', model: 'Catalyst 2960 20 10/100/1000 ports +' }, // catalyst2960G24
  { oid: '1.3.6.1.4.1.9.1.697', type: 'Switch', model: 'Catalyst 2960 44 10/100/1000 ports +' }, // catalyst2960G48
  { oid: '1.3.6.1.4.1.9.1.698', type: 'Switch', model: 'Catalyst 4500' }, // catalyst45503
  { oid: '1.3.6.1.4.1.9.1.699', type: 'Switch', model: 'Catalyst 4500' }, // catalyst45506
  { oid: '1.3.6.1.4.1.9.1.700', type: 'Switch', model: 'Catalyst 4500' }, // catalyst45507
  { oid: '1.3.6.1.4.1.9.1.701', type: 'Switch', model: 'Catalyst 4500' }, // catalyst455010
  { oid: '1.3.6.1.4.1.9.1.706', type: 'Switch', model: 'Multilevel Switching Feature Card Version 2a' }, // catalyst6kMsfc2a
  { oid: '1.3.6.1.4.1.9.1.713', type: 'Switch', model: 'DSL Switch 48 port ADSL2/2+' }, // ciscoME6340ACA
  { oid: '1.3.6.1.4.1.9.1.714', type: 'Switch', model: 'DSL Switch 48 port ADSL2/2+' }, // ciscoME6340DCA
  { oid: '1.3.6.1.4.1.9.1.715', type: 'Switch', model: 'DSL Switch 48 port ADSL2/2+' }, // ciscoME6340DCB
  { oid: '1.3.6.1.4.1.9.1.716', type: 'Switch', model: 'Catalyst 2960 24 10/100 ports +' }, // catalyst296024TT
  { oid: '1.3.6.1.4.1.9.1.717', type: 'Switch', model: 'Catalyst 2960 48 10/100 ports +' }, // catalyst296048TT
  { oid: '1.3.6.1.4.1.9.1.724', type: 'Switch', model: 'Catalyst Express 500 24 10/100 ports' }, // catalystsExpress50024TT
  { oid: '1.3.6.1.4.1.9.1.725', type: 'Switch', model: 'Catalyst Express 500 24 10/100 ports' }, // catalystsExpress50024LC
  { oid: '1.3.6.1.4.1.9.1.726', type: 'Switch', model: 'Catalyst Express 500 24 Power Over' }, // catalystsExpress50024PC
  { oid: '1.3.6.1.4.1.9.1.727', type: 'Switch', model: 'Catalyst Express 500 8 Gigabit Ethernet' }, // catalystsExpress50012TC
  { oid: '1.3.6.1.4.1.9.1.733', type: 'Router', model: '815 platform' }, // cisco815
  { oid: '1.3.6.1.4.1.9.1.745', type: 'Firewall', model: 'Adaptive Security Appliance 5505' }, // ciscoASA5505
  { oid: '1.3.6.1.4.1.9.1.747', model: '3750 24+2 port 10/100/1000 Switch' }, // ciscoWsC3750g24ps (a wireless LAN controller: no equipment type fits)
  { oid: '1.3.6.1.4.1.9.1.753', type: 'Firewall', model: 'Adaptive Security Appliance 5550' }, // ciscoASA5550
  { oid: '1.3.6.1.4.1.9.1.758', type: 'AccessPoint', model: '1250 series WLAN Access Point' }, // ciscoAIRAP1250
  { oid: '1.3.6.1.4.1.9.1.763', type: 'Firewall', model: 'Adaptive Security Appliance 5550 Security Context' }, // ciscoASA5550sc
  { oid: '1.3.6.1.4.1.9.1.764', type: 'Firewall', model: 'Adaptive Security Appliance 5520 System Context' }, // ciscoASA5520sy
  { oid: '1.3.6.1.4.1.9.1.765', type: 'Firewall', model: 'Adaptive Security Appliance 5540 System Context' }, // ciscoASA5540sy
  { oid: '1.3.6.1.4.1.9.1.766', type: 'Firewall', model: 'Adaptive Security Appliance 5550 System Context' }, // ciscoASA5550sy
  { oid: '1.3.6.1.4.1.9.1.768', type: 'Firewall', model: 'PIX Firewall 515 System Context' }, // ciscoPIXFirewall515sy
  { oid: '1.3.6.1.4.1.9.1.769', type: 'Firewall', model: 'PIX Firewall 515E System Context' }, // ciscoPIXFirewall515Esy
  { oid: '1.3.6.1.4.1.9.1.770', type: 'Firewall', model: 'PIX Firewall 525 System Context' }, // ciscoPIXFirewall525sy
  { oid: '1.3.6.1.4.1.9.1.771', type: 'Firewall', model: 'PIX Firewall 535 System Context' }, // ciscoPIXFirewall535sy
  { oid: '1.3.6.1.4.1.9.1.773', type: 'Firewall', model: 'Adaptive Security Appliance 5510 Security Context' }, // ciscoASA5510sc
  { oid: '1.3.6.1.4.1.9.1.774', type: 'Firewall', model: 'Adaptive Security Appliance 5510 System' }, // ciscoASA5510sy
  { oid: '1.3.6.1.4.1.9.1.778', model: 'Catalyst 3750 Unified Access Switch' }, // catalyst3750G24WS25 (a wireless LAN controller: no equipment type fits)
  { oid: '1.3.6.1.4.1.9.1.779', model: 'Catalyst 3750 Unified Access Switch' }, // catalyst3750G24WS50 (a wireless LAN controller: no equipment type fits)
  { oid: '1.3.6.1.4.1.9.1.780', type: 'Switch', model: 'Metro Ethernet 3400' }, // ciscoMe3400g12CsA
  { oid: '1.3.6.1.4.1.9.1.781', type: 'Switch', model: 'Metro Ethernet 3400' }, // ciscoMe3400g12CsD
  { oid: '1.3.6.1.4.1.9.1.784', type: 'Switch', model: 'Catalyst Blade Switch 3040' }, // catalystWsCBS3040FSC
  { oid: '1.3.6.1.4.1.9.1.789', type: 'Switch', model: 'Catalyst 3750E 24 10/100/1000 ports +' }, // catalyst3750E24TD
  { oid: '1.3.6.1.4.1.9.1.790', type: 'Switch', model: 'Catalyst 3750E 48 10/100/1000 ports +' }, // catalyst3750E48TD
  { oid: '1.3.6.1.4.1.9.1.791', type: 'Switch', model: 'Catalyst 3750E 48 10/100/1000 Power over' }, // catalyst3750E48PD
  { oid: '1.3.6.1.4.1.9.1.792', type: 'Switch', model: 'Catalyst 3750E 24 10/100/1000 Power over' }, // catalyst3750E24PD
  { oid: '1.3.6.1.4.1.9.1.793', type: 'Switch', model: 'Catalyst 3560E 24 10/100/1000 ports +' }, // catalyst3560E24TD
  { oid: '1.3.6.1.4.1.9.1.794', type: 'Switch', model: 'Catalyst 3560E 48 10/100/1000 ports +' }, // catalyst3560E48TD
  { oid: '1.3.6.1.4.1.9.1.795', type: 'Switch', model: 'Catalyst 3560E 24 10/100/1000 Power over' }, // catalyst3560E24PD
  { oid: '1.3.6.1.4.1.9.1.796', type: 'Switch', model: 'Catalyst 3560E 48 10/100/1000 Power over' }, // catalyst3560E48PD
  { oid: '1.3.6.1.4.1.9.1.797', type: 'Switch', model: 'Catalyst 3560 8 10/100 Power over' }, // catalyst35608PC
  { oid: '1.3.6.1.4.1.9.1.798', type: 'Switch', model: 'Catalyst 2960 8 10/100 ports +' }, // catalyst29608TC
  { oid: '1.3.6.1.4.1.9.1.799', type: 'Switch', model: 'Catalyst 2960 7 10/100/1000 ports +' }, // catalyst2960G8TC
  { oid: '1.3.6.1.4.1.9.1.802', type: 'Phone', model: 'Unified Wireless IP Phone 7921G' }, // ciscoUWIpPhone7921G
  { oid: '1.3.6.1.4.1.9.1.803', type: 'Phone', model: 'Unified Wireless IP Phone 7920' }, // ciscoUWIpPhone7920
  { oid: '1.3.6.1.4.1.9.1.805', type: 'Router', model: 'ISRWireless' }, // ciscoISRWireless
  { oid: '1.3.6.1.4.1.9.1.825', type: 'Switch', model: 'Metro Ethernet 3400' }, // ciscoMe3400g2csA
  { oid: '1.3.6.1.4.1.9.1.832', type: 'Switch', model: 'Catalyst 6500 enhanced 9-slot vertical chassis' }, // ciscoWSC6509ve
  { oid: '1.3.6.1.4.1.9.1.874', type: 'Switch', model: 'Catalyst 4500 E-series' }, // catalyst4503e
  { oid: '1.3.6.1.4.1.9.1.875', type: 'Switch', model: 'Catalyst 4500 E-series' }, // catalyst4506e
  { oid: '1.3.6.1.4.1.9.1.876', type: 'Switch', model: 'Catalyst 4500 E-series' }, // catalyst4507re
  { oid: '1.3.6.1.4.1.9.1.877', type: 'Switch', model: 'Catalyst 4500 E-series' }, // catalyst4510re
  { oid: '1.3.6.1.4.1.9.1.896', type: 'Switch', model: '65xx Virtual sSwitch' }, // catalyst65xxVirtualSwitch
  { oid: '1.3.6.1.4.1.9.1.897', type: 'Switch', model: 'Catalyst Express 520 8 10/100 Power' }, // catalystExpress5208PC
  { oid: '1.3.6.1.4.1.9.1.909', type: 'Switch', model: 'WsCbs3110gS' }, // ciscoWsCbs3110gS
  { oid: '1.3.6.1.4.1.9.1.910', type: 'Switch', model: 'WsCbs3110gSt' }, // ciscoWsCbs3110gSt
  { oid: '1.3.6.1.4.1.9.1.911', type: 'Switch', model: 'WsCbs3110xS' }, // ciscoWsCbs3110xS
  { oid: '1.3.6.1.4.1.9.1.912', type: 'Switch', model: 'WsCbs3110xSt' }, // ciscoWsCbs3110xSt
  { oid: '1.3.6.1.4.1.9.1.914', type: 'Firewall', model: 'Adaptive Security Appliance 5580' }, // ciscoASA5580
  { oid: '1.3.6.1.4.1.9.1.915', type: 'Firewall', model: 'Adaptive Security Appliance 5580 Security Context' }, // ciscoASA5580sc
  { oid: '1.3.6.1.4.1.9.1.916', type: 'Firewall', model: 'Adaptive Security Appliance 5580 System Context' }, // ciscoASA5580sy
  { oid: '1.3.6.1.4.1.9.1.918', type: 'Switch', model: 'WS-CBS3120G-S: Cisco Catalyst' }, // catWsCbs3120gS
  { oid: '1.3.6.1.4.1.9.1.919', type: 'Switch', model: 'WS-CBS3120X-S:Cisco Catalyst' }, // catWsCbs3120xS
  { oid: '1.3.6.1.4.1.9.1.920', type: 'Switch', model: 'WS-CBS3032-DEL: Cisco Catalyst' }, // catWsCbs3032Del
  { oid: '1.3.6.1.4.1.9.1.921', type: 'Switch', model: 'WS-CBS3130G-S: Cisco Catalyst' }, // catWsCbs3130gS
  { oid: '1.3.6.1.4.1.9.1.922', type: 'Switch', model: 'WS-CBS3130X-S:Cisco Catalyst' }, // catWsCbs3130xS
  { oid: '1.3.6.1.4.1.9.1.923', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoASR1002
  { oid: '1.3.6.1.4.1.9.1.924', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoASR1004
  { oid: '1.3.6.1.4.1.9.1.925', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoASR1006
  { oid: '1.3.6.1.4.1.9.1.926', type: 'AccessPoint', model: '500 series Wireless controller' }, // cisco520WirelessController (a wireless LAN controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.9.1.927', type: 'Switch', model: 'Catalyst 2960 48 10/100 ports plus' }, // cat296048TCS
  { oid: '1.3.6.1.4.1.9.1.928', type: 'Switch', model: 'Catalyst 2960 24 10/100 ports plus' }, // cat296024TCS
  { oid: '1.3.6.1.4.1.9.1.929', type: 'Switch', model: 'Catalyst 2960 24 10/100 ports Layer' }, // cat296024S
  { oid: '1.3.6.1.4.1.9.1.930', type: 'Switch', model: 'Catalyst 3560E 12 Ten GE' }, // cat3560e12d
  { oid: '1.3.6.1.4.1.9.1.946', type: 'Switch', model: 'CBS3100 switch modules stack' }, // ciscoCBS3100
  { oid: '1.3.6.1.4.1.9.1.947', type: 'Switch', model: 'CBS3110 switch modules stack' }, // ciscoCBS3110
  { oid: '1.3.6.1.4.1.9.1.948', type: 'Switch', model: 'CBS3120 switch modules stack' }, // ciscoCBS3120
  { oid: '1.3.6.1.4.1.9.1.949', type: 'Switch', model: 'CBS3130 switch modules stack' }, // ciscoCBS3130
  { oid: '1.3.6.1.4.1.9.1.951', type: 'Switch', model: '24 10/100' }, // catalyst296024LT
  { oid: '1.3.6.1.4.1.9.1.952', type: 'Switch', model: '8 10/100 ports plus 1T PD' }, // catalyst2960PD8TT
  { oid: '1.3.6.1.4.1.9.1.954', type: 'Switch', model: 'N5020 Chassis' }, // ciscoN5kC5020pBa
  { oid: '1.3.6.1.4.1.9.1.955', type: 'Switch', model: 'N5020 Chassis' }, // ciscoN5kC5020pBd
  { oid: '1.3.6.1.4.1.9.1.956', type: 'Switch', model: 'Catalyst 3560E' }, // catalyst3560E12SD
  { oid: '1.3.6.1.4.1.9.1.958', type: 'Switch', model: 'Industrial Ethernet 3000 Switch' }, // ciscoIE30004TC
  { oid: '1.3.6.1.4.1.9.1.959', type: 'Switch', model: 'Industrial Ethernet 3000 Switch' }, // ciscoIE30008TC
  { oid: '1.3.6.1.4.1.9.1.965', type: 'Switch', model: 'Catalyst 2918 24 10/100 ports +' }, // catalyst291824TT
  { oid: '1.3.6.1.4.1.9.1.966', type: 'Switch', model: 'Catalyst 2918 24 10/100 ports +' }, // catalyst291824TC
  { oid: '1.3.6.1.4.1.9.1.967', type: 'Switch', model: 'Catalyst 2918 48 10/100 ports +' }, // catalyst291848TT
  { oid: '1.3.6.1.4.1.9.1.968', type: 'Switch', model: 'Catalyst 2918 48 10/100 ports +' }, // catalyst291848TC
  { oid: '1.3.6.1.4.1.9.1.998', type: 'AccessPoint', model: 'Aironet 1160 series WLAN Access Point' }, // ciscoAIRAP1160
  { oid: '1.3.6.1.4.1.9.1.999', type: 'Switch', model: 'Catalyst Blade Switch 3012' }, // ciscoWsCbs3012Ibm
  { oid: '1.3.6.1.4.1.9.1.1000', type: 'Switch', model: 'Catalyst Blade Switch 3012' }, // ciscoWsCbs3012IbmI
  { oid: '1.3.6.1.4.1.9.1.1001', type: 'Switch', model: 'Catalyst Blade Switch 3125G' }, // ciscoWsCbs3125gS
  { oid: '1.3.6.1.4.1.9.1.1002', type: 'Switch', model: 'Catalyst Blade Switch 3125X' }, // ciscoWsCbs3125xS
  { oid: '1.3.6.1.4.1.9.1.1004', type: 'Switch', model: 'Fixed configuration Catalyst 4000' }, // catalyst492810GE
  { oid: '1.3.6.1.4.1.9.1.1005', type: 'Switch', model: 'Catalyst 2960 48 10/100 ports +' }, // catalyst296048TTS
  { oid: '1.3.6.1.4.1.9.1.1006', type: 'Switch', model: 'Catalyst 2960 8 10/100 ports +' }, // catalyst29608TCS
  { oid: '1.3.6.1.4.1.9.1.1007', type: 'Switch', model: 'Metro Ethernet 3400E' }, // ciscoMe3400eg2csA
  { oid: '1.3.6.1.4.1.9.1.1008', type: 'Switch', model: 'Metro Ethernet 3400' }, // ciscoMe3400eg12csM
  { oid: '1.3.6.1.4.1.9.1.1009', type: 'Switch', model: 'Metro Ethernet 3400E' }, // ciscoMe3400e24tsM
  { oid: '1.3.6.1.4.1.9.1.1015', type: 'Switch', model: 'Catalyst 3560 12 10/100 Power over' }, // catalyst356012PCS
  { oid: '1.3.6.1.4.1.9.1.1016', type: 'Switch', model: 'Catalyst 2960 48 10/100 Power over' }, // catalyst296048PSTL
  { oid: '1.3.6.1.4.1.9.1.1017', type: 'Router', model: 'ASR9010' }, // ciscoASR9010
  { oid: '1.3.6.1.4.1.9.1.1018', type: 'Router', model: 'ASR9006' }, // ciscoASR9006
  { oid: '1.3.6.1.4.1.9.1.1019', type: 'Switch', model: '24 10/100 ports + 2 Ethernet' }, // catalyst3560v224tsD
  { oid: '1.3.6.1.4.1.9.1.1020', type: 'Switch', model: '24 10/100 ports + 2 Ethernet' }, // catalyst3560v224ts
  { oid: '1.3.6.1.4.1.9.1.1021', type: 'Switch', model: '24 10/100 ports + 2 Ethernet' }, // catalyst3560v224ps
  { oid: '1.3.6.1.4.1.9.1.1022', type: 'Switch', model: '24 10/100 ports + 2 Ethernet' }, // catalyst3750v224ts
  { oid: '1.3.6.1.4.1.9.1.1023', type: 'Switch', model: '24 10/100 ports + 2 Ethernet' }, // catalyst3750v224ps
  { oid: '1.3.6.1.4.1.9.1.1024', type: 'Switch', model: '48 10/100 ports + 4 Ethernet' }, // catalyst3560v248ts
  { oid: '1.3.6.1.4.1.9.1.1025', type: 'Switch', model: '48 10/100 ports + 4 Ethernet' }, // catalyst3560v248ps
  { oid: '1.3.6.1.4.1.9.1.1026', type: 'Switch', model: '48 10/100 ports + 4 Ethernet' }, // catalyst3750v248ts
  { oid: '1.3.6.1.4.1.9.1.1027', type: 'Switch', model: '48 10/100 ports + 4 Ethernet' }, // catalyst3750v248ps
  { oid: '1.3.6.1.4.1.9.1.1031', type: 'AccessPoint', model: '1430 Series Wireless LAN Bridge' }, // ciscoAIRBR1430
  { oid: '1.3.6.1.4.1.9.1.1034', type: 'AccessPoint', model: 'Aironet 1140 series WLAN Access Point' }, // ciscoAIRAP1141
  { oid: '1.3.6.1.4.1.9.1.1035', type: 'AccessPoint', model: 'Aironet 1140 series WLAN Access Point' }, // ciscoAIRAP1142
  { oid: '1.3.6.1.4.1.9.1.1041', type: 'Router', model: 'CISCO3945/K9' }, // cisco3945
  { oid: '1.3.6.1.4.1.9.1.1042', type: 'Router', model: 'CISCO3925/K9' }, // cisco3925
  { oid: '1.3.6.1.4.1.9.1.1043', type: 'Router', model: 'CISCO2951/K9' }, // cisco2951
  { oid: '1.3.6.1.4.1.9.1.1044', type: 'Router', model: 'CISCO2921/K9' }, // cisco2921
  { oid: '1.3.6.1.4.1.9.1.1045', type: 'Router', model: 'CISCO2911/K9' }, // cisco2911
  { oid: '1.3.6.1.4.1.9.1.1046', type: 'Router', model: 'CISCO2901/K9' }, // cisco2901
  { oid: '1.3.6.1.4.1.9.1.1047', type: 'Router', model: 'CISCO1941/K9' }, // cisco1941
  { oid: '1.3.6.1.4.1.9.1.1067', type: 'Switch', model: 'Catalyst 2975 48 10/100/1000 Power over' }, // catalystWSC2975GS48PSL
  { oid: '1.3.6.1.4.1.9.1.1068', type: 'Switch', model: 'Catalyst C2975 stack' }, // catalystC2975Stack
  { oid: '1.3.6.1.4.1.9.1.1069', type: 'AccessPoint', model: '5500 series Wireless LAN Controller' }, // cisco5500Wlc (a wireless LAN controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.9.1.1087', type: 'Switch', model: 'Catalyst Blade Switch 3140X' }, // catalystWSCBS3140XS
  { oid: '1.3.6.1.4.1.9.1.1088', type: 'Switch', model: 'Catalyst Blade Switch 3140G' }, // catalystWSCBS3140GS
  { oid: '1.3.6.1.4.1.9.1.1089', type: 'Switch', model: 'Catalyst Blade Switch 3042' }, // catalystWSCBS3042FSC
  { oid: '1.3.6.1.4.1.9.1.1090', type: 'Switch', model: 'Catalyst Blade Switch 3150X' }, // catalystWSCBS3150XS
  { oid: '1.3.6.1.4.1.9.1.1091', type: 'Switch', model: 'Catalyst Blade Switch 3150G' }, // catalystWSCBS3150GS
  { oid: '1.3.6.1.4.1.9.1.1092', type: 'Switch', model: 'Catalyst Blade Switch 3052' }, // catalystWSCBS3052NEC
  { oid: '1.3.6.1.4.1.9.1.1093', type: 'Switch', model: 'CBS3140 switch modules. stack' }, // ciscoCBS3140Stack
  { oid: '1.3.6.1.4.1.9.1.1094', type: 'Switch', model: 'CBS3150 switch modules. stack' }, // ciscoCBS3150Stack
  { oid: '1.3.6.1.4.1.9.1.1095', type: 'Router', model: 'CISCO1941W-A/K9' }, // cisco1941W
  { oid: '1.3.6.1.4.1.9.1.1101', type: 'Firewall', model: 'Adaptive Security Appliance 5505' }, // ciscoASA5505W
  { oid: '1.3.6.1.4.1.9.1.1104', type: 'Switch', model: 'Catalyst 2350 48 10/100/1000 ports +' }, // catalystWSC235048TD
  { oid: '1.3.6.1.4.1.9.1.1116', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoASR1002F
  { oid: '1.3.6.1.4.1.9.1.1124', type: 'AccessPoint', model: 'Aironet 3500 Series WLAN Access Point' }, // ciscoAIRAP3501
  { oid: '1.3.6.1.4.1.9.1.1125', type: 'AccessPoint', model: 'Aironet 3500 Series WLAN Access Point' }, // ciscoAIRAP3502
  { oid: '1.3.6.1.4.1.9.1.1144', type: 'Router', model: '3925 w/SPE200' }, // cisco3925SPE200
  { oid: '1.3.6.1.4.1.9.1.1145', type: 'Router', model: '3945 w/SPE250' }, // cisco3945SPE250
  { oid: '1.3.6.1.4.1.9.1.1146', type: 'Switch', model: 'Catalyst 2960 8 10/100 Power over' }, // catalyst296024LCS
  { oid: '1.3.6.1.4.1.9.1.1147', type: 'Switch', model: 'Catalyst 2960 24 10/100 Power over' }, // catalyst296024PCS
  { oid: '1.3.6.1.4.1.9.1.1148', type: 'Switch', model: 'Catalyst 2960 48 10/100 Power over' }, // catalyst296048PSTS
  { oid: '1.3.6.1.4.1.9.1.1165', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoASR1001
  { oid: '1.3.6.1.4.1.9.1.1166', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoASR1013
  { oid: '1.3.6.1.4.1.9.1.1172', type: 'Router', model: 'CISCO1941W-E/K9 Router w/ 802.11 a/b/g/n ETSI' }, // cisco1941WEK9
  { oid: '1.3.6.1.4.1.9.1.1173', type: 'Router', model: 'CISCO1941W-P/K9 Router w/ 802.11 a/b/g/n Japan' }, // cisco1941WPK9
  { oid: '1.3.6.1.4.1.9.1.1174', type: 'Router', model: 'CISCO1941W-N/K9 Router w/ 802.11 a/b/g/n Aus' }, // cisco1941WNK9
  { oid: '1.3.6.1.4.1.9.1.1178', type: 'Switch', model: 'Catalyst 4000 series' }, // catalyst4948e10GE
  { oid: '1.3.6.1.4.1.9.1.1191', type: 'Router', model: 'CISCO1921/K9' }, // cisco1921k9
  { oid: '1.3.6.1.4.1.9.1.1192', type: 'Router', model: 'CISCO1905/K9' }, // cisco1905k9
  { oid: '1.3.6.1.4.1.9.1.1194', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp10
  { oid: '1.3.6.1.4.1.9.1.1195', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp20
  { oid: '1.3.6.1.4.1.9.1.1196', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp40
  { oid: '1.3.6.1.4.1.9.1.1197', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp60
  { oid: '1.3.6.1.4.1.9.1.1198', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp10sc
  { oid: '1.3.6.1.4.1.9.1.1199', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp20sc
  { oid: '1.3.6.1.4.1.9.1.1200', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp40sc
  { oid: '1.3.6.1.4.1.9.1.1201', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp60sc
  { oid: '1.3.6.1.4.1.9.1.1202', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp10sy
  { oid: '1.3.6.1.4.1.9.1.1203', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp20sy
  { oid: '1.3.6.1.4.1.9.1.1204', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp40sy
  { oid: '1.3.6.1.4.1.9.1.1205', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp60sy
  { oid: '1.3.6.1.4.1.9.1.1206', type: 'Router', model: '3925 w/SPE250' }, // cisco3925SPE250
  { oid: '1.3.6.1.4.1.9.1.1207', type: 'Router', model: '3945 w/SPE200' }, // cisco3945SPE200
  { oid: '1.3.6.1.4.1.9.1.1208', type: 'Switch', model: 'catalyst29xx stack' }, // cat29xxStack
  { oid: '1.3.6.1.4.1.9.1.1216', type: 'Switch', model: 'Nexus 7000 series chassis' }, // ciscoN7KC7018IOS
  { oid: '1.3.6.1.4.1.9.1.1217', type: 'Switch', model: 'Nexus 7000 series chassis' }, // ciscoN7KC7010IOS
  { oid: '1.3.6.1.4.1.9.1.1220', type: 'Router', model: 'CISCO1941W-C/K9 Router w/ 802.11 a/b/g/n China' }, // cisco1941WCK9
  { oid: '1.3.6.1.4.1.9.1.1222', type: 'Switch', model: 'Catalyst 3750X 24 10/100/1000 Ports +' }, // cat3750x24
  { oid: '1.3.6.1.4.1.9.1.1223', type: 'Switch', model: 'Catalyst 3750X 48 10/100/1000 Ports +' }, // cat3750x48
  { oid: '1.3.6.1.4.1.9.1.1224', type: 'Switch', model: 'Catalyst 3750X 24 10/100/1000 PoE Ports' }, // cat3750x24P
  { oid: '1.3.6.1.4.1.9.1.1225', type: 'Switch', model: 'Catalyst 3750X 48 10/100/1000 PoE Ports' }, // cat3750x48P
  { oid: '1.3.6.1.4.1.9.1.1226', type: 'Switch', model: 'Catalyst 3560X 24 10/100/1000 Ports +' }, // cat3560x24
  { oid: '1.3.6.1.4.1.9.1.1227', type: 'Switch', model: 'Catalyst 3560X 48 10/100/1000 Ports +' }, // cat3560x48
  { oid: '1.3.6.1.4.1.9.1.1228', type: 'Switch', model: 'Catalyst 3560X 24 10/100/1000 PoE Ports' }, // cat3560x24P
  { oid: '1.3.6.1.4.1.9.1.1229', type: 'Switch', model: 'Catalyst 3560X 48 10/100/1000 PoE Ports' }, // cat3560x48P
  { oid: '1.3.6.1.4.1.9.1.1232', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X IPS Security' }, // ciscoASA5585SspIps10
  { oid: '1.3.6.1.4.1.9.1.1233', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X IPS Security' }, // ciscoASA5585SspIps20
  { oid: '1.3.6.1.4.1.9.1.1234', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X IPS Security' }, // ciscoASA5585SspIps40
  { oid: '1.3.6.1.4.1.9.1.1235', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X IPS Security' }, // ciscoASA5585SspIps60
  { oid: '1.3.6.1.4.1.9.1.1247', type: 'AccessPoint', model: 'Aironet 1260 Series WLAN Access Point' }, // ciscoAIRAP1262
  { oid: '1.3.6.1.4.1.9.1.1248', type: 'AccessPoint', model: 'Aironet 1260 Series WLAN Access Point' }, // ciscoAIRAP1261
  { oid: '1.3.6.1.4.1.9.1.1250', type: 'Switch', model: 'ME 3600X Ethernet Access Switch' }, // ciscoMe3600x24fsM
  { oid: '1.3.6.1.4.1.9.1.1251', type: 'Switch', model: 'ME 3600X Ethernet Access Switch' }, // ciscoMe3600x24tsM
  { oid: '1.3.6.1.4.1.9.1.1268', type: 'Router', model: '1906C/K9 router' }, // cisco1906CK9
  { oid: '1.3.6.1.4.1.9.1.1269', type: 'AccessPoint', model: 'Aironet 1040 series WLAN Access Point' }, // ciscoAIRAP1042
  { oid: '1.3.6.1.4.1.9.1.1270', type: 'AccessPoint', model: 'Aironet 1040 series WLAN Access Point' }, // ciscoAIRAP1041
  { oid: '1.3.6.1.4.1.9.1.1278', type: 'Switch', model: '8 10/100 ports + 2 Gigabit' }, // cat2960cPD8TT
  { oid: '1.3.6.1.4.1.9.1.1279', type: 'AccessPoint', model: 'Szabla: Cisco 2500 Series Wireless LAN' }, // ciscoAirCt2504K9 (a wireless LAN controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.9.1.1286', type: 'Switch', model: 'Catalyst 4500 E-series' }, // cat4507rpluse
  { oid: '1.3.6.1.4.1.9.1.1287', type: 'Switch', model: 'Catalyst 4500 E-series' }, // cat4510rpluse
  { oid: '1.3.6.1.4.1.9.1.1292', type: 'Switch', model: 'Catalyst 2360 Top Of Rack 48' }, // ciscoWsC236048tdS
  { oid: '1.3.6.1.4.1.9.1.1295', type: 'AccessPoint', model: '7500 Series Wireless LAN Controller' }, // cisco7500Wlc (a wireless LAN controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.9.1.1300', type: 'Switch', model: 'Catalyst 3750 24FS: 24 10/100 ports' }, // catWsC3750v224fsS
  { oid: '1.3.6.1.4.1.9.1.1302', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp10K7
  { oid: '1.3.6.1.4.1.9.1.1303', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp20K7
  { oid: '1.3.6.1.4.1.9.1.1304', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp40K7
  { oid: '1.3.6.1.4.1.9.1.1305', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp60K7
  { oid: '1.3.6.1.4.1.9.1.1306', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp10K7sc
  { oid: '1.3.6.1.4.1.9.1.1307', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp20K7sc
  { oid: '1.3.6.1.4.1.9.1.1308', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp40K7sc
  { oid: '1.3.6.1.4.1.9.1.1309', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp60K7sc
  { oid: '1.3.6.1.4.1.9.1.1310', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp10K7sy
  { oid: '1.3.6.1.4.1.9.1.1311', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp20K7sy
  { oid: '1.3.6.1.4.1.9.1.1312', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp40K7sy
  { oid: '1.3.6.1.4.1.9.1.1313', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X Security Services' }, // ciscoASA5585Ssp60K7sy
  { oid: '1.3.6.1.4.1.9.1.1315', type: 'Switch', model: 'Catalyst 2960c 8 10/100 POE ports' }, // cat2960cPD8PT
  { oid: '1.3.6.1.4.1.9.1.1316', type: 'Switch', model: 'Catalyst 2960c 8 10/100/1000 ports +' }, // cat2960cG8TC
  { oid: '1.3.6.1.4.1.9.1.1317', type: 'Switch', model: 'Catalyst 3560c 8 10/100/1000 POE ports' }, // cat3560cG8PC
  { oid: '1.3.6.1.4.1.9.1.1318', type: 'Switch', model: 'Catalyst 3560c 8 10/100/1000 ports +' }, // cat3560cG8TC
  { oid: '1.3.6.1.4.1.9.1.1319', type: 'Switch', model: 'Industrial Ethernet 3010 Switch' }, // ciscoIE301016S8PC
  { oid: '1.3.6.1.4.1.9.1.1320', type: 'Switch', model: 'Industrial Ethernet 3010 Switch' }, // ciscoIE301024TC
  { oid: '1.3.6.1.4.1.9.1.1323', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X IPS Security' }, // ciscoASA5585SspIps10K7
  { oid: '1.3.6.1.4.1.9.1.1324', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X IPS Security' }, // ciscoASA5585SspIps20K7
  { oid: '1.3.6.1.4.1.9.1.1325', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X IPS Security' }, // ciscoASA5585SspIps40K7
  { oid: '1.3.6.1.4.1.9.1.1326', type: 'Firewall', model: 'Adaptive Security Appliance 5585-X IPS Security' }, // ciscoASA5585SspIps60K7
  { oid: '1.3.6.1.4.1.9.1.1327', type: 'Switch', model: 'Catalyst 4900 series front exhaust' }, // catalyst4948ef10GE
  { oid: '1.3.6.1.4.1.9.1.1328', type: 'Switch', model: 'Catalyst 24 10/100 ports + 2' }, // cat292824TCC
  { oid: '1.3.6.1.4.1.9.1.1329', type: 'Switch', model: 'Catalyst 48 10/100 ports + 2' }, // cat292848TCC
  { oid: '1.3.6.1.4.1.9.1.1330', type: 'Switch', model: 'Catalyst 24 10/100 ports' }, // cat292824LTC
  { oid: '1.3.6.1.4.1.9.1.1364', type: 'Switch', model: 'Catalyst 2960C 8 10/100 FE ports' }, // catwsC2960C8tcS
  { oid: '1.3.6.1.4.1.9.1.1365', type: 'Switch', model: 'Catalyst 2960C 8 10/100 FE ports' }, // catwsC2960C8tcL
  { oid: '1.3.6.1.4.1.9.1.1366', type: 'Switch', model: 'Catalyst 2960C 8 10/100 FE' }, // catwsC2960C8pcL
  { oid: '1.3.6.1.4.1.9.1.1367', type: 'Switch', model: 'Catalyst 2960C 12 10/100 FE' }, // catwsC2960C12pcL
  { oid: '1.3.6.1.4.1.9.1.1368', type: 'Switch', model: 'Catalyst 3560C 8 10/100/1000' }, // catwsC3560CPD8ptS
  { oid: '1.3.6.1.4.1.9.1.1371', type: 'Router', model: 'C881W-A-K9 router' }, // cisco881WAK9
  { oid: '1.3.6.1.4.1.9.1.1372', type: 'Router', model: 'C881W-E-K9 router' }, // cisco881WEK9
  { oid: '1.3.6.1.4.1.9.1.1373', type: 'Router', model: 'C881W-P-K9 router' }, // cisco881WPK9
  { oid: '1.3.6.1.4.1.9.1.1374', type: 'Router', model: 'C886VA-W-E-K9 router' }, // cisco886VaWEK9
  { oid: '1.3.6.1.4.1.9.1.1375', type: 'Router', model: 'C887VAM-W-E-K9 router' }, // cisco887VamWEK9
  { oid: '1.3.6.1.4.1.9.1.1378', type: 'Router', model: 'C819G-U-K9 router' }, // cisco819GUK9
  { oid: '1.3.6.1.4.1.9.1.1379', type: 'Router', model: 'C819G-S-K9 router' }, // cisco819GSK9
  { oid: '1.3.6.1.4.1.9.1.1380', type: 'Router', model: 'C819G-V-K9 router' }, // cisco819GVK9
  { oid: '1.3.6.1.4.1.9.1.1381', type: 'Router', model: 'C819G-B-K9 router' }, // cisco819GBK9
  { oid: '1.3.6.1.4.1.9.1.1382', type: 'Router', model: 'C819G+7-A-K9 router' }, // cisco819G7AK9
  { oid: '1.3.6.1.4.1.9.1.1383', type: 'Router', model: 'C819G+7-K9 router' }, // cisco819G7K9
  { oid: '1.3.6.1.4.1.9.1.1384', type: 'Router', model: 'C819HG-U-K9 Hardened Router' }, // cisco819HGUK9
  { oid: '1.3.6.1.4.1.9.1.1385', type: 'Router', model: 'C819HG-S-K9 Hardened Router' }, // cisco819HGSK9
  { oid: '1.3.6.1.4.1.9.1.1386', type: 'Router', model: 'C819HG-V-K9 Hardened Router' }, // cisco819HGVK9
  { oid: '1.3.6.1.4.1.9.1.1387', type: 'Router', model: 'C819HG-B-K9 Hardened Router' }, // cisco819HGBK9
  { oid: '1.3.6.1.4.1.9.1.1388', type: 'Router', model: 'C819HG+7-A-K9 Hardened Router' }, // cisco819HG7AK9
  { oid: '1.3.6.1.4.1.9.1.1389', type: 'Router', model: 'C819HG+7-K9 Hardened Router' }, // cisco819HG7K9
  { oid: '1.3.6.1.4.1.9.1.1404', type: 'Switch', model: 'Catalyst 3750X 24 SFP Gigabit Ethernet' }, // cat3750x24s
  { oid: '1.3.6.1.4.1.9.1.1405', type: 'Switch', model: 'Catalyst 3750X 12 SFP Gigabit Ethernet' }, // cat3750x12s
  { oid: '1.3.6.1.4.1.9.1.1407', type: 'Firewall', model: 'ASA 5512 Adaptive Security Appliance' }, // ciscoASA5512
  { oid: '1.3.6.1.4.1.9.1.1408', type: 'Firewall', model: 'ASA 5525 Adaptive Security Appliance' }, // ciscoASA5525
  { oid: '1.3.6.1.4.1.9.1.1409', type: 'Firewall', model: 'ASA 5545 Adaptive Security Appliance' }, // ciscoASA5545
  { oid: '1.3.6.1.4.1.9.1.1410', type: 'Firewall', model: 'ASA 5555 Adaptive Security Appliance' }, // ciscoASA5555
  { oid: '1.3.6.1.4.1.9.1.1411', type: 'Firewall', model: 'ASA 5512 Adaptive Security Appliance Security' }, // ciscoASA5512sc
  { oid: '1.3.6.1.4.1.9.1.1412', type: 'Firewall', model: 'ASA 5525 Adaptive Security Appliance Security' }, // ciscoASA5525sc
  { oid: '1.3.6.1.4.1.9.1.1413', type: 'Firewall', model: 'ASA 5545 Adaptive Security Appliance Security' }, // ciscoASA5545sc
  { oid: '1.3.6.1.4.1.9.1.1414', type: 'Firewall', model: 'ASA 5555 Adaptive Security Appliance Security' }, // ciscoASA5555sc
  { oid: '1.3.6.1.4.1.9.1.1415', type: 'Firewall', model: 'ASA 5512 Adaptive Security Appliance System' }, // ciscoASA5512sy
  { oid: '1.3.6.1.4.1.9.1.1416', type: 'Firewall', model: 'ASA 5515 Adaptive Security Appliance System' }, // ciscoASA5515sy
  { oid: '1.3.6.1.4.1.9.1.1417', type: 'Firewall', model: 'ASA 5525 Adaptive Security Appliance System' }, // ciscoASA5525sy
  { oid: '1.3.6.1.4.1.9.1.1418', type: 'Firewall', model: 'ASA 5545 Adaptive Security Appliance System' }, // ciscoASA5545sy
  { oid: '1.3.6.1.4.1.9.1.1419', type: 'Firewall', model: 'ASA 5555 Adaptive Security Appliance System' }, // ciscoASA5555sy
  { oid: '1.3.6.1.4.1.9.1.1420', type: 'Firewall', model: 'ASA 5515 Adaptive Security Appliance Security' }, // ciscoASA5515sc
  { oid: '1.3.6.1.4.1.9.1.1421', type: 'Firewall', model: 'ASA 5515 Adaptive Security Appliance' }, // ciscoASA5515
  { oid: '1.3.6.1.4.1.9.1.1441', type: 'Router', model: 'Aggregation Services Router 900 Series' }, // ciscoASR903
  { oid: '1.3.6.1.4.1.9.1.1442', type: 'Firewall', model: 'ASA5512K7' }, // ciscoASA5512K7
  { oid: '1.3.6.1.4.1.9.1.1443', type: 'Firewall', model: 'ASA5515K7' }, // ciscoASA5515K7
  { oid: '1.3.6.1.4.1.9.1.1444', type: 'Firewall', model: 'ASA5525K7' }, // ciscoASA5525K7
  { oid: '1.3.6.1.4.1.9.1.1445', type: 'Firewall', model: 'ASA5545K7' }, // ciscoASA5545K7
  { oid: '1.3.6.1.4.1.9.1.1446', type: 'Firewall', model: 'ASA5555K7' }, // ciscoASA5555K7
  { oid: '1.3.6.1.4.1.9.1.1447', type: 'Firewall', model: 'ASA5512K7sc' }, // ciscoASA5512K7sc
  { oid: '1.3.6.1.4.1.9.1.1448', type: 'Firewall', model: 'ASA5515K7sc' }, // ciscoASA5515K7sc
  { oid: '1.3.6.1.4.1.9.1.1449', type: 'Firewall', model: 'ASA5525K7sc' }, // ciscoASA5525K7sc
  { oid: '1.3.6.1.4.1.9.1.1450', type: 'Firewall', model: 'ASA5545K7sc' }, // ciscoASA5545K7sc
  { oid: '1.3.6.1.4.1.9.1.1451', type: 'Firewall', model: 'ASA5555K7sc' }, // ciscoASA5555K7sc
  { oid: '1.3.6.1.4.1.9.1.1452', type: 'Firewall', model: 'ASA5512K7sy' }, // ciscoASA5512K7sy
  { oid: '1.3.6.1.4.1.9.1.1453', type: 'Firewall', model: 'ASA5515K7sy' }, // ciscoASA5515K7sy
  { oid: '1.3.6.1.4.1.9.1.1454', type: 'Firewall', model: 'ASA5525K7sy' }, // ciscoASA5525K7sy
  { oid: '1.3.6.1.4.1.9.1.1455', type: 'Firewall', model: 'ASA5545K7sy' }, // ciscoASA5545K7sy
  { oid: '1.3.6.1.4.1.9.1.1456', type: 'Firewall', model: 'ASA5555K7sy' }, // ciscoASA5555K7sy
  { oid: '1.3.6.1.4.1.9.1.1465', type: 'Switch', model: 'Catalyst 3560C 12 10/100' }, // catwsC3560C12pcS
  { oid: '1.3.6.1.4.1.9.1.1466', type: 'Switch', model: 'Catalyst 3560C 8 10/100' }, // catwsC3560C8pcS
  { oid: '1.3.6.1.4.1.9.1.1468', type: 'Switch', model: 'Industrial Ethernet 2000 Switch' }, // ciscoIE20004TS
  { oid: '1.3.6.1.4.1.9.1.1469', type: 'Switch', model: 'Industrial Ethernet 2000 Switch' }, // ciscoIE20004T
  { oid: '1.3.6.1.4.1.9.1.1470', type: 'Switch', model: 'Industrial Ethernet 2000 Switch' }, // ciscoIE20004TSG
  { oid: '1.3.6.1.4.1.9.1.1471', type: 'Switch', model: 'Industrial Ethernet 2000 Switch' }, // ciscoIE20004TG
  { oid: '1.3.6.1.4.1.9.1.1472', type: 'Switch', model: 'Industrial Ethernet 2000 Switch' }, // ciscoIE20008TC
  { oid: '1.3.6.1.4.1.9.1.1473', type: 'Switch', model: 'Industrial Ethernet 2000 Switch' }, // ciscoIE20008TCG
  { oid: '1.3.6.1.4.1.9.1.1474', type: 'Switch', model: 'Industrial Ethernet 2000 Switch' }, // ciscoIE200016TC
  { oid: '1.3.6.1.4.1.9.1.1475', type: 'Switch', model: 'Industrial Ethernet 2000 Switch' }, // ciscoIE200016TCG
  { oid: '1.3.6.1.4.1.9.1.1494', type: 'Router', model: 'C819HG-4G-G-K9 Hardened' }, // cisco819HG4GGK9
  { oid: '1.3.6.1.4.1.9.1.1495', type: 'Router', model: 'C819G-4G-A-K9 Non-Hardened Router' }, // cisco819G4GAK9
  { oid: '1.3.6.1.4.1.9.1.1496', type: 'Router', model: 'C819G-4G-V-K9 None-Hardened' }, // cisco819G4GVK9
  { oid: '1.3.6.1.4.1.9.1.1497', type: 'Router', model: 'C819G-4G-G-K9 Non-Hardened' }, // cisco819G4GGK9
  { oid: '1.3.6.1.4.1.9.1.1520', type: 'Switch', model: 'Conformal coating Industrial Ethernet 2000 Switch' }, // ciscoIE200016TCGX
  { oid: '1.3.6.1.4.1.9.1.1525', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoASR1002X
  { oid: '1.3.6.1.4.1.9.1.1530', type: 'Router', model: 'C819HG-4G-A-K9 Hardened Router' }, // cisco819HG4GAK9
  { oid: '1.3.6.1.4.1.9.1.1537', type: 'Router', model: 'Cloud Services Router 1000v' }, // ciscoCSR1000v
  { oid: '1.3.6.1.4.1.9.1.1560', type: 'Router', model: 'C881GW+7-A-K9 router' }, // cisco881GW7AK9
  { oid: '1.3.6.1.4.1.9.1.1561', type: 'Router', model: 'C881GW+7-E-K9 router' }, // cisco881GW7EK9
  { oid: '1.3.6.1.4.1.9.1.1562', type: 'Router', model: 'C881GW-S-A-K9 router' }, // cisco881GWSAK9
  { oid: '1.3.6.1.4.1.9.1.1563', type: 'Router', model: 'C881GW-V-A-K9 router' }, // cisco881GWVAK9
  { oid: '1.3.6.1.4.1.9.1.1564', type: 'Router', model: 'C887VAGW+7-A-K9 router' }, // cisco887Vagw7AK9
  { oid: '1.3.6.1.4.1.9.1.1565', type: 'Router', model: 'C887VAGW+7-E-K9 router' }, // cisco887Vagw7EK9
  { oid: '1.3.6.1.4.1.9.1.1566', type: 'Router', model: 'C881WD-A-K9 router' }, // cisco881WDAK9
  { oid: '1.3.6.1.4.1.9.1.1567', type: 'Router', model: 'C881WD-E-K9 router' }, // cisco881WDEK9
  { oid: '1.3.6.1.4.1.9.1.1568', type: 'Router', model: 'C887VA-WD-A-K9 router' }, // cisco887VaWDAK9
  { oid: '1.3.6.1.4.1.9.1.1569', type: 'Router', model: 'C887VA-WD-E-K9 router' }, // cisco887VaWDEK9
  { oid: '1.3.6.1.4.1.9.1.1570', type: 'Router', model: 'C819HGW+7-E-K9 Hardened Router' }, // cisco819HGW7EK9
  { oid: '1.3.6.1.4.1.9.1.1571', type: 'Router', model: 'C819HGW+7-N-K9 Hardened Router' }, // cisco819HGW7NK9
  { oid: '1.3.6.1.4.1.9.1.1572', type: 'Router', model: 'C819HGW+7-A-A-K9 Hardened Router' }, // cisco819HGW7AAK9
  { oid: '1.3.6.1.4.1.9.1.1573', type: 'Router', model: 'C819HGW-V-A-K9 Hardened Router' }, // cisco819HGWVAK9
  { oid: '1.3.6.1.4.1.9.1.1574', type: 'Router', model: 'C819HGW-S-A-K9 Hardened Router' }, // cisco819HGWSAK9
  { oid: '1.3.6.1.4.1.9.1.1575', type: 'Router', model: 'C819H-K9 Hardened Router' }, // cisco819HK9
  { oid: '1.3.6.1.4.1.9.1.1576', type: 'Router', model: 'C819HWD-E-K9 Hardened Router' }, // cisco819HWDEK9
  { oid: '1.3.6.1.4.1.9.1.1577', type: 'Router', model: 'C819HWD-A-K9 Hardened Router' }, // cisco819HWDAK9
  { oid: '1.3.6.1.4.1.9.1.1578', type: 'Router', model: 'C812G+7-K9 Router' }, // cisco812G7K9
  { oid: '1.3.6.1.4.1.9.1.1579', type: 'Router', model: 'C812G-CIFI+7-E-K9 Router' }, // cisco812GCIFI7EK9
  { oid: '1.3.6.1.4.1.9.1.1580', type: 'Router', model: 'C812G-CIFI+7-N-K9 Router' }, // cisco812GCIFI7NK9
  { oid: '1.3.6.1.4.1.9.1.1581', type: 'Router', model: 'C812G-CIFI-V-A-K9 Router' }, // cisco812GCIFIVAK9
  { oid: '1.3.6.1.4.1.9.1.1582', type: 'Router', model: 'C812G-CIFI-S-A-K9 Router' }, // cisco812GCIFISAK9
  { oid: '1.3.6.1.4.1.9.1.1583', type: 'Router', model: 'C819G-U-M-K9 router' }, // cisco819GUMK9
  { oid: '1.3.6.1.4.1.9.1.1584', type: 'Router', model: 'C819G-S-M-K9 router' }, // cisco819GSMK9
  { oid: '1.3.6.1.4.1.9.1.1585', type: 'Router', model: 'C819G-V-M-K9 router' }, // cisco819GVMK9
  { oid: '1.3.6.1.4.1.9.1.1586', type: 'Router', model: 'C819G-B-M-K9 router' }, // cisco819GBMK9
  { oid: '1.3.6.1.4.1.9.1.1587', type: 'Router', model: 'C819G+7-A-M-K9 router' }, // cisco819G7AMK9
  { oid: '1.3.6.1.4.1.9.1.1588', type: 'Router', model: 'C819G+7-M-K9 router' }, // cisco819G7MK9
  { oid: '1.3.6.1.4.1.9.1.1589', type: 'Router', model: 'C819HG-U-M-K9 Hardened Router' }, // cisco819HGUMK9
  { oid: '1.3.6.1.4.1.9.1.1590', type: 'Router', model: 'C819HG-S-M-K9 Hardened Router' }, // cisco819HGSMK9
  { oid: '1.3.6.1.4.1.9.1.1591', type: 'Router', model: 'C819HG-V-M-K9 Hardened Router' }, // cisco819HGVMK9
  { oid: '1.3.6.1.4.1.9.1.1592', type: 'Router', model: 'C819HG-B-M-K9 Hardened Router' }, // cisco819HGBMK9
  { oid: '1.3.6.1.4.1.9.1.1593', type: 'Router', model: 'C819HG+7-A-M-K9 Hardened Router' }, // cisco819HG7AMK9
  { oid: '1.3.6.1.4.1.9.1.1594', type: 'Router', model: 'C819HG+7-M-K9 Hardened Router' }, // cisco819HG7MK9
  { oid: '1.3.6.1.4.1.9.1.1605', type: 'Switch', model: 'Catalyst 4500X series' }, // cat4500X16
  { oid: '1.3.6.1.4.1.9.1.1606', type: 'Switch', model: 'Catalyst 4500X series' }, // cat4500X32
  { oid: '1.3.6.1.4.1.9.1.1612', type: 'Firewall', model: 'Adaptive Security Appliance 1000V Cloud Firewall' }, // ciscoASA1000Vsy
  { oid: '1.3.6.1.4.1.9.1.1613', type: 'Firewall', model: 'Adaptive Security Appliance 1000V Cloud Firewall' }, // ciscoASA1000Vsc
  { oid: '1.3.6.1.4.1.9.1.1614', type: 'Firewall', model: 'Adaptive Security Appliance 1000V Cloud Firewall' }, // ciscoASA1000V
  { oid: '1.3.6.1.4.1.9.1.1615', type: 'AccessPoint', model: '8500 Series Wireless LAN Controller' }, // cisco8500WLC (a wireless LAN controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.9.1.1619', type: 'Router', model: 'ISR 4400 Series Router' }, // ciscoISR4400
  { oid: '1.3.6.1.4.1.9.1.1620', type: 'Router', model: 'C892FSP-K9 router' }, // cisco892FspK9
  { oid: '1.3.6.1.4.1.9.1.1622', type: 'Router', model: 'C897VA-M-K9 router' }, // cisco897VaMK9
  { oid: '1.3.6.1.4.1.9.1.1624', type: 'Router', model: 'C897VAW-E-K9 router' }, // cisco897VawEK9
  { oid: '1.3.6.1.4.1.9.1.1625', type: 'Router', model: 'C897VAW-A-K9 router' }, // cisco897VawAK9
  { oid: '1.3.6.1.4.1.9.1.1626', type: 'Router', model: 'C897VA-K9 router' }, // cisco897VaK9
  { oid: '1.3.6.1.4.1.9.1.1627', type: 'Router', model: 'C896VA-K9 router' }, // cisco896VaK9
  { oid: '1.3.6.1.4.1.9.1.1631', type: 'AccessPoint', model: 'VirtualWlc' }, // ciscoVirtualWlc (a wireless LAN controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.9.1.1632', type: 'AccessPoint', model: 'AP802 Smart Access Point' }, // ciscoAIRAP802agn
  { oid: '1.3.6.1.4.1.9.1.1639', type: 'Router', model: 'ASR9001' }, // ciscoASR9001
  { oid: '1.3.6.1.4.1.9.1.1640', type: 'Router', model: 'ASR9922' }, // ciscoASR9922
  { oid: '1.3.6.1.4.1.9.1.1641', type: 'Switch', model: 'Catalyst 3850 48P 10/100/1000 PoE+ Ports' }, // cat385048P
  { oid: '1.3.6.1.4.1.9.1.1642', type: 'Switch', model: 'Catalyst 3850 24P 10/100/1000 PoE+ Ports' }, // cat385024P
  { oid: '1.3.6.1.4.1.9.1.1643', type: 'Switch', model: 'Catalyst 3850 48 10/100/1000 Ports Layer' }, // cat385048
  { oid: '1.3.6.1.4.1.9.1.1644', type: 'Switch', model: 'Catalyst 3850 24 10/100/1000 Ports Layer' }, // cat385024
  { oid: '1.3.6.1.4.1.9.1.1645', type: 'AccessPoint', model: '5760 Series Wireless Controller' }, // cisco5760wlc (a wireless LAN controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.9.1.1656', type: 'AccessPoint', model: 'Aironet 1600 series WLAN Access Point' }, // ciscoAIRAP1601
  { oid: '1.3.6.1.4.1.9.1.1657', type: 'AccessPoint', model: 'Aironet 2600 series WLAN Access Point' }, // ciscoAIRAP2600
  { oid: '1.3.6.1.4.1.9.1.1659', type: 'AccessPoint', model: 'Aironet 2600 series WLAN Access Point' }, // ciscoAIRAP2602
  { oid: '1.3.6.1.4.1.9.1.1660', type: 'AccessPoint', model: 'Aironet 1600 series WLAN Access Point' }, // ciscoAIRAP1602
  { oid: '1.3.6.1.4.1.9.1.1661', type: 'AccessPoint', model: 'Aironet 3600 Series WLAN Access Point' }, // ciscoAIRAP3602
  { oid: '1.3.6.1.4.1.9.1.1662', type: 'AccessPoint', model: 'Aironet 3600 Series WLAN Access Point' }, // ciscoAIRAP3601
  { oid: '1.3.6.1.4.1.9.1.1664', type: 'AccessPoint', model: 'Aironet 1550 Series Outdoor Mesh Access' }, // ciscoAIRAP1552
  { oid: '1.3.6.1.4.1.9.1.1665', type: 'AccessPoint', model: 'Aironet 1550 Series outdoor Mesh Access' }, // ciscoAIRAP1553
  { oid: '1.3.6.1.4.1.9.1.1688', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoASR1002XC
  { oid: '1.3.6.1.4.1.9.1.1700', type: 'Switch', model: 'Catalyst 2960X 24 Gig Downlinks' }, // catWsC2960x24psqL
  { oid: '1.3.6.1.4.1.9.1.1701', type: 'Switch', model: 'Catalyst 2960X 48 Gig Downlinks' }, // catWsC2960x48lpsS
  { oid: '1.3.6.1.4.1.9.1.1702', type: 'Switch', model: 'Catalyst 2960X 24 Gig Downlinks' }, // catWsC2960x24psS
  { oid: '1.3.6.1.4.1.9.1.1703', type: 'Switch', model: 'Catalyst 2960X 48 Gig Downlinks and' }, // catWsC2960x48tsLL
  { oid: '1.3.6.1.4.1.9.1.1704', type: 'Switch', model: 'Catalyst 2960X 24 Gig Downlinks and' }, // catWsC2960x24tsLL
  { oid: '1.3.6.1.4.1.9.1.1705', type: 'Router', model: 'ISR 4441 Router' }, // ciscoISR4441
  { oid: '1.3.6.1.4.1.9.1.1706', type: 'Router', model: 'ISR 4442 Router' }, // ciscoISR4442
  { oid: '1.3.6.1.4.1.9.1.1707', type: 'Router', model: 'ISR 4451 Router' }, // ciscoISR4451
  { oid: '1.3.6.1.4.1.9.1.1708', type: 'Router', model: 'ISR 4452 Router' }, // ciscoISR4452
  { oid: '1.3.6.1.4.1.9.1.1709', type: 'Router', model: 'ASR9912' }, // ciscoASR9912
  { oid: '1.3.6.1.4.1.9.1.1710', type: 'Switch', model: 'Catalyst 3560X 48 10/100/1000 UPoE Ports' }, // cat3560x48U
  { oid: '1.3.6.1.4.1.9.1.1711', type: 'Switch', model: 'Catalyst 3560X 24 10/100/1000 UPoE Ports' }, // cat3560x24U
  { oid: '1.3.6.1.4.1.9.1.1712', type: 'Switch', model: 'Catalyst 3750X 48 10/100/1000 UPoE Ports' }, // cat3750x48U
  { oid: '1.3.6.1.4.1.9.1.1713', type: 'Switch', model: 'Catalyst 3750X 24 10/100/1000 UPoE Ports' }, // cat3750x24U
  { oid: '1.3.6.1.4.1.9.1.1729', type: 'Switch', model: 'Base + Lite Industrial Ethernet 2000' }, // ciscoIE200016TCGP
  { oid: '1.3.6.1.4.1.9.1.1730', type: 'Switch', model: 'Base + 1588 Industrial Ethernet 2000' }, // ciscoIE200016TCGEP
  { oid: '1.3.6.1.4.1.9.1.1731', type: 'Switch', model: 'Base + NAT + 1588 +' }, // ciscoIE200016TCGNXP
  { oid: '1.3.6.1.4.1.9.1.1732', type: 'Switch', model: 'Catalyst 4xxx Virtual Switch' }, // cat4xxxVirtualSwitch
  { oid: '1.3.6.1.4.1.9.1.1744', type: 'Switch', model: 'Nexus 1000v on a microsoft hypervisor' }, // ciscoNexus1000VH
  { oid: '1.3.6.1.4.1.9.1.1745', type: 'Switch', model: 'catalyst38xx stack' }, // cat38xxstack
  { oid: '1.3.6.1.4.1.9.1.1762', type: 'Router', model: 'ASR9904' }, // ciscoASR9904
  { oid: '1.3.6.1.4.1.9.1.1763', type: 'Switch', model: 'ME 2600X Series Ethernet Access Switches' }, // ciscoME2600X
  { oid: '1.3.6.1.4.1.9.1.1767', type: 'Switch', model: 'Catalyst 3850 24 10/100/1000 UPoE Ports' }, // cat385024U
  { oid: '1.3.6.1.4.1.9.1.1768', type: 'Switch', model: 'Catalyst 3850 48 10/100/1000 UPoE Ports' }, // cat385048U
  { oid: '1.3.6.1.4.1.9.1.1796', type: 'Switch', model: 'Catalyst 4500 Sup 8-E Wired Wireless' }, // cat45Sup8e
  { oid: '1.3.6.1.4.1.9.1.1797', type: 'Switch', model: 'Catalyst 2960XR 48 Gig Downlinks and' }, // ciscoWsC2960XR48FpdI
  { oid: '1.3.6.1.4.1.9.1.1798', type: 'Switch', model: 'Catalyst 2960XR 48 Gig Downlinks and' }, // ciscoWsC2960XR48LpdI
  { oid: '1.3.6.1.4.1.9.1.1799', type: 'Switch', model: 'Catalyst 2960XR 48 Gig Downlinks and' }, // ciscoWsC2960XR48TdI
  { oid: '1.3.6.1.4.1.9.1.1800', type: 'Switch', model: 'Catalyst 2960XR 24 Gig Downlinks and' }, // ciscoWsC2960XR24PdI
  { oid: '1.3.6.1.4.1.9.1.1801', type: 'Switch', model: 'Catalyst 2960XR 24 Gig Downlinks and' }, // ciscoWsC2960XR24TdI
  { oid: '1.3.6.1.4.1.9.1.1802', type: 'Switch', model: 'Catalyst 2960XR 48 Gig Downlinks and' }, // ciscoWsC2960XR48FpsI
  { oid: '1.3.6.1.4.1.9.1.1803', type: 'Switch', model: 'Catalyst 2960XR 48 Gig Downlinks and' }, // ciscoWsC2960XR48LpsI
  { oid: '1.3.6.1.4.1.9.1.1804', type: 'Switch', model: 'Catalyst 2960XR 48 Gig Downlinks and' }, // ciscoWsC2960XR48TsI
  { oid: '1.3.6.1.4.1.9.1.1805', type: 'Switch', model: 'Catalyst 2960XR 24 Gig Downlinks and' }, // ciscoWsC2960XR24PsI
  { oid: '1.3.6.1.4.1.9.1.1806', type: 'Switch', model: 'Catalyst 2960XR 24 Gig Downlinks and' }, // ciscoWsC2960XR24TsI
  { oid: '1.3.6.1.4.1.9.1.1817', type: 'Server', model: '4-Socket 4-RU Cisco UCS Rack Server' }, // ciscoUCSC460M4Rackserver
  { oid: '1.3.6.1.4.1.9.1.1839', type: 'Switch', model: 'Industrial Ethernet 2000U Switch' }, // ciscoIE2000U4STSG
  { oid: '1.3.6.1.4.1.9.1.1840', type: 'Switch', model: 'Industrial Ethernet 2000U Switch' }, // ciscoIE2000U16TCGP
  { oid: '1.3.6.1.4.1.9.1.1841', type: 'Switch', model: 'IE2000 IP67 Variant Switch' }, // ciscoIE20008T67B
  { oid: '1.3.6.1.4.1.9.1.1842', type: 'Switch', model: 'IE2000 IP67 Variant Switch' }, // ciscoIE200016T67B
  { oid: '1.3.6.1.4.1.9.1.1843', type: 'Switch', model: 'IE2000 IP67 Variant Switch' }, // ciscoIE200024T67B
  { oid: '1.3.6.1.4.1.9.1.1844', type: 'Switch', model: 'IE2000 IP67 Variant Switch' }, // ciscoIE20008T67PGE
  { oid: '1.3.6.1.4.1.9.1.1845', type: 'Switch', model: 'IE2000 IP67 Variant Switch' }, // ciscoIE200016T67PGE
  { oid: '1.3.6.1.4.1.9.1.1861', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoASR1001X
  { oid: '1.3.6.1.4.1.9.1.1868', type: 'Switch', model: 'Industrial Ethernet 2000U Switch' }, // ciscoIE2000U4TG
  { oid: '1.3.6.1.4.1.9.1.1869', type: 'Switch', model: 'Industrial Ethernet 2000U Switch' }, // ciscoIE2000U4TSG
  { oid: '1.3.6.1.4.1.9.1.1870', type: 'Switch', model: 'Industrial Ethernet 2000U Switch' }, // ciscoIE2000U8TCG
  { oid: '1.3.6.1.4.1.9.1.1871', type: 'Switch', model: 'Industrial Ethernet 2000U Switch' }, // ciscoIE2000U16TCG
  { oid: '1.3.6.1.4.1.9.1.1872', type: 'Switch', model: 'Conformal coating Industrial Ethernet 2000U Switch' }, // ciscoIE2000U16TCGX
  { oid: '1.3.6.1.4.1.9.1.1873', type: 'AccessPoint', model: 'Aironet 3700 Series' }, // ciscoAIRAP3702
  { oid: '1.3.6.1.4.1.9.1.1874', type: 'AccessPoint', model: 'Aironet 702 Series' }, // ciscoAIRAP702
  { oid: '1.3.6.1.4.1.9.1.1875', type: 'AccessPoint', model: 'Aironet 1530 Series' }, // ciscoAIRAP1532
  { oid: '1.3.6.1.4.1.9.1.1897', type: 'Router', model: 'Aggregation Services Router 900 Series' }, // ciscoASR902
  { oid: '1.3.6.1.4.1.9.1.1915', type: 'Switch', model: 'Nexus 9500 series chassis' }, // ciscoN9Kc9508
  { oid: '1.3.6.1.4.1.9.1.1926', type: 'AccessPoint', model: '5500 Series Wireless LAN Controller' }, // ciscoWlcCt5508K9 (a wireless LAN controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.9.1.1927', type: 'AccessPoint', model: '2500 Series Wireless LAN Controller' }, // ciscoWlcCt2504K9 (a wireless LAN controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.9.1.1935', type: 'Router', model: 'ISR 4431 Router Chassis' }, // ciscoISR4431
  { oid: '1.3.6.1.4.1.9.1.1938', type: 'AccessPoint', model: 'Aironet 2700 Series' }, // ciscoAIRAP2702
  { oid: '1.3.6.1.4.1.9.1.1996', type: 'Switch', model: 'Nexus 9500 series chassis' }, // ciscoN9Kc9516
  { oid: '1.3.6.1.4.1.9.1.1997', type: 'Switch', model: 'Nexus 9500 series chassis' }, // ciscoN9Kc9504
  { oid: '1.3.6.1.4.1.9.1.1999', type: 'Router', model: 'ISR 4351 Router' }, // ciscoISR4351
  { oid: '1.3.6.1.4.1.9.1.2008', type: 'Router', model: 'C897VAB-K9 router' }, // cisco897VABK9
  { oid: '1.3.6.1.4.1.9.1.2023', type: 'Router', model: 'C819HWD-C-K9 Hardened Router' }, // cisco819HWDCK9
  { oid: '1.3.6.1.4.1.9.1.2026', type: 'AccessPoint', model: 'AIR-CT5760-6 Catalyst 5700 Series Wireless Controller' }, // catAIRCT57006 (a wireless LAN controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.9.1.2045', type: 'Router', model: '4G LTE Global' }, // cisco897VAMGLTEGAK9
  { oid: '1.3.6.1.4.1.9.1.2046', type: 'Router', model: '4G LTE Sprint router' }, // cisco899GLTESTK9
  { oid: '1.3.6.1.4.1.9.1.2048', type: 'Router', model: '4G LTE' }, // cisco899GLTENAK9
  { oid: '1.3.6.1.4.1.9.1.2049', type: 'Router', model: '4G LTE Verizon router' }, // cisco899GLTEVZK9
  { oid: '1.3.6.1.4.1.9.1.2050', type: 'Router', model: '819G4GNAK9' }, // cisco819G4GNAK9
  { oid: '1.3.6.1.4.1.9.1.2051', type: 'Router', model: '819G4GSTK9' }, // cisco819G4GSTK9
  { oid: '1.3.6.1.4.1.9.1.2052', type: 'Router', model: '4G LTE Global' }, // cisco898EAGLTEGAK9
  { oid: '1.3.6.1.4.1.9.1.2053', type: 'Router', model: '4G LTE Global' }, // cisco897VAGLTEGAK9
  { oid: '1.3.6.1.4.1.9.1.2055', type: 'Router', model: '4G LTE Global' }, // cisco896VAGLTEGAK9
  { oid: '1.3.6.1.4.1.9.1.2056', type: 'Router', model: '4G LTE Global' }, // cisco899GLTEGAK9
  { oid: '1.3.6.1.4.1.9.1.2058', type: 'Router', model: '887VAG4GGAK9' }, // cisco887VAG4GGAK9
  { oid: '1.3.6.1.4.1.9.1.2059', type: 'Router', model: '819G4GGAK9' }, // cisco819G4GGAK9
  { oid: '1.3.6.1.4.1.9.1.2060', type: 'Router', model: '819G4GVZK9' }, // cisco819G4GVZK9
  { oid: '1.3.6.1.4.1.9.1.2066', type: 'Switch', model: 'catalyst36xx stack' }, // cat36xxstack
  { oid: '1.3.6.1.4.1.9.1.2067', type: 'Switch', model: 'Wireless LAN 57xx stack' }, // cat57xxstack
  { oid: '1.3.6.1.4.1.9.1.2068', type: 'Router', model: 'ISR 4331 Router' }, // ciscoISR4331
  { oid: '1.3.6.1.4.1.9.1.2093', type: 'Router', model: 'ISR 4321 Router' }, // ciscoISR4321
  { oid: '1.3.6.1.4.1.9.1.2114', type: 'Firewall', model: 'ASA 5506 Adaptive Security Appliance' }, // ciscoASA5506
  { oid: '1.3.6.1.4.1.9.1.2115', type: 'Firewall', model: 'ASA 5506 Adaptive Security Appliance Security' }, // ciscoASA5506sc
  { oid: '1.3.6.1.4.1.9.1.2116', type: 'Firewall', model: 'ASA 5506 Adaptive Security Appliance System' }, // ciscoASA5506sy
  { oid: '1.3.6.1.4.1.9.1.2117', type: 'Firewall', model: 'ASA 5506W Adaptive Security Appliance' }, // ciscoASA5506W
  { oid: '1.3.6.1.4.1.9.1.2118', type: 'Firewall', model: 'ASA 5506W Adaptive Security Appliance Security' }, // ciscoASA5506Wsc
  { oid: '1.3.6.1.4.1.9.1.2119', type: 'Firewall', model: 'ASA 5506W Adaptive Security Appliance System' }, // ciscoASA5506Wsy
  { oid: '1.3.6.1.4.1.9.1.2120', type: 'Firewall', model: 'ASA 5508 Adaptive Security Appliance' }, // ciscoASA5508
  { oid: '1.3.6.1.4.1.9.1.2121', type: 'Firewall', model: 'ASA 5508 Adaptive Security Appliance Security' }, // ciscoASA5508sc
  { oid: '1.3.6.1.4.1.9.1.2122', type: 'Firewall', model: 'ASA 5508 Adaptive Security Appliance System' }, // ciscoASA5508sy
  { oid: '1.3.6.1.4.1.9.1.2123', type: 'Firewall', model: 'ASA 5506 Adaptive Security Appliance' }, // ciscoASA5506K7
  { oid: '1.3.6.1.4.1.9.1.2124', type: 'Firewall', model: 'ASA 5506 Adaptive Security Appliance Security' }, // ciscoASA5506K7sc
  { oid: '1.3.6.1.4.1.9.1.2125', type: 'Firewall', model: 'ASA 5506 Adaptive Security Appliance System' }, // ciscoASA5506K7sy
  { oid: '1.3.6.1.4.1.9.1.2126', type: 'Firewall', model: 'ASA 5508 Adaptive Security Appliance' }, // ciscoASA5508K7
  { oid: '1.3.6.1.4.1.9.1.2127', type: 'Firewall', model: 'ASA 5508 Adaptive Security Appliance Security' }, // ciscoASA5508K7sc
  { oid: '1.3.6.1.4.1.9.1.2128', type: 'Firewall', model: 'ASA 5508 Adaptive Security Appliance System' }, // ciscoASA5508K7sy
  { oid: '1.3.6.1.4.1.9.1.2129', type: 'AccessPoint', model: 'Aironet 1700 Series' }, // ciscoAIRAP1702
  { oid: '1.3.6.1.4.1.9.1.2130', type: 'Switch', model: 'catalyst 3560CX 8x GE downlink' }, // catwsC3560CX8ptS
  { oid: '1.3.6.1.4.1.9.1.2131', type: 'Switch', model: 'catalyst 3560CX 2x mGig + 6x' }, // catwsC3560CX8XpdS
  { oid: '1.3.6.1.4.1.9.1.2132', type: 'Switch', model: 'catalyst 3560CX 12x GE downlink' }, // catwsC3560CX12pdS
  { oid: '1.3.6.1.4.1.9.1.2133', type: 'Switch', model: 'catalyst 3560CX 12x GE downlink' }, // catwsC3560CX12tcS
  { oid: '1.3.6.1.4.1.9.1.2134', type: 'Switch', model: 'catalyst 3560CX 12x GE downlink' }, // catwsC3560CX12pcS
  { oid: '1.3.6.1.4.1.9.1.2135', type: 'Switch', model: 'Catalyst 3560CX 8x GE downlink' }, // catwsC3560CX8tcS
  { oid: '1.3.6.1.4.1.9.1.2136', type: 'Switch', model: 'Catalyst 3560CX 8x GE downlink' }, // catwsC3560CX8pcS
  { oid: '1.3.6.1.4.1.9.1.2137', type: 'Switch', model: 'catalyst 2960CX 8 Gig Downlinks' }, // catwsC2960CX8tcL
  { oid: '1.3.6.1.4.1.9.1.2138', type: 'Router', model: 'CISCO2911-T/K9' }, // cisco2911TK9
  { oid: '1.3.6.1.4.1.9.1.2143', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoASR1006X
  { oid: '1.3.6.1.4.1.9.1.2144', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoASR1009X
  { oid: '1.3.6.1.4.1.9.1.2146', type: 'AccessPoint', model: 'Aironet 702w' }, // ciscoAIRAP702w
  { oid: '1.3.6.1.4.1.9.1.2147', type: 'AccessPoint', model: 'Aironet 1570' }, // ciscoAIRAP1572
  { oid: '1.3.6.1.4.1.9.1.2148', type: 'Router', model: 'C891-24X Router series' }, // cisco891x24XK9
  { oid: '1.3.6.1.4.1.9.1.2170', type: 'AccessPoint', model: '5520 Series Wireless Controller' }, // cisco5520WLC (a wireless LAN controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.9.1.2171', type: 'AccessPoint', model: '8540 Series Wireless Controller' }, // cisco8540Wlc (a wireless LAN controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.9.1.2178', type: 'Server', model: 'UCS C220 M4 Rack server' }, // ciscoUCSC220M4
  { oid: '1.3.6.1.4.1.9.1.2179', type: 'Server', model: 'UCS C240 M4 Rack server' }, // ciscoUCSC240M4
  { oid: '1.3.6.1.4.1.9.1.2180', type: 'Server', model: 'UCS C3160 Rack server' }, // ciscoUCSC3160
  { oid: '1.3.6.1.4.1.9.1.2181', type: 'Router', model: 'CISCO1941W-T/K9' }, // cisco1941WTK9
  { oid: '1.3.6.1.4.1.9.1.2182', type: 'Server', model: 'UCS C3260 Rack server' }, // ciscoUCSC3260
  { oid: '1.3.6.1.4.1.9.1.2191', type: 'Switch', model: 'Catalyst 2960CX 8x GE downlink' }, // ciscoWSC2960CX8PCL
  { oid: '1.3.6.1.4.1.9.1.2192', type: 'Router', model: '1941W-I/K9' }, // cisco1941WIK9
  { oid: '1.3.6.1.4.1.9.1.2229', type: 'Router', model: 'C841M-4X/K9 router' }, // cisco841Mx4XK9
  { oid: '1.3.6.1.4.1.9.1.2230', type: 'Router', model: 'C841M-8X/K9 router' }, // cisco841Mx8XK9
  { oid: '1.3.6.1.4.1.9.1.2240', type: 'AccessPoint', model: 'Aironet 3702 Series' }, // ciscoAIRAPIW3702
  { oid: '1.3.6.1.4.1.9.1.2241', type: 'Firewall', model: 'ASA 5506H Adaptive Security Appliance' }, // ciscoASA5506H
  { oid: '1.3.6.1.4.1.9.1.2242', type: 'Firewall', model: 'ASA 5516 Adaptive Security Appliance' }, // ciscoASA5516
  { oid: '1.3.6.1.4.1.9.1.2243', type: 'Firewall', model: 'ASA 5506H Adaptive Security Appliance Security' }, // ciscoASA5506Hsc
  { oid: '1.3.6.1.4.1.9.1.2244', type: 'Firewall', model: 'ASA 5516 Adaptive Security Appliance Security' }, // ciscoASA5516sc
  { oid: '1.3.6.1.4.1.9.1.2245', type: 'Firewall', model: 'ASA 5506H Adaptive Security Appliance System' }, // ciscoASA5506Hsy
  { oid: '1.3.6.1.4.1.9.1.2246', type: 'Firewall', model: 'ASA 5516 Adaptive Security Appliance System' }, // ciscoASA5516sy
  { oid: '1.3.6.1.4.1.9.1.2252', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoASR1002HX
  { oid: '1.3.6.1.4.1.9.1.2277', type: 'Switch', model: 'catalyst35xx stack' }, // cat35xxStack
  { oid: '1.3.6.1.4.1.9.1.2285', type: 'Firewall', model: 'FirePOWER 9300 Security Appliance' }, // ciscoFpr9300K9
  { oid: '1.3.6.1.4.1.9.1.2297', type: 'Firewall', model: 'ASA 5512 Adaptive Security Appliance' }, // ciscoASA5512td
  { oid: '1.3.6.1.4.1.9.1.2298', type: 'Firewall', model: 'ASA 5515 Adaptive Security Appliance' }, // ciscoASA5515td
  { oid: '1.3.6.1.4.1.9.1.2299', type: 'Firewall', model: 'ASA 5525 Adaptive Security Appliance' }, // ciscoASA5525td
  { oid: '1.3.6.1.4.1.9.1.2300', type: 'Firewall', model: 'ASA 5545 Adaptive Security Appliance' }, // ciscoASA5545td
  { oid: '1.3.6.1.4.1.9.1.2301', type: 'Firewall', model: 'ASA 5555 Adaptive Security Appliance' }, // ciscoASA5555td
  { oid: '1.3.6.1.4.1.9.1.2302', type: 'Firewall', model: 'ASA 5506 Adaptive Security Appliance' }, // ciscoASA5506td
  { oid: '1.3.6.1.4.1.9.1.2303', type: 'Firewall', model: 'ASA 5506W Adaptive Security Appliance' }, // ciscoASA5506Wtd
  { oid: '1.3.6.1.4.1.9.1.2304', type: 'Firewall', model: 'ASA 5506H Adaptive Security Appliance' }, // ciscoASA5506Htd
  { oid: '1.3.6.1.4.1.9.1.2305', type: 'Firewall', model: 'ASA 5508 Adaptive Security Appliance' }, // ciscoASA5508td
  { oid: '1.3.6.1.4.1.9.1.2306', type: 'Firewall', model: 'ASA 5516 Adaptive Security Appliance' }, // ciscoASA5516td
  { oid: '1.3.6.1.4.1.9.1.2308', type: 'Router', model: '4G LTE Japan router' }, // cisco899GLTEJPK9
  { oid: '1.3.6.1.4.1.9.1.2309', type: 'Router', model: '819GLTEMNAK9' }, // cisco819GLTEMNAK9
  { oid: '1.3.6.1.4.1.9.1.2330', type: 'Switch', model: 'IE1000 ruggedized Industrial Ethernet switch' }, // ciscoIE10004TLM
  { oid: '1.3.6.1.4.1.9.1.2331', type: 'Switch', model: 'IE1000 ruggedized Industrial Ethernet switch' }, // ciscoIE10006TLM
  { oid: '1.3.6.1.4.1.9.1.2332', type: 'Switch', model: 'IE1000 ruggedized Industrial Ethernet switch' }, // ciscoIE10004PTSLM
  { oid: '1.3.6.1.4.1.9.1.2333', type: 'Switch', model: 'IE1000 ruggedized Industrial Ethernet switch' }, // ciscoIE10008PTSLM
  { oid: '1.3.6.1.4.1.9.1.2335', type: 'Router', model: 'ISR 4451 Boost Router' }, // ciscoISR4451B
  { oid: '1.3.6.1.4.1.9.1.2336', type: 'Router', model: 'ISR 4431 Boost Router' }, // ciscoISR4431B
  { oid: '1.3.6.1.4.1.9.1.2337', type: 'Router', model: 'ISR 4351 Boost Router' }, // ciscoISR4351B
  { oid: '1.3.6.1.4.1.9.1.2338', type: 'Router', model: 'ISR 4331 Boost Router' }, // ciscoISR4331B
  { oid: '1.3.6.1.4.1.9.1.2339', type: 'Router', model: 'ISR 4321 Boost Router' }, // ciscoISR4321B
  { oid: '1.3.6.1.4.1.9.1.2345', type: 'Router', model: 'C897VAGW-LTE-GAEK9 router' }, // cisco897VAGWLTEGAEK9
  { oid: '1.3.6.1.4.1.9.1.2346', type: 'Router', model: 'C886VAG-LTE-GA-K9 router' }, // cisco886VAGLTEGAK9
  { oid: '1.3.6.1.4.1.9.1.2348', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoASR1001HX
  { oid: '1.3.6.1.4.1.9.1.2355', type: 'Router', model: '4G LTE Latin America router' }, // cisco898EAGLTELAK9
  { oid: '1.3.6.1.4.1.9.1.2356', type: 'Router', model: '4G LTE Latin America router' }, // cisco897VAGLTELAK9
  { oid: '1.3.6.1.4.1.9.1.2360', type: 'Switch', model: 'Catalyst 2960L 8 x GE downlink' }, // ciscoCatWSC2960L8TSLL
  { oid: '1.3.6.1.4.1.9.1.2361', type: 'Switch', model: 'Catalyst 2960L 8 x GE downlink' }, // ciscoCatWSC2960L8PSLL
  { oid: '1.3.6.1.4.1.9.1.2362', type: 'Switch', model: 'Catalyst 2960L 16 x GE downlink' }, // ciscoCatWSC2960L16TSLL
  { oid: '1.3.6.1.4.1.9.1.2363', type: 'Switch', model: 'Catalyst 2960L 16 x GE downlink' }, // ciscoCatWSC2960L16PSLL
  { oid: '1.3.6.1.4.1.9.1.2364', type: 'Switch', model: 'Catalyst 2960L 24 x GE downlink' }, // ciscoCatWSC2960L24TSLL
  { oid: '1.3.6.1.4.1.9.1.2365', type: 'Switch', model: 'Catalyst 2960L 24 x GE downlink' }, // ciscoCatWSC2960L24PSLL
  { oid: '1.3.6.1.4.1.9.1.2366', type: 'Switch', model: 'Catalyst 2960L 48 x GE downlink' }, // ciscoCatWSC2960L48TSLL
  { oid: '1.3.6.1.4.1.9.1.2367', type: 'Switch', model: 'Catalyst 2960L 48 x GE downlink' }, // ciscoCatWSC2960L48PSLL
  { oid: '1.3.6.1.4.1.9.1.2368', type: 'Switch', model: 'IE4010 ruggedized Ethernet switch' }, // ciscoIE40104S24P
  { oid: '1.3.6.1.4.1.9.1.2369', type: 'Switch', model: 'IE4010 ruggedized Ethernet switch' }, // ciscoIE401016S12P
  { oid: '1.3.6.1.4.1.9.1.2378', type: 'Router', model: '867VAE Secure router' }, // cisco867VAEK9V2
  { oid: '1.3.6.1.4.1.9.1.2379', type: 'Router', model: '866VAE Secure router' }, // cisco866VAEK9V2
  { oid: '1.3.6.1.4.1.9.1.2380', type: 'Router', model: '867VAE router' }, // cisco867VAEV2
  { oid: '1.3.6.1.4.1.9.1.2381', type: 'Router', model: 'C899G-LTE-LA-K9 4G router' }, // cisco899GLTELAK9
  { oid: '1.3.6.1.4.1.9.1.2382', type: 'Router', model: 'C819G-LTE-LA-K9 Router' }, // cisco819GLTELAK9
  { oid: '1.3.6.1.4.1.9.1.2390', type: 'Router', model: 'ASR9910' }, // ciscoASR9910
  { oid: '1.3.6.1.4.1.9.1.2391', type: 'AccessPoint', model: 'C9800-CL is an Virtual Wireless LAN' }, // ciscoC9800CLK9 (a wireless LAN controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.9.1.2392', type: 'Router', model: 'C819HG-LTE-MNA-K9 Hardened' }, // cisco819HGLTEMNAK9
  { oid: '1.3.6.1.4.1.9.1.2395', type: 'Router', model: 'ISR 4221 Router' }, // ciscoISR4221
  { oid: '1.3.6.1.4.1.9.1.2396', type: 'Router', model: 'ISR 4221 Boost Router' }, // ciscoISR4221B
  { oid: '1.3.6.1.4.1.9.1.2418', type: 'Switch', model: 'Catalyst 9500 12-port 40g data only' }, // ciscoCat950012Q
  { oid: '1.3.6.1.4.1.9.1.2419', type: 'Switch', model: 'Catalyst 9500 24-port 40g data only' }, // ciscoCat950024Q
  { oid: '1.3.6.1.4.1.9.1.2420', type: 'Switch', model: 'Catalyst 9500 40-port 10g data only' }, // ciscoCat950040X
  { oid: '1.3.6.1.4.1.9.1.2427', type: 'AccessPoint', model: '3500 Series Wireless Controller' }, // cisco3504WLC (a wireless LAN controller: it runs access points and has no type of its own, so AccessPoint)
  { oid: '1.3.6.1.4.1.9.1.2435', type: 'Switch', model: 'Catalyst 9300 24-port data only switch' }, // ciscoCat930024T
  { oid: '1.3.6.1.4.1.9.1.2436', type: 'Switch', model: 'Catalyst 9300 24-port PoE+ switch' }, // ciscoCat930024P
  { oid: '1.3.6.1.4.1.9.1.2437', type: 'Switch', model: 'Catalyst 9300 24-port UPOE switch' }, // ciscoCat930024U
  { oid: '1.3.6.1.4.1.9.1.2438', type: 'Switch', model: 'Catalyst 9300 24-port mGig and UPOE' }, // ciscoCat930024UX
  { oid: '1.3.6.1.4.1.9.1.2439', type: 'Switch', model: 'Catalyst 9300 48-port data only switch' }, // ciscoCat930048T
  { oid: '1.3.6.1.4.1.9.1.2440', type: 'Switch', model: 'Catalyst 9300 48-port PoE+ switch' }, // ciscoCat930048P
  { oid: '1.3.6.1.4.1.9.1.2441', type: 'Switch', model: 'Catalyst 9300 48-port UPOE switch' }, // ciscoCat930048U
  { oid: '1.3.6.1.4.1.9.1.2442', type: 'Switch', model: 'Catalyst 9300 48-port switch' }, // ciscoCat930048UXM
  { oid: '1.3.6.1.4.1.9.1.2443', type: 'Router', model: 'C1111-8P Router' }, // ciscoC11118P
  { oid: '1.3.6.1.4.1.9.1.2444', type: 'Router', model: 'C1111-8PLTEEA Router' }, // ciscoC11118PLteEA
  { oid: '1.3.6.1.4.1.9.1.2445', type: 'Router', model: 'C1111-8PLTELA Router' }, // ciscoC11118PLteLA
  { oid: '1.3.6.1.4.1.9.1.2446', type: 'Router', model: 'C1111-8PWE Router' }, // ciscoC11118PWE
  { oid: '1.3.6.1.4.1.9.1.2447', type: 'Router', model: 'C1111-8PWB Router' }, // ciscoC11118PWB
  { oid: '1.3.6.1.4.1.9.1.2448', type: 'Router', model: 'C1111-8PWA Router' }, // ciscoC11118PWA
  { oid: '1.3.6.1.4.1.9.1.2449', type: 'Router', model: 'C1111-8PWZ Router' }, // ciscoC11118PWZ
  { oid: '1.3.6.1.4.1.9.1.2450', type: 'Router', model: 'C1111-8PWN Router' }, // ciscoC11118PWN
  { oid: '1.3.6.1.4.1.9.1.2451', type: 'Router', model: 'C1111-8PWQ Router' }, // ciscoC11118PWQ
  { oid: '1.3.6.1.4.1.9.1.2452', type: 'Router', model: 'C1111-8PWH Router' }, // ciscoC11118PWH
  { oid: '1.3.6.1.4.1.9.1.2453', type: 'Router', model: 'C1111-8PWR Router' }, // ciscoC11118PWR
  { oid: '1.3.6.1.4.1.9.1.2454', type: 'Router', model: 'C1111-8PWF Router' }, // ciscoC11118PWF
  { oid: '1.3.6.1.4.1.9.1.2455', type: 'Router', model: 'C1111-8PLTEEAWE Router' }, // ciscoC11118PLteEAWE
  { oid: '1.3.6.1.4.1.9.1.2456', type: 'Router', model: 'C1111-8PLTEEAWB Router' }, // ciscoC11118PLteEAWB
  { oid: '1.3.6.1.4.1.9.1.2457', type: 'Router', model: 'C1111-8PLTEEAWA Router' }, // ciscoC11118PLteEAWA
  { oid: '1.3.6.1.4.1.9.1.2458', type: 'Router', model: 'C1111-8PLTEEAWR Router' }, // ciscoC11118PLteEAWR
  { oid: '1.3.6.1.4.1.9.1.2459', type: 'Router', model: 'C1111-8PLTELAWZ Router' }, // ciscoC11118PLteLAWZ
  { oid: '1.3.6.1.4.1.9.1.2460', type: 'Router', model: 'C1111-8PLTELAWN Router' }, // ciscoC11118PLteLAWN
  { oid: '1.3.6.1.4.1.9.1.2461', type: 'Router', model: 'C1111-8PLTELAWQ Router' }, // ciscoC11118PLteLAWQ
  { oid: '1.3.6.1.4.1.9.1.2462', type: 'Router', model: 'C1111-8PLTELAWH Router' }, // ciscoC11118PLteLAWH
  { oid: '1.3.6.1.4.1.9.1.2463', type: 'Router', model: 'C1111-8PLTELAWF Router' }, // ciscoC11118PLteLAWF
  { oid: '1.3.6.1.4.1.9.1.2464', type: 'Router', model: 'C1111-8PLTELAWD Router' }, // ciscoC11118PLteLAWD
  { oid: '1.3.6.1.4.1.9.1.2480', type: 'Router', model: 'ASR 914 Series Router' }, // ciscoASR914
  { oid: '1.3.6.1.4.1.9.1.2483', type: 'Firewall', model: 'Firepower 1010 Security Appliance' }, // ciscoFpr1010td
  { oid: '1.3.6.1.4.1.9.1.2486', type: 'Router', model: 'CISCO2911A/K9' }, // cisco2911A
  { oid: '1.3.6.1.4.1.9.1.2491', type: 'Switch', model: 'WSC365048TSE' }, // ciscoWSC365048TSE
  { oid: '1.3.6.1.4.1.9.1.2492', type: 'Server', model: 'UCS C220 M5 Rack server' }, // ciscoUCSC220M5
  { oid: '1.3.6.1.4.1.9.1.2493', type: 'Server', model: 'UCS C240 M5 Rack server' }, // ciscoUCSC240M5
  { oid: '1.3.6.1.4.1.9.1.2494', type: 'Switch', model: 'Catalyst 9300 stack' }, // ciscoCat9300FixedSwitchStack
  { oid: '1.3.6.1.4.1.9.1.2495', type: 'Switch', model: 'Catalyst 2960L 24 x GE downlink' }, // ciscoCatWSC2960L24TQLL
  { oid: '1.3.6.1.4.1.9.1.2496', type: 'Switch', model: 'Catalyst 2960L 48 x GE downlink' }, // ciscoCatWSC2960L48TQLL
  { oid: '1.3.6.1.4.1.9.1.2497', type: 'Switch', model: 'Catalyst 2960L 24 x GE downlink' }, // ciscoCatWSC2960L24PQLL
  { oid: '1.3.6.1.4.1.9.1.2498', type: 'Switch', model: 'Catalyst 2960L 48 x GE downlink' }, // ciscoCatWSC2960L48PQLL
  { oid: '1.3.6.1.4.1.9.1.2499', type: 'Switch', model: 'Catalyst 9400 Series 4 slot' }, // ciscoCat9404R
  { oid: '1.3.6.1.4.1.9.1.2500', type: 'Switch', model: 'Catalyst 9400 Series 7 slot' }, // ciscoCat9407R
  { oid: '1.3.6.1.4.1.9.1.2501', type: 'Switch', model: 'Catalyst 9400 Series 10 slot' }, // ciscoCat9410R
  { oid: '1.3.6.1.4.1.9.1.2502', type: 'Router', model: 'Aggregation Services Router 900U Series' }, // ciscoASR903U
  { oid: '1.3.6.1.4.1.9.1.2503', type: 'Router', model: 'Aggregation Services Router 900U Series' }, // ciscoASR902U
  { oid: '1.3.6.1.4.1.9.1.2505', type: 'Router', model: 'C1111-4P Router' }, // ciscoC11114P
  { oid: '1.3.6.1.4.1.9.1.2506', type: 'Router', model: 'C1111-4PLTEEA Router' }, // ciscoC11114PLteEA
  { oid: '1.3.6.1.4.1.9.1.2507', type: 'Router', model: 'C1111-4PLTELA Router' }, // ciscoC11114PLteLA
  { oid: '1.3.6.1.4.1.9.1.2508', type: 'Router', model: 'C1111-4PWE Router' }, // ciscoC11114PWE
  { oid: '1.3.6.1.4.1.9.1.2509', type: 'Router', model: 'C1111-4PWB Router' }, // ciscoC11114PWB
  { oid: '1.3.6.1.4.1.9.1.2510', type: 'Router', model: 'C1111-4PWA Router' }, // ciscoC11114PWA
  { oid: '1.3.6.1.4.1.9.1.2511', type: 'Router', model: 'C1111-4PWZ Router' }, // ciscoC11114PWZ
  { oid: '1.3.6.1.4.1.9.1.2512', type: 'Router', model: 'C1111-4PWN Router' }, // ciscoC11114PWN
  { oid: '1.3.6.1.4.1.9.1.2513', type: 'Router', model: 'C1111-4PWQ Router' }, // ciscoC11114PWQ
  { oid: '1.3.6.1.4.1.9.1.2514', type: 'Router', model: 'C1111-4PWH Router' }, // ciscoC11114PWH
  { oid: '1.3.6.1.4.1.9.1.2515', type: 'Router', model: 'C1111-4PWR Router' }, // ciscoC11114PWR
  { oid: '1.3.6.1.4.1.9.1.2516', type: 'Router', model: 'C1111-4PWF Router' }, // ciscoC11114PWF
  { oid: '1.3.6.1.4.1.9.1.2517', type: 'Router', model: 'C1111-4PWD Router' }, // ciscoC11114PWD
  { oid: '1.3.6.1.4.1.9.1.2518', type: 'Router', model: 'C1116-4P Router' }, // ciscoC11164P
  { oid: '1.3.6.1.4.1.9.1.2519', type: 'Router', model: 'C1116-4PLTEEA Router' }, // ciscoC11164PLteEA
  { oid: '1.3.6.1.4.1.9.1.2520', type: 'Router', model: 'C1117-4P Router' }, // ciscoC11174P
  { oid: '1.3.6.1.4.1.9.1.2521', type: 'Router', model: 'C1116-4PWE Router' }, // ciscoC11164PWE
  { oid: '1.3.6.1.4.1.9.1.2522', type: 'Router', model: 'C1117-4PLTEEA Router' }, // ciscoC11174PLteEA
  { oid: '1.3.6.1.4.1.9.1.2523', type: 'Router', model: 'C1117-4PLTELA Router' }, // ciscoC11174PLteLA
  { oid: '1.3.6.1.4.1.9.1.2524', type: 'Router', model: 'C1117-4PWE Router' }, // ciscoC11174PWE
  { oid: '1.3.6.1.4.1.9.1.2525', type: 'Router', model: 'C1117-4PWA Router' }, // ciscoC11174PWA
  { oid: '1.3.6.1.4.1.9.1.2526', type: 'Router', model: 'C1117-4PWZ Router' }, // ciscoC11174PWZ
  { oid: '1.3.6.1.4.1.9.1.2527', type: 'Router', model: 'C1117-4PM Router' }, // ciscoC11174PM
  { oid: '1.3.6.1.4.1.9.1.2528', type: 'Router', model: 'C1117-4PMLTEEA Router' }, // ciscoC11174PMLteEA
  { oid: '1.3.6.1.4.1.9.1.2529', type: 'Router', model: 'C1117-4PMWE Router' }, // ciscoC11174PMWE
  { oid: '1.3.6.1.4.1.9.1.2532', type: 'Router', model: 'C1112-8P Router' }, // ciscoC11128P
  { oid: '1.3.6.1.4.1.9.1.2533', type: 'Router', model: 'C1112-8PLTEEA Router' }, // ciscoC11128PLteEA
  { oid: '1.3.6.1.4.1.9.1.2534', type: 'Router', model: 'C1113-8P Router' }, // ciscoC11138P
  { oid: '1.3.6.1.4.1.9.1.2535', type: 'Router', model: 'C1113-8PM Router' }, // ciscoC11138PM
  { oid: '1.3.6.1.4.1.9.1.2536', type: 'Router', model: 'C1113-8PLTEEA Router' }, // ciscoC11138PLteEA
  { oid: '1.3.6.1.4.1.9.1.2537', type: 'Router', model: 'C1113-8PLTELA Router' }, // ciscoC11138PLteLA
  { oid: '1.3.6.1.4.1.9.1.2538', type: 'Router', model: 'C1113-8PMLTEEA Router' }, // ciscoC11138PMLteEA
  { oid: '1.3.6.1.4.1.9.1.2539', type: 'Router', model: 'C1113-8PWE Router' }, // ciscoC11138PWE
  { oid: '1.3.6.1.4.1.9.1.2540', type: 'Router', model: 'C1113-8PWA Router' }, // ciscoC11138PWA
  { oid: '1.3.6.1.4.1.9.1.2541', type: 'Router', model: 'C1113-8PWZ Router' }, // ciscoC11138PWZ
  { oid: '1.3.6.1.4.1.9.1.2542', type: 'Router', model: 'C1113-8PMWE Router' }, // ciscoC11138PMWE
  { oid: '1.3.6.1.4.1.9.1.2543', type: 'Router', model: 'C1113-8PLTEEAWE Router' }, // ciscoC11138PLteEAWE
  { oid: '1.3.6.1.4.1.9.1.2544', type: 'Router', model: 'C1113-8PLTELAWE Router' }, // ciscoC11138PLteLAWE
  { oid: '1.3.6.1.4.1.9.1.2545', type: 'Router', model: 'C1113-8PLTELAWZ Router' }, // ciscoC11138PLteLAWZ
  { oid: '1.3.6.1.4.1.9.1.2552', type: 'Router', model: 'C1118-8P Router' }, // ciscoC11188P
  { oid: '1.3.6.1.4.1.9.1.2554', type: 'Router', model: 'C1116-4PLTEEAWE Router' }, // ciscoC11164PLteEAWE
  { oid: '1.3.6.1.4.1.9.1.2555', type: 'Router', model: 'C1117-4PLTEEAWE Router' }, // ciscoC11174PLteEAWE
  { oid: '1.3.6.1.4.1.9.1.2556', type: 'Router', model: 'C1117-4PLTEEAWA Router' }, // ciscoC11174PLteEAWA
  { oid: '1.3.6.1.4.1.9.1.2557', type: 'Router', model: 'C1117-4PLTELAWZ Router' }, // ciscoC11174PLteLAWZ
  { oid: '1.3.6.1.4.1.9.1.2558', type: 'Router', model: 'C1117-4PMLTEEAWE Router' }, // ciscoC11174PMLteEAWE
  { oid: '1.3.6.1.4.1.9.1.2564', type: 'Switch', model: 'Catalyst 9300 48-port of 5Gbps NW' }, // ciscoCat930048UN
  { oid: '1.3.6.1.4.1.9.1.2566', type: 'Switch', model: 'Catalyst 9500 series' }, // ciscoCat950032C
  { oid: '1.3.6.1.4.1.9.1.2567', type: 'Switch', model: 'Catalyst 9500 series' }, // ciscoCat950032QC
  { oid: '1.3.6.1.4.1.9.1.2568', type: 'Switch', model: 'Catalyst 9500 series' }, // ciscoCat950048Y4C
  { oid: '1.3.6.1.4.1.9.1.2572', type: 'Router', model: 'ASR9906' }, // ciscoASR9906
  { oid: '1.3.6.1.4.1.9.1.2574', type: 'Switch', model: 'Catalyst 9200L 24 Gig Downlinks' }, // ciscoCat9200L24P4X
  { oid: '1.3.6.1.4.1.9.1.2575', type: 'Switch', model: 'Catalyst 9200L 48 Gig Downlinks' }, // ciscoCat9200L48P4X
  { oid: '1.3.6.1.4.1.9.1.2576', type: 'Switch', model: 'Catalyst 9200L 16 Gig + 8' }, // ciscoCat9200L24PXG4X
  { oid: '1.3.6.1.4.1.9.1.2577', type: 'Switch', model: 'Catalyst 9200L 16 Gig + 8' }, // ciscoCat9200L24PXG2Y
  { oid: '1.3.6.1.4.1.9.1.2578', type: 'Switch', model: 'Catalyst 9200L 36 Gig + 12' }, // ciscoCat9200L48PXG4X
  { oid: '1.3.6.1.4.1.9.1.2579', type: 'Switch', model: 'Catalyst 9200L 40 Gig + 8' }, // ciscoCat9200L48PXG2Y
  { oid: '1.3.6.1.4.1.9.1.2580', type: 'Switch', model: 'Catalyst 9200 24 Gig downlinks' }, // ciscoCat920024T
  { oid: '1.3.6.1.4.1.9.1.2581', type: 'Switch', model: 'Catalyst 9200L 24 Gig Downlinks' }, // ciscoCat9200L24T4G
  { oid: '1.3.6.1.4.1.9.1.2582', type: 'Switch', model: 'Catalyst 9200L 48 Gig Downlinks' }, // ciscoCat9200L48T4G
  { oid: '1.3.6.1.4.1.9.1.2583', type: 'Switch', model: 'Catalyst 9200L 24 Gig Downlinks' }, // ciscoCat9200L24T4X
  { oid: '1.3.6.1.4.1.9.1.2584', type: 'Switch', model: 'Catalyst 9200L 48 Gig Downlinks' }, // ciscoCat9200L48T4X
  { oid: '1.3.6.1.4.1.9.1.2585', type: 'Switch', model: 'Catalyst 9200L 24 Gig Downlinks' }, // ciscoCat9200L24P4G
  { oid: '1.3.6.1.4.1.9.1.2586', type: 'Switch', model: 'Catalyst 9200L 48 Gig Downlinks' }, // ciscoCat9200L48P4G
  { oid: '1.3.6.1.4.1.9.1.2587', type: 'Switch', model: 'Catalyst 9200 48 Gig downlinks' }, // ciscoCat920048T
  { oid: '1.3.6.1.4.1.9.1.2588', type: 'Switch', model: 'Catalyst 9200 24 Gig downlinks. PoE' }, // ciscoCat920024P
  { oid: '1.3.6.1.4.1.9.1.2589', type: 'Switch', model: 'Catalyst 9200 48 Gig downlinks. PoE' }, // ciscoCat920048P
  { oid: '1.3.6.1.4.1.9.1.2590', type: 'Switch', model: 'Catalyst 9200 16 Gig + 8' }, // ciscoCat920024PXG
  { oid: '1.3.6.1.4.1.9.1.2591', type: 'Switch', model: 'Catalyst 9200 40 Gig + 8' }, // ciscoCat920048PXG
  { oid: '1.3.6.1.4.1.9.1.2592', type: 'Switch', model: 'Catalyst 9500 16-port 10g data only' }, // ciscoCat950016X
  { oid: '1.3.6.1.4.1.9.1.2593', type: 'Switch', model: 'Catalyst 9500 stack' }, // ciscoCat9500FixedSwitchStack
  { oid: '1.3.6.1.4.1.9.1.2619', type: 'Router', model: 'C1109-2PLTEGB 2 ports GE LAN M2M' }, // ciscoC11092PLteGB
  { oid: '1.3.6.1.4.1.9.1.2620', type: 'Router', model: 'C1109-2PLTEUS 2 ports GE LAN M2M' }, // ciscoC11092PLteUS
  { oid: '1.3.6.1.4.1.9.1.2621', type: 'Router', model: 'C1109-2PLTEVZ 2 ports GE LAN M2M' }, // ciscoC11092PLteVZ
  { oid: '1.3.6.1.4.1.9.1.2622', type: 'Router', model: 'C1109-2PLTEJN 2 ports GE LAN M2M' }, // ciscoC11092PLteJN
  { oid: '1.3.6.1.4.1.9.1.2623', type: 'Router', model: 'C1109-2PLTEAU 2 ports GE LAN M2M' }, // ciscoC11092PLteAU
  { oid: '1.3.6.1.4.1.9.1.2624', type: 'Router', model: 'C1109-2PLTEIN 2 ports GE LAN M2M' }, // ciscoC11092PLteIN
  { oid: '1.3.6.1.4.1.9.1.2625', type: 'Router', model: 'C1101-4P 4 Ports GE LAN Router' }, // ciscoC11014P
  { oid: '1.3.6.1.4.1.9.1.2626', type: 'Router', model: 'C1101-4PLTEP 4 Ports GE LAN Router' }, // ciscoC11014PLteP
  { oid: '1.3.6.1.4.1.9.1.2627', type: 'Router', model: 'C1101-4PLTEPWE 4 Ports GE LAN Router' }, // ciscoC11014PLtePWE
  { oid: '1.3.6.1.4.1.9.1.2628', type: 'Router', model: 'C1101-4PLTEPWB 4 Ports GE LAN Router' }, // ciscoC11014PLtePWB
  { oid: '1.3.6.1.4.1.9.1.2629', type: 'Router', model: 'C1101-4PLTEPWD 4 Ports GE LAN Router' }, // ciscoC11014PLtePWD
  { oid: '1.3.6.1.4.1.9.1.2630', type: 'Router', model: 'C1101-4PLTEPWZ 4 Ports GE LAN Router' }, // ciscoC11014PLtePWZ
  { oid: '1.3.6.1.4.1.9.1.2631', type: 'Router', model: 'C1101-4PLTEPWA 4 Ports GE LAN Router' }, // ciscoC11014PLtePWA
  { oid: '1.3.6.1.4.1.9.1.2632', type: 'Router', model: 'C1101-4PLTEPWH 4 Ports GE LAN Router' }, // ciscoC11014PLtePWH
  { oid: '1.3.6.1.4.1.9.1.2633', type: 'Router', model: 'C1101-4PLTEPWQ 4 Ports GE LAN Router' }, // ciscoC11014PLtePWQ
  { oid: '1.3.6.1.4.1.9.1.2634', type: 'Router', model: 'C1101-4PLTEPWR 4 Ports GE LAN Router' }, // ciscoC11014PLtePWR
  { oid: '1.3.6.1.4.1.9.1.2635', type: 'Router', model: 'C1101-4PLTEPWN 4 Ports GE LAN Router' }, // ciscoC11014PLtePWN
  { oid: '1.3.6.1.4.1.9.1.2636', type: 'Router', model: 'C1101-4PLTEPWF 4 Ports GE LAN Router' }, // ciscoC11014PLtePWF
  { oid: '1.3.6.1.4.1.9.1.2637', type: 'Router', model: 'C1109-4PLTE2P 4 Ports GE LAN M2M' }, // ciscoC11094PLte2P
  { oid: '1.3.6.1.4.1.9.1.2638', type: 'Router', model: 'C1109-4PLTE2P 4 Ports GE LAN M2M' }, // ciscoC11094PLte2PWB
  { oid: '1.3.6.1.4.1.9.1.2639', type: 'Router', model: 'C1109-4PLTE2P 4 Ports GE LAN M2M' }, // ciscoC11094PLte2PWE
  { oid: '1.3.6.1.4.1.9.1.2640', type: 'Router', model: 'C1109-4PLTE2P 4 Ports GE LAN M2M' }, // ciscoC11094PLte2PWD
  { oid: '1.3.6.1.4.1.9.1.2641', type: 'Router', model: 'C1109-4PLTE2P 4 Ports GE LAN M2M' }, // ciscoC11094PLte2PWZ
  { oid: '1.3.6.1.4.1.9.1.2642', type: 'Router', model: 'C1109-4PLTE2P 4 Ports GE LAN M2M' }, // ciscoC11094PLte2PWA
  { oid: '1.3.6.1.4.1.9.1.2643', type: 'Router', model: 'C1109-4PLTE2P 4 Ports GE LAN M2M' }, // ciscoC11094PLte2PWH
  { oid: '1.3.6.1.4.1.9.1.2644', type: 'Router', model: 'C1109-4PLTE2P 4 Ports GE LAN M2M' }, // ciscoC11094PLte2PWQ
  { oid: '1.3.6.1.4.1.9.1.2645', type: 'Router', model: 'C1109-4PLTE2P 4 Ports GE LAN M2M' }, // ciscoC11094PLte2PWN
  { oid: '1.3.6.1.4.1.9.1.2646', type: 'Router', model: 'C1109-4PLTE2P 4 Ports GE LAN M2M' }, // ciscoC11094PLte2PWR
  { oid: '1.3.6.1.4.1.9.1.2647', type: 'Router', model: 'C1109-4PLTE2P 4 Ports GE LAN M2M' }, // ciscoC11094PLte2PWF
  { oid: '1.3.6.1.4.1.9.1.2652', type: 'Router', model: 'C1112-8PWE Router' }, // ciscoC11128PWE
  { oid: '1.3.6.1.4.1.9.1.2653', type: 'Router', model: 'C1112-8PLTEEAWE Router' }, // ciscoC11128PLteEAWE
  { oid: '1.3.6.1.4.1.9.1.2654', type: 'Router', model: 'C1113-8PWB Router' }, // ciscoC11138PWB
  { oid: '1.3.6.1.4.1.9.1.2655', type: 'Router', model: 'C1113-8PLTEEAWB Router' }, // ciscoC11138PLteEAWB
  { oid: '1.3.6.1.4.1.9.1.2656', type: 'Router', model: 'C1113-8PLTELAWA Router' }, // ciscoC11138PLteLAWA
  { oid: '1.3.6.1.4.1.9.1.2657', type: 'Router', model: 'C1116-4PLTELA Router' }, // ciscoC11164PLteLA
  { oid: '1.3.6.1.4.1.9.1.2658', type: 'Router', model: 'ASR9901' }, // ciscoASR9901
  { oid: '1.3.6.1.4.1.9.1.2662', type: 'Firewall', model: 'Firepower 1140 Security Appliance' }, // ciscoFpr1140td
  { oid: '1.3.6.1.4.1.9.1.2663', type: 'Firewall', model: 'Firepower 1120 Security Appliance' }, // ciscoFpr1120td
  { oid: '1.3.6.1.4.1.9.1.2664', type: 'Switch', model: 'Virtual Stack of Cisco Catalyst 9400' }, // ciscoCat9400VirtualStack
  { oid: '1.3.6.1.4.1.9.1.2665', type: 'Router', model: 'Integrated Services Router 1K Series Mobility' }, // ciscoISRAP1100ACME
  { oid: '1.3.6.1.4.1.9.1.2666', type: 'Router', model: 'ISR 4221X Router' }, // ciscoISR4221X
  { oid: '1.3.6.1.4.1.9.1.2668', type: 'Router', model: 'C1111X-8P Router' }, // ciscoC1111X8P
  { oid: '1.3.6.1.4.1.9.1.2680', type: 'Router', model: 'ISR 4461 Router' }, // ciscoISR4461
  { oid: '1.3.6.1.4.1.9.1.2683', type: 'Switch', model: 'Industrial Ethernet 3200 Switch' }, // ciscoIE32008T2S
  { oid: '1.3.6.1.4.1.9.1.2684', type: 'Switch', model: 'Industrial Ethernet 3200 Switch' }, // ciscoIE32008P2S
  { oid: '1.3.6.1.4.1.9.1.2685', type: 'Switch', model: 'Industrial Ethernet 3300 Switch' }, // ciscoIE33008T2S
  { oid: '1.3.6.1.4.1.9.1.2686', type: 'Switch', model: 'Industrial Ethernet 3300 Switch' }, // ciscoIE33008P2S
  { oid: '1.3.6.1.4.1.9.1.2687', type: 'Switch', model: 'Industrial Ethernet 3400 Switch' }, // ciscoIE34008P2S
  { oid: '1.3.6.1.4.1.9.1.2688', type: 'Switch', model: 'Virtual Stack of Cisco Catalyst 9500' }, // ciscoCat9500VirtualStack
  { oid: '1.3.6.1.4.1.9.1.2694', type: 'Switch', model: 'Catalyst 9200L stack' }, // ciscoCat9200LFixedSwitchStack
  { oid: '1.3.6.1.4.1.9.1.2695', type: 'Switch', model: 'Catalyst 9200 stack' }, // ciscoCat9200FixedSwitchStack
  { oid: '1.3.6.1.4.1.9.1.2731', type: 'Router', model: 'C1111-8PWS Router' }, // ciscoC11118PWS
  { oid: '1.3.6.1.4.1.9.1.2732', type: 'Router', model: 'C1111-8PLTELAWS Router' }, // ciscoC11118PLteLAWS
  { oid: '1.3.6.1.4.1.9.1.2733', type: 'Router', model: 'C1111-8PLTELAWA Router' }, // ciscoC11118PLteLAWA
  { oid: '1.3.6.1.4.1.9.1.2734', type: 'Router', model: 'C1111-8PLTELAWE Router' }, // ciscoC11118PLteLAWE
  { oid: '1.3.6.1.4.1.9.1.2737', type: 'Server', model: 'UCS C125 Rack Server' }, // ciscoUCSC125
  { oid: '1.3.6.1.4.1.9.1.2738', type: 'Switch', model: 'Catalyst 6000 series chassis' }, // ciscoWSC6506E
  { oid: '1.3.6.1.4.1.9.1.2739', type: 'Switch', model: 'Catalyst 6000 series chassis' }, // ciscoWSC6509E
  { oid: '1.3.6.1.4.1.9.1.2745', type: 'Router', model: 'C1121-8PLTEP 8 Ports GE LAN Router' }, // ciscoC11218PLteP
  { oid: '1.3.6.1.4.1.9.1.2746', type: 'Router', model: 'C1121X-8PLTEP 8 Ports GE LAN Router' }, // ciscoC1121X8PLTEP
  { oid: '1.3.6.1.4.1.9.1.2747', type: 'Router', model: 'C1121-8PLTEPWE 8 Ports GE LAN Router' }, // ciscoC11218PLtePWE
  { oid: '1.3.6.1.4.1.9.1.2748', type: 'Router', model: 'C1121-8PLTEPWB 8 Ports GE LAN Router' }, // ciscoC11218PLtePWB
  { oid: '1.3.6.1.4.1.9.1.2749', type: 'Router', model: 'C1121-8PLTEPWZ 8 Ports GE LAN Router' }, // ciscoC11218PLtePWZ
  { oid: '1.3.6.1.4.1.9.1.2750', type: 'Router', model: 'C1121-8PLTEPWQ 8 Ports GE LAN Router' }, // ciscoC11218PLtePWQ
  { oid: '1.3.6.1.4.1.9.1.2751', type: 'Router', model: 'C1121-8P 8 Ports GE LAN Router' }, // ciscoC11218P
  { oid: '1.3.6.1.4.1.9.1.2752', type: 'Router', model: 'C1121X-8P 8 Ports GE LAN Router' }, // ciscoC1121X8P
  { oid: '1.3.6.1.4.1.9.1.2753', type: 'Router', model: 'C1161-8P 8 Ports GE LAN Router' }, // ciscoC11618P
  { oid: '1.3.6.1.4.1.9.1.2754', type: 'Router', model: 'C1161X-8P 8 Ports GE LAN Router' }, // ciscoC1161X8P
  { oid: '1.3.6.1.4.1.9.1.2755', type: 'Router', model: 'C1161-8PLTEP 8 Ports GE LAN Router' }, // ciscoC11618PLteP
  { oid: '1.3.6.1.4.1.9.1.2756', type: 'Router', model: 'C1161X-8PLTEP 8 Ports GE LAN Router' }, // ciscoC1161X8PLteP
  { oid: '1.3.6.1.4.1.9.1.2758', type: 'Router', model: 'C1126-8PLTEP 8 Ports GE LAN Router' }, // ciscoC11268PLteP
  { oid: '1.3.6.1.4.1.9.1.2759', type: 'Router', model: 'C1127-8PLTEP 8 Ports GE LAN Router' }, // ciscoC11278PLteP
  { oid: '1.3.6.1.4.1.9.1.2760', type: 'Router', model: 'C1127-8PMLTEP 8 Ports GE LAN Router' }, // ciscoC11278PMLteP
  { oid: '1.3.6.1.4.1.9.1.2761', type: 'Router', model: 'C1126X-8PLTEP 8 Ports GE LAN Router' }, // ciscoC1126X8PLteP
  { oid: '1.3.6.1.4.1.9.1.2762', type: 'Router', model: 'C1127X-8PLTEP 8 Ports GE LAN Router' }, // ciscoC1127X8PLteP
  { oid: '1.3.6.1.4.1.9.1.2763', type: 'Router', model: 'C1127X-8PMLTEP 8 Ports GE LAN Router' }, // ciscoC1127X8PMLteP
  { oid: '1.3.6.1.4.1.9.1.2764', type: 'Router', model: 'C1121-4P 4 Ports GE LAN Router' }, // ciscoC11214P
  { oid: '1.3.6.1.4.1.9.1.2765', type: 'Router', model: 'C1121-4PLTEP 4 Ports GE LAN Router' }, // ciscoC11214PLteP
  { oid: '1.3.6.1.4.1.9.1.2766', type: 'Router', model: 'C1128-8PLTEP 8 Ports GE LAN Router' }, // ciscoC11288PLteP
  { oid: '1.3.6.1.4.1.9.1.2780', type: 'Switch', model: 'Catalyst 9300 24 port 1G SFP' }, // ciscoCat930024S
  { oid: '1.3.6.1.4.1.9.1.2781', type: 'Switch', model: 'Catalyst 9300 48 port 1G SFP' }, // ciscoCat930048S
  { oid: '1.3.6.1.4.1.9.1.2788', type: 'Router', model: 'C1121X-8PLTEPWE 8 Ports GE LAN Router' }, // ciscoC1121X8PLtePWE
  { oid: '1.3.6.1.4.1.9.1.2789', type: 'Router', model: 'C1121X-8PLTEPWB 8 Ports GE LAN Router' }, // ciscoC1121X8PLtePWB
  { oid: '1.3.6.1.4.1.9.1.2790', type: 'Router', model: 'C1121X-8PLTEPWZ 8 Ports GE LAN Router' }, // ciscoC1121X8PLtePWZ
  { oid: '1.3.6.1.4.1.9.1.2791', type: 'Router', model: 'C1121X-8PLTEPWA 8 Ports GE LAN Router' }, // ciscoC1121X8PLtePWA
  { oid: '1.3.6.1.4.1.9.1.2792', type: 'Switch', model: 'Catalyst 9300L 24 x 10/100/1000M' }, // ciscoCat9300L24T4G
  { oid: '1.3.6.1.4.1.9.1.2793', type: 'Switch', model: 'Catalyst 9300L 48 x 10/100/1000M' }, // ciscoCat9300L48T4G
  { oid: '1.3.6.1.4.1.9.1.2794', type: 'Switch', model: 'Catalyst 9300L 24 x 10/100/1000M' }, // ciscoCat9300L24T4X
  { oid: '1.3.6.1.4.1.9.1.2795', type: 'Switch', model: 'Catalyst 9300L 48 x 10/100/1000M' }, // ciscoCat9300L48T4X
  { oid: '1.3.6.1.4.1.9.1.2796', type: 'Switch', model: 'Catalyst 9300L 24 x 10/100/1000M' }, // ciscoCat9300L24P4G
  { oid: '1.3.6.1.4.1.9.1.2797', type: 'Switch', model: 'Catalyst 9300L 48 x 10/100/1000M' }, // ciscoCat9300L48P4G
  { oid: '1.3.6.1.4.1.9.1.2798', type: 'Switch', model: 'Catalyst 9300L 24 x 10/100/1000M' }, // ciscoCat9300L24P4X
  { oid: '1.3.6.1.4.1.9.1.2799', type: 'Switch', model: 'Catalyst 9300L 48 x 10/100/1000M' }, // ciscoCat9300L48P4X
  { oid: '1.3.6.1.4.1.9.1.2800', type: 'Switch', model: 'Catalyst 9300L 16 x 10/100/1000M +' }, // ciscoCat9300L24UXG4X
  { oid: '1.3.6.1.4.1.9.1.2801', type: 'Switch', model: 'Catalyst 9300L 36 x 10/100/1000M +' }, // ciscoCat9300L48UXG4X
  { oid: '1.3.6.1.4.1.9.1.2802', type: 'Switch', model: 'Catalyst 9300L 16 x 10/100/1000M +' }, // ciscoCat9300L24UXG2Q
  { oid: '1.3.6.1.4.1.9.1.2803', type: 'Switch', model: 'Catalyst 9300L 36 x 10/100/1000M +' }, // ciscoCat9300L48UXG2Q
  { oid: '1.3.6.1.4.1.9.1.2804', type: 'Switch', model: 'catalyst9300L stack' }, // ciscocat9300Lstack
  { oid: '1.3.6.1.4.1.9.1.2806', type: 'Switch', model: 'Catalyst 2960L-SM 8 x GE downlink' }, // ciscoCatWSC2960LSM8TS
  { oid: '1.3.6.1.4.1.9.1.2807', type: 'Switch', model: 'Catalyst 2960L-SM 8 x GE downlink' }, // ciscoCatWSC2960LSM8PS
  { oid: '1.3.6.1.4.1.9.1.2808', type: 'Switch', model: 'Catalyst 2960L-SM 16 x GE downlink' }, // ciscoCatWSC2960LSM16TS
  { oid: '1.3.6.1.4.1.9.1.2809', type: 'Switch', model: 'Catalyst 2960L-SM 16 x GE downlink' }, // ciscoCatWSC2960LSM16PS
  { oid: '1.3.6.1.4.1.9.1.2810', type: 'Switch', model: 'Catalyst 2960L-SM 24 x GE downlink' }, // ciscoCatWSC2960LSM24TS
  { oid: '1.3.6.1.4.1.9.1.2811', type: 'Switch', model: 'Catalyst 2960L-SM 24 x GE downlink' }, // ciscoCatWSC2960LSM24PS
  { oid: '1.3.6.1.4.1.9.1.2812', type: 'Switch', model: 'Catalyst 2960L-SM 48 x GE downlink' }, // ciscoCatWSC2960LSM48TS
  { oid: '1.3.6.1.4.1.9.1.2813', type: 'Switch', model: 'Catalyst 2960L-SM 48 x GE downlink' }, // ciscoCatWSC2960LSM48PS
  { oid: '1.3.6.1.4.1.9.1.2814', type: 'Switch', model: 'Catalyst 2960L-SM 24 x GE downlink' }, // ciscoCatWSC2960LSM24TQ
  { oid: '1.3.6.1.4.1.9.1.2815', type: 'Switch', model: 'Catalyst 2960L-SM 48 x GE downlink' }, // ciscoCatWSC2960LSM48TQ
  { oid: '1.3.6.1.4.1.9.1.2816', type: 'Switch', model: 'Catalyst 2960L-SM 24 x GE downlink' }, // ciscoCatWSC2960LSM24PQ
  { oid: '1.3.6.1.4.1.9.1.2817', type: 'Switch', model: 'Catalyst 2960L-SM 48 x GE downlink' }, // ciscoCatWSC2960LSM48PQ
  { oid: '1.3.6.1.4.1.9.1.2818', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoC850012X4QC
  { oid: '1.3.6.1.4.1.9.1.2819', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoC850012X
  { oid: '1.3.6.1.4.1.9.1.2826', type: 'Switch', model: 'Industrial Ethernet 3400 Switch' }, // ciscoIE34008FTMC
  { oid: '1.3.6.1.4.1.9.1.2827', type: 'Switch', model: 'Industrial Ethernet 3400 Switch' }, // ciscoIE340016FTMC
  { oid: '1.3.6.1.4.1.9.1.2828', type: 'Switch', model: 'Industrial Ethernet 3400 Switch' }, // ciscoIE340024FTMC
  { oid: '1.3.6.1.4.1.9.1.2829', type: 'Switch', model: 'Industrial Ethernet 3400 Switch' }, // ciscoIE34008TMC
  { oid: '1.3.6.1.4.1.9.1.2830', type: 'Switch', model: 'Industrial Ethernet 3400 Switch' }, // ciscoIE340016TMC
  { oid: '1.3.6.1.4.1.9.1.2831', type: 'Switch', model: 'Industrial Ethernet 3400 Switch' }, // ciscoIE340024TMC
  { oid: '1.3.6.1.4.1.9.1.2833', type: 'Switch', model: 'Catalyst 9300 24-port mGig and UPOE' }, // ciscoCat930024UBX
  { oid: '1.3.6.1.4.1.9.1.2834', type: 'Switch', model: 'Catalyst 9300 48-port UPOE switch' }, // ciscoCat930048UB
  { oid: '1.3.6.1.4.1.9.1.2835', type: 'Switch', model: 'Catalyst 9300 24-port UPOE switch' }, // ciscoCat930024UB
  { oid: '1.3.6.1.4.1.9.1.2839', type: 'AccessPoint', model: '4x4 11ax Access point' }, // ciscoC9115AXI
  { oid: '1.3.6.1.4.1.9.1.2840', type: 'AccessPoint', model: '4x4 11ax Access point' }, // ciscoC9115AXME
  { oid: '1.3.6.1.4.1.9.1.2841', type: 'AccessPoint', model: '8x8 11ax Access point' }, // ciscoC9117AXME
  { oid: '1.3.6.1.4.1.9.1.2842', type: 'AccessPoint', model: '8x8 11ax Access point' }, // ciscoC9117AXI
  { oid: '1.3.6.1.4.1.9.1.2846', type: 'AccessPoint', model: '4x4 11ax Access point' }, // ciscoC9115AXE
  { oid: '1.3.6.1.4.1.9.1.2849', type: 'AccessPoint', model: '4x4 Wi-fi 6 Catalyst 9120AX Series' }, // ciscoC9120AXI
  { oid: '1.3.6.1.4.1.9.1.2850', type: 'AccessPoint', model: '4x4 Wi-fi 6 Catalyst 9120AX Series' }, // ciscoC9120AXME
  { oid: '1.3.6.1.4.1.9.1.2851', type: 'AccessPoint', model: '4x4 Wi-fi 6 Catalyst 9120AX Series' }, // ciscoC9120AXE
  { oid: '1.3.6.1.4.1.9.1.2852', type: 'AccessPoint', model: '4x4 Wi-fi 6 Catalyst 9120AX Series' }, // ciscoC9120AXEME
  { oid: '1.3.6.1.4.1.9.1.2860', model: 'C9800-L-C-K9' }, // ciscoC9800LCK9 (a wireless LAN controller: no equipment type fits)
  { oid: '1.3.6.1.4.1.9.1.2861', model: 'C9800-L-F-K9' }, // ciscoC9800LFK9 (a wireless LAN controller: no equipment type fits)
  { oid: '1.3.6.1.4.1.9.1.2870', type: 'Firewall', model: 'Firepower 1150 Security Appliance' }, // ciscoFpr1150td
  { oid: '1.3.6.1.4.1.9.1.2872', type: 'Switch', model: 'Industrial Ethernet 3400 Switch' }, // ciscoIE34008T2S
  { oid: '1.3.6.1.4.1.9.1.2873', type: 'Switch', model: 'Catalyst 9300 24-port UPOE+ switch' }, // ciscoCat930024H
  { oid: '1.3.6.1.4.1.9.1.2874', type: 'Switch', model: 'Catalyst 9300 48-port UPOE+ switch' }, // ciscoCat930048H
  { oid: '1.3.6.1.4.1.9.1.2877', type: 'AccessPoint', model: '8x8 Wi-fi 6 Catalyst 9130AX Series' }, // ciscoC9130AXI
  { oid: '1.3.6.1.4.1.9.1.2878', type: 'AccessPoint', model: '8x8 Wi-fi 6 Catalyst 9130AX Series' }, // ciscoC9130AXIME
  { oid: '1.3.6.1.4.1.9.1.2879', type: 'AccessPoint', model: '8x8 Wi-fi 6 Catalyst 9130AX Series' }, // ciscoC9130AXE
  { oid: '1.3.6.1.4.1.9.1.2880', type: 'AccessPoint', model: '8x8 Wi-fi 6 Catalyst 9130AX Series' }, // ciscoC9130AXEME
  { oid: '1.3.6.1.4.1.9.1.2881', type: 'Switch', model: 'Catalyst IE3400 Heavy duty Series' }, // ciscoIE3400H8FT
  { oid: '1.3.6.1.4.1.9.1.2882', type: 'Switch', model: 'Catalyst IE3400 Heavy duty Series' }, // ciscoIE3400H16FT
  { oid: '1.3.6.1.4.1.9.1.2883', type: 'Switch', model: 'Catalyst IE3400 Heavy duty Series' }, // ciscoIE3400H24FT
  { oid: '1.3.6.1.4.1.9.1.2884', type: 'Switch', model: 'Catalyst IE3400 Heavy duty Series' }, // ciscoIE3400H8T
  { oid: '1.3.6.1.4.1.9.1.2885', type: 'Switch', model: 'Catalyst IE3400 Heavy duty Series' }, // ciscoIE3400H16T
  { oid: '1.3.6.1.4.1.9.1.2886', type: 'Switch', model: 'Catalyst IE3400 Heavy duty Series' }, // ciscoIE3400H24T
  { oid: '1.3.6.1.4.1.9.1.2897', type: 'Switch', model: 'A 10 Gbps ethernet stack of' }, // ciscoCat100010GbpsStack
  { oid: '1.3.6.1.4.1.9.1.2907', type: 'Switch', model: 'Catalyst 9200 24 Gig downlinks. PoE' }, // ciscoCat920024PB
  { oid: '1.3.6.1.4.1.9.1.2908', type: 'Switch', model: 'Catalyst 9200 48 Gig downlinks. PoE' }, // ciscoCat920048PB
  { oid: '1.3.6.1.4.1.9.1.2959', type: 'Switch', model: 'A 1 Gbps ethernet stack of' }, // ciscoCat10001GbpsStack
  { oid: '1.3.6.1.4.1.9.1.2965', type: 'Switch', model: 'Catalyst 9200 stack' }, // ciscoCat9200BFixedSwitchStack
  { oid: '1.3.6.1.4.1.9.1.2968', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoC8500L8G4X
  { oid: '1.3.6.1.4.1.9.1.2992', type: 'Switch', model: 'Catalyst 9300L 48 x 10/100/1000M' }, // ciscoCat9300L48PF4X
  { oid: '1.3.6.1.4.1.9.1.2993', type: 'Switch', model: 'Catalyst 9300L 48 x 10/100/1000M' }, // ciscoCat9300L48PF4G
  { oid: '1.3.6.1.4.1.9.1.3007', type: 'Switch', model: 'Catalyst IE3300 Rugged Series Expandable System' }, // ciscoIE33008T2X
  { oid: '1.3.6.1.4.1.9.1.3008', type: 'Switch', model: 'Catalyst IE3300 Rugged Series Expandable System' }, // ciscoIE33008U2X
  { oid: '1.3.6.1.4.1.9.1.3011', type: 'Switch', model: 'Catalyst 9200 48 Gig downlinks. PoE' }, // ciscoCat920048PL
  { oid: '1.3.6.1.4.1.9.1.3016', type: 'Router', model: 'ISR1100-4G' }, // ciscoISR11004G
  { oid: '1.3.6.1.4.1.9.1.3017', type: 'Router', model: 'ISR1100-6G' }, // ciscoISR11006G
  { oid: '1.3.6.1.4.1.9.1.3018', type: 'Router', model: 'ISR1100-4GLTE-GB' }, // ciscoISR11004GLTEGB
  { oid: '1.3.6.1.4.1.9.1.3019', type: 'Router', model: 'ISR1100-4GLTE-NA' }, // ciscoISR11004GLTENA
  { oid: '1.3.6.1.4.1.9.1.3045', type: 'Router', model: 'ISR1100X-4G' }, // ciscoISR1100X4G
  { oid: '1.3.6.1.4.1.9.1.3046', type: 'Router', model: 'ISR1100X-6G' }, // ciscoISR1100X6G
  { oid: '1.3.6.1.4.1.9.1.3050', type: 'AccessPoint', model: '4x4 11ax Access Point' }, // ciscoC9115AXEME
  { oid: '1.3.6.1.4.1.9.1.3051', type: 'AccessPoint', model: '4x4 Wi-fi 6 Catalyst 9120AX Series' }, // ciscoC9120AXPME
  { oid: '1.3.6.1.4.1.9.1.3053', type: 'Firewall', model: 'Firepower 3110 Security Appliance' }, // ciscoFpr3110K9
  { oid: '1.3.6.1.4.1.9.1.3054', type: 'Firewall', model: 'Firepower 3120 Security Appliance' }, // ciscoFpr3120K9
  { oid: '1.3.6.1.4.1.9.1.3055', type: 'Firewall', model: 'Firepower 3130 Security Appliance' }, // ciscoFpr3130K9
  { oid: '1.3.6.1.4.1.9.1.3056', type: 'Firewall', model: 'Firepower 3140 Security Appliance' }, // ciscoFpr3140K9
  { oid: '1.3.6.1.4.1.9.1.3069', type: 'Router', model: 'C8500L-8S4X Router' }, // ciscoC8500L8S4X
  { oid: '1.3.6.1.4.1.9.1.3070', type: 'Router', model: 'C1113-8PLTEEAWA Router' }, // ciscoC11138PLteEAWA
  { oid: '1.3.6.1.4.1.9.1.3074', type: 'Router', model: 'C8200L-1N-4T Router' }, // ciscoC8200L1N4T
  { oid: '1.3.6.1.4.1.9.1.3075', type: 'Router', model: 'ASR9903' }, // ciscoASR9903
  { oid: '1.3.6.1.4.1.9.1.3078', type: 'Switch', model: 'Catalyst 9200CX 12x GE downlinks' }, // ciscoCat9200CX12T2X2G
  { oid: '1.3.6.1.4.1.9.1.3079', type: 'Switch', model: 'Catalyst 9200CX 12x GE downlinks' }, // ciscoCat9200CX12P2X2G
  { oid: '1.3.6.1.4.1.9.1.3084', type: 'Switch', model: 'Catalyst 9500X Series' }, // ciscoCat9500X28C8D
  { oid: '1.3.6.1.4.1.9.1.3085', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoC850020X6C
  { oid: '1.3.6.1.4.1.9.1.3090', type: 'Router', model: 'ASR9902' }, // ciscoASR9902
  { oid: '1.3.6.1.4.1.9.1.3097', type: 'Switch', model: 'Catalyst 9200CX 8x GE downlinks' }, // ciscoCat9200CX8P2X2G
  { oid: '1.3.6.1.4.1.9.1.3098', type: 'Switch', model: 'Catalyst 9200CX 8x1G Downlinks' }, // ciscoCat9200CX8PT2G
  { oid: '1.3.6.1.4.1.9.1.3099', type: 'Switch', model: 'Catalyst 9200CX 4x1G' }, // ciscoCat9200CX8UXG2X
  { oid: '1.3.6.1.4.1.9.1.3100', type: 'Server', model: 'UCS C220 M6 Rack server' }, // ciscoUCSC220M6
  { oid: '1.3.6.1.4.1.9.1.3101', type: 'Server', model: 'UCS C240 M6 Rack server' }, // ciscoUCSC240M6
  { oid: '1.3.6.1.4.1.9.1.3103', type: 'Server', model: 'UCS B200 M5 Blade Server' }, // ciscoUCSB200M5
  { oid: '1.3.6.1.4.1.9.1.3104', type: 'Server', model: 'UCS B480 M5 Blade Server' }, // ciscoUCSB480M5
  { oid: '1.3.6.1.4.1.9.1.3105', type: 'Router', model: 'C1131-8PWE 8 Ports GE LAN Router' }, // ciscoC11318PWE
  { oid: '1.3.6.1.4.1.9.1.3106', type: 'Router', model: 'C1131-8PWA 8 Ports GE LAN Router' }, // ciscoC11318PWA
  { oid: '1.3.6.1.4.1.9.1.3107', type: 'Router', model: 'C1131-8PWB 8 Ports GE LAN Router' }, // ciscoC11318PWB
  { oid: '1.3.6.1.4.1.9.1.3108', type: 'Router', model: 'C1131-8PWZ 8 Ports GE LAN Router' }, // ciscoC11318PWZ
  { oid: '1.3.6.1.4.1.9.1.3109', type: 'Router', model: 'C1131-8PWQ 8 Ports GE LAN Router' }, // ciscoC11318PWQ
  { oid: '1.3.6.1.4.1.9.1.3110', type: 'Router', model: 'C1131X-8PWE 8 Ports GE LAN Router' }, // ciscoC1131X8PWE
  { oid: '1.3.6.1.4.1.9.1.3111', type: 'Router', model: 'C1131X-8PWA 8 Ports GE LAN Router' }, // ciscoC1131X8PWA
  { oid: '1.3.6.1.4.1.9.1.3112', type: 'Router', model: 'C1131X-8PWB 8 Ports GE LAN Router' }, // ciscoC1131X8PWB
  { oid: '1.3.6.1.4.1.9.1.3113', type: 'Router', model: 'C1131X-8PWZ 8 Ports GE LAN Router' }, // ciscoC1131X8PWZ
  { oid: '1.3.6.1.4.1.9.1.3114', type: 'Router', model: 'C1131X-8PWQ 8 Ports GE LAN Router' }, // ciscoC1131X8PWQ
  { oid: '1.3.6.1.4.1.9.1.3115', type: 'Router', model: 'C1131-8PLTEPWB 8 Ports GE LAN Router' }, // ciscoC11318PLTEPWB
  { oid: '1.3.6.1.4.1.9.1.3116', type: 'Router', model: 'C1131X-8PLTEPWE 8 Ports GE LAN Router' }, // ciscoC1131X8PLTEPWE
  { oid: '1.3.6.1.4.1.9.1.3117', type: 'Router', model: 'C1131X-8PLTEPWA 8 Ports GE LAN Router' }, // ciscoC1131X8PLTEPWA
  { oid: '1.3.6.1.4.1.9.1.3118', type: 'Router', model: 'C1131-8PLTEPWA 8 Ports GE LAN Router' }, // ciscoC11318PLTEPWA
  { oid: '1.3.6.1.4.1.9.1.3119', type: 'Router', model: 'C1131-8PLTEPWZ 8 Ports GE LAN Router' }, // ciscoC11318PLTEPWZ
  { oid: '1.3.6.1.4.1.9.1.3120', type: 'Router', model: 'C1131-8PLTEPWQ 8 Ports GE LAN Router' }, // ciscoC11318PLTEPWQ
  { oid: '1.3.6.1.4.1.9.1.3121', type: 'Router', model: 'C1131-8PLTEPWE 8 Ports GE LAN Router' }, // ciscoC11318PLTEPWE
  { oid: '1.3.6.1.4.1.9.1.3122', type: 'Router', model: 'C1131X-8PLTEPWZ 8 Ports GE LAN Router' }, // ciscoC1131X8PLTEPWZ
  { oid: '1.3.6.1.4.1.9.1.3123', type: 'Router', model: 'C1131X-8PLTEPWB 8 Ports GE LAN Router' }, // ciscoC1131X8PLTEPWB
  { oid: '1.3.6.1.4.1.9.1.3124', type: 'Router', model: 'C1131X-8PLTEPWQ 8 Ports GE LAN Router' }, // ciscoC1131X8PLTEPWQ
  { oid: '1.3.6.1.4.1.9.1.3129', type: 'Switch', model: 'Catalyst IE9300 Series Switch' }, // ciscoIE931026S2C
  { oid: '1.3.6.1.4.1.9.1.3130', type: 'Switch', model: 'Catalyst IE9320 stack' }, // ciscoIE9320stack
  { oid: '1.3.6.1.4.1.9.1.3165', type: 'Switch', model: 'Catalyst IE9300 Series Switch' }, // ciscoIE932026S2C
  { oid: '1.3.6.1.4.1.9.1.3166', type: 'Firewall', model: 'Firepower 3105 Security Appliance' }, // ciscoFpr3105K9
  { oid: '1.3.6.1.4.1.9.1.3168', type: 'Server', model: 'UCS C225 M6 Rack server' }, // ciscoUCSC225M6
  { oid: '1.3.6.1.4.1.9.1.3169', type: 'Switch', model: 'Catalyst IE3100' }, // ciscoIE31004T2S
  { oid: '1.3.6.1.4.1.9.1.3170', type: 'Switch', model: 'Catalyst IE3100' }, // ciscoIE31008T2C
  { oid: '1.3.6.1.4.1.9.1.3171', type: 'Switch', model: 'Catalyst IE3100' }, // ciscoIE310018T2C
  { oid: '1.3.6.1.4.1.9.1.3172', type: 'Switch', model: 'Catalyst IE3105' }, // ciscoIE31058T2C
  { oid: '1.3.6.1.4.1.9.1.3173', type: 'Switch', model: 'Catalyst IE3105' }, // ciscoIE310518T2C
  { oid: '1.3.6.1.4.1.9.1.3199', type: 'Switch', model: 'Catalyst IE9300 Series Switch' }, // ciscoIE932022S2C4X
  { oid: '1.3.6.1.4.1.9.1.3200', type: 'Switch', model: 'Catalyst IE9300 SeriesSwitch' }, // ciscoIE932024T4X
  { oid: '1.3.6.1.4.1.9.1.3201', type: 'Switch', model: 'Catalyst IE9300 SeriesSwitch' }, // ciscoIE932024P4X
  { oid: '1.3.6.1.4.1.9.1.3202', type: 'Switch', model: 'Catalyst IE9300 Series Switch' }, // ciscoIE932016P8U4X
  { oid: '1.3.6.1.4.1.9.1.3203', type: 'Switch', model: 'Catalyst IE9300 Series Switch' }, // ciscoIE932024P4S
  { oid: '1.3.6.1.4.1.9.1.3204', type: 'Switch', model: 'Catalyst IE3100' }, // ciscoIE31008T4S
  { oid: '1.3.6.1.4.1.9.1.3205', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoC8500L8S2X2Y
  { oid: '1.3.6.1.4.1.9.1.3206', type: 'Router', model: 'Aggregation Services Router 1000 Series' }, // ciscoC8500L8S8X4Y
  { oid: '1.3.6.1.4.1.9.1.3208', type: 'Server', model: 'UCS C220 M7 Rack server' }, // ciscoUCSC220M7
  { oid: '1.3.6.1.4.1.9.1.3209', type: 'Server', model: 'UCS C240 M7 Rack server' }, // ciscoUCSC240M7
  { oid: '1.3.6.1.4.1.9.1.3257', type: 'Firewall', model: 'Firepower 1010E Security Appliance' }, // ciscoFpr1010Etd
  { oid: '1.3.6.1.4.1.9.1.3328', type: 'Router', model: 'C1131-8PWN 8 Ports GE LAN Router' }, // ciscoC11318PWN
  { oid: '1.3.6.1.4.1.9.1.3329', type: 'Router', model: 'C1131-8PWH 8 Ports GE LAN Router' }, // ciscoC11318PWH
  { oid: '1.3.6.1.4.1.9.1.3330', type: 'Router', model: 'C1131-8PWK 8 Ports GE LAN Router' }, // ciscoC11318PWK
  { oid: '1.3.6.1.4.1.9.1.3331', type: 'Router', model: 'C1131-8PWF 8 Ports GE LAN Router' }, // ciscoC11318PWF
  { oid: '1.3.6.1.4.1.9.1.3332', type: 'Router', model: 'C1131-8PWD 8 Ports GE LAN Router' }, // ciscoC11318PWD
  { oid: '1.3.6.1.4.1.9.1.3333', type: 'Router', model: 'C1131-8PWR 8 Ports GE LAN Router' }, // ciscoC11318PWR
  { oid: '1.3.6.1.4.1.9.1.3334', type: 'Router', model: 'C1131X-8PWN 8 Ports GE LAN Router' }, // ciscoC1131X8PWN
  { oid: '1.3.6.1.4.1.9.1.3335', type: 'Router', model: 'C1131X-8PWH 8 Ports GE LAN Router' }, // ciscoC1131X8PWH
  { oid: '1.3.6.1.4.1.9.1.3336', type: 'Router', model: 'C1131X-8PWK 8 Ports GE LAN Router' }, // ciscoC1131X8PWK
  { oid: '1.3.6.1.4.1.9.1.3337', type: 'Router', model: 'C1131X-8PWF 8 Ports GE LAN Router' }, // ciscoC1131X8PWF
  { oid: '1.3.6.1.4.1.9.1.3338', type: 'Router', model: 'C1131X-8PWD 8 Ports GE LAN Router' }, // ciscoC1131X8PWD
  { oid: '1.3.6.1.4.1.9.1.3339', type: 'Router', model: 'C1131X-8PWR 8 Ports GE LAN Router' }, // ciscoC1131X8PWR
  { oid: '1.3.6.1.4.1.9.1.3340', type: 'Router', model: 'C1131-8PLTEPWN 8 Ports GE LAN Router' }, // ciscoC11318PLTEPWN
  { oid: '1.3.6.1.4.1.9.1.3341', type: 'Router', model: 'C1131-8PLTEPWH 8 Ports GE LAN Router' }, // ciscoC11318PLTEPWH
  { oid: '1.3.6.1.4.1.9.1.3342', type: 'Router', model: 'C1131-8PLTEPWK 8 Ports GE LAN Router' }, // ciscoC11318PLTEPWK
  { oid: '1.3.6.1.4.1.9.1.3343', type: 'Router', model: 'C1131-8PLTEPWF 8 Ports GE LAN Router' }, // ciscoC11318PLTEPWF
  { oid: '1.3.6.1.4.1.9.1.3344', type: 'Router', model: 'C1131-8PLTEPWD 8 Ports GE LAN Router' }, // ciscoC11318PLTEPWD
  { oid: '1.3.6.1.4.1.9.1.3345', type: 'Router', model: 'C1131-8PLTEPWR 8 Ports GE LAN Router' }, // ciscoC11318PLTEPWR
  { oid: '1.3.6.1.4.1.9.1.3346', type: 'Router', model: 'C1131X-8PLTEPWN 8 Ports GE LAN Router' }, // ciscoC1131X8PLTEPWN
  { oid: '1.3.6.1.4.1.9.1.3347', type: 'Router', model: 'C1131X-8PLTEPWH 8 Ports GE LAN Router' }, // ciscoC1131X8PLTEPWH
  { oid: '1.3.6.1.4.1.9.1.3348', type: 'Router', model: 'C1131X-8PLTEPWK 8 Ports GE LAN Router' }, // ciscoC1131X8PLTEPWK
  { oid: '1.3.6.1.4.1.9.1.3349', type: 'Router', model: 'C1131X-8PLTEPWF 8 Ports GE LAN Router' }, // ciscoC1131X8PLTEPWF
  { oid: '1.3.6.1.4.1.9.1.3350', type: 'Router', model: 'C1131X-8PLTEPWD 8 Ports GE LAN Router' }, // ciscoC1131X8PLTEPWD
  { oid: '1.3.6.1.4.1.9.1.3351', type: 'Router', model: 'C1131X-8PLTEPWR 8 Ports GE LAN Router' }, // ciscoC1131X8PLTEPWR
];
