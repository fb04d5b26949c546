import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One recorded change, written by the database's audit trigger; the application only reads it. */
@Entity('audit_log')
export class AuditEntryEntity {
  @PrimaryColumn('uuid') tenantId: string;
  /** bigint, read as a string by the driver. */
  @PrimaryColumn('bigint') id: string;
  @Column('timestamptz') at: Date;
  @Column('text') actorKind: 'USER' | 'API_KEY' | 'SYSTEM';
  @Column('uuid', { nullable: true }) actorId: string | null;
  @Column('text', { nullable: true }) requestId: string | null;
  @Column('text', { nullable: true }) action: string | null;
  @Column('text') entity: string;
  @Column('text', { nullable: true }) entityId: string | null;
  @Column('text') operation: 'INSERT' | 'UPDATE' | 'DELETE';
  @Column('jsonb', { nullable: true }) before: Record<string, unknown> | null;
  @Column('jsonb', { nullable: true }) after: Record<string, unknown> | null;
}
