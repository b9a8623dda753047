// Copies a head office's SQLite database into an empty PostgreSQL database and checks the copy:
//   npm run hq:migrate -- --from <regiondesk.sqlite or data folder> --to postgres://…
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { openConnection } from '../src-main/core/db/connection';
import { compareDatabases, copyToPostgres } from '../src-main/core/db/copy-to-postgres';
import { migrate } from '../src-main/core/db/migrate';
import { DB_FILE_NAME } from '../src-main/core/db/open-database';
import { openPostgres } from '../src-main/core/db/postgres/connection';
import { migratePostgres } from '../src-main/core/db/postgres/migrate';
import { POSTGRES_MIGRATIONS } from '../src-main/core/db/postgres/migrations';
import { MIGRATIONS } from '../src-main/core/modules';
import { readBackupSettings } from '../src-main/core/modules/backups';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
  if (!values.from || !values.to) {
    console.error(
      '用法: npm run hq:migrate -- --from <数据目录或 regiondesk.sqlite> --to postgres://用户@主机/数据库',
    );
    return 2;
  }
  const file = statSync(values.from).isDirectory() ? join(values.from, DB_FILE_NAME) : values.from;
  if (!existsSync(file)) {
    console.error(`找不到数据库文件:${file}`);
    return 2;
  }
  const source = openConnection(file);
  const target = openPostgres(values.to, 2);
  try {
    await migrate(source.sqlite, source.db, {
      // An older source is upgraded first; its copy goes where the app keeps its other backups.
      backupDir: readBackupSettings(dirname(file)).folder,
      now: () => new Date(),
      migrations: MIGRATIONS,
    });
    await migratePostgres(target.db, POSTGRES_MIGRATIONS);
    await copyToPostgres(source.db, target.db, (line) => console.log(line));
    const checks = await compareDatabases(source.db, target.db);
    console.table(
      checks.map((c) => ({
        table: c.table,
        rows: c.sqlite.rows,
        pgRows: c.postgres?.rows ?? '-',
        sha256: c.sqlite.sha256.slice(0, 16),
        pgSha256: c.postgres?.sha256.slice(0, 16) ?? '-',
        ok: c.ok ? '一致' : '不一致',
      })),
    );
    const bad = checks.filter((c) => !c.ok);
    if (bad.length > 0) {
      console.error(`有 ${bad.length} 张表不一致:${bad.map((c) => c.table).join('、')}`);
      return 1;
    }
    console.log(
      '复制完成,所有表的行数和内容校验一致。数据目录中的 bundles-received 文件夹继续使用,无需复制。',
    );
    return 0;
  } finally {
    source.sqlite.close();
    await target.pool.end();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error((err as Error).message);
    process.exit(1);
  },
);
