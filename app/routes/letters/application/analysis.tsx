import type { ReactNode } from 'react'
import { OfferHighlight, skillHighlights } from '#app/components/letters/offer-highlight.tsx'
import { SkillChip } from '#app/components/letters/skill-chip.tsx'
import {
	formatContracts,
	formatEducationLevel,
	formatExperience,
	formatRemote,
	formatSalary,
	romeCloseness,
	romeShownFrom,
} from '#app/components/letters/wording.ts'
import { ButtonLink } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { ArrowRightIcon, CvIcon, MirrorIcon, PenIcon } from '#app/components/ui/icons.tsx'
import type { OfferAnalysis, OfferSkill } from '#app/domain/offer/types.ts'
import { plain } from '#shared/ai/offline/text.ts'
import type { Route } from './+types/analysis'
import { useWorkspace } from './layout.tsx'

export const meta: Route.MetaFunction = ({ matches }) => {
	const layout = matches.find((match) => match?.id === 'routes/letters/application/layout')?.data as
		| { application: { jobTitle: string } }
		| undefined
	return [{ title: layout ? `Analyse de l’offre — ${layout.application.jobTitle} — Phoenix Letters` : 'Analyse de l’offre — Phoenix Letters' }]
}

export default function OfferAnalysisTab() {
	const { application, analysis, hasCv } = useWorkspace()
	const cvLink = `/letters/mon-cv?retour=${encodeURIComponent(`/letters/candidatures/${application.id}`)}`
	return (
		<div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
			<div className="flex min-w-0 flex-col gap-8">
				<JobFacts analysis={analysis} fallbackTitle={application.jobTitle} />
				<SkillsAsked analysis={analysis} />
				<section aria-labelledby="offer-text-title">
					<OfferHighlight
						headingId="offer-text-title"
						text={application.offerText}
						highlights={skillHighlights(analysis.hardSkills, analysis.softSkills)}
					/>
				</section>
			</div>
			<aside className="flex flex-col gap-6" aria-label="Pour aller plus loin">
				<NextStep hasCv={hasCv} cvLink={cvLink} />
				<RomeOccupations analysis={analysis} />
			</aside>
		</div>
	)
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
	return (
		<div className="flex flex-col gap-1 border-t border-stone-100 py-3 sm:grid sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-4">
			<dt className="text-sm font-semibold text-stone-600">{term}</dt>
			<dd className="text-stone-900">{children ?? <span className="text-stone-500">Non précisé dans l’offre</span>}</dd>
		</div>
	)
}

function JobFacts({ analysis, fallbackTitle }: { analysis: OfferAnalysis; fallbackTitle: string }) {
	const { education, experience } = analysis
	return (
		<Card as="section" aria-labelledby="job-facts-title">
			<p className="text-sm font-semibold text-ember-800">Le poste, tel que Phoenix l’a lu</p>
			<h2 id="job-facts-title" className="mt-1 text-xl font-semibold text-balance text-stone-900 sm:text-2xl">
				{analysis.title ?? fallbackTitle}
			</h2>
			<dl className="mt-4">
				<Fact term="Contrat">{formatContracts(analysis.contract)}</Fact>
				<Fact term="Lieu">{analysis.location}</Fact>
				<Fact term="Télétravail">{formatRemote(analysis.remote)}</Fact>
				<Fact term="Salaire">{analysis.salary ? formatSalary(analysis.salary) : null}</Fact>
				<Fact term="Formation">
					{education ? (
						<div className="flex flex-col gap-1">
							<span>
								{formatEducationLevel(education)}
								<span className="text-stone-600">{education.mustHave ? ' (exigé)' : ' (souhaité)'}</span>
							</span>
							{education.diplomas.length > 0 ? (
								<ul className="list-disc pl-5 text-sm text-stone-700">
									{education.diplomas.map((diploma) => (
										<li key={diploma}>{diploma}</li>
									))}
								</ul>
							) : null}
							{education.equivalentAccepted ? (
								<span className="text-sm font-medium text-emerald-800">
									Équivalence acceptée&nbsp;: une reconversion ou une expérience équivalente peut suffire.
								</span>
							) : null}
						</div>
					) : null}
				</Fact>
				<Fact term="Expérience">{experience ? formatExperience(experience) : null}</Fact>
			</dl>
		</Card>
	)
}

function SkillList({ skills, tone, label }: { skills: OfferSkill[]; tone: 'required' | 'optional' | 'soft'; label: string }) {
	return (
		<ul aria-label={label} className="mt-3 flex flex-wrap gap-2">
			{skills.map((skill) => (
				<li key={skill.key} className="max-w-full">
					<SkillChip label={skill.label} tone={tone} tool={skill.tool} note={tone === 'soft' && skill.mustHave ? 'indispensable' : undefined} />
				</li>
			))}
		</ul>
	)
}

function SkillsAsked({ analysis }: { analysis: OfferAnalysis }) {
	const required = analysis.hardSkills.filter((skill) => skill.mustHave)
	const optional = analysis.hardSkills.filter((skill) => !skill.mustHave)
	const empty = analysis.hardSkills.length === 0 && analysis.softSkills.length === 0
	return (
		<Card as="section" aria-labelledby="skills-title">
			<h2 id="skills-title" className="text-xl font-semibold text-stone-900">
				Ce que l’offre demande
			</h2>
			{empty ? (
				<p className="mt-2 text-stone-700">
					Phoenix n’a pas repéré de compétence précise dans ce texte. Vérifiez qu’il contient bien les missions et le profil
					recherché&nbsp;: ce sont ces paragraphes qui comptent.
				</p>
			) : (
				<p className="mt-2 text-sm text-stone-600">
					Les compétences «&nbsp;indispensables&nbsp;» sont celles que l’offre présente comme exigées&nbsp;; les autres sont un plus,
					pas une condition.
				</p>
			)}
			{required.length > 0 ? (
				<div className="mt-6">
					<h3 className="font-semibold text-stone-900">
						Indispensable <span className="font-normal text-stone-600">({required.length})</span>
					</h3>
					<SkillList skills={required} tone="required" label="Compétences et outils indispensables" />
				</div>
			) : null}
			{optional.length > 0 ? (
				<div className="mt-6">
					<h3 className="font-semibold text-stone-900">
						Apprécié <span className="font-normal text-stone-600">({optional.length})</span>
					</h3>
					<SkillList skills={optional} tone="optional" label="Compétences et outils appréciés" />
				</div>
			) : null}
			{analysis.softSkills.length > 0 ? (
				<div className="mt-6">
					<h3 className="font-semibold text-stone-900">Qualités humaines</h3>
					<SkillList skills={analysis.softSkills} tone="soft" label="Qualités humaines" />
				</div>
			) : null}
		</Card>
	)
}

function RomeOccupations({ analysis }: { analysis: OfferAnalysis }) {
	const close = analysis.rome.filter((candidate) => candidate.score >= romeShownFrom).slice(0, 3)
	const candidates = close.length > 0 ? close : analysis.rome.slice(0, 1)
	return (
		<Card as="section" aria-labelledby="rome-title" padding="sm" className="sm:p-6">
			<h2 id="rome-title" className="font-semibold text-stone-900">
				Le métier dans le répertoire ROME
			</h2>
			<p className="mt-1 text-sm text-stone-600">
				Le répertoire des métiers de France Travail. Phoenix s’en sert pour reconnaître les compétences du métier.
			</p>
			{candidates.length === 0 ? (
				<p className="mt-4 text-sm text-stone-700">
					Aucun métier du répertoire ne correspond clairement à l’intitulé. L’analyse des compétences reste valable.
				</p>
			) : (
				<ol className="mt-4 flex flex-col gap-3">
					{candidates.map((candidate) => (
						<li key={candidate.code} className="rounded-xl bg-stone-50 p-3">
							<p className="font-medium text-stone-900">{plain(candidate.label)}</p>
							<p className="mt-1 text-sm text-stone-600">
								<span className="font-semibold text-stone-800">{romeCloseness(candidate.score)}</span> · code {candidate.code}
							</p>
							{candidate.matchedTitle && candidate.matchedTitle !== candidate.label ? (
								<p className="mt-1 text-xs text-stone-500">D’après l’appellation «&nbsp;{plain(candidate.matchedTitle)}&nbsp;»</p>
							) : null}
						</li>
					))}
				</ol>
			)}
		</Card>
	)
}

function NextStep({ hasCv, cvLink }: { hasCv: boolean; cvLink: string }) {
	if (hasCv) {
		return (
			<Card as="section" tone="tinted" aria-labelledby="next-step-title" padding="sm" className="sm:p-6">
				<h2 id="next-step-title" className="font-semibold text-stone-900">
					Et maintenant&nbsp;?
				</h2>
				<p className="mt-1 text-sm leading-6 text-stone-700">
					Comparez votre CV à cette offre&nbsp;: ce que vous avez déjà, ce qui manque, et comment le présenter.
				</p>
				<div className="mt-4 flex flex-col gap-2">
					<ButtonLink to="match" className="whitespace-normal">
						<MirrorIcon className="size-5" />
						Voir le Mirror Match
					</ButtonLink>
					<ButtonLink to="lettre" variant="secondary" className="whitespace-normal">
						<PenIcon className="size-5" />
						Écrire ma lettre
					</ButtonLink>
				</div>
			</Card>
		)
	}
	return (
		<Card as="section" tone="tinted" aria-labelledby="next-step-title" padding="sm" className="sm:p-6">
			<div className="flex size-10 items-center justify-center rounded-xl bg-white text-ember-800 ring-1 ring-ember-200">
				<CvIcon />
			</div>
			<h2 id="next-step-title" className="mt-3 font-semibold text-stone-900">
				Ajoutez votre CV pour le Mirror Match
			</h2>
			<p className="mt-1 text-sm leading-6 text-stone-700">
				Le Mirror Match compare votre parcours à cette offre, catégorie par catégorie, et traduit votre expérience dans les mots du
				nouveau métier. Il a besoin de votre CV&nbsp;: collez-le une fois, il servira pour toutes vos candidatures.
			</p>
			<div className="mt-4 flex flex-col gap-2">
				<ButtonLink to={cvLink} className="whitespace-normal">
					Ajouter mon CV
					<ArrowRightIcon className="size-5" />
				</ButtonLink>
				<ButtonLink to="lettre" variant="secondary" className="whitespace-normal">
					<PenIcon className="size-5" />
					Écrire ma lettre
				</ButtonLink>
			</div>
		</Card>
	)
}
