import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AgencyRole } from '@noticeboard/domain';

@Entity('agencies')
export class AgencyEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') slug: string;
  @Column('boolean') requireTwoFactor: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('agency_members')
export class AgencyMemberEntity {
  @PrimaryColumn('uuid') agencyId: string;
  @PrimaryColumn('uuid') userId: string;
  @Column('text') role: AgencyRole;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
