import { PremiumPreview } from '#app/components/premium-preview.tsx'
import { ScoreBar, ScoreGauge } from '#app/components/letters/score-gauge.tsx'
import { SkillChip } from '#app/components/letters/skill-chip.tsx'
import { counted, matchVerdict, sentence } from '#app/components/letters/wording.ts'
import { ButtonLink } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { EmptyState } from '#app/components/ui/empty-state.tsx'
import { ArrowRightIcon, CvIcon, InfoIcon, PenIcon } from '#app/components/ui/icons.tsx'
import type { MatchCategory, MatchGap, MatchReport, MatchTerm, TransferableSkill } from '#app/domain/match/types.ts'
import type { Route } from './+types/match'
import { loadWorkspace } from './workspace.server.ts'

export const meta: Route.MetaFunction = ({ matches }) => {
	const layout = matches.find((match) => match?.id === 'routes/letters/application/layout')?.data as
		| { application: { jobTitle: string } }
		| undefined
	return [{ title: layout ? `Mirror Match — ${layout.application.jobTitle} — Phoenix Letters` : 'Mirror Match — Phoenix Letters' }]
}

/** The number of gaps, with their advice, the free plan shows. */
const freeGaps = 2

export type MatchViewCategory = Pick<MatchCategory, 'id' | 'title' | 'score' | 'weight'> & {
	/** null on the free plan: the sentence names what is missing. */
	summary: string | null
	found: MatchTerm[]
	foundCount: number
	missing: MatchGap[]
	missingCount: number
}

/** What the browser receives of a Mirror Match: everything with Premium, the useful part on the free plan. */
export type MatchView = {
	complete: boolean
	score: number
	cap: MatchReport['cap']
	summary: string
	categories: MatchViewCategory[]
	transferable: TransferableSkill[]
	transferableCount: number
	/** Gaps (with their advice) left out of this view. */
	hiddenGaps: number
}

function matchView(report: MatchReport, premium: boolean): MatchView {
	if (premium) {
		return {
			complete: true,
			score: report.score,
			cap: report.cap,
			summary: report.summary,
			categories: report.categories.map((category) => ({
				...category,
				foundCount: category.found.length,
				missingCount: category.missing.length,
			})),
			transferable: report.transferable,
			transferableCount: report.transferable.length,
			hiddenGaps: 0,
		}
	}
	// Must-haves first: the two gaps shown are the ones that weigh most on the application.
	const shown = new Set(
		report.categories
			.flatMap((category) => category.missing)
			.map((gap, order) => ({ gap, order }))
			.sort((a, b) => Number(Boolean(b.gap.mustHave)) - Number(Boolean(a.gap.mustHave)) || a.order - b.order)
			.slice(0, freeGaps)
			.map(({ gap }) => gap),
	)
	const totalGaps = report.categories.reduce((sum, category) => sum + category.missing.length, 0)
	return {
		complete: false,
		score: report.score,
		cap: report.cap,
		summary: report.summary,
		categories: report.categories.map((category) => ({
			id: category.id,
			title: category.title,
			score: category.score,
			weight: category.weight,
			summary: null,
			found: [],
			foundCount: category.found.length,
			missing: category.missing.filter((gap) => shown.has(gap)),
			missingCount: category.missing.length,
		})),
		transferable: [],
		transferableCount: report.transferable.length,
		hiddenGaps: totalGaps - shown.size,
	}
}

export async function loader({ request, params }: Route.LoaderArgs) {
	const { application, match, premium } = await loadWorkspace(request, params.applicationId)
	return { applicationId: application.id, premium, view: match ? matchView(match, premium) : null }
}

const viaLabels: Record<NonNullable<MatchTerm['via']>, string | undefined> = {
	exact: undefined,
	synonym: 'synonyme',
	rome: 'proche (ROME)',
}

export default function MirrorMatchTab({ loaderData }: Route.ComponentProps) {
	const { view, applicationId } = loaderData
	if (!view) {
		return (
			<EmptyState
				icon={<CvIcon className="size-7" />}
				title="Le Mirror Match a besoin de votre CV"
				description={
					<>
						<p>
							Il met votre CV face à cette offre, catégorie par catégorie&nbsp;: ce que vous avez déjà, ce qui manque, et comment
							le combler. Collez votre CV une fois, il servira pour toutes vos candidatures.
						</p>
						<p className="mt-2 text-sm text-stone-600">Votre CV reste dans votre compte et n’est jamais partagé.</p>
					</>
				}
				action={
					<ButtonLink to={`/letters/mon-cv?retour=${encodeURIComponent(`/letters/candidatures/${applicationId}/match`)}`}>
						Ajouter mon CV
						<ArrowRightIcon className="size-5" />
					</ButtonLink>
				}
			/>
		)
	}
	const verdict = matchVerdict(view.score)
	return (
		<div className="flex flex-col gap-8">
			<Card as="section" aria-labelledby="match-score-title" padding="lg">
				<div className="flex flex-col items-center gap-6 sm:flex-row sm:items-start sm:gap-10">
					<ScoreGauge score={view.score} label={verdict} className="shrink-0" />
					<div className="min-w-0">
						<h2 id="match-score-title" className="text-xl font-semibold text-stone-900">
							Votre CV face à cette offre
						</h2>
						<p className="mt-2 leading-7 text-stone-800">{view.summary}</p>
						{view.cap ? (
							<p className="mt-3 rounded-xl bg-amber-50 p-3 text-sm leading-6 text-amber-950">
								<strong>Pourquoi pas plus haut&nbsp;?</strong> {sentence(view.cap.reason)}{' '}
								Si c’est déjà votre cas, écrivez-le dans votre CV avec les mots de l’offre&nbsp;: le score en tiendra compte.
							</p>
						) : null}
						<p className="mt-3 flex gap-2 text-sm leading-6 text-stone-600">
							<InfoIcon className="mt-0.5 size-4 shrink-0" />
							<span>
								Ce score explique la distance entre les mots de votre CV et ceux de l’offre. Il ne prédit pas la décision d’un
								recruteur, qui lit aussi votre lettre, votre motivation et votre parcours.
							</span>
						</p>
					</div>
				</div>
			</Card>

			{view.transferable.length > 0 ? <Transferable skills={view.transferable} /> : null}

			<section aria-labelledby="categories-title">
				<h2 id="categories-title" className="text-xl font-semibold text-stone-900">
					Catégorie par catégorie
				</h2>
				<ul className="mt-4 grid gap-4 md:grid-cols-2">
					{view.categories.map((category) => (
						<li key={category.id}>
							<CategoryCard category={category} complete={view.complete} />
						</li>
					))}
				</ul>
			</section>

			{view.complete ? null : (
				<PremiumPreview title="Tout le détail avec Premium" hiddenCount={view.hiddenGaps || undefined}>
					{premiumOffer(view)}
				</PremiumPreview>
			)}

			<div className="flex flex-col gap-3 sm:flex-row">
				<ButtonLink to={`/letters/candidatures/${applicationId}/lettre`}>
					<PenIcon className="size-5" />
					Écrire ma lettre avec ces éléments
				</ButtonLink>
				<ButtonLink
					to={`/letters/mon-cv?retour=${encodeURIComponent(`/letters/candidatures/${applicationId}/match`)}`}
					variant="secondary"
				>
					Mettre à jour mon CV
				</ButtonLink>
			</div>
		</div>
	)
}

/** What Premium adds to this report, said with its figures. */
function premiumOffer(view: MatchView) {
	const parts = [
		view.hiddenGaps > 0
			? `${counted(view.hiddenGaps, 'autre piste', 'autres pistes')} à travailler, ${view.hiddenGaps > 1 ? 'chacune ' : ''}avec son conseil`
			: 'le détail de chaque catégorie',
		'les points de votre CV qui répondent déjà à l’offre',
	]
	if (view.transferableCount > 0) {
		const skills = counted(view.transferableCount, 'compétence transférable', 'compétences transférables')
		parts.push(`${skills} ${view.transferableCount > 1 ? 'dites' : 'dite'} dans les mots du nouveau métier`)
	}
	return `Premium montre ${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}.`
}

function Transferable({ skills }: { skills: TransferableSkill[] }) {
	return (
		<Card as="section" tone="tinted" aria-labelledby="transferable-title">
			<h2 id="transferable-title" className="text-xl font-semibold text-stone-900">
				Ce que vous savez déjà faire, dit dans les mots du nouveau métier
			</h2>
			<p className="mt-1 text-sm text-stone-700">Reprenez ces formulations dans votre lettre et votre CV.</p>
			<ul className="mt-4 flex flex-col gap-3">
				{skills.map((skill, index) => (
					<li key={index} className="rounded-xl bg-white p-4 ring-1 ring-ember-100">
						<p className="text-xs font-semibold tracking-wide text-ember-800 uppercase">{skill.theme}</p>
						<p className="mt-1 text-sm text-stone-600">
							<span className="sr-only">Dans votre métier actuel&nbsp;: </span>
							{skill.from}
						</p>
						<p className="mt-1 flex gap-2 font-medium text-stone-900">
							<ArrowRightIcon className="mt-0.5 size-4 shrink-0 text-ember-700" />
							<span>
								<span className="sr-only">Dans le nouveau métier&nbsp;: </span>
								{skill.to}
							</span>
						</p>
					</li>
				))}
			</ul>
		</Card>
	)
}

function CategoryCard({ category, complete }: { category: MatchViewCategory; complete: boolean }) {
	const headingId = `category-${category.id}`
	const hiddenMissing = category.missingCount - category.missing.length
	return (
		<Card as="article" aria-labelledby={headingId} className="h-full" padding="sm">
			<ScoreBar score={category.score} label={category.title} labelAs="h3" labelId={headingId} />
			{category.summary ? <p className="mt-3 text-sm leading-6 text-stone-700">{category.summary}</p> : null}

			{complete ? (
				category.found.length > 0 ? (
					<div className="mt-4">
						<h4 className="text-sm font-semibold text-stone-900">Déjà dans votre CV</h4>
						<ul className="mt-2 flex flex-wrap gap-2">
							{category.found.map((term) => (
								<li key={term.key} className="max-w-full">
									<SkillChip
										label={term.cvWording && term.cvWording !== term.label ? `${term.label} (votre CV\u00a0: «\u00a0${term.cvWording}\u00a0»)` : term.label}
										tone="found"
										note={term.via ? viaLabels[term.via] : undefined}
									/>
								</li>
							))}
						</ul>
					</div>
				) : null
			) : category.foundCount > 0 ? (
				<p className="mt-4 text-sm text-stone-700">
					<strong className="text-emerald-800">{counted(category.foundCount, 'point commun', 'points communs')}</strong> avec l’offre dans votre CV.
				</p>
			) : null}

			{category.missing.length > 0 ? (
				<div className="mt-4">
					<h4 className="text-sm font-semibold text-stone-900">À travailler</h4>
					<ul className="mt-2 flex flex-col gap-3">
						{category.missing.map((gap) => (
							<li key={gap.key} className="rounded-xl border border-stone-200 p-3">
								<p className="flex flex-wrap items-center gap-2 font-medium text-stone-900">
									{gap.label}
									{gap.mustHave ? (
										<span className="rounded-full bg-ember-50 px-2 py-0.5 text-xs font-semibold text-ember-800 ring-1 ring-ember-200">
											Indispensable
										</span>
									) : null}
								</p>
								<p className="mt-1 text-sm leading-6 text-stone-700">{gap.advice}</p>
							</li>
						))}
					</ul>
				</div>
			) : null}
			{hiddenMissing > 0 ? (
				<p className="mt-3 text-sm text-stone-600">
					{counted(hiddenMissing, 'autre piste', 'autres pistes')} dans cette catégorie avec Premium.
				</p>
			) : complete && category.missingCount === 0 && category.found.length > 0 ? (
				<p className="mt-3 text-sm font-medium text-emerald-800">Rien ne manque dans cette catégorie.</p>
			) : null}
		</Card>
	)
}
