import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { TenantRole } from '@noticeboard/domain';

/** An integrator's key for one tenant. Only the SHA-256 of the secret is kept; the token is shown once. */
@Entity('api_keys')
export class ApiKeyEntity {
  @PrimaryColumn('uuid') tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') role: TenantRole;
  @Column('bytea') tokenHash: Buffer;
  /** The last characters of the token, so people can tell keys apart. */
  @Column('text') tokenHint: string;
  @Column('uuid', { nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { nullable: true }) lastUsedAt: Date | null;
  @Column('timestamptz', { nullable: true }) revokedAt: Date | null;
}
