import { getFormProps, getTextareaProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { useId, useState, type ReactNode } from 'react'
import { data, Form, redirect, useNavigation } from 'react-router'
import { z } from 'zod'
import { SkillChip } from '#app/components/letters/skill-chip.tsx'
import { formatCvPeriod } from '#app/components/letters/wording.ts'
import { Button, ButtonLink } from '#app/components/ui/button.tsx'
import { Card } from '#app/components/ui/card.tsx'
import { EmptyState } from '#app/components/ui/empty-state.tsx'
import { ErrorList } from '#app/components/ui/error-list.tsx'
import { TextareaField } from '#app/components/ui/field.tsx'
import { formatLongDate } from '#app/components/ui/format.ts'
import { ArrowRightIcon, CvIcon, ShieldIcon, UploadIcon } from '#app/components/ui/icons.tsx'
import { PageHeader } from '#app/components/ui/page-header.tsx'
import { StatusMessage } from '#app/components/ui/status-message.tsx'
import type { Cv } from '#app/domain/cv/types.ts'
import { requireUser } from '#app/server/auth/auth.server.ts'
import { getPrimaryCv } from '#app/server/cv.server.ts'
import type { Route } from './+types/cv'
import { safeReturnPath, saveCv } from './cv.server.ts'

const textMax = 40_000
const tooLong = 'Ce texte est trop long (40\u00a0000\u00a0caractères au plus). Gardez votre CV lui-même, sans le reste de la page.'

function isJson(text: string) {
	try {
		JSON.parse(text)
		return true
	} catch {
		return false
	}
}

export const cvSchema = z.discriminatedUnion('format', [
	z.object({
		format: z.literal('text'),
		text: z
			.string({ error: 'Collez le texte de votre CV.' })
			.trim()
			.min(100, 'Ce texte est un peu court pour un CV (100\u00a0caractères au moins)\u00a0: collez-le en entier, avec vos expériences et vos formations.')
			.max(textMax, tooLong),
		retour: z.string().optional(),
	}),
	z.object({
		format: z.literal('json_resume'),
		text: z
			.string({ error: 'Choisissez votre fichier JSON Resume, ou collez son contenu.' })
			.trim()
			.max(textMax, tooLong)
			.refine(
				isJson,
				'Ce texte n’est pas du JSON valide. Vérifiez qu’il a été copié en entier, de la première accolade «\u00a0{\u00a0» à la dernière «\u00a0}\u00a0».',
			),
		retour: z.string().optional(),
	}),
])

export const meta: Route.MetaFunction = () => [{ title: 'Mon CV — Phoenix Letters' }]

export async function loader({ request }: Route.LoaderArgs) {
	const user = await requireUser(request)
	const url = new URL(request.url)
	const stored = await getPrimaryCv(user)
	return {
		current: stored ? { cv: stored.cv, source: stored.source, originalText: stored.originalText, updatedAt: stored.updatedAt } : null,
		retour: safeReturnPath(url.searchParams.get('retour')),
		saved: url.searchParams.get('enregistre') === '1',
	}
}

export async function action({ request }: Route.ActionArgs) {
	const user = await requireUser(request)
	const formData = await request.formData()
	const submission = parseWithZod(formData, { schema: cvSchema })
	const format = formData.get('format') === 'json_resume' ? 'json_resume' : 'text'
	if (submission.status !== 'success') return data({ format, result: submission.reply() }, { status: 400 })
	const saved = await saveCv(user, { format: submission.value.format, text: submission.value.text })
	if (!saved.ok) return data({ format, result: submission.reply({ fieldErrors: { text: [saved.message] } }) }, { status: 400 })
	return redirect(safeReturnPath(submission.value.retour) ?? '/letters/mon-cv?enregistre=1')
}

export default function MyCv({ loaderData, actionData }: Route.ComponentProps) {
	const { current, retour, saved } = loaderData
	return (
		<div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12 lg:px-8">
			<PageHeader
				icon={<CvIcon className="size-7" />}
				eyebrow="Phoenix Letters"
				title="Mon CV"
				description="Le CV que Phoenix compare à chaque offre (Mirror Match) et dont il s’inspire pour vos lettres. Collez-le une fois, il sert pour toutes vos candidatures."
				actions={
					retour ? (
						<ButtonLink to={retour} variant="secondary">
							Revenir à ma candidature
						</ButtonLink>
					) : undefined
				}
			/>
			{saved ? (
				<StatusMessage tone="success" className="mt-8" title="Votre CV est enregistré">
					Il servira désormais au Mirror Match et à vos lettres. Vérifiez ci-dessous ce que Phoenix en a compris.
				</StatusMessage>
			) : null}
			{retour && !saved ? (
				<StatusMessage tone="info" className="mt-8">
					Une fois votre CV enregistré, vous reviendrez directement à votre candidature.
				</StatusMessage>
			) : null}

			<div className="mt-10 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
				<div className="flex min-w-0 flex-col gap-8">
					{current ? (
						<ParsedCv cv={current.cv} updatedAt={current.updatedAt} />
					) : (
						<EmptyState
							icon={<CvIcon className="size-7" />}
							title="Vous n’avez pas encore ajouté de CV"
							description={
								<p>
									Collez le texte de votre CV ci-dessous, tel quel&nbsp;: Phoenix y retrouve vos expériences, vos formations et vos
									compétences. Un CV imparfait suffit pour commencer.
								</p>
							}
						/>
					)}
					<TextCvForm
						defaultText={current?.source === 'text' ? (current.originalText ?? '') : ''}
						replacing={current !== null}
						retour={retour}
						lastResult={actionData?.format === 'text' ? actionData.result : undefined}
					/>
					<JsonResumeForm
						defaultText={current?.source === 'json_resume' ? (current.originalText ?? '') : ''}
						retour={retour}
						lastResult={actionData?.format === 'json_resume' ? actionData.result : undefined}
					/>
				</div>
				<aside className="flex flex-col gap-6" aria-labelledby="cv-privacy-title">
					<Card tone="flat">
						<div className="flex gap-3">
							<ShieldIcon className="mt-0.5 size-5 shrink-0 text-emerald-700" />
							<div>
								<h2 id="cv-privacy-title" className="text-sm font-semibold text-stone-900">
									Votre CV reste à vous
								</h2>
								<ul className="mt-2 flex list-disc flex-col gap-2 pl-4 text-sm leading-6 text-stone-700">
									<li>Il est conservé dans votre compte et n’est jamais partagé, ni avec un recruteur ni avec personne d’autre.</li>
									<li>
										Avant tout appel à une intelligence artificielle, vos nom, téléphone, e-mail et adresse sont masqués.
									</li>
									<li>Vous pouvez le remplacer à tout moment en collant une nouvelle version.</li>
								</ul>
							</div>
						</div>
					</Card>
					<Card tone="tinted">
						<h2 className="text-sm font-semibold text-stone-900">Votre CV est en PDF&nbsp;?</h2>
						<p className="mt-2 text-sm leading-6 text-stone-700">
							Ouvrez-le, sélectionnez tout le texte (Ctrl + A, ou Cmd + A sur Mac), copiez-le et collez-le ici. La mise en page
							n’a pas d’importance.
						</p>
					</Card>
				</aside>
			</div>
		</div>
	)
}

type LastResult = Route.ComponentProps['actionData'] extends infer Data ? (Data extends { result: infer Result } ? Result : never) : never

function usePending(format: 'text' | 'json_resume') {
	const navigation = useNavigation()
	return navigation.state !== 'idle' && navigation.formMethod?.toLowerCase() === 'post' && navigation.formData?.get('format') === format
}

function TextCvForm({
	defaultText,
	replacing,
	retour,
	lastResult,
}: {
	defaultText: string
	replacing: boolean
	retour: string | null
	lastResult: LastResult | undefined
}) {
	const pending = usePending('text')
	const [form, fields] = useForm({
		id: 'cv-text',
		lastResult,
		constraint: getZodConstraint(cvSchema),
		defaultValue: { text: defaultText },
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: cvSchema }),
	})
	return (
		<Card as="section" aria-labelledby="cv-text-title" padding="lg">
			<h2 id="cv-text-title" className="text-xl font-semibold text-stone-900">
				{replacing ? 'Corriger ou remplacer mon CV' : 'Coller le texte de mon CV'}
			</h2>
			<p className="mt-1 text-sm text-stone-600">
				{!replacing
					? 'Le plus simple\u00a0: copiez tout le texte de votre CV et collez-le ici.'
					: defaultText
						? 'Corrigez le texte ci-dessous ou collez une nouvelle version, puis enregistrez\u00a0: elle remplacera la précédente.'
						: 'Collez le texte de votre CV et enregistrez\u00a0: il remplacera la version actuelle.'}
			</p>
			<Form method="post" className="mt-6 flex flex-col gap-5" {...getFormProps(form)}>
				<input type="hidden" name="format" value="text" />
				{retour ? <input type="hidden" name="retour" value={retour} /> : null}
				{/* No maxLength: the browser would cut a long paste silently, where the schema explains what is too long. */}
				<TextareaField
					label="Le texte de votre CV"
					errors={fields.text.errors}
					errorId={fields.text.errorId}
					textareaProps={{ ...getTextareaProps(fields.text), maxLength: undefined, rows: 12, className: 'text-sm sm:text-base' }}
				/>
				<div>
					<Button type="submit" size="lg" disabled={pending} className="w-full sm:w-auto">
						{pending ? 'Lecture de votre CV…' : 'Enregistrer mon CV'}
					</Button>
				</div>
			</Form>
		</Card>
	)
}

function JsonResumeForm({ defaultText, retour, lastResult }: { defaultText: string; retour: string | null; lastResult: LastResult | undefined }) {
	const pending = usePending('json_resume')
	const fileId = useId()
	const [fileError, setFileError] = useState<string | null>(null)
	const [form, fields] = useForm({
		id: 'cv-json',
		lastResult,
		constraint: getZodConstraint(cvSchema),
		defaultValue: { text: defaultText },
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: cvSchema }),
	})
	async function readFile(file: File | undefined) {
		setFileError(null)
		if (!file) return
		if (file.size > 4 * textMax) {
			setFileError('Ce fichier est trop gros pour un CV. Vérifiez que c’est bien votre export JSON Resume.')
			return
		}
		form.update({ name: fields.text.name, value: await file.text() })
	}
	return (
		<Card as="section" aria-labelledby="cv-json-title" padding="lg">
			<h2 id="cv-json-title" className="text-xl font-semibold text-stone-900">
				Importer un JSON Resume
			</h2>
			<p className="mt-1 text-sm text-stone-600">
				JSON Resume est un format standard que certains outils de CV savent exporter (fichier en <code>.json</code>). Vous n’en
				avez pas&nbsp;? Le texte de votre CV, ci-dessus, suffit largement.
			</p>
			<Form method="post" className="mt-6 flex flex-col gap-5" {...getFormProps(form)}>
				<input type="hidden" name="format" value="json_resume" />
				{retour ? <input type="hidden" name="retour" value={retour} /> : null}
				<div className="flex flex-col gap-1.5">
					<label htmlFor={fileId} className="flex items-center gap-2 text-sm font-semibold text-stone-900">
						<UploadIcon className="size-4" />
						Choisir mon fichier JSON Resume
					</label>
					<input
						id={fileId}
						type="file"
						accept=".json,application/json"
						onChange={(event) => void readFile(event.currentTarget.files?.[0])}
						aria-describedby={fileError ? `${fileId}-error` : undefined}
						className="block w-full text-sm text-stone-700 file:mr-3 file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-3 file:py-2 file:font-semibold file:text-stone-900 hover:file:bg-stone-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ember-600"
					/>
					<ErrorList id={`${fileId}-error`} errors={[fileError]} />
				</div>
				<TextareaField
					label="Contenu du fichier"
					help="Rempli automatiquement quand vous choisissez le fichier. Vous pouvez aussi y coller le JSON directement."
					errors={fields.text.errors}
					errorId={fields.text.errorId}
					textareaProps={{ ...getTextareaProps(fields.text), maxLength: undefined, rows: 8, spellCheck: false, className: 'font-mono text-sm' }}
				/>
				<div>
					<Button type="submit" variant="secondary" disabled={pending} className="w-full sm:w-auto">
						{pending ? 'Import en cours…' : 'Importer ce JSON Resume'}
					</Button>
				</div>
			</Form>
		</Card>
	)
}

function ParsedCv({ cv, updatedAt }: { cv: Cv; updatedAt: string }) {
	const skills = cv.skills.flatMap((group) => group.keywords)
	return (
		<Card as="section" aria-labelledby="parsed-cv-title" padding="lg">
			<div className="flex flex-wrap items-baseline justify-between gap-2">
				<h2 id="parsed-cv-title" className="text-xl font-semibold text-stone-900">
					Ce que Phoenix a compris de votre CV
				</h2>
				<p className="text-sm text-stone-500">Mis à jour le {formatLongDate(updatedAt)}</p>
			</div>
			<p className="mt-1 text-sm text-stone-600">
				Quelque chose manque ou est mal lu&nbsp;? Corrigez le texte plus bas et enregistrez à nouveau.
			</p>

			<div className="mt-6 rounded-xl bg-stone-50 p-4">
				<p className="text-lg font-semibold text-stone-900">{cv.name ?? 'Nom non repéré'}</p>
				{cv.headline ? <p className="text-stone-700">{cv.headline}</p> : null}
				{cv.city ? <p className="mt-1 text-sm text-stone-600">{cv.city}</p> : null}
			</div>

			<CvSection title="Expériences" empty="Aucune expérience repérée.">
				{cv.experiences.map((experience, index) => (
					<li key={index} className="border-l-2 border-ember-200 pl-4">
						<p className="font-medium text-stone-900">{experience.position}</p>
						<p className="text-sm text-stone-600">
							{[experience.organization, formatCvPeriod(experience.startDate, experience.endDate)].filter(Boolean).join(' · ')}
						</p>
						{experience.highlights.length > 0 ? (
							<ul className="mt-2 list-disc pl-5 text-sm leading-6 text-stone-700">
								{experience.highlights.slice(0, 4).map((highlight) => (
									<li key={highlight}>{highlight}</li>
								))}
							</ul>
						) : null}
					</li>
				))}
			</CvSection>

			<CvSection title="Formation" empty="Aucune formation repérée.">
				{cv.education.map((education, index) => (
					<li key={index} className="border-l-2 border-stone-200 pl-4">
						<p className="font-medium text-stone-900">{education.title}</p>
						<p className="text-sm text-stone-600">
							{[education.institution, formatCvPeriod(education.startDate, education.endDate)].filter(Boolean).join(' · ')}
						</p>
					</li>
				))}
			</CvSection>

			<div className="mt-6">
				<h3 className="font-semibold text-stone-900">Compétences</h3>
				{skills.length > 0 ? (
					<ul className="mt-3 flex flex-wrap gap-2">
						{[...new Set(skills)].map((skill) => (
							<li key={skill} className="max-w-full">
								<SkillChip label={skill} tone="missing" />
							</li>
						))}
					</ul>
				) : (
					<p className="mt-2 text-sm text-stone-600">
						Aucune compétence repérée. Ajoutez à votre CV une rubrique «&nbsp;Compétences&nbsp;» avec ce que vous savez faire.
					</p>
				)}
			</div>
			{cv.languages.length > 0 ? (
				<p className="mt-6 text-sm text-stone-700">
					<span className="font-semibold text-stone-900">Langues&nbsp;: </span>
					{cv.languages.map((language) => (language.fluency ? `${language.language} (${language.fluency})` : language.language)).join(', ')}
				</p>
			) : null}
			<p className="mt-6">
				<ButtonLink to="/letters/candidatures/nouvelle" variant="ghost" size="sm" className="-ml-3">
					Analyser une offre avec ce CV
					<ArrowRightIcon className="size-4" />
				</ButtonLink>
			</p>
		</Card>
	)
}

function CvSection({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
	return (
		<div className="mt-6">
			<h3 className="font-semibold text-stone-900">{title}</h3>
			{children.length > 0 ? <ul className="mt-3 flex flex-col gap-4">{children}</ul> : <p className="mt-2 text-sm text-stone-600">{empty}</p>}
		</div>
	)
}
