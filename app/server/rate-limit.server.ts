import { asServiceRole } from './db.server.ts'

export type RateLimitRule = { windowSeconds: number; max: number }

/**
 * Counts one attempt against each bucket and says whether all of them are
 * still within their limit. Counters live in Postgres (public.rate_limits),
 * shared by every app instance.
 */
export async function consumeRateLimits(buckets: { key: string; rule: RateLimitRule }[]): Promise<boolean> {
	return asServiceRole('rate limit', async (tx) => {
		let allowed = true
		for (const { key, rule } of buckets) {
			const [row] = await tx<{ allowed: boolean }[]>`
				select public.rate_limit_hit(${key}, ${rule.windowSeconds}, ${rule.max}) as allowed`
			if (!row?.allowed) allowed = false
		}
		return allowed
	})
}
