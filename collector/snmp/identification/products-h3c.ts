import type { ProductRule } from './product-rule';

/**
 * H3C (and HPE's Comware lines sold under H3C's number), HH3C-PRODUCT-ID-MIB: hh3cProductId =
 * 1.3.6.1.4.1.25506.1, every Comware device's sysObjectID (the MIB as H3C publishes it, read in the pysnmp
 * compilation of elastiflow/pysnmp_mibs h3c_25506/HH3C-PRODUCT-ID-MIB.py, 1,138 registrations). Rows are typed
 * by the product line H3C's model names spell: S and E (and LS… line cards) Ethernet switches; MSR, SR, CR,
 * AR, ER, ICG and VSR routers; SecPath, SecBlade, F1000/F5000 and M9000 firewalls; WA/WAP access points and
 * WX access controllers, with the …WCM… wireless controller modules (a controller counts as AccessPoint).
 * Other lines (storage, video, voice, DPtech) are left out. `model` is the object name as a model name.
 */
export const H3C_PRODUCTS: readonly ProductRule[] = [
  { oid: '1.3.6.1.4.1.25506.1.1', type: 'Switch', model: 'S5500-28C-EI' }, // hh3c_s5500_28C_EI
  { oid: '1.3.6.1.4.1.25506.1.2', type: 'Switch', model: 'S5500-52C-EI' }, // hh3c_s5500_52C_EI
  { oid: '1.3.6.1.4.1.25506.1.3', type: 'Switch', model: 'S5500-28C-PWR-EI' }, // hh3c_s5500_28C_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.4', type: 'Switch', model: 'S5500-52C-PWR-EI' }, // hh3c_s5500_52C_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.5', type: 'Switch', model: 'S5500-28F-EI' }, // hh3c_s5500_28F_EI
  { oid: '1.3.6.1.4.1.25506.1.6', type: 'Switch', model: 'S5500-28C-EI-DC' }, // hh3c_s5500_28C_EI_DC
  { oid: '1.3.6.1.4.1.25506.1.7', type: 'Switch', model: 'S6100-20Q-SI' }, // hh3c_s6100_20Q_SI
  { oid: '1.3.6.1.4.1.25506.1.8', type: 'Switch', model: 'S5500-28C-SI' }, // hh3c_s5500_28C_SI
  { oid: '1.3.6.1.4.1.25506.1.9', type: 'Switch', model: 'S5500-52C-SI' }, // hh3c_s5500_52C_SI
  { oid: '1.3.6.1.4.1.25506.1.10', type: 'Switch', model: 'S5500-28C-PWR-SI' }, // hh3c_s5500_28C_PWR_SI
  { oid: '1.3.6.1.4.1.25506.1.11', type: 'Switch', model: 'S5500-52C-PWR-SI' }, // hh3c_s5500_52C_PWR_SI
  { oid: '1.3.6.1.4.1.25506.1.12', type: 'Switch', model: 'S5510-24P' }, // hh3c_s5510_24P
  { oid: '1.3.6.1.4.1.25506.1.13', type: 'Switch', model: 'S5510-24F' }, // hh3c_s5510_24F
  { oid: '1.3.6.1.4.1.25506.1.14', type: 'Switch', model: 'S3610-28P' }, // hh3c_s3610_28P
  { oid: '1.3.6.1.4.1.25506.1.15', type: 'Switch', model: 'S3610-52P' }, // hh3c_s3610_52P
  { oid: '1.3.6.1.4.1.25506.1.16', type: 'Switch', model: 'S3610-28TP' }, // hh3c_s3610_28TP
  { oid: '1.3.6.1.4.1.25506.1.17', type: 'Switch', model: 'S3610-28F' }, // hh3c_s3610_28F
  { oid: '1.3.6.1.4.1.25506.1.18', type: 'Switch', model: 'E126' }, // hh3c_e126
  { oid: '1.3.6.1.4.1.25506.1.19', type: 'Switch', model: 'E328' }, // hh3c_e328
  { oid: '1.3.6.1.4.1.25506.1.20', type: 'Switch', model: 'E352' }, // hh3c_e352
  { oid: '1.3.6.1.4.1.25506.1.21', type: 'Switch', model: 'S3100-8C-SI' }, // hh3c_s3100_8C_SI
  { oid: '1.3.6.1.4.1.25506.1.22', type: 'Switch', model: 'S3100-16C-SI' }, // hh3c_s3100_16C_SI
  { oid: '1.3.6.1.4.1.25506.1.23', type: 'Switch', model: 'S3100-26C-SI' }, // hh3c_s3100_26C_SI
  { oid: '1.3.6.1.4.1.25506.1.24', type: 'Switch', model: 'S3100-8T-SI' }, // hh3c_s3100_8T_SI
  { oid: '1.3.6.1.4.1.25506.1.25', type: 'Switch', model: 'S3100-16T-SI' }, // hh3c_s3100_16T_SI
  { oid: '1.3.6.1.4.1.25506.1.26', type: 'Switch', model: 'S3100-26T-SI' }, // hh3c_s3100_26T_SI
  { oid: '1.3.6.1.4.1.25506.1.27', type: 'Switch', model: 'S3100-26TP-SI' }, // hh3c_s3100_26TP_SI
  { oid: '1.3.6.1.4.1.25506.1.28', type: 'Switch', model: 'S5100-24P-EI' }, // hh3c_s5100_24P_EI
  { oid: '1.3.6.1.4.1.25506.1.29', type: 'Switch', model: 'S5100-26C-EI' }, // hh3c_s5100_26C_EI
  { oid: '1.3.6.1.4.1.25506.1.30', type: 'Switch', model: 'S5100-50C-EI' }, // hh3c_s5100_50C_EI
  { oid: '1.3.6.1.4.1.25506.1.31', type: 'Switch', model: 'S5100-48P-EI' }, // hh3c_s5100_48P_EI
  { oid: '1.3.6.1.4.1.25506.1.32', type: 'Switch', model: 'S3600-28P-SI' }, // hh3c_s3600_28P_SI
  { oid: '1.3.6.1.4.1.25506.1.33', type: 'Switch', model: 'S3600-52P-SI' }, // hh3c_s3600_52P_SI
  { oid: '1.3.6.1.4.1.25506.1.34', type: 'Switch', model: 'S3600-28TP-SI' }, // hh3c_s3600_28TP_SI
  { oid: '1.3.6.1.4.1.25506.1.35', type: 'Switch', model: 'S3600-28P-PWR-SI' }, // hh3c_s3600_28P_PWR_SI
  { oid: '1.3.6.1.4.1.25506.1.36', type: 'Switch', model: 'S3600-52P-PWR-SI' }, // hh3c_s3600_52P_PWR_SI
  { oid: '1.3.6.1.4.1.25506.1.37', type: 'Switch', model: 'S3600-28P-EI' }, // hh3c_s3600_28P_EI
  { oid: '1.3.6.1.4.1.25506.1.38', type: 'Switch', model: 'S3600-52P-EI' }, // hh3c_s3600_52P_EI
  { oid: '1.3.6.1.4.1.25506.1.39', type: 'Switch', model: 'S3600-28P-PWR-EI' }, // hh3c_s3600_28P_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.40', type: 'Switch', model: 'S3600-52P-PWR-EI' }, // hh3c_s3600_52P_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.41', type: 'Switch', model: 'S3600-28F-EI' }, // hh3c_s3600_28F_EI
  { oid: '1.3.6.1.4.1.25506.1.42', type: 'Switch', model: 'S5600-26C' }, // hh3c_s5600_26C
  { oid: '1.3.6.1.4.1.25506.1.43', type: 'Switch', model: 'S5600-50C' }, // hh3c_s5600_50C
  { oid: '1.3.6.1.4.1.25506.1.44', type: 'Switch', model: 'S5600-26C-PWR' }, // hh3c_s5600_26C_PWR
  { oid: '1.3.6.1.4.1.25506.1.45', type: 'Switch', model: 'S5600-50C-PWR' }, // hh3c_s5600_50C_PWR
  { oid: '1.3.6.1.4.1.25506.1.46', type: 'Switch', model: 'S5600-26F' }, // hh3c_s5600_26F
  { oid: '1.3.6.1.4.1.25506.1.47', type: 'Switch', model: 'S3600-52G-HI' }, // hh3c_s3600_52G_HI
  { oid: '1.3.6.1.4.1.25506.1.48', type: 'Switch', model: 'S3600-52P-HI' }, // hh3c_s3600_52P_HI
  { oid: '1.3.6.1.4.1.25506.1.49', type: 'Switch', model: 'S3600-28G-HI' }, // hh3c_s3600_28G_HI
  { oid: '1.3.6.1.4.1.25506.1.50', type: 'Switch', model: 'S3600-28P-HI' }, // hh3c_s3600_28P_HI
  { oid: '1.3.6.1.4.1.25506.1.51', type: 'Switch', model: 'S3600-52M-HI' }, // hh3c_s3600_52M_HI
  { oid: '1.3.6.1.4.1.25506.1.52', type: 'Switch', model: 'S7502' }, // hh3c_s7502
  { oid: '1.3.6.1.4.1.25506.1.53', type: 'Switch', model: 'S7503' }, // hh3c_s7503
  { oid: '1.3.6.1.4.1.25506.1.54', type: 'Switch', model: 'S7506' }, // hh3c_s7506
  { oid: '1.3.6.1.4.1.25506.1.55', type: 'Switch', model: 'S7506R' }, // hh3c_s7506R
  { oid: '1.3.6.1.4.1.25506.1.57', type: 'Router', model: 'AR28-09' }, // hh3c_ar28_09
  { oid: '1.3.6.1.4.1.25506.1.58', type: 'Router', model: 'AR28-10' }, // hh3c_ar28_10
  { oid: '1.3.6.1.4.1.25506.1.59', type: 'Router', model: 'AR28-11' }, // hh3c_ar28_11
  { oid: '1.3.6.1.4.1.25506.1.60', type: 'Router', model: 'AR28-12' }, // hh3c_ar28_12
  { oid: '1.3.6.1.4.1.25506.1.61', type: 'Router', model: 'AR28-13' }, // hh3c_ar28_13
  { oid: '1.3.6.1.4.1.25506.1.62', type: 'Router', model: 'AR28-14' }, // hh3c_ar28_14
  { oid: '1.3.6.1.4.1.25506.1.63', type: 'Router', model: 'AR28-30' }, // hh3c_ar28_30
  { oid: '1.3.6.1.4.1.25506.1.64', type: 'Router', model: 'AR28-31' }, // hh3c_ar28_31
  { oid: '1.3.6.1.4.1.25506.1.65', type: 'Router', model: 'AR28-40' }, // hh3c_ar28_40
  { oid: '1.3.6.1.4.1.25506.1.66', type: 'Router', model: 'AR28-80' }, // hh3c_ar28_80
  { oid: '1.3.6.1.4.1.25506.1.67', type: 'Router', model: 'AR46-20' }, // hh3c_ar46_20
  { oid: '1.3.6.1.4.1.25506.1.68', type: 'Router', model: 'AR46-40' }, // hh3c_ar46_40
  { oid: '1.3.6.1.4.1.25506.1.69', type: 'Router', model: 'AR46-80' }, // hh3c_ar46_80
  { oid: '1.3.6.1.4.1.25506.1.70', type: 'Router', model: 'MSR20-20' }, // hh3c_msr20_20
  { oid: '1.3.6.1.4.1.25506.1.71', type: 'Router', model: 'MSR20-21' }, // hh3c_msr20_21
  { oid: '1.3.6.1.4.1.25506.1.72', type: 'Router', model: 'MSR20-40' }, // hh3c_msr20_40
  { oid: '1.3.6.1.4.1.25506.1.73', type: 'Router', model: 'MSR30-20' }, // hh3c_msr30_20
  { oid: '1.3.6.1.4.1.25506.1.74', type: 'Router', model: 'MSR30-40' }, // hh3c_msr30_40
  { oid: '1.3.6.1.4.1.25506.1.75', type: 'Router', model: 'MSR30-60' }, // hh3c_msr30_60
  { oid: '1.3.6.1.4.1.25506.1.76', type: 'Router', model: 'MSR50-40' }, // hh3c_msr50_40
  { oid: '1.3.6.1.4.1.25506.1.77', type: 'Router', model: 'MSR50-60' }, // hh3c_msr50_60
  { oid: '1.3.6.1.4.1.25506.1.88', type: 'Router', model: 'AR18-21' }, // hh3c_ar18_21
  { oid: '1.3.6.1.4.1.25506.1.89', type: 'Router', model: 'AR18-21A' }, // hh3c_ar18_21A
  { oid: '1.3.6.1.4.1.25506.1.90', type: 'Router', model: 'AR18-21B' }, // hh3c_ar18_21B
  { oid: '1.3.6.1.4.1.25506.1.91', type: 'Router', model: 'AR18-22' }, // hh3c_ar18_22
  { oid: '1.3.6.1.4.1.25506.1.92', type: 'Router', model: 'AR18-22-8' }, // hh3c_ar18_22_8
  { oid: '1.3.6.1.4.1.25506.1.93', type: 'Router', model: 'AR18-22S-8' }, // hh3c_ar18_22S_8
  { oid: '1.3.6.1.4.1.25506.1.94', type: 'Router', model: 'AR18-22-24' }, // hh3c_ar18_22_24
  { oid: '1.3.6.1.4.1.25506.1.95', type: 'Router', model: 'AR18-23-1' }, // hh3c_ar18_23_1
  { oid: '1.3.6.1.4.1.25506.1.96', type: 'Router', model: 'AR18-23S-1' }, // hh3c_ar18_23S_1
  { oid: '1.3.6.1.4.1.25506.1.98', type: 'Router', model: 'AR18-30E' }, // hh3c_ar18_30E
  { oid: '1.3.6.1.4.1.25506.1.100', type: 'Router', model: 'AR18-31E' }, // hh3c_ar18_31E
  { oid: '1.3.6.1.4.1.25506.1.102', type: 'Router', model: 'AR18-32E' }, // hh3c_ar18_32E
  { oid: '1.3.6.1.4.1.25506.1.103', type: 'Router', model: 'AR18-33' }, // hh3c_ar18_33
  { oid: '1.3.6.1.4.1.25506.1.104', type: 'Router', model: 'AR18-33E' }, // hh3c_ar18_33E
  { oid: '1.3.6.1.4.1.25506.1.105', type: 'Router', model: 'AR18-34' }, // hh3c_ar18_34
  { oid: '1.3.6.1.4.1.25506.1.106', type: 'Router', model: 'AR18-34E' }, // hh3c_ar18_34E
  { oid: '1.3.6.1.4.1.25506.1.108', type: 'Router', model: 'AR18-35E' }, // hh3c_ar18_35E
  { oid: '1.3.6.1.4.1.25506.1.109', type: 'Router', model: 'AR18-63-1' }, // hh3c_ar18_63_1
  { oid: '1.3.6.1.4.1.25506.1.110', type: 'Firewall', model: 'SecPath F100-C' }, // hh3c_secpathF100_C
  { oid: '1.3.6.1.4.1.25506.1.111', type: 'Firewall', model: 'SecPath F100-A' }, // hh3c_secpathF100_A
  { oid: '1.3.6.1.4.1.25506.1.112', type: 'Firewall', model: 'SecPath F100-S' }, // hh3c_secpathF100_S
  { oid: '1.3.6.1.4.1.25506.1.113', type: 'Firewall', model: 'SecPath F100-E' }, // hh3c_secpathF100_E
  { oid: '1.3.6.1.4.1.25506.1.114', type: 'Firewall', model: 'SecPath F1000-S' }, // hh3c_secpathF1000_S
  { oid: '1.3.6.1.4.1.25506.1.115', type: 'Firewall', model: 'SecPath F1000-A' }, // hh3c_secpathF1000_A
  { oid: '1.3.6.1.4.1.25506.1.116', type: 'Firewall', model: 'SecPath F1800-A' }, // hh3c_secpathF1800_A
  { oid: '1.3.6.1.4.1.25506.1.117', type: 'Firewall', model: 'SecPath V100-S' }, // hh3c_secpathV100_S
  { oid: '1.3.6.1.4.1.25506.1.118', type: 'Firewall', model: 'SecPath V1000-A' }, // hh3c_secpathV1000_A
  { oid: '1.3.6.1.4.1.25506.1.119', type: 'Firewall', model: 'SecPath F100-AW' }, // hh3c_secpathF100_AW
  { oid: '1.3.6.1.4.1.25506.1.120', type: 'Firewall', model: 'SecPath F1800-S' }, // hh3c_secpathF1800_S
  { oid: '1.3.6.1.4.1.25506.1.121', type: 'Firewall', model: 'SecPath F1800-E' }, // hh3c_secpathF1800_E
  { oid: '1.3.6.1.4.1.25506.1.147', type: 'Switch', model: 'S9502' }, // hh3c_s9502
  { oid: '1.3.6.1.4.1.25506.1.148', type: 'Switch', model: 'S9505' }, // hh3c_s9505
  { oid: '1.3.6.1.4.1.25506.1.149', type: 'Switch', model: 'S9508' }, // hh3c_s9508
  { oid: '1.3.6.1.4.1.25506.1.150', type: 'Switch', model: 'S9508V' }, // hh3c_s9508V
  { oid: '1.3.6.1.4.1.25506.1.151', type: 'Switch', model: 'S9512' }, // hh3c_s9512
  { oid: '1.3.6.1.4.1.25506.1.152', type: 'Router', model: 'SR8812' }, // hh3c_sR8812
  { oid: '1.3.6.1.4.1.25506.1.153', type: 'Router', model: 'SR8808' }, // hh3c_sR8808
  { oid: '1.3.6.1.4.1.25506.1.154', type: 'Router', model: 'SR8805' }, // hh3c_sR8805
  { oid: '1.3.6.1.4.1.25506.1.155', type: 'Router', model: 'SR8802' }, // hh3c_sR8802
  { oid: '1.3.6.1.4.1.25506.1.156', type: 'Switch', model: 'E126-SI' }, // hh3c_e126_SI
  { oid: '1.3.6.1.4.1.25506.1.159', type: 'Switch', model: 'S7510E' }, // hh3c_s7510E
  { oid: '1.3.6.1.4.1.25506.1.160', type: 'Switch', model: 'S5100-24P-SI' }, // hh3c_s5100_24P_SI
  { oid: '1.3.6.1.4.1.25506.1.161', type: 'Switch', model: 'S5100-48P-SI' }, // hh3c_s5100_48P_SI
  { oid: '1.3.6.1.4.1.25506.1.162', type: 'Switch', model: 'S5100-8P-SI' }, // hh3c_s5100_8P_SI
  { oid: '1.3.6.1.4.1.25506.1.163', type: 'Switch', model: 'S5100-16P-SI' }, // hh3c_s5100_16P_SI
  { oid: '1.3.6.1.4.1.25506.1.164', type: 'Switch', model: 'S5100-8P-EI' }, // hh3c_s5100_8P_EI
  { oid: '1.3.6.1.4.1.25506.1.165', type: 'Switch', model: 'S5100-16P-EI' }, // hh3c_s5100_16P_EI
  { oid: '1.3.6.1.4.1.25506.1.166', type: 'Switch', model: 'S5100-8P-PWR-EI' }, // hh3c_s5100_8P_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.167', type: 'Switch', model: 'S5100-16P-PWR-EI' }, // hh3c_s5100_16P_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.168', type: 'Switch', model: 'S5100-26C-PWR-EI' }, // hh3c_s5100_26C_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.169', type: 'Switch', model: 'S5100-50C-PWR-EI' }, // hh3c_s5100_50C_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.170', type: 'Switch', model: 'S3108TP-EI' }, // hh3c_s3108TP_EI
  { oid: '1.3.6.1.4.1.25506.1.171', type: 'Switch', model: 'S3116TP-EI' }, // hh3c_s3116TP_EI
  { oid: '1.3.6.1.4.1.25506.1.172', type: 'Switch', model: 'S3126TP-EI' }, // hh3c_s3126TP_EI
  { oid: '1.3.6.1.4.1.25506.1.173', type: 'Switch', model: 'S3108TP-EI-PWR' }, // hh3c_s3108TP_EI_PWR
  { oid: '1.3.6.1.4.1.25506.1.174', type: 'Switch', model: 'S3116TP-EI-PWR' }, // hh3c_s3116TP_EI_PWR
  { oid: '1.3.6.1.4.1.25506.1.175', type: 'Switch', model: 'S3126TP-EI-PWR' }, // hh3c_s3126TP_EI_PWR
  { oid: '1.3.6.1.4.1.25506.1.177', type: 'Switch', model: 'S5500M-20C' }, // hh3c_s5500M_20C
  { oid: '1.3.6.1.4.1.25506.1.178', type: 'Switch', model: 'S5500M-20F' }, // hh3c_s5500M_20F
  { oid: '1.3.6.1.4.1.25506.1.180', type: 'Switch', model: 'S9505-V5' }, // hh3c_s9505_V5
  { oid: '1.3.6.1.4.1.25506.1.181', type: 'Switch', model: 'S9512-V5' }, // hh3c_s9512_V5
  { oid: '1.3.6.1.4.1.25506.1.182', type: 'Switch', model: 'S9508-V5' }, // hh3c_s9508_V5
  { oid: '1.3.6.1.4.1.25506.1.183', type: 'Switch', model: 'S9508V-V5' }, // hh3c_s9508V_V5
  { oid: '1.3.6.1.4.1.25506.1.184', type: 'Switch', model: 'S9502-V5' }, // hh3c_s9502_V5
  { oid: '1.3.6.1.4.1.25506.1.185', type: 'Router', model: 'SR8802-V5' }, // hh3c_sR8802_V5
  { oid: '1.3.6.1.4.1.25506.1.186', type: 'Router', model: 'SR8805-V5' }, // hh3c_sR8805_V5
  { oid: '1.3.6.1.4.1.25506.1.187', type: 'Router', model: 'SR8812-V5' }, // hh3c_sR8812_V5
  { oid: '1.3.6.1.4.1.25506.1.188', type: 'Router', model: 'SR8808-V5' }, // hh3c_sR8808_V5
  { oid: '1.3.6.1.4.1.25506.1.189', type: 'Switch', model: 'S3100-52P' }, // hh3c_s3100_52P
  { oid: '1.3.6.1.4.1.25506.1.190', type: 'Switch', model: 'E152' }, // hh3c_e152
  { oid: '1.3.6.1.4.1.25506.1.191', type: 'Switch', model: 'S2008' }, // hh3c_s2008
  { oid: '1.3.6.1.4.1.25506.1.192', type: 'Switch', model: 'S2026' }, // hh3c_s2026
  { oid: '1.3.6.1.4.1.25506.1.193', type: 'Router', model: 'SR6602' }, // hh3c_sr6602
  { oid: '1.3.6.1.4.1.25506.1.194', type: 'Router', model: 'SR6608' }, // hh3c_sr6608
  { oid: '1.3.6.1.4.1.25506.1.195', type: 'Switch', model: 'S3100-08TP-EI' }, // hh3c_s3100_08TP_EI
  { oid: '1.3.6.1.4.1.25506.1.196', type: 'Switch', model: 'S3100-08TP-PWR-EI' }, // hh3c_s3100_08TP_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.197', type: 'Switch', model: 'S3100-16TP-EI' }, // hh3c_s3100_16TP_EI
  { oid: '1.3.6.1.4.1.25506.1.198', type: 'Switch', model: 'S3100-16TP-PWR-EI' }, // hh3c_s3100_16TP_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.199', type: 'Switch', model: 'S3100-26TP-EI' }, // hh3c_s3100_26TP_EI
  { oid: '1.3.6.1.4.1.25506.1.200', type: 'Switch', model: 'S3100-26TP-PWR-EI' }, // hh3c_s3100_26TP_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.201', type: 'Switch', model: 'S7502-v5' }, // hh3c_s7502_v5
  { oid: '1.3.6.1.4.1.25506.1.204', type: 'AccessPoint', model: 'WCM-wx5002' }, // hh3c_wcm_wx5002
  { oid: '1.3.6.1.4.1.25506.1.205', type: 'AccessPoint', model: 'WCM-wcma' }, // hh3c_wcm_wcma
  { oid: '1.3.6.1.4.1.25506.1.206', type: 'Router', model: 'MSR30-10' }, // hh3c_msr30_10
  { oid: '1.3.6.1.4.1.25506.1.207', type: 'Switch', model: 'S7502e' }, // hh3c_s7502e
  { oid: '1.3.6.1.4.1.25506.1.208', type: 'Switch', model: 'S7503E' }, // hh3c_s7503E
  { oid: '1.3.6.1.4.1.25506.1.209', type: 'Switch', model: 'S7506E' }, // hh3c_s7506E
  { oid: '1.3.6.1.4.1.25506.1.210', type: 'Switch', model: 'S7506E-V' }, // hh3c_s7506E_V
  { oid: '1.3.6.1.4.1.25506.1.211', type: 'Firewall', model: 'SecBlade -FW' }, // hh3c_secBlade_FW
  { oid: '1.3.6.1.4.1.25506.1.212', type: 'Firewall', model: 'SecBlade -IPSec' }, // hh3c_secBlade_IPSec
  { oid: '1.3.6.1.4.1.25506.1.213', type: 'Switch', model: 'S3100-8TP-SI' }, // hh3c_s3100_8TP_SI
  { oid: '1.3.6.1.4.1.25506.1.214', type: 'Switch', model: 'S3100-16TP-SI' }, // hh3c_s3100_16TP_SI
  { oid: '1.3.6.1.4.1.25506.1.215', type: 'Switch', model: 'E126A' }, // hh3c_e126A
  { oid: '1.3.6.1.4.1.25506.1.216', type: 'Switch', model: 'S3100-26TP-SI-B' }, // hh3c_s3100_26TP_SI_B
  { oid: '1.3.6.1.4.1.25506.1.217', type: 'Router', model: 'MSR30-16' }, // hh3c_msr30_16
  { oid: '1.3.6.1.4.1.25506.1.219', type: 'Switch', model: 'S2126-ei' }, // hh3c_s2126_ei
  { oid: '1.3.6.1.4.1.25506.1.220', type: 'Switch', model: 'E150-si' }, // hh3c_e150_si
  { oid: '1.3.6.1.4.1.25506.1.221', type: 'Router', model: 'MSR30-11' }, // hh3c_msr30_11
  { oid: '1.3.6.1.4.1.25506.1.224', type: 'Firewall', model: 'SecPath F100-M' }, // hh3c_secpathF100_M
  { oid: '1.3.6.1.4.1.25506.1.228', type: 'AccessPoint', model: 'WCM-wx5002-128ap' }, // hh3c_wcm_wx5002_128ap
  { oid: '1.3.6.1.4.1.25506.1.229', type: 'Router', model: 'MSR20-10' }, // hh3c_msr20_10
  { oid: '1.3.6.1.4.1.25506.1.230', type: 'Router', model: 'MSR20-11' }, // hh3c_msr20_11
  { oid: '1.3.6.1.4.1.25506.1.231', type: 'Router', model: 'MSR20-13' }, // hh3c_msr20_13
  { oid: '1.3.6.1.4.1.25506.1.232', type: 'Router', model: 'MSR20-15' }, // hh3c_msr20_15
  { oid: '1.3.6.1.4.1.25506.1.236', type: 'Switch', model: 'S3610-52m' }, // hh3c_s3610_52m
  { oid: '1.3.6.1.4.1.25506.1.239', type: 'Firewall', model: 'F1000-E' }, // hh3c_F1000_E
  { oid: '1.3.6.1.4.1.25506.1.240', type: 'Switch', model: 'S5024P' }, // hh3c_S5024P
  { oid: '1.3.6.1.4.1.25506.1.241', type: 'Switch', model: 'S5016P' }, // hh3c_S5016P
  { oid: '1.3.6.1.4.1.25506.1.242', type: 'Switch', model: 'LSQ1FWBSC0' }, // hh3c_LSQ1FWBSC0
  { oid: '1.3.6.1.4.1.25506.1.243', type: 'Switch', model: 'LSB1FW2A0' }, // hh3c_LSB1FW2A0
  { oid: '1.3.6.1.4.1.25506.1.244', type: 'Switch', model: 'S3100-8TP-EI' }, // hh3c_S3100_8TP_EI
  { oid: '1.3.6.1.4.1.25506.1.245', type: 'Switch', model: 'S3100-16TP-EI' }, // hh3c_S3100_16TP_EI
  { oid: '1.3.6.1.4.1.25506.1.246', type: 'Switch', model: 'S3100-26TP-EI' }, // hh3c_S3100_26TP_EI
  { oid: '1.3.6.1.4.1.25506.1.256', type: 'Switch', model: 'S3100-52TP' }, // hh3c_S3100_52TP
  { oid: '1.3.6.1.4.1.25506.1.257', type: 'Router', model: 'MSR20-12' }, // hh3c_msr20_12
  { oid: '1.3.6.1.4.1.25506.1.258', type: 'Switch', model: 'S1550E' }, // hh3c_s1550E
  { oid: '1.3.6.1.4.1.25506.1.259', type: 'Switch', model: 'S1550' }, // hh3c_s1550
  { oid: '1.3.6.1.4.1.25506.1.260', type: 'Switch', model: 'S1526-EI' }, // hh3c_s1526_EI
  { oid: '1.3.6.1.4.1.25506.1.261', type: 'Router', model: 'MSR20-12-T' }, // hh3c_msr20_12_T
  { oid: '1.3.6.1.4.1.25506.1.262', type: 'Router', model: 'MSR20-15-I' }, // hh3c_msr20_15_I
  { oid: '1.3.6.1.4.1.25506.1.263', type: 'Router', model: 'MSR20-15-N' }, // hh3c_msr20_15_N
  { oid: '1.3.6.1.4.1.25506.1.264', type: 'AccessPoint', model: 'WX6100EWPX' }, // hh3c_wx6100EWPX
  { oid: '1.3.6.1.4.1.25506.1.265', type: 'AccessPoint', model: 'WX6100LSQ' }, // hh3c_wx6100LSQ
  { oid: '1.3.6.1.4.1.25506.1.266', type: 'AccessPoint', model: 'WX6100LSB' }, // hh3c_wx6100LSB
  { oid: '1.3.6.1.4.1.25506.1.267', type: 'AccessPoint', model: 'WX6100SW' }, // hh3c_wx6100SW
  { oid: '1.3.6.1.4.1.25506.1.270', type: 'AccessPoint', model: 'WA1208e-g' }, // hh3c_wa1208e_g
  { oid: '1.3.6.1.4.1.25506.1.271', type: 'AccessPoint', model: 'WA1208e-dg' }, // hh3c_wa1208e_dg
  { oid: '1.3.6.1.4.1.25506.1.272', type: 'AccessPoint', model: 'WA1208e-ag' }, // hh3c_wa1208e_ag
  { oid: '1.3.6.1.4.1.25506.1.273', type: 'AccessPoint', model: 'WA1208e-agp' }, // hh3c_wa1208e_agp
  { oid: '1.3.6.1.4.1.25506.1.274', type: 'Switch', model: 'S7501M-24T' }, // hh3c_S7501M_24T
  { oid: '1.3.6.1.4.1.25506.1.275', type: 'Switch', model: 'S7501M-24TP' }, // hh3c_s7501M_24TP
  { oid: '1.3.6.1.4.1.25506.1.276', type: 'Switch', model: 'S7502M' }, // hh3c_s7502M
  { oid: '1.3.6.1.4.1.25506.1.277', type: 'Switch', model: 'S7503M' }, // hh3c_s7503M
  { oid: '1.3.6.1.4.1.25506.1.278', type: 'Switch', model: 'S7506M' }, // hh3c_s7506M
  { oid: '1.3.6.1.4.1.25506.1.279', type: 'Switch', model: 'S7506M-V' }, // hh3c_s7506M_V
  { oid: '1.3.6.1.4.1.25506.1.280', type: 'Switch', model: 'S7510M' }, // hh3c_s7510M
  { oid: '1.3.6.1.4.1.25506.1.281', type: 'Firewall', model: 'SecPath T200' }, // hh3c_secpathT200
  { oid: '1.3.6.1.4.1.25506.1.282', type: 'Firewall', model: 'SecPath T200E' }, // hh3c_secpathT200E
  { oid: '1.3.6.1.4.1.25506.1.284', type: 'AccessPoint', model: 'WA1208e-gp' }, // hh3c_wa1208e_gp
  { oid: '1.3.6.1.4.1.25506.1.285', type: 'AccessPoint', model: 'WB2321e-agp' }, // hh3c_wb2321e_agp
  { oid: '1.3.6.1.4.1.25506.1.287', type: 'Router', model: 'ICG2000' }, // hh3c_ICG2000
  { oid: '1.3.6.1.4.1.25506.1.288', type: 'Router', model: 'ICG3000' }, // hh3c_ICG3000
  { oid: '1.3.6.1.4.1.25506.1.289', type: 'Router', model: 'ICG5000' }, // hh3c_ICG5000
  { oid: '1.3.6.1.4.1.25506.1.290', type: 'Switch', model: 'S5520TP-SI' }, // hh3c_S5520TP_SI
  { oid: '1.3.6.1.4.1.25506.1.291', type: 'AccessPoint', model: 'WA2210-ag' }, // hh3c_wa2210_ag
  { oid: '1.3.6.1.4.1.25506.1.292', type: 'AccessPoint', model: 'WA2220-ag' }, // hh3c_wa2220_ag
  { oid: '1.3.6.1.4.1.25506.1.293', type: 'AccessPoint', model: 'WA2220e-ag' }, // hh3c_wa2220e_ag
  { oid: '1.3.6.1.4.1.25506.1.294', type: 'AccessPoint', model: 'WA2210x-g' }, // hh3c_wa2210x_g
  { oid: '1.3.6.1.4.1.25506.1.295', type: 'AccessPoint', model: 'WA2220x-ag' }, // hh3c_wa2220x_ag
  { oid: '1.3.6.1.4.1.25506.1.296', type: 'AccessPoint', model: 'WA2220x-agp' }, // hh3c_wa2220x_agp
  { oid: '1.3.6.1.4.1.25506.1.297', type: 'Switch', model: 'S3100-52TP-SI' }, // hh3c_S3100_52TP_SI
  { oid: '1.3.6.1.4.1.25506.1.298', type: 'Firewall', model: 'SecPath ASE5000-E' }, // hh3c_secpathASE5000_E
  { oid: '1.3.6.1.4.1.25506.1.299', type: 'Firewall', model: 'SecPath ASE5000-S' }, // hh3c_secpathASE5000_S
  { oid: '1.3.6.1.4.1.25506.1.300', type: 'Firewall', model: 'SecPath U200-C' }, // hh3c_secpathU200_C
  { oid: '1.3.6.1.4.1.25506.1.301', type: 'Firewall', model: 'SecPath U200-S' }, // hh3c_secpathU200_S
  { oid: '1.3.6.1.4.1.25506.1.302', type: 'Firewall', model: 'SecPath U200-A' }, // hh3c_secpathU200_A
  { oid: '1.3.6.1.4.1.25506.1.303', type: 'Firewall', model: 'SecPath U200-M' }, // hh3c_secpathU200_M
  { oid: '1.3.6.1.4.1.25506.1.306', type: 'Router', model: 'ECR3304-hf' }, // hh3c_ecr3304_hf
  { oid: '1.3.6.1.4.1.25506.1.307', type: 'Router', model: 'ECR3308-hd' }, // hh3c_ecr3308_hd
  { oid: '1.3.6.1.4.1.25506.1.308', type: 'Router', model: 'ECR3316-hc' }, // hh3c_ecr3316_hc
  { oid: '1.3.6.1.4.1.25506.1.318', type: 'Switch', model: 'S5024E' }, // hh3c_S5024E
  { oid: '1.3.6.1.4.1.25506.1.319', type: 'Switch', model: 'S5048E' }, // hh3c_S5048E
  { oid: '1.3.6.1.4.1.25506.1.320', type: 'Firewall', model: 'SecPath F5000-A' }, // hh3c_secpathF5000_A
  { oid: '1.3.6.1.4.1.25506.1.325', type: 'Switch', model: 'S7501E' }, // hh3c_S7501E
  { oid: '1.3.6.1.4.1.25506.1.326', type: 'Switch', model: 'S3100-8C-EPON-EI' }, // hh3c_S3100_8C_EPON_EI
  { oid: '1.3.6.1.4.1.25506.1.327', type: 'Switch', model: 'S3100-16C-EPON-EI' }, // hh3c_S3100_16C_EPON_EI
  { oid: '1.3.6.1.4.1.25506.1.328', type: 'Switch', model: 'S3100-26C-EPON-EI' }, // hh3c_S3100_26C_EPON_EI
  { oid: '1.3.6.1.4.1.25506.1.329', type: 'Firewall', model: 'SecBlade -LSQ1AFCBSC0' }, // hh3c_secBlade_LSQ1AFCBSC0
  { oid: '1.3.6.1.4.1.25506.1.330', type: 'Firewall', model: 'SecBlade -LSB1AFC1A0' }, // hh3c_secBlade_LSB1AFC1A0
  { oid: '1.3.6.1.4.1.25506.1.331', type: 'Firewall', model: 'SecPath F1000-C' }, // hh3c_secpathF1000_C
  { oid: '1.3.6.1.4.1.25506.1.332', type: 'Firewall', model: 'SecPath F100-A-SI' }, // hh3c_secpathF100_A_SI
  { oid: '1.3.6.1.4.1.25506.1.333', type: 'Firewall', model: 'SecPath V100-E' }, // hh3c_secpathV100_E
  { oid: '1.3.6.1.4.1.25506.1.334', type: 'Switch', model: 'S5800-32C' }, // hh3c_S5800_32C
  { oid: '1.3.6.1.4.1.25506.1.335', type: 'Switch', model: 'S5800-56C' }, // hh3c_S5800_56C
  { oid: '1.3.6.1.4.1.25506.1.336', type: 'Switch', model: 'S5800-32C-PWR' }, // hh3c_S5800_32C_PWR
  { oid: '1.3.6.1.4.1.25506.1.337', type: 'Switch', model: 'S5800-56C-PWR' }, // hh3c_S5800_56C_PWR
  { oid: '1.3.6.1.4.1.25506.1.338', type: 'Switch', model: 'S5800-60C-PWR' }, // hh3c_S5800_60C_PWR
  { oid: '1.3.6.1.4.1.25506.1.339', type: 'Switch', model: 'S5800-32F' }, // hh3c_S5800_32F
  { oid: '1.3.6.1.4.1.25506.1.340', type: 'Switch', model: 'S5820X-28C' }, // hh3c_S5820X_28C
  { oid: '1.3.6.1.4.1.25506.1.341', type: 'Switch', model: 'S5820X-28S' }, // hh3c_S5820X_28S
  { oid: '1.3.6.1.4.1.25506.1.343', type: 'Router', model: 'CR400' }, // hh3c_cr400
  { oid: '1.3.6.1.4.1.25506.1.345', type: 'Firewall', model: 'SecPath T1000-M' }, // hh3c_secpathT1000_M
  { oid: '1.3.6.1.4.1.25506.1.347', type: 'Router', model: 'MSR50-06' }, // hh3c_msr50_06
  { oid: '1.3.6.1.4.1.25506.1.348', type: 'Firewall', model: 'SecPath ACG2000-M' }, // hh3c_secpathACG2000_M
  { oid: '1.3.6.1.4.1.25506.1.349', type: 'Firewall', model: 'SecBlade -LSQ1ACGASC0' }, // hh3c_secBlade_LSQ1ACGASC0
  { oid: '1.3.6.1.4.1.25506.1.350', type: 'Firewall', model: 'SecBlade -LSB1ACG1A0' }, // hh3c_secBlade_LSB1ACG1A0
  { oid: '1.3.6.1.4.1.25506.1.351', type: 'AccessPoint', model: 'WX3024wcm' }, // hh3c_wx3024wcm
  { oid: '1.3.6.1.4.1.25506.1.352', type: 'AccessPoint', model: 'WX3024lsw' }, // hh3c_wx3024lsw
  { oid: '1.3.6.1.4.1.25506.1.353', type: 'AccessPoint', model: 'WX5004' }, // hh3c_wx5004
  { oid: '1.3.6.1.4.1.25506.1.354', type: 'Router', model: 'SR6604' }, // hh3c_sr6604
  { oid: '1.3.6.1.4.1.25506.1.356', type: 'Firewall', model: 'SecBlade -SPE-FWM' }, // hh3c_secBlade_SPE_FWM
  { oid: '1.3.6.1.4.1.25506.1.357', type: 'Router', model: 'ICG2200' }, // hh3c_ICG2200
  { oid: '1.3.6.1.4.1.25506.1.358', type: 'Switch', model: 'S7602' }, // hh3c_S7602
  { oid: '1.3.6.1.4.1.25506.1.359', type: 'Switch', model: 'S7603' }, // hh3c_S7603
  { oid: '1.3.6.1.4.1.25506.1.360', type: 'Switch', model: 'S7606' }, // hh3c_S7606
  { oid: '1.3.6.1.4.1.25506.1.361', type: 'Switch', model: 'S7606-V' }, // hh3c_S7606_V
  { oid: '1.3.6.1.4.1.25506.1.362', type: 'Switch', model: 'S7610' }, // hh3c_S7610
  { oid: '1.3.6.1.4.1.25506.1.363', type: 'AccessPoint', model: 'WA2610e-agn' }, // hh3c_wa2610e_agn
  { oid: '1.3.6.1.4.1.25506.1.364', type: 'AccessPoint', model: 'WA2620e-agn' }, // hh3c_wa2620e_agn
  { oid: '1.3.6.1.4.1.25506.1.365', type: 'AccessPoint', model: 'WA1208e-g-v5' }, // hh3c_wa1208e_g_v5
  { oid: '1.3.6.1.4.1.25506.1.366', type: 'AccessPoint', model: 'WA1208e-dg-v5' }, // hh3c_wa1208e_dg_v5
  { oid: '1.3.6.1.4.1.25506.1.367', type: 'AccessPoint', model: 'WA1208e-ag-v5' }, // hh3c_wa1208e_ag_v5
  { oid: '1.3.6.1.4.1.25506.1.368', type: 'AccessPoint', model: 'WA1208e-agp-v5' }, // hh3c_wa1208e_agp_v5
  { oid: '1.3.6.1.4.1.25506.1.369', type: 'AccessPoint', model: 'WA1208e-gp-v5' }, // hh3c_wa1208e_gp_v5
  { oid: '1.3.6.1.4.1.25506.1.370', type: 'Switch', model: 'S7503E-S' }, // hh3c_S7503E_S
  { oid: '1.3.6.1.4.1.25506.1.371', type: 'Firewall', model: 'SecPath IAG2000-A' }, // hh3c_secpathIAG2000_A
  { oid: '1.3.6.1.4.1.25506.1.372', type: 'Firewall', model: 'SecPath T1000-A' }, // hh3c_secpathT1000_A
  { oid: '1.3.6.1.4.1.25506.1.373', type: 'Firewall', model: 'SecPath T1000-S' }, // hh3c_secpathT1000_S
  { oid: '1.3.6.1.4.1.25506.1.374', type: 'Firewall', model: 'SecBlade -EWPX1FWA0' }, // hh3c_secBlade_EWPX1FWA0
  { oid: '1.3.6.1.4.1.25506.1.375', type: 'Firewall', model: 'SecBlade -LSQ1NSMSC0' }, // hh3c_secBlade_LSQ1NSMSC0
  { oid: '1.3.6.1.4.1.25506.1.376', type: 'Firewall', model: 'SecBlade -LSQ1AFDBSC0' }, // hh3c_secBlade_LSQ1AFDBSC0
  { oid: '1.3.6.1.4.1.25506.1.377', type: 'Firewall', model: 'SecBlade -LSQ1LBSC0' }, // hh3c_secBlade_LSQ1LBSC0
  { oid: '1.3.6.1.4.1.25506.1.378', type: 'Firewall', model: 'SecBlade -LSB1LB1A0' }, // hh3c_secBlade_LSB1LB1A0
  { oid: '1.3.6.1.4.1.25506.1.385', type: 'Switch', model: 'S3600-2P-OLT' }, // hh3c_s3600_2P_OLT
  { oid: '1.3.6.1.4.1.25506.1.386', type: 'Router', model: 'ER3200' }, // hh3c_ER3200
  { oid: '1.3.6.1.4.1.25506.1.387', type: 'Router', model: 'ER3100' }, // hh3c_ER3100
  { oid: '1.3.6.1.4.1.25506.1.388', type: 'Switch', model: 'S9505E' }, // hh3c_s9505E
  { oid: '1.3.6.1.4.1.25506.1.389', type: 'Switch', model: 'S9508E-V' }, // hh3c_s9508E_V
  { oid: '1.3.6.1.4.1.25506.1.390', type: 'Switch', model: 'S9512E' }, // hh3c_s9512E
  { oid: '1.3.6.1.4.1.25506.1.391', type: 'Switch', model: 'S12508' }, // hh3c_s12508
  { oid: '1.3.6.1.4.1.25506.1.392', type: 'Switch', model: 'S12518' }, // hh3c_s12518
  { oid: '1.3.6.1.4.1.25506.1.395', type: 'Switch', model: 'S2008TP-EA' }, // hh3c_s2008TP_EA
  { oid: '1.3.6.1.4.1.25506.1.396', type: 'Switch', model: 'S2016TP-EA' }, // hh3c_s2016TP_EA
  { oid: '1.3.6.1.4.1.25506.1.397', type: 'Switch', model: 'S2403TP-EA' }, // hh3c_s2403TP_EA
  { oid: '1.3.6.1.4.1.25506.1.398', type: 'Router', model: 'ICG2000-CT' }, // hh3c_ICG2000_CT
  { oid: '1.3.6.1.4.1.25506.1.400', type: 'Switch', model: 'S3528P-EA' }, // hh3c_S3528P_EA
  { oid: '1.3.6.1.4.1.25506.1.401', type: 'Switch', model: 'S3552P-EA' }, // hh3c_S3552P_EA
  { oid: '1.3.6.1.4.1.25506.1.402', type: 'Switch', model: 'S3552F-EA' }, // hh3c_S3552F_EA
  { oid: '1.3.6.1.4.1.25506.1.403', type: 'Switch', model: 'S3528F-EA' }, // hh3c_S3528F_EA
  { oid: '1.3.6.1.4.1.25506.1.404', type: 'Switch', model: 'S3528TP-EA' }, // hh3c_S3528TP_EA
  { oid: '1.3.6.1.4.1.25506.1.405', type: 'Firewall', model: 'SecPath AFD1000-A' }, // hh3c_secpathAFD1000_A
  { oid: '1.3.6.1.4.1.25506.1.406', type: 'Firewall', model: 'SecPath F100-C-EI' }, // hh3c_secpathF100_C_EI
  { oid: '1.3.6.1.4.1.25506.1.407', type: 'Router', model: 'ER3260' }, // hh3c_ER3260
  { oid: '1.3.6.1.4.1.25506.1.408', type: 'Router', model: 'ICG800' }, // hh3c_ICG800
  { oid: '1.3.6.1.4.1.25506.1.409', type: 'Router', model: 'ICG800g' }, // hh3c_ICG800g
  { oid: '1.3.6.1.4.1.25506.1.410', type: 'Router', model: 'ICG1000' }, // hh3c_ICG1000
  { oid: '1.3.6.1.4.1.25506.1.411', type: 'Router', model: 'ICG1800' }, // hh3c_ICG1800
  { oid: '1.3.6.1.4.1.25506.1.415', type: 'Firewall', model: 'SecPath ACG8800-S3' }, // hh3c_secpathACG8800_S3
  { oid: '1.3.6.1.4.1.25506.1.416', type: 'Firewall', model: 'SecPath T5000-S3' }, // hh3c_secpathT5000_S3
  { oid: '1.3.6.1.4.1.25506.1.417', type: 'Firewall', model: 'SecPath IAG2000-S' }, // hh3c_secpathIAG2000_S
  { oid: '1.3.6.1.4.1.25506.1.418', type: 'Firewall', model: 'SecPath ACG8800-S3-NS21S2MSPB0' }, // hh3c_secpathACG8800_S3_NS21S2MSPB0
  { oid: '1.3.6.1.4.1.25506.1.419', type: 'Firewall', model: 'SecPath T5000-S3-NS11S2MSPB0' }, // hh3c_secpathT5000_S3_NS11S2MSPB0
  { oid: '1.3.6.1.4.1.25506.1.420', type: 'Router', model: 'MSR3010' }, // hh3c_msr3010
  { oid: '1.3.6.1.4.1.25506.1.421', type: 'Router', model: 'MSR3011E' }, // hh3c_msr3011E
  { oid: '1.3.6.1.4.1.25506.1.422', type: 'Router', model: 'MSR3011F' }, // hh3c_msr3011F
  { oid: '1.3.6.1.4.1.25506.1.423', type: 'Firewall', model: 'SecPath T200-A' }, // hh3c_secpathT200_A
  { oid: '1.3.6.1.4.1.25506.1.424', type: 'Firewall', model: 'SecPath T200-M' }, // hh3c_secpathT200_M
  { oid: '1.3.6.1.4.1.25506.1.425', type: 'Firewall', model: 'SecPath F100-C2' }, // hh3c_secpathF100_C2
  { oid: '1.3.6.1.4.1.25506.1.438', type: 'Router', model: 'SR6616' }, // hh3c_sr6616
  { oid: '1.3.6.1.4.1.25506.1.439', type: 'Switch', model: 'S3620-28TP-EI' }, // hh3c_s3620_28TP_EI
  { oid: '1.3.6.1.4.1.25506.1.440', type: 'Switch', model: 'S3620-28P-EI' }, // hh3c_s3620_28P_EI
  { oid: '1.3.6.1.4.1.25506.1.441', type: 'Switch', model: 'S3620-52P-EI' }, // hh3c_s3620_52P_EI
  { oid: '1.3.6.1.4.1.25506.1.442', type: 'Switch', model: 'S3620-28P-PWR-EI' }, // hh3c_s3620_28P_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.443', type: 'Switch', model: 'S3620-52P-PWR-EI' }, // hh3c_s3620_52P_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.444', type: 'Switch', model: 'S3620-28F-EI' }, // hh3c_s3620_28F_EI
  { oid: '1.3.6.1.4.1.25506.1.445', type: 'Switch', model: 'S3620-52M' }, // hh3c_s3620_52M
  { oid: '1.3.6.1.4.1.25506.1.446', type: 'Switch', model: 'S3620-52M-DC' }, // hh3c_s3620_52M_DC
  { oid: '1.3.6.1.4.1.25506.1.447', type: 'Switch', model: 'S3620-28C-EI' }, // hh3c_s3620_28C_EI
  { oid: '1.3.6.1.4.1.25506.1.448', type: 'AccessPoint', model: 'WA2210e-ge' }, // hh3c_wa2210e_ge
  { oid: '1.3.6.1.4.1.25506.1.449', type: 'AccessPoint', model: 'WA2220x-age' }, // hh3c_wa2220x_age
  { oid: '1.3.6.1.4.1.25506.1.450', type: 'AccessPoint', model: 'WA2210x-ge' }, // hh3c_wa2210x_ge
  { oid: '1.3.6.1.4.1.25506.1.451', type: 'AccessPoint', model: 'WB2320x-age' }, // hh3c_wb2320x_age
  { oid: '1.3.6.1.4.1.25506.1.453', type: 'Switch', model: 'S5810-50S' }, // hh3c_S5810_50S
  { oid: '1.3.6.1.4.1.25506.1.454', type: 'Firewall', model: 'SecBlade -LSQ1IPSSC0' }, // hh3c_secBlade_LSQ1IPSSC0
  { oid: '1.3.6.1.4.1.25506.1.455', type: 'Firewall', model: 'SecBlade -LSB1IPS1A0' }, // hh3c_secBlade_LSB1IPS1A0
  { oid: '1.3.6.1.4.1.25506.1.456', type: 'Router', model: 'ER5100' }, // hh3c_ER5100
  { oid: '1.3.6.1.4.1.25506.1.457', type: 'Router', model: 'ER5200' }, // hh3c_ER5200
  { oid: '1.3.6.1.4.1.25506.1.458', type: 'AccessPoint', model: 'WX3010wcm' }, // hh3c_wx3010wcm
  { oid: '1.3.6.1.4.1.25506.1.459', type: 'AccessPoint', model: 'WX3010lsw' }, // hh3c_wx3010lsw
  { oid: '1.3.6.1.4.1.25506.1.461', type: 'Switch', model: 'S5120-20P-SI' }, // hh3c_S5120_20P_SI
  { oid: '1.3.6.1.4.1.25506.1.462', type: 'Switch', model: 'S5120-28P-SI' }, // hh3c_S5120_28P_SI
  { oid: '1.3.6.1.4.1.25506.1.463', type: 'Switch', model: 'S5120-52P-SI' }, // hh3c_S5120_52P_SI
  { oid: '1.3.6.1.4.1.25506.1.464', type: 'Switch', model: 'S5120-28P-EI' }, // hh3c_S5120_28P_EI
  { oid: '1.3.6.1.4.1.25506.1.465', type: 'Switch', model: 'S5120-52P-EI' }, // hh3c_S5120_52P_EI
  { oid: '1.3.6.1.4.1.25506.1.466', type: 'Switch', model: 'S5120-28P-LPWR-EI' }, // hh3c_S5120_28P_LPWR_EI
  { oid: '1.3.6.1.4.1.25506.1.467', type: 'Switch', model: 'S5120-28P-PWR-EI' }, // hh3c_S5120_28P_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.468', type: 'AccessPoint', model: 'WX6100LSR' }, // hh3c_wx6100LSR
  { oid: '1.3.6.1.4.1.25506.1.469', type: 'Switch', model: 'S7506E-S' }, // hh3c_s7506E_S
  { oid: '1.3.6.1.4.1.25506.1.470', type: 'Router', model: 'ICG2000B' }, // hh3c_ICG2000B
  { oid: '1.3.6.1.4.1.25506.1.471', type: 'Router', model: 'ICG2000C' }, // hh3c_ICG2000C
  { oid: '1.3.6.1.4.1.25506.1.472', type: 'Switch', model: 'S1626' }, // hh3c_S1626
  { oid: '1.3.6.1.4.1.25506.1.473', type: 'Switch', model: 'S1650' }, // hh3c_S1650
  { oid: '1.3.6.1.4.1.25506.1.474', type: 'Switch', model: 'S1626P' }, // hh3c_S1626P
  { oid: '1.3.6.1.4.1.25506.1.477', type: 'Router', model: 'ER3280g' }, // hh3c_ER3280g
  { oid: '1.3.6.1.4.1.25506.1.478', type: 'AccessPoint', model: 'WA2610-agn' }, // hh3c_wa2610_agn
  { oid: '1.3.6.1.4.1.25506.1.479', type: 'AccessPoint', model: 'WA2612-agn' }, // hh3c_wa2612_agn
  { oid: '1.3.6.1.4.1.25506.1.480', type: 'Firewall', model: 'SecPath T200-S' }, // hh3c_secpathT200_S
  { oid: '1.3.6.1.4.1.25506.1.481', type: 'Firewall', model: 'SecPath U200-CS' }, // hh3c_secpathU200_CS
  { oid: '1.3.6.1.4.1.25506.1.482', type: 'Firewall', model: 'SecPath U200-CM' }, // hh3c_secpathU200_CM
  { oid: '1.3.6.1.4.1.25506.1.483', type: 'Firewall', model: 'SecPath U200-CA' }, // hh3c_secpathU200_CA
  { oid: '1.3.6.1.4.1.25506.1.484', type: 'Firewall', model: 'SecBlade -LSR1AFC2A1' }, // hh3c_secBlade_LSR1AFC2A1
  { oid: '1.3.6.1.4.1.25506.1.485', type: 'Firewall', model: 'SecBlade -LSR1FW2A1' }, // hh3c_secBlade_LSR1FW2A1
  { oid: '1.3.6.1.4.1.25506.1.486', type: 'Firewall', model: 'SecBlade -LSR1LB1A1' }, // hh3c_secBlade_LSR1LB1A1
  { oid: '1.3.6.1.4.1.25506.1.487', type: 'Firewall', model: 'SecBlade -LSR1NSM1A1' }, // hh3c_secBlade_LSR1NSM1A1
  { oid: '1.3.6.1.4.1.25506.1.489', type: 'AccessPoint', model: 'LSWM1WCM10' }, // hh3c_LSWM1WCM10
  { oid: '1.3.6.1.4.1.25506.1.490', type: 'AccessPoint', model: 'LSWM1WCM20' }, // hh3c_LSWM1WCM20
  { oid: '1.3.6.1.4.1.25506.1.491', type: 'AccessPoint', model: 'EWPXM1WCMC0' }, // hh3c_EWPXM1WCMC0
  { oid: '1.3.6.1.4.1.25506.1.492', type: 'Switch', model: 'LSWM1IPS10' }, // hh3c_LSWM1IPS10
  { oid: '1.3.6.1.4.1.25506.1.493', type: 'Switch', model: 'LSWM1FW10' }, // hh3c_LSWM1FW10
  { oid: '1.3.6.1.4.1.25506.1.494', type: 'Firewall', model: 'SecPath F1000-S-EI' }, // hh3c_secpathF1000_S_EI
  { oid: '1.3.6.1.4.1.25506.1.495', type: 'Firewall', model: 'SecPath F1000-A-EI' }, // hh3c_secpathF1000_A_EI
  { oid: '1.3.6.1.4.1.25506.1.496', type: 'Router', model: 'MSR50-06-V5' }, // hh3c_msr50_06_V5
  { oid: '1.3.6.1.4.1.25506.1.497', type: 'Firewall', model: 'SecBlade -LSR1ACG1A1' }, // hh3c_secBlade_LSR1ACG1A1
  { oid: '1.3.6.1.4.1.25506.1.498', type: 'Firewall', model: 'SecBlade -LSR1IPS1A1' }, // hh3c_secBlade_LSR1IPS1A1
  { oid: '1.3.6.1.4.1.25506.1.499', type: 'Switch', model: 'S7602-S' }, // hh3c_S7602_S
  { oid: '1.3.6.1.4.1.25506.1.500', type: 'Switch', model: 'S7603-S' }, // hh3c_S7603_S
  { oid: '1.3.6.1.4.1.25506.1.501', type: 'Switch', model: 'S7606-S' }, // hh3c_S7606_S
  { oid: '1.3.6.1.4.1.25506.1.505', type: 'Router', model: 'ER8300' }, // hh3c_ER8300
  { oid: '1.3.6.1.4.1.25506.1.506', type: 'AccessPoint', model: 'WA2610x-gnp' }, // hh3c_wa2610x_gnp
  { oid: '1.3.6.1.4.1.25506.1.507', type: 'AccessPoint', model: 'WB2360x-anp' }, // hh3c_wb2360x_anp
  { oid: '1.3.6.1.4.1.25506.1.509', type: 'AccessPoint', model: 'WA2620-agn' }, // hh3c_wa2620_agn
  { oid: '1.3.6.1.4.1.25506.1.512', type: 'Switch', model: 'S2008TP-EA-SI' }, // hh3c_s2008TP_EA_SI
  { oid: '1.3.6.1.4.1.25506.1.513', type: 'Switch', model: 'S2016TP-EA-SI' }, // hh3c_s2016TP_EA_SI
  { oid: '1.3.6.1.4.1.25506.1.514', type: 'Switch', model: 'S2403TP-EA-SI' }, // hh3c_s2403TP_EA_SI
  { oid: '1.3.6.1.4.1.25506.1.515', type: 'Switch', model: 'S5120-24P-EI' }, // hh3c_S5120_24P_EI
  { oid: '1.3.6.1.4.1.25506.1.516', type: 'Switch', model: 'S5120-48P-EI' }, // hh3c_S5120_48P_EI
  { oid: '1.3.6.1.4.1.25506.1.517', type: 'Switch', model: 'S5120-28C-EI' }, // hh3c_S5120_28C_EI
  { oid: '1.3.6.1.4.1.25506.1.518', type: 'Switch', model: 'S5120-52C-EI' }, // hh3c_S5120_52C_EI
  { oid: '1.3.6.1.4.1.25506.1.519', type: 'Switch', model: 'S5120-28C-PWR-EI' }, // hh3c_S5120_28C_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.520', type: 'Switch', model: 'S5120-52C-PWR-EI' }, // hh3c_S5120_52C_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.521', type: 'AccessPoint', model: 'WX3008wcm' }, // hh3c_wx3008wcm
  { oid: '1.3.6.1.4.1.25506.1.522', type: 'AccessPoint', model: 'WX3008lsw' }, // hh3c_wx3008lsw
  { oid: '1.3.6.1.4.1.25506.1.523', type: 'Router', model: 'MSR900' }, // hh3c_msr900
  { oid: '1.3.6.1.4.1.25506.1.524', type: 'Router', model: 'MSR920' }, // hh3c_msr920
  { oid: '1.3.6.1.4.1.25506.1.525', type: 'Firewall', model: 'SecBlade -LSQ1IAGSC0' }, // hh3c_secBlade_LSQ1IAGSC0
  { oid: '1.3.6.1.4.1.25506.1.526', type: 'AccessPoint', model: 'WX7306' }, // hh3c_WX7306
  { oid: '1.3.6.1.4.1.25506.1.527', type: 'AccessPoint', model: 'WX7310' }, // hh3c_WX7310
  { oid: '1.3.6.1.4.1.25506.1.532', type: 'AccessPoint', model: 'WA2610e-gnp' }, // hh3c_wa2610e_gnp
  { oid: '1.3.6.1.4.1.25506.1.533', type: 'Switch', model: 'S3100-26TP-SI-UM' }, // hh3c_s3100_26TP_SI_UM
  { oid: '1.3.6.1.4.1.25506.1.534', type: 'Switch', model: 'S3100-52TP-SI-UM' }, // hh3c_s3100_52TP_SI_UM
  { oid: '1.3.6.1.4.1.25506.1.535', type: 'Switch', model: 'S5500-24P-SI' }, // hh3c_s5500_24P_SI
  { oid: '1.3.6.1.4.1.25506.1.536', type: 'Switch', model: 'S5500-48P-SI' }, // hh3c_s5500_48P_SI
  { oid: '1.3.6.1.4.1.25506.1.555', type: 'Switch', model: 'S5120-28P-PWR-SI' }, // hh3c_S5120_28P_PWR_SI
  { oid: '1.3.6.1.4.1.25506.1.556', type: 'Switch', model: 'S5120-28P-HPWR-SI' }, // hh3c_S5120_28P_HPWR_SI
  { oid: '1.3.6.1.4.1.25506.1.557', type: 'Firewall', model: 'F1000-E-DC' }, // hh3c_F1000_E_DC
  { oid: '1.3.6.1.4.1.25506.1.558', type: 'Switch', model: 'S5028' }, // hh3c_S5028
  { oid: '1.3.6.1.4.1.25506.1.561', type: 'AccessPoint', model: 'WX5002-v2' }, // hh3c_wx5002_v2
  { oid: '1.3.6.1.4.1.25506.1.562', type: 'AccessPoint', model: 'WX5004-v2' }, // hh3c_wx5004_v2
  { oid: '1.3.6.1.4.1.25506.1.563', type: 'Firewall', model: 'SecPath T1000-C' }, // hh3c_secpathT1000_C
  { oid: '1.3.6.1.4.1.25506.1.564', type: 'Firewall', model: 'SecBlade -LST1IPS1A1' }, // hh3c_secBlade_LST1IPS1A1
  { oid: '1.3.6.1.4.1.25506.1.565', type: 'Firewall', model: 'SecBlade -LST1FW2A1' }, // hh3c_secBlade_LST1FW2A1
  { oid: '1.3.6.1.4.1.25506.1.566', type: 'Firewall', model: 'SecBlade -LST1LB1A1' }, // hh3c_secBlade_LST1LB1A1
  { oid: '1.3.6.1.4.1.25506.1.567', type: 'Firewall', model: 'SecBlade -LST1NSM1A1' }, // hh3c_secBlade_LST1NSM1A1
  { oid: '1.3.6.1.4.1.25506.1.568', type: 'Firewall', model: 'SecBlade -EWPX2IAGSC0' }, // hh3c_secBlade_EWPX2IAGSC0
  { oid: '1.3.6.1.4.1.25506.1.569', type: 'Firewall', model: 'F1000-A-EI' }, // hh3c_F1000_A_EI
  { oid: '1.3.6.1.4.1.25506.1.570', type: 'AccessPoint', model: 'WX6108E' }, // hh3c_wx6108E
  { oid: '1.3.6.1.4.1.25506.1.571', type: 'AccessPoint', model: 'WX6112E' }, // hh3c_wx6112E
  { oid: '1.3.6.1.4.1.25506.1.572', type: 'Switch', model: 'S5500-34C-HI' }, // hh3c_s5500_34C_HI
  { oid: '1.3.6.1.4.1.25506.1.573', type: 'Switch', model: 'S5500-58C-HI' }, // hh3c_s5500_58C_HI
  { oid: '1.3.6.1.4.1.25506.1.574', type: 'AccessPoint', model: 'WA1208e-gp-h20' }, // hh3c_wa1208e_gp_h20
  { oid: '1.3.6.1.4.1.25506.1.575', type: 'Switch', model: 'S5120-9P-SI' }, // hh3c_S5120_9P_SI
  { oid: '1.3.6.1.4.1.25506.1.576', type: 'Switch', model: 'S5120-9P-PWR-SI' }, // hh3c_S5120_9P_PWR_SI
  { oid: '1.3.6.1.4.1.25506.1.577', type: 'Switch', model: 'S5120-9P-HPWR-SI' }, // hh3c_S5120_9P_HPWR_SI
  { oid: '1.3.6.1.4.1.25506.1.578', type: 'Switch', model: 'E528' }, // hh3c_e528
  { oid: '1.3.6.1.4.1.25506.1.579', type: 'Switch', model: 'E552' }, // hh3c_e552
  { oid: '1.3.6.1.4.1.25506.1.580', type: 'Switch', model: 'S3600V2-28TP-EI' }, // hh3c_s3600V2_28TP_EI
  { oid: '1.3.6.1.4.1.25506.1.581', type: 'Switch', model: 'S3600V2-52TP-EI' }, // hh3c_s3600V2_52TP_EI
  { oid: '1.3.6.1.4.1.25506.1.582', type: 'Switch', model: 'S3600V2-28TP-PWR-EI' }, // hh3c_s3600V2_28TP_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.583', type: 'Switch', model: 'S3600V2-52TP-PWR-EI' }, // hh3c_s3600V2_52TP_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.584', type: 'Switch', model: 'S3600V2-28F-EI' }, // hh3c_s3600V2_28F_EI
  { oid: '1.3.6.1.4.1.25506.1.585', type: 'Switch', model: 'S3600V2-28TP-SI' }, // hh3c_s3600V2_28TP_SI
  { oid: '1.3.6.1.4.1.25506.1.586', type: 'Switch', model: 'S3600V2-52TP-SI' }, // hh3c_s3600V2_52TP_SI
  { oid: '1.3.6.1.4.1.25506.1.587', type: 'Switch', model: 'S3600V2-28TP-PWR-SI' }, // hh3c_s3600V2_28TP_PWR_SI
  { oid: '1.3.6.1.4.1.25506.1.588', type: 'Switch', model: 'S3600V2-52TP-PWR-SI' }, // hh3c_s3600V2_52TP_PWR_SI
  { oid: '1.3.6.1.4.1.25506.1.589', type: 'Switch', model: 'S3500V2-28TP-EA' }, // hh3c_s3500V2_28TP_EA
  { oid: '1.3.6.1.4.1.25506.1.590', type: 'Switch', model: 'S3500V2-52TP-EA' }, // hh3c_s3500V2_52TP_EA
  { oid: '1.3.6.1.4.1.25506.1.591', type: 'Switch', model: 'S3500V2-28F-EA' }, // hh3c_s3500V2_28F_EA
  { oid: '1.3.6.1.4.1.25506.1.592', type: 'Switch', model: 'S3500V2-28TP-SI' }, // hh3c_s3500V2_28TP_SI
  { oid: '1.3.6.1.4.1.25506.1.593', type: 'Switch', model: 'S3500V2-52TP-SI' }, // hh3c_s3500V2_52TP_SI
  { oid: '1.3.6.1.4.1.25506.1.594', type: 'Switch', model: 'S9508E' }, // hh3c_s9508E
  { oid: '1.3.6.1.4.1.25506.1.595', type: 'Switch', model: 'S12504' }, // hh3c_s12504
  { oid: '1.3.6.1.4.1.25506.1.596', type: 'Router', model: 'ICG2000B-GT' }, // hh3c_ICG2000B_GT
  { oid: '1.3.6.1.4.1.25506.1.597', type: 'Router', model: 'ICG3000B' }, // hh3c_ICG3000B
  { oid: '1.3.6.1.4.1.25506.1.598', type: 'Router', model: 'ICG3000S' }, // hh3c_ICG3000S
  { oid: '1.3.6.1.4.1.25506.1.599', type: 'Router', model: 'ICG5000B' }, // hh3c_ICG5000B
  { oid: '1.3.6.1.4.1.25506.1.601', type: 'AccessPoint', model: 'WA2620X-agnp' }, // hh3c_wa2620X_agnp
  { oid: '1.3.6.1.4.1.25506.1.602', type: 'Switch', model: 'S3100-16TP-PWR-EI-F' }, // hh3c_s3100_16TP_PWR_EI_F
  { oid: '1.3.6.1.4.1.25506.1.603', type: 'Router', model: 'CR16018' }, // hh3c_cr16018
  { oid: '1.3.6.1.4.1.25506.1.604', type: 'Router', model: 'CR16008' }, // hh3c_cr16008
  { oid: '1.3.6.1.4.1.25506.1.605', type: 'Router', model: 'CR16004' }, // hh3c_cr16004
  { oid: '1.3.6.1.4.1.25506.1.606', type: 'Firewall', model: 'F1000-A-SI' }, // hh3c_F1000_A_SI
  { oid: '1.3.6.1.4.1.25506.1.607', type: 'Firewall', model: 'F1000-E-SI' }, // hh3c_F1000_E_SI
  { oid: '1.3.6.1.4.1.25506.1.608', type: 'Firewall', model: 'SecBlade -LST1ACG1A1' }, // hh3c_secBlade_LST1ACG1A1
  { oid: '1.3.6.1.4.1.25506.1.609', type: 'Firewall', model: 'SecBlade -SPE-IPS' }, // hh3c_secBlade_SPE_IPS
  { oid: '1.3.6.1.4.1.25506.1.610', type: 'Firewall', model: 'SecBlade -SPE-ACG' }, // hh3c_secBlade_SPE_ACG
  { oid: '1.3.6.1.4.1.25506.1.611', type: 'AccessPoint', model: 'WX6103' }, // hh3c_wx6103
  { oid: '1.3.6.1.4.1.25506.1.612', type: 'AccessPoint', model: 'LSQ1WCMD0' }, // hh3c_LSQ1WCMD0
  { oid: '1.3.6.1.4.1.25506.1.613', type: 'AccessPoint', model: 'EWPX2WCMD0' }, // hh3c_EWPX2WCMD0
  { oid: '1.3.6.1.4.1.25506.1.614', type: 'AccessPoint', model: 'LSR1WCM3A1' }, // hh3c_LSR1WCM3A1
  { oid: '1.3.6.1.4.1.25506.1.615', type: 'Switch', model: 'S5830-52SC' }, // hh3c_S5830_52SC
  { oid: '1.3.6.1.4.1.25506.1.617', type: 'Switch', model: 'S5830-106S' }, // hh3c_S5830_106S
  { oid: '1.3.6.1.4.1.25506.1.619', type: 'Switch', model: 'S5120-28P-LI' }, // hh3c_S5120_28P_LI
  { oid: '1.3.6.1.4.1.25506.1.620', type: 'Switch', model: 'S5120-52P-LI' }, // hh3c_S5120_52P_LI
  { oid: '1.3.6.1.4.1.25506.1.621', type: 'Firewall', model: 'SecBlade -IM-FW-II' }, // hh3c_secBlade_IM_FW_II
  { oid: '1.3.6.1.4.1.25506.1.622', type: 'Firewall', model: 'SecBlade -IM-LB' }, // hh3c_secBlade_IM_LB
  { oid: '1.3.6.1.4.1.25506.1.623', type: 'Firewall', model: 'SecBlade -IM-SSL' }, // hh3c_secBlade_IM_SSL
  { oid: '1.3.6.1.4.1.25506.1.625', type: 'Router', model: 'ER2210C' }, // hh3c_ER2210C
  { oid: '1.3.6.1.4.1.25506.1.634', type: 'Firewall', model: 'SecBlade -IM-IPS' }, // hh3c_secBlade_IM_IPS
  { oid: '1.3.6.1.4.1.25506.1.635', type: 'Firewall', model: 'SecBlade -IM-ACG' }, // hh3c_secBlade_IM_ACG
  { oid: '1.3.6.1.4.1.25506.1.636', type: 'Switch', model: 'S7508E-X' }, // hh3c_s7508E_X
  { oid: '1.3.6.1.4.1.25506.1.637', type: 'Switch', model: 'S10504' }, // hh3c_s10504
  { oid: '1.3.6.1.4.1.25506.1.638', type: 'Switch', model: 'S10508' }, // hh3c_s10508
  { oid: '1.3.6.1.4.1.25506.1.639', type: 'Switch', model: 'S10508-V' }, // hh3c_s10508_V
  { oid: '1.3.6.1.4.1.25506.1.640', type: 'Firewall', model: 'SecBlade -SPE-FWM-200' }, // hh3c_secBlade_SPE_FWM_200
  { oid: '1.3.6.1.4.1.25506.1.641', type: 'Firewall', model: 'SecPath F1000-S-AI' }, // hh3c_secpathF1000_S_AI
  { oid: '1.3.6.1.4.1.25506.1.642', type: 'AccessPoint', model: 'WX3024e-wcm' }, // hh3c_wx3024e_wcm
  { oid: '1.3.6.1.4.1.25506.1.643', type: 'AccessPoint', model: 'WX3024e-lsw' }, // hh3c_wx3024e_lsw
  { oid: '1.3.6.1.4.1.25506.1.644', type: 'Router', model: 'ER2100' }, // hh3c_ER2100
  { oid: '1.3.6.1.4.1.25506.1.645', type: 'Switch', model: 'S5820X-34TC' }, // hh3c_S5820X_34TC
  { oid: '1.3.6.1.4.1.25506.1.646', type: 'Switch', model: 'S5820X-34SC' }, // hh3c_S5820X_34SC
  { oid: '1.3.6.1.4.1.25506.1.647', type: 'Switch', model: 'S5820X-34C' }, // hh3c_S5820X_34C
  { oid: '1.3.6.1.4.1.25506.1.648', type: 'Switch', model: 'S5820X-64SC' }, // hh3c_S5820X_64SC
  { oid: '1.3.6.1.4.1.25506.1.650', type: 'Switch', model: 'S2126T' }, // hh3c_S2126T
  { oid: '1.3.6.1.4.1.25506.1.651', type: 'Switch', model: 'S5800-54S' }, // hh3c_S5800_54S
  { oid: '1.3.6.1.4.1.25506.1.652', type: 'Switch', model: 'S5820X-26S' }, // hh3c_S5820X_26S
  { oid: '1.3.6.1.4.1.25506.1.653', type: 'Switch', model: 'S3100V2-8TP-SI' }, // hh3c_S3100V2_8TP_SI
  { oid: '1.3.6.1.4.1.25506.1.654', type: 'Switch', model: 'S3100V2-16TP-SI' }, // hh3c_S3100V2_16TP_SI
  { oid: '1.3.6.1.4.1.25506.1.655', type: 'Switch', model: 'S3100V2-26TP-SI' }, // hh3c_S3100V2_26TP_SI
  { oid: '1.3.6.1.4.1.25506.1.656', type: 'Switch', model: 'E126B' }, // hh3c_E126B
  { oid: '1.3.6.1.4.1.25506.1.657', type: 'Switch', model: 'S3100V2-8TP-EI' }, // hh3c_S3100V2_8TP_EI
  { oid: '1.3.6.1.4.1.25506.1.658', type: 'Switch', model: 'S3100V2-16TP-EI' }, // hh3c_S3100V2_16TP_EI
  { oid: '1.3.6.1.4.1.25506.1.659', type: 'Switch', model: 'S3100V2-26TP-EI' }, // hh3c_S3100V2_26TP_EI
  { oid: '1.3.6.1.4.1.25506.1.660', type: 'Switch', model: 'S3100V2-8TP-PWR-EI' }, // hh3c_S3100V2_8TP_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.661', type: 'Switch', model: 'S3100V2-16TP-PWR-EI' }, // hh3c_S3100V2_16TP_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.662', type: 'Switch', model: 'S3100V2-26TP-PWR-EI' }, // hh3c_S3100V2_26TP_PWR_EI
  { oid: '1.3.6.1.4.1.25506.1.663', type: 'Switch', model: 'S2008TP-EB' }, // hh3c_S2008TP_EB
  { oid: '1.3.6.1.4.1.25506.1.664', type: 'Switch', model: 'S2016TP-EB' }, // hh3c_S2016TP_EB
  { oid: '1.3.6.1.4.1.25506.1.665', type: 'Switch', model: 'S2403TP-EB' }, // hh3c_S2403TP_EB
  { oid: '1.3.6.1.4.1.25506.1.666', type: 'Switch', model: 'S2008TP-PWR-EB' }, // hh3c_S2008TP_PWR_EB
  { oid: '1.3.6.1.4.1.25506.1.667', type: 'Switch', model: 'S2016TP-PWR-EB' }, // hh3c_S2016TP_PWR_EB
  { oid: '1.3.6.1.4.1.25506.1.668', type: 'Switch', model: 'S2403TP-PWR-EB' }, // hh3c_S2403TP_PWR_EB
  { oid: '1.3.6.1.4.1.25506.1.669', type: 'Switch', model: 'S5800-LSW1FC4P0' }, // hh3c_S5800_LSW1FC4P0
  { oid: '1.3.6.1.4.1.25506.1.670', type: 'Switch', model: 'S2403TP-EA-SI-D' }, // hh3c_S2403TP_EA_SI_D
  { oid: '1.3.6.1.4.1.25506.1.671', type: 'Switch', model: 'S3528P-EA-D' }, // hh3c_S3528P_EA_D
  { oid: '1.3.6.1.4.1.25506.1.675', type: 'Switch', model: 'S2008TP-PWR-EA' }, // hh3c_S2008TP_PWR_EA
  { oid: '1.3.6.1.4.1.25506.1.676', type: 'Switch', model: 'S2008TP-PWR-EA-DC' }, // hh3c_S2008TP_PWR_EA_DC
  { oid: '1.3.6.1.4.1.25506.1.677', type: 'Switch', model: 'S2016TP-PWR-EA' }, // hh3c_S2016TP_PWR_EA
  { oid: '1.3.6.1.4.1.25506.1.678', type: 'Switch', model: 'S2403TP-PWR-EA' }, // hh3c_S2403TP_PWR_EA
  { oid: '1.3.6.1.4.1.25506.1.679', type: 'Switch', model: 'S5120-24P-EI-D' }, // hh3c_S5120_24P_EI_D
  { oid: '1.3.6.1.4.1.25506.1.680', type: 'Switch', model: 'S5120-24P-PWR-EI-D' }, // hh3c_S5120_24P_PWR_EI_D
  { oid: '1.3.6.1.4.1.25506.1.681', type: 'Switch', model: 'S5120-48P-EI-D' }, // hh3c_S5120_48P_EI_D
  { oid: '1.3.6.1.4.1.25506.1.682', type: 'Switch', model: 'S5024P-EI' }, // hh3c_S5024P_EI
  { oid: '1.3.6.1.4.1.25506.1.683', type: 'Switch', model: 'S5500-28C-EI-D' }, // hh3c_S5500_28C_EI_D
  { oid: '1.3.6.1.4.1.25506.1.684', type: 'Switch', model: 'S5500-52C-EI-D' }, // hh3c_S5500_52C_EI_D
  { oid: '1.3.6.1.4.1.25506.1.685', type: 'Switch', model: 'S5500-28F-EI-D' }, // hh3c_S5500_28F_EI_D
  { oid: '1.3.6.1.4.1.25506.1.686', type: 'Switch', model: 'S5500-28C-EI-DC-D' }, // hh3c_S5500_28C_EI_DC_D
  { oid: '1.3.6.1.4.1.25506.1.688', type: 'Switch', model: 'S5120-52SC-HI' }, // hh3c_S5120_52SC_HI
  { oid: '1.3.6.1.4.1.25506.1.690', type: 'Switch', model: 'S5830V224S' }, // hh3cS5830V224S
  { oid: '1.3.6.1.4.1.25506.1.714', type: 'Router', model: 'ECR3316HC' }, // hh3cECR3316HC
  { oid: '1.3.6.1.4.1.25506.1.715', type: 'Router', model: 'ECR3308HD' }, // hh3cECR3308HD
  { oid: '1.3.6.1.4.1.25506.1.716', type: 'Router', model: 'ECR3316HC8CH' }, // hh3cECR3316HC8CH
  { oid: '1.3.6.1.4.1.25506.1.717', type: 'Router', model: 'ECR3316HC4CH' }, // hh3cECR3316HC4CH
  { oid: '1.3.6.1.4.1.25506.1.718', type: 'Router', model: 'ECR3308HD4CH' }, // hh3cECR3308HD4CH
  { oid: '1.3.6.1.4.1.25506.1.721', type: 'Switch', model: 'S3528EA' }, // hh3cS3528EA
  { oid: '1.3.6.1.4.1.25506.1.722', type: 'Switch', model: 'S3552TPEA' }, // hh3cS3552TPEA
  { oid: '1.3.6.1.4.1.25506.1.725', type: 'Switch', model: 'S3528FPEA' }, // hh3cS3528FPEA
  { oid: '1.3.6.1.4.1.25506.1.726', type: 'Switch', model: 'E328B' }, // hh3cE328B
  { oid: '1.3.6.1.4.1.25506.1.727', type: 'Switch', model: 'E352B' }, // hh3cE352B
  { oid: '1.3.6.1.4.1.25506.1.728', type: 'Switch', model: 'E152B' }, // hh3cE152B
  { oid: '1.3.6.1.4.1.25506.1.729', type: 'Switch', model: 'S3100V252TP' }, // hh3cS3100V252TP
  { oid: '1.3.6.1.4.1.25506.1.735', type: 'Switch', model: 'S2052TPEA' }, // hh3cS2052TPEA
  { oid: '1.3.6.1.4.1.25506.1.736', type: 'Switch', model: 'S7604X' }, // hh3cS7604X
  { oid: '1.3.6.1.4.1.25506.1.737', type: 'Switch', model: 'S7608X' }, // hh3cS7608X
  { oid: '1.3.6.1.4.1.25506.1.738', type: 'Switch', model: 'S7608XV' }, // hh3cS7608XV
  { oid: '1.3.6.1.4.1.25506.1.739', type: 'AccessPoint', model: 'WA3620iAGN' }, // hh3cWA3620iAGN
  { oid: '1.3.6.1.4.1.25506.1.740', type: 'AccessPoint', model: 'WA3628iAGN' }, // hh3cWA3628iAGN
  { oid: '1.3.6.1.4.1.25506.1.741', type: 'AccessPoint', model: 'WA3610iGN' }, // hh3cWA3610iGN
  { oid: '1.3.6.1.4.1.25506.1.743', type: 'Switch', model: 'S5024FSI' }, // hh3cS5024FSI
  { oid: '1.3.6.1.4.1.25506.1.744', type: 'Switch', model: 'S5820V252QF' }, // hh3cS5820V252QF
  { oid: '1.3.6.1.4.1.25506.1.745', type: 'AccessPoint', model: 'WA2110GN' }, // hh3cWA2110GN
  { oid: '1.3.6.1.4.1.25506.1.746', type: 'Router', model: 'MSR2010E' }, // hh3cMSR2010E
  { oid: '1.3.6.1.4.1.25506.1.747', type: 'Switch', model: 'S10512' }, // hh3cS10512
  { oid: '1.3.6.1.4.1.25506.1.748', type: 'Switch', model: 'S512028SCHI' }, // hh3cS512028SCHI
  { oid: '1.3.6.1.4.1.25506.1.749', type: 'AccessPoint', model: 'WA1208EGNP' }, // hh3cWA1208EGNP
  { oid: '1.3.6.1.4.1.25506.1.750', type: 'AccessPoint', model: 'WA2610EGNPH20' }, // hh3cWA2610EGNPH20
  { oid: '1.3.6.1.4.1.25506.1.751', type: 'AccessPoint', model: 'WA2620iAGN' }, // hh3cWA2620iAGN
  { oid: '1.3.6.1.4.1.25506.1.752', type: 'AccessPoint', model: 'WA2610iGN' }, // hh3cWA2610iGN
  { oid: '1.3.6.1.4.1.25506.1.753', type: 'AccessPoint', model: 'WA2612' }, // hh3cWA2612
  { oid: '1.3.6.1.4.1.25506.1.754', type: 'AccessPoint', model: 'WA2620' }, // hh3cWA2620
  { oid: '1.3.6.1.4.1.25506.1.755', type: 'AccessPoint', model: 'WB524' }, // hh3cWB524
  { oid: '1.3.6.1.4.1.25506.1.756', type: 'Firewall', model: 'SecBlade LST1FW3A1' }, // hh3cSecBladeLST1FW3A1
  { oid: '1.3.6.1.4.1.25506.1.757', type: 'Firewall', model: 'SecBlade LSU1FWCEA0' }, // hh3cSecBladeLSU1FWCEA0
  { oid: '1.3.6.1.4.1.25506.1.758', type: 'AccessPoint', model: 'WX3010eWCM' }, // hh3cWX3010eWCM
  { oid: '1.3.6.1.4.1.25506.1.759', type: 'AccessPoint', model: 'WX3010eLSW' }, // hh3cWX3010eLSW
  { oid: '1.3.6.1.4.1.25506.1.760', type: 'Router', model: 'SR6602X1' }, // hh3cSR6602X1
  { oid: '1.3.6.1.4.1.25506.1.761', type: 'Router', model: 'SR6602X2' }, // hh3cSR6602X2
  { oid: '1.3.6.1.4.1.25506.1.762', type: 'Firewall', model: 'SecBlade CRIMNAM1A' }, // hh3cSecBladeCRIMNAM1A
  { oid: '1.3.6.1.4.1.25506.1.763', type: 'Router', model: 'MSR2630' }, // hh3cMSR2630
  { oid: '1.3.6.1.4.1.25506.1.764', type: 'Router', model: 'MSR3610AC' }, // hh3cMSR3610AC
  { oid: '1.3.6.1.4.1.25506.1.765', type: 'Router', model: 'MSR3610DC' }, // hh3cMSR3610DC
  { oid: '1.3.6.1.4.1.25506.1.766', type: 'Router', model: 'MSR3620AC' }, // hh3cMSR3620AC
  { oid: '1.3.6.1.4.1.25506.1.767', type: 'Router', model: 'MSR3620DC' }, // hh3cMSR3620DC
  { oid: '1.3.6.1.4.1.25506.1.768', type: 'Router', model: 'MSR3620POE' }, // hh3cMSR3620POE
  { oid: '1.3.6.1.4.1.25506.1.769', type: 'Router', model: 'MSR3640' }, // hh3cMSR3640
  { oid: '1.3.6.1.4.1.25506.1.770', type: 'Router', model: 'MSR3660' }, // hh3cMSR3660
  { oid: '1.3.6.1.4.1.25506.1.771', type: 'Router', model: 'MSR5660' }, // hh3cMSR5660
  { oid: '1.3.6.1.4.1.25506.1.772', type: 'Router', model: 'MSR5680' }, // hh3cMSR5680
  { oid: '1.3.6.1.4.1.25506.1.773', type: 'Switch', model: 'S512058CHI' }, // hh3cS512058CHI
  { oid: '1.3.6.1.4.1.25506.1.774', type: 'Switch', model: 'S512034CHI' }, // hh3cS512034CHI
  { oid: '1.3.6.1.4.1.25506.1.775', type: 'AccessPoint', model: 'LSU3WCMD0' }, // hh3cLSU3WCMD0
  { oid: '1.3.6.1.4.1.25506.1.776', type: 'AccessPoint', model: 'EWPX3WCMD0' }, // hh3cEWPX3WCMD0
  { oid: '1.3.6.1.4.1.25506.1.777', type: 'Switch', model: 'S7612X' }, // hh3cS7612X
  { oid: '1.3.6.1.4.1.25506.1.778', type: 'AccessPoint', model: 'WX6103E' }, // hh3cWX6103E
  { oid: '1.3.6.1.4.1.25506.1.779', type: 'Firewall', model: 'SecBlade CRIMFW1A' }, // hh3cSecBladeCRIMFW1A
  { oid: '1.3.6.1.4.1.25506.1.806', type: 'Router', model: 'ECR3308HF' }, // hh3cECR3308HF
  { oid: '1.3.6.1.4.1.25506.1.807', type: 'Router', model: 'ECR3316HF' }, // hh3cECR3316HF
  { oid: '1.3.6.1.4.1.25506.1.810', type: 'Router', model: 'ECR3304HFE' }, // hh3cECR3304HFE
  { oid: '1.3.6.1.4.1.25506.1.811', type: 'Router', model: 'ECR3308HFE' }, // hh3cECR3308HFE
  { oid: '1.3.6.1.4.1.25506.1.812', type: 'Router', model: 'ECR3316HFE' }, // hh3cECR3316HFE
  { oid: '1.3.6.1.4.1.25506.1.814', type: 'Router', model: 'ECR3204HW' }, // hh3cECR3204HW
  { oid: '1.3.6.1.4.1.25506.1.815', type: 'Router', model: 'ECR3208HW' }, // hh3cECR3208HW
  { oid: '1.3.6.1.4.1.25506.1.816', type: 'Router', model: 'ECR3216HW' }, // hh3cECR3216HW
  { oid: '1.3.6.1.4.1.25506.1.823', type: 'Router', model: 'SR6604X' }, // hh3cSR6604X
  { oid: '1.3.6.1.4.1.25506.1.824', type: 'Router', model: 'SR6608X' }, // hh3cSR6608X
  { oid: '1.3.6.1.4.1.25506.1.825', type: 'Router', model: 'SR6616X' }, // hh3cSR6616X
  { oid: '1.3.6.1.4.1.25506.1.826', type: 'Firewall', model: 'SecPath F100AG' }, // hh3csecpathF100AG
  { oid: '1.3.6.1.4.1.25506.1.827', type: 'Firewall', model: 'SecPath F100CG' }, // hh3csecpathF100CG
  { oid: '1.3.6.1.4.1.25506.1.828', type: 'Firewall', model: 'SecPath F100EG' }, // hh3csecpathF100EG
  { oid: '1.3.6.1.4.1.25506.1.829', type: 'Firewall', model: 'SecPath F100MG' }, // hh3csecpathF100MG
  { oid: '1.3.6.1.4.1.25506.1.830', type: 'Firewall', model: 'SecPath F100SG' }, // hh3csecpathF100SG
  { oid: '1.3.6.1.4.1.25506.1.831', type: 'Switch', model: 'S3100V226TPWiNet' }, // hh3cS3100V226TPWiNet
  { oid: '1.3.6.1.4.1.25506.1.832', type: 'Switch', model: 'S550024PWiNet' }, // hh3cS550024PWiNet
  { oid: '1.3.6.1.4.1.25506.1.833', type: 'Switch', model: 'S512028PPoeWiNet' }, // hh3cS512028PPoeWiNet
  { oid: '1.3.6.1.4.1.25506.1.834', type: 'Switch', model: 'S512028PWiNet' }, // hh3cS512028PWiNet
  { oid: '1.3.6.1.4.1.25506.1.835', type: 'Switch', model: 'S550034CPWRHI' }, // hh3cS550034CPWRHI
  { oid: '1.3.6.1.4.1.25506.1.836', type: 'Switch', model: 'S550058CPWRHI' }, // hh3cS550058CPWRHI
  { oid: '1.3.6.1.4.1.25506.1.837', type: 'Switch', model: 'S550034FHI' }, // hh3cS550034FHI
  { oid: '1.3.6.1.4.1.25506.1.838', type: 'Router', model: 'MSR930' }, // hh3cMSR930
  { oid: '1.3.6.1.4.1.25506.1.840', type: 'Router', model: 'MSR930WiNet' }, // hh3cMSR930WiNet
  { oid: '1.3.6.1.4.1.25506.1.841', type: 'Router', model: 'MSR930GU' }, // hh3cMSR930GU
  { oid: '1.3.6.1.4.1.25506.1.842', type: 'Router', model: 'MSR930sa' }, // hh3cMSR930sa
  { oid: '1.3.6.1.4.1.25506.1.843', type: 'Router', model: 'MSR930GG' }, // hh3cMSR930GG
  { oid: '1.3.6.1.4.1.25506.1.844', type: 'Switch', model: 'S5820V254QSGE' }, // hh3cS5820V254QSGE
  { oid: '1.3.6.1.4.1.25506.1.845', type: 'Switch', model: 'S5820V252Q' }, // hh3cS5820V252Q
  { oid: '1.3.6.1.4.1.25506.1.848', type: 'Firewall', model: 'SecBlade CRIMLB1A' }, // hh3cSecBladeCRIMLB1A
  { oid: '1.3.6.1.4.1.25506.1.849', type: 'Switch', model: 'S550034CHID' }, // hh3cS550034CHID
  { oid: '1.3.6.1.4.1.25506.1.850', type: 'Switch', model: 'S550058CHID' }, // hh3cS550058CHID
  { oid: '1.3.6.1.4.1.25506.1.851', type: 'Switch', model: 'S9505EV7' }, // hh3cS9505EV7
  { oid: '1.3.6.1.4.1.25506.1.852', type: 'Switch', model: 'S9508EV7' }, // hh3cS9508EV7
  { oid: '1.3.6.1.4.1.25506.1.853', type: 'Switch', model: 'S9508EVV7' }, // hh3cS9508EVV7
  { oid: '1.3.6.1.4.1.25506.1.854', type: 'Switch', model: 'S9512EV7' }, // hh3cS9512EV7
  { oid: '1.3.6.1.4.1.25506.1.855', type: 'Switch', model: 'S12508V7' }, // hh3cS12508V7
  { oid: '1.3.6.1.4.1.25506.1.856', type: 'Switch', model: 'S12518V7' }, // hh3cS12518V7
  { oid: '1.3.6.1.4.1.25506.1.857', type: 'Switch', model: 'S12504V7' }, // hh3cS12504V7
  { oid: '1.3.6.1.4.1.25506.1.858', type: 'Firewall', model: 'SecPath F100CAI' }, // hh3csecpathF100CAI
  { oid: '1.3.6.1.4.1.25506.1.859', type: 'Firewall', model: 'SecPath L1000A' }, // hh3csecpathL1000A
  { oid: '1.3.6.1.4.1.25506.1.860', type: 'AccessPoint', model: 'WA2610E' }, // hh3cWA2610E
  { oid: '1.3.6.1.4.1.25506.1.861', type: 'AccessPoint', model: 'WA2620E' }, // hh3cWA2620E
  { oid: '1.3.6.1.4.1.25506.1.862', type: 'AccessPoint', model: 'WA2620X' }, // hh3cWA2620X
  { oid: '1.3.6.1.4.1.25506.1.863', type: 'AccessPoint', model: 'WA2610X' }, // hh3cWA2610X
  { oid: '1.3.6.1.4.1.25506.1.864', type: 'Switch', model: 'S6802' }, // hh3cS6802
  { oid: '1.3.6.1.4.1.25506.1.865', type: 'Switch', model: 'S9804' }, // hh3cS9804
  { oid: '1.3.6.1.4.1.25506.1.866', type: 'Firewall', model: 'SecBlade LSU1IPSBEA0' }, // hh3cSecBladeLSU1IPSBEA0
  { oid: '1.3.6.1.4.1.25506.1.867', type: 'Firewall', model: 'SecBlade LST1IPS2A1' }, // hh3cSecBladeLST1IPS2A1
  { oid: '1.3.6.1.4.1.25506.1.868', type: 'Router', model: 'MSR930W' }, // hh3cMSR930W
  { oid: '1.3.6.1.4.1.25506.1.869', type: 'Router', model: 'MSR930WGU' }, // hh3cMSR930WGU
  { oid: '1.3.6.1.4.1.25506.1.870', type: 'Firewall', model: 'SecPath F5000C' }, // hh3cSecPathF5000C
  { oid: '1.3.6.1.4.1.25506.1.871', type: 'Firewall', model: 'SecPath F5000S' }, // hh3cSecPathF5000S
  { oid: '1.3.6.1.4.1.25506.1.872', type: 'Switch', model: 'S12510FDC' }, // hh3cS12510FDC
  { oid: '1.3.6.1.4.1.25506.1.873', type: 'Switch', model: 'S12510FAC' }, // hh3cS12510FAC
  { oid: '1.3.6.1.4.1.25506.1.874', type: 'Switch', model: 'S12510XDC' }, // hh3cS12510XDC
  { oid: '1.3.6.1.4.1.25506.1.875', type: 'Switch', model: 'S12510XAC' }, // hh3cS12510XAC
  { oid: '1.3.6.1.4.1.25506.1.876', type: 'Switch', model: 'S12508' }, // hh3cS12508
  { oid: '1.3.6.1.4.1.25506.1.877', type: 'Switch', model: 'S12518' }, // hh3cS12518
  { oid: '1.3.6.1.4.1.25506.1.878', type: 'Switch', model: 'S12516FDC' }, // hh3cS12516FDC
  { oid: '1.3.6.1.4.1.25506.1.879', type: 'Switch', model: 'S12516FAC' }, // hh3cS12516FAC
  { oid: '1.3.6.1.4.1.25506.1.880', type: 'Switch', model: 'S12516XDC' }, // hh3cS12516XDC
  { oid: '1.3.6.1.4.1.25506.1.881', type: 'Switch', model: 'S12516XAC' }, // hh3cS12516XAC
  { oid: '1.3.6.1.4.1.25506.1.882', type: 'Router', model: 'MSR930GT' }, // hh3cMSR930GT
  { oid: '1.3.6.1.4.1.25506.1.883', type: 'Router', model: 'MSR2600GTC' }, // hh3cMSR2600GTC
  { oid: '1.3.6.1.4.1.25506.1.884', type: 'Router', model: 'MSR2600GUC' }, // hh3cMSR2600GUC
  { oid: '1.3.6.1.4.1.25506.1.885', type: 'Firewall', model: 'SecPath F1000AG' }, // hh3csecpathF1000AG
  { oid: '1.3.6.1.4.1.25506.1.886', type: 'Firewall', model: 'SecPath F1000CG' }, // hh3csecpathF1000CG
  { oid: '1.3.6.1.4.1.25506.1.887', type: 'Firewall', model: 'SecPath F1000SG' }, // hh3csecpathF1000SG
  { oid: '1.3.6.1.4.1.25506.1.888', type: 'Firewall', model: 'SecBlade LSQ2FWBSCO' }, // hh3cSecBladeLSQ2FWBSCO
  { oid: '1.3.6.1.4.1.25506.1.889', type: 'AccessPoint', model: 'WA2620AGN' }, // hh3cWA2620AGN
  { oid: '1.3.6.1.4.1.25506.1.891', type: 'Router', model: 'VSR1001' }, // hh3cVSR1001
  { oid: '1.3.6.1.4.1.25506.1.892', type: 'Router', model: 'VSR1004' }, // hh3cVSR1004
  { oid: '1.3.6.1.4.1.25506.1.893', type: 'Router', model: 'VSR1008' }, // hh3cVSR1008
  { oid: '1.3.6.1.4.1.25506.1.894', type: 'Switch', model: 'S5120S28PEI' }, // hh3cS5120S28PEI
  { oid: '1.3.6.1.4.1.25506.1.895', type: 'Switch', model: 'S5120S52PEI' }, // hh3cS5120S52PEI
  { oid: '1.3.6.1.4.1.25506.1.896', type: 'Router', model: 'MSR930WiNetW' }, // hh3cMSR930WiNetW
  { oid: '1.3.6.1.4.1.25506.1.897', type: 'AccessPoint', model: 'WA3628iAGNX' }, // hh3cWA3628iAGNX
  { oid: '1.3.6.1.4.1.25506.1.898', type: 'Switch', model: 'S2110' }, // hh3cS2110
  { oid: '1.3.6.1.4.1.25506.1.899', type: 'Switch', model: 'S2110PWR' }, // hh3cS2110PWR
  { oid: '1.3.6.1.4.1.25506.1.900', type: 'Switch', model: 'S2126' }, // hh3cS2126
  { oid: '1.3.6.1.4.1.25506.1.901', type: 'Switch', model: 'S2126PWR' }, // hh3cS2126PWR
  { oid: '1.3.6.1.4.1.25506.1.902', type: 'Switch', model: 'S2152' }, // hh3cS2152
  { oid: '1.3.6.1.4.1.25506.1.903', type: 'AccessPoint', model: 'WX5540WCM' }, // hh3cWX5540WCM
  { oid: '1.3.6.1.4.1.25506.1.904', type: 'AccessPoint', model: 'WX5540LSW' }, // hh3cWX5540LSW
  { oid: '1.3.6.1.4.1.25506.1.905', type: 'AccessPoint', model: 'WX5520WCM' }, // hh3cWX5520WCM
  { oid: '1.3.6.1.4.1.25506.1.906', type: 'AccessPoint', model: 'WX5520LSW' }, // hh3cWX5520LSW
  { oid: '1.3.6.1.4.1.25506.1.907', type: 'Router', model: 'MSR930WGT' }, // hh3cMSR930WGT
  { oid: '1.3.6.1.4.1.25506.1.908', type: 'Router', model: 'ICG5000T' }, // hh3cICG5000T
  { oid: '1.3.6.1.4.1.25506.1.909', type: 'Router', model: 'ICG6000' }, // hh3cICG6000
  { oid: '1.3.6.1.4.1.25506.1.910', type: 'Router', model: 'MSR2630WiNet' }, // hh3cMSR2630WiNet
  { oid: '1.3.6.1.4.1.25506.1.911', type: 'Router', model: 'MSR3610WiNet' }, // hh3cMSR3610WiNet
  { oid: '1.3.6.1.4.1.25506.1.912', type: 'Router', model: 'MSR3660WiNet' }, // hh3cMSR3660WiNet
  { oid: '1.3.6.1.4.1.25506.1.913', type: 'Router', model: 'MSR260010' }, // hh3cMSR260010
  { oid: '1.3.6.1.4.1.25506.1.914', type: 'Router', model: 'MSR260010WiNet' }, // hh3cMSR260010WiNet
  { oid: '1.3.6.1.4.1.25506.1.915', type: 'Router', model: 'MSR260017' }, // hh3cMSR260017
  { oid: '1.3.6.1.4.1.25506.1.916', type: 'Router', model: 'ICG3000D' }, // hh3cICG3000D
  { oid: '1.3.6.1.4.1.25506.1.917', type: 'Router', model: 'ICG3000E' }, // hh3cICG3000E
  { oid: '1.3.6.1.4.1.25506.1.918', type: 'Firewall', model: 'SecBlade LSU1ADECEA0' }, // hh3cSecBladeLSU1ADECEA0
  { oid: '1.3.6.1.4.1.25506.1.919', type: 'Firewall', model: 'SecBlade LST1ADE1A1' }, // hh3cSecBladeLST1ADE1A1
  { oid: '1.3.6.1.4.1.25506.1.920', type: 'Router', model: 'SR8804X' }, // hh3cSR8804X
  { oid: '1.3.6.1.4.1.25506.1.921', type: 'Router', model: 'SR8808X' }, // hh3cSR8808X
  { oid: '1.3.6.1.4.1.25506.1.922', type: 'Router', model: 'SR8812X' }, // hh3cSR8812X
  { oid: '1.3.6.1.4.1.25506.1.925', type: 'Switch', model: 'S680032Q' }, // hh3cS680032Q
  { oid: '1.3.6.1.4.1.25506.1.926', type: 'Switch', model: 'S5008PV2EI' }, // hh3cS5008PV2EI
  { oid: '1.3.6.1.4.1.25506.1.927', type: 'Switch', model: 'S5024PV2EI' }, // hh3cS5024PV2EI
  { oid: '1.3.6.1.4.1.25506.1.928', type: 'Switch', model: 'S5048PV2EI' }, // hh3cS5048PV2EI
  { oid: '1.3.6.1.4.1.25506.1.929', type: 'Switch', model: 'S2610' }, // hh3cS2610
  { oid: '1.3.6.1.4.1.25506.1.930', type: 'Switch', model: 'S2610PWR' }, // hh3cS2610PWR
  { oid: '1.3.6.1.4.1.25506.1.931', type: 'Switch', model: 'S2626' }, // hh3cS2626
  { oid: '1.3.6.1.4.1.25506.1.932', type: 'Switch', model: 'S2626PWR' }, // hh3cS2626PWR
  { oid: '1.3.6.1.4.1.25506.1.933', type: 'Switch', model: 'S2652' }, // hh3cS2652
  { oid: '1.3.6.1.4.1.25506.1.937', type: 'Router', model: 'VSR1000' }, // hh3cVSR1000
  { oid: '1.3.6.1.4.1.25506.1.938', type: 'Firewall', model: 'SecPath M9000' }, // hh3csecpathM9000
  { oid: '1.3.6.1.4.1.25506.1.939', type: 'Firewall', model: 'SecPath M9006' }, // hh3csecpathM9006
  { oid: '1.3.6.1.4.1.25506.1.940', type: 'Firewall', model: 'SecPath M9010' }, // hh3csecpathM9010
  { oid: '1.3.6.1.4.1.25506.1.941', type: 'Firewall', model: 'SecPath M9014' }, // hh3csecpathM9014
  { oid: '1.3.6.1.4.1.25506.1.942', type: 'Firewall', model: 'SecBlade IIINSQM1FWCEA0' }, // hh3cSecBladeIIINSQM1FWCEA0
  { oid: '1.3.6.1.4.1.25506.1.943', type: 'AccessPoint', model: 'WB521X' }, // hh3cWB521X
  { oid: '1.3.6.1.4.1.25506.1.944', type: 'AccessPoint', model: 'WB511X' }, // hh3cWB511X
  { oid: '1.3.6.1.4.1.25506.1.945', type: 'Router', model: 'ER3108G' }, // hh3cER3108G
  { oid: '1.3.6.1.4.1.25506.1.946', type: 'Router', model: 'ER3108GW' }, // hh3cER3108GW
  { oid: '1.3.6.1.4.1.25506.1.947', type: 'Switch', model: 'S513028SEI' }, // hh3cS513028SEI
  { oid: '1.3.6.1.4.1.25506.1.948', type: 'Switch', model: 'S513052SEI' }, // hh3cS513052SEI
  { oid: '1.3.6.1.4.1.25506.1.949', type: 'Switch', model: 'S513028FEI' }, // hh3cS513028FEI
  { oid: '1.3.6.1.4.1.25506.1.950', type: 'Switch', model: 'S513028SPWREI' }, // hh3cS513028SPWREI
  { oid: '1.3.6.1.4.1.25506.1.951', type: 'Switch', model: 'S513052SPWREI' }, // hh3cS513052SPWREI
  { oid: '1.3.6.1.4.1.25506.1.952', type: 'Router', model: 'MSR360028' }, // hh3cMSR360028
  { oid: '1.3.6.1.4.1.25506.1.953', type: 'Router', model: 'MSR360051' }, // hh3cMSR360051
  { oid: '1.3.6.1.4.1.25506.1.954', type: 'AccessPoint', model: 'WA2612E' }, // hh3cWA2612E
  { oid: '1.3.6.1.4.1.25506.1.955', type: 'AccessPoint', model: 'WA2622' }, // hh3cWA2622
  { oid: '1.3.6.1.4.1.25506.1.956', type: 'Switch', model: 'S511010P' }, // hh3cS511010P
  { oid: '1.3.6.1.4.1.25506.1.957', type: 'Switch', model: 'S511010PPWR' }, // hh3cS511010PPWR
  { oid: '1.3.6.1.4.1.25506.1.958', type: 'Switch', model: 'S511028P' }, // hh3cS511028P
  { oid: '1.3.6.1.4.1.25506.1.959', type: 'Switch', model: 'S511028PPWR' }, // hh3cS511028PPWR
  { oid: '1.3.6.1.4.1.25506.1.960', type: 'Switch', model: 'S511052P' }, // hh3cS511052P
  { oid: '1.3.6.1.4.1.25506.1.961', type: 'Switch', model: 'S511010PD' }, // hh3cS511010PD
  { oid: '1.3.6.1.4.1.25506.1.962', type: 'Switch', model: 'S511010PPWRD' }, // hh3cS511010PPWRD
  { oid: '1.3.6.1.4.1.25506.1.963', type: 'Switch', model: 'S511028PD' }, // hh3cS511028PD
  { oid: '1.3.6.1.4.1.25506.1.964', type: 'Switch', model: 'S511028PPWRD' }, // hh3cS511028PPWRD
  { oid: '1.3.6.1.4.1.25506.1.965', type: 'Switch', model: 'S511052PD' }, // hh3cS511052PD
  { oid: '1.3.6.1.4.1.25506.1.966', type: 'AccessPoint', model: 'WX5510' }, // hh3cWX5510
  { oid: '1.3.6.1.4.1.25506.1.967', type: 'Switch', model: 'S550028SCHI' }, // hh3cS550028SCHI
  { oid: '1.3.6.1.4.1.25506.1.968', type: 'Switch', model: 'S550052SCHI' }, // hh3cS550052SCHI
  { oid: '1.3.6.1.4.1.25506.1.969', type: 'Switch', model: 'S550028SCHID' }, // hh3cS550028SCHID
  { oid: '1.3.6.1.4.1.25506.1.970', type: 'Switch', model: 'S550052SCHID' }, // hh3cS550052SCHID
  { oid: '1.3.6.1.4.1.25506.1.972', type: 'Switch', model: 'S311010TP' }, // hh3cS311010TP
  { oid: '1.3.6.1.4.1.25506.1.973', type: 'Switch', model: 'S311010TPPWR' }, // hh3cS311010TPPWR
  { oid: '1.3.6.1.4.1.25506.1.974', type: 'Switch', model: 'S311026TP' }, // hh3cS311026TP
  { oid: '1.3.6.1.4.1.25506.1.975', type: 'Switch', model: 'S311026TPPWR' }, // hh3cS311026TPPWR
  { oid: '1.3.6.1.4.1.25506.1.976', type: 'Switch', model: 'S311052TP' }, // hh3cS311052TP
  { oid: '1.3.6.1.4.1.25506.1.977', type: 'AccessPoint', model: 'WA2610HGN' }, // hh3cWA2610HGN
  { oid: '1.3.6.1.4.1.25506.1.978', type: 'AccessPoint', model: 'WA4620EACN' }, // hh3cWA4620EACN
  { oid: '1.3.6.1.4.1.25506.1.979', type: 'AccessPoint', model: 'WA4620IACN' }, // hh3cWA4620IACN
  { oid: '1.3.6.1.4.1.25506.1.980', type: 'AccessPoint', model: 'EWPX1MAC0' }, // hh3cEWPX1MAC0
  { oid: '1.3.6.1.4.1.25506.1.982', type: 'Firewall', model: 'SecBlade IIILST1FW3B1' }, // hh3cSecBladeIIILST1FW3B1
  { oid: '1.3.6.1.4.1.25506.1.983', type: 'AccessPoint', model: 'WA2620iAGNX' }, // hh3cWA2620iAGNX
  { oid: '1.3.6.1.4.1.25506.1.984', type: 'Switch', model: 'S311010TPSI' }, // hh3cS311010TPSI
  { oid: '1.3.6.1.4.1.25506.1.985', type: 'Switch', model: 'S311026TPSI' }, // hh3cS311026TPSI
  { oid: '1.3.6.1.4.1.25506.1.986', type: 'Switch', model: 'S311052TPSI' }, // hh3cS311052TPSI
  { oid: '1.3.6.1.4.1.25506.1.987', type: 'Switch', model: 'S511010PSI' }, // hh3cS511010PSI
  { oid: '1.3.6.1.4.1.25506.1.988', type: 'Switch', model: 'S511028PSI' }, // hh3cS511028PSI
  { oid: '1.3.6.1.4.1.25506.1.989', type: 'Switch', model: 'S511052PSI' }, // hh3cS511052PSI
  { oid: '1.3.6.1.4.1.25506.1.990', type: 'Switch', model: 'S3100V252TPWiNet' }, // hh3cS3100V252TPWiNet
  { oid: '1.3.6.1.4.1.25506.1.991', type: 'Switch', model: 'S512052PWiNet' }, // hh3cS512052PWiNet
  { oid: '1.3.6.1.4.1.25506.1.992', type: 'Switch', model: 'S550048PWiNet' }, // hh3cS550048PWiNet
  { oid: '1.3.6.1.4.1.25506.1.993', type: 'Switch', model: 'S550028FWiNet' }, // hh3cS550028FWiNet
  { oid: '1.3.6.1.4.1.25506.1.995', type: 'Firewall', model: 'SecPath L5000S' }, // hh3csecpathL5000S
  { oid: '1.3.6.1.4.1.25506.1.996', type: 'Firewall', model: 'SecPath L5000C' }, // hh3csecpathL5000C
  { oid: '1.3.6.1.4.1.25506.1.998', type: 'Switch', model: 'S5820V252QFU' }, // hh3cS5820V252QFU
  { oid: '1.3.6.1.4.1.25506.1.999', type: 'Firewall', model: 'SecPath VFW1000' }, // hh3csecpathVFW1000
  { oid: '1.3.6.1.4.1.25506.1.1000', type: 'Switch', model: 'S7003' }, // hh3cS7003
  { oid: '1.3.6.1.4.1.25506.1.1001', type: 'Switch', model: 'S7006' }, // hh3cS7006
  { oid: '1.3.6.1.4.1.25506.1.1002', type: 'Firewall', model: 'SecPath F100CSI' }, // hh3csecpathF100CSI
  { oid: '1.3.6.1.4.1.25506.1.1003', type: 'AccessPoint', model: 'WX3510E' }, // hh3cWX3510E
  { oid: '1.3.6.1.4.1.25506.1.1004', type: 'AccessPoint', model: 'WX3540E' }, // hh3cWX3540E
  { oid: '1.3.6.1.4.1.25506.1.1005', type: 'Firewall', model: 'SecBlade LSU3FWCEA0' }, // hh3cSecBladeLSU3FWCEA0
  { oid: '1.3.6.1.4.1.25506.1.1006', type: 'Firewall', model: 'SecBlade LSU1NSCEA0' }, // hh3cSecBladeLSU1NSCEA0
  { oid: '1.3.6.1.4.1.25506.1.1007', type: 'Firewall', model: 'SecBlade LST1FW3C1' }, // hh3cSecBladeLST1FW3C1
  { oid: '1.3.6.1.4.1.25506.1.1008', type: 'Firewall', model: 'SecBlade LST1NSM2C1' }, // hh3cSecBladeLST1NSM2C1
  { oid: '1.3.6.1.4.1.25506.1.1009', type: 'Firewall', model: 'SecBlade LSX1FWCEA1' }, // hh3cSecBladeLSX1FWCEA1
  { oid: '1.3.6.1.4.1.25506.1.1010', type: 'Firewall', model: 'SecBlade LSX1NSCEA1' }, // hh3cSecBladeLSX1NSCEA1
  { oid: '1.3.6.1.4.1.25506.1.1011', type: 'AccessPoint', model: 'WA2620AGNC' }, // hh3cWA2620AGNC
  { oid: '1.3.6.1.4.1.25506.1.1012', type: 'AccessPoint', model: 'WA2610GN' }, // hh3cWA2610GN
  { oid: '1.3.6.1.4.1.25506.1.1013', type: 'AccessPoint', model: 'WA2610GNE' }, // hh3cWA2610GNE
  { oid: '1.3.6.1.4.1.25506.1.1014', type: 'Router', model: 'MSR800' }, // hh3cMSR800
  { oid: '1.3.6.1.4.1.25506.1.1015', type: 'Router', model: 'MSR800Wlan' }, // hh3cMSR800Wlan
  { oid: '1.3.6.1.4.1.25506.1.1016', type: 'Router', model: 'MSR80010' }, // hh3cMSR80010
  { oid: '1.3.6.1.4.1.25506.1.1017', type: 'Router', model: 'MSR80010Wlan' }, // hh3cMSR80010Wlan
  { oid: '1.3.6.1.4.1.25506.1.1018', type: 'Router', model: 'MSR830WiNet' }, // hh3cMSR830WiNet
  { oid: '1.3.6.1.4.1.25506.1.1019', type: 'Router', model: 'MSR83010WiNet' }, // hh3cMSR83010WiNet
  { oid: '1.3.6.1.4.1.25506.1.1020', type: 'Router', model: 'MSR93010WiNet' }, // hh3cMSR93010WiNet
  { oid: '1.3.6.1.4.1.25506.1.1021', type: 'Switch', model: 'S9810' }, // hh3cS9810
  { oid: '1.3.6.1.4.1.25506.1.1024', type: 'Router', model: 'MSR900E' }, // hh3cMSR900E
  { oid: '1.3.6.1.4.1.25506.1.1025', type: 'Router', model: 'MSR900EWlan' }, // hh3cMSR900EWlan
  { oid: '1.3.6.1.4.1.25506.1.1026', type: 'Switch', model: 'S513028SEID' }, // hh3cS513028SEID
  { oid: '1.3.6.1.4.1.25506.1.1027', type: 'Switch', model: 'S513052SEID' }, // hh3cS513052SEID
  { oid: '1.3.6.1.4.1.25506.1.1028', type: 'Switch', model: 'S513028FEID' }, // hh3cS513028FEID
  { oid: '1.3.6.1.4.1.25506.1.1029', type: 'Switch', model: 'S513028SHPWREID' }, // hh3cS513028SHPWREID
  { oid: '1.3.6.1.4.1.25506.1.1030', type: 'Switch', model: 'S513052SPWREID' }, // hh3cS513052SPWREID
  { oid: '1.3.6.1.4.1.25506.1.1031', type: 'Switch', model: 'S513028SHPWREI' }, // hh3cS513028SHPWREI
  { oid: '1.3.6.1.4.1.25506.1.1032', type: 'Switch', model: 'E528X' }, // hh3cE528X
  { oid: '1.3.6.1.4.1.25506.1.1033', type: 'Switch', model: 'E552X' }, // hh3cE552X
  { oid: '1.3.6.1.4.1.25506.1.1034', type: 'AccessPoint', model: 'LSU1WCME0' }, // hh3cLSU1WCME0
  { oid: '1.3.6.1.4.1.25506.1.1035', type: 'AccessPoint', model: 'EWPX1WCME0' }, // hh3cEWPX1WCME0
  { oid: '1.3.6.1.4.1.25506.1.1036', type: 'Router', model: 'SR8810XS' }, // hh3cSR8810XS
  { oid: '1.3.6.1.4.1.25506.1.1037', type: 'Router', model: 'SR8806XS' }, // hh3cSR8806XS
  { oid: '1.3.6.1.4.1.25506.1.1038', type: 'Router', model: 'SR8803XS' }, // hh3cSR8803XS
  { oid: '1.3.6.1.4.1.25506.1.1039', type: 'Router', model: 'SR8802XS' }, // hh3cSR8802XS
  { oid: '1.3.6.1.4.1.25506.1.1040', type: 'Firewall', model: 'SecPath F5020' }, // hh3cSecPathF5020
  { oid: '1.3.6.1.4.1.25506.1.1041', type: 'Firewall', model: 'SecPath F5040' }, // hh3cSecPathF5040
  { oid: '1.3.6.1.4.1.25506.1.1043', type: 'Router', model: 'MSR930LM' }, // hh3cMSR930LM
  { oid: '1.3.6.1.4.1.25506.1.1044', type: 'Router', model: 'MSR930WLM' }, // hh3cMSR930WLM
  { oid: '1.3.6.1.4.1.25506.1.1045', type: 'Router', model: 'MSR26005LMC' }, // hh3cMSR26005LMC
  { oid: '1.3.6.1.4.1.25506.1.1046', type: 'Switch', model: 'S580032CEI' }, // hh3cS580032CEI
  { oid: '1.3.6.1.4.1.25506.1.1047', type: 'Switch', model: 'S580056CEI' }, // hh3cS580056CEI
  { oid: '1.3.6.1.4.1.25506.1.1048', type: 'Switch', model: 'S580032CPWREI' }, // hh3cS580032CPWREI
  { oid: '1.3.6.1.4.1.25506.1.1049', type: 'Switch', model: 'S580056CPWREI' }, // hh3cS580056CPWREI
  { oid: '1.3.6.1.4.1.25506.1.1050', type: 'Switch', model: 'S580056CEIM' }, // hh3cS580056CEIM
  { oid: '1.3.6.1.4.1.25506.1.1051', type: 'AccessPoint', model: 'WB521XE' }, // hh3cWB521XE
  { oid: '1.3.6.1.4.1.25506.1.1052', type: 'AccessPoint', model: 'WB521XH' }, // hh3cWB521XH
  { oid: '1.3.6.1.4.1.25506.1.1053', type: 'AccessPoint', model: 'WX2540E' }, // hh3cWX2540E
  { oid: '1.3.6.1.4.1.25506.1.1054', type: 'AccessPoint', model: 'WX360' }, // hh3cWX360
  { oid: '1.3.6.1.4.1.25506.1.1055', type: 'AccessPoint', model: 'WX361' }, // hh3cWX361
  { oid: '1.3.6.1.4.1.25506.1.1056', type: 'AccessPoint', model: 'WA2610EGNE' }, // hh3cWA2610EGNE
  { oid: '1.3.6.1.4.1.25506.1.1057', type: 'Router', model: 'SR6603F' }, // hh3cSR6603F
  { oid: '1.3.6.1.4.1.25506.1.1058', type: 'Router', model: 'SR6605F' }, // hh3cSR6605F
  { oid: '1.3.6.1.4.1.25506.1.1059', type: 'Router', model: 'SR6609F' }, // hh3cSR6609F
  { oid: '1.3.6.1.4.1.25506.1.1060', type: 'Switch', model: 'S556030SEI' }, // hh3cS556030SEI
  { oid: '1.3.6.1.4.1.25506.1.1061', type: 'Switch', model: 'S556054SEI' }, // hh3cS556054SEI
  { oid: '1.3.6.1.4.1.25506.1.1062', type: 'Switch', model: 'S556030CEI' }, // hh3cS556030CEI
  { oid: '1.3.6.1.4.1.25506.1.1063', type: 'Switch', model: 'S556054CEI' }, // hh3cS556054CEI
  { oid: '1.3.6.1.4.1.25506.1.1064', type: 'Switch', model: 'S556030CPWREI' }, // hh3cS556030CPWREI
  { oid: '1.3.6.1.4.1.25506.1.1065', type: 'Switch', model: 'S556054CPWREI' }, // hh3cS556054CPWREI
  { oid: '1.3.6.1.4.1.25506.1.1066', type: 'Switch', model: 'S556054QSEI' }, // hh3cS556054QSEI
  { oid: '1.3.6.1.4.1.25506.1.1068', type: 'Firewall', model: 'F1000CSI' }, // hh3cF1000CSI
  { oid: '1.3.6.1.4.1.25506.1.1069', type: 'Firewall', model: 'F100MSI' }, // hh3cF100MSI
  { oid: '1.3.6.1.4.1.25506.1.1070', type: 'Firewall', model: 'F100ASI' }, // hh3cF100ASI
  { oid: '1.3.6.1.4.1.25506.1.1071', type: 'Switch', model: 'S5820V248S' }, // hh3cS5820V248S
  { oid: '1.3.6.1.4.1.25506.1.1072', type: 'Switch', model: 'S630042QT' }, // hh3cS630042QT
  { oid: '1.3.6.1.4.1.25506.1.1073', type: 'Switch', model: 'S630042QF' }, // hh3cS630042QF
  { oid: '1.3.6.1.4.1.25506.1.1074', type: 'Switch', model: 'S630048S' }, // hh3cS630048S
  { oid: '1.3.6.1.4.1.25506.1.1075', type: 'Switch', model: 'S630052QF' }, // hh3cS630052QF
  { oid: '1.3.6.1.4.1.25506.1.1078', type: 'Switch', model: 'S5008PV2EIPWR' }, // hh3cS5008PV2EIPWR
  { oid: '1.3.6.1.4.1.25506.1.1079', type: 'Switch', model: 'S5024PV2EIPWR' }, // hh3cS5024PV2EIPWR
  { oid: '1.3.6.1.4.1.25506.1.1080', type: 'Switch', model: 'S511052PPWR' }, // hh3cS511052PPWR
  { oid: '1.3.6.1.4.1.25506.1.1081', type: 'Switch', model: 'S511052PPWRD' }, // hh3cS511052PPWRD
  { oid: '1.3.6.1.4.1.25506.1.1085', type: 'Switch', model: 'S513028TPEI' }, // hh3cS513028TPEI
  { oid: '1.3.6.1.4.1.25506.1.1086', type: 'Switch', model: 'S513052TPEI' }, // hh3cS513052TPEI
  { oid: '1.3.6.1.4.1.25506.1.1087', type: 'Switch', model: 'S513028TPPWREI' }, // hh3cS513028TPPWREI
  { oid: '1.3.6.1.4.1.25506.1.1088', type: 'Switch', model: 'S513052TPPWREI' }, // hh3cS513052TPPWREI
  { oid: '1.3.6.1.4.1.25506.1.1089', type: 'Firewall', model: 'SecPath F1020' }, // hh3csecpathF1020
  { oid: '1.3.6.1.4.1.25506.1.1090', type: 'Firewall', model: 'SecPath F1030' }, // hh3csecpathF1030
  { oid: '1.3.6.1.4.1.25506.1.1091', type: 'Firewall', model: 'SecPath F1050' }, // hh3csecpathF1050
  { oid: '1.3.6.1.4.1.25506.1.1092', type: 'Firewall', model: 'SecPath F1060' }, // hh3csecpathF1060
  { oid: '1.3.6.1.4.1.25506.1.1093', type: 'Firewall', model: 'SecPath F1070' }, // hh3csecpathF1070
  { oid: '1.3.6.1.4.1.25506.1.1094', type: 'Firewall', model: 'SecPath F1080' }, // hh3csecpathF1080
  { oid: '1.3.6.1.4.1.25506.1.1095', type: 'Firewall', model: 'SecPath VMSGVLB1000' }, // hh3csecpathVMSGVLB1000
  { oid: '1.3.6.1.4.1.25506.1.1096', type: 'Switch', model: 'S5864F' }, // hh3cS5864F
  { oid: '1.3.6.1.4.1.25506.1.1097', type: 'Switch', model: 'S5864UF' }, // hh3cS5864UF
  { oid: '1.3.6.1.4.1.25506.1.1098', type: 'Switch', model: 'S5864TF' }, // hh3cS5864TF
  { oid: '1.3.6.1.4.1.25506.1.1099', type: 'Switch', model: 'S6348F' }, // hh3cS6348F
  { oid: '1.3.6.1.4.1.25506.1.1100', type: 'Switch', model: 'S6348TF' }, // hh3cS6348TF
  { oid: '1.3.6.1.4.1.25506.1.1101', type: 'Router', model: 'CR16006F' }, // hh3cCR16006F
  { oid: '1.3.6.1.4.1.25506.1.1102', type: 'Router', model: 'CR16010F' }, // hh3cCR16010F
  { oid: '1.3.6.1.4.1.25506.1.1103', type: 'Router', model: 'CR16014F' }, // hh3cCR16014F
  { oid: '1.3.6.1.4.1.25506.1.1104', type: 'Firewall', model: 'SecPath M9000Context' }, // hh3cSecPathM9000Context
  { oid: '1.3.6.1.4.1.25506.1.1105', type: 'Router', model: 'ICG3000SE' }, // hh3cICG3000SE
  { oid: '1.3.6.1.4.1.25506.1.1106', type: 'Switch', model: 'S68004C' }, // hh3cS68004C
  { oid: '1.3.6.1.4.1.25506.1.1107', type: 'Switch', model: 'S68002C' }, // hh3cS68002C
  { oid: '1.3.6.1.4.1.25506.1.1108', type: 'Router', model: 'SR8803F' }, // hh3cSR8803F
  { oid: '1.3.6.1.4.1.25506.1.1109', type: 'Router', model: 'SR8805F' }, // hh3cSR8805F
  { oid: '1.3.6.1.4.1.25506.1.1110', type: 'Router', model: 'SR8808F' }, // hh3cSR8808F
  { oid: '1.3.6.1.4.1.25506.1.1111', type: 'Router', model: 'SR8812F' }, // hh3cSR8812F
  { oid: '1.3.6.1.4.1.25506.1.1112', type: 'Switch', model: 'S12516XAFAC' }, // hh3cS12516XAFAC
  { oid: '1.3.6.1.4.1.25506.1.1114', type: 'AccessPoint', model: 'WX8700' }, // hh3cWX8700
  { oid: '1.3.6.1.4.1.25506.1.1115', type: 'Switch', model: 'S556030FEI' }, // hh3cS556030FEI
  { oid: '1.3.6.1.4.1.25506.1.1116', type: 'Switch', model: 'S5530CEID' }, // hh3cS5530CEID
  { oid: '1.3.6.1.4.1.25506.1.1117', type: 'Switch', model: 'S5554CEID' }, // hh3cS5554CEID
  { oid: '1.3.6.1.4.1.25506.1.1118', type: 'Switch', model: 'S5530CPWREID' }, // hh3cS5530CPWREID
  { oid: '1.3.6.1.4.1.25506.1.1119', type: 'Switch', model: 'S5554CPWREID' }, // hh3cS5554CPWREID
  { oid: '1.3.6.1.4.1.25506.1.1120', type: 'Switch', model: 'S5530FEID' }, // hh3cS5530FEID
  { oid: '1.3.6.1.4.1.25506.1.1121', type: 'Switch', model: 'S513028SSI' }, // hh3cS513028SSI
  { oid: '1.3.6.1.4.1.25506.1.1122', type: 'Switch', model: 'S513052SSI' }, // hh3cS513052SSI
  { oid: '1.3.6.1.4.1.25506.1.1123', type: 'Switch', model: 'S513028FSI' }, // hh3cS513028FSI
  { oid: '1.3.6.1.4.1.25506.1.1124', type: 'Switch', model: 'S556028SSI' }, // hh3cS556028SSI
  { oid: '1.3.6.1.4.1.25506.1.1125', type: 'Switch', model: 'S556052SSI' }, // hh3cS556052SSI
  { oid: '1.3.6.1.4.1.25506.1.1126', type: 'Switch', model: 'S556028FSI' }, // hh3cS556028FSI
  { oid: '1.3.6.1.4.1.25506.1.1128', type: 'AccessPoint', model: 'WA4320ACN' }, // hh3cWA4320ACN
  { oid: '1.3.6.1.4.1.25506.1.1129', type: 'AccessPoint', model: 'WA4320iACN' }, // hh3cWA4320iACN
  { oid: '1.3.6.1.4.1.25506.1.1130', type: 'AccessPoint', model: 'WA4320iX' }, // hh3cWA4320iX
  { oid: '1.3.6.1.4.1.25506.1.1131', type: 'AccessPoint', model: 'WA4320TS' }, // hh3cWA4320TS
  { oid: '1.3.6.1.4.1.25506.1.1132', type: 'AccessPoint', model: 'WA4320TQ' }, // hh3cWA4320TQ
  { oid: '1.3.6.1.4.1.25506.1.1133', type: 'AccessPoint', model: 'WA4320HACN' }, // hh3cWA4320HACN
  { oid: '1.3.6.1.4.1.25506.1.1134', type: 'Switch', model: 'S10506' }, // hh3cS10506
  { oid: '1.3.6.1.4.1.25506.1.1135', type: 'Switch', model: 'S10510' }, // hh3cS10510
  { oid: '1.3.6.1.4.1.25506.1.1136', type: 'Switch', model: 'S7606X' }, // hh3cS7606X
  { oid: '1.3.6.1.4.1.25506.1.1137', type: 'Switch', model: 'S7610X' }, // hh3cS7610X
  { oid: '1.3.6.1.4.1.25506.1.1138', type: 'Router', model: 'MSR930AC' }, // hh3cMSR930AC
  { oid: '1.3.6.1.4.1.25506.1.1139', type: 'Router', model: 'MSR930ACWiNet' }, // hh3cMSR930ACWiNet
  { oid: '1.3.6.1.4.1.25506.1.1140', type: 'Firewall', model: 'SecPath ACG1000E' }, // hh3cSecPathACG1000E
  { oid: '1.3.6.1.4.1.25506.1.1141', type: 'Firewall', model: 'SecPath ACG1000A' }, // hh3cSecPathACG1000A
  { oid: '1.3.6.1.4.1.25506.1.1142', type: 'Firewall', model: 'SecPath ACG1000M' }, // hh3cSecPathACG1000M
  { oid: '1.3.6.1.4.1.25506.1.1143', type: 'Firewall', model: 'SecPath ACG1000S' }, // hh3cSecPathACG1000S
  { oid: '1.3.6.1.4.1.25506.1.1144', type: 'Firewall', model: 'SecPath ACG1000C' }, // hh3cSecPathACG1000C
  { oid: '1.3.6.1.4.1.25506.1.1145', type: 'Router', model: 'VBRAS1000' }, // hh3cVBRAS1000
  { oid: '1.3.6.1.4.1.25506.1.1146', type: 'Router', model: 'VSR1000P' }, // hh3cVSR1000P
  { oid: '1.3.6.1.4.1.25506.1.1147', type: 'Router', model: 'BRAS1000P' }, // hh3cBRAS1000P
  { oid: '1.3.6.1.4.1.25506.1.1148', type: 'Switch', model: 'S12508XAF' }, // hh3cS12508XAF
  { oid: '1.3.6.1.4.1.25506.1.1152', type: 'AccessPoint', model: 'WAP722E' }, // hh3cWAP722E
  { oid: '1.3.6.1.4.1.25506.1.1153', type: 'AccessPoint', model: 'WAP722' }, // hh3cWAP722
  { oid: '1.3.6.1.4.1.25506.1.1154', type: 'Router', model: 'ER2100n' }, // hh3cER2100n
  { oid: '1.3.6.1.4.1.25506.1.1155', type: 'Router', model: 'ER2100V2' }, // hh3cER2100V2
  { oid: '1.3.6.1.4.1.25506.1.1156', type: 'AccessPoint', model: 'WX5560H' }, // hh3cWX5560H
  { oid: '1.3.6.1.4.1.25506.1.1157', type: 'AccessPoint', model: 'WX5580H' }, // hh3cWX5580H
  { oid: '1.3.6.1.4.1.25506.1.1158', type: 'AccessPoint', model: 'WAP621' }, // hh3cWAP621
  { oid: '1.3.6.1.4.1.25506.1.1159', type: 'Router', model: 'MSR810W' }, // hh3cMSR810W
];
