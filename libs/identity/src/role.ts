import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  MANAGER = 'MANAGER',
  OFFICER = 'OFFICER',
  GROUP = 'GROUP',
}
registerEnumType(Role, { name: 'Role' });
