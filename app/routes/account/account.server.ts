import type { CurrentUser } from '#app/server/auth/auth.server.ts'
import { asUser, type Row } from '#app/server/db.server.ts'

export type ProfileView = {
	displayName: string | null
	currentJobTitle: { code: string; label: string } | null
	targetJobTitle: { code: string; label: string } | null
}

export async function getProfile(user: CurrentUser): Promise<ProfileView> {
	return asUser(user.claims, async (tx) => {
		type ProfileRow = Pick<Row<'profiles'>, 'display_name'> & {
			current_code: Row<'rome_job_titles'>['code'] | null
			current_label: Row<'rome_job_titles'>['label'] | null
			target_code: Row<'rome_job_titles'>['code'] | null
			target_label: Row<'rome_job_titles'>['label'] | null
		}
		const [row] = await tx<ProfileRow[]>`
			select p.display_name,
				cur.code as current_code, cur.label as current_label,
				tgt.code as target_code, tgt.label as target_label
			from public.profiles p
			left join public.rome_job_titles cur on cur.code = p.current_job_title_code
			left join public.rome_job_titles tgt on tgt.code = p.target_job_title_code
			where p.id = ${user.id}`
		return {
			displayName: row?.display_name ?? null,
			currentJobTitle: row?.current_code ? { code: row.current_code, label: row.current_label ?? '' } : null,
			targetJobTitle: row?.target_code ? { code: row.target_code, label: row.target_label ?? '' } : null,
		}
	})
}

/** Returns the codes among `codes` that are not ROME job titles. */
export async function unknownJobTitleCodes(user: CurrentUser, codes: string[]): Promise<string[]> {
	if (codes.length === 0) return []
	const known = await asUser(
		user.claims,
		(tx) => tx<Pick<Row<'rome_job_titles'>, 'code'>[]>`select code from public.rome_job_titles where code = any(${codes})`,
	)
	const knownCodes = new Set(known.map((row) => row.code))
	return codes.filter((code) => !knownCodes.has(code))
}

export async function updateProfile(
	user: CurrentUser,
	profile: { displayName: string | null; currentJobTitleCode: string | null; targetJobTitleCode: string | null },
) {
	await asUser(user.claims, async (tx) => {
		const updated = await tx`
			update public.profiles set
				display_name = ${profile.displayName},
				current_job_title_code = ${profile.currentJobTitleCode},
				target_job_title_code = ${profile.targetJobTitleCode}
			where id = ${user.id}`
		if (updated.count !== 1) throw new Error('profile not found for the signed-in user')
	})
}
