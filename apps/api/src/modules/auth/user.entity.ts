import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A person who signs in. Global: one account may work for an agency or in several tenants. */
@Entity('users')
export class UserEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') email: string;
  @Column('text') name: string;
  @Column('text') passwordHash: string;
  /** Base32 authenticator secret, in force since `totpEnabledAt`; never leaves the server after setup. */
  @Column('text', { nullable: true }) totpSecret: string | null;
  /** A secret being set up, until a code from it is confirmed. */
  @Column('text', { nullable: true }) totpPendingSecret: string | null;
  @Column('timestamptz', { nullable: true }) totpEnabledAt: Date | null;
  /** The last 30-second time step a code was accepted for: a code works once. */
  @Column('bigint', { nullable: true }) totpLastStep: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
