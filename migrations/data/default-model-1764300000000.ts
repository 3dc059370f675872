/**
 * Profiling model version 1 as the profiles migration seeded it: a frozen copy of DEFAULT_MODEL_CONFIG
 * (libs/profiles/src/engine/model.ts) at that migration. test/migration-seed.e2e-spec.ts holds them equal.
 */
export const DEFAULT_MODEL_CONFIG = {
  "weights": {
    "scale": 15,
    "growth": 15,
    "innovation": 25,
    "chainFit": 25,
    "landing": 20
  },
  "bands": {
    "scale": {
      "revenue": [
        {
          "min": 500000000,
          "points": 8
        },
        {
          "min": 2000000000,
          "points": 16
        },
        {
          "min": 5000000000,
          "points": 24
        },
        {
          "min": 20000000000,
          "points": 32
        },
        {
          "min": 100000000000,
          "points": 40
        }
      ],
      "employees": [
        {
          "min": 20,
          "points": 5
        },
        {
          "min": 50,
          "points": 10
        },
        {
          "min": 200,
          "points": 15
        },
        {
          "min": 1000,
          "points": 20
        }
      ],
      "registeredCapital": [
        {
          "min": 100000000,
          "points": 5
        },
        {
          "min": 1000000000,
          "points": 10
        },
        {
          "min": 5000000000,
          "points": 15
        },
        {
          "min": 10000000000,
          "points": 20
        }
      ],
      "listing": {
        "NONE": 0,
        "STAR_RESERVE": 10,
        "LISTED": 20,
        "UNICORN": 20
      }
    },
    "growth": {
      "revenueGrowthBp": [
        {
          "min": 0,
          "points": 10
        },
        {
          "min": 1000,
          "points": 20
        },
        {
          "min": 2000,
          "points": 35
        },
        {
          "min": 3000,
          "points": 45
        },
        {
          "min": 5000,
          "points": 60
        }
      ],
      "financingRecency": [
        {
          "withinDays": 366,
          "points": 25
        },
        {
          "withinDays": 731,
          "points": 15
        },
        {
          "withinDays": 1096,
          "points": 5
        }
      ],
      "financingAmount": [
        {
          "min": 1000000000,
          "points": 5
        },
        {
          "min": 5000000000,
          "points": 10
        },
        {
          "min": 10000000000,
          "points": 15
        }
      ]
    },
    "innovation": {
      "rdIntensityBp": [
        {
          "min": 200,
          "points": 8
        },
        {
          "min": 300,
          "points": 16
        },
        {
          "min": 400,
          "points": 24
        },
        {
          "min": 500,
          "points": 32
        },
        {
          "min": 600,
          "points": 40
        }
      ],
      "inventionPatents": [
        {
          "min": 1,
          "points": 8
        },
        {
          "min": 3,
          "points": 12
        },
        {
          "min": 5,
          "points": 16
        },
        {
          "min": 10,
          "points": 20
        }
      ],
      "highValuePatents": [
        {
          "min": 1,
          "points": 5
        },
        {
          "min": 3,
          "points": 10
        },
        {
          "min": 5,
          "points": 15
        }
      ],
      "hightechValid": 15,
      "srdi": {
        "NONE": 0,
        "SRDI": 5,
        "LITTLE_GIANT": 10
      }
    },
    "chainFit": {
      "roleFactor": {
        "SUPPORTING": 0.7,
        "KEY": 0.85,
        "CHAIN_LEADER": 1
      }
    },
    "landing": {
      "inPark": 100,
      "expansionSignals": [
        {
          "min": 1,
          "points": 15
        },
        {
          "min": 2,
          "points": 25
        },
        {
          "min": 3,
          "points": 30
        }
      ],
      "chainLeaderTies": [
        {
          "min": 1,
          "points": 15
        },
        {
          "min": 2,
          "points": 20
        },
        {
          "min": 3,
          "points": 25
        }
      ],
      "region": [
        {
          "prefix": "上海市崇明区",
          "points": 20
        },
        {
          "prefix": "上海",
          "points": 16
        },
        {
          "prefix": "江苏",
          "points": 12
        },
        {
          "prefix": "浙江",
          "points": 12
        },
        {
          "prefix": "安徽",
          "points": 10
        }
      ],
      "engagement": [
        {
          "min": 1,
          "points": 10
        },
        {
          "min": 3,
          "points": 18
        },
        {
          "min": 6,
          "points": 25
        }
      ]
    }
  }
};
