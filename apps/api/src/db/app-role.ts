import type { DataSource } from 'typeorm';
import { inTransaction } from './request-transaction.js';

/**
 * Refuses to serve if application queries would not be filtered by row-level security: the role they run as
 * must not be a superuser, must not bypass RLS, and must own no table.
 */
export async function assertAppRoleIsConfined(dataSource: DataSource): Promise<void> {
  const [row] = await inTransaction(dataSource, {}, (tx) =>
    tx.manager.query(
      `SELECT current_user AS role, r.rolsuper AS super, r.rolbypassrls AS bypass,
              (SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user)::int AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    ),
  );
  if (!row || row.super || row.bypass || row.owned > 0) {
    throw new Error(
      `application queries run as "${row?.role}", which ${row?.super ? 'is a superuser' : row?.bypass ? 'bypasses RLS' : 'owns tables'}: tenant isolation would not hold`,
    );
  }
}
