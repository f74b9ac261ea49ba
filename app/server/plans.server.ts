import { byCapabilityOrder, parseQuotaDetail, QUOTA_EXCEEDED_SQLSTATE, quotaRefusalMessage, type QuotaPeriod } from '#shared/quota.ts'
import type { CurrentUser } from './auth/auth.server.ts'
import { asAnon, asUser, type Row } from './db.server.ts'

export type PlanLimit = { capability: string; period: QuotaPeriod; limit: number | null }
export type Plan = { id: string; name: string; monthlyPriceCents: number | null; limits: PlanLimit[] }

/** Every plan with its limits, from the database (the single source of truth). */
export async function getPlans(): Promise<Plan[]> {
	return asAnon(async (tx) => {
		const plans = await tx<Row<'plans'>[]>`select * from public.plans order by position`
		const limits = await tx<Row<'plan_limits'>[]>`select * from public.plan_limits order by capability`
		return plans.map((plan) => ({
			id: plan.id,
			name: plan.name,
			monthlyPriceCents: plan.monthly_price_cents,
			limits: limits
				.filter((limit) => limit.plan_id === plan.id)
				.map((limit) => ({ capability: limit.capability, period: limit.period as QuotaPeriod, limit: limit.limit_value }))
				.sort(byCapabilityOrder),
		}))
	})
}

export type Meter = { capability: string; period: QuotaPeriod; used: number; limit: number | null }

/** The person's plan, subscription state and a meter per capability of their plan. */
export async function getAccountPlan(user: CurrentUser) {
	return asUser(user.claims, async (tx) => {
		const [{ plan_id } = { plan_id: 'gratuit' }] = await tx<{ plan_id: string }[]>`
			select public.effective_plan(${user.id}) as plan_id`
		const [subscription] = await tx<Pick<Row<'subscriptions'>, 'status' | 'cancel_at_period_end' | 'current_period_end'>[]>`
			select status, cancel_at_period_end, current_period_end from public.subscriptions where user_id = ${user.id}`
		const [plan] = await tx<Pick<Row<'plans'>, 'name'>[]>`select name from public.plans where id = ${plan_id}`
		const limits = await tx<Row<'plan_limits'>[]>`
			select * from public.plan_limits where plan_id = ${plan_id} and coalesce(limit_value, 1) > 0 order by capability`
		const usage = await tx<{ capability: string; used: string }[]>`select capability, used from public.my_quota_usage()`
		const used = new Map(usage.map((row) => [row.capability, Number(row.used)]))
		const meters: Meter[] = limits.map((limit) => ({
			capability: limit.capability,
			period: limit.period as QuotaPeriod,
			limit: limit.limit_value,
			used: used.get(limit.capability) ?? 0,
		}))
		meters.sort(byCapabilityOrder)
		return {
			planId: plan_id,
			planName: plan?.name ?? 'Gratuit',
			status: subscription?.status ?? 'none',
			cancelAtPeriodEnd: subscription?.cancel_at_period_end ?? false,
			currentPeriodEnd: subscription?.current_period_end ?? null,
			meters,
		}
	})
}

/**
 * When the database refused a write for quota (SQLSTATE PQ001), the French
 * message and the upgrade link to show; null for any other error.
 */
export function quotaRefusal(error: unknown): { message: string; upgradeUrl: string } | null {
	if (!error || typeof error !== 'object' || (error as { code?: string }).code !== QUOTA_EXCEEDED_SQLSTATE) return null
	const detail = parseQuotaDetail((error as { detail?: string }).detail)
	return { message: quotaRefusalMessage(detail), upgradeUrl: '/tarifs' }
}
