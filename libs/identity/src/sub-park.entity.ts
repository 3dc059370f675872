import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A sub-park (子园) of the Chongming Park; which group runs it is data an administrator may change. */
@Entity('sub_parks')
export class SubParkEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ name: 'group_id', type: 'bigint', nullable: true })
  groupId: string | null;
}
