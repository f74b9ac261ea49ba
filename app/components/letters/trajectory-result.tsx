import { Form, Link, useNavigation } from 'react-router'
import { PremiumPreview } from '#app/components/premium-preview.tsx'
import { Badge } from '#app/components/ui/badge.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { cx } from '#app/components/ui/cx.ts'
import { formatShortDay } from '#app/components/ui/format.ts'
import { ArrowRightIcon, CheckIcon, InfoIcon, TargetIcon } from '#app/components/ui/icons.tsx'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import type { TrajectoryOccupation, TrajectorySkill, TrajectoryStepDraft } from '#app/domain/trajectory/types.ts'
import { de, inSentence } from '#app/domain/trajectory/wording.ts'
import type { HopView, TrajectoryView } from '#app/routes/letters/trajectory.server.ts'

export const stepKindLabels: Record<TrajectoryStepDraft['kind'], string> = {
	bilan: 'Bilan',
	formation: 'Formation',
	pratique: 'Pratique',
	certification: 'Certification',
	candidature: 'Candidatures',
	reseau: 'Réseau',
}

const ordinals = [
	'première',
	'deuxième',
	'troisième',
	'quatrième',
	'cinquième',
	'sixième',
	'septième',
	'huitième',
	'neuvième',
	'dixième',
	'onzième',
	'douzième',
	'treizième',
	'quatorzième',
	'quinzième',
	'seizième',
	'dix-septième',
	'dix-huitième',
	'dix-neuvième',
	'vingtième',
]

/** The rank of a passerelle in words: « la première que cite le ROME », « la troisième que cite le ROME ». */
export function rankInWords(rank: number) {
	const ordinal = ordinals[rank - 1] ?? `${rank}e`
	return `la ${ordinal} que cite le ROME`
}

export function hopInWords(hop: Pick<HopView, 'kind' | 'rank'>) {
	return hop.kind === 'mobility' && hop.rank !== null
		? `Passerelle officielle, ${rankInWords(hop.rank)}`
		: 'Pas de passerelle officielle\u00a0: une reconversion'
}

/** « d’infirmier / infirmière en soins généraux (IDE) », « de boulanger / boulangère »: an occupation inside a sentence. */
export function ofOccupation(occupation: TrajectoryOccupation) {
	return de(inSentence(occupation.label))
}

/** « D’infirmier / infirmière … à développeur / développeuse web » (lower-case first letter inside a sentence). */
export function fromTo(from: TrajectoryOccupation, to: TrajectoryOccupation, { capitalized = true } = {}) {
	const start = ofOccupation(from)
	return `${capitalized ? start.charAt(0).toUpperCase() : start.charAt(0)}${start.slice(1)} à ${inSentence(to.label)}`
}

/** How many items of a long list show before « Voir les N autres ». */
const listedFirst = 8

function percent(share: number) {
	return `${Math.round(share * 100)}\u00a0%`
}

function plural(count: number, one: string, many: string) {
	return `${count}\u00a0${count > 1 ? many : one}`
}

/** The computed trajectory: the path, what the person already holds, what is left to learn, a plan to save, and the help that exists. */
export function TrajectoryResult({ result, hasSavedPlan }: { result: TrajectoryView; hasSavedPlan: boolean }) {
	return (
		<section aria-labelledby="resultat-titre" className="flex flex-col gap-8">
			<Card padding="lg" className="flex flex-col gap-6">
				<div>
					<p className="text-sm font-semibold text-ember-800">Votre chemin</p>
					<h2 id="resultat-titre" className="mt-1 text-2xl font-bold tracking-tight text-balance text-stone-900">
						{fromTo(result.from, result.to)}
					</h2>
				</div>
				{result.official ? (
					<p className="max-w-prose leading-7 text-stone-700">{result.summary}</p>
				) : (
					<StatusMessage tone="info" title={'Pas de passerelle officielle courte dans le ROME\u00a0: c’est une vraie reconversion'}>
						{result.summary}
					</StatusMessage>
				)}
				<PathChain path={result.path} hops={result.hops} />
			</Card>

			<div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
				<div className="flex min-w-0 flex-col gap-8">
					<Coverage result={result} />
					<SkillsToAcquire result={result} />
					{result.details ? <HopDetails result={result} /> : null}
					<PlanPreview result={result} hasSavedPlan={hasSavedPlan} />
					{result.details ? null : <FreePreview result={result} />}
				</div>
				<aside className="flex flex-col gap-6" aria-label="Pour avancer">
					<Schemes result={result} />
					{result.details ? (
						<Access access={result.details.access} diplomas={result.details.diplomas} certifications={result.details.certifications} />
					) : null}
				</aside>
			</div>

			{result.details && result.details.alternatives.length > 0 ? <Alternatives result={result} /> : null}

			<p className="text-xs leading-5 text-stone-500">
				{result.attribution} Les passerelles, les compétences et l’accès au métier viennent de ce répertoire, les conseils de Phoenix.
			</p>
		</section>
	)
}

function PathChain({ path, hops }: { path: TrajectoryOccupation[]; hops: HopView[] }) {
	// Side by side on a wide screen when the labels have room; a longer chain reads top to bottom everywhere.
	const wide = path.length <= 3
	return (
		<ol className={cx('flex flex-col gap-2', wide && 'lg:flex-row lg:items-stretch lg:gap-0')}>
			{path.map((occupation, index) => {
				const hop = index > 0 ? hops[index - 1] : undefined
				const last = index === path.length - 1
				return (
					<li
						key={occupation.code}
						className={cx('flex flex-col gap-2', wide && 'lg:min-w-0 lg:flex-1 lg:flex-row lg:items-center lg:gap-0')}
					>
						{hop ? <HopConnector hop={hop} wide={wide} /> : null}
						<div
							className={cx(
								'flex min-w-0 flex-1 flex-col rounded-xl px-4 py-3',
								last ? 'bg-ember-50 ring-1 ring-ember-200 ring-inset' : 'bg-stone-100',
							)}
						>
							<span className={cx('text-xs font-medium', last ? 'text-ember-800' : 'text-stone-600')}>
								{index === 0 ? 'Aujourd’hui' : last ? 'Métier visé' : `Étape ${index}`}
							</span>
							<span className="font-semibold break-words text-stone-900">{occupation.label}</span>
							<span className="text-xs text-stone-500">Fiche ROME {occupation.code}</span>
						</div>
					</li>
				)
			})}
		</ol>
	)
}

function HopConnector({ hop, wide }: { hop: HopView; wide: boolean }) {
	const official = hop.kind === 'mobility'
	return (
		<div className={cx('flex items-center gap-3 pl-4', wide && 'lg:w-36 lg:shrink-0 lg:flex-col lg:gap-1 lg:px-3 lg:text-center')}>
			<span
				aria-hidden="true"
				className={cx(
					'flex size-8 shrink-0 rotate-90 items-center justify-center rounded-full',
					wide && 'lg:rotate-0',
					official ? 'bg-emerald-100 text-emerald-800' : 'border-2 border-dashed border-stone-400 text-stone-600',
				)}
			>
				<ArrowRightIcon className="size-4" />
			</span>
			<span className={cx('text-xs leading-5', official ? 'font-medium text-emerald-900' : 'text-stone-600')}>{hopInWords(hop)}</span>
		</div>
	)
}

function Coverage({ result }: { result: TrajectoryView }) {
	const share = percent(result.coverage)
	return (
		<Card as="section" aria-labelledby="couverture-titre" padding="lg">
			<h3 id="couverture-titre" className="text-xl font-semibold text-stone-900">
				Vous avez déjà {share} des compétences clés
			</h3>
			<div aria-hidden="true" className="mt-4 h-3 overflow-hidden rounded-full bg-stone-200">
				<div className="h-full rounded-full bg-emerald-600" style={{ width: share.replace('\u00a0', '') }} />
			</div>
			<p className="mt-3 max-w-prose text-sm leading-6 text-stone-600">
				Les compétences «&nbsp;cœur de métier&nbsp;» du métier {ofOccupation(result.to)} selon le ROME, comparées à{' '}
				{result.fromCv ? 'votre CV et à votre métier actuel' : 'votre métier actuel'}.{' '}
				{result.coverage < 0.3
					? 'C’est un point de départ, pas un verdict\u00a0: une formation apporte justement ce qui manque.'
					: 'Une vraie base, sur laquelle vous appuyer en entretien.'}
			</p>
			{result.fromCv ? null : (
				<p className="mt-3 text-sm leading-6 text-stone-700">
					<Link
						to={`/letters/mon-cv?retour=${encodeURIComponent(`/letters/trajectoire?${new URLSearchParams({ de: result.query.de, vers: result.query.vers }).toString()}`)}`}
						className="font-semibold underline underline-offset-4 hover:text-stone-950"
					>
						Ajoutez votre CV
					</Link>{' '}
					pour que Phoenix compte aussi les compétences acquises ailleurs (formations, projets, bénévolat).
				</p>
			)}
		</Card>
	)
}

function SkillLine({ skill, held }: { skill: TrajectorySkill; held?: boolean }) {
	return (
		<li className="flex gap-2.5">
			{held ? (
				<CheckIcon className="mt-0.5 size-5 shrink-0 text-emerald-700" strokeWidth={2.5} />
			) : (
				<TargetIcon className="mt-0.5 size-5 shrink-0 text-stone-500" />
			)}
			<span className="min-w-0 leading-6">
				{held ? <span className="sr-only">Acquise&nbsp;: </span> : null}
				<span className={cx('break-words', skill.isCore && !held ? 'font-medium text-stone-900' : 'text-stone-800')}>{skill.label}</span>
				{skill.isCore ? (
					<Badge tone={held ? 'success' : 'accent'} className="ml-2 align-middle">
						cœur de métier
					</Badge>
				) : null}
				{held && skill.heldAs ? <span className="block text-sm text-stone-600">Dans votre parcours&nbsp;: «&nbsp;{skill.heldAs}&nbsp;»</span> : null}
			</span>
		</li>
	)
}

/** A list of skills, the first ones shown and the rest one click away, so a long list stays readable. */
function SkillList({ skills, held, more, className }: { skills: TrajectorySkill[]; held?: boolean; more: string; className?: string }) {
	if (skills.length === 0) return null
	const first = skills.length > listedFirst + 2 ? skills.slice(0, listedFirst) : skills
	const rest = skills.slice(first.length)
	return (
		<div className={className}>
			<ul className="flex flex-col gap-3">
				{first.map((skill) => (
					<SkillLine key={skill.code} skill={skill} held={held} />
				))}
			</ul>
			{rest.length > 0 ? (
				<details className="mt-3">
					<summary className="cursor-pointer text-sm font-semibold text-ember-800 underline-offset-4 hover:underline">
						Voir les {rest.length} {more}
					</summary>
					<ul className="mt-3 flex flex-col gap-3">
						{rest.map((skill) => (
							<SkillLine key={skill.code} skill={skill} held={held} />
						))}
					</ul>
				</details>
			) : null}
		</div>
	)
}

function SkillsToAcquire({ result }: { result: TrajectoryView }) {
	return (
		<Card as="section" aria-labelledby="a-acquerir-titre" padding="lg">
			<h3 id="a-acquerir-titre" className="text-xl font-semibold text-stone-900">
				Les compétences à acquérir
			</h3>
			<p className="mt-1 text-sm leading-6 text-stone-600">
				{result.toAcquireCount === 0
					? 'Vous avez déjà toutes les compétences que le ROME attend de ce métier.'
					: `${plural(result.toAcquireCount, 'compétence', 'compétences')} au total, les plus essentielles («\u00a0cœur de métier\u00a0») en premier.`}
			</p>
			<SkillList skills={result.toAcquire} className="mt-4" more="autres compétences à acquérir" />
		</Card>
	)
}

function HopDetails({ result }: { result: TrajectoryView }) {
	const hops = result.details?.hops ?? []
	// One hop: what is left to learn is the list above; what the person already holds is the news here.
	const single = hops.length === 1
	return (
		<Card as="section" aria-labelledby="etapes-titre" padding="lg" className="flex flex-col gap-6">
			<div>
				<h3 id="etapes-titre" className="text-xl font-semibold text-stone-900">
					{single ? 'Ce que vous savez déjà faire' : 'Étape par étape'}
				</h3>
				<p className="mt-1 text-sm leading-6 text-stone-600">
					{single
						? `Les compétences du métier ${ofOccupation(result.to)} que vous avez déjà, d’après votre parcours. Ce sont vos arguments, en entretien comme dans vos lettres.`
						: 'Pour chaque métier du chemin, les compétences qu’il demande et que vous avez déjà, puis les premières à acquérir.'}
				</p>
			</div>
			{hops.map((hop) => (
				<div
					key={`${hop.from.code}-${hop.to.code}`}
					className="flex flex-col gap-4 border-t border-stone-100 pt-5 first:border-t-0 first:pt-0"
				>
					{single ? null : (
						<h4 className="font-semibold text-stone-900">
							Vers le métier {ofOccupation(hop.to)}
							<span className="mt-0.5 block text-sm font-normal text-stone-600">{hopInWords(hop)}</span>
						</h4>
					)}
					<div className={cx('grid gap-6', single ? '' : 'md:grid-cols-2')}>
						<div>
							{single ? null : <h5 className="text-sm font-semibold text-emerald-900">Déjà acquises ({hop.held.length})</h5>}
							{hop.held.length > 0 ? (
								<SkillList skills={hop.held} held more="autres compétences acquises" className="mt-3 text-sm" />
							) : (
								<p className="mt-2 text-sm text-stone-600">Aucune pour l’instant&nbsp;: tout est à apprendre, et c’est normal.</p>
							)}
						</div>
						{single ? null : (
							<div>
								<h5 className="text-sm font-semibold text-stone-900">À acquérir</h5>
								{hop.toAcquire.length > 0 ? (
									<SkillList skills={hop.toAcquire} more="autres compétences à acquérir" className="mt-3 text-sm" />
								) : (
									<p className="mt-2 text-sm text-stone-600">Rien de plus&nbsp;: vous avez déjà ce que demande ce métier.</p>
								)}
							</div>
						)}
					</div>
				</div>
			))}
		</Card>
	)
}

function PlanPreview({ result, hasSavedPlan }: { result: TrajectoryView; hasSavedPlan: boolean }) {
	const navigation = useNavigation()
	const saving = navigation.state !== 'idle' && navigation.formData?.get('intent') === 'enregistrer'
	return (
		<Card as="section" aria-labelledby="plan-propose-titre" padding="lg" className="flex flex-col gap-5">
			<div>
				<h3 id="plan-propose-titre" className="text-xl font-semibold text-stone-900">
					Un plan daté, étape par étape
				</h3>
				<p className="mt-1 text-sm leading-6 text-stone-600">
					Des dates indicatives à partir d’aujourd’hui. Une fois le plan enregistré, vous pourrez les changer, cocher chaque étape faite et
					en ajouter.
				</p>
			</div>
			<ol className="flex flex-col gap-4">
				{result.plan.map((step, index) => (
					<li key={`${index}-${step.title}`} className="flex gap-3">
						<span
							aria-hidden="true"
							className="flex size-8 shrink-0 items-center justify-center rounded-full bg-ember-100 text-sm font-semibold text-ember-800 tabular-nums"
						>
							{index + 1}
						</span>
						<div className="min-w-0">
							<p className="font-semibold break-words text-stone-900">{step.title}</p>
							<p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-600">
								<Badge>{stepKindLabels[step.kind]}</Badge>
								{step.date ? <span>À partir du {formatShortDay(step.date)}</span> : null}
							</p>
							<p className="mt-2 max-w-prose text-sm leading-6 text-stone-700">{step.detail}</p>
						</div>
					</li>
				))}
			</ol>
			<Form
				method="post"
				action="/letters/trajectoire"
				className="flex flex-col gap-3 border-t border-stone-200 pt-5 sm:flex-row sm:items-center"
			>
				<input type="hidden" name="intent" value="enregistrer" />
				<input type="hidden" name="de" value={result.query.de} />
				<input type="hidden" name="vers" value={result.query.vers} />
				{result.query.via ? <input type="hidden" name="via" value={result.query.via} /> : null}
				<Button type="submit" disabled={saving} aria-busy={saving || undefined} className="w-full sm:w-auto">
					{saving ? 'Enregistrement…' : 'Enregistrer ce plan'}
				</Button>
				<p className="text-sm text-stone-600">
					{hasSavedPlan
						? 'Il remplacera votre plan actuel, et ce que vous y avez coché.'
						: 'Il apparaîtra en haut de cette page, prêt à être suivi.'}
				</p>
			</Form>
		</Card>
	)
}

function FreePreview({ result }: { result: TrajectoryView }) {
	const { hidden } = result
	const parts = [
		hidden.skills > 0 ? `${plural(hidden.skills, 'autre compétence', 'autres compétences')} à acquérir` : null,
		hidden.hopDetails ? 'le détail des compétences que vous avez déjà' : null,
		hidden.steps > 0 ? `${plural(hidden.steps, 'étape', 'étapes')} de plus dans le plan` : null,
		'l’accès au métier et les diplômes qui y mènent',
		hidden.alternatives > 0 ? `${plural(hidden.alternatives, 'autre chemin possible', 'autres chemins possibles')}` : null,
	].filter((part): part is string => part !== null)
	const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}` : (parts[0] ?? '')
	return (
		<PremiumPreview title="Le chemin complet avec Premium">
			Premium montre {list}. Avec l’offre gratuite, vous pouvez déjà enregistrer et suivre les étapes affichées ici.
		</PremiumPreview>
	)
}

function Schemes({ result }: { result: TrajectoryView }) {
	if (result.schemes.length === 0) return null
	return (
		<Card as="section" aria-labelledby="dispositifs-titre" tone="flat" padding="md">
			<h3 id="dispositifs-titre" className="text-base font-semibold text-stone-900">
				Les dispositifs qui peuvent vous aider
			</h3>
			<ul className="mt-4 flex flex-col gap-5">
				{result.schemes.map((scheme) => (
					<li key={scheme.id}>
						<p className="font-semibold text-stone-900">{scheme.name}</p>
						<p className="mt-1 text-sm leading-6 text-stone-700">{scheme.why}</p>
						<a
							href={scheme.url}
							target="_blank"
							rel="noopener noreferrer"
							className="mt-1 inline-flex items-center gap-1 text-sm font-medium text-ember-800 underline underline-offset-4 hover:text-ember-900"
						>
							Site officiel<span className="sr-only">&nbsp;: {scheme.name} (nouvel onglet)</span>
							<ArrowRightIcon className="size-4 -rotate-45" />
						</a>
					</li>
				))}
			</ul>
		</Card>
	)
}

function Access({ access, diplomas, certifications }: { access: string | null; diplomas: string[]; certifications: TrajectorySkill[] }) {
	if (!access && certifications.length === 0) return null
	return (
		<Card as="section" aria-labelledby="acces-titre" tone="flat" padding="md">
			<h3 id="acces-titre" className="text-base font-semibold text-stone-900">
				Accès au métier
			</h3>
			{access ? <p className="mt-3 text-sm leading-6 text-stone-700">{access}</p> : null}
			{diplomas.length > 0 ? (
				<div className="mt-4">
					<h4 className="text-sm font-semibold text-stone-900">Diplômes cités</h4>
					<ul className="mt-2 flex flex-wrap gap-2">
						{diplomas.map((diploma) => (
							<li key={diploma}>
								<Badge>{diploma}</Badge>
							</li>
						))}
					</ul>
				</div>
			) : null}
			{certifications.length > 0 ? (
				<div className="mt-4">
					<h4 className="text-sm font-semibold text-stone-900">Certifications et habilitations demandées selon les postes</h4>
					<ul className="mt-2 flex list-disc flex-col gap-1 pl-5 text-sm leading-6 text-stone-700">
						{certifications.slice(0, 6).map((certification) => (
							<li key={certification.code}>{certification.label}</li>
						))}
					</ul>
				</div>
			) : null}
			<p className="mt-4 flex gap-2 text-xs leading-5 text-stone-500">
				<InfoIcon className="size-4 shrink-0" />
				D’après la fiche ROME du métier&nbsp;: d’autres voies existent souvent, un conseiller en évolution professionnelle vous les
				indiquera.
			</p>
		</Card>
	)
}

function Alternatives({ result }: { result: TrajectoryView }) {
	const alternatives = result.details?.alternatives ?? []
	return (
		<Card as="section" aria-labelledby="autres-chemins-titre" padding="lg">
			<h3 id="autres-chemins-titre" className="text-xl font-semibold text-stone-900">
				Autres chemins possibles
			</h3>
			<p className="mt-1 text-sm leading-6 text-stone-600">
				D’autres suites de passerelles officielles mènent au même métier. Un métier intermédiaire qui vous attire peut valoir le détour.
			</p>
			<ul className="mt-4 flex flex-col divide-y divide-stone-100 rounded-xl border border-stone-200">
				{alternatives.map((alternative) => {
					const steps = alternative.path.slice(1, -1)
					return (
						<li key={alternative.href} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
							<p className="min-w-0 text-sm leading-6 text-stone-800">
								{steps.length === 0 ? (
									<>Directement, par la passerelle officielle ({rankInWords(alternative.ranks[0] ?? 1)})</>
								) : (
									<>
										{steps.length === 1 ? 'Par le métier ' : 'Par les métiers '}
										{steps.map(ofOccupation).join(', puis ')}{' '}
										<span className="text-stone-600">({plural(alternative.ranks.length, 'passerelle', 'passerelles')})</span>
									</>
								)}
							</p>
							<Link
								to={alternative.href}
								className="inline-flex shrink-0 items-center gap-1 text-sm font-semibold text-ember-800 underline underline-offset-4 hover:text-ember-900"
							>
								Voir ce chemin
								<span className="sr-only">
									{steps.length === 0 ? ' direct' : ` par ${steps.map((occupation) => inSentence(occupation.label)).join(', puis ')}`}
								</span>
							</Link>
						</li>
					)
				})}
			</ul>
		</Card>
	)
}
