import postgres from 'postgres'

type BenchResult = { name: string; p50: number; p95: number; unit: 'ms'; samples: number }

/**
 * The cost of the quota trigger: 10,000 single-row inserts by one person into
 * a table with public.enforce_quota attached, against the same inserts into an
 * identical table without it. Both tables have the (user_id, created_at) index
 * a product table would have. Runs on a throw-away database.
 */
export async function benchQuotaInsert(databaseUrl: string, inserts = 10_000): Promise<BenchResult[]> {
	const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} })
	try {
		const [person] = await sql<{ id: string }[]>`
			insert into auth.users (instance_id, id, aud, role, email, created_at, updated_at)
			values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated',
				'bench@exemple.fr', now(), now())
			returning id`
		await sql.unsafe(`
			create schema bench;
			insert into public.plan_limits (plan_id, capability, period, limit_value) values ('gratuit', 'bench_items', 'month', 1000000);
			create table bench.with_quota (id bigserial primary key, user_id uuid not null, created_at timestamptz not null default now());
			create table bench.without_quota (like bench.with_quota including all);
			create index on bench.with_quota (user_id, created_at);
			create index on bench.without_quota (user_id, created_at);
			select public.attach_quota('bench.with_quota', 'bench_items');
		`)
		const measure = async (table: string) => {
			const timings: number[] = []
			for (let index = 0; index < inserts; index++) {
				const started = performance.now()
				await sql.unsafe(`insert into ${table} (user_id) values ($1)`, [person!.id])
				timings.push(performance.now() - started)
			}
			timings.sort((a, b) => a - b)
			return { p50: timings[Math.floor(timings.length * 0.5)]!, p95: timings[Math.floor(timings.length * 0.95)]! }
		}
		const plain = await measure('bench.without_quota')
		const checked = await measure('bench.with_quota')
		return [
			{ name: 'insert without quota trigger', ...plain, unit: 'ms', samples: inserts },
			{ name: 'insert with quota trigger', ...checked, unit: 'ms', samples: inserts },
		]
	} finally {
		await sql.end()
	}
}
