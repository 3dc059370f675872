import { describe, expect, it } from '@jest/globals';
import { Role } from './role.js';
import { Scope } from './scope.js';

const officer = new Scope('7', Role.OFFICER, ['1', '2']);
const group = new Scope('8', Role.GROUP, ['3', '4'], '2');
const manager = new Scope('9', Role.MANAGER, []);
const admin = new Scope('10', Role.ADMIN, []);

describe('Scope: what one caller may see and do', () => {
  it('lets managers and administrators see every record, and restricts nobody else that way', () => {
    expect([officer, group, manager, admin].map((s) => s.seesAll)).toEqual([false, false, true, true]);
    expect(manager.visibleSubParkIds()).toBeNull();
    expect(admin.visibleSubParkIds()).toBeNull();
  });

  it("restricts officers and groups to their own sub-parks, in SQL and in checks alike", () => {
    expect(officer.visibleSubParkIds()).toEqual(['1', '2']);
    expect(group.visibleSubParkIds()).toEqual(['3', '4']);
    expect(officer.canReadSubPark('2')).toBe(true);
    expect(officer.canReadSubPark('3')).toBe(false);
    expect(group.canReadSubPark('3')).toBe(true);
    expect(officer.canReadSubPark(null)).toBe(false);
    expect(manager.canReadSubPark(null)).toBe(true);
  });

  it('lets officers write only in their sub-parks, and groups never', () => {
    expect(officer.canWriteSubPark('1')).toBe(true);
    expect(officer.canWriteSubPark('3')).toBe(false);
    expect(officer.canWriteSubPark(null)).toBe(false);
    expect(group.canWriteSubPark('3')).toBe(false);
    expect(manager.canWriteSubPark('3')).toBe(true);
  });

  it('refuses a role it does not have with FORBIDDEN, naming what is needed', () => {
    expect(() => admin.require(Role.ADMIN)).not.toThrow();
    expect(() => officer.require(Role.MANAGER, Role.ADMIN)).toThrow(expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringContaining('MANAGER or ADMIN') }));
  });

  it('acts as the system with full rights and no author in the audit log', () => {
    const system = Scope.system();
    expect(system.seesAll).toBe(true);
    expect(system.actorId).toBeNull();
    expect(officer.actorId).toBe('7');
  });
});
