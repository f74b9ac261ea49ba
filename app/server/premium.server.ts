import type { CurrentUser } from './auth/auth.server.ts'
import { asUser } from './db.server.ts'

/** Whether the person's plan includes Letters' premium tools (full Mirror Match, Smart Coach, full Trajectory Builder). */
export async function hasLettersPremiumTools(user: CurrentUser): Promise<boolean> {
	return asUser(user.claims, async (tx) => {
		const [row] = await tx<{ included: boolean }[]>`select public.my_plan_includes('letters_premium_tools') as included`
		return row?.included === true
	})
}
