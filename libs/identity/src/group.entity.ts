import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A group company (集团) that runs sub-parks. */
@Entity('groups')
export class GroupEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  name: string;
}
