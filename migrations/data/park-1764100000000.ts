/**
 * The park, its group companies and sub-parks as the foundation migration seeded them: a frozen copy, so the
 * migration never changes when the live seed module (libs/chains/src/chain-map.seed.ts) does.
 * test/migration-seed.e2e-spec.ts holds the two equal; a later change to the seed needs a new migration.
 */
export const PARK = {
  "code": "CHONGMING",
  "name": "张江高新区崇明园"
} as const;

export const GROUPS: readonly { code: string; name: string }[] = [
  {
    "code": "CHANGXING_GROUP",
    "name": "长兴企业集团"
  },
  {
    "code": "ECO_GROUP",
    "name": "生态企业集团"
  },
  {
    "code": "DONGTAN_GROUP",
    "name": "东滩建设集团"
  }
];

export const SUB_PARKS: readonly { code: string; name: string; groupCode: string }[] = [
  {
    "code": "CHANGXING_MARINE",
    "name": "长兴海洋装备产业基地",
    "groupCode": "CHANGXING_GROUP"
  },
  {
    "code": "SMART_ISLAND",
    "name": "智慧岛数据产业园",
    "groupCode": "DONGTAN_GROUP"
  },
  {
    "code": "CHONGMING_INDUSTRIAL",
    "name": "崇明工业园区",
    "groupCode": "ECO_GROUP"
  },
  {
    "code": "FUSHENG",
    "name": "富盛经济开发区",
    "groupCode": "ECO_GROUP"
  }
];
