import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

@Entity('audit_log')
@Index('audit_log_entity_idx', ['entity', 'entityId', 'id'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** null when the system itself acted (a job, the first-administrator bootstrap). */
  @Column({ name: 'actor_id', type: 'bigint', nullable: true })
  actorId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  entity: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes: FieldChange[];

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
