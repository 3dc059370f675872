import { makeUscc } from '../../libs/enterprises/src/uscc.js';

/** A random start per process, then consecutive: unique within a suite, and unlike other suites' numbers. */
let seq = Math.floor(Math.random() * 9e6);

/** A valid, unique USCC for test data: the index is the 7-digit body, the check digit is computed. */
export function testUscc(n = ++seq): string {
  return makeUscc(`91310151MA${String(n % 1e7).padStart(7, '0')}`);
}

export function enterpriseInput(over: Record<string, unknown> = {}) {
  return {
    uscc: testUscc(),
    name: `上海测试科技有限公司${++seq}`,
    status: 'CANDIDATE',
    region: '上海市浦东新区',
    chainNodes: [{ code: 'DE_SECURITY', role: 'KEY' }],
    foundedOn: '2018-05-01',
    registeredCapital: 1000,
    employees: 120,
    techStaff: 40,
    revenue: 8000.5,
    revenuePrevYear: 7000,
    rdExpense: 600,
    inventionPatents: 6,
    highValuePatents: 2,
    tags: ['信息安全'],
    ...over,
  };
}

export const CREATE_ENTERPRISE = `mutation($i: EnterpriseInput!) { createEnterprise(input: $i) {
  id uscc name status version revenue subParkId chainNodes { node { code name } role } tags } }`;
export const UPDATE_ENTERPRISE = `mutation($id: ID!, $i: EnterpriseInput!) { updateEnterprise(id: $id, input: $i) { id name version revenue } }`;

export const CREATE_LEAD = `mutation($i: LeadInput!) { createLead(input: $i) { id title stage version expectedInvestment owner { id } subPark { id } enterprise { id } } }`;
export const MOVE_LEAD = `mutation($id: ID!, $s: LeadStage!, $v: Int!, $r: String) { moveLead(id: $id, stage: $s, version: $v, reason: $r) { id stage version stale } }`;
export const LOG_ACTIVITY = `mutation($id: ID!, $i: ActivityInput!) { logActivity(leadId: $id, input: $i) { id type occurredAt summary } }`;
