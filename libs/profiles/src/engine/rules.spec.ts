import { describe, it, expect } from '@jest/globals';
import type { ProfileFacts } from './facts.js';
import { AS_OF, MILLION, YUAN, makeFacts, prng } from './facts.fixture.js';
import {
  badgeChecks,
  badges,
  hightechEligible,
  hightechRdBand,
  hightechValid,
  littleGiantEligible,
  srdiEligible,
  starReserve,
  techSmeScore,
  type RuleResult,
} from './rules.js';

/** The reason of one criterion, so a failure names the criterion that failed. */
function reasonOf(r: RuleResult, indicator: string) {
  const found = r.reasons.find((x) => x.indicator === indicator);
  if (!found) throw new Error(`no reason for ${indicator}: ${JSON.stringify(r.reasons)}`);
  return found;
}

function pointsOf(r: RuleResult, indicator: string): number | null {
  return reasonOf(r, indicator).points;
}

describe('the fixture firm', () => {
  it('meets every official rule, so each spec below isolates one criterion', () => {
    const f = makeFacts();
    for (const rule of [hightechEligible, srdiEligible, littleGiantEligible, starReserve, techSmeScore]) expect(rule(f, AS_OF).pass).toBe(true);
    expect(hightechValid(f, AS_OF).pass).toBe(false);
  });
});

describe('hightechValid (certDate ≤ asOf < certDate + 3 years)', () => {
  const at = (cert: string | null, asOf: string) => hightechValid(makeFacts({ hightechCertifiedOn: cert }), asOf).pass;

  it('is valid from the certification day up to the day before the third anniversary', () => {
    expect(at('2022-06-15', '2022-06-15')).toBe(true);
    expect(at('2022-06-15', '2025-06-14')).toBe(true);
  });

  it('is EXPIRED on the third anniversary itself', () => {
    expect(at('2022-06-15', '2025-06-15')).toBe(false);
    expect(at('2022-06-15', '2026-01-01')).toBe(false);
  });

  it('is not valid before the certificate is issued', () => {
    expect(at('2025-07-01', AS_OF)).toBe(false);
    expect(hightechValid(makeFacts({ hightechCertifiedOn: '2025-07-01' }), AS_OF).reasons[0].text).toContain('晚于');
  });

  it('lets a 29 February certificate run through 28 February and expire on 1 March', () => {
    expect(at('2020-02-29', '2023-02-28')).toBe(true);
    expect(at('2020-02-29', '2023-03-01')).toBe(false);
  });

  it('ends a 28 February certificate on a leap-year 28 February, not on the 29th', () => {
    expect(at('2021-02-28', '2024-02-27')).toBe(true);
    expect(at('2021-02-28', '2024-02-28')).toBe(false);
    expect(at('2021-02-28', '2024-02-29')).toBe(false);
  });

  it('treats a missing or impossible date as no certificate', () => {
    expect(at(null, AS_OF)).toBe(false);
    expect(at('2024-02-30', AS_OF)).toBe(false);
    expect(at('2024/01/01', AS_OF)).toBe(false);
  });

  it('says when the certificate lapses', () => {
    const r = hightechValid(makeFacts({ hightechCertifiedOn: '2023-05-10' }), AS_OF);
    expect(r.reasons[0]).toMatchObject({ indicator: 'hightechCertifiedOn', value: '2023-05-10', points: null });
    expect(r.reasons[0].text).toContain('2026-05-10 起失效');
  });

  it('rejects a malformed asOf instead of guessing', () => {
    expect(() => hightechValid(makeFacts(), '2025-6-30')).toThrow(RangeError);
  });
});

describe('hightechEligible', () => {
  const eligible = (over: Partial<ProfileFacts>, asOf = AS_OF) => hightechEligible(makeFacts(over), asOf).pass;

  describe('registered ≥ 1 year (the anniversary counts: 一年以上 includes one year)', () => {
    it('passes exactly one year after founding and fails the day before', () => {
      expect(eligible({ foundedOn: '2024-06-30' })).toBe(true);
      expect(eligible({ foundedOn: '2024-07-01' })).toBe(false);
    });

    it('makes a firm founded on 29 February one year old on 1 March', () => {
      expect(eligible({ foundedOn: '2020-02-29' }, '2021-02-28')).toBe(false);
      expect(eligible({ foundedOn: '2020-02-29' }, '2021-03-01')).toBe(true);
      expect(eligible({ foundedOn: '2023-02-28' }, '2024-02-28')).toBe(true);
    });

    it('fails an unknown founding date with a missing-data reason', () => {
      const r = hightechEligible(makeFacts({ foundedOn: null }), AS_OF);
      expect(r.pass).toBe(false);
      expect(reasonOf(r, 'foundedOn').text).toContain('缺数据');
    });
  });

  it('uses ≥ 1 invention patent as the core-IP proxy and says so', () => {
    expect(eligible({ inventionPatents: 1 })).toBe(true);
    expect(eligible({ inventionPatents: 0 })).toBe(false);
    expect(eligible({ inventionPatents: null })).toBe(false);
    expect(reasonOf(hightechEligible(makeFacts(), AS_OF), 'inventionPatents').text).toContain('以发明专利代替');
  });

  it('needs S&T staff at exactly 10% of employees, not just under', () => {
    expect(eligible({ employees: 100, techStaff: 10 })).toBe(true);
    expect(eligible({ employees: 100, techStaff: 9 })).toBe(false);
    expect(eligible({ employees: 1000, techStaff: 100 })).toBe(true);
    expect(eligible({ employees: 1001, techStaff: 100 })).toBe(false);
    expect(eligible({ employees: null })).toBe(false);
    expect(eligible({ techStaff: null })).toBe(false);
  });

  describe('R&D / revenue on the official bands', () => {
    it('puts exactly 50,000,000 CNY in the ≤ 50M band (5%), one fen more in the 4% band', () => {
      expect(hightechRdBand(50 * MILLION).bp).toBe(500);
      expect(hightechRdBand(50 * MILLION + 1).bp).toBe(400);
      expect(hightechRdBand(200 * MILLION).bp).toBe(400);
      expect(hightechRdBand(200 * MILLION + 1).bp).toBe(300);
      expect(hightechRdBand(0).bp).toBe(500);
    });

    it('needs 5% at or below 50 million', () => {
      expect(eligible({ revenue: 50 * MILLION, rdExpense: 2.5 * MILLION })).toBe(true);
      expect(eligible({ revenue: 50 * MILLION, rdExpense: 2.5 * MILLION - 1 })).toBe(false);
      expect(eligible({ revenue: 10 * MILLION, rdExpense: 0.5 * MILLION })).toBe(true);
      expect(eligible({ revenue: 10 * MILLION, rdExpense: 499_000 * YUAN })).toBe(false); // 4.99%
    });

    it('needs 4% above 50 and up to 200 million', () => {
      // one fen over 50M: 4% of it is 2,000,000.0004 CNY, so exactly 2M CNY falls short
      expect(eligible({ revenue: 50 * MILLION + 1, rdExpense: 2 * MILLION })).toBe(false);
      expect(eligible({ revenue: 50 * MILLION + 1, rdExpense: 2 * MILLION + 1 })).toBe(true);
      expect(eligible({ revenue: 100 * MILLION, rdExpense: 4 * MILLION })).toBe(true);
      expect(eligible({ revenue: 100 * MILLION, rdExpense: 3.99 * MILLION })).toBe(false);
      expect(eligible({ revenue: 200 * MILLION, rdExpense: 8 * MILLION })).toBe(true);
      expect(eligible({ revenue: 200 * MILLION, rdExpense: 8 * MILLION - 1 })).toBe(false);
    });

    it('needs 3% above 200 million: 3.00% passes, 2.99% fails', () => {
      expect(eligible({ revenue: 300 * MILLION, rdExpense: 9 * MILLION })).toBe(true);
      expect(eligible({ revenue: 300 * MILLION, rdExpense: 897_000_000 })).toBe(false); // 8.97M CNY = 2.99%
      expect(eligible({ revenue: 300 * MILLION, rdExpense: 9 * MILLION - 1 })).toBe(false);
    });

    it('stays exact where floating point would not (amounts beyond 2^53 / 10000)', () => {
      const revenue = 10 ** 15; // 10 trillion CNY in fen
      expect(eligible({ revenue, rdExpense: 3 * 10 ** 13 })).toBe(true);
      expect(eligible({ revenue, rdExpense: 3 * 10 ** 13 - 1 })).toBe(false);
    });

    it('reads like an officer expects, truncating rather than rounding up', () => {
      const r = hightechEligible(makeFacts({ revenue: 100 * MILLION, rdExpense: 4.5 * MILLION }), AS_OF);
      expect(reasonOf(r, 'rdIntensity').text).toContain('研发投入占营收 4.50%（营收 5000万–2亿元档要求 ≥4%');
      const under = hightechEligible(makeFacts({ revenue: 300 * MILLION, rdExpense: 9 * MILLION - 1 }), AS_OF);
      expect(reasonOf(under, 'rdIntensity').value).toBe('2.99%');
      expect(reasonOf(under, 'rdIntensity').text).toContain('不符合');
    });

    it('counts R&D with zero revenue as infinite intensity, but 0 / 0 as none', () => {
      expect(eligible({ revenue: 0, rdExpense: 1 })).toBe(true);
      expect(eligible({ revenue: 0, rdExpense: 0 })).toBe(false);
    });

    it('fails unknown R&D or revenue with a missing-data reason', () => {
      expect(eligible({ rdExpense: null })).toBe(false);
      expect(eligible({ revenue: null })).toBe(false);
      expect(reasonOf(hightechEligible(makeFacts({ revenue: null }), AS_OF), 'rdIntensity').text).toContain('缺数据');
    });
  });

  it('says the high-tech product share is not in our data instead of inventing it', () => {
    const r = hightechEligible(makeFacts(), AS_OF);
    expect(reasonOf(r, 'hightechProductShare')).toMatchObject({ value: null, points: null });
    expect(reasonOf(r, 'hightechProductShare').text).toContain('未校验');
  });
});

describe('techSmeScore (科技型中小企业评价)', () => {
  const sme = (over: Partial<ProfileFacts>) => techSmeScore(makeFacts(over), AS_OF);

  it.each([
    [120, 20], [119, 16], // 30% of 400 / just under
    [100, 16], [99, 12], // 25%
    [80, 12], [79, 8], // 20%
    [60, 8], [59, 4], // 15%
    [40, 4], [39, 0], // 10%
  ])('gives %i S&T staff of 400 employees %i points', (techStaff, points) => {
    expect(pointsOf(sme({ employees: 400, techStaff }), 'techStaffShare')).toBe(points);
  });

  it.each([
    [6 * MILLION, 50], [6 * MILLION - 1, 40],
    [5 * MILLION, 40], [5 * MILLION - 1, 30],
    [4 * MILLION, 30], [4 * MILLION - 1, 20],
    [3 * MILLION, 20], [3 * MILLION - 1, 10],
    [2 * MILLION, 10], [2 * MILLION - 1, 0],
  ])('gives R&D of %i fen on 100 million revenue %i points', (rdExpense, points) => {
    expect(pointsOf(sme({ revenue: 100 * MILLION, rdExpense }), 'rdIntensity')).toBe(points);
  });

  it('gives 30 for an invention patent and 0 otherwise, saying class-II IP is not in our data', () => {
    expect(pointsOf(sme({ inventionPatents: 1 }), 'inventionPatents')).toBe(30);
    const none = sme({ inventionPatents: 0 });
    expect(pointsOf(none, 'inventionPatents')).toBe(0);
    expect(reasonOf(none, 'inventionPatents').text).toContain('二类知识产权');
    expect(pointsOf(sme({ inventionPatents: null }), 'inventionPatents')).toBe(0);
  });

  it('returns the summed points', () => {
    expect(sme({ employees: 400, techStaff: 40, revenue: 100 * MILLION, rdExpense: 4 * MILLION, inventionPatents: 1 }).points).toBe(4 + 30 + 30);
  });

  it('passes at ≥ 60 points only with the staff item > 0', () => {
    const base = { employees: 400, revenue: 100 * MILLION };
    expect(sme({ ...base, techStaff: 120, rdExpense: 5 * MILLION, inventionPatents: 0 })).toMatchObject({ points: 60, pass: true });
    expect(sme({ ...base, techStaff: 119, rdExpense: 5 * MILLION, inventionPatents: 0 })).toMatchObject({ points: 56, pass: false });
    expect(sme({ ...base, techStaff: 40, rdExpense: 2 * MILLION, inventionPatents: 1 })).toMatchObject({ points: 44, pass: false });
    // 80 points but a zero staff item
    const noStaff = sme({ ...base, techStaff: 39, rdExpense: 6 * MILLION, inventionPatents: 1 });
    expect(noStaff).toMatchObject({ points: 80, pass: false });
    expect(noStaff.reasons.at(-1)!.text).toContain('不符合');
  });

  it('admits ≤ 500 staff, not 501', () => {
    expect(sme({ employees: 500, techStaff: 150 }).pass).toBe(true);
    expect(sme({ employees: 501, techStaff: 150 }).pass).toBe(false);
    expect(sme({ employees: null }).pass).toBe(false);
  });

  it('admits revenue up to exactly 200 million', () => {
    expect(sme({ revenue: 200 * MILLION, rdExpense: 12 * MILLION }).pass).toBe(true);
    expect(sme({ revenue: 200 * MILLION + 1, rdExpense: 12 * MILLION }).pass).toBe(false);
    expect(sme({ revenue: null }).pass).toBe(false);
  });

  it('uses registered capital ≤ 200 million as the stated proxy for total assets', () => {
    expect(sme({ registeredCapital: 200 * MILLION }).pass).toBe(true);
    expect(sme({ registeredCapital: 200 * MILLION + 1 }).pass).toBe(false);
    expect(reasonOf(sme({}), 'registeredCapital').text).toContain('以注册资本代替');
  });

  it('passes a valid high-tech certificate directly, but not past the size limits', () => {
    const weak = { techStaff: 0, rdExpense: 0, inventionPatents: 0 };
    expect(sme({ ...weak }).pass).toBe(false);
    expect(sme({ ...weak, hightechCertifiedOn: '2024-01-01' }).pass).toBe(true);
    expect(sme({ ...weak, hightechCertifiedOn: '2022-06-30' }).pass).toBe(false); // expired on AS_OF
    expect(sme({ ...weak, hightechCertifiedOn: '2024-01-01', employees: 501 }).pass).toBe(false);
  });
});

describe('srdiEligible (专精特新)', () => {
  const srdi = (over: Partial<ProfileFacts>) => srdiEligible(makeFacts(over), AS_OF).pass;

  it('needs two full years since founding (the stated proxy for years in the niche)', () => {
    expect(srdi({ foundedOn: '2023-06-30' })).toBe(true);
    expect(srdi({ foundedOn: '2023-07-01' })).toBe(false);
    expect(srdi({ foundedOn: null })).toBe(false);
  });

  it('needs R&D of at least exactly 1,000,000 CNY', () => {
    const small = { revenue: 20 * MILLION };
    expect(srdi({ ...small, rdExpense: MILLION })).toBe(true);
    expect(srdi({ ...small, rdExpense: MILLION - 1 })).toBe(false);
  });

  it('needs R&D ≥ 3% of revenue', () => {
    expect(srdi({ revenue: 40 * MILLION, rdExpense: 1.2 * MILLION })).toBe(true);
    expect(srdi({ revenue: 40 * MILLION, rdExpense: 1.2 * MILLION - 1 })).toBe(false);
    expect(srdi({ rdExpense: null })).toBe(false);
  });

  it('needs revenue ≥ 10 million CNY when there is no qualifying financing', () => {
    const noFunding = { rdExpense: MILLION, financingAmount: null, financingDate: null };
    expect(srdi({ ...noFunding, revenue: 10 * MILLION })).toBe(true);
    expect(srdi({ ...noFunding, revenue: 10 * MILLION - 1 })).toBe(false);
  });

  describe('or ≥ 20 million of financing within two years', () => {
    const small = { revenue: 5 * MILLION, rdExpense: MILLION, financingAmount: 20 * MILLION };

    it('counts a round younger than two years, and not one exactly two years old', () => {
      expect(srdi({ ...small, financingDate: '2023-07-01' })).toBe(true);
      expect(srdi({ ...small, financingDate: '2023-06-30' })).toBe(false);
      expect(srdi({ ...small, financingDate: AS_OF })).toBe(true);
    });

    it('does not count a round after asOf, or below 20 million', () => {
      expect(srdi({ ...small, financingDate: '2025-07-01' })).toBe(false);
      expect(srdi({ ...small, financingDate: '2025-01-01', financingAmount: 20 * MILLION - 1 })).toBe(false);
      expect(srdi({ ...small, financingDate: null })).toBe(false);
    });

    it('says the last round stands for the two-year total', () => {
      const r = srdiEligible(makeFacts({ ...small, financingDate: '2025-01-01' }), AS_OF);
      expect(reasonOf(r, 'revenue').text).toContain('以最近一轮代替近两年合计');
    });
  });
});

describe('littleGiantEligible (小巨人, as DOMAIN.md words it)', () => {
  const giant = (over: Partial<ProfileFacts>) => littleGiantEligible(makeFacts(over), AS_OF).pass;

  it('needs R&D ≥ 3% at revenue ≥ 100 million', () => {
    expect(giant({ revenue: 100 * MILLION, rdExpense: 3 * MILLION })).toBe(true);
    expect(giant({ revenue: 100 * MILLION, rdExpense: 3 * MILLION - 1 })).toBe(false);
  });

  it('needs R&D ≥ 6% from 50 to just under 100 million (exactly 50 million included)', () => {
    expect(giant({ revenue: 100 * MILLION - 1, rdExpense: 3 * MILLION })).toBe(false);
    expect(giant({ revenue: 100 * MILLION - 100, rdExpense: 6 * MILLION - 6 })).toBe(true);
    expect(giant({ revenue: 50 * MILLION, rdExpense: 3 * MILLION })).toBe(true);
    expect(giant({ revenue: 50 * MILLION, rdExpense: 3 * MILLION - 1 })).toBe(false);
  });

  describe('below 50 million: ≥ 80 million financing in two years, R&D ≥ 30 million, R&D staff ≥ 50%', () => {
    const ok = {
      revenue: 50 * MILLION - 1,
      rdExpense: 30 * MILLION,
      financingAmount: 80 * MILLION,
      financingDate: '2024-01-01',
      employees: 100,
      techStaff: 50,
    };
    it('passes when all three hold', () => expect(giant(ok)).toBe(true));
    it('fails each one at its edge', () => {
      expect(giant({ ...ok, financingAmount: 80 * MILLION - 1 })).toBe(false);
      expect(giant({ ...ok, financingDate: '2023-06-30' })).toBe(false);
      expect(giant({ ...ok, rdExpense: 30 * MILLION - 1 })).toBe(false);
      expect(giant({ ...ok, techStaff: 49 })).toBe(false);
      expect(giant({ ...ok, financingAmount: null })).toBe(false);
    });
  });

  it('needs ≥ 2 invention patents as the class-I IP proxy', () => {
    expect(giant({ inventionPatents: 2 })).toBe(true);
    expect(giant({ inventionPatents: 1 })).toBe(false);
  });

  it('states its proxies and what it cannot check', () => {
    const r = littleGiantEligible(makeFacts(), AS_OF);
    expect(r.reasons.map((x) => x.text).join('\n')).toMatch(/以最近一年代替近两年[\s\S]*以发明专利代替[\s\S]*未校验/);
    expect(giant({ revenue: null })).toBe(false);
  });
});

describe('starReserve (科创属性, older rule)', () => {
  const star = (over: Partial<ProfileFacts>) => starReserve(makeFacts(over), AS_OF).pass;

  it('needs 5 invention patents, not 4', () => {
    expect(star({ inventionPatents: 5 })).toBe(true);
    expect(star({ inventionPatents: 4 })).toBe(false);
    expect(star({ inventionPatents: null })).toBe(false);
  });

  it('needs R&D ≥ 5% of revenue …', () => {
    expect(star({ revenue: 100 * MILLION, rdExpense: 5 * MILLION })).toBe(true);
    expect(star({ revenue: 100 * MILLION, rdExpense: 5 * MILLION - 1 })).toBe(false);
  });

  it('… or R&D ≥ 60 million (one year standing for three, stated)', () => {
    expect(star({ revenue: 10_000 * MILLION, rdExpense: 60 * MILLION })).toBe(true);
    expect(star({ revenue: 10_000 * MILLION, rdExpense: 60 * MILLION - 1 })).toBe(false);
    expect(star({ revenue: null, rdExpense: 60 * MILLION })).toBe(true);
    expect(star({ rdExpense: null })).toBe(false);
    expect(reasonOf(starReserve(makeFacts(), AS_OF), 'rdIntensity').text).toContain('以最近一年代替近三年');
  });
});

describe('badges', () => {
  const fails = { inventionPatents: 0, techStaff: 0, rdExpense: 0 };

  it('awards all rule badges in a fixed order to the fixture firm', () => {
    expect(badges(makeFacts(), AS_OF)).toEqual(['HIGHTECH_ELIGIBLE', 'TECH_SME_ELIGIBLE', 'SRDI_ELIGIBLE', 'STAR_RESERVE']);
  });

  it('gives HIGHTECH_ELIGIBLE only without a valid certificate', () => {
    expect(badges(makeFacts({ hightechCertifiedOn: '2024-01-01' }), AS_OF)).toContain('HIGHTECH_VALID');
    expect(badges(makeFacts({ hightechCertifiedOn: '2024-01-01' }), AS_OF)).not.toContain('HIGHTECH_ELIGIBLE');
    expect(badges(makeFacts({ hightechCertifiedOn: '2022-06-30' }), AS_OF)).toContain('HIGHTECH_ELIGIBLE'); // expired today
    // the certificate also passes the 科小 evaluation directly
    expect(badges(makeFacts({ hightechCertifiedOn: '2024-01-01', ...fails }), AS_OF)).toEqual(['HIGHTECH_VALID', 'TECH_SME_ELIGIBLE']);
  });

  it('gives STAR_RESERVE to a firm already in the reserve pool, whatever its figures', () => {
    expect(badges(makeFacts({ ...fails, listingStatus: 'STAR_RESERVE' }), AS_OF)).toEqual(['STAR_RESERVE']);
    expect(badges(makeFacts(fails), AS_OF)).toEqual([]);
  });

  it('does not give STAR_RESERVE by rule to a firm already listed, but does to an unlisted unicorn', () => {
    expect(badges(makeFacts({ listingStatus: 'LISTED' }), AS_OF)).not.toContain('STAR_RESERVE');
    expect(badges(makeFacts({ listingStatus: 'UNICORN' }), AS_OF)).toContain('STAR_RESERVE');
  });
});

describe('badgeChecks: each badge against its rule, and what is missing for the ones lacked', () => {
  it('holds exactly the badges `badges` gives, over many random firms', () => {
    const rnd = prng(14);
    for (let i = 0; i < 500; i++) {
      const facts = makeFacts({
        revenue: Math.round(rnd() * 400) * MILLION,
        rdExpense: Math.round(rnd() * 30) * MILLION,
        inventionPatents: Math.floor(rnd() * 8),
        employees: 50 + Math.floor(rnd() * 800),
        techStaff: Math.floor(rnd() * 50),
        hightechCertifiedOn: rnd() < 0.3 ? '2023-01-15' : null,
        listingStatus: (['NONE', 'STAR_RESERVE', 'LISTED', 'UNICORN'] as const)[Math.floor(rnd() * 4)],
      });
      const checks = badgeChecks(facts, AS_OF);
      expect(checks.filter((c) => c.held).map((c) => c.badge)).toEqual(badges(facts, AS_OF));
      for (const c of checks) if (c.held || c.note) expect(c.unmet).toEqual([]);
    }
  });

  it('names the one criterion a firm misses 高新 eligibility by, with its figure and the bar', () => {
    // Revenue 40M (≤ 50M: the 5% bar), R&D 1.64M = 4.10%.
    const c = badgeChecks(makeFacts({ revenue: 40 * MILLION, rdExpense: 1_640_000 * YUAN }), AS_OF).find((x) => x.badge === 'HIGHTECH_ELIGIBLE')!;
    expect(c.held).toBe(false);
    expect(c.rule).toContain('国科发火〔2016〕32号');
    expect(c.unmet).toHaveLength(1);
    expect(c.unmet[0]).toMatchObject({ indicator: 'rdIntensity', value: '4.10%' });
    expect(c.unmet[0]!.text).toMatch(/4\.10%.*≥5%/);
  });

  it('does not list a valid certificate holder as lacking eligibility, nor a listed firm as lacking the reserve', () => {
    const certified = badgeChecks(makeFacts({ hightechCertifiedOn: '2024-01-01' }), AS_OF);
    expect(certified.find((c) => c.badge === 'HIGHTECH_VALID')).toMatchObject({ held: true, unmet: [] });
    expect(certified.find((c) => c.badge === 'HIGHTECH_ELIGIBLE')).toMatchObject({ held: false, unmet: [], note: expect.stringContaining('有效') });
    const listed = badgeChecks(makeFacts({ listingStatus: 'LISTED', inventionPatents: 9 }), AS_OF).find((c) => c.badge === 'STAR_RESERVE')!;
    expect(listed).toMatchObject({ held: false, unmet: [], note: expect.stringContaining('已上市') });
  });
});
